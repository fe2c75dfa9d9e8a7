"""The field's verb dictionary (PETRARCH's CAMEO verb patterns) matched on the dependency parse.

``patterns.yaml`` is the team's hand-written, specific vocabulary; PETRARCH's dictionary
(``petrarch_verbs.tsv``, converted by ``tools/convert_petrarch_verbs.py``) gives breadth: about
900 verbs with a code of their own and 4,600 object/particle/preposition patterns. The pattern
coder asks it only for a verb token no team pattern matched, and codes its hits with the same
machinery (subject → source, target slots → target, modality from the parse), so the evidence
method is the only difference: ``rule:petrarch-verb:<entry id>``.

Compiled once per process into a dict keyed by verb lemma; a token costs one dict lookup, and
only verbs with entries compute their argument lemmas. Entries of a lemma are tried most
specific first (most conditions); a matching ``---`` entry blocks the less specific ones ("battle
corruption" is no attack).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .actor_finder import ActorFinder, participle_agent, political
from .argument_words import time_phrase
from .codebook import DATA, is_code
from .patterns import Pattern, PatternBook
from .syntax import objects, subject

FILE = "petrarch_verbs.tsv"
METHOD = "petrarch-verb"
#: target slots tried for every entry after the ones its pattern names; an entry with conditions
#: (an object, a particle) also reads the recipient after "to" ("gave medical equipment to
#: Nicaragua"), a bare verb does not ("provided by officials to journalists")
DEFAULT_TARGET = ("dobj", "dative", "against")
PATTERN_TARGET = ("to",)
#: a reciprocal entry (PETRARCH's ``[x:x]``: both sides do it) names its other side after
#: "with" ("shared evidence with Mexico", "exchanged prisoners with Armenia")
RECIPROCAL_TARGET = ("with",)
BARE_CONFIDENCE = 0.6
PATTERN_CONFIDENCE = 0.7
NULL = "---"
#: the verb's object: "* AID" means the object is aid, not any word in an embedded clause
OBJECT_DEPS = frozenset(
    {"dobj", "dative", "attr", "oprd", "acomp", "nsubjpass", "prt", "advmod", "npadvmod"}
)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "conj", "prt", "neg"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
GOVERNOR_KEYS = ("requested_governors", "future_governors", "hypothetical_governors",
                 "negated_governors", "unverified_governors")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry: the pattern handed to the coder plus PETRARCH's conditions."""

    pattern: Pattern
    code: str  # NULL for a blocker
    args: tuple[frozenset[str], ...]  # each group: one of these lemmas in the object
    pobjs: tuple[frozenset[str], ...]  # each group: one of these lemmas in the verb's PPs
    particles: tuple[str, ...]  # particle/adverb children ("call off")
    preps: tuple[str, ...]  # preposition children of the verb or of its object
    pre: tuple[frozenset[str], ...]  # words on the subject side ("troops", "will not")
    rank: int
    order: int = 0  # position in the global most-specific-first order

    def anchor(self) -> frozenset[str]:
        """The smallest word set one of whose words any sentence it fits must contain."""
        groups = [frozenset({w}) for w in (*self.particles, *self.preps)]
        groups += [*self.args, *self.pobjs, *self.pre]
        return min(groups, key=len) if groups else frozenset()


@dataclass(frozen=True, slots=True)
class LemmaEntries:
    """A verb's entries: patterns indexed by an anchor word, bare entries apart."""

    every: tuple[Entry, ...]
    anchored: dict[str, tuple[Entry, ...]]
    bare: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    index: dict[str, LemmaEntries]
    synsets: dict[str, frozenset[str]]

    def entries(self, lemma: str) -> tuple[Entry, ...]:
        found = self.index.get(lemma)
        return found.every if found is not None else ()


