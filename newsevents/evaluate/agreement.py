"""Agreement between two annotation files (``--task agreement --gold A --against B``).

Two annotators (or an annotator and the system's output written in the gold format) coded the
same articles; before their gold is trusted we need to know how far they agree. The files are
either events gold (the project's format: one article a line with ``events``) or actor-mention
files (the format of ``eval/gold/actors.jsonl``: one mention a line); the kind is read off the
content. Only articles present in both files are compared; A is the reference.

Events: B's events are paired with A's inside each article by sentence and CAMEO root. Two
events are in the same sentence when their ``sentence_contains`` strings, found in the article
text, overlap (or one contains the other when they cannot be found; an event without one can
pair with any). Pairs are taken greedily in file order, same root first. Reported:

- ``precision`` / ``recall`` / ``f1`` of B against A on event identification (sentence + root);
- on pairs matched by sentence alone: ``root_agreement`` and its Cohen's ``root_kappa``;
- on sentence + root pairs: ``code_agreement`` (first listed codes share their 3-digit prefix;
  a bare root ``"19"`` reads as ``"190"``), ``source_agreement`` / ``target_agreement`` (the
  acceptable code lists share a code; null = null), ``modality_agreement`` (lists intersect),
  with kappas on the first listed values.

Actors: mentions both files annotate (same article, same mention string, same occurrence; an
id ``wn2019-xxxx-a07`` belongs to article ``wn2019-xxxx``): exact ``code_agreement``,
``country_agreement``, ``sector_agreement`` and ``kind_agreement``, with kappas.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..datafiles import ANY, load_yaml
from . import Report, prf
from .gold import GoldEvent, GoldPassage, parse_passage

_MENTION_ID = re.compile(r"^(.*)-a\d+$")


# --------------------------------------------------------------------------- shared helpers

def cohen_kappa(pairs: Sequence[tuple[Any, Any]]) -> float:
    """Cohen's kappa of two raters' labels on the same items (1.0 when both are constant and
    equal, 0.0 with no items)."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return (observed - expected) / (1.0 - expected)


def _lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith(("//", "#")):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise ValueError(f"{path}:{lineno}: expected a JSON object")
        out.append((lineno, obj))
    return out


def kind_of(rows: list[tuple[int, dict[str, Any]]]) -> str:
    """'actors' when lines are mentions, 'events' when they are articles with events."""
    if rows and all("mention" in obj for _, obj in rows):
        return "actors"
    return "events"


# --------------------------------------------------------------------------- events

def _span(passage: GoldPassage, ev: GoldEvent) -> tuple[int, int] | None:
    if not ev.sentence_contains:
        return None
    at = passage.text.find(ev.sentence_contains)
    return (at, at + len(ev.sentence_contains)) if at >= 0 else None


def same_sentence(pa: GoldPassage, a: GoldEvent, pb: GoldPassage, b: GoldEvent) -> bool:
    if not a.sentence_contains or not b.sentence_contains:
        return True
    sa, sb = _span(pa, a), _span(pb, b)
    if sa is not None and sb is not None:
        return sa[0] < sb[1] and sb[0] < sa[1]
    return a.sentence_contains in b.sentence_contains or b.sentence_contains in a.sentence_contains


def _roots(ev: GoldEvent) -> set[str]:
    return {c[:2] for c in ev.cameo}


def _code3(ev: GoldEvent) -> str:
    code = ev.cameo[0] if ev.cameo else ""
    return code[:3] if len(code) >= 3 else code + "0"


