"""Stage 'events': CAMEO/PLOVER events with modality, date, place, attribution and evidence.

``code_events(ctx)`` runs the registered coders (``DEFAULT_CHAIN``; see :mod:`.coder`), then does
for every candidate what no coder should have to: reads its modality off the parse
(:mod:`.modality`), looks its code up in the CAMEO codebook (never invented), attaches the date
and place of its clause (times/places stages), the speaker and medium that report it, and a
stable id. Which events are kept is the participant policy of :mod:`.arguments`: a participant
nobody coded stays with its mention and the reason, an event with no one coded at all only for
material conflict and coercion, and never one without a target when the pattern needs one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..names import fold
from ..nlp.boundaries import sentence_bounds
from ..records import Actor, Event, Evidence, Resolution, Span, doc_id_for
from . import (
    alliances,  # noqa: F401  (registers its sentence step: alliances joined and formed)
    asked_acts,  # noqa: F401  (registers its sentence step: further acts asked for)
    blame,  # noqa: F401  (registers its sentence step: culpability predicated of a party)
    embedded,  # noqa: F401  (registers its sentence step with the pattern coder)
    governed,  # noqa: F401  (registers its sentence step after embedded events)
    intents,  # noqa: F401  (registers its sentence step after embedded events)
    journeys,  # noqa: F401  (registers its sentence step: a trip and the talks it is for)
    judgements,  # noqa: F401  (registers its sentence step: criticism and praise as judgements)
    reactions,  # noqa: F401  (registers its sentence step after embedded events)
    refusals,  # noqa: F401  (registers its sentence step after embedded events)
)
from .actor_finder import ActorFinder
from .agent_nouns import merge_agent_nouns
from .arguments import (
    argument_rules,
    document_country,
    implied_addressee,
    keep,
    locate_implied,
    sub_national_place,
    target_place,
)
from .asked_acts import RELEASED_NOTE
from .attribution import attribution
from .censured import censured_doers
from .codebook import code_info
from .coder import PATTERN_CODER, Candidate, get_coder
from .dictionary import METHOD as DICTIONARY_KIND
from .explain import current as current_trace
from .explain import event_dropped, note, note_event
from .generic import generic_target
from .home_offices import home_office
from .inability import unrealised
from .levels import acting_level, addressed_level, told_victims, victims_at
from .mentions import headline_repeats, re_mentions, retold_acts, told_again, verb_lemmas
from .modality import dated_future, hedged, modality
from .nationality import sentence_place
from .object_party import (
    aimed_at,
    handed_to,
    object_party,
    own_word_of_codoers,
    party_inside_a_thing,
    place_where,
    protest_home,
    restricted_place,
)
from .office_then import office_at_event_time
from .participants import own_population
from .patterns import pattern_book
from .plover_view import plover_view
from .private_violence import violence_between_people
from .same_act import outcome_ties, reciprocal_mirrors, told_outcomes
from .senses import apply_senses
from .targets import RECIPROCAL_NOTE
from .when_where import date_repeats, event_date, event_location
from .yielded import yielded_to

if TYPE_CHECKING:
    from ..context import Context
    from ..records import Place

#: Roots whose intransitive events keep the source when the target is the source again
#: ("Ghani declared a ceasefire with the Taliban", both read AFGGOV: the declaration stands).
#: Not force (14-20): an attack on oneself is a misreading ("was killed by his lions").
ADDRESSEE_OPTIONAL = frozenset({f"{r:02d}" for r in range(1, 14)})
#: Roots of conflict (demands to mass violence) whose doer, a state or a body, may act on a named
#: person of its own country (:func:`_own_person`).
OWN_PERSON_ROOTS = frozenset({f"{r}" for r in range(10, 21)})
#: Roots of disapproval, whose doer may censure another party of its own code that the text
#: names apart (:func:`_named_apart`). Not rejection (12): "He resisted", with the target read
#: from a phrase about the doer's own government, turned a one-sided refusal into a wrong dyad
#: on a dev-A article.
NAMED_APART_ROOTS = frozenset({"11"})
#: Codes of endorsement whose doer, a body, may endorse a named person of its own code: "the
#: House elected Nancy Pelosi Speaker" is USALEG → USALEG, as the annotation guide codes it.
OWN_PERSON_CODES = frozenset({"051"})
#: Confidence taken off an event without a target when the same doer has an event in the same
#: sentence that names both sides (:func:`_one_sided`).
ONE_SIDED_PENALTY = 0.2
#: Evidence method of the field dictionary's hits.
DICTIONARY_METHOD = f"rule:{DICTIONARY_KIND}"
#: The coders run by default, in order; later coders only add events the earlier ones missed.
DEFAULT_CHAIN: tuple[str, ...] = (PATTERN_CODER,)

__all__ = ["DEFAULT_CHAIN", "code_events"]


def _topic_preps(code: str) -> frozenset[str]:
    """The prepositions that name what an act of ``code`` is about, not its partner."""
    rules = argument_rules()
    return rules.partner_topic_preps if code.startswith(rules.partner_topic_roots) else frozenset()


def _event_id(doc_hash: str, cand: Candidate) -> str:
    tok = cand.trigger
    parts = [doc_hash, str(tok.idx), str(tok.idx + len(tok.text)), cand.code]
    for actor in (cand.source, cand.target):
        parts += [actor.code or "", str(actor.start)] if actor is not None else ["", ""]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:24]


def _party(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or (actor.code or "")[:3] or actor.name


def _person(actor: Actor | None, doc: Doc) -> str | None:
    """Who a named person is (the actors stage's entity, else their mention's offset); ``None``
    for any other participant. A bare title ("PRC Director of the Office …") names no one."""
    if actor is None or actor.kind != "person" or actor.end <= actor.start:
        return None
    if actor.entity is not None:
        return f"entity {actor.entity}"
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not any(t.ent_type_ == "PERSON" for t in span):
        return None
    return f"at {actor.start}"


def _another_member(persons: tuple[str | None, str | None],
                    earlier: list[tuple[str | None, str | None]]) -> bool:
    """Whether an event whose dyad of countries is already out names, on one side, another named
    person than every earlier event of that dyad: "Senator Durbin and Representative Schiff
    both questioned the President's power" is one event per member (the annotation guide's
    multi-actor groups), also when both are of one country. A person beside a body of their
    country ("attacked the parliament and the tomb of Ruhollah Khomeini") stays one event."""
    return all(any(new is not None and old is not None and new != old
                   for new, old in zip(persons, before, strict=True)) for before in earlier)


def _coded(actor: Actor) -> str:
    """Actor code with a bare country read as its government ("USA" ~ "USAGOV")."""
    code = actor.code or actor.country or actor.name
    return code + "GOV" if len(code) == 3 and code.isupper() else code


def _own_people(source: Actor | None, target: Actor, code: str) -> Actor | None:
    """The people of the restricting state's own country, when a restriction's slot named that
    country itself ("declared a state of siege *in Bolivia*", "imposed a curfew *on Iraq*"):
    the case of :func:`.participants.place_target` where the pattern's own slot read the place
    as the state. Kept at the country's mention; ``None`` for any other code or target."""
    rules = argument_rules()
    if source is None or not target.country or target.country != source.country or (
            target.kind != "state") or source.sector in (None, "CVL"):
        return None
    if code not in rules.own_population_codes and not code.startswith(
            rules.own_place_civilian_roots):
        return None
    if code[:2] in rules.implied_violence_roots and not sub_national_place(target):
        return None  # "the government shelled Bolivia": force on the state itself, a misreading
    return replace(target, kind="group", sector="CVL", code=f"{target.country}CVL",
                   resolution=Resolution("context", (
                       f"the people of '{target.mention}', where {_coded(source)} restricts "
                       f"its own country → {target.country}CVL")))


