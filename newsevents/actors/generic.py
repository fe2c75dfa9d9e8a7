"""Pass 3b: the country of a generic actor ("police", "gunmen", "the judge") from its context.

Pass 3 (:mod:`.context`) codes a sector noun by the nationality in its own phrase ("Afghan
police" → AFGCOP). A bare "police" or "a gunman" still belongs to a country a reader can tell;
this pass finds it, trying in order and stopping at the first that answers:

1. a place that modifies the noun or its "in/of/from" phrase ("Kabul police", "residents of
   Magnitogorsk", "police in Christchurch");
2. an earlier mention of the same sector with a country, within a few sentences ("Iraqi troops
   … the troops");
3. the place of the event in the sentence: the one country of the places the sentence puts
   things in, at or near ("… were killed in Kabul", "… outside parliament in Nairobi");
4. the article's dateline ("KABUL, Afghanistan —");
5. the country the article is mainly about (the clear majority of its places and coded actors).

Which steps a sector may use is data (``sectors.yaml``, ``country_from``): journalists, refugees
and companies often belong elsewhere than where they are, so they take a country only from their
own phrase or an antecedent. A mention no step places keeps the sector alone as its code
(``COP``), country null, and ``resolution.reason`` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..nlp.shared import children_of, head_of, lowers_of, tokens_of
from ..records import Place
from .groups import mixed_group, origin
from .main_country import main_country
from .mentions import DocState, Mention
from .people import affiliation_only
from .senses import POSTED_TITLES
from .vocab import normalise

#: Prepositions that put an event or a group somewhere.
_AT = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                 "on", "within"})
_MEMBER = frozenset({"in", "of", "from", "at"})
#: Sentences back an antecedent of the same sector may be.
_WINDOW = 4
_ALL_STEPS = ("place_modifier", "antecedent", "sentence_place", "dateline", "article")


@dataclass
class _Where:
    """Per-document facts the steps share, computed once."""

    place_at: dict[int, str] = field(default_factory=dict)  # token index -> ISO3 of a place
    names: dict[int, str] = field(default_factory=dict)  # token index -> the place's name
    dateline: str | None = None
    main: str | None = None
    main_reason: str = ""


def _place_name(where: _Where, tok: Token) -> str:
    return where.names.get(tok.i, tok.text)


def _places_by_token(state: DocState, places: list[Place], where_names: dict[int, str]
                     ) -> dict[int, str]:
    doc = state.doc
    found: dict[int, str] = {}
    companies = {i for m in state.mentions if m.kind == "organisation" and m.sector == "BUS"
                 and m.method == "dictionary" for i in range(m.start, m.end)}
    for place in places:
        if not place.country:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        if any(affiliation_only(tok) for tok in span):
            continue  # "Moscow-backed separatists": a patron, not where they are
        if all(tok.i in companies for tok in span):
            continue  # "a Toyota Corolla": the company a dictionary lists, not the town
        for tok in span:
            found[tok.i] = place.country
            where_names[tok.i] = place.name
    # Countries and capitals the actors stage matched are places too ("in Afghanistan").
    for i, (code, how) in state.nation.items():
        if how in ("country", "capital", "place") and len(code) == 3 and code.isalpha() \
                and not affiliation_only(doc[i]):
            found.setdefault(i, code)
    return found


def _dateline(state: DocState, place_at: dict[int, str]) -> str | None:
    """"KABUL, Afghanistan (AP) —": an all-caps place opening the text, then a comma or dash."""
    doc = state.doc
    for tok in doc[:4]:
        if tok.is_space:
            continue
        if tok.text.isupper() and len(tok.text) > 2 and tok.i in place_at:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.text in (",", "—", "-", "–", "("):
                return place_at[tok.i]
        break
    return None


def _regional_name(state: DocState, m: Mention) -> bool:
    """Is the mention a named organisation whose name claims a region ("Union of Arab Doctors",
    "Association of African Jurists")? Such a body gathers members of many countries, so the
    story's country is not its country (an adjective inside its own name still may be one)."""
    span = state.doc[m.start : m.end]
    return any(t.ent_type_ == "ORG" for t in span) and any(
        t.lower_ in state.vocab.regional_words for t in span)


