"""Event participants the actor dictionaries do not know, and places that stand for countries.

Real news is mostly about people nobody has coded: "a suicide bomber killed five people", "four
men were indicted by a federal grand jury", "a man was arrested". Dropping such events loses
them for good, while a user can always filter on codes; so when the parse gives a participant
the actors stage could not code, the event keeps it as an :class:`Actor` with its mention, span,
``code=None`` and the reason in ``resolution.reason``. A passive without a by-phrase ("was
arrested") gets an empty *implied agent* as source (reason ``implied agent``). A city or region
acted on ("shelled the city of Kharkiv") stands for its country's territory: the target is that
country, with the place's name as the mention.

Which uncoded events are kept (:func:`keep`) is a policy, read from ``arguments.yaml``: at
least one coded participant, or a root of material conflict/coercion (14-20) where a
participant is at least named in the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpanLike

from ..actors.lookup import actor_for_span
from ..nlp.shared import children_of, head_of, text_of
from ..records import Actor, Place, Resolution, Span
from .actor_finder import political
from .argument_rules import argument_rules
from .kinds import head_token, kinds_of
from .syntax import headline_subject, is_passive, nominalised

if TYPE_CHECKING:
    from .actor_finder import ActorFinder

IMPLIED_AGENT = "implied agent"
NOMINAL_DEPS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_LEFT_SKIP = frozenset({"punct", "cc", "conj", "appos", "relcl", "acl", "prep", "advmod"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


class Coded(Protocol):
    """What the policy reads of a candidate event (``coder.Candidate`` has it)."""

    code: str
    source: Actor | None
    target: Actor | None
    intransitive: bool
    trigger: Token


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok``: its left modifiers and an of-phrase
    ("the Ukrainian city of Kharkiv"), never a relative clause or an apposition."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ not in _LEFT_SKIP:
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.i == right + 1 and (child.lower_ == "of" or (
                child.text[:1].isupper() and tok.text[:1].isupper())):
            # "the Ukrainian city of Kharkiv"; a capitalised preposition is part of a name
            # ("Action Against Hunger", "Reporters Without Borders")
            right = max(right, child.right_edge.i)
        elif child.dep_ in ("compound", "nummod") and child.i == right + 1:
            right = child.right_edge.i
    doc = tok.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def participant_token(tok: Token) -> bool:
    """Whether a token can head an event participant (a nominal that is not a time or amount)."""
    rules = argument_rules()
    if (tok.pos_ not in NOMINAL_DEPS and not nominalised(tok)) or \
            tok.lower_ in rules.not_participants:
        return False
    if tok.lemma_.lower() in rules.not_participant_nouns or not_actor(tok):
        return False
    return tok.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL")


def not_actor(tok: Token) -> bool:
    """Nature, an animal, a vehicle or a text: by the head ("his lions") or a compound
    ("Typhoon Phanfone", "warm water circulation"; but a "car bomb" is still a bomb)."""
    rules = argument_rules()
    lemma = tok.lemma_.lower()
    if lemma in rules.not_actors:
        return True
    return lemma not in rules.event_subjects and any(
        c.dep_ == "compound" and c.lemma_.lower() in rules.not_actors for c in children_of(tok))


def violence_context(trigger: Token, event_nouns: frozenset[str]) -> bool:
    """'were killed in an attack', 'by gunfire', 'during clashes': the sentence says violence."""
    rules = argument_rules()
    holders = [trigger, *[c for c in trigger.conjuncts]]
    for holder in holders:
        for prep in children_of(holder):
            if prep.dep_ == "advcl" and any(
                    g.dep_ == "nsubj" and not not_actor(g) and (
                        g.lemma_.lower() in event_nouns or g.lemma_.lower() in rules.event_subjects)
                    for g in children_of(prep)):
                return True  # "were killed after a car bomb struck a bus", "when a mine exploded"
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in (
                    "in", "during", "by", "after", "amid", "from", "when"):
                continue
            for g in children_of(prep):
                lemma = g.lemma_.lower()
                if g.dep_ == "pobj" and not not_actor(g) and (
                        lemma in event_nouns or lemma in rules.event_subjects):
                    return True
    return False


def violence_opponent(trigger: Token, finder: ActorFinder, event_nouns: frozenset[str]
                      ) -> Actor | None:
    """'were killed in a shootout with police', 'died in clashes with the army': the event
    noun's with-phrase names the side that did it, which the passive leaves unnamed."""
    rules = argument_rules()
    for prep in children_of(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
            continue
        for g in children_of(prep):
            lemma = g.lemma_.lower()
            if g.dep_ != "pobj" or not (lemma in event_nouns or lemma in rules.event_subjects):
                continue
            for q in children_of(g):
                if q.dep_ != "prep" or q.lower_ not in rules.opponent_preps:
                    continue
                for o in children_of(q):
                    actor = finder.at(o, pronoun_fallback=False) if o.dep_ == "pobj" else None
                    if political(actor):
                        return actor
    return None


def _kind(tok: Token) -> str:
    if tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "him", "her"):
        return "person"
    if tok.ent_type_ in ("ORG", "GPE"):
        return "organisation"
    return "group"