def _own_person(source: Actor, target: Actor, code: str, doc: Doc) -> bool:
    """A state or a body (not a person) that coerces, sanctions, accuses or attacks a named
    person of its own country (conflict roots, ``OWN_PERSON_ROOTS``): "Ukraine has imposed
    sanctions on former President Viktor Yanukovich" codes UKR → UKR, yet the text names two
    parties, and the guide codes a former official acting privately with the country alone.
    Also a body that elects or endorses one of its own members (``OWN_PERSON_CODES``: "the
    House elected Nancy Pelosi Speaker", USALEG → USALEG in the annotation guide's example).
    Never a person acting on a state or on another person of the same code ("Putin visited
    Russia's Far East", "Erdogan expressed his wish")."""
    return ((code[:2] in OWN_PERSON_ROOTS or code in OWN_PERSON_CODES)
            and source.kind in ("state", "organisation")
            and _person(target, doc) is not None and _two_mentions(source, target))


def _foreign_protest_nowhere(cand: Candidate, place: Place | None, home: str | None) -> bool:
    """A protest by people of another country than the article's, placed nowhere, has no
    addressee the text lets us name: it more likely happens at home than in the article's
    country, so neither government is implied (:func:`.object_party.protest_home`)."""
    country = cand.source.country if cand.source else None
    return (place is None and home is not None and country not in (None, home)
            and cand.code.startswith(argument_rules().protest_roots))


