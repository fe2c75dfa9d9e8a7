"""Blame told as a judgement of a party: "said Iran was responsible for the attack", "the police
are not to blame", "gross negligence on the part of the officers" (issue 12).

News tells an accusation as often by predicating culpability of a party as with a verb of
accusing. CAMEO codes it 112 ("accuse") by whoever says it, aimed at the party judged; the verb
pass cannot see it: "responsible" is no trigger, the subject of "is to blame" is the one blamed
rather than the blamer, and a fault noun names its owner only in an "on the part of" phrase.
This step (a ``sentence_step``, after the verb and noun passes) reads three shapes
(``blame.yaml``):

- a culpability adjective predicated of a party with a for-object that names a harm ("X was
  responsible for the attack / the deaths"), not a duty ("responsible for security");
- "X is (not) to blame", replacing the verb pass's reading, which took X for the blamer;
- a fault noun owned "on the part of X".

The blamer is the subject of the reporting verb whose clause it is ("the minister said …"), or
the coded speaker of the direct quotation it stands in; text that judges a party in its own
voice is no one's accusation and gives no event. Negation ("is not to blame", "no negligence
on the part of") makes the accusation ``negated``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from spacy.tokens import Token

from ..datafiles import load_yaml
from ..nlp.shared import children_of, head_of, lemmas_of
from ..records import Actor, Resolution
from .actor_finder import ActorFinder, political
from .coder import Candidate, sentence_step
from .matching import match
from .modality import modality
from .patterns import PatternBook

SCHEMA = {"code": str, "adjectives": [str], "harm_roots": [str], "harms": [str],
          "blame_verbs": [str], "fault_nouns": [str]}
#: the evidence rule of the events this step makes
METHOD = "rule:blame"
_COPULA = "be"
#: sectors of officials whose blame of a party of no country places it in their own country
_OFFICIAL = frozenset({"GOV", "COP", "JUD", "LEG", "MIL"})


@dataclass(frozen=True)
class BlameRules:
    """``blame.yaml``: the code, and the words of each shape of blame."""

    code: str
    adjectives: frozenset[str]
    harm_roots: frozenset[str]
    harms: frozenset[str]
    blame_verbs: frozenset[str]
    fault_nouns: frozenset[str]

    @cached_property
    def predicates(self) -> frozenset[str]:
        """Every lemma a culpability predicate can have (:func:`_judged` asks no other word)."""
        return self.adjectives | self.blame_verbs | self.fault_nouns


@lru_cache(maxsize=1)
def blame_rules() -> BlameRules:
    raw = load_yaml("events/blame.yaml", SCHEMA)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    return BlameRules(code=str(raw["code"]), adjectives=words("adjectives"),
                      harm_roots=words("harm_roots"), harms=words("harms"),
                      blame_verbs=words("blame_verbs"), fault_nouns=words("fault_nouns"))


def _negated(*toks: Token, book: PatternBook) -> bool:
    """A negator on any of the tokens ("was not responsible"), or "no" before a fault noun."""
    negators = book.modality["negators"]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (
        c.dep_ == "advmod" and c.lower_ in negators) for t in toks for c in children_of(t))


def _copula_subject(pred: Token) -> tuple[Token, Token] | None:
    """The copula a predicate hangs on and the copula's subject: "Iran was responsible",
    "the police were not to blame"."""
    cop = head_of(pred)
    if cop is pred or cop.lemma_.lower() != _COPULA:
        return None
    subj = next((c for c in children_of(cop) if c.dep_ == "nsubj"), None)
    return (cop, subj) if subj is not None else None


def _harmful(pred: Token, book: PatternBook, rules: BlameRules) -> bool:
    """The for-object of a culpability adjective names a harm (an event noun of the harm roots,
    a gerund of one, or a harm word), not a duty."""
    for prep in children_of(pred):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in children_of(prep):
            if obj.dep_ not in ("pobj", "pcomp"):
                continue
            if obj.lemma_.lower() in rules.harms:
                return True
            hit = match(obj, book)
            if hit is not None and hit[1][:2] in rules.harm_roots:
                return True
    return False


def _judged(pred: Token, book: PatternBook, rules: BlameRules) -> tuple[Token, Token] | None:
    """The party a culpability predicate judges and the clause it stands in, or ``None``."""
    lemma = pred.lemma_.lower()
    if pred.pos_ == "ADJ" and lemma in rules.adjectives and pred.dep_ == "acomp":
        found = _copula_subject(pred)
        return (found[1], found[0]) if found and _harmful(pred, book, rules) else None
    if pred.pos_ == "VERB" and lemma in rules.blame_verbs and pred.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(pred)):
        found = _copula_subject(pred)
        return (found[1], found[0]) if found else None
    if pred.pos_ == "NOUN" and lemma in rules.fault_nouns:
        for on in children_of(pred):
            if on.dep_ != "prep" or on.lower_ != "on":
                continue
            for part in children_of(on):
                if part.dep_ != "pobj" or part.lower_ != "part":
                    continue
                for of in children_of(part):
                    party = next((g for g in children_of(of) if g.dep_ == "pobj"), None)
                    if of.lower_ == "of" and party is not None:
                        clause = pred
                        while clause.dep_ not in ("ROOT", "ccomp", "conj") and head_of(
                                clause) is not clause:
                            clause = head_of(clause)
                        return party, clause
    return None


def judging_speaker(clause: Token, finder: ActorFinder,
                    book: PatternBook) -> tuple[Actor, Token] | None:
    """Who says the judgement: the subject of the reporting verb whose complement the clause
    is, else the coded speaker of the direct quotation around it; with the token whose
    modality the accusation takes (the reporting verb, or the clause itself)."""
    while clause.dep_ == "conj" and head_of(clause) is not clause:
        clause = head_of(clause)
    verb = head_of(clause)
    if clause.dep_ == "ccomp" and verb.lemma_.lower() in book.modality["reporting_verbs"]:
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        actor = finder.at(subj) if subj is not None else None
        return (actor, verb) if actor is not None and political(actor) else None
    for quote in finder.quotes:
        if quote.kind != "indirect" and quote.start <= clause.idx < quote.end:
            speaker = quote.speaker
            return (speaker, clause) if speaker is not None and political(speaker) else None
    return None


def _home(target: Actor, source: Actor) -> Actor:
    """An unnamed party of no country ("the owner", coded BUS alone) blamed by an official of a
    country is a party of that country: an official judges the negligence of those in their own
    jurisdiction ("carelessness on the part of the owner" said by Delhi's home minister)."""
    if target.country or not target.sector or not source.country or target.kind == "state":
        return target
    reason = f"{target.resolution.reason}; country of the official who blames it"
    return replace(target, country=source.country, code=source.country + target.sector,
                   resolution=Resolution(target.resolution.method, reason))


@sentence_step
def blamed_parties(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                   book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the accusations its culpability predicates make."""
    rules = blame_rules()
    out = list(cands)
    judging = rules.predicates
    lemmas = lemmas_of(tokens[0].doc) if tokens else []
    for pred in tokens:
        if lemmas[pred.i] not in judging:
            continue  # the lemma column first: no Token attribute read for most words
        found = _judged(pred, book, rules)
        if found is None:
            continue
        party, clause = found
        # "X is to blame": the verb pass took X for the blamer; that reading is never right
        out = [c for c in out if c.trigger.i != pred.i]
        said = judging_speaker(clause, finder, book)
        target = finder.at(party)
        if said is None or target is None or not political(target):
            continue
        source, voice = said
        target = _home(target, source) if source.sector in _OFFICIAL else target
        if source.start == target.start or (
                source.entity is not None and source.entity == target.entity):
            continue  # one party judging itself; a minister may blame officials of his own
        negated = _negated(pred, clause, book=book) if clause is not pred else _negated(
            pred, book=book)
        mood = "negated" if negated else modality(voice, book) if voice is not clause else (
            "asserted")
        out.append(Candidate(pred, rules.code, source, target, METHOD, 0.6, modality=mood,
                             notes=[f"blame: {pred.lower_!r} judges {party.text!r}"]))
    return out
