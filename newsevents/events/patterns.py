"""The pattern dictionary (``patterns.yaml``, ``topics.yaml``, ``modality.yaml``), compiled once.

Patterns are data so analysts can add wording without touching code (docs/events.md). Compiling
means indexing them by ``(pos, lemma)`` so finding the candidate patterns of a token is one dict
lookup; every pattern's code is checked against the codebook at load time so a typo fails loudly
instead of producing an event with an invented code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..datafiles import ANY, Choice, load_yaml, optional
from .codebook import is_code

#: Placeholder in an ``object`` list that stands for every word of ``negative_labels``.
NEGATIVE_LABEL = "NEGATIVE_LABEL"
FAMILIES = ("appeal", "intent", "demand", "reject", "threaten", "provide")


_WORDS = ([str], str, None)

#: Schemas of the three files (docs/data-files.md): the keys read here, open to more.
_SCHEMAS: dict[str, Any] = {
    "patterns.yaml": {
        "patterns": [{
            "id": str,
            "lemmas": _WORDS,
            optional("pos"): str,
            optional("code"): (str, None),
            optional("family"): (Choice(*FAMILIES), None),
            optional("prep"): _WORDS,
            optional("object"): _WORDS,
            optional("without"): _WORDS,
            optional("target"): [str],
            optional("intransitive"): bool,
            optional("reciprocal"): bool,
            optional("confidence"): float,
            optional("light_only"): bool,
            optional("no_object"): bool,
            ...: ANY,
        }],
        optional("negative_labels"): _WORDS,
        optional("light_verbs"): _WORDS,
        optional("returning_verbs"): _WORDS,
        optional("journey_verbs"): _WORDS,
        optional("naming_verbs"): _WORDS,
        optional("weighed_nouns"): _WORDS,
        ...: ANY,
    },
    "topics.yaml": {
        "topics": [{"id": str, "lemmas": _WORDS, optional("with_any"): _WORDS,
                    optional("act_only"): bool, "codes": {str: str}, ...: ANY}],
        ...: ANY,
    },
    "modality.yaml": {str: _WORDS},
    "authors.yaml": {"nouns": _WORDS, "author_preps": _WORDS, "issuing_verbs": _WORDS},
    "senses.yaml": {  # read by .senses, which checks codes and tests itself
        optional("any_pos"): [str],
        optional("classes"): {str: [str]},
        optional("rules"): [{"id": str, "codes": ANY, ...: ANY}],
        optional("requires"): [{"id": str, "codes": ANY, optional("not_only"): [str],
                                optional("not_doer"): [str], ...: ANY}],
        ...: ANY,
    },
}


def _load(name: str) -> Any:
    return load_yaml(f"events/{name}", _SCHEMAS.get(name, ANY))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: lemmas (+ constraints) → a CAMEO code or a topic family."""

    id: str
    lemmas: frozenset[str]
    pos: str
    code: str | None
    family: str | None
    prep: frozenset[str]
    objects: frozenset[str]
    without: frozenset[str]
    target: tuple[str, ...]
    intransitive: bool
    reciprocal: bool
    confidence: float
    kind: str = "verb-pattern"  # evidence method: rule:<kind>:<id> (dictionary.py: petrarch-verb)
    #: a noun coded only as the object of a light verb ("expressed concern"), never through a
    #: possessor or modifier ("security concerns", "Germany's concerns" name no act)
    light_only: bool = False
    #: the target slot names the party that acts and the subject undergoes it (PETRARCH's
    #: ``[:x]``: "Iran received aid from Russia" is Russia's aid to Iran): the coder swaps them
    reverse: bool = False
    #: the trigger must have no direct object: "the rebels withdrew from Goma" retreats,
    #: "withdrew the US from the treaty" is another act (the next pattern's or the dictionary's)
    no_object: bool = False


@dataclass(frozen=True, slots=True)
class Topic:
    """A kind of thing appealed for, promised, demanded, rejected, threatened or provided."""

    id: str
    lemmas: frozenset[str]
    with_any: frozenset[str]
    codes: dict[str, str]
    #: read only off the refused/asked act itself (its infinitive or gerund), never off words
    #: deeper in the complement: "declined to *say*" is declining comment, "rejected the
    #: announcement …, saying he would file a complaint" is not
    act_only: bool = False


