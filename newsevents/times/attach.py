"""When did an event happen: the time expression of the trigger's own clause.

A time expression belongs to the first verb above it in the dependency tree (its clause); an
event trigger belongs to its own clause (itself when it is a verb, else the first verb above it).
In "… actions Russia took beginning in 2023, a year after it invaded Ukraine", "2023" belongs to
"took" and "a year after" to "invaded", so the two events get different years; a time from
another clause of the sentence ("said Thursday that …") is never borrowed.

Two extensions of "own clause":

- a time on a noun that frames the event ("in a Thursday interview", "during an interview …
  that was published Thursday") belongs to the verb the framing phrase hangs on;
- a verb without a time of its own takes the time of the verb it is chained to by ``xcomp`` or
  ``conj`` without a subject of its own ("this week took steps to … bring about an end"): same
  actor, same occasion;
- but an infinitive under a past verb of deciding or asking does not ("decided on Thursday to
  ease the restrictions": the easing has not happened on Thursday; see ``_intended``);
- so does a present participle on the clause's object ("On Friday the premier signed a decree
  banning the niqab": the decree bans from its signing);
- so does a gerund that completes a noun of that clause ("In the 1990s he began a policy of
  seizing farms"): the act the noun names is of the clause's time. A gerund adjunct of the
  verb ("was fined in 2016 for dumping waste", "after seizing") names a cause or an act
  before, not the same occasion, and keeps no time.

A clause with no time finds one in a present participle beside it ("Speaking on Friday, the
minister accused …") or after the last verb of a coordination sharing its subject ("killed two
guards and wounded five others … on Saturday"). An event is dated to its day: a clock time or
part of day gives its day (``_day_of``).

A time written inside a noun phrase ("the 2016 election", "Monday's attack", "the 1997
handover") belongs to that noun's event, not to the verb the phrase hangs on: "Critics
questioned the 2016 election" is not dated 2016. Only a framing phrase ("in the 1967 war",
"in a Thursday interview") hands its time to the verb.

A nominal event without a time of its own that the sentence places before another event
("following Putin's invasion", "after the vote", "since the handover") is a past event referred
to by name: it gets its year when the phrase names one, else no date (``value=None``,
``type="unresolved"``, ``method="rule:past-event"``), never the publication date.

A past event (or one reported by a past verb of saying) whose sentence has no time at all
continues the time of the sentence before it
when that sentence's main clause is dated to a day or week of the story's own week ("The
administration this week took steps … ¶ Ukraine has agreed to the ceasefire"): news keeps its
reference time until it names another. Only recent day/week times carry over, so background
paragraphs ("He supported education …") are not dated by the history before them. A present
perfect ("has promised") takes no named past day that way, only a week reaching now.

A length measured from an event ("arrested 36 minutes after the mass shooting") dates its
clause by the nearest earlier mention of that event, moved by the length.

Without any time, the event is dated by its report: the publication date, marked
``type="publication"``, ``anchor="published"``, with ``text=""`` and ``start=end=-1`` because no
span of the text says it. Without a publication date either: ``value=None``,
``type="unresolved"``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.clauses import MAX_UP, VERBS, clause_verb
from ..nlp.shared import children_of
from ..offsets import OffsetIndex
from ..records import TimeExpr
from .calendar import parse_value
from .occasion import (
    before_phrase,
    coordinated_owner,
    means_clause,
    requested_object,
    trailing_time,
)

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["event_time", "publication_time"]

#: Prepositions whose object frames an event in time ("in a Thursday interview", "during talks").
_FRAME_PREPS = frozenset({"in", "during", "at", "amid", "on"})
#: Dependencies along which a clause without its own time inherits its governor's.
_CHAIN_DEPS = frozenset({"xcomp", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Dependencies of a time written inside a noun phrase ("the 2016 election", "Monday's attack").
_PREMODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod", "npadvmod", "quantmod"})
#: Words that place a nominal event before the clause's own ("following the invasion").
_BEFORE_WORDS = frozenset({"after", "following", "since", "before", "until", "till", "post"})
#: How recent (days before publication) a time must be to carry over to the next sentence.
CARRY_DAYS = 7
#: How many sentences back (the last ones naming no time at all) a time may carry from.
CARRY_SENTENCES = 3
#: Doc.user_data key of the memo of ``_time_path``.
_PATHS = "newsevents.time_paths"
#: Context.cache key of the times indexed by offset (:func:`_times`).
_INDEX = "times.by_offset"


def past_event_time() -> TimeExpr:
    """The date of a past event named without a time ("following Putin's invasion"): none."""
    return TimeExpr(text="", start=-1, end=-1, value=None, granularity="unknown",
                    type="unresolved", anchor="none", method="rule:past-event")


def publication_time(ctx: Context) -> TimeExpr:
    """The fallback date of an event: its publication date, or unresolved without one."""
    if ctx.published is None:
        return TimeExpr(text="", start=-1, end=-1, value=None, granularity="unknown",
                        type="unresolved", anchor="none", method="no-publication-date")
    return TimeExpr(text="", start=-1, end=-1, value=ctx.published.isoformat(),
                    granularity="day", type="publication", anchor="published",
                    method="publication-date")


def _times(ctx: Context) -> OffsetIndex[TimeExpr]:
    """``ctx.times`` indexed by offset, built once per document: each event asks only about the
    times of its own sentence (and the one before), not about every time of the document."""
    cached = ctx.cache.get(_INDEX)
    if cached is None or cached[0] is not ctx.times:
        cached = ctx.cache[_INDEX] = (ctx.times, OffsetIndex(ctx.times))
    index: OffsetIndex[TimeExpr] = cached[1]
    return index


def _time_path(time: TimeExpr, ctx: Context) -> tuple[list[Token], Token | None, Token | None]:
    """Tokens from a time expression up to its clause verb, that verb, and the noun that owns
    the time when it is written inside a noun phrase ("the 2016 election").

    Every event of a document asks about every time: the walk is made once per time and kept
    on the Doc, so dating stays linear in the number of events on long documents."""
    memo: dict[tuple[int, int], tuple[list[Token], Token | None, Token | None]]
    memo = ctx.doc.user_data.setdefault(_PATHS, {})
    key = (time.start, time.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _walk_up(time, ctx)
    return found


def _walk_up(time: TimeExpr, ctx: Context) -> tuple[list[Token], Token | None, Token | None]:
    span = ctx.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return [], None, None
    inside = {t.i for t in span}
    token = span.root
    trailing = trailing_time(token, inside)  # "asked for his resignation Monday night"
    owner = token.head if (
        not trailing and token.head.i not in inside and token.head.pos_ in _NOUNS
        and token.dep_ in _PREMODIFIERS
    ) else coordinated_owner(token, inside)
    if trailing:
        inside.add(token.head.i)  # the walk passes over the noun to the verb
    path: list[Token] = []
    for _ in range(MAX_UP):
        if token.head == token:
            break
        token = token.head
        if token.i in inside:
            continue
        path.append(token)
        if token.pos_ in VERBS:
            break
    verb = path[-1] if path and path[-1].pos_ in VERBS else None
    if verb is not None and verb.dep_ in ("relcl", "acl") and not _acts_on_object(verb):
        # "during an interview … that was published Thursday": the interview's time frames the
        # clause the interview phrase belongs to
        noun = verb.head
        if noun.head.dep_ == "prep" and noun.head.lower_ in _FRAME_PREPS:
            outer = clause_verb(noun.head.head)
            if outer is not None:
                path.extend([noun, noun.head, outer])
                verb = outer
    return path, verb, owner


def _acts_on_object(verb: Token) -> bool:
    """A relative clause that tells an act on an object of its own ("a village … that killed
    dozens of civilians last year", "an airstrike that hit a school in May") dates that act,
    not the clause its noun belongs to; an occasion's clause ("an interview that aired
    Thursday", "a meeting that took place on Monday") has none but the light "place"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() != "place" for c in verb.children)


def _framing(noun: Token) -> bool:
    """A noun whose phrase frames its clause in time: "in a Thursday interview", "during the
    1967 war" (a preposition of time or occasion above it, up to its verb)."""
    token = noun
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ in _FRAME_PREPS:
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "appos") or token.head == token:
            return False
        token = token.head
    return False


