"""Judgements told in speech: a speaker predicates a disapproving or an approving word of a
party, or of a party's act (issue 12 item 3).

Real news tells most criticism and praise not with "criticise" or "praise" but with a statement
whose content judges someone: "He was a dictator", the delegate said "the court's ruling is
unwelcome", "Schumer told MSNBC Cummings was a great man", "the Mexican president called the
ambassador a brave man". CAMEO codes the first kind 111 ("criticize or denounce") and the second
051 ("praise or endorse") by whoever says it, aimed at the party judged (Schrodt 2012, CAMEO
manual 1.1b3: 111 "denounce, call ... a ...", 051 "praise, hail, commend, laud"). The verb pass
sees neither: the copula is no trigger, and the label pattern (``disapprove.label``) knows only
negative labels. This step (a ``sentence_step``, after the verb and noun passes) reads:

- a copula whose subject is a party ("Maduro is a dictator") or a party's act or conduct
  ("Germany's decision was a grave mistake", "the ruling by the court is unwelcome") and whose
  predicate is a judgement word: a noun or adjective of ``negative_labels`` (``patterns.yaml``)
  or of ``negative`` / ``positive`` here, as the predicate's head or a modifier of it ("a great
  man", "a grave mistake");
- a naming or describing verb that gives its object a positive label ("called the South Korean
  president a trusted partner", "described him as a hero"); the negative labels are the
  ``disapprove.label`` pattern's;
- a critic noun predicated of a party with an of-party ("Graham is a vocal critic of Russia",
  "Graham, a critic of Russia, said ...") is criticism by that party (111);
- a party's act qualified, in someone's words, by an adjective that judges its doer ("this
  impulsive decision by the president", "Russia's illegal annexation of Crimea").

A copula judgement is an event only when someone says it: the subject of the reporting verb whose
complement it is, or the coded speaker of the direct quotation it stands in (as with blame,
``blame.py``); the text's own "Maduro is a dictator" is no one's judgement. At least one of the
two parties must be of the state, an armed group, a party or a state itself
(``political_sectors``), so that a coach praising a player or a fan booing a club gives nothing
(the annotation guide: sports and entertainment are no events). Negation makes the event
``negated``; a condition or a question takes the modality of the clause. A definite act with no
owner ("the ruling is unwelcome") leaves the target to ``censured.py``, which finds the doer of
the act told just before (else the event is dropped for want of a target); one speaker's
judgements of one party in one quotation ("He was a dictator. He was ruthless.") are one event.
An adjective predicate's event is the copula's ("was ruthless"): an adjective trigger would read
as a quality rather than an act (``adjectival`` in ``senses.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import load_yaml
from ..nlp.shared import children_of, head_of
from ..records import Actor
from .actor_finder import ActorFinder, political
from .blame import judging_speaker
from .coder import Candidate, sentence_step
from .kinds import kinds_of
from .modality import modality
from .patterns import PatternBook

SCHEMA = {"negative_code": str, "positive_code": str, "negative": [str], "positive": [str],
          "neutral_heads": [str], "describing_verbs": [str], "critic_nouns": [str],
          "political_sectors": [str], "act_kinds": [str], "pronouns": [str],
          "act_adjectives": [str]}
#: the evidence rule of the events this step makes
METHOD = "rule:judgement"
_COPULA = "be"
#: dependents of a copula that hold its predicate
_PREDICATES = frozenset({"attr", "acomp"})
#: dependents of a naming verb that hold the label it gives its object
_LABELS = frozenset({"oprd", "attr", "xcomp", "ccomp", "acomp"})


@dataclass(frozen=True)
class JudgementRules:
    """``judgements.yaml``: the codes, the judgement words and the parties that count."""

    negative_code: str
    positive_code: str
    negative: frozenset[str]
    positive: frozenset[str]
    neutral_heads: frozenset[str]
    describing_verbs: frozenset[str]
    critic_nouns: frozenset[str]
    political_sectors: frozenset[str]
    act_kinds: frozenset[str]
    pronouns: frozenset[str]
    act_adjectives: frozenset[str]


@lru_cache(maxsize=1)
def judgement_rules() -> JudgementRules:
    raw = load_yaml("events/judgements.yaml", SCHEMA)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    return JudgementRules(
        negative_code=str(raw["negative_code"]), positive_code=str(raw["positive_code"]),
        negative=words("negative"), positive=words("positive"),
        neutral_heads=words("neutral_heads"), describing_verbs=words("describing_verbs"),
        critic_nouns=words("critic_nouns"),
        political_sectors=frozenset(str(s) for s in raw["political_sectors"]),
        act_kinds=words("act_kinds"), pronouns=words("pronouns"),
        act_adjectives=words("act_adjectives"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _polarity(pred: Token, negative: frozenset[str], rules: JudgementRules) -> str | None:
    """The code a predicate or label gives: its head, else an adjective modifying it ("a great
    man", "a grave mistake"); a head that makes a set phrase of the adjective ("a great power")
    judges nothing. ``None`` for a neutral predicate."""
    words = [pred]
    if pred.pos_ == "NOUN" and _lemma(pred) not in rules.neutral_heads:
        words += [c for c in children_of(pred) if c.dep_ == "amod"]
    for w in words:
        lemma = _lemma(w)
        if lemma in negative or w.lower_ in negative:
            return rules.negative_code
        if lemma in rules.positive or w.lower_ in rules.positive:
            return rules.positive_code
    return None


def _party(noun: Token, finder: ActorFinder, rules: JudgementRules) -> Actor | None:
    """The party a judged phrase names: the party itself, or the one whose act it is ("Germany's
    decision", "the decision by Germany", "the Turkish operation"). A pronoun is its antecedent
    only when it stands for a person or a group ("he", "they"): "it" and "this" are more often
    a thing or a situation than a party."""
    if noun.pos_ == "PRON" and noun.lower_ not in rules.pronouns:
        return None
    actor = finder.at(noun)
    if actor is not None and political(actor):
        return actor
    return _doer(noun, finder, rules)


def _doer(noun: Token, finder: ActorFinder, rules: JudgementRules) -> Actor | None:
    """Whose act a noun of an act (by its WordNet supersense, or an event noun of the patterns)
    is: its possessor, its nationality or name modifier, or its by- or of-phrase ("Germany's
    decision", "the Turkish operation", "the decision by the president")."""
    if noun.pos_ != "NOUN" or not (set(kinds_of(noun)[:1]) & rules.act_kinds or
                                   _lemma(noun) in finder.event_nouns):
        return None
    owners = [c for c in children_of(noun) if c.dep_ in ("poss", "amod", "compound", "nmod")]
    owners += [g for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in ("by", "of")
               for g in children_of(p) if g.dep_ == "pobj"]
    for owner in owners:
        actor = finder.at(owner)
        if actor is not None and political(actor):
            return actor
    return None


def _negated(*toks: Token, book: PatternBook) -> bool:
    negators = book.modality["negators"]
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negators)
               for t in toks for c in children_of(t))


def _counts(source: Actor, target: Actor, rules: JudgementRules) -> bool:
    """Two different parties, one of them of the state, an armed group, a party or a state
    itself; and not a government praising or blaming its own country as a whole ("THE USA IS
    GREAT!")."""
    if source.start == target.start or (source.entity is not None and
                                        source.entity == target.entity):
        return False
    if target.kind == "state" and target.code == source.country:
        return False
    return any(a.sector in rules.political_sectors or (a.code is not None and a.code == a.country)
               for a in (source, target))


def _copula_judgements(tokens: list[Token], finder: ActorFinder, book: PatternBook,
                       rules: JudgementRules, negative: frozenset[str]) -> list[Candidate]:
    """'<party or party's act> is <judgement>' said by someone."""
    out: list[Candidate] = []
    for cop in tokens:
        if _lemma(cop) != _COPULA:
            continue
        subj = _subject(cop, book)
        pred = next((c for c in children_of(cop) if c.dep_ in _PREDICATES), None)
        if subj is None or pred is None:
            continue
        critic = _lemma(pred) in rules.critic_nouns
        # "was a sponsor of terrorism and a menace to the region": any conjoined predicate
        code = rules.negative_code if critic else next((
            c for p in [pred, *(c for c in children_of(pred) if c.dep_ == "conj")]
            if (c := _polarity(p, negative, rules)) is not None), None)
        if code is None:
            continue
        judged = _of_party(pred, finder) if critic else _party(subj, finder, rules)
        # "the ruling is unwelcome": an act told before, whose doer censured.py finds
        told = judged is None and code == rules.negative_code and _told_act(subj, rules)
        said = (finder.at(subj), cop) if critic else judging_speaker(cop, finder, book)
        if said is None or said[0] is None or not political(said[0]) or not (
                told or (judged is not None and _counts(said[0], judged, rules))):
            continue
        source, voice = said
        mood = "negated" if _negated(cop, pred, book=book) else modality(voice, book)
        if mood == "asserted" and voice.i != cop.i:
            mood = modality(cop, book)  # "said that if the ruling is unconstitutional …"
        # an adjective as trigger would read as a quality, not an act (senses.yaml
        # `adjectival`): the predication is the copula's ("was ruthless")
        trigger = cop if pred.pos_ == "ADJ" else pred
        out.append(Candidate(trigger, code, source, judged, METHOD, 0.6, modality=mood,
                             patient=subj, notes=[f"judgement: {pred.lower_!r} of {subj.text!r}"]))
    return out


def _subject(cop: Token, book: PatternBook) -> Token | None:
    """A copula's subject; when the parser left the complement of "told" without one and took
    its subject for the verb's object ("told MSNBC Cummings was a great man"), that object."""
    subj = next((c for c in children_of(cop) if c.dep_ == "nsubj"), None)
    if subj is not None or cop.dep_ != "ccomp":
        return subj
    verb = head_of(cop)
    if _lemma(verb) not in book.modality["reporting_verbs"]:
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    between = cop.doc[obj.i + 1:cop.i] if obj is not None else ()
    return obj if obj is not None and all(t.is_punct for t in between) else None


def _told_act(noun: Token, rules: JudgementRules) -> bool:
    """A definite noun of an act ("the ruling", "this decision"): an act the article told."""
    return noun.pos_ == "NOUN" and bool(set(kinds_of(noun)[:1]) & rules.act_kinds) and any(
        c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get(
            "PronType", [])) for c in children_of(noun))


