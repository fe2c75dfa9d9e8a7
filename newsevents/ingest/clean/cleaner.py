"""Remove what scrapers leave around a story, line by line, and say why for each removal.

The text is handled as lines because that is how boilerplate arrives: a share widget, a
copyright footer or a caption is its own line (paragraph) in scraped text. Each line is judged
in two passes:

1. on its own — credit and copyright lines (kept as metadata), a bare dateline (kept as a
   date), whole-line boilerplate patterns (``lines.yaml``), bylines, ALL-CAPS headline shapes;
2. by its neighbours — a short descriptive line *between two prose paragraphs* is an image
   caption; an ALL-CAPS line before any prose is the title, after prose an inline link.

Then a republisher/wire prefix is cut from the start of the first kept line and disclaimers from
the end of any line. Kept lines are joined again with their original line breaks, so the clean
text reads like the input without the chrome; every later span is an offset into it.

Nothing here may drop a story sentence: every pattern matches a *whole* line (or an anchored
prefix/suffix), and shape rules refuse lines that end like sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...records import Removed
from .. import dates
from .normalise import collapse, normalise
from .rules import Rules, rules


@dataclass(frozen=True)
class Cleaned:
    """Clean text plus what cleaning learnt on the way."""

    text: str
    removed: tuple[Removed, ...] = ()
    credits: tuple[str, ...] = ()
    syndicated_by: str | None = None
    dateline: str | None = None  # ISO date read from a dateline line
    title: str | None = None  # an ALL-CAPS headline found above the story


@dataclass
class _Line:
    start: int  # offset of ``raw`` in the normalised text
    raw: str  # the line without surrounding whitespace
    content: str  # ``raw`` with space runs collapsed (what rules look at)
    reason: str | None = None
    opens_list: bool = False  # heads a list of links ("READ MORE")
    tail_reason: str | None = None  # a tail-only pattern matched (an author bio), if at the end
    cut_start: int = 0  # kept part of raw: raw[cut_start:cut_end]
    cut_end: int = -1
    removed: list[Removed] = field(default_factory=list)

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def kept(self) -> bool:
        return not self.blank and self.reason is None


@dataclass
class _State:
    credits: list[str] = field(default_factory=list)
    syndicated_by: str | None = None
    dateline: str | None = None
    dateline_rank: tuple[int, str] = (-1, "")
    updated: str | None = None  # date of an "Updated …" line: used when no dateline gives one
    title: str | None = None


def _split(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for piece in text.split("\n"):
        stripped = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        lines.append(_Line(offset + lead, stripped, collapse(stripped), cut_end=len(stripped)))
        offset += len(piece) + 1
    return lines


def _words(text: str) -> list[str]:
    return text.split()


def _is_prose(content: str, r: Rules) -> bool:
    return len(_words(content)) >= int(r.caption["neighbour_min_words"]) and (
        content[-1] in r.terminal
    )


# ------------------------------------------------------------------ pass 1: a line on its own


def _credit(content: str, r: Rules) -> list[str] | None:
    if len(_words(content)) > 40:
        return None
    for pattern in r.credit_patterns:
        found = pattern.fullmatch(content)
        if not found:
            continue
        names = []
        for part in r.credit_split.split(found["who"]):
            name = r.credit_drop_after.sub("", part).strip(" .()")
            if name and len(_words(name)) <= 8:
                names.append(name)
        if names:
            return names
    return None


_COPYRIGHT_STRONG = re.compile(r"(?i)©|\(c\)\s*\d{4}|all rights reserved|^copyright\b")


def _copyright(content: str, r: Rules) -> str | None:
    """The holder named by a copyright line ("" when none), or None for any other line."""
    if len(_words(content)) > r.copyright_max_words or not _COPYRIGHT_STRONG.search(content):
        return None
    holder = content
    for _ in range(3):  # stripping one piece can expose another ("LLC." then ".")
        holder = collapse(r.copyright_strip.sub(" ", holder)).strip(" .,|-–—")
    if len(_words(holder)) > 8:
        return None  # a sentence that mentions copyright, not a copyright notice
    return holder


_SCORE = re.compile(r"\d\s*[-–:]\s*\d")


def _headline(content: str, r: Rules) -> bool:
    cfg = r.headline
    words = _words(content)
    letters = [c for c in content if c.isalpha()]
    if (
        not (cfg["min_words"] <= len(words) <= cfg["max_words"])
        or len(letters) < cfg["min_letters"]
    ):
        return False
    if content.endswith(".") or _SCORE.search(content):
        return False  # a shouted sentence, or a results line ("SANTOS 2-2 JICARAL")
    if sum(1 for w in words if any(c.isalpha() for c in w)) < int(cfg["min_words"]):
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= float(cfg["min_upper_ratio"])


def _first_pass(lines: list[_Line], r: Rules, state: _State) -> None:
    for line in lines:
        if line.blank:
            continue
        content = line.content
        names = _credit(content, r)
        if names is not None:
            line.reason = r.credit_reason
            state.credits.extend(n for n in names if n not in state.credits)
            continue
        holder = _copyright(content, r)
        if holder is not None:
            line.reason = r.copyright_reason
            if holder and state.syndicated_by is None and not r.caption_markers.search(content):
                state.syndicated_by = holder
            continue
        if len(_words(content)) <= int(r.dateline["max_words"]):
            date = dates.dateline_date(content)
            if date:
                line.reason = str(r.dateline["reason"])
                if _words(content)[0].lower().strip(":") in r.dateline["update_words"]:
                    state.updated = state.updated or date
                else:
                    rank = dates.dateline_rank(content, date)
                    if rank > state.dateline_rank:  # "Published …" first, else the latest date
                        state.dateline, state.dateline_rank = date, rank
                continue
        for rule in r.lines:
            if rule.pattern.fullmatch(content):
                if rule.tail_only:
                    line.tail_reason = line.tail_reason or rule.reason
                    continue
                line.reason = rule.reason
                line.opens_list = rule.opens_list
                break
        if line.reason:
            continue
        if len(_words(content)) <= r.byline_max_words and r.byline.fullmatch(content):
            line.reason = r.byline_reason


# ------------------------------------------------------------------ pass 2: a line in context


def _link_like(content: str, r: Rules) -> bool:
    """A line that reads like a link's title (a headline), not like a sentence of the story."""
    cfg = r.link_list
    words = len(_words(content))
    if words > int(cfg["max_words"]):
        return False
    last = content[-1]
    return last not in r.terminal or (last == "?" and words <= int(cfg["max_question_words"]))


