"""The sense book: ``senses.yaml`` (word classes, rules that veto or recode a candidate, actor
types and kinds per code, article domains) validated and compiled once per process into
indexes by CAMEO root, so that judging a candidate (:mod:`.senses`) is a dict lookup unless a
rule of its root exists. Split from :mod:`.senses` so that reading the data and reading the
parse stay small modules of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .codebook import is_code
from .patterns import _load


@dataclass(frozen=True, slots=True)
class Test:
    """One side of a rule: every given field must hold (``when``), or any one (``unless``)."""

    lemmas: frozenset[str] | None = None
    objects: frozenset[str] | None = None
    context: tuple[frozenset[str], int] | None = None
    sectors: frozenset[str] | None = None
    target_kinds: frozenset[str] | None = None
    object_kinds: frozenset[str] | None = None
    governors: frozenset[str] | None = None
    modifiers: frozenset[str] | None = None
    deps: frozenset[str] | None = None  # the trigger's own dependency label
    prep_object: tuple[frozenset[str], frozenset[str]] | None = None  # (preps, words)
    direct_object: frozenset[str] | None = None
    # the trigger's clausal complement states a fact (no modal, no infinitive): "agrees that
    # students feel abandoned" (concurring), not "agreed that the troops would leave"
    stated_clause: bool | None = None
    # the trigger governs an infinitive (xcomp): "was honored to offer the prayer"
    infinitive: bool | None = None
    # the lemma of the infinitive the trigger governs is a word of these classes ("agreed to
    # *acquire* LinkedIn")
    complement: frozenset[str] | None = None
    # the source's actor sector is one of these; "<uncoded>": no source or one with no code
    source_sectors: frozenset[str] | None = None
    suspect: bool | None = None  # the object phrase names a party ("into Mr X", "against X")
    # the candidate has a target (a recipient, an addressee) when the senses are applied
    has_target: bool | None = None
    target_coded: bool | None = None
    # the target is in the source's own country ("the Kenyan president flew to Mombasa"): a
    # trip at home visits no other party
    target_at_home: bool | None = None
    # the trigger has a direct object ("flew the injured to a hospital": it carries someone)
    transitive: bool | None = None
    # a place name the trigger goes to is in the source's own country ("Trump visited El
    # Paso"): a visit at home goes to no other party by its place (visited.py)
    place_at_home: bool | None = None
    # what "attend" attends is a common noun outside these classes ("the competition was
    # attended by 46 people"): no gathering of political actors (visited.py)
    attended_other: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    codes: tuple[str, ...]
    when: Test
    unless: Test | None
    recode: str | None  # None = veto
    why: str


@dataclass(frozen=True, slots=True)
class Requirement:
    id: str
    codes: tuple[str, ...]
    not_only: frozenset[str]
    why: str
    #: the doer alone may not be an organisation of these sectors ("Samsung killed two
    #: workers" reads a company as the killer, whoever the victims are)
    not_doer: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class KindRule:
    """A participant nobody coded must be one of ``kinds`` (WordNet supersenses) for ``codes``."""

    id: str
    codes: tuple[str, ...]
    roles: tuple[str, ...]  # "source", "target", "object" (the verb's object when no target)
    kinds: frozenset[str]
    why: str
    first_sense: bool = False  # judge the noun by its commonest sense only, not any sense


@dataclass(frozen=True, slots=True)
class Domain:
    """An article about a game, a market or a show: its conflict words are that world's."""

    id: str
    codes: tuple[str, ...]
    words: frozenset[str]
    min_share: float  # share of the article's sentences holding one of ``words``
    min_words: int  # distinct words of ``words`` in the article
    unless_sectors: frozenset[str]
    why: str
    unless_words: frozenset[str] = frozenset()  # the article is off the domain when it holds
    unless_min: int = 1  # this many distinct words of these classes ("bomb", "gunmen")


