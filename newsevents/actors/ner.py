"""Organisations only the NER knows: kept as actors with method "ner" and no code.

An ORG entity that no dictionary matched is still worth a record (the events coder can show
it, and a reviewer sees what the dictionaries miss), but it gets no CAMEO code: guessing one
from a name is how event datasets end up with wrong actors. Names shaped like an outlet
("… Times", "… Radio") become media, so they are never taken for political actors.
"""

from __future__ import annotations

from .mentions import DocState, Mention


def unknown_organisations(state: DocState) -> None:
    """Add ORG entities not covered by any mention (after passes 1-3)."""
    vocab = state.vocab
    for ent in state.doc.ents:
        if ent.label_ != "ORG" or not state.free(ent.start, ent.end):
            continue
        words = ent.text.split()
        if not words or any(w.strip(".,") in vocab.ner_ignore for w in words):
            continue
        if ent.text.isupper() and len(words) > 2:
            continue  # an all-caps headline or link text, not a name
        if ent.text.isupper() and ent.start == state.sent_of(ent.start).start:
            continue  # a dateline ("JERUSALEM (Reuters) -")
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = ent.end
        while end > start and state.doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start:
            continue
        span = state.doc[start:end]
        if not span.text[:1].isalnum():
            continue
        if not any(t.text[:1].isupper() for t in span):
            continue
        if span[-1].text in vocab.outlet_words:
            kind, sector = "media", "MED"
            reason = (f"ORG entity ending in '{span[-1].text}' read as a news outlet "
                      "(not in media.csv)")
        else:
            kind, sector = "organisation", None
            reason = "ORG entity from the NER that no dictionary knows; left uncoded"
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                          kind, None, sector, None, "ner", reason,  # type: ignore[arg-type]
                          head=span.end - 1))
