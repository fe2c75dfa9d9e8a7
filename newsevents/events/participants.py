"""Participants a trigger's own slots do not give, found by general structure of the parse.

A pattern names where its target sits ("dobj", "to", …); news puts the one acted on in many
other places, and an event without its target says half of what happened:

- an **oblique** argument of the verb or of its object: "provided training *to AMISOM*",
  "imposed sanctions *on Eritrea*", "shared evidence *with India*", "an offensive *against
  militants*", "withdrew troops *from Abyei*" (``from`` only for the roots of leaving);
- the **place where** a material act happened, when nobody else is acted on: "lifted a curfew
  *in Montenegro*", "exploded bombs *in Kabul*" — the territory of that place's country, the
  way the GSR and CAMEO coders code it (roots in ``place_target_roots``);
- the **nationality** of a participant nobody coded: "shelled *Iraqi* towns" (the towns are
  Iraq's territory), "rejected an *Australian* ultimatum" (Australia issued it), "kidnapped 16
  *Russian* advisers" (Russians, sector unknown);
- the **named antecedent** of a pronoun in the same sentence: "the Iraqi military says *it* has
  seized …" — the event carries the actor's name and span, not "it" (the code is the same).

Vocabularies (prepositions, roots, territory nouns) are in ``arguments.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actors import vocab as actor_vocab
from ..nlp.shared import children_of, head_of
from ..records import Actor, Place, Resolution, Span
from . import arguments as args
from .argument_words import subtree_tokens
from .kinds import kinds_of
from .syntax import ActorFinder, objects, political, prep_children, slot

if TYPE_CHECKING:
    from .candidate import Candidate

RESPONSE_ROOTS = frozenset({"03", "08", "12"})
REQUEST_ROOTS = frozenset({"02", "10"})
ActorsOf = Callable[[ActorFinder, list[Token]], list[Actor]]


def _pobjs(holder: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for p in prep_children(holder, preps):
        for g in children_of(p):
            if g.dep_ == "pobj":
                out += [g, *g.conjuncts]
    return out


def _pobjs_by_prep(holders: list[Token]) -> dict[str, list[Token]]:
    """``_pobjs(h, {name})`` over ``holders`` for every preposition name at once, each list in
    the order holder by holder would give it."""
    out: dict[str, list[Token]] = {}
    for holder in holders:
        for p in children_of(holder):
            if p.dep_ not in _PREP_DEPS:
                continue
            pobjs = [x for g in children_of(p) if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
            if pobjs:
                out.setdefault(p.lower_, []).extend(pobjs)
    return out


_PREP_DEPS = ("prep", "prt", "agent", "dative")


def _holders(tok: Token) -> list[Token]:
    """The trigger and, for a verb, its objects ("imposed sanctions on X": on hangs on either);
    for a noun, its of-phrase ("the withdrawal of forces from Panama")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        objs = [g for p in prep_children(tok, frozenset({"of"})) for g in children_of(p)
                if g.dep_ == "pobj"]
    else:
        objs = objects(tok)
    return [tok, *objs]


def _participles(tok: Token) -> list[Token]:
    """Participles describing the trigger's objects: "sanctions imposed on Eritrea", "power
    lines leading into Kabul" (only their on/against/into phrases: "an attack ascribed to the
    Taliban" names the doer, not the target)."""
    return [c for o in _holders(tok)[1:] for c in children_of(o) if c.dep_ == "acl"]


def partitives(toks: list[Token]) -> list[Token]:
    """A quantity's of-phrase names who ("some of the U.N. peacekeepers", "hundreds of
    banks", "four of the country's states"): the quantity is replaced by its members."""
    out: list[Token] = []
    for tok in toks:
        members = [g for p in prep_children(tok, frozenset({"of"})) for g in children_of(p)
                   if g.dep_ == "pobj"] if _quantity(tok) else []
        out += members or [tok]
    return out


def _people(toks: list[Token]) -> list[Token]:
    """The tokens naming people or groups: a person's or nationality's name, or a common noun
    whose first WordNet supersense is one of ``patient_kinds`` (quantities by their members)."""
    out: list[Token] = []
    for tok in partitives(toks):
        if tok.ent_type_ in ("PERSON", "NORP") or (
                tok.pos_ == "NOUN" and not tok.ent_type_ and args.people_noun(tok)):
            out.append(tok)
    return out


