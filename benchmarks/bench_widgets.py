"""Time the explorer's redraw on the BBC corpus in ../shared.

Usage: python benchmarks/bench_widgets.py [CORPUS_DIR]

Builds the explorer's widgets (``sco_toolkit.widgets._build``, no browser or kernel needed),
then changes one filter at a time 20 times (speaker, theme, country, search, months, outlet)
and prints the median and worst redraw time. The BBC files have no outlet or date, so a
second run gives each article an outlet (its folder) and an invented publication date
(spread over two years) to exercise the month slider and the statements-over-time chart.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import sco_toolkit
from sco_toolkit import widgets as W

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_corpus" / "bbc"
CHANGES = 20
BUDGET = 0.5  # seconds


def _with_outlets_and_dates(corpus: sco_toolkit.Corpus) -> sco_toolkit.Corpus:
    a = corpus.articles
    folder = a["source"].astype(str).map(lambda s: Path(s).parent.name or "bbc")
    days = np.random.default_rng(0).integers(0, 730, len(a))
    published = pd.Timestamp("2023-01-01", tz="UTC") + pd.to_timedelta(days, unit="D")
    articles = a.assign(
        outlet=pd.Categorical("BBC " + folder), published=pd.Series(published, index=a.index)
    )
    return dataclasses.replace(corpus, articles=articles)


def _changes(ui: dict) -> list[tuple[str, object]]:
    """``CHANGES`` (control, value) pairs taken in turn from every enabled filter."""
    c = ui["controls"]
    pools = [
        [("speaker", v) for _, v in c["speaker"].options[1:9]],
        [("theme", v) for _, v in c["theme"].options[1:9]],
        [("country", v) for _, v in c["country"].options[1:9]],
        [("search", v) for v in ("minister", "economy", "said", "china", "growth")],
    ]
    if not c["dates"].disabled:
        n = len(c["dates"].options)
        pools.append([("dates", (0, n // 2)), ("dates", (n // 3, n - 1)), ("dates", (2, 5))])
    if not c["outlet"].disabled:
        pools.append([("outlet", v) for _, v in c["outlet"].options[1:4]])
    picks = []
    for i in range(max(map(len, pools))):
        picks += [pool[i] for pool in pools if i < len(pool)]
    return picks[:CHANGES]


def _set(ui: dict, name: str, value: object) -> None:
    control = ui["controls"][name]
    if name == "dates":
        control.index = value
    else:
        control.value = value


def _time(ui: dict, corpus: sco_toolkit.Corpus) -> tuple[list[float], list[float]]:
    """Seconds per redraw, and per filtered-corpus computation alone (no charts, no ledger)."""
    times, filters = [], []
    pre = W._precompute(corpus)
    for name, value in _changes(ui):
        t0 = time.perf_counter()
        _set(ui, name, value)
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        W._filtered(corpus, pre, ui["controls"])
        filters.append(time.perf_counter() - t0)
        ui["controls"]["reset"].click()  # back to no filter (one redraw, not timed)
    return times, filters


def _run(label: str, corpus: sco_toolkit.Corpus) -> bool:
    t0 = time.perf_counter()
    ui = W._build(corpus)
    build = time.perf_counter() - t0
    times, filters = _time(ui, corpus)
    errors = len(ui["output"].outputs)
    med, worst = statistics.median(times), max(times)
    print(f"{label}")
    print(f"  corpus            {corpus}")
    print(f"  build             {build:.3f} s (lookups + widgets + first draw)")
    print(f"  redraws timed     {len(times)}")
    print(f"  median redraw     {med * 1000:.0f} ms")
    print(f"  worst redraw      {worst * 1000:.0f} ms")
    print(f"  median filtering  {statistics.median(filters) * 1000:.0f} ms (of the redraw)")
    print(f"  callback errors   {errors}")
    ok = med < BUDGET and errors == 0
    print(f"  budget {BUDGET:.1f} s      {'OK' if ok else 'MISSED'}")
    return ok


def main() -> int:
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus_dir.exists():
        print(f"corpus not found: {corpus_dir} (pass a folder of articles); skipping")
        return 0
    t0 = time.perf_counter()
    corpus = sco_toolkit.analyze(corpus_dir)
    print(f"analyze           {time.perf_counter() - t0:.1f} s")
    W._build(sco_toolkit.Corpus())  # warm imports (charts, theme taxonomy) before timing
    ok = _run("BBC as loaded (no outlets, no dates)", corpus)
    ok &= _run("BBC with folder outlets and invented dates", _with_outlets_and_dates(corpus))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
