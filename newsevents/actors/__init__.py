"""Stage 'actors': every actor mention resolved to a CAMEO-style code, with the reason.

Four cheap passes over the parsed document (no re-parsing; matchers are built once per process):

1. dictionary matches (:mod:`.matching`, :mod:`.resolve`, :mod:`.nation_matches`): leaders by
   publication date, outlets as media, seats of government and capitals as metonyms, IGOs,
   armed groups, country names;
2. people tied to a known actor by a title or apposition (:mod:`.people`, :mod:`.title_prefix`);
3. sector nouns and bare titles coded by the nationality in their phrase (:mod:`.context`), and
   generic ones ("police", "a gunman") by the country their context shows (:mod:`.generic`);
4. coreference: short names, pronouns, "the two sides" (:mod:`.coref`).

Each :class:`~newsevents.records.Actor` says how it was resolved (``resolution.method``:
dictionary | apposition | metonymy | context | coreference | ner | unresolved) and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Actor
from .lookup import actor_for_span, actors_in

if TYPE_CHECKING:
    import datetime as dt

    from ..context import Context

__all__ = ["actor_for_span", "actors_in", "resolve_actors", "resolve_doc"]


def resolve_doc(doc: Doc, published: dt.date | None) -> list[Actor]:
    """All actor mentions of a parsed document, in text order."""
    from .. import nlp
    from ..places import places_of
    from . import affiliations, context, coref, employers, generic, matching, people, resolve, vocab
    from .abbrev import defined_abbreviations
    from .administrations import surname_administrations
    from .complements import complement_groups
    from .mentions import DocState
    from .name_senses import bodies_named_with_a_country, common_word_names
    from .ner import short_company_names, unknown_organisations
    from .parties import guard_parties, named_parties, the_party
    from .people_nouns import people_nouns
    from .polity import the_state
    from .predicates import predicate_roles
    from .title_prefix import title_words

    pipeline = nlp.load()
    state = DocState(doc=doc, published=published, vocab=vocab.load())
    titles = title_words(state)
    for match in matching.find(doc, pipeline):
        resolve.from_match(state, match, titles)
    surname_administrations(state)
    bodies_named_with_a_country(state)
    people.titled_people(state, titles)
    context.sector_phrases(state)
    complement_groups(state)
    the_state(state)
    people.retry_titled(state, titles)
    unknown_organisations(state)
    common_word_names(state)
    people.relink_first_surnames(state)
    people.drop_products(state)
    people.drop_storms(state)
    named_parties(state)
    guard_parties(state)
    people_nouns(state)
    generic.group_titles(state)
    generic.assign_countries(state, lambda: places_of(doc), state.vocab.country_steps)
    people.follow_institutions(state)
    employers.repeated_names(state)
    affiliations.affiliations(state)
    affiliations.later_titles(state)
    predicate_roles(state)
    generic.follow_antecedents(state)
    employers.media_makers(state)
    employers.shared_outlet_names(state)
    employers.outlets_by_use(state)
    employers.employer_titles(state)
    generic.share_countries(state)
    generic.private_counsel(state)
    the_party(state)
    short_company_names(state)
    employers.employer_titles(state)
    generic.share_countries(state)
    defined_abbreviations(state)
    employers.organisation_staff(state)
    coref.link(state)
    return state.actors()


def resolve_actors(ctx: Context) -> list[Actor]:
    """The pipeline stage: resolve every actor mention of ``ctx.doc`` by ``ctx.published``."""
    return resolve_doc(ctx.doc, ctx.published)
