"""The one data-file loader: YAML 1.2 booleans, schemas that fail loudly, every file through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents import datafiles
from newsevents.datafiles import ANY, REGEX, Choice, DataFileError, optional

PACKAGE = Path(datafiles.__file__).resolve().parent
DATA = PACKAGE / "data"


@pytest.mark.parametrize("word", ["on", "off", "yes", "no", "y", "n", "On", "NO", "Yes"])
def test_yaml_1_1_boolean_words_stay_strings(word: str) -> None:
    data = datafiles.parse_yaml(f"words: [of, {word}, at]\n{word}: 1\n", ANY)
    assert data["words"] == ["of", word, "at"]
    assert data[word] == 1


def test_only_true_and_false_are_booleans() -> None:
    data = datafiles.parse_yaml("a: true\nb: False\nc: TRUE\n", {"a": bool, "b": bool, "c": bool})
    assert data == {"a": True, "b": False, "c": True}


def test_numbers_follow_yaml_1_2() -> None:
    data = datafiles.parse_yaml("a: 1:30\nb: 010\nc: 0x1f\nd: 2.5\ne: -3\nf: '07'\n", ANY)
    assert data == {"a": "1:30", "b": 10, "c": 31, "d": 2.5, "e": -3, "f": "07"}


def test_a_boolean_where_a_word_belongs_is_rejected_with_file_and_path() -> None:
    schema = {"caption": {"prepositions": [str]}}
    with pytest.raises(DataFileError) as failure:
        datafiles.parse_yaml("caption:\n  prepositions: [of, true]\n", schema, file="shapes.yaml")
    assert failure.value.file == "shapes.yaml"
    assert failure.value.path == "caption.prepositions[1]"
    assert "quote" in failure.value.reason
    assert str(failure.value).startswith("shapes.yaml: caption.prepositions[1]: expected a string")


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        ("groups: [{reason: x}]", "groups[0]", "missing key 'patterns'"),
        ("groups: [{reason: x, patterns: ['(']}]", "groups[0].patterns[0]", "regular expression"),
        ("groups: [{reason: x, patterns: [a], colour: red}]", "groups[0]", "unknown key 'colour'"),
        ("groups: [{reason: x, patterns: [a], max: many}]", "groups[0].max", "an integer"),
        ("groups: [{reason: y, patterns: [a]}]", "groups[0].reason", "not one of"),
        ("groups: {reason: x}", "groups", "expected a list"),
    ],
)
def test_schema_misfits_name_the_path(text: str, path: str, reason: str) -> None:
    schema = {"groups": [{"reason": Choice("x"), "patterns": [REGEX], optional("max"): int}]}
    with pytest.raises(DataFileError) as failure:
        datafiles.parse_yaml(text, schema, file="f.yaml")
    assert failure.value.path == path
    assert reason in failure.value.reason


def test_a_key_written_twice_is_an_error_naming_its_line() -> None:
    text = "kept:\n  verbs: [accuse, blame]\n  nouns: [charge]\n  verbs: [indict]\n"
    with pytest.raises(DataFileError, match=r"modality.yaml.*'verbs' a second time.*line 4"):
        datafiles.parse_yaml(text, ANY, file="modality.yaml")


def test_equal_keys_in_different_mappings_are_fine() -> None:
    data = datafiles.parse_yaml("a: {verbs: [x]}\nb: {verbs: [y]}\n", ANY)
    assert data == {"a": {"verbs": ["x"]}, "b": {"verbs": ["y"]}}


def test_open_mappings_and_typed_keys() -> None:
    schema = {"months": {int: [str]}, ...: ANY}
    data = datafiles.parse_yaml("months: {1: [january]}\nextra: [anything, 1]\n", schema)
    assert data["months"] == {1: ["january"]}
    with pytest.raises(DataFileError, match="months"):
        datafiles.parse_yaml("months: {january: [jan]}\n", schema)


def test_csv_comments_columns_and_cells() -> None:
    text = "# source: written for this test\ncode,goldstein\n010, 0.0\n# a note\n020,-2.5\n"
    rows = datafiles.parse_csv(text, {"code": str, "goldstein": float})
    assert rows == [{"code": "010", "goldstein": "0.0"}, {"code": "020", "goldstein": "-2.5"}]
    with pytest.raises(DataFileError, match=r"row 1, column goldstein: expected a number"):
        datafiles.parse_csv("code,goldstein\n010,high\n", {"code": str, "goldstein": float})
    with pytest.raises(DataFileError, match="missing column"):
        datafiles.parse_csv("code\n010\n", {"code": str, "goldstein": float})
    with pytest.raises(DataFileError, match="unknown column"):
        datafiles.parse_csv("code,x\n010,1\n", {"code": str})


def test_the_cleaning_words_keep_on() -> None:
    from newsevents.ingest.clean.rules import rules
    from newsevents.ingest.dates import dateline_date

    assert "on" in rules().caption["prepositions"]
    assert dateline_date("Published on March 14, 2025") == "2025-03-14"


def test_every_data_file_loads_through_its_loader() -> None:
    """Each loader reads its files through datafiles with its schema (and the files fit)."""
    from newsevents.actors import vocab
    from newsevents.evaluate.plover import legacy_rules
    from newsevents.events.codebook import codebook
    from newsevents.events.patterns import pattern_book
    from newsevents.events.senses import sense_book
    from newsevents.ingest.clean.markup import element_rules
    from newsevents.ingest.clean.rules import rules
    from newsevents.ingest.dates import normalise_date
    from newsevents.places.gazetteer import gazetteer
    from newsevents.quotes.vocab import vocabulary
    from newsevents.store.export import gdelt_columns
    from newsevents.times.rules import rules as time_rules

    assert vocab.load().phrases
    assert len(codebook()) > 300
    assert pattern_book().patterns
    assert sense_book()
    assert legacy_rules()
    assert element_rules()
    assert rules().lines
    assert normalise_date("14 March 2025") == "2025-03-14"
    assert gazetteer().index
    assert vocabulary().speech
    assert gdelt_columns()
    assert time_rules()


def test_no_module_reads_a_data_file_around_the_loader() -> None:
    """YAML and CSV parsing of package data happens in datafiles.py only (one seam)."""
    parse = re.compile(r"\byaml\.(safe_load|load|full_load)\(|\bcsv\.(DictReader|reader)\(")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "datafiles.py" and parse.search(path.read_text("utf-8"))
    ]
    assert offenders == []
