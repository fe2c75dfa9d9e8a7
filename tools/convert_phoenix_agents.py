"""Convert the Phoenix agents dictionary into newsevents' generic-actor table.

Usage (from the repository root; re-runnable, the output is deterministic)::

    python tools/convert_phoenix_agents.py \\
        ../shared/data/vocab/phoenix/Phoenix.agents.txt newsevents/data/actors/agents.csv

``Phoenix.agents.txt`` (Open Event Data Alliance, PETRARCH project, MIT licence) lists the words
that signal a CAMEO actor *type* ("agent"): ``POLICE_OFFICER [~COP]``, ``GUNMAN {} [~UAF]``,
``DEFENSE_MINIST [~GOVMIL]``. Its syntax, as PETRARCH reads it:

- ``_`` joins the words of a phrase; a trailing ``_`` marks an open-ended phrase prefix
  ("LIBERATION_FRONT_ …"), which a dictionary lookup cannot use, so those lines are skipped;
- ``{…}`` after the phrase lists irregular plurals (``{}``: none); regular plurals are implied;
- ``!PERSON!`` and ``!MINIST!`` are substitution sets declared at the top of the file;
- ``[~XXXYYY]`` is the code the agent adds after a country code: ``XXX`` the primary sector,
  ``YYY`` an optional secondary one; ``#`` starts a comment.

One output row per phrase (lower case, words separated by spaces): ``phrase,sector,secondary``.
Stems that PETRARCH matched by prefix ("MINIST") are expanded only through the substitution
sets; a bare stem that is not an English word never matches a lemma and does no harm. Which
rows the actors stage ignores (vehicles, places, titles it reads elsewhere) is decided in
``sectors.yaml`` (``phoenix_skip``), not here, so this file stays a faithful conversion.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_LINE = re.compile(
    r"^(?P<phrase>[^{\[#]+?)\s*(?:\{(?P<plural>[^}]*)\}\s*)?\[(?P<code>[^\]}]*)[\]}]"
)
_SUBSET = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<values>.+)$")

HEADER = (
    "# source: Phoenix agents dictionary (Phoenix.agents.txt, PETRARCH project, Open Event Data"
    " Alliance, 2014), MIT licence: Copyright (c) 2014 Open Event Data Alliance; permission is"
    " hereby granted, free of charge, to deal in the Software without restriction, provided the"
    " copyright and permission notice are included. Converted by"
    " tools/convert_phoenix_agents.py.\n"
    "# command: python tools/convert_phoenix_agents.py"
    " ../shared/data/vocab/phoenix/Phoenix.agents.txt newsevents/data/actors/agents.csv\n"
    "# columns: phrase (lower case; irregular plurals get their own row) | sector (primary"
    " CAMEO agent code) | secondary (optional second code, e.g. GOV + MIL for a defence"
    " ministry)\n"
)


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a substitution-set phrase stands for ("POLICE!PERSON!" → policeman …)."""
    match = re.search(r"!([A-Z]+)!", phrase)
    if match is None:
        return [phrase]
    values = sets.get(match.group(1), [])
    out: list[str] = []
    for value in values:
        out += _expand(phrase[: match.start()] + value + phrase[match.end() :], sets)
    return out


def _words(phrase: str) -> str:
    return " ".join(phrase.replace("_", " ").lower().split())


def convert(text: str) -> list[tuple[str, str, str]]:
    """Rows (phrase, sector, secondary) from the dictionary text, sorted and de-duplicated."""
    sets: dict[str, list[str]] = {}
    rows: dict[tuple[str, str, str], None] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sub = _SUBSET.match(line)
        if sub is not None:
            sets[sub.group("name")] = [v.strip() for v in sub.group("values").split(",")]
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        code = m.group("code").strip()
        if not code.startswith("~") or len(code) < 4:
            continue  # "[IGO~]": a prefix code, not an agent type
        code = code[1:]
        sector, secondary = code[:3], code[3:6]
        phrase = m.group("phrase").strip()
        if phrase.endswith("_") or phrase.endswith(" "):
            continue  # an open-ended prefix ("LIBERATION_FRONT_"): not a phrase
        plurals = [p for p in re.split(r"[,\s]+", m.group("plural") or "") if p]
        for form in [phrase, *plurals]:
            for expanded in _expand(form, sets):
                words = _words(expanded)
                if words and re.fullmatch(r"[a-z0-9 .'/&-]+", words):
                    rows[(words, sector, secondary)] = None
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="Phoenix.agents.txt")
    parser.add_argument("output", type=Path, help="newsevents/data/actors/agents.csv")
    args = parser.parse_args(argv)
    rows = convert(args.source.read_text(encoding="utf-8", errors="replace"))
    lines = [HEADER + "phrase,sector,secondary"]
    lines += [f"{p},{s},{t}" for p, s, t in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
