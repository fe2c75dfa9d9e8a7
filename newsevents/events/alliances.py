"""Alliances joined and formed: "Australia joined the US-led coalition", "a naval coalition to
patrol the Gulf, which was joined by Australia, Bahrain …", "the United States announced a naval
coalition" (roots 05 and 06; issue 12 item 3).

Joining an alliance is cooperation with the party that leads or formed it (CAMEO 050 "initiate,
resume, improve or expand diplomatic cooperation"; PETRARCH's JOIN / ASSEMBLE * COALITION 050);
forming one with a named partner is the same cooperation with that partner, and an alliance of
armed forces is military cooperation (062), which a reader records even when the text names no
partner yet ("announced a naval coalition"). The verb pass cannot see these acts: the alliance
noun is often the antecedent of a passive relative clause ("which was joined by …", whose
pronoun the parser hangs on the nearest noun, the patrolled Gulf), and the party joined is
neither the verb's object nor its with-phrase but the alliance's leader ("US-led", "led by the
United States") or founder (the subject of "announced a coalition"). This step, a
``sentence_step`` after the verb and noun passes, reads them with ``alliances.yaml``; a trigger
the passes already coded (PETRARCH's "joined the coalition led by …") is left to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import load_yaml
from ..nlp.clauses import relative_antecedent
from ..nlp.shared import children_of, head_of
from ..records import Actor
from .actor_finder import ActorFinder, political
from .coder import Candidate, sentence_step
from .patterns import PatternBook
from .slots import slot
from .speakers import subject_sources
from .syntax import is_passive, subject
from .targets import actors_at

SCHEMA = {"nouns": [str], "domestic": [str], "joining": [str], "founding": [str],
          "military": [str], "military_code": str, "code": str}
#: the evidence rule of the events this step makes
METHOD = "rule:alliance"
#: roots whose candidate on a verb means the passes already read it
_COOPERATIVE = ("03", "04", "05", "06", "07", "08")
#: armed sectors: an alliance with or against one of them is a military one
_ARMED = frozenset({"MIL", "REB", "INS", "UAF"})
#: participles that name an alliance's leader in "the US-led coalition", "led by X"
_LEADING = frozenset({"lead", "head", "back", "sponsor"})
#: how far up the parse a passive relative pronoun's true antecedent may hang
_CLIMB = 4


@dataclass(frozen=True)
class AllianceRules:
    """``alliances.yaml``: the alliance nouns, the verbs, the military words and the codes."""

    nouns: frozenset[str]
    domestic: frozenset[str]
    joining: frozenset[str]
    founding: frozenset[str]
    military: frozenset[str]
    military_code: str
    code: str


@lru_cache(maxsize=1)
def alliance_rules() -> AllianceRules:
    raw = load_yaml("events/alliances.yaml", SCHEMA)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower().replace("_", " ") for w in raw[key])

    return AllianceRules(nouns=words("nouns"), domestic=words("domestic"),
                         joining=words("joining"), founding=words("founding"),
                         military=words("military"), military_code=str(raw["military_code"]),
                         code=str(raw["code"]))


def _verb_lemma(verb: Token) -> str:
    """The verb's lemma, with its particle for the phrasal ones ("set up")."""
    prt = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def _modifiers(noun: Token) -> set[str]:
    """The words that say what kind of alliance a noun is: its modifiers and its of-phrase
    ("a coalition of opposition parties")."""
    found = {c.lemma_.lower() for c in children_of(noun)
             if c.dep_ in ("amod", "compound", "nmod")}
    found |= {g.lemma_.lower() for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
              for g in children_of(p) if g.dep_ == "pobj"}
    return found


