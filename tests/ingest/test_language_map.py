"""The language identifier's two large tables served from a file mapping give py3langid's own
verdicts, and every worker maps the same file (``ingest/language._map``: most of the 64 MB
of tables never becomes resident)."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from newsevents.ingest import language

_TEXTS = [
    "The harbour board met on Tuesday and voted to close the old ferry pier for repairs, "
    "while fishermen from the northern villages asked the ministry to review the new quotas.",
    "Le conseil municipal s'est réuni mardi soir pour voter la fermeture du vieux quai, et les "
    "pêcheurs des villages du nord ont demandé au ministère de revoir les quotas.",
    "Городской совет во вторник проголосовал за закрытие старого причала, а рыбаки из северных "
    "деревень попросили министерство пересмотреть квоты до начала весеннего сезона.",
    "",
]


def _stock() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _model_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def _mapped(folder: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(folder))
    identifier = _stock()
    language._compact(identifier)
    language._map(identifier, _model_file())
    return identifier


def test_mapped_tables_give_the_same_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identifier = _mapped(tmp_path, monkeypatch)
    stock = _stock()
    assert isinstance(identifier.tk_nextmove, memoryview)  # type: ignore[attr-defined]
    weights = identifier.nb_ptc  # type: ignore[attr-defined]
    assert not weights.flags.writeable
    assert identifier._full_model[0] is weights  # type: ignore[attr-defined]
    for text in _TEXTS:
        assert identifier.rank(text) == stock.rank(text)  # type: ignore[attr-defined]
    assert len(list(tmp_path.glob("py3langid-*.bin"))) == 1


def test_a_second_identifier_maps_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mapped(tmp_path, monkeypatch)
    (written,) = tmp_path.glob("py3langid-*.bin")
    before = written.stat().st_mtime_ns
    second = _mapped(tmp_path, monkeypatch)
    assert written.stat().st_mtime_ns == before  # not written again
    assert second.classify(_TEXTS[0])[0] == "en"  # type: ignore[attr-defined]


def test_a_short_file_is_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _mapped(tmp_path, monkeypatch)
    (written,) = tmp_path.glob("py3langid-*.bin")
    size = written.stat().st_size
    written.write_bytes(b"\0" * 100)  # a crashed writer, another layout
    again = _mapped(tmp_path, monkeypatch)
    assert written.stat().st_size == size
    assert again.rank(_TEXTS[1]) == _stock().rank(_TEXTS[1])  # type: ignore[attr-defined]


def test_an_empty_cache_setting_keeps_the_tables_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", "")
    assert language.cache_dir() is None
    identifier = _stock()
    language._map(identifier, _model_file())
    assert isinstance(identifier.tk_nextmove, array)  # type: ignore[attr-defined]


def test_an_unwritable_folder_keeps_the_tables_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    identifier = _mapped(blocker / "cache", monkeypatch)
    assert isinstance(identifier.tk_nextmove, array)  # type: ignore[attr-defined]
    assert identifier.classify(_TEXTS[0])[0] == "en"  # type: ignore[attr-defined]


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSEVENTS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert language.cache_dir() == tmp_path / "newsevents"
