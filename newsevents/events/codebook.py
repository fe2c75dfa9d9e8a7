"""The CAMEO codebook (names, Goldstein values, QuadClass) and the CAMEO → PLOVER mapping.

Every number an Event carries about its code comes from here, read from
``newsevents/data/events/cameo_codebook.csv`` (built from GDELT's CAMEO lookup tables and PLOVER's
conversion table; the file header names both). Nothing is ever invented: a code missing from the
codebook is a bug in a pattern file, and :func:`code_info` raises so tests catch it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafiles import load_csv

#: Where the events stage keeps its data files (codebook, patterns, topics, modality cues).
DATA = Path(__file__).resolve().parent.parent / "data" / "events"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO code with what the codebook says about it."""

    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str
    plover_context: str
    plover_source: str


#: Columns of the codebook (docs/data-files.md); the numbers must parse.
_COLUMNS = {"code": str, "root": str, "name": str, "quad_class": int, "goldstein": float,
            "plover_type": str, "plover_mode": str, "plover_context": str,
            "plover_source": str, ...: str}


@lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """All 311 CAMEO codes (roots included), loaded once per process."""
    rows = load_csv("events/cameo_codebook.csv", _COLUMNS)
    return {
        row["code"]: CodeInfo(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            plover_type=row["plover_type"],
            plover_mode=row["plover_mode"],
            plover_context=row["plover_context"],
            plover_source=row["plover_source"],
        )
        for row in rows
    }


def code_info(code: str) -> CodeInfo:
    """The codebook entry of ``code``; raises KeyError for a code CAMEO does not have."""
    return codebook()[code]


def is_code(code: str) -> bool:
    return code in codebook()
