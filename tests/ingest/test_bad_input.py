"""Every bad input gets a numbered one-line error naming it, and a batch carries on."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import prepare, read_paths
from newsevents.ingest.decode import decode
from newsevents.pipeline import prepare_many
from newsevents.records import Failure, RawDocument

GERMAN = (
    "Die Bundesregierung hat am Dienstag angekündigt, die Verteidigungsausgaben im kommenden "
    "Jahr deutlich zu erhöhen. Der Finanzminister sagte in Berlin, das Geld solle vor allem in "
    "die Luftverteidigung und in neue Fregatten fließen. Die Opposition kritisierte den Plan "
    "als unzureichend und forderte eine Debatte im Bundestag noch vor der Sommerpause."
)


def _one(path: Path, **kwargs: object) -> RawDocument | Failure:
    (item,) = list(read_paths([path], **kwargs))  # type: ignore[arg-type]
    return item


def _assert_failure(item: object, code: str, input: str) -> None:
    assert isinstance(item, Failure), item
    assert item.code == code
    line = item.line()
    assert "\n" not in line and line.startswith(input) and code in line


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    _assert_failure(_one(missing), "E001", str(missing))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file(write, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = write("empty.txt", content)
    _assert_failure(_one(path), "E002", str(path))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n" + bytes(500),
        b"\x00\x01\x02\x03garbage\x00\xff\xfe\x00" * 100,
    ],
)
def test_binary_file(write, content: bytes) -> None:  # type: ignore[no-untyped-def]
    path = write("blob.txt", content)
    _assert_failure(_one(path), "E003", str(path))


def test_latin1_is_decoded(write, story) -> None:  # type: ignore[no-untyped-def]
    text = story + "\n\nThe café in Kraków’s old town was closed, said señor Müller."
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    path = write("latin1.txt", text, encoding="latin-1")
    item = _one(path)
    assert isinstance(item, RawDocument) and item.text is not None
    assert "café in Kraków's old town" in item.text and "señor Müller" in item.text


def test_utf16_with_bom_is_decoded(write, story) -> None:  # type: ignore[no-untyped-def]
    path = write("utf16.txt", codecs.BOM_UTF16_LE + story.encode("utf-16-le"))
    item = _one(path)
    assert isinstance(item, RawDocument) and item.text == story


def test_utf8_bom_is_dropped(write, story) -> None:  # type: ignore[no-untyped-def]
    item = _one(write("bom.txt", codecs.BOM_UTF8 + story.encode()))
    assert isinstance(item, RawDocument) and item.text == story


def test_undecodable_bytes() -> None:
    import random

    noise = random.Random(1)
    data = bytes(noise.randrange(0x80, 0x100) for _ in range(3000))  # no NULs, no encoding fits
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    assert info.value.code == "E004"


def test_truncated_html_still_yields_text(write, make_html, paragraphs) -> None:  # type: ignore[no-untyped-def]
    page = make_html()
    cut = page[: page.index(paragraphs[3][:40]) + 20]  # mid-paragraph, no closing tags
    item = _one(write("cut.html", cut))
    assert isinstance(item, RawDocument)
    text = prepare(item).text
    assert paragraphs[0] in text and paragraphs[2] in text


def test_html_without_article_text_is_e009(write) -> None:  # type: ignore[no-untyped-def]
    page = (
        "<!DOCTYPE html><html><head><title>x</title></head>"
        "<body><nav><a href='/'>Home</a></nav></body></html>"
    )
    item = _one(write("nav.html", page))
    assert isinstance(item, RawDocument)
    with pytest.raises(InputError) as info:
        prepare(item)
    assert info.value.code == "E009"


def test_html_over_the_size_cap(write, make_html) -> None:  # type: ignore[no-untyped-def]
    page = make_html()
    filler = "<p>" + "padding " * 1000 + "</p>\n"
    big = page.replace("</article>", filler * (10 * 1024 * 1024 // len(filler) + 1) + "</article>")
    path = write("big.html", big)
    assert path.stat().st_size > 10 * 1024 * 1024
    item = _one(path)
    _assert_failure(item, "E008", str(path))
    assert isinstance(item, Failure) and "5242880" in item.message
    # the cap is configurable: a bigger cap reads it (decoding only, extraction not run here)
    assert isinstance(_one(path, max_bytes=20 * 1024 * 1024), RawDocument)


def test_size_cap_from_environment(write, story, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEWSEVENTS_MAX_BYTES", "100")
    _assert_failure(_one(write("s.txt", story)), "E008", str(write("s.txt", story)))


def test_non_json_jsonl_line(write, story) -> None:  # type: ignore[no-untyped-def]
    import json

    path = write(
        "b.jsonl", json.dumps({"text": story}) + "\nnot json at all\n" + json.dumps({"text": story})
    )
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]
    _assert_failure(items[1], "E005", f"{path}:2")


def test_non_english_article_is_e007(write) -> None:  # type: ignore[no-untyped-def]
    path = write("de.txt", GERMAN)
    (failure,) = list(prepare_many(read_paths([path])))
    _assert_failure(failure, "E007", str(path))
    assert isinstance(failure, Failure) and "'de'" in failure.message
    # the check can be switched off (the multilingual extraction benchmark does)
    item = _one(path)
    assert isinstance(item, RawDocument)
    assert prepare(item, check_language=False).language == "de"


def test_short_text_is_not_judged_by_language(write) -> None:  # type: ignore[no-untyped-def]
    item = _one(write("short.txt", "Wang Yi met Lavrov in Beijing."))
    assert isinstance(item, RawDocument)
    assert prepare(item).language == "en"


def test_batch_carries_on(write, story, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = [
        tmp_path / "missing.txt",
        write("empty.txt", b""),
        write("ok.txt", story),
        write("bin.dat", b"\x00" * 300),
    ]
    items = list(read_paths(paths))
    assert [getattr(i, "code", "ok") for i in items] == ["E001", "E002", "ok", "E003"]
