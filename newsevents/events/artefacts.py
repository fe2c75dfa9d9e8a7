"""Things attacked stand for whose they are: "gunmen attacked a bus in Kano", "militants
ambushed a military convoy", "rebels shelled a police station in Bannu".

CAMEO codes interactions of political actors (Schrodt 2012, CAMEO manual ch. 2); a bus, a
convoy, a pipeline or a mosque is no party, but an attack on it is an attack on its owner or
its users. So a thing in the target slot of force (``artefact_targets.yaml``: 18, 19 but
occupation, 20, 1712) is read as

- the **owner** its modifiers name: a coded actor ("a UN convoy"), a sector word ("a
  *military* convoy" → MIL, "a *police* post" → COP, ``owner_words``), else
- the **users** its noun implies: WordNet 3.0's buildings, installations, vehicles and routes
  (``artefacts.tsv``, ``tools/convert_wordnet_artefacts.py``): a school's EDU, a hospital's
  HLH, a mosque's REL, a barracks' MIL, a bus's or a market's civilians (CVL);

of the country its nationality ("a Turkish base"), its own place phrase ("a bus in the
Nigerian city of Kano"), the trigger's place phrase or the one country of the sentence's
places gives — else of no country (the sector alone). Users read from the noun alone need a
doer of the state or an armed group (``armed_doers``): "protesters smashed a bus shelter" is
no political event.

The other way round, what an appeal or a demand (``topic_roots``) asks for is no addressee:
"urged calm and patience", "appealed for restraint", "urged all countries to condemn this
launch". A participant nobody coded whose head is an event noun, a thing of ``artefacts.tsv``
or a noun whose commonest WordNet sense is no person, group or place (``addressee_kinds``) is
the appeal's topic (:func:`topics_only`): the event stands without a target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import Choice, load_csv, load_yaml
from ..nlp.shared import children_of, text_of
from ..records import Actor, Resolution, Span
from . import arguments as args
from .actor_finder import ActorFinder, political
from .candidate import Candidate
from .kinds import head_token, kinds_of
from .matching import match
from .nationality import nationality, sentence_place
from .patterns import PatternBook, pattern_book
from .sides import same_side

#: The schema of ``artefact_targets.yaml``.
SCHEMA = {"codes": [str], "armed_doers": [str], "owner_words": {str: str},
          "place_preps": [str], "topic_roots": [str], "addressee_kinds": [str]}
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True)
class ArtefactRules:
    """``artefact_targets.yaml`` and ``artefacts.tsv``, compiled once per process."""

    codes: tuple[str, ...]
    armed_doers: frozenset[str]
    owner_words: dict[str, str]
    place_preps: frozenset[str]
    topic_roots: tuple[str, ...]
    addressee_kinds: frozenset[str]
    sectors: dict[str, str]  # lemma ("bus", "police station") → sector of its users


#: artefacts.tsv (tools/convert_wordnet_artefacts.py): the sectors of an artefact's users
ARTEFACT_COLUMNS = {"lemma": str, "sector": Choice("CVL", "MIL", "COP", "EDU", "HLH", "REL"),
                    "root": str}


@lru_cache(maxsize=1)
def artefact_rules() -> ArtefactRules:
    raw = load_yaml("events/artefact_targets.yaml", SCHEMA)
    sectors = {row["lemma"]: row["sector"] for row in load_csv(
        "events/artefacts.tsv", ARTEFACT_COLUMNS, delimiter="\t")}
    return ArtefactRules(
        codes=tuple(str(c) for c in raw["codes"]),
        armed_doers=frozenset(str(s) for s in raw["armed_doers"]),
        owner_words={str(k).lower(): str(v) for k, v in raw["owner_words"].items()},
        place_preps=frozenset(str(p).lower() for p in raw["place_preps"]),
        topic_roots=tuple(str(r) for r in raw["topic_roots"]),
        addressee_kinds=frozenset(str(k) for k in raw["addressee_kinds"]),
        sectors=sectors,
    )


def artefact_sector(tok: Token) -> str | None:
    """The sector of a thing's users by its noun: the compound and its head first ("police
    station" → COP), then the head alone ("bus" → CVL); None for a noun that names no thing."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    sectors = artefact_rules().sectors
    lemma = tok.lemma_.lower()
    for c in children_of(tok):
        if c.dep_ == "compound" and c.i == tok.i - 1:
            found = sectors.get(f"{c.lemma_.lower()} {lemma}") or sectors.get(
                f"{c.lower_} {lemma}")
            if found:
                return found
    return sectors.get(lemma) or sectors.get(tok.lower_)


