"""What a name's own shape says about the body it names, where the small NER model's label
misleads: "Center for …" names a body by its work (the model often says FAC, a building), and
a one-word name with an inner capital ("SpaceX") follows a company's trademark form (the
model often says PERSON); an ORG name used as a place is a town. The words live in
ner.yaml."""

from __future__ import annotations

from spacy.tokens import Span

from ..nlp.shared import children_of, head_of
from .mentions import DocState


def named_for(state: DocState, span: Span) -> str | None:
    """The sector of a body whose head (``named_for_heads`` in ner.yaml: "Center", "Centre")
    names one only with a "for" phrase inside the name: "Center for Strategic Studies" NGO;
    "Medical Center" is a place."""
    root = span.root
    sector = state.vocab.named_for_heads.get(root.lower_)
    if sector is None or not root.text[:1].isupper():
        return None
    linked = any(c.dep_ == "prep" and c.lower_ == "for" and span.start <= c.i < span.end - 1
                 for c in children_of(root))
    return sector if linked else None


def intercapped(state: DocState, span: Span) -> bool:
    """A one-word name with a capital inside it after a lower-case letter ("SpaceX",
    "PayPal"): a company's trademark form, not a person's name ("McCain", "DeSantis" start
    with a name particle, ``intercap_name_prefixes`` in ner.yaml)."""
    if len(span) != 1:
        return False
    text = span[0].text
    if not (text[:1].isupper() and text.isalpha() and not text.isupper()):
        return False
    inner = next((k for k in range(1, len(text)) if text[k].isupper() and text[k - 1].islower()),
                 None)
    return inner is not None and not text.startswith(state.vocab.intercap_name_prefixes)


def a_known_place(span: Span) -> bool:
    """Is an ORG name with no organisation word a town or region the gazetteer knows, used as
    a place ("in Ghazni")? The places stage has it; it is no actor."""
    from ..places.gazetteer import gazetteer

    root = span.root
    as_place = (root.dep_ == "pobj" and head_of(root).dep_ == "prep") or (
        root.dep_ in ("compound", "nmod") and not span.start <= head_of(root).i < span.end)
    return as_place and gazetteer().lookup(span.text) is not None
