"""sco_toolkit: articles on the SCO, ASEAN, BRICS and Eurasia in, tidy tables with provenance out.

Start with ``analyze(path)``, which returns a ``Corpus`` of pandas DataFrames whose
``start``/``end`` columns point into ``corpus.articles.text``.
"""

from sco_toolkit.clean import clean_text
from sco_toolkit.cooperation import area_table, extract_cooperation
from sco_toolkit.corpus import TABLE_NAMES, Corpus
from sco_toolkit.entities import bloc_members, country_table, extract_mentions
from sco_toolkit.load import Loaded, LoadError, decode_bytes, load_articles
from sco_toolkit.pipeline import analyze
from sco_toolkit.quotes import extract_quotes
from sco_toolkit.schema import TABLES, empty_table
from sco_toolkit.sentences import sentence_spans, split_sentences
from sco_toolkit.themes import (
    article_themes,
    discover_topics,
    extract_themes,
    theme_scores,
    theme_table,
)

__all__ = [
    "TABLES",
    "TABLE_NAMES",
    "Corpus",
    "LoadError",
    "Loaded",
    "analyze",
    "area_table",
    "article_themes",
    "bloc_members",
    "clean_text",
    "country_table",
    "decode_bytes",
    "discover_topics",
    "empty_table",
    "extract_cooperation",
    "extract_mentions",
    "extract_quotes",
    "extract_themes",
    "load_articles",
    "sentence_spans",
    "split_sentences",
    "theme_scores",
    "theme_table",
]

__version__ = "0.1.0"