def _pair(pa: GoldPassage, pb: GoldPassage, *, root: bool) -> list[tuple[int, int]]:
    """Greedy pairs (i in A, j in B): same sentence (and root when ``root``; otherwise
    same-root pairs are still taken first)."""
    pairs: list[tuple[int, int]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for need_root in ((True,) if root else (True, False)):
        for i, a in enumerate(pa.events):
            if i in used_a:
                continue
            for j, b in enumerate(pb.events):
                if j in used_b or not same_sentence(pa, a, pb, b):
                    continue
                if need_root and not (_roots(a) & _roots(b)):
                    continue
                pairs.append((i, j))
                used_a.add(i)
                used_b.add(j)
                break
    return pairs


def _agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return (not a and not b) or bool(set(a) & set(b))


def score_events(a_file: list[GoldPassage], b_file: list[GoldPassage]) -> dict[str, Any]:
    """Agreement of B with A on the articles both contain (pure: unit-tested)."""
    by_id = {p.id: p for p in b_file}
    common = [(pa, by_id[pa.id]) for pa in a_file if pa.id in by_id]
    tp = fp = fn = 0
    root_pairs: list[tuple[str, str]] = []
    labels: dict[str, list[tuple[str, str]]] = {k: [] for k in
                                                ("code", "source", "target", "modality")}
    agree: Counter[str] = Counter()
    unpaired: list[dict[str, Any]] = []
    for pa, pb in common:
        pairs = _pair(pa, pb, root=True)
        tp += len(pairs)
        fn += len(pa.events) - len(pairs)
        fp += len(pb.events) - len(pairs)
        for i, j in pairs:
            a, b = pa.events[i], pb.events[j]
            agree["code"] += _code3(a) == _code3(b)
            agree["source"] += _agree(a.source, b.source)
            agree["target"] += _agree(a.target, b.target)
            agree["modality"] += _agree(a.modality, b.modality)
            labels["code"].append((_code3(a), _code3(b)))
            labels["source"].append(((a.source or ("-",))[0], (b.source or ("-",))[0]))
            labels["target"].append(((a.target or ("-",))[0], (b.target or ("-",))[0]))
            labels["modality"].append(((a.modality or ("-",))[0], (b.modality or ("-",))[0]))
        for i, j in _pair(pa, pb, root=False):
            root_pairs.append((pa.events[i].cameo[0][:2], pb.events[j].cameo[0][:2]))
        paired_a = {i for i, _ in pairs}
        paired_b = {j for _, j in pairs}
        for who, passage, paired in (("A", pa, paired_a), ("B", pb, paired_b)):
            for k, ev in enumerate(passage.events):
                if k not in paired:
                    unpaired.append({"article": passage.id, "only_in": who,
                                     "cameo": "|".join(ev.cameo),
                                     "source": "|".join(ev.source) or "-",
                                     "target": "|".join(ev.target) or "-",
                                     "sentence": ev.sentence_contains or "-"})
    metrics = prf(tp, fp, fn)

    def share(key: str) -> float:
        return agree[key] / tp if tp else 0.0

    metrics.update({
        "root_agreement": (sum(a == b for a, b in root_pairs) / len(root_pairs)
                           if root_pairs else 0.0),
        "root_kappa": cohen_kappa(root_pairs),
        "code_agreement": share("code"),
        "code_kappa": cohen_kappa(labels["code"]),
        "source_agreement": share("source"),
        "source_kappa": cohen_kappa(labels["source"]),
        "target_agreement": share("target"),
        "target_kappa": cohen_kappa(labels["target"]),
        "modality_agreement": share("modality"),
        "modality_kappa": cohen_kappa(labels["modality"]),
        "matched": float(tp),
    })
    return {"metrics": metrics, "tables": {"missed": unpaired}, "articles": len(common)}


# --------------------------------------------------------------------------- actors

@cache
def _code_vocab() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("evaluate/actor_codes.yaml", {"sectors": [str], "igos": [str], ...: ANY})
    return frozenset(data["sectors"]), frozenset(data["igos"])


def split_code(code: str | None) -> tuple[str, str]:
    """(country, sector) of an actor code: 'USAGOV' → ('USA', 'GOV'); 'COP' → ('', 'COP');
    'NATO' → ('NATO', ''); None → ('-', '-') (not an actor)."""
    if code is None:
        return "-", "-"
    sectors, igos = _code_vocab()
    if code in igos:
        return code, ""
    if code[:3] in sectors:
        return "", code[:3]
    return code[:3], code[3:6]


@dataclass(frozen=True)
class Mention:
    article: str
    mention: str
    occurrence: int
    code: str | None
    kind: str | None


def read_mentions(rows: list[tuple[int, dict[str, Any]]], path: Path) -> dict[tuple[str, str, int],
                                                                            Mention]:
    out: dict[tuple[str, str, int], Mention] = {}
    for lineno, obj in rows:
        if "id" not in obj or not isinstance(obj.get("mention"), str):
            raise ValueError(f"{path}:{lineno}: an actor mention needs id and mention")
        m = _MENTION_ID.match(str(obj["id"]))
        article = m.group(1) if m else str(obj["id"])
        mention = Mention(article, obj["mention"], int(obj.get("occurrence") or 1),
                          obj.get("code") or None, obj.get("kind") or None)
        out[(mention.article, mention.mention, mention.occurrence)] = mention
    return out


def score_actors(a: dict[tuple[str, str, int], Mention], b: dict[tuple[str, str, int], Mention]
                 ) -> dict[str, Any]:
    """Agreement on the mentions both files annotate (pure: unit-tested)."""
    keys = [k for k in a if k in b]
    labels: dict[str, list[tuple[str, str]]] = {k: [] for k in
                                                ("code", "country", "sector", "kind")}
    differ: list[dict[str, Any]] = []
    for k in keys:
        ma, mb = a[k], b[k]
        ca, sa = split_code(ma.code)
        cb, sb = split_code(mb.code)
        labels["code"].append((ma.code or "-", mb.code or "-"))
        labels["country"].append((ca, cb))
        labels["sector"].append((sa, sb))
        labels["kind"].append((ma.kind or "-", mb.kind or "-"))
        if ma.code != mb.code or ma.kind != mb.kind:
            differ.append({"article": k[0], "mention": k[1], "occurrence": k[2],
                           "A": f"{ma.code} {ma.kind}", "B": f"{mb.code} {mb.kind}"})
    both = {k[0] for k in a} & {k[0] for k in b}  # articles both files annotate
    metrics: dict[str, float] = {
        "mentions_compared": float(len(keys)),
        "only_in_a": float(sum(k not in b and k[0] in both for k in a)),
        "only_in_b": float(sum(k not in a and k[0] in both for k in b)),
    }
    for name, pairs in labels.items():
        metrics[f"{name}_agreement"] = (sum(x == y for x, y in pairs) / len(pairs)
                                        if pairs else 0.0)
        metrics[f"{name}_kappa"] = cohen_kappa(pairs)
    return {"metrics": metrics, "tables": {"missed": differ}, "articles": len({k[0] for k in keys})}


# --------------------------------------------------------------------------- the task

def evaluate(gold: Path, *, limit: int | None = None, against: Path | None = None) -> Report:
    """Agreement of ``against`` (B) with ``gold`` (A); ``limit`` keeps A's first N lines."""
    if against is None:
        raise ValueError("the agreement task needs --against (the second annotation file)")
    start = time.perf_counter()
    rows_a, rows_b = _lines(Path(gold)), _lines(Path(against))
    if limit is not None:
        rows_a = rows_a[:limit]
    kinds = {kind_of(rows_a), kind_of(rows_b)}
    if len(kinds) != 1:
        raise ValueError(f"{gold} and {against} are not the same kind of file (events vs actors)")
    kind = kinds.pop()
    if kind == "actors":
        result = score_actors(read_mentions(rows_a, Path(gold)),
                              read_mentions(rows_b, Path(against)))
    else:
        pa = [parse_passage(o, f"{gold}:{n}", Path(gold)) for n, o in rows_a]
        pb = [parse_passage(o, f"{against}:{n}", Path(against)) for n, o in rows_b]
        result = score_events(pa, pb)
    return Report(task="agreement", gold=str(gold), n=result["articles"],
                  metrics=result["metrics"], tables=result["tables"],
                  seconds=time.perf_counter() - start,
                  notes=[f"{kind}: {against} (B) against {gold} (A), on the "
                         f"{result['articles']} articles both contain"])
