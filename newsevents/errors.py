"""Numbered error catalogue.

Every rejection a user can meet has a stable code (``E003``) so it can be searched for in the docs
and counted in the ``failures`` table. Bulk runs never raise for one bad document: readers and the
pipeline turn a :class:`NewsEventsError` into a :class:`~newsevents.records.Failure` and carry on.

Exception hierarchy::

    NewsEventsError            every error newsevents raises on purpose; has .code and .input
    ├── InputError             the input itself is unusable (E001–E019)
    ├── ProcessingError        a stage failed on a document (E020–E039)
    ├── StoreError             the DuckDB/Parquet store failed (E040–E049)
    └── EvaluationError        an evaluation could not run (E050–E059)
"""

from __future__ import annotations

from .records import Failure

#: code → (short name, message template). Templates take keyword fields only.
CATALOGUE: dict[str, tuple[str, str]] = {
    "E001": ("missing-input", "no such file or folder"),
    "E002": ("empty-input", "the input is empty (no text after cleaning)"),
    "E003": ("binary-input", "the input looks binary, not text, HTML, JSONL, a feed or a WARC"),
    "E004": ("undecodable-input", "the bytes could not be decoded as text in any known encoding"),
    "E005": ("bad-jsonl-line", "line is not a JSON object: {detail}"),
    "E006": ("jsonl-no-text", "JSON record has neither 'text' nor 'html'"),
    "E007": ("not-english", "the article is not in English (detected '{language}')"),
    "E008": ("too-large", "input of {size} bytes exceeds the limit of {limit} bytes"),
    "E009": ("no-article-text", "no article text could be extracted from the HTML"),
    "E010": ("unsupported-format", "unsupported or unrecognised format: {detail}"),
    "E011": ("bad-warc", "the WARC file could not be read: {detail}"),
    "E012": ("bad-feed", "the RSS/Atom feed could not be read: {detail}"),
    "E013": ("unreadable-input", "the input could not be read: {detail}"),
    "E014": ("bad-date", "the publication date '{value}' is not a date (use YYYY-MM-DD)"),
    "E015": ("no-entry-text", "the feed entry or archive record has no text or HTML"),
    "E020": ("nlp-failed", "the language pipeline failed: {detail}"),
    "E021": ("stage-failed", "stage '{stage}' failed: {detail}"),
    "E022": ("time-budget", "processing exceeded the time budget of {seconds} s"),
    "E023": ("too-many-sentences", "the text has {count} sentences, over the limit of {limit}"),
    "E024": ("text-too-long", "the clean text has {size} characters, over the limit of {limit}"),
    "E025": (
        "sentence-cut",
        "{count} run(s) of text without a sentence or line break were cut for the parser "
        "at {limit} characters",
    ),
    "E040": ("store-failed", "the store could not write the document: {detail}"),
    "E041": ("store-unreadable", "the database file could not be opened: {detail}"),
    "E042": ("demo-db-in-use", "not replacing {path}: it holds {count} non-sample documents"),
    "E050": ("no-floors", "no floors file at {path}: the accuracy gate runs in a checkout of "
             "newsevents (cd into it) or with --floors PATH"),
    "E051": ("stage-crashed-in-evaluation",
             "stage '{stage}' failed on {count} gold text(s), so the score would count its "
             "bug as misses; first: {detail}"),
}


class NewsEventsError(Exception):
    """An error newsevents raises on purpose, with a numbered code and the input it concerns."""

    stage = "ingest"

    def __init__(self, code: str, input: str = "", **fields: object) -> None:
        name, template = CATALOGUE[code]
        try:
            message = template.format(**fields)
        except (KeyError, IndexError):
            message = template
        super().__init__(f"{code}: {message}")
        self.code = code
        self.name = name
        self.input = input
        self.message = message

    def failure(self, input: str | None = None) -> Failure:
        return Failure(
            input=input or self.input, code=self.code, message=self.message, stage=self.stage
        )

    def line(self) -> str:
        return self.failure().line()


def from_failure(failure: Failure) -> NewsEventsError:
    """Turn a recorded failure back into an exception, keeping its code and message."""
    cls = {"ingest": InputError, "store": StoreError}.get(failure.stage, ProcessingError)
    exc = cls(failure.code if failure.code in CATALOGUE else "E021", input=failure.input)
    exc.message = failure.message
    exc.args = (f"{failure.code}: {failure.message}",)
    return exc


class InputError(NewsEventsError):
    stage = "ingest"


class ProcessingError(NewsEventsError):
    stage = "pipeline"


class StoreError(NewsEventsError):
    stage = "store"


class EvaluationError(NewsEventsError):
    stage = "evaluate"
