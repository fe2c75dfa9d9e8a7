"""Governed events: the act a governor only vows, threatens, plans or weighs, coded as an event.

The annotation guide codes the act under such a governor as an event of its own, never asserted
("threatened to impose sanctions on Iran": the threat is a 13 event, the sanctions a
``hypothetical`` 16 event; "plans for a visit to Ghana": a ``future`` 04 event). The main pass
codes what the team's patterns know under any governor, and leaves the complement of an
appeal/intent/demand/threat verb to the family's topic; the main pass also never codes an
event noun that a verb absorbed as its object. This step (a ``sentence_step`` of
``pattern_coder_v1``, after the embedded events) adds, once per sentence:

- **complements of family verbs** by the field dictionary (PETRARCH's verbs): "pledged to send
  air defence systems to Ukraine", "warned that it would cut gas supplies to Moldova",
  "demanded that Belarus release the opposition leaders";
- **event nouns that are the object of a weighing, threatening or planning verb** ("is
  considering sanctions against Venezuela", "threatened Chile with sanctions", "plans talks with
  Kyiv"), with the verb's subject as the doer;
- **event nouns under a noun of intent** ("raised the threat of sanctions against Lithuania",
  "announced plans for a visit to Ghana", "Iran's plan for strikes on …"): the doer is the one
  who threatens or plans, when the event noun names none of its own.

Every candidate made here carries its modality from the parse walk (:mod:`.modality`,
:func:`.nominals.nominal_modality`); one the walk reads as asserted is not emitted by this step.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, deps_of, head_of, lemmas_of, pos_of
from ..records import Actor
from . import arguments as args
from .actor_finder import ActorFinder, political
from .coder import Candidate, _code_verb, sentence_step
from .dictionary import dictionary_matches, has_source, topic_of_family
from .doers import noun_source
from .embedded import beneficiary
from .matching import match, pattern_lemmas
from .modal_governors import phrasal_lemma
from .modality import modality
from .nominals import nominal_modality
from .own_modality import ASSERTED
from .patterns import PatternBook
from .syntax import subject, with_conjuncts
from .targets import targets as _targets

GOVERNED = "+governed"


def _complement_events(tok: Token, finder: ActorFinder, book: PatternBook) -> list[Candidate]:
    """The complement verb of a family governor, coded by the field dictionary."""
    if tok.pos_ != "VERB" or not topic_of_family(tok, book) or not has_source(tok, finder):
        return []
    mod = modality(tok, book, light=book.light_verbs)
    if mod == ASSERTED:
        return []
    for hit in dictionary_matches(tok, book, topics=True):
        coded = [c for c in _code_verb(tok, hit, finder, set())
                 if args.keep(c) and c.target is not None]
        if coded:
            for c in coded:
                c.modality = mod
                c.method += GOVERNED
                c.confidence -= 0.1
            return coded
    return []


_OBJECT_VERB_HEADS: dict[int, tuple[dict[str, frozenset[str]], frozenset[str]]] = {}


def _object_verb_heads(m: dict[str, frozenset[str]]) -> frozenset[str]:
    """Every lemma a phrasal lemma of :func:`_governed_nouns`' verb lists can start with (the
    whole entry and each part before a ``_``): a verb whose lemma is none of them governs no
    noun, and the pass skips it before looking for its particle."""
    kept = _OBJECT_VERB_HEADS.get(id(m))
    if kept is None or kept[0] is not m:
        entries = (m["hypothetical_object_verbs"] | m["future_object_verbs"]
                   | m["negated_object_verbs"])
        heads = set(entries)
        for entry in entries:
            heads |= {entry[:k] for k, ch in enumerate(entry) if ch == "_"}
        kept = _OBJECT_VERB_HEADS[id(m)] = (m, frozenset(heads))
    return kept[1]


def _governed_nouns(verb: Token, m: dict[str, frozenset[str]]) -> list[tuple[Token, str]]:
    """(event noun, modality) objects of a weighing/threatening/planning verb."""
    lemma = phrasal_lemma(verb)  # a phrasal verb is its own word ("called off talks")
    if lemma in m["hypothetical_object_verbs"]:
        mod = "hypothetical"
    elif lemma in m["future_object_verbs"]:
        mod = "future"
    elif lemma in m["negated_object_verbs"]:
        mod = "negated"  # "refused talks with Kabul", "ruled out military action"; the walk
        # may make it weaker ("would not rule out talks": hypothetical, governed_events)
    else:
        return []
    found: list[Token] = []
    for child in children_of(verb):
        if child.dep_ == "dobj":
            found += with_conjuncts(child)
        elif child.dep_ == "prep" and child.lower_ == "with" and lemma == "threaten":
            found += [g for c in [child] for g in children_of(c) if g.dep_ == "pobj"]
    if mod == "negated":
        # "rejected the EU proposal", "refused the request": the proposal was made; what is
        # refused is its content, not the statement
        said = m["doer_nouns"] | m["requested_nouns"] | m["unverified_nouns"]
        found = [n for n in found if n.lemma_.lower() not in said]
    return [(n, mod) for n in found if n.pos_ in ("NOUN", "PROPN")]


def _intent_noun(noun: Token, m: dict[str, frozenset[str]]) -> Token | None:
    """The noun of intent whose of/for/to phrase holds ``noun`` ("the threat of sanctions")."""
    prep = head_of(noun)
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "to"):
        return None
    head = head_of(prep)
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in m["doer_nouns"]:
        return head
    return None


def _owner(intent: Token, finder: ActorFinder) -> Actor | None:
    """Who threatens or plans: the intent noun's possessor, else the subject of the verb it is
    the object of ("China raised the threat of …", "Nigeria announced plans for …")."""
    for child in children_of(intent):
        if child.dep_ == "poss":
            actor = finder.at(child)
            return actor if political(actor) else None
    if intent.dep_ in ("dobj", "attr") and head_of(intent).pos_ in ("VERB", "AUX"):
        subj = subject(head_of(intent))
        actor = finder.at(subj) if subj is not None else None
        return actor if political(actor) else None
    return None


def _noun_event(noun: Token, doer: Actor | None, mod: str, finder: ActorFinder,
                book: PatternBook, why: str, addressee: Actor | None = None) -> list[Candidate]:
    hit = match(noun, book)
    if hit is None or hit[0].pos != "noun":
        return []
    p, code, topic = hit
    source = noun_source(noun, finder, p) or doer
    if not political(source):
        return []
    targets = [t for t in _targets(p, noun, finder, skip="poss", code=code, source=source)
               if t != source]
    if not targets and political(addressee) and addressee != source:
        targets = [addressee]  # type: ignore[list-item]  # "threatened Chile with sanctions"
    if not targets and not p.intransitive:
        return []
    method = f"rule:noun-pattern:{p.id}" + (f"+topic:{topic}" if topic else "") + GOVERNED
    return [Candidate(noun, code, source, t, method, p.confidence - 0.1, p.intransitive,
                      modality=mod, notes=[why]) for t in (targets or [None])]  # type: ignore[list-item]


@sentence_step
def governed_events(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                    book: PatternBook) -> list[Candidate]:
    """The sentence's candidates with the acts its governors only vow, threaten or plan."""
    m = book.modality
    # an event with a named doer stands; one whose doer is only implied ("the threat of
    # sanctions" read as sanctions by someone) gives way to the governor's doer
    usable = {c.trigger.i for c in cands if args.keep(c) and not args.is_implied(c.source)}
    out = list(cands)
    poses = pos_of(tokens[0].doc) if tokens else []
    deps = deps_of(tokens[0].doc) if tokens else []
    lemmas = lemmas_of(tokens[0].doc) if tokens else []
    verb_heads, indexed = _object_verb_heads(m), pattern_lemmas(book)
    for tok in tokens:
        new: list[Candidate] = []
        pos = poses[tok.i]
        if pos == "VERB" and deps[tok.i] in ("xcomp", "ccomp") and tok.i not in usable:
            new = _complement_events(tok, finder, book)
            beneficiary(new, finder, book)  # "demanded that Argentina apologize": to Brazil
        if pos in ("VERB", "AUX") and not new:
            if lemmas[tok.i] not in verb_heads:
                continue  # governs no noun (and ``new`` is empty: nothing to add)
            for noun, mod in _governed_nouns(tok, m):
                if noun.i in usable:
                    continue
                subj = subject(tok)
                doer = finder.at(subj) if subj is not None else None
                own = modality(tok, book, light=book.light_verbs)
                if mod == "negated":
                    mod = modality(noun, book, light=book.light_verbs)
                    if mod == ASSERTED:
                        continue
                elif own in ("negated", "conditional"):
                    mod = own  # "is not considering sanctions"
                obj = next((c for c in children_of(tok) if c.dep_ == "dobj" and c != noun), None)
                new += _noun_event(noun, doer, mod, finder, book, "object of " + tok.lemma_,
                                   finder.at(obj) if obj is not None else None)
        elif pos in ("NOUN", "PROPN") and tok.i not in usable and lemmas[tok.i] in indexed \
                and (intent := _intent_noun(tok, m)) is not None:
            mod = nominal_modality(tok, book)
            if mod == ASSERTED:
                mod = "hypothetical" if intent.lemma_.lower() in m["hypothetical_nouns"] \
                    else "future"
            new = _noun_event(tok, _owner(intent, finder), mod, finder, book,
                              "under " + intent.lemma_)
        if new:
            # the same act read with an implied doer ("the threat of sanctions" as sanctions by
            # someone) gives way; any other reading of the trigger stays
            same = {(c.trigger.i, c.code) for c in new}
            out = [c for c in out if (c.trigger.i, c.code) not in same or
                   (political(c.source) and not args.is_implied(c.source))]
            usable |= {c.trigger.i for c in new}
            out += new
    return out
