"""Ingest throughput against the floor of a bare PyMuPDF loop, both measured in one run.

    .venv/bin/python benchmarks/ingest.py [--records 40 --pages 150] [--copies 1]

`--copies K` writes K byte-distinct copies of each generated record (only the PDF title
differs), a shortcut to the study's size (500 records x 120-170 pages) when generating every
record would take longer than ingesting it.

(a) bare: `page.get_text()` over every page, one process: the floor per core.
(b) full pipeline (list, hash, extract in reading order, OCR check, clean, de-identify,
    write Parquet + manifest) through Ray Data with 1 and with 2 workers.
Targets: full pipeline per core >= 0.33 x bare; 2-worker scaling efficiency >= 0.8.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import pymupdf
import ray

from medadapt.deid.settings import DeidConfig
from medadapt.ingest.settings import IngestConfig
from medadapt.pipelines.ingest import run_ingest
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig


def copy_records(corpus: Path, copies: int) -> None:
    """K byte-distinct copies per record (new title), so none is a duplicate."""
    for pdf in sorted((corpus / "pdfs").rglob("*.pdf")):
        for k in range(1, copies):
            with pymupdf.open(pdf) as doc:
                doc.set_metadata({**doc.metadata, "title": f"copy {k}"})
                doc.save(pdf.with_name(f"{pdf.stem}-copy{k}.pdf"), garbage=0)


def bare_pages_per_s(pdfs: list[Path]) -> tuple[float, int]:
    pages, started = 0, time.perf_counter()
    for path in pdfs:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text()
                pages += 1
    return pages / (time.perf_counter() - started), pages


def pipeline_pages_per_s(corpus: Path, work: Path, workers: int, key: Path) -> float:
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    try:
        cfg = IngestConfig(workers=workers, files_per_shard=4, ocr=False)
        started = time.perf_counter()
        summary = run_ingest([str(corpus / "pdfs")], work / f"w{workers}", cfg,
                             DeidConfig(key_file=key))
        return summary.pages / (time.perf_counter() - started)
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=40)
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--copies", type=int, default=1, help="copies of each record")
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        generate_corpus(SynthConfig(patients=args.records, seed=1, pages=(args.pages, args.pages),
                                    languages=["ru", "kk", "mixed"]), corpus)
        copy_records(corpus, args.copies)
        pdfs = sorted((corpus / "pdfs").rglob("*.pdf"))
        (work / "key").write_text("benchmark-secret-" + "0" * 48)
        bare, pages = bare_pages_per_s(pdfs)
        one = pipeline_pages_per_s(corpus, work, 1, work / "key")
        two = pipeline_pages_per_s(corpus, work, 2, work / "key")
    figures = {
        "records": len(pdfs), "pages": pages,
        "bare_pages_per_s_per_core": round(bare, 1),
        "pipeline_1_worker_pages_per_s": round(one, 1),
        "pipeline_2_workers_pages_per_s": round(two, 1),
        "ratio_full_vs_bare_per_core": round(one / bare, 3),
        "scaling_efficiency_2_workers": round(two / (2 * one), 3),
    }
    for name, value in figures.items():
        print(f"{name:34s} {value}")
    ratio_ok = figures["ratio_full_vs_bare_per_core"] >= 0.33
    scaling_ok = figures["scaling_efficiency_2_workers"] >= 0.8
    print(f"target ratio >= 0.33: {'PASS' if ratio_ok else 'MISS'} | "
          f"target scaling >= 0.8: {'PASS' if scaling_ok else 'MISS'}")
    if args.output:
        args.output.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
