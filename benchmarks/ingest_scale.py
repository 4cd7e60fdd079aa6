"""Ingest at the study's size on the local multi-node cluster: wall time and memory per worker.

    .venv/bin/python benchmarks/ingest_scale.py [--records 500] [--pages 120 170] [--nodes 2]

Input: `--records` generated case histories of 120-170 pages (ru, kk, mixed), written once
under `--work` and reused (generating them takes longer than ingesting them on 2 cores).
Run: `cluster/local.sh start N` (head with 0 CPUs, so only the N worker nodes compute, one
CPU each), then one `run_ingest` driver in a fresh process joined to it, with the defaults a
user gets (OCR on, one actor per worker). While it runs, every Ray worker process and its
children (each ingest actor keeps one spawned extraction child) are sampled every 0.2 s.
Prints one JSON line: files, pages, wall seconds, pages/s, the manifest's status counts,
peak RSS per worker (actor + its extraction child, summed at each sample), the largest
single process, and the driver's peak RSS. No ratio target here: the ratios against bare
PyMuPDF are `benchmarks/ingest.py`'s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from corpus import ROOT, WorkerMemory, cluster  # benchmarks/corpus.py's helpers

PORTS = {"MEDADAPT_GCS_PORT": "6395", "MEDADAPT_DASHBOARD_PORT": "8273"}


def make_input(work: Path, records: int, pages: tuple[int, int], seed: int) -> Path:
    """Generated PDFs under work/input-<records>-<pages>/pdfs, made once."""
    root = work / f"input-{records}-{pages[0]}-{pages[1]}-{seed}"
    done = root / "DONE"
    if not done.exists():
        from medadapt.synth import generate_corpus
        from medadapt.synth.settings import SynthConfig

        generate_corpus(SynthConfig(patients=records, seed=seed, pages=pages,
                                    languages=["ru", "kk", "mixed"]), root)
        done.write_text("ok")
    return root / "pdfs"


def run_driver(pdfs: Path, out: Path, workers: int, env: dict[str, str]) -> dict:
    """One ingest in a fresh driver process; its figures come back through a file."""
    key = out.parent / "bench.key"
    key.write_text("benchmark-secret-" + "0" * 48)
    code = (
        "import json, resource, sys, time\n"
        "from pathlib import Path\n"
        "from medadapt.deid.settings import DeidConfig\n"
        "from medadapt.ingest.settings import IngestConfig\n"
        "from medadapt.pipelines.ingest import run_ingest\n"
        "t = time.perf_counter()\n"
        f"s = run_ingest(['{pdfs}'], Path('{out}'), IngestConfig(workers={workers}),"
        f" DeidConfig(key_file=Path('{key}')))\n"
        f"open('{out}.result.json', 'w').write(json.dumps({{"
        "'seconds': time.perf_counter() - t, 'files': s.files, 'pages': s.pages,"
        " 'pages_ocr': s.pages_ocr, 'statuses': s.statuses, 'leaks': s.leaks,"
        " 'driver_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n")
    with WorkerMemory(actors=True, children=True) as memory:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, timeout=7200)
    if done.returncode:
        raise SystemExit(f"ingest failed:\n{done.stderr[-3000:]}")
    result = json.loads(Path(f"{out}.result.json").read_text())
    busy = sorted((v for v in memory.per_worker.values() if v > 200 * 2**20), reverse=True)
    result["worker_peak_rss_mb"] = [round(v / 2**20) for v in busy[: workers + 2]]
    result["largest_process_rss_mb"] = round(memory.peak / 2**20)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--pages", type=int, nargs=2, default=[120, 170])
    parser.add_argument("--nodes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=5100)
    parser.add_argument("--work", type=Path, default=Path("/tmp/medadapt-bench-ingest"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pdfs = make_input(args.work, args.records, tuple(args.pages), args.seed)
    out = args.work / f"out-{args.records}-{args.nodes}"
    subprocess.run(["rm", "-rf", str(out)], check=True)
    env = {**os.environ, **PORTS, "PYTHONPATH": str(ROOT / "platform"),
           "MEDADAPT_RAY_TMP": f"/tmp/mbi-{os.getpid()}", "MEDADAPT_HEAD_CPUS": "0",
           "MEDADAPT_CPUS_PER_NODE": "1", "RAY_AUTH_MODE": "token", "OMP_NUM_THREADS": "1"}
    env.pop("RAY_ADDRESS", None)
    cluster("start", env, args.nodes)
    try:
        result = run_driver(pdfs, out, args.nodes,
                            {**env, "RAY_ADDRESS": f"127.0.0.1:{PORTS['MEDADAPT_GCS_PORT']}"})
    finally:
        cluster("stop", env)
    result["pages_per_s"] = round(result["pages"] / result["seconds"], 1)
    result["seconds"] = round(result["seconds"], 1)
    print(json.dumps({"records": args.records, "page_range": args.pages, "nodes": args.nodes,
                      **result}))


if __name__ == "__main__":
    main()
