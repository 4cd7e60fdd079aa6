"""Typed records: Arrow schemas derive from the dataclasses, and a dialogue that breaks the
contract fails before it is written."""

import dataclasses

import pyarrow as pa
import pytest

from medadapt.records import Dialogue, Document, ManifestRow, arrow_schema, manifest_schema


def test_schemas_follow_the_dataclass_fields():
    assert manifest_schema().names == [f.name for f in dataclasses.fields(ManifestRow)]
    schema = arrow_schema(Document)
    assert schema.field("text").type == pa.large_string()
    assert schema.field("n_pages").type == pa.int32()
    assert schema.field("phi_spans").type == pa.list_(pa.struct(
        [("start", pa.int64()), ("end", pa.int64()), ("label", pa.string())]))


def test_dialogue_round_trip_and_contract_errors():
    row = {"id": "d1", "patient_id": "p", "language": "kk", "split": "train", "task": "icd10",
           "messages": [{"role": "user", "content": "?"}, {"role": "assistant", "content": "!"}]}
    assert Dialogue.from_dict(row).to_json() == row
    with pytest.raises(ValueError, match=r"missing keys \['split'\]"):
        Dialogue.from_dict({k: v for k, v in row.items() if k != "split"})
    with pytest.raises(ValueError, match="unknown roles"):
        Dialogue.from_dict({**row, "messages": [{"role": "bot", "content": "x"}]})
