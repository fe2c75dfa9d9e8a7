"""What an organisation only the NER knows is: its sector and country from its own words.

An unknown ORG entity gets a sector only from what the text says of it: a describing noun
("the rights group X", "X, a Pentecostal church"), its head noun ("… Electoral Commission" is
GOV, "… Police Department" COP), Phoenix's international actors, or a sub-national unit's name
("Lagos State"); its country only from a nationality inside it ("Nigerian Senate") or before it.
Split from :mod:`.ner`, whose :func:`~.ner.unknown_organisations` asks these in turn.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..names import fold
from ..nlp.shared import children_of, head_of
from .mentions import DocState, Mention
from .name_shapes import named_for
from .people import affiliation_only

#: Prepositions after which a sub-national unit's name is a place, not its government.
_PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "near", "into", "from", "to",
                          "of", "around", "within", "outside", "inside", "for"})


def is_subnational_place(state: DocState, span: Span) -> bool:
    """"in Lagos State", "across Sindh Province": a sub-national unit's name as a place."""
    return (len(span) >= 2 and span[-1].text in state.vocab.subnational_words
            and span.start > 0 and state.doc[span.start - 1].lower_ in _PLACE_PREPS)


def _subnational(state: DocState, span: Span) -> str | None:
    """The country of "Lagos State", "Sindh Province" (not after "in" and the like): a place
    word the gazetteer knows before a sub-national word."""
    from .generic import gazetteer_country

    if len(span) < 2 or span[-1].text not in state.vocab.subnational_words:
        return None
    return next((c for t in span[:-1] if (c := gazetteer_country(t)) is not None), None)


def _described_by(state: DocState, span: Span) -> Mention | None:
    """The sector-noun mention right before a name that describes it ("charity Sea-Eye")."""
    if span.start == 0:
        return None
    noun = state.doc[span.start - 1]
    m = state.mention_at(noun)
    if (m is None or m.head != noun.i or m.kind not in ("organisation", "group")
            or not m.sector or m.sector not in _INSTITUTIONS | {"BUS"}
            or not (head_of(noun).i in range(span.start, span.end)
                    or span.root.head.i == noun.i)):
        return None
    return m


#: Words that head a list a name is in: "German firms including Siemens", "companies such as X".
_LIST_WORDS = frozenset({"including", "like", "as", "among"})


def _international(state: DocState, span: Span) -> tuple[str, str | None] | None:
    """The (type, home country) Phoenix's international actors give this name, if any."""
    table = state.vocab.international
    key = fold(span.text, keep_article=False)
    if key in table:
        return table[key]
    words = key.split()
    if len(words) > 1 and words[-1].rstrip(".") in state.vocab.company_forms:
        return table.get(" ".join(words[:-1]))
    return None


def _descriptor_nouns(span: Span) -> list[Token]:
    """Nouns that may say what a name is: right before it ("law firm X"), in apposition either
    way ("X, a Pentecostal church"; "one news site, X"), heading a list it is in."""
    doc = span.doc
    root = span.root
    nouns: list[Token] = []
    if span.start > 0:
        prev = doc[span.start - 1]
        if (prev.pos_ == "NOUN" and prev.text.islower()) or (
                prev.pos_ == "ADJ" and (span.start <= head_of(prev).i < span.end
                                        or head_of(root).i == prev.i)):
            nouns.append(prev)
    nouns += [c for c in children_of(root) if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(head_of(root))
    first = root
    while first.dep_ == "conj" and head_of(first).i < first.i:
        first = head_of(first)
    prep = head_of(first)
    if first.dep_ == "pobj" and prep.lower_ in _LIST_WORDS and head_of(prep).i < first.i:
        nouns.append(head_of(prep))
    return [n for n in nouns if not (span.start <= n.i < span.end)]


def _descriptor(state: DocState, span: Span) -> tuple[str, str | None, Token] | None:
    """(sector, country, noun) from a noun that describes the name (``descriptors`` and the
    institution heads of ner.yaml): a company, a charity, a news site, a church."""
    vocab = state.vocab
    doc = state.doc
    for noun in _descriptor_nouns(span):
        low, lemma = noun.lower_, noun.lemma_.lower()
        sector: str | None = None
        if low in vocab.news_descriptors and noun.i > 0 and doc[noun.i - 1].lower_ == "news":
            sector = "MED"
        else:
            sector = next((table[w] for w in (low, lemma)
                           for table in (vocab.descriptors, vocab.institution_heads)
                           if w in table), None)
        if sector is None:
            continue
        country = None
        for tok in noun.lefts:
            found = state.nation.get(tok.i)
            if found is not None and len(found[0]) == 3 and found[0].isalpha() \
                    and not affiliation_only(tok):
                country = found[0]
                break
        return sector, country, noun
    return None


def _country_of_institution(state: DocState, ent: Span) -> bool:
    """"the Federal Aviation Office of Germany": the country name inside an institution's
    name is part of the name, not the state acting; drop its mention (True) so the name is
    coded as the institution of that country."""
    root = ent.root
    if root.lower_ not in state.vocab.institution_heads:
        return False  # tested first: the scan below, per entity, grows with the document
    inside = [m for m in state.mentions if m.start < ent.end and m.end > ent.start]
    if (not inside
            or any(m.kind != "state" or m.start < ent.start or m.end > ent.end
                   or m.start <= root.i < m.end for m in inside)):
        return False
    for m in inside:
        state.remove(m)
    return True


def _organisation_head(state: DocState, ent: Span) -> bool:
    """A multiword capitalised name whose last word is a company or institution noun."""
    last = ent[-1]
    return (len(ent) > 1 and last.text[:1].isupper()
            and (last.text in state.vocab.company_words
                 or last.text in state.vocab.outlet_words
                 or last.lower_ in state.vocab.institution_heads))


#: Sectors an unknown institution's head noun may give it ("… Electoral Commission" is GOV,
#: "… Supreme Court" JUD, "… National Assembly" LEG); BUS comes from company_words instead.
_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "COP", "EDU", "HLH", "LAB", "NGO", "REL", "SPY",
                           "MIL", "PTY"})


