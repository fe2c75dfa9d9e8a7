"""Scoring quote extraction on PolNeAR (brat standoff) and GenderGapTracker (JSONL).

``evaluate(gold)`` detects the format from the path: a folder holding ``.ann`` files (or their
parent, PolNeAR's ``data/dev``) is PolNeAR; a ``.jsonl`` file (or a folder holding
``human_annotations.jsonl``) is GenderGapTracker.

Matching. A predicted quote matches a gold content span when their character overlap covers at
least ``THRESHOLD`` (0.3, GenderGapTracker's lenient setting) of *both* spans, one-to-one, greedy
by overlap; ``f1_strict`` uses 0.8. PolNeAR contents may be discontinuous (several fragments):
overlap counts over all fragments. Speaker accuracy is over matched pairs whose gold has a
source: correct when the predicted speaker mention overlaps the gold source span, or when the
predicted speaker's name or mention shares a content word with the gold source text (PolNeAR) or
the gold speaker / reference name (GenderGapTracker), or both are the same pronoun. A quote
whose source is a news outlet has no speaker and the outlet as its medium ("CBS News reported"):
its medium is compared with the gold source instead.

Direct quotes are also scored on their own (``direct_recall``, ``direct_speaker_accuracy``): a
gold content is *direct* when at least 80 % of its characters lie inside double quotation marks
and the quoted part has at least four words — the verbatim quotes a reader cites, where a wrong
speaker does the most harm.

GenderGapTracker annotates speech only (its quotes are things people said); beliefs ("officials
believe that …") and noun-carried claims ("Trump's claim that …") are attributions PolNeAR counts
and GenderGapTracker does not, nor intentions ("vowed to veto it"), so records made by those
rules (``evidence.method`` ending in
``:cognition``, ``:nominal``, ``:intention``, ``:finding`` or ``:stance``: "endorsed Cruz") are
left out of its scoring.

GenderGapTracker offsets are unreliable (its README), so gold quotes are located by string search
in the raw text, in order; a gold quote not found is counted as a miss and reported in the notes.
Both corpora are evaluation-only data: they are read from their folder, never copied.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..quotes.marks import find_quoted
from ..records import Quote
from . import Report, prf

NOT_SPEECH_METHODS = (":cognition", ":nominal", ":intention", ":finding", ":stance")
THRESHOLD = 0.3
STRICT = 0.8
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "its",
        "their",
        "the",
        "a",
        "an",
        "of",
        "and",
        "mr",
        "ms",
        "mrs",
        "dr",
    ]
)


@dataclass(frozen=True)
class GoldQuote:
    """One gold attribution: content fragments, and the source span/text when annotated."""

    fragments: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None
    source_text: str  # words naming the source: span text, speaker and reference names


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    quotes: tuple[GoldQuote, ...]


# --------------------------------------------------------------------------- readers

_BRAT_SPAN = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d; ]+)\t(.*)$")


def _read_ann(path: Path) -> list[GoldQuote]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _BRAT_SPAN.match(line)
        if m:
            frags = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in m.group(3).split(";"))
            )
            spans[m.group(1)] = (m.group(2), frags, m.group(4))
        elif line.startswith("E"):
            args = line.split("\t")[1].split()
            relations.append(dict(arg.split(":", 1) for arg in args if ":" in arg))
    gold: list[GoldQuote] = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        src_span = (source[1][0][0], source[1][-1][1]) if source else None
        gold.append(GoldQuote(content[1], src_span, source[2] if source else ""))
    return gold


def read_polnear(folder: Path, limit: int | None = None) -> list[GoldDoc]:
    """PolNeAR ``<split>/text/*.txt`` with ``<split>/attributions/<name>_<annotator>.ann``.

    Articles annotated by several annotators are scored against the first annotation (sorted by
    annotator id), so each article counts once.
    """
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir():  # a folder of .ann files next to their texts
        text_dir = ann_dir = folder
    docs: list[GoldDoc] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann")) or sorted(
            ann_dir.glob(f"{text_path.stem}.ann")
        )
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        docs.append(GoldDoc(text_path.stem, text, tuple(_read_ann(anns[0]))))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _find_all(text: str, needle: str, start: int) -> int:
    pos = text.find(needle, start)
    return pos if pos >= 0 else text.find(needle)


def read_gendergaptracker(path: Path, limit: int | None = None) -> tuple[list[GoldDoc], int]:
    """GenderGapTracker ``human_annotations.jsonl`` + ``rawtext/…/<id>.txt``; also returns how
    many gold quotes could not be located in the raw text."""
    jsonl = path if path.is_file() else path / "human_annotations.jsonl"
    raw_files = {p.stem: p for p in jsonl.parent.rglob("*.txt")}
    docs: list[GoldDoc] = []
    missing = 0
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        match = re.search(r"[0-9a-f]{24}(?=\)?$)", record["_id"])  # "ObjectId5c…)" too
        raw = raw_files.get(match.group(0)) if match else None
        if raw is None:
            continue
        text = raw.read_text(encoding="utf-8")
        quotes: list[GoldQuote] = []
        cursor = 0
        for q in record.get("quotations", []):
            needle = q["quote"].strip()
            pos = _find_all(text, needle, cursor) if needle else -1
            if pos < 0:
                missing += 1
                continue
            cursor = pos + len(needle)
            names = " ".join(filter(None, [q.get("speaker", ""), q.get("reference", "")]))
            quotes.append(GoldQuote(((pos, pos + len(needle)),), None, names))
        docs.append(GoldDoc(match.group(0) if match else raw.stem, text, tuple(quotes)))
        if limit is not None and len(docs) >= limit:
            break
    return docs, missing


# --------------------------------------------------------------------------- matching


def _overlap(pred: Quote, gold: GoldQuote) -> int:
    return sum(max(0, min(pred.end, e) - max(pred.start, s)) for s, e in gold.fragments)


def _gold_len(gold: GoldQuote) -> int:
    return sum(e - s for s, e in gold.fragments)


def match(
    preds: Sequence[Quote], golds: Sequence[GoldQuote], threshold: float
) -> list[tuple[Quote, GoldQuote]]:
    """One-to-one pairs whose overlap covers ``threshold`` of both spans, greedy by overlap."""
    pairs: list[tuple[int, int, int]] = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = _overlap(p, g)
            if ov and ov >= threshold * (p.end - p.start) and ov >= threshold * _gold_len(g):
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[Quote, GoldQuote]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((preds[i], golds[j]))
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w’']+", text.lower()) if w not in PRONOUNS and len(w) > 1}


def speaker_correct(pred: Quote, gold: GoldQuote) -> bool:
    """Does the predicted speaker denote the gold source? (see the module docstring)"""
    sp = pred.speaker
    if sp is None:
        # "CBS News reported", "according to CNN": an outlet is the record's medium, never its
        # speaker (docs/quotes.md); the gold names the outlet as the source.
        return bool(pred.medium) and bool(_words(gold.source_text) & _words(pred.medium or ""))
    if gold.source and sp.start < gold.source[1] and sp.end > gold.source[0]:
        return True
    gold_words = _words(gold.source_text)
    if gold_words & (_words(sp.name) | _words(sp.mention)):
        return True
    gold_lower = gold.source_text.lower().split()
    return bool(gold_lower) and sp.mention.lower() in gold_lower


def join_split_quotes(preds: Sequence[Quote], text: str) -> list[Quote]:
    """Merge the parts of one split or continued direct quote, as the quotes stage links them.

    PolNeAR annotates “A,” she said. “B.” as *one* attribution with a discontinuous content;
    newsevents reports A and B as two quotes of one speaker (the seed's expectation). Scoring
    the joined span against PolNeAR compares like with like. Parts join when they are direct
    and carry the same cue span: inside one paragraph, any such parts; across a paragraph
    break, only a ``rule:direct:continuation`` record (a quote with no attribution of its own
    that the stage gave to the quote before it). PolNeAR joins those too: "“A,” X said. ¶ “B.”"
    is one attribution (train: 70 of its direct attributions run over a paragraph break, and of
    the stage's 61 continuations across a break that overlap gold, 39 lie in one attribution
    with the part before them, 12 in an attribution of their own). The join never looks at the
    gold.
    """
    out: list[Quote] = []
    for q in sorted(preds, key=lambda p: p.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and q.kind == prev.kind == "direct"
            and q.cue_span is not None
            and q.cue_span == prev.cue_span
            and ("\n" not in text[prev.end : q.start] or _continues(q))
        ):
            out[-1] = dataclasses.replace(prev, end=max(prev.end, q.end))
            continue
        out.append(q)
    return out


def _continues(q: Quote) -> bool:
    """Did the stage link this quote to the one before it (no attribution of its own)?"""
    return q.evidence is not None and q.evidence.method == "rule:direct:continuation"


def direct_golds(golds: Sequence[GoldQuote], text: str) -> set[int]:
    """Indices of the gold contents that are direct quotes (see the module docstring)."""
    quoted = [(q.inner_start, q.inner_end) for q in find_quoted(text)]
    out: set[int] = set()
    for i, g in enumerate(golds):
        inside = 0
        words = 0
        for s, e in g.fragments:
            for qs, qe in quoted:
                lo, hi = max(s, qs), min(e, qe)
                if lo < hi:
                    inside += hi - lo
                    words += len(text[lo:hi].split())
        if inside >= 0.8 * max(1, _gold_len(g) - 2 * len(g.fragments)) and words >= 4:
            out.add(i)
    return out


def speech_only(preds: Sequence[Quote]) -> list[Quote]:
    """The records that report speech: not beliefs nor noun-carried claims (GenderGapTracker)."""
    return [
        q for q in preds if q.evidence is None or not q.evidence.method.endswith(NOT_SPEECH_METHODS)
    ]


# --------------------------------------------------------------------------- driver


def _predict(docs: Sequence[GoldDoc]) -> Iterator[tuple[GoldDoc, list[Quote]]]:
    """Run the stages quotes depend on (actors, times) and the quotes stage on each gold text."""
    from .. import nlp
    from ..context import Context
    from ..quotes import extract_quotes

    stages = []
    try:
        from ..actors import resolve_actors

        stages.append(("actors", resolve_actors))
    except ImportError:  # pragma: no cover - the actors stage always exists in the package
        pass
    for gold, doc in zip(docs, nlp.parse_many(d.text for d in docs), strict=True):
        ctx = Context(doc=doc, text=doc.text, published=None)
        for name, stage in stages:
            try:
                setattr(ctx, name, stage(ctx))
            except Exception:  # a broken upstream stage must not stop the scoring
                setattr(ctx, name, [])
        yield gold, extract_quotes(ctx)


def _is_polnear(path: Path) -> bool:
    if path.is_dir():
        return any(path.glob("*.ann")) or (path / "attributions").is_dir()
    return path.suffix == ".ann"


def evaluate(gold: Path, *, limit: int | None = None) -> Report:
    """Score quote extraction against PolNeAR or GenderGapTracker gold (format from the path)."""
    began = time.perf_counter()
    gold = Path(gold)
    notes: list[str] = []
    missing = 0
    if _is_polnear(gold):
        docs = read_polnear(gold, limit)
        task = "quotes-polnear"
        notes.append("published mark: citron overlap F1 83.2 (PARC 3.0, not PolNeAR)")
        notes.append("split and continued direct quotes (same cue) are scored joined")
    else:
        docs, missing = read_gendergaptracker(gold, limit)
        task = "quotes-gendergaptracker"
        notes.append(f"{missing} gold quotes not found in the raw text (counted as misses)")
        notes.append("published marks: GenderGapTracker quote F1 83.7, speaker accuracy 86.5")
    counts = {THRESHOLD: [0, 0, missing], STRICT: [0, 0, missing]}
    sp_total = sp_ok = 0
    direct = [0, 0, 0, 0]  # gold direct, found, with a gold source, speaker right
    rows: list[dict[str, object]] = []
    by_kind: dict[str, list[int]] = {}
    polnear = task == "quotes-polnear"
    for doc, found in _predict(docs):
        preds = join_split_quotes(found, doc.text) if polnear else speech_only(found)
        golds = list(doc.quotes)
        for threshold, c in counts.items():
            pairs = match(preds, golds, threshold)
            c[0] += len(pairs)
            c[1] += len(preds) - len(pairs)
            c[2] += len(golds) - len(pairs)
            if threshold != THRESHOLD:
                continue
            matched = {id(p) for p, _ in pairs}
            for p in preds:
                tally = by_kind.setdefault(p.kind, [0, 0])
                tally[0] += id(p) in matched
                tally[1] += 1
            direct_ids = {id(golds[i]) for i in direct_golds(golds, doc.text)}
            direct[0] += len(direct_ids)
            for p, g in pairs:
                has_source = g.source is not None or bool(g.source_text.strip())
                ok = has_source and speaker_correct(p, g)
                if has_source:
                    sp_total += 1
                    sp_ok += ok
                if id(g) in direct_ids:
                    direct[1] += 1
                    direct[2] += has_source
                    direct[3] += ok
        rows.append({"doc": doc.name, "gold": len(golds), "predicted": len(preds)})
    lenient = prf(*counts[THRESHOLD])
    strict = prf(*counts[STRICT])
    metrics = {
        **lenient,
        "f1_strict": strict["f1"],
        "speaker_accuracy": sp_ok / sp_total if sp_total else 0.0,
        "direct_recall": direct[1] / direct[0] if direct[0] else 0.0,
        "direct_speaker_accuracy": direct[3] / direct[2] if direct[2] else 0.0,
    }
    kinds = [
        {"kind": k, "predicted": n, "matched": m, "precision": m / n if n else 0.0}
        for k, (m, n) in sorted(by_kind.items())
    ]
    tp, fp, fn = counts[THRESHOLD]
    notes.append(f"tp={tp} fp={fp} fn={fn}; speaker pairs={sp_total}")
    notes.append(f"direct gold={direct[0]} found={direct[1]} speaker pairs={direct[2]}")
    return Report(
        task=task,
        gold=str(gold),
        n=len(docs),
        metrics=metrics,
        tables={"documents": rows, "kinds": kinds},
        seconds=time.perf_counter() - began,
        notes=notes,
    )
