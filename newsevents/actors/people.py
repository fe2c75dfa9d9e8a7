"""Pass 2 of actor resolution: people the dictionaries do not know, tied to actors by a title.

A person gets an office only when a title or an apposition ties them to a known actor ("Duda's
advisor on international affairs, Wojciech Kolarski" → POLGOV, role adviser); a title with no
country takes the story's country later (generic.py); a name with no title is a private person
(CVL), placed the same way. Split from :mod:`.resolve` (pass 1, dictionary matches); the
title and prefix helpers both read are in :mod:`.title_prefix`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..names import fold
from ..nlp.shared import children_of, ents_of, lowers_of, pos_of, tokens_of, words_of
from ..records import ActorKind
from .mentions import DocState, Mention
from .resolve import _LOCATIVE
from .senses import destination, its_antecedent, private_person
from .title_prefix import (
    _FORMER_ABLE,
    _NON_POLITICAL,
    _PLACEABLE_TITLES,
    _POSSESSIVE,
    _with_determiner,
    expand_left,
    find_title,
)
from .untagged_names import name_root, untagged_titled_names


def _person_spans(doc: Doc, titles: frozenset[str], single_titles: frozenset[str]
                  ) -> list[Span]:
    """PERSON entities, plus capitalised name runs right after a title that NER mislabelled."""
    spans = [e for e in ents_of(doc) if e.label_ == "PERSON"]
    # NER sometimes calls a named official ORG/GPE: "Moscow's envoy to the UN, Vassily Nebenzia".
    spans += [e for e in ents_of(doc) if e.label_ in ("ORG", "GPE", "NORP")
              and e.root.dep_ == "appos" and title_head(e.root.head, titles) is not None
              and all(t.pos_ == "PROPN" for t in e)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    # "Ricardo Rosselló Nevares, Puerto Rico's governor,": a name the NER model missed
    spans += untagged_titled_names(doc, titles, taken, title_head)
    taken = {i for s in spans for i in range(s.start, s.end)}
    tokens, lowers, n = tokens_of(doc), lowers_of(doc), len(doc)
    i = 0
    while i < n:
        tok = tokens[i]
        if (lowers[i] in single_titles and tok.text[:1].isupper() and i + 1 < n
                and tokens[i + 1].pos_ == "PROPN" and (i + 1) not in taken):
            j = i + 1
            while (j < n and tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper()
                   and lowers[j] not in titles and tokens[j].ent_type_ in ("PERSON", "")):
                j += 1
            if 2 <= j - (i + 1) <= 4 and (j == n or tokens[j].pos_ != "PROPN"):
                spans.append(doc[i + 1 : j])  # a first and a last name at least
            i = j
            continue
        i += 1
    return spans


def title_head(token: Token, titles: frozenset[str]) -> Token | None:
    """The title noun an apposition hangs from, climbing out of its prepositional phrase (the
    parser often attaches "…, Vassily Nebenzia" to "UN" in "envoy to the UN, …")."""
    for _ in range(3):
        if token.lower_ in titles:
            return token
        if token.dep_ not in ("pobj", "prep"):
            return None
        token = token.head
    return token if token.lower_ in titles else None


def _strip_possessive(span: Span) -> Span:
    end = span.end
    while end > span.start and span.doc[end - 1].lower_ in _POSSESSIVE:
        end -= 1
    return span.doc[span.start : end]


#: "Moscow-backed separatists", "pro-Russian hackers": a patron or a sympathy, not a nationality.
_AFFILIATION = frozenset({"backed", "led", "allied", "aligned", "supported", "sponsored",
                          "funded", "armed", "friendly", "leaning", "controlled", "installed"})


def affiliation_only(tok: Token) -> bool:
    """Is this nationality word only an affiliation ("Iran-backed", "pro-Russian", "U.S.-led")?"""
    doc = tok.doc
    i = tok.i
    words, lowers = words_of(doc), lowers_of(doc)  # the neighbours without building Tokens
    if i + 2 < len(words) and words[i + 1] == "-" and lowers[i + 2] in _AFFILIATION:
        return True
    if "-" in tok.text and tok.text.lower().rsplit("-", 1)[-1] in _AFFILIATION:
        return True
    if i >= 2 and words[i - 1] == "-" and lowers[i - 2] in ("pro", "anti"):
        return True
    return tok.lower_.startswith(("pro-", "anti-"))


def nation_of(state: DocState, tokens: list[Token]) -> tuple[str, str, Mention | None] | None:
    """A country/IGO (code, how found, the actor mention if any) among modifier tokens."""
    for tok in tokens:
        if affiliation_only(tok) or destination(tok):
            continue
        if tok.lower_ == "its" and tok.dep_ == "poss":
            ante = its_antecedent(state, tok)
            if ante is not None and ante.country:
                return ante.country, f"'its' ({ante.name})", ante
            continue
        m = state.mention_at(tok)
        if m is not None and m.kind != "media" and m.country:
            return m.country, f"'{tok.text}' ({m.name})", m
        if tok.i in state.nation:
            code, how = state.nation[tok.i]
            return code, f"{how} '{tok.text}'", None
    return None


def titled_people(state: DocState, titles: frozenset[str]) -> None:
    """Pass 2: people not in the leaders table, coded only through a title or apposition."""
    doc = state.doc
    single = frozenset(t for t in state.vocab.titles if " " not in t)
    for span in _person_spans(doc, titles, single):
        span = _strip_possessive(span)
        while len(span) > 2 and (span[0].lower_ in single or
                                 span[0].lower_.rstrip(".") in state.vocab.honorifics
                                 or (span.start > 0 and f"{doc[span.start - 1].lower_} "
                                     f"{span[0].lower_}" in state.vocab.titles)):
            # NER took the title into the name: "King Maha Vajiralongkorn", or the last word
            # of a two-word one: "Chief [Superintendent Mark Ellis]"
            span = span[1:]
        if len(span) == 0 or not state.free(span.start, span.end):
            continue
        if not any(t.text[:1].isupper() for t in span):
            continue
        if all(t.i in state.nation for t in span):
            continue  # a place the dictionaries know ("a car bomb in Kiev"), not a person
        span = _with_shared_surname(state, span)
        span = _hyphen_glued(state, span)
        earlier = _named_earlier(state, span)
        if earlier is None and len(span) >= 2 and span[0].text[:1].isupper() \
                and span[0].lower_ in state.vocab.sector_nouns:
            earlier = _named_earlier(state, span[1:])  # "Sheriff Lee" after "Kerry Lee"
        if earlier is not None and earlier.role is None and earlier.sector in (None, "CVL") \
                and any(c.dep_ == "appos" and title_head(c, titles) is not None
                        for c in children_of(span.root)):
            earlier = None  # "Ahmed Karim, Egypt's interior minister": read the title here
        if earlier is not None:
            state.add(Mention(span.start, span.end, span.start_char, span.end_char,
                              earlier.name, "person", earlier.country, earlier.sector,
                              earlier.role, "coreference",
                              f"short form of '{state.text[earlier.start_char:earlier.end_char]}' "
                              "named earlier", head=span.end - 1, code=earlier.code,
                              person=earlier.person, entity=earlier.entity))
            continue
        _titled_person(state, span, titles)


def _of_title(state: DocState, noun: Token) -> tuple[str, str, str] | None:
    """A title the parser splits at "of" ("chief of staff", "head of state"): the apposition's
    noun is "chief", its "of" object ends the title phrase."""
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None and obj.i - noun.i <= 3:
                found = find_title(state, list(state.doc[noun.i : obj.i + 1]), at_end=True)
                # the whole phrase, not its last word ("Minister of Justice" is no "justice")
                if found is not None and len(found[0].split()) == obj.i - noun.i + 1:
                    return found
    return None


def drop_products(state: DocState) -> None:
    """Pass 4b (after the organisations are known): no person is a product of a company."""
    for m in [m for m in state.mentions if m.kind == "person" and m.method != "dictionary"]:
        if _product_of_company(state, state.doc[m.start:m.end]):
            state.remove(m)


def drop_storms(state: DocState) -> None:
    """Pass 4b: a storm's given name is no actor. "Hurricane Humberto", "Typhoon Haiyan" name
    a storm, and so does the same given name alone later ("Humberto was expected to pass
    Bermuda", which the small model reads as a person); a later short form of a dropped name
    goes with it."""
    doc = state.doc
    texts, pos, storm_words = words_of(doc), pos_of(doc), state.vocab.storm_words
    names = {texts[i + 1] for i in range(len(texts) - 1)
             if texts[i] in storm_words and pos[i + 1] == "PROPN"
             and texts[i + 1][:1].isupper() and texts[i + 1] not in storm_words}
    if not names:
        return
    dropped: set[str] = set()
    for m in list(state.mentions):
        if m.method == "dictionary" or m.kind not in ("person", "organisation", "group"):
            continue
        words = [t for t in doc[m.start : m.end]
                 if t.text not in state.vocab.storm_words and t.lower_ not in ("the", "tropical")]
        if words and words[0].text in names:
            state.remove(m)
            dropped.add(m.person or m.name)
    for m in list(state.mentions):
        if m.kind == "person" and m.method == "coreference" and m.person in dropped:
            state.remove(m)


def _product_of_company(state: DocState, span: Span) -> bool:
    """Is the name a product after its maker ("an Airbus A380 Plus", "the Zentra 5 Pro")?

    A name right after a company mention, with only model numbers between, names a model of
    the company's products: the small NER model often reads its last word ("Max", "Pro") as a
    person."""
    doc = state.doc
    j = span.start - 1
    while j >= 0 and span.start - j <= 2 and any(c.isdigit() for c in doc[j].text):
        j -= 1
    if j < 0 or (j == span.start - 1 and not any(c.isdigit() for c in span.text)):
        return False  # no model number at all: "Boeing Dennis …" is not a product name
    owner = state.owner.get(j)
    return owner is not None and owner.sector == "BUS" and owner.end == j + 1


def _with_shared_surname(state: DocState, span: Span) -> Span:
    """"Jan and Piotr Kowalczyk": a lone given name joined by "and" to a full name shares its
    surname, so the two people are one mention (a group, as the no-title branch makes any name
    with "and" in it). "Jan Nowak and Piotr Kowalczyk" (two full names) stay apart."""
    doc = state.doc
    s = span.start
    if len(span) < 2 or s < 2 or doc[s - 1].lower_ not in ("and", "&"):
        return span
    given = doc[s - 2]
    if (given.pos_ != "PROPN" or not given.is_alpha or not given.text[:1].isupper()
            or given.text.isupper() or given.ent_type_ not in ("", "PERSON")
            or not state.free(s - 2, s - 1) or given.i in state.nation):
        return span
    if s >= 3 and doc[s - 3].pos_ == "PROPN" and doc[s - 3].text[:1].isupper():
        return span  # "Jan Nowak and Piotr Kowalczyk": the first has a surname of its own
    return doc[s - 2 : span.end]


def _hyphen_glued(state: DocState, span: Span) -> Span:
    """"Chan-o-cha" after "Prayuth Chan-o-cha": the small model may end a PERSON at the first
    hyphen of a hyphenated surname; the parts written with no space between them are one word
    of the name. Only a word that is a word of a person named earlier is joined, so "Trump-
    backed" or "Smith-led" stay a name and a modifier."""
    doc, end = state.doc, span.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    if end == span.end or not state.free(span.end, end):
        return span
    word = fold(doc[span.end - 1 : end].text)
    if any(word in fold(m.person).split() for m in state.mentions
           if m.kind == "person" and m.person and m.start < span.start):
        return doc[span.start : end]
    return span


def first_surname(person: str) -> str | None:
    """The first of two surnames, folded: "rossello" of "Ricardo Rosselló Nevares".

    Spanish names end in the father's surname and then the mother's, and the press shortens
    them to the first ("Rosselló", "López"); so a name of three or more words may be named
    later by its next-to-last word. Particles and initials ("bin", "de", "G.") are no surname.
    """
    words = person.split()
    if len(words) < 3:
        return None
    word = words[-2]
    if len(word) < 3 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    return fold(word)


def _named_earlier(state: DocState, span: Span) -> Mention | None:
    """An earlier person whose surname (or full name) this name is ("Wronski"); failing that,
    the one earlier person whose first surname it is ("Rosselló" after "Ricardo Rosselló
    Nevares"), then the one earlier person whose given name it is ("Brenton" after "Brenton
    Tarrant"; two people of that given name give nothing)."""
    text = fold(span.text)  # "Pinera" after "Sebastián Piñera": compared unaccented
    size = len(text.split())  # words, not tokens: "Chan-o-cha" is one word of five tokens
    best = None
    by_given: dict[str, Mention] = {}
    by_first_surname: dict[str, Mention] = {}
    for m in state.mentions:
        if m.kind != "person" or not m.person or m.start >= span.start:
            continue
        words = fold(m.person).split()
        # the full name, its surname, or its last words ("van Biljon" of "Leon van Biljon")
        same = " ".join(words) == text or (size < len(words)
                                           and " ".join(words[-size:]) == text)
        if same and (best is None or m.start < best.start):
            best = m
        if size != 1:
            continue
        key = m.entity or m.person
        for table, hit in ((by_given, len(words) > 1 and words[0] == text),
                           (by_first_surname, first_surname(m.person) == text)):
            if hit and (key not in table or m.start < table[key].start):
                table[key] = m
    if best is None and len(by_first_surname) == 1 and span[0].pos_ == "PROPN":
        best = next(iter(by_first_surname.values()))
    if best is None and len(by_given) == 1 and span[0].pos_ == "PROPN":
        best = next(iter(by_given.values()))
    return best


#: Bodies whose spokespeople and officials are theirs, not the government's: the sectors a
#: common noun before a bare government title gives it (bare_titles.py), for a named person too
#: ("Union leader X" LAB, "Church leader Y" REL, "Hospital director Z" HLH).
TITLE_BODIES = frozenset({"MIL", "COP", "SPY", "JUD", "LEG", "HLH", "EDU", "REL", "LAB"})
_SPEAKING_BODIES = TITLE_BODIES

#: Prepositions whose object is where someone is or comes from ("residents of Kot Addu").
_PLACE_PREPOSITIONS = _LOCATIVE | {"of", "from", "to"}


def _town_named_like_a_person(state: DocState, span: Span) -> bool:
    """Is an untitled PERSON name after "in/of/from …" a place the gazetteer knows ("residents
    of Kot Addu", "a rally in Ghazni")? Then its country marks the name's last token, so the
    people around it are placed there (generic.py), and no person is made of it."""
    from ..places.gazetteer import gazetteer

    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _PLACE_PREPOSITIONS:
        return False
    entry = gazetteer().lookup(span.text)
    if entry is None or not entry.country or entry.kind == "continent":
        return False
    state.nation[span.end - 1] = (entry.country, "place")
    return True


def _titled_person(state: DocState, span: Span, titles: frozenset[str]) -> None:
    doc = state.doc
    ships = state.vocab.ship_prefixes
    if any(w in ships for w in words_of(doc)[max(0, span.start - 1) : span.end]):
        return  # "the USS Ronald Reagan": a ship named after a person, no actor
    root = name_root(span)
    start, former = expand_left(state, span.start, titles)
    prefix = list(doc[start : span.start])
    title = find_title(state, prefix)
    nation = nation_of(state, prefix) if title else None
    method, how = "apposition", "title before the name"
    mention_start = start
    related: Mention | None = nation[2] if nation else None
    title_noun: Token | None = None
    if title is None or nation is None:
        # Apposition either way: "<title NP>, <name>" or "<name>, <title NP>".
        heads = []
        if root.dep_ == "appos":
            heads.append(title_head(root.head, titles) or root.head)
        heads += [c for c in children_of(root) if c.dep_ == "appos"]
        for noun in heads:
            found = _of_title(state, noun) or find_title(
                state, [t for t in noun.subtree if t.i <= noun.i][-3:])
            if found is None:
                continue
            mods = [t for t in noun.subtree if not (span.start <= t.i < span.end)]
            found_nation = nation_of(state, mods)
            if found_nation is None and title is not None:
                continue
            if found[1] in _FORMER_ABLE and any(t.lower_ in state.vocab.former
                                                for t in noun.lefts):
                # "Professor X, a former adviser to the Kenyan government", "X, a former army
                # general": no longer in office, so a former official (ELI) whose country the
                # phrase or the context gives, never the office itself
                former = True
            title, nation = found, found_nation
            related = found_nation[2] if found_nation else None
            how = f"apposition '{noun.text}'"
            title_noun = noun
            if noun.i < span.start:
                mention_start = _with_determiner(doc, noun.left_edge.i)
            break
    name = span.text
    if title is None and _town_named_like_a_person(state, span):
        return  # "residents of Kot Addu": a town the small model took for a person
    # "Jan and Piotr Kowalczyk": the model's PERSON is the full name after the "and"
    core = next((span[k + 1 :] for k, t in enumerate(span) if t.lower_ in ("and", "&")), span)
    if title is None and not private_person(core, _LOCATIVE):
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, name, "person",
                          None, None, None, "unresolved",
                          "a name the NER model found where a place may be meant; no title "
                          "or apposition ties it to a known actor", head=span.end - 1,
                          person=name))
        return
    if title is None:
        # No office: a private person (eyewitness, victim, suspect), CVL of the country the
        # context shows (generic.py); the reason keeps what was tried.
        # "Tomasz and Marek Kowal": two people under one name, a group
        kind: ActorKind = "group" if any(t.lower_ in ("and", "&") for t in span) else "person"
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, name, kind,
                          None, "CVL", None, "unresolved",
                          "person not in the leaders table, and no title or apposition ties them "
                          "to a known actor: a private person", head=span.end - 1, person=name,
                          code="CVL", generic=True))
        return
    phrase, sector, role = title
    if sector == "MIL" and any(t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")
                               and state.vocab.sector_nouns.get(t.lower_) == "COP"
                               for t in prefix):
        sector = "COP"  # "Police Colonel X": a police rank, not the army's
    if sector == "GOV":
        # "Police spokesman X", "Army spokesman X": the body a common noun names before the
        # title is whose title it is, as for a bare "a police spokesman" (bare_titles.py); so is
        # the body an apposition's title is "for/of" ("X, a spokeswoman for the police")
        words = [t for t in prefix if t.dep_ == "compound"]
        if title_noun is not None:
            words += body_words(title_noun)
        for tok in words:
            body = state.vocab.sector_nouns.get(tok.lower_) if tok.pos_ in ("NOUN", "PROPN") \
                else None
            if body in _SPEAKING_BODIES:
                sector = body
            elif (body == "PTY" and tok.text == "Party" and tok.i > 0
                  and doc[tok.i - 1].text[:1].isupper()):
                # "Libertarian Party Vice Chairman X", "Green Party leader Y": a named party's
                # office, not the government's (parties.guard_parties decides PTY or OPP)
                sector = "PTY"
    # "Ethiopian Airlines CEO X", "German professor X": a nationality on the title itself, or a
    # body of the title's own sector, makes the person that country's BUS/EDU/MED (the guide's
    # "business people, executives", "academics"); a place nearby ("an analyst at a Berlin
    # think tank") still does not
    employer = nation is not None and (
        (related is not None and related.kind != "state" and related.sector == sector)
        or (related is None and nation[1].startswith("demonym")))
    if (sector in _NON_POLITICAL and phrase in state.vocab.polity_titles
            and related is not None and related.kind == "state"):
        # "Hong Kong Chief Executive X", "the chief executive of Hong Kong": the polity's own
        # name on a title Phoenix codes GOV is its office, not a company's
        sector = "GOV"
    if sector in _NON_POLITICAL and nation is not None and not employer:
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, name, "person",
                          None, None, role, "unresolved",
                          f"title '{phrase}' is not an office ({sector}); a place or country "
                          "nearby does not make the person its actor", head=span.end - 1,
                          person=name))
        return
    if nation is None:
        # "Senator Lindsey Graham" with no country in the phrase: the sector is known, the
        # country may come from the context (generic.py), as for a bare "the senator"
        placeable = sector in _PLACEABLE_TITLES and not former
        if (sector == "GOV" and phrase in state.vocab.body_titles and not former
                and not _names_a_body(state, prefix, title_noun)):
            # "director Alfred Hitchcock": a title that is an office only of the body it
            # heads, with none named, is no government office: a private person
            sector, placeable = "CVL", True
        if former and sector in _FORMER_ABLE:
            # "Former President Richard Nixon" in a US story: a former official (ELI), coded by
            # the country alone (annotation guide), which the context gives as for any title
            sector, role, placeable = "ELI", f"former {role}", True
        state.add(Mention(start, span.end, doc[start].idx, span.end_char, name, "person", None,
                          sector, role, "unresolved",
                          f"title '{phrase}' ({how}) but no country or organisation in context",
                          head=span.end - 1, person=name,
                          code=sector if placeable and sector != "ELI" else None,
                          generic=placeable, name_start=span.start))
        return
    country, found_by, _ = nation
    if (sector == "GOV" and phrase in state.vocab.body_titles and found_by.startswith("demonym")
            and not former and not _names_a_body(state, prefix, title_noun)):
        sector = "CVL"  # "Canadian director Lara Finch": a nationality is no body either
    if former:
        sector, role = "ELI", f"former {role}"
    if related is not None and related.sector == "IGO":
        sector = "IGO"
    if related is not None and related.kind == "group" and related.sector:
        sector = related.sector  # "a Hamas commander" is Hamas (REB), whatever the title
    elif (related is not None and related.kind != "person" and sector == "GOV"
          and related.sector in ("MIL", "COP", "SPY", "LEG", "JUD")):
        sector = related.sector  # "chairman of the Joint Chiefs of Staff" is military
    m = Mention(mention_start, span.end, doc[mention_start].idx, span.end_char, name, "person",
                country, sector, role, method,
                f"{how}: title '{phrase}' with {found_by} → {country}{sector}",
                head=span.end - 1, person=name)
    if related is not None and related.code and related.sector == "IGO":
        m.code = related.code
    if related is not None and related.default_reading:
        state.members.append((m, related))
    # Keep the related actor's own mention (Duda in "Duda's advisor ..., Kolarski").
    keep = [related] if related is not None else []
    _add_overlapping(state, m, keep)