def thing_target(toks: list[Token], trigger: Token, code: str, finder: ActorFinder,
                 source: Actor | None) -> Actor | None:
    """The owner or users of the first thing among a force trigger's target tokens (module
    docstring); None when none is one."""
    rules = artefact_rules()
    if not code.startswith(rules.codes):
        return None
    armed = source is not None and (
        (source.sector or "") in rules.armed_doers or source.kind == "state"
        or (args.is_implied(source) and source.sector is None))
    for tok in toks:
        if tok.pos_ != "NOUN" or tok.ent_type_:
            continue
        direct = finder.at(tok, pronoun_fallback=False)
        if direct is not None and direct.start < tok.idx + len(tok.text):
            # "a police station", "a UN convoy", "the army's base": the actors stage coded
            # the owner; a party after the noun ("a convoy in Mali") is where it is
            return None
        if args.place_of(finder.places, tok) is not None:
            return None  # "shelled the city of Kharkiv": a named place (.arguments)
        owner = _coded_owner(tok, finder, source)
        if owner is not None:
            return owner
        named = _owner_sector(tok)
        sector = named or artefact_sector(tok)
        if sector is None or (named is None and not armed):
            continue
        country, where = _country(tok, trigger, finder)
        what = "its owner" if named else "its users"
        reason = f"'{tok.text}' is a thing: {what}, {sector}" + (
            f", of {where} ({country})" if country else ", country unknown")
        return _actor(tok, country, sector, reason)
    return None


def _coded_owner(tok: Token, finder: ActorFinder, source: Actor | None) -> Actor | None:
    """A coded actor deeper in the thing's modifiers or in its of-phrase ("the last *ISIS*
    group bastion", "two *LTTE* camps", "an arms depot *of the Syrian army*"): whose it is."""
    found: list[Token] = []
    stack = [c for c in children_of(tok) if c.dep_ in _OWNER_DEPS and c.i < tok.i]
    while stack:
        mod = stack.pop()
        found.append(mod)
        stack += [c for c in children_of(mod) if c.dep_ in _OWNER_DEPS and c.i < mod.i]
    found += [g for p in children_of(tok) if p.dep_ == "prep" and p.lower_ == "of"
              for g in children_of(p) if g.dep_ == "pobj"]
    for mod in found:
        actor = finder.at(mod, pronoun_fallback=False)
        if political(actor) and actor is not None and actor.kind != "media" and not (
                source is not None and same_side(actor, source)):
            return actor
    return None


def _owner_sector(tok: Token) -> str | None:
    """The sector a modifier names ("*military* convoy", "*police* post")."""
    words = artefact_rules().owner_words
    for c in children_of(tok):
        if c.dep_ in _OWNER_DEPS and c.i < tok.i:
            found = words.get(c.lemma_.lower()) or words.get(c.lower_)
            if found:
                return found
    return None


def _country(tok: Token, trigger: Token, finder: ActorFinder) -> tuple[str | None, str]:
    """The thing's country and where it was read: its nationality, its own place phrase, the
    trigger's, else the one country of the sentence's places."""
    found = nationality(tok)
    if found is not None:
        return found[1], f"nationality '{found[0].text}'"
    preps = artefact_rules().place_preps
    for holder in (tok, trigger):
        for p in children_of(holder):
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for g in children_of(p):
                if g.dep_ != "pobj":
                    continue
                place = args.place_of(finder.places, g)
                if place is not None and place.country:
                    return place.country, place.name
                nat = nationality(g)  # "in the Nigerian city of …" unresolved
                if nat is not None:
                    return nat[1], f"nationality '{nat[0].text}'"
    place = sentence_place(finder.places, tok)
    if place is not None and place.country:
        return place.country, place.name
    return None, ""


def _actor(tok: Token, country: str | None, sector: str | None, reason: str, *,
           kind: str = "group", method: str = "context") -> Actor:
    start, end = args.phrase_span(tok)
    text = text_of(tok.doc)[start:end]
    words = text.split()
    name = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in (
        "a", "an", "the") else text
    sent = tok.sent
    code = (country or "") + (sector or "")
    return Actor(mention=text, start=start, end=end, name=name, kind=kind,  # type: ignore[arg-type]
                 country=country, sector=sector, code=code or None,
                 resolution=Resolution(method, reason),
                 sentence=Span(sent.start_char, sent.end_char,
                               text_of(tok.doc)[sent.start_char:sent.end_char]))


