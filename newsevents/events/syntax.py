"""Reading a trigger's participants off spaCy's dependency parse.

The coder asks three questions of the parse: who is the subject of this predicate (through
control, coordination, relative clauses and passives), which tokens are its arguments (to check
a pattern's object constraints and to find a topic), and which token fills a named target slot
("dobj", "dative", "poss" or a preposition). Actor lookup is by character offsets over the
actors stage's mentions, so this module never re-parses anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from ..actors.lookup import ActorIndex, actor_for_span
from ..nlp.clauses import relative_antecedent, repeated_object
from ..nlp.shared import (
    children_of,
    deps_of,
    head_of,
    lemmas_of,
    lowers_of,
    memo,
    per_token,
    pos_of,
    starts_of,
    words_of,
)
from ..records import Actor, Place, Quote
from .argument_rules import argument_rules
from .extraposed import anticipated_clause, anticipated_parties
from .intent_owner import infinitive_owner
from .misplaced import shifted_objects, stranded_agent
from .modal_governors import controlling_verb, phrasal_lemma
from .owners import PRONOUNS_PLURAL, PRONOUNS_THING, armed_owner, receiving_verb
from .patterns import pattern_book
from .titled import titled_person

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
ARG_DEPS = frozenset(
    {"dobj", "dative", "xcomp", "ccomp", "prep", "prt", "attr", "oprd", "acomp", "agent",
     "pobj", "pcomp", "compound", "amod", "nsubjpass", "advcl", "conj", "acl", "npadvmod",
     "advmod", "poss", "nmod", "det", "neg"}
)
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_FIRST = frozenset({"we", "us", "our", "ours"})
#: first-person words inside a quotation: the quote's speaker (or the speaker's side)
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
POLITICAL_KINDS = frozenset({"person", "state", "organisation", "group"})
#: "members of Hamas", "protesters from Serbia", "farmers in France": group nouns take the actor
#: named in these prepositional phrases when they name none themselves
MEMBER_PREPS = frozenset({"of", "from", "in"})
OBJECT_PREPS = frozenset({"for", "to", "against", "on", "with", "from"})
#: Prepositions linking an amount or container to what it holds ("€10 million in aid",
#: "a shipment of medicine"), whose own phrases belong to the verb's object.
CONTENT_PREPS = frozenset({"in", "of"})
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "dative"})


@per_token("passive")
def is_passive(verb: Token) -> bool:
    """Passive voice, including reduced passives ("if attacked by Israel") and participles
    completing a passive ("twenty people were reported killed", "have been confirmed killed":
    the people are the ones killed, not the killers).

    Kept per token of the Doc: the coder asks it of the same verbs for every pattern and slot.
    """
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return True
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return True
    head = head_of(verb)
    if any(c.dep_ == "aux" and c.lower_ in ("to", "have") for c in children_of(verb)):
        return False  # "is believed to have supplied": a perfect infinitive is active
    if verb.dep_ == "advcl" and head != verb and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "aux", "dobj", "expl") for c in children_of(verb)):
        # a bare past participle adjoined to a clause is a reduced passive: in "X appeared in
        # court, charged with murder" (or "…, when questioned by police") X is the one charged
        return True
    return (verb.dep_ in ("xcomp", "oprd") and head != verb
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(head)))


def verbal_noun(token: Token) -> bool:
    """A verb the tagger read as a noun, as it does in headline fragments ("Police arrest man
    after stabbing"): a noun never takes a direct object, nor a subject of its own at the root."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = {c.dep_ for c in children_of(token)}
    return "dobj" in deps or ("nsubj" in deps and token.dep_ == "ROOT")


#: the slots a noun phrase fills; a participle or adjective in one, with a determiner and no
#: object of its own, is a person ("arrested the accused", "the injured were taken")
_NOMINAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj"})


def nominalised(token: Token) -> bool:
    """A participle or adjective used as a noun — "the accused", "the wounded", "the detained":
    the tagger reads it as a verb, but a verb takes no determiner and fills no noun slot."""
    if token.pos_ not in ("VERB", "ADJ") or token.dep_ not in _NOMINAL_SLOTS:
        return False
    if token.dep_ == "conj" and head_of(token).pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(children_of(token))
    return any(c.dep_ == "det" and c.i < token.i for c in kids) and not any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "xcomp")
        for c in kids)


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


