"""A state acting on its own former leader: the actors stage codes "former President X" with the
bare country and sector ELI, which the self-directed check read as the state's government, so
"Pakistan arrested former Prime Minister …" gave no event (ConfliBERT issue 12)."""

from __future__ import annotations

from newsevents.events import _coded
from newsevents.records import Actor

from .coding import events_of


def test_a_bare_country_with_a_sector_is_that_sector() -> None:
    elite = Actor("former President Ana Ruiz", 20, 44, "Ana Ruiz", "person", country="CHL",
                  sector="ELI", code="CHL")
    state = Actor("Chile", 0, 5, "Chile", "state", country="CHL", code="CHL")
    assert _coded(elite) == "CHLELI"
    assert _coded(state) == "CHLGOV"


def test_state_arrests_its_former_leader() -> None:
    found = events_of("Bolivia arrested former President Jeanine Anez on Saturday.", "17")
    assert found and found[0].target is not None and "Anez" in found[0].target.mention


def test_state_sanctions_its_former_leader() -> None:
    assert events_of("Ecuador imposed sanctions on former President Rafael Correa.", "16")
