"""Read a reviewer's exported decisions and estimate how often the de-identifier misses.

The miss rate is estimated on the random sample only (flagged passages were chosen for risk
and would bias it) with an exact Clopper-Pearson interval: the usual result is 0 misses in a
few dozen passages, and the upper bound is then what a privacy officer signs against.
Notes are never logged or put in error messages; a reviewer may have typed an identifier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scipy.stats import beta

from medadapt.errors import UserError

__all__ = ["VERDICTS", "Decision", "clopper_pearson", "load_decisions", "summarise_decisions"]

VERDICTS = ("ok", "missed", "over_masked")
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Decision:
    passage_id: str
    doc_id: str
    center: str
    language: str
    verdict: str
    in_sample: bool
    note: str


def clopper_pearson(k: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Exact binomial interval for k events in n trials; (0, 1) when n is 0."""
    if n <= 0:
        return 0.0, 1.0
    alpha = 1.0 - confidence
    low = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
    high = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
    return low, high


def _decision(path: Path, index: int, raw: Any) -> Decision:
    where = f"{path}: decisions[{index}]"
    if not isinstance(raw, dict):
        raise UserError(f"{where} is not an object")
    missing = [k for k in ("passage_id", "doc_id", "verdict") if not raw.get(k)]
    if missing:
        raise UserError(f"{where} has no {', '.join(missing)}")
    if raw["verdict"] not in VERDICTS:
        raise UserError(f"{where}.verdict is {str(raw['verdict'])[:20]!r}; "
                        f"allowed: {', '.join(VERDICTS)}")
    return Decision(str(raw["passage_id"]), str(raw["doc_id"]), str(raw.get("center") or ""),
                    str(raw.get("language") or ""), str(raw["verdict"]),
                    bool(raw.get("in_sample", True)), str(raw.get("note") or ""))


def load_decisions(path: Path) -> tuple[dict[str, Any], list[Decision]]:
    """(header, decisions) from an export; the last decision per passage wins."""
    path = Path(path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{path}: no such decisions file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(f"{path}: not a decisions JSON export ({type(err).__name__}); "
                        "use the file the review page's Export button wrote") from None
    if not isinstance(payload, dict) or payload.get("version") != 1:
        raise UserError(f"{path}: expected an object with \"version\": 1 (a review page export)")
    raw = payload.get("decisions")
    if not isinstance(raw, list):
        raise UserError(f"{path}: `decisions` must be a list")
    by_passage = {d.passage_id: d for d in (_decision(path, i, r) for i, r in enumerate(raw))}
    header = {k: payload.get(k) for k in ("seed", "sample_size", "review_id", "reviewer")}
    return header, list(by_passage.values())


def summarise_decisions(path: Path) -> dict[str, Any]:
    """Reviewed passages, misses, the sample's miss rate with a 95% CI, and documents to
    re-check (every document with a missed identifier, sampled or flagged)."""
    header, decisions = load_decisions(path)
    sampled = [d for d in decisions if d.in_sample]
    missed = sum(d.verdict == "missed" for d in sampled)
    low, high = clopper_pearson(missed, len(sampled))
    return {
        **{k: header[k] for k in ("seed", "sample_size", "review_id")},
        "reviewed": len(decisions),
        "reviewed_sampled": len(sampled),
        "missed": sum(d.verdict == "missed" for d in decisions),
        "missed_sampled": missed,
        "over_masked": sum(d.verdict == "over_masked" for d in decisions),
        "ok": sum(d.verdict == "ok" for d in decisions),
        "miss_rate": missed / len(sampled) if sampled else None,
        "miss_rate_ci": [low, high],
        "ci_method": "clopper-pearson",
        "confidence": CONFIDENCE,
        "unit": "passage",
        "recheck_doc_ids": sorted({d.doc_id for d in decisions if d.verdict == "missed"}),
        "over_masked_doc_ids": sorted({d.doc_id for d in decisions
                                       if d.verdict == "over_masked"}),
    }