def _released_asked(cand: Candidate) -> bool:
    """Whether the target was cleared as the people whose release the appeal asks for."""
    return any(n.startswith(RELEASED_NOTE) for n in cand.notes)


def _named_apart(source: Actor, target: Actor, code: str, doc: Doc) -> bool:
    """A disapproval (``NAMED_APART_ROOTS``) of another party the text names apart,
    though both read as one code: "Modi criticised the Delhi government", "the vice-president
    accused the Shia-led government", "the mayor of London criticised the British government",
    "the governor of California sued the administration". The annotation guide codes both
    sides by sector and country (a governor, a mayor and a ministry are all ``GOV``), so the
    dyad is ``INDGOV → INDGOV``; dropping the target lost the accused party. Not one actor
    twice (one coreference entity, one span, or the same name and code), never a state as
    such (a country and its capital: "Pakistan summoned … to complain about what Islamabad
    says") and not a pronoun the actors stage linked to no one ("blamed himself")."""
    if code[:2] not in NAMED_APART_ROOTS or _same_actor(source, target) or (
            fold(source.name, keep_article=False) == fold(target.name, keep_article=False)):
        return False
    if not _two_mentions(source, target) or "state" in (source.kind, target.kind):
        # a country and its capital ("Pakistan … what Islamabad says") are one party
        return False
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    return span is not None and (target.entity is not None or any(
        t.pos_ in ("NOUN", "PROPN") for t in span))


def _two_generics(a: Actor, b: Actor) -> bool:
    """Two mentions of people known only by their sector ("a man stabbed a woman", both CVL;
    "police questioned officers", both COP): the same code says nothing about being the same
    party, as it does for a state's government; only one coreference entity or span does."""
    if a.country is not None or b.country is not None or a.code is None or a.code != a.sector:
        return False
    if a.entity is not None and a.entity == b.entity:
        return False
    return a.start != b.start


def _two_mentions(a: Actor, b: Actor) -> bool:
    """Two participants the text names apart (different spans, not one coreference entity)."""
    if a.entity is not None and a.entity == b.entity:
        return False
    return bool(a.mention) and bool(b.mention) and a.start != b.start


def _same_actor(a: object, b: object) -> bool:
    from ..records import Actor

    if not isinstance(a, Actor) or not isinstance(b, Actor):
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.code is not None and a.code == b.code and a.name == b.name


