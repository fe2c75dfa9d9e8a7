"""Refusals: a cooperative act the actor announces it will not do is a CAMEO 12 act of its own.

CAMEO pairs every cooperative act (03-08) with its refusal (12): 081 ease sanctions ↔ 1241
refuse to ease them, 084 release ↔ 1243, 04 meet ↔ 125. "China will not lift the ban", "Iran
said it would not release the sailors", "Turkey refused to meet the envoy" are therefore two
events each, as the annotation guide codes them: the act, ``negated`` (it does not happen), and
the refusal, ``asserted`` (it is what the actor did: announce it will not), by the same source
towards the same target.

When the parse shows a refusal is :func:`.plover_view.stance` — the same reading that gives such
acts their PLOVER REJECT line: a refusing governor ("refused / declined to V") or an announcing
auxiliary ("will not", "would not", "won't") — or a negated answer to a request ("did not
accede to the protesters' demands": the object is one of modality.yaml's request nouns), which
the guide's annotators code as a 12 act. Any other past act that did not happen ("did not send
troops", "has not agreed to the plan", "failed to deliver the drones") is no one's refusal: the
guide codes it ``negated`` and nothing else ("Denied / not done → negated"). The pairs of codes
are those of ``data/events/plover_stance.yaml``; no second table.

A refusing verb already coded as a 12 act by the patterns ("refused to release" → 1243 by
``reject.verb`` and its topics) is not doubled; when the patterns only knew it as a bare reject
(120), the paired code of the act it governs makes it specific.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_finder import ActorFinder
from .coder import Candidate, sentence_step
from .modal_governors import phrasal_lemma
from .modality import modality
from .patterns import PatternBook
from .plover_view import paired_code, stance, stance_table

REFUSAL = "+refusal"
#: codes of a refusing verb the paired code may make more specific (a bare "reject")
_GENERIC_REJECTS = frozenset({"12", "120"})


def _refused_exclusion(tok: Token, book: PatternBook) -> bool:
    """'refused / declined to rule out military action': declining to exclude an act leaves it
    open (modality reads it ``hypothetical``), so the refusing verb rejects nothing — the reject
    pattern's topic ("military action", "talks") is what is kept possible, not what is refused
    (``excluding_governors`` of modality.yaml)."""
    words = book.modality["excluding_governors"]
    return any(c.dep_ in ("xcomp", "advcl") and phrasal_lemma(c) in words for c in tok.children)


def _refuser(tok: Token) -> Token:
    """The token the refusal is read off: the refusing governor, else the negated act."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in stance_table()["refusing"]:
        return tok.head
    return tok


@sentence_step
def refusals(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
             book: PatternBook) -> list[Candidate]:
    """The sentence's candidates and, for each refused cooperative act, its asserted 12 act."""
    out = [c for c in cands if not (c.code[:2] == "12" and _refused_exclusion(c.trigger, book))]
    cands = out[:]
    rejects = {c.trigger.i: c for c in cands if c.code[:2] == "12"}
    made: set[tuple[int, str]] = set()
    for cand in cands:
        if cand.code[:2] == "12" or cand.source is None:
            continue
        tok = cand.trigger
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        paired = paired_code(cand.code, "refusal")
        if paired is None:
            continue
        mod = cand.modality or modality(tok, book, light=book.light_verbs)
        if mod != "negated" or stance(tok, mod, book) != "refusal":
            continue
        where = _refuser(tok)
        known = rejects.get(where.i)
        if known is not None:
            if known.code in _GENERIC_REJECTS and known.source == cand.source:
                known.code = paired
                known.notes.append(f"refusal of {cand.code}")
            continue
        if (where.i, paired) in made:
            continue
        made.add((where.i, paired))
        out.append(Candidate(where, paired, cand.source, cand.target,
                             cand.method + REFUSAL, cand.confidence - 0.05,
                             cand.intransitive, modality="asserted",
                             notes=[f"refusal of {cand.code} (will not / refused to)"]))
    return out
