"""The privacy review page in a real headless Chromium (Selenium), built from a real ingest of
generated records: content, filters, mark-and-export, and the export read back.

Screenshots go to outputs/test-artifacts/review/; one is copied to docs/review-page.png for the
README. Needs Debian's chromium + chromium-driver (`make system-deps`).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medadapt.review import ReviewConfig, build_review, summarise_decisions

ROOT = Path(__file__).resolve().parents[2]
MEDADAPT = str(Path(sys.executable).with_name("medadapt"))
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "outputs" / "test-artifacts" / "review"
DOCS_SHOT = ROOT / "docs" / "review-page.png"
SECRET = "e2e-review-secret-0123456789abcdef0123456789abcdef"
# Not identifying on their own: they are in every surrogate email too.
EMAIL_WORDS = {"mail", "gmail", "yandex", "inbox", "list", "example", "com", "org", "net"}

pytestmark = pytest.mark.e2e


def _medadapt(*args: str) -> None:
    env = {**os.environ, "MEDADAPT_DEID_SECRET": SECRET, "COLUMNS": "200"}
    result = subprocess.run([MEDADAPT, *args], capture_output=True, text=True, env=env,
                            timeout=900, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[Path, Path]:
    """(synth dir, ingest dir): 3 generated records through the real `medadapt ingest`."""
    root = tmp_path_factory.mktemp("review-e2e")
    _medadapt("synth", "--out", str(root / "synth"), "--patients", "3", "--seed", "19",
              "--pages", "2..3")
    _medadapt("ingest", "--input", str(root / "synth" / "pdfs"), "--output",
              str(root / "ingest"))
    return root / "synth", root / "ingest"


def _has_column(ingest: Path, column: str) -> bool:
    return all(column in pq.read_schema(p).names for p in (ingest / "documents").glob("*.parquet"))


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM.exists() and DRIVER.exists()):
        pytest.skip("needs /usr/bin/chromium and /usr/bin/chromedriver (run: make system-deps)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--window-size=1280,1700",
                 f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def _open(driver, page: Path) -> None:
    driver.get(page.as_uri())
    _wait(lambda: driver.execute_script("return document.body.dataset.ready") == "1")


def _wait(condition, timeout: float = 10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the page")


def _visible(driver) -> list:
    return [p for p in driver.find_elements("css selector", "article.passage") if p.is_displayed()]


def _select(driver, element_id: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", element_id)).select_by_value(value)


def _mark(passage, verdict: str, note: str = "") -> None:
    passage.find_element("css selector", f"input[type=radio][value={verdict}]").click()
    if note:
        passage.find_element("css selector", "input.note").send_keys(note)


def _screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.execute_script("window.scrollTo(0, 0)")
    path = ARTIFACTS / name
    assert driver.save_screenshot(str(path))
    return path


# --- label and flag filters on hand-made spans and audit flags -----------------------------
def _handmade_ingest(out: Path) -> Path:
    """Two de-identified documents with spans and one audit flag, as ingest will write them."""
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string())])
    flag = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("kind", pa.string())])
    rows = []
    for i, (center, kk) in enumerate((("almaty-cch4", 0.0), ("astana-ncto", 0.6))):
        text = (f"Пациент Сидоров{i} П.И., ИИН 9001013001{i}3, тел. +7 701 000 00 0{i}.\n"
                "Диагноз: перелом лучевой кости. Наложен аппарат Илизарова.\n"
                f"Выписан 0{i + 1}.03.2031. Лечащий врач Жанарбек{i}.\n")
        spans = [(m.start(), m.end(), label) for label, rx in (
            ("NAME", r"Сидоров\d П\.И\."), ("IIN", r"\d{12}"), ("PHONE", r"\+7[\d ]+\d"),
            ("DATE", r"\d\d\.03\.2031")) for m in [re.search(rx, text)]]
        flags = [(text.index("Жанарбек"), text.index("Жанарбек") + 9, "unknown_name")] if i else []
        rows.append({"doc_id": f"{i}" * 64, "center": center, "n_pages": 1, "pages_ocr": 0,
                     "lang_kk": kk, "lang_ru": 1 - kk, "text": text, "page_offsets": [0],
                     "phi_spans": [dict(zip(("start", "end", "label"), s, strict=True))
                                   for s in spans],
                     "audit_flags": [dict(zip(("start", "end", "kind"), f, strict=True))
                                     for f in flags]})
    (out / "documents").mkdir(parents=True)
    schema = pa.schema([("doc_id", pa.string()), ("center", pa.string()),
                        ("n_pages", pa.int32()), ("pages_ocr", pa.int32()),
                        ("lang_kk", pa.float32()), ("lang_ru", pa.float32()),
                        ("text", pa.large_string()), ("page_offsets", pa.list_(pa.int64())),
                        ("phi_spans", pa.list_(span)), ("audit_flags", pa.list_(flag))])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), out / "documents" / "p.parquet")
    pq.write_table(pa.Table.from_pylist([{"doc_id": r["doc_id"], "status": "ok"} for r in rows]),
                   out / "manifest.parquet")
    return out


def test_label_and_flag_filters_with_spans_and_audit_flags(browser, tmp_path: Path) -> None:
    ingest = _handmade_ingest(tmp_path / "ingest")
    summary = build_review(ingest, tmp_path / "review", ReviewConfig(sample=5, passage_chars=100))
    _open(browser, summary.page)
    marks = browser.find_elements("css selector", "mark.phi")
    assert {m.get_attribute("data-label") for m in marks} == {"NAME", "IIN", "PHONE", "DATE"}
    assert all(m.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)" for m in marks)
    flagged = browser.find_elements("css selector", ".flagged[data-kind]")
    assert [f.text for f in flagged] == ["Жанарбек1"]
    _select(browser, "filter-label", "IIN")
    assert {p.get_attribute("data-labels") for p in _visible(browser)} == {"IIN NAME PHONE"}
    _select(browser, "filter-label", "")
    _select(browser, "filter-flag", "flagged")
    shown = _visible(browser)
    assert len(shown) == 1 and shown[0].get_attribute("data-center") == "astana-ncto"
    _select(browser, "filter-flag", "")
    _mark(browser.find_elements("css selector", "article.passage")[0], "ok")
    shot = _screenshot(browser, "review-spans-and-flags.png")
    DOCS_SHOT.parent.mkdir(exist_ok=True)  # the real-ingest test replaces it once spans exist
    shutil.copyfile(shot, DOCS_SHOT)


# --- the whole flow on a real ingest output -------------------------------------------------
def test_review_flow_on_real_ingest_output(ingested, browser, tmp_path: Path) -> None:
    _, ingest = ingested
    summary = build_review(ingest, tmp_path / "review", ReviewConfig(sample=2, seed=5,
                                                                      passage_chars=500))
    _open(browser, summary.page)
    assert "Privacy review" in browser.find_element("css selector", "h1").text
    assert "ok" in browser.find_element("id", "summary").text
    passages = browser.find_elements("css selector", "article.passage")
    assert len(passages) == summary.sampled + summary.flagged >= 4
    if not summary.spans_available:
        assert "Replaced spans unavailable" in browser.page_source

    _select(browser, "filter-center", "astana-ncto")
    shown = _visible(browser)
    assert shown and all(p.get_attribute("data-center") == "astana-ncto" for p in shown)
    assert f"{len(shown)} of {len(passages)}" in browser.find_element("id", "visible-count").text
    _select(browser, "filter-center", "")
    _select(browser, "filter-flag", "flagged")
    assert len(_visible(browser)) == sum(p.get_attribute("data-flagged") == "1" for p in passages)
    _select(browser, "filter-flag", "")
    word = re.findall(r"[^\W\d_]{6,}", passages[0].find_element("css selector", ".text").text)[0]
    browser.find_element("id", "search").send_keys(word.upper())
    assert all(word.lower() in p.text.lower() for p in _visible(browser))
    browser.find_element("id", "search").clear()
    browser.execute_script("document.getElementById('search').dispatchEvent(new Event('input'))")
    assert len(_visible(browser)) == len(passages)

    _mark(passages[0], "missed", "surname in the second line")
    _mark(passages[1], "ok")
    _mark(passages[2], "over_masked", "drug name masked")
    browser.refresh()  # decisions survive a reload (localStorage)
    _wait(lambda: browser.execute_script("return document.body.dataset.ready") == "1")
    first = browser.find_elements("css selector", "article.passage")[0]
    assert first.find_element("css selector", "input[value=missed]").is_selected()
    assert first.get_attribute("data-verdict") == "missed"

    browser.find_element("id", "reviewer").send_keys("privacy officer")
    browser.find_element("id", "export").click()
    exported = json.loads(browser.find_element("id", "export-json").get_attribute("value"))
    pattern = f"review-decisions-{summary.review_id}.json"
    downloaded = _wait(lambda: next(iter(browser.downloads.glob(pattern)), None))
    assert json.loads(downloaded.read_text()) == exported
    assert exported["version"] == 1 and exported["seed"] == 5 and exported["sample_size"] == 2
    assert {d["verdict"] for d in exported["decisions"]} == {"missed", "ok", "over_masked"}
    result = summarise_decisions(downloaded)
    assert result["reviewed"] == 3 and result["missed"] == 1 and result["over_masked"] == 1
    assert result["recheck_doc_ids"] == [first.get_attribute("data-doc-id")]
    assert 0 < result["miss_rate_ci"][1] < 1
    shot = _screenshot(browser, "review-real-ingest.png")
    if summary.spans_available:
        shutil.copyfile(shot, DOCS_SHOT)


def test_real_ingest_spans_are_marked_and_filterable(ingested, browser, tmp_path) -> None:
    _, ingest = ingested
    if not _has_column(ingest, "phi_spans"):
        pytest.skip("ingest output has no `phi_spans` column yet: replaced spans cannot be "
                    "marked (the page says so; see test_review_flow_on_real_ingest_output)")
    summary = build_review(ingest, tmp_path / "review", ReviewConfig(sample=3, seed=2))
    _open(browser, summary.page)
    marks = browser.find_elements("css selector", "mark.phi")
    assert marks and {m.get_attribute("data-label") for m in marks} >= {"NAME", "DATE"}
    _select(browser, "filter-label", "NAME")
    assert all("NAME" in p.get_attribute("data-labels").split() for p in _visible(browser))


# --- the page holds none of the generator's planted identifiers ----------------------------
def _planted_tokens(identifier: dict) -> set[str]:
    """Digit runs of 5+ from any identifier; capitalised words of 3+ letters from names and
    addresses; email words. Month names, `обл`, `года` and the like identify no one."""
    text, label = identifier["text"], identifier["label"]
    tokens = set(re.findall(r"\d{5,}", text))
    words = re.findall(r"[^\W\d_]{3,}", text)
    if label in ("NAME", "ADDRESS"):
        tokens |= {w for w in words if w[0].isupper()}
    if label == "EMAIL":
        tokens |= {w for w in words if w.lower() not in EMAIL_WORDS}
    return tokens


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def _page_text_by_doc(page: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(text outside passages, doc_id -> passage text outside replaced spans, doc_id ->
    surrogate text inside them) from the HTML."""
    # the page's own inline CSS and JS are code, not text a reader sees: a planted e-mail
    # word such as `ten` must not match `content` in a stylesheet
    page = re.sub(r"<(style|script)\b[^>]*>.*?</\1>", " ", page, flags=re.S)
    parts = page.split('<article class="passage"')
    kept: dict[str, str] = {}
    surrogates: dict[str, str] = {}
    for part in parts[1:]:
        doc = re.search(r'data-doc-id="([0-9a-f]+)"', part).group(1)
        marks = re.findall(r'<mark class="phi"[^>]*>(.*?)</mark>', part)
        outside = re.sub(r'<mark class="phi"[^>]*>.*?</mark>', " | ", part)
        kept[doc] = kept.get(doc, "") + _plain(outside)
        surrogates[doc] = surrogates.get(doc, "") + " | ".join(_plain(m) for m in marks)
    return _plain(parts[0]), kept, surrogates


