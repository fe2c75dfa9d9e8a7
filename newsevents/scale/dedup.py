"""Near-duplicate and syndication merging: one story published by many outlets is one document.

Wire stories (AP, Reuters, AFP) and press releases are republished verbatim by dozens of sites,
each wrapping the same text in its own boilerplate (bylines, "Share.", newsletter pitches, copyright
lines). Counting each copy as its own document multiplies every event in it, which is how GDELT
ends up reporting one phone call as twenty. Here each document gets a MinHash signature of its
clean text (5-word shingles, lower-cased); a MinHash LSH index finds earlier documents that are
probably similar, and a candidate counts as a copy only when the estimated Jaccard similarity of
the two shingle sets reaches :data:`THRESHOLD` (documented and justified in ``docs/dedup.md``).

The index is streaming: it keeps only signatures (``NUM_PERM`` 32-bit values per story) and the
LSH band hashes, never the texts: about 2.2 GB per million distinct stories (docs/dedup.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash

#: Estimated Jaccard similarity of 5-word shingle sets from which two texts are the same story.
#: Copies with different boilerplate measure 0.75–0.95; distinct stories on the same topic (two
#: readouts of two calls between the same ministers) stay under 0.15 (see docs/dedup.md).
THRESHOLD = 0.5
#: Words per shingle: long enough that shared stock phrases ("said in a statement") don't match.
SHINGLE_WORDS = 5
#: MinHash permutations; the standard error of the Jaccard estimate is about 0.04 at 0.5.
NUM_PERM = 128
#: Fixed seed: signatures computed in different processes or Ray actors must be comparable.
SEED = 7
#: datasketch hashing scheme (32-bit affine permutations): values fit uint32 exactly.
SCHEME: Literal["affine32"] = "affine32"
#: LSH banding: BANDS bands of ROWS signature values each (BANDS * ROWS <= NUM_PERM).
BANDS = 16
ROWS = 4
_BLOCK = 4096  # signatures per numpy block

_WORD = re.compile(r"\w+", re.UNICODE)
# One MinHash template per process: its permutations are generated once, then copied.
_TEMPLATE: MinHash | None = None


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word n-grams of ``text``; a text shorter than ``size`` words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a clean text, as ``NUM_PERM`` uint32 values.

    Computed where the text is (pipeline workers, Ray actors) so only 512 bytes travel to the
    writer instead of the text.
    """
    template = _template()
    minhash = MinHash(
        seed=SEED, permutations=template.permutations, num_perm=NUM_PERM, scheme=SCHEME
    )
    minhash.update_batch(shingles(text))
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / float(len(a))


@dataclass(frozen=True, slots=True)
class Match:
    """A new document found to be a copy of an indexed story."""

    story: str  # key of the story in the index (its canonical document's doc_id)
    similarity: float
    number: int  # the story's position in the index


class DedupIndex:
    """Streaming near-duplicate index over the stories seen so far.

    ``find_or_add(key, sig)`` either returns the :class:`Match` of an earlier story or indexes the
    document as a new story. Only each story's first signature is kept: copies don't grow memory,
    and copies of copies can't chain two different stories together.

    A compact banded LSH rather than ``datasketch.MinHashLSH``: that one keeps a set and a bytes
    key per band per document (measured 9.3 KB per document, 9 GB per million); here each band
    is one ``dict`` from the band's hash to a story number and signatures sit in numpy blocks
    (about 2.2 KB per story with its key, see docs/dedup.md). With ``BANDS`` × ``ROWS`` = 16 × 4
    a pair at Jaccard 0.75 becomes a candidate with probability 0.998, at 0.5 with 0.64, at 0.3
    with 0.12; every candidate is then checked against the full signature, so the threshold is
    exact up to the MinHash estimate.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._tables: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self._keys: list[str] = []
        self._blocks: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self._keys)

    @staticmethod
    def _band_hashes(sig: np.ndarray) -> list[int]:
        # Python's bytes hash is salted per process; fine, the index never leaves its process.
        return [hash(sig[i * ROWS : (i + 1) * ROWS].tobytes()) for i in range(BANDS)]

    def _signature(self, number: int) -> np.ndarray:
        block, row = divmod(number, _BLOCK)
        return self._blocks[block][row]

    def find(self, sig: np.ndarray) -> Match | None:
        """The most similar indexed story at or above the threshold, if any."""
        candidates: set[int] = set()
        for table, band in zip(self._tables, self._band_hashes(sig), strict=True):
            hit = table.get(band)
            if hit is None:
                continue
            if isinstance(hit, int):
                candidates.add(hit)
            else:
                candidates.update(hit)
        best: Match | None = None
        for number in sorted(candidates):
            score = similarity(sig, self._signature(number))
            if score >= self.threshold and (best is None or score > best.similarity):
                best = Match(story=self._keys[number], similarity=score, number=number)
        return best

    def add(self, key: str, sig: np.ndarray) -> int:
        """Index a new story under ``key`` (normally its first document's ``doc_id``)."""
        number = len(self._keys)
        block, row = divmod(number, _BLOCK)
        if block == len(self._blocks):
            self._blocks.append(np.empty((_BLOCK, NUM_PERM), dtype=np.uint32))
        self._blocks[block][row] = sig
        self._keys.append(key)
        for table, band in zip(self._tables, self._band_hashes(sig), strict=True):
            hit = table.get(band)
            if hit is None:
                table[band] = number
            elif isinstance(hit, int):
                table[band] = [hit, number]
            else:
                hit.append(number)
        return number

    def rename(self, number: int, key: str) -> None:
        """Give a story a new key (the canonical document chosen after it was indexed)."""
        self._keys[number] = key

    def signature_of(self, number: int) -> np.ndarray:
        return self._signature(number)

    def find_or_add(self, key: str, sig: np.ndarray) -> Match | None:
        match = self.find(sig)
        if match is None:
            self.add(key, sig)
        return match


def _template() -> MinHash:
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    return _TEMPLATE
