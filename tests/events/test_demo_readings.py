"""The bundled demo reads right (issue 12): a conjoined event noun shares the owner of the
noun it is conjoined to, and an appeal for several acts is an appeal for each of them, the
people to be released never its target. Sentences written for these tests."""

from __future__ import annotations

from tests.events.coding import events_of


def test_a_conjoined_concern_shares_the_possessor_of_its_first_noun() -> None:
    text = ("The envoy emphasized Canada's commitment to its partners in Europe and deep "
            "concern over Iran's aggressive actions against Israel.")
    found = [e for e in events_of(text, "01") if e.cameo == "012"]
    assert found, text
    assert all(e.source is not None and e.source.code == "CANGOV" for e in found), found


def test_a_conjunct_with_its_own_owner_does_not_take_the_first_one() -> None:
    # "the concern of allies": a phrase with its own determiner names its own owner
    text = ("The envoy emphasized Canada's commitment to its partners in Europe and the deep "
            "concern of allies over Iran's aggressive actions against Israel.")
    found = [e for e in events_of(text, "01") if e.cameo == "012"]
    assert not any(e.source is not None and e.source.code == "CANGOV" for e in found), found


def _appeals(text: str) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for e in events_of(text, "02"):
        found.setdefault(e.cameo, []).append(e.target.code if e.target is not None else None)
    return found


def test_an_appeal_for_a_halt_and_a_release_is_an_appeal_for_each() -> None:
    text = ("The ambassador called for an immediate cessation of the Taliban's raids and the "
            "release of all captives.")
    found = _appeals(text)
    assert "0256" in found and "0253" in found, found


def test_the_released_people_are_never_the_appeal_s_target() -> None:
    text = ("The ambassador called for a cessation of Kurdish attacks and the release of the "
            "hostages.")
    found = events_of(text, "02")
    assert found, text
    for e in found:
        assert e.target is None or "hostages" not in e.target.mention, e


def test_the_released_are_not_the_target_when_no_holder_is_named() -> None:
    found = _appeals("The foreign minister called for the release of all captives.")
    assert found.get("0253") == [None], found


def test_a_named_holder_is_the_target_of_the_conjoined_release() -> None:
    text = ("Turkey's president called for a cessation of Kurdish attacks and the release of "
            "the hostages held by the PKK.")
    found = _appeals(text)
    assert found.get("0253") and all(c is not None and c.endswith("REB")
                                     for c in found["0253"]), found
