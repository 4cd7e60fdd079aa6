"""A real multi-node Ray cluster on this machine (head + 1 worker node): the demo job goes in
through `medadapt submit`, a broken job comes back FAILED with its error, and the cluster is
stopped in all cases."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
MEDADAPT = str(Path(sys.executable).with_name("medadapt"))
PORTS = {"MEDADAPT_GCS_PORT": "6397", "MEDADAPT_DASHBOARD_PORT": "8277"}
ADDRESS = f"http://127.0.0.1:{PORTS['MEDADAPT_DASHBOARD_PORT']}"


def cluster_env(tmp: Path) -> dict[str, str]:
    return {**os.environ, **PORTS, "MEDADAPT_RAY_TMP": str(tmp / "ray"), "RAY_AUTH_MODE": "token",
            "MEDADAPT_DEID_SECRET": "cluster-test-secret-0123456789abcdef0123456789",
            "COLUMNS": "160"}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    tmp = Path("/tmp") / f"medadapt-cluster-{os.getpid()}"  # short: Ray's socket paths
    env = cluster_env(tmp)
    try:
        started = subprocess.run([str(ROOT / "cluster/local.sh"), "start", "1"], env=env,
                                 capture_output=True, text=True, timeout=300)
        assert started.returncode == 0, started.stderr[-2000:]
        yield env
    finally:
        subprocess.run([str(ROOT / "cluster/local.sh"), "stop"], env=env, timeout=120)


def submit(env: dict, *overrides: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [MEDADAPT, "submit", "jobs/demo.yaml", "--address", ADDRESS, *overrides],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )


def test_cluster_has_a_head_and_a_worker_node(cluster):
    status = subprocess.run([str(ROOT / "cluster/local.sh"), "status"], env=cluster,
                            capture_output=True, text=True, timeout=120)
    assert status.returncode == 0
    assert status.stdout.count("node_") >= 2 or "2 node" in status.stdout.lower() or (
        status.stdout.count("1 node_") + status.stdout.count("1 node") >= 2), status.stdout


def test_demo_job_submitted_to_the_cluster_succeeds(cluster, tmp_path):
    out = tmp_path / "demo"
    result = submit(cluster, f"output_dir={out}", "synth.patients=2", "synth.bad_files=2",
                    "synth.scanned=0")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "submitted: " in result.stdout and ": SUCCEEDED" in result.stdout
    assert (out / "ingest" / "manifest.parquet").is_file()
    assert (out / "synth" / "_COMPLETE.json").is_file() and (out / "ingest" / "_COMPLETE.json")
    assert "cluster-test-secret" not in result.stdout + result.stderr


def test_broken_job_comes_back_failed_with_its_error(cluster, tmp_path):
    result = submit(cluster, f"output_dir={tmp_path / 'bad'}", "synth.patients=1",
                    "ingest.inputs=[/nonexistent/pdfs]")
    assert result.returncode == 1
    assert ": FAILED" in result.stdout
    assert "/nonexistent/pdfs" in result.stderr and "no such file" in result.stderr


def test_bad_config_never_reaches_the_cluster(cluster):
    result = submit(cluster, "synth.patients=zero")
    assert result.returncode == 2 and "synth.patients" in result.stderr
    assert "submitted" not in result.stdout