@dataclass(frozen=True, slots=True)
class Adjectival:
    """A trigger used as an adjective ("profoundly threatening", "life-threatening")."""

    codes: tuple[str, ...]
    deps: frozenset[str]
    tags: frozenset[str]
    degree: frozenset[str]  # "profoundly threatening": a degree adverb makes any VBG one
    #: adjectives whose adjective sense is the act ("highly critical of the government")
    acts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SenseBook:
    """The compiled ``senses.yaml``: rules and requirements indexed by CAMEO root."""

    rules: dict[str, tuple[Rule, ...]]
    requires: dict[str, tuple[Requirement, ...]]
    any_pos: frozenset[str]  # context words counted in every part of speech (verbs too)
    kinds: dict[str, tuple[KindRule, ...]] = field(default_factory=dict)
    domains: tuple[Domain, ...] = ()
    adjectival: Adjectival | None = None
    named_events: tuple[str, ...] = ()
    teams: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    addressed: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
    private: tuple[tuple[str, ...], frozenset[str], frozenset[str]] = (
        (), frozenset(), frozenset())
    force: tuple[tuple[str, ...], frozenset[str], frozenset[str]] = (
        (), frozenset(), frozenset())
    #: objects that are force itself ("would not use force"): the act names its own force
    force_objects: frozenset[str] = frozenset()
    parties: tuple[tuple[str, ...], frozenset[str], tuple[str, ...], frozenset[str]] = (
        (), frozenset(), (), frozenset())
    questions: tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str],
                     frozenset[str]] = ((), frozenset(), frozenset(), frozenset(), frozenset())


def _words(classes: dict[str, list[str]], names: Iterable[str], where: str) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        if name not in classes:
            raise ValueError(f"senses.yaml {where}: unknown word class {name!r}")
        out |= {str(w).lower() for w in classes[name]}
    return frozenset(out)


def _test(spec: dict[str, Any] | None, classes: dict[str, list[str]], where: str) -> Test | None:
    if not spec:
        return None
    unknown = set(spec) - {"lemmas", "object", "context", "sectors", "target_kinds",
                           "object_kinds", "governors", "modifiers", "deps",
                           "prep_object", "direct_object", "stated_clause",
                           "source_sectors", "infinitive", "suspect", "has_target", "target_coded",
                           "target_at_home", "transitive", "place_at_home",
                           "attended_other",
                           "complement"}
    if unknown:
        raise ValueError(f"senses.yaml {where}: unknown test(s) {sorted(unknown)}")
    context = None
    if "context" in spec:
        ctx = spec["context"]
        context = (_words(classes, ctx["classes"], where), int(ctx.get("min", 1)))
    return Test(
        lemmas=frozenset(str(w).lower() for w in spec["lemmas"]) if "lemmas" in spec else None,
        objects=_words(classes, spec["object"], where) if "object" in spec else None,
        context=context,
        sectors=frozenset(spec["sectors"]) if "sectors" in spec else None,
        target_kinds=frozenset(spec["target_kinds"]) if "target_kinds" in spec else None,
        object_kinds=frozenset(spec["object_kinds"]) if "object_kinds" in spec else None,
        governors=frozenset(str(w).lower() for w in spec["governors"])
        if "governors" in spec else None,
        modifiers=_words(classes, spec["modifiers"], where) if "modifiers" in spec else None,
        deps=frozenset(str(d) for d in spec["deps"]) if "deps" in spec else None,
        prep_object=(frozenset(str(p) for p in spec["prep_object"]["preps"]),
                     _words(classes, spec["prep_object"]["words"], where))
        if "prep_object" in spec else None,
        direct_object=_words(classes, spec["direct_object"], where)
        if "direct_object" in spec else None,
        stated_clause=bool(spec["stated_clause"]) if "stated_clause" in spec else None,
        infinitive=bool(spec["infinitive"]) if "infinitive" in spec else None,
        complement=_words(classes, spec["complement"], where) if "complement" in spec else None,
        source_sectors=frozenset(str(x) for x in spec["source_sectors"])
        if "source_sectors" in spec else None,
        suspect=bool(spec["suspect"]) if "suspect" in spec else None,
        has_target=bool(spec["has_target"]) if "has_target" in spec else None,
        target_coded=bool(spec["target_coded"]) if "target_coded" in spec else None,
        target_at_home=bool(spec["target_at_home"]) if "target_at_home" in spec else None,
        transitive=bool(spec["transitive"]) if "transitive" in spec else None,
        place_at_home=bool(spec["place_at_home"]) if "place_at_home" in spec else None,
        attended_other=_words(classes, spec["attended_other"], where)
        if "attended_other" in spec else None,
    )


def _codes(values: list[Any], where: str) -> tuple[str, ...]:
    codes = tuple(str(c) for c in values)
    for code in codes:
        if not is_code(code):
            raise ValueError(f"senses.yaml {where}: {code!r} is not a CAMEO code")
    return codes


def _index(items: Iterable[Any]) -> dict[str, tuple[Any, ...]]:
    by_root: dict[str, list[Any]] = {}
    for item in items:
        for root in dict.fromkeys(c[:2] for c in item.codes):
            by_root.setdefault(root, []).append(item)
    return {root: tuple(found) for root, found in by_root.items()}


