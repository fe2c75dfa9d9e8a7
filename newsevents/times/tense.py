"""The tense of the clause governing a time expression: weekday and month names resolve by it
("met Thursday" is the past Thursday, "will meet Thursday" the coming one).

Split from ``times/__init__.py`` (at the size limit) along the seam of the functions that read
only the parse around one span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.shared import children_of, head_of, memo
from .rules import rules

__all__ = ["tense_of"]

_NONFINITE_DEPS = frozenset({"xcomp", "acl", "advcl", "conj", "pcomp", "oprd", "relcl"})


def tense_of(doc: Doc, start: int, end: int) -> str:
    """past|present|future of the clause governing the character span [start, end).

    Weekday and month names resolve by it: "met Thursday" is the past Thursday, "will meet
    Thursday" the coming one. A possessive time in a present clause ("a premium over
    Thursday's closing price") names something that has happened: past.

    Kept per span of the Doc: reading a candidate and choosing among its readings ask again.
    """
    known = memo(doc, "times.tense")
    found: str | None = known.get((start, end))
    if found is None:
        found = known[(start, end)] = _tense_of(doc, start, end)
    return found


def _tense_of(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present"
    tense = _clause_tense(span.root)
    after = doc[span.end] if span.end < len(doc) else None
    if tense == "present" and after is not None and after.tag_ == "POS":
        return "past"
    return tense


def _clause_tense(token: Token) -> str:
    """The tense of the first verb above ``token`` (see :func:`tense_of`)."""
    origin = token.i
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or head_of(token) == token:
            break
        token = head_of(token)
    if token.pos_ not in ("VERB", "AUX"):
        return "present"
    r = rules()
    future = r.future_aux
    infinitive = False
    for _ in range(3):
        # a non-finite verb without its own auxiliaries ("found clinging … Nov. 25") takes the
        # tense of the verb it depends on
        auxes = [c for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
        if auxes and not all(a.tag_ == "TO" for a in auxes):
            break
        # spaCy attaches "expected the company to earn …" as a ccomp: a to-infinitive all the same
        deps = _NONFINITE_DEPS | ({"ccomp"} if auxes else set())
        if token.tag_ not in ("VBG", "VB", "VBN") or token.dep_ not in deps:
            break
        if token.tag_ == "VBN" and token.dep_ in ("acl", "advcl", "relcl"):
            return "past"  # "the decision, announced Wednesday, …": a participle tells the past
        infinitive = infinitive or bool(auxes)
        token = head_of(token)
        for _ in range(2):  # "due to expire", "a plan to sell": on to the adjective's verb
            if token.pos_ in ("VERB", "AUX") or head_of(token) == token:
                break
            token = head_of(token)
    tense = _finite_tense(token, future, r.nearest_aux)
    if tense == "past" and token.lemma_ in r.schedule_verbs and origin > token.i:
        # "planned a rally on Saturday", "was scheduled for Monday": set in the past, perhaps
        # still ahead; the nearer day or month of that name ("On Friday, they planned …" is the
        # day of the planning)
        tense = "present"
    if infinitive and tense == "past" and token.lemma_.lower() in r.implicative_verbs:
        return "past"  # "tried to storm the building on Sunday": done when the trying was
    if infinitive:
        # a to-infinitive looks ahead of its governor: "plans to leave Thursday" is the coming
        # Thursday; under a past governor ("extended their offers to acquire it Friday", "had
        # been due to expire Friday") it may lie either side of the publication date: the
        # nearer day or month of that name
        return "present" if tense == "past" else "future"
    return tense


def _finite_tense(token: Token, future: frozenset[str], nearest: frozenset[str]) -> str:
    """The tense of the verb ``token`` itself, from its tag and auxiliaries."""
    auxes = [c for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ == "VB" for a in auxes):
        return "past"  # "might have encouraged", "would have met": a modal perfect looks back
    if any(a.lower_ in nearest for a in auxes):
        # "could" is the past of "can" as often as a conditional ("could not be reached
        # Wednesday" / "could vote Friday"): the nearer day of that name
        return "present"
    if (any(a.lower_ == "would" for a in auxes) and token.dep_ == "ccomp"
            and head_of(token).tag_ == "VBD"):
        # "predicted that it would pass Bermuda Wednesday night": a future seen from a past
        # report, either side of the publication date; the nearer day of that name
        return "present"
    if any(a.lower_ in future for a in auxes) or token.lower_ in future:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (
            token.lower_ == "going" and any(c.lower_ == "to" for c in children_of(token))):
        return "future"
    if token.tag_ == "VBN" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"  # a present passive ("when the case is heard in May") is not past
    if token.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lemma_ == "have" for a in auxes):
        return "past"
    return "present"
