"""The party inside an act's object phrase, for an event its pattern left without a target.

A pattern's target slots name where the party acted on usually stands ("rejected Iran's
proposal", "called on X"). Real news often tucks that party deeper, inside the phrase that
names what was done: "rejected a request by Mr. Erdogan", "announced a ceasefire with the
Taliban", "lifted travel curbs to and from North Korea", "launched an offensive against
militants in South Waziristan". An event the participant policy already kept without a target
(an intransitive pattern, an event noun) takes the nearest coded party of that phrase as its
target: the walk goes breadth-first down the trigger's object and prepositional dependents, so
the closest party wins, and never into the subject, the doer of a passive, a clause of its own
(relative, adverbial, a reported or conjoined one) or a time phrase ("on Tuesday").

It only fills a target; it never makes or drops an event, so it cannot change which events a
document has (``code_events`` runs it after the participant policy).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.lookup import actor_for_span
from ..datafiles import load_yaml
from ..nlp.shared import children_of
from ..records import Actor, Resolution, Span
from .actor_finder import ActorFinder, political
from .argument_rules import argument_rules
from .argument_words import concessive, time_phrase
from .kinds import participant_kinds
from .nationality import owner_actor
from .participants import place_target
from .patterns import _words
from .sides import same_side
from .syntax import subject, with_conjuncts
from .targets import not_the_doers

#: Dependents of the trigger the walk enters: what was done and to, with, against whom, and
#: the act agreed to, refused or announced ("agreed to lift its ban on US poultry").
TRIGGER_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "pobj", "xcomp", "ccomp"})
#: Dependents inside the object phrase the walk enters: owners, nationalities, compounds,
#: prepositional phrases and their objects, coordinated and apposed nouns.
PHRASE_DEPS = frozenset({"poss", "amod", "compound", "prep", "pobj", "conj", "appos", "nmod",
                         "dobj", "pcomp", "dative"})
#: Below an act done with the doer's own forces, also their purpose: "offered to send troops
#: to distribute supplies in Somalia", "mobilized the army to defend the border with Chad".
PURPOSE_DEPS = PHRASE_DEPS | {"advcl", "xcomp", "relcl"}
#: Dependencies of a purpose infinitive (the parser hangs "an initiative to halt …" as relcl/acl).
PURPOSE_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "xcomp"})
#: How many tokens deep the walk may go below the trigger (a sentence's far end is another act).
MAX_DEPTH = 5

def _named(actor: Actor | None) -> bool:
    """A person or organisation the actors stage found but could not code ("former leader
    Carles Puigdemont"): still who was acted on, kept with its mention and an empty code."""
    return actor is not None and actor.kind in ("person", "organisation") and bool(
        actor.mention) and actor.code is None and actor.country is None


def _generic(actor: Actor | None) -> bool:
    """A group the actors stage gave a sector but no country ("national newspapers" MED)."""
    return actor is not None and bool(actor.sector) and actor.country is None and actor.kind in (
        "group", "organisation", "media")


def _uncoded_at(tok: Token, finder: ActorFinder) -> Actor | None:
    """The actor the actors stage found at ``tok`` but left uncoded: the finder indexes the
    coded ones only, so a name like "Yale" or "Freeport-McMoRan" is looked up among all."""
    return actor_for_span(finder.all_actors, tok.idx, tok.idx + len(tok.text), head=tok.idx)


def object_party(trigger: Token, finder: ActorFinder, source: Actor | None, *,
                 uncoded: bool = True, skip: Callable[[Actor], bool] | None = None,
                 inner: frozenset[str] = PHRASE_DEPS,
                 topic_preps: frozenset[str] = frozenset()) -> Actor | None:
    """The nearest coded party of the trigger's object phrase that is not the source, else
    (``uncoded``) the nearest named party the actors stage left uncoded.

    ``uncoded=False`` where the answer decides whether an event exists at all (a slot that
    named the doer again), not only who its target is: then only a coded party will do.
    ``skip`` passes over parties that cannot be the answer (the doer's own forces);
    ``inner`` are the dependencies the walk enters below the trigger's own; ``topic_preps``
    are the trigger's prepositions that name what the act is about, not whom ("spoke about").
    """
    queue: deque[tuple[Token, int]] = deque(
        (c, 1) for c in [*children_of(trigger), *_verb_held_phrases(trigger)]
        if c.dep_ in TRIGGER_DEPS and not concessive(c) and not (c.dep_ == "prep" and (
            time_phrase(c) or c.lower_ in topic_preps)))
    seen: set[int] = {trigger.i}
    doers = _co_doers(trigger, finder)
    fallback: Actor | None = None
    generic: Actor | None = None
    while queue:
        tok, depth = queue.popleft()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            actor = finder.at(tok, pronoun_fallback=False) or owner_actor(tok)
            if actor is not None and skip is not None and skip(actor):
                pass  # walk on below it: "its troops from Abyei"
            elif actor is not None and doers and not not_the_doers([actor], doers):
                pass  # "Algeria and Morocco closed their borders": the doers' own
            elif actor is not None and political(actor) and (
                    source is None or not same_side(actor, source)
                    or _another_person(actor, source)):
                return actor
            elif fallback is None and actor is None and tok.pos_ == "PROPN" and _named(
                    named := _uncoded_at(tok, finder)):
                fallback = named
            elif generic is None and actor is None and tok.pos_ == "NOUN" and _generic(
                    named := actor_for_span(finder.all_actors, tok.idx, tok.idx + len(tok.text),
                                            head=tok.idx, include_media=True)):
                generic = named
        if depth >= MAX_DEPTH:
            continue
        # a conjoined verb is an act of its own ("urge all countries to condemn this launch
        # and call on the DPRK …"), never part of the object phrase; so is a conjoined event
        # noun ("called for a halt to the shelling and the release of all detainees": the
        # detainees are not whom the halt is asked of)
        queue.extend((c, depth + 1) for c in children_of(tok)
                     if c.dep_ in inner and not (c.dep_ == "prep" and time_phrase(c))
                     and not (c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX") or (
                         c.pos_ == "NOUN" and c.lemma_.lower() in finder.event_nouns))))
    return (fallback or generic) if uncoded else None


