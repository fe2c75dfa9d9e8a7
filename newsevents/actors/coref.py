"""Pass 4: within-document coreference — short names, pronouns and "the two sides".

Later mentions are linked to the earlier full mention by sharing its ``entity`` id and codes,
with method "coreference" and a reason naming the antecedent. The rules are deliberately simple
and conservative (a pronoun takes the nearest compatible subject in the same or the previous two
sentences) because the events and quotes coders only need "he said" and "they" resolved by
offset, and a wrong link is worse than an unresolved pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.clauses import repeated_object
from ..nlp.shared import children_of, lowers_of, pos_of, tokens_of, words_of
from .mentions import DocState, Mention, entity_id
from .name_variants import link_middle_names
from .people import first_surname

_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it"})
_COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "take", "make", "mean", "come",
                      "follow", "matter", "happen", "turn", "look", "rain"})
_WINDOW = 2  # sentences back
_PAIR_NOUNS = frozenset({"sides", "leaders", "countries", "nations", "ministers", "governments",
                         "men", "women", "presidents", "diplomats", "officials", "parties"})


#: Definite nouns that refer back to the last organisation of a kind ("the bloc" → the EU).
_BACK_NOUNS = {"bloc": "igo", "alliance": "igo", "organisation": "igo", "organization": "igo",
               "watchdog": "igo", "body": "igo", "union": "igo", "group": "group",
               "militants": "group", "movement": "group", "militia": "group"}

#: Definite nouns for one person in crime news ("the accused", "the suspect"): the private
#: person named last before, not a generic civilian of the article's country.
_ROLE_NOUNS = frozenset({"accused", "suspect", "defendant", "gunman", "attacker", "assailant",
                         "perpetrator", "shooter"})
_PRIVATE_SECTORS = frozenset({"CVL", "CRM", "UAF"})

#: Sectors of ordinary people ("12 people", "residents"): a collective "the group" or "the
#: movement" refers back to an organised group, not to them.
_PEOPLE_SECTORS = frozenset({"CVL", "REF"})


def link(state: DocState) -> None:
    """Run the coreference rules over the document's mentions (in place)."""
    _assign_entities(state)
    link_middle_names(state)
    _short_names(state)
    _two_sides(state)
    _definite_back(state)
    _role_back(state)
    _pronouns(state)


def _definite_back(state: DocState) -> None:
    """"the bloc", "the alliance", "the group": the last IGO or group named before."""
    doc = state.doc
    tokens = tokens_of(doc)
    for i, lower in enumerate(lowers_of(doc)):
        want = _BACK_NOUNS.get(lower)
        if want is None or i in state.owner or i == 0:
            continue
        token = tokens[i]
        if doc[token.i - 1].lower_ != "the":
            continue
        here = state.sent_index[token.i]
        earlier = [m for m in state.mentions if m.start < token.i and m.owns
                   and here - state.sent_index[m.head] <= _WINDOW
                   and ((want == "igo" and m.sector == "IGO" and m.kind == "organisation")
                        or (want == "group" and m.kind == "group" and m.country
                            and m.sector not in _PEOPLE_SECTORS))]
        if not earlier:
            continue
        ante = max(earlier, key=lambda m: m.start)
        start = token.i - 1
        state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), ante.name,
                          ante.kind, ante.country, ante.sector, ante.role, "coreference",
                          f"'the {token.text}' refers back to "
                          f"'{state.text[ante.start_char:ante.end_char]}'", head=token.i,
                          code=ante.code, person=ante.person, entity=ante.entity))


