"""Pass 1 and 2 of actor resolution: dictionary matches, then people tied to actors by a title.

Pass 1 turns each dictionary match into a mention: a leader coded by the publication date (with
title and nationality words before the name in the mention), an outlet as media, a seat of
government or capital as a metonym, an IGO with its CAMEO code, a university with its own country
(:mod:`.institutions`), a country as the state; pass 3 places nationality adjectives.

Pass 2 looks at people the dictionaries do not know. A person gets an office only when a title
or an apposition ties them to a known actor ("Duda's advisor on international affairs, Wojciech
Kolarski" → POLGOV, role adviser); a title with no country takes the story's country later
(generic.py); a name with no title is a private person (CVL), placed the same way.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Token

from ..nlp.shared import children_of, starts_of, words_of
from ..records import ActorKind
from . import leaders as _leaders
from .matching import Match
from .mentions import DocState, Mention
from .senses import (
    POSTED_TITLES,
    acts,
    counted,
    ends_longer_name,
    not_political,
    outlet_context,
    part_of_longer_name,
    part_of_person_name,
)
from .vocab import ABBREV_NOTE, Entry, GroupPeriod, normalise

#: Title sectors a named person may take from context when nothing names their country
#: ("Senator Lindsey Graham", "Health Minister X" in a US or Russian story: the office is held
#: where the story happens, as the annotation guide codes it; "activist X" is a private person
#: placed the same way; "Professor X", "CEO X" are the guide's EDU and BUS, placed by the steps
#: their sector allows in ``sectors.yaml``).
_PLACEABLE_TITLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY", "SPY", "REL", "LAB",
                               "CVL", "EDU", "BUS", "MED", "HLH"})
#: Which entry wins when one phrase has several readings.
_PRIORITY = ("leader", "media", "group", "igo", "metonym", "institution", "country", "capital",
             "demonym")
#: Prepositions after which a capital is a place, not an actor ("talks in Moscow").
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "into",
                       "throughout", "over", "toward", "towards", "via", "through", "within",
                       "beyond", "above", "under", "between"})
#: Nouns after a leader's name that make the phrase the government ("the Biden administration").
ADMIN_NOUNS = frozenset({"administration", "government", "cabinet", "presidency", "regime"})
#: Offices a "former" before the title ends: the holder is no longer that body's actor.
_FORMER_ABLE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Titles that describe a job, not an office: a nationality near them codes nothing.
_NON_POLITICAL = frozenset({"EDU", "MED", "BUS", "CVL"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DETERMINERS = frozenset({"the"})
#: How a reason names an igos.csv entry by its sector.
_IGO_KINDS = {"NGO": "international NGO"}


def _pick(entries: tuple[Entry, ...]) -> Entry:
    return min(entries, key=lambda e: _PRIORITY.index(e.type))


def title_words(state: DocState) -> frozenset[str]:
    """Every word that occurs in a title phrase (for walking left over "Foreign Minister")."""
    return state.vocab.title_words


def _with_determiner(doc: Doc, start: int) -> int:
    if start > 0 and doc[start - 1].lower_ in _DETERMINERS:
        return start - 1
    return start


def expand_left(state: DocState, start: int, titles: frozenset[str]) -> tuple[int, bool]:
    """Start of a person mention once title, nationality and "former" words before the name are
    included ("Poland's President Andrzej Duda", "former Secretary of State Mike Pompeo");
    also whether the text calls the person "former"."""
    doc = state.doc
    sent_start = state.sent_of(start).start
    i = start - 1
    former = False
    new_start = start
    while i >= sent_start:
        tok = doc[i]
        low = tok.lower_
        if low in state.vocab.former or low.rstrip("-") in state.vocab.former:
            former = True
            new_start = i
        elif _prefix_word(state, i, sent_start, new_start, titles):
            new_start = i
        else:
            break
        i -= 1
    if new_start < start:
        new_start = _with_determiner(doc, new_start)
    return new_start, former


def _prefix_word(state: DocState, i: int, sent_start: int, new_start: int,
                 titles: frozenset[str]) -> bool:
    """May token ``i`` belong to the title-and-nationality prefix of a name?"""
    doc = state.doc
    low = doc[i].lower_
    if low in titles or low in state.vocab.honorifics or i in state.nation:
        return True
    if low in state.vocab.sector_nouns and doc[i].text[:1].isupper():
        return True  # "Foreign Ministry spokesman", "Kremlin spokesman"
    if low in state.vocab.sector_nouns and doc[i].dep_ == "compound" \
            and doc[i].head.lower_ in titles:
        return True  # "Polish government spokesman X", "police spokesman X"
    if (new_start == i + 1 and doc[i].dep_ == "compound" and doc[i].text[:1].isupper()
            and (not doc[i].ent_type_ or _nationality_org(state, i))
            and doc[i].head.lower_ in titles):
        # "Russian Emergencies Minister X": a portfolio word the titles lack
        return True
    body = state.mention_at(doc[i])
    if body is not None and body.kind == "organisation" and body.sector == "IGO":
        return True  # "U.N. mediator X", "Arab League Secretary-General X": the IGO's office
    if low == "of":
        return i - 1 >= sent_start and doc[i - 1].lower_ in titles
    if low in _POSSESSIVE:
        return i - 1 >= sent_start and ((i - 1) in state.nation or doc[i - 1].lower_ in titles)
    if low == "to" or (low == "the" and i - 1 >= sent_start and doc[i - 1].lower_ == "to"):
        # "US Ambassador to Germany Richard Grenell": the post's destination is in the prefix
        k = i - 1 if low == "to" else i - 2
        return k >= sent_start and doc[k].lower_ in POSTED_TITLES
    return low == "-" and new_start == i + 1


def _nationality_org(state: DocState, i: int) -> bool:
    """Is token ``i`` the last word of an ORG entity that is only a nationality and capitalised
    portfolio words ("Kenyan Sports" in "Kenyan Sports Minister X")? The small model tags such
    a prefix ORG; it is no organisation but the title's country and portfolio."""
    doc = state.doc
    tok = doc[i]
    if tok.ent_type_ != "ORG" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start in state.nation and state.nation[start][1].startswith("demonym") and all(
        t.text[:1].isupper() and t.dep_ == "compound" for t in doc[start + 1 : i + 1])


