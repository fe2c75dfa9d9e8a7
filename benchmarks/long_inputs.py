"""Long inputs just under the limits (500,000 characters, 10,000 sentences), built on the fly.

Three shapes that once cost a worker over a gigabyte:

* ``one_sentence`` — 360,000 characters with no sentence end (a flattened table, a hostile input);
* ``many_people`` — 334,000 characters of short sentences naming 4,000 different people;
* ``invisible_marks`` — 204,000 characters of news prose laced with zero-width and bidi marks.

And ``article(words)``: a real-looking article of about ``words`` words (the synthetic corpus's
paragraphs, each once) for the growth table.

Usage: ``python benchmarks/long_inputs.py OUT_DIR`` writes the three as ``.txt`` files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
_LAST = ["Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Vargas", "Weber"]
_PHRASE = (
    "the minister said officials from the government would meet representatives of the "
    "opposition to discuss the budget and the security of the border region while "
    "observers from the union and the alliance watched the talks in the capital"
)


def one_sentence(chars: int = 360_000) -> str:
    rng = random.Random(1)
    words = _PHRASE.split()
    out: list[str] = []
    size = 0
    while size < chars:
        word = rng.choice(words)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:chars]


def many_people(people: int = 4_000, chars: int = 334_000) -> str:
    rng = random.Random(2)
    sentences: list[str] = []
    size = 0
    number = 0
    while size < chars:
        name = f"{_FIRST[number % 10]} {_LAST[(number // 10) % 10]}{number // 100 or ''}"
        verb = rng.choice(["met", "called", "criticised", "praised", "visited"])
        other = f"{_FIRST[(number + 3) % 10]} {_LAST[(number // 7) % 10]}"
        sentence = f"{name} {verb} {other} on Monday."
        sentences.append(sentence)
        size += len(sentence) + 1
        number = (number + 1) % people
    return " ".join(sentences)[:chars]


def _prose() -> str:
    return "\n\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((REPO / "newsevents" / "samples").glob("*.txt"))
    )


def invisible_marks(chars: int = 204_000) -> str:
    rng = random.Random(3)
    prose = _prose()
    marks = [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u2060",
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202c",
        "\u2066",
        "\u2069",
        "\ufeff",
    ]
    out: list[str] = []
    size = 0
    while size < chars:
        for word in prose.split(" "):
            piece = word + (rng.choice(marks) if rng.random() < 0.3 else "")
            out.append(piece)
            size += len(piece) + 1
            if size >= chars:
                break
    return " ".join(out)[:chars]


def article(words: int, seed: int = 4) -> str:
    """About ``words`` words of news prose, no paragraph twice.

    The paragraphs of the synthetic corpus's variants (``corpus.generate``: sentences shuffled,
    countries, people, weekdays and years renamed), each kept once: the cleaner drops a line
    repeated word for word (``clean/cleaner.py::_duplicates``), so an article of repeated
    paragraphs is mostly removed before the parse and measures nothing.
    """
    import corpus  # benchmarks/ is on the path wherever this module is imported

    seen: set[str] = set()
    out: list[str] = []
    count = 0
    for variant in corpus.generate(1_000_000, seed=seed):
        for paragraph in variant.text.split("\n"):
            paragraph = paragraph.strip()
            key = " ".join(paragraph.split()).casefold()
            if len(paragraph.split()) < 8 or key in seen:
                continue
            seen.add(key)
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(out)
    return "\n\n".join(out)


INPUTS = {
    "one_sentence": one_sentence,
    "many_people": many_people,
    "invisible_marks": invisible_marks,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in INPUTS.items():
        text = build()
        (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {len(text):,} characters")


if __name__ == "__main__":
    main()
