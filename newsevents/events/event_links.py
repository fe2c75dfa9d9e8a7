"""Targets one event takes from another event of the article.

An answer to a request runs back to the requester ("asked Judge Miller …, but he declined"),
and a claim of responsibility (015) is aimed at the target of the attack it claims. Both read
the list of candidates, not one trigger's parse, so they run once all coders ran. Split out of
``participants.py`` (which had reached the 600-line limit). Rules are in ``arguments.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import arguments as args
from .actor_finder import political
from .patient_words import _pobjs
from .sides import same_party
from .syntax import objects

if TYPE_CHECKING:
    from .candidate import Candidate


RESPONSE_ROOTS = frozenset({"03", "08", "12"})


REQUEST_ROOTS = frozenset({"02", "10"})


def answer_requests(cands: list[Candidate]) -> None:
    """An answer to a request runs back from the requested party to the requester: "which was
    never agreed to" (the request's patient), or "asked Judge Miller …, but he declined"."""
    by_trigger: dict[int, Candidate] = {}
    for cand in cands:
        if cand.code[:2] in REQUEST_ROOTS:
            by_trigger.setdefault(cand.trigger.i, cand)
    for cand in cands:
        if cand.code[:2] not in RESPONSE_ROOTS or cand.patient is None:
            continue
        req = by_trigger.get(cand.patient.i)
        if req is None and cand.patient.pos_ == "NUM":  # relative clause attached to a date
            earlier = [c for c in by_trigger.values()
                       if c.trigger.sent == cand.trigger.sent and c.trigger.i < cand.trigger.i]
            req = earlier[-1] if earlier else None
        if req is None:
            continue
        if not political(cand.source) and req.target is not None:
            cand.source = req.target
            cand.notes.append("source: party the request was made to")
        if not political(cand.target) and req.source is not None:
            cand.target = req.source
            cand.notes.append("target: requester")
    for i, cand in enumerate(cands):
        # "the government asked Judge Miller to delay his ruling, but he declined": who was
        # asked answers the one who asked
        if cand.code[:2] not in RESPONSE_ROOTS or cand.target is not None or cand.source is None:
            continue
        sent = cand.trigger.sent
        floor = sent.doc[sent.start - 1].sent.start if sent.start > 0 else 0  # this or the last
        for req in reversed(cands[:i]):
            if req.code[:2] not in REQUEST_ROOTS or req.target is None or req.source is None:
                continue
            if not floor <= req.trigger.i < cand.trigger.i:
                continue
            if same_party(req.target, cand.source):
                cand.target = req.source
                cand.notes.append("target: who asked the responder")
                break


def claimed_targets(cands: list[Candidate]) -> None:
    """Who claims responsibility for an attack (015) claims it against the attack's target:
    the event the claim's for-phrase names ("for the bombings that killed 300 people in Sri
    Lanka"), else the latest violent event of the last few sentences ("claimed responsibility
    for all three attacks"; a bare "claimed responsibility." the same way, else the article's
    first: a lead tells the attack, a later paragraph who claims it)."""
    rules = args.argument_rules()
    for i, cand in enumerate(cands):
        if not cand.code.startswith(rules.claim_code) or cand.target is not None:
            continue
        named = [g for o in objects(cand.trigger) for g in _pobjs(o, frozenset({"for"}))]
        spans = [(g.left_edge.i, g.right_edge.i) for g in named]
        inside = [c for c in cands if c is not cand and political(c.target)
                  and c.code[:2] in rules.claimed_roots
                  and any(lo <= c.trigger.i <= hi for lo, hi in spans)]
        bare = not named and any(o.lemma_.lower() in rules.claim_bare_objects
                                 for o in objects(cand.trigger))
        if not inside and (named or bare):
            doc = cand.trigger.doc
            floor = cand.trigger.sent.start
            for _ in range(rules.claim_window):
                floor = doc[floor - 1].sent.start if floor > 0 else 0
            told = [c for c in cands[:i] if political(c.target)
                    and c.code[:2] in rules.claimed_roots]
            inside = [c for c in told if floor <= c.trigger.i] or (told[:1] if bare else [])
        if inside:
            cand.target = inside[-1].target
            cand.notes.append("target: the target of the attack claimed")