def _place_modifier(state: DocState, where: _Where, token: Token, name: Span | None = None
                    ) -> tuple[str, str] | None:
    """"Kabul police", "residents of Magnitogorsk", "police in Christchurch"; in an
    organisation's ``name``, not a place it is only about ("Committee for Somalia Relief")."""
    for child in children_of(token):
        if name is not None and about_only(child, name):
            continue
        if child.dep_ == "amod" and child.lower_ in state.vocab.leading_words:
            led = _leader(state, where, child)
            if led is not None:
                return led, f"'{child.text}' by {led}: the forces of the state that leads them"
        if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i in where.place_at:
            return (where.place_at[child.i],
                    f"place '{_place_name(where, child)}' modifies '{token.text}'")
        if child.dep_ == "prep" and child.lower_ in _MEMBER:
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and pobj.i in where.place_at:
                    return (where.place_at[pobj.i],
                            f"'{token.text} {child.text} {_place_name(where, pobj)}' places it")
                body = state.mention_at(pobj) if pobj.dep_ == "pobj" and name is None else None
                if (body is not None and body.kind == "organisation" and body.country
                        and body.country in state.vocab.country_names):
                    # "scientists at the University of Oxford", "workers at Toyota": the
                    # body they belong to is in that country
                    return (body.country,
                            f"'{token.text} {child.text} {body.name}' ({body.country}) places it")
    return None


def _leader(state: DocState, where: _Where, led: Token) -> str | None:
    """The state before "-led" ("US-led", "Vietnamese-led": the parser hangs it on the
    participle), as a place or as a state mention (a demonym)."""
    for leader in children_of(led):
        if leader.i < led.i and leader.dep_ in ("npadvmod", "compound", "nmod", "amod"):
            if leader.i in where.place_at:
                return where.place_at[leader.i]
            body = state.mention_at(leader)
            if body is not None and body.kind == "state" and body.country:
                return body.country
            entries = state.vocab.phrases.get(normalise(leader.text), [])
            found = {e.country for e in entries if e.type in ("demonym", "country") and e.country}
            if len(found) == 1:
                return found.pop()
    return None


def _antecedent(state: DocState, m: Mention) -> tuple[str, str, Mention] | None:
    """The latest earlier mention of the same sector with a country: the same head noun up to
    four sentences back ("Iraqi troops … the troops"), any noun of the sector only in this or
    the previous sentence (so "troops" is not China's because a Chinese general was named
    three sentences up)."""
    here = state.sent_index[m.head]
    lemma = state.doc[m.head].lemma_.lower()
    best: Mention | None = None
    for other in state.mentions:
        if (other is m or other.start >= m.start or other.country is None
                or other.sector != m.sector or other.kind == "media"
                or here - state.sent_index[other.head] > _WINDOW):
            continue
        if (here - state.sent_index[other.head] > 1
                and state.doc[other.head].lemma_.lower() != lemma):
            continue
        if not (len(other.country) == 3 and other.country.isalpha()):
            continue
        if best is None or other.start > best.start:
            best = other
    if best is None:
        return None
    return best.country or "", (f"same sector as '{state.text[best.start_char:best.end_char]}' "
                                "named before"), best


#: sectors of a private individual a story can be about ("the accused", "the gunman")
_PRIVATE = frozenset({"CVL", "UAF"})


