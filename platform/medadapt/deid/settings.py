"""The `deid` section: the corpus secret and which detectors run."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from medadapt.section import Section

__all__ = ["DeidConfig"]


class DeidConfig(Section):
    """De-identification settings shared by every stage that writes text."""

    key_file: Path | None = Field(
        default=None,
        description="corpus secret file; default: $MEDADAPT_DEID_SECRET, else "
        "~/.config/medadapt/deid.key (created 0600 when missing)",
    )
    use_ner: bool = Field(default=True, description="natasha NER on name-cue windows")
