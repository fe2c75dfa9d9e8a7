"""Cooperation, agreements and alliances with their many participants (roots 04-06; issue 12
item 3): alliances joined and formed (also through a passive relative clause whose pronoun the
parser hangs on the wrong noun), cooperation expanded with a list of partners, agreements
entered into, states of alliance ("was allied with"), talks held by phone. Invented sentences,
through the real pipeline."""

from __future__ import annotations

from .coding import events_of

Row = tuple[str, str | None, str | None]


def _rows(text: str, *roots: str) -> list[Row]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for root in roots for e in events_of(text, root)]


def _has(rows: list[Row], code: str, source: str, target: str | None) -> bool:
    """An event of ``code`` from a source and to a target of these country (and sector)
    prefixes; the branch a state acts through is another stage's business."""
    return any(c == code and (s or "").startswith(source) and (
        t is None if target is None else (t or "").startswith(target)) for c, s, t in rows)


def test_passive_relative_clause_joins_the_coalition_not_the_place() -> None:
    rows = _rows("Last month France announced a naval mission coalition to escort tankers "
                 "through the Strait of Hormuz, which was joined by Denmark, Greece and Italy.",
                 "05", "06")
    for joiner in ("DNK", "GRC", "ITA"):
        assert _has(rows, "062", joiner, "FRA")


def test_announced_military_coalition_stands_without_a_partner() -> None:
    rows = _rows("Last week Japan announced a maritime coalition to protect shipping lanes.",
                 "06")
    assert _has(rows, "062", "JPN", None)


def test_joined_the_led_coalition_is_cooperation_with_its_leader_not_its_enemy() -> None:
    rows = _rows("Jordan joined the Saudi-led military coalition against the Houthi rebels.",
                 "05", "06")
    assert _has(rows, "062", "JOR", "SAU")
    assert all(t != "YEMREB" and not (t or "").endswith("REB") for _, _, t in rows)


def test_joined_a_coalition_led_by_a_state() -> None:
    rows = _rows("Estonia joined the coalition led by Britain in March.", "05", "06")
    assert _has(rows, "050", "EST", "GBR")


def test_party_coalition_and_sports_team_are_no_military_alliance() -> None:
    assert not any(c.startswith("06") for c, _, _ in _rows(
        "The Greens joined the ruling coalition after the election.", "05", "06"))
    assert _rows("The striker joined Juventus from Real Madrid in 2018.", "05", "06") == []


def test_formed_alliance_with_partner() -> None:
    assert _has(_rows("Turkey formed an alliance with Azerbaijan.", "05"), "050", "TUR", "AZE")


def test_increased_cooperation_with_navies_of_listed_states_one_event_each() -> None:
    rows = _rows("Vietnam has expanded cooperation with the navies of India, Japan and "
                 "Australia.", "05", "06")
    for partner in ("INDMIL", "JPNMIL", "AUSMIL"):
        assert _has(rows, "062", "VNM", partner)


def test_expanded_cooperation_with_a_government_is_diplomatic() -> None:
    rows = _rows("Kenya deepened cooperation with Ethiopia and Somalia.", "05", "06")
    assert _has(rows, "050", "KEN", "ETH")
    assert _has(rows, "050", "KEN", "SOM")


def test_an_existing_cooperation_named_is_no_act() -> None:
    # CAMEO 050/06x are acts of starting, resuming or expanding cooperation; a bond that
    # exists, named by its noun, is none
    assert _rows("Brazilian officials are reviewing their cooperation with Paraguayan "
                 "counterparts on border policing.", "05", "06") == []


def test_entered_into_agreement_with() -> None:
    rows = _rows("The Libyan government entered into an agreement with Turkey on maritime "
                 "borders.", "05")
    assert _has(rows, "057", "LBYGOV", "TUR")


def test_allied_with_is_the_subjects_own_bond() -> None:
    rows = _rows("Moscow has long been allied with the Syrian army in its war against rebels.",
                 "05", "06")
    assert _has(rows, "062", "RUS", "SYRMIL")
    assert all(s is not None for _, s, _ in rows)


def test_spoke_on_the_phone_is_a_telephone_consultation() -> None:
    rows = _rows("Putin and Erdogan spoke on the phone on Tuesday.", "04")
    # one reciprocal act, one event from the first-named side (same_act.reciprocal_mirrors)
    assert _has(rows, "041", "RUSGOV", "TURGOV")
    assert not _has(rows, "041", "TURGOV", "RUSGOV")
    assert not any(code == "040" for code, _, _ in rows)


def test_speaking_of_a_topic_on_tv_is_no_phone_call() -> None:
    assert not any(code == "041" for code, _, _ in _rows(
        "The Brazilian president spoke on television about the budget.", "04"))


def test_signed_a_legislators_bill_into_law() -> None:
    rows = _rows("Governor Andrew Cuomo signed Senator Liz Krueger's bill into law.", "05")
    assert _has(rows, "057", "", "")
    assert _rows("The governor signed the bill into law on Friday.", "05") == []


def test_coordination_buried_in_the_subjects_titles_gives_the_other_side() -> None:
    # spaCy makes the second leader the subject and "Biden and … President" appositions of
    # its first title; the talk still has two sides
    rows = _rows("On Friday, US President Joe Biden and Turkish President Recep Tayyip Erdoğan "
                 "spoke on the phone.", "04")
    assert _has(rows, "041", "USA", "TUR")
    assert not _has(rows, "041", "TUR", "USA")  # one reciprocal act, one event


def test_coordination_in_the_subjects_apposition_is_no_other_side() -> None:
    # the apposition after the subject describes the subject: one person, no talks between
    rows = _rows("Maria Lopez, a former Mexican army officer, lawyer, and currently a candidate "
                 "for the Mexican Senate, spoke with the magazine on Friday.", "04")
    assert not any(s and t for _, s, t in rows)