def _group(value: str, synsets: dict[str, frozenset[str]],
           seen: dict[str, frozenset[str]]) -> frozenset[str]:
    """A condition's word set; identical sets are shared (blocks repeat them many times)."""
    found = seen.get(value)
    if found is None:
        found = synsets[value] if value.startswith("&") else frozenset(value.split("|"))
        seen[value] = found
    return found


def _entry(fields: list[str], synsets: dict[str, frozenset[str]], rank: int,
           seen: dict[str, frozenset[str]]) -> Entry:
    entry_id, lemmas, code, target, conditions, flags = fields[:6]
    if code != NULL and not is_code(code):
        raise ValueError(f"{FILE}: entry {entry_id}: {code} is not a CAMEO code")
    args: list[frozenset[str]] = []
    pobjs: list[frozenset[str]] = []
    particles: list[str] = []
    preps: list[str] = []
    pre: list[frozenset[str]] = []
    for cond in conditions.split() if conditions != "-" else []:
        kind, _, value = cond.partition("=")
        if kind == "arg":
            args.append(_group(value, synsets, seen))
        elif kind == "pobj":
            pobjs.append(_group(value, synsets, seen))
        elif kind == "prt":
            particles.append(value)
        elif kind == "prep":
            preps.append(value)
        elif kind == "pre":
            pre.append(_group(value, synsets, seen))
        else:
            raise ValueError(f"{FILE}: entry {entry_id}: unknown condition {cond!r}")
    flag_set = set(flags.split(",")) if flags != "-" else set()
    slots = [t for t in target.split(",") if t and t != "-"]
    reverse = "reverse" in flag_set
    if not reverse:  # a reverse entry's slots name the party that acts, and only they do
        slots += [t for t in DEFAULT_TARGET if t not in slots]
        if conditions != "-":
            slots += [t for t in PATTERN_TARGET if t not in slots]
        if "reciprocal" in flag_set:
            slots += [t for t in RECIPROCAL_TARGET if t not in slots]
    pattern = Pattern(
        id=entry_id,
        lemmas=_group(lemmas, synsets, seen),
        pos="verb",
        code=None if code == NULL else code,
        family=None,
        prep=frozenset(),
        objects=frozenset(),
        without=frozenset(),
        target=tuple(slots),
        intransitive="intransitive" in flag_set,
        reciprocal="reciprocal" in flag_set,
        confidence=BARE_CONFIDENCE if conditions == "-" else PATTERN_CONFIDENCE,
        kind=METHOD,
        reverse=reverse,
    )
    return Entry(pattern, code, tuple(args), tuple(pobjs), tuple(particles), tuple(preps),
                 tuple(pre), rank)


@lru_cache(maxsize=1)
def verb_dictionary() -> VerbDictionary:
    """Load and index petrarch_verbs.tsv once per process."""
    synsets: dict[str, frozenset[str]] = {}
    seen: dict[str, frozenset[str]] = {}
    entries: list[Entry] = []
    with (DATA / FILE).open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0].startswith("&"):
                synsets[fields[0]] = frozenset(fields[1].split("|"))
                continue
            entries.append(_entry(fields, synsets, len(entries), seen))
    # one global order (most specific first, then file order) is every lemma's order
    entries.sort(key=lambda e: (-_specificity(e), e.rank))
    entries = [replace(e, order=i) for i, e in enumerate(entries)]
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        for lemma in entry.pattern.lemmas:
            index.setdefault(lemma, []).append(entry)
    return VerbDictionary({lemma: _lemma_entries(found) for lemma, found in index.items()},
                          synsets)


def _lemma_entries(found: list[Entry]) -> LemmaEntries:
    anchored: dict[str, list[Entry]] = {}
    for entry in found:
        for word in entry.anchor():
            anchored.setdefault(word, []).append(entry)
    return LemmaEntries(tuple(found), {w: tuple(es) for w, es in anchored.items()},
                        tuple(e for e in found if not e.anchor()))


