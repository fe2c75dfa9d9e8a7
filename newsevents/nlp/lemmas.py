"""Past tenses and participles the small model's rule lemmatizer reads as another verb.

spaCy's rule lemmatizer tries its suffix rules in order ("-ed" → "-e" before "-ed" → "") but
puts every form found in its verb index at the *front* of the list, so the last rule wins:
"staged" becomes *stag*, "raped" *rap*, "waged" *wag*, "scared" *scar* — and a trigger keyed
by "stage", "rape" or "wage" never matches ("the army staged a coup", "soldiers raped women").

English doubles a stressed final consonant before "-ed"/"-ing" ("stag" → "stagged", "rap" →
"rapped"), so an undoubled "-ed" whose "-e" form is a verb in the model's own index is that
verb's past ("staged" → *stage*). For "-ing" the same holds only after a vowel and a single
consonant ("staging", "raping"): "singing" is *sing*, not *singe*. The component runs right
after the lemmatizer, reads only the model's lookup tables (no vocabulary of its own) and
leaves exceptions the tables list untouched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsevents_past_lemmas"
_VOWELS = frozenset("aeiou")


def _index(nlp: Language) -> frozenset[str]:
    """The verb lemmas the model's rule lemmatizer knows (its ``lemma_index`` table)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        return frozenset(lookups.get_table("lemma_index").get("verb", []))
    except (KeyError, AttributeError):
        return frozenset()


def silent_e(form: str, lemma: str, verbs: frozenset[str]) -> str | None:
    """The "-e" verb a past or "-ing" form stands for when the lemmatizer dropped the "e"
    ("staged", "stag" → "stage"), else None."""
    for suffix in ("ed", "ing"):
        if not form.endswith(suffix):
            continue
        stem = form[: -len(suffix)]
        if lemma != stem or len(stem) < 2 or stem + "e" not in verbs:
            return None
        if stem[-1] == stem[-2] or stem[-1] in _VOWELS:
            return None  # "stagged", "agreed"-like forms are not this case
        if suffix == "ing" and stem[-2] not in _VOWELS:
            return None  # "singing" is sing
        return stem + "e"
    return None


@Language.factory(NAME)
def make_past_lemmas(nlp: Language, name: str) -> PastLemmas:
    """Build the component from the loaded model's verb index."""
    return PastLemmas(_index(nlp))


class PastLemmas:
    """Re-lemmatise verbs whose "-e" was dropped (see the module docstring)."""

    def __init__(self, verbs: frozenset[str]) -> None:
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_ in ("VBD", "VBN", "VBG") and tok.pos_ in ("VERB", "AUX"):
                better = silent_e(tok.lower_, tok.lemma_.lower(), self.verbs)
                if better is not None:
                    tok.lemma_ = better
        return doc