def topics_only(targets: list[Actor], code: str, trigger: Token,
                event_nouns: frozenset[str]) -> bool:
    """Whether every target of an appeal or a demand (``topic_roots``) is what it asks for,
    not whom: an uncoded common noun naming an event, a thing, a quality, a state or a feeling
    ("urged calm", "called for restraint", "to condemn this launch")."""
    rules = artefact_rules()
    if not targets or not code.startswith(rules.topic_roots):
        return False
    return all(_topic(t, trigger, event_nouns) for t in targets)


def _topic(actor: Actor, trigger: Token, event_nouns: frozenset[str]) -> bool:
    if actor.code or actor.sector or actor.country or not actor.mention:
        return False
    head = head_token(actor, trigger.doc)
    if head is None or head.pos_ != "NOUN" or head.ent_type_ or head.like_num:
        return False
    if head.lemma_.lower() in event_nouns or artefact_sector(head) is not None:
        return True
    kinds = kinds_of(head)
    return bool(kinds) and kinds[0] not in artefact_rules().addressee_kinds


def attack_noun_targets(cands: list[Candidate], finder: ActorFinder) -> None:
    """A violent event with no target takes the target of the attack noun its sentence tells
    it in: "a suicide bomber killed five people *in an attack on a police convoy*" — the
    bombing (1831, from "bomber") was the attack on the convoy. The noun is an event noun of
    violence (``implied_violence_roots``) under in/during of a verb of the same doer, with no
    event of its own; its on/against phrase names a coded party or a thing (:func:`thing_target`).
    """
    violent = args.argument_rules().implied_violence_roots
    book = pattern_book()
    for cand in cands:
        if cand.code[:2] not in violent or cand.source is None or not (
                cand.target is None or _the_attack_itself(cand, book)):
            continue
        sent = cand.trigger.sent
        # its own in-phrase first ("used chlorine gas in an attack on the town of Douma"),
        # then another verb's of the same doer ("a bomber killed five in an attack on …")
        for other in [cand, *(c for c in cands if c is not cand)]:
            if other.source is not cand.source or other.trigger.sent != sent:
                continue
            found = _in_attack_target(other.trigger, cand, finder, book)
            if found is not None:
                cand.target = found
                cand.notes.append("target: the target of the attack the sentence tells it in")
                break


def _the_attack_itself(cand: Candidate, book: PatternBook) -> bool:
    """Whether the target nobody coded is the event noun of the trigger's own in/during phrase
    ("used chlorine gas *in an attack* on …"): the act, not a party it was done to."""
    target = cand.target
    if target is None or target.code is not None or target.country is not None:
        return False
    violent = args.argument_rules().implied_violence_roots
    for p in children_of(cand.trigger):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for noun in children_of(p):
            start, end = args.phrase_span(noun)
            hit = match(noun, book) if noun.dep_ == "pobj" and noun.pos_ == "NOUN" else None
            if hit is not None and hit[1][:2] in violent and start <= target.start < end:
                return True
    return False


def _in_attack_target(verb: Token, cand: Candidate, finder: ActorFinder,
                      book: PatternBook) -> Actor | None:
    violent = args.argument_rules().implied_violence_roots
    for p in children_of(verb):
        if p.dep_ != "prep" or p.lower_ not in ("in", "during"):
            continue
        for noun in children_of(p):
            hit = match(noun, book) if noun.dep_ == "pobj" and noun.pos_ == "NOUN" else None
            if hit is None or hit[1][:2] not in violent:
                continue
            objs = [g for q in children_of(noun) if q.dep_ == "prep" and q.lower_ in (
                "on", "against") for g in children_of(q) if g.dep_ == "pobj"]
            for g in objs:
                actor = finder.at(g, pronoun_fallback=False)
                if political(actor) and actor is not None and not same_side(
                        actor, cand.source):  # type: ignore[arg-type]
                    return actor
            thing = thing_target(objs, noun, cand.code, finder, cand.source)
            if thing is not None:
                return thing
            for g in objs:  # "an attack on the town of Douma": the territory of the place
                placed = args.place_actor(finder.places, g)
                if placed is not None and placed[0].country:
                    return placed[0]
    return None
