"""A driver killed with SIGKILL part-way keeps every shard it committed: the re-run redoes only
the unfinished files, and nothing is lost or duplicated."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from medadapt.deid.settings import DeidConfig
from medadapt.ingest.manifest import DOCUMENTS, MANIFEST, PARTS
from medadapt.ingest.settings import IngestConfig
from medadapt.pipelines.ingest import run_ingest
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]

DRIVER = """
import sys
from pathlib import Path
import ray
from medadapt.deid.settings import DeidConfig
from medadapt.ingest.settings import IngestConfig
from medadapt.pipelines.ingest import run_ingest
ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)
run_ingest([sys.argv[1]], Path(sys.argv[2]), IngestConfig(workers=1, files_per_shard=1),
           DeidConfig(key_file=Path(sys.argv[3])))
"""


def committed(out: Path) -> dict[str, dict]:
    return {row["source"]: row for part in sorted((out / PARTS).glob("part-*.parquet"))
            for row in pq.read_table(part).to_pylist()}


def kill_when_committed(driver: subprocess.Popen, out: Path, parts: int) -> None:
    deadline = time.monotonic() + 240
    while len(list((out / PARTS).glob("part-*.parquet"))) < parts:
        assert driver.poll() is None, "driver ended before it could be killed part-way"
        assert time.monotonic() < deadline, "no shards committed in time"
        time.sleep(0.2)
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    time.sleep(3)  # the dead driver's Ray workers may still commit a batch they had started
    try:
        os.killpg(driver.pid, signal.SIGKILL)  # then its own session's leftovers go
    except ProcessLookupError:
        pass


def test_sigkill_on_the_driver_keeps_finished_shards_and_the_rerun_redoes_only_the_rest(
        tmp_path):
    corpus = tmp_path / "corpus"
    generate_corpus(SynthConfig(patients=10, seed=21, pages=(3, 3)), corpus)
    inputs = sorted(str(p) for p in (corpus / "pdfs").rglob("*.pdf"))
    key = tmp_path / "key"
    key.write_text("resume-test-secret-" + "7" * 44)
    out = tmp_path / "out"
    driver = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus / "pdfs"), str(out),
                               str(key)], start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill_when_committed(driver, out, parts=3)
    assert not (out / MANIFEST).exists()  # killed before the end: only parts record the work
    before = committed(out)
    assert 3 <= len(before) < len(inputs)
    kept = {row["shard"]: (out / row["shard"]).read_bytes() for row in before.values()}

    summary = run_ingest([str(corpus / "pdfs")], out, IngestConfig(workers=2, files_per_shard=2),
                         DeidConfig(key_file=key))
    assert summary.new_files == len(inputs) - len(before)  # finished files are not redone
    rows = pq.read_table(out / MANIFEST).to_pylist()
    assert sorted(r["source"] for r in rows) == inputs  # nothing lost, nothing twice
    assert {r["status"] for r in rows} == {"ok"}
    assert all((out / shard).read_bytes() == data for shard, data in kept.items())
    docs = [d for shard in (out / DOCUMENTS).glob("*.parquet")
            for d in pq.read_table(shard, columns=["doc_id", "source"]).to_pylist()]
    assert sorted(d["source"] for d in docs) == inputs
    assert len({d["doc_id"] for d in docs}) == len(inputs)
    assert {r["shard"] for r in rows} == {f"{DOCUMENTS}/{p.name}"
                                          for p in (out / DOCUMENTS).glob("*.parquet")}
    assert not list((out / PARTS).glob("*.parquet"))  # compacted at the end
