"""Modality of an event: did it happen, or was it denied, hoped, asked for, planned, hedged?

Cues are read where the parse puts them, never by searching the sentence for keywords:

1. the trigger's own clause — ``neg`` children and negative adverbs, modal and future
   auxiliaries, an inverted "should/had/were" (conditional), ``mark`` subordinators (if, unless,
   whether), evidential adverbs (reportedly), and for event nouns their modifiers (upcoming,
   alleged, possible) and determiner "no";
2. the predicates that govern it, walking up through complement links only (xcomp, ccomp,
   pcomp/prep, conj without its own subject, acl, object-of-light-verb): a requesting governor
   ("urged X to …") makes it ``requested``, a planning or committing one ``future``, a refusing
   one ``negated``, a hedging one or "it is unlikely that …" ``hypothetical``, "is said to" /
   "allegedly" ``reported_unverified``, "contingent on …" ``conditional``.

The walk stops at relative and adverbial clause boundaries ("did not hesitate when they were
relocating …" leaves the relocating asserted) and at reporting verbs, which are transparent.
"""

from __future__ import annotations

from spacy.tokens import Token

from .patterns import PatternBook

ASSERTED = "asserted"
#: When one clause carries two cues, the stronger (earlier) wins.
PRIORITY = ("conditional", "negated", "hypothetical", "requested", "future",
            "reported_unverified")
SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _strongest(found: list[str]) -> str | None:
    for modality in PRIORITY:
        if modality in found:
            return modality
    return None


def own_cues(tok: Token, book: PatternBook) -> str | None:
    """Modality cues on the token's own clause (or, for a noun, its own modifiers)."""
    m = book.modality
    found: list[str] = []
    subj_i = min((c.i for c in tok.children if c.dep_ in SUBJ), default=None)
    for child in tok.children:
        low = child.lower_
        lemma = child.lemma_.lower()
        dep = child.dep_
        negator = dep == "advmod" and low in m["negators"]
        if dep == "neg" or negator or (dep == "det" and low == "no"):
            found.append("negated")
        elif dep == "aux":
            if low in m["requested_aux"] or lemma in m["requested_aux"]:
                inverted = subj_i is not None and child.i < subj_i
                found.append("conditional" if inverted and low == "should" else "requested")
            elif low in ("had", "were") and subj_i is not None and child.i < subj_i:
                found.append("conditional")
            elif low in m["future_aux"] or lemma in m["future_aux"]:
                found.append("future")
            elif low in m["hypothetical_aux"] or lemma in m["hypothetical_aux"]:
                found.append("hypothetical")
        elif dep == "mark":
            if low in m["conditional_marks"]:
                found.append("conditional")
            elif low in m["hypothetical_marks"]:
                found.append("hypothetical")
        elif dep == "advmod":
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
    # "be going to" / "be set to" / "be due to": future through the copula's complement
    return _strongest(found)


def _governor_class(head: Token, book: PatternBook) -> str | None:
    m = book.modality
    lemma = head.lemma_.lower()
    if lemma in m["requested_governors"]:
        return "requested"
    if lemma in m["negated_governors"]:
        return "negated"
    if lemma in m["unverified_passives"] and any(c.dep_ == "auxpass" for c in head.children):
        return "reported_unverified"
    if lemma in m["future_governors"]:
        return "future"
    if lemma in m["hypothetical_governors"]:
        return "hypothetical"
    if lemma in ("allege", "claim", "rumor", "rumour", "purport"):
        return "reported_unverified"
    return None


def _hypothetical_frame(head: Token, book: PatternBook) -> bool:
    """'it is unlikely that …', 'it is possible …': an adjective frames the clause."""
    adjectives = book.modality["hypothetical_adjectives"]
    if head.lemma_.lower() in adjectives:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in head.children)


def modality(tok: Token, book: PatternBook, *, light: frozenset[str] = frozenset()) -> str:
    """The modality of the event whose trigger is ``tok``."""
    m = book.modality
    own = own_cues(tok, book)
    if own is not None and own != "reported_unverified":
        return own
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head != tok:
        # "may be willing to assist": the copula carries the clause's cues
        return modality(tok.head, book, light=light)
    hedged = own == "reported_unverified"
    cur = tok
    for _ in range(10):
        head = cur.head
        dep = cur.dep_
        if head == cur:
            break
        cls: str | None = None
        if dep == "xcomp":
            cls = own_cues(head, book) or _governor_class(head, book)
        elif dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # a purpose clause shares its head's modal cues, not the head verb's meaning
            # ("blocked roads to protest": the protest is not blocked)
            cls = own_cues(head, book)
        elif dep == "ccomp":
            if _hypothetical_frame(head, book):
                cls = "hypothetical"
            elif head.lemma_.lower() in m["reporting_verbs"]:
                cls = None if head.lemma_.lower() not in ("claim",) else "reported_unverified"
                if cls is None:
                    break
            else:
                gov = _governor_class(head, book)
                cls = gov if gov in ("hypothetical", "negated", "reported_unverified",
                                     "requested") else None
                if cls is None:
                    break
        elif dep in ("pcomp", "pobj", "prep"):
            if head.lemma_.lower() in m["conditional_heads"]:
                return "conditional"
            if dep == "prep" and cur.lower_ in ("of", "for") and head.lemma_.lower() in m.get(
                    "accusing_governors", frozenset()):
                hedged = True  # "accused X of attacking …": alleged
            if dep == "pobj" and head.head.lemma_.lower() in m["conditional_heads"]:
                return "conditional"
            cls = own_cues(head, book) if dep != "pobj" else None
        elif dep == "conj":
            if any(c.dep_ in SUBJ for c in cur.children):
                break
            cls = own_cues(head, book)
            if cls == "negated":
                cls = None  # "did not X but Y-ed": negation is not shared by a conjunct
        elif dep in ("dobj", "nsubjpass", "attr", "oprd", "appos", "compound"):
            if tok.pos_ not in ("NOUN", "PROPN") and cur == tok:
                break
            gov = head.lemma_.lower()
            if gov in light or dep in ("appos", "compound"):
                cls = own_cues(head, book)
            else:
                cls = own_cues(head, book) or _governor_class(head, book)
        elif dep == "acl":
            noun = head.lemma_.lower()
            if noun in m.get("unverified_nouns", frozenset()):
                cls = "reported_unverified"
                hedged = True
                break
            if noun in m.get("hypothetical_nouns", frozenset()):
                return "hypothetical"
            cls = own_cues(head, book)
        elif dep in ("relcl", "advcl", "parataxis", "ROOT", "nsubj"):
            if dep == "advcl" and head.pos_ in ("VERB", "AUX"):
                cls = None
            break
        else:
            break
        if cls is not None and cls != "reported_unverified":
            return cls
        if cls == "reported_unverified":
            hedged = True
        cur = head
    return "reported_unverified" if hedged else ASSERTED


def hedged(tok: Token, book: PatternBook) -> bool:
    """'apparently', 'evidently' on the trigger's clause (or its light verb): lower confidence."""
    words = book.modality.get("hedging_adverbs", frozenset())
    for holder in (tok, tok.head, tok.head.head):
        if any(c.dep_ == "advmod" and c.lower_ in words for c in holder.children):
            return True
        if holder.pos_ in ("VERB", "AUX") and holder != tok:
            break
    return False
