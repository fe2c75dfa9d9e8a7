"""Modality of an event: did it happen, or was it denied, hoped, asked for, planned, hedged?

Cues are read where the parse puts them, never by searching the sentence for keywords:

1. the trigger's own clause — ``neg`` children and negative adverbs, modal and future
   auxiliaries, an inverted "should/had/were" (conditional), ``mark`` subordinators (if, unless,
   whether), evidential adverbs (reportedly), and for event nouns their modifiers (upcoming,
   alleged, possible) and determiner "no";
2. the predicates that govern it, walking up through complement links only (xcomp, ccomp,
   pcomp/prep, conj without its own subject, acl, object-of-light-verb): a requesting governor
   ("urged X to …") makes it ``requested``, a planning or committing one ``future``, a refusing
   one ``negated``, a hedging one or "it is unlikely that …" ``hypothetical``, "is said to" /
   "allegedly" ``reported_unverified``, "contingent on …" ``conditional``.

The walk stops at relative and adverbial clause boundaries ("did not hesitate when they were
relocating …" leaves the relocating asserted) and at reporting verbs, which are transparent.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..dates import timex_period
from ..nlp.shared import children_of, deps_of, head_of, lemmas_of, lowers_of, memo
from ..records import TimeExpr
from .clause_cues import (
    SUBJ,
    acquittal,
    as_long_as,
    asks,
    condition_frame,
    condition_noun,
    conditional_clause,
    earlier_gerund,
    imperative,
    irrealis,
    predictive,
    set_off,
    unconfirmed_evidence,
    unconfirmed_source,
)
from .noun_doers import attributed_to, doer_participles
from .patterns import PatternBook

ASSERTED = "asserted"
#: When one clause carries two cues, the stronger (earlier) wins.
PRIORITY = ("conditional", "negated", "hypothetical", "requested", "future",
            "reported_unverified")


def _strongest(found: list[str]) -> str | None:
    return next((modality for modality in PRIORITY if modality in found), None)


def own_cues(tok: Token, book: PatternBook) -> str | None:
    """Modality cues on the token's own clause (or, for a noun, its own modifiers).

    Kept per token of the Doc and pattern book: the coder, the sentence steps (refusals,
    intents, governed acts) and the walk up the governors ask it of the same token again, and
    the answer depends on the parse and the book only."""
    known = memo(tok.doc, "own_cues")
    kept = known.get(tok.i)
    if kept is None or kept[0] is not book:
        kept = known[tok.i] = (book, _own_cues(tok, book))
    cue: str | None = kept[1]
    return cue


def _own_cues(tok: Token, book: PatternBook) -> str | None:
    m = book.modality
    found: list[str] = []
    doc = tok.doc
    # the word, lemma and label columns (a Token's ``lower_``/``lemma_``/``dep_``: a look-up)
    lowers, lemmas, deps = lowers_of(doc), lemmas_of(doc), deps_of(doc)
    kids = children_of(tok)
    subj_i = min((c.i for c in kids if deps[c.i] in SUBJ), default=None)
    for child in kids:
        i = child.i
        low = lowers[i]
        lemma = lemmas[i]
        dep = deps[i]
        negator = dep == "advmod" and (low in m["negators"] or (
            low in m["negated_degree_adverbs"]  # "no longer", "no more"
            and any(g.dep_ == "neg" for g in children_of(child))))
        if dep == "neg" or negator or (dep == "det" and low == "no"):
            found.append("negated")
        elif (dep in ("ccomp", "oprd", "xcomp", "acomp") or (
                dep == "dobj" and child.pos_ == "ADJ")) and tok.pos_ == "VERB" and (
                acquittal(child, m)):
            found.append("negated")  # "found him not guilty", "declared them innocent"
        elif dep in SUBJ | {"dobj"} and tok.pos_ in ("VERB", "AUX") and (
                low in m["negative_pronouns"] or any(
                    g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither")
                    for g in children_of(child))):
            found.append("negated")  # "none of the protesters were detained", "no police …",
            # "neither India nor Pakistan attacked …"
        elif dep in ("aux", "auxpass") and asks(child, subj_i):
            found.append("hypothetical")  # "Has Iran attacked Israel?": asked, not stated
        elif dep == "aux":
            if low in m["requested_aux"] or lemma in m["requested_aux"]:
                inverted = subj_i is not None and child.i < subj_i
                found.append("conditional" if inverted and low == "should" else "requested")
            elif low in ("had", "were") and subj_i is not None and child.i < subj_i:
                found.append("conditional")
            elif low in m["future_aux"] or lemma in m["future_aux"]:
                found.append("future")
            elif low in ("would", "'d") and tok.lemma_.lower() in m["polite_would"]:
                pass  # "would like / prefer / welcome": a present wish, not a hedge
            elif low in m["hypothetical_aux"] or lemma in m["hypothetical_aux"]:
                found.append("hypothetical")
        elif dep == "mark":
            if low in m["conditional_marks"] or as_long_as(child):
                found.append("conditional")
            elif low in m["hypothetical_marks"]:
                found.append("hypothetical")
        elif dep == "advmod" and not (conditional_clause(child, m) and (
                irrealis(tok, m) or predictive(tok, m))):
            if low in m["unverified_adverbs"]:
                found.append("reported_unverified")
            elif low in m["hypothetical_adverbs"]:
                found.append("hypothetical")
        elif dep in ("amod", "compound") and tok.pos_ in ("NOUN", "PROPN"):
            if lemma in m["future_modifiers"] or low in m["future_modifiers"]:
                found.append("future")
            elif lemma in m["hypothetical_modifiers"] or low in m["hypothetical_modifiers"]:
                found.append("hypothetical")
            elif lemma in m["unverified_modifiers"] or low in m["unverified_modifiers"]:
                found.append("reported_unverified")
            elif lemma in m["conditional_modifiers"]:
                found.append("conditional")
        elif dep == "acl" and tok.pos_ in ("NOUN", "PROPN") and attributed_to(child):
            found.append("reported_unverified")  # "a bombing blamed on Boko Haram"
        elif dep == "prep" and low == "according" and unconfirmed_source(child, m):
            found.append("reported_unverified")  # "according to unconfirmed reports"
        elif dep == "prep" and any(g.dep_ == "pobj" and condition_noun(g, m) and
                                   not list(children_of(g)) for g in children_of(child)):
            found.append("conditional")  # bare "In case Russia attacks …"
        elif dep in ("advcl", "advmod", "prep") and conditional_clause(child, m) and (
                irrealis(tok, m) or predictive(tok, m)):
            # "Iran retaliates if attacked", "will/would retaliate if attacked": the consequent
            # of a condition is conditional (the guide: if-clauses and "unless"; the
            # conditional cue outranks the modal). A possibility modal keeps its hedge ("could
            # recognize Israel if a deal is reached" is hypothetical), and a past-tense report
            # of a threat ("threatened … if") stays asserted.
            found.append("conditional")
    if tok.pos_ in ("NOUN", "PROPN"):
        # "an attack reportedly carried out by the Taliban": the participle that names the
        # doer carries the noun's hedges, as the passive "was reportedly carried out" does
        for part in doer_participles(tok, book):
            cue = own_cues(part, book)
            if cue is not None:
                found.append(cue)
    if condition_frame(tok, m):
        found.append("conditional")  # "Were China to blockade …", "Should X V, Y would V"
    if not found and imperative(tok, m):
        found.append("requested")  # "Stop the shelling, he told Moscow": a demand, not a deed
    return _strongest(found)


def conditional_consequent(tok: Token, book: PatternBook) -> bool:
    """The clause of ``tok`` has an if/unless (or inverted should) adverbial clause."""
    m = book.modality
    return any(c.dep_ in ("advcl", "advmod", "prep") and conditional_clause(c, m)
               for c in children_of(tok))


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


def background_adjunct(noun: Token, m: dict[str, frozenset[str]]) -> bool:
    """Is ``noun`` the object of a temporal/causal adjunct of a verb ("sent condolences
    following the assault", "imposed sanctions in response to the invasion")? Such an event
    happened before the clause: the clause's verb, as a light verb, does not name its doer
    (``background_preps``, ``background_nouns``; used by the coder's light-verb test)."""
    if noun.dep_ not in ("pobj", "dobj") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = head_of(noun)
    if prep == noun:
        return False
    gov = head_of(prep)
    if prep.lower_ in m.get("background_preps", frozenset()):
        # the parser also hangs "following" on a verb as a participle clause (advcl, xcomp)
        return prep.dep_ in ("prep", "advcl", "xcomp") and gov.pos_ in ("VERB", "AUX")
    if prep.dep_ != "prep":
        return False
    # "in response to X", "in the wake of X": the frame noun is the adjunct's object
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for", "of"):
        return False
    if gov.lemma_.lower() not in m.get("background_nouns", frozenset()) or gov.dep_ != "pobj":
        return False
    outer = head_of(gov)
    return outer.dep_ == "prep" and outer.lower_ in ("in", "after") and \
        head_of(outer).pos_ in ("VERB", "AUX")


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


def modality(tok: Token, book: PatternBook, *, light: frozenset[str] = frozenset()) -> str:
    """The modality of the event whose trigger is ``tok``.

    The trigger's own cues decide when they negate or condition it; a weaker own cue (will,
    would, must) still lets a stronger governor win ("it is unlikely that Poland will send …"
    is hypothetical, not future).
    """
    own = own_cues(tok, book)
    if own in ("conditional", "negated"):
        return own
    if own == "hypothetical" and open_question(tok, book.modality):
        return own  # "declined to comment on whether it would expel …": the question is open
    if own == "hypothetical" and _reported_would(tok, book) and not _hedged_adverb(tok, book):
        # "stated he would leave if the Senate voted against him"
        own = "conditional" if conditional_consequent(tok, book) else "future"
        if own == "conditional":
            return own
    governed = _governed(tok, book, light, own)
    if own is None or own == "reported_unverified":
        return governed
    if governed in (ASSERTED, "reported_unverified"):
        return own
    return _strongest([own, governed]) or own


def open_question(tok: Token, m: dict[str, frozenset[str]]) -> bool:
    """The trigger's clause is an indirect question ("whether it would expel …"): what the
    verbs above it refuse, deny or ask bears on the answer, not on the act, so the act stays
    only possible (the guide's ``hypothetical``) however its governors are framed."""
    return any(c.dep_ == "mark" and c.lower_ in m["hypothetical_marks"] for c in children_of(tok))


def _governed(tok: Token, book: PatternBook, light: frozenset[str], own: str | None) -> str:
    m = book.modality
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and head_of(tok) != tok:
        # "may be willing to assist": the copula carries the clause's cues
        return modality(head_of(tok), book, light=light)
    hedged = own == "reported_unverified"
    cur = tok
    below = tok  # the token the walk came up from
    for _ in range(10):
        head = head_of(cur)
        dep = cur.dep_
        if head == cur:
            break
        cls: str | None = None
        if dep == "xcomp":
            cls = _governing(head, book)
            if cls == "requested" and head.lemma_.lower() in m["wishing_verbs"] and not any(
                    c.dep_ in ("dobj", "dative") for c in children_of(head)):
                cls = "hypothetical"  # "Sudan wants to meet Chad": a wish, not a request
            if head.lemma_.lower() in ("be", "have", "remain") and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(head)):
                cls = "negated"  # "Russia has yet to withdraw", "is yet to"
            if cls is None and head.lemma_.lower() == "be" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
                cls = "future"  # "May is to step down today"
        elif dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)):
            # a purpose clause shares its head's modal cues, not the head verb's meaning
            # ("blocked roads to protest": the protest is not blocked) — unless the parser
            # hung a request noun's complement on the verb ("rejected calls to release")
            prev = cur.doc[cur.i - 2] if cur.i >= 2 else None
            has_object = any(c.dep_ == "dobj" for c in children_of(head))
            if prev is not None and head_of(prev) == head and prev.dep_ == "dobj" and \
                    _request_noun(prev, m):
                cls = "requested"
            elif cur.i > head.i and (not has_object or
                                     head.lemma_.lower() in m["requested_governors"]):
                # "threatened on Monday to impose …": the parser makes a control complement
                # an adverbial clause when a phrase comes between ("blocked roads to
                # protest", with its own object, stays a purpose clause)
                cls = _governing(head, book)
            else:
                cls = own_cues(head, book)
        elif dep == "advcl" and cur.tag_ == "VBG" and cur.i > head.i and not any(
                c.dep_ == "mark" or c.dep_ in SUBJ for c in children_of(cur)) and not (
                set_off(cur, head)):
            # "ruled out sending troops": the parser makes a gerund complement an adverbial
            # clause; it is governed only by a governing verb ("killed two, sending …" is not)
            cls = _governor_class(head, book) and _governing(head, book)
            if cls is None:
                break
        elif dep == "ccomp":
            if head.lower_ in m["conditional_heads"]:
                return "conditional"  # "provided that Moscow withdraws"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)) or \
                    head.lemma_.lower() in m["permissive_governors"] or _bare_infinitive(cur):
                # "would allow the government to detain", "told Iran to release", "did not let
                # the monitors enter": an infinitive (or bare) complement with its own subject is
                # controlled like an xcomp — it shares the governor's cues and meaning, and the
                # walk goes on up ("refused to allow inspectors to visit")
                cls = own_cues(head, book) or _governor_class(head, book)
            elif _hypothetical_frame(head, book):
                cls = "hypothetical"
            elif unconfirmed_evidence(head, m):
                return "reported_unverified"  # "unverified videos appear to show X shelling …"
            elif head.lemma_.lower() in m["requested_governors"] and _subjunctive(cur):
                cls = "requested"  # "insisted that Washington lift the sanctions"
            elif head.lemma_.lower() in m["reporting_verbs"]:
                cls = None if head.lemma_.lower() not in ("claim",) else "reported_unverified"
                if cls is None and _anonymous_speaker(head, m):
                    cls = "reported_unverified"  # "its source said three were killed"
                if cls is None:
                    break
            else:
                gov = _governor_class(head, book)
                cls = gov if gov in ("hypothetical", "negated", "reported_unverified",
                                     "requested") else None
                if cls is None:
                    break
        elif dep in ("pcomp", "pobj", "prep"):
            if dep == "prep" and earlier_gerund(cur, below, m):
                break  # "threatened to shell X after accusing it": the accusation was made
            if head.lemma_.lower() in m["conditional_heads"] or \
                    head.lower_ in m["conditional_heads"]:
                return "conditional"  # "contingent on …", "provided that Peru withdrew"
            if dep == "prep" and cur.lower_ in ("of", "for") and head.lemma_.lower() in m.get(
                    "accusing_governors", frozenset()):
                hedged = True  # "accused X of attacking …": alleged
            if dep == "pobj" and head_of(head).lemma_.lower() in m["conditional_heads"]:
                return "conditional"
            if dep == "pobj" and condition_noun(head_of(head), m):
                return "conditional"  # "in the event of an attack"
            if dep in ("pcomp", "pobj") and head.dep_ == "prep":
                cls = _prep_governor(head, m)
            if dep == "prep" and cur.lower_ in ("of", "for", "to") and (
                    below == tok or below.pos_ in ("VERB", "AUX")):  # not "… for the leader on
                # the charge of …": the frame holds the act itself, not another noun's phrase
                # "plans for talks", "the threat of sanctions"; the noun's own negation first
                # ("had no intention of attacking")
                own_noun = own_cues(head, book)
                cls = own_noun if own_noun == "negated" else _noun_frame(head, m)
            if dep == "prep" and cur.lower_ in m["topic_preps"] and \
                    head.pos_ in ("NOUN", "PROPN") and _noun_frame(head, m) is None:
                break  # "called off their protest against the killing": what a protest or
                # an outcry is against happened; the verbs above govern the protest
            if cls is None:
                cls = own_cues(head, book) if dep != "pobj" else None
        elif dep == "conj":
            if any(c.dep_ in SUBJ for c in children_of(cur)):
                if _sentence_evidential(head, m):
                    hedged = True  # "Reportedly, two were killed and eight were injured"
                break
            cls = own_cues(head, book)
            if cls == "negated":
                cls = None  # "did not X but Y-ed": negation is not shared by a conjunct
        elif dep in ("dobj", "nsubjpass", "attr", "oprd", "appos", "compound"):
            if tok.pos_ not in ("NOUN", "PROPN") and cur == tok:
                break
            gov = head.lemma_.lower()
            if gov in light or dep in ("appos", "compound"):
                cls = own_cues(head, book)
            elif gov in m["ending_governors"] and tok.pos_ in ("NOUN", "PROPN"):
                break  # "halted the incursion", "was unable to stop the attack": under way
            else:
                cls = _governing(head, book)
        elif dep in ("acl", "relcl") and condition_noun(head, m) and not any(
                c.dep_ in SUBJ | {"dobj"} and c.lower_ in ("which", "that", "who")
                for c in children_of(cur)):
            return "conditional"  # "on condition that …", "in the event that …"
        elif dep == "acl":
            noun = head.lemma_.lower()
            if noun in m["unverified_nouns"]:
                if head.dep_ == "dobj" and _governor_class(head_of(head), book) == "negated":
                    return "negated"  # "denied charges that it attacked …": denied (the guide)
                cls = "reported_unverified"
                hedged = True
                break
            if noun in m["hypothetical_nouns"]:
                return "hypothetical"
            if _request_noun(head, m):
                return "requested"  # "calls for Iran to release …", "the demand that …"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cur)) and (
                    frame := _noun_frame(head, m)) is not None:
                # "plans to visit", "a pledge to send", "its refusal to meet"; the noun's own
                # negation first ("has no plans to invade": not planned, so not done)
                return "negated" if own_cues(head, book) == "negated" else frame
            cls = own_cues(head, book)
            if cls is None and any(c.dep_ == "mark" and c.lower_ == "that"
                                   for c in children_of(cur)):
                break  # "cannot change the fact that …": a noun's content clause is not
                # governed by the verb that governs the noun
        elif dep == "nsubj" and cur == tok and tok.pos_ in ("NOUN", "PROPN") and \
                occurrence_verb(head, m):
            # "talks may take place in May", "the summit will begin on Friday": a verb of
            # occurrence only says the noun's act happens; its modals and governors are the act's
            said = modality(head, book, light=light)
            return "reported_unverified" if hedged and said == ASSERTED else said
        elif dep in ("relcl", "advcl", "parataxis", "ROOT", "nsubj"):
            break
        else:
            break
        if cls is not None and cls != "reported_unverified":
            return cls
        if cls == "reported_unverified":
            hedged = True
        below, cur = cur, head
    return "reported_unverified" if hedged else ASSERTED


def hedged(tok: Token, book: PatternBook) -> bool:
    """'apparently', 'evidently' on the trigger's clause (or its light verb): lower confidence."""
    words = book.modality.get("hedging_adverbs", frozenset())
    for holder in (tok, head_of(tok), head_of(head_of(tok))):
        if any(c.dep_ == "advmod" and c.lower_ in words for c in children_of(holder)):
            return True
        if holder.pos_ in ("VERB", "AUX") and holder != tok:
            break
    return False


def dated_future(mod: str, tok: Token, date: TimeExpr | None, published: dt.date | None) -> str:
    """'Next week's summit', 'Biden visits Beijing on Friday' (in Wednesday's paper): an act the
    text dates after publication has not happened yet — ``future``, when no cue said otherwise
    and the trigger is no past form ("met on Friday" with a misread Friday stays asserted)."""
    if mod != ASSERTED or date is None or published is None or not date.text:
        return mod
    if date.type == "publication" or tok.tag_ in ("VBD", "VBN"):
        return mod
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in children_of(tok)):
        return mod  # "was held on …", "had agreed …"
    period = timex_period(date.value)
    return "future" if period is not None and period.first > published else mod