def from_match(state: DocState, match: Match, titles: frozenset[str]) -> None:
    """Pass 1: one dictionary match to a mention (or a nationality note for pass 3)."""
    doc = state.doc
    entry = _pick(match.entries)
    if not match_owns(match, doc):
        _sub_token(state, match, entry)
        return
    start, end = match.start, match.end
    if entry.type in ("igo", "metonym") and _inside_longer_name(state, match, entry):
        if entry.type == "igo" and entry.sector == "NGO":
            from .namesakes import national_branch

            national_branch(state, match, entry)
        return
    if entry.type in ("metonym", "capital", "country", "igo") and _dateline(state, match):
        return  # "BRUSSELS —", "KYIV, Ukraine (AP) —": where the story was filed
    if entry.type in ("country", "capital", "demonym") and _inside_place(state, match):
        return  # "New Mexico", "Mexico City" … : the longer place, not the country
    if entry.type == "leader":
        _leader(state, match, entry, titles)
    elif entry.type == "media":
        if part_of_longer_name(doc, match):
            return  # "The Independent National Electoral Commission" is no newspaper
        if part_of_person_name(state, match):
            return  # "Atlantic City Mayor Don Guardian", "Senator Fox": a person
        bare = doc[start:end].text.lower().removeprefix("the ")
        if bare in state.vocab.outlets_needing_context and (
                not outlet_context(state, start, end) or ends_longer_name(doc, match)):
            # "the Atlantic" hurricane season: an ocean, not the magazine; "the Hindustan
            # Times" is another paper than "the Times"
            return
        outlet = _simple(state, _with_determiner(doc, start), end, entry.name, "media",
                         entry.country, "MED", "dictionary",
                         f"news outlet '{entry.name}' (media.csv): a channel, never a political "
                         "actor")
        if entry.country is None:
            outlet.code = "MED"  # an outlet of no one country ("Wikinews"): the sector alone
        choices = {(e.name, e.country) for e in match.entries if e.type == "media" and e.country}
        if len({c for _, c in choices}) > 1:
            outlet.outlet_choices = tuple(sorted(choices))
        state.add(outlet)
    elif entry.type == "group":
        _group(state, match, entry)
    elif entry.type == "igo":
        if entry.note == ABBREV_NOTE and _in_longer_entity(doc, start):
            return  # "the DPKO Fund": a longer name the NER reading codes
        m = _simple(state, _with_determiner(doc, start), end, entry.name, "organisation",
                    entry.country, entry.sector, "dictionary",
                    f"{_IGO_KINDS.get(entry.sector or '', 'intergovernmental organisation')} "
                    f"'{entry.name}' "
                    f"({'international.csv' if entry.note == ABBREV_NOTE else 'igos.csv'}), "
                    f"code {entry.key}")
        m.code = entry.key
        state.add(m)
    elif entry.type == "metonym":
        state.nation[end - 1] = (entry.country or "", "metonym")
        last = doc[end - 1]
        if last.dep_ == "pobj" and not acts(last, state.vocab.motion_verbs) and \
                last.head.lower_ in _LOCATIVE | {"to", "from"}:
            return  # "a car bomb in Kiev", "a protest outside the White House": a place
        kind = "state" if entry.sector == "GOV" and not entry.agency else "organisation"
        if entry.sector == "IGO":
            kind = "organisation"
        m = _simple(state, _with_determiner(doc, start), end, entry.name, kind, entry.country,
                    entry.sector, "metonymy",
                    f"'{entry.name}' stands for {entry.note or entry.country}"
                    f" → {entry.country}{entry.sector}")
        if entry.sector == "IGO":
            m.code = entry.country
        m.default_reading = "default reading" in entry.note
        state.add(m)
    elif entry.type == "institution":  # "Deakin University" (institutions.csv): its own country
        from .institutions import named_institution
        named_institution(state, match, entry)
    elif entry.type == "capital":
        _capital(state, match, entry)
    elif entry.type == "country":
        _country(state, match, entry)
    elif entry.type == "demonym":
        _demonym(state, match, entry)


