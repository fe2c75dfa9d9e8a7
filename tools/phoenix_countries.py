"""The part of the Phoenix country-dictionary converters they share: the walk over the file's
blocks and the CSV writer.

``Phoenix.Countries.actors.txt`` (Open Event Data Alliance, PETRARCH project, MIT licence) is a
list of blocks: a head line flush left (``ZINE_EL_ABIDINE_BEN_ALI_  # CountryInfo.txt``), alias
lines opening with ``+`` and indented code lines ``[TUNGOV >871107]``; ``#`` opens a comment.
``tools/convert_phoenix_agencies.py`` keeps a country's institutions (undated codes) and
``tools/convert_phoenix_people.py`` its office holders (dated codes): both read the blocks the
same way, so the walk lives here once, and each converter only decides which blocks to keep.

The converters are run as scripts (``python tools/convert_phoenix_people.py``: ``tools/`` is
then on the import path) and loaded by the tests through
``importlib.util.spec_from_file_location`` (it is not), so each converter puts its own folder on
``sys.path`` before importing this module.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

#: A code line: ``[TUNGOV 540101-000101]``, ``[USAGOVDEV]``; the date part may be empty.
CODE = re.compile(r"^\s*\[(?P<code>[A-Z]{3,})\s*(?P<date>[^\]]*)\]")
#: The ISO 3166 alpha-3 countries, with Palestine and Kosovo as the CAMEO codes write them.
ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"PSE", "XKX"}


@dataclass(frozen=True)
class Block:
    """One entry of the file: its raw head line, its raw names (head first, then the ``+``
    aliases, as written) and its codes as (code, date text; "" when undated)."""

    head: str
    names: tuple[str, ...]
    codes: tuple[tuple[str, str], ...]


def blocks(text: str) -> Iterator[Block]:
    """The file's blocks in order; a block is closed by the next head line or the end."""
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code = CODE.match(line)
        if code:
            codes.append((code["code"], (code["date"] or "").strip()))
        elif line.startswith("+"):
            names.append(line)
        elif not line[0].isspace():
            if names:
                yield Block(names[0], tuple(names), tuple(codes))
            names, codes = [line], []
    if names:
        yield Block(names[0], tuple(names), tuple(codes))


def main(argv: Sequence[str] | None, *, description: str, header: str,
         columns: Sequence[str], convert: Callable[[str], Sequence[Sequence[str]]]) -> int:
    """Read the source named on the command line, convert it and write ``header`` (the source
    comment lines), the column row and the rows as CSV with ``\\n`` line ends."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("source", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    rows = convert(args.source.read_text(encoding="utf-8", errors="replace"))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    args.output.write_text(header + buf.getvalue(), encoding="utf-8")
    print(f"{len(rows)} rows -> {args.output}", file=sys.stderr)
    return 0