def _institution(state: DocState, span: Span) -> str | None:
    """The sector of a name by its head noun (``institution_heads`` in ner.yaml, then the
    sector nouns): the last word ("Highway Patrol"), the root ("Department of Transport"),
    then any word from the right ("University College London"); a sector more specific than
    GOV wins ("Montgomery County Police Department" is COP)."""
    from .noun_phrases import sector_of

    heads = state.vocab.institution_heads
    if (by_work := named_for(state, span)) is not None:
        return by_work
    if ({span[-1].lower_, span.root.lower_} & state.vocab.committee_heads
            and any(t.text in state.vocab.legislature_words for t in span)):
        return "LEG"  # "House Intelligence Committee": the legislature's, not the spies'
    found: list[str] = []
    # "Sheriff's Office", "Intelligence Committee": a body whose head noun is only "office" or
    # "committee" takes its sector from its subject; an "Association for … Workers" does not
    headed = "GOV" in (heads.get(span[-1].lower_), heads.get(span.root.lower_))
    from .generic import about_only

    for k, tok in enumerate((span[-1], span.root, *reversed(span))):
        # a sector noun names the body only as its head ("Highway Patrol"); as a modifier it
        # names what the body deals with ("Marine Traffic" is a tracking company, no navy),
        # and inside a "for" phrase what it works for ("Association for … Migrant Workers")
        if about_only(tok, span):
            continue
        phrase = sector_of(state, tok) if k < 2 or headed else None
        if phrase is not None and phrase[0] in _INSTITUTIONS:
            found.append(phrase[0])
        if tok.lower_ in heads:
            found.append(heads[tok.lower_])
    # The most specific word wins: "Police Department" is COP, "Security Service" SPY.
    return next((s for s in found if s != "GOV"), found[0] if found else None)


def _nation_inside(state: DocState, span: Span) -> str | None:
    """A country or nationality word inside the name ("Nigerian Senate", "Ethiopian
    Airlines"), not one it is only about ("Committee for Syria")."""
    # ... or one the noun before it gives ("Iranian airline Mahan Air")
    before = [t for t in state.doc[max(0, span.start - 3) : span.start]
              if head_of(t).i in range(span.start, span.end)
              or head_of(t).i < span.start <= head_of(head_of(t)).i]
    from .generic import about_only

    for tok in [*span, *before]:
        if tok.i >= span.start and about_only(tok, span):
            continue  # "Committee for Somalia Relief"
        # "Federal Aviation Office of Germany"
        of_phrase = (tok.dep_ == "pobj" and head_of(tok).lower_ == "of"
                     and head_of(head_of(tok)).i == span.root.i)
        if tok.i in state.nation and (of_phrase
                                      or tok.dep_ in ("compound", "amod", "nmod", "poss")):
            code = state.nation[tok.i][0]
            if len(code) == 3 and code.isalpha() and code.isupper():
                return code
    return None
