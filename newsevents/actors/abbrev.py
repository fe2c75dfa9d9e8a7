"""Abbreviations an article defines: "the Federal Security Service (FSB)" makes every later
"FSB" the same actor.

Wire copy and Wikinews spell a body out once with its abbreviation in brackets and use the
abbreviation afterwards; the dictionaries rarely list the short form, and the small NER model
often misses it, so the definition in the text is the most reliable source of its code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.shared import tokens_of, words_of
from .mentions import DocState, Mention

#: An abbreviation's shape: two to eight characters, capitals with "&" or "-" between them
#: ("FSB", "PG&E", "AT&T", "UN-Habitat" is a name, not this), every letter a capital.
_SHAPE = re.compile(r"^[A-Z](?:[A-Z]|[&-](?=[A-Z])){1,7}$")


def defined_abbreviations(state: DocState) -> None:
    """Add a mention, with the long form's code, for each defined abbreviation and its later
    bare uses (runs after the countries are placed, before coreference)."""
    doc = state.doc
    defined: dict[str, Mention] = {}
    for m in list(state.mentions):
        if m.kind in ("person", "state") or m.actor_code() is None:
            continue
        i = m.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            short = doc[i + 1]
            if _SHAPE.match(short.text):
                defined.setdefault(short.text, m)
    if not defined:
        return
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):
        long_form = defined.get(word)
        if long_form is None:
            continue
        tok = tokens[i]
        owner = state.owner.get(tok.i)
        if owner is not None:
            if owner.actor_code() is not None or owner.end - owner.start > 1:
                continue
            state.remove(owner)  # the NER's uncoded "FSB": the definition knows better
        state.add(replace(long_form, start=tok.i, end=tok.i + 1, start_char=tok.idx,
                          end_char=tok.idx + len(tok), head=tok.i, method="coreference",
                          reason=f"'{tok.text}' is the abbreviation the text defines for "
                                 f"'{long_form.name}'", name_start=None))
