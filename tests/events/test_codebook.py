"""The CAMEO codebook and the CAMEO → PLOVER mapping are complete and faithful to their sources."""

from __future__ import annotations

import csv

from newsevents.events.codebook import code_info, codebook
from tests.conftest import shared_path

QUAD = {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
}


def test_every_code_has_name_goldstein_quad_and_plover() -> None:
    book = codebook()
    assert len(book) == 311
    roots = {info.root for info in book.values()}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    for code, info in book.items():
        assert info.name.strip(), code
        assert -10.0 <= info.goldstein <= 10.0, code
        assert int(info.root) in QUAD[info.quad_class], code
        assert code.startswith(info.root)
        assert info.plover_type in PLOVER_TYPES, code
        assert info.plover_source, code


def test_known_values() -> None:
    assert code_info("0234").name == "Appeal for military protection or peacekeeping"
    assert code_info("0234").goldstein == 3.4
    assert code_info("111").quad_class == 3
    assert code_info("192").plover_type == "COERCE"  # PLOVER files occupation under COERCE
    assert code_info("0871").plover_type == "RETREAT"
    assert code_info("0871").plover_mode == "ceasefire"


def test_matches_gdelt_tables() -> None:
    vocab = shared_path("data", "vocab")
    with (vocab / "CAMEO.eventcodes.txt").open(encoding="utf-8") as f:
        names = {row["CAMEOEVENTCODE"]: row["EVENTDESCRIPTION"]
                 for row in csv.DictReader(f, delimiter="\t")}
    with (vocab / "CAMEO.goldsteinscale.txt").open(encoding="utf-8") as f:
        scale = {row["CAMEOEVENTCODE"]: float(row["GOLDSTEINSCALE"])
                 for row in csv.DictReader(f, delimiter="\t")}
    book = codebook()
    assert set(book) == set(names)
    for code, info in book.items():
        assert info.name == names[code].strip()
        assert info.goldstein == scale[code]


def test_plover_table_rows_are_used_verbatim() -> None:
    table = shared_path("data", "events", "plover-gsr", "CAMEO2PLOVER-2021.txt")
    seen = 0
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("~~~"):
            break
        if line.startswith("#") or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if len(code) < 3 or code not in codebook():
            continue
        etype = rest.split("#")[0].split(",")[0].strip()
        info = code_info(code)
        if info.plover_source == "plover-2021":
            assert info.plover_type == etype, code
            seen += 1
    assert seen > 200
