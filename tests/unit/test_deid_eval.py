"""Quality targets on a generated held-out corpus (synthetic records with exact truth).

Targets: recall >= 0.99 overall and 1.00 for IIN, PHONE, EMAIL; precision >= 0.90; clinical
allow-list survival >= 0.98; no identifier carried over verbatim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medadapt.deid import Deidentifier, evaluate_truths
from medadapt.records import SynthTruth

synth = pytest.importorskip("medadapt.synth", reason="synthetic generator (medadapt.synth) missing")
config = pytest.importorskip("medadapt.config", reason="medadapt.config missing")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("deid-eval") / "corpus"
    cfg = config.SynthConfig(patients=12, seed=4242, pages=(3, 5), languages=["ru", "kk", "mixed"])
    synth.generate_corpus(cfg, out)
    truths = [SynthTruth.model_validate_json(p.read_text(encoding="utf-8"))
              for p in sorted((Path(out) / "truth").glob("*.json"))]
    assert len(truths) == 12
    return evaluate_truths(truths, Deidentifier(b"eval-secret-0123456789abcdef-0123"))


def test_overall_recall_and_precision(report: dict) -> None:
    assert report["overall"]["recall"] >= 0.99, report["overall"]
    assert report["overall"]["precision"] >= 0.90, report["overall"]


@pytest.mark.parametrize("label", ["IIN", "PHONE", "EMAIL"])
def test_structured_labels_have_full_recall(report: dict, label: str) -> None:
    stats = report["per_label"][label]
    assert stats["n_truth"] > 0
    assert stats["recall"] == 1.0, stats


def test_no_verbatim_leaks_and_allow_list_survives(report: dict) -> None:
    assert report["leaks"]["total"] == 0, report["leaks"]
    assert report["allow_list"]["total"] > 0
    assert report["allow_list"]["survival"] >= 0.98, report["allow_list"]
