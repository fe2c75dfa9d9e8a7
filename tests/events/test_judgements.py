"""Judgements told in speech (issue 12 item 3): a speaker predicating a disapproving or approving
word of a party, or of a party's act, criticises (111) or praises (051) it; a positive label of a
naming verb is praise; "a critic of X" is criticism; disagreement, credit and appreciation have
their own verbs and nouns; an act condemned that is named only as a light verb's object stands
for its doer. Sentences invented for these tests (in no gold set)."""

from __future__ import annotations

from .coding import events_of


def _rows(text: str, root: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality) for e in events_of(text, root)]


def test_a_partys_decision_said_to_be_a_mistake_is_criticism_of_the_party() -> None:
    assert ("111", "TURGOV", "DEUGOV", "asserted") in _rows(
        "The Turkish foreign minister said Germany's decision was a grave mistake.", "11")


def test_a_quoted_judgement_is_its_speakers() -> None:
    assert ("111", "COLGOV", "VENGOV", "asserted") in _rows(
        '"Maduro is a dictator," the Colombian president told reporters on Monday.', "11")


def test_a_judgement_in_the_texts_own_voice_is_no_event() -> None:
    assert _rows("Maduro is a dictator who has ruined Venezuela.", "11") == []


def test_a_conjoined_predicate_judges_too() -> None:
    assert ("111", "INDGOV", "PAKGOV", "asserted") in _rows(
        "The Indian foreign minister told Reuters Pakistan was a sponsor of terrorism and a "
        "menace to the region.", "11")


def test_a_denied_judgement_is_negated() -> None:
    assert _rows("The Bulgarian president said Erdogan's remarks were not a provocation.",
                 "11") == [("111", "BGRGOV", "TURGOV", "negated")]


def test_praise_of_a_person_said_by_a_head_of_state() -> None:
    assert ("051", "MEXGOV", "USAGOV", "asserted") in _rows(
        "The Mexican president said the American ambassador was a brave man.", "05")


def test_a_set_phrase_of_praise_words_judges_no_one() -> None:
    assert _rows("The Chinese foreign minister said the United States was a great power in "
                 "decline.", "05") == []


def test_praise_of_a_player_is_sports_not_politics() -> None:
    assert _rows("The Argentine coach said Lionel Messi was a great player.", "05") == []


def test_a_positive_label_is_praise_not_a_comment() -> None:
    text = "Japan's prime minister called the South Korean president a trusted partner."
    assert ("051", "JPNGOV", "KORGOV", "asserted") in _rows(text, "05")
    assert _rows(text, "01") == []


def test_a_critic_of_a_state() -> None:
    assert ("111", "POLGOV", "RUSGOV", "asserted") in _rows(
        "Poland's president is a fierce critic of Russia.", "11")


def test_a_critic_named_in_an_apposition() -> None:
    assert ("111", "ESTGOV", "RUSGOV", "asserted") in _rows(
        "Estonia's prime minister, a vocal critic of Russia, said the sanctions were overdue.",
        "11")


def test_the_act_judged_stands_for_its_doer_told_before() -> None:
    rows = _rows("The Supreme Court of India rejected the Pakistani government's appeal on "
                 "Monday. The Pakistani foreign minister said the ruling was a grave mistake.",
                 "11")
    assert ("111", "PAKGOV", "INDJUD", "asserted") in rows


def test_disagreements_with_a_party() -> None:
    assert ("110", "ITAGOV", "EUR", "asserted") in _rows(
        "Italy had disagreements with Brussels over the migration policy.", "11")


def test_credited_with_an_achievement_is_praise() -> None:
    rows = _rows("The UN secretary-general credited Ethiopia with ending the war.", "05")
    assert [r[2] for r in rows] == ["ETHGOV"]


def test_at_odds_is_one_disagreement_between_both() -> None:
    # a reciprocal act is one event from the first-named side (same_act.reciprocal_mirrors)
    rows = _rows("Germany and France have been at odds over the budget for months.", "11")
    assert {(r[1], r[2]) for r in rows} == {("DEUGOV", "FRAGOV")}


def test_the_odds_of_winning_are_no_disagreement() -> None:
    assert _rows("The odds of Brazil winning the vote at the United Nations are low.", "11") == []


def test_an_act_qualified_by_a_judging_adjective_in_a_quotation() -> None:
    assert ("111", "UKRGOV", "RUSGOV", "asserted") in _rows(
        '"Russia\'s illegal annexation of Crimea will never be recognised," the Ukrainian foreign '
        'minister said.', "11")


def test_an_adjective_that_classifies_an_act_judges_no_one() -> None:
    assert _rows('"The FBI\'s criminal investigation is continuing," the US attorney general '
                 'said.', "11") == []


def test_one_speakers_judgements_in_one_quotation_are_one_criticism() -> None:
    rows = _rows('"Maduro is a dictator. Maduro is ruthless. He has ruined our economy," the '
                 'Colombian president said.', "11")
    assert rows == [("111", "COLGOV", "VENGOV", "asserted")]


def test_an_operation_condemned_is_aimed_at_whoever_launched_it() -> None:
    # "operation" is an act of force only as the object of a light verb (fight.launch-operation)
    rows = _rows("Turkey launched a military operation in northern Syria on Wednesday. The "
                 "operation was condemned by the European Union.", "11")
    assert rows == [("111", "EUR", "TURGOV", "asserted")]


def test_a_disaster_called_a_catastrophe_is_no_criticism() -> None:
    assert _rows("The governor of Florida called the hurricane a catastrophe for the state.",
                 "11") == []