def _in_longer_entity(doc: Doc, i: int) -> bool:
    """Is token ``i`` part of a named entity longer than itself?"""
    tok = doc[i]
    return tok.ent_iob_ == "I" or (tok.ent_iob_ == "B" and i + 1 < len(doc)
                                   and doc[i + 1].ent_iob_ == "I")


def _inside_longer_name(state: DocState, match: Match, entry: Entry) -> bool:
    """Is a multi-word institution name part of another country's body ("National Security
    Council", "Russia's Security Council", "Russian Supreme Court")?"""
    doc = state.doc
    if match.start == 0:
        return False
    prev = doc[match.start - 1]
    if prev.lower_ in _POSSESSIVE and match.start >= 2:
        prev = doc[match.start - 2]
    nation = state.nation.get(prev.i)
    if nation is not None:
        # "the Nigerian Senate", "Russia's Security Council": another country's body, which
        # pass 3 codes by that nationality (NGALEG), never the default reading (USALEG).
        return nation[0] != entry.country
    if match.end - match.start < 2 or prev.lower_ == "the":
        return False
    first_in_sentence = prev.i == state.sent_of(prev.i).start
    return (prev.text[:1].isupper() and not first_in_sentence
            and prev.dep_ in ("compound", "amod") and match.start <= prev.head.i < match.end)


