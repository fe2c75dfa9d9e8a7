"""Long texts are parsed in bounded pieces and joined back into one Doc with the same text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents import nlp
from newsevents.nlp.pieces import cuts, pieces
from newsevents.pipeline import extract_text

REPO = Path(__file__).resolve().parents[2]
PARAGRAPH = (
    "The foreign minister of Chile met her Peruvian counterpart in Lima on Tuesday to discuss "
    "fishing rights along their maritime border. Both said the talks had been useful."
)


def test_pieces_cover_the_text_exactly_and_prefer_paragraph_breaks() -> None:
    text = "\n\n".join(f"{PARAGRAPH} ({n})" for n in range(40))
    parts, forced = pieces(text, limit=1_000)
    assert "".join(parts) == text
    assert all(len(part) <= 1_000 for part in parts) and len(parts) > 5
    assert not forced
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_a_run_without_any_break_is_cut_at_a_space_and_reported() -> None:
    text = " ".join(["word"] * 2_000)  # 9,999 characters, no sentence end
    found = cuts(text, limit=1_000)
    assert all(cut.forced for cut in found[:-1]) and not found[-1].forced
    parts, forced = pieces(text, limit=1_000)
    assert "".join(parts) == text and len(forced) == len(parts) - 1
    assert all(part.endswith(" ") for part in parts[:-1])


def test_a_short_text_is_one_piece() -> None:
    assert pieces(PARAGRAPH) == ([PARAGRAPH], [])


def test_a_long_text_parses_to_one_doc_with_the_same_text() -> None:
    text = "\n\n".join(f"{PARAGRAPH} ({n})" for n in range(150))  # ~27,000 characters
    assert len(text) > 2 * nlp.PIECE_CHARS
    doc = nlp.parse(text)
    assert doc.text == text
    starts = {sent.start_char for sent in doc.sents}
    for n in range(150):  # every paragraph still starts a sentence, across the piece joins
        assert text.index(f"{PARAGRAPH} ({n})") in starts
    assert nlp.FORCED_CUTS not in doc.user_data
    labels = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Lima", "GPE") in labels


def test_parse_many_keeps_order_across_long_and_short_texts() -> None:
    long = "\n\n".join(f"{PARAGRAPH} ({n})" for n in range(80))
    texts = [PARAGRAPH, long, "Short one.", long + " End."]
    docs = list(nlp.parse_many(texts, batch_size=2))
    assert [doc.text for doc in docs] == texts


def test_an_absurd_sentence_is_cut_and_the_document_says_so() -> None:
    last = "Thousands of farmers marched through Lima on Wednesday against the new tariffs."
    text = PARAGRAPH + "\n\n" + " ".join(["the talks went on and on"] * 900) + ".\n\n" + last
    document = extract_text(text, published="2025-03-14")
    assert [e.code for e in document.errors if e.stage == "nlp"] == ["E025"]
    assert document.text == text
    # the paragraph after the cut run is still analysed
    assert any(place.name == "Lima" and place.start > 20_000 for place in document.places)


SCRIPT = """
import os, resource, sys
sys.path.insert(0, {bench!r})
import long_inputs
from newsevents.pipeline import extract_many
from newsevents.records import Document, RawDocument
text = long_inputs.INPUTS[{name!r}]()
raw = RawDocument(input={name!r}, text=text, published="2025-03-14", published_source="cli")
(result,) = extract_many([raw])
print(type(result).__name__, getattr(result, "code", ""), len(text))
# VmHWM is this process's own peak: ru_maxrss survives fork + exec and would report the
# parent's (a whole pytest run's) peak instead
hwm = [row for row in open("/proc/self/status") if row.startswith("VmHWM:")]
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((int(hwm[0].split()[1]) if hwm else own) // 1024)
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["one_sentence", "many_people", "invisible_marks"])
def test_a_long_accepted_input_stays_under_700_mb(name: str) -> None:
    """The three inputs that once cost 0.96–1.38 GB (just under the 500,000-character limit)."""
    env = {**os.environ, "NEWSEVENTS_TIME_BUDGET": "3600"}  # memory is tested here, not time
    script = SCRIPT.format(bench=str(REPO / "benchmarks"), name=name)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    kind, *_ = done.stdout.split()
    peak_mb = int(done.stdout.split()[-1])
    assert kind == "Document", done.stdout
    assert peak_mb <= 700, f"{name}: peak {peak_mb} MB"

