"""Who an event trigger acts on, and the actors its tokens name (the pattern coder's slots).

``targets`` reads a pattern's target slots on the parse, then the structure news uses when the
slots are empty (see :mod:`.participants`): a place acted on, an oblique party, a nationality,
in the coder's second pass a participant nobody coded, the place where it happened.
``actors_at`` turns tokens into actors, conjuncts and shared modifiers included ("the Russian
and Syrian ministries").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.clauses import relative_antecedent, shared_objects
from ..nlp.shared import children_of
from ..records import Actor
from . import arguments as args
from . import participants as parts
from .actor_finder import ActorFinder, political
from .answered import answered_party
from .argument_words import concessive, subtree_tokens
from .artefacts import thing_target
from .candidate import Candidate
from .listed import with_members
from .nationality import counted_people, owner_actor, with_nationality
from .patient_words import (
    partitives,
    patients,
    purpose_beneficiaries,
    purpose_patients,
    with_recipients,
)
from .patterns import Pattern, pattern_book
from .sides import same_party, same_side
from .slots import complement_slots, slot
from .syntax import is_passive, with_conjuncts

#: Prepositions naming what a complaint or criticism is about (its party's acts).
_GRIEVANCE_PREPS = frozenset({"about", "over", "of"})


def actors_at(finder: ActorFinder, toks: list[Token], *, uncoded: bool = True) -> list[Actor]:
    found: list[Actor] = []
    toks = partitives(toks)  # "some of the U.N. peacekeepers" → the peacekeepers
    toks = with_members(finder, toks)  # "countries including Algeria and Morocco"
    for tok in toks:
        for t in with_conjuncts(tok):
            for m in [t, *args.shared_modifiers(t)]:  # "the Russian and Syrian ministries"
                actor = finder.at(m)
                if political(actor) and actor not in found:
                    found.append(actor)  # type: ignore[arg-type]
            if found:  # "the armies of Brazil and Argentina"
                found += [a for a in parts.owner_conjuncts(finder, t) if a not in found]
    if not found and uncoded and finder.uncoded:
        for tok in toks:
            for t in with_conjuncts(tok):
                actor = args.uncoded_actor(finder, t)
                if actor is not None:
                    actor = with_nationality(actor, t)  # "Iraqi towns" → IRQ
                    actor = counted_people(actor, t, finder)  # "killed five" → CVL
                if actor is not None and actor not in found:
                    found.append(actor)
    return found


def _names_object(tok: Token, objects: frozenset[str]) -> bool:
    """The phrase is the thing the pattern names, by its head or by the word that makes it
    that thing: "a state *of siege*", "the *curfew* order", "*martial* law" are the measure
    imposed, not whom it was imposed on."""
    if tok.lemma_.lower() in objects:
        return True
    for child in children_of(tok):
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in objects:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in objects for g in children_of(child)):
            return True
    return False


def relative_object(tok: Token) -> list[Token]:
    """The noun a relative clause with no object of its own is about, when the clause has a
    subject of its own: in "a move Israel condemned as a reward" or "the decision, which the
    opposition denounced" the move and the decision are what was condemned. A relative
    pronoun as the clause's subject ("the country that condemned") makes the noun the doer."""
    if tok.dep_ != "relcl" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(tok)):
        return []
    subjects = [c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in subjects):
        return []
    head = tok.head
    return [head] if head.pos_ in ("NOUN", "PROPN") else []


def _coded(finder: ActorFinder, toks: list[Token]) -> list[Actor]:
    return actors_at(finder, toks, uncoded=False)


def _named(finder: ActorFinder, toks: list[Token]) -> list[Actor]:
    """Participants nobody coded that the text names ("to AMISOM"): named entities only."""
    found: list[Actor] = []
    for tok in toks:
        if tok.ent_type_ in ("PERSON", "ORG", "NORP"):  # a GPE is a place (.participants)
            actor = args.uncoded_actor(finder, tok)
            if actor is not None and actor.kind != "media" and actor not in found:
                found.append(actor)
    return found


def _nationals(finder: ActorFinder, toks: list[Token]) -> list[Actor]:
    """Participants nobody coded whose nationality the text gives ("the ban on Cypriot ships")."""
    found: list[Actor] = []
    for tok in partitives(toks):
        actor = args.uncoded_actor(finder, tok)
        actor = with_nationality(actor, tok) if actor is not None else None
        if actor is not None and actor.country and actor.kind != "media" and actor not in found:
            found.append(actor)
    return found


def _owners(toks: list[Token]) -> list[Actor]:
    """'rejected an Australian ultimatum': a nationality names who issued the thing."""
    return [a for t in toks if (a := owner_actor(t)) is not None][:1]