def _link_lists(lines: list[_Line], r: Rules) -> None:
    """The link titles under a "READ MORE" / "DON'T MISS" head go with it (reason of the head)."""
    kept = [line for line in lines if not line.blank]
    for i, head in enumerate(kept):
        if not head.opens_list or head.reason is None:
            continue
        taken = 0
        for line in kept[i + 1 :]:
            if line.reason is not None:
                if line.opens_list:
                    break  # the next list has its own head
                continue  # e.g. an advertisement line inside the list
            if taken >= int(r.link_list["max_items"]) or not _link_like(line.content, r):
                break
            line.reason = head.reason
            taken += 1


def _tail(lines: list[_Line]) -> None:
    """Tail-only patterns (an author's bio) apply from the end up to the story's last line."""
    for line in reversed(lines):
        if line.blank or line.reason is not None:
            continue
        if line.tail_reason is None:
            return
        line.reason = line.tail_reason


def _duplicates(lines: list[_Line], r: Rules) -> None:
    """A kept line repeated word for word (gallery captions, pull quotes): the repeats go."""
    seen: set[str] = set()
    min_words = int(r.duplicate["min_words"])
    for line in lines:
        if not line.kept:
            continue
        content = collapse(line.raw[line.cut_start : line.cut_end])
        if len(_words(content)) < min_words or content.startswith("|"):
            continue  # short, or a table row (a table may repeat a row on purpose)
        key = r.duplicate_ignore.sub("", content).casefold()
        if key in seen:
            line.reason = str(r.duplicate["reason"])
            if line.removed:  # a prefix/suffix already went: record the rest as well
                start = line.start + line.cut_start
                line.removed.append(Removed(content, line.reason, start))
        seen.add(key)


def _caption(content: str, r: Rules) -> bool:
    cfg = r.caption
    words = _words(content)
    if not (cfg["min_words"] <= len(words) <= cfg["max_words"]) or len(content) > cfg["max_chars"]:
        return False
    if not content[0].isupper():
        return False
    marker = r.caption_markers.search(content)
    last = content[-1]
    if last in r.terminal and not (
        last == ")" and (marker or r.caption_weak_markers.search(content))
    ):
        return False
    if marker:
        return True
    lower = [w.lower().strip(",;'\"“”‘’") for w in words]
    if any(w in cfg["finite_verbs"] for w in lower):
        return False  # a clause, e.g. a subhead of the story
    descriptive = lower[0] in cfg["determiners"] and any(
        w in cfg["prepositions"] for w in lower[1:]
    )
    return descriptive or bool(r.caption_weak_markers.search(content))


