"""Convert PETRARCH's CAMEO verb-pattern dictionary into ``petrarch_verbs.tsv``.

PETRARCH (Open Event Data Alliance, MIT) codes events from verb synonym blocks and linear
patterns over a Treebank parse. newsevents reads the dependency parse instead, so the patterns
are turned into constraints on a verb token's dependents, keyed by the verb's lemma:

- ``- * AID [070]``: ``arg=aid`` — the lemma must be among the verb's arguments;
- ``- * OFF DECISION``: ``prt=off`` (a particle right after the verb) and ``arg=decision``;
- ``- * (FOR {FINANCIAL AID})``: ``prep=for arg=financial arg=aid``;
- ``- &MILITARY * …``: ``pre=&military`` — a word on the subject side of the verb;
- ``(TO +)`` / ``* +``: the target slot (``to`` / ``dobj``);
- ``[---]`` patterns are kept as blockers ("battle corruption" is no event);
- ``[x:y]`` codes keep ``x`` (source acts on target) and mark ``x == y`` reciprocal;
- ``[:y]`` codes (only the target acts: "received aid from X", "won the backing of X") keep
  ``y`` with the flag ``reverse`` and the slots ``from``/``poss``: the coder swaps source and
  target, so the party after "from" or owning the object ("won the backing of X", "X's support")
  is the source and the verb's subject the target (reverse codes on verb lines — the OFFEND
  block's "shocked", "stunned" — name no slot for the acting party and stay dropped);
- patterns that put the source after the verb or the target before it (``$``/``%`` after ``*``,
  ``+`` before) are dropped — our slots cannot express them.

Words are lemmatised with the spaCy model's own lemmatizer (as noun and as verb) so they compare
with ``Token.lemma_``. Which bare verbs are not used, and how codes missing from CAMEO 1.1b3 are
mapped, comes from ``petrarch_verbs.policy.yaml``; every decision is counted in the output header.
Run through ``tools/convert_petrarch_verbs.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: Words PETRARCH patterns use for phrase structure, not as content to match.
FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "that", "as", "and", "or", "its", "their", "his", "her", "this"}
)
PREPOSITIONS = frozenset(
    {"to", "toward", "towards", "on", "at", "in", "into", "against", "with", "for", "from", "by",
     "over", "about", "upon", "onto", "between", "behind", "before", "after", "under", "across",
     "along", "through", "within", "without", "of", "near", "until", "since", "around"}
)
PARTICLES = frozenset(
    {"up", "down", "off", "out", "back", "away", "over", "on", "in", "forward", "aside",
     "through", "around", "together", "apart", "ahead"}
)
#: where a reverse entry's acting party is: "received aid from X", "won X's backing"
REVERSE_TARGET = ("from", "poss")
TOKEN_RE = re.compile(r"\([^()]*\)|\{[^{}]*\}|\S+")
CODE_RE = re.compile(r"\[([^\]]*)\]")

#: (word, verb_only) -> its lemmas (as noun and verb, or as verb only)
Lemmatize = Callable[[str, bool], frozenset[str]]


@dataclass
class Verb:
    word: str
    code: str | None
    multi: tuple[str, ...] = ()  # other words of a multi-word verb, in order after the verb
    prefix: bool = False  # the verb is not the first word ("RE_+ARREST")


@dataclass
class RawPattern:
    pre: list[str]
    post: list[str]
    code: str
    line: int


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[RawPattern] = field(default_factory=list)


@dataclass
class Source:
    synsets: dict[str, list[str]]
    blocks: list[Block]


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


def _code(text: str) -> str | None:
    found = CODE_RE.search(text)
    return found.group(1).strip() if found else None


def parse_source(text: str) -> Source:
    """Read the synsets and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    state = ""
    current_syn = ""
    block: Block | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)
        if not line.strip():
            if state == "synset":
                state = ""
            continue
        stripped = line.strip()
        if stripped.startswith("---"):
            name = stripped.strip("- ").split("[")[0].strip()
            code = _code(stripped)
            block = Block(name=name, code=None if code in (None, "---") else code)
            blocks.append(block)
            state = "block"
            continue
        if stripped.startswith("&") and " " not in stripped:
            current_syn = stripped
            synsets[current_syn] = []
            state = "synset"
            continue
        if state == "synset" and stripped.startswith("+"):
            synsets[current_syn].append(stripped[1:].strip())
            continue
        if block is None:
            continue
        if stripped.startswith("-"):
            body = stripped[1:]
            code = _code(body) or ""
            body = CODE_RE.sub(" ", body).strip()
            tokens = TOKEN_RE.findall(body)
            if "*" not in tokens:
                continue
            star = tokens.index("*")
            block.patterns.append(RawPattern(tokens[:star], tokens[star + 1:], code, number))
            continue
        word = re.split(r"[\s{\[]", stripped, maxsplit=1)[0]
        own = _code(re.sub(r"\{[^}]*\}", "", stripped))
        vcode = own if own is not None else block.code
        if "_" in word and "+" in word:
            parts = word.split("_")
            at = next(i for i, p in enumerate(parts) if p.startswith("+"))
            block.verbs.append(Verb(parts[at][1:], vcode, tuple(parts[at + 1:]), prefix=at > 0))
        else:
            block.verbs.append(Verb(word.lstrip("+"), vcode))
    return Source(synsets, blocks)


