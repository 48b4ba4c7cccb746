"""``analyze``: files in, a ``Corpus`` out (load, clean, split, extract)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from sco_toolkit.cooperation import extract_cooperation
from sco_toolkit.corpus import Corpus
from sco_toolkit.entities import extract_mentions
from sco_toolkit.load import load_articles
from sco_toolkit.quotes import extract_quotes
from sco_toolkit.schema import conform, empty_table
from sco_toolkit.sentences import split_sentences
from sco_toolkit.speakers import build_registries, person_mentions
from sco_toolkit.themes import extract_themes

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
    with _fewer_collections():
        return _analyze(source, keep_duplicates=keep_duplicates, progress=progress)


@contextlib.contextmanager
def _fewer_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run the cyclic garbage collector less often while a batch is analysed.

    Extraction allocates millions of short-lived tuples and lists; with the default
    threshold (700) the collector runs thousands of times and walks every live object, which
    costs about a tenth of ``analyze``. Reference counting still frees almost everything at
    once; only cycles wait a little longer. The previous thresholds are restored afterwards.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _analyze(
    source: str | Path | Sequence[str | Path] | pd.DataFrame,
    *,
    keep_duplicates: bool,
    progress: bool | None,
) -> Corpus:
    loaded = load_articles(source, keep_duplicates=keep_duplicates, progress=progress)
    articles = loaded.articles
    sentences = split_sentences(articles)
    places = extract_mentions(articles, sentences)
    registries = build_registries(articles, sentences, places)
    quotes = extract_quotes(articles, sentences, places, registries=registries)
    people = person_mentions(registries, sentences, articles)
    mentions = _combine_mentions([places, people])
    return Corpus(
        articles=articles,
        sentences=sentences,
        mentions=mentions,
        quotes=quotes,
        themes=extract_themes(articles, sentences, mentions=places),
        cooperation=extract_cooperation(articles, sentences, mentions),
        furniture=loaded.furniture,
        load_report=loaded.load_report,
    )


def _combine_mentions(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    if not frames:
        return empty_table("mentions")
    combined = pd.concat([f.astype(object) for f in frames], ignore_index=True)
    combined = combined.sort_values(["article_id", "start", "end"], kind="stable")
    return conform(combined, "mentions")
