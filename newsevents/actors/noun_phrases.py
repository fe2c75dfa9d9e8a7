"""Reading a sector noun's phrase: which sector it names, its modifiers, where it starts.

Pass 3 codes sector nouns ("Russian troops", :mod:`.context`) and bare titles ("the Polish
president", :mod:`.bare_titles`) by the words of their noun phrase; :mod:`.ner_sectors` and
:mod:`.complements` ask the same question of one word. Split from :mod:`.context` so these
readers share the phrase reading without importing pass 3's driver.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of, lowers_of
from .mentions import DocState

#: Sectors a nationless noun is still coded by (a bare "government" or "party" is too vague).
_GENERIC_OK = frozenset({"REB", "OPP", "CVL", "COP", "MIL", "REF", "LAB", "JUD", "LEG",
                         "SPY", "MED", "AGR", "UAF", "EDU", "HLH", "REL", "NGO", "BUS", "GOV",
                         "ELI"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod", "det"})


def _modifiers(token: Token) -> list[Token]:
    """Left modifiers of a noun and their subtrees, plus the object of an "of" phrase."""
    mods: list[Token] = []
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            mods.extend(child.subtree)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
            for pobj in (c for c in children_of(child) if c.dep_ == "pobj"):
                mods.append(pobj)
                mods.extend(t for t in pobj.lefts if t.dep_ in ("amod", "compound", "poss"))
    if token.dep_ == "compound" and head_of(token).i > token.i:
        # "a German government source": the nationality hangs on "source", not "government"
        for child in head_of(token).lefts:
            if child.i < token.i and child.dep_ in ("amod", "nmod"):
                mods.extend(child.subtree)
    return mods
#: Collective nouns that an "anti-"/"pro-" cause makes an activists' organisation.
_CAUSE_HEADS = frozenset({"group", "movement", "organisation", "organization", "campaigner",
                          "coalition"})
#: Possessive markers as the tokenizer splits them off ("sheriff" + "'s").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def sector_of(state: DocState, token: Token) -> tuple[str, int] | None:
    """(sector, phrase start) when ``token`` heads a sector noun phrase."""
    lowers = lowers_of(state.doc)
    vocab = state.vocab
    lemma = token.lemma_.lower()
    heads = vocab.sector_phrase_heads
    for n in range(min(vocab.sector_phrase_words, 5) if (token.lower_ in heads or lemma in heads)
                   else 1, 1, -1):
        if token.i - n + 1 >= 0:
            words = lowers[token.i - n + 1 : token.i]
            for last in (token.lower_, lemma):
                phrase = " ".join([*words, last])
                if phrase in vocab.sector_phrases:
                    return vocab.sector_phrases[phrase], token.i - n + 1
    if token.i >= 2 and lowers[token.i - 1] in _POSSESSIVE:
        # "the sheriff's deputies" is Phoenix's "sheriff deputy": the owner noun and the
        # staff noun make the phrase, the possessive marker between them is no word of it
        for last in (token.lower_, lemma):
            phrase = f"{lowers[token.i - 2]} {last}"
            if phrase in vocab.sector_phrases:
                return vocab.sector_phrases[phrase], token.i - 2
    low = token.lower_
    if lemma in _CAUSE_HEADS:
        # "anti-immigration groups", "pro-democracy movements": people organised for a
        # cause, the guide's activists' organisations (NGO)
        cause = next((c for c in token.lefts if c.lower_ in ("anti", "pro")
                      or c.lower_.startswith(("anti-", "pro-"))), None)
        if cause is not None:
            return "NGO", cause.i
    if low in vocab.sector_nouns:
        return vocab.sector_nouns[low], token.i
    if token.lemma_.lower() in vocab.sector_nouns:
        return vocab.sector_nouns[token.lemma_.lower()], token.i
    return None


def _span_start(state: DocState, token: Token, mods: list[Token], phrase_start: int) -> int:
    left = [t.i for t in mods if t.i < token.i and t.pos_ != "PRON"
            and not (t.dep_ == "case" and state.doc[t.i - 1].pos_ == "PRON")]
    start = min([phrase_start, *left])
    if start > 0 and state.doc[start - 1].lower_ == "the":
        start -= 1
    return start
