"""Organisations only the NER knows: kept as actors with method "ner" and no code.

An ORG entity that no dictionary matched is still worth a record (the events coder can show
it, and a reviewer sees what the dictionaries miss), but it gets no CAMEO code: guessing one
from a name is how event datasets end up with wrong actors. Names shaped like an outlet
("… Times", "… Radio") become media, so they are never taken for political actors.

This module walks the entities and decides; :mod:`.ner_persons` says when an entity is a person
the small model mislabelled, :mod:`.ner_sectors` what sector and country an organisation's own
words and the words around it give.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp.shared import ents_of, lowers_of, words_of
from .mentions import DocState, Mention
from .name_shapes import a_known_place, intercapped, named_for
from .ner_persons import (
    _START,
    _SURNAME_LABELS,
    _named_like_a_person,
    _private_person,
    _private_person_chain,
    _surname_like_an_outlet,
    _surname_of_earlier,
    _titled,
    _titled_in_apposition,
)
from .ner_sectors import (
    _country_of_institution,
    _described_by,
    _descriptor,
    _institution,
    _international,
    _nation_inside,
    _organisation_head,
    _subnational,
    is_subnational_place,
)


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

