"""The modality cues of a trigger's own clause (or, for an event noun, its own modifiers).

Step 1 of :mod:`.modality`: ``neg`` children and negative adverbs, modal and future auxiliaries,
an inverted "should/had/were" (conditional), ``mark`` subordinators (if, unless, whether),
evidential adverbs (reportedly), a noun's modifiers (upcoming, alleged, possible) and determiner
"no". Split out of ``modality.py`` (which had reached the 600-line limit): these read one
clause, the walk up the governors (:mod:`.modality`) and what a governor means
(:mod:`.modal_governors`) build on them. Cue words are in ``modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, deps_of, lemmas_of, lowers_of, memo
from .clause_cues import (
    SUBJ,
    acquittal,
    as_long_as,
    asks,
    condition_frame,
    condition_noun,
    conditional_clause,
    imperative,
    irrealis,
    predictive,
    unconfirmed_source,
)
from .noun_doers import attributed_to, doer_participles
from .patterns import PatternBook

ASSERTED = "asserted"
#: When one clause carries two cues, the stronger (earlier) wins.
PRIORITY = ("conditional", "negated", "hypothetical", "requested", "future",
            "reported_unverified")


def _strongest(found: list[str]) -> str | None:
    return next((modality for modality in PRIORITY if modality in found), None)


def own_cues(tok: Token, book: PatternBook) -> str | None:
    """Modality cues on the token's own clause (or, for a noun, its own modifiers).

    Kept per token of the Doc and pattern book: the coder, the sentence steps (refusals,
    intents, governed acts) and the walk up the governors ask it of the same token again, and
    the answer depends on the parse and the book only."""
    known = memo(tok.doc, "own_cues")
    kept = known.get(tok.i)
    if kept is None or kept[0] is not book:
        kept = known[tok.i] = (book, _own_cues(tok, book))
    cue: str | None = kept[1]
    return cue


def _own_cues(tok: Token, book: PatternBook) -> str | None:
    m = book.modality
    found: list[str] = []
    doc = tok.doc
    # the word, lemma and label columns (a Token's ``lower_``/``lemma_``/``dep_``: a look-up)
    lowers, lemmas, deps = lowers_of(doc), lemmas_of(doc), deps_of(doc)
    kids = children_of(tok)
    subj_i = min((c.i for c in kids if deps[c.i] in SUBJ), default=None)
    for child in kids:
        i = child.i
        low = lowers[i]
        lemma = lemmas[i]
        dep = deps[i]
        negator = dep == "advmod" and (low in m["negators"] or (
            low in m["negated_degree_adverbs"]  # "no longer", "no more"
            and any(g.dep_ == "neg" for g in children_of(child))))
        if dep == "neg" or negator or (dep == "det" and low == "no"):
            found.append("negated")
        elif (dep in ("ccomp", "oprd", "xcomp", "acomp") or (
                dep == "dobj" and child.pos_ == "ADJ")) and tok.pos_ == "VERB" and (
                acquittal(child, m)):
            found.append("negated")  # "found him not guilty", "declared them innocent"
        elif dep in SUBJ | {"dobj"} and tok.pos_ in ("VERB", "AUX") and (
                low in m["negative_pronouns"] or any(
                    g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither")
                    for g in children_of(child))):
            found.append("negated")  # "none of the protesters were detained", "no police …",
            # "neither India nor Pakistan attacked …"
        elif dep in ("aux", "auxpass") and asks(child, subj_i):
            found.append("hypothetical")  # "Has Iran attacked Israel?": asked, not stated
        elif dep == "aux":
            if low in m["requested_aux"] or lemma in m["requested_aux"]:
                inverted = subj_i is not None and child.i < subj_i
                found.append("conditional" if inverted and low == "should" else "requested")
            elif low in ("had", "were") and subj_i is not None and child.i < subj_i:
                found.append("conditional")
            elif low in m["future_aux"] or lemma in m["future_aux"]:
                found.append("future")
            elif low in ("would", "'d") and tok.lemma_.lower() in m["polite_would"]:
                pass  # "would like / prefer / welcome": a present wish, not a hedge
            elif low in m["hypothetical_aux"] or lemma in m["hypothetical_aux"]:
                found.append("hypothetical")
        elif dep == "mark":
            if low in m["conditional_marks"] or as_long_as(child):
                found.append("conditional")
            elif low in m["hypothetical_marks"]:
                found.append("hypothetical")
        elif dep == "advmod" and not (conditional_clause(child, m) and (
                irrealis(tok, m) or predictive(tok, m))):
            if low in m["unverified_adverbs"]:
                found.append("reported_unverified")
            elif low in m["hypothetical_adverbs"]:
                found.append("hypothetical")
        elif dep in ("amod", "compound") and tok.pos_ in ("NOUN", "PROPN"):
            if lemma in m["future_modifiers"] or low in m["future_modifiers"]:
                found.append("future")
            elif lemma in m["hypothetical_modifiers"] or low in m["hypothetical_modifiers"]:
                found.append("hypothetical")
            elif lemma in m["unverified_modifiers"] or low in m["unverified_modifiers"]:
                found.append("reported_unverified")
            elif lemma in m["conditional_modifiers"]:
                found.append("conditional")
        elif dep == "acl" and tok.pos_ in ("NOUN", "PROPN") and attributed_to(child):
            found.append("reported_unverified")  # "a bombing blamed on Boko Haram"
        elif dep == "prep" and low == "according" and unconfirmed_source(child, m):
            found.append("reported_unverified")  # "according to unconfirmed reports"
        elif dep == "prep" and any(g.dep_ == "pobj" and condition_noun(g, m) and
                                   not list(children_of(g)) for g in children_of(child)):
            found.append("conditional")  # bare "In case Russia attacks …"
        elif dep in ("advcl", "advmod", "prep") and conditional_clause(child, m) and (
                irrealis(tok, m) or predictive(tok, m)):
            # "Iran retaliates if attacked", "will/would retaliate if attacked": the consequent
            # of a condition is conditional (the guide: if-clauses and "unless"; the
            # conditional cue outranks the modal). A possibility modal keeps its hedge ("could
            # recognize Israel if a deal is reached" is hypothetical), and a past-tense report
            # of a threat ("threatened … if") stays asserted.
            found.append("conditional")
    if tok.pos_ in ("NOUN", "PROPN"):
        # "an attack reportedly carried out by the Taliban": the participle that names the
        # doer carries the noun's hedges, as the passive "was reportedly carried out" does
        for part in doer_participles(tok, book):
            cue = own_cues(part, book)
            if cue is not None:
                found.append(cue)
    if condition_frame(tok, m):
        found.append("conditional")  # "Were China to blockade …", "Should X V, Y would V"
    if not found and imperative(tok, m):
        found.append("requested")  # "Stop the shelling, he told Moscow": a demand, not a deed
    return _strongest(found)


def conditional_consequent(tok: Token, book: PatternBook) -> bool:
    """The clause of ``tok`` has an if/unless (or inverted should) adverbial clause."""
    m = book.modality
    return any(c.dep_ in ("advcl", "advmod", "prep") and conditional_clause(c, m)
               for c in children_of(tok))
