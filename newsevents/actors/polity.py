""""The state" as an actor: the government of the country (or US state) the story is in.

"The state appealed the ruling", "the lawsuit filed by the state": a definite, bare "state" that
does something is a government (the annotation guide: sub-national governments take their
country's code, so Florida's is USAGOV); "the state of emergency", "in the state", "the state
has 5 million people" are not actors. The mention is a generic GOV, placed by the context as
any other (generic.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, lowers_of, tokens_of
from .mentions import DocState, Mention

#: Verbs whose subject "the state" is the territory, not its government.
_PLACE_VERBS = frozenset({"be", "have", "become", "remain", "contain", "include", "border",
                          "lie", "cover", "stretch", "experience", "see", "get", "receive"})


def the_state(state: DocState) -> None:
    """Add a generic GOV mention for every "the state" that acts."""
    tokens = tokens_of(state.doc)
    for i, lower in enumerate(lowers_of(state.doc)):  # the column: a Token only for "state"
        if lower != "state":
            continue
        token = tokens[i]
        if token.i not in state.owner and _acts(token):
            det = state.doc[token.i - 1]
            state.add(Mention(det.i, token.i + 1, det.idx, token.idx + len(token),
                              f"{det.text} {token.text}", "organisation", None, "GOV", None,
                              "dictionary", "'the state' acting: a government (GOV)",
                              head=token.i, code="GOV", generic=True))


def _acts(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return False
    if any(c.dep_ != "det" for c in children_of(token)):
        return False  # "the state of emergency", "the state government", "the Islamic state"
    if token.dep_ == "nsubj":
        verb = token.head
        if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
            verb = verb.head  # "The state had lanes closed": the parser hangs it on "had"
        if verb.lemma_ == "have" and any(c.dep_ in ("ccomp", "xcomp", "oprd")
                                         and c.tag_ == "VBN" for c in children_of(verb)):
            return True  # "the state had two lanes closed": a causative, something it did
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in _PLACE_VERBS
    return (token.dep_ == "pobj" and token.head.lower_ == "by"
            and token.head.dep_ == "agent")  # "the lawsuit filed by the state"
