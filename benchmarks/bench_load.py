"""Time the Foundation stage (load, clean, split) on the BBC corpus in ../shared.

Usage: python benchmarks/bench_load.py [CORPUS_DIR]

Prints files, articles, words, seconds and words per second for each stage: the best and the
median of three runs, after a warm-up that loads imports, lexicons and the language model once
(one-time costs of about 0.4 s per process). Runs on one core (the pipeline is single-process).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import py3langid

from sco_toolkit.load import load_articles
from sco_toolkit.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_corpus" / "bbc"


def main() -> int:
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus_dir.exists():
        print(f"corpus not found: {corpus_dir} (pass a folder of articles)")
        return 0
    load_articles(corpus_dir / "README.TXT")  # warm imports and lexicon caches
    py3langid.classify("warm-up")  # the language model loads once per process
    runs: list[tuple[float, float]] = []
    for _ in range(3):
        t0 = time.perf_counter()
        loaded = load_articles(corpus_dir, progress=False)
        t1 = time.perf_counter()
        sentences = split_sentences(loaded.articles)
        t2 = time.perf_counter()
        runs.append((t1 - t0, t2 - t1))
    words = int(loaded.articles["n_words"].sum())
    report = loaded.load_report["status"].value_counts().to_dict()
    print(f"corpus            {corpus_dir}")
    print(f"inputs            {len(loaded.load_report):,}  {report}")
    print(f"articles          {len(loaded.articles):,}")
    print(f"sentences         {len(sentences):,}")
    print(f"words             {words:,}")
    print("stage             best s  median s   words/s (best)")
    stages = {
        "load+clean": [a for a, _ in runs],
        "split": [b for _, b in runs],
        "total": [a + b for a, b in runs],
    }
    for name, secs in stages.items():
        best, median = min(secs), statistics.median(secs)
        print(f"{name:<16} {best:7.3f} {median:9.3f} {words / best:>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
