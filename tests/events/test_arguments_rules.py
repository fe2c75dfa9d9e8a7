"""Rule logic of uncoded participants, places, nominals and headline verbs on hand-built Docs.

The parse is the premise here: each Doc is built with the heads and labels the rule reads, so a
test fails only when the rule is wrong, never because the tagger changed its mind.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.events import arguments as args
from newsevents.events.actor_finder import ActorFinder
from newsevents.events.coder import Candidate
from newsevents.events.nominals import nominal_modality
from newsevents.events.patterns import pattern_book
from newsevents.events.syntax import subject, verbal_noun
from newsevents.records import Actor, Place, Resolution

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num) for built Docs


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str] | None = None, tags: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words], tags=tags)


def _coded(code: str, start: int = 0) -> Actor:
    return Actor(mention=code, start=start, end=start + 3, name=code, kind="state",
                 country=code[:3], code=code, resolution=Resolution("dictionary", "test"))


def _uncoded(text: str, start: int = 40) -> Actor:
    return Actor(mention=text, start=start, end=start + len(text), name=text, kind="group")


def _cand(doc: Doc, code: str, source: Actor | None, target: Actor | None,
          intransitive: bool = False) -> Candidate:
    return Candidate(doc[0], code, source, target, "test", 0.7, intransitive)


# ----------------------------------------------------------------------- the participant policy

def test_policy_keeps_a_coded_participant_with_an_uncoded_one() -> None:
    doc = _doc(["x"], [0], ["ROOT"], ["VERB"])
    assert args.keep(_cand(doc, "111", _coded("USAGOV"), _uncoded("the process")))
    assert args.keep(_cand(doc, "173", _uncoded("a judge"), _coded("COP", 9)))


def test_policy_needs_a_code_outside_material_conflict() -> None:
    doc = _doc(["x"], [0], ["ROOT"], ["VERB"])
    assert not args.keep(_cand(doc, "040", _uncoded("the firm"), _uncoded("its investors", 70)))
    gunman = replace(_uncoded("a gunman"), sector="UAF", code="UAF")
    assert args.keep(_cand(doc, "1823", gunman, _uncoded("three people", 70)))
    # nobody political: a civilian or a company with no country anchors no event
    driver = replace(_uncoded("the driver"), sector="CVL", code="CVL")
    assert not args.keep(_cand(doc, "190", driver, _uncoded("the pillars", 70)))
    assert args.keep(_cand(doc, "190", replace(driver, country="FRA", code="FRACVL"),
                           _uncoded("the pillars", 70)))


def test_policy_implied_doer_needs_someone_acted_on() -> None:
    doc = _doc(["arrested"], [0], ["ROOT"], ["VERB"], lemmas=["arrest"])
    implied = args.implied_agent(doc[0])  # the police, whichever: an anchored participant
    assert implied.code is None and implied.mention == ""
    assert implied.resolution.reason.startswith("implied agent")
    assert args.keep(_cand(doc, "173", implied, _uncoded("a teacher")))
    assert not args.keep(_cand(doc, "173", implied, None, intransitive=True))
    assert not args.keep(_cand(doc, "173", None, _coded("USA")))


# ----------------------------------------------------------------------------- passives

def test_agentless_passive_and_by_phrase() -> None:
    # "A man was arrested" / "A man was arrested by police"
    bare = _doc(["A", "man", "was", "arrested"], [1, 3, 3, 3],
                ["det", "nsubjpass", "auxpass", "ROOT"], ["DET", "NOUN", "AUX", "VERB"],
                tags=["DT", "NN", "VBD", "VBN"])
    assert args.agentless_passive(bare[3])
    by = _doc(["A", "man", "was", "arrested", "by", "police"], [1, 3, 3, 3, 3, 4],
              ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
              ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
              tags=["DT", "NN", "VBD", "VBN", "IN", "NNS"])
    assert not args.agentless_passive(by[3])
    assert subject(by[3]) is not None and subject(by[3]).text == "police"  # type: ignore[union-attr]


def test_participial_passive_takes_its_noun_as_patient() -> None:
    # "the protesters arrested on Monday were released"
    doc = _doc(["the", "protesters", "arrested", "on", "Monday", "were", "released"],
               [1, 6, 1, 2, 3, 6, 6],
               ["det", "nsubjpass", "acl", "prep", "pobj", "auxpass", "ROOT"],
               ["DET", "NOUN", "VERB", "ADP", "PROPN", "AUX", "VERB"],
               tags=["DT", "NNS", "VBN", "IN", "NNP", "VBD", "VBN"])
    assert args.participial_patient(doc[2]) == doc[1]
    assert args.agentless_passive(doc[2])
    assert args.participial_patient(doc[6]) is None


# ----------------------------------------------------------------------- coordination, headlines

def test_shared_modifiers_give_both_nationalities() -> None:
    # "the Russian and Syrian ministries"
    doc = _doc(["the", "Russian", "and", "Syrian", "ministries"], [4, 4, 1, 1, 4],
               ["det", "amod", "cc", "conj", "ROOT"], ["DET", "ADJ", "CCONJ", "ADJ", "NOUN"])
    assert [t.text for t in args.shared_modifiers(doc[4])] == ["Russian", "Syrian"]
    single = _doc(["the", "Russian", "ministry"], [2, 2, 2], ["det", "amod", "ROOT"],
                  ["DET", "ADJ", "NOUN"])
    assert args.shared_modifiers(single[2]) == []


def test_headline_verb_tagged_as_noun() -> None:
    # "Police arrest man": the tagger made 'arrest' a noun but gave it a subject and an object
    doc = _doc(["Police", "arrest", "man"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               ["NOUN", "NOUN", "NOUN"])
    assert verbal_noun(doc[1])
    assert subject(doc[1]) == doc[0]
    plain = _doc(["the", "arrest"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])
    assert not verbal_noun(plain[1])


# ----------------------------------------------------------------------------- doers, places

def test_natural_causes_are_nobody_and_events_leave_the_doer_implied() -> None:
    doc = _doc(["fire", "blast", "gunman", "killed"], [3, 3, 3, 3],
               ["nsubj", "nsubj", "nsubj", "ROOT"], ["NOUN", "NOUN", "NOUN", "VERB"])
    trigger = doc[3]
    assert args.doers([_uncoded("A fire")], doc[0], trigger, frozenset()) == []
    implied = args.doers([_uncoded("The blast")], doc[1], trigger, frozenset())
    assert len(implied) == 1 and args.is_implied(implied[0])
    gunman = [_uncoded("A gunman")]
    assert args.doers(gunman, doc[2], trigger, frozenset()) == gunman


def test_a_place_acted_on_stands_for_its_country() -> None:
    # "shelled the city of Kharkiv"
    doc = _doc(["shelled", "the", "city", "of", "Kharkiv"], [0, 2, 0, 2, 3],
               ["ROOT", "det", "dobj", "prep", "pobj"], ["VERB", "DET", "NOUN", "ADP", "PROPN"])
    kharkiv = Place("Kharkiv", doc[4].idx, doc[4].idx + 7, "UKR", "city")
    found = args.place_actor([kharkiv], doc[2])
    assert found is not None
    actor, place = found
    assert (actor.code, actor.country, actor.mention) == ("UKR", "UKR", "the city of Kharkiv")
    assert args.target_place([kharkiv], actor) == place
    # a common noun that happens to share a town's name is no place ("The man", Man in CIV)
    man = _doc(["The", "man"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])
    assert args.place_actor([Place("Man", 4, 7, "CIV", "city")], man[1]) is None


def test_uncoded_actor_spans_its_phrase_and_skips_times() -> None:
    doc = _doc(["arrested", "a", "young", "man", "who", "fled"], [0, 3, 3, 0, 5, 3],
               ["ROOT", "det", "amod", "dobj", "nsubj", "relcl"],
               ["VERB", "DET", "ADJ", "NOUN", "PRON", "VERB"])
    finder = ActorFinder([])
    actor = args.uncoded_actor(finder, doc[3])
    assert actor is not None and actor.mention == "a young man" and actor.code is None
    assert actor.name == "young man" and "no actor code" in actor.resolution.reason
    assert args.uncoded_actor(finder, doc[4]) is None  # "who" is never a participant
    week = _doc(["killed", "week"], [0, 0], ["ROOT", "npadvmod"], ["VERB", "NOUN"])
    assert args.uncoded_actor(finder, week[1]) is None


# ------------------------------------------------------------------------- nominal modality

@pytest.mark.parametrize(("words", "heads", "deps", "pos", "noun", "expected"), [
    # "activists called for the arrest of the mayor" → requested
    (["activists", "called", "for", "the", "arrest"], [1, 1, 1, 4, 2],
     ["nsubj", "ROOT", "prep", "det", "pobj"], ["NOUN", "VERB", "ADP", "DET", "NOUN"], 4,
     "requested"),
    # "fears of an attack grew" → hypothetical
    (["fears", "of", "an", "attack", "grew"], [4, 0, 3, 1, 4],
     ["nsubj", "prep", "det", "pobj", "ROOT"], ["NOUN", "ADP", "DET", "NOUN", "VERB"], 3,
     "hypothetical"),
    # "the arrest of tycoons shocked Moscow" → asserted
    (["the", "arrest", "shocked", "Moscow"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
     ["DET", "NOUN", "VERB", "PROPN"], 1, "asserted"),
    # "they refused the release" → negated
    (["they", "refused", "the", "release"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["PRON", "VERB", "DET", "NOUN"], 3, "negated"),
])
def test_nominal_modality(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                          noun: int, expected: str) -> None:
    irregular = {"called": "call", "fears": "fear", "refused": "refuse", "shocked": "shock"}
    doc = _doc(words, heads, deps, pos, lemmas=[irregular.get(w, w.lower()) for w in words])
    assert nominal_modality(doc[noun], pattern_book()) == expected


def test_passive_violence_needs_a_violent_context_for_an_implied_doer() -> None:
    # "were killed in an attack" / "were killed in the flood" / "were killed"
    def killed_in(noun: str) -> Doc:
        return _doc(["people", "were", "killed", "in", "the", noun], [2, 2, 2, 2, 5, 3],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
                    ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"],
                    tags=["NNS", "VBD", "VBN", "IN", "DT", "NN"])
    nouns = frozenset({"attack"})
    assert args.violence_context(killed_in("attack")[2], nouns)
    assert not args.violence_context(killed_in("flood")[2], nouns)
    bare = _doc(["people", "were", "killed"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"],
                ["NOUN", "AUX", "VERB"], tags=["NNS", "VBD", "VBN"])
    assert not args.violence_context(bare[2], nouns)


def test_nature_and_animals_are_no_participants() -> None:
    doc = _doc(["Typhoon", "Phanfone", "killed", "the", "lions"], [1, 2, 2, 4, 2],
               ["compound", "nsubj", "ROOT", "det", "dobj"],
               ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
               lemmas=["typhoon", "phanfone", "kill", "the", "lion"])
    finder = ActorFinder([])
    assert args.uncoded_actor(finder, doc[1]) is None  # by its compound "Typhoon"
    assert args.uncoded_actor(finder, doc[4]) is None


def test_implied_legal_doer_takes_the_country_of_the_place() -> None:
    arrested = _doc(["arrested"], [0], ["ROOT"], ["VERB"], lemmas=["arrest"])
    criticised = _doc(["criticised"], [0], ["ROOT"], ["VERB"], lemmas=["criticise"])
    beirut = Place("Beirut", 30, 36, "LBN", "city")
    police = args.locate_implied(args.implied_agent(arrested[0]), beirut)
    assert police is not None and (police.sector, police.country, police.code) == (
        "COP", "LBN", "LBNCOP")
    assert police.resolution.method == "implied" and args.is_implied(police)
    assert "Beirut" in police.resolution.reason
    nobody = args.implied_agent(criticised[0])  # no sector: nobody to place
    assert args.locate_implied(nobody, beirut) == nobody
    assert args.locate_implied(_uncoded("a judge"), beirut) == _uncoded("a judge")


def test_implied_legal_doer_without_a_place_takes_the_target_then_the_article() -> None:
    arrested = _doc(["arrested"], [0], ["ROOT"], ["VERB"], lemmas=["arrest"])
    implied = args.implied_agent(arrested[0])
    suspect = replace(_uncoded("a Kenyan man"), country="KEN", code="KENCVL")
    assert args.locate_implied(implied, None, suspect).code == "KENCOP"  # type: ignore[union-attr]
    by_article = args.locate_implied(implied, None, _uncoded("a man"), "NGA")
    assert by_article is not None and by_article.code == "NGACOP"
    assert "article" in by_article.resolution.reason
    assert args.locate_implied(implied, None, None, None) == implied  # nothing known: uncoded


def test_document_country_is_a_clear_majority_or_nothing() -> None:
    def actor(country: str, kind: str = "state") -> Actor:
        return replace(_uncoded(country), country=country, kind=kind)  # type: ignore[arg-type]

    places = [Place("Lagos", 0, 5, "NGA", "city")]
    assert args.document_country([actor("NGA"), actor("GBR")], places) == "NGA"
    assert args.document_country([actor("NGA"), actor("GBR")], []) is None  # a tie
    assert args.document_country([actor("NGA")], []) is None  # one mention is no article
    media = [actor("GBR", "media")] * 5
    assert args.document_country([*media, actor("NGA"), actor("NGA")], []) == "NGA"
