"""sco_toolkit: articles on the SCO, ASEAN, BRICS and Eurasia in, tidy tables with provenance out.

Start with ``analyze(path)``, which returns a ``Corpus`` of pandas DataFrames whose
``start``/``end`` columns point into ``corpus.articles.text``.
"""

from sco_toolkit.clean import clean_text
from sco_toolkit.corpus import TABLE_NAMES, Corpus
from sco_toolkit.load import Loaded, LoadError, decode_bytes, load_articles
from sco_toolkit.pipeline import analyze
from sco_toolkit.schema import TABLES, empty_table
from sco_toolkit.sentences import sentence_spans, split_sentences

__all__ = [
    "TABLES",
    "TABLE_NAMES",
    "Corpus",
    "LoadError",
    "Loaded",
    "analyze",
    "clean_text",
    "decode_bytes",
    "empty_table",
    "load_articles",
    "sentence_spans",
    "split_sentences",
]

__version__ = "0.1.0"
