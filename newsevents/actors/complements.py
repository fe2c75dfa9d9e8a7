"""Pass 3 (after the sector nouns): a complement noun is no actor of its own.

"Don't hold federal workers hostage", "they were held hostage": the workers are the actor, a
bare singular "hostage" only says what is done with them ("the hostage", "hostages" stay people
of their own). The small model often reads "workers hostage" as a compound, so the sector noun
was never coded; the complement nouns are data (``groups.complement_nouns`` in
``sectors.yaml``).

Kept apart from :mod:`.groups` (read by the context steps of :mod:`.generic`) because this pass
codes nouns through :mod:`.context`, which itself reads :mod:`.generic`.
"""

from __future__ import annotations

from ..nlp.shared import lowers_of
from .context import _sector_noun
from .mentions import DocState
from .noun_phrases import sector_of


def complement_groups(state: DocState) -> None:
    """Pass 3 (after the sector nouns): a bare singular complement noun ("held hostage") is no
    actor of its own, so its mention goes; and where the parser read "hold federal workers
    hostage" as the compound "workers hostage", the sector noun it hid is coded."""
    doc = state.doc
    nouns = state.vocab.complement_nouns
    if not nouns:
        return
    for i, lower in enumerate(lowers_of(doc)):
        if lower not in nouns:
            continue
        tok = doc[i]
        if tok.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod", "amod")
                                   for c in tok.lefts):
            continue  # "the hostage", "a British hostage", "hostages": people of their own
        old = state.owner.get(tok.i)
        if old is not None and old.head == tok.i:
            state.remove(old)
        hidden = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if not hidden:
            continue
        noun = hidden[-1]
        sector = sector_of(state, noun)
        if sector is not None and noun.i not in state.owner:
            _sector_noun(state, noun, sector[0], sector[1])
