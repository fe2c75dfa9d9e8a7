"""Organisations only the NER knows: kept as actors with method "ner" and no code.

An ORG entity that no dictionary matched is still worth a record (the events coder can show
it, and a reviewer sees what the dictionaries miss), but it gets no CAMEO code: guessing one
from a name is how event datasets end up with wrong actors. Names shaped like an outlet
("… Times", "… Radio") become media, so they are never taken for political actors.
"""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from ..events.kinds import kinds_of
from ..names import fold
from ..nlp.shared import children_of, ents_of, head_of, lowers_of, words_of
from .mentions import DocState, Mention
from .name_shapes import a_known_place, intercapped, named_for
from .people import affiliation_only, first_surname


def unknown_organisations(state: DocState) -> None:
    """Add ORG entities not covered by any mention (after passes 1-3)."""
    vocab = state.vocab
    # the word columns, not Tokens or Spans: most entities are dismissed on a word or two
    orths, lowers = words_of(state.doc), lowers_of(state.doc)
    for ent in _joined_entities(state.doc):
        if ent.label_ in _SURNAME_LABELS and ent.start not in state.nation \
                and _surname_of_earlier(state, ent):
            # "Hotak" after "Sharif Hotak", "Ibanez" after "Tomás Ibáñez": the small model's
            # ORG, NORP or GPE is the person (a country or demonym a dictionary knows is not)
            continue
        if ent.label_ == "PERSON" and _surname_like_an_outlet(state, ent):
            continue  # "Tom Times, a farmer": a surname that is an outlet word, still a person
        if ent.label_ == "PERSON" and (_organisation_head(state, ent)
                                       or _descriptor(state, ent) is not None
                                       or intercapped(state, ent)):
            # "the Zorbak Collective", "Milltech Group": the small model calls many unknown
            # organisations persons; a name headed by an organisation noun is not a person
            covering = state.mention_at(ent[-1])
            if covering is not None and _private_person(covering):
                state.remove(covering)
        elif ent.label_ == "FAC" and orths[ent.end - 1] in vocab.company_words \
                and orths[ent.end - 1] != "Airport":
            pass  # "Mahan Air": the small model takes some airlines for buildings
        elif ent.label_ == "WORK_OF_ART" and lowers[ent.end - 1] in vocab.institution_heads \
                and ent.root.dep_ in ("nsubj", "nsubjpass"):
            pass  # '"The Safeguarding Board will look …': a quote's opening mark made it a title
        elif ent.label_ == "FAC" and named_for(state, ent) is not None:
            pass  # "the Center for Policy Studies": a body named for its work, not a building
        elif ent.label_ == "GPE" and (d := _descriptor(state, ent)) is not None and d[0] == "MED":
            pass  # "news website Ojo Publico": the small model took the outlet for a place
        elif ent.label_ != "ORG":
            continue
        if named_for(state, ent) is not None:
            # "the Centre for Coastal Justice": a title word inside the name ("Justice") is
            # no person; the name is the body's
            for inner in {id(m): m for i in range(ent.start, ent.end)
                          if (m := state.owner.get(i)) is not None}.values():
                if inner.kind == "person" and inner.start >= ent.start and inner.end <= ent.end:
                    state.remove(inner)
        if not state.free(ent.start, ent.end) and not _country_of_institution(state, ent):
            continue
        words = ent.text.split()
        if not words or any(w.strip(".,") in vocab.ner_ignore for w in words):
            continue
        if ent.text.isupper() and len(words) > 2:
            continue  # an all-caps headline or link text, not a name
        if ent.text.isupper() and ent.start == state.sent_of(ent.start).start:
            continue  # a dateline ("JERUSALEM (Reuters) -")
        start = ent.start + (1 if lowers[ent.start] == "the" else 0)
        end = ent.end
        while end > start and lowers[end - 1] in ("'s", "’s", "'", "’"):
            end -= 1
        if end <= start:
            continue
        while end > start + 1 and orths[end - 1].islower():
            end -= 1  # "Chelyabinsk's governor": a title after the name is no part of it
        if lowers[end - 1] in ("'s", "’s", "'", "’"):
            continue  # what remains is a possessor; pass 3 codes the title by it
        if not orths[start][:1].isalnum():
            continue
        if not any(w[:1].isupper() for w in orths[start:end]):
            continue
        span = state.doc[start:end]
        if _titled(state, span):
            continue
        if is_subnational_place(state, span):
            continue  # "schools in Lagos State": a place (the places stage has it)
        why = _named_like_a_person(state, span)
        if why is not None and _titled_in_apposition(state, span):
            continue  # "X, a UN rapporteur": the titled-person pass coded them by the title
        if why is not None:
            # a private person (eyewitness, victim, suspect) as the no-title branch of the
            # titled-person pass codes them: CVL of the country the context shows (generic.py)
            state.add(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                              "person", None, "CVL", None, "unresolved",
                              f"ORG entity read as a person: {why}; no title ties them to a "
                              "known actor: a private person", head=span.end - 1,
                              person=span.text, code="CVL", generic=True))
            continue
        country = _nation_inside(state, span)
        generic = False
        institution = _institution(state, span)
        described: Mention | None = None
        sector: str | None
        listed = _international(state, span)
        if listed is not None:
            # Phoenix's international actors: "International Maritime Organization" (IGO),
            # "Siemens" (DEU company), "Human Rights Watch" (NGO)
            sector, home = listed
            kind = "media" if sector == "MED" else "organisation"
            country = home or country
            reason = (f"ORG entity listed in Phoenix's international actors "
                      f"(international.csv) as {sector}{' of ' + home if home else ''}")
            state.add(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                              kind, country, sector, None, "dictionary",  # type: ignore[arg-type]
                              reason, head=span.end - 1,
                              code=(home if home in vocab.igo_codes else "IGO")
                              if sector == "IGO" else
                              (sector if country is None else None)))
            continue
        if span[-1].text in vocab.outlet_words:
            kind, sector = "media", "MED"
            reason = (f"ORG entity ending in '{span[-1].text}' read as a news outlet "
                      "(not in media.csv)")
            country = None
        elif span[-1].text in vocab.company_words and not (
                institution is not None and span.root.i != span[-1].i
                and span.root.lower_ in vocab.institution_heads):
            # "Ford Motor Company" is a company, "Institute of Technology" an institute
            kind, sector = "organisation", "BUS"
            reason = (f"ORG entity ending in '{span[-1].text}' read as a company (BUS): never a "
                      "government or military")
            generic = country is None
        elif ent.label_ == "PERSON" and intercapped(state, span) \
                and _descriptor(state, span) is None:
            # "SpaceX launched …": a one-word name with an inner capital is a company's
            kind, sector = "organisation", "BUS"
            reason = f"one-word name '{span.text}' with an inner capital: a company (BUS)"
            generic = country is None
        elif (desc := _descriptor(state, span)) is not None:
            # "Milltech Marine, a firm …", "news site Znak.com", "German firms including X":
            # what the text calls it beats what its name's words suggest
            sector, desc_country, noun = desc
            country = desc_country or country
            kind = "media" if sector == "MED" else "organisation"
            reason = f"ORG entity described as a '{noun.text}' ({sector})"
            generic = country is None and sector != "MED"
            described = state.mention_at(noun)
        elif institution is not None:
            kind, sector = "organisation", institution
            reason = (f"ORG entity headed by '{span.root.text}', an institution of sector "
                      f"{sector}")
            generic = country is None
        elif (described := _described_by(state, span)) is not None:
            # "rescue charity Sea-Eye", "the rights group National Coalition for Men"
            kind, sector, country = "organisation", described.sector, described.country
            reason = (f"ORG entity described as '{described.name}' just before it "
                      f"({described.sector})")
            generic = country is None
        elif (unit := _subnational(state, span)) is not None:
            kind, sector, country = "organisation", "GOV", unit
            reason = (f"ORG entity naming a sub-national unit ('{span[-1].text}') that acts: "
                      "its government (GOV)")
        elif a_known_place(span):
            continue  # "killed in Ghazni": a town the small model took for an organisation
        else:
            kind, sector, country = "organisation", None, None
            reason = "ORG entity from the NER that no dictionary knows; left uncoded"
        if country is not None and described is None:
            reason += f", of {country} (named in it)"
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                          kind, country, sector, None, "ner", reason,  # type: ignore[arg-type]
                          head=span.end - 1,
                          code=sector if (generic or kind == "media") and country is None
                          else None, generic=generic))


