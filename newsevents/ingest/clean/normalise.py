"""Unicode normalisation that keeps the characters later stages rely on.

NFC composes accents so "Kraków" is one string whatever the scraper emitted; odd spaces
(no-break, thin, ideographic …) become a plain space so tokenisation and matching see one kind
of space; zero-width characters go. Curly quotes and dashes are *kept*: the quote stage reads
“…” and ‘…’ to tell direct quotes from scare quotes, and straightening them loses that.
"""

from __future__ import annotations

import re
import unicodedata

#: Space-like characters mapped to U+0020 (one character each, so offsets do not move).
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t\v\f",
    ),
    " ",
)
#: Invisible characters removed (zero-width space, non-joiner and joiner, word joiner, BOM, soft
#: hyphen): inside an English word they split it for the tokenizer and the dictionaries ("Daily
#: Xtra\u200d's" is no outlet). The scripts that need the joiners are refused as non-English.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def normalise(text: str) -> str:
    """NFC, one kind of space, ``\\n`` line breaks, no invisible characters; quotes untouched."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return text.translate(_SPACES)


_RUNS = re.compile(" {2,}")


def collapse(line: str) -> str:
    """Runs of spaces inside a line become one space (NBSP + space left "as well  as")."""
    return _RUNS.sub(" ", line).strip()