def _role_back(state: DocState) -> None:
    """"Judge X ordered the accused remain in custody": a bare "the accused" (or suspect,
    gunman, …) whose code only the article's context gave is the private person named last
    within the window ("An Australian, Brenton Tarrant, …" → AUSCVL)."""
    doc = state.doc
    people = [m for m in state.mentions if m.kind == "person" and m.owns and m.country
              and m.sector in _PRIVATE_SECTORS and doc[m.head].pos_ == "PROPN"
              and m.role is None]  # "director X" holds a post: no unnamed accused or attacker
    if not people:
        return
    for m in state.mentions:
        if (m.method != "context" or m.end - m.start != 2 or doc[m.start].lower_ != "the"
                or doc[m.head].lower_ not in _ROLE_NOUNS):
            continue
        here = state.sent_index[m.head]
        earlier = [p for p in people if p.start < m.start
                   and here - state.sent_index[p.head] <= _WINDOW]
        if not earlier:
            continue
        ante = max(earlier, key=lambda p: p.start)
        # "the gunman", "the attacker" stay unidentified armed actors (the guide's UAF row)
        # of the person's country; "the accused", "the suspect" take the person's own code
        armed = m.sector == "UAF"
        m.kind, m.country, m.sector, m.role, m.code = (
            "person", ante.country, m.sector if armed else ante.sector, ante.role,
            None if armed else ante.code)
        m.person, m.entity, m.generic, m.method = ante.person, ante.entity, False, "coreference"
        m.reason = (f"'{state.text[m.start_char:m.end_char]}' refers back to "
                    f"'{state.text[ante.start_char:ante.end_char]}', the private person named "
                    "last")


def _assign_entities(state: DocState) -> None:
    for m in state.mentions:
        if m.entity is None:
            m.entity = entity_id(m)
    # A later dictionary mention of a person already named earlier is a coreference.
    seen: dict[str, Mention] = {}
    for m in sorted(state.mentions, key=lambda m: m.start_char):
        if m.person is None or m.kind != "person":
            continue
        first = seen.get(m.person)
        if first is None:
            seen[m.person] = m
        elif m.method == "dictionary" and m.end - m.start < first.end - first.start:
            # The full mention's title may have refined the code ("Opposition leader …").
            m.country, m.sector, m.role, m.code = first.country, first.sector, first.role, \
                first.code
            m.method = "coreference"
            m.reason = f"short form of '{state.text[first.start_char:first.end_char]}'; " \
                       + m.reason


def _short_names(state: DocState) -> None:
    """Surnames of people named earlier ("Kolarski" after "Wojciech Kolarski")."""
    doc = state.doc
    people: dict[str, Mention] = {}
    named = sorted(state.mentions, key=lambda m: m.start_char)
    for m in named:
        if m.kind == "person" and m.person and " " in m.person:
            surname = m.person.split()[-1]
            people.setdefault(surname, m)
    # "Rosselló" after "Ricardo Rosselló Nevares": a first surname, when one person has it
    firsts: dict[str, set[str]] = {}
    for m in named:
        if m.kind == "person" and m.person and (word := first_surname(m.person)) is not None:
            firsts.setdefault(m.person.split()[-2], set()).add(m.entity or m.person)
    for m in named:
        if m.kind == "person" and m.person and first_surname(m.person) is not None:
            word = m.person.split()[-2]
            if len(firsts[word]) == 1:
                people.setdefault(word, m)
    if not people:
        return
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):  # the word column: a Token only for a surname
        first = people.get(word)
        if first is None or i in state.owner or i <= first.start:
            continue
        token = tokens[i]
        if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ not in ("PERSON", "ORG"):
            continue
        state.add(Mention(token.i, token.i + 1, token.idx, token.idx + len(token), first.name,
                          "person", first.country, first.sector, first.role, "coreference",
                          f"surname of '{state.text[first.start_char:first.end_char]}' named "
                          "earlier", head=token.i, code=first.code, person=first.person,
                          entity=first.entity))