def _inside_place(state: DocState, match: Match) -> bool:
    """Is a country name part of a longer place name the gazetteer knows ("New Mexico", "New
    Jersey")? Then the place's own country marks the token (a "New Mexico governor" is of the
    USA), and the country itself is not mentioned."""
    from ..places import places_of

    for place in places_of(state.doc):
        if place.start > match.start_char:
            break
        if place.end >= match.end_char and (place.start, place.end) != (match.start_char,
                                                                          match.end_char):
            if place.country and place.country != match.entries[0].country:
                state.nation[match.end - 1] = (place.country, "place")
                return True
            return False
    return False


def match_owns(match: Match, doc: Doc) -> bool:
    """The match starts and ends on token boundaries (read from the offset and word columns,
    not two ``Token`` objects)."""
    starts, words = starts_of(doc), words_of(doc)
    return (match.start_char == starts[match.start]
            and match.end_char == starts[match.end - 1] + len(words[match.end - 1]))


def _simple(state: DocState, start: int, end: int, name: str, kind: str, country: str | None,
            sector: str | None, method: str, reason: str) -> Mention:
    doc = state.doc
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, name, cast(ActorKind, kind),
                   country, sector, None, method, reason, head=end - 1)


def _sub_token(state: DocState, match: Match, entry: Entry) -> None:
    """A country or IGO inside a hyphenated token ("U.S.-PRC relationship")."""
    text = state.text[match.start_char : match.end_char]
    kind: ActorKind = "organisation" if entry.type == "igo" else "state"
    code = entry.key if entry.type == "igo" else entry.country
    m = Mention(match.start, match.end, match.start_char, match.end_char, entry.name, kind,
                entry.country, entry.sector if entry.type == "igo" else None, None, "dictionary",
                f"'{text}' inside the compound '{state.doc[match.start].text}' names "
                f"{entry.name}", head=match.start, code=code, owns=False)
    state.add(m)


def _leader(state: DocState, match: Match, entry: Entry, titles: frozenset[str]) -> None:
    doc = state.doc
    person = _leaders.load().people[entry.key]
    start, end = match.start, match.end
    if start > 0 and doc[start - 1].text in state.vocab.ship_prefixes:
        return  # "USS Ronald Reagan", "USS Gerald R. Ford": a ship named after the leader
    from .namesakes import out_of_date, someone_else

    if someone_else(state, match, person, titles) or out_of_date(state, match, person, titles):
        return  # "Paul Kihara" is not Minoru Kihara, "Ivanka Trump" not Donald Trump
    if end < len(doc) and doc[end].lower_ in ADMIN_NOUNS:
        country = next((t.country for t in person.terms if t.sector != "IGO"),
                       person.terms[0].country)
        noun = doc[end].lower_
        m = _simple(state, _with_determiner(doc, start), end + 1,
                    f"{doc[start:end].text} {noun}", "organisation", country, "GOV", "dictionary",
                    f"'{doc[start:end].text} {noun}' names the government of {country} led by "
                    f"{person.name}")
        m.head = end
        state.add(m)
        return
    new_start, former = expand_left(state, start, titles)
    status = _leaders.status(person, state.published, former=former)
    sector, role, reason = status.sector, status.role, status.reason
    title = find_title(state, list(doc[new_start:start])) if new_start < start else None
    if title is not None and not status.in_office and title[1] not in ("GOV", "IGO"):
        # "Opposition leader Yair Lapid": the text's own title says what he is now.
        sector, role = title[1], title[2]
        reason = f"{reason}; the text calls him/her '{title[0]}' → {status.country}{sector}"
    home = status.country
    office = None if former else _igo_office(state, person, list(doc[new_start:start]), title)
    if office is not None and (office.country, office.sector) != (home, sector):
        # "NATO Secretary General Jens Stoltenberg": the text names the IGO office he holds in
        # the story, whatever office the table gives for the day (the guide: the office held
        # at the time of the article)
        home, sector, role = office.country, "IGO", office.office
        reason = f"{reason}; the text names his/her office '{office.office}' → {home}"
    m = Mention(new_start, end, doc[new_start].idx, match.end_char, person.name, "person",
                home, sector, role, "dictionary", reason, head=end - 1, person=person.name)
    if sector == "IGO":
        m.code = home
    state.add(m)


