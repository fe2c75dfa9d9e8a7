"""Attacks told through their instrument: "a car bomb tore through a convoy of Nigerian
soldiers", "rockets struck near the airport in Kabul".

The subject is a weapon (``weapons.tsv``, WordNet's weapon, explosive-device, ammunition,
rocket and artillery nouns) and the verb one of impact (``impacts.yaml``). The weapon is not
the doer: the event's source is the implied attacker (:func:`.arguments.implied_agent`, later an
unidentified armed actor of the place, as for "killed when a roadside bomb exploded"), its code
the weapon's kind (183 bombing and its car/roadside/suicide kinds, 195 rockets, shells and
missiles, 190 other arms), its target the party struck, else the country of the place struck.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import Choice, load_csv, load_yaml
from ..nlp.shared import children_of, head_of, lemmas_of, pos_of
from ..records import Actor
from . import arguments as args
from .actor_finder import ActorFinder, political
from .artefacts import thing_target
from .candidate import Candidate
from .object_party import place_where
from .syntax import is_passive

#: Prepositions after which a thing is the one hit, not a landmark ("slammed into a bus", not
#: "struck near the airport").
_ON_THINGS = frozenset({"into", "on", "onto", "upon", "at", "against", "through"})
#: The schema of ``impacts.yaml``.
IMPACTS_SCHEMA = {"verbs": [str], "bombing_kinds": {str: str}, "struck_preps": [str]}


@dataclass(frozen=True)
class ImpactRules:
    """``impacts.yaml`` and ``weapons.tsv``, compiled once per process."""

    verbs: frozenset[str]
    bombing_kinds: dict[str, str]
    struck_preps: frozenset[str]
    weapons: dict[str, str]


#: weapons.tsv (tools/convert_wordnet_weapons.py): the CAMEO codes an attack through a weapon
#: can take
WEAPON_COLUMNS = {"lemma": str, "code": Choice("183", "190", "195"), "root": str}


@lru_cache(maxsize=1)
def impact_rules() -> ImpactRules:
    """The impact verbs and the weapon table, loaded once."""
    raw = load_yaml("events/impacts.yaml", IMPACTS_SCHEMA)
    weapons = {row["lemma"]: row["code"] for row in load_csv(
        "events/weapons.tsv", WEAPON_COLUMNS, delimiter="\t")}
    return ImpactRules(
        verbs=frozenset(v.lower() for v in raw["verbs"]),
        bombing_kinds={k.lower(): str(v) for k, v in raw["bombing_kinds"].items()},
        struck_preps=frozenset(p.lower() for p in raw["struck_preps"]),
        weapons=weapons,
    )


def weapon_code(tok: Token) -> str | None:
    """The CAMEO code of an attack told through the noun ``tok``, or ``None`` when it names no
    weapon: by its lemma, else a compound or adjective that does ("an explosive device"); a
    bomb's modifier gives the bombing's kind ("a car bomb" → 1832)."""
    rules = impact_rules()
    code = rules.weapons.get(tok.lemma_.lower())
    mods = [c for c in children_of(tok) if c.dep_ in ("compound", "amod")]
    if code is None:
        code = next((rules.weapons[c.lemma_.lower()] for c in mods
                     if c.lemma_.lower() in rules.weapons), None)
    if code == "183":
        code = next((rules.bombing_kinds[c.lemma_.lower()] for c in mods
                     if c.lemma_.lower() in rules.bombing_kinds), code)
    return code


def _weapon_subject(verb: Token) -> Token | None:
    """The weapon that does an impact verb: its subject (active or passive), never the
    object of a by-phrase ("was hit by a rocket" names the weapon as the doer, which the
    coder's passives already read)."""
    deps = ("nsubjpass",) if is_passive(verb) else ("nsubj",)
    subj = next((c for c in children_of(verb) if c.dep_ in deps), None)
    head = verb.head
    if subj is None and verb.tag_ in ("VBN", "VBD") and head.lemma_ == "be" and \
            verb.dep_ in ("advcl", "xcomp", "acomp"):
        # "a car bomb was on Monday rammed into …": an adverbial between the auxiliary and
        # the participle makes the parser hang the participle under "was", which keeps the
        # subject
        subj = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or weapon_code(subj) is None:
        return None
    return subj


def _struck(verb: Token, finder: ActorFinder, code: str = "",
            source: Actor | None = None) -> Actor | None:
    """The coded party the verb struck: its object, or the object of a preposition of impact,
    or a party inside that phrase ("a convoy of Nigerian soldiers"); else the owner or users
    of a thing struck ("a bus in Kabul" → AFGCVL, :mod:`.artefacts`), never a thing only
    struck near; else the country of a place in that phrase ("near the airport in Aleppo" →
    SYR)."""
    rules = impact_rules()
    heads = [c for c in children_of(verb) if c.dep_ == "dobj"]
    heads += [g for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in rules.struck_preps
              for g in children_of(p) if g.dep_ == "pobj"]
    for head in heads:
        for tok in head.subtree:
            actor = finder.at(tok)
            if political(actor) and args.anchored(actor) and not _where_it_is(tok, head):
                return actor
    hit = [h for h in heads if h.dep_ == "dobj" or head_of(h).lower_ in _ON_THINGS]
    thing = thing_target(hit, verb, code, finder, source) if code else None
    if thing is not None:
        return thing
    for head in heads:  # "struck near the airport in Aleppo": the country of the place
        for tok in head.subtree:
            found = args.place_actor(finder.places, tok)
            if found is not None and found[0].country:
                return found[0]
    return None


def _where_it_is(tok: Token, head: Token) -> bool:
    """``tok`` is inside a place phrase of the thing struck ("a military base in Maidan Shahr
    in the centre of *Afghanistan's* province"): where the thing is, not whom it belongs to —
    the thing's owner or users (:mod:`.artefacts`) come first, the place's country last."""
    preps = args.argument_rules().place_preps
    cur = tok
    while cur.i != head.i and head_of(cur).i != cur.i:
        cur = head_of(cur)
        if cur.dep_ == "prep" and cur.lower_ in preps and cur.i != head.i:
            return True
    return False


def _told_by(verb: Token, cands: list[Candidate]) -> list[Candidate]:
    """Violent candidates that tell what the weapon's impact did, with no doer of their own: a
    participle or conjunct of the impact verb ("a bomb exploded in a market, *killing* six",
    "a shell hit the school and *wounded* four")."""
    violent = args.argument_rules().implied_violence_roots
    told = {c.i for c in children_of(verb) if c.dep_ in ("advcl", "conj", "xcomp")}
    return [c for c in cands if c.trigger.i in told and c.code[:2] in violent
            and (c.source is None or c.source.code is None)]


def weapon_attacks(tokens: list[Token], finder: ActorFinder, cands: list[Candidate]
                   ) -> list[Candidate]:
    """The sentence's candidates with the attacks told through a weapon subject. A candidate
    the patterns already made on the verb ("rammed" → 1832) gets the implied attacker as its
    doer (its subject was a thing, so it had none); otherwise a new candidate is made. One
    attack, one event: what the impact did ("…, killing six") folds into it and lends it its
    victims (as :func:`.attacks.one_attack` does for "a car bombing killed five")."""
    rules = impact_rules()
    by_trigger = {c.trigger.i: c for c in cands}
    out = list(cands)
    # the lemma and POS columns first: most sentences hold no impact verb, and a Token's
    # ``lemma_``/``pos_`` is a string look-up per word
    lemmas = lemmas_of(tokens[0].doc) if tokens else []
    poses = pos_of(tokens[0].doc) if tokens else []
    for verb in tokens:
        if lemmas[verb.i] not in rules.verbs or poses[verb.i] not in ("VERB", "AUX"):
            continue
        subj = _weapon_subject(verb)
        if subj is None:
            continue
        code = weapon_code(subj) or "190"
        source = args.implied_agent(verb, f"the subject '{subj.text}' is a weapon, not its doer")
        known = by_trigger.get(verb.i)
        if known is not None and (known.source is None or known.source.code is None):
            # no doer, the implied one, or the weapon itself as an uncoded mention
            known.source = source
            if not args.anchored(known.target) and (
                    hit := _struck(verb, finder, code, source)
                    or place_where(verb, code, finder, source)):
                known.target = hit
            if known.code[:3] == "190" or (known.code[:2] == code[:2] and len(code) > len(
                    known.code)):
                known.code = code  # "a missile hit" is 195, not any force
            known.notes.append(f"source: implied; the subject '{subj.text}' is a weapon")
            attack = known
        elif known is not None:
            if known.code[:3] == "190" and code[:2] == "19":
                known.code = code  # "missiles fired by the army struck …": 195, not any force
            continue
        else:
            target = _struck(verb, finder, code, source) or place_where(verb, code, finder,
                                                                         source)
            told = _told_by(verb, out)
            if target is None and not told:
                continue
            attack = Candidate(trigger=verb, code=code, source=source, target=target,
                               method=f"rule:weapon-subject:{subj.lemma_.lower()}",
                               confidence=0.6)
            attack.notes.append(f"attack told through the weapon '{subj.text}'")
            out.append(attack)
        for other in _told_by(verb, out):
            if political(other.target) and (attack.target is None or (attack.target.kind == "state"
                                            and attack.target.resolution.method == "metonymy")):
                attack.target = other.target
                attack.notes.append(f"target: the victims of '{other.trigger.text}'")
            out.remove(other)
    return out