def _protagonist(state: DocState, m: Mention) -> tuple[str, str, Mention] | None:
    """"The accused", "the gunman": a definite singular person noun in a story that has named
    one private person before it is that person, of that person's country ("An Australian,
    Brenton Tarrant, … the accused"), wherever the story happens. Two named private people, or
    a plural or indefinite noun ("a gunman", "attackers"), leave it to the other steps."""
    head = state.doc[m.head]
    if (m.kind != "person" or m.sector not in _PRIVATE or head.tag_ not in ("NN", "NNP")
            or not any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts)):
        return None
    found: list[tuple[set[str], Mention]] = []
    for other in state.mentions:
        if other.start >= m.start:
            break
        if (other.kind == "person" and other.sector in _PRIVATE
                and state.doc[other.head].pos_ == "PROPN"):
            words = {w.lower() for w in other.name.split()}
            # "Brenton" after "Brenton Tarrant" is the same person
            if not any(words <= known or known <= words for known, _ in found):
                found.append((words, other))
    if len(found) != 1:
        return None
    other = found[0][1]
    if other.country is None or other.country not in state.vocab.country_names:
        return None
    return other.country, f"the one private person named before: '{other.name}'", other


def _sentence_place(state: DocState, where: _Where, m: Mention) -> tuple[str, str] | None:
    """The one country of the places this sentence puts things in ("killed in Kabul"), unless
    the person goes there ("Defence Minister X visited troops in Mali": an official abroad)."""
    sent = state.sent_of(m.head)
    verb = head_of(state.doc[m.head])
    if (m.kind == "person" and m.sector not in (None, "CVL") and state.doc[m.head].dep_ == "nsubj"
            and verb.lemma_.lower() in state.vocab.visit_verbs):
        return None  # an office holder, not a private person coming home or fleeing
    found: dict[str, str] = {}
    tokens = tokens_of(state.doc)
    for i in range(sent.start, sent.end):  # by index: most tokens are no place
        if i not in where.place_at or (m.start <= i < m.end):
            continue
        tok = tokens[i]
        if tok.i - 1 >= sent.start and where.place_at.get(tok.i - 1) == where.place_at[tok.i]:
            continue
        prep = head_of(tok) if tok.dep_ == "pobj" else None
        if prep is None and tok.dep_ in ("compound", "appos") and head_of(tok).dep_ == "pobj":
            prep = head_of(head_of(tok))  # "in Kabul province", "in Kabul, Afghanistan"
        if prep is None and tok.dep_ in ("appos", "conj"):
            anchor = head_of(tok)
            while anchor.dep_ in ("appos", "conj", "compound") and head_of(anchor).i != anchor.i:
                anchor = head_of(anchor)
            prep = head_of(anchor) if anchor.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in _AT:
            found.setdefault(where.place_at[tok.i], _place_name(where, tok))
    if len(found) != 1:
        return None
    code, word = next(iter(found.items()))
    return code, f"the sentence places the event in '{word}'"


def _sentence_state(state: DocState, m: Mention) -> tuple[str, str] | None:
    """The one state that is the subject of a verb governing the mention ("Germany banned the
    airline, with officials saying …": the officials are Germany's)."""
    found: dict[str, str] = {}
    ancestors = {t.i for t in state.doc[m.head].ancestors}
    for other in state.mentions:
        if (other is m or other.kind != "state" or not other.country
                or state.sent_index[other.head] != state.sent_index[m.head]):
            continue
        subject = state.doc[other.head]
        # the state acts in a clause above the officials ("Germany banned …, with officials
        # saying"), not in one they report ("officials declared that China must …")
        if subject.dep_ in ("nsubj", "nsubjpass") and head_of(subject).i in ancestors:
            found.setdefault(other.country[:3], other.name)
    if len(found) != 1:
        return None
    code, name = next(iter(found.items()))
    return code, f"'{name}' is the sentence's acting state"


def _of_country(state: DocState, m: Mention) -> str | None:
    """The country an "of" phrase right after an institution's name gives it: "the Senate of
    Nigeria", "the Supreme Court of Kenya" (a country name or a place the gazetteer knows)."""
    head = state.doc[m.head]
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != m.end:
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj":
                nation = state.nation.get(obj.i)
                if nation is not None and nation[1] == "country" and nation[0]:
                    return nation[0]
                return gazetteer_country(obj) if obj.ent_type_ == "GPE" else None
    return None


