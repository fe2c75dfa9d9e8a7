"""Phoenix's non-state armed groups: the converter and the generated table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import load_script, shared_path

from .conftest import REPO, Resolver, find

_TOOL = REPO / "tools" / "convert_phoenix_groups.py"



def test_converter_keeps_named_groups_and_drops_people_and_short_names() -> None:
    text = ("# a comment\n"
            "NORTHERN_HILLS_LIBERATION_ARMY_(NHLA)_ [NPLREB] # note\n"
            "+HILLS_LIBERATION_ARMY_\n"
            "+NHLA_\n"
            "JOHN_QUINCY_SMITH_ [IMGREB]\n"
            "POPULAR_RESISTANCE_ [MEAREB]\n"
            "AL-KHAIR_BRIGADES_ [SASMUS]\n")
    rows = load_script(_TOOL).convert(text)
    assert rows == [
        ("Northern Hills Liberation Army", "Hills Liberation Army", "NPL", "REB"),
        ("al-Khair Brigades", "", "", "REB"),
    ]


def test_converter_is_reproducible(tmp_path: Path) -> None:
    source = shared_path("data", "vocab", "phoenix", "Phoenix.MilNonState.actors.txt")
    out = tmp_path / "phoenix_groups.csv"
    subprocess.run([sys.executable, str(_TOOL), str(source), str(out)], check=True,
                   capture_output=True)
    shipped = (REPO / "newsevents" / "data" / "actors" / "phoenix_groups.csv").read_text("utf-8")
    assert out.read_text("utf-8") == shipped


def test_a_phoenix_group_is_coded_rebel_with_its_country(resolve: Resolver) -> None:
    actors = resolve("Members of the Libyan Islamic Fighting Group fled across the border.",
                     "2019-03-02")
    group = find(actors, "Libyan Islamic Fighting Group")
    assert (group.code, group.kind) == ("LBYREB", "organisation")