def compile_senses(data: dict[str, Any]) -> SenseBook:
    """Check and index the decoded ``senses.yaml`` (unknown classes or codes fail loudly)."""
    classes: dict[str, list[str]] = data.get("classes", {})
    rules: list[Rule] = []
    for spec in data.get("rules", []):
        where = f"rule {spec.get('id')!r}"
        when = _test(spec.get("when"), classes, where)
        if when is None:
            raise ValueError(f"senses.yaml {where}: a rule needs a `when`")
        action = spec.get("action", "veto")
        recode = None
        if isinstance(action, dict):
            recode = _codes([action["recode"]], where)[0]
        elif action != "veto":
            raise ValueError(f"senses.yaml {where}: action is veto or {{recode: CODE}}")
        rules.append(Rule(str(spec["id"]), _codes(spec["codes"], where), when,
                          _test(spec.get("unless"), classes, where), recode,
                          str(spec.get("why", ""))))
    requires = [
        Requirement(str(spec["id"]), _codes(spec["codes"], f"requires {spec['id']!r}"),
                    frozenset(spec.get("not_only", [])), str(spec.get("why", "")),
                    frozenset(spec.get("not_doer", [])))
        for spec in data.get("requires", [])
    ]
    any_pos = _words(classes, data.get("any_pos", []), "any_pos")
    kinds = []
    for spec in data.get("participants", []):
        where = f"participants {spec.get('id')!r}"
        roles = tuple(str(r) for r in spec.get("roles", ["target"]))
        if set(roles) - {"source", "target", "object"}:
            raise ValueError(f"senses.yaml {where}: roles are source, target and/or object")
        kinds.append(KindRule(str(spec["id"]), _codes(spec["codes"], where), roles,
                              frozenset(spec["kinds"]), str(spec.get("why", "")),
                              bool(spec.get("first_sense", False))))
    domains = tuple(
        Domain(str(spec["id"]), _codes(spec["codes"], f"domain {spec['id']!r}"),
               _words(classes, spec["classes"], f"domain {spec['id']!r}"),
               float(spec.get("min_share", 0.0)), int(spec.get("min_words", 1)),
               frozenset(spec.get("unless_sectors", [])), str(spec.get("why", "")),
               _words(classes, spec.get("unless_classes", []), f"domain {spec['id']!r}"),
               int(spec.get("unless_min", 1)))
        for spec in data.get("domains", []))
    adj = data.get("adjectival")
    adjectival = Adjectival(_codes(adj["codes"], "adjectival"), frozenset(adj["deps"]),
                            frozenset(adj["tags"]),
                            frozenset(str(w).lower() for w in adj.get("degree", [])),
                            frozenset(str(w).lower() for w in adj.get("acts", []))
                            ) if adj else None
    named = _codes(data.get("named_events", []), "named_events")
    team = data.get("teams") or {}
    teams = (_codes(team.get("codes", []), "teams"),
             frozenset(str(w).lower() for w in team.get("heads", [])))
    reader = data.get("addressed") or {}
    addressed = (_codes(reader.get("codes", []), "addressed"),
                 frozenset(str(w).lower() for w in reader.get("pronouns", [])))
    own = data.get("private") or {}
    private = (_codes(own.get("codes", []), "private"), frozenset(own.get("sectors", [])),
               frozenset(own.get("methods", [])))
    armed = data.get("force") or {}
    force = (_codes(armed.get("codes", []), "force"), frozenset(armed.get("sectors", [])),
             _words(classes, armed.get("classes", []), "force"))
    civil = data.get("parties") or {}
    parties = (_codes(civil.get("codes", []), "parties"), frozenset(civil.get("sectors", [])),
               _codes(civil.get("named_codes", []), "parties"),
               frozenset(str(w).lower() for w in civil.get("state_words", [])))
    asking = data.get("questions") or {}
    questions = (_codes(asking.get("codes", []), "questions"),
                 frozenset(str(w).lower() for w in asking.get("lemmas", [])),
                 frozenset(str(w).lower() for w in asking.get("request_preps", [])),
                 frozenset(str(w).lower() for w in asking.get("request_marks", [])),
                 frozenset(str(w).lower() for w in asking.get("question_nouns", [])))
    return SenseBook(_index(rules), _index(requires), any_pos, _index(kinds), domains,
                     adjectival, named, teams, addressed, private, force,
                     _words(classes, armed.get("objects", []), "force"), parties, questions)


@lru_cache(maxsize=1)
def sense_book() -> SenseBook:
    """``senses.yaml`` compiled once per process."""
    return compile_senses(_load("senses.yaml"))
