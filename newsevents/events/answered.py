"""Whom a force, coercion or threat with no target of its own answers.

"Israel's prime minister said his forces would strike again if Hezbollah violated the truce":
the strike names no one it hits, yet the text says whom it would answer — the party of the
condition. "The army retaliated for the killing of two soldiers by the rebels" and "in
retaliation for Israel's strike" name the doer of the act answered. Without a target such acts
were dropped (a force verb needs someone acted on), so a conditional or vowed act of force was
lost altogether (issue 12: what is not asserted must still be found, with its modality).

Only the trigger's own clause and the control chain above it ("ready to use force … if",
"vowed to retaliate if") are read; the party must be a coded political actor of another
country than the doer's (a condition on the doer itself, "if it is attacked", names no one
else). Roots and nouns: ``answered`` in ``arguments.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from ..records import Actor
from . import arguments as args
from .actor_finder import ActorFinder, political
from .clause_cues import conditional_clause
from .nominals import nominal_doer
from .patterns import pattern_book
from .syntax import subject

#: how far up a control chain ("said it was ready to use force if …") the condition is looked for
CHAIN = 3


def _clauses(tok: Token) -> list[Token]:
    """The trigger and the verbs that control it (xcomp, or an adjective's copula)."""
    out = [tok]
    cur = tok
    for _ in range(CHAIN):
        head = head_of(cur)
        if head == cur or cur.dep_ not in ("xcomp", "acomp"):
            break
        out.append(head)
        cur = head
    return out


def _other(actor: Actor | None, source: Actor | None) -> Actor | None:
    """A coded political party of another country than the doer's."""
    if not political(actor) or actor is None or not actor.country:
        return None
    if source is not None and source.country == actor.country:
        return None
    return actor


def _condition_party(clause: Token, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The subject (or a passive's agent) of an if/unless clause of ``clause``."""
    m = pattern_book().modality
    for c in children_of(clause):
        if c.dep_ != "advcl" or not conditional_clause(c, m):
            continue
        who = subject(c)
        party = _other(finder.at(who), source) if who is not None else None
        if party is not None:
            return party
    return None


def _answered_act(clause: Token, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """The doer of the act a response names: "retaliated for the killing by the rebels" (a
    verb of responding), "in retaliation for Israel's strike", "in response to the attack"."""
    rules = args.argument_rules()
    responding = clause.lemma_.lower() in rules.response_verbs
    for prep in children_of(clause):
        if prep.dep_ != "prep":
            continue
        acts: list[Token] = []
        if responding and prep.lower_ in ("for", "to"):
            acts = [g for g in children_of(prep) if g.dep_ == "pobj"]
        elif prep.lower_ == "in":
            for noun in children_of(prep):
                if noun.dep_ == "pobj" and noun.lemma_.lower() in rules.answering_nouns:
                    acts = [g for p in children_of(noun) if p.dep_ == "prep"
                            and p.lower_ in ("for", "to") for g in children_of(p)
                            if g.dep_ == "pobj"]
        for act in acts:
            party = _other(nominal_doer(act, finder), source)
            if party is not None:
                return party
    return None


def answered_party(tok: Token, code: str, finder: ActorFinder,
                   source: Actor | None) -> Actor | None:
    """The party an act of ``code`` at ``tok`` with no target answers, or ``None``."""
    if code[:2] not in args.argument_rules().answered_roots:
        return None
    for clause in _clauses(tok):
        party = _condition_party(clause, finder, source) or _answered_act(clause, finder,
                                                                          source)
        if party is not None:
            return party
    return None
