"""Generate a whole synthetic corpus atomically: PDFs per center, truth, hostile files, summary.

The corpus is built in a hidden sibling directory and swapped in with renames, so readers
(and a rerun after a crash) never see a half-written output directory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from medadapt.synth import hostile
from medadapt.synth.phrases import STYLE_LANGUAGE
from medadapt.synth.record import RecordSpec, build_record, record_rng
from medadapt.synth.settings import SynthConfig
from medadapt.synth.styled import build_styled_record

log = logging.getLogger(__name__)
GENERATOR = "medadapt.synth/v1"
PASSWORD = "medadapt"  # user password of the encrypted hostile files


@dataclass(frozen=True)
class SynthSummary:
    """What was generated; counts match the files under `out_dir`."""

    out_dir: Path
    n_records: int
    n_pages: int
    n_bad_files: int
    n_scanned_pages: int


def plan_records(cfg: SynthConfig) -> list[RecordSpec]:
    """Deterministic plan: centers and languages cycle, scanned records are spread evenly."""
    n = cfg.patients
    k = min(cfg.scanned, n)
    scanned = {i * n // k for i in range(k)} if k else set()
    specs = []
    for i in range(n):
        center = cfg.centers[i % len(cfg.centers)]
        pid = f"pt{i + 1:05d}"
        style = cfg.styles[i % len(cfg.styles)]
        language = STYLE_LANGUAGE.get(style) or cfg.languages[i % len(cfg.languages)]
        specs.append(RecordSpec(
            seed=cfg.seed, index=i, patient_id=pid, center=center, language=language,
            pages=tuple(cfg.pages), scanned=i in scanned and style == "long_history",
            pdf_relpath=f"pdfs/{center}/{pid}.pdf", style=style))
    return specs


def _write_bad_files(cfg: SynthConfig, root: Path, specs: list[RecordSpec]) -> list[dict]:
    """Hostile files, rotating through the kinds; named like records so names give no hint."""
    rng = record_rng(cfg.seed, -1, "hostile")
    entries = []
    for k in range(cfg.bad_files):
        kind = hostile.KINDS[k % len(hostile.KINDS)]
        source = specs[k % len(specs)]
        good = (root / source.pdf_relpath).read_bytes()
        center_idx = k % len(cfg.centers)
        if kind == "duplicate":  # another center than the original, when there is one
            center_idx = (cfg.centers.index(source.center) + 1) % len(cfg.centers)
        rel = f"pdfs/{cfg.centers[center_idx]}/pt{len(specs) + k + 1:05d}.pdf"
        entry = {"path": rel, "kind": kind, "expected_status": hostile.EXPECTED_STATUS[kind]}
        if kind == "encrypted":
            file_id = hashlib.md5(f"{cfg.seed}/{k}".encode()).digest()
            data = hostile.encrypt_pdf(good, PASSWORD, PASSWORD + "-owner", file_id)
        elif kind == "truncated":
            data = hostile.truncated_bytes(good)
        elif kind == "corrupt":
            data = hostile.corrupt_bytes(rng)
        elif kind == "empty":
            data = b""
        elif kind == "not_pdf":
            data = hostile.not_pdf_bytes(k // len(hostile.KINDS))
        else:
            data = good
            entry["duplicate_of"] = source.pdf_relpath
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        entries.append(entry)
    return entries


def _sha256_tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _build(cfg: SynthConfig, root: Path,
           progress: Callable[[int, int], None] | None) -> tuple[int, int, int]:
    specs = plan_records(cfg)
    n_pages = n_scanned = 0
    for done, spec in enumerate(specs, start=1):
        pdf, truth = (build_record(spec) if spec.style == "long_history"
                      else build_styled_record(spec, spec.style))
        pdf_path = root / spec.pdf_relpath
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        pdf_path.write_bytes(pdf)
        truth_path = root / "truth" / f"{spec.patient_id}.json"
        truth_path.parent.mkdir(parents=True, exist_ok=True)
        truth_path.write_text(truth.model_dump_json(indent=1), encoding="utf-8")
        n_pages += truth.n_pages
        n_scanned += len(truth.scanned_pages)
        if progress:
            progress(done, len(specs))
    bad = _write_bad_files(cfg, root, specs)
    (root / "bad_files.json").write_text(json.dumps(bad, indent=1), encoding="utf-8")
    summary = {
        "generator": GENERATOR, "config": cfg.model_dump(mode="json"),
        "counts": {"records": len(specs), "pages": n_pages, "bad_files": len(bad),
                   "scanned_pages": n_scanned},
        "encrypted_password": PASSWORD, "files": _sha256_tree(root),
    }
    (root / "synth.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False),
                                     encoding="utf-8")
    return n_pages, len(bad), n_scanned


def _check_replaceable(out_dir: Path) -> None:
    """Refuse to replace a directory that is not an earlier synth output: it would be lost."""
    if out_dir.exists() and not out_dir.is_dir():
        raise FileExistsError(f"{out_dir}: exists and is not a directory; choose another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / "synth.json").exists():
        raise FileExistsError(
            f"{out_dir}: not empty and not a synth output (no synth.json); refusing to replace "
            "it. Choose an empty or new --out directory.")


def _clean_leftovers(out_dir: Path) -> None:
    """Remove temp/old siblings left behind by a run that was killed mid-way."""
    for stale in out_dir.parent.glob(f".{out_dir.name}.*-synth"):
        shutil.rmtree(stale, ignore_errors=True)


def generate_corpus(cfg: SynthConfig, out_dir: Path,
                    progress: Callable[[int, int], None] | None = None) -> SynthSummary:
    """Generate `cfg.patients` records (+ hostile files) and atomically replace `out_dir`."""
    out_dir = Path(out_dir).expanduser().resolve()
    _check_replaceable(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp-synth",
                                dir=out_dir.parent))
    old = None
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the corpus is meant to be shared
        n_pages, n_bad, n_scanned = _build(cfg, tmp, progress)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old-synth",
                                        dir=out_dir.parent))
            out_dir.rename(old / "previous")
        tmp.rename(out_dir)
    except BaseException:
        if old is not None and not out_dir.exists():  # put the previous output back
            (old / "previous").rename(out_dir)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    log.info("synth: %d records, %d pages, %d bad files -> %s", cfg.patients, n_pages, n_bad,
             out_dir)
    return SynthSummary(out_dir, cfg.patients, n_pages, n_bad, n_scanned)
