"""Shared helpers for corpus tests: generated records -> de-identified documents (no Ray)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SECRET = b"k" * 64


def ingest_synth(synth_dir: Path, out_dir: Path) -> dict[str, str]:
    """Run the ingest per-file function over generated PDFs; returns pdf stem -> patient id."""
    from medadapt.deid import Deidentifier
    from medadapt.ingest.extract import OcrSettings
    from medadapt.ingest.process import FileTask, ProcessSettings, process_file
    from medadapt.records import document_schema, manifest_schema

    deid = Deidentifier(SECRET, use_ner=False)
    settings = ProcessSettings(2**30, 5000, OcrSettings(enabled=False))
    docs, manifest, stems = [], [], {}
    for path in sorted((synth_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = synth_dir / truth["pdf"]
        task = FileTask(str(pdf), truth["center"], f"doc-{truth['patient_id']}",
                        pdf.stat().st_size)
        result = process_file(task, settings, deid, SECRET)
        manifest.append(asdict(result.manifest))
        if result.document is not None:
            docs.append(asdict(result.document))
            stems[truth["patient_id"]] = result.document.patient_id
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(docs, schema=document_schema()),
                   out_dir / "documents" / "part-00000.parquet")
    pq.write_table(pa.Table.from_pylist(manifest, schema=manifest_schema()),
                   out_dir / "manifest.parquet")
    return stems
