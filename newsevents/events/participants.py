"""Participants a trigger's own slots do not give, found by general structure of the parse.

A pattern names where its target sits ("dobj", "to", …); news puts the one acted on in many
other places, and an event without its target says half of what happened:

- an **oblique** argument of the verb or of its object: "provided training *to AMISOM*",
  "imposed sanctions *on Eritrea*", "shared evidence *with India*", "an offensive *against
  militants*", "withdrew troops *from Abyei*" (``from`` only for the roots of leaving);
- the **place where** a material act happened, when nobody else is acted on: "lifted a curfew
  *in Montenegro*", "exploded bombs *in Kabul*" — the territory of that place's country, the
  way the GSR and CAMEO coders code it (roots in ``place_target_roots``);
- the **named antecedent** of a pronoun in the same sentence: "the Iraqi military says *it* has
  seized …" — the event carries the actor's name and span, not "it" (the code is the same).

The tokens these read (objects, partitives, purpose clauses) are found by
:mod:`.patient_words`; a participant's nationality by :mod:`.nationality`; whether two actors are
one side by :mod:`.sides`; targets taken from another event (answers, claims) by
:mod:`.event_links`. Vocabularies (prepositions, roots, territory nouns) are in
``arguments.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from ..records import Actor, Resolution, Span
from . import arguments as args
from .actor_finder import ActorFinder, political
from .argument_words import subtree_tokens
from .nationality import sentence_place
from .patient_words import _holders, _participles, _pobjs, _pobjs_by_prep
from .sides import _protester, _same, same_side

ActorsOf = Callable[[ActorFinder, list[Token]], list[Actor]]


def purpose_target(tok: Token, code: str, finder: ActorFinder,
                   source: Actor | None) -> list[Actor]:
    """Whom an act without a target is aimed at, read off its purpose (roots of
    ``purpose_target_roots``): a "to"-infinitive ("blocked a road to show their disapproval of
    the United States' policies", "opened fire to disperse demonstrators", "a rally to protest
    the violations by Islamic fundamentalists") or a "for" phrase
    whose object is an act ("mobilized reservists for a war against Iraq"), or for a protest a
    participle of demanding ("blocked roads demanding his return", ``purpose_participles``).
    The first coded actor inside it that is not the source's own side (mention, entity or
    state)."""
    rules = args.argument_rules()
    if not any(code.startswith(r) for r in rules.purpose_target_roots):
        return []
    clauses: list[Token] = []
    for child in children_of(tok):
        if child.dep_ in ("advcl", "relcl") and (any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)) or (
                child.tag_ == "VBG" and code[:2] == "14"
                and child.lemma_.lower() in rules.purpose_participles)):
            clauses.append(child)
        elif child.dep_ == "prep" and child.lower_ == "for":
            clauses += [g for g in children_of(child) if g.dep_ == "pobj"
                        and g.lemma_.lower() in finder.event_nouns]
    for clause in clauses:
        for t in clause.subtree:
            actor = finder.at(t, pronoun_fallback=False)
            if not political(actor) or actor is None or (
                    source is not None and same_side(actor, source)):
                continue
            return [actor]
    return []


def owner_conjuncts(finder: ActorFinder, tok: Token) -> list[Actor]:
    """'the armies of Brazil and Argentina', 'the foreign ministers of Iran and Iraq': one
    actor per conjoined owner after the first (whose actor the actors stage gave the phrase),
    with the head's sector and that owner's country."""
    head = finder.at(tok)
    if head is None or head.sector is None or head.country is None:
        return []
    out: list[Actor] = []
    for g in _pobjs(tok, frozenset({"of"})):
        owner = finder.at(g)
        if owner is None or owner.kind != "state" or owner.country is None or (
                owner.country == head.country):
            continue  # a state's own body, never an organisation's ("… and the United Nations")
        text = g.text
        out.append(replace(head, mention=text, start=g.idx, end=g.idx + len(text),
                           name=f"{head.name} ({text})", country=owner.country,
                           code=owner.country + head.sector, entity=None,
                           resolution=Resolution(head.resolution.method, (
                               f"'{tok.text}' of conjoined owners: sector {head.sector} of "
                               f"'{text}' ({owner.country})"))))
    return out


def oblique_targets(tok: Token, code: str, finder: ActorFinder, actors_of: ActorsOf,
                    source: Actor | None = None, *, places: bool = True) -> list[Actor]:
    """Coded actors in an oblique phrase of the trigger or of its object, in the order of
    ``oblique_target_preps`` (``from`` for leaving roots); with ``places``, a place standing for
    its country after a preposition of direction (``place_oblique_preps``)."""
    rules = args.argument_rules()
    preps = list(rules.oblique_target_preps)
    if any(code.startswith(r) for r in rules.departure_roots):
        preps.append("from")
    # the trigger's (and its objects') prepositional objects read once, by preposition, not
    # once per preposition of the list; a preposition the clause lacks is skipped
    by_prep = _pobjs_by_prep(_holders(tok))
    by_participle = _pobjs_by_prep(_participles(tok))
    for name in preps:
        toks = list(by_prep.get(name, ()))
        if name in rules.nominal_target_preps:
            toks += by_participle.get(name, ())
        if not toks:
            continue
        found = [a for a in actors_of(finder, toks) if not _same(a, source)]
        if found:
            return found
        if not places or name not in rules.place_oblique_preps:
            continue  # "attended a ceremony on the island of Majorca": where, not whom
        found_places = [pa[0] for t in toks
                        if (pa := args.place_actor(finder.places, t)) is not None]
        found_places = [p for p in found_places if not _same(p, source)]
        if found_places:
            return found_places[:1]
    return []


def place_target(tok: Token, code: str, finder: ActorFinder,
                 source: Actor | None = None, *, kept: bool = False) -> list[Actor]:
    """The country whose place an act happened in ("lifted a curfew in Montenegro" → MNE), for
    the material roots of ``place_target_roots`` when nobody else is acted on; with ``kept``
    (an event that exists already, :func:`.object_party.place_where`) also for the codes of
    ``place_where_roots`` ("suspended aid deliveries in Baghdad" → IRQ)."""
    rules = args.argument_rules()
    roots = rules.place_target_roots + (rules.place_where_roots if kept else ())
    if not any(code.startswith(r) for r in roots):
        return []
    for t in (g for h in _holders(tok) for g in _pobjs(h, rules.place_preps)):
        pa = args.place_actor(finder.places, t)
        if pa is None:
            continue
        actor = pa[0]
        if not _same(actor, source):
            return [replace(actor, resolution=Resolution(
                "metonymy", actor.resolution.reason.replace(" acted on:", " where it happened:")))]
        if source is not None and actor.country and source.sector not in (None, "CVL") and any(
                code.startswith(r) for r in rules.own_place_civilian_roots):
            # a government restricting a place of its own acts on the people there
            return [replace(actor, kind="group", sector="CVL", code=f"{actor.country}CVL",
                            resolution=Resolution("context", (
                                f"the people of '{actor.mention}', where {source.code or ''} "
                                f"restricts its own population → {actor.country}CVL")))]
    return []


def own_population(tok: Token, code: str, source: Actor | None) -> Actor | None:
    """The people of the source's own country, for a restriction that names no place and
    nobody acted on ("Algeria imposed a ban on niqabs", "the junta declared a curfew"): a
    state's curfew, emergency rule or ban is done to its population (``own_population_codes``,
    the no-place case of ``own_place_civilian_roots``). Empty-spanned at the trigger like an
    implied agent: the text names the population only through the measure."""
    rules = args.argument_rules()
    if code not in rules.own_population_codes or source is None or not source.country:
        return None
    if source.kind != "state" and source.sector not in rules.own_population_sectors:
        return None
    country = source.country
    return Actor(mention="", start=tok.idx, end=tok.idx, name="", kind="group", country=country,
                 sector="CVL", code=f"{country}CVL",
                 resolution=Resolution("context", (
                     f"'{tok.text}' restricts no named party or place: the population of "
                     f"{source.code or country}'s own country → {country}CVL")),
                 sentence=Span(tok.sent.start_char, tok.sent.end_char, tok.sent.text))


def protest_target(tok: Token, code: str, finder: ActorFinder,
                   source: Actor | None = None) -> list[Actor]:
    """Whom a protest (``protest.roots``) is against when its slots name nobody: the party inside
    what is protested — the trigger's purpose or reason clause ("blocked a road to show their
    disapproval of the United States' policies") or a phrase of ``protest.topic_preps`` ("a
    strike over a bill signed by the Labour Minister") — else the state of the one country the
    sentence places it in ("rioted at a jail in northern Israel" → ISR), as CAMEO and PLOVER
    coders code a protest with no addressee. Never the protesters' own side."""
    rules = args.argument_rules()
    if not any(code.startswith(r) for r in rules.protest_roots):
        return []
    topics = [g for h in _holders(tok) for g in _pobjs(h, rules.protest_topic_preps)]
    topics += [c for c in children_of(tok) if c.dep_ in ("advcl", "xcomp", "ccomp")]
    for topic in topics:
        for t in (topic, *subtree_tokens(topic)):
            actor = finder.at(t, pronoun_fallback=False)
            if political(actor) and not _protester(actor, source):  # type: ignore[arg-type]
                return [actor]  # type: ignore[list-item]
    place = sentence_place(finder.places, tok)
    if place is None or not place.country:
        return []
    state = Actor(mention=place.name, start=place.start, end=place.end, name=place.name,
                  kind="state", country=place.country, code=place.country,
                  resolution=Resolution("metonymy", f"protest in '{place.name}' "
                                        f"({place.country}) with no addressee named: directed "
                                        f"at the state where it happened"),
                  sentence=Span(tok.sent.start_char, tok.sent.end_char, tok.sent.text))
    return [] if _same(state, source) else [state]


