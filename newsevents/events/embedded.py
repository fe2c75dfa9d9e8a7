"""Embedded events: the act inside a governor's complement, with the governor's participants.

"Urged Israel to withdraw", "threatened to impose sanctions", "plans to visit" are coded by the
pattern coder through control (``syntax.subject``). What it cannot see, this step adds, once per
sentence, after the verb and noun passes (a ``sentence_step`` of ``pattern_coder_v1``):

- **object control through a preposition**: "blocked the EU from sending aid" (the EU does not
  send: negated), "accused Israel of bombing Damascus" (Israel's bombing is alleged:
  reported_unverified), "warned Pyongyang against conducting a test" (it may: hypothetical)
  — the governor's object is the embedded act's source, never its subject;
- **nominal events asked for**: "called for a ceasefire between Israel and Hamas", "demanded the
  release of prisoners by Israel", "called for Israel's withdrawal" — the noun is the appeal's
  object (so the appeal absorbed it); when it names its own actor it is also a ``requested``
  event of that actor;
- **the recipient of aid asked for**: "Kyiv wants NATO to supply jets" — with no recipient
  named, the asker is the target (``beneficiary_roots``);
- **nominal events undergone**: "Iran could face sanctions from the EU" — the noun's actor acts
  on the governor's subject, ``hypothetical`` unless the clause says more;
- **nominal events under modal modifiers** that another trigger absorbed ("Putin's planned visit
  … was postponed", "condemned the alleged Israeli strike"): coded as nouns of their own.

Every candidate made here carries its modality, and none is ever ``asserted``: an embedded event
whose governor chain does not make it non-asserted is not emitted by this step.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp.shared import children_of, deps_of, lemmas_of, lowers_of, pos_of
from ..records import Actor
from .actor_finder import ActorFinder, political
from .coder import Candidate, _targets, sentence_step
from .doers import noun_source
from .matching import match, pattern_lemmas
from .modal_governors import controlling_verb
from .modality import modality
from .noun_coder import _between, _code_noun
from .own_modality import ASSERTED
from .patterns import Pattern, PatternBook
from .syntax import subject, with_conjuncts

EMBEDDED = "+embedded"


def _governed_object(verb: Token) -> Token | None:
    """The controller of 'X from V-ing': the governor's object, or a passive's subject."""
    for child in children_of(verb):
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


def _control_fix(cands: list[Candidate], finder: ActorFinder, book: PatternBook) -> None:
    m = book.modality
    for cand in cands:
        tok = cand.trigger
        if tok.dep_ != "pcomp" or tok.head.dep_ != "prep":
            continue
        prep = tok.head
        gov = controlling_verb(prep, m)
        word, lemma = prep.lower_, gov.lemma_.lower()
        if word == "from" and lemma in m["preventing_governors"]:
            mod = "negated"
        elif word in ("of", "for", "with") and lemma in m["accusing_governors"]:
            mod = "reported_unverified"
        elif word == "against" and lemma in m["warning_governors"]:
            mod = "hypothetical"
        else:
            continue
        obj = _governed_object(gov)
        actor = finder.at(obj) if obj is not None else None
        if not political(actor):
            continue
        cand.source = actor
        if cand.target is not None and cand.target == actor:
            cand.target = None
        cand.modality = mod
        cand.method += EMBEDDED


def beneficiary(cands: list[Candidate], finder: ActorFinder, book: PatternBook) -> None:
    """'Kyiv wants NATO to supply fighter jets', 'Ukraine asked Germany to provide tanks': aid
    asked for with no recipient named goes to the one who asks for it."""
    m = book.modality
    for cand in cands:
        tok = cand.trigger
        coded_target = cand.target is not None and bool(cand.target.code or cand.target.country)
        if coded_target or not cand.code.startswith(tuple(m["beneficiary_roots"])) or \
                tok.dep_ not in ("xcomp", "ccomp") or \
                tok.head.lemma_.lower() not in m["requested_governors"]:
            continue
        asker = subject(tok.head)
        actor = finder.at(asker) if asker is not None else None
        if political(actor) and actor != cand.source:
            cand.target = actor
            cand.notes.append("recipient: the party that asked for it")


def _noun_participants(noun: Token, hit: tuple[Pattern, str, str], finder: ActorFinder,
                       ) -> list[tuple[Actor, Actor | None]]:
    parties = _between(noun, finder)
    if len(parties) > 1:
        return [(s, t) for s in parties for t in parties if s is not t]
    source = noun_source(noun, finder)
    if source is None:
        return []
    targets = [t for t in _targets(hit[0], noun, finder, skip="poss") if t is not source]
    if not targets and not hit[0].intransitive:
        return []
    if not targets:
        return [(source, None)]
    return [(source, t) for t in targets]


def _object_nouns(verb: Token) -> list[Token]:
    found: list[Token] = []
    for child in children_of(verb):
        if child.dep_ == "dobj":
            found += with_conjuncts(child)
        elif child.dep_ == "prep" and child.lower_ in ("for", "to"):
            for g in children_of(child):
                if g.dep_ == "pobj":
                    found += with_conjuncts(g)
    return [n for n in found if n.pos_ in ("NOUN", "PROPN")]


def _nominal(noun: Token, mod: str, finder: ActorFinder, book: PatternBook,
             why: str) -> list[Candidate]:
    hit = match(noun, book)
    if hit is None or hit[0].pos != "noun":
        return []
    p, code, topic = hit
    method = f"rule:noun-pattern:{p.id}" + (f"+topic:{topic}" if topic else "") + EMBEDDED
    return [Candidate(noun, code, s, t, method, p.confidence - 0.1,
                      p.intransitive, modality=mod, notes=[why])
            for s, t in _noun_participants(noun, hit, finder)]


def told_by_verb(cand: Candidate, verb: Token, code: str) -> bool:
    """The verb's own candidate already codes the act its object noun names: the verb
    dictionary's "face criticism" (111 on *face*) and the noun *criticism* are one act, told
    once. The noun's reading is kept: it knows the act's doer and that it is only undergone."""
    return cand.trigger.i == verb.i and cand.code[:2] == code[:2]


@sentence_step
def embedded_events(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                    book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, corrected and completed with its embedded events."""
    m = book.modality
    _control_fix(cands, finder, book)
    beneficiary(cands, finder, book)
    coded = {c.trigger.i for c in cands if c.target is not None or c.intransitive}
    out = list(cands)
    poses = pos_of(tokens[0].doc) if tokens else []
    lemmas = lemmas_of(tokens[0].doc) if tokens else []
    for tok in tokens:
        if poses[tok.i] not in ("VERB", "AUX"):
            continue
        lemma = lemmas[tok.i]
        if lemma in m["requesting_verbs"]:
            for noun in _object_nouns(tok):
                if noun.i not in coded:
                    new = _nominal(noun, "requested", finder, book, "asked for")
                    out += new
                    coded |= {c.trigger.i for c in new}
        elif lemma in m["undergoing_verbs"]:
            mod = modality(tok, book, light=book.light_verbs)
            if mod == ASSERTED and (tok.tag_ == "VBD" or any(
                    c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                    for c in children_of(tok))):
                continue  # "faced sanctions": they were imposed
            mod = "hypothetical" if mod == ASSERTED else mod
            subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            target = finder.at(subj) if subj is not None else None
            if not political(target):
                continue
            for noun in _object_nouns(tok):
                if noun.i in coded:
                    continue
                hit = match(noun, book)
                if hit is None or hit[0].pos != "noun":
                    continue
                source = noun_source(noun, finder) or _from_actor(tok, noun, finder)
                if source is None or source == target:
                    continue
                p, code, topic = hit
                out = [c for c in out if not told_by_verb(c, tok, code)]
                method = f"rule:noun-pattern:{p.id}" + (f"+topic:{topic}" if topic else "")
                out.append(Candidate(noun, code, source, target, method + EMBEDDED,
                                     p.confidence - 0.1, p.intransitive, modality=mod,
                                     notes=["undergone by the governor's subject"]))
                coded.add(noun.i)
    indexed = pattern_lemmas(book)
    for tok in tokens:
        if poses[tok.i] not in ("NOUN", "PROPN") or tok.i in coded or \
                lemmas[tok.i] not in indexed or not _modal_modifier(tok, m):
            continue
        hit = match(tok, book)
        if hit is None or hit[0].pos != "noun":
            continue
        for cand in _code_noun(tok, hit, finder, book):
            mod = modality(tok, book, light=book.light_verbs)
            if mod != ASSERTED and cand.source is not None:
                out.append(replace(cand, modality=mod, method=cand.method + EMBEDDED))
                coded.add(tok.i)
    out += _parties_own_event(tokens, out, coded, finder, book)
    return out


