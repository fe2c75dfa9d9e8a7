"""Dictionary names inside a longer name that is something else: a leader's surname after a
given name that is not the leader's ("Paul Kihara" is not Minoru Kihara, "Ivanka Trump" not
Donald Trump), an international NGO's name after a country ("the Kenya Red Cross" is Kenya's
own society). Pass 1 (:func:`.resolve.from_match`) asks here before coding the dictionary
entry itself.
"""

from __future__ import annotations

from ..names import fold
from ..nlp.shared import children_of
from . import leaders as _leaders
from .matching import Match
from .mentions import DocState, Mention
from .vocab import Entry

#: Possessive markers as the tokenizer splits them off ("Kenya" + "'s").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def someone_else(state: DocState, match: Match, person: _leaders.Person,
                 titles: frozenset[str]) -> bool:
    """True when the matched surname alias names someone else; a name the NER missed then
    becomes a private person here (a PERSON it found is read by the titled-people pass)."""
    if not _another_given_name(state, match, person, titles):
        return False
    doc = state.doc
    start, end = match.start, match.end
    if doc[end - 1].ent_type_ != "PERSON":
        name = doc[start - 1 : end]
        state.add(Mention(start - 1, end, name.start_char, name.end_char, name.text,
                          "person", None, "CVL", None, "unresolved",
                          f"'{name.text}': another given name than {person.name}'s before "
                          "the surname, so someone else; no title: a private person",
                          head=end - 1, person=name.text, code="CVL", generic=True))
    return True


def out_of_date(state: DocState, match: Match, person: _leaders.Person,
                titles: frozenset[str]) -> bool:
    """True for an office holder of Phoenix's 2014 snapshot (``phoenix_people.csv``) out of
    office on the day whom the text gives a title of their own: "Zalmay Khalilzad, a US peace
    envoy" (2019). The snapshot's last office is out of date, so the titled-people pass reads
    the text's title (a title before the name, or one heading an apposition)."""
    if not person.phoenix or _leaders.status(person, state.published).in_office:
        return False
    doc = state.doc
    root = doc[match.start : match.end].root
    nouns = [c for c in children_of(root) if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if match.start > 0:
        nouns.append(doc[match.start - 1])
    former = state.vocab.former
    for noun in nouns:
        near = doc[max(noun.i - 3, 0) : noun.i + 1]
        if any(t.lower_ in former for t in near):
            return False  # "Former ambassador X": the table's former office says whose
        words = [t.lower_ for t in near][1:]
        if any(" ".join(words[k:]) in titles for k in range(len(words))):
            return True
    return False


def _another_given_name(state: DocState, match: Match, person: _leaders.Person,
                        titles: frozenset[str]) -> bool:
    """Is a surname alias matched after a given name that is none of the listed person's
    ("Paul Kihara" for the alias "Kihara" of Minoru Kihara)? Then it names someone else with
    the same surname, whom the titled-people pass reads by their own title."""
    doc = state.doc
    if match.end - match.start != 1 or match.start == 0:
        return False
    prev = doc[match.start - 1]
    if (prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.lower_ in titles
            or prev.lower_.rstrip(".") in state.vocab.honorifics or prev.i in state.nation
            or prev.text in state.vocab.ship_prefixes or prev.ent_type_ not in ("", "PERSON")):
        return False
    own = {w for n in person.names for w in fold(n).replace("-", " ").split()}
    return fold(prev.text).rstrip(".") not in {w.rstrip(".") for w in own}


def national_branch(state: DocState, match: Match, entry: Entry) -> None:
    """"The Kenya Red Cross", "the Nigerian Red Cross": an international NGO's name after a
    country or nationality is that country's own society, a national NGO (``KENNGO``), not
    the international body and not nothing."""
    doc = state.doc
    i = match.start - 1
    if i >= 1 and doc[i].lower_ in _POSSESSIVE:
        return  # "Kenya's Red Cross" reads as the international body's work there: leave it
    nation = state.nation.get(i)
    if nation is None or len(nation[0]) != 3 or nation[1] not in ("country", "demonym"):
        return
    start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    span = doc[start : match.end]
    state.add(Mention(start, match.end, span.start_char, span.end_char,
                      doc[i : match.end].text, "organisation", nation[0], "NGO", None,
                      "dictionary",
                      f"'{entry.name}' (igos.csv) after '{doc[i].text}': that country's own "
                      f"society, a national NGO → {nation[0]}NGO", head=match.end - 1))
