"""Pass 1 of actor resolution: each dictionary match to a mention.

A leader is coded by the publication date (with title and nationality words before the name in
the mention, :mod:`.title_prefix`), an outlet as media, a seat of government as a metonym, an
IGO with its CAMEO code, an armed group by the period of its role, a university with its own
country (:mod:`.institutions`); country names, capitals and demonyms are read in
:mod:`.nation_matches`; pass 3 places nationality adjectives. Pass 2, people the dictionaries do
not know, is :mod:`.people`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.shared import starts_of, words_of
from ..records import ActorKind
from . import leaders as _leaders
from .matching import Match
from .mentions import DocState, Mention, span_mention
from .nation_matches import capital_match, country_match, demonym_match
from .senses import (
    acts,
    ends_longer_name,
    outlet_context,
    part_of_longer_name,
    part_of_person_name,
)
from .title_prefix import _POSSESSIVE, _with_determiner, expand_left, find_title
from .vocab import ABBREV_NOTE, Entry, GroupPeriod

#: Which entry wins when one phrase has several readings.
_PRIORITY = ("leader", "media", "group", "igo", "metonym", "institution", "country", "capital",
             "demonym")
#: Prepositions after which a capital is a place, not an actor ("talks in Moscow").
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "into",
                       "throughout", "over", "toward", "towards", "via", "through", "within",
                       "beyond", "above", "under", "between"})
#: Nouns after a leader's name that make the phrase the government ("the Biden administration").
ADMIN_NOUNS = frozenset({"administration", "government", "cabinet", "presidency", "regime"})
#: How a reason names an igos.csv entry by its sector.
_IGO_KINDS = {"NGO": "international NGO"}


def _pick(entries: tuple[Entry, ...]) -> Entry:
    return min(entries, key=lambda e: _PRIORITY.index(e.type))


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
        outlet = span_mention(state, _with_determiner(doc, start), end, entry.name, "media",
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
        m = span_mention(state, _with_determiner(doc, start), end, entry.name, "organisation",
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
        m = span_mention(state, _with_determiner(doc, start), end, entry.name, kind, entry.country,
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
        capital_match(state, match, entry)
    elif entry.type == "country":
        country_match(state, match, entry)
    elif entry.type == "demonym":
        demonym_match(state, match, entry)


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
        m = span_mention(state, _with_determiner(doc, start), end + 1,
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
    m = span_mention(state, _with_determiner(doc, match.start), match.end, entry.name, "group",
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


def _dateline(state: DocState, match: Match) -> bool:
    """An all-caps place at the start of a sentence followed by a comma: a dateline."""
    doc = state.doc
    first = doc[match.start]
    sent_start = state.sent_of(match.start).start
    return (match.start - sent_start <= 1 and first.text.isupper() and len(first.text) > 2
            and match.end < len(doc) and doc[match.end].text in (",", "(", "—", "-", "–"))


