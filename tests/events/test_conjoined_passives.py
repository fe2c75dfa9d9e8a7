"""Conjoined passives of state coercion and violence between private people.

- "was arrested on Monday and charged with murder": the bare participle coordinated with a
  passive is passive too, its undergoer the passive's subject, its doer the implied authority
  (``syntax.is_passive`` / ``syntax.objects``; ``implied_sectors`` in ``arguments.yaml``:
  the annotation guide's "was arrested" → the police, "was sentenced" → the court);
- "a Nigerian man killed his wife": two private people of one code, named apart, are the two
  sides of an assault (``events/private_violence.py``), not one party acting on itself.

Real spaCy model, sentences written for these tests (in no gold set)."""

from __future__ import annotations

import pytest

from newsevents import extract_text


def _dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    def code(actor):  # type: ignore[no-untyped-def]
        return None if actor is None else (actor.code or actor.country)
    return {(e.cameo, code(e.source), code(e.target))
            for e in extract_text(text, published="2024-05-02").events}


def test_bare_participle_after_passive_is_a_second_legal_act() -> None:
    dyads = _dyads("Kenyan opposition leader John Mwangi was arrested on Monday and charged "
                   "with murder.")
    assert ("173", "KENCOP", "KENOPP") in dyads
    assert ("173", "KENJUD", "KENOPP") in dyads  # charged: by the court, of Kenya


def test_second_passive_with_its_own_auxiliary() -> None:
    dyads = _dyads("The Turkish journalist was detained in Ankara and was later deported to "
                   "Germany.")
    assert ("173", "TURCOP", "TURMED") in dyads
    assert ("174", "TURGOV", "TURMED") in dyads  # deported: by the government


def test_sentence_after_detention() -> None:
    dyads = _dyads("The former Egyptian minister was detained in 2015 and sentenced to ten "
                   "years in prison.")
    assert any(c in ("116", "173") and s == "EGYJUD" for c, s, _ in dyads)


def test_active_verb_after_passive_keeps_its_subject_as_doer() -> None:
    # "praised": the president praises; no passive reading of the second verb
    dyads = _dyads("The French president was welcomed in Berlin and praised the German "
                   "government.")
    assert ("051", "FRAGOV", "DEUGOV") in dyads


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Nigerian man killed his wife in Lagos on Sunday, police said.",
     ("1823", "NGACVL", "NGACVL")),
    ("A Pakistani man stabbed his brother to death in Karachi.",
     ("1823", "PAKCVL", "PAKCVL")),
])
def test_violence_between_two_private_people(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


def test_reflexive_victim_is_no_second_person() -> None:
    assert not any(c.startswith("18") and t is not None for c, _, t in _dyads(
        "The Kenyan man killed himself after his business failed."))


def test_suicide_is_no_assault() -> None:
    """senses.yaml violence-on-oneself: no 18x at all for a death by one's own hand."""
    assert not any(c.startswith("18") for c, _, _ in _dyads(
        "The Kenyan farmer killed himself after the harvest failed."))


def test_suicide_attack_stays_violence() -> None:
    dyads = _dyads("A suicide bomber blew himself up at a checkpoint in Kabul, killing five "
                   "soldiers.")
    assert any(c.startswith("183") for c, _, _ in dyads)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Zambian army placed the president under house arrest on Tuesday.",
     ("173", "ZMBMIL", "ZMBGOV")),
    ("Kenyan police put the opposition leader under arrest.", ("173", "KENCOP", "KENOPP")),
])
def test_placed_under_arrest(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


def test_bring_to_justice_is_prosecution_not_yet_done() -> None:
    events = extract_text("The Ugandan president vowed to bring the killers of the journalist "
                          "to justice.", published="2024-05-02").events
    assert any(e.cameo == "173" and e.modality == "future" for e in events)
    assert not any(e.cameo == "173" and e.modality == "asserted" for e in events)


def test_private_driver_killing_riders_is_a_road_accident() -> None:
    """senses.yaml road-death-by-a-private-driver: the two-people rule keeps no crash."""
    assert not any(c.startswith("18") for c, _, _ in _dyads(
        "Police said the American man was driving a pickup truck erratically on Route 2 and "
        "struck a group of motorcycles, killing seven riders."))
