"""The corpus stage at multi-center scale: in one process vs Ray Data on 1 and 2 worker nodes.

    .venv/bin/python benchmarks/corpus.py [--patients 2000] [--centers 10] [--nodes 1 2]

Input: `--patients` generated records (1-2 pages each) across `--centers` centers, written
as an ingest output directory (document shards + manifest) straight from the generator's
page texts, so the corpus stage is measured alone (extraction and de-identification are
`benchmarks/ingest.py`'s). Built once under `--work` and reused.

Runs, in this order (the timed multi-node runs back to back, each on a fresh cluster):
(a) Ray Data on a real local multi-node cluster (`cluster/local.sh`, head with 0 CPUs so
    only worker nodes compute, 1 CPU per worker node), with 1 and with 2 worker nodes;
(b) Ray Data with 1 worker node on half the patients, for memory against corpus size;
(c) in process (`corpus.engine: local`), one core, on the full input.
Each run's figures go to stderr as it ends.
Prints one JSON line: patients/s, 2-node scaling efficiency (target >= 0.8), peak RSS of any
Ray worker process (target: flat as the corpus doubles), the driver's peak RSS, whether the
Ray outputs equal the in-process ones, and a projection to 50,000 patients on 64 cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import threading
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
STAGE_RE = re.compile(r"corpus stage (.+?): ([\d.]+) s")  # the Ray build's stage log lines
PORTS = {"MEDADAPT_GCS_PORT": "6393", "MEDADAPT_DASHBOARD_PORT": "8271"}
CENTERS = ["almaty-cch4", "astana-ncto", "shymkent-rb", "karaganda-okb", "aktobe-mc",
           "pavlodar-okb", "taraz-rb", "oral-okb", "semey-gmc", "kostanay-okb"]


def make_input(root: Path, patients: int, centers: int, seed: int) -> Path:
    """An ingest-shaped directory from generated records: one document per record."""
    out = root / f"ingest-{patients}"
    if (out / "manifest.parquet").exists():
        return out
    sys.path.insert(0, str(ROOT / "platform"))
    from medadapt.records import document_schema, manifest_schema
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    synth = root / f"synth-{patients}"
    if not (synth / "truth").exists():
        generate_corpus(SynthConfig(patients=patients, seed=seed, pages=(1, 2), bad_files=0,
                                    scanned=0, centers=CENTERS[:centers],
                                    languages=["ru", "kk", "mixed"]), synth)
    docs_schema, man_schema = document_schema(), manifest_schema()
    docs, manifest, shard = [], [], 0
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for path in sorted((synth / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        text = "\n".join(truth["pages"])
        doc_id = hashlib.sha256(text.encode()).hexdigest()
        pid = hashlib.sha256(f"bench/{truth['center']}/{truth['patient_id']}".encode()) \
            .hexdigest()[:20]
        offsets, pos = [], 0
        for page in truth["pages"]:
            offsets.append(pos)
            pos += len(page) + 1
        docs.append({f.name: None for f in docs_schema} | {
            "doc_id": doc_id, "patient_id": pid, "center": truth["center"],
            "source": truth["pdf"], "text": text, "page_offsets": offsets,
            "n_pages": len(truth["pages"]), "phi_spans": [], "audit_flags": []})
        manifest.append({f.name: None for f in man_schema} | {
            "source": truth["pdf"], "doc_id": doc_id, "status": "ok",
            "center": truth["center"], "n_pages": len(truth["pages"])})
        if len(docs) == 50:
            pq.write_table(pa.Table.from_pylist(docs, schema=docs_schema),
                           out / "documents" / f"part-{shard:05d}.parquet")
            docs, shard = [], shard + 1
    if docs:
        pq.write_table(pa.Table.from_pylist(docs, schema=docs_schema),
                       out / "documents" / f"part-{shard:05d}.parquet")
    pq.write_table(pa.Table.from_pylist(manifest, schema=man_schema), out / "manifest.parquet")
    return out


class WorkerMemory:
    """Peak RSS of Ray worker processes (titled `ray::...`), sampled every 0.2 s: `peak` of
    any one, and `per_worker` (pid -> peak of the process plus, with `children`, the
    processes it spawned, summed per sample). Actors are left out unless `actors`."""

    def __init__(self, actors: bool = False, children: bool = False) -> None:
        self.actors, self.children = actors, children
        self.peak, self.per_worker, self._stop = 0, {}, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for proc in psutil.process_iter(["cmdline"]):
                cmd = " ".join(proc.info["cmdline"] or [])
                if (not cmd.startswith("ray::") or "Dashboard" in cmd
                        or (not self.actors and "Actor" in cmd)):
                    continue
                try:
                    rss = [proc.memory_info().rss] + ([c.memory_info().rss for c in
                                                       proc.children(recursive=True)]
                                                      if self.children else [])
                except psutil.Error:
                    continue
                self.peak = max(self.peak, *rss)
                self.per_worker[proc.pid] = max(self.per_worker.get(proc.pid, 0), sum(rss))
            self._stop.wait(0.2)

    def __enter__(self) -> WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def cluster(command: str, env: dict[str, str], nodes: int = 0) -> None:
    args = [str(ROOT / "cluster/local.sh"), command] + ([str(nodes)] if nodes else [])
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=300)


def run_child(input_dir: Path, out: Path, engine: str, workers: int,
              env: dict[str, str]) -> dict:
    """One corpus build in a fresh driver process; returns its seconds and peak RSS."""
    code = (
        "import json, logging, resource, sys, time\n"
        "logging.basicConfig(level=logging.INFO, format='%(message)s')\n"
        "from medadapt.corpus.settings import CorpusConfig\n"
        "from medadapt.pipelines.corpus import run_corpus\n"
        f"cfg = CorpusConfig(model='tiny', max_tokens=1024, engine='{engine}', "
        f"workers={workers})\n"
        "t = time.perf_counter()\n"
        f"s = run_corpus('{input_dir}', '{out}', cfg)\n"
        f"open('{out}.result.json', 'w').write(json.dumps({{"
        "'seconds': time.perf_counter() - t, 'patients': s['patients'],"
        " 'dialogues': s['dialogues'], 'digest': s['digest'],"
        " 'driver_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n")
    with WorkerMemory() as memory:  # the result goes to a file: Ray writes to stdout too
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, timeout=3600)
    if done.returncode:
        raise SystemExit(f"corpus build ({engine}, {workers}) failed:\n{done.stderr[-3000:]}")
    result = json.loads(Path(f"{out}.result.json").read_text())
    result["stage_seconds"] = {m[1]: float(m[2]) for m in STAGE_RE.finditer(done.stderr)}
    result["worker_peak_rss_mb"] = memory.peak / 2**20
    return result


def same_outputs(a: Path, b: Path) -> bool:
    names = ["patients.csv", "dialogues/train.jsonl", "dialogues/val.jsonl",
             "dialogues/test.jsonl"]
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names) and \
        pq.read_table(a / "patients.parquet").equals(pq.read_table(b / "patients.parquet"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--centers", type=int, default=10)
    parser.add_argument("--nodes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=4100)
    parser.add_argument("--work", type=Path, default=Path("/tmp/medadapt-bench-corpus"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    full = make_input(args.work, args.patients, args.centers, args.seed)
    half = make_input(args.work, args.patients // 2, args.centers, args.seed)
    env = {**os.environ, **PORTS, "PYTHONPATH": str(ROOT / "platform"),
           "MEDADAPT_RAY_TMP": f"/tmp/mbc-{os.getpid()}", "MEDADAPT_HEAD_CPUS": "0",
           "MEDADAPT_CPUS_PER_NODE": "1", "RAY_AUTH_MODE": "token",
           "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}
    env.pop("RAY_ADDRESS", None)
    ray_env = {**env, "RAY_ADDRESS": f"127.0.0.1:{PORTS['MEDADAPT_GCS_PORT']}"}
    results: dict[str, dict] = {}
    # the timed multi-node runs first, back to back; then memory on half; then one process
    runs = [(f"ray_{n}", full, n) for n in args.nodes] + [(f"ray_{args.nodes[0]}_half", half,
                                                          args.nodes[0])]
    for name, input_dir, nodes in runs:
        cluster("start", env, nodes)
        try:
            results[name] = run_child(input_dir, args.work / f"out-{name}", "ray", nodes,
                                      ray_env)
        finally:
            cluster("stop", env)
        print(json.dumps({name: results[name]}), file=sys.stderr, flush=True)
    results["local"] = run_child(full, args.work / "out-local", "local", 1, env)
    for run in results.values():
        run["patients_per_s"] = run["patients"] / run["seconds"]
    one, two = results.get("ray_1"), results.get("ray_2")
    summary = {
        "patients": args.patients, "centers": args.centers,
        "runs": {k: {m: round(v, 3) if isinstance(v, float) else v for m, v in r.items()}
                 for k, r in results.items()},
        "ray_equals_local": all(same_outputs(args.work / "out-local", args.work / f"out-ray_{n}")
                                for n in args.nodes),
        "scaling_efficiency_2_nodes": (round(one["seconds"] / two["seconds"] / 2, 3)
                                       if one and two else None),
        "worker_rss_ratio_full_vs_half": (
            round(results["ray_1"]["worker_peak_rss_mb"]
                  / results["ray_1_half"]["worker_peak_rss_mb"], 3)
            if "ray_1_half" in results else None),
        "max_rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    best = two or one
    if best:  # per core at the largest run, held at that efficiency out to 64 cores
        per_core = best["patients_per_s"] / (2 if two else 1)
        summary["projected_50k_on_64_cores_min"] = round(50_000 / (per_core * 64) / 60, 1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
