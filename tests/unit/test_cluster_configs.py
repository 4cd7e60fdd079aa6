"""Cluster configs parse, carry what Ray needs, and agree with each other and the job presets:
same Ray version and image everywhere, shared storage on every node, secrets only by reference,
enough GPUs for every GPU preset."""

from pathlib import Path

import pytest
import ray
import yaml

from medadapt.config import load_job

ROOT = Path(__file__).resolve().parents[2]
CLUSTER = ROOT / "cluster"
SHARED = "/mnt/shared"


def load(name: str) -> dict:
    return yaml.safe_load((CLUSTER / name).read_text())


def pods(spec: dict) -> list[dict]:
    """Pod templates of a RayCluster spec: head and every worker group."""
    groups = [spec["headGroupSpec"], *spec["workerGroupSpecs"]]
    return [group["template"]["spec"] for group in groups]


def kuberay_specs() -> list[dict]:
    return [load("kuberay/raycluster.yaml")["spec"],
            load("kuberay/rayjob.yaml")["spec"]["rayClusterSpec"]]


def gpu_presets() -> list:
    jobs = [load_job(p) for p in sorted((ROOT / "jobs").glob("*.yaml"))]
    return [j for j in jobs if "train" in j.stages and j.train.ray.use_gpu]


def test_launcher_config_has_gpu_and_cpu_groups_on_the_installed_ray():
    config = load("a100.yaml")
    for key in ("cluster_name", "provider", "available_node_types", "head_node_type",
                "setup_commands", "head_start_ray_commands", "worker_start_ray_commands"):
        assert key in config, key
    types = config["available_node_types"]
    assert config["head_node_type"] in types
    assert types["gpu-a100"]["resources"]["GPU"] == 8
    assert "ingest" in types["cpu-ingest"]["resources"]
    assert f"ray:{ray.__version__}-" in config["docker"]["image"]
    assert any("constraints.txt" in cmd for cmd in config["setup_commands"])
    assert any("tesseract-ocr-kaz" in cmd for cmd in config["setup_commands"])
    assert any(SHARED in opt for opt in config["docker"]["run_options"])


@pytest.mark.parametrize("spec", kuberay_specs(), ids=["raycluster", "rayjob"])
def test_kuberay_pods_share_image_storage_and_secret_references(spec):
    assert spec["rayVersion"] == ray.__version__
    images = {c["image"] for pod in pods(spec) for c in pod["containers"]}
    assert len(images) == 1 and f"ray{ray.__version__}" in images.pop()
    claim = yaml.safe_load_all((CLUSTER / "kuberay/storage.yaml").read_text())
    claim_name = next(d for d in claim if d["kind"] == "PersistentVolumeClaim")["metadata"]["name"]
    for pod in pods(spec):
        volumes = {v["name"]: v for v in pod["volumes"]}
        for container in pod["containers"]:
            mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
            assert volumes[mounts[SHARED]]["persistentVolumeClaim"]["claimName"] == claim_name
            for env in container.get("env", []):
                assert "value" not in env, f"{env['name']} must come from a Secret"


@pytest.mark.parametrize("spec", kuberay_specs(), ids=["raycluster", "rayjob"])
def test_gpu_group_limits_match_its_ray_resources(spec):
    gpu = next(g for g in spec["workerGroupSpecs"] if g["groupName"] == "gpu-a100")
    limits = gpu["template"]["spec"]["containers"][0]["resources"]["limits"]
    assert '\\"a100\\": ' + limits["nvidia.com/gpu"] in gpu["rayStartParams"]["resources"]


def test_rayjob_runs_an_existing_job_file_that_validates():
    entry = load("kuberay/rayjob.yaml")["spec"]["entrypoint"].split()
    assert entry[:4] == ["python", "-m", "medadapt.cli", "run"]
    job = load_job(ROOT / entry[4], entry[5:])
    assert str(job.output_dir).startswith(SHARED)


def test_image_dockerfile_builds_on_the_same_ray():
    first = (CLUSTER / "Dockerfile").read_text().split("FROM ", 1)[1].split()[0]
    assert first == f"rayproject/ray:{ray.__version__}-py311-gpu"


def test_every_gpu_preset_fits_the_gpu_group_and_checkpoints_to_shared_storage():
    presets = gpu_presets()
    assert presets, "no GPU training preset under jobs/"
    launcher = load("a100.yaml")["available_node_types"]["gpu-a100"]
    gpus = launcher["resources"]["GPU"] * launcher["max_workers"]
    for job in presets:
        ray_cfg = job.train.ray
        assert ray_cfg.num_workers * ray_cfg.gpus_per_worker <= gpus, job.name
        assert (ray_cfg.storage_path or "").startswith((SHARED, "s3://", "gs://")), job.name


def test_gpu_tune_presets_fit_the_gpu_group_and_keep_experiments_on_shared_storage():
    jobs = [load_job(p) for p in sorted((ROOT / "jobs").glob("*.yaml"))]
    searches = [j for j in jobs if "tune" in j.stages and j.tune.resources.gpus > 0]
    assert searches, "no GPU tune preset under jobs/"
    launcher = load("a100.yaml")["available_node_types"]["gpu-a100"]
    gpus = launcher["resources"]["GPU"] * launcher["max_workers"]
    for job in searches:
        res = job.tune.resources
        assert job.tune.max_concurrent_trials * res.workers * res.gpus <= gpus, job.name
        assert (job.tune.storage_path or "").startswith((SHARED, "s3://", "gs://")), job.name