@dataclass(frozen=True, slots=True)
class PatternBook:
    patterns: tuple[Pattern, ...]
    index: dict[tuple[str, str], tuple[Pattern, ...]]
    topics: tuple[Topic, ...]
    negative_labels: frozenset[str]
    light_verbs: frozenset[str]
    modality: dict[str, frozenset[str]]
    event_nouns: frozenset[str]
    #: verbs that give their object a name or label ("called the ambassador a stupid guy")
    naming_verbs: frozenset[str] = frozenset()
    #: nouns whose of-phrase names the act weighed ("the possibility of sending troops")
    weighed_nouns: frozenset[str] = frozenset()
    #: verbs whose to-phrase event noun is taken up again ("returned to talks")
    returning_verbs: frozenset[str] = frozenset()
    #: verbs of a journey whose for-phrase event noun is its purpose, taken part in by the
    #: traveller ("travelled to Seoul for talks")
    journey_verbs: frozenset[str] = frozenset()

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        return self.index.get((pos, lemma), ())

    def topic_code(self, family: str, lemmas: set[str]) -> tuple[str, str] | None:
        """The code of the first topic of ``family`` whose words occur in ``lemmas``."""
        for topic in self.topics:
            code = topic.codes.get(family)
            if code is None or topic.act_only or not (topic.lemmas & lemmas):
                continue
            if topic.with_any and not (topic.with_any & lemmas):
                continue
            return topic.id, code
        return None

    def family_topic(self, family: str, lemmas: set[str], acts: set[str]
                     ) -> tuple[str, str] | None:
        """The topic of a family verb whose arguments hold ``lemmas`` and whose complement
        names the acts ``acts`` (lemmas of its infinitive/gerund verbs).

        The topic is the act asked for, not a noun inside that act's object: "urged all
        countries to condemn the missile test" appeals for diplomatic support (022), not for
        missiles (0232). So a topic named by the act itself outranks one read from its object,
        unless the act takes part in that topic ("abandon" + "nuclear weapons" is disarming)
        or the object's topic is a narrower code of the act's ("help" 023 + "weapons" 0232)."""
        for topic in self.topics:
            if topic.act_only and family in topic.codes and topic.lemmas & acts:
                return topic.id, topic.codes[family]
        found = self.topic_code(family, lemmas)
        if found is None or not acts:
            return found
        general = next(t for t in self.topics if t.id == found[0])
        if (general.lemmas | general.with_any) & acts:
            return found
        act = self.topic_code_of_act(family, lemmas, acts)
        if act is None or found[1].startswith(act[1]):
            return found
        return act

    def topic_code_of_act(self, family: str, lemmas: set[str], acts: set[str]
                          ) -> tuple[str, str] | None:
        """The first topic of ``family`` whose own words name one of ``acts``."""
        for topic in self.topics:
            code = topic.codes.get(family)
            if code is None or not (topic.lemmas & acts):
                continue
            if topic.with_any and not (topic.with_any & lemmas):
                continue
            return topic.id, code
        return None


def _words(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v).lower() for v in value)


def _pattern(raw: dict[str, Any], labels: frozenset[str]) -> Pattern:
    objects = _words(raw.get("object"))
    if NEGATIVE_LABEL.lower() in objects:
        objects = (objects - {NEGATIVE_LABEL.lower()}) | labels
    code = raw.get("code")
    family = raw.get("family")
    if code is not None and not is_code(str(code)):
        raise ValueError(f"pattern {raw['id']}: {code} is not a CAMEO code")
    if family is not None and family not in FAMILIES:
        raise ValueError(f"pattern {raw['id']}: unknown family {family}")
    return Pattern(
        id=str(raw["id"]),
        lemmas=_words(raw["lemmas"]),
        pos=str(raw.get("pos", "verb")),
        code=None if code is None else str(code),
        family=family,
        prep=_words(raw.get("prep")),
        objects=objects,
        without=_words(raw.get("without")),
        target=tuple(str(t) for t in raw.get("target", ["dobj", "dative"])),
        intransitive=bool(raw.get("intransitive", False)),
        reciprocal=bool(raw.get("reciprocal", False)),
        confidence=float(raw.get("confidence", 0.75)),
        light_only=bool(raw.get("light_only", False)),
        no_object=bool(raw.get("no_object", False)),
    )


@lru_cache(maxsize=1)
def pattern_book() -> PatternBook:
    """Load and index the pattern files once per process."""
    raw = _load("patterns.yaml")
    labels = _words(raw.get("negative_labels"))
    patterns = tuple(_pattern(p, labels) for p in raw["patterns"])
    index: dict[tuple[str, str], list[Pattern]] = {}
    for pattern in patterns:
        for lemma in pattern.lemmas:
            index.setdefault((pattern.pos, lemma), []).append(pattern)
    raw_topics = _load("topics.yaml")
    topics = []
    for t in raw_topics["topics"]:
        codes = {str(k): str(v) for k, v in t["codes"].items()}
        for code in codes.values():
            if not is_code(code):
                raise ValueError(f"topic {t['id']}: {code} is not a CAMEO code")
        topics.append(Topic(str(t["id"]), _words(t["lemmas"]), _words(t.get("with_any")), codes,
                            bool(t.get("act_only", False))))
    raw_mod = _load("modality.yaml")
    modality = {str(k): _words(v) for k, v in raw_mod.items()}
    return PatternBook(
        patterns=patterns,
        index={key: tuple(value) for key, value in index.items()},
        topics=tuple(topics),
        negative_labels=labels,
        light_verbs=_words(raw.get("light_verbs")),
        modality=modality,
        event_nouns=frozenset(lemma for pos, lemma in index if pos == "noun"),
        naming_verbs=_words(raw.get("naming_verbs")),
        weighed_nouns=_words(raw.get("weighed_nouns")),
        returning_verbs=_words(raw.get("returning_verbs")),
        journey_verbs=_words(raw.get("journey_verbs")),
    )
