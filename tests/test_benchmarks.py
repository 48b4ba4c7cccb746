"""The evaluation script runs to the end and says what is missing when data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_eval_extraction_reports_absent_data_and_exits_cleanly(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "eval_extraction.py"),
            "--shared",
            str(tmp_path / "nowhere"),
            "--section",
            "throughput",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "_absent_" in result.stdout
    assert "| throughput section | absent |" in result.stdout
