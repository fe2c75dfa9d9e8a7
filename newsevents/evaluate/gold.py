"""The project's own events gold format (``docs/evaluate.md``): reading and checking it.

One JSON object a line, one passage each, with the events a careful human coder expects and the
events that must never come out ``asserted``. The format is shared with the events helper's
sentence table, so the reader is strict: a typo in a CAMEO code or a modality would otherwise
silently turn a gold event into one nothing can match, and the score would lie.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import MODALITIES

_CAMEO = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_ACTOR = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
#: TIMEX3 calendar values, including decades ("199") and centuries ("19")
_DATE = re.compile(r"^(\d{2,3}|\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?|-Q[1-4])?)$")

REPO_ROOT = Path(__file__).resolve().parents[2]


class GoldFormatError(ValueError):
    """A gold file line that does not follow the documented format (file, line and reason)."""


@dataclass(frozen=True)
class GoldEvent:
    """One expected event, or one event that must not be asserted.

    Every field is a tuple of acceptable values: the gold format allows a single value or a list
    (``cameo_any``, a list of actor prefixes, ``modality`` list) because real text often admits
    several honest codings, and the scorer must not punish a coder for picking another right one.
    An empty ``source``/``target``/``cameo`` tuple means "any".
    """

    cameo: tuple[str, ...]
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    trigger: str | None = None
    symmetric: bool = False
    sentence_contains: str | None = None
    optional: bool = False  # a defensible extra coding: no recall cost if missed, no FP if found
    note: str | None = None

    @property
    def root(self) -> str:
        """The CAMEO root the per-root table files this event under (first acceptable code)."""
        return self.cameo[0][:2] if self.cameo else "any"


@dataclass(frozen=True)
class GoldPassage:
    """One gold passage: its text, publication date and expectations."""

    id: str
    text: str
    published: str | None
    events: tuple[GoldEvent, ...]
    must_not_assert: tuple[GoldEvent, ...] = ()
    exhaustive: bool = True
    note: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _strings(value: Any, what: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise GoldFormatError(f"{where}: {what} must be a string, a list of strings or null")


def _actors(value: Any, what: str, where: str) -> tuple[str, ...]:
    """A source or target: like ``_strings``, but a ``null`` inside a list is an alternative of
    its own, "or no participant" (``["USAMED", null]``), which the scorer reads as ``""``: an
    absent or uncoded participant matches it, as it matches the guide's ``""``."""
    if isinstance(value, list) and None in value:
        value = ["" if v is None else v for v in value]
    return _strings(value, what, where)


def _event(obj: Any, where: str, *, need_modality: bool) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: an event must be a JSON object")
    known = {"source", "target", "cameo", "cameo_any", "modality", "date", "trigger",
             "symmetric", "sentence_contains", "optional", "note"}
    unknown = set(obj) - known
    if unknown:
        raise GoldFormatError(f"{where}: unknown key(s) {sorted(unknown)}")
    cameo = _strings(obj.get("cameo_any", obj.get("cameo")), "cameo", where)
    for code in cameo:
        if not _CAMEO.match(code):
            raise GoldFormatError(f"{where}: {code!r} is not a CAMEO event code or root")
    if need_modality and not cameo:
        raise GoldFormatError(f"{where}: an expected event needs cameo or cameo_any")
    source = _actors(obj.get("source"), "source", where)
    target = _actors(obj.get("target"), "target", where)
    for code in source + target:
        if code and not _ACTOR.match(code):
            raise GoldFormatError(f"{where}: {code!r} is not a CAMEO actor code prefix")
    modality = _strings(obj.get("modality"), "modality", where)
    if need_modality and not modality:
        raise GoldFormatError(f"{where}: modality is required")
    for m in modality:
        if m not in MODALITIES:
            raise GoldFormatError(f"{where}: unknown modality {m!r} (one of {MODALITIES})")
    date = _strings(obj.get("date"), "date", where)
    for d in date:
        if not _DATE.match(d):
            raise GoldFormatError(f"{where}: date {d!r} is not a TIMEX3-style value")
    return GoldEvent(
        cameo=cameo,
        source=source,
        target=target,
        modality=modality,
        date=date,
        trigger=obj.get("trigger"),
        symmetric=bool(obj.get("symmetric", False)),
        sentence_contains=obj.get("sentence_contains"),
        optional=bool(obj.get("optional", False)),
        note=obj.get("note"),
    )


def resolve_text_path(path: str, gold_file: Path) -> Path:
    """Find a passage's ``path``: relative to the gold file, the working directory or the repo."""
    candidates = [gold_file.parent / path, Path.cwd() / path, REPO_ROOT / path]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise GoldFormatError(f"{gold_file}: text file {path!r} not found (looked in "
                          f"{', '.join(str(c.parent) for c in candidates)})")


def parse_passage(obj: Any, where: str, gold_file: Path) -> GoldPassage:
    """Check one decoded gold line and turn it into a :class:`GoldPassage`."""
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: a passage must be a JSON object")
    if "id" not in obj:
        raise GoldFormatError(f"{where}: missing id")
    if "text" in obj:
        text = obj["text"]
    elif "path" in obj:
        text = resolve_text_path(obj["path"], gold_file).read_text(encoding="utf-8")
    else:
        raise GoldFormatError(f"{where}: needs text or path")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: empty text")
    published = obj.get("published")
    if published is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(published)):
        raise GoldFormatError(f"{where}: published must be YYYY-MM-DD")
    events = tuple(
        _event(e, f"{where} events[{i}]", need_modality=True)
        for i, e in enumerate(obj.get("events", []))
    )
    mna = tuple(
        _event(e, f"{where} must_not_assert[{i}]", need_modality=False)
        for i, e in enumerate(obj.get("must_not_assert", []))
    )
    extra = {k: v for k, v in obj.items()
             if k not in {"id", "text", "path", "published", "events", "must_not_assert",
                          "exhaustive", "note"}}
    return GoldPassage(
        id=str(obj["id"]),
        text=text,
        published=published,
        events=events,
        must_not_assert=mna,
        exhaustive=bool(obj.get("exhaustive", True)),
        note=obj.get("note"),
        meta=extra,
    )


def jsonl_objects(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, decoded object)`` for each line of a JSONL gold file; blank lines and ``//``
    comment lines are skipped, a line that is not JSON is a :class:`GoldFormatError`."""
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            where = f"{path}:{lineno}"
            try:
                yield where, json.loads(stripped)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{where}: not JSON ({exc.msg})") from exc


def read_gold(path: Path, *, limit: int | None = None) -> list[GoldPassage]:
    """Read a gold JSONL file (blank lines and ``//`` comment lines are skipped)."""
    passages: list[GoldPassage] = []
    seen: set[str] = set()
    for where, obj in jsonl_objects(path):
        passage = parse_passage(obj, where, path)
        if passage.id in seen:
            raise GoldFormatError(f"{where}: duplicate id {passage.id!r}")
        seen.add(passage.id)
        passages.append(passage)
        if limit is not None and len(passages) >= limit:
            break
    return passages