def _specificity(entry: Entry) -> int:
    return (len(entry.args) + len(entry.pobjs) + len(entry.particles) + len(entry.preps)
            + len(entry.pre))


def _words(tokens: list[Token], out: set[str]) -> None:
    for t in tokens:
        out.add(t.lemma_.lower())
        out.add(t.lower_)


def object_lemmas(tok: Token) -> set[str]:
    """The verb's object phrase: objects, particles, complements and their modifiers."""
    heads = [c for c in children_of(tok) if c.dep_ in OBJECT_DEPS and
             not (c.dep_ in ("advmod", "npadvmod") and c.i < tok.i)]
    found: set[str] = set()
    _words(heads, found)
    for head in heads:
        mods = [c for c in children_of(head) if c.dep_ in MODIFIER_DEPS]
        _words(mods, found)
        for mod in mods:
            _words([c for c in children_of(mod) if c.dep_ in MODIFIER_DEPS], found)
    return found


def pp_lemmas(tok: Token, limit: int = 30) -> set[str]:
    """Words inside the prepositional phrases of the verb and of its object."""
    found: set[str] = set()
    count = 0
    for holder in (tok, *objects(tok)):
        for prep in children_of(holder):
            if prep.dep_ not in PREP_DEPS:
                continue
            for t in prep.subtree:
                count += 1
                if count > limit:
                    return found
                found.add(t.lemma_.lower())
                found.add(t.lower_)
    return found


def _left_lemmas(tok: Token) -> set[str]:
    """Words on the subject side of the verb: the heads of its left dependents (the subject,
    auxiliaries, negation) — not their modifiers: "Pacific Gas and Electric Company began" has
    no gas as its subject."""
    return {c.lemma_.lower() for c in children_of(tok) if c.i < tok.i or c.dep_ == "nsubjpass"}


def _has_prep(tok: Token, word: str, on_object: bool = True) -> bool:
    for holder in (tok, *objects(tok)) if on_object else (tok,):
        for child in children_of(holder):
            if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == word \
                    and not time_phrase(child):  # "called on Tuesday"
                return True
    return False


def _fits(entry: Entry, tok: Token) -> bool:
    for word in entry.particles:
        if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == word
                   for c in children_of(tok)):
            return False
    # a bare preposition pattern, naming neither an object nor what follows the preposition
    # ("CALL FOR"), has its preposition right after the verb: "called our new factor for
    # groups …" puts the phrase on the object, another construction ("authorized the release
    # of funding" names its prepositional object and keeps the object's phrase)
    on_object = bool(entry.args) or bool(entry.pobjs)
    return all(_has_prep(tok, word, on_object=on_object) for word in entry.preps)


def _light_use(tok: Token, book: PatternBook) -> bool:
    """'opened discussions', 'held talks', 'announced sanctions': a light verb whose object is one
    of the team's event nouns; the noun codes the event with its own participants."""
    if tok.lemma_.lower() not in book.light_verbs:
        return False
    for child in children_of(tok):
        if child.dep_ == "dobj" and child.lemma_.lower() in book.event_nouns:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in book.event_nouns
                                        for g in children_of(child)):
            return True
    return False


def topic_of_family(tok: Token, book: PatternBook) -> bool:
    """'vowed to retaliate', 'asked Turkey to accept', 'said Iran must release': the complement
    is the topic of the governing appeal/intent/demand/threat, which the team's family patterns
    code (topics.yaml), not an event of its own."""
    if tok.dep_ not in ("xcomp", "ccomp") or head_of(tok).i == tok.i:
        return False
    head = head_of(tok).lemma_.lower()
    if any(p.family for p in book.candidates("verb", head)):
        return True
    return (tok.dep_ == "ccomp" and head in book.modality["reporting_verbs"]
            and any(c.dep_ == "aux" and c.lower_ in book.modality["requested_aux"]
                    for c in children_of(tok)))


