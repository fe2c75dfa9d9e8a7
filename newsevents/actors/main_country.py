"""The story's lead sentence and the country the story is mainly about.

Wikinews and wire texts often open with a dateline ("Saturday, January 12, 2019") or a headline
fragment before the first real sentence. Counting such a fragment as "the first sentence" gives
its (usually empty) places the lead's weight, so a Cuban bus crash with seven foreign victims
named later is about "no one country". The lead is the first sentence a reader reads as one:
it has a verb and ends like a sentence.

The main country is then the clear majority of the article's places and coded actors, the
lead's mentions counting double; generic actors that name no country of their own ("locals",
"the palace", "the bus driver") fall back to it (:mod:`.generic`).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from .mentions import DocState
from .people import affiliation_only

#: The least share of the country votes the article's main country needs: a story with three
#: of twelve mentions for one country and the rest spread over many is about no one country.
MAIN_SHARE = 0.4
#: How the lead's votes weigh against the rest of the article's.
LEAD_WEIGHT = 2
#: What a sentence (not a headline or dateline fragment) ends with.
_SENTENCE_END = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})


def lead_sentence(state: DocState) -> Span | None:
    """The first sentence with a finite or participial verb that ends like a sentence; a
    dateline ("Saturday, January 12, 2019") or a headline fragment is skipped. Falls back to
    the first sentence when none qualifies (a one-line text)."""
    if not state.sents:
        return None
    for sent in state.sents:
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text not in _SENTENCE_END:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return sent
    return state.sents[0]


def _refugee_origins(state: DocState) -> set[int]:
    """Tokens of the place a refugee group comes from ("refugees from Somalia"): where they
    fled, not where the story happens, so no vote for the story's country."""
    doc = state.doc
    found: set[int] = set()
    for m in state.mentions:
        if m.sector != "REF":
            continue
        for prep in doc[m.head].rights:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                found.update(t.i for t in prep.subtree)
    return found


def main_country(state: DocState, place_at: dict[int, str]) -> tuple[str | None, str]:
    """The country the article is mainly about: the clear majority of its places and coded
    actors (a lead-sentence mention counts double); None when two countries are close, or when
    votes spread over many countries and the lead names no single one of them."""
    first = lead_sentence(state)
    votes: Counter[str] = Counter()
    in_lead: set[str] = set()
    seen_tokens: set[int] = set()

    def vote(code: str | None, i: int) -> None:
        if not code or code not in state.vocab.country_names:
            return  # an IGO's or NGO's parent code ("UNO", "NGO") is no country
        lead = first is not None and first.start <= i < first.end
        votes[code] += LEAD_WEIGHT if lead else 1
        if lead:
            in_lead.add(code)

    origins = _refugee_origins(state)
    for i, code in place_at.items():
        if i - 1 in place_at and place_at[i - 1] == code:
            continue  # one vote per multi-token place
        if i in origins:
            seen_tokens.add(i)  # nor a vote for the country's own mention
            continue  # "asylum seekers from Somalia" in a Kenyan story
        seen_tokens.add(i)
        vote(code, i)
    for m in state.mentions:
        if (m.kind == "media" or m.country is None or m.head in seen_tokens
                or m.default_reading or affiliation_only(state.doc[m.head])):
            continue
        if m.sector == "BUS":
            continue  # a company sells everywhere: "a Toyota car" is no story about Japan
        if m.sector == "REF":
            continue  # "refugees from Somalia" in Kenya: their origin, not where the story is
        if m.sector == "EDU" and not any(i in state.nation for i in range(m.start, m.end)):
            # a university and its academics are quoted as experts on any country's news
            # ("Professor X of Deakin University" on a New Zealand shooting): only a country
            # the text writes on them ("Polish schools", "Danish student X") is a vote
            continue
        if state.doc[m.head].lower_ in state.vocab.mission_nouns:
            continue  # "the Myanma embassy" in an Indian story: a state's presence abroad
        vote(m.country, m.head)
    if not votes:
        return None, ""
    ranked = votes.most_common(2)
    top, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if score < 1.5 * second or score == second:
        return None, ""
    if score < MAIN_SHARE * sum(votes.values()) and in_lead != {top}:
        # many countries named once each (the nationalities of a crash's victims) leave the
        # story with the one country its lead places it in; without such a lead, no country
        return None, ""
    return top, f"the article is mainly about {top} ({score} of {sum(votes.values())} country " \
                "mentions)"