def code_events(ctx: Context, coders: Sequence[str] = DEFAULT_CHAIN) -> list[Event]:
    """Code every event of the document (the 'events' stage)."""
    book = pattern_book()
    finder = ActorFinder(ctx.actors, book.event_nouns)
    finder.places = list(ctx.places)
    finder.quotes = list(ctx.quotes)
    light = book.light_verbs
    candidates: list[Candidate] = []
    seen_triggers: set[tuple[int, str]] = set()
    for name in coders:
        for cand in get_coder(name)(ctx, finder):
            key = (cand.trigger.i, cand.code[:2])
            if name != coders[0] and key in seen_triggers:
                continue
            candidates.append(cand)
        seen_triggers |= {(c.trigger.i, c.code[:2]) for c in candidates}
    candidates = apply_senses(candidates)  # word senses and actor types (senses.yaml)
    # "a suicide bomber killed eleven soldiers": one act, not a bombing beside a killing
    merged = merge_agent_nouns(candidates)
    if current_trace() is not None:
        kept_ids = {id(c) for c in merged}
        for cand in candidates:
            if id(cand) not in kept_ids:
                note(cand, "dropped: merged into the act of its agent noun (agent_nouns)")
    candidates = merged
    # "Buhari condemned the attack": the doer of the act told before is whom it is aimed at
    censured_doers(candidates, book)
    # "after his arrest": told once already; dropped only once its date has served the
    # first mention (date_repeats)
    repeats = {(c.trigger.idx, c.code) for c in re_mentions(candidates)}
    # "Officials said the attack had wounded twenty more": violence told before, named again
    repeats |= {(c.trigger.idx, c.code) for c in told_again(candidates)}
    # "the massacres saw thousands killed": the killing is the act its noun names (same_act)
    outcomes = outcome_ties(candidates)
    doc_hash = doc_id_for(ctx.text)
    home = document_country(ctx.actors, ctx.places)
    events: list[Event] = []
    keys: dict[tuple[object, ...], list[tuple[str | None, str | None]]] = {}
    for cand in candidates:
        if not keep(cand) or cand.source is None:  # participants: see .arguments.keep
            note(cand, _unkept(cand))
            continue
        if cand.target is not None and cand.target.code is None and (
                inner := party_inside_a_thing(cand.trigger, cand.target, finder, cand.source,
                                              cand.code, _topic_preps(cand.code))):
            # "welcomed the agreement between Ethiopia and Eritrea": a thing, not a party
            cand.target = inner
            cand.notes.append("target: the party inside the thing acted on")
        if cand.target is None and not _released_asked(cand) and (inner := object_party(
                cand.trigger, finder, cand.source, topic_preps=_topic_preps(cand.code))):
            # "rejected a request by Mr. Erdogan": the party inside what was done
            cand.target = inner
            cand.notes.append("target: the party inside the object phrase")
        if cand.target is None and (where := place_where(cand.trigger, cand.code, finder,
                                                         cand.source)):
            # "troops remained on alert in Manila": an event already kept without a target
            # (the field dictionary's too) takes the country of the place it happened in
            cand.target = where
            cand.notes.append("target: the place where it happened")
        if cand.target is None and (state := protest_home(cand.trigger, cand.code, finder,
                                                          cand.source, home)):
            # "involved in demonstrations in support of free speech" (an article about the
            # United States): a protest with no addressee and no place is against the state
            cand.target = state
            cand.notes.append("target: the state of the article's country")
        if (hit := told_victims(cand, candidates)) is not None:
            # "carried out air strikes in Mosul, killing dozens of fighters": whom it hit
            cand.target = hit
            cand.notes.append("target: those its participle of violence says it hit")
        if cand.target is None and (own := own_population(cand.trigger, cand.code,
                                                          cand.source)):
            # "Algeria imposed a ban on niqabs": a state's restriction that names no one and
            # no place is done to its own population (arguments.yaml own_population_codes)
            if (covered := restricted_place(cand.trigger)) is not None:
                # "imposed a curfew on Basra": the text names the people through the place
                own = replace(own, mention=covered[2], start=covered[0], end=covered[1],
                              resolution=replace(own.resolution, reason=(
                                  f"the people of '{covered[2]}', where {_coded(cand.source)} "
                                  f"restricts its own population → {own.code}")))
            cand.target = own
            cand.notes.append("target: the population of the restricting state")
        if cand.target is not None and RECIPROCAL_NOTE not in cand.notes and own_word_of_codoers(
                cand.trigger, finder, cand.target):
            # "Algeria and Morocco closed their borders to migrants": "their" is both doers
            # (coreference gave it Algeria), never whom Morocco closed them to
            if (inner := object_party(cand.trigger, finder, cand.source, uncoded=False)):
                cand.target = inner
                cand.notes.append("target: the party inside the object phrase, not a co-doer")
            elif cand.intransitive:  # "France and Britain recalled their ambassadors"
                cand.target = None
                cand.notes.append("target: none; the object is the doers' own")
        # "accused the finance minister of corruption": an office named by its title alone is
        # of the article's country (.home_offices)
        cand.source = home_office(cand.source, ctx.doc, home)
        if cand.target is not None:
            cand.target = home_office(cand.target, ctx.doc, home)
        if cand.target is not None and (_same_actor(cand.source, cand.target) or (
                _coded(cand.source) == _coded(cand.target)
                and not _two_generics(cand.source, cand.target))):
            if _own_person(cand.source, cand.target, cand.code, cand.trigger.doc):
                # "Ukraine imposed sanctions on former President Viktor Yanukovich": a state
                # acting on a named person of its own country acts on another party
                cand.notes.append("target: a named person of the doer's own country")
            elif violence_between_people(cand.source, cand.target, cand.code,
                                         cand.trigger.doc):
                # "a Nigerian man killed his wife": two private people of one code, named apart
                cand.notes.append("target: another private person of the doer's code")
            elif _named_apart(cand.source, cand.target, cand.code, cand.trigger.doc):
                # "Modi criticised the Delhi government": censure of another party of the
                # doer's own code, named apart
                cand.notes.append("target: another party of the doer's code, named apart")
            elif (people := _own_people(cand.source, cand.target, cand.code)) is not None:
                # "Bolivian authorities declared a state of siege in Bolivia": a state's
                # restriction on its own country acts on its people, not on itself
                cand.target = people
                cand.notes.append("target: the population of the restricting state")
            elif (inner := object_party(cand.trigger, finder, cand.source, uncoded=False)):
                # "Croatia opened its borders to refugees from Serbia": the slot named the
                # doer again; the other party of the object phrase is whom it was done to
                cand.target = inner
                cand.notes.append("target: the party inside the object phrase")
            elif cand.intransitive and cand.code.startswith(argument_rules().own_means_roots) \
                    and not cand.method.startswith(DICTIONARY_METHOD):
                # "Poland put its air defences on high alert": the doer's own forces are its
                # means; the posture stands without a target (arguments.yaml own_means_roots)
                cand.target = None
                cand.notes.append("target: none; the slot named the doer's own means")
            elif cand.code[:2] not in ADDRESSEE_OPTIONAL or cand.method.startswith(
                    DICTIONARY_METHOD) or not (
                    cand.intransitive or _two_mentions(cand.source, cand.target)):
                # the field dictionary's phrases code interactions: "Putin flew to
                # Magnitogorsk", "Chahed signed a government decree" name no other party
                note(cand, "dropped: the target is the doer's own party")
                continue
            else:
                # "Peretz denied charges from Liberman" (both ISRGOV), "Ghani issued a plea to
                # the Taliban" (the Taliban read AFGGOV): a verbal act stands without its
                # addressee when the addressee is another mention of the doer's own party
                cand.target = None
        if cand.target is not None and (inner := aimed_at(cand.trigger, finder, cand.source,
                                                          cand.target, cand.code, ctx.doc)):
            # "withdraw its troops from Abyei", "mobilized the army for an assault on X": the
            # doer's own forces are the means; the party they are used on is the target
            cand.target = inner
            cand.notes.append("target: the party the doer's own forces are used on")
        if (partner := handed_to(cand.trigger, finder, cand.source, cand.code)) is not None:
            # "extradited a Russian businessman to Moscow": the state cooperated with
            cand.target = partner
            cand.notes.append("target: the party the person is handed over to")
        tok = cand.trigger
        # one event per trigger, code and pair of countries: two mentions of one dyad
        # ("PRC Director …, Foreign Minister Wang Yi") are one event; two named persons are
        # two members ("Durbin and Schiff both questioned …": _another_member)
        dedup = (tok.i, cand.code, _party(cand.source), _party(cand.target))
        persons = (_person(cand.source, tok.doc), _person(cand.target, tok.doc))
        if dedup in keys and not _another_member(persons, keys[dedup]):
            note(cand, "dropped: same trigger, code and dyad as an event kept before")
            continue
        keys.setdefault(dedup, []).append(persons)
        info = code_info(cand.code)
        sent = tok.sent
        place = event_location(ctx, tok) or target_place(ctx.places, cand.target)
        date = event_date(ctx, tok)
        target = cand.target
        if target is None and not _foreign_protest_nowhere(cand, place, home) and (
                addressee := implied_addressee(tok, cand.code, cand.source)) is not None:
            # "pleaded not guilty": to the court where it happened, else of the article's or
            # the pleader's country; "protested in the capital": to that country's government
            target = locate_implied(addressee, place, None,
                                    home or (cand.source.country if cand.source else None))
        mod = dated_future(cand.modality or modality(tok, book, light=light), tok, date,
                           ctx.published)
        if generic_target(target, mod, ctx.doc):
            note(cand, "dropped: a rule or possibility aimed at anyone of a kind (generic)")
            continue  # "a federal official can be removed by Congress" (events/generic.py)
        if mod == "negated" and unrealised(tok, ctx.quotes, book):
            note(cand, "dropped: negated and never attempted (inability)")
            continue  # "police could not arrest him": no act (events/inability.py)
        confidence = cand.confidence - (0.15 if hedged(tok, book) else 0.0)
        note_event(cand, _event_id(doc_hash, cand))
        events.append(Event(
            event_id=_event_id(doc_hash, cand),
            sentence=Span(*sentence_bounds(sent)),
            trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
            # "Algeria has imposed bans": a country named as the doer acts through its
            # government (its army for force, its police for arrests: state_levels.yaml)
            source=acting_level(locate_implied(
                cand.source, place or sentence_place(ctx.places, tok), cand.target, home,
                violent=cand.code[:2] in argument_rules().implied_violence_roots), info.code),
            # "a shooting in Christchurch": the people hit there; "criticised Iran": a
            # country addressed by a verbal act is its government (state_levels.yaml)
            target=addressed_level(victims_at(target, info.code), info.code),
            cameo=info.code,
            cameo_root=info.root,
            cameo_name=info.name,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover=plover_view(info, tok, mod, book),
            modality=mod,  # type: ignore[arg-type]
            date=date,
            place=place,
            attribution=attribution(tok, ctx.quotes, ctx.actors, book),
            evidence=Evidence(method=cand.method, confidence=round(max(confidence, 0.05), 2)),
        ))
    # date_repeats redates (never drops) the events stated without a time of their own
    events = date_repeats(events, ctx.published, ctx.times)
    for e in events:
        if (e.trigger.start, e.cameo) in repeats:
            event_dropped(e.event_id, "dropped: told before (re-mention of an earlier event)")
    events = [e for e in events if (e.trigger.start, e.cameo) not in repeats]
    # "Turkey began an offensive on Wednesday … On Wednesday, Turkey began an offensive with
    # airstrikes": one act told twice (the guide records it at its first clear mention)
    retold = retold_acts(events, verb_lemmas(candidates))
    for i in retold:
        event_dropped(events[i].event_id, "dropped: the same act retold")
    events = [e for i, e in enumerate(events) if i not in retold]
    # "Driver … pleads not guilty" over "Zhukovskyy … pleaded not guilty on Tuesday": the
    # headline's act is the body's, told there with its date and parties
    repeated = headline_repeats(events, ctx.text)
    for i in repeated:
        event_dropped(events[i].event_id, "dropped: the headline repeats an act of the body")
    events = [e for i, e in enumerate(events) if i not in repeated]
    # "Bosnia and Slovenia agreed to a ceasefire": one reciprocal act, one event from the
    # first-named doer to the other, as the guide writes it (same_act)
    mirrors = reciprocal_mirrors(events)
    for i in mirrors:
        event_dropped(events[i].event_id, "dropped: the mirror of a reciprocal act kept before")
    events = [e for i, e in enumerate(events) if i not in mirrors]
    # "the massacres saw thousands killed", "a bombing killed twelve": one act (same_act)
    events, outcomes_of = told_outcomes(events, outcomes)
    for i in outcomes_of:
        event_dropped(events[i].event_id, "dropped: one violent act, told by a verb and its noun")
    events = [e for i, e in enumerate(events) if i not in outcomes_of]
    # "announced his resignation … protesters called for his resignation": yielded to them;
    # "in the 1990s, he [a president until 2017] confiscated …": the office at the event's time
    return office_at_event_time(_one_sided(yielded_to(events)))


