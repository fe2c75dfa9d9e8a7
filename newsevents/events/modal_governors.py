"""What a governing word makes of the act it governs: a verb, a preposition's verb, a noun.

Step 2 of :mod:`.modality` walks up from the trigger through complement links; at each
governor it asks these: a requesting verb ("urged X to …") makes the act ``requested``, a
refusing one ``negated``, "accused X of …" ``reported_unverified``, "blocked X from …"
``negated``, "plans for …" ``future``, a bare that-clause under "insisted" a subjunctive
request. Split out of ``modality.py`` (which had reached the 600-line limit): the meaning of one
governor, apart from the walk that visits them. Cue words are in ``modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .clause_cues import SUBJ
from .own_modality import own_cues
from .patterns import PatternBook


def _governor_class(head: Token, book: PatternBook) -> str | None:
    """What a governing predicate makes of its complement. A phrasal verb is its own word:
    "called off the protest" is no call for it, "went on to win" no future — with a particle
    only the lists' ``verb_particle`` entries count ("rule_out", "call_on")."""
    m = book.modality
    lemma = phrasal_lemma(head)
    if lemma in m["requested_governors"]:
        return "requested"
    if lemma in m["negated_governors"]:
        return "negated"  # "refused to …", "ruled out sending …"
    passive = any(c.dep_ == "auxpass" for c in children_of(head))
    if passive and lemma in m["future_passives"]:
        return "future"
    if passive and lemma in m["unverified_passives"]:
        return "reported_unverified"
    if lemma in m["future_governors"]:
        return "future"
    if lemma in m["hypothetical_governors"]:
        return "hypothetical"
    if lemma in ("allege", "claim", "rumor", "rumour", "purport"):
        return "reported_unverified"
    return None


def phrasal_lemma(verb: Token) -> str:
    """The verb's lemma, joined to its particle when it has one ("rule_out", "call_off")."""
    prt = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    return verb.lemma_.lower() if prt is None else f"{verb.lemma_.lower()}_{prt}"


def occurrence_verb(verb: Token, m: dict[str, frozenset[str]]) -> bool:
    """Does ``verb`` only say that its subject happens ("take place", "occur", "go ahead")?
    The light object of "take place" is read like a particle."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = m.get("occurrence_verbs", frozenset())
    lemma = phrasal_lemma(verb)
    if lemma in words:
        return True
    return any(c.dep_ == "dobj" and f"{verb.lemma_.lower()}_{c.lower_}" in words
               for c in children_of(verb))


def _excluding(head: Token, m: dict[str, frozenset[str]]) -> bool:
    return phrasal_lemma(head) in m["excluding_governors"]


def _governing(head: Token, book: PatternBook) -> str | None:
    """The cues of a governing predicate: its own clause's, else its meaning's. Not excluding
    a possibility leaves it open: "would not rule out talks", "refused to rule out military
    action" make the act ``hypothetical``, not ``negated`` (``excluding_governors``)."""
    own = own_cues(head, book)
    if _excluding(head, book.modality) and (own == "negated" or (
            head.dep_ == "xcomp" and _governor_class(head_of(head), book) == "negated")):
        return "hypothetical"
    return own or _governor_class(head, book)


def _hypothetical_frame(head: Token, book: PatternBook) -> bool:
    """'it is unlikely that …', 'it is possible …': an adjective frames the clause."""
    adjectives = book.modality["hypothetical_adjectives"]
    if head.lemma_.lower() in adjectives:
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in children_of(head))


def controlling_verb(prep: Token, m: dict[str, frozenset[str]]) -> Token:
    """The verb whose object does what the preposition's complement says.

    The parser often hangs "of/for/from/against" on the object instead of the verb ("accused
    [the army of killing protesters]", "suspect [the group of planning]"): when that object
    belongs to an accusing, preventing or warning verb, the verb still governs the complement,
    as it does when the preposition hangs on the verb itself. Otherwise the preposition's head.
    """
    head = head_of(prep)
    if head.dep_ != "dobj" or head.pos_ not in ("NOUN", "PROPN") or prep.i < head.i:
        return head
    verb = head_of(head)
    lemma, word = verb.lemma_.lower(), prep.lower_
    if (word == "from" and lemma in m["preventing_governors"]) or (
            word in ("of", "for", "with") and lemma in m["accusing_governors"]) or (
            word == "against" and lemma in m["warning_governors"]):
        return verb
    return head


