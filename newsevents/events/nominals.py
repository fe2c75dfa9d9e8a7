"""Event nouns that carry their own arguments: "the arrest of X", "an attack on Y", "strikes on Z".

The pattern coder codes an event noun only when a possessor, a nationality or a light verb names
its doer ("Russia's invasion", "held talks"). News is full of nominal events whose doer is left
out ("the arrest of tycoons", "an attack on a convoy", "the killing of a journalist"): the noun's
prepositional phrase names who was acted on, and the doer is implied. This module codes those in
the coder's second pass, with the doer from a compound, a by-phrase or the implied agent.

Modality: a nominal event is often only talked about ("called for the arrest of", "fears of an
attack", "plans for strikes on"). The ordinary walk (:func:`.modality.modality`) is run first;
then every head above the noun, up to and including its first verb, is checked as a governor
(requesting, refusing, hedging, planning words and hypothetical nouns such as "threat", "risk"),
so a nominal event is never asserted when its governor says otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor, Resolution
from . import arguments as args
from .actor_finder import ActorFinder, political
from .doers import place_modifier
from .modal_governors import _governor_class
from .modality import modality
from .own_modality import own_cues
from .patterns import Pattern, PatternBook

_UP_DEPS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "compound", "conj",
                      "appos", "pcomp"})


def nominal_modality(tok: Token, book: PatternBook) -> str:
    """The modality of a nominal event: the parse walk, then its governors up to a verb."""
    mod = modality(tok, book, light=book.light_verbs)
    if mod != "asserted":
        return mod
    hypothetical_nouns = book.modality.get("hypothetical_nouns", frozenset())
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _UP_DEPS or cur.head == cur:
            break
        head = cur.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in hypothetical_nouns:
            return "hypothetical"
        found = _governor_class(head, book) or args.argument_rules().nominal_governors.get(
            head.lemma_.lower())
        if head.pos_ in ("VERB", "AUX"):
            found = own_cues(head, book) or found
            if found is not None:
                return found
            break
        if found is not None:
            return found
        if head.pos_ in ("NOUN", "PROPN"):
            break  # "denied any role in the killing": the verb governs the role, not the killing
        cur = head
    return mod


def nominal_doer(tok: Token, finder: ActorFinder) -> Actor | None:
    """A compound or by-phrase naming who did it ("police raids", "the killing by gunmen")."""
    patient = args.possessor_patient(tok)
    for child in children_of(tok):
        if child.dep_ in ("compound", "amod", "poss") and child.i < tok.i and child != patient:
            actor = finder.at(child)
            if actor is not None and political(actor) and not place_modifier(
                    child, actor, finder):
                return actor
    # "the killing by gunmen", and through a participle: "the missiles fired by the army"
    holders = [tok, *[c for c in children_of(tok) if c.dep_ == "acl" and c.tag_ == "VBN"]]
    for holder in holders:
        for child in children_of(holder):
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return finder.at(g) if political(finder.at(g)) else args.uncoded_actor(
                            finder, g)
    return responsible_doer(tok, finder)


def responsible_doer(tok: Token, finder: ActorFinder) -> Actor | None:
    """The one named answerable for the act ("the LRA is responsible for mass killings", "the
    group claimed responsibility for the bombing"): the act's doer, as a claim of an attack says
    whose it was (``responsible_doer`` in arguments.yaml)."""
    rules = args.argument_rules()
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head  # "responsible for killings, rapes and abductions"
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ != "for" or prep.head == prep:
        return None
    word = prep.head
    if word.lemma_.lower() not in rules.responsible_words:
        return None
    who: Token | None = None
    if word.pos_ == "ADJ":
        if word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN"):
            who = word.head  # "leaders responsible for the killings"
        else:
            who = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    elif word.dep_ == "dobj" and word.head.lemma_.lower() in rules.responsible_verbs:
        who = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if who is None:
        return None
    actor = finder.at(who)
    return actor if political(actor) else args.uncoded_actor(finder, who)


def conjunct_doer(tok: Token, finder: ActorFinder) -> Actor | None:
    """The owner a conjoined event noun shares with the noun it is conjoined to: "the United
    States' commitment to its allies and serious concern over X" — one possessor governs both
    nouns when the second has no determiner or owner of its own. Not when the owner is the one
    acted on ("his arrest and detention": :func:`.arguments.possessor_patient`)."""
    first = tok.head
    if tok.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("det", "poss") for c in children_of(tok)):
        return None
    if args.possessor_patient(first) is not None or args.possessor_patient(tok) is not None:
        return None
    owner = next((c for c in children_of(first) if c.dep_ == "poss"), None)
    if owner is None:
        return None
    actor = finder.at(owner)
    return actor if political(actor) else None


def _accused_patient(verb: Token) -> Token | None:
    """Who a legal verb is done to: its passive subject ("was charged"), its object ("charged a
    soldier"), the noun its participle describes ("a man charged with"), or the subject of the
    clause a participle hangs on ("appeared in court charged with")."""
    for dep in ("nsubjpass", "dobj"):
        found = next((c for c in children_of(verb) if c.dep_ == dep), None)
        if found is not None:
            return found
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ in ("advcl", "xcomp", "oprd", "conj", "dep"):
        return next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def accused_doer(tok: Token, finder: ActorFinder) -> Actor | None:
    """The one a legal verb charges, arrests or convicts for the act the noun names: "charged
    a soldier with the killing of a civilian", "was arrested for the stabbing of two officers",
    "appeared in court charged with murder over a shooting" (``accused_doer_verbs``, reached
    through ``accused_doer_preps`` and the charge's own nouns or participles: "one count of
    murder pertaining to a shooting"). The guide codes "A accused B of killing C" as B's
    killing; the noun's modality says it is alleged."""
    rules = args.argument_rules()
    cur = tok
    for _ in range(10):
        if cur is not tok and cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_.lower() in rules.accused_doer_verbs:
                patient = _accused_patient(cur)
                if patient is None:
                    return None
                actor = finder.at(patient)
                return actor if political(actor) else args.uncoded_actor(finder, patient)
            if cur.tag_ not in ("VBG", "VBN") or cur.dep_ not in ("acl", "advcl"):
                return None  # only "pertaining to", "related to" lead on to the charge
        if cur.dep_ == "prep" and cur.lower_ not in rules.accused_doer_preps:
            return None
        if cur is not tok and cur.dep_ in ("dobj", "nsubjpass") and (
                cur.head.lemma_.lower() in rules.accused_doer_verbs):
            # the phrase hangs on the patient: "convicted [a man of the murder of …]"
            actor = finder.at(cur)
            return actor if political(actor) else args.uncoded_actor(finder, cur)
        if cur.dep_ not in ("prep", "pobj", "pcomp", "conj", "appos", "acl", "advcl"):
            return None
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _undergoers(p: Pattern, tok: Token, finder: ActorFinder) -> list[Token]:
    preps = args.argument_rules().nominal_target_preps | {
        t for t in p.target if t not in ("dobj", "dative", "poss", "by")}
    # "a lawsuit filed by the Senate against the governor", "sanctions imposed by the US on
    # Iran": a passive participle describing the noun (a reduced relative clause) carries the
    # noun's own phrases, as it carries its by-phrase for :func:`nominal_doer`
    holders = [tok, *[c for c in children_of(tok) if c.dep_ == "acl" and c.tag_ == "VBN"]]
    found = [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in preps
             for g in children_of(c) if g.dep_ == "pobj"]
    # "the lawsuit by Chilean unions against the ministry": the parser hangs the noun's second
    # phrase on the doer named in its by-phrase, which takes no such phrase of its own
    found += [g for c in children_of(tok) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              for d in children_of(c) if d.dep_ == "pobj"
              for q in children_of(d) if q.dep_ == "prep" and q.lower_ in preps
              for g in children_of(q) if g.dep_ == "pobj"]
    patient = args.possessor_patient(tok)
    return [patient, *found] if patient is not None else found


def _collective(tok: Token) -> Token:
    """The noun counting or grouping an event noun ("a couple of bombings" → couple), which
    stands for it in the clause; else the event noun itself (``event_collectives``)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head == prep:
        return tok
    group = prep.head
    words = args.argument_rules().event_collectives
    if group.pos_ == "NOUN" and (group.lemma_.lower() in words or group.lower_ in words):
        return group
    return tok


def _place_where(tok: Token, finder: ActorFinder) -> Actor | None:
    """The territory an undergoer-less event noun happened in: its own place phrase ("protests
    in the capital"), else that of the verb of occurring it (or the noun counting it: "a couple
    of bombings") is the subject of ("bombings took place in Tunis"), as a metonymic country
    actor."""
    rules = args.argument_rules()
    holders = [tok]
    stand = _collective(tok)
    if stand is not tok:
        holders.append(stand)  # "a series of bombings in Baghdad"
    head = stand.head
    if stand.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in rules.occurrence_verbs:
        holders.append(head)
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ not in rules.place_preps:
                continue
            for g in children_of(prep):
                if g.dep_ != "pobj":
                    continue
                for t in (g, *[c for c in children_of(g) if c.dep_ == "appos"]):
                    placed = args.place_actor(finder.places, t)
                    if placed is not None and placed[0].country:
                        actor = placed[0]
                        return replace(actor, resolution=Resolution(
                            "metonymy", actor.resolution.reason.replace(
                                " acted on:", " where it happened:")))
    return None


def code_nominal(tok: Token, hit: tuple[Pattern, str, str], finder: ActorFinder,
                 book: PatternBook) -> list[tuple[Actor, Actor | None, str, str]]:
    """(source, target, method, modality) of an unlicensed event noun, or [] when it has no
    undergoer in the text (a bare "an attack" says nothing about anyone)."""
    p, _code, topic = hit
    targets: list[Actor] = []
    for g in _undergoers(p, tok, finder):
        actor = finder.at(g)
        if political(actor):
            targets.append(actor)  # type: ignore[arg-type]
            continue
        placed = args.place_actor(finder.places, g)
        found = placed[0] if placed is not None else args.uncoded_actor(finder, g)
        if found is not None:
            targets.append(found)
    if not targets and p.intransitive and _code[:2] in args.argument_rules().nominal_place_roots:
        where = _place_where(tok, finder)
        if where is not None:  # "suicide bombings took place in Tunis": the territory
            targets.append(where)
    if not targets:
        return []
    source = nominal_doer(tok, finder) or accused_doer(tok, finder) or conjunct_doer(
        tok, finder) or args.implied_agent(tok)
    method = f"rule:noun-pattern:{p.id}+nominal" + (f"+topic:{topic}" if topic else "")
    mod = nominal_modality(tok, book)
    return [(source, t, method, mod) for t in targets[:2] if t != source]
