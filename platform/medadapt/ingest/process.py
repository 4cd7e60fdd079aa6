"""One file in, one manifest row (and at most one de-identified document) out.

Extraction, cleaning and de-identification happen in this one function, in memory, so raw
text never reaches disk: the only text that leaves it is the de-identified document.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from medadapt.ingest.clean import clean_pages, join_pages
from medadapt.ingest.extract import Extraction, IngestError, OcrSettings, extract_pages, open_pdf
from medadapt.ingest.identity import patient_key
from medadapt.ingest.language import language_shares
from medadapt.ingest.sources import read_bytes
from medadapt.records import AuditFlag, Document, ManifestRow, PhiSpan


@dataclass(frozen=True)
class ProcessSettings:
    max_bytes: int
    max_pages: int
    ocr: OcrSettings
    strict: bool = False  # residual audit risk -> status residual_risk, document not written


@dataclass(frozen=True)
class FileTask:
    source: str
    center: str
    doc_id: str
    size_bytes: int

    def manifest_row(self, status: str = "ok", error: str | None = None) -> ManifestRow:
        """This file's manifest row before any work: the one place a row is started."""
        return ManifestRow(source=self.source, doc_id=self.doc_id, center=self.center,
                           status=status, error=error, size_bytes=self.size_bytes)


@dataclass
class FileResult:
    manifest: ManifestRow
    document: Document | None = None
    notes: list[str] = field(default_factory=list)


def shift_offsets(offsets: list[int], spans: list[Any]) -> list[int]:
    """Map offsets in the input text to the de-identified text (spans are sorted)."""
    shifted, delta, index = [], 0, 0
    for offset in offsets:
        while index < len(spans) and spans[index].end <= offset:
            delta += len(spans[index].replacement) - (spans[index].end - spans[index].start)
            index += 1
        shifted.append(offset + delta)
    return shifted


def output_spans(spans: list[Any]) -> list[PhiSpan]:
    """Each replaced span in output coordinates (where its surrogate now stands), so a
    reviewer can see what was replaced without the original value ever being kept."""
    out, delta = [], 0
    for span in spans:
        start = span.start + delta
        out.append(PhiSpan(start=start, end=start + len(span.replacement), label=span.label))
        delta += len(span.replacement) - (span.end - span.start)
    return out


def count_leaks(original: str, result: Any) -> int:
    """Leak scan of the de-identified text before it is written: identifier-shaped strings
    (valid IINs, phones, e-mails) and verbatim values the detector saw, outside the
    surrogates it wrote. Dates are left out: a shifted date may equal another real date."""
    from medadapt.deid import scan_for_leaks

    written, delta = [], 0
    for span in result.spans:
        start = span.start + delta
        written.append((start, start + len(span.replacement)))
        delta += len(span.replacement) - (span.end - span.start)
    seen = [original[s.start:s.end] for s in result.spans if s.label != "DATE"]
    findings = scan_for_leaks(result.text, [v for v in seen if len(v.strip()) >= 3])
    return sum(
        1 for f in findings
        if not any(start <= f.start and f.end <= end for start, end in written)
    )


def audit_flags(result: Any, deidentifier: Any) -> list[AuditFlag]:
    """The independent leak audit (deid.audit: a second method) over the written text."""
    from medadapt.deid.audit import audit_text
    from medadapt.deid.audit import output_spans as written

    flags = audit_text(result.text, written(result.spans), lex=getattr(deidentifier, "lex", None))
    return [AuditFlag(f.start, f.end, f.kind) for f in flags]


def _ocr_note(extraction: Extraction) -> str | None:
    notes = []
    if extraction.pages_need_ocr:
        notes.append(f"{extraction.pages_need_ocr} image-only page(s) not OCRed: Tesseract "
                     "with the configured languages is not available")
    if extraction.pages_low_confidence:
        notes.append(f"{extraction.pages_low_confidence} OCR page(s) below "
                     "ingest.ocr_min_confidence: check them or re-scan")
    return "; ".join(notes) or None


