"""Dictionary matching: every vocabulary phrase found in a parsed document, with its entries.

One spaCy PhraseMatcher on ``LOWER`` holds every phrase (about 2,000 keys), built once per
process and vocabulary. Matching on lower case finds "the Kremlin" and "The Kremlin" alike; a
cheap check afterwards restores the distinctions case carries: an acronym must match exactly
("US" and "WHO", never "us" and "who"), and a capitalised word in the data must be capitalised in
the text ("Poles" the people, not "poles"; "Turkey", not "turkey").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..names import straighten, without_article
from ..nlp.shared import tokens_of, words_of
from .vocab import Entry, Vocabulary, is_acronym, load, normalise


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary phrase found at tokens ``[start, end)`` (or inside one hyphenated token)."""

    start: int  # token index
    end: int
    start_char: int
    end_char: int
    entries: tuple[Entry, ...]


@dataclass
class Matchers:
    phrase: PhraseMatcher
    surface_tokens: dict[str, tuple[str, ...]]  # surface -> its tokens as the tokenizer splits it
    vocab: Vocabulary


def _variants(surface: str) -> set[str]:
    base = without_article(surface)
    return {base, base.replace("'", "’"), base.replace("’", "'")}


@lru_cache(maxsize=4)
def _build(nlp: Language) -> Matchers:
    vocab = load()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    surface_tokens: dict[str, tuple[str, ...]] = {}
    words = _english_words(nlp)
    for key, entries in vocab.phrases.items():
        if key in vocab.international_abbrevs and key in words:
            continue  # "CARE", "HOPE": an English word in a capitalised headline, not the NGO
        texts: set[str] = set()
        for entry in entries:
            texts |= _variants(entry.surface)
        docs = [nlp.make_doc(text) for text in sorted(texts)]
        for doc in docs:
            surface_tokens[doc.text] = tuple(t.text for t in doc)
        matcher.add(key, docs)
    return Matchers(matcher, surface_tokens, vocab)


def _english_words(nlp: Language) -> frozenset[str]:
    """The words of the pipeline's lemmatizer index (WordNet's nouns, verbs, adjectives and
    adverbs as spaCy ships them); empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for words in index.values() for w in words)


def matchers(nlp: Language) -> Matchers:
    """The matchers for this pipeline, built on first use (one per process)."""
    return _build(nlp)


def _case_ok(entry: Entry, words: list[str], surface_tokens: dict[str, tuple[str, ...]]) -> bool:
    """Does the text's capitalisation fit the entry's surface form?"""
    surface = without_article(entry.surface)
    pattern = surface_tokens.get(surface) or surface_tokens.get(straighten(surface))
    if pattern is None or len(pattern) != len(words):
        pattern = tuple(surface.split())
        if len(pattern) != len(words):
            return words[0][:1].isupper() or not surface[:1].isupper()
    if is_acronym(surface) or any(_mixed_case(p) for p in pattern):
        return [straighten(w) for w in words] == [straighten(p) for p in pattern]
    for word, pat in zip(words, pattern, strict=True):
        if pat[:1].isupper() and not word[:1].isupper():
            return False
        if is_acronym(pat) and len(pat) > 1 and straighten(word) != straighten(pat):
            return False
    return True


def _mixed_case(word: str) -> bool:
    """"LeT", "JeM", "PressTV": a capital after the first letter makes case significant."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


_HYPHEN = re.compile(r"[-–—/]")


def find(doc: Doc, nlp: Language) -> list[Match]:
    """Non-overlapping dictionary matches (longest first), plus parts of hyphenated compounds.

    "U.S.-PRC relationship" is one token for spaCy; its parts are looked up separately so both
    states become mentions with character offsets inside the token.
    """
    m = matchers(nlp)
    strings = nlp.vocab.strings
    found = []
    entries_at: dict[tuple[int, int], tuple[Entry, ...]] = {}
    orths = words_of(doc)  # the word column: no Token per matched word or per scanned word
    for match_id, start, end in m.phrase(doc):
        key = strings[match_id]
        span = doc[start:end]
        words = orths[start:end]
        ok = tuple(e for e in m.vocab.phrases.get(key, []) if _case_ok(e, words, m.surface_tokens))
        if ok:
            found.append(span)
            entries_at[(start, end)] = ok
    matches = [
        Match(s.start, s.end, s.start_char, s.end_char, entries_at[(s.start, s.end)])
        for s in filter_spans(found)
    ]
    covered = {i for mt in matches for i in range(mt.start, mt.end)}
    tokens = tokens_of(doc)
    for i, word in enumerate(orths):
        if i in covered or not _HYPHEN.search(word) or len(word) < 4:
            continue
        token = tokens[i]
        offset = 0
        for part in _HYPHEN.split(token.text):
            entries = tuple(
                e for e in m.vocab.phrases.get(normalise(part), [])
                if e.type in ("country", "demonym", "igo") and _case_ok(e, [part], {})
            )
            if part and entries:
                start_char = token.idx + token.text.index(part, offset)
                matches.append(Match(token.i, token.i + 1, start_char, start_char + len(part),
                                     entries))
            offset += len(part) + 1
    matches.sort(key=lambda mt: mt.start_char)
    return matches
