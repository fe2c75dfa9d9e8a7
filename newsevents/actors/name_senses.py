"""Names that are not the actors they contain, and dictionary names that are common words.

Issue 13. A country named inside the name of a gathering or a private body ("Fan Expo Canada",
"the Catholic Bishops' Conference of the Philippines", "the Canadian Council of Churches") is
where the body is, not the state acting; read as the state, the events stage makes it the
government (``CANGOV``), which the annotation guide never allows for companies and private
bodies. :func:`bodies_named_with_a_country` codes the whole name instead: that country, and a
sector only where the name's head or a sector noun inside it gives one.

A dictionary name that is also an ordinary word needs its sense from context
(:func:`common_word_names`): "cooler than the Sun" is the star, not a company; "found on
Amazon servers" or "sold on Amazon" is a platform, not an actor. The word lists are in
``data/actors/name_senses.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..datafiles import load_yaml
from ..events.kinds import kinds_of
from ..nlp.shared import ents_of, head_of
from .context import sector_of
from .generic import about_only
from .mentions import DocState, Mention
from .senses import outlet_context

_SCHEMA = {
    "source": str,
    "nonstate_heads": {str: str},
    "nonstate_sectors": [str],
    "object_kinds": [str],
    "platform_preps": [str],
    "platform_verbs": [str],
}

#: Entity labels a body's name gets from the small model ("Fan Expo Canada" ORG, a festival
#: sometimes EVENT).
_NAME_LABELS = frozenset({"ORG", "EVENT"})
#: Possessive marks as the tokenizer splits them off ("Bishops" + "'").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class NameSenses:
    """The word lists of ``name_senses.yaml``."""

    nonstate_heads: dict[str, str]
    nonstate_sectors: frozenset[str]
    object_kinds: frozenset[str]
    platform_preps: frozenset[str]
    platform_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load() -> NameSenses:
    """The lists, read and checked once per process."""
    data = load_yaml("actors/name_senses.yaml", _SCHEMA)
    return NameSenses(
        nonstate_heads={str(k).lower(): str(v) for k, v in data["nonstate_heads"].items()},
        nonstate_sectors=frozenset(data["nonstate_sectors"]),
        object_kinds=frozenset(data["object_kinds"]),
        platform_preps=frozenset(data["platform_preps"]),
        platform_verbs=frozenset(data["platform_verbs"]),
    )


def _name_head(state: DocState, ent: Span) -> Token | None:
    """The head noun of a name: its syntactic root, or, when the parser made the country the
    root ("Fan Expo Canada"), the nearest noun before it that is no country word."""
    root = ent.root
    if root.i not in state.nation:
        return root
    for tok in reversed(ent[: root.i - ent.start]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in state.nation:
            return tok
    return None


def _inner_sector(state: DocState, ent: Span, head: Token, allowed: frozenset[str]
                  ) -> tuple[str, Token] | None:
    """A sector noun inside the name, other than its head, of a sector in ``allowed``
    ("Bishops'" in "Bishops' Conference", "Churches" in "Council of Churches"); a word that is
    only what the body works for ("Association for Migrant Workers") does not count."""
    for tok in ent:
        if tok.i == head.i or tok.i in state.nation or about_only(tok, ent):
            continue
        found = sector_of(state, tok)
        sector = found[0] if found is not None else _plural_name_word(state, tok)
        if sector is not None and sector in allowed:
            return sector, tok
    return None


def _plural_name_word(state: DocState, tok: Token) -> str | None:
    """The sector of a capitalised plural inside a name ("Churches", "Unions"): the parser
    tags it a proper noun and keeps it as its own lemma, so the sector lists miss it."""
    low = tok.lower_
    if tok.pos_ != "PROPN" or not low.endswith("s"):
        return None
    nouns = state.vocab.sector_nouns
    return nouns.get(low[:-1]) or (nouns.get(low[:-2]) if low.endswith("es") else None)


def _country(state: DocState, ent: Span) -> str | None:
    """The country a country name or nationality inside the name gives (not one it is only
    about: "Committee for Somalia Relief")."""
    for tok in ent:
        entry = state.nation.get(tok.i)
        if entry is None or about_only(tok, ent):
            continue
        code = entry[0]
        if len(code) == 3 and code.isalpha() and code.isupper():
            return code
    return None


def _capitalised_run(state: DocState, head: Token) -> int:
    """The first token of the capitalised words ending at ``head`` ("Catholic Bishops'
    Conference", "Fan Expo"): a possessive mark between capitalised words belongs to the name;
    "the" and lower-case words end it."""
    doc = state.doc
    sent_start = state.sent_of(head.i).start
    i = head.i
    while i > sent_start:
        prev = doc[i - 1]
        if prev.lower_ in _POSSESSIVE and i - 2 >= sent_start \
                and doc[i - 2].text[:1].isupper():
            i -= 1
            continue
        if not (prev.is_alpha and prev.text[:1].isupper()) or prev.lower_ == "the" \
                or (prev.i in state.owner and state.owner[prev.i].kind != "state"):
            break
        i -= 1
    return i


def _names_around_countries(state: DocState, heads: dict[str, str]) -> list[tuple[Span, Token]]:
    """(name, head) for a country name right after a name's head ("Expo Canada"), in its "of"
    phrase ("Conference of the Philippines") or right before it ("Canada Cup"): the small
    model often labels such names PERSON or leaves the country a GPE of its own."""
    doc = state.doc
    found = []
    for m in state.mentions:
        if m.kind != "state" or m.start == 0:
            continue
        i = m.start - 1
        if doc[i].lower_ == "the" and i > 0:
            i -= 1
        cand: Token | None = None
        end = m.end
        if doc[i].lower_ == "of" and i > 0:
            cand = doc[i - 1]
        elif i == m.start - 1:
            cand = doc[i]
        if cand is None or not cand.text[:1].isupper() or cand.lower_ not in heads:
            if m.end < len(doc) and doc[m.end].text[:1].isupper() \
                    and doc[m.end].lower_ in heads:
                cand, end = doc[m.end], m.end + 1
            else:
                continue
        start = _capitalised_run(state, cand) if cand.i < m.start else m.start
        found.append((doc[start:end], cand))
    return found


def bodies_named_with_a_country(state: DocState) -> None:
    """Code a name with a country inside it as that country's body, not its government, when
    its head is no state institution ("Fan Expo Canada" ``CANBUS``, "Bishops' Conference of
    the Philippines" ``PHLREL``) or a state-institution head is filled by a non-state sector
    ("Canadian Council of Churches" ``CANREL``). Runs after the dictionary matches and before
    the sector-noun pass, which would read "the Canadian Council" alone as ``CANGOV``."""
    senses = load()
    heads = state.vocab.institution_heads
    names: list[tuple[Span, Token]] = []
    for ent in ents_of(state.doc):  # the Doc's one scan: ``doc.ents`` rebuilds every Span
        if ent.label_ in _NAME_LABELS and len(ent) >= 2:
            head = _name_head(state, ent)
            if head is not None:
                names.append((ent, head))
    names += _names_around_countries(state, senses.nonstate_heads)
    for ent, head in names:
        if head.text[:1].islower() or not state.doc[ent.start : ent.end].text.strip():
            continue
        inner = {id(m): m for i in range(ent.start, ent.end)
                 if (m := state.owner.get(i)) is not None}.values()
        if any(m.kind != "state" or m.start < ent.start or m.end > ent.end for m in inner):
            continue  # a person, an agency or a longer mention: other passes decide
        country = _country(state, ent)
        if country is None:
            continue
        low = head.lower_
        if low in senses.nonstate_heads:
            sector: str | None = senses.nonstate_heads[low] or None
            found = _inner_sector(state, ent, head, senses.nonstate_sectors)
            if found is not None and sector != "-":
                sector = found[0]
            why = (f"a name headed by '{head.text}', no state institution: the body of the "
                   f"country named in it, not its government")
        elif heads.get(low) == "GOV" and (found := _inner_sector(
                state, ent, head, senses.nonstate_sectors)) is not None:
            sector = found[0]
            why = (f"'{head.text}' of '{found[1].text}' ({sector}): a body of a non-state "
                   "sector, not a state institution")
        else:
            continue
        for m in list(inner):
            state.remove(m)
        if sector == "-":
            continue  # "the Canada Cup": a contest, no actor; nor is the country in it
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        span = state.doc[start : ent.end]
        state.add(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                          "organisation", country, sector, None, "ner",
                          f"{why} → {country}{sector or ''}", head=head.i))


def _platform(senses: NameSenses, tok: Token) -> bool:
    """Is this name (or the noun it modifies: "on Amazon web servers") the object of "on"
    after a verb of selling, posting or finding ("sold on Amazon", "found on Amazon.com web
    servers", "available on Netflix")?"""
    while tok.dep_ == "compound" and head_of(tok).i != tok.i:
        tok = head_of(tok)
    if tok.dep_ != "pobj" or head_of(tok).lower_ not in senses.platform_preps:
        return False
    gov = head_of(head_of(tok))
    return gov.pos_ in ("VERB", "AUX", "ADJ") and gov.lemma_.lower() in senses.platform_verbs


def _natural_object(state: DocState, senses: NameSenses, m: Mention, tok: Token) -> bool:
    """Is a one-word name whose commonest WordNet sense is a natural object ("Sun", "Moon")
    here that object, with no outlet or speaker context ("The Sun reported")?"""
    kinds = kinds_of(tok)
    return (bool(kinds) and kinds[0] in senses.object_kinds
            and not outlet_context(state, m.start, m.end))


def common_word_names(state: DocState) -> None:
    """Drop company and outlet names a dictionary matched that are here an ordinary word: a
    natural object ("cooler than the Sun") or a platform ("posted on Amazon")."""
    senses = load()
    doc = state.doc
    for m in list(state.mentions):
        if m.kind not in ("organisation", "media") or m.sector not in ("BUS", "MED"):
            continue
        if m.person or m.method not in ("dictionary", "ner"):
            continue
        words = [t for t in doc[m.start : m.end] if t.lower_ != "the"]
        if len(words) != 1:
            continue
        tok = words[0]
        if not tok.text[:1].isupper() or tok.lower_ in state.vocab.sector_nouns \
                or tok.lemma_.lower() in state.vocab.sector_nouns:
            continue  # "Bank of Canada": a sector noun ("bank"), not a dictionary name
        if _natural_object(state, senses, m, tok) or _platform(senses, tok):
            state.remove(m)