_LENGTH = re.compile(r"P(T?)(\d+)([YMWDH])")
#: How far back (tokens) an earlier mention of the event a length is measured from is sought.
_MENTION_WINDOW = 600


def _after_event(ctx: Context, length: TimeExpr) -> TimeExpr | None:
    """"arrested 36 minutes after the mass shooting", "ten days before the vote": a length
    measured from an event the text dated before, at an earlier mention of the same noun
    ("a mass shooting in Christchurch on Friday"). The date is that mention's day moved by the
    length (a length under a day stays on it), as a DATE of the length's span; ``None`` when the
    event has no dated mention."""
    found = _LENGTH.fullmatch(length.value or "")
    span = ctx.doc.char_span(length.start, length.end, alignment_mode="expand")
    if found is None or span is None or len(span) == 0:
        return None
    prep = span.root.head
    if span.root.dep_ != "npadvmod" or prep.lower_ not in ("after", "before"):
        return None
    nouns = [c for c in children_of(prep) if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not nouns:
        return None
    noun = nouns[0]
    clock, amount, unit = found.groups()
    if not clock and unit in ("Y", "M"):
        return None  # months and years: not to the day
    days = int(amount) * ({"D": 1, "W": 7}.get(unit, 0) if not clock
                          else {"H": 60, "M": 1}.get(unit, 0)) // (1440 if clock else 1)
    for mention in reversed(ctx.doc[max(0, span.start - _MENTION_WINDOW) : span.start]):
        if mention.lemma_ != noun.lemma_ or mention.pos_ != "NOUN" or mention.i >= noun.i:
            continue
        # the date of that mention by these same rules (its own time, else its clause's)
        dated = event_time(ctx, mention)
        parsed = parse_value(dated.value) if dated is not None and dated.start >= 0 else None
        if parsed is None or parsed[1] != "day" or dated is None or dated.type != "exact":
            return None  # the nearest mention is undated
        sign = 1 if prep.lower_ == "after" else -1
        day = parsed[0] + dt.timedelta(days=sign * days)
        return replace(length, value=day.isoformat(), granularity="day", type="exact",
                       anchor="previous-time", timex_type="DATE", method="rule:event-relation")
    return None


def _named_past(trigger: Token) -> bool:
    """A nominal event the sentence places before another one: "following Putin's invasion",
    "after the vote", "since the handover"."""
    if trigger.pos_ not in _NOUNS:
        return False
    token = trigger
    for _ in range(3):
        if token.head.lower_ in _BEFORE_WORDS and token.dep_ in ("pobj", "dobj", "pcomp"):
            return True
        if token.dep_ not in ("conj", "pobj", "prep", "appos") or token.head == token:
            return False
        token = token.head
    return False


def _gerund_adjunct(trigger: Token) -> bool:
    """A gerund the tagger read as a noun ("fined in 2016 for illegal dumping", "for speeding"):
    a bare -ing noun (no determiner or possessive) under a preposition of the clause's verb
    that does not frame it in time. Like a verb-tagged gerund adjunct it names a cause or an
    earlier act, not the clause's occasion, so it inherits no time ("the bombing of a mosque",
    with its determiner, is a nominal event and keeps the clause's)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN" or not trigger.lower_.endswith("ing"):
        return False
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep" or trigger.head.lower_ in _FRAME_PREPS:
        return False
    if any(c.dep_ in ("det", "poss") for c in children_of(trigger)):
        return False
    return trigger.head.head.pos_ in VERBS


def intended_act_time() -> TimeExpr:
    """The date of an act decided, agreed or pledged on a day ("decided on Thursday to ease the
    restrictions"): none — the act has not happened on the deciding day."""
    return TimeExpr(text="", start=-1, end=-1, value=None, granularity="unknown",
                    type="unresolved", anchor="none", method="rule:intended-act")


def _intended(token: Token) -> bool:
    """An infinitive under a past verb of deciding, committing or asking ("decided on Thursday
    to ease", "agreed Tuesday to send troops", "urged Iran on Monday to free …": the events
    stage's ``future_governors`` and ``requested_governors``): the governor's day is the
    decision's or the request's, not the act's. A present or passive governor ("is set to meet",
    "plans on Monday to visit") keeps the chain: a time it carries is the planned act's own.
    The nominal twin, "demanded on Monday the release of …": ``occasion.requested_object``."""
    if token.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in children_of(token)):
        return False
    head = token.head
    if head == token or head.pos_ not in VERBS or not _past(head) or any(
            c.dep_ == "auxpass" for c in children_of(head)):
        return False
    from ..events.modal_governors import phrasal_lemma  # the events stage's vocabulary of intent
    from ..events.patterns import pattern_book

    m = pattern_book().modality
    lemma = phrasal_lemma(head)
    return lemma in m["future_governors"] or lemma in m["requested_governors"]


def _completing(verb: Token, clause: Token) -> bool:
    """A complement without a subject of its own that completes a verb of beginning or trying
    (``implicative_verbs`` in rules.yaml: "began deploying into the territory yesterday",
    "tried to storm the building on Sunday"): the same actor on the same occasion, so its time
    dates the governing verb too — the chain of :func:`_chain_up` read downwards. Not a verb of
    deciding or ordering ("decided to close the border in June", "ordered him held until a
    hearing on April 2": the decision or order is not of that day)."""
    from .rules import rules

    return (verb.dep_ == "xcomp" and verb.head.i == clause.i
            and clause.lemma_.lower() in rules().implicative_verbs
            and not any(c.dep_ in _SUBJECTS for c in children_of(verb)))


def _chain_up(verb: Token) -> list[Token]:
    """The verbs a clause inherits a time from (xcomp/conj governors, infinitival relatives).
    The chain stops below a past verb of deciding (:func:`_intended`)."""
    chain: list[Token] = []
    token = verb
    for _ in range(4):
        if _intended(token):
            break
        infinitival = token.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)
        )
        participle = (token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN")
                      and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _BEFORE_WORDS
                                  for c in children_of(token)))
        gerund = (token.dep_ in ("pcomp", "pobj") and token.tag_ == "VBG"
                  and token.head.head.pos_ in _NOUNS and token.head.lower_ not in _BEFORE_WORDS)
        # "signed a decree banning the niqab", "issued a statement condemning the raid": a
        # present participle on the clause's object says what the document does, on its day
        content = (token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "dobj")
        if (token.dep_ not in _CHAIN_DEPS and not infinitival and not participle and not gerund
                and not content):
            break
        if (participle or gerund or content) and any(
                c.dep_ in _SUBJECTS for c in children_of(token)):
            break
        if token.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in children_of(token)):
            break  # "…made in 2022, but Duda has not given up": a new subject, a new occasion
        head = clause_verb(token.head)
        if head is None or head.i == token.i:
            break
        chain.append(head)
        token = head
    return chain


