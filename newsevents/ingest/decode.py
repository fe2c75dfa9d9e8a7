"""Bytes → text: BOMs, UTF-8, then charset detection; binary and oversized inputs refused.

Scraped corpora mix encodings (Latin-1 pages saved by old crawlers, UTF-16 exports from Windows
tools), so a reader never assumes UTF-8. The order matters: a BOM is authoritative, strict UTF-8
is right for almost everything else and cheap to test, and only then is charset-normalizer asked
to guess. Binary files are recognised *before* guessing, because a guesser will happily "decode"
a JPEG as some code page.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib

from charset_normalizer import from_bytes

from ..errors import InputError

#: Default size cap for one input (file, JSONL line, feed, WARC record), in bytes.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Environment variable that overrides the default cap (bytes).
MAX_BYTES_ENV = "NEWSEVENTS_MAX_BYTES"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Magic numbers of formats that are certainly not articles.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"BM",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"ID3",
    b"OggS",
    b"fLaC",
    b"\x1a\x45\xdf\xa3",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"SQLite format 3",
    b"PAR1",
    b"DUCK",
)

#: Share of control characters (other than tab/newline/form feed) that makes text "binary".
_MAX_CONTROL_RATIO = 0.02


def max_bytes(override: int | None = None) -> int:
    """The size cap in force: an explicit value, else ``$NEWSEVENTS_MAX_BYTES``, else 5 MB."""
    if override is not None:
        return override
    env = os.environ.get(MAX_BYTES_ENV, "").strip()
    if env.isdigit():
        return int(env)
    return DEFAULT_MAX_BYTES


def check_size(size: int, input: str, limit: int) -> None:
    """Refuse an input over the cap (E008) before it costs parsing time or memory."""
    if size > limit:
        raise InputError("E008", input=input, size=size, limit=limit)


def has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (checked on a prefix).

    NUL bytes mean binary unless a UTF-16/32 BOM says otherwise, or the NULs sit on every other
    byte as in BOM-less UTF-16 text.
    """
    head = data[:8192]
    if has_bom(head):
        return False
    if head.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in head:
        return _utf16_without_bom(head) is None
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > _MAX_CONTROL_RATIO


def _utf16_without_bom(head: bytes) -> str | None:
    """The UTF-16 codec a NUL-interleaved prefix decodes with, if any."""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * max(len(even), 1):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * max(len(odd), 1):
        return "utf-16-be"
    return None


def gunzip(data: bytes, input: str, limit: int) -> bytes:
    """Decompress gzip bytes, refusing more than ``limit`` bytes of output (zip bombs)."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(data, limit + 1)
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        raise InputError("E013", input=input, detail=f"bad gzip data ({exc})") from exc
    check_size(len(out), input, limit)
    return out


def decode(data: bytes, input: str, *, declared: str | None = None) -> str:
    """Decode bytes to text or raise E002 (empty), E003 (binary) or E004 (undecodable).

    ``declared`` is a charset named by the container (HTTP header in a WARC, XML prolog); it is
    tried after a BOM and before guessing.
    """
    if not data.strip():
        raise InputError("E002", input=input)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _non_empty(data.decode(codec), input)
            except UnicodeDecodeError as exc:
                raise InputError("E004", input=input) from exc
    if looks_binary(data):
        raise InputError("E003", input=input)
    if b"\x00" in data[:8192]:
        codec16 = _utf16_without_bom(data[:8192])
        if codec16:
            try:
                return _non_empty(data.decode(codec16), input)
            except UnicodeDecodeError as exc:
                raise InputError("E004", input=input) from exc
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return _non_empty(nearly, input)
    for codec in _candidates(declared):
        try:
            return _non_empty(data.decode(codec), input)
        except (UnicodeDecodeError, LookupError):
            continue
    western = _western(data)
    if western is not None:
        return _non_empty(western, input)
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("E004", input=input)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError("E004", input=input) from exc
    if _garbled(text):
        raise InputError("E004", input=input)
    return _non_empty(text, input)


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a truncated download, one mis-encoded character) is UTF-8:
    guessing a legacy code page for it would garble every accented letter instead."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if bad <= max(3, len(text) // 2000) and non_ascii > 2 * bad:
        return text
    return None


#: Non-ASCII characters a Windows-1252 reading of English/Western text plausibly contains.
_WESTERN_PUNCT = frozenset("’‘“”–—…€£¥°§©®™«»·•¡¿×")


def _western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1), if the result reads like Western text.

    English-language scrapes in a legacy encoding are overwhelmingly cp1252/Latin-1, and with
    only a few accented letters a statistical guesser often picks a wrong code page ("seńor").
    A Central European text read this way shows symbols instead of letters ("³" for "ł"), and
    is then left to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return text
    plausible = sum(1 for ch in high if (ch.isalpha() and ord(ch) < 0x180) or ch in _WESTERN_PUNCT)
    return text if plausible / len(high) >= 0.95 else None


def _candidates(declared: str | None) -> list[str]:
    codecs_ = ["utf-8"]
    if declared:
        try:
            name = codecs.lookup(declared.strip().strip("\"'")).name
        except LookupError:
            name = ""
        if name and name not in ("utf-8", "ascii"):
            codecs_.append(name)  # after strict UTF-8: pages often declare Latin-1 but send UTF-8
    return codecs_


def _garbled(text: str) -> bool:
    """A guessed decoding that is mostly unassigned/private-use characters is not text."""
    sample = text[:20_000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if 0xE000 <= ord(ch) <= 0xF8FF or ch == "\ufffd")
    return odd / len(sample) > 0.05


def _non_empty(text: str, input: str) -> str:
    if not text.strip():
        raise InputError("E002", input=input)
    return text