def follow_institutions(state: DocState) -> None:
    """After the context placed the institutions many countries have ("the Senate" in a story
    about Kenya is Kenya's), a person whose title named one ("Senate Speaker X", read in pass 2
    by the US default) moves with it: the Kenyan Senate's speaker."""
    for person, body in state.members:
        if body.method == "context" and body.country != person.country \
                and person in state.mentions:
            old = person.actor_code()
            person.country, person.entity = body.country, None
            person.reason += (f"; '{body.name}' is the {body.country} one here → "
                              f"{person.actor_code()} (not {old})")


def body_words(noun: Token) -> list[Token]:
    """The words naming whose a title noun is: its compound or possessor ("a police
    spokesman", "the army's spokesman") and the "for/of" object with its compounds ("a
    spokeswoman for the police department"). The object must be a determined noun phrase: a
    body, not the field of a portfolio ("Minister of Justice" is a government office)."""
    words = [c for c in noun.lefts if c.dep_ in ("compound", "poss")]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and any(c.dep_ in ("det", "poss") for c in obj.lefts):
                    words += [obj, *(c for c in obj.lefts if c.dep_ == "compound")]
    return words


def relink_first_surnames(state: DocState) -> None:
    """Pass 3b: a lone first surname read as a private person before its full name was coded
    ("Ricardo Rosselló Nevares, Puerto Rico's governor, …" the small model labels ORG, so the
    titled-person pass met the later "Rosselló" first): it is that person, office and all, and
    so are its own short forms."""
    for m in [m for m in state.mentions if m.kind == "person" and m.end - m.start == 1
              and m.person is not None and " " not in m.person
              and m.method in ("unresolved", "context") and m.sector in (None, "CVL")]:
        if m not in state.mentions:
            continue
        word = fold(m.person)
        named = {(p.entity or p.person): p for p in state.mentions
                 if p.kind == "person" and p.person and p.start < m.start
                 and first_surname(p.person) == word}
        if len(named) != 1:
            continue
        full = next(iter(named.values()))
        if full.sector in (None, "CVL"):
            continue  # nothing to carry: the context codes the short form as it is
        for short in [s for s in state.mentions if s.kind == "person" and s.person == m.person
                      and s.start >= m.start and s.end - s.start == 1]:
            short.country, short.sector, short.role, short.code = \
                full.country, full.sector, full.role, full.code
            short.person, short.entity, short.method, short.generic = \
                full.person, full.entity, "coreference", False
            short.reason = f"first surname of '{full.person}' named earlier"