@pytest.fixture(scope="module")
def whole_corpus_page(ingested, tmp_path_factory):
    """Every passage of every document on one page (a sample bigger than the corpus), split
    by document, with each record's planted tokens."""
    synth, ingest = ingested
    if not _has_column(ingest, "phi_spans"):
        pytest.skip("ingest output has no `phi_spans` column: surrogates cannot be told from "
                    "kept text, so planted identifiers cannot be checked per span")
    out = tmp_path_factory.mktemp("review-all")
    summary = build_review(ingest, out, ReviewConfig(sample=10_000, seed=0))
    head, kept, surrogates = _page_text_by_doc(summary.page.read_text(encoding="utf-8"))
    records = []
    for path in sorted((synth / "truth").glob("*.json")):
        truth = json.loads(path.read_text())
        doc_id = hashlib.sha256((synth / truth["pdf"]).read_bytes()).hexdigest()
        tokens = set().union(*(_planted_tokens(i) for i in truth["identifiers"]))
        records.append((truth["patient_id"], doc_id, tokens))
    assert len(records) == len(kept) == 3 and all(len(t) > 10 for _, _, t in records)
    return head, kept, surrogates, records


def test_page_holds_no_planted_identifier(whole_corpus_page) -> None:
    """No planted token in the page's own text (summary, filters) nor in any text ingest kept
    around its replaced spans. Each document is checked against its own record's truth: across
    records a surrogate may equal another record's real name, as both come from name lists."""
    head, kept, _, records = whole_corpus_page
    for patient, doc_id, tokens in records:
        found = sorted(t for t in tokens if t in kept[doc_id] or t in head)
        assert not found, f"{patient}: planted identifier tokens kept on the page"


def test_surrogates_never_reuse_a_planted_identifier_of_their_record(whole_corpus_page) -> None:
    _, _, surrogates, records = whole_corpus_page
    for patient, doc_id, tokens in records:
        found = sorted(t for t in tokens if t in surrogates[doc_id])
        assert not found, f"{patient}: surrogates equal planted identifier tokens"