def uncoded_actor(finder: ActorFinder, tok: Token) -> Actor | None:
    """The participant ``tok`` names when no coded actor covers it: the actors stage's own
    uncoded mention when it has one (with its reason), else a new mention with ``code=None``."""
    if not participant_token(tok):
        return None
    start, end = phrase_span(tok)
    known = actor_for_span(finder.all_actors, tok.idx, tok.idx + len(tok.text), head=tok.idx,
                           include_media=True)
    if known is not None:
        return None if known.kind == "media" else known
    text = text_of(tok.doc)[start:end]
    words = text.split()
    name = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in (
        "a", "an", "the") else text
    sent = tok.sent
    return Actor(
        mention=text, start=start, end=end, name=name, kind=_kind(tok),  # type: ignore[arg-type]
        resolution=Resolution("unresolved", f"no actor code: '{text}' is in no actor dictionary"
                              if tok.pos_ != "PRON" else
                              f"no actor code: pronoun '{text}' has no coded antecedent"),
        sentence=_sentence_span(sent),
    )


_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we"})
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def uncoded_party(tok: Token | None, finder: ActorFinder) -> bool:
    """A subject naming a person, a group or an organisation that nobody coded ("the
    spokesman", "they"): :func:`party_token` and no political actor there."""
    return tok is not None and not political(finder.at(tok)) and party_token(tok)


def party_token(tok: Token) -> bool:
    """A mention of a person, a group or an organisation, never a thing, a storm, a disease, a
    product or a number: a personal pronoun, a name of a person, organisation or nationality,
    or a common noun whose commonest WordNet supersense is a person or group
    (``patient_kinds``, ``kinds.noun_kinds``)."""
    if not participant_token(tok):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in _PARTY_PRONOUNS
    if tok.ent_type_:
        return tok.ent_type_ in _PARTY_ENTITIES
    return tok.pos_ == "NOUN" and not tok.like_num and people_noun(tok)


def people_noun(tok: Token) -> bool:
    """A common noun whose commonest WordNet supersense is one of ``patient_kinds`` (a person
    or a group: "the truckers", "households"), by its lemma, else its lower-cased form."""
    return (kinds_of(tok) or ("",))[0] in argument_rules().patient_kinds


def pronoun(actor: Actor, doc: Doc) -> bool:
    """An actor mentioned by a pronoun (its code came from an antecedent)."""
    head = head_token(actor, doc)
    return head is not None and head.pos_ == "PRON"


def uncoded_speaker(cand: Coded) -> bool:
    """An act addressing no one in particular whose doer is a person, group or organisation
    nobody coded: kept as an event with that mention and an empty code. Statements of attitude
    (``uncoded_speaker_codes``: "he is pessimistic", "they hoped"); and for acts a private
    party does on its own account (``private_doer_codes``: protests, strikes, boycotts) also a
    doer the actors stage coded only by a private sector with no country
    (``private_doer_sectors``: "contract employees stopped work in a strike" → LAB, kept with
    the sector as its code). Users filter on codes; a dropped event cannot be recovered
    (issue 12)."""
    source = cand.source
    if source is None or is_implied(source) or source.kind == "media":
        return False
    rules = argument_rules()
    if source.code is None and source.sector is None:
        if not cand.code.startswith(rules.uncoded_speaker_codes + rules.private_doer_codes):
            return False
    elif source.country is not None or source.sector not in rules.private_doer_sectors or (
            not cand.code.startswith(rules.private_doer_codes)):
        return False
    head = head_token(source, cand.trigger.doc)
    return head is not None and party_token(head)


def _sentence_span(sent: SpanLike) -> Span:
    # the Doc's text sliced, not ``Span.text`` (which builds a Token per word)
    return Span(sent.start_char, sent.end_char, text_of(sent.doc)[sent.start_char:sent.end_char])


def implied_agent(trigger: Token, why: str = "") -> Actor:
    """The unnamed doer of an agentless passive ("was arrested") or of an event noun ("the
    arrest of …"): an empty, uncoded source at the trigger."""
    what = "event noun" if trigger.pos_ in ("NOUN", "PROPN") else "passive"
    why = why or f"{what} '{trigger.text}' names no doer"
    sector = argument_rules().implied_sectors.get(trigger.lemma_.lower())
    if sector is not None:
        why += f"; such acts are done by {sector}"
    return Actor(
        mention="", start=trigger.idx, end=trigger.idx, name="", kind="group", sector=sector,
        resolution=Resolution("unresolved", f"{IMPLIED_AGENT}: {why}"),
        sentence=_sentence_span(trigger.sent),
    )


