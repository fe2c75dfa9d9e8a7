"""The quotes stage's vocabularies: reporting verbs and channel (medium) phrases.

They live in ``newsevents/data/quotes/*.yaml`` so a user can add a verb or a platform without
touching code; this module loads them once per process into frozen sets for O(1) lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]

from ..datafiles import ANY, load_yaml, optional

#: Folder of the quote vocabularies (shipped as package data).
DATA = Path(__file__).resolve().parents[1] / "data" / "quotes"


@dataclass(frozen=True)
class Vocabulary:
    """Everything the attribution rules look up, as sets of lower-cased lemmas or strings."""

    speech: frozenset[str]
    partial: frozenset[str]
    cognition: frozenset[str]
    intention: frozenset[str]  # "vowed to …", "urged X to …": the infinitive is the content
    stance: frozenset[str]  # "endorsed Cruz", "praised the plan": the object is the content
    regard: frozenset[str]  # "see X as Y": the object and its "as" phrase are a belief
    needs_particle: dict[str, frozenset[str]]
    needs_object: dict[str, frozenset[str]]  # "as X put it": a cue only with that object
    prepositional: tuple[tuple[str, str], ...]
    nominal: frozenset[str]  # attribution nouns: "the claim that …"
    nominal_infinitives: frozenset[str]  # "her plan to …": nouns whose infinitive is content
    findings: frozenset[str]  # "in a new poll, …": nouns whose "in" phrase sources a clause
    topics: dict[str, frozenset[str]]  # "talked about X": preposition → verbs
    topic: frozenset[str]  # every verb of ``topics``: cues only through their preposition
    topic_questions: frozenset[str]  # "asked about X": a question, no topic of the subject's
    questions: frozenset[str]  # "asked whether …": the wh-clause is a reported question
    raising: frozenset[str]  # "X is expected to …": passive cues over subject + infinitive
    finding_verbs: frozenset[str]  # "a poll shows [Sanders ahead]": object of a finding
    finding_sources: frozenset[str]  # nouns besides ``findings`` that report findings
    light_verbs: frozenset[str]  # "made the claim that …": the subject is the source
    generic_holders: frozenset[str]  # "people want to …": nobody's intention
    channel_nouns: frozenset[str]
    channel_preps: frozenset[str]
    outlet_preps: frozenset[str]
    platforms: frozenset[str]  # lower-cased
    outlet_words: frozenset[str]  # case kept: "Times", "Post"
    title_small_words: frozenset[str]  # lower-case words a capitalised title keeps

    @property
    def trigger_hashes(self) -> frozenset[int]:
        """spaCy string hashes of every cue lemma and of the first word of prepositional cues,
        so a document's candidate tokens are found from its attribute array in one pass."""
        words = self.speech | self.partial | self.cognition | self.intention | self.nominal
        words |= self.stance | self.regard
        words |= self.topic
        words |= {a for a, _ in self.prepositional}
        if self.findings:
            words |= {"in"}
        return frozenset(hash_string(w) for w in words)

    def cue_class(self, lemma: str) -> str | None:
        """``speech``, ``partial``, ``cognition``, ``intention``, ``stance``, ``topic`` or
        ``regard`` for a cue lemma,
        else None (a verb in several lists takes the first)."""
        lemma = lemma.lower()
        if lemma in self.speech:
            return "speech"
        if lemma in self.partial:
            return "partial"
        if lemma in self.cognition:
            return "cognition"
        if lemma in self.intention:
            return "intention"
        if lemma in self.stance:
            return "stance"
        if lemma in self.topic:
            return "topic"
        if lemma in self.regard:
            return "regard"
        return None


#: Schemas of the quote vocabularies (docs/data-files.md), open to more keys.
_SCHEMAS: dict[str, Any] = {
    "cues.yaml": {"source": str, "speech": [str], "partial": [str], "cognition": [str],
                  optional("intention"): [str], optional("stance"): [str],
                  optional("regard"): [str],
                  optional("needs_particle"): {str: ([str], None)},
                  optional("needs_object"): {str: [str]},
                  "prepositional": [[str]], optional("nominal"): [str],
                  optional("nominal_infinitives"): [str],
                  optional("findings"): [str], optional("topics"): {str: [str]},
                  optional("topic_questions"): [str], optional("finding_verbs"): [str],
                  optional("questions"): [str], optional("raising"): [str],
                  optional("finding_sources"): [str],
                  optional("light_verbs"): [str], optional("generic_holders"): [str],
                  ...: ANY},
    "media.yaml": {"source": str, "channel_nouns": [str], "channel_preps": [str],
                   "outlet_preps": [str], "platforms": [str], "outlet_words": [str],
                   optional("title_small_words"): [str], ...: ANY},
}


def _read(name: str) -> dict[str, Any]:
    schema = _SCHEMAS.get(name, {"source": str, ...: ANY})
    data: dict[str, Any] = load_yaml(f"quotes/{name}", schema)
    return data


def _lower(items: list[str]) -> frozenset[str]:
    bad = [item for item in items if not isinstance(item, str)]
    if bad:  # YAML reads bare on/off/yes/no as booleans: quote them in the data file
        raise ValueError(f"newsevents/data/quotes: non-string entries {bad!r}; quote them")
    return frozenset(item.lower() for item in items)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Load and cache the quote vocabularies (once per process)."""
    cues = _read("cues.yaml")
    media = _read("media.yaml")
    topics = {str(k).lower(): _lower(v) for k, v in (cues.get("topics") or {}).items()}
    return Vocabulary(
        speech=_lower(cues["speech"]),
        partial=_lower(cues["partial"]),
        cognition=_lower(cues["cognition"]),
        intention=_lower(cues.get("intention") or []),
        stance=_lower(cues.get("stance") or []),
        regard=_lower(cues.get("regard") or []),
        needs_particle={
            str(k).lower(): _lower(v or []) for k, v in (cues.get("needs_particle") or {}).items()
        },
        needs_object={
            str(k).lower(): _lower(v) for k, v in (cues.get("needs_object") or {}).items()
        },
        prepositional=tuple((str(a).lower(), str(b).lower()) for a, b in cues["prepositional"]),
        nominal=_lower(cues.get("nominal") or []) | _lower(cues.get("nominal_infinitives") or []),
        nominal_infinitives=_lower(cues.get("nominal_infinitives") or []),
        findings=_lower(cues.get("findings") or []),
        topics=topics,
        topic=frozenset().union(*topics.values()),
        topic_questions=_lower(cues.get("topic_questions") or []),
        questions=_lower(cues.get("questions") or []),
        raising=_lower(cues.get("raising") or []),
        finding_verbs=_lower(cues.get("finding_verbs") or []),
        finding_sources=_lower(cues.get("finding_sources") or []),
        light_verbs=_lower(cues.get("light_verbs") or []),
        generic_holders=_lower(cues.get("generic_holders") or []),
        channel_nouns=_lower(media["channel_nouns"]),
        channel_preps=_lower(media["channel_preps"]),
        outlet_preps=_lower(media["outlet_preps"]),
        platforms=_lower(media["platforms"]),
        outlet_words=frozenset(str(w) for w in media["outlet_words"]),
        title_small_words=_lower(media.get("title_small_words") or []),
    )