def _others(found: list[Actor], source: Actor | None) -> list[Actor]:
    """A slot naming the source beside another party ("lifted its blockade of Yemen": *its*
    is the source) acts on the other party; the source alone stays (the events stage decides
    what a self-directed act keeps)."""
    if source is None or len(found) < 2:
        return found
    return [a for a in found if not same_side(a, source)] or found


def targets(p: Pattern, tok: Token, finder: ActorFinder, skip: str = "",
            code: str = "", source: Actor | None = None) -> list[Actor]:
    """Who the event acts on: the pattern's slots and the structure of :func:`_slot_targets`,
    else, for a protest, what it is against (:func:`.participants.protest_target`), and for
    force, whom its purpose clause names (:func:`.patient_words.purpose_patients`)."""
    code = code or p.code or ""
    found = _slot_targets(p, tok, finder, skip, code, source)
    if not found or not found[0].country or (
            found[0].kind == "state" and found[0].resolution.method == "metonymy"):
        # "in a letter to the Kenyan government, Museveni demanded the release of the
        # fishermen": the channel's addressee, over an uncoded party or a mere place
        addressee = parts.channel_addressee(tok, code, finder, source)
        if addressee is not None:
            return [addressee]
    if not found and (p.kind != "petrarch-verb" or p.intransitive):
        found = parts.protest_target(tok, code, finder, source)
    if not found and "dobj" in p.target and not p.intransitive:
        # "Police arrested and charged two men": an act that needs whom it is done to, with no
        # object of its own, shares the object of the verb conjoined right after it
        found = [a for a in actors_at(finder, shared_objects(tok), uncoded=finder.uncoded)
                 if source is None or not same_side(a, source)]
    if not found and code[:2] in args.argument_rules().purpose_patient_roots:
        # "opened fire to disperse the demonstrators": whom the force was used on
        found = [a for a in actors_at(finder, purpose_patients(tok), uncoded=finder.uncoded)
                 if source is None or not (same_side(a, source) or (
                     a.code is not None and a.code == source.code))]
    if not found and (answered := answered_party(tok, code, finder, source)) is not None:
        # "would strike again if Hezbollah violated the truce": whom the act answers
        found = [answered]
    return found


