"""Which words around a trigger are its arguments: the lemmas its patterns' object constraints
test, the tokens under it, and the prepositions that are adjuncts of the clause (a date, a
fronted phrase) rather than the verb's own complement.

Kept apart from ``syntax`` (participants) and ``matching`` (patterns) because both, and the
PETRARCH dictionary matcher that ``matching`` consults, read them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..nlp.shared import children_of, deps_of, lemmas_of, lowers_of, tokens_of, words_of
from .argument_rules import argument_rules
from .misplaced import label_appositives
from .patterns import pattern_book
from .syntax import ARG_DEPS, SUBJECT_DEPS


def time_phrase(prep: Token) -> bool:
    """'on Tuesday', 'upon arrival at noon': a preposition whose object is a date or time."""
    objs = [g for g in children_of(prep) if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in ("DATE", "TIME") for g in objs)


def fronted(prep: Token, head: Token) -> bool:
    """A preposition before its verb is an adjunct of the clause ("*On* Nov. 2, Tillerson called
    Lavrov"), never the verb's own particle or complement ("called *on* Russia"), unless its
    object is a relative pronoun ("the allies *on whom* it called")."""
    return prep.i < head.i and head.pos_ in ("VERB", "AUX") and not any(
        g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in children_of(prep))


def concessive(child: Token) -> bool:
    """A concessive adjunct of the clause ("*despite* the attack", "*though* she was nominated
    for …"): what the act happens in spite of, never its object, topic or addressee
    (``concessive`` in ``arguments.yaml``)."""
    rules = argument_rules()
    if child.dep_ == "prep":
        return child.lower_ in rules.concessive_preps
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in rules.concessive_marks for c in children_of(child))


def _hyphenated(tok: Token) -> str | None:
    """'cease-fire', 'pull-out': spaCy splits a hyphenated compound into three tokens; the
    vocabularies spell it whole."""
    i = tok.i
    if i < 2 or words_of(tok.doc)[i - 1] != "-":
        return None  # the word column: no Token read for the common case
    tokens = tokens_of(tok.doc)
    if tokens[i - 2].head == tok \
            and not tokens[i - 1].whitespace_ and not tokens[i - 2].whitespace_:
        return f"{tokens[i - 2].lower_}-{tok.lower_}"
    return None


#: the dependencies the argument walk follows down: the argument ones, relative clauses and a
#: sum's currency sign ("gave $10 million to Haiti": "$" hangs on "million" as quantmod)
_WALKED = ARG_DEPS | frozenset({"relcl", "quantmod"})


def argument_lemmas(token: Token, max_depth: int = 4, limit: int = 40) -> set[str]:
    """Lemmas of the trigger's arguments: objects, complements, prepositional phrases.

    Bounded breadth-first walk over argument dependencies (not the subject, not relative
    clauses of the subject), so "Iran's nuclear talks" under a subject never leaks into the
    object constraints of the verb.
    """
    doc = token.doc
    deps, lemmas, lowers = deps_of(doc), lemmas_of(doc), lowers_of(doc)
    words = words_of(doc)
    seen: set[str] = set()
    frontier = [c for c in children_of(token) if deps[c.i] in ARG_DEPS and not concessive(c)]
    if lemmas[token.i] in pattern_book().naming_verbs:
        frontier += label_appositives(token)
    depth = 0
    count = 0
    while frontier and depth < max_depth and count < limit:
        nxt: list[Token] = []
        for tok in frontier:
            count += 1
            i = tok.i
            seen.add(lemmas[i])
            seen.add(lowers[i])
            if i >= 2 and words[i - 1] == "-":  # _hyphenated's own first test, inline
                hyphenated = _hyphenated(tok)
                if hyphenated:
                    seen.add(hyphenated)
            nxt += [c for c in children_of(tok) if deps[c.i] in _WALKED]
        frontier = nxt
        depth += 1
    return seen


def subtree_tokens(token: Token, max_depth: int = 9) -> Iterator[Token]:
    frontier = [c for c in children_of(token) if c.dep_ not in SUBJECT_DEPS and c.dep_ != "punct"]
    depth = 0
    while frontier and depth < max_depth:
        nxt: list[Token] = []
        for tok in frontier:
            yield tok
            nxt += list(children_of(tok))
        frontier = nxt
        depth += 1
