"""Language identification (py3langid) on the clean text, cautious by design.

Only a *confident* verdict on *enough* text rejects an article: a short English statement full of
names ("PRC Director … Wang Yi") can look foreign to a character n-gram model, and wrongly
dropping an English article is worse than letting a rare foreign one through (its analysis then
simply finds little).
"""

from __future__ import annotations

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

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
