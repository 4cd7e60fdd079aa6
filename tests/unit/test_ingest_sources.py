"""Listing inputs (folders, globs, list files, URIs), centers, duplicates and orphan shards."""

from pathlib import Path

import pytest

from medadapt.ingest.manifest import (
    DOCUMENTS,
    Manifest,
    load_manifest,
    mark_duplicates,
    remove_orphans,
    write_manifest,
    write_shard,
)
from medadapt.ingest.process import shift_offsets
from medadapt.ingest.sources import SourceError, list_sources, read_bytes


def tree(root: Path) -> Path:
    for rel in ["c1/a.pdf", "c1/sub/b.pdf", "c2/c.pdf", "top.pdf", "c2/.hidden", ".tmp/x.pdf"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rel.encode())
    return root


def test_folder_is_recursive_with_first_level_center_and_no_hidden_files(tmp_path):
    found = list_sources([str(tree(tmp_path / "in"))])
    assert [(Path(f.source).name, f.center) for f in found] == [
        ("a.pdf", "c1"), ("b.pdf", "c1"), ("c.pdf", "c2"), ("top.pdf", "in"),
    ]
    assert found[0].size_bytes == len(b"c1/a.pdf")


def test_center_override_glob_and_list_file(tmp_path):
    root = tree(tmp_path / "in")
    assert {f.center for f in list_sources([str(root)], center="X")} == {"X"}
    globbed = list_sources([str(root / "c1" / "**" / "*.pdf")])
    assert [Path(f.source).name for f in globbed] == ["a.pdf", "b.pdf"]
    listing = tmp_path / "list.txt"
    listing.write_text(f"# inputs\n{root / 'c2' / 'c.pdf'}\n\n{root / 'top.pdf'}\n")
    assert [Path(f.source).name for f in list_sources([str(listing)])] == ["c.pdf", "top.pdf"]


def test_same_file_named_twice_is_listed_once(tmp_path):
    root = tree(tmp_path / "in")
    assert len(list_sources([str(root), str(root / "c1")])) == 4


def test_fsspec_uri_inputs(tmp_path):
    root = tree(tmp_path / "in")
    found = list_sources([f"file://{root}"])
    assert len(found) == 4
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/bucket/cA/x.pdf", b"%PDF-x")
    fs.pipe("/bucket/cB/y.pdf", b"%PDF-y")
    remote = list_sources(["memory://bucket"])
    assert [(f.source, f.center) for f in remote] == [
        ("memory:///bucket/cA/x.pdf", "cA"), ("memory:///bucket/cB/y.pdf", "cB"),
    ]
    assert read_bytes(remote[0].source) == b"%PDF-x"


@pytest.mark.parametrize("bad", [["/no/such/dir"], ["/no/such/*.pdf"], []])
def test_missing_inputs_are_named(bad):
    with pytest.raises(SourceError, match="no such|no inputs"):
        list_sources(bad)


def test_duplicates_first_source_wins_also_against_earlier_runs():
    hashed = [{"source": s, "doc_id": d} for s, d in [("b", "h1"), ("a", "h1"), ("c", "h2")]]
    todo, dups = mark_duplicates(hashed, known={"h2": "old"})
    assert [t["source"] for t in todo] == ["a"]
    assert {(d["source"], d["duplicate_of"]) for d in dups} == {("b", "a"), ("c", "old")}
    assert all(d["status"] == "duplicate" for d in dups)


def test_orphan_shards_from_a_killed_run_are_removed(tmp_path):
    from medadapt.records import Document

    doc = Document(doc_id="d", patient_id="p", center="c", source="s", n_pages=1, pages_ocr=0,
                   lang_kk=0.0, lang_ru=1.0, text="t", page_offsets=[0], n_phi_spans=0,
                   n_leaks=0, extract_s=0.0, clean_s=0.0, deid_s=0.0)
    kept = write_shard([doc], tmp_path)
    orphan = write_shard([doc], tmp_path)
    (tmp_path / DOCUMENTS / ".part-x.parquet.tmp").write_bytes(b"half")
    write_manifest(tmp_path, [{"source": "s", "status": "ok", "doc_id": "d", "shard": kept}])
    removed = remove_orphans(tmp_path, load_manifest(tmp_path))
    assert sorted(removed) == sorted([orphan, f"{DOCUMENTS}/.part-x.parquet.tmp"])
    assert [p.name for p in (tmp_path / DOCUMENTS).iterdir()] == [Path(kept).name]
    assert remove_orphans(tmp_path, Manifest(rows=[])) == [kept]


def test_page_offsets_follow_replacements():
    class Span:
        def __init__(self, start, end, replacement):
            self.start, self.end, self.replacement = start, end, replacement

    # "Иванов\n\nпер" -> "Ким\n\nпер": page 2 starts 3 characters earlier
    assert shift_offsets([0, 8], [Span(0, 6, "Ким")]) == [0, 5]
    assert shift_offsets([0, 8], [Span(9, 10, "xyz")]) == [0, 8]
