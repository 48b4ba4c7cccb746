"""``analyze``: files in, a ``Corpus`` out (load, clean, split, extract)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from sco_toolkit.corpus import Corpus
from sco_toolkit.load import load_articles
from sco_toolkit.sentences import split_sentences

__all__ = ["analyze"]


def analyze(
    source: str | Path | Sequence[str | Path] | pd.DataFrame,
    *,
    keep_duplicates: bool = False,
    progress: bool | None = None,
) -> Corpus:
    """Load articles and extract every table.

    Args:
        source: A file, a folder, a list of paths, or a DataFrame with a text column
            (see ``load_articles``).
        keep_duplicates: Keep repeated texts instead of skipping them.
        progress: Show progress bars (default: only on a terminal, for large batches).

    Returns:
        A ``Corpus`` whose tables share ``article_id`` and whose offsets point into
        ``articles.text``.

    Examples:
        >>> corpus = analyze("data")  # doctest: +SKIP
        >>> corpus.summary()["articles"]  # doctest: +SKIP
        1
    """
    loaded = load_articles(source, keep_duplicates=keep_duplicates, progress=progress)
    sentences = split_sentences(loaded.articles)
    return Corpus(
        articles=loaded.articles,
        sentences=sentences,
        furniture=loaded.furniture,
        load_report=loaded.load_report,
    )