def _of_party(noun: Token, finder: ActorFinder) -> Actor | None:
    """The party of a critic noun's of-phrase ("a critic of Russia")."""
    for p in children_of(noun):
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in children_of(p):
                actor = finder.at(g) if g.dep_ == "pobj" else None
                if actor is not None and political(actor):
                    return actor
    return None


def _critic_appositions(tokens: list[Token], finder: ActorFinder,
                        rules: JudgementRules) -> list[Candidate]:
    """'Graham, a vocal critic of Russia, said …': the apposition names the critic."""
    out: list[Candidate] = []
    for noun in tokens:
        if noun.dep_ != "appos" or _lemma(noun) not in rules.critic_nouns:
            continue
        critic = finder.at(head_of(noun))
        target = _of_party(noun, finder)
        if critic is None or target is None or not political(critic) or not _counts(
                critic, target, rules):
            continue
        out.append(Candidate(noun, rules.negative_code, critic, target, METHOD, 0.6,
                             modality="asserted", notes=["judgement: critic of a party"]))
    return out


def _clause_of(tok: Token) -> Token:
    """The head of the clause a word stands in (a reported clause, a conjunct or the root)."""
    clause = tok
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and head_of(clause).i != clause.i:
        clause = head_of(clause)
    return clause


def _judged_acts(tokens: list[Token], finder: ActorFinder, book: PatternBook,
                 rules: JudgementRules) -> list[Candidate]:
    """'"This impulsive decision by the president has undone all the gains," Graham said': an
    act of a party qualified, in someone's words, by an adjective that judges its doer."""
    out: list[Candidate] = []
    for adj in tokens:
        if adj.dep_ != "amod" or _lemma(adj) not in rules.act_adjectives:
            continue
        noun = head_of(adj)
        target = _doer(noun, finder, rules)
        if target is None:
            continue
        said = judging_speaker(_clause_of(noun), finder, book)
        if said is None or not _counts(said[0], target, rules):
            continue
        source, voice = said
        out.append(Candidate(noun, rules.negative_code, source, target, METHOD, 0.55,
                             modality=modality(voice, book), patient=noun,
                             notes=[f"judgement: {adj.lower_!r} {noun.lower_!r}"]))
    return out


