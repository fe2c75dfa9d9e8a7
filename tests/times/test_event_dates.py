"""Event dates beyond the own clause: times inside noun phrases, named past events, participle
chains, the previous sentence's time and repeated mentions of one event.

Rule logic runs on hand-built ``Doc``s (the parse is the premise); behaviour through the real
model and the whole pipeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents import extract_text
from newsevents.pipeline import Context
from newsevents.times import extract_times
from newsevents.times.attach import event_time

FRIDAY = dt.date(2025, 3, 14)


def token(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.doc if t.text == text)


def built(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str],
          tags: list[str]) -> Context:
    """A Context over a hand-built parse (times found by the real times stage on its text)."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    ctx = Context(doc=doc, text=doc.text, published=FRIDAY)  # type: ignore[arg-type]
    ctx.times = extract_times(ctx)
    return ctx


def test_a_year_inside_a_noun_phrase_is_the_nouns(nlp: Language) -> None:
    # "Critics questioned the 2016 vote": the year dates the vote, not the questioning
    ctx = built(
        nlp,
        ["Critics", "questioned", "the", "2016", "vote", "."],
        [1, 1, 4, 4, 1, 1],
        ["nsubj", "ROOT", "det", "nummod", "dobj", "punct"],
        ["NOUN", "VERB", "DET", "NUM", "NOUN", "PUNCT"],
        ["NNS", "VBD", "DT", "CD", "NN", "."],
    )
    assert [t.value for t in ctx.times] == ["2016"]
    assert event_time(ctx, token(ctx, "vote")).value == "2016"  # type: ignore[union-attr]
    questioned = event_time(ctx, token(ctx, "questioned"))
    assert questioned is not None and questioned.type == "publication"