def extraction_flags(extraction: Extraction) -> str | None:
    """What a reviewer should know about how the text was obtained (manifest `flags`)."""
    flags = [name for name, on in (("low_confidence", extraction.pages_low_confidence),
                                   ("legacy_font", extraction.legacy_chars)) if on]
    return ",".join(flags) or None


def process_file(task: FileTask, settings: ProcessSettings, deidentifier: Any,
                 secret: bytes) -> FileResult:
    """Everything ingest does to one file; errors become a manifest status, never raise."""
    row = task.manifest_row()
    started = time.perf_counter()
    try:
        if task.size_bytes > settings.max_bytes:
            raise IngestError("too_large", f"{task.size_bytes} bytes > ingest.max_bytes")
        try:
            data = read_bytes(task.source)
        except OSError as err:
            raise IngestError("unreadable", f"cannot read: {type(err).__name__}") from None
        with open_pdf(data, settings.max_pages) as doc:
            row.n_pages = doc.page_count
            extraction = extract_pages(doc, settings.ocr)
        row.ocr_confidence, row.flags = extraction.ocr_confidence, extraction_flags(extraction)
        extracted = time.perf_counter()
        pages = clean_pages(extraction.pages)
        if not any(page.strip() for page in pages):
            if extraction.pages_need_ocr:
                raise IngestError("needs_ocr", _ocr_note(extraction) or "")
            raise IngestError("blank", "no text on any page")
        text, offsets = join_pages(pages)
        cleaned = time.perf_counter()
        identity = patient_key(secret, text, task.center, PurePosixPath(task.source).stem)
        patient_id, row.patient_key_source = identity.key, identity.kind
        result = deidentifier.deidentify(text, patient=patient_id)
        done = time.perf_counter()
    except IngestError as err:
        row.status, row.error = err.status, str(err)
        return FileResult(manifest=row)
    except Exception as err:  # noqa: BLE001 - one bad file must never abort a corpus
        row.status, row.error = "corrupt", f"extraction failed ({type(err).__name__})"
        return FileResult(manifest=row)
    note = _ocr_note(extraction)
    kk, ru = language_shares(result.text)
    document = Document(
        doc_id=task.doc_id, patient_id=patient_id, center=task.center, source=task.source,
        n_pages=row.n_pages, pages_ocr=extraction.pages_ocr, lang_kk=kk, lang_ru=ru,
        text=result.text, page_offsets=shift_offsets(offsets, result.spans),
        n_phi_spans=len(result.spans), n_leaks=count_leaks(text, result),
        extract_s=extracted - started, clean_s=cleaned - extracted, deid_s=done - cleaned,
        phi_spans=output_spans(result.spans),
    )
    row.error, row.leaks, row.pages_ocr = note, document.n_leaks, document.pages_ocr
    document.audit_flags = audit_flags(result, deidentifier)
    row.residual_risk = len(document.audit_flags)
    if settings.strict and row.residual_risk:
        row.status = "residual_risk"
        row.error = f"leak audit flagged {row.residual_risk} place(s); review before release"
        return FileResult(manifest=row)
    return FileResult(manifest=row, document=document, notes=[note] if note else [])


@dataclass
class WorkerState:
    settings: ProcessSettings
    deidentifier: Any
    secret: bytes


def init_worker(settings: ProcessSettings, key_file: str | None, use_ner: bool) -> WorkerState:
    """Built once per worker child: the detector's lexicons and models load here."""
    from medadapt.deid import Deidentifier, load_secret

    secret = load_secret(Path(key_file) if key_file else None).secret
    return WorkerState(settings, Deidentifier(secret, use_ner=use_ner), secret)


def handle_task(state: WorkerState, task: FileTask) -> FileResult:
    return process_file(task, state.settings, state.deidentifier, state.secret)