def _modality_cue(tok: Token, book: PatternBook) -> bool:
    """'intends to recognize', 'plans to visit': a governor of a complement is its modality."""
    lemma = tok.lemma_.lower()
    if not any(c.dep_ in ("xcomp", "ccomp") for c in children_of(tok)):
        return False
    return any(lemma in book.modality[key] for key in GOVERNOR_KEYS)


def dictionary_verb(tok: Token, book: PatternBook) -> bool:
    """Cheap test by lemma before :func:`has_source`: could :func:`dictionary_matches` give
    ``tok`` anything at all? (Its verb is in the field dictionary, and not as a reporting verb
    with anchored entries only.) Most verbs are not, and the source test walks the parse."""
    lemma = tok.lemma_.lower()
    entries = verb_dictionary().index.get(lemma)
    return entries is not None and not (lemma in book.modality["reporting_verbs"]
                                        and not entries.bare)


def has_source(tok: Token, finder: ActorFinder) -> bool:
    """Cheap test before any matching: would the coder find a political source for ``tok``?
    (its subject, or for a conjunct hung under a complement the governing verb's)."""
    subj = participle_agent(tok, finder) or subject(tok)
    if subj is not None and political(finder.at(subj)):
        return True
    if tok.dep_ == "conj" and head_of(tok).dep_ == "xcomp":
        outer = subject(head_of(head_of(tok)))
        return outer is not None and political(finder.at(outer))
    return False


def _candidates(found: LemmaEntries, words: set[str]) -> list[Entry]:
    """The entries whose anchor word the sentence has, in order, then the bare ones."""
    hit: dict[int, Entry] = {}
    for word in words:
        for entry in found.anchored.get(word, ()):
            hit[entry.order] = entry
    return [hit[k] for k in sorted(hit)] + list(found.bare)


def dictionary_matches(tok: Token, book: PatternBook, *, topics: bool = False,
                       ) -> list[tuple[Pattern, str, str]]:
    """Dictionary hits for a verb token, most specific first: (pattern, code, topic='').

    ``topics``: also the complement of an appeal/intent/demand/threat verb ("vowed to send
    troops"), which the main pass leaves to the family's topic; ``events/governed.py`` codes it
    as an event of its own, never asserted."""
    lemma = tok.lemma_.lower()
    found_entries = verb_dictionary().index.get(lemma)
    if found_entries is None or (lemma in book.modality["reporting_verbs"]
                                 and not found_entries.bare):
        return []  # say, announce, report …: attribution of what they report, not events
        # (a reporting verb with a code of its own, like warn → 130, stays)
    if _light_use(tok, book) or (not topics and topic_of_family(tok, book)):
        return []
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in children_of(tok)):
        return []  # "a guard involved in a shooting": a participle naming no one who acts
    cue = _modality_cue(tok, book)
    obj = object_lemmas(tok)
    pps = pp_lemmas(tok)
    left = _left_lemmas(tok)
    words = obj | pps | left | {c.lower_ for c in children_of(tok)}
    found: list[tuple[Pattern, str, str]] = []
    # a phrasal verb is its own word: the bare entry of "rule" (govern) is no reading of "rule
    # out", nor "call" of "call off"; an entry naming the particle still fits
    particle = next((c.lower_ for c in children_of(tok) if c.dep_ == "prt"), None)
    for entry in _candidates(found_entries, words):
        if entry.pattern.confidence == BARE_CONFIDENCE and (
                cue or (particle is not None and particle not in entry.particles)):
            continue
        if not _fits(entry, tok):
            continue
        if entry.args and not all(group & obj for group in entry.args):
            continue
        if entry.pobjs and not all(group & pps for group in entry.pobjs):
            continue
        if entry.pre and not all(group & left for group in entry.pre):
            continue
        if entry.code == NULL:
            break  # PETRARCH says this use of the verb is no event
        found.append((entry.pattern, entry.code, ""))
    return found
