"""Pass 3c: organisations named again, and the people who speak for them.

News names an organisation once with what it is ("German rescue charity Sea-Eye", "news site
Znak.com") and later by name alone ("Sea-Eye spokesperson Carlotta Weibl"). The NER pass
(:mod:`.ner`) codes each occurrence by itself, so the bare later ones stay uncoded; here they
take the code of the occurrence the text describes. A person whose title follows an
organisation's name ("Sea-Eye spokesperson X", "Daily Xtra's editorial director, X", "Florida
Department of Transportation official X") holds an office *of that organisation*: a charity's
spokesperson is NGO, an outlet's editor MED, a company's director BUS — never the government
of the country the story is about, which is what a bare title would give them.

Runs after the countries are assigned (:func:`.generic.assign_countries`), so an organisation's
country found by its context is known, and before :func:`.generic.share_countries`, so the
person's short later mentions ("Weibl") get the same code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Token

from ..names import fold
from ..nlp.shared import children_of, head_of, lowers_of, tokens_of, words_of
from .mentions import DocState, Mention

#: Kinds of actor a person can speak for or work for.
_BODIES = frozenset({"organisation", "media", "group"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _key(state: DocState, m: Mention) -> str:
    text = state.text[m.start_char : m.end_char].strip("\u200d\u200b ")
    return fold(text, keep_article=False)


def _described(m: Mention) -> bool:
    return m.kind in _BODIES and bool(m.sector) and m.sector != "IGO" and m.method != "unresolved"


def repeated_names(state: DocState) -> None:
    """An uncoded organisation name (NER only) takes the code of another occurrence of the same
    name that the text describes or a dictionary knows."""
    known: dict[str, Mention] = {}
    for m in sorted(state.mentions, key=lambda m: m.start):
        if _described(m):
            key = _key(state, m)
            if key not in known or (m.country and not known[key].country):
                known[key] = m  # the first occurrence with a country, else the first
    if not known:
        return
    _unseen_occurrences(state, known)
    for m in state.mentions:
        private = (m.kind == "person" and m.sector in ("CVL", None) and m.role is None
                   and m.method in ("context", "unresolved", "coreference"))
        if not private and (m.method != "ner" or m.kind not in _BODIES
                            or (m.sector and m.country)):
            continue
        first = known.get(_key(state, m))
        if first is None or first is m or (m.sector and not private and not first.country):
            continue
        # (the small model often reads the bare name a second time as a person's)
        m.person = None
        m.kind, m.country, m.sector, m.code = first.kind, first.country, first.sector, first.code
        m.method, m.entity = "coreference", first.entity
        m.reason = (f"'{m.name}' named again: the occurrence the text describes is "
                    f"{first.actor_code() or first.sector} ({first.reason[:80]})")


def _word_char(ch: str) -> bool:
    """``re``'s ``\\w`` for one character (Unicode): a letter, digit or numeral, or "_"."""
    return ch.isalnum() or ch == "_"