def _labelled(verb: Token) -> list[tuple[Token, Token]]:
    """(object, label) pairs of a naming or describing verb: "called X a Y", "described X as
    Y", and the small clause spaCy makes of the first ("called [X a Y]")."""
    objs = [c for c in children_of(verb) if c.dep_ == "dobj"]
    pairs: list[tuple[Token, Token]] = []
    for c in children_of(verb):
        if c.dep_ in _LABELS:
            subj = next((s for s in children_of(c) if s.dep_ == "nsubj"), None)
            if subj is not None:
                pairs.append((subj, c))
            pairs += [(o, c) for o in objs]
    for holder in [verb, *objs]:
        for p in children_of(holder):
            if p.dep_ == "prep" and p.lower_ == "as":
                pairs += [(o, g) for o in objs for g in children_of(p) if g.dep_ == "pobj"]
    pairs += [(o, a) for o in objs for a in children_of(o) if a.dep_ == "appos"]
    return pairs


def _positive_labels(tokens: list[Token], finder: ActorFinder, book: PatternBook,
                     rules: JudgementRules) -> list[Candidate]:
    """'<speaker> called / described <party> <positive label>'."""
    out: list[Candidate] = []
    verbs = book.naming_verbs | rules.describing_verbs
    for verb in tokens:
        if verb.pos_ != "VERB" or _lemma(verb) not in verbs:
            continue
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        source = finder.at(subj) if subj is not None else None
        if source is None or not political(source):
            continue
        for obj, label in _labelled(verb):
            if _polarity(label, frozenset(), rules) != rules.positive_code:
                continue
            target = _party(obj, finder, rules)
            if target is None or not _counts(source, target, rules):
                continue
            mood = "negated" if _negated(verb, book=book) else modality(verb, book)
            out.append(Candidate(verb, rules.positive_code, source, target, METHOD, 0.6,
                                 modality=mood, notes=[f"judgement: {label.lower_!r} label"]))
            break
    return out


