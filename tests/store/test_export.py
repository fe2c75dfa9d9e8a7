from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from newsevents.records import Document
from newsevents.store import TABLE_NAMES, EventFilter, Store
from newsevents.store.export import export, fips, gdelt_columns, global_event_id

PANDAS_TYPES = {"int64": "Int64", "double": "float64", "string": "string"}
DUCKDB_TYPES = {"int64": "BIGINT", "double": "DOUBLE", "string": "VARCHAR"}


def read_gdelt(path: Path) -> pd.DataFrame:
    """Load a GDELT 2.0 event file the way GDELT users do: no header, the codebook's names/types."""
    columns = gdelt_columns()
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=[name for name, _ in columns],
        dtype={name: PANDAS_TYPES[kind] for name, kind in columns},
        keep_default_na=False,
        na_values={name: [""] for name, kind in columns if kind != "string"},
    )


def test_gdelt_column_list_is_complete() -> None:
    columns = gdelt_columns()
    assert len(columns) == 61
    assert columns[0] == ("GlobalEventId", "int64")
    assert columns[-1] == ("SOURCEURL", "string")
    assert [name for name, _ in columns[26:31]] == [
        "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    ]  # fmt: skip


def test_gdelt_export_loads_with_gdelt_types(
    store: Store, docs: list[Document], tmp_path: Path
) -> None:
    out = tmp_path / "events.tsv"
    result = export(store, "gdelt", out)
    frame = read_gdelt(out)
    assert result.rows["events"] == len(frame) == 4  # asserted only
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    for name, kind in gdelt_columns():
        assert str(frame[name].dtype) == PANDAS_TYPES[kind], name

    appeal = frame[frame["EventCode"] == "0234"].iloc[0]  # leading zero kept
    event = docs[0].events[0]
    assert appeal["GlobalEventId"] == global_event_id(event.event_id)
    assert (appeal["Day"], appeal["MonthYear"], appeal["Year"]) == (20250313, 202503, 2025)
    assert appeal["FractionDate"] == pytest.approx(2025 + (3 * 30 + 13) / 365, abs=1e-4)
    assert appeal["Actor1Code"] == "POLGOV" and appeal["Actor1CountryCode"] == "POL"
    assert appeal["Actor1Type1Code"] == "GOV" and appeal["Actor1Name"] == "ANDRZEJ DUDA"
    assert appeal["Actor2Code"] == "USAGOV" and appeal["Actor2CountryCode"] == "USA"
    assert (appeal["EventBaseCode"], appeal["EventRootCode"]) == ("023", "02")
    assert appeal["QuadClass"] == 1 and appeal["GoldsteinScale"] == 3.4
    assert appeal["NumArticles"] == 2  # the document carries one merged copy
    assert appeal["IsRootEvent"] == 1
    assert appeal["ActionGeo_Type"] == 4 and appeal["ActionGeo_CountryCode"] == "PL"
    assert appeal["ActionGeo_Fullname"] == "Warsaw, Poland"
    assert float(appeal["ActionGeo_Lat"]) == 52.23
    assert appeal["DATEADDED"] == "20250314000000"
    assert appeal["SOURCEURL"] == "https://example.com/story"
    assert pd.isna(appeal["AvgTone"]) and pd.isna(appeal["Actor1Geo_Type"])

    threat = frame[frame["EventCode"] == "138"].iloc[0]
    assert threat["Actor2Code"] == "NATO" and threat["Actor2KnownGroupCode"] == "NATO"
    assert threat["Actor2CountryCode"] == "" and threat["Actor2Type1Code"] == "IGO"
    country_level = frame[frame["EventCode"] == "010"].iloc[0]
    assert country_level["ActionGeo_Type"] == 1 and country_level["ActionGeo_ADM1Code"] == "BO"
    undated = frame[frame["EventCode"] == "154"].iloc[0]
    assert pd.isna(undated["Day"]) and undated["SOURCEURL"] == "story.txt"


def test_gdelt_export_loads_in_duckdb(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(store, "gdelt", out, all_modalities=True)
    columns = {name: DUCKDB_TYPES[kind] for name, kind in gdelt_columns()}
    con = duckdb.connect()
    rows = con.execute(
        "SELECT EventCode, Actor1Code, GoldsteinScale FROM read_csv(?, delim='\t', header=false, "
        "columns=?, quote='') ORDER BY EventCode",
        [str(out), columns],
    ).fetchall()
    assert [r[0] for r in rows] == ["010", "0234", "0234", "0871", "138", "154"]


def test_gdelt_export_filters(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert export(store, "gdelt", out, EventFilter(country="RUS")).rows["events"] == 2
    assert export(store, "gdelt", out, EventFilter(modality=("requested",))).rows["events"] == 1
    assert list(read_gdelt(out)["EventCode"]) == ["0871"]


def test_plover_export(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    assert export(store, "plover", out).rows["events"] == 4
    records = json.loads(out.read_text())
    assert {r["modality"] for r in records} == {"asserted"}
    appeal = next(r for r in records if r["cameo"] == "0234")
    assert appeal["source"] == [
        {
            "actorText": "Poland’s President Andrzej Duda",
            "code": "POL",
            "sector": "GOV",
            "cameo": "POLGOV",
            "name": "Andrzej Duda",
        }
    ]
    assert appeal["target"][0]["code"] == "USA"
    assert (appeal["event"], appeal["mode"], appeal["context"]) == (
        "CONSULT",
        "visit",
        "diplomatic",
    )
    assert appeal["date"] == "2025-03-13" and appeal["text"].startswith("Poland called on")
    assert appeal["geo"]["name"] == "Warsaw"
    # PLOVER's actor code of an intergovernmental body is IGO; its CAMEO code stays beside it
    threat = next(r for r in records if r["cameo"] == "138")
    assert (threat["target"][0]["code"], threat["target"][0]["cameo"]) == ("IGO", "NATO")
    intransitive = next(r for r in records if r["cameo"] == "154")
    assert intransitive["target"] == [] and intransitive["date"] is None
    everything = json.loads(
        (export(store, "plover", out, all_modalities=True).paths[0]).read_text()
    )
    assert len(everything) == 6
    empty = export(store, "plover", tmp_path / "none.json", EventFilter(actor="CHN"))
    assert json.loads(empty.paths[0].read_text()) == []


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_table_exports_round_trip(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export-{fmt}"
    result = export(store, fmt, out)
    counts = store.counts()
    assert result.rows == counts
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{name}.{fmt}" for name in (*TABLE_NAMES, "failures")
    )
    con = duckdb.connect()
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    for name in TABLE_NAMES:
        path = str(out / f"{name}.{fmt}")
        (n,) = con.execute(f"SELECT count(*) FROM {reader}(?)", [path]).fetchone()  # type: ignore[misc]
        assert n == counts[name], (fmt, name)
    # the events come back with their values intact, in DuckDB and in pandas
    path = str(out / f"events.{fmt}")
    back = con.execute(
        f"SELECT cameo, goldstein, day, sentence_text FROM {reader}(?) ORDER BY event_id", [path]
    ).fetchall()
    original = store.con.execute(
        "SELECT cameo, goldstein, day, sentence_text FROM events ORDER BY event_id"
    ).fetchall()
    if fmt == "csv":  # CSV has no types: codes with leading zeros are numbers to a sniffer
        back = [
            (str(c).zfill(len(o[0])), g, d, s)
            for (c, g, d, s), o in zip(back, original, strict=True)
        ]
    assert back == original
    frame = {
        "parquet": lambda p: pd.read_parquet(p),
        "csv": lambda p: pd.read_csv(p, dtype={"cameo": str, "cameo_root": str}),
        "jsonl": lambda p: pd.read_json(p, lines=True, dtype={"cameo": str, "cameo_root": str}),
    }[fmt](path)
    assert len(frame) == counts["events"]
    assert set(frame["cameo"]) == {"010", "0234", "0871", "138", "154"}
    documents = {
        "parquet": lambda p: pd.read_parquet(p),
        "csv": lambda p: pd.read_csv(p),
        "jsonl": lambda p: pd.read_json(p, lines=True),
    }[fmt](str(out / f"documents.{fmt}"))
    assert {"doc_id", "text", "record"} <= set(documents.columns)
    assert any("nuclear weapons" in t for t in documents["text"])


def test_table_export_with_filters_keeps_matching_documents(store: Store, tmp_path: Path) -> None:
    result = export(store, "parquet", tmp_path / "pol", EventFilter(country="RUS"))
    assert result.rows["events"] == 2
    assert result.rows["documents"] == 2  # the two documents with a Russian event
    assert result.rows["failures"] == 0
    frame = pd.read_parquet(tmp_path / "pol" / "actors.parquet")
    assert frame["doc_id"].nunique() == 2


def test_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xml", tmp_path / "x")


def test_fips_codes() -> None:
    assert (fips("POL"), fips("DEU"), fips("USA"), fips("NATO"), fips(None)) == (
        "PL",
        "GM",
        "US",
        "",
        "",
    )


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "parquet", "csv", "jsonl"])
def test_exports_stream_in_batches_after_other_queries(
    store: Store, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many small batches give the same rows; an open result on the store does not block."""
    import newsevents.store.export as export_module

    store.has("x")
    store.con.execute("SELECT * FROM events")  # a result left open on the store's connection
    expected = export(store, fmt, tmp_path / "one", all_modalities=True).rows
    monkeypatch.setattr(export_module, "_BATCH", 2)
    assert export(store, fmt, tmp_path / "many", all_modalities=True).rows == expected
    if fmt in ("gdelt", "plover"):
        assert (tmp_path / "one").read_text() == (tmp_path / "many").read_text()