def _igo_office(state: DocState, person: _leaders.Person, prefix: list[Token],
                title: tuple[str, str, str] | None) -> _leaders.Term | None:
    """The person's IGO term that the words before the name point to: an IGO named there
    ("NATO Secretary General", "U.N. envoy"), else an IGO-only title ("Secretary-General")."""
    igo_terms = [t for t in person.terms if t.sector == "IGO"]
    if not igo_terms:
        return None
    for tok in prefix:
        body = state.mention_at(tok)
        if body is not None and body.sector == "IGO":
            code = body.code or body.country
            return next((t for t in reversed(igo_terms) if t.country == code), None)
    if title is not None and title[1] == "IGO":
        return igo_terms[-1]
    return None


#: Phoenix's country code for international militarised groups.
_TRANSNATIONAL = "IMG"


def _group(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    periods = state.vocab.groups.get(entry.key, [])
    day = state.published.isoformat() if state.published else None
    chosen = periods[-1] if periods else None
    when = ""
    if day is None:
        chosen, when = _undated_period(state, match, periods)
    else:
        for period in periods:
            if (not period.start or period.start <= day) and (not period.end
                                                               or day < period.end):
                chosen = period
                break
    country = chosen.country if chosen else entry.country
    sector = chosen.sector if chosen else entry.sector
    # A transnational group (Phoenix's IMG: Islamic State, al-Qaeda) has no country of its own:
    # the annotation guide codes an actor with no country by its sector alone; the country
    # field keeps IMG, PLOVER's code for international militarised groups.
    transnational = country == _TRANSNATIONAL
    m = _simple(state, _with_determiner(doc, match.start), match.end, entry.name, "group",
                country, sector, "dictionary",
                f"armed/political group '{entry.name}' (groups.csv) → "
                f"{sector if transnational else f'{country}{sector}'}{when}")
    if transnational:
        m.code = sector
    # "Hamas", "the Taliban" name an organisation; "Houthi rebels", "Hamas fighters" its people
    last = doc[match.end - 1]
    m.named_group = not (last.pos_ == "NOUN" and last.tag_ == "NNS")
    state.add(m)


#: Dependencies through which a group's name modifies a noun: "the Taliban government",
#: "the Taliban's ministry", "the Taliban-led government" (npadvmod, then amod).
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})


def _undated_period(state: DocState, match: Match, periods: list[GroupPeriod]
                    ) -> tuple[GroupPeriod | None, str]:
    """Without a publication date, which period of a group whose role changed? The name alone
    is the armed movement (CAMEO/Phoenix code the Taliban AFGREB; a short undated text about
    an ambush is no government's act); only a governing noun it modifies ("the Taliban
    government", "under Taliban rule", ``governing_nouns``) makes it the governing period."""
    if len({p.sector for p in periods}) < 2:
        return (periods[-1] if periods else None), " (no publication date: latest period)"
    governing = [p for p in periods if p.sector == "GOV"]
    other = [p for p in periods if p.sector != "GOV"]
    name = state.doc[match.end - 1].lower_
    # any mention of the name in the article decides for all ("Life under Taliban rule …
    # The Taliban closed the salons"): one article, one period
    for mention in (t for t in state.doc if t.lower_ == name):
        noun = _governing_noun(state, mention)
        if governing and noun is not None:
            return governing[-1], (f" (no publication date; '{name} … {noun.text}' makes it "
                                   "the governing period)")
    if other:
        return other[0], " (no publication date and no governing noun: the non-state period)"
    return periods[-1], " (no publication date: latest period)"


