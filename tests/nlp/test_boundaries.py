"""Line breaks that end a title, heading or dateline are sentence boundaries (issue 15 item 6)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents import extract_text
from newsevents.nlp import load
from newsevents.nlp.boundaries import preset_boundaries


def _doc(words: list[str]) -> Doc:
    spaces = [not (w.isspace() or (i + 1 < len(words) and words[i + 1].isspace()))
              for i, w in enumerate(words)]
    return Doc(Vocab(), words=words, spaces=spaces)


def _starts(doc: Doc) -> list[str]:
    return [t.text for t in doc[1:] if t.is_sent_start is True]


def test_paragraph_break_always_starts_a_sentence() -> None:
    doc = preset_boundaries(_doc(["Troops", "kill", "rebels", "\n\n", "on", "Monday", "."]))
    assert _starts(doc) == ["on"]


def test_heading_line_before_single_newline() -> None:
    doc = preset_boundaries(_doc(["Police", "arrest", "man", "\n", "Police", "said", "."]))
    assert _starts(doc) == ["Police"]  # the second "Police", after the line break


def test_hard_wrapped_prose_keeps_its_sentence() -> None:
    words = ["The", "minister", "said", "that", "the", "government", "would", "\n", "Not",
             "act", "."]
    assert _starts(preset_boundaries(_doc(words))) == []
    long_line = ["The", "minister", "of", "the", "interior", "said", "on", "Tuesday", "evening",
                 "that", "the", "country", "Police", "\n", "Force", "would", "act", "."]
    assert _starts(preset_boundaries(_doc(long_line))) == []


def test_lowercase_next_line_is_not_a_new_sentence() -> None:
    doc = preset_boundaries(_doc(["Short", "line", "\n", "continues", "here", "."]))
    assert _starts(doc) == []


def test_component_runs_before_the_parser() -> None:
    names = load().pipe_names
    assert names.index("newsevents_line_breaks") < names.index("parser")


def test_title_is_not_glued_to_the_lead_and_sentences_carry_no_breaks() -> None:
    text = ("Army kills rebel commander in the north\n\n"
            "Thursday, soldiers killed a rebel commander near the border, officials said.\n\n"
            "The rebels vowed revenge.")
    doc = extract_text(text, published="2020-01-03")
    assert doc.events, "the lead sentence should give at least one event"
    spans = [r.sentence for r in [*doc.events, *doc.actors]] + list(doc.sentences)
    assert doc.sentences, "the document lists its sentences"
    for sentence in spans:
        assert sentence is not None
        assert "\n" not in sentence.text
        assert sentence.text == sentence.text.strip()
        assert doc.text[sentence.start:sentence.end] == sentence.text