def _said_before(cand: Candidate, finder: ActorFinder, book: PatternBook,
                 rules: JudgementRules, negative: frozenset[str]) -> bool:
    """The same judgement of the same party by the same speaker, in an earlier sentence of the
    same direct quotation ("He was a dictator. He was ruthless."): one criticism, told once
    (the annotation guide: one event per action, source and target)."""
    trig = cand.trigger
    quote = next((q for q in finder.quotes if q.kind != "indirect"
                  and q.start <= trig.idx < q.end), None)
    if quote is None or cand.source is None or cand.target is None:
        return False
    doc, first = trig.doc, trig.sent.start
    while first > 0:
        sent = doc[first - 1].sent
        if sent.start_char < quote.start and sent.end_char <= quote.start:
            return False
        earlier = _copula_judgements(list(sent), finder, book, rules, negative)
        if any(e.code == cand.code and e.source is not None and e.target is not None and
               e.source.code == cand.source.code and e.target.code == cand.target.code
               for e in earlier):
            return True
        first = sent.start
    return False


@sentence_step
def judged_parties(cands: list[Candidate], tokens: list[Token], finder: ActorFinder,
                   book: PatternBook) -> list[Candidate]:
    """The sentence's candidates, with the criticism and praise its judgements make; a positive
    label replaces the plain comment (01) the verb pass read off the same naming verb."""
    rules = judgement_rules()
    negative = book.negative_labels | rules.negative
    found = [c for c in _copula_judgements(tokens, finder, book, rules, negative)
             if not _said_before(c, finder, book, rules, negative)]
    found += _critic_appositions(tokens, finder, rules)
    found += _judged_acts(tokens, finder, book, rules)
    found += _positive_labels(tokens, finder, book, rules)
    if not found:
        return cands
    relabelled = {c.trigger.i for c in found if c.code == rules.positive_code}
    out = [c for c in cands if not (c.trigger.i in relabelled and c.code[:2] == "01")]
    seen = {(c.code[:2], c.source and c.source.code, c.target and c.target.code) for c in out
            if c.source is not None and c.target is not None}
    for cand in found:
        key = (cand.code[:2], cand.source and cand.source.code, cand.target and cand.target.code)
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out