def prep_children(token: Token, names: frozenset[str] | set[str]) -> Iterator[Token]:
    doc = token.doc
    deps, lowers = deps_of(doc), lowers_of(doc)  # the columns, not a string look-up per child
    for child in children_of(token):
        if deps[child.i] in _PREP_DEPS and lowers[child.i] in names:
            yield child


_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative"})


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Bosnia and Slovenia")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


@per_token("objects", copy=list)  # asked ~6 times per verb: every pattern, slot, test
def objects(token: Token) -> list[Token]:
    """Direct objects; for a passive verb, its grammatical subject (for a reduced passive
    adjoined to a clause, "appeared in court, charged with murder", the clause's subject)."""
    if not is_passive(token):
        return [c for c in children_of(token) if c.dep_ == "dobj"]
    # "the soldiers, who were attacked by …": a relative pronoun is the noun its clause describes
    found = [relative_antecedent(c) for c in children_of(token) if c.dep_ == "nsubjpass"]
    if not found and token.dep_ == "advcl" and token.tag_ == "VBN":
        undergoer = subject(head_of(token))
        found = [undergoer] if undergoer is not None else []
    if not found and token.dep_ == "xcomp":  # "X is expected / agreed to be sentenced": X
        found = [c for c in children_of(head_of(token)) if c.dep_ in ("nsubjpass", "nsubj")]
    return found


def small_clause_subjects(token: Token) -> list[Token]:
    """The logical object of a verb with a verbless complement: spaCy parses "found the pilot
    guilty" and "declared the vote void" as a clausal complement headed by the adjective or noun,
    with the object as that complement's subject."""
    return [s for c in children_of(token)
            if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
            for s in children_of(c) if s.dep_ == "nsubj" and s.i < c.i]


def _small_clause_noun(obj: Token) -> Token:
    """The party of an object spaCy parsed as the small clause's adjective: in "found the customs
    chief innocent of all charges" the adjective is the dobj and "chief" hangs before it, so the
    object is that noun, never the adjective's whole phrase ("all charges" is what he is innocent
    of, no second party of one verdict)."""
    if obj.pos_ != "ADJ":
        return obj
    before = [c for c in children_of(obj) if c.i < obj.i and c.pos_ in ("NOUN", "PROPN", "PRON")
              and c.dep_ in ("nsubj", "amod", "compound", "npadvmod", "nmod")]
    return before[-1] if before else obj


def slot(token: Token, name: str) -> list[Token]:
    """The tokens filling a target slot of a trigger: dobj, dative, poss, clause (the subject of
    its clausal complement) or a preposition.

    Kept per token and slot of the Doc (the coder asks again for every pattern of a verb and
    every step of its target search); each caller gets its own list.
    """
    known = memo(token.doc, "slot")
    key = (token.i, name)
    found = known.get(key)
    if found is None:
        found = known[key] = _slot(token, name)
    return list(found)


