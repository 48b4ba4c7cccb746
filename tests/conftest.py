"""Shared test helpers: where the evaluation data lives, and the offset check every table obeys."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not available: {path}")
    return path


@pytest.fixture(scope="session")
def bbc():
    """The BBC corpus in ../shared analysed once per test run (skipped when absent)."""
    from sco_toolkit import analyze

    return analyze(shared_path("data", "news_corpus", "bbc"))


def assert_offsets_true(articles: pd.DataFrame, table: pd.DataFrame, column: str = "text") -> None:
    """Every row's ``articles.text[start:end]`` equals the row's ``column``."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    for row in table.itertuples(index=False):
        d = row._asdict()
        got = texts[d["article_id"]][d["start"] : d["end"]]
        assert got == d[column], (d["article_id"], d["start"], d["end"], got, d[column])