def _governing_noun(state: DocState, token: Token) -> Token | None:
    """The governing noun a group's name modifies ("the Taliban government"), if any."""
    for _ in range(3):
        if token.dep_ not in _MODIFIER_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if (token.lower_ in state.vocab.governing_nouns
                or token.lemma_.lower() in state.vocab.governing_nouns):
            return token
    return None


def _capital(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    first, last = doc[match.start], doc[match.end - 1]
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
        return  # "George Washington"
    if last.dep_ == "compound" and last.head.i >= match.end and last.head.pos_ == "PROPN":
        return  # "Washington state", "Moscow Oblast"
    if _nation_modifier_only(last):
        state.nation[match.end - 1] = (entry.country or "", "capital")
        return
    if not acts(last, state.vocab.motion_verbs):
        if last.dep_ == "poss":
            state.nation[match.end - 1] = (entry.country or "", "capital")  # "Moscow's envoy"
        return  # "talks in Moscow", "flown to Moscow", "the capital, Tunis": a place
    if not_political(state, last):
        return  # "Washington beat Boston 4-2": a team, not a government
    state.nation[match.end - 1] = (entry.country or "", "capital")
    state.add(_simple(state, match.start, match.end, entry.name, "state", entry.country, "GOV",
                      "metonymy",
                      f"capital '{entry.name}' used as an actor stands for the government of "
                      f"{entry.country} → {entry.country}GOV"))


def _dateline(state: DocState, match: Match) -> bool:
    """An all-caps place at the start of a sentence followed by a comma: a dateline."""
    doc = state.doc
    first = doc[match.start]
    sent_start = state.sent_of(match.start).start
    return (match.start - sent_start <= 1 and first.text.isupper() and len(first.text) > 2
            and match.end < len(doc) and doc[match.end].text in (",", "(", "—", "-", "–"))


def _nation_modifier_only(token: Token) -> bool:
    """A country word that only modifies a following noun ("U.S. troops", "Russia's army"):
    pass 3 builds the mention around the noun, so pass 1 only records the nationality."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i


def _country(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    last = doc[match.end - 1]
    state.nation[match.end - 1] = (entry.country or "", "country")
    if (last.dep_ == "compound" and last.head.i >= match.end and last.head.pos_ == "PROPN"
            and last.head.lower_ not in state.vocab.sector_nouns
            and last.head.lower_ not in state.vocab.titles
            and doc[match.end].text[:1].isupper() and doc[match.end].i == last.head.i
            and last.head.ent_type_ not in ("PERSON",)):
        return  # "South China Sea", "Mexico City": part of a place name
    state.add(_simple(state, _with_determiner(doc, match.start) if entry.surface.lower()
                      .startswith("the ") else match.start, match.end, entry.name, "state",
                      entry.country, None, "dictionary",
                      f"country name '{doc[match.start:match.end].text}' → the state "
                      f"{entry.country}"))


def _demonym(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    last = doc[match.end - 1]
    state.nation[match.end - 1] = (entry.country or "", "demonym")
    plural_people = last.tag_ in ("NNS", "NNPS") or (
        last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and last.pos_ in ("PROPN",
                                                                                        "NOUN"))
    if plural_people and last.dep_ not in ("amod", "compound"):
        home = residence(state, match, entry.country or "")
        if home is not None:
            country, why = home
            state.add(_simple(state, _with_determiner(doc, match.start - (why == "demonym")),
                              match.end, entry.name, "group", country, None, "dictionary",
                              f"'{last.text}' {'of' if why == 'demonym' else 'living in'} "
                              f"{country}: an ethnic group is coded with the country it lives "
                              f"in (CAMEO/PLOVER) → {country}"))
            return
        if counted(last) or _described(state, last, match.start):
            # "Thousands of Serbians", "two Americans", "young Algerians": people, not the state
            state.add(_simple(state, match.start, match.end, entry.name, "group",
                              entry.country, "CVL", "dictionary",
                              f"counted or described people '{last.text}' are civilians of "
                              f"{entry.country} → {entry.country}CVL"))
            return
        state.add(_simple(state, _with_determiner(doc, match.start), match.end,
                          entry.name, "state", entry.country, None, "dictionary",
                          f"people noun '{last.text}' stands for the state {entry.country}"))


def _described(state: DocState, last: Token, start: int) -> bool:
    """A people noun with a describing adjective of its own ("young Algerians", "ordinary
    Iranians", "angry Greeks") names people, not the state: a state is not young or angry.
    A nationality or "ethnic" before it is no description (see :func:`residence`)."""
    sent_start = state.sent_of(last.i).start
    return any(
        c.i < start and c.i not in state.nation and c.lower_ != "ethnic"
        and _country_of(state, c, ("demonym", "country")) is None
        and ((c.dep_ == "amod" and c.pos_ == "ADJ")
             # sentence-initial, capitalised by position only ("Young Algerians blocked …")
             or (c.i == sent_start and c.dep_ == "compound" and not c.ent_type_
                 and c.text.istitle()))
        for c in children_of(last))


def _country_of(state: DocState, tok: Token, types: tuple[str, ...]) -> str | None:
    """The country a single word names as one of ``types`` ("Bosnian" → BIH), else None."""
    for e in state.vocab.phrases.get(normalise(tok.text), ()):
        if e.type in types and e.country:
            return e.country
    return None


def residence(state: DocState, match: Match, own: str) -> tuple[str, str] | None:
    """Where an ethnic group named by a people noun lives, when the text says so: a nationality
    before it ("Bosnian Serbs", "Kosovar Albanians" → ("BIH", "demonym")) or, for "ethnic X",
    the country the clause places them in ("ethnic Albanians in south Serbia" → ("SRB", "in")).

    CAMEO codes ethnic and sub-state groups with their country of residence (actor codebook:
    BIHSRB, the Bosnian Serbs), and PLOVER's gold records do the same (BIH for "Bosnian
    Serbs", SRB for "ethnic Albanians in south Serbia"); the nation the noun names is their
    ethnicity, not their state.
    """
    doc = state.doc
    if match.start == 0:
        return None
    prev = doc[match.start - 1]
    last = doc[match.end - 1]
    if prev.head.i == last.i and prev.dep_ in ("amod", "compound", "nmod"):
        home = _country_of(state, prev, ("demonym", "country"))
        if home is not None and home != own:
            return home, "demonym"
    if prev.lower_ != "ethnic":
        return None
    sent = state.sent_of(last.i)
    for tok in doc[last.i + 1 : sent.end]:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "inside", "within"):
            home = _country_of(state, tok, ("country",))
            if home is not None and home != own:
                return home, "in"
    return None


def find_title(state: DocState, tokens: list[Token], *, at_end: bool = False
               ) -> tuple[str, str, str] | None:
    """The title phrase nearest the end of ``tokens`` (longest there): (phrase, sector, role).

    The nearest title is the person's own: in "Israeli Prime Minister's spokesman David
    Mencer" he is the spokesman, not the prime minister. ``at_end``: the phrase must end with
    the last token.
    """
    words = [t.lower_ for t in tokens]
    for end in range(len(words), 0, -1):
        for n in (4, 3, 2, 1):
            if end - n < 0:
                continue
            # spaCy splits hyphenated titles ("Secretary - General"): read them as written
            phrase = " ".join(words[end - n : end]).replace(" - ", "-")
            if phrase in state.vocab.titles:
                sector, role = state.vocab.titles[phrase]
                return phrase, sector, role
        if at_end:
            return None
    return None
