"""The evaluation script runs to the end and says what is missing when data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("section", ["throughput", "team_speakers"])
def test_eval_extraction_reports_absent_data_and_exits_cleanly(tmp_path: Path, section) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "eval_extraction.py"),
            "--shared",
            str(tmp_path / "nowhere"),
            "--section",
            section,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "_absent_" in result.stdout
    assert f"| {section} section | absent |" in result.stdout


def test_team_speaker_sets_are_consistent() -> None:
    """Every speaker of index.csv has detail rows whose counts add up to the article's total."""
    import pandas as pd

    for name in ("tuning", "heldout"):
        folder = ROOT / "benchmarks" / "data" / "bbc_speakers" / name
        index = pd.read_csv(folder / "index.csv", dtype=str, keep_default_na=False)
        detail = pd.read_csv(folder / "speaker_detail.csv", dtype=str, keep_default_na=False)
        assert len(index) == {"tuning": 160, "heldout": 80}[name] and index["file"].is_unique
        for row in index.itertuples(index=False):
            rows = detail[detail["file"] == row.file]
            listed = {n.strip() for n in row.speakers.split(";") if n.strip()}
            named = {p.strip() for s in rows["speaker"] for p in s.split(" & ")}
            named |= {s for s in rows["speaker"]}
            assert listed <= named, (name, row.file)
            # a joint row ("A & B") holds its statement once, as in the article's total
            assert rows["statements"].astype(int).sum() == int(row.statements), row.file


def _domain_golds() -> list[Path]:
    return sorted((ROOT / "benchmarks" / "data" / "domain").glob("*/*.yaml"))


@pytest.mark.parametrize("gold_path", _domain_golds(), ids=lambda p: p.stem)
def test_domain_gold_files_fit_their_articles(gold_path: Path) -> None:
    """Each gold file parses, names its article's title, and quotes the article exactly."""
    import yaml

    from sco_toolkit.themes import load_themes

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
    assert text.splitlines()[0].strip() == gold["article"]["title"].strip()
    for st in (gold.get("statements") or []) + (gold.get("optional_statements") or []):
        assert st["starts"] in text, st["starts"]
        assert st["kind"] in ("direct", "indirect")
        assert st.get("speaker_type", "person") in ("person", "organization", "country", "unnamed")
    for line in gold["article"].get("boilerplate") or []:
        assert line in text, line
    known = set(load_themes())
    assert set(gold.get("themes") or []) <= known