def alliance_noun(tok: Token, rules: AllianceRules) -> bool:
    """Whether ``tok`` names an alliance between parties, not a party-political coalition."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.nouns
            and not (_modifiers(tok) & rules.domestic))


def joined_alliance(verb: Token, rules: AllianceRules) -> Token | None:
    """The alliance a verb of joining joins: its object, or the noun its passive relative
    pronoun stands for. spaCy hangs "…, which was joined by X" on the nearest noun before it
    ("a coalition to patrol the Gulf, which was joined by …" → the Gulf); a pronoun whose
    parsed antecedent is no alliance stands for the alliance noun above it, as a reader takes
    it, when there is one within a few heads."""
    for c in children_of(verb):
        if c.dep_ == "dobj" and alliance_noun(c, rules):
            return c
        if c.dep_ == "prep" and c.lower_ == "into":  # "entered into an alliance with"
            found = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
            if found is not None and alliance_noun(found, rules):
                return found
    if not is_passive(verb):
        return None
    for c in children_of(verb):
        if c.dep_ != "nsubjpass":
            continue
        noun = relative_antecedent(c)
        if noun is c:
            return None if c.tag_ in ("WDT", "WP") else (c if alliance_noun(c, rules) else None)
        for _ in range(_CLIMB):
            if alliance_noun(noun, rules):
                return noun
            if head_of(noun) is noun:
                break
            noun = head_of(noun)
    return None


def _actors(finder: ActorFinder, toks: list[Token]) -> list[Actor]:
    return [a for a in actors_at(finder, toks, uncoded=False) if political(a)]


def alliance_leaders(noun: Token, finder: ActorFinder) -> list[Actor]:
    """Whom an alliance is joined with: its owner or leader ("the US-led coalition", "NATO's
    mission", "the coalition led by France"), else whoever formed it ("the United States
    announced a naval coalition": the subject of the verb it is the object of)."""
    toks = [g for c in children_of(noun) if c.dep_ == "amod" and c.lemma_.lower() in _LEADING
            for g in children_of(c) if g.dep_ in ("npadvmod", "compound", "nmod")]
    toks += slot(noun, "poss")
    found = _actors(finder, toks)
    if found:
        return found
    verb = head_of(noun)
    if noun.dep_ == "dobj" and _verb_lemma(verb) in alliance_rules().founding:
        _, found = subject_sources(subject(verb), alliance_rules().code, finder)
        return [a for a in found if political(a)]
    return []


def _military(noun: Token, rules: AllianceRules, parties: list[Actor | None],
              finder: ActorFinder) -> bool:
    """An alliance of armed forces: a military word among its modifiers or in the clause that
    tells its purpose ("a coalition to patrol the Gulf"), an armed party against it, or an
    armed participant."""
    words = _modifiers(noun)
    for c in children_of(noun):
        if c.dep_ in ("acl", "relcl") and c.i < noun.i + 4:
            words.add(c.lemma_.lower())
        if c.dep_ == "prep" and c.lower_ == "against":
            parties += _actors(finder, [g for g in children_of(c) if g.dep_ == "pobj"])
    return bool(words & rules.military) or any(
        a is not None and a.sector in _ARMED for a in parties)


def _joining(verb: Token, rules: AllianceRules, finder: ActorFinder) -> list[Candidate]:
    noun = joined_alliance(verb, rules)
    if noun is None:
        return []
    _, sources = subject_sources(subject(verb), rules.code, finder)
    leaders = alliance_leaders(noun, finder)
    code = rules.military_code if _military(noun, rules, [*sources, *leaders], finder) \
        else rules.code
    note = f"alliance: {noun.text!r} joined"
    return [Candidate(verb, code, s, t, METHOD, 0.6, patient=noun, notes=[note])
            for s in sources if political(s) for t in leaders if t is not s]


def _founding(verb: Token, rules: AllianceRules, finder: ActorFinder) -> list[Candidate]:
    if _verb_lemma(verb) not in rules.founding:
        return []
    noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and alliance_noun(c, rules)),
                None)
    if noun is None:
        return []
    _, sources = subject_sources(subject(verb), rules.code, finder)
    sources = [s for s in sources if political(s)]
    partners = _actors(finder, slot(verb, "with") + slot(noun, "between"))
    military = _military(noun, rules, [*sources, *partners], finder)
    code = rules.military_code if military else rules.code
    note = f"alliance: {noun.text!r} formed"
    if not partners:
        # a military alliance announced stands alone ("announced a naval coalition"); any
        # other needs the partner it is formed with
        return [Candidate(verb, code, s, None, METHOD, 0.55, True, patient=noun, notes=[note])
                for s in sources] if military else []
    return [Candidate(verb, code, s, t, METHOD, 0.6, patient=noun, notes=[note])
            for s in sources for t in partners if t is not s]


@sentence_step
def alliance_acts(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                  book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the alliances its verbs join or form."""
    rules = alliance_rules()
    coded = {c.trigger.i for c in cands if c.code[:2] in _COOPERATIVE}
    out = list(cands)
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in rules.joining:
            found = _joining(verb, rules, finder)
            if found:
                # the leader joined, not whatever the dictionary's slots read: "joined the
                # US-led coalition against the Islamic State" is no cooperation with the enemy
                out = [c for c in out if c.trigger.i != verb.i or c.code[:2] not in _COOPERATIVE]
                out += found
        elif verb.i not in coded and lemma in {w.split()[0] for w in rules.founding}:
            out += _founding(verb, rules, finder)
    return out
