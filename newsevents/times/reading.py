"""What a rule family reads a time expression into (:class:`Norm`) and against what
(:class:`Situation`): shared by the rule modules :mod:`.normalise` and :mod:`.periods`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .rules import Rules


@dataclass(frozen=True)
class Norm:
    """The normalised reading of one expression (the TimeExpr fields without the span)."""

    value: str | None
    granularity: str
    type: str
    anchor: str
    timex_type: str
    method: str
    mod: str = ""


@dataclass(frozen=True)
class Situation:
    """What a relative expression resolves against."""

    dct: dt.date | None
    tense: str  # past|present|future
    prev: str | None  # value of the previous calendar time expression, for anaphora
    appositive: bool  # the expression directly follows that previous time ("2023, a year after")


Handler = Callable[[re.Match[str], Situation, Rules], "Norm | None"]


def unresolved(granularity: str, method: str, timex_type: str = "DATE") -> Norm:
    return Norm(None, granularity, "unresolved", "none", timex_type, method)


def relative(value: str, granularity: str, method: str, *, timex: str = "DATE") -> Norm:
    return Norm(value, granularity, "exact", "published", timex, method)