def _home_outlets(state: DocState, home: str | None) -> None:
    """An outlet no dictionary knows that the text calls the story's own ("national news source
    Daily Xtra", "the local newspaper X", "X, a local news site") is of the story's country (the
    dateline or the country the article is mainly about), as "local press" is."""
    if home is None:
        return
    doc = state.doc
    for m in state.mentions:
        if m.method != "ner" or m.kind != "media" or m.country is not None:
            continue
        sent = state.sent_of(m.start)
        before = doc[max(sent.start, m.start - 5) : m.start]
        words = [t for t in before if t.dep_ in ("compound", "amod", "nmod")]
        for appos in (c for c in children_of(doc[m.head]) if c.dep_ == "appos"):
            words += [t for t in appos.subtree if t.i <= appos.i]
        home_word = next((t for t in words if t.lower_ in _HOME_WORDS), None)
        if home_word is None:
            continue
        m.country, m.code, m.entity = home, None, None
        m.reason += f"; '{home_word.text}' makes it the story's own outlet → {home}MED"


def _agency_agents(state: DocState, generic: list[Mention]) -> None:
    """Bare "agents" after a police agency ("Customs and Border Protection said … agents
    seized the boat") are that agency's staff (COP), not spies; only with no intelligence
    body named before them do they keep the dictionary's SPY."""
    doc = state.doc
    for m in generic:
        if (m.sector != "SPY" or doc[m.head].lower_ not in ("agent", "agents")
                or any(t.dep_ != "det" for t in doc[m.start : m.head])):
            continue
        before = [o for o in state.mentions if o.end <= m.start and not o.generic
                  and o.kind == "organisation"]
        if any(o.sector == "SPY" for o in before) or not any(o.sector == "COP" for o in before):
            continue
        m.sector = "COP"
        if m.code == "SPY":
            m.code = "COP"
        m.reason = m.reason.replace("(SPY)", "(COP: the police agency named before)")


