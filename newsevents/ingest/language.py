"""Language identification (py3langid) on the clean text, cautious by design.

Only a *confident* verdict on *enough* text rejects an article: a short English statement full of
names ("PRC Director … Wang Yi") can look foreign to a character n-gram model, and wrongly
dropping an English article is worse than letting a rare foreign one through (its analysis then
simply finds little).
"""

from __future__ import annotations

from array import array
from functools import cache
from typing import Any

#: Minimum clean-text length (characters) for a verdict.
MIN_CHARS = 200
#: Minimum normalised probability for a verdict.
MIN_CONFIDENCE = 0.95
#: Only this much of the text is classified: language does not change mid-article.
SAMPLE_CHARS = 4000


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    _compact(identifier)
    return identifier


def _compact(identifier: Any) -> None:
    """Hold the automaton's two per-state tables as machine-integer arrays, not lists.

    py3langid 0.4 keeps the state → output feature and state → row offset tables (104,583
    states each) as lists of Python ints: ~7.3 MB resident in every worker for what fits in
    0.8 MB. Its walk only indexes them (``out[state]``, ``rowbase[state] + byte``), which an
    ``array`` answers with the same ints, so every verdict is the same. Left as they are if
    the library's layout is not the one known here.
    """
    rowbase = getattr(identifier, "_rowbase", None)
    output = getattr(identifier, "tk_output", None)
    if not isinstance(rowbase, list) or not isinstance(output, list):
        return
    compact_rows, compact_output = _int_array(rowbase), _int_array(output)
    if compact_rows is not None and compact_output is not None:
        identifier._rowbase, identifier.tk_output = compact_rows, compact_output


def _int_array(values: list[int]) -> array[int] | None:
    """``values`` as 32-bit ints (64-bit if one does not fit), None if they are not all ints."""
    try:
        wide = array("q", values)
    except (TypeError, OverflowError):
        return None
    if wide and (min(wide) < -(1 << 31) or max(wide) >= 1 << 31):
        return wide
    return array("i", wide)


def identify(text: str) -> tuple[str, float] | None:
    """``(language, probability)`` for a long enough text, else None (too short to tell)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)


def foreign_language(text: str) -> str | None:
    """The detected language when the text is confidently not English, else None."""
    verdict = identify(text)
    if verdict is None:
        return None
    language, probability = verdict
    if language != "en" and probability >= MIN_CONFIDENCE:
        return language
    return None