def _slot_targets(p: Pattern, tok: Token, finder: ActorFinder, skip: str,
                  code: str, source: Actor | None) -> list[Actor]:
    if "dative" in p.target and skip != "dative":
        found = actors_at(finder, with_recipients(tok), uncoded=False)
        if found:  # "provided the Lebanese army with aircraft"
            return _others(found, source)
    # "attacked a bus in Kano", "ambushed a military convoy in Mali": a thing struck stands
    # for its owner or users, not for the place it is in (.artefacts)
    thing = thing_target([t for spec in p.target if spec not in (skip, "poss")
                          for t in slot(tok, spec)], tok, code, finder, source)
    if thing is not None:
        return [thing]
    for spec in p.target:
        if spec == skip:
            continue
        found = actors_at(finder, slot(tok, spec), uncoded=False)
        if not found and spec == "poss":
            found = _owners(slot(tok, spec))
        if not found and spec in _GRIEVANCE_PREPS and code[:2] == "11":
            # "complained over two Israeli air raids", "was critical of Russia's decision": the
            # owner or nationality names whose acts they are (CAMEO codes criticism of a
            # decision against the one who made it)
            inner = [c for t in slot(tok, spec) for c in children_of(t)]
            found = actors_at(finder, [c for c in inner if c.dep_ == "poss"], uncoded=False) \
                or _owners(inner) or [d for t in slot(tok, spec) if t.dep_ == "pcomp" and (
                    d := deep_target(t, finder, source)) is not None][:1]
            # ("complained over what it called incursions by Venezuelan troops": whose acts
            # the grievance clause names)
        if found:
            return _others(found, source)
    if code[:2] in pattern_book().modality["beneficiary_roots"]:
        found = actors_at(finder, purpose_beneficiaries(tok), uncoded=False)
        found = [a for a in found if source is None or not same_side(a, source)]
        if found:  # "donated ventilators to assist Ethiopia"
            return found
    if code[:2] in args.argument_rules().topic_roots:
        # "expressed optimism about the reforms taken by the Egyptian government": the party
        # inside the topic the attitude is about
        topics = [t for spec in p.target if spec not in (skip, "poss", "dobj", "dative")
                  for t in slot(tok, spec)]
        if tok.pos_ not in ("NOUN", "PROPN"):
            # "is considering sending aid to Kyrgyzstan": the act weighed or hoped for
            topics += [c for c in children_of(tok) if c.dep_ in ("xcomp", "ccomp")]
        for t in topics:
            deep = deep_target(t, finder, source)
            if deep is not None:
                return [deep]
    # a place acted on stands for its country ("shelled the city of Kharkiv"), then an oblique
    # party ("provided training to AMISOM", see .participants), then, in the second pass, a
    # participant nobody coded ("arrested a 57-year-old man")
    for spec in p.target:
        if spec not in (skip, "poss"):
            places = [pa[0] for t in slot(tok, spec)
                      if (pa := args.place_actor(finder.places, t)) is not None]
            if places:
                return places[:1]
    # the field dictionary's verbs keep to their own patterns' slots (precision, see
    # .dictionary): no oblique, uncoded, national or place target makes an event of one
    field = p.kind == "petrarch-verb"
    oblique = [] if field else parts.oblique_targets(tok, code, finder, _coded, source)
    if not oblique and not field:
        oblique = parts.oblique_targets(tok, code, finder, _named, source)
    if not oblique and not field:
        oblique = parts.oblique_targets(tok, code, finder, _nationals, source)
    if oblique:
        return oblique
    # "kidnapped 16 Russian advisers", "threatened to cut off power to the Azerbaijani
    # republic": a participant nobody coded whose nationality the text gives
    nationals = [] if field else _nationals(
        finder, [t for spec in p.target if spec not in (skip, "poss") for t in slot(tok, spec)])
    if not nationals and not field and p.family and tok.pos_ not in ("NOUN", "PROPN"):
        nationals = _nationals(finder, complement_slots(tok))
    if nationals:
        return nationals
    if finder.uncoded:
        material = (p.code or "")[:2] in args.argument_rules().uncoded_roots
        # "challenged the ruling": a criticised thing stands for whoever made it
        # ("describing the real threat": a label word is the judgement, never what is judged)
        named_thing = code.startswith(args.argument_rules().named_thing_target_roots)
        labels = pattern_book().negative_labels
        for spec in p.target:
            if spec not in (skip, "poss"):
                # an event is never what violence is done to ("to deter Russia's aggression")
                # nor is the thing the pattern names ("imposed a curfew": the curfew is
                # what was done, not whom it was done to)
                toks = [t for t in partitives(slot(tok, spec))
                        if not (material and t.lemma_.lower() in finder.event_nouns)
                        and not (_names_object(t, p.objects) and not (
                            named_thing and t.lemma_.lower() not in labels))]
                if not toks and spec == "dobj" and named_thing:
                    toks = relative_object(tok)
                found = actors_at(finder, toks)
                if found:
                    return found
    # the place where it happened, when the object is a thing the pattern names ("lifted a
    # curfew in Montenegro") or there is none ("fighting in Yemen") — never over a patient
    # ("tortured an inmate in western Iran")
    # — and only where the event stands without a target anyway (an intransitive pattern, an
    # event noun), so a place never makes an event of its own
    free = not field and (p.intransitive or tok.pos_ in ("NOUN", "PROPN")) and (
        bool(p.objects) or p.family is not None or not any(
            args.participant_token(t) for spec in p.target if spec != "poss"
            for t in slot(tok, spec)))
    place = parts.place_target(tok, code, finder, source) if free else []
    if tok.pos_ in ("NOUN", "PROPN"):
        # "a rally in Lagos to protest the violations by Islamic fundamentalists"
        return place or ([] if field else parts.purpose_target(tok, code, finder, source))
    if "dobj" in p.target and "poss" not in p.target:
        # (never the measure itself: "declared a state *of siege*")
        owners = [t for t in slot(tok, "poss") if not _names_object(t, p.objects)]
        # "rejected an Australian ultimatum": a nationality names who issued it
        found = actors_at(finder, owners) or _owners(owners)
        if found:
            return found
    found = actors_at(finder, complement_slots(tok)) if p.family else []
    if not found and not place and not field:
        found = parts.purpose_target(tok, code, finder, source)
    if not found and not place and not field:
        # "freed 37 prisoners" (release's slots are the owner and "to"): the people it was
        # done to, coded or not
        found = [a for a in actors_at(finder, patients(tok)) if not (
            source is not None and same_side(a, source))]
    return found or place


def deep_target(tok: Token, finder: ActorFinder, source: Actor | None,
                topic_preps: frozenset[str] = frozenset()) -> Actor | None:
    """The first coded political actor with a country below ``tok`` that is not the source's;
    never inside a phrase of ``topic_preps`` on ``tok`` itself (what a talk is about) nor in a
    concessive adjunct ("pledged support despite the Houthis' attack")."""
    about = {t.i for c in children_of(tok)
             if (c.dep_ == "prep" and c.lower_ in topic_preps) or concessive(c)
             for t in c.subtree}
    for t in subtree_tokens(tok):
        if t.i in about:
            continue
        actor = finder.at(t, pronoun_fallback=False)
        if political(actor) and actor.country and (  # type: ignore[union-attr]
                source is None or actor.country != source.country):  # type: ignore[union-attr]
            return actor
    return None