def channel_addressee(tok: Token, code: str, finder: ActorFinder,
                      source: Actor | None = None) -> Actor | None:
    """Whom a verbal act is addressed to through a channel the sentence names: "in a letter
    to the Kenyan government, Museveni demanded …", "said in a message to Congress"
    (``addressee.nouns`` with a to-phrase, on the trigger or the clause it hangs from)."""
    rules = args.argument_rules()
    if not any(code.startswith(r) for r in rules.addressee_roots):
        return None
    holders = [tok, head_of(tok)] if tok.dep_ in ("xcomp", "ccomp") else [tok]
    for channel in (g for h in holders for g in _pobjs(h, frozenset({"in", "through", "via"}))):
        if channel.lemma_.lower() not in rules.addressee_nouns:
            continue
        for t in _pobjs(channel, frozenset({"to"})):
            actor = finder.at(t, pronoun_fallback=False)
            if political(actor) and not (source is not None and same_side(
                    actor, source)):  # type: ignore[arg-type]
                return actor
    return None


def named_antecedent(actor: Actor | None, finder: ActorFinder) -> Actor | None:
    """A pronoun participant linked by coreference to a name earlier in the same sentence is
    carried as that name (same code): "Iraqi military says it has seized …" → Iraqi military."""
    if actor is None or actor.sentence is None or actor.resolution.method != "coreference":
        return actor
    if actor.mention.lower() not in _PRONOUNS or not actor.entity:
        return actor
    lo = actor.sentence.start
    best: Actor | None = None
    for other in finder.actors.starting_in(lo, actor.start):
        if (other.entity == actor.entity and lo <= other.start and other.end <= actor.start
                and other.mention.lower() not in _PRONOUNS and political(other)):
            best = other  # the nearest
    if best is None:
        return actor
    return replace(actor, mention=best.mention, start=best.start, end=best.end, name=best.name,
                   resolution=Resolution(actor.resolution.method, f"{actor.resolution.reason}; "
                                         f"'{actor.mention}' names '{best.mention}' of the same "
                                         "sentence"))


_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
                       "we", "us", "our", "itself", "themselves", "himself", "herself"})


