"""Group actors named by a common noun: whose people they are, when the text says it.

Two cases where the context steps of :mod:`.generic` would guess, and the text says more
(the complement nouns of "held hostage" are :mod:`.complements`):

- **Refugees and migrants are of their origin.** Where refugees are is not where they are from
  (annotation guide: REF; CAMEO codes a refugee group by the state it fled), so they take no
  country from the story's places, only the origin the text gives: "Syrian refugees" (pass 3),
  "migrants from Syria", "Syria refugees". The parser often hangs "from Syria" on the verb
  ("assist migrants from Syria"); that reading is kept unless the verb moves people out of a
  place ("evacuated migrants from Libya": Libya is where they were, not whose they are), a list
  in ``groups.removal_verbs``.
- **A group the text gives several nationalities is no one country's.** "Of the 40 passengers,
  22 were Cuban", "three of the victims were British": the text names the nationality of a part
  of the group, so the rest are of others; the group keeps its sector alone (the guide's
  "unknown country: sector only"), whatever country the story is about.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of, positions_of
from .mentions import DocState, Mention

#: Quantifiers that count a part of a group ("some of the passengers were British"), numbers
#: aside; "all", "most" and "many" say the nationality of the group or its bulk ("many of the
#: guests were Indian" is a group of Indians), so they make no mixed group.
_PART = frozenset({"some", "several", "few", "half", "dozens", "hundreds"})


def origin(state: DocState, place_at: dict[int, str], head: Token) -> tuple[str, str] | None:
    """The place a refugee or migrant group comes from, as the text gives it: a "from" phrase
    on the noun (or on the verb right after it as its object, unless the verb removes people
    from the place), or a place compound ("Syria refugees")."""
    preps = [c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "from"]
    if head.dep_ == "dobj":
        verb = head_of(head)
        if verb.lemma_.lower() not in state.vocab.removal_verbs:
            preps += [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "from"
                      and c.i == head.right_edge.i + 1]
    for prep in preps:
        for pobj in children_of(prep):
            if pobj.dep_ == "pobj" and pobj.i in place_at:
                return place_at[pobj.i], f"'{head.text} from {pobj.text}' says their origin"
    for child in head.lefts:
        if child.dep_ in ("compound", "nmod") and child.i in place_at:
            return place_at[child.i], f"'{child.text} {head.text}' says their origin"
    return None


def _part_nationality(state: DocState, clause: Token) -> Token | None:
    """The nationality word a copular clause gives a counted part ("22 were Cuban", "three
    were British nationals"), or None."""
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.like_num or subject.lower_ in _PART):
        return None
    for pred in children_of(clause):
        if pred.dep_ not in ("acomp", "attr"):
            continue
        for word in (pred, *(c for c in pred.lefts if c.dep_ in ("amod", "compound"))):
            nation = state.nation.get(word.i)
            if (nation is not None and nation[1] == "demonym") or \
                    word.lower_ in state.vocab.foreign_words:
                return word
    return None


def mixed_group(state: DocState, m: Mention) -> str | None:
    """Why a plural group noun is of mixed nationality: a partitive somewhere in the story gives
    a counted part of the same noun a nationality ("of the 40 passengers, 22 were Cuban",
    "three of the passengers were British"); None when the text says no such thing."""
    doc = state.doc
    head = doc[m.head]
    if head.tag_ != "NNS":
        return None
    for i in positions_of(doc).get(head.lower_, ()):  # the same word elsewhere, in order
        tok = doc[i]
        prep = head_of(tok)
        if tok.dep_ != "pobj" or prep.lower_ != "of":
            continue
        anchor = head_of(prep)
        # "of the passengers, 22 were Cuban" hangs "of" on the verb; "22 of the passengers
        # were Cuban" on the number
        clause = head_of(anchor) if anchor.dep_ == "nsubj" else anchor
        word = _part_nationality(state, clause)
        if word is not None:
            return (f"the text gives part of the {head.text} one nationality ('{word.text}'): "
                    "a group of mixed nationalities")
    return None
