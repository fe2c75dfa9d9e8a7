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
