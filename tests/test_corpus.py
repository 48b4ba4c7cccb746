"""Corpus tests: filtering, the Parquet round trip, summary counts and the empty corpus."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.corpus import TABLE_NAMES, Corpus
from sco_toolkit.schema import TABLES

MIXED = Path(__file__).parent / "fixtures" / "mixed"
UTC = "UTC"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return analyze(MIXED)


def titles(c: Corpus) -> set[str]:
    return set(c.articles["title"])


def assert_schema(frame: pd.DataFrame, table: str) -> None:
    assert list(frame.columns) == list(TABLES[table])
    assert {c: str(t) for c, t in frame.dtypes.items()} == TABLES[table]


def assert_tables_follow_articles(c: Corpus) -> None:
    ids = set(c.articles["article_id"])
    for name, table in c.tables().items():
        if name != "load_report":
            assert set(table["article_id"]) <= ids, name


# --- summary -----------------------------------------------------------------------------------
def test_summary_counts(corpus: Corpus) -> None:
    summary = corpus.summary()
    assert list(summary) == [
        "articles",
        "sentences",
        "words",
        "statements",
        "speakers",
        "themes",
        "countries",
        "cooperation_areas",
        "skipped",
        "warnings",
    ]
    assert summary["articles"] == 16
    assert summary["sentences"] == len(corpus.sentences) > summary["articles"]
    assert summary["words"] == int(corpus.articles["n_words"].sum())
    assert summary["skipped"] == 8
    assert summary["warnings"] == 2
    assert all(isinstance(v, int) for v in summary.values())


def test_tables_in_order_and_schema(corpus: Corpus) -> None:
    assert tuple(corpus.tables()) == TABLE_NAMES
    for name, table in corpus.tables().items():
        assert_schema(table, name)
    assert set(corpus.sentences["article_id"]) == set(corpus.articles["article_id"])


def test_repr_shows_counts(corpus: Corpus) -> None:
    assert repr(corpus).startswith("Corpus(articles=16, sentences=")


# --- filter ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        (
            "Mekong Wire",
            {"BRICS bank approves two rail loans", "Eurasian union trims grain export duty"},
        ),
        (
            ["Steppe Herald", "Eurasia Ledger"],
            {
                "Trade ministers back new customs corridor at SCO meeting",
                "Caspian ports sign transit pact with ASEAN shippers",
            },
        ),
        ("No Such Outlet", set()),
    ],
)
def test_filter_by_outlet(corpus: Corpus, outlet: str | list[str], expected: set[str]) -> None:
    subset = corpus.filter(outlet=outlet)
    assert titles(subset) == expected
    assert_tables_follow_articles(subset)
    assert (
        len(subset.sentences)
        == corpus.sentences["article_id"].isin(subset.articles["article_id"]).sum()
    )
    pd.testing.assert_frame_equal(subset.load_report, corpus.load_report)  # kept whole


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (
            "2024-05-01",
            "2024-06-30",
            {
                "BRICS bank approves two rail loans",
                "Eurasian union trims grain export duty",
                "Energy ministers discuss Caspian pipeline",
                "Customs union opens new checkpoint",
            },
        ),
        (
            "2024-08-01",
            None,
            {"Caspian ports sign transit pact with ASEAN shippers"},
        ),
        (
            None,
            "2024-02-28",
            {
                "SCO finance ministers discuss local-currency settlement",
                "Ulaanbaatar to host regional transport conference",
            },
        ),
        (
            # aware bounds are converted to UTC: 09:30+05:00 is 04:30 UTC, inclusive at both ends
            pd.Timestamp("2024-07-04 09:30", tz="Asia/Tashkent"),
            "2024-07-04T04:30:00Z",
            {"Trade ministers back new customs corridor at SCO meeting"},
        ),
    ],
)
def test_filter_by_date_range(
    corpus: Corpus, start: object, end: object, expected: set[str]
) -> None:
    subset = corpus.filter(start=start, end=end)
    assert titles(subset) == expected
    assert subset.articles["published"].notna().all()
    assert_tables_follow_articles(subset)


def test_filter_by_date_drops_undated_articles(corpus: Corpus) -> None:
    undated = corpus.articles["published"].isna().sum()
    assert undated == 6
    subset = corpus.filter(start="2000-01-01")
    assert len(subset.articles) == len(corpus.articles) - undated


def test_filter_end_date_includes_the_whole_day(corpus: Corpus) -> None:
    subset = corpus.filter(start="2024-05-20", end="2024-05-20")
    assert titles(subset) == {"BRICS bank approves two rail loans"}  # published 14:00 UTC


def test_filter_combines_conditions(corpus: Corpus) -> None:
    subset = corpus.filter(outlet=["Mekong Wire", "Silk Road Daily"], start="2024-05-01")
    assert titles(subset) == {
        "BRICS bank approves two rail loans",
        "Eurasian union trims grain export duty",
    }
    assert titles(corpus.filter(language="ru")) == {
        "Министры торговли ШОС обсудили новый транспортный коридор"
    }


def test_filter_by_article_ids(corpus: Corpus) -> None:
    wanted = list(corpus.articles["article_id"].iloc[[0, 3]])
    subset = corpus.filter(article_ids=wanted)
    assert list(subset.articles["article_id"]) == wanted
    assert set(subset.sentences["article_id"]) == set(wanted)
    assert_tables_follow_articles(subset)
    only = corpus.filter(article_ids=wanted[0])  # a single id as a string
    assert list(only.articles["article_id"]) == wanted[:1]
    nothing = corpus.filter(article_ids=[])
    assert nothing.articles.empty and nothing.sentences.empty
    assert_schema(nothing.articles, "articles")


def test_filter_by_unknown_article_id_raises(corpus: Corpus) -> None:
    known = corpus.articles["article_id"].iloc[0]
    with pytest.raises(KeyError, match="deadbeef0000"):
        corpus.filter(article_ids=[known, "deadbeef0000"])


def test_filter_returns_a_new_corpus(corpus: Corpus) -> None:
    before = len(corpus.articles)
    subset = corpus.filter(outlet="Mekong Wire")
    assert subset is not corpus
    assert len(corpus.articles) == before
    assert list(subset.articles.index) == list(range(len(subset.articles)))


# --- Parquet / CSV -----------------------------------------------------------------------------
def test_parquet_round_trip_keeps_values_and_dtypes(corpus: Corpus, tmp_path: Path) -> None:
    written = corpus.to_parquet(tmp_path / "saved")
    assert written == tmp_path / "saved"
    assert sorted(p.name for p in written.iterdir()) == sorted(
        [f"{n}.parquet" for n in TABLE_NAMES] + ["corpus.json"]
    )
    meta = json.loads((written / "corpus.json").read_text(encoding="utf-8"))
    assert meta == {"tables": list(TABLE_NAMES), "summary": corpus.summary()}
    again = Corpus.from_parquet(written)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(again.tables()[name], corpus.tables()[name], obj=name)
        assert_schema(again.tables()[name], name)
    assert str(again.articles["published"].dt.tz) == UTC
    assert again.summary() == corpus.summary()


def test_from_parquet_of_a_missing_table_raises(corpus: Corpus, tmp_path: Path) -> None:
    corpus.to_parquet(tmp_path)
    (tmp_path / "quotes.parquet").unlink()
    with pytest.raises(FileNotFoundError, match=r"missing quotes\.parquet"):
        Corpus.from_parquet(tmp_path)
    with pytest.raises(FileNotFoundError, match="not a saved corpus"):
        Corpus.from_parquet(tmp_path / "nowhere")


def test_to_csv_writes_every_table(corpus: Corpus, tmp_path: Path) -> None:
    corpus.to_csv(tmp_path / "csv")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        f"{n}.csv" for n in TABLE_NAMES
    )
    articles = pd.read_csv(tmp_path / "csv" / "articles.csv")
    assert list(articles.columns) == list(TABLES["articles"])
    assert list(articles["article_id"]) == list(corpus.articles["article_id"])


# --- the empty corpus --------------------------------------------------------------------------
def test_empty_corpus_has_every_table_with_schema_columns(tmp_path: Path) -> None:
    for c in (Corpus(), analyze(tmp_path)):
        for name, table in c.tables().items():
            assert table.empty
            assert_schema(table, name)
        assert set(c.summary().values()) == {0}


def test_empty_corpus_round_trip(tmp_path: Path) -> None:
    again = Corpus.from_parquet(Corpus().to_parquet(tmp_path))
    for name, table in again.tables().items():
        assert table.empty
        assert_schema(table, name)
    assert again.filter(outlet="Mekong Wire", start="2024-01-01").articles.empty


def test_verify_reports_every_table_true_on_fixtures() -> None:

    corpus = analyze(Path(__file__).parent / "fixtures" / "mixed")
    report = corpus.verify()
    assert set(report["table"]) == {"sentences", "mentions", "quotes", "themes", "cooperation"}
    assert (report["mismatches"] == 0).all()
    assert report.set_index("table").loc["sentences", "rows"] == len(corpus.sentences)


def test_verify_counts_a_broken_offset() -> None:

    corpus = analyze(Path(__file__).parent / "fixtures" / "mixed")
    broken = corpus.sentences.copy()
    broken.loc[0, "start"] = broken.loc[0, "start"] + 1
    report = dataclasses.replace(corpus, sentences=broken).verify()
    assert report.set_index("table").loc["sentences", "mismatches"] == 1