def patients(tok: Token) -> list[Token]:
    """A verb's direct objects that are people or groups ("freed 37 prisoners", "released at
    least 19 Christians", "dozens of activists"): whom the act was done to, though the pattern
    reads the verb as intransitive or names its target elsewhere. By the head noun's WordNet
    supersenses (``patient_kinds``) or a person's or nationality's name; never a noun's slot."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return []
    return _people(objects(tok))


def things(tok: Token) -> list[Token]:
    """A verb's direct objects that are movable things by their head noun's first WordNet
    supersense (``thing_kinds``: "returned 11 oil paintings", "the wild monkeys")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return []
    kinds = args.argument_rules().thing_kinds
    return [o for o in partitives(objects(tok))
            if o.pos_ == "NOUN" and (kinds_of(o) or ("",))[0] in kinds]


def with_recipients(tok: Token) -> list[Token]:
    """The direct objects of a verb of supplying with a with-phrase ("provided the Lebanese
    army with aircraft"): they receive, the with-phrase is what is given."""
    if tok.lemma_.lower() not in args.argument_rules().with_recipient_verbs or not any(
            True for _ in prep_children(tok, frozenset({"with"}))):
        return []
    return objects(tok)


def purpose_beneficiaries(tok: Token) -> list[Token]:
    """Who a purpose infinitive helps ("donated ventilators to assist Ethiopia", "earmarked
    aid to help Haiti cope"): the objects of its verbs of helping."""
    verbs = args.argument_rules().purpose_beneficiary_verbs
    out: list[Token] = []
    for clause in children_of(tok):
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            continue
        # "to help Haiti cope": the subject of the bare infinitive is the one helped
        out += objects(clause) or [s for c in children_of(clause) if c.dep_ in ("ccomp", "xcomp")
                                   for s in children_of(c) if s.dep_ == "nsubj"]
    return out


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


def addressees(tok: Token, slots: tuple[str, ...]) -> list[Token]:
    """People or groups in a pattern's own prepositional or dative slots ("provided financial
    assistance *to about 550 households*"): the act's target though nobody coded them."""
    return _people([t for name in slots if name not in ("dobj", "poss") for t in slot(tok, name)])


def _quantity(tok: Token) -> bool:
    words = args.argument_rules().quantity_words  # listed as written: "dozens" (lemma "dozen")
    return tok.pos_ == "NUM" or tok.lemma_.lower() in words or tok.lower_ in words


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


def purpose_patients(tok: Token) -> list[Token]:
    """Whom force used "to" do something is used on ("opened fire to disperse the
    demonstrators", "fired shots to scare away the crowd"): the objects of the trigger's purpose
    infinitive that are people or groups (never a thing or an event: "to break up protests",
    "to alleviate the challenges"), for the roots of ``purpose_patient_roots``."""
    out: list[Token] = []
    for clause in children_of(tok):
        if clause.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
            out += patients(clause)
    return out


def _protester(actor: Actor, source: Actor | None) -> bool:
    """The protesters themselves or their like (the same mention, entity, or full code)."""
    return source is not None and (same_side(actor, source) or (
        bool(actor.code) and actor.code == source.code))


def _same(actor: Actor, other: Actor | None) -> bool:
    """The source itself, or its state ("Serbia lifted a curfew in Belgrade" has no target
    of its own: the events stage drops a state acting on itself, so the event stays targetless)."""
    if other is None:
        return False
    return actor.start == other.start or _state(actor) == _state(other)


def same_side(actor: Actor, other: Actor) -> bool:
    """The same mention, coreference entity or state (the public face of :func:`_same`)."""
    return _same(actor, other) or (actor.entity is not None and actor.entity == other.entity)


def same_party(a: Actor, b: Actor) -> bool:
    """One actor in two mentions: the same coreference entity, else the same full code."""
    if a.entity is not None and a.entity == b.entity:
        return True
    return bool(a.code) and a.code == b.code and a.kind == b.kind


def _state(actor: Actor) -> str:
    code = actor.code or actor.country or actor.name
    return code + "GOV" if len(code) == 3 and code.isupper() else code


