"""The PLOVER view of an event: what PLOVER calls the statement, when the act is only announced.

CAMEO codes an act and, separately, the statement of it: "Iraq said it would allow the
inspectors back" is the act 0862 (allow international involvement) with modality ``future`` for
newsevents' users, and for PLOVER — whose gold standard records code the sentence as AGREE — an
expressed intent (CAMEO 0355). The event keeps its CAMEO code and modality; only its ``plover``
block follows the stance the parse shows:

- **intent**: the actor announces or commits to the act — ``future`` modality (will, plans to,
  vowed to), the consequent of a condition ("would meet the mediator if …"), "ready/willing
  to …", or "warned that it would …"; cooperative acts (04-08) read as AGREE, coercive ones
  (14, 16-20) as THREATEN;
- **refusal**: the actor announces it will not, or refuses to ("said it would not meet the
  demands", "refused to release"), or does not grant what was asked of it whatever the tense
  ("did not accede to the protesters' demands") — cooperative acts read as REJECT.

A schedule reported by others ("is expected to", "is scheduled for") is no one's stance, and a
past act that did not happen ("did not send troops") is no refusal: both keep their own line.
The refusals step (``refusals.py``) reads the same stance, so an act whose PLOVER view is
REJECT is also the one that gets its asserted CAMEO 12 event.
The pairs of codes are the codebook's own (``data/events/plover_stance.yaml``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..datafiles import load_yaml
from ..nlp.shared import children_of
from ..records import Plover
from .codebook import CodeInfo, code_info, is_code
from .own_modality import conditional_consequent
from .patterns import PatternBook

_CODES = {str: str}
_SCHEMA = {"intent": _CODES, "refusal": _CODES, "readiness": [str], "refusing": [str],
           "announcing_aux": [str], "warning": [str], "state_voices": [str]}


@lru_cache(maxsize=1)
def stance_table() -> dict[str, Any]:
    """The stance pairs, checked against the codebook once per process."""
    raw = load_yaml("events/plover_stance.yaml", _SCHEMA)
    for kind in ("intent", "refusal"):
        for src, dst in raw[kind].items():
            if not is_code(src) or not is_code(dst):
                raise ValueError(f"plover_stance.yaml: {kind} {src} -> {dst}: not a CAMEO code")
    return {"intent": raw["intent"], "refusal": raw["refusal"],
            "readiness": frozenset(raw["readiness"]), "refusing": frozenset(raw["refusing"]),
            "announcing_aux": frozenset(raw["announcing_aux"]),
            "warning": frozenset(raw["warning"]),
            "state_voices": frozenset(raw.get("state_voices", []))}


def _governor(tok: Token) -> Token | None:
    """The predicate whose complement the trigger is ("plans to visit" → plans)."""
    if tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))):
        return tok.head
    return None


def answers_request(tok: Token, book: PatternBook) -> bool:
    """'did not accede to the protesters' demands', 'has not met the demands': not granting
    what was asked for is refusing it, whatever the tense (the request nouns of modality.yaml
    as the act's own object; "a request …, which was never agreed to" answers through a relative
    clause and stays a negated act, as the project's gold codes it)."""
    nouns = book.modality["requested_nouns"]
    for child in children_of(tok):
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in nouns:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in children_of(child)):
            return True
    return False


def stance(tok: Token, modality: str, book: PatternBook) -> str | None:
    """``intent``, ``refusal`` or None: what the actor says about the act of ``tok``."""
    table = stance_table()
    gov = _governor(tok)
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    if modality == "future":
        if gov is not None and any(c.dep_ == "auxpass" for c in children_of(gov)) and \
                gov_lemma in book.modality["future_passives"]:
            return None  # "is expected to send": someone else's forecast
        if any(c.dep_ == "auxpass" for c in children_of(tok)) and not any(
                c.dep_ == "aux" for c in children_of(tok)):
            return None
        return "intent"
    if modality == "conditional":
        if not conditional_consequent(tok, book):
            return None
        negated = any(c.dep_ == "neg" or c.lower_ in book.modality["negators"]
                      for c in children_of(tok) if c.dep_ in ("neg", "advmod"))
        return "refusal" if negated else "intent"  # "will not accept refugees if …"
    if modality == "hypothetical":
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in table["warning"] and any(
                c.dep_ == "aux" and c.lower_ in table["announcing_aux"] for c in children_of(tok)):
            return "intent"  # "warned that it would impose sanctions": a threat
        head = gov if gov is not None else tok
        acomp = head.lemma_.lower() in table["readiness"] or any(
            c.dep_ == "acomp" and c.lemma_.lower() in table["readiness"] for c in children_of(head))
        return "intent" if gov is not None and acomp else None
    if modality == "negated":
        if gov_lemma in table["refusing"]:
            return "refusal"
        if any(c.dep_ == "aux" and c.lower_ in table["announcing_aux"] for c in children_of(tok)):
            return "refusal"
        if tok.pos_ in ("VERB", "AUX") and answers_request(tok, book):
            return "refusal"
    return None


def paired_code(code: str, kind: str) -> str | None:
    """The codebook's statement code for ``code`` (longest listed prefix), or None."""
    pairs: dict[str, str] = stance_table()[kind]
    for n in range(len(code), 1, -1):
        if code[:n] in pairs:
            return pairs[code[:n]]
    return None


def plover_view(info: CodeInfo, tok: Token, modality: str, book: PatternBook) -> Plover:
    """The event's ``plover`` block: its own code's PLOVER line, or its stance's."""
    kind = stance(tok, modality, book) if modality != "asserted" else None
    paired = paired_code(info.code, kind) if kind is not None else None
    if paired is not None:
        info = code_info(paired)
    return Plover(info.plover_type, info.plover_mode, info.plover_context)
