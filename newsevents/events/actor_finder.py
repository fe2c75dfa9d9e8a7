"""The actor a token denotes: the actors stage's mention under it, its owner's, its antecedent's.

Every coder asks, for a subject, object or slot token, which coded actor it names. The lookup
is by character offsets over the actors stage's mentions (never a re-parse), through
appositions, titles, modifiers and possessors that name whose a phrase is, member phrases
("thousands of Serbians"), first-person words in a quotation (its speaker) and, when the
actors stage linked no antecedent, a light pronoun fallback. Split out of ``syntax.py`` (which
had reached the 600-line limit): reading actors off tokens, apart from reading the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..actors.lookup import ActorIndex, actor_for_span
from ..nlp.clauses import repeated_object
from ..nlp.shared import children_of, deps_of, head_of, lemmas_of, pos_of, starts_of, words_of
from ..records import Actor, Place, Quote
from .extraposed import anticipated_clause
from .owners import PRONOUNS_PLURAL, PRONOUNS_THING, armed_owner, receiving_verb
from .patterns import pattern_book
from .syntax import prep_children, subject
from .titled import titled_person

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_FIRST = frozenset({"we", "us", "our", "ours"})
#: first-person words inside a quotation: the quote's speaker (or the speaker's side)
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
POLITICAL_KINDS = frozenset({"person", "state", "organisation", "group"})
#: "members of Hamas", "protesters from Serbia", "farmers in France": group nouns take the actor
#: named in these prepositional phrases when they name none themselves
MEMBER_PREPS = frozenset({"of", "from", "in"})
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "dative"})


def political(actor: Actor | None) -> bool:
    """An actor that can be an event's source or target: coded, not a media outlet."""
    return actor is not None and actor.kind != "media" and bool(actor.code or actor.country)