def _two_sides(state: DocState) -> None:
    """"the two sides", "both leaders": the last two distinct actors named before."""
    doc = state.doc
    tokens = tokens_of(doc)
    for i, lower in enumerate(lowers_of(doc)):
        if lower not in _PAIR_NOUNS or i in state.owner:
            continue
        token = tokens[i]
        numbers = [c for c in token.lefts if c.lower_ in ("two", "both")]
        if not numbers:
            continue
        earlier: list[Mention] = []
        before = [m for m in state.mentions if m.start < token.i and m.kind != "media"
                  and m.actor_code() is not None and m.entity]
        people = {m.entity for m in before if m.kind == "person"}
        want_people = token.lower_ not in ("countries", "nations", "governments") and \
            len(people) >= 2
        for m in sorted(before, key=lambda m: -m.start_char):
            if want_people and m.kind != "person":
                continue
            distinct = all(m.entity != e.entity for e in earlier) and (
                not earlier or m.actor_code() != earlier[0].actor_code() or m.kind == "person")
            if m.entity and distinct:
                earlier.append(m)
            if len(earlier) == 2:
                break
        if len(earlier) < 2:
            continue
        start = min(c.i for c in token.lefts)
        a, b = reversed(earlier)
        state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token),
                          f"{a.name} and {b.name}", "group", None, None, None, "coreference",
                          f"'{doc[start:token.i + 1].text}' refers to {a.name} "
                          f"({a.actor_code()}) and {b.name} ({b.actor_code()})", head=token.i))


def _is_subject(state: DocState, m: Mention) -> bool:
    return state.doc[m.head].dep_ in ("nsubj", "nsubjpass")


class _Window:
    """The mentions a pronoun may refer to, found by sentence instead of by scanning them all.

    ``_antecedent`` takes mentions whose head lies at most :data:`_WINDOW` sentences back (or
    later) and that start before the pronoun; this keeps the document's mentions bucketed by
    the sentence of their head, in list order, so each pronoun looks at three sentences' worth
    (the pass only appends mentions, see :func:`_pronouns`). A mention whose head lies in a
    later sentence than its start is kept apart and always looked at.
    """

    def __init__(self, state: DocState) -> None:
        self.sent_index = state.sent_index
        self.by_sentence: dict[int, list[tuple[int, Mention]]] = {}
        self.spill: list[tuple[int, Mention]] = []
        self.seq = 0
        for m in state.mentions:
            self.append(m)

    def append(self, m: Mention) -> None:
        head_sent = self.sent_index[m.head]
        if head_sent > self.sent_index[m.start]:
            self.spill.append((self.seq, m))
        else:
            self.by_sentence.setdefault(head_sent, []).append((self.seq, m))
        self.seq += 1

    def near(self, here: int) -> list[Mention]:
        """Mentions with a head in sentences ``here - _WINDOW`` … ``here`` and those kept
        apart, in the order of ``state.mentions``."""
        found = list(self.spill)
        for k in range(here - _WINDOW, here + 1):
            found.extend(self.by_sentence.get(k, ()))
        found.sort(key=lambda pair: pair[0])
        return [m for _, m in found]


def _pronouns(state: DocState) -> None:
    doc = state.doc
    sent_index = state.sent_index
    window = _Window(state)
    tokens, pos = tokens_of(doc), pos_of(doc)
    for i, low in enumerate(lowers_of(doc)):
        # the word first (a set test on the column), the parse only of a pronoun's form
        if low in _PERSON_PRONOUNS:
            want = "person"
        elif low in _GROUP_PRONOUNS:
            want = "group"
        elif low in _IT:
            want = "thing"
        else:
            continue
        token = tokens[i]
        if pos[i] != "PRON" and token.tag_ not in ("PRP", "PRP$"):
            continue
        if want == "thing" and not _it_refers(token):
            continue
        if token.i in state.owner:
            continue
        ante = _antecedent(state, token, want, sent_index, window.near(sent_index[token.i]))
        if ante is None:
            continue
        added = state.add(Mention(token.i, token.i + 1, token.idx, token.idx + len(token),
                                  ante.name, ante.kind, ante.country, ante.sector, ante.role,
                                  "coreference", f"pronoun '{token.text}' → "
                                  f"'{state.text[ante.start_char:ante.end_char]}' (nearest "
                                  "compatible "
                                  f"{'subject' if _is_subject(state, ante) else 'mention'})",
                                  head=token.i, code=ante.code, person=ante.person,
                                  entity=ante.entity))
        window.append(added)  # the pass only appends: the pronoun owned no token before