def retry_titled(state: DocState, titles: frozenset[str]) -> None:
    """Pass 3 found institutions pass 2 could not see ("The Nigerian Senate passed the bill.
    Its president, Ahmad Lawan, …"): try the titled people left without a country again."""
    for m in [m for m in state.mentions if m.name_start is not None and m.country is None]:
        state.remove(m)
        before = len(state.mentions)
        _titled_person(state, state.doc[m.name_start : m.end], titles)
        if len(state.mentions) == before:
            state.add(m)


def _add_overlapping(state: DocState, mention: Mention, keep: list[Mention]) -> None:
    """Add a mention that may contain another actor's mention that must survive."""
    kept = [k for k in keep if k in state.mentions]
    for k in kept:
        state.remove(k)
    state.add(mention)
    for k in kept:
        state.mentions.append(k)
        for i in range(k.start, k.end):
            state.owner[i] = k


def _names_a_body(state: DocState, prefix: list[Token], title_noun: Token | None) -> bool:
    """Whether a word before the title or in its apposition names the body it heads: a
    proper noun ("FBI Director X") or a sector or institution noun ("Agency director X",
    "X, director of the museum")."""
    vocab = state.vocab
    words = [t for t in prefix if t.lower_ not in vocab.title_words
             and t.lower_ not in vocab.former and t.pos_ not in ("DET", "PUNCT")]
    if title_noun is not None:
        words += [t for t in title_noun.subtree if t.i != title_noun.i]
    return any(t.pos_ == "PROPN" or t.lower_ in vocab.sector_nouns
               or t.lower_ in vocab.institution_heads for t in words)
