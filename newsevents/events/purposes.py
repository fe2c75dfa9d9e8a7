"""An act and its purpose clause told with the same code are one act (issue 12, precision).

"Israel agreed to open its borders with Gaza *to allow* humanitarian aid in" and "the envoy was
summoned *to protest* the incident" state one opening of the border and one formal protest:
the purpose clause names what the main act is for, and when the coder reads it with the main
act's own code it is that act again, not a second one (the annotation guide: one event per
action, source and target). A purpose read with another code stays ("sent troops to attack the
town": a deployment and an attack).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token


def _purpose_of(tok: Token) -> Token | None:
    """The verb whose purpose ``tok`` is: the head of a to-infinitive adverbial clause ("opened
    the borders to allow …"), or of the to-infinitive complement of a passive ("was summoned
    to protest …"), where the complement is the purpose of the act done to the subject."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None  # "gave approval for the UN to deliver aid": an act of its own doer
    head = tok.head
    if head is tok or head.pos_ != "VERB":
        return None
    if tok.dep_ == "advcl":
        return head
    if tok.dep_ == "xcomp" and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return head
    return None


def purpose_repeats(triggers: Sequence[Token], codes: Sequence[str],
                    targeted: Sequence[bool]) -> set[int]:
    """Indices of events told twice: of an event and the purpose clause of its trigger read
    with the same CAMEO code, the purpose goes — unless only the purpose names whom it is done
    to ("opened the bridge to allow grain to Afghanistan"): then the main act, which names no
    one, goes."""
    where = {(t.i, c): n for n, (t, c) in enumerate(zip(triggers, codes, strict=True))}
    out: set[int] = set()
    for n, (tok, code) in enumerate(zip(triggers, codes, strict=True)):
        main = _purpose_of(tok)
        m = where.get((main.i, code)) if main is not None else None
        if m is None:
            continue
        out.add(m if targeted[n] and not targeted[m] else n)
    return out
