"""Blame told as a judgement of a party (issue 12): "said X was responsible for", "X is (not)
to blame", "negligence on the part of X" are accusations (112) by whoever says them, and an
attack with an as-phrase is criticism (111), never force."""

from __future__ import annotations

from .coding import events_of


def _rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in events_of(text, "11")]


def test_said_responsible_for_an_attack_is_an_accusation() -> None:
    assert ("112", "ISRGOV", "IRNGOV", "asserted") in _rows(
        "Israeli Prime Minister Benjamin Netanyahu said Iran was responsible for the attack on "
        "the tanker.")


def test_responsible_for_a_duty_is_no_accusation() -> None:
    assert _rows("The French foreign minister said the Syrian government was responsible for "
                 "security in the region.") == []


def test_responsible_in_the_texts_own_voice_is_no_accusation() -> None:
    assert _rows("Iran was responsible for the attack on the tanker, according to a report.") \
        == []


def test_not_to_blame_is_a_negated_accusation_by_the_speaker() -> None:
    rows = _rows("The Indian interior minister said the police were not to blame for the "
                 "deaths.")
    assert rows == [("112", "INDGOV", "INDCOP", "negated")]


def test_to_blame_names_the_blamed_not_the_blamer() -> None:
    rows = _rows("The Kenyan opposition leader said the Kenyan government is to blame for the "
                 "crisis.")
    assert ("112", "KENOPP", "KENGOV", "asserted") in rows
    assert all(r[1] != "KENGOV" for r in rows)


def test_negligence_on_the_part_of_a_party_in_a_quotation() -> None:
    rows = _rows('The Russian defence minister said: "It was negligence on the part of the '
                 'Ukrainian army."')
    assert ("112", "RUSGOV", "UKRMIL", "asserted") in rows


def test_no_negligence_on_the_part_of_is_negated() -> None:
    rows = _rows("The Russian foreign ministry said there was no negligence on the part of "
                 "Ukrainian troops.")
    assert rows == [("112", "RUSGOV", "UKRMIL", "negated")]


def test_attacked_as_is_criticism() -> None:
    rows = _rows("The senator attacked President Trump as a liar.")
    assert ("111", "USALEG", "USAGOV", "asserted") in rows
    assert not events_of("The senator attacked President Trump as a liar.", "19")


def test_an_unnamed_party_blamed_by_an_official_is_of_the_officials_country() -> None:
    rows = _rows('Satyendra Jain, the Indian home minister, said "The hotel has wooden '
                 'panelling, this shows carelessness on the part of the owner."')
    assert ("112", "INDGOV", "INDBUS", "asserted") in rows


def test_every_word_of_the_three_shapes_passes_the_lemma_gate() -> None:
    # blamed_parties skips a word whose lemma is not in ``predicates`` before _judged reads it
    from newsevents.events.blame import blame_rules

    rules = blame_rules()
    gate = rules.predicates
    assert rules.adjectives <= gate and rules.blame_verbs <= gate and rules.fault_nouns <= gate
    assert {"responsible", "blame", "negligence"} <= gate and "death" not in gate