def event_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The time of the event whose trigger is ``trigger`` (see the module docstring)."""
    adjunct = _gerund_adjunct(trigger)
    clause = None if adjunct else clause_verb(trigger)
    chain = _chain_up(clause) if clause is not None else []
    shared_ids = _later_conjuncts(clause) if clause is not None else set()
    best: tuple[int, int, TimeExpr] | None = None
    sent = trigger.sent
    # a time outside the trigger's sentence has its path, verb and owner outside it too (the
    # parse never links two sentences), so it can only fail the tests below
    for time in _times(ctx).overlapping(sent.start_char, sent.end_char):
        if time.timex_type == "DURATION" and time.start >= 0:
            time = _after_event(ctx, time) or time  # "36 minutes after the shooting"
        if time.timex_type not in ("DATE", "TIME") or time.start < 0:
            continue
        path, verb, owner = _time_path(time, ctx)
        if verb is None and not path:
            continue
        ids = [t.i for t in path]
        chain_ids = [t.i for t in chain]
        if trigger.i in ids and (owner is None or owner.i == trigger.i):
            level = 0  # the time hangs on the trigger itself ("the 2022 invasion")
        elif owner is not None and owner.i != trigger.i and not _framing(owner):
            continue  # "questioned the 2016 election": the year is the election's
        elif clause is not None and verb is not None and (
                verb.i == clause.i or means_clause(verb) == clause):
            level = 1  # or "killed her by strangling her in 2016": one occasion
        elif verb is not None and verb.i in chain_ids:
            level = 2 + chain_ids.index(verb.i)
        elif clause is not None and verb is not None and _alongside(verb, clause):
            level = 2 + len(chain_ids)  # "Speaking on Friday, the minister accused …"
        elif clause is not None and verb is not None and _completing(verb, clause):
            level = 2 + len(chain_ids)  # "began deploying … yesterday": one occasion
        elif (verb is not None and verb.i in shared_ids and time.start > verb.idx):
            level = 3 + len(chain_ids)  # "killed two guards and wounded five on Saturday"
        else:
            continue
        # a calendar time beats a vague reference word of the same clause ("On Friday … sentenced
        # Fields, now 22, …"): "now" there describes an argument, not the event
        vague = 1 if parse_value(time.value) is None else 0
        # "After a discharge in 2006, he was given …": that time is the earlier event's
        below = path[: ids.index(trigger.i)] if trigger.i in ids else path
        earlier = 1 if before_phrase(below, verb) else 0
        distance = abs(trigger.idx - time.start) + vague * 10_000 + earlier * 5_000
        if best is None or (level, distance) < (best[0], best[1]):
            best = (level, distance, time)
    asked = requested_object(trigger)  # "called on Monday for the release of …"
    if best is not None:
        if best[0] > 0 and _named_past(trigger):
            return past_event_time()  # "after the vote on Monday" dates the clause, not the vote
        if best[0] > 0 and asked and not (ctx.published and _ahead(best[2], ctx.published)):
            # the day of the asking, not of the act asked for (a day ahead is the act's own:
            # "called on Tuesday for elections in June", however the parser hangs "in June")
            return intended_act_time()
        return _day_of(best[2])
    if _named_past(trigger):
        return past_event_time()
    if asked:
        return intended_act_time()
    if adjunct:
        return publication_time(ctx)  # as a verb-tagged gerund adjunct: nothing inherited
    if clause is not None and _intended(chain[-1] if chain else clause):
        return intended_act_time()  # the chain stopped below "decided on Thursday to …"
    carried = _carried_time(ctx, trigger)
    if carried is not None:
        return _day_of(carried)
    return publication_time(ctx)


_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T")


def _day_of(time: TimeExpr) -> TimeExpr:
    """An event is dated to its day: "clashed on Saturday evening" (``2019-03-09TEV``) and
    "launched shortly before midnight on Tuesday" (``…T24:00``, the end of that Tuesday) happened
    on that day. Event data are coded by day (PLOVER's ``eventDate``, CAMEO datasets); the clock
    or part of day stays on the time expression in ``times``."""
    found = _CLOCK.match(time.value or "")
    if found is None:
        return time
    return replace(time, value=found[1], granularity="day", timex_type="DATE",
                   method=f"{time.method}+day")


def _later_conjuncts(verb: Token) -> set[int]:
    """The verbs coordinated after ``verb`` with its subject ("Gunmen killed two guards and
    wounded five others in an attack on Saturday"): a time written after the last of them
    closes the whole coordination, so it dates the first verbs too. A conjunct with a subject
    of its own is another clause and hands nothing back, except in a casualty count of passive
    verbs ("Two people were killed and eight were injured in a bombing on June 27")."""
    found: set[int] = set()
    todo = [verb]
    while todo:
        token = todo.pop()
        for child in children_of(token):
            if (child.dep_ == "conj" and child.pos_ in VERBS and child.i > token.i
                    and (not any(c.dep_ in _SUBJECTS for c in children_of(child))
                         or (_passive(token) and _passive(child)))):
                found.add(child.i)
                todo.append(child)
    return found


def _passive(verb: Token) -> bool:
    """A passive participle ("were killed", "injured" after "were killed and eight")."""
    return verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in children_of(verb))
                                   or verb.dep_ == "conj")


#: Subordinators of a participle that keep it on the main clause's occasion.
_WHILE_WORDS = frozenset({"while", "when", "as"})


def _alongside(participle: Token, clause: Token) -> bool:
    """A present participle without a subject of its own that stands beside its clause
    ("Speaking on Friday, the minister accused …", "The president, visiting Kyiv on Monday,
    pledged …"): it tells the occasion of the clause, so its time dates the clause when the
    clause has none. Not one after a word of sequence ("after meeting him on Monday"), which
    is a preposition's object, not an adjunct, nor one with a subordinator other than
    "while"/"when"/"as"."""
    if participle.tag_ != "VBG" or participle.lower_ in _BEFORE_WORDS:
        return False
    if participle.dep_ == "advcl":
        beside = participle.head.i == clause.i
    elif participle.dep_ == "acl":  # on the clause's subject: "The president, speaking …,"
        beside = participle.head.dep_ in _SUBJECTS and participle.head.head.i == clause.i
    else:
        return False
    return beside and not any(
        c.dep_ in _SUBJECTS or (c.dep_ in ("mark", "advmod") and c.lower_ in _BEFORE_WORDS)
        or (c.dep_ == "mark" and c.lower_ not in _WHILE_WORDS) for c in children_of(participle)
    )


def _past(verb: Token) -> bool:
    """A clause that reports something done: past tense, present perfect or past passive ("was
    sentenced"), no modal."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.lemma_ == "have" or (a.dep_ == "auxpass" and a.tag_ == "VBD") for a in auxes))


def _present_perfect(verb: Token) -> bool:
    """"has promised", "have been charged": a past that English does not join to a named past
    day ("*has promised on Wednesday"), only to a stretch reaching now ("has agreed this week")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
        for c in children_of(verb)
    )


def _past_perfect(verb: Token) -> bool:
    """"had served", "had been charged": an act before the time the narrative is at, so never
    dated by the previous sentence's day (background: "He had served as minister …")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children_of(verb)
    )


def _reported(clause: Token) -> bool:
    """A clause reported by its sentence's past-tense verb of saying ("Trump also said that he
    would prefer to agree …"): what was said is dated by the saying."""
    root = clause.sent.root
    token = clause
    for _ in range(4):
        if token == root:
            break
        if token.dep_ not in ("ccomp", "xcomp") or token.head == token:
            return False
        token = token.head
    if token != root or token == clause or not _past(root):
        return False
    from ..events.patterns import pattern_book  # the events stage's vocabulary of saying

    return root.lemma_.lower() in pattern_book().modality["reporting_verbs"]


def _ahead(time: TimeExpr, published: dt.date) -> bool:
    """A time that lies after the publication day ("ordered him held until his next court
    appearance on April 5"): a deadline or schedule of something else, never the day of a
    past event, so it does not stop that event from taking the previous sentence's time."""
    parsed = parse_value(time.value)
    return parsed is not None and parsed[0] > published


def _carried_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The recent day/week time of the previous sentence's main clause, for a past event whose
    own sentence names no time (see the module docstring)."""
    sent = trigger.sent
    clause = clause_verb(trigger)
    if ctx.published is None or sent.start == 0 or clause is None:
        return None
    past = _past(clause)
    if not past and not _reported(clause):
        return None
    times = _times(ctx)
    if any(t.timex_type in ("DATE", "TIME") and not (past and _ahead(t, ctx.published))
           for t in times.starting_in(sent.start_char, sent.end_char)):
        return None  # the sentence has times of its own, just not for this clause
    before = ctx.doc[sent.start - 1].sent
    for _ in range(CARRY_SENTENCES - 1):
        # a sentence without any time keeps the reference time too ("Trump said on Friday "I
        # can do it." ¶ … "I may do it." Trump also said …"), within the paragraph
        if before.start == 0 or "\n\n" in ctx.doc[before.start - 1 : before.end].text or (
            times.starting_in(before.start_char, before.end_char)
        ):
            break
        before = ctx.doc[before.start - 1].sent
    if _past_perfect(clause):
        return None  # "He had criticised the budget": before the time the story is at
    perfect = _present_perfect(clause)
    for time in times.starting_in(before.start_char, before.end_char):
        if time.type != "exact":
            continue
        parsed = parse_value(time.value)
        if parsed is None or parsed[1] not in ("day", "week"):
            continue
        if perfect and parsed[1] == "day" and parsed[0] != ctx.published:
            continue  # "… told TASS on Wednesday. The governor has promised …": not that day
        if not ctx.published - dt.timedelta(days=CARRY_DAYS) <= parsed[0] <= ctx.published:
            continue
        _, verb, owner = _time_path(time, ctx)
        if verb is None or owner is not None or verb.i != before.root.i:
            continue
        method = f"{time.method}+previous-sentence" if time.method else "previous-sentence"
        return replace(time, method=method)
    return None