class ActorFinder:
    """Finds the actor a token denotes, with a light pronoun fallback.

    The actors stage links pronouns by coreference when it can; when it did not, a subject
    pronoun ("a year after it invaded Ukraine") takes the nearest preceding political actor of
    a compatible kind in the same or previous sentence — the antecedent a reader would pick.
    """

    def __init__(self, actors: Sequence[Actor], event_nouns: frozenset[str] = frozenset()) -> None:
        self.actors = ActorIndex(a for a in actors if political(a))
        self.all_actors = ActorIndex(actors)
        self.event_nouns = event_nouns
        self._subjects: dict[int, bool] = {}
        #: the places stage's places (a place acted on stands for its country, see .arguments)
        self.places: list[Place] = []
        #: the quotes stage's quotes: "I" and "we" inside one are its speaker
        self.quotes: list[Quote] = []
        #: set by the coder's second pass: participants without a code are accepted
        self.uncoded = False
        # what ``at`` answered, per token of one Doc: the coder asks again for the same tokens
        # (every pattern of a verb, the second pass), and the answer depends on the parse only
        self._at: dict[tuple[int, bool], Actor | None] = {}
        self._at_doc: Doc | None = None

    def at(self, token: Token, *, pronoun_fallback: bool = True) -> Actor | None:
        doc = token.doc
        if self._at_doc is None:
            self._at_doc = doc
        if doc is not self._at_doc:
            return self._at_uncached(token, pronoun_fallback)
        key = (token.i, pronoun_fallback)
        if key in self._at:
            return self._at[key]
        found = self._at[key] = self._at_uncached(token, pronoun_fallback)
        return found

    def _at_uncached(self, token: Token, pronoun_fallback: bool) -> Actor | None:
        # the offset, word, label and POS columns: a child's ``idx``/``text``/``dep_`` and the
        # token's ``pos_`` are read per child and per question, each a Token attribute or a
        # string look-up
        doc = token.doc
        starts, words, deps = starts_of(doc), words_of(doc), deps_of(doc)
        i = token.i
        start, end = starts[i], starts[i] + len(words[i])
        actor = actor_for_span(self.actors, start, end, head=start)
        if actor is not None:
            if actor.kind == "person" and actor.country is None and deps[i] == "conj" and (
                    titled := titled_person(self.actors, head_of(token))) is not None and (
                    titled.start == actor.start):
                return titled  # the same person reached through the first title
            return actor
        kids = children_of(token)
        for child in kids:
            if deps[child.i] == "appos":
                k = child.i
                actor = actor_for_span(self.actors, starts[k], starts[k] + len(words[k]),
                                       head=starts[k])
                if actor is not None:
                    return actor
        nominal = pos_of(doc)[i] in ("NOUN", "PROPN")
        if nominal and (person := titled_person(self.actors, token)):
            return person
        if nominal:
            # "the Trump administration", "Israeli helicopters", "Serb forces": the modifier
            # names who the phrase belongs to. A modifier before the possessor belongs to the
            # possessor's phrase, whatever the parse says ("the United States federal
            # government's practice": the government's, not the state's)
            owner = next((c.i for c in kids if deps[c.i] == "poss"), -1)
            for child in kids:
                k = child.i
                if deps[k] in ("compound", "amod", "nmod") and owner < k < i:
                    actor = actor_for_span(self.actors, starts[k], starts[k] + len(words[k]),
                                           head=starts[k])
                    if actor is not None:
                        return actor
        if nominal and lemmas_of(doc)[i] not in self.event_nouns:
            # "Moldova's president", "Israel's right" — but "Russia's aggression" is Russia's
            # own act, never a phrase that names Russia as someone's target
            for child in kids:
                if deps[child.i] == "poss":
                    actor = self.at(child, pronoun_fallback=pronoun_fallback)
                    if actor is not None:
                        return actor
        if nominal and (deps[i] in PARTICIPANT_DEPS or (
                deps[i] == "pobj" and deps[head_of(token).i] == "agent")):
            # "thousands of Serbians", "farmers in France"
            for p in prep_children(token, MEMBER_PREPS):
                for g in children_of(p):
                    k = g.i
                    if deps[k] == "pobj":
                        actor = actor_for_span(self.actors, starts[k],
                                               starts[k] + len(words[k]), head=starts[k])
                        if actor is not None:
                            return actor
        if pronoun_fallback and token.pos_ == "PRON":
            return self.antecedent(token)
        return None

    def quote_speaker(self, token: Token, code: str) -> Actor | None:
        """The coded speaker of the quotation a first-person word stands in: in '"We condemn
        Russia's decision," the Latvian foreign minister said' the condemning is the
        minister's. Reported speech keeps its own pronouns ("she said we …" is not her).
        Only for events of the roots of ``quote_speaker_roots`` (``modality.yaml``)."""
        if token.pos_ != "PRON" or token.lower_ not in SPEAKER_PRONOUNS or \
                code[:2] not in pattern_book().modality["quote_speaker_roots"]:
            return None
        for quote in self.quotes:
            if quote.kind != "indirect" and quote.start <= token.idx < quote.end:
                return quote.speaker if political(quote.speaker) else None
        return None

    def _is_subject(self, doc: Doc, actor: Actor) -> bool:
        known = self._subjects.get(actor.start)
        if known is None:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            known = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            self._subjects[actor.start] = known
        return known

    def antecedent(self, pronoun: Token) -> Actor | None:
        word = pronoun.lower_
        if anticipated_clause(pronoun) is not None:
            return None  # "considered it inappropriate for X to run": no antecedent
        if word in PRONOUNS_PERSON:
            kinds = {"person"}
        elif word in PRONOUNS_THING or word in PRONOUNS_PLURAL or word in PRONOUNS_FIRST:
            kinds = {"state", "organisation", "group"}
        else:
            return None
        sent = pronoun.sent
        doc = pronoun.doc
        floor = sent.start_char
        # first person in a statement speaks for the institution named a few sentences up
        back = 3 if word in PRONOUNS_FIRST else 1
        for _ in range(back):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            floor = sent.start_char
        thing = repeated_object(pronoun)
        armed = armed_owner(pronoun)
        best: Actor | None = None
        best_key: tuple[bool, int] = (False, -1)
        # an object pronoun never names its own clause's subject ("Trump called Erdogan and
        # urged him": him is not Trump; a reflexive would say so)
        own = subject(head_of(pronoun)) if pronoun.dep_ in ("dobj", "dative") else None
        if own is None and pronoun.dep_ == "poss":
            own = subject(taker) if (taker := receiving_verb(pronoun)) is not None else None
        for actor in self.actors.starting_in(floor, pronoun.idx):
            if own is not None and actor.start <= own.idx < actor.end:
                continue
            if thing is not None:
                if actor.start <= thing.idx < actor.end:
                    return actor  # the repeated object is itself a party
                continue
            if armed is not None and actor.kind != "state" and actor.sector not in armed:
                continue  # "… sanctions on Iraq in response to its invasion": not the UN
            if floor <= actor.start and actor.end <= pronoun.idx and actor.kind in kinds:
                # a subject is the likeliest antecedent; among equals, the nearest
                key = (self._is_subject(doc, actor), actor.start)
                if key > best_key:
                    best, best_key = actor, key
        return best


def participle_agent(verb: Token, finder: ActorFinder) -> Token | None:
    """The actor an active participle describes, who does it: "protesters demanding his
    resignation", "gunmen firing on a bus". A thing described does nothing ("a decree banning
    niqabs" is its signer's act: :func:`subject` reads that through the governing verb)."""
    head = head_of(verb)
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if political(finder.at(head, pronoun_fallback=False)) else None