def _verb_held_phrases(trigger: Token) -> list[Token]:
    """The object phrase of an event noun the parser hung on the verb that takes the noun
    ("launching an inquiry [into the conduct of X]", "imposed sanctions [on Iran]"): the
    verb's prepositions of ``nominal_target_preps`` after the noun are the noun's own."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return []
    preps = argument_rules().nominal_target_preps
    return [c for c in children_of(trigger.head)
            if c.dep_ == "prep" and c.i > trigger.i and c.lower_ in preps]


def _another_person(actor: Actor, source: Actor) -> bool:
    """Two different named people of one government are two parties: "Trump asked for
    Bolton's resignation" acts on Bolton, though both are USAGOV (a state acting on itself,
    "Serbia lifted a curfew in Belgrade", stays targetless: those are no people)."""
    words = actor.mention.split()
    named = bool(words) and words[0].lower() not in ("the", "a", "an") and words[-1][:1].isupper()
    # a named person only: "succeeding her as the Prime Minister" is an office, not a party
    return (named and actor.kind == "person" and source.kind == "person"
            and actor.start != source.start and actor.entity is not None
            and actor.entity != source.entity)


def _co_doers(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """The actors of the trigger's conjoined subject ("Algeria and Morocco"), when several."""
    subj = subject(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return []
    found = [a for t in with_conjuncts(subj)
             if (a := finder.at(t, pronoun_fallback=False)) is not None]
    return found if len(found) > 1 else []


def own_word_of_codoers(trigger: Token, finder: ActorFinder, target: Actor) -> bool:
    """Whether ``target`` is one of the trigger's conjoined doers, named again by their own
    pronoun ("Algeria and Morocco closed *their* borders"): never whom either acts on."""
    doers = _co_doers(trigger, finder)
    return bool(doers) and not not_the_doers([target], doers)


# --------------------------------------------------------------------------- own forces

@dataclass(frozen=True, slots=True)
class InstrumentRules:
    roots: tuple[str, ...]
    force_sectors: frozenset[str]
    doer_sectors: frozenset[str]
    possessives: frozenset[str]
    handed_to: tuple[str, ...]


#: The schema of ``instruments.yaml`` (checked at load time, see docs/data-files.md).
INSTRUMENTS_SCHEMA = {"instrument_roots": [str], "force_sectors": [str], "doer_sectors": [str],
                      "own_possessives": [str], "handed_to_codes": [str]}


@lru_cache(maxsize=1)
def instrument_rules() -> InstrumentRules:
    """``instruments.yaml``, loaded once per process."""
    raw = load_yaml("events/instruments.yaml", INSTRUMENTS_SCHEMA)
    return InstrumentRules(
        roots=tuple(str(r) for r in raw["instrument_roots"]),
        force_sectors=frozenset(str(s) for s in raw["force_sectors"]),
        doer_sectors=frozenset(str(s) for s in raw["doer_sectors"]),
        possessives=_words(raw["own_possessives"]),
        handed_to=tuple(str(c) for c in raw["handed_to_codes"]),
    )


def _head(doc: Doc, actor: Actor) -> Token | None:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def own_forces(target: Actor, source: Actor, code: str, doc: Doc) -> bool:
    """Whether an act's target is the doer's own instrument, not whom the act is aimed at:
    "withdraw **its troops** from X", "lay down **their weapons** in X" (an owner's pronoun,
    on a party of no other country: "their Chinese counterparts" are another party),
    "Israel mobilized **the army** for an assault on X" (the forces of the doer's own state, or
    of none named, when the doer is a state, its government or its military).

    Only for the roots of ``instruments.yaml`` (intent, cooperation, force posture): in
    coercion and violence the army can be the one acted on ("purged the army")."""
    rules = instrument_rules()
    if not any(code.startswith(r) for r in rules.roots):
        return False
    if target.country is not None and target.country != source.country:
        return False  # "shared evidence with their Chinese counterparts": another party
    head = _head(doc, target)
    if head is not None and (head.lower_ in rules.possessives or any(
            c.dep_ == "poss" and c.lower_ in rules.possessives for c in children_of(head))):
        return True
    if target.sector not in rules.force_sectors:
        return False  # (a country of its own was ruled out above: "soldiers" names none)
    return source.kind == "state" or source.sector in rules.doer_sectors


def aimed_at(trigger: Token, finder: ActorFinder, source: Actor, target: Actor, code: str,
             doc: Doc) -> Actor | None:
    """When ``target`` is the doer's own forces (:func:`own_forces`), the party of the
    trigger's object phrase they are used on ("withdraw its troops **from Abyei**"), else
    ``None`` (the target stays: "Sudan withdrew its troops" names no one else)."""
    if not own_forces(target, source, code, doc):
        return None

    def own(actor: Actor) -> bool:
        return actor.start == target.start or own_forces(actor, source, code, doc)

    return object_party(trigger, finder, source, skip=own, inner=PURPOSE_DEPS)


def place_where(trigger: Token, code: str, finder: ActorFinder, source: Actor) -> Actor | None:
    """The country of the place an event kept without a target happened in: the trigger's
    own in-phrase (:func:`.participants.place_target`, "lifted a curfew in Montenegro"), else
    that of the object of one of its prepositions ("troops remained **on alert in Manila**").

    The coder asks this only of its own patterns and only where a place cannot make an event;
    here every event is already kept, so the field dictionary's events ("remained on alert",
    PETRARCH's 152) get their place too, and no event is made or dropped."""
    found = place_target(trigger, code, finder, source, kept=True)
    if found:
        return found[0]
    for prep in children_of(trigger):
        if prep.dep_ != "prep" or time_phrase(prep):
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and (
                    found := place_target(obj, code, finder, source, kept=True)):
                return found[0]
    for clause in purposes(trigger):
        if found := place_target(clause, code, finder, source, kept=True):
            return found[0]
    return None


def purposes(trigger: Token) -> list[Token]:
    """The "to"-infinitives saying what an act is for, on the trigger or on its object ("announced
    a ceasefire initiative **to halt the fighting in Yemen**", "allocated €95 million **to
    address the needs of people in Yemen**"): where the act is meant to take effect."""
    holders = [trigger, *(c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass"))]
    return [c for h in holders for c in children_of(h)
            if c.dep_ in PURPOSE_CLAUSE_DEPS and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]


def handed_to(trigger: Token, finder: ActorFinder, source: Actor, code: str) -> Actor | None:
    """The party a person is handed over to, for the codes of ``handed_to_codes``: the coded
    party of another country in a "to" phrase of the trigger or of its object phrase ("Spain
    extradited a Russian businessman **to Moscow**", "approved the extradition of X **to
    Panama**"), else ``None``."""
    if not any(code.startswith(c) for c in instrument_rules().handed_to):
        return None
    holders = [trigger, *(c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass"))]
    holders += [g for h in holders[1:] for p in children_of(h) if p.dep_ == "prep"
                and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for obj in children_of(prep):
                actor = finder.at(obj, pronoun_fallback=False) if obj.dep_ == "pobj" else None
                if actor is not None and political(actor) and actor.country and (
                        actor.country != source.country):
                    return actor
    return None


#: Prepositions before the place a restriction is imposed on ("a curfew *in* Jamaica", "*on*
#: Basra", "*across* the province").
RESTRICTED_PREPS = frozenset({"in", "on", "across", "throughout", "inside"})
#: Entity types of a place a restriction can cover.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def restricted_place(trigger: Token) -> tuple[int, int, str] | None:
    """The named place a state's restriction covers, as (start, end, text) of its phrase:
    the in/on phrase of the trigger, of its object, or of the act it announces ("imposed a
    curfew **on Basra**", "declared a state of siege **in Pando**", "announced that the
    government will extend the curfew **in Jamaica**").

    :func:`.participants.own_population` reads such a restriction as done to the state's own
    people; the text names them only through this place, so the place phrase is their
    mention — where a reader of the output finds whom it was done to — while their code stays
    the restricting state's civilians. A place the places stage could geocode never gets here
    (:func:`.participants.place_target` already made it the target); a phrase with no named
    place ("in four of the country's states") gives none."""
    holders = [trigger]
    holders += [c for c in children_of(trigger) if c.dep_ in ("dobj", "xcomp", "ccomp")]
    holders += [g for h in holders[1:] if h.pos_ in ("VERB", "AUX")
                for g in children_of(h) if g.dep_ == "dobj"]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ not in RESTRICTED_PREPS or time_phrase(prep):
                continue
            for obj in children_of(prep):
                if obj.dep_ != "pobj":
                    continue
                phrase = obj.doc[obj.left_edge.i:obj.i + 1]
                if any(t.ent_type_ in PLACE_ENTS for t in phrase):
                    return phrase.start_char, phrase.end_char, phrase.text
    return None


def party_inside_a_thing(trigger: Token, target: Actor, finder: ActorFinder,
                         source: Actor | None, code: str,
                         topic_preps: frozenset[str] = frozenset()) -> Actor | None:
    """The coded party inside the object phrase, for a cooperative or verbal act
    (``thing_target_roots``) whose target nobody coded is a thing, not a party: "the UN
    welcomed *the agreement* between Ethiopia and Eritrea" praises the parties, not a
    document. The participant pass keeps such a noun as a target, so :func:`object_party`
    (which fills only an empty target) never looked inside it. A target whose head noun is a
    person or a group by its WordNet supersense (``patient_kinds``: "the man", "the crowd")
    stays; so does one the table says nothing of (a name, a pronoun)."""
    rules = argument_rules()
    if not code.startswith(rules.thing_target_roots):
        return None
    kinds = participant_kinds(target, trigger.doc)
    if not kinds or kinds[0] in rules.patient_kinds:
        return None
    return object_party(trigger, finder, source, uncoded=False, topic_preps=topic_preps)


def protest_home(trigger: Token, code: str, finder: ActorFinder, source: Actor | None,
                 home: str | None) -> Actor | None:
    """Whom a protest kept with no addressee is against when its sentence places it nowhere:
    the state of the article's country (``home``, the clear majority of its actors and places).

    CAMEO, the PLOVER GSR and the annotation guide's Wikinews gold code a protest with no
    addressee as directed at the government where it happens ("Kokesh has been involved in
    demonstrations in support of free speech" in an article about the United States → USAGOV);
    :func:`.participants.protest_target` already reads the sentence's own place. Empty-spanned
    at the trigger like an implied agent (the text names no one), and never the protesters'
    own state ("Peru staged a protest"). Only for protesters of that country or of none (a
    foreign group's protest more likely happens at home), and only when the sentence names no
    place of any country (two countries' places leave it open) and no coded party besides the
    protesters' side ("a hunger strike in protest against laws imposed by the Indian
    government": the sentence's own party says more than the article's country)."""
    if home is None or source is None or not code.startswith(argument_rules().protest_roots):
        return None
    sent = trigger.sent
    if source.country not in (None, home) or any(
            p.country and sent.start_char <= p.start < sent.end_char for p in finder.places):
        return None
    if any(not same_side(a, source) for a in finder.actors.starting_in(
            sent.start_char, sent.end_char) if political(a)):
        return None
    state = Actor(mention="", start=trigger.idx, end=trigger.idx, name="", kind="state",
                  country=home, code=home,
                  resolution=Resolution("context", (
                      f"'{trigger.text}' is a protest with no addressee and no place: directed "
                      f"at the state of the article's country ({home})")),
                  sentence=Span(sent.start_char, sent.end_char, sent.text))
    return None if same_side(state, source) else state