def whole_words(text: str, words: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``words`` in ``text`` with a word boundary at both
    ends: what ``re.finditer(r"\\b" + re.escape(words) + r"\\b", text)`` finds (non-overlapping,
    left to right), without compiling a regex per organisation name per article (those
    compilations were most of this pass)."""
    if not words:
        yield from ((m.start(), m.end()) for m in re.finditer(r"\b\b", text))
        return
    size, at = len(words), text.find(words)
    first, last = _word_char(words[0]), _word_char(words[-1])
    while at >= 0:
        end = at + size
        before = at > 0 and _word_char(text[at - 1])
        after = end < len(text) and _word_char(text[end])
        if before != first and after != last:
            yield at, end
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)


def _unseen_occurrences(state: DocState, known: dict[str, Mention]) -> None:
    """Occurrences of a known organisation's name the NER did not tag this time ("…, Florida
    Highway Patrol described, …"): the same words are the same body."""
    from .ner_sectors import is_subnational_place

    doc = state.doc
    for first in list(known.values()):
        if first.method not in ("ner", "context") or first.end - first.start < 2:
            continue
        surface = state.text[first.start_char : first.end_char]
        if surface.lower().startswith("the "):
            surface = surface[4:]
        for start, end in whole_words(state.text, surface):
            span = doc.char_span(start, end)
            if span is None or not state.free(span.start, span.end) \
                    or is_subnational_place(state, span):
                continue
            state.add(Mention(span.start, span.end, span.start_char, span.end_char, first.name,
                              first.kind, first.country, first.sector, None, "coreference",
                              f"'{surface}' named again (the NER missed it here)",
                              head=span.end - 1, code=first.code, entity=first.entity))


def _body_at(state: DocState, i: int, person: Mention) -> Mention | None:
    """The organisation mention ending at token ``i`` (a possessive after it skipped)."""
    doc = state.doc
    if i >= 0 and doc[i].lower_ in _POSSESSIVE:
        i -= 1
    if i < 0:
        return None
    body = state.owner.get(i)
    if body is None or body is person or body.end != i + 1 or body.kind not in _BODIES:
        return None
    return body if body.sector and body.sector != "IGO" and body.method != "unresolved" else None


def _title_noun_owner(state: DocState, noun: Token, person: Mention) -> Mention | None:
    """"Daily Xtra's editorial director, X": the possessor or compound of the title noun."""
    if noun.lower_ not in state.vocab.title_words:
        return None
    for child in noun.lefts:
        if child.dep_ in ("poss", "compound"):
            body = _body_at(state, child.i, person)
            if body is not None:
                return body
            body = state.owner.get(child.i)
            if body is not None and body is not person and body.end == child.i + 1 \
                    and _described(body):
                return body
    return None


def employer(state: DocState, person: Mention) -> Mention | None:
    """The organisation a titled person speaks for: its name right before the title
    ("Sea-Eye spokesperson X"), or the possessor of the title noun in apposition ("Mahan's
    director, X")."""
    doc = state.doc
    titles = state.vocab.title_words
    lowers = lowers_of(doc)  # the lower-case column: no Token or Span for the title words
    start = person.start
    while start > 0 and lowers[start - 1] in titles and lowers[start - 1] != "of":
        start -= 1  # "… official Troy Roberts": a title pass 2 left outside the mention
    if start < person.start or any(lowers[i] in titles
                                   for i in range(person.start, min(person.head, len(doc)))):
        body = _body_at(state, start - 1, person)
        if body is not None:
            return body
    name = doc[person.head]
    nouns = [c for c in children_of(name) if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    for noun in nouns:
        body = _title_noun_owner(state, noun, person)
        if body is not None:
            return body
    return None


def employer_titles(state: DocState) -> None:
    """A person with no office of their own in the dictionaries takes the code of the
    organisation their title belongs to."""
    for m in state.mentions:
        if m.kind != "person" or m.person is None or \
                m.method not in ("context", "unresolved", "coreference"):
            continue
        body = employer(state, m)
        if body is None:
            continue
        _speaks_for(state, m, body, "title of")
    _unnamed_titles(state)


def _speaks_for(state: DocState, m: Mention, body: Mention, how: str) -> None:
    """``m`` takes the code of the organisation ``body`` it speaks for (its sector alone when
    the body has no country), and says so in its reason."""
    m.country, m.sector, m.code = body.country, body.sector, body.code
    if m.code is None and body.country is None:
        m.code = body.sector
    m.method, m.entity, m.generic = "apposition", None, False
    m.reason = (f"{how} '{state.text[body.start_char:body.end_char]}': speaks for that "
                f"organisation → {body.actor_code() or body.sector}")


#: What a title gives by itself when nothing says whose it is: a generic office (GOV), which
#: the body it belongs to replaces; a former office (ELI) keeps its sector.
_GENERIC_OFFICE = frozenset({"GOV"})


def _unnamed_titles(state: DocState) -> None:
    """A title with no name whose body is a named organisation before it or after its
    "for"/"of" ("a spokesman for the Constitutional Court of Peru", "a spokeswoman for Amnesty
    International", "a Kenya Defence Forces spokesman") speaks for that body: its code, never
    the government's (the title alone gave GOV and the country of the story)."""
    doc = state.doc
    titles = state.vocab.title_words
    for m in state.mentions:
        if m.kind != "person" or m.person is not None or m.sector not in _GENERIC_OFFICE \
                or m.method not in ("context", "dictionary", "unresolved"):
            continue
        noun = doc[m.head]
        if noun.lower_ not in titles:
            continue
        body = _title_noun_owner(state, noun, m) or _for_body(state, noun, m)
        if body is None or body.sector in _GENERIC_OFFICE:
            continue
        _speaks_for(state, m, body, f"title '{noun.text}' of")


def _for_body(state: DocState, noun: Token, person: Mention) -> Mention | None:
    """The named organisation after the title's "for"/"of" ("a spokesman for the Kenya Defence
    Forces")."""
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            body = state.owner.get(obj.i)
            if body is None or body is person or body.kind not in _BODIES or not body.sector \
                    or body.method == "unresolved":
                continue
            if body.sector == "IGO" or body.actor_code() is not None:
                return body
    return None


#: Verbs whose subject, when it is a bare unknown name, is an outlet ("Rudaw reports …").
_PUBLISHING = frozenset({"report", "publish", "broadcast"})


def shared_outlet_names(state: DocState) -> None:
    """"ABC" is the US network in a US story and the Australian broadcaster in one about
    Australia or its neighbours: a name several outlets share takes the outlet whose country
    the article's other actors and nationalities name most; with none of them named, the
    first listed stays (media.csv's order is the usual reading)."""
    shared = [m for m in state.mentions if m.outlet_choices]
    if not shared:
        return
    votes: Counter[str] = Counter(code for code, _ in state.nation.values())
    votes.update(m.country for m in state.mentions
                 if m.country and m.kind != "media" and m.method != "coreference")
    for m in shared:
        best = max(m.outlet_choices, key=lambda c: votes[c[1]])
        if votes[best[1]] == 0 or best[1] == m.country or votes[best[1]] == votes[m.country or ""]:
            continue
        surface = state.text[m.start_char : m.end_char]
        m.reason += (f"; '{surface}' names outlets of {len(m.outlet_choices)} countries: "
                     f"the article names {best[1]} most of them ({votes[best[1]]}) → {best[0]}")
        m.name, m.country, m.entity = best[0], best[1], None


def outlets_by_use(state: DocState) -> None:
    """A one-word name nobody titled or described, first met as the subject of "report",
    "publish" or "broadcast", is a news outlet ("Rudaw reports the airline's director …"):
    people are introduced by their full name, outlets by their one."""
    doc = state.doc
    _told_outlets(state)
    seen: set[str] = set()
    for m in sorted(state.mentions, key=lambda m: m.start):
        text = state.text[m.start_char : m.end_char]
        first = text not in seen
        seen.add(text)
        if not first or m.end - m.start != 1 or m.role is not None:
            continue
        private = m.kind == "person" and m.sector in ("CVL", None) and m.method in (
            "context", "unresolved")
        unknown = m.method == "ner" and m.sector is None
        head = doc[m.head]
        if not (private or unknown) or head.dep_ != "nsubj" or \
                head_of(head).lemma_.lower() not in _PUBLISHING:
            continue
        m.kind, m.sector, m.country, m.code = "media", "MED", None, "MED"
        m.person, m.entity, m.generic, m.method = None, None, False, "context"
        m.reason = (f"one-word name '{text}' first met as the subject of "
                    f"'{head_of(head).text}': a news outlet")


def _told_outlets(state: DocState) -> None:
    """"… told The Verge", "according to The Atlantic Monthly": a mid-sentence "The" + name that
    someone tells or that is the source of a report, and that no pass has read, is an outlet."""
    doc = state.doc
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):
        if word != "The":
            continue
        tok = tokens[i]
        if tok.i == state.sent_of(tok.i).start or tok.i in state.owner:
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == tok.i + 1 or not state.free(tok.i, end):
            continue
        head = doc[end - 1]
        told = head.dep_ in ("dobj", "dative") and head_of(head).lemma_.lower() == "tell"
        source = (head.dep_ == "pobj" and head_of(head).lower_ == "to"
                  and head_of(head_of(head)).lower_ == "according")
        if not (told or source):
            continue
        name = doc[tok.i : end].text
        state.add(Mention(tok.i, end, tok.idx, head.idx + len(head), name, "media", None, "MED",
                          None, "context",
                          f"'{name}' is {'told' if told else 'the source of'} the report: "
                          "a news outlet", head=end - 1, code="MED"))


#: Staff nouns coded by the organisation a compound before them names ("FSB officers").
_STAFF = frozenset({"official", "officials", "authorities", "officer", "officers", "staff",
                    "agents", "personnel", "employees", "spokesman", "spokeswoman",
                    "spokesperson", "leaders", "executives", "representatives"})


def organisation_staff(state: DocState) -> None:
    """"FSB officers", "Interpol agents": generic staff nouns whose compound modifier is an
    organisation found late (an abbreviation the text defines, a name only the NER knows) are
    that organisation's people, not the police or government the context gave them."""
    doc = state.doc
    for m in state.mentions:
        if m.method not in ("context", "dictionary") or m.kind == "person" \
                or doc[m.head].lower_ not in _STAFF:
            continue
        for child in doc[m.head].lefts:
            body = state.owner.get(child.i)
            if (child.dep_ != "compound" or body is None or body is m
                    or body.kind not in _BODIES or not body.sector or body.sector == "IGO"
                    or body.end != m.head):
                continue
            m.country, m.sector, m.code = body.country, body.sector, body.code
            if m.code is None and body.country is None:
                m.code = body.sector
            m.method, m.entity = "context", None
            m.reason = (f"'{doc[m.head].text}' of '{state.text[body.start_char:body.end_char]}'"
                        f" → {body.actor_code() or body.sector}")
            break


#: Works whose maker is a journalist or film-maker: "a documentary by X", "X's film".
_MEDIA_WORKS = frozenset({"documentary", "documentaries", "film", "films", "movie",
                          "movies", "docuseries"})


def media_makers(state: DocState) -> None:
    """A private person who made a documentary or film ("a documentary by Anna Nowak", "Anna
    Nowak's film") is a media actor (the guide's MED: journalists), of the country the context
    gave them; a titled person keeps their office."""
    doc = state.doc
    for m in state.mentions:
        if m.person is None or m.sector != "CVL":
            continue  # a named private person (or two under one name)
        head = doc[m.head]
        while head.dep_ == "conj" and head_of(head).i < head.i:
            head = head_of(head)  # "a film by Jan and Piotr Kowal": the first conjunct's place
        work = None
        if head.dep_ == "poss" and head_of(head).lower_ in _MEDIA_WORKS:
            work = head_of(head)
        elif (head.dep_ == "pobj" and head_of(head).lower_ == "by"
              and head_of(head_of(head)).lower_ in _MEDIA_WORKS):
            work = head_of(head_of(head))
        if work is None:
            continue
        m.sector = "MED"
        if m.code is not None:
            m.code = "MED" if m.country is None else None
        m.reason += f"; made the {work.text}: a journalist or film-maker (MED)"