def _second_pass(lines: list[_Line], r: Rules, state: _State) -> None:
    seen_prose = False
    kept = [line for line in lines if not line.blank]
    for line in kept:  # headlines first: a caption's neighbour may be an inline link
        if line.reason is not None:
            continue
        if _headline(line.content, r):
            if seen_prose:
                line.reason = str(r.headline["reason"])
            else:
                line.reason = str(r.headline["reason_at_top"])
                state.title = state.title or line.content
        elif _is_prose(line.content, r):
            seen_prose = True
    for i, line in enumerate(kept):
        if line.reason is not None or not _caption(line.content, r):
            continue
        before = next((x for x in reversed(kept[:i]) if x.reason is None), None)
        after = next((x for x in kept[i + 1 :] if x.reason is None), None)
        if (
            before is not None
            and after is not None
            and _is_prose(before.content, r)
            and _is_prose(after.content, r)
        ):
            line.reason = str(r.caption["reason"])


# ------------------------------------------------------------------ inline prefix / suffixes


def _prefix_line(lines: list[_Line], r: Rules) -> tuple[_Line, re.Match[str]] | None:
    """The line that opens the story body and the prefix at its start: the first kept line, or
    the one after it when the first is a title (no final punctuation), as in a page's text
    whose headline stayed above "OSLO, March 14 (Reuters) -"."""
    kept = [x for x in lines if x.kept][:2]
    for i, line in enumerate(kept):
        found = r.prefix.match(line.raw)
        if found and found.end() < len(line.raw):
            return line, found
        if i == 0 and line.content[-1] in r.terminal:
            return None  # the first line is prose: the story has begun without a prefix
    return None


def _prefix(lines: list[_Line], r: Rules, state: _State) -> None:
    opening = _prefix_line(lines, r)
    if opening is None:
        return
    first, found = opening
    outlet = found["outlet"].strip()
    if not (found["dash"] or r.outlet_shape.search(outlet)):
        return  # "Sen. Smith (D) said": a parenthesis, not an outlet
    name = outlet.split("/")[0].strip()  # "dpa/lno": the agency and its regional desk
    # a wire agency or a broadcaster's call sign ("AUSTIN (KXAN) —") is the story's origin
    wire = name.lower() in r.wires or bool(_CALL_SIGN.fullmatch(name) and found["dash"])
    reason = "wire-dateline" if wire else r.prefix_reason
    day = dates.prefix_day(found["place"] or "")
    first.removed.append(Removed(first.raw[: found.end()].strip(), reason, first.start, day))
    first.cut_start = found.end()
    date = day if day and not day.startswith("--") else None
    if date and state.dateline is None:
        state.dateline = date  # "LONDON, March 14, 2023 (Reuters) -": the story's own day
    if wire:
        if name not in state.credits:
            state.credits.append(name)
    elif state.syndicated_by is None:
        state.syndicated_by = outlet


_CALL_SIGN = re.compile(r"[A-Z]{3,5}(?:-(?:TV|FM|AM|DT))?")


def _suffixes(lines: list[_Line], r: Rules, state: _State) -> None:
    for line in lines:
        if not line.kept:
            continue
        for rule in r.suffixes:
            found = rule.pattern.search(line.raw, line.cut_start, line.cut_end)
            if not found:
                continue
            piece = line.raw[found.start() : line.cut_end].strip()
            line.removed.append(Removed(piece, rule.reason, line.start + found.start()))
            line.cut_end = found.start()
            if rule.syndicator and state.syndicated_by is None:
                state.syndicated_by = rule.syndicator
        if not collapse(line.raw[line.cut_start : line.cut_end]):
            # only the prefix/suffix was there: the whole line is one removal
            line.reason = line.removed[-1].reason if line.removed else "empty"


# ------------------------------------------------------------------ assembly


def clean(text: str) -> Cleaned:
    """Clean scraped article text; see the module docstring for the passes."""
    r = rules()
    lines = _split(normalise(text))
    state = _State()
    _first_pass(lines, r, state)
    _link_lists(lines, r)
    _second_pass(lines, r, state)
    _tail(lines)
    _prefix(lines, r, state)
    _suffixes(lines, r, state)
    _duplicates(lines, r)

    parts: list[str] = []
    removed: list[Removed] = []
    gap = ""
    for line in lines:
        if line.blank:
            gap = "\n\n" if parts else ""
            continue
        if line.reason is not None and not line.removed:
            removed.append(Removed(line.raw, line.reason, line.start))
            gap = "\n\n" if parts else ""
            continue
        removed.extend(line.removed)
        if line.reason is not None:
            gap = "\n\n" if parts else ""
            continue
        kept = collapse(line.raw[line.cut_start : line.cut_end])
        if parts:
            parts.append(gap or "\n")
        parts.append(kept)
        gap = ""
    removed.sort(key=lambda x: x.start if x.start is not None else -1)
    return Cleaned(
        text="".join(parts),
        removed=tuple(removed),
        credits=tuple(state.credits),
        syndicated_by=state.syndicated_by,
        dateline=state.dateline or state.updated,
        title=state.title,
    )
