"""The rules of ``arguments.yaml`` in one validated, cached record.

A module of its own because both :mod:`.arguments` and :mod:`.syntax` read them and
:mod:`.arguments` imports :mod:`.syntax`: the rules must not depend on either.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .codebook import is_code
from .patterns import _load, _words


@dataclass(frozen=True, slots=True)
class ArgumentRules:
    uncoded_roots: frozenset[str]
    uncoded_speaker_codes: tuple[str, ...]
    private_doer_codes: tuple[str, ...]
    private_doer_sectors: frozenset[str]
    anchor_sectors: frozenset[str]
    not_participants: frozenset[str]
    not_participant_nouns: frozenset[str]
    nominal_target_preps: frozenset[str]
    not_actors: frozenset[str]
    event_subjects: frozenset[str]
    implied_violence_roots: frozenset[str]
    undergoer_roots: frozenset[str]
    implied_attacker_sector: str
    counterforce_victims: frozenset[str]
    counterforce_sector: str
    opponent_preps: frozenset[str]
    counted_people_sector: str
    patient_kinds: frozenset[str]
    thing_kinds: frozenset[str]
    topic_roots: frozenset[str]
    purpose_beneficiary_verbs: frozenset[str]
    with_recipient_verbs: frozenset[str]
    implied_sectors: dict[str, str]
    accused_doer_verbs: frozenset[str]
    accused_doer_preps: frozenset[str]
    responsible_words: frozenset[str]
    responsible_verbs: frozenset[str]
    # lemma → (the addressee's sector, the codes of the sense, the doers' sectors or empty)
    implied_addressees: dict[str, tuple[str, tuple[str, ...], frozenset[str]]]
    patient_possessor_nouns: frozenset[str]
    nominal_governors: dict[str, str]
    oblique_target_preps: tuple[str, ...]
    departure_roots: tuple[str, ...]
    place_target_roots: tuple[str, ...]
    place_where_roots: tuple[str, ...]
    place_preps: frozenset[str]
    own_place_civilian_roots: tuple[str, ...]
    own_population_codes: frozenset[str]
    own_population_sectors: frozenset[str]
    purpose_target_roots: tuple[str, ...]
    purpose_participles: frozenset[str]
    go_between_participles: frozenset[str]
    nominal_place_roots: tuple[str, ...]
    own_means_roots: tuple[str, ...]
    reciprocal_noun_roots: tuple[str, ...]
    occurrence_verbs: frozenset[str]
    event_collectives: frozenset[str]
    response_verbs: frozenset[str]
    armed_owner_nouns: frozenset[str]
    armed_owner_sectors: frozenset[str]
    territory_nouns: frozenset[str]
    quantity_words: frozenset[str]
    member_preps: frozenset[str]
    place_oblique_preps: frozenset[str]
    protest_roots: tuple[str, ...]
    addressee_roots: tuple[str, ...]
    addressee_nouns: frozenset[str]
    purpose_patient_roots: frozenset[str]
    protest_topic_preps: frozenset[str]
    claim_code: str
    claimed_roots: frozenset[str]
    claim_window: int
    claim_bare_objects: frozenset[str]
    doer_roots: frozenset[str]
    unnamed_sectors: frozenset[str]
    doer_verbs: dict[str, frozenset[str]]
    re_mention_distinguishing: frozenset[str]
    re_mention_noun_tags: frozenset[str]
    re_mention_again: frozenset[str]
    # roots whose partner is never what they are about ("spoke about Somalia"), and those
    # topic prepositions (``partner_topic`` in arguments.yaml)
    partner_topic_roots: tuple[str, ...] = ()
    partner_topic_preps: frozenset[str] = frozenset()
    # concessive adjuncts of a clause, never a trigger's arguments ("pledged support *despite*
    # the attack", "*though* she was nominated for Pillow Talk, Day considered …")
    concessive_preps: frozenset[str] = frozenset()
    concessive_marks: frozenset[str] = frozenset()
    # roots whose target nobody coded may be a thing done or praised, not a party: the party
    # inside it is the target ("welcomed the agreement between Ethiopia and Eritrea")
    thing_target_roots: tuple[str, ...] = ()
    # roots whose act, told with no one it is aimed at, is aimed at the party whose act it
    # answers: the subject of its condition, the doer of what it retaliates for (answered.py)
    answered_roots: tuple[str, ...] = ()
    answering_nouns: frozenset[str] = frozenset()
    # roots whose pattern's own object word may still be the target, uncoded ("challenged the
    # ruling": criticism of whoever made it; ``named_thing_target_roots``)
    named_thing_target_roots: tuple[str, ...] = ()
    # state sectors an office named by its title alone belongs to (``home_office_sectors``)
    home_office_sectors: frozenset[str] = frozenset()
    # a non-asserted act aimed at anyone of a kind is a rule, not an event (``generic_targets``)
    generic_modalities: frozenset[str] = frozenset()
    generic_determiners: frozenset[str] = frozenset()
    generic_pronouns: frozenset[str] = frozenset()


def _codes(raw: list[Any], key: str) -> tuple[str, ...]:
    """CAMEO codes of ``key``, checked against the codebook at load time."""
    codes = tuple(str(c) for c in raw)
    unknown = [c for c in codes if not is_code(c)]
    if unknown:
        raise ValueError(f"arguments.yaml {key}: not CAMEO codes: {unknown}")
    return codes


@lru_cache(maxsize=1)
def argument_rules() -> ArgumentRules:
    """``arguments.yaml``, loaded once per process."""
    raw = _load("arguments.yaml")
    return ArgumentRules(
        uncoded_roots=frozenset(str(r) for r in raw["uncoded_roots"]),
        uncoded_speaker_codes=_codes(raw["uncoded_speaker_codes"], "uncoded_speaker_codes"),
        private_doer_codes=_codes(raw["private_doer_codes"], "private_doer_codes"),
        private_doer_sectors=frozenset(str(s) for s in raw["private_doer_sectors"]),
        anchor_sectors=frozenset(str(s) for s in raw["anchor_sectors"]),
        not_participants=_words(raw["not_participants"]),
        not_participant_nouns=_words(raw["not_participant_nouns"]),
        nominal_target_preps=_words(raw["nominal_target_preps"]),
        not_actors=_words(raw["not_actors"]),
        event_subjects=_words(raw["event_subjects"]),
        implied_violence_roots=frozenset(str(r) for r in raw["implied_violence_roots"]),
        undergoer_roots=frozenset(str(r) for r in raw["undergoer_roots"]),
        implied_attacker_sector=str(raw["implied_attacker_sector"]),
        counterforce_victims=frozenset(str(s) for s in raw["implied_counterforce"]["victims"]),
        counterforce_sector=str(raw["implied_counterforce"]["sector"]),
        opponent_preps=_words(raw["implied_counterforce"]["opponent_preps"]),
        counted_people_sector=str(raw["counted_people_sector"]),
        patient_kinds=_words(raw.get("patient_kinds", [])),
        thing_kinds=_words(raw.get("thing_kinds", [])),
        topic_roots=frozenset(str(r) for r in raw.get("topic_roots", [])),
        purpose_beneficiary_verbs=_words(raw.get("purpose_beneficiary_verbs", [])),
        with_recipient_verbs=_words(raw.get("with_recipient_verbs", [])),
        implied_sectors={str(k).lower(): str(v) for k, v in raw["implied_sectors"].items()},
        accused_doer_verbs=_words(raw.get("accused_doer_verbs", [])),
        accused_doer_preps=_words(raw.get("accused_doer_preps", [])),
        responsible_words=_words(raw.get("responsible_doer", {}).get("words", [])),
        responsible_verbs=_words(raw.get("responsible_doer", {}).get("verbs", [])),
        implied_addressees={
            str(k).lower(): (str(v["sector"]), tuple(str(c) for c in v["codes"]),
                             frozenset(str(d) for d in v.get("doers", [])))
            for k, v in raw.get("implied_addressees", {}).items()},
        patient_possessor_nouns=_words(raw["patient_possessor_nouns"]),
        nominal_governors={str(k).lower(): str(v) for k, v in raw["nominal_governors"].items()},
        oblique_target_preps=tuple(str(p).lower() for p in raw["oblique_target_preps"]),
        departure_roots=tuple(str(r) for r in raw["departure_roots"]),
        place_target_roots=tuple(str(r) for r in raw["place_target_roots"]),
        place_where_roots=tuple(str(r) for r in raw.get("place_where_roots", [])),
        place_preps=_words(raw["place_preps"]),
        own_place_civilian_roots=tuple(str(r) for r in raw.get("own_place_civilian_roots", [])),
        own_population_codes=frozenset(str(c) for c in raw.get("own_population_codes", [])),
        own_population_sectors=frozenset(str(s) for s in raw.get("own_population_sectors", [])),
        purpose_target_roots=tuple(str(r) for r in raw.get("purpose_target_roots", [])),
        purpose_participles=_words(raw.get("purpose_participles", [])),
        go_between_participles=_words(raw.get("go_between_participles", [])),
        nominal_place_roots=tuple(str(r) for r in raw.get("nominal_place_roots", [])),
        own_means_roots=tuple(str(r) for r in raw.get("own_means_roots", [])),
        occurrence_verbs=_words(raw.get("occurrence_verbs", [])),
        event_collectives=_words(raw.get("event_collectives", [])),
        response_verbs=_words(raw.get("response_verbs", [])),
        armed_owner_nouns=_words(raw.get("armed_owner_nouns", [])),
        armed_owner_sectors=frozenset(str(w) for w in raw.get("armed_owner_sectors", [])),
        reciprocal_noun_roots=tuple(str(r) for r in raw.get("reciprocal_noun_roots", [])),
        territory_nouns=_words(raw["territory_nouns"]),
        quantity_words=_words(raw["quantity_words"]),
        member_preps=_words(raw.get("member_preps", [])),
        place_oblique_preps=_words(raw["place_oblique_preps"]),
        protest_roots=tuple(str(r) for r in raw["protest"]["roots"]),
        addressee_roots=tuple(str(r) for r in raw["addressee"]["roots"]),
        addressee_nouns=_words(raw["addressee"]["nouns"]),
        purpose_patient_roots=frozenset(str(r) for r in raw["purpose_patient_roots"]),
        protest_topic_preps=_words(raw["protest"]["topic_preps"]),
        claim_code=str(raw["claim"]["code"]),
        claimed_roots=frozenset(str(r) for r in raw["claim"]["roots"]),
        claim_window=int(raw["claim"]["sentences_back"]),
        claim_bare_objects=_words(raw["claim"]["bare_objects"]),
        doer_roots=frozenset(str(r) for r in raw["named_doers"]["roots"]),
        unnamed_sectors=frozenset(str(s) for s in raw["named_doers"]["unnamed_sectors"]),
        doer_verbs={str(p).lower(): _words(v)
                    for p, v in raw["named_doers"]["verbs"].items()},
        re_mention_distinguishing=_words(raw["re_mentions"]["distinguishing"]),
        re_mention_noun_tags=frozenset(str(t) for t in raw["re_mentions"]["noun_tags"]),
        re_mention_again=_words(raw["re_mentions"]["again"]),
        partner_topic_roots=tuple(str(r) for r in raw.get("partner_topic", {}).get("roots", [])),

        partner_topic_preps=_words(raw.get("partner_topic", {}).get("preps", [])),
        concessive_preps=_words(raw.get("concessive", {}).get("preps", [])),
        concessive_marks=_words(raw.get("concessive", {}).get("marks", [])),
        thing_target_roots=tuple(str(r) for r in raw.get("thing_target_roots", [])),
        answered_roots=tuple(str(r) for r in raw.get("answered", {}).get("roots", [])),
        answering_nouns=_words(raw.get("answered", {}).get("nouns", [])),
        named_thing_target_roots=tuple(
            str(r) for r in raw.get("named_thing_target_roots", [])),
        home_office_sectors=frozenset(str(s) for s in raw.get("home_office_sectors", [])),
        generic_modalities=frozenset(
            str(m) for m in raw.get("generic_targets", {}).get("modalities", [])),
        generic_determiners=_words(raw.get("generic_targets", {}).get("determiners", [])),
        generic_pronouns=_words(raw.get("generic_targets", {}).get("pronouns", [])),
    )