def test_a_framing_phrase_hands_its_year_to_the_verb(nlp: Language) -> None:
    # "Israel seized land in the 1967 war": the war frames the seizure
    ctx = built(
        nlp,
        ["Israel", "seized", "land", "in", "the", "1967", "war", "."],
        [1, 1, 1, 1, 6, 6, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "det", "nummod", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"],
        ["NNP", "VBD", "NN", "IN", "DT", "CD", "NN", "."],
    )
    assert event_time(ctx, token(ctx, "seized")).value == "1967"  # type: ignore[union-attr]


def test_a_named_past_event_gets_no_date_without_a_year(nlp: Language) -> None:
    # "Fighting has raged following the invasion": the invasion is before, and undated
    ctx = built(
        nlp,
        ["Fighting", "has", "raged", "following", "the", "invasion", "."],
        [2, 2, 2, 2, 5, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "det", "pobj", "punct"],
        ["NOUN", "AUX", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
        ["NN", "VBZ", "VBN", "VBG", "DT", "NN", "."],
    )
    invasion = event_time(ctx, token(ctx, "invasion"))
    assert invasion is not None
    assert (invasion.value, invasion.type) == (None, "unresolved")
    assert invasion.method == "rule:past-event"
    raged = event_time(ctx, token(ctx, "raged"))
    assert raged is not None and raged.type == "publication"


def test_real_model_examples(context: Callable[..., Context]) -> None:
    ctx = context("Critics questioned the 2016 election on Monday.")
    assert event_time(ctx, token(ctx, "questioned")).value == "2025-03-10"  # type: ignore[union-attr]
    assert event_time(ctx, token(ctx, "election")).value == "2016"  # type: ignore[union-attr]
    ctx = context("Protesters marked the 1997 handover of Hong Kong.")
    assert event_time(ctx, token(ctx, "handover")).value == "1997"  # type: ignore[union-attr]
    ctx = context("He served as minister until 2018, resigning in protest.")
    assert event_time(ctx, token(ctx, "resigning")).value == "2018"  # type: ignore[union-attr]


def test_previous_sentence_time_carries_only_when_recent(context: Callable[..., Context]) -> None:
    ctx = context("The minister met the envoy on Tuesday. He signed the accord.")
    assert event_time(ctx, token(ctx, "signed")).value == "2025-03-11"  # type: ignore[union-attr]
    ctx = context("In 1980 he became prime minister. He supported schools.")
    supported = event_time(ctx, token(ctx, "supported"))
    assert supported is not None and supported.type == "publication"
    ctx = context("The minister met the envoy on Tuesday. He will sign the accord.")
    sign = event_time(ctx, token(ctx, "sign"))
    assert sign is not None and sign.type == "publication"


def test_a_lead_event_takes_the_day_of_its_dated_repeat() -> None:
    doc = extract_text(
        "Poland's President Andrzej Duda has once again called on the United States to deploy "
        "troops.\n\nA similar request was made to Washington in 2022.\n\nDuda repeated his "
        "appeal to the United States in an interview on Wednesday.",
        published="2025-03-14",
    )
    lead = [e for e in doc.events if e.trigger.text == "called"]
    assert lead and lead[0].date is not None
    assert lead[0].date.value == "2025-03-12" and lead[0].date.method.endswith("+same-event")


def test_a_date_beats_a_reference_word_of_the_same_clause(
    context: Callable[..., Context],
) -> None:
    # "now" sits nearer the verb, inside the object's apposition
    ctx = context("On Tuesday, the chief judge of the regional appeals court in Bergen, Maria "
                  "Olsen, sentenced Carl Lund, now 40, to ten years.")
    date = event_time(ctx, token(ctx, "sentenced"))
    assert date is not None and date.value == "2025-03-11"


def test_past_passives_and_reported_clauses_carry_the_time(
    context: Callable[..., Context],
) -> None:
    ctx = context("The mayor was arrested on Wednesday. He was charged with fraud.")
    charged = event_time(ctx, token(ctx, "charged"))
    assert charged is not None and charged.value == "2025-03-12"
    # the time carries over a sentence that names none (a quoted line) within the paragraph
    ctx = context(
        'The minister spoke on Wednesday. "We are ready," she said. She also said that her '
        "government would sign the treaty."
    )
    sign = event_time(ctx, token(ctx, "sign"))
    assert sign is not None and sign.value == "2025-03-12"
    # not reported by a verb of saying: a plan is not dated by the previous sentence
    ctx = context("The minister spoke on Wednesday. Her government hopes to sign the treaty.")
    hoped = event_time(ctx, token(ctx, "sign"))
    assert hoped is not None and hoped.type == "publication"


def test_a_time_ahead_does_not_stop_the_carry_of_a_past_event(
    context: Callable[..., Context],
) -> None:
    # "April 2" is the next hearing, a day after publication: it cannot date the ordering,
    # which happened on the day the story is at (Tuesday)
    ctx = context("Police detained the driver on Tuesday. A magistrate ordered him held until "
                  "a hearing on April 2.")
    ordered = event_time(ctx, token(ctx, "ordered"))
    assert ordered is not None and ordered.value == "2025-03-11"
    # a time behind publication is the sentence's own: nothing carries
    ctx = context("Police detained the driver on Tuesday. A magistrate ordered him held after "
                  "a hearing in 2019.")
    ordered = event_time(ctx, token(ctx, "ordered"))
    assert ordered is not None and ordered.value != "2025-03-11"
    # a plan is not carried either, even with a time ahead
    ctx = context("Police detained the driver on Tuesday. The magistrate hopes to hear him "
                  "on April 2.")
    hear = event_time(ctx, token(ctx, "hear"))
    assert hear is not None and hear.value != "2025-03-11"


def test_a_past_clause_is_not_anchored_at_a_time_ahead(context: Callable[..., Context]) -> None:
    # the remand runs to a day after publication; the robbery's clock time and "the same day"
    # belong to the Wednesday the story is about, not to April 3
    ctx = context("Gunmen robbed a bank on Wednesday. A judge remanded one suspect until April 3. "
                  "The robbery began at 9 p.m. and a second branch was robbed the same day.")
    values = {t.text: t.value for t in ctx.times}
    assert values["April 3"] == "2025-04-03"
    assert values["9 p.m."] == "2025-03-12T21:00"
    assert values["the same day"] == "2025-03-12"
    # a clause still ahead keeps the narrative at the time ahead
    ctx = context("The court will sit on April 3. It will open at 9 a.m.")
    assert {t.text: t.value for t in ctx.times}["9 a.m."] == "2025-04-03T09:00"


def test_a_gerund_takes_the_time_of_its_governing_clause(
    context: Callable[..., Context],
) -> None:
    # the seizing is the policy the 1980s clause introduced, not an act of publication day
    ctx = context("In the 1980s, the junta introduced a policy of seizing farms from exiles.")
    seizing = event_time(ctx, token(ctx, "seizing"))
    assert seizing is not None and seizing.value == "198"
    # a gerund adjunct of the verb names a cause, not the same occasion: no inherited year
    ctx = context("The refinery was fined in 2016 for dumping waste into the harbour.")
    dumping = event_time(ctx, token(ctx, "dumping"))
    assert dumping is not None and dumping.value != "2016"
    # a preposition of sequence inside the noun phrase places the act before: no inherited time
    ctx = context("In 2016 the refinery paid a fine after dumping waste into the harbour.")
    dumping = event_time(ctx, token(ctx, "dumping"))
    assert dumping is not None and dumping.value != "2016"


def test_a_present_perfect_does_not_take_the_previous_sentences_day(
    context: Callable[..., Context],
) -> None:
    # English joins no named past day to a present perfect ("*has pledged on Tuesday"): the
    # pledge is not dated by the Tuesday of the sentence before
    ctx = context("The mayor spoke to reporters on Tuesday. The council has pledged new funds "
                  "for the harbour.")
    pledged = event_time(ctx, token(ctx, "pledged"))
    assert pledged is not None and pledged.type == "publication"
    # a simple past still continues the story's day
    ctx = context("The mayor spoke to reporters on Tuesday. The council pledged new funds for "
                  "the harbour.")
    pledged = event_time(ctx, token(ctx, "pledged"))
    assert pledged is not None and pledged.value == "2025-03-11"
    # a stretch that reaches now goes with a present perfect: the week carries
    ctx = context("The mayor met the unions this week. The council has pledged new funds for "
                  "the harbour.")
    pledged = event_time(ctx, token(ctx, "pledged"))
    assert pledged is not None and pledged.value == "2025-W11"


def test_a_noun_tagged_gerund_adjunct_inherits_no_time(nlp: Language) -> None:
    # "The firm was fined in 2016 for illegal dumping": the dumping is the cause, before the
    # fine, not of 2016 (the tagger reads "dumping" as a noun here)
    ctx = built(
        nlp,
        ["The", "firm", "was", "fined", "in", "2016", "for", "illegal", "dumping", "."],
        [1, 3, 3, 3, 3, 4, 3, 8, 6, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "amod", "pobj", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "ADP", "ADJ", "NOUN", "PUNCT"],
        ["DT", "NN", "VBD", "VBN", "IN", "CD", "IN", "JJ", "NN", "."],
    )
    assert event_time(ctx, token(ctx, "fined")).value == "2016"  # type: ignore[union-attr]
    dumping = event_time(ctx, token(ctx, "dumping"))
    assert dumping is not None and dumping.type == "publication"
    # with a determiner it is a nominal event of the clause: "jailed in 2016 for the bombing"
    ctx = built(
        nlp,
        ["He", "was", "jailed", "in", "2016", "for", "the", "bombing", "."],
        [2, 2, 2, 2, 3, 2, 7, 5, 2],
        ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
        ["PRON", "AUX", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN", "PUNCT"],
        ["PRP", "VBD", "VBN", "IN", "CD", "IN", "DT", "NN", "."],
    )
    assert event_time(ctx, token(ctx, "bombing")).value == "2016"  # type: ignore[union-attr]


def test_a_length_after_a_dated_event_dates_the_clause(context: Callable[..., Context]) -> None:
    # the fire is dated at its first mention; "40 minutes after the fire" is that Tuesday
    ctx = context("Crews fought a warehouse fire in Leeds on Tuesday. Police detained a "
                  "teenager 40 minutes after the fire.")
    detained = event_time(ctx, token(ctx, "detained"))
    assert detained is not None and detained.value == "2025-03-11"
    assert detained.method == "rule:event-relation"
    ctx = context("Crews fought a warehouse fire in Leeds on Tuesday. Police had questioned the "
                  "teenager two days before the fire.")
    questioned = event_time(ctx, token(ctx, "questioned"))
    assert questioned is not None and questioned.value == "2025-03-09"
    # an undated earlier mention gives nothing to measure from
    ctx = context("Crews fought a warehouse fire in Leeds. Police detained a teenager 40 "
                  "minutes after the fire.")
    detained = event_time(ctx, token(ctx, "detained"))
    assert detained is not None and detained.type == "publication"


def test_a_past_perfect_is_background_not_the_story_day(context: Callable[..., Context]) -> None:
    # "had criticised" lies before the Tuesday the story is at: not dated by it
    ctx = context("The minister resigned on Tuesday. He had criticised the budget.")
    criticised = event_time(ctx, token(ctx, "criticised"))
    assert criticised is not None and criticised.type == "publication"


def test_an_object_less_gerund_completing_a_noun_takes_the_clause_time(
    context: Callable[..., Context],
) -> None:
    # the tagger attaches an object-less gerund as the preposition's pobj, not pcomp
    ctx = context("In 2010 the government started a programme of rebuilding.")
    rebuilding = event_time(ctx, token(ctx, "rebuilding"))
    assert rebuilding is not None and rebuilding.value == "2010"


def test_a_present_participle_on_the_object_takes_the_clause_time(nlp: Language) -> None:
    # "On Tuesday the council passed a law banning smoking": the law bans from its passing
    ctx = built(
        nlp,
        ["On", "Tuesday", "the", "council", "passed", "a", "law", "banning", "smoking", "."],
        [4, 0, 3, 4, 4, 6, 4, 6, 7, 4],
        ["prep", "pobj", "det", "nsubj", "ROOT", "det", "dobj", "acl", "dobj", "punct"],
        ["ADP", "PROPN", "DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        ["IN", "NNP", "DT", "NN", "VBD", "DT", "NN", "VBG", "NN", "."],
    )
    assert event_time(ctx, token(ctx, "banning")).value == "2025-03-11"  # type: ignore[union-attr]
    # a past participle on the object is a relative of its own time: "a rule adopted …"
    ctx = built(
        nlp,
        ["On", "Tuesday", "the", "council", "repealed", "a", "rule", "adopted", "earlier", "."],
        [4, 0, 3, 4, 4, 6, 4, 6, 7, 4],
        ["prep", "pobj", "det", "nsubj", "ROOT", "det", "dobj", "acl", "advmod", "punct"],
        ["ADP", "PROPN", "DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        ["IN", "NNP", "DT", "NN", "VBD", "DT", "NN", "VBN", "RB", "."],
    )
    adopted = event_time(ctx, token(ctx, "adopted"))
    assert adopted is not None and adopted.value != "2025-03-11"


def test_a_statement_condemning_is_of_the_day_it_was_issued(
    context: Callable[..., Context],
) -> None:
    ctx = context("On Monday, the army issued a statement condemning the raid on the border post.")
    condemning = event_time(ctx, token(ctx, "condemning"))
    assert condemning is not None and condemning.value == "2025-03-10"


def test_a_relative_clause_with_its_own_object_dates_its_own_act() -> None:
    # the parser hangs "on a farm … that killed three miners last year" on "open": the killing
    # has its own object and its own time, which is not the inquiry's (voted on Monday)
    text = ("The Ghanaian parliament voted on Monday to open an inquiry into the shooting on a "
            "farm in Ashanti that killed three miners last year.")
    dates = {e.trigger.text: e.date.value for e in extract_text(text, published="2025-04-10").events
             if e.date is not None}
    assert dates.get("inquiry") == "2025-04-07", dates
    assert dates.get("killed") == "2024", dates