def assign_countries(state: DocState, places: Callable[[], list[Place]],
                     steps_for: dict[str, tuple[str, ...]]) -> None:
    """Give every generic mention the country its context shows (in place); ``places`` is
    called only when there is something to place (the geoparse is the costly part)."""
    generic = [m for m in state.mentions if m.generic and m.country is None]
    defaults = [m for m in state.mentions if m.default_reading]
    named = [m for m in state.mentions if m.method == "ner" and m.country is None and m.sector]
    if not generic and not defaults and not named:
        return
    where = _Where()
    where.place_at = _places_by_token(state, places(), where.names)
    where.dateline = _dateline(state, where.place_at)
    where.main, where.main_reason = main_country(state, where.place_at)
    doc = state.doc
    _own_name_places(state, where)
    generic = [m for m in generic if m.country is None]
    home = where.dateline or where.main
    for m in defaults:
        whose = _of_country(state, m)
        if whose is not None:
            if whose != m.country:
                # "the Senate of Nigeria": the name says whose, whatever the story is about
                m.reason = (f"'{m.name}' names an institution many countries have; "
                            f"'of' names {whose} after it → {whose}{m.sector}")
                m.country, m.method, m.entity = whose, "context", None
            continue
        if home and home != m.country:
            # "the Senate" in a story about Nigeria is Nigeria's senate, not the US one
            m.reason = (f"'{m.name}' names an institution many countries have; "
                        f"{where.main_reason or 'the dateline'} → {home}{m.sector}")
            m.country, m.method, m.entity = home, "context", None
    _agency_agents(state, generic)
    _home_outlets(state, home)
    lowers = lowers_of(doc)  # the lower-case column: no Span or Token per mention
    foreign = state.vocab.foreign_words
    for m in sorted(generic, key=lambda m: m.start):
        steps = steps_for.get(m.sector or "", _ALL_STEPS)
        if m.kind == "person" and m.sector in state.vocab.person_country_steps:
            steps = state.vocab.person_country_steps[m.sector]  # "the owner": a local person
        elif (m.kind in ("person", "group") and m.sector in state.vocab.people_country_steps
              and state.vocab.sector_kinds.get(m.sector or "") not in ("person", "group")):
            steps = state.vocab.people_country_steps[m.sector]  # "reporters", not the paper
        if any(w in _HOME_WORDS for w in lowers[m.start : m.head]):
            steps = _ALL_STEPS  # "state media", "local press": the story's own country
        if lowers[m.head] in POSTED_TITLES:
            steps = ()  # an envoy's country is whose envoy, never where the story is
        head = doc[m.head]
        if any(w in foreign for w in lowers[m.start : m.head + 1]) or any(
                t.lower_ in foreign for t in head.lefts):
            steps = ()  # "foreign forces", "tourists": not the story's country
        if _regional_name(state, m):
            steps = ()  # "the Association of African Jurists": many countries' body
        mixed = mixed_group(state, m) if steps else None
        if mixed is not None:
            m.reason += f"; {mixed}: code is the sector alone"
            continue
        found: tuple[str, str] | None = None
        for step in steps:
            if step == "place_modifier":
                found = _place_modifier(state, where, head,
                                        doc[m.start : m.end] if m.method == "ner" else None)
            elif step == "antecedent" and m.method != "ner" and not any(
                    t.lower_ in ("another", "other") for t in head.lefts):
                # a named organisation is not the company or body named before it, nor is
                # "another automaker"
                borrowed = _antecedent(state, m) or _protagonist(state, m)
                if borrowed is not None:
                    found = borrowed[:2]
                    state.borrowed.append((m, borrowed[2]))
            elif step == "sentence_place":
                found = _sentence_place(state, where, m)
            elif step == "origin":
                found = origin(state, where.place_at, head)
            elif step == "sentence_state":
                found = _sentence_state(state, m)
            elif step == "dateline" and where.dateline:
                found = where.dateline, "the article's dateline"
            elif step == "article" and where.main:
                found = where.main, where.main_reason
            if found is not None:
                break
        if found is None:
            tried = ", ".join(s.replace("_", " ") for s in steps) or "its own phrase only"
            m.reason += f"; no country found (tried: {tried}): code is the sector alone"
            continue
        country, why = found
        m.country = country
        m.code = None
        m.reason = (f"generic '{head.text}' ({m.sector}): {why} → {country}{m.sector}")
        m.method = "context"
        m.entity = None


def about_only(tok: Token, name: Span) -> bool:
    """Is a place inside an organisation's name only what it is about ("Committee for Somalia
    Relief", "Centre for the Study of Iran"), not where it is ("Bank of England")? True when
    the word hangs, inside the name, from a preposition other than an "of" on the name's head."""
    head = head_of(tok)
    while name.start <= head.i < name.end and head.i != tok.i:
        if tok.dep_ == "pobj" and (head.lower_ != "of" or head_of(head).i != name.root.i):
            return True
        tok, head = head, head_of(head)
    return False


def gazetteer_country(tok: Token) -> str | None:
    """The country of a capitalised word the gazetteer knows as a place ("London", "Florida")."""
    from ..places.gazetteer import gazetteer

    if not tok.text[:1].isupper() or tok.is_stop or len(tok.text) < 3:
        return None
    entry = gazetteer().lookup(tok.text)
    return entry.country if entry is not None and entry.kind != "continent" else None


def _own_name_places(state: DocState, where: _Where) -> None:
    """An organisation only the NER knows, with a place in its own name, is of that place's
    country ("University College London", "Florida Highway Patrol", "The Jakarta Post"),
    wherever the story happens; a place it is only about ("Committee for Syria", "Friends of
    the Earth") does not count."""
    doc = state.doc
    for m in state.mentions:
        if m.method != "ner" or m.country is not None or not m.sector or m.sector == "IGO":
            continue
        found: set[str] = set()
        name = doc[m.start : m.end]
        for tok in name:
            code = where.place_at.get(tok.i) or gazetteer_country(tok)
            if code is None or affiliation_only(tok):
                continue
            if about_only(tok, name):
                continue  # "League for Syria", "Centre for the Study of Iran": its subject
            found.add(code)
        if len(found) != 1:
            continue
        code = found.pop()
        m.country, m.code, m.generic = code, None, False
        m.reason += f"; a place of {code} in its own name → {code}{m.sector}"
        m.method = "context"


