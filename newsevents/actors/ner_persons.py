"""ORG entities that are people: names the small NER model labels an organisation.

The small model calls many people ORG ("Connie Moganedi", "Hotak" after "Sharif Hotak",
"Prosecutor Kama Melly QC") and some odd names PERSON ("Tom Times, a farmer"). Before
:func:`.ner.unknown_organisations` makes an organisation of an entity, these checks ask whether
the text shows a person instead: a surname named earlier, an age, an apposition or a title. A
person is never given an organisation's code, and an organisation never a private person's.
Split from :mod:`.ner`, which calls them.
"""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Span

from ..events.kinds import kinds_of
from ..names import fold
from ..nlp.shared import children_of, ents_of, head_of
from .mentions import DocState, Mention
from .people import first_surname

#: a mention's start, the sort key of the passes that read mentions in text order
_START = attrgetter("start")
#: Labels the small model gives a lone surname it does not call PERSON.
_SURNAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def _surname_of_earlier(state: DocState, ent: Span) -> bool:
    """Is a one-word entity the surname of a person named earlier (or a longer one the same
    full name)? Then link it as that person (the small model labels the same surname PERSON in
    one sentence and ORG in the next)."""
    if not state.free(ent.start, ent.end):
        return False
    text = fold(ent.text)  # "Pinera" after "Sebastián Piñera": the same surname unaccented
    # filtered, then sorted (a stable sort: the same list as sorting every mention first); this
    # runs once per one-word entity, over every mention found so far
    earlier = sorted((m for m in state.mentions
                      if m.kind == "person" and m.person and m.start < ent.start
                      and " " in m.person), key=_START)
    if len(ent) > 1:
        # "Connie Moganedi" labelled ORG after the same full name was read as a person
        found = next((m for m in earlier if fold(m.person or "") == text), None)
        if found is None or not all(t.text[:1].isupper() for t in ent):
            return False
        state.add(Mention(ent.start, ent.end, ent.start_char, ent.end_char, found.name,
                          "person", found.country, found.sector, found.role, "coreference",
                          f"'{found.person}' named again", head=ent.end - 1,
                          code=found.code, person=found.person, entity=found.entity))
        return True
    found = next((m for m in earlier if fold(m.person or "").split()[-1] == text), None)
    if found is None:
        # "Rosselló" after "Ricardo Rosselló Nevares": the first of two surnames, one person's
        firsts = [m for m in earlier if first_surname(m.person or "") == text]
        if len({m.entity or m.person for m in firsts}) == 1:
            found = firsts[0]
    if found is None:
        return False
    m = found
    state.add(Mention(ent.start, ent.end, ent.start_char, ent.end_char, m.name, "person",
                      m.country, m.sector, m.role, "coreference",
                      f"surname of '{m.person}' named earlier", head=ent.start,
                      code=m.code, person=m.person, entity=m.entity))
    return True