def implied_addressee(trigger: Token, code: str, doer: Actor | None = None) -> Actor | None:
    """The authority an act is addressed to when the text leaves it implied: "pleaded not
    guilty" is a plea to the court, "thousands protested in the capital" a protest to the
    government (``implied_addressees``; a protest or demand only when its ``doer`` is of the
    entry's sectors). Empty and uncoded like an implied agent, so :func:`locate_implied` gives
    it the country where it happened."""
    entry = argument_rules().implied_addressees.get(trigger.lemma_.lower())
    if entry is None or not code.startswith(entry[1]):
        return None
    if entry[2] and (doer is None or doer.sector not in entry[2]):
        return None
    sector = entry[0]
    return Actor(
        mention="", start=trigger.idx, end=trigger.idx, name="", kind="organisation",
        sector=sector, resolution=Resolution(
            "unresolved", f"{IMPLIED_AGENT}: '{trigger.text}' is addressed to {sector}, "
                          "which the text leaves implied"),
        sentence=_sentence_span(trigger.sent),
    )


def doers(sources: list[Actor], subj: Token, trigger: Token,
           event_nouns: frozenset[str]) -> list[Actor]:
    """Uncoded subjects that are not doers: a natural cause ("a fire killed 100") is nobody, so
    no event; an event ("the blast killed 12") leaves its doer implied."""
    if not sources or political(sources[0]) or subj.pos_ not in ("NOUN", "PROPN"):
        return sources
    rules = argument_rules()
    lemma = subj.lemma_.lower()
    if not_actor(subj):
        return []
    if lemma in rules.event_subjects or lemma in event_nouns:
        return [implied_agent(trigger, f"the subject '{subj.text}' is an event, not its doer")]
    return sources


def locate_implied(actor: Actor | None, place: Place | None, target: Actor | None = None,
                   document_country: str | None = None, *, violent: bool = False
                   ) -> Actor | None:
    """An implied legal doer is the authority of the country where the act happened: "was
    arrested in Lebanon" → LBNCOP. Without a place, the country of the person acted on, then
    the country the article is about. Coded (an annotator codes the implied police or court
    too), with method ``implied`` and the reason, so a user can tell it from a named doer.

    An implied doer of no sector in a violent event (an unnamed attacker) is an unidentified
    armed actor (``implied_attacker_sector``) of the country where it happened, else of the
    article's country — never of the victims' (attackers cross borders) — else the sector alone,
    as the annotation guide codes "a gunman" whose country the text does not give."""
    if actor is None or not is_implied(actor) or actor.country:
        return actor
    if actor.sector is None:
        if not violent:
            return actor  # an unnamed critic is of no country the place could tell
        rules = argument_rules()
        sector, who = rules.implied_attacker_sector, "an unidentified armed actor"
        home = None
        if target is not None and target.sector in rules.counterforce_victims:
            # "three militants were killed in a firefight": the state's forces, in the
            # victims' country when the place gives none
            sector, who = rules.counterforce_sector, (
                f"the security forces ({rules.counterforce_sector}), as those hit are armed")
            home = target.country
        if place is not None and place.country:
            country, where = place.country, f"in {place.name} ({place.country})"
        elif home:
            country, where = home, f"of the country of those hit ({home})"
        elif document_country:
            country, where = document_country, f"in the article's country ({document_country})"
        else:
            return replace(actor, sector=sector, code=sector, resolution=Resolution(
                "implied", f"{actor.resolution.reason}: {who}, country unknown"))
        return replace(actor, country=country, sector=sector, code=country + sector,
                       resolution=Resolution("implied", f"{actor.resolution.reason}: "
                                             f"{who} {where}"))
    if place is not None and place.country:
        country, where = place.country, f"in {place.name} ({place.country})"
    elif target is not None and target.country and target.kind != "media":
        country, where = target.country, f"acting on {target.mention or target.name} " \
                                          f"({target.country})"
    elif document_country:
        country, where = document_country, f"in the article's country ({document_country})"
    else:
        return actor
    reason = f"{actor.resolution.reason}, {where}"
    return replace(actor, country=country, code=country + actor.sector,
                   resolution=Resolution("implied", reason))


def is_implied(actor: Actor | None) -> bool:
    """The unnamed doer made by :func:`implied_agent` (coded or not yet)."""
    return (actor is not None and actor.start == actor.end
            and actor.resolution.reason.startswith(IMPLIED_AGENT))