# --------------------------------------------------------------------------- conversion

@dataclass
class Entry:
    """One row of petrarch_verbs.tsv."""

    id: str
    lemmas: list[str]
    code: str  # "---" = a blocker: the pattern says this is no event
    target: list[str]
    conditions: list[str]
    flags: list[str]
    origin: str

    def specificity(self) -> int:
        return len(self.conditions)

    def row(self) -> str:
        return "\t".join([
            self.id, "|".join(self.lemmas), self.code, ",".join(self.target) or "-",
            " ".join(self.conditions) or "-", ",".join(self.flags) or "-", self.origin,
        ])


@dataclass
class Result:
    synsets: dict[str, list[str]]
    entries: list[Entry]
    counts: Counter[str]
    notes: list[str]


class Converter:
    """Apply the policy and turn parsed blocks into entries."""

    def __init__(self, policy: dict[str, Any], known_code: Callable[[str], bool],
                 lemmatize: Lemmatize) -> None:
        mapped = policy.get("map_codes") or {}
        self.map_codes = {str(k): str(v["code"]) for k, v in mapped.items()}
        self.drop_bare = {str(k): str(v) for k, v in (policy.get("drop_bare") or {}).items()}
        self.drop_groups: dict[str, str] = {}
        for group in policy.get("drop_bare_groups") or []:
            for verb in group["verbs"]:
                self.drop_groups[str(verb)] = str(group["why"])
        self.drop_bare_codes = {str(k): str(v)
                                for k, v in (policy.get("drop_bare_codes") or {}).items()}
        self.drop_verbs = {str(k): str(v) for k, v in (policy.get("drop_verbs") or {}).items()}
        self.reverse_lines = {int(k): str(v)
                              for k, v in (policy.get("reverse_patterns") or {}).items()}
        self.intransitive_roots = {str(r) for r in policy.get("intransitive_roots") or []}
        self.intransitive_codes = {str(c) for c in policy.get("intransitive_codes") or []}
        self.intransitive_lines = {int(k): str(v)
                                   for k, v in (policy.get("intransitive_patterns") or {}).items()}
        self.known_code = known_code
        self.lemmatize = lemmatize
        self.counts: Counter[str] = Counter()
        self.synset_names: set[str] = set()
        self.base_forms: set[str] = set()

    def code(self, raw: str) -> tuple[str | None, bool]:
        """(codebook code or None when dropped, reciprocal) for a verb's own code field; a
        reverse code on a verb (none in PETRARCH 2.0) names no slot to read the actor from."""
        code, reciprocal, reverse = self.code_and_direction(raw)
        if reverse:
            self.counts["dropped: reverse code [:x] on a verb line (no slot for the actor)"] += 1
            return None, False
        return code, reciprocal

    def code_and_direction(self, raw: str) -> tuple[str | None, bool, bool]:
        """(codebook code or None when dropped, reciprocal, reverse) for a code field: ``[:y]``
        is ``y`` with the target acting on the source (reverse)."""
        first, _, second = raw.partition(":")
        first, second = first.strip(), second.strip()
        reciprocal = bool(second) and second == first
        reverse = first in ("", "---") and bool(second) and second != "---"
        if reverse:
            self.counts["converted: reverse-only code [:x] (the target acts on the source)"] += 1
            first = second
        elif first == "---" or first == "":
            return "---", False, False
        if first in self.map_codes:
            self.counts[f"mapped: {first} -> {self.map_codes[first]}"] += 1
            first = self.map_codes[first]
        if not self.known_code(first):
            self.counts[f"dropped: code {first} not in CAMEO 1.1b3 codebook"] += 1
            return None, False, False
        return first, reciprocal, reverse

    def words(self, text: str) -> list[str]:
        """Condition groups for a phrase ('{FINANCIAL AID}', '&CURRENCY', 'SANCTIONS')."""
        groups: list[str] = []
        for word in text.strip("{}").replace("_", " ").split():
            low = word.lower().strip("_")
            if not low or low in FUNCTION_WORDS or low == "^":
                continue
            if low.startswith("&"):
                groups.append("arg=" + low)
                self.synset_names.add(low)
            else:
                groups.append("arg=" + "|".join(sorted(self.lemmatize(low, False))))
        return groups

    def pattern(self, block: Block, raw: RawPattern) -> tuple[list[str], list[str]] | None:
        """(conditions, target slots) of a pattern, or None when it cannot be expressed."""
        if "+" in raw.pre or "%" in raw.pre or any("+" in t for t in raw.pre if t.startswith("(")):
            self.counts["dropped: target before the verb (passive-style pattern)"] += 1
            return None
        if any(t in ("$", "%") or (t.startswith(("(", "{")) and ("$" in t or "%" in t))
               for t in raw.post):
            self.counts["dropped: source or compound actor after the verb"] += 1
            return None
        conditions: list[str] = []
        target: list[str] = []
        for tok in raw.pre:
            low = tok.lower()
            if tok in ("$", "^") or low in FUNCTION_WORDS:
                continue
            if tok.startswith("&"):
                conditions.append("pre=" + low)
                self.synset_names.add(low)
            elif tok.startswith("{"):
                conditions += ["pre=" + g[4:] for g in self.words(tok)]
            elif tok.startswith("("):
                continue
            else:
                conditions.append("pre=" + "|".join(sorted(self.lemmatize(low, False))))
        for i, tok in enumerate(raw.post):
            low = tok.lower()
            nxt = raw.post[i + 1] if i + 1 < len(raw.post) else ""
            if tok == "+":
                if "dobj" not in target:
                    target.append("dobj")
                continue
            if tok == "^" or low in FUNCTION_WORDS:
                continue
            if tok.startswith("("):
                inner = tok[1:-1].split(None, 1)
                prep = inner[0].lower()
                rest = inner[1] if len(inner) > 1 else ""
                conditions.append("prep=" + prep)
                if "+" in rest.split():
                    target.append(prep)
                rest = " ".join(w for w in rest.split() if w not in ("+", "^"))
                conditions += ["pobj=" + g[4:] for g in self.words(rest)]
                continue
            if tok.startswith("{"):
                conditions += self.words(tok)
                continue
            if i == 0 and low in PARTICLES:
                conditions.append("prt=" + low)
                continue
            if low in PREPOSITIONS:
                if nxt == "+":
                    target.append(low)
                continue
            conditions += self.words(tok)
        return conditions, target

    def convert(self, source: Source) -> Result:
        entries: list[Entry] = []
        bare_seen: set[str] = set()
        self.base_forms = {v.word.lower() for b in source.blocks for v in b.verbs if not v.multi}
        for block in source.blocks:
            bname = block.name.lower()
            singles: list[str] = []
            for verb in block.verbs:
                lemma = self.verb_lemma(verb.word)
                if lemma in self.drop_verbs:
                    self.counts[f"dropped: verb {lemma} (policy: {self.drop_verbs[lemma]})"] += 1
                    continue
                if verb.prefix:
                    self.counts["dropped: multi-word verb with a prefix (RE_+ARREST)"] += 1
                    continue
                if verb.multi:
                    self.multi_entry(bname, lemma, verb, entries)
                    continue
                if lemma not in singles:
                    singles.append(lemma)
                if verb.code is None or verb.code == "---":
                    continue
                code, _ = self.code(verb.code)
                if code is None or code == "---":
                    continue
                if lemma in bare_seen:
                    self.counts["dropped: bare verb already coded in an earlier block"] += 1
                    continue
                if code in self.drop_bare_codes:
                    self.counts[f"dropped: bare {code} verb (policy)"] += 1
                    continue
                if lemma in self.drop_bare:
                    self.counts[f"dropped: bare '{lemma}' (policy: ambiguous verb)"] += 1
                    continue
                if lemma in self.drop_groups:
                    self.counts[f"dropped: bare generic verb ({self.drop_groups[lemma]})"] += 1
                    continue
                bare_seen.add(lemma)
                entries.append(Entry(f"{bname}:{lemma}", [lemma], code, [], [],
                                     self.flags(code, False), "bare"))
            if not singles:
                continue
            for n, raw in enumerate(block.patterns, 1):
                code, reciprocal, reverse = self.code_and_direction(raw.code)
                if code is None:
                    continue
                if raw.line in self.reverse_lines and code != "---" and not reverse:
                    self.counts["converted: forward code read as reverse (policy)"] += 1
                    reverse = True
                got = self.pattern(block, raw)
                if got is None:
                    continue
                conditions, target = got
                if not conditions:
                    self.counts["dropped: pattern with no condition left (the bare verb)"] += 1
                    continue
                if reverse:  # the acting party: "from X", or the object's owner ("X's
                    # support", "the backing of X", "a U.S. loan"); never the object itself
                    target = [t for t in target if t != "dobj"]
                    target += [t for t in REVERSE_TARGET if t not in target]
                flags = ["reverse"] if reverse else self.flags(code, reciprocal)
                if raw.line in self.intransitive_lines and code != "---" and (
                        "intransitive" not in flags and not reverse):
                    self.counts["converted: pattern needing no target (policy)"] += 1
                    flags.append("intransitive")
                entries.append(Entry(f"{bname}.{n}", singles, code, target, conditions,
                                     flags, f"line {raw.line}"))
        used = set(self.synset_names)
        synsets = {name.lower(): phrases for name, phrases in source.synsets.items()
                   if name.lower() in used}
        converted = {name: sorted({lem for p in phrases for lem in self.phrase(p)})
                     for name, phrases in synsets.items()}
        missing = used - set(converted)
        if missing:
            before = len(entries)
            entries = [e for e in entries
                       if not any(c.split("=", 1)[1] in missing for c in e.conditions)]
            self.counts["dropped: pattern uses an undefined synset"] += before - len(entries)
        self.counts["entries: bare verbs"] = sum(e.origin == "bare" for e in entries)
        self.counts["entries: patterns"] = sum(e.origin != "bare" for e in entries)
        notes = [f"bare '{k}' not used: {v}" for k, v in sorted(self.drop_bare.items())]
        notes += [f"bare code {k} not used: {v}" for k, v in sorted(self.drop_bare_codes.items())]
        notes += [f"line {k} read as reverse: {v}" for k, v in sorted(self.reverse_lines.items())]
        notes += [f"line {k} needs no target: {v}"
                  for k, v in sorted(self.intransitive_lines.items())]
        return Result(converted, entries, self.counts, notes)

    def phrase(self, phrase: str) -> frozenset[str]:
        """A synset member: its head word (the last one) lemmatised."""
        words = [w for w in phrase.replace("_", " ").lower().split() if w not in FUNCTION_WORDS]
        return self.lemmatize(words[-1], False) if words else frozenset()

    def verb_lemma(self, word: str) -> str:
        """Verb lines give the base form; only inflected heads of multi-words need a lemma."""
        low = word.lower().strip("_")
        if low.endswith(("ed", "ing")) and low not in self.base_forms:
            return sorted(self.lemmatize(low, True))[0]
        return low

    def multi_entry(self, bname: str, lemma: str, verb: Verb, entries: list[Entry]) -> None:
        if verb.code is None or verb.code == "---":
            self.counts["skipped: multi-word verb without a code of its own"] += 1
            return
        code, reciprocal = self.code(verb.code)
        if code is None:
            return
        conditions: list[str] = []
        for k, word in enumerate(verb.multi):
            low = word.lower().strip("+")
            if not low or low in FUNCTION_WORDS:
                continue
            if k == 0 and low in PARTICLES:
                conditions.append("prt=" + low)
            elif low in PREPOSITIONS:
                conditions.append("prep=" + low)
            else:
                conditions.append("arg=" + "|".join(sorted(self.lemmatize(low, False))))
        entries.append(Entry(f"{bname}:{lemma}_{'_'.join(w.lower() for w in verb.multi)}",
                             [lemma], code, [], conditions, self.flags(code, reciprocal), "multi"))

    def flags(self, code: str, reciprocal: bool) -> list[str]:
        out = []
        if code != "---" and (code[:2] in self.intransitive_roots
                               or code[:3] in self.intransitive_codes):
            out.append("intransitive")
        if reciprocal:
            out.append("reciprocal")
        return out


def render(result: Result, header: Iterable[str]) -> str:
    """The TSV text: header comments, synsets, entries (most specific first per block)."""
    lines = [f"# {h}".rstrip() for h in header]
    lines.append("#")
    lines.append("# what the conversion did (counts):")
    lines += [f"#   {k}: {v}" for k, v in sorted(result.counts.items())]
    lines.append("# policy (petrarch_verbs.policy.yaml):")
    lines += [f"#   {n}" for n in result.notes]
    lines.append("#")
    lines.append("# synsets: &name<TAB>lemma|lemma|…")
    for name, lemmas in sorted(result.synsets.items()):
        lines.append(f"{name}\t{'|'.join(lemmas)}")
    lines.append("# entries: id<TAB>verb lemmas<TAB>code<TAB>target slots<TAB>conditions<TAB>flags"
                 "<TAB>origin")
    lines += [e.row() for e in result.entries]
    return "\n".join(lines) + "\n"