def follow_antecedents(state: DocState) -> None:
    """A generic person ("the accused") that took its country from an earlier person keeps
    following them: when a later pass recodes that one ("An Australian, X" is read after the
    article's country was lent to X and then to "the accused"), the generic one moves too."""
    for follower, source in state.borrowed:
        if (follower.method != "context" or source.country is None
                or follower.kind != "person" or source.kind != "person"
                or source.country == follower.country
                or source.country not in state.vocab.country_names):
            continue
        old = follower.country
        follower.country = source.country
        follower.reason += (f"; '{source.name}' was recoded {source.country} after → "
                            f"{source.country}{follower.sector or ''} (not {old})")


#: Modifiers that place an outlet or company at home: "state media", "local press".
_HOME_WORDS = frozenset({"state", "local", "national", "domestic"})


def share_countries(state: DocState) -> None:
    """Later short mentions of a person ("Zinichev", "Judge Miller") were linked in pass 2,
    before the context gave the full mention its country: give them its code now. The mention
    that says most about the person speaks for all: "Troy Roberts" first with no title, later
    "Department of Transportation official Troy Roberts", is the official both times."""
    first: dict[str, Mention] = {}
    best: dict[str, Mention] = {}
    ordered = sorted(state.mentions, key=lambda m: m.start)
    for m in ordered:
        if m.person is None or m.kind != "person":
            continue
        first.setdefault(m.person, m)
        if (m.person not in best and m.method in ("apposition", "dictionary")
                and m.sector not in (None, "CVL") and m.actor_code() is not None):
            best[m.person] = m
    for m in ordered:
        if m.person is None or m.kind != "person":
            continue
        full = best.get(m.person) or first[m.person]
        if full is m or full.actor_code() is None:
            continue
        private = m.sector in (None, "CVL") and m.method in ("context", "unresolved")
        if m.method == "coreference" or (private and m.person in best):
            m.country, m.sector, m.code = full.country, full.sector, full.code
            note = f"; {full.name} is coded {full.actor_code()} by its context"
            if not m.reason.endswith(note):  # the pass runs again after late recodes
                m.reason += note


def private_counsel(state: DocState) -> None:
    """Lawyers a party hires speak for a private client: the country alone (the guide), not
    the judiciary Phoenix files them under ("his lawyers", "a defence lawyer")."""
    counsel = state.vocab.private_counsel
    for m in state.mentions:
        if m.sector != "JUD" or m.kind == "state" or m.person is not None:
            continue
        head = state.doc[m.head]
        phrase = f"{head.nbor(-1).lower_} {head.lower_}" if head.i > 0 else head.lower_
        if head.lower_ not in counsel and phrase not in counsel:
            continue
        m.reason += "; a private lawyer: the country alone, not JUD"
        m.sector = None
        m.kind = "group" if head.tag_ in ("NNS", "NNPS") else "person"
        m.code = m.country if m.country and len(m.country) == 3 else None
        m.entity = None


def group_titles(state: DocState) -> None:
    """"Hamas spokesman Abu Obeida", "Taliban spokesperson Zabiullah Mujahid": a title right
    after an armed group's name is the group's office, so the person is the group's actor
    (its code), never a government's found by context."""
    for m in state.mentions:
        if (m.kind != "person" or m.country is not None or m.name_start is None
                or m.start == 0):
            continue
        group = state.owner.get(m.start - 1)
        if group is None or group.kind != "group" or group.end != m.start or not group.sector:
            continue
        m.country, m.sector, m.code = group.country or None, group.sector, group.code
        m.generic, m.method, m.name_start = False, "apposition", None
        m.reason = (f"title after the group '{group.name}': the group's office → "
                    f"{group.code or (group.country or '') + group.sector}")