@lru_cache(maxsize=4096)
def _demonym_country(word: str) -> str | None:
    entries = actor_vocab.load().phrases.get(actor_vocab.normalise(word), [])
    countries = {e.country for e in entries if e.type in ("demonym", "country") and e.country}
    return next(iter(countries)) if len(countries) == 1 else None


def demonym(tok: Token) -> tuple[Token, str] | None:
    """The country a capitalised demonym or country-name modifier names, with the phrase's
    first token: a two-word demonym is read whole first ("*South* Korean sites" → KOR, "the
    *North* Korean crisis" → PRK, "*South* Sudanese refugees" → SSD, never the "Korean" or
    "Sudanese" of its last word alone), when the word before is a capitalised modifier of the
    same noun or of the demonym itself."""
    if tok.i > tok.sent.start:
        prev = tok.doc[tok.i - 1]
        if prev.text[:1].isupper() and prev.dep_ in ("amod", "compound", "nmod") and (
                prev.head.i in (tok.i, tok.head.i)):
            country = _demonym_country(f"{prev.text} {tok.text}")
            if country is not None:
                return prev, country
    country = _demonym_country(tok.text)
    return (tok, country) if country is not None else None


def nationality(tok: Token) -> tuple[Token, str] | None:
    """The capitalised demonym or country name modifying ``tok`` ("Iraqi towns", "U.S.
    exports"), with its country; or ``tok`` itself when it is such a modifier."""
    cands = [tok] if tok.dep_ in ("amod", "compound", "nmod") else [
        c for c in children_of(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    for c in cands:
        if c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN", "NOUN") and (
                found := demonym(c)) is not None:
            return found
    return None


def with_nationality(actor: Actor, tok: Token) -> Actor:
    """An uncoded participant whose phrase names its nationality carries that country; a
    place noun ("Iraqi towns", "Palestinian homes") is that country's territory."""
    if actor.country or actor.code:
        return actor
    found = nationality(tok)
    if found is None:
        return actor
    mod, country = found
    reason = f"{actor.resolution.reason}; nationality '{mod.text}' → {country}"
    if tok.lemma_.lower() in args.argument_rules().territory_nouns:
        return replace(actor, country=country, code=country, kind="state",
                       resolution=Resolution("metonymy", f"{reason}: {country}'s territory"))
    return replace(actor, country=country, resolution=Resolution("unresolved", reason))


def sentence_place(places: list[Place], tok: Token) -> Place | None:
    """The first place of ``tok``'s sentence when all its places are of one country ("An
    explosion killed seven … at a bus station in Peshawar"), else None."""
    sent = tok.sent
    here = [p for p in places if p.country and sent.start_char <= p.start < sent.end_char]
    return here[0] if here and len({p.country for p in here}) == 1 else None


def counted_people(actor: Actor, tok: Token, finder: ActorFinder) -> Actor:
    """A bare number acted on ("killed five and wounded 110") or a counted noun of people
    ("killing one person") counts people: civilians
    (``counted_people_sector``) of the one country the sentence puts its places in, else of
    the article's country — the country a reader gives them, as the actors stage places
    "people" (actors/generic.py). Anything else is returned as it is."""
    if actor.country or actor.code or not (tok.pos_ == "NUM" or _counted_person(tok)):
        return actor
    place = sentence_place(finder.places, tok)
    if place is not None and place.country:
        country, where = place.country, f"the place of the sentence, {place.name}"
    else:
        found = args.document_country(finder.all_actors, finder.places)
        if found is None:
            return actor
        country, where = found, "the article's country"
    sector = args.argument_rules().counted_people_sector
    return replace(actor, country=country, sector=sector, code=country + sector, kind="group",
                   resolution=Resolution("context", f"'{actor.mention}' counts people: "
                                         f"{sector} of {where} ({country})"))


def _counted_person(tok: Token) -> bool:
    """A counted noun of people ("killing one person", "three passengers"): by its number and
    the head noun's WordNet supersense (``patient_kinds``), as :func:`patients` reads them."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in children_of(tok)) and bool(
        _people([tok]))


def owner_actor(tok: Token) -> Actor | None:
    """A demonym naming who a thing belongs to ("an Australian ultimatum" → AUS), as a state;
    also the second of conjoined demonyms ("the Iraqi and *Turkish* demands")."""
    dep = head_of(tok).dep_ if tok.dep_ == "conj" else tok.dep_
    if dep not in ("amod", "compound", "nmod") or not tok.text[:1].isupper():
        return None
    found = demonym(tok)
    if found is None:
        return None
    first, country = found
    sent = tok.sent
    mention = tok.doc[first.i:tok.i + 1].text
    return Actor(mention=mention, start=first.idx, end=tok.idx + len(tok.text), name=country,
                 kind="state", country=country, code=country,
                 resolution=Resolution("metonymy", f"nationality '{mention}' of "
                                       f"'{head_of(tok).text}': the state {country}"),
                 sentence=Span(sent.start_char, sent.end_char, sent.text))


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


def answer_requests(cands: list[Candidate]) -> None:
    """An answer to a request runs back from the requested party to the requester: "which was
    never agreed to" (the request's patient), or "asked Judge Miller …, but he declined"."""
    by_trigger: dict[int, Candidate] = {}
    for cand in cands:
        if cand.code[:2] in REQUEST_ROOTS:
            by_trigger.setdefault(cand.trigger.i, cand)
    for cand in cands:
        if cand.code[:2] not in RESPONSE_ROOTS or cand.patient is None:
            continue
        req = by_trigger.get(cand.patient.i)
        if req is None and cand.patient.pos_ == "NUM":  # relative clause attached to a date
            earlier = [c for c in by_trigger.values()
                       if c.trigger.sent == cand.trigger.sent and c.trigger.i < cand.trigger.i]
            req = earlier[-1] if earlier else None
        if req is None:
            continue
        if not political(cand.source) and req.target is not None:
            cand.source = req.target
            cand.notes.append("source: party the request was made to")
        if not political(cand.target) and req.source is not None:
            cand.target = req.source
            cand.notes.append("target: requester")
    for i, cand in enumerate(cands):
        # "the government asked Judge Miller to delay his ruling, but he declined": who was
        # asked answers the one who asked
        if cand.code[:2] not in RESPONSE_ROOTS or cand.target is not None or cand.source is None:
            continue
        sent = cand.trigger.sent
        floor = sent.doc[sent.start - 1].sent.start if sent.start > 0 else 0  # this or the last
        for req in reversed(cands[:i]):
            if req.code[:2] not in REQUEST_ROOTS or req.target is None or req.source is None:
                continue
            if not floor <= req.trigger.i < cand.trigger.i:
                continue
            if same_party(req.target, cand.source):
                cand.target = req.source
                cand.notes.append("target: who asked the responder")
                break


def claimed_targets(cands: list[Candidate]) -> None:
    """Who claims responsibility for an attack (015) claims it against the attack's target:
    the event the claim's for-phrase names ("for the bombings that killed 300 people in Sri
    Lanka"), else the latest violent event of the last few sentences ("claimed responsibility
    for all three attacks"; a bare "claimed responsibility." the same way, else the article's
    first: a lead tells the attack, a later paragraph who claims it)."""
    rules = args.argument_rules()
    for i, cand in enumerate(cands):
        if not cand.code.startswith(rules.claim_code) or cand.target is not None:
            continue
        named = [g for o in objects(cand.trigger) for g in _pobjs(o, frozenset({"for"}))]
        spans = [(g.left_edge.i, g.right_edge.i) for g in named]
        inside = [c for c in cands if c is not cand and political(c.target)
                  and c.code[:2] in rules.claimed_roots
                  and any(lo <= c.trigger.i <= hi for lo, hi in spans)]
        bare = not named and any(o.lemma_.lower() in rules.claim_bare_objects
                                 for o in objects(cand.trigger))
        if not inside and (named or bare):
            doc = cand.trigger.doc
            floor = cand.trigger.sent.start
            for _ in range(rules.claim_window):
                floor = doc[floor - 1].sent.start if floor > 0 else 0
            told = [c for c in cands[:i] if political(c.target)
                    and c.code[:2] in rules.claimed_roots]
            inside = [c for c in told if floor <= c.trigger.i] or (told[:1] if bare else [])
        if inside:
            cand.target = inside[-1].target
            cand.notes.append("target: the target of the attack claimed")