def _unkept(cand: Candidate) -> str:
    """Why the participant policy (:func:`.arguments.keep`) dropped ``cand``, for the trace."""
    if cand.source is None:
        return "dropped: no source (subject or doer not found or not an actor)"
    if cand.target is None and not cand.intransitive:
        return "dropped: no target, and the pattern needs one (slot empty)"
    return "dropped: no participant is coded and anchored (keep)"


def _one_sided(events: list[Event]) -> list[Event]:
    """Lower the confidence of a doer's event that names no target when the same doer has an
    event of the same sentence that does ("Germany provided 6 million euros to support projects
    for refugees": the support names whom; "the army released a ship it seized": the release
    names whose). CAMEO events are dyadic: of one doer's readings of a sentence with the same
    modality, the one-sided reading is the less complete, and a user taking the sentence's
    best event should get the other. Nothing is made or dropped, and events of other doers or
    of another modality ("rejected appeals to release X": the release did not happen) are not
    compared. Likewise an event whose doer the text does not name (an implied agent, empty
    mention: "Ajak was *released* after Kiir pardoned him") ranks below an event of the same
    sentence and modality that names both its sides."""
    dyadic = {(e.sentence.start, e.source.start, e.source.end, e.modality) for e in events
              if e.source is not None and e.source.mention and e.target is not None}
    # a doer the text does not name (an implied agent: "X was released after Kiir pardoned
    # him") is a less complete reading than an event of the same sentence naming both sides
    named = {(e.sentence.start, e.modality) for e in events
             if e.source is not None and e.source.mention and e.target is not None}
    out: list[Event] = []
    for e in events:
        if (e.target is None and e.source is not None and (
                e.sentence.start, e.source.start, e.source.end, e.modality) in dyadic) or (
                e.source is not None and not e.source.mention
                and (e.sentence.start, e.modality) in named):
            conf = round(max(e.evidence.confidence - ONE_SIDED_PENALTY, 0.05), 2)
            e = replace(e, evidence=Evidence(method=e.evidence.method, confidence=conf))
        out.append(e)
    return out
