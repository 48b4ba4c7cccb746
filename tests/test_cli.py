"""Command-line tests: ``sco_toolkit.cli.main([...])`` writes the tables and reports errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.cli import main
from sco_toolkit.corpus import TABLE_NAMES
from sco_toolkit.load import SUPPORTED_SUFFIXES
from sco_toolkit.schema import TABLES

MIXED = Path(__file__).parent / "fixtures" / "mixed"


def summary_lines(stdout: str) -> dict[str, int]:
    counts = {}
    for line in stdout.splitlines():
        if line.startswith("tables written to"):
            continue
        key, _, value = line.rpartition("  ")
        counts[key.strip()] = int(value.strip().replace(",", ""))
    return counts


def test_analyze_writes_parquet_tables_and_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tables"
    assert main(["analyze", str(MIXED), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{n}.parquet" for n in TABLE_NAMES] + ["corpus.json"]
    )
    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == 16
    assert list(articles.columns) == list(TABLES["articles"])
    report = pd.read_parquet(out / "load_report.parquet")
    assert len(report) == 24

    captured = capsys.readouterr()
    counts = summary_lines(captured.out)
    assert counts["articles"] == 16
    assert counts["skipped"] == 8
    assert counts["warnings"] == 2
    # the summary repeats the corpus's own counts
    expected = analyze(MIXED).summary()
    for key, value in expected.items():
        assert counts[key.replace("_", " ")] == value
    assert captured.out.rstrip().endswith(f"tables written to {out}/ (parquet)")
    # every input that was not simply loaded is listed on stderr with its reason
    problems = captured.err.strip().splitlines()
    assert len(problems) == 10
    assert f"  skipped: {MIXED / 'bad_empty.txt'}: empty file" in problems
    assert any(line.startswith("  warning:") and "enc_cp1251.txt" in line for line in problems)


def test_analyze_writes_csv_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "csv"
    assert main(["analyze", str(MIXED), "--out", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == 16
    assert list(articles.columns) == list(TABLES["articles"])
    assert "tables written to" in capsys.readouterr().out


def test_quiet_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(MIXED), "--out", str(tmp_path), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""
    assert (tmp_path / "articles.parquet").exists()


def test_keep_duplicates_and_several_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(MIXED / "01_trade_ministers.txt"), str(MIXED / "dup_trade_ministers.txt")]
    assert main(["analyze", *paths, "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert len(pd.read_parquet(tmp_path / "a" / "articles.parquet")) == 1
    argv = ["analyze", *paths, "--out", str(tmp_path / "b"), "--keep-duplicates"]
    assert main(argv) == 0
    articles = pd.read_parquet(tmp_path / "b" / "articles.parquet")
    assert len(articles) == 2
    assert articles["article_id"].iloc[1] == articles["article_id"].iloc[0] + "-2"
    assert summary_lines(capsys.readouterr().out)["articles"] == 2


@pytest.mark.parametrize(
    ("name", "cause"),
    [
        ("no_such_folder", "does not exist"),
        ("notes.docx", "unsupported file type"),
    ],
)
def test_bad_path_exits_2_with_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, cause: str
) -> None:
    path = tmp_path / name
    if path.suffix:
        path.write_text("Ministers met in Astana.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(path), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("\n")
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("sco-toolkit: error: ")
    assert str(path) in captured.err
    assert cause in captured.err
    assert all(suffix in captured.err for suffix in SUPPORTED_SUFFIXES)
    assert not out.exists()  # nothing written on error


@pytest.mark.parametrize("argv", [["--help"], ["analyze", "--help"]])
def test_help_exits_0(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: sco-toolkit")
    if argv[0] == "analyze":
        for option in ("--out", "--format", "--keep-duplicates", "--quiet"):
            assert option in out
    else:
        assert "analyze" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["analyze", str(MIXED)],  # --out missing
        ["analyze", str(MIXED), "--out", "x", "--format", "xlsx"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage: sco-toolkit" in capsys.readouterr().err