#: Object pronouns: never the subject of their own clause ("X urged him", "X told them").
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _clause_subject(state: DocState, token: Token) -> Mention | None:
    """The mention that is the subject of the clause ``token`` is the object of, or of the
    verb taking another's act the noun ``token`` owns ("May accepted his resignation")."""
    if token.dep_ == "poss" and token.head.dep_ == "dobj" and \
            token.head.head.lemma_.lower() in state.vocab.receiving_verbs:
        token = token.head
    if token.dep_ not in _OBJECT_DEPS and not (
            token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative")
            and token.head.head.pos_ in ("VERB", "AUX")):
        return None
    verb = token.head if token.dep_ != "pobj" else token.head.head
    for child in children_of(verb):
        if child.dep_ in ("nsubj", "nsubjpass"):
            return state.owner.get(child.i)
    return None


def _reporting_official(state: DocState, token: Token) -> Mention | None:
    """The titled official who reports the clause ``token`` is the subject of ("Sheriff Lee
    said they arrested …", "the police chief told reporters they detained …"): "they" is that
    official's body, not the last armed or official mention before."""
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    for child in children_of(clause.head):
        if child.dep_ == "nsubj":
            m = state.owner.get(child.i)
            if m is not None and m.kind == "person" and m.sector in state.vocab.authority_sectors:
                return m
    return None


def _it_refers(token: Token) -> bool:
    """"it" as the subject of an action verb (not "it is unlikely that …")."""
    return (token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")
            and token.head.lemma_ not in _COPULAS)


def _antecedent(state: DocState, token: Token, want: str, sent_index: list[int],
                pool: list[Mention] | None = None) -> Mention | None:
    """The mention ``token`` refers to; ``pool`` (in the order of ``state.mentions``) may
    narrow the mentions looked at to those the window can accept (:class:`_Window`)."""
    here = sent_index[token.i]
    repeated = repeated_object(token)
    if repeated is not None:
        # "obtained the messages … and released them": the pronoun repeats the first verb's
        # object; it names a party only when that object is one
        return state.owner.get(repeated.i)
    outside = not state.in_quote(token.idx)
    clause_subject = _clause_subject(state, token)
    # "They arrested three men": only an authority arrests, never residents or witnesses
    authority = (want == "group" and token.dep_ == "nsubj"
                 and token.head.lemma_ in state.vocab.authority_verbs)
    candidates = []
    for m in state.mentions if pool is None else pool:
        if m.start >= token.i or m.kind == "media" or not m.owns:
            continue
        if clause_subject is not None and (m is clause_subject or (
                m.entity is not None and m.entity == clause_subject.entity)):
            continue  # "Merkel urged him": him is never Merkel (a reflexive would say so)
        if here - sent_index[m.head] > _WINDOW:
            continue
        if outside and state.in_quote(m.start_char):
            continue  # '"We cannot let Putin win," he said': the speaker is not in the quote
        if want == "person" and m.kind != "person":
            continue
        if want in ("group", "thing") and m.kind == "person":
            continue
        if want == "group" and m.actor_code() is None and m.kind != "group":
            continue
        if authority and m.sector not in state.vocab.authority_sectors:
            continue
        if want == "thing" and m.kind not in ("state", "organisation", "group"):
            continue
        candidates.append(m)
    if not candidates:
        return None
    # "Sheriff Lee said they arrested one person": the speaker's own body, when one was named
    speaker = _reporting_official(state, token) if authority else None
    # Same sentence first, then subjects, then the nearest.
    def rank(m: Mention) -> tuple[int, int, int, int]:
        own = speaker is not None and m.sector == speaker.sector and m.kind != "person"
        return (own, sent_index[m.head] == here, _is_subject(state, m), m.start)

    return max(candidates, key=rank)
