"""Time the Foundation stage (load, clean, split) on the BBC corpus in ../shared.

Usage: python benchmarks/bench_load.py [CORPUS_DIR]

Prints files, articles, words, seconds and words per second for each stage. Runs on one core
(the pipeline is single-process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sco_toolkit.load import load_articles
from sco_toolkit.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_corpus" / "bbc"


def main() -> int:
    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not corpus_dir.exists():
        print(f"corpus not found: {corpus_dir} (pass a folder of articles)")
        return 0
    load_articles(corpus_dir / "README.TXT")  # warm imports and lexicon caches
    t0 = time.perf_counter()
    loaded = load_articles(corpus_dir, progress=False)
    t1 = time.perf_counter()
    sentences = split_sentences(loaded.articles)
    t2 = time.perf_counter()
    words = int(loaded.articles["n_words"].sum())
    report = loaded.load_report["status"].value_counts().to_dict()
    print(f"corpus            {corpus_dir}")
    print(f"inputs            {len(loaded.load_report):,}  {report}")
    print(f"articles          {len(loaded.articles):,}")
    print(f"sentences         {len(sentences):,}")
    print(f"words             {words:,}")
    print("stage             seconds   words/s")
    for name, secs in (("load+clean", t1 - t0), ("split", t2 - t1), ("total", t2 - t0)):
        print(f"{name:<16} {secs:8.3f} {words / secs:>10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
