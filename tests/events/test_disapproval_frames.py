"""Disapproval (CAMEO root 11) in the frames real news tells it in (issue 12): a passive whose
agent the parser hung inside the charge, a label given as an appositive, a complaint about a
clause, reactions drawn from someone, lawsuits by one party against another, "lashed out at",
"critical of", and attacks on what someone said or decided."""

from __future__ import annotations

from newsevents.events.misplaced import stranded_agent
from newsevents.events.syntax import subject

from .coding import events_of, parsed


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, "11")]


# ---------------------------------------------------------------- passive agent (syntax)
def test_a_by_phrase_inside_the_charge_is_the_passive_agent() -> None:
    # the premise: spaCy's parse of "The minister was accused of fraud by senators ."
    doc = parsed(["The", "minister", "was", "accused", "of", "fraud", "by", "senators", "."],
                 [1, 3, 3, 3, 3, 4, 5, 6, 3],
                 ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                 ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert stranded_agent(doc[3]) == doc[7]
    assert subject(doc[3]) == doc[7]


def test_a_by_phrase_of_another_adjunct_is_not_the_agent() -> None:
    # "The homes were destroyed with estimates by aid groups ." — the estimates are the groups'
    doc = parsed(["The", "homes", "were", "destroyed", "with", "estimates", "by", "groups", "."],
                 [1, 3, 3, 3, 3, 4, 5, 6, 3],
                 ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                 ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert stranded_agent(doc[3]) is None


def test_accused_of_a_crime_by_lawmakers() -> None:
    assert _pairs("The Brazilian health minister was accused of corruption by Brazilian "
                  "opposition lawmakers.") == [("1121", "BRALEG", "BRAGOV")]


def test_accused_of_an_act_by_lawmakers() -> None:
    assert _pairs("The Brazilian health minister was accused of hiding infection figures by "
                  "Brazilian opposition lawmakers.") == [("112", "BRALEG", "BRAGOV")]


# ---------------------------------------------------------------- speech verbs and labels
def test_a_label_the_parser_hangs_as_an_appositive() -> None:
    assert _pairs("The Danish prime minister called Norway's ambassador a very stupid guy.") == [
        ("111", "DNKGOV", "NORGOV")]


def test_a_named_person_is_no_label() -> None:
    assert _pairs("The Danish prime minister called Norway's ambassador, Mr Olsen.") == []


def test_complaining_that_someone_did_something() -> None:
    assert _pairs("Argentina's president complained that Uruguay had polluted the river.") == [
        ("114", "ARGGOV", "URYGOV")]


# ---------------------------------------------------------------- reactions drawn
def test_remarks_drew_criticism_from_the_opposition() -> None:
    assert _pairs("The Ghanaian president's remarks drew sharp criticism from Ghanaian "
                  "opposition lawmakers.") == [("111", "GHALEG", "GHAGOV")]


def test_a_reaction_nobody_owns_is_no_event() -> None:
    assert _pairs("The plan has drawn criticism from Ghanaian opposition lawmakers.") == []


def test_drawing_praise_is_not_disapproval() -> None:
    assert _pairs("The Ghanaian president's remarks drew praise from Ghanaian lawmakers.") == []


# ---------------------------------------------------------------- nominal lawsuits
def test_a_lawsuit_by_one_party_against_another() -> None:
    assert _pairs("The lawsuit by Chilean unions against the Chilean health ministry was heard "
                  "on Monday.") == [("115", "CHLLAB", "CHLHLH")]


# ---------------------------------------------------------------- vocabulary
def test_lashed_out_and_hit_out_at() -> None:
    assert _pairs("The Estonian prime minister lashed out at Russia over the border "
                  "incident.") == [("111", "ESTGOV", "RUSGOV")]
    hit = "The Estonian prime minister hit out at Russia over the border incident."
    assert _pairs(hit) == [("111", "ESTGOV", "RUSGOV")]
    assert events_of(hit, "19") == []


def test_critical_of_a_decision_targets_its_maker() -> None:
    assert _pairs("The Estonian prime minister was highly critical of Russia's decision.") == [
        ("111", "ESTGOV", "RUSGOV")]


def test_critical_without_of_is_no_criticism() -> None:
    assert _pairs("The Estonian prime minister called it a critical moment for Russia.") == []


def test_attacking_what_someone_said_is_criticism() -> None:
    text = "The Estonian prime minister attacked Russia's foreign minister for his remarks."
    assert _pairs(text) == [("111", "ESTGOV", "RUSGOV")]
    assert events_of(text, "19") == []


# ---------------------------------------------------------------- the speaker of a quotation
def test_we_inside_a_quotation_is_its_speaker() -> None:
    assert _pairs('"We condemn Russia\'s decision," the Latvian foreign minister said.') == [
        ("111", "LVAGOV", "RUSGOV")]


def test_i_inside_a_quotation_is_its_speaker() -> None:
    assert _pairs('The Latvian president said: "I criticise the Russian government."') == [
        ("111", "LVAGOV", "RUSGOV")]


# ---------------------------------------------------------------- a heavy object after "as"
def test_the_object_moved_after_its_as_phrase() -> None:
    assert _pairs("Greece on Tuesday denounced as a shameful crime Turkey's treatment of "
                  "ethnic Greek fishermen in Cyprus.") == [("111", "GRCGOV", "TURGOV")]