def _named_like_a_person(state: DocState, span: Span) -> str | None:
    """Why an ORG entity is a person's name the small model mislabelled, or None.

    Only a bare name of two or three capitalised words with no organisation word in it
    qualifies, and only with evidence: the text gives the bearer an age ("40-year-old X"), an
    apposition calls them a person ("X, a former boyfriend …", "X, a resident …"), or another
    entity the model did label PERSON shares the last word ("Marek Sekielski" for "Tomasz
    Sekielski")."""
    vocab = state.vocab
    words = list(span)
    if not 2 <= len(words) <= 3 or any(
            not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper()) for t in words):
        return None
    if any(t.text in vocab.company_words or t.text in vocab.outlet_words
           or t.text in vocab.legislature_words or t.lower_ in vocab.institution_heads
           or t.lower_ in vocab.sector_nouns or t.lower_ in vocab.descriptors
           or t.i in state.nation for t in words):
        return None
    doc = state.doc
    before = doc[max(0, span.start - 4) : span.start]
    if any(t.lower_ == "old" for t in before) and any(t.like_num for t in before):
        return "an age before the name"
    if before and before[-1].lower_ in vocab.private_counsel \
            and head_of(before[-1]).i == span.root.i:  # "defence lawyer Tomasz Wrona"
        return f"'{before[-1].text}' before it, a private lawyer"
    for child in children_of(span.root):
        if child.dep_ != "appos":
            continue
        if child.pos_ == "PROPN" and child.lower_ in vocab.titles and any(
                c.dep_ == "det" for c in child.lefts):
            # "Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico": a capitalised
            # title after a determiner is still a title (the model tags it a proper noun)
            return f"in apposition, '{child.text}' is a title"
        if child.pos_ != "NOUN":
            continue
        if (child.lower_ in vocab.person_descriptors or child.lower_ in vocab.titles
                or vocab.noun_kinds.get(child.lower_) == "person"
                or kinds_of(child)[:1] == ("person",)):
            # "X, a UN rapporteur", "X, a researcher": a title or a noun whose first
            # WordNet sense is a person (noun.person) describes a person, not a body
            return f"in apposition, '{child.text}' describes a person"
    root = span.root
    partners = [c for c in children_of(root) if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(head_of(root))
    for other in partners:
        if other.ent_type_ == "PERSON" and not (span.start <= other.i < span.end):
            # "Ivan Shelyagin and Valentina Sidorenko": listed with a person, as a person
            return f"joined by 'and' to the person '{other.text}'"
    # a relative: another given name with the same surname ("Marek Sekielski"); the same words
    # labelled PERSON elsewhere prove nothing ("Typhoon Phanfone" is PERSON in one sentence of
    # the small model and ORG in the next)
    surname, given = words[-1].text, words[0].text
    for ent in ents_of(doc):
        if (ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname
                and ent[0].text != given):
            return f"'{ent.text}' shares the surname and is labelled a person"
    return None


def _titled_in_apposition(state: DocState, span: Span) -> bool:
    """A mislabelled name with a title in apposition ("X, a UN rapporteur"): coded by the
    titled-person pass as a PERSON-labelled name would have been. True when that pass took it."""
    from .people import _titled_person

    if not any(c.dep_ == "appos" and c.lower_ in state.vocab.titles
               for c in children_of(span.root)):
        return False
    before = len(state.mentions)
    _titled_person(state, span, state.vocab.title_words)
    return len(state.mentions) > before


def _titled(state: DocState, span: Span) -> bool:
    """"Prosecutor Kama Melly QC", "archbishop Wojciech Polak": the small model calls many
    titled people organisations; a title word before a capitalised name makes a person (coded
    by the titled-person pass). True when that pass took it."""
    from .people import _titled_person

    titles = state.vocab.titles
    doc = state.doc
    if len(span) > 2 and span[0].lower_ in titles:
        name = span[1:]
    elif len(span) > 1 and span.start > 0 and doc[span.start - 1].lower_ in titles:
        name = span
    else:
        return False
    if not all(t.text[:1].isupper() for t in name):
        return False
    before = len(state.mentions)
    _titled_person(state, name, state.vocab.title_words)
    return len(state.mentions) > before


def _surname_like_an_outlet(state: DocState, ent: Span) -> bool:
    """A PERSON entity of two capitalised words whose last word is only an outlet word ("Tom
    Times", "Anna Post"): outlets named so are "the … Times" or carry a place or company word
    ("Hindustan Times", "Fox News"), so with no "the" before it and nothing else in it naming
    an organisation or place, the model's PERSON reading stands."""
    if len(ent) != 2 or ent[-1].text not in state.vocab.outlet_words:
        return False
    from .generic import gazetteer_country

    first = ent[0]
    if ent.start > 0 and state.doc[ent.start - 1].lower_ == "the":
        return False
    if (not first.is_alpha or not first.text[:1].isupper() or first.text.isupper()
            or first.i in state.nation or gazetteer_country(first) is not None):
        return False
    vocab = state.vocab
    return not (first.text in vocab.company_words or first.text in vocab.outlet_words
                or first.lower_ in vocab.institution_heads or first.lower_ in vocab.sector_nouns)


def _private_person_chain(m: Mention) -> bool:
    """A name read as a private person for want of a title, or a later mention linked to one
    ("Mahan" after the NER took a first "Mahan" for a person)."""
    return (m.kind == "person" and m.sector in ("CVL", None) and m.role is None
            and (m.generic or m.method in ("coreference", "unresolved", "context")))


def _private_person(m: Mention) -> bool:
    """A name pass 2 read as a private person only for want of a title (CVL, no country)."""
    return m.kind == "person" and m.generic and m.sector == "CVL" and m.role is None