#: Prepositions that continue an organisation's name the small model cut in two ("the
#: Tunisian League | for the | Defence of Human Rights", "Organisation | for the | Prohibition …").
_NAME_LINKS = frozenset({"for", "of", "on", "against"})


def _joined_entities(doc: Doc) -> list[Span]:
    """The document's entities, with an ORG followed by "for/of/on (the) <ORG>" joined into one
    ORG span."""
    ents = list(ents_of(doc))
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        while (ent.label_ == "ORG" and i + 1 < len(ents) and ents[i + 1].label_ == "ORG"
               and ent.end < len(doc) and lowers_of(doc)[ent.end] in _NAME_LINKS):
            gap = doc[ent.end + 1 : ents[i + 1].start]
            if len(gap) > 1 or any(t.lower_ != "the" for t in gap):
                break
            nxt = ents[i + 1]
            ent = Span(doc, ent.start, nxt.end, label="ORG")
            i += 1
        out.append(ent)
        i += 1
    return out


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


def _organisation_head(state: DocState, ent: Span) -> bool:
    """A multiword capitalised name whose last word is a company or institution noun."""
    last = ent[-1]
    return (len(ent) > 1 and last.text[:1].isupper()
            and (last.text in state.vocab.company_words
                 or last.text in state.vocab.outlet_words
                 or last.lower_ in state.vocab.institution_heads))