def _parties_own_event(tokens: list[Token], cands: list[Candidate], coded: set[int],
                       finder: ActorFinder, book: PatternBook) -> list[Candidate]:
    """'Egypt proposed talks between Israel and Hamas': an event noun that names its own
    parties ("between X and Y") is their act, not the act of the verb that absorbed it as an
    object; kept when the walk makes it non-asserted (here ``future``). A verb coded with the
    noun's own root already holds it ("offered to host a summit between …": the hosting, 04)."""
    out: list[Candidate] = []
    indexed = pattern_lemmas(book)
    lemmas = lemmas_of(tokens[0].doc) if tokens else []
    for tok in tokens:
        if lemmas[tok.i] not in indexed:
            continue  # no pattern of the word: match() below finds none
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in coded or len(_between(tok, finder)) < 2:
            continue
        hit = match(tok, book)
        if hit is None or hit[0].pos != "noun":
            continue
        if any(c.trigger.i == tok.head.i and c.code[:2] == hit[1][:2] for c in cands):
            continue
        mod = modality(tok, book, light=book.light_verbs)
        if mod == ASSERTED:
            continue
        out += _nominal(tok, mod, finder, book, "own parties under " + tok.head.lemma_)
        coded.add(tok.i)
    return out


def _from_actor(verb: Token, noun: Token, finder: ActorFinder) -> Actor | None:
    """'face sanctions from the EU': the from-phrase on the noun or on the verb."""
    for holder in (noun, verb):
        for child in children_of(holder):
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                for g in children_of(child):
                    actor = finder.at(g)
                    if g.dep_ == "pobj" and political(actor):
                        return actor
    return None


_MODAL_WORDS: dict[int, tuple[dict[str, frozenset[str]], frozenset[str]]] = {}


def _modal_modifier(noun: Token, m: dict[str, frozenset[str]]) -> bool:
    kept = _MODAL_WORDS.get(id(m))  # the union once per modality table, not per noun
    if kept is None or kept[0] is not m:
        union = m["future_modifiers"] | m["hypothetical_modifiers"] | m["unverified_modifiers"]
        kept = _MODAL_WORDS[id(m)] = (m, union)
    words = kept[1]
    doc = noun.doc
    deps, lemmas, lowers = deps_of(doc), lemmas_of(doc), lowers_of(doc)
    return any(deps[c.i] in ("amod", "compound") and (lemmas[c.i] in words or lowers[c.i] in words)
               for c in children_of(noun))
