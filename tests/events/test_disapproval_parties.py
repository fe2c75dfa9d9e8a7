"""Disapproval (CAMEO root 11) and the parties it picks (issue 12, round of ev-r11): a censured
party of the doer's own code named apart keeps its place as the target;
an accusation noun is against whom its that-clause names; the blame placed on someone and
accusations levelled against someone are accusations."""

from __future__ import annotations

from newsevents.events import _named_apart
from newsevents.records import Actor

from .coding import events_of, parsed


def _pairs(text: str, root: str = "11") -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, root)]


# ---------------------------------------------------------------- same code, named apart
def test_a_leader_criticising_another_government_of_his_country() -> None:
    assert _pairs("Indian Prime Minister Narendra Modi criticised the Delhi government for "
                  "the pollution.") == [("111", "INDGOV", "INDGOV")]


def test_an_official_accusing_his_own_government() -> None:
    assert _pairs("Iraq's Sunni vice-president accused the Shia-led government of waging a "
                  "campaign of persecution.") == [("112", "IRQGOV", "IRQGOV")]


def test_a_governor_suing_the_administration() -> None:
    assert _pairs("The Democratic governor of California sued the Trump "
                  "administration.") == [("115", "USAGOV", "USAGOV")]


def _actor(mention: str, start: int, code: str, entity: str | None = None) -> Actor:
    return Actor(mention=mention, start=start, end=start + len(mention), name=mention,
                 kind="organisation", country=code[:3], sector=code[3:], code=code,
                 entity=entity)


def test_one_actor_twice_is_not_named_apart() -> None:
    # "The ministry criticised the ministry ." — one name and code, and one entity: no dyad
    doc = parsed(["The", "ministry", "criticised", "the", "ministry", "."], [1, 2, 2, 4, 2, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    src, tgt = _actor("The ministry", 0, "INDGOV"), _actor("the ministry", 23, "INDGOV")
    assert not _named_apart(src, tgt, "111", doc)  # same name and code
    other = _actor("the cabinet", 23, "INDGOV", entity="e1")
    assert not _named_apart(_actor("The ministry", 0, "INDGOV", entity="e1"), other, "111", doc)
    assert _named_apart(src, _actor("the cabinet", 23, "INDGOV"), "111", doc)


def test_named_apart_is_only_for_disapproval() -> None:
    doc = parsed(["The", "ministry", "praised", "the", "cabinet", "."], [1, 2, 2, 4, 2, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    src, tgt = _actor("The ministry", 0, "INDGOV"), _actor("the cabinet", 21, "INDGOV")
    assert not _named_apart(src, tgt, "051", doc)
    assert not _named_apart(src, tgt, "120", doc)
    assert _named_apart(src, tgt, "111", doc)


def test_a_country_and_its_capital_are_not_named_apart() -> None:
    doc = parsed(["Pakistan", "criticised", "Islamabad", "."], [1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct"], ["PROPN", "VERB", "PROPN", "PUNCT"])
    src = Actor(mention="Pakistan", start=0, end=8, name="Pakistan", kind="state",
                country="PAK", code="PAK")
    tgt = Actor(mention="Islamabad", start=20, end=29, name="Islamabad", kind="state",
                country="PAK", code="PAK")
    assert not _named_apart(src, tgt, "111", doc)


def test_an_unlinked_pronoun_is_not_named_apart() -> None:
    doc = parsed(["The", "ministry", "blamed", "itself", "."], [1, 2, 2, 2, 2],
                 ["det", "nsubj", "ROOT", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "PRON", "PUNCT"])
    src, tgt = _actor("The ministry", 0, "INDGOV"), _actor("itself", 20, "INDGOV")
    assert not _named_apart(src, tgt, "112", doc)


# ---------------------------------------------------------------- accusation nouns and blame
def test_charges_repeated_against_whom_the_clause_names() -> None:
    assert _pairs("Opposition leader Raila Odinga repeated charges that the Kenyan government "
                  "had rigged the vote.") == [("112", "KENOPP", "KENGOV")]


def test_allegations_made_against_whom_the_clause_names() -> None:
    assert _pairs("The opposition made allegations that the Pakistani government had rigged "
                  "the election.") == [("112", "PAKOPP", "PAKGOV")]


def test_the_blame_placed_on_a_group() -> None:
    assert _pairs("The Kenyan government placed the blame on al-Shabaab.") == [
        ("112", "KENGOV", "SOMREB")]


def test_accusations_levelled_against_the_police() -> None:
    assert _pairs("Amnesty International leveled accusations of torture against the Egyptian "
                  "police.") == [("112", "NGO", "EGYCOP")]


def test_raising_charges_for_a_service_is_no_accusation() -> None:
    assert _pairs("The company raised charges for the service.") == []


# ---------------------------------------------------------------- an act condemned, told before
_ATTACK = ("Gunmen attacked a mosque in northern Nigeria on Friday, killing 12 worshippers. "
           "Boko Haram claimed responsibility for the attack. ")


def test_condemning_the_attack_told_before_is_aimed_at_its_doer() -> None:
    assert ("111", "NGAGOV", "NGAREB") in _pairs(
        _ATTACK + "The Nigerian government condemned the attack.")


def test_condemning_the_killings_told_before_is_aimed_at_their_doer() -> None:
    assert ("111", "UNO", "NGAREB") in _pairs(
        _ATTACK + "The United Nations condemned the killings.")


def test_an_indefinite_act_is_no_act_told_before() -> None:
    pairs = _pairs(_ATTACK + "The Nigerian government condemned any attack on worshippers.")
    assert ("111", "NGAGOV", "NGAREB") not in pairs


def test_an_act_nobody_told_before_keeps_no_target() -> None:
    assert _pairs("The Nigerian government condemned the attack.") in (
        [], [("111", "NGAGOV", None)])


def test_the_move_just_told_is_its_doers() -> None:
    assert ("111", "CHNGOV", "USAGOV") in _pairs(
        "The United States approved the sale of fighter jets to Taiwan on Monday. China "
        "described the move as unacceptable.")


def test_the_move_told_long_before_is_no_ones() -> None:
    pairs = _pairs(
        "The United States approved the sale of fighter jets to Taiwan on Monday. The jets "
        "will be delivered next year. The aircraft are built in Texas. China described the move "
        "as unacceptable.")
    assert ("111", "CHNGOV", "USAGOV") not in pairs


# ---------------------------------------------------------------- a legal charge is 173
def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(text, "17") + events_of(text, "11")]


def test_a_charge_a_passive_leaves_to_the_court_is_legal_action() -> None:
    assert _codes("The former mayor of Chicago was charged with fraud on Monday.") == [
        ("173", "USAJUD", "USAGOV")]


def test_police_charging_a_man_is_legal_action() -> None:
    assert _codes("Police in Ohio charged the man with terrorism.") == [
        ("173", "USACOP", "USACVL")]


def test_a_state_charging_another_with_aggression_is_an_accusation() -> None:
    assert _codes("Iran charged the United States with aggression.") == [
        ("1123", "IRNGOV", "USAGOV")]
