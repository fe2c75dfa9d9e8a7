"""Names the NER model left untagged, found by the title in apposition to them.

The small model misses a person's name often enough at the start of a story, right after the
headline and dateline ("Ricardo Rosselló Nevares, Puerto Rico's governor, announced …": no entity
at all). The parse still shows what the name is: a run of capitalised proper nouns with a title
in apposition to it, either way round ("X, Puerto Rico's governor," / "the governor, X,"). Such a
run is a person's name for pass 2 (:mod:`.people`), which reads the title as for a tagged name.
Without it the name is no mention, its later short forms are coded apart from the title, and
every "he" follows them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..nlp.shared import children_of

#: A name's length in words: a given name and a surname at least, four at most ("Ricardo
#: Rosselló Nevares", "Andrés Manuel López Obrador").
_MIN_WORDS, _MAX_WORDS = 2, 4


#: Entity labels the model gives a missed name that cannot be what a title is in apposition to
#: ("Lucía Alvarado Ferrer, Peru's economy minister": WORK_OF_ART). PERSON names are pass 2's
#: own; ORG, GPE and NORP ones it takes in apposition already.
_MISLABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _name_word(tok: Token, titles: frozenset[str]) -> bool:
    return (tok.pos_ == "PROPN" and tok.ent_type_ in _MISLABELS and tok.text[:1].isupper()
            and tok.text.replace("-", "").replace(".", "").isalpha()
            and tok.lower_ not in titles)


def untagged_titled_names(doc: Doc, titles: frozenset[str], taken: set[int],
                          title_of: Callable[[Token, frozenset[str]], Token | None]
                          ) -> list[Span]:
    """Runs of untagged capitalised proper nouns (2–4 words, none taken yet) in apposition to a
    title noun (``title_of`` finds it: the title an apposition hangs from)."""
    spans: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        if i in taken or not _name_word(doc[i], titles):
            i += 1
            continue
        j = i
        while j < n and j not in taken and _name_word(doc[j], titles):
            j += 1
        run = doc[i:j]
        i = j
        if not _MIN_WORDS <= len(run) <= _MAX_WORDS or (j < n and doc[j].pos_ == "PROPN"):
            continue
        # the surname heads a name ("Ricardo Rosselló Nevares"); the parser may still cut the
        # given name off as a root of its own, so the run's own tree is not asked for
        root = run[-1]
        titled = (root.dep_ == "appos" and title_of(root.head, titles) is not None) or any(
            c.dep_ == "appos" and title_of(c, titles) is not None for c in children_of(root))
        if titled:
            spans.append(run)
    return spans


def name_root(span: Span) -> Token:
    """The token that ties a name to its sentence: the last one whose head lies outside the
    name. Unlike ``Span.root`` it skips a given name the parser cut off as a root of its own
    ("Ricardo" ROOT, "Rosselló Nevares, Puerto Rico's governor, announced …")."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return outside[-1] if outside else span.root
