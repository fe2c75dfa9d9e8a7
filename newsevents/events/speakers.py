"""Who a subject pronoun of reported speech stands for: "Action Against Hunger says *it* is
providing food" (the speaker, when nobody coded the pronoun) and "… after its prosecutor
announced *she* would investigate" (the speaker even where coreference bound the pronoun to
someone named earlier). Used by the coder for the doer of the reported act."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.lookup import actor_for_span
from ..nlp.shared import children_of, head_of
from ..records import Actor
from .actor_finder import PRONOUNS_PERSON, ActorFinder, political
from .authors import text_author
from .kinds import kinds_of
from .owners import PRONOUNS_PLURAL, PRONOUNS_THING
from .patterns import pattern_book
from .targets import actors_at


def pronoun_speaker(pron: Token, finder: ActorFinder) -> Token | None:
    """The speaker ``pron`` (a subject pronoun) stands for, or ``None``: the nearest agreeing
    speaker first (``speaker_antecedent``), else, for a pronoun no one coded, the reporting
    verb's subject of the same number (``reported_speaker``)."""
    if pron.pos_ != "PRON":
        return None
    speaker = speaker_antecedent(pron, finder)
    if speaker is None and not political(finder.at(pron)):
        speaker = reported_speaker(pron)
    return speaker


def _reporting_subject(pron: Token) -> Token | None:
    """The noun subject of the reporting verb whose complement clause ``pron`` is the subject
    of ("Action Against Hunger says *it* is providing …": Action Against Hunger's head)."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = head_of(pron)
    while clause.dep_ == "conj" and head_of(clause) != clause:
        clause = head_of(clause)  # "said it had agreed and would withdraw"
    verb = head_of(clause)
    if clause.dep_ != "ccomp" or verb == clause or \
            verb.lemma_.lower() not in pattern_book().modality["reporting_verbs"]:
        return None
    speaker = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    return speaker


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(noun))


def reported_speaker(pron: Token) -> Token | None:
    """The speaker a subject pronoun of reported speech stands for: "Action Against Hunger says
    *it* is providing food", "a Japanese expert says *he* is pessimistic", "the leaders said
    *they* hoped …" — the pronoun subject of a clause complementing a reporting verb, bound to
    that verb's own subject (a noun, not another pronoun) of the same number. ``None`` when the
    pronoun is no such subject."""
    lower = pron.lower_
    if lower not in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL:
        return None
    speaker = _reporting_subject(pron)
    if speaker is None or (lower in PRONOUNS_PLURAL) != _plural(speaker):
        return None  # "the ministers said it …": the pronoun is something else
    return speaker


#: the kinds of actor each subject pronoun can stand for (a person is "he"/"she", never "it";
#: a state, organisation or armed group is "it" or "they")
_PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}), "she": frozenset({"person"}),
    "it": frozenset({"state", "organisation"}),
    "they": frozenset({"state", "organisation", "group"}),
}
#: WordNet supersenses (``noun_kinds.tsv``) of an unnamed speaker that agree with each pronoun
_PRONOUN_SENSES: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}), "she": frozenset({"person"}),
    "it": frozenset({"group"}), "they": frozenset({"group", "person"}),
}


def _agrees(pron: str, speaker: Token, actor: Actor | None) -> bool:
    """Number and kind: "he"/"she" a person, "it" a state or organisation, "they" a group,
    state or organisation or any plural of people."""
    plural = _plural(speaker)
    if pron in ("he", "she", "it") and plural:
        return False
    if actor is not None:
        return actor.kind in _PRONOUN_KINDS[pron] or (pron == "they" and plural)
    first = kinds_of(speaker)[:1]
    if pron == "they" and not plural and first != ("group",):
        return False
    return bool(first) and first[0] in _PRONOUN_SENSES[pron]


def speaker_antecedent(pron: Token, finder: ActorFinder) -> Token | None:
    """The speaker a subject pronoun of reported speech stands for even where coreference bound
    it to someone named earlier: in "Netanyahu criticised the court after its prosecutor
    announced *she* would investigate …" she is the prosecutor, not Netanyahu. Only when the
    reporting verb's subject agrees with the pronoun in number and kind (``_agrees``) and is its
    nearest agreeing antecedent: another agreeing actor between the two ("the spokesman for
    Erdogan said he …") leaves the pronoun to coreference."""
    lower = pron.lower_
    if lower not in _PRONOUN_KINDS:
        return None
    speaker = _reporting_subject(pron)
    if speaker is None or speaker.i > pron.i:
        return None
    actor = actor_for_span(finder.all_actors, speaker.idx, speaker.idx + len(speaker.text),
                           head=speaker.idx)
    if not _agrees(lower, speaker, actor):
        return None
    after = speaker.idx + len(speaker.text)
    for other in finder.all_actors.starting_in(after, pron.idx):
        if other is not actor and other.kind in _PRONOUN_KINDS[lower]:
            return None
    if lower in ("he", "she") and any(e.label_ == "PERSON" and after <= e.start_char < pron.idx
                                      for e in pron.doc.ents):
        return None
    return speaker


def subject_sources(subj_tok: Token | None, code: str,
                     finder: ActorFinder) -> tuple[Token | None, list[Actor]]:
    """The doers a trigger's grammatical subject names, and the token they were read from.

    A pronoun subject is first read as who says it: the reporting verb's subject ("X says *it*
    is providing …", "its prosecutor said *she* would …"), a first person inside a quotation
    as its speaker ('"*We* condemn the decision," the minister said'), and a text as its
    author ("the committee issued a report that calls on …", .authors). The verb triggers and
    the event nouns under a light verb ('"We made a plea to the president," Schumer said') ask
    the same question of their subject, so they share this answer."""
    if subj_tok is None:
        return None, []
    if (speaker := pronoun_speaker(subj_tok, finder)) is not None:
        subj_tok = speaker
    sources = actors_at(finder, [subj_tok])
    if (quoted := finder.quote_speaker(subj_tok, code)) is not None:
        sources = [quoted]
    if not sources and (author := text_author(subj_tok, finder)):
        sources = [author]
    return subj_tok, sources