def _prep_governor(prep: Token, m: dict[str, frozenset[str]]) -> str | None:
    """'blocked the EU from sending', 'accused Israel of bombing': the preposition's verb
    decides what its gerund complement is (kept from happening, or only alleged)."""
    gov = controlling_verb(prep, m).lemma_.lower()
    word = prep.lower_
    if word == "from" and gov in m["preventing_governors"]:
        return "negated"
    if word == "without" and head_of(prep).pos_ in ("VERB", "AUX"):
        return "negated"  # "expelled the envoy without consulting Peru"
    if word == "against" and gov in m["warning_governors"]:
        return "hypothetical"  # "warned Pyongyang against conducting a test": it may happen
    if word in ("of", "for", "with") and gov in m["accusing_governors"]:
        return "reported_unverified"
    if word in ("on", "for") and head_of(prep).pos_ in ("VERB", "AUX"):
        # "plans on leaving", "pushed for holding talks"
        if gov in m["requesting_verbs"]:
            return "requested"
        if gov in m["future_governors"]:
            return "future"
    return None


def _reported_would(tok: Token, book: PatternBook) -> bool:
    """'announced he would resign': "would" in the complement of a past announcement is the
    future of the past (sequence of tenses), not a hedge."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(tok)):
        return False
    if tok.dep_ != "ccomp" or head_of(tok).tag_ != "VBD":
        return False
    return head_of(tok).lemma_.lower() in book.modality["announcing_verbs"]


def _hedged_adverb(tok: Token, book: PatternBook) -> bool:
    """'said it would probably …': the adverb hedges what the "would" only reports."""
    return any(c.dep_ == "advmod" and c.lower_ in book.modality["hypothetical_adverbs"]
               for c in children_of(tok))


def _sentence_evidential(verb: Token, m: dict[str, frozenset[str]]) -> bool:
    """An evidential adverb ahead of the clause's subject ("Reportedly, …", "Allegedly …") scopes
    over the whole sentence, conjoined clauses included."""
    subj_i = min((c.i for c in children_of(verb) if c.dep_ in SUBJ), default=verb.i)
    return any(c.dep_ == "advmod" and c.lower_ in m["unverified_adverbs"] and c.i < subj_i
               for c in children_of(verb))


def _anonymous_speaker(verb: Token, m: dict[str, frozenset[str]]) -> bool:
    """'a source said', 'sources told': the speaker of the report is not named."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in m["anonymous_speakers"] and not any(
        g.dep_ in ("compound", "appos") and g.pos_ == "PROPN" for g in children_of(c))
        for c in children_of(verb))


def _bare_infinitive(clause: Token) -> bool:
    """'would see Israel release prisoners', 'could make Iran halt': a bare infinitive with its
    own subject has no tense of its own; it happens as its governor does."""
    return clause.tag_ == "VB" and clause.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" for c in children_of(clause)) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in children_of(clause))


def _subjunctive(clause: Token) -> bool:
    """'insisted that the US lift the sanctions': a that-clause whose verb is bare (no tense,
    no auxiliary) under a subject of its own is a mandative subjunctive — the act is asked for,
    even under a verb that also reports ("insisted that the US lifted" reports)."""
    kids = children_of(clause)
    past = clause.tag_ == "VBP" and head_of(clause).tag_ == "VBD"  # "insisted they lift"
    return (clause.tag_ == "VB" or past) and any(c.dep_ == "nsubj" for c in kids) and not any(
        c.dep_ in ("aux", "auxpass") for c in kids)


def _request_noun(noun: Token, m: dict[str, frozenset[str]]) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in m["requested_nouns"]


def _noun_frame(noun: Token, m: dict[str, frozenset[str]]) -> str | None:
    """What a noun of intent, request, possibility or refusal makes of the act in its
    complement ("plans for talks": future; "calls for talks": requested; "the threat of
    sanctions": hypothetical; "its refusal to meet": negated). The noun's own modifiers speak
    first ("the abandoned plans for …" is not read here)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in m["refusal_nouns"]:
        return "negated"
    if lemma in m["requested_nouns"]:
        return "requested"
    if lemma in m["hypothetical_nouns"]:
        return "hypothetical"
    if lemma in m["doer_nouns"]:
        return "future"
    return None