def _private_person_chain(m: Mention) -> bool:
    """A name read as a private person for want of a title, or a later mention linked to one
    ("Mahan" after the NER took a first "Mahan" for a person)."""
    return (m.kind == "person" and m.sector in ("CVL", None) and m.role is None
            and (m.generic or m.method in ("coreference", "unresolved", "context")))


def _private_person(m: Mention) -> bool:
    """A name pass 2 read as a private person only for want of a title (CVL, no country)."""
    return m.kind == "person" and m.generic and m.sector == "CVL" and m.role is None


#: Sectors an unknown institution's head noun may give it ("… Electoral Commission" is GOV,
#: "… Supreme Court" JUD, "… National Assembly" LEG); BUS comes from company_words instead.
_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD", "COP", "EDU", "HLH", "LAB", "NGO", "REL", "SPY",
                           "MIL", "PTY"})


def _institution(state: DocState, span: Span) -> str | None:
    """The sector of a name by its head noun (``institution_heads`` in ner.yaml, then the
    sector nouns): the last word ("Highway Patrol"), the root ("Department of Transport"),
    then any word from the right ("University College London"); a sector more specific than
    GOV wins ("Montgomery County Police Department" is COP)."""
    from .context import sector_of

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


def short_company_names(state: DocState) -> None:
    """"Ford" after "Ford Motor Company", "Mahan's permit" after "Mahan Air": a company's
    name without its company words, later in the text, is the same company."""
    doc = state.doc
    words = state.vocab.company_words
    firsts: dict[tuple[str, ...], Mention] = {}
    for m in sorted(state.mentions, key=_START):
        if m.sector != "BUS" or m.kind != "organisation" or m.method not in ("ner", "context"):
            continue
        toks = [t for t in doc[m.start : m.end] if t.lower_ != "the"]
        while toks and toks[-1].text in words:
            toks.pop()
        if toks and len(toks) < m.end - m.start and all(t.text[:1].isupper() for t in toks):
            firsts.setdefault(tuple(t.text for t in toks), m)
    for short, first in firsts.items():
        n = len(short)
        for i in range(first.end, len(doc) - n + 1):
            if tuple(t.text for t in doc[i : i + n]) != short:
                continue
            if i + n < len(doc) and doc[i + n].text[:1].isupper():
                continue  # part of a longer name ("Ford Foundation")
            covering = [m for m in state.mentions if m.start < i + n and m.end > i]
            if any(not _private_person_chain(m) and m.method != "ner" for m in covering):
                continue
            for m in covering:
                state.remove(m)
            state.add(Mention(i, i + n, doc[i].idx, doc[i + n - 1].idx + len(doc[i + n - 1]),
                              first.name, "organisation", first.country, first.sector, None,
                              "coreference",
                              f"short form of the company '{first.name}' named earlier",
                              head=i + n - 1, code=first.code, entity=first.entity))