def reciprocal_partners(finder: ActorFinder, subj: Token, sources: list[Actor]) -> list[Actor]:
    """Both sides of a reciprocal act whose conjoined subject names one coded party and one
    the actors stage could not code ("the European Union and the Mercosur bloc agreed on a
    text"): the named other side is still who the coded one agreed with (an event keeps its
    participants uncoded rather than lose them). Only a conjunct with a name of its own (a
    proper noun or a proper-noun compound), never "Russia and others"."""
    if len(sources) != 1:
        return sources
    out = list(sources)
    for tok in with_conjuncts(subj):
        named = tok.pos_ == "PROPN" or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))
        if not named or finder.at(tok, pronoun_fallback=False) is not None:
            continue
        actor = args.uncoded_actor(finder, tok)
        if actor is not None and actor.kind != "media" and not any(
                a.start <= actor.start < a.end or actor.start <= a.start < actor.end
                for a in out):
            out.append(actor)
    if len(out) == 1:
        out += buried_partners(finder, subj, out[0])
    return out


def buried_partners(finder: ActorFinder, subj: Token, source: Actor) -> list[Actor]:
    """The other coded side of a reciprocal act whose coordination the parser buried inside
    the subject's modifiers: in "US President Donald Trump and Turkish President Recep Tayyip
    Erdoğan spoke on the phone" spaCy makes Erdoğan the subject and "Trump and … President"
    a coordination among its compounds, so the subject names one party and the act had no
    other side. A party that takes part in a coordination inside the subject phrase (a
    conjunct, or the head of one or of a coordinator) and is a coded political actor apart
    from the subject's own mention is that other side."""
    out: list[Actor] = []
    # only inside the titles before the subject: an apposition after it ("Kokesh, an Iraq War
    # veteran, activist and candidate for …") describes the subject itself
    buried = [t for c in children_of(subj) if c.dep_ == "compound" and c.i < subj.i
              for t in c.subtree]
    for tok in buried:
        if not (tok.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in children_of(tok))):
            continue
        for t in (tok, *[c for c in tok.subtree if c.dep_ in ("compound", "appos")]):
            actor = finder.at(t, pronoun_fallback=False)
            if political(actor) and actor.code and actor not in out and not (  # type: ignore[union-attr]
                    source.start <= actor.start < source.end  # type: ignore[union-attr]
                    or actor.start <= source.start < actor.end):  # type: ignore[union-attr]
                out.append(actor)  # type: ignore[arg-type]
                break
    return out


def stative_partner_subject(verb: Token) -> Token | None:
    """The doer of a reciprocal verb told as a state: "the US had been allied with Kurdish
    groups", "the party is aligned with the government". The participle of a verb of acting
    together, with its partner in a with-phrase and no by-agent, describes its grammatical
    subject as one side of the bond (WordNet ally.v.01 "become an ally or associate", as by a
    treaty: the subject allied itself); it is no agentless passive whose doer is implied."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb)):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return relative_antecedent(subj) if subj is not None else None


def not_the_doers(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """The targets that are not one of several conjoined doers themselves.

    "Colombia and Ecuador agreed to reopen **their** embassies": the possessive names both
    doers, and the coreference resolver hands it the first conjunct, so the slot read
    "Colombia" as whom both agreed with — Colombia with itself (an event the coder then drops)
    and Ecuador with Colombia. The doers' own mention (the same span or coreference entity, or
    a pronoun of the same party) is never whom they act on; without it, a reciprocal act of
    conjoined doers codes each towards the other, as the pattern says."""
    if len(sources) < 2:
        return targets
    return [t for t in targets if not any(_doer_itself(t, s) for s in sources)]


def _doer_itself(target: Actor, source: Actor) -> bool:
    if target.start == source.start or (
            target.entity is not None and target.entity == source.entity):
        return True
    return target.mention.lower() in _OWN_PRONOUNS and (
        same_party(target, source) or (bool(target.code) and target.code == (
            source.code or source.country)))


#: Pronouns by which conjoined doers name themselves ("their embassies", "its troops").
_OWN_PRONOUNS = frozenset({"their", "theirs", "them", "they", "its", "it", "themselves",
                           "itself", "our", "we", "us"})


#: The note of a reciprocal act's candidates: each conjoined doer is the other's target.
RECIPROCAL_NOTE = "target: the other conjoined doer (reciprocal)"


def reciprocal_candidates(tok: Token, code: str, sources: list[Actor], method: str,
                          p: Pattern, patient: Token | None) -> list[Candidate]:
    """A reciprocal act of conjoined doers ("Bosnia and Slovenia agreed to a ceasefire"): one
    candidate per ordered pair, marked so later steps keep the partner as the target."""
    return [Candidate(tok, code, s, t, method, p.confidence, p.intransitive, patient=patient,
                      notes=[RECIPROCAL_NOTE])
            for s in sources for t in sources if s is not t]