def _slot(token: Token, name: str) -> list[Token]:
    if name == "dobj":
        if token.pos_ in ("NOUN", "PROPN") and not verbal_noun(token):
            return []
        objs = objects(token)
        # "called it a mistake for Britain to leave": the anticipated clause's subject
        return anticipated_parties([_small_clause_noun(o) for o in objs] if objs else (
            small_clause_subjects(token) or ([] if is_passive(token) else shifted_objects(token))))
    if name == "dative":
        return [c for c in children_of(token) if c.dep_ == "dative" and c.pos_ != "ADP"]
    if name == "clause":
        # "alleged (that) the government is hiding figures": whom the reported clause is about;
        # a that-clause of an attitude noun ("concern that Serbia would block the deal") and a
        # gerund clause after a preposition ("skeptical about Russia being able to") alike
        comps = [c for c in children_of(token) if c.dep_ == "ccomp" or (
            c.dep_ == "acl" and token.pos_ in ("NOUN", "PROPN") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)))]
        comps += [g for p in children_of(token) if p.dep_ == "prep"
                  for g in children_of(p) if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")]
        return [c for comp in comps
                for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")]
    if name == "poss":
        holders = objects(token) if token.pos_ not in ("NOUN", "PROPN") else [token]
        if not holders:  # "called for a cessation of Hamas' attacks"
            holders = [g for p in prep_children(token, OBJECT_PREPS)
                       for g in children_of(p) if g.dep_ == "pobj"]
        found: list[Token] = []
        go_between = argument_rules().go_between_participles
        for noun in holders:
            # "Iran's proposal", "a U.S. offer", "an Australian ultimatum", "offer from Kabul",
            # "the sanctions imposed by the EU"
            found += [c for c in children_of(noun)
                      if c.dep_ in ("poss", "compound", "amod", "nmod")]
            for p in prep_children(noun, frozenset({"of", "by", "from"})):
                for g in children_of(p):
                    if g.dep_ == "pobj":
                        # "a cessation of Hamas' attacks": the possessor of the inner noun
                        found += [g, *[c for c in children_of(g) if c.dep_ == "poss"]]
            for acl in children_of(noun):  # not a go-between's ("a truce brokered by X")
                if acl.dep_ == "acl" and acl.lemma_.lower() not in go_between:
                    for p in prep_children(acl, frozenset({"by"})):
                        found += [g for g in children_of(p) if g.dep_ == "pobj"]
        if token.pos_ not in ("NOUN", "PROPN") and not is_passive(token):
            # "rejected the proposal by Egypt" with the by-phrase attached to the verb
            for p in prep_children(token, frozenset({"by"})):
                found += [g for g in children_of(p) if g.dep_ == "pobj"]
        return found
    found = []
    names = frozenset({name})
    holders = [token, *objects(token)] if token.pos_ not in ("NOUN", "PROPN") else [token]
    # "provides €10 million in aid to X", "sent a shipment of medicine to X": the phrase hangs
    # on the noun the amount or container is of
    holders += [g for o in holders[1:] for p in prep_children(o, CONTENT_PREPS)
                for g in children_of(p) if g.dep_ == "pobj"]
    for holder in holders:
        for p in prep_children(holder, names):
            if p.dep_ == "dative" and p.pos_ != "ADP":
                continue
            found += [g for g in children_of(p) if g.dep_ in ("pobj", "pcomp")]
    if name == "for" and token.pos_ not in ("NOUN", "PROPN"):
        # "called for Israel to withdraw": the subject of the for-clause is asked
        found += [c for clause in for_clauses(token) for c in children_of(clause)
                  if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def for_clauses(token: Token) -> list[Token]:
    """Infinitive clauses of ``token`` opened by "for" ("called *for* Israel to withdraw",
    "pushed *for* the law to be revised"): spaCy makes "for" the mark of an adverbial clause,
    not a preposition, so the clause stands where a for-phrase would ("called for talks")."""
    return [c for c in children_of(token) if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in children_of(c))
            and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in children_of(c))]


def _requesting_verbs() -> frozenset[str]:
    """Verbs whose addressee does what they ask (``requesting_verbs`` in ``modality.yaml``)."""
    return pattern_book().modality["requesting_verbs"]


def headline_subject(verb: Token) -> bool:
    """A past verb the parser hung as a participle on a noun that heads the whole sentence:
    "The Iraqi air force carried out three strikes …" read as a noun phrase "force [carried
    out strikes]". A participle describing a noun takes no direct object of its own (the
    protesters *arrested* on Monday), so one with an object, under a root noun, is the
    sentence's verb and the noun its subject."""
    head = head_of(verb)
    return (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in children_of(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "mark")
                        for c in children_of(verb)))