def document_country(actors: list[Actor], places: list[Place]) -> str | None:
    """The country an article is about: the clear majority of its coded actors and places
    (at least twice as many mentions as the next country), else None."""
    votes = Counter(a.country for a in actors if a.country and a.kind != "media")
    votes.update(p.country for p in places if p.country)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def place_of(places: list[Place], tok: Token) -> Place | None:
    """A place named by ``tok``, its compound, its apposition ("the capital Kabul") or its
    of-phrase ("the city of Kharkiv")."""
    heads = [tok, *[c for c in children_of(tok) if c.dep_ in ("compound", "appos")]]
    for p in children_of(tok):
        if p.dep_ == "prep" and p.lower_ == "of":
            heads += [g for g in children_of(p) if g.dep_ == "pobj"]
    for head in heads:
        if head.pos_ != "PROPN":  # "The man" is no town in Côte d'Ivoire
            continue
        for place in places:
            if place.start <= head.idx < place.end and place.country:
                return place
    return None


def place_actor(places: list[Place], tok: Token) -> tuple[Actor, Place] | None:
    """The country whose territory a place acted on stands for ("shelled Kharkiv" → UKR)."""
    place = place_of(places, tok)
    if place is None:
        return None
    country = place.country or ""
    start, end = phrase_span(tok)
    start, end = min(start, place.start), max(end, place.end)
    text = text_of(tok.doc)[start:end]
    return Actor(
        mention=text, start=start, end=end, name=place.name, kind="state",
        country=country, code=country,
        resolution=Resolution("metonymy", f"place '{place.name}' ({place.feature} in "
                              f"{country}) acted on: the territory of {country}"),
        sentence=_sentence_span(tok.sent),
    ), place


def sub_national_place(actor: Actor) -> bool:
    """Whether ``actor`` is a place inside a country read as its territory (:func:`place_actor`:
    "the city of Aleppo"), not the country named as such ("Bolivia", a state)."""
    reason = actor.resolution.reason
    return actor.resolution.method == "metonymy" and reason.startswith("place '") and (
        "(country in " not in reason)


def shared_modifiers(tok: Token) -> list[Token]:
    """Coordinated modifiers sharing one head: "the Russian and Syrian ministries" → both."""
    out: list[Token] = []
    for child in children_of(tok):
        if child.dep_ in _MODIFIER_DEPS and child.i < tok.i and child.conjuncts:
            out += [child, *[c for c in child.conjuncts if c.i < tok.i]]
    return out


def possessor_patient(tok: Token) -> Token | None:
    """'his arrest', 'Khashoggi's killing': the possessor is who it was done to (no of-phrase)."""
    if tok.lemma_.lower() not in argument_rules().patient_possessor_nouns:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)):
        return None
    return next((c for c in children_of(tok) if c.dep_ == "poss"), None)


def participial_patient(tok: Token) -> Token | None:
    """The noun a reduced passive relative describes: "the protesters arrested on Monday"."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or head_of(tok).pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(tok)):
        return None  # "the report that its diplomats had met …" is a clause, not a participle
    if headline_subject(tok):
        return None  # "The air force carried out strikes": the noun did it (syntax)
    return head_of(tok)


def agentless_passive(tok: Token) -> bool:
    """A passive trigger with no by-phrase: its doer is implied ("was arrested")."""
    passive = is_passive(tok) or participial_patient(tok) is not None
    return passive and not any(c.dep_ == "agent" for c in children_of(tok))


def anchored(actor: Actor | None) -> bool:
    """A participant that places an event in the political world: a coded actor with a country,
    or one of a state's or an armed group's sectors (``anchor_sectors``). A civilian, a company
    or a school with no country ("the driver", "researchers") does not: "the driver refused
    travel" or "researchers investigate" is no event without someone political in it."""
    if actor is None:
        return False
    sector_anchors = (actor.sector or "") in argument_rules().anchor_sectors
    if is_implied(actor):
        return sector_anchors  # the unnamed police or court: a state acts, whichever
    return political(actor) and (bool(actor.country) or sector_anchors)


def keep(cand: Coded) -> bool:
    """The participant policy: which candidates become events (module docstring)."""
    source, target = cand.source, cand.target
    if source is None or (target is None and not cand.intransitive):
        return False
    if anchored(target) or (anchored(source) and (target is not None or not is_implied(source))):
        return True  # an implied doer still needs someone it acted on
    if cand.intransitive and uncoded_speaker(cand):
        return True
    if cand.code[:2] not in argument_rules().uncoded_roots:
        return False
    return not is_implied(source) or target is not None


def target_place(places: list[Place], target: Actor | None) -> Place | None:
    """The place a place-as-country target was read from (kept as the event's place)."""
    if target is None or target.resolution.method != "metonymy" or target.kind != "state":
        return None
    if not target.resolution.reason.startswith("place "):
        return None
    return next((p for p in places if target.start <= p.start < target.end
                 and p.country == target.country), None)
