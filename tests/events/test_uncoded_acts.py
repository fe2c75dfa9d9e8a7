"""Acts of roots the blind Wikinews sets showed us not coding at all (issue 12, round of
ev-roots6): general syntax that lost the act, never one sentence's words.

- An event noun described by a passive participle takes the participle's phrases as its own:
  "a lawsuit filed by the Senate against the governor", "sanctions imposed by the US on Iran"
  (`nominals._undergoers`, beside the by-phrase `nominals.nominal_doer` already read).
- A particle the parser read as an adverb is the particle: "stepped down on Tuesday"
  (`matching._particle`).
- Handing over power is yielding it (0831), not an extradition (`yield.hand-over-power`,
  topic `hand-over-power`).
- Event nouns of praise (051), seizure (1711) and official complaint (114), from the CAMEO
  codebook's definitions and their WordNet senses (`patterns.yaml`).

Sentences written for these tests (in no gold set); hand-built Docs where the parse is the
premise.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.matching import matches
from newsevents.events.patterns import pattern_book

VOCAB = spacy.blank("en").vocab


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, (e.source.code or e.source.country) if e.source else None,
             (e.target.code or e.target.country) if e.target else None, e.modality)
            for e in doc.events]


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A lawsuit filed by the Puerto Rico Senate against Governor Pedro Pierluisi was upheld.",
     "115", "PRILEG", "PRIGOV"),
    ("The sanctions imposed by the United States on Iran have hurt its economy.",
     "163", "USA", "IRN"),
    # a legal charge by prosecutors is 173, as the guide's crime section codes it (round 11)
    ("The charges brought by French prosecutors against the two police officers were dropped.",
     "173", "FRAJUD", "FRACOP"),
])
def test_a_participle_carries_its_event_nouns_phrases(text: str, code: str, source: str,
                                                      target: str) -> None:
    found = _events(text)
    assert any(c == code and (s or "").startswith(source) and (t or "").startswith(target)
               for c, s, t, _m in found), found


def test_a_particle_read_as_an_adverb_is_the_particle() -> None:
    # "stepped down on Tuesday": spaCy tags "down" RB/advmod when a phrase follows
    words = ["The", "president", "stepped", "down", "on", "Tuesday"]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 2, 2, 4],
              deps=["det", "nsubj", "ROOT", "advmod", "prep", "pobj"],
              pos=["DET", "NOUN", "VERB", "ADV", "ADP", "PROPN"],
              tags=["DT", "NN", "VBD", "RB", "IN", "NNP"],
              lemmas=["the", "president", "step", "down", "on", "Tuesday"],
              ents=["O", "O", "O", "O", "O", "B-DATE"])
    assert any(p.id == "yield.step-down" for p, _, _ in matches(doc[2], pattern_book()))
    # an adverb further away is no particle: "stepped back down" is not read as "step down"
    far = Doc(VOCAB, words=["He", "stepped", "quickly", "down"], heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "advmod", "advmod"], pos=["PRON", "VERB", "ADV", "ADV"],
              tags=["PRP", "VBD", "RB", "RB"], lemmas=["he", "step", "quickly", "down"])
    assert not any(p.id == "yield.step-down" for p, _, _ in matches(far[1], pattern_book()))


def test_stepping_down_before_a_date_is_a_resignation() -> None:
    found = _events("The Algerian president stepped down on Tuesday after weeks of protests.")
    assert any(c == "0831" and (s or "").startswith("DZA") for c, s, _t, _m in found), found


@pytest.mark.parametrize(("text", "code"), [
    ("The army handed power to a transitional council.", "0831"),
    ("The Sudanese military council agreed to hand over power to a civilian government.", "0831"),
    ("Thousands of Sudanese protesters demanded that the military hand over power to civilians.",
     "1041"),
])
def test_handing_over_power_is_yielding_it(text: str, code: str) -> None:
    found = _events(text)
    assert any(c == code for c, _s, _t, _m in found), found
    assert not any(c.startswith("063") or c == "1032" for c, _s, _t, _m in found), found


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The German chancellor's praise for the French president was noted.", "051", "DEU", "FRA"),
    ("The seizure of the British tanker by Iran angered London.", "1711", "IRN", "GBR"),
    ("The Kenyan opposition's complaint against the electoral commission was heard on Monday.",
     "114", "KENOPP", "KENGOV"),
])
def test_event_nouns_of_praise_seizure_and_complaint(text: str, code: str, source: str,
                                                     target: str) -> None:
    found = _events(text)
    assert any(c.startswith(code) and (s or "").startswith(source) and (t or "").startswith(target)
               for c, s, t, _m in found), found


@pytest.mark.parametrize("text", [
    "The patient's complaint about the hospital was ignored.",
    "The film won praise from critics.",
    "The seizure of power by the army lasted a day.",
])
def test_the_other_senses_of_those_nouns_are_no_act(text: str) -> None:
    found = _events(text)
    assert not any(c.startswith(("051", "114", "1711")) for c, _s, _t, _m in found), found