@per_token("subject")  # asked ~2 times per verb; the walk's recursion (depth > 0) is not kept
def subject(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who does ``verb``: its subject, or the controller/antecedent of it."""
    if depth > 6:
        return None
    if verb.pos_ in ("NOUN", "PROPN") and not verbal_noun(verb):
        return None
    passive = is_passive(verb)
    if passive:
        for child in children_of(verb):
            if child.dep_ == "agent":
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
        return stranded_agent(verb)
    for child in children_of(verb):
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return head_of(verb)
            return child
    head = head_of(verb)
    if head == verb:
        return None
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
        # a predicate participle or adjective: "they are committed to …", "the army was guilty
        # of violating …" (through the pcomp below): the copula's subject
        return subject(head, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        # "The government rejects and condemns …": the first verb, tagged as a noun, keeps the
        # clause's subject
        for child in children_of(head):
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < head.i:
                return child
    if headline_subject(verb):
        return head  # "The Iraqi air force carried out strikes …" parsed as one noun phrase
    if verb.dep_ == "xcomp" and is_passive(head):
        # raising: "Norway is expected to pledge", "North Korea is said to have supplied"
        for child in children_of(head):
            if child.dep_ == "nsubjpass":
                return child
    if verb.dep_ == "xcomp":
        # object control: "urged Iran to …", "called on the U.S. to …"
        for child in children_of(head):
            if child.dep_ == "dobj":
                return child
            if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                for g in children_of(child):
                    if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                        return g  # not "threatened on Monday to impose": a day asks nothing
            if child.dep_ == "prep" and child.lower_ in ("to", "with") and child.i < verb.i \
                    and head.lemma_.lower() in _requesting_verbs():
                # "appealed to Western leaders to impose", "pleaded with Iran to release"
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
        if head.pos_ == "ADJ":  # "willing to assist": the adjective's subject
            return subject(head_of(head), depth + 1) if head.dep_ == "acomp" else None
        return subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head_of(head).dep_ == "dobj" and \
            controlling_verb(head, pattern_book().modality) != head_of(head):
        # "accused [the army of killing]", "blocked [the EU from sending]" as the parser hangs
        # them: the object, not the accuser's or blocker's subject, does it
        return head_of(head)
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for"):
        # "accused Ukraine of attacking", "blamed Hamas for firing": the object does it
        for child in children_of(head_of(head)):
            if child.dep_ == "dobj":
                return child
        noun = head_of(head)
        if noun.pos_ in ("NOUN", "PROPN"):
            # "had no intention of attacking", "Chile's plan of annexing": the noun's owner
            owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if noun.dep_ in ("dobj", "attr") and head_of(noun).pos_ in ("VERB", "AUX"):
                return subject(head_of(noun), depth + 1)
            return None
    if verb.dep_ in ("conj", "advcl") and is_passive(head):
        # "was indicted by the court and will resign": an active verb sharing a passive's
        # subject shares its grammatical subject, never the passive's agent
        for child in children_of(head):
            if child.dep_ == "nsubjpass":
                return child
    if verb.dep_ == "advcl" and verb.i > head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) and \
            phrasal_lemma(head) in pattern_book().modality["requested_governors"]:
        # "petitioned the government to ban …" parsed as an adverbial clause: the one asked
        # does it, as in the object-control complement above
        for child in children_of(head):
            if child.dep_ == "dobj":
                return child
            if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < verb.i:
                for g in children_of(child):
                    if g.dep_ == "pobj":
                        return g
    if verb.dep_ in ("conj", "advcl", "pcomp", "xcomp"):
        if verb.dep_ == "pcomp":
            head = head_of(head)
        return subject(head, depth + 1)
    if verb.dep_ == "relcl" and head_of(verb).dep_ in ("dobj", "nsubj", "pobj"):
        return None
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        governor = head_of(head)
        if argument_rules().nominal_governors.get(governor.lemma_.lower()) == "negated":
            # "security forces thwarted an attempt to bomb a mosque": who prevents an act is
            # not who attempted it (the text leaves the doer unnamed here)
            return None
        if (owner := infinitive_owner(verb, head)) is not None:
            return owner  # "Russia's threat to invade Ukraine": the intent's owner acts
        if head.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):
            return subject(governor, depth + 1)
    return None


def participle_agent(verb: Token, finder: ActorFinder) -> Token | None:
    """The actor an active participle describes, who does it: "protesters demanding his
    resignation", "gunmen firing on a bus". A thing described does nothing ("a decree banning
    niqabs" is its signer's act: :func:`subject` reads that through the governing verb)."""
    head = head_of(verb)
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if political(finder.at(head, pronoun_fallback=False)) else None


def complement_slots(token: Token) -> list[Token]:
    """Who a complement clause acts on: "demanded that Hamas …", "threatened to shell Iraqi towns",
    "threatened to break off relations with Congo" — the participants of the embedded act."""
    found: list[Token] = []
    for comp in children_of(token):
        if comp.dep_ not in ("xcomp", "ccomp"):
            continue
        if comp.dep_ == "ccomp":
            found += [c for c in children_of(comp) if c.dep_ in ("nsubj", "nsubjpass")]
        for obj in objects(comp):
            found.append(obj)
            found += [c for c in children_of(obj) if c.dep_ in ("poss", "compound", "amod")]
            for p in prep_children(obj, frozenset({"with", "to", "from", "of", "against"})):
                found += [g for g in children_of(p) if g.dep_ == "pobj"]
        for p in prep_children(comp, frozenset({"with", "to", "against", "on", "from", "into"})):
            for g in children_of(p):
                if g.dep_ == "pobj":
                    # "agreed to help with Mueller's investigation": the owner of the thing
                    # the act bears on
                    found += [g, *[c for c in children_of(g) if c.dep_ == "poss"]]
    return found
