"""The ``Corpus``: a frozen bundle of tidy tables that share ``article_id`` keys."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from sco_toolkit.schema import TABLES, conform, empty_table

__all__ = ["Corpus", "TABLE_NAMES"]

#: The tables a Corpus holds, in the order they are written and listed.
TABLE_NAMES = (
    "articles",
    "sentences",
    "mentions",
    "quotes",
    "themes",
    "cooperation",
    "furniture",
    "load_report",
)


@dataclass(frozen=True)
class Corpus:
    """Tidy tables for a set of articles (see README, "Tables", for every column).

    Attributes:
        articles: One row per article, with the cleaned ``text`` all offsets refer to.
        sentences: One row per sentence: ``start``/``end`` into ``articles.text``.
        mentions: Countries, organisations, people and places mentioned.
        quotes: Statements (direct and reported speech) with their speakers.
        themes: Theme evidence (the matched term and where).
        cooperation: Cooperation areas named, with category and partner.
        furniture: Page furniture removed from each article while cleaning.
        load_report: One row per input file or record: loaded, warning or skipped, and why.
    """

    articles: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("articles"))
    sentences: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("sentences"))
    mentions: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("mentions"))
    quotes: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("quotes"))
    themes: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("themes"))
    cooperation: pd.DataFrame = dataclasses.field(
        default_factory=lambda: empty_table("cooperation")
    )
    furniture: pd.DataFrame = dataclasses.field(default_factory=lambda: empty_table("furniture"))
    load_report: pd.DataFrame = dataclasses.field(
        default_factory=lambda: empty_table("load_report")
    )

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables as a ``{name: DataFrame}`` dict, in ``TABLE_NAMES`` order."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def summary(self) -> dict[str, int]:
        """Count what the corpus holds.

        Returns:
            ``articles, sentences, words, speakers, statements, themes, countries,
            cooperation_areas, skipped`` (inputs skipped by the loader) and ``warnings``.
        """
        report = self.load_report
        status = report["status"].astype("string")
        countries = self.mentions.loc[self.mentions["kind"] == "country", "iso3"]
        return {
            "articles": len(self.articles),
            "sentences": len(self.sentences),
            "words": int(self.articles["n_words"].sum()) if len(self.articles) else 0,
            "statements": len(self.quotes),
            "speakers": int(self.quotes["speaker"].nunique()),
            "themes": int(self.themes["theme"].nunique()),
            "countries": int(countries.nunique()),
            "cooperation_areas": int(self.cooperation["area"].nunique()),
            "skipped": int((status == "skipped").sum()),
            "warnings": int((status == "warning").sum()),
        }

    def verify(self) -> pd.DataFrame:
        """Check provenance: every row's ``articles.text[start:end]`` equals its text.

        Returns:
            One row per table with offsets: ``table, rows, mismatches`` (mismatches should be 0;
            a non-zero count means a row cannot be traced back to its source).
        """
        texts = dict(zip(self.articles["article_id"], self.articles["text"], strict=True))
        checks = {
            "sentences": "text",
            "mentions": "surface",
            "quotes": "text",
            "themes": "term",
            "cooperation": "surface",
        }
        rows = []
        for name, column in checks.items():
            table = getattr(self, name)
            bad = 0
            for aid, start, end, value in zip(
                table["article_id"].tolist(),
                table["start"].tolist(),
                table["end"].tolist(),
                table[column].tolist(),
                strict=True,
            ):
                if texts.get(aid, "")[start:end] != value:
                    bad += 1
            rows.append({"table": name, "rows": len(table), "mismatches": bad})
        return pd.DataFrame(rows)

    def filter(
        self,
        *,
        outlet: str | Iterable[str] | None = None,
        start: Any = None,
        end: Any = None,
        article_ids: Iterable[str] | None = None,
        language: str | Iterable[str] | None = None,
    ) -> Corpus:
        """Return a new Corpus restricted to some articles; every table follows.

        Args:
            outlet: One outlet or several.
            start: Keep articles published on or after this date (anything ``pd.Timestamp``
                reads; naive dates are taken as UTC). Undated articles are dropped when set.
            end: Keep articles published on or before this date (a bare date includes that
                whole day).
            article_ids: Keep only these ids.
            language: One language code or several (``"en"``).

        Returns:
            A new Corpus. The load report is kept whole.
        """
        a = self.articles
        keep = pd.Series(True, index=a.index)
        if outlet is not None:
            keep &= a["outlet"].astype("string").isin(_as_list(outlet)).fillna(False)
        if language is not None:
            keep &= a["language"].astype("string").isin(_as_list(language)).fillna(False)
        if start is not None:
            keep &= (a["published"] >= _utc(start)).fillna(False)
        if end is not None:
            keep &= (a["published"] <= _end_of(end)).fillna(False)
        if article_ids is not None:
            wanted = _as_list(article_ids)
            unknown = sorted(set(wanted) - set(a["article_id"]))
            if unknown:
                raise KeyError(
                    f"Unknown article_id(s) {unknown[:5]}; see corpus.articles['article_id']."
                )
            keep &= a["article_id"].isin(wanted)
        ids = set(a.loc[keep.astype(bool), "article_id"])
        tables = {}
        for name, table in self.tables().items():
            if name == "load_report":
                tables[name] = table
            else:
                tables[name] = table[table["article_id"].isin(ids)].reset_index(drop=True)
        return Corpus(**tables)

    def to_parquet(self, directory: str | Path) -> Path:
        """Write every table to ``directory/<table>.parquet`` (created if needed).

        Returns:
            The directory written.
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name, table in self.tables().items():
            table.to_parquet(out / f"{name}.parquet", index=False)
        (out / "corpus.json").write_text(
            json.dumps({"tables": list(TABLE_NAMES), "summary": self.summary()}, indent=2),
            encoding="utf-8",
        )
        return out

    def to_csv(self, directory: str | Path) -> Path:
        """Write every table to ``directory/<table>.csv`` (UTF-8, created if needed)."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name, table in self.tables().items():
            table.to_csv(out / f"{name}.csv", index=False)
        return out

    @classmethod
    def from_parquet(cls, directory: str | Path) -> Corpus:
        """Read a Corpus written by ``to_parquet``.

        Raises:
            FileNotFoundError: If the directory or one of the table files is missing.
        """
        src = Path(directory)
        missing = [n for n in TABLE_NAMES if not (src / f"{n}.parquet").exists()]
        if missing:
            raise FileNotFoundError(
                f"{src} is not a saved corpus: missing "
                f"{', '.join(m + '.parquet' for m in missing)}. "
                "Write one with corpus.to_parquet(directory)."
            )
        return cls(**{n: conform(pd.read_parquet(src / f"{n}.parquet"), n) for n in TABLE_NAMES})

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={v}" for k, v in self.summary().items())
        return f"Corpus({counts})"


def _as_list(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _end_of(value: Any) -> pd.Timestamp:
    """The last instant of ``value``: a bare date means the whole of that day."""
    stamp = _utc(value)
    date_only = isinstance(value, str) and len(value.strip()) <= 10
    if date_only or (not isinstance(value, (str, pd.Timestamp)) and not hasattr(value, "hour")):
        return stamp + pd.Timedelta(days=1) - pd.Timedelta(1, "ns")
    return stamp


def _utc(value: Any) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


assert set(TABLE_NAMES) == set(TABLES), "schema and corpus disagree on the tables"
