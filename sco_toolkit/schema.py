"""The table contract: column names and dtypes of every table in a Corpus.

One place says what each table holds, so that empty input gives empty tables with the same
columns and dtypes as full input, and every extractor returns frames that line up.
"""

from __future__ import annotations

import pandas as pd

STR = "string"
INT = "Int64"
CAT = "category"
TIME = "datetime64[ns, UTC]"
FLOAT = "float64"

#: Columns and dtypes of each table, in order.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR,
        "title": STR,
        "outlet": CAT,
        "published": TIME,
        "url": STR,
        "author": STR,
        "language": CAT,
        "text": STR,
        "source": STR,
        "n_words": INT,
    },
    "sentences": {
        "article_id": STR,
        "sentence_id": INT,
        "paragraph_id": INT,
        "start": INT,
        "end": INT,
        "text": STR,
    },
    "mentions": {
        "article_id": STR,
        "sentence_id": INT,
        "start": INT,
        "end": INT,
        "surface": STR,
        "entity": STR,
        "kind": CAT,
        "iso3": STR,
        "blocs": STR,
    },
    "quotes": {
        "article_id": STR,
        "sentence_id": INT,
        "quote_id": STR,
        "speaker": STR,
        "speaker_surface": STR,
        "speaker_role": STR,
        "speaker_type": CAT,
        "speaker_start": INT,
        "speaker_end": INT,
        "cue": STR,
        "cue_start": INT,
        "cue_end": INT,
        "kind": CAT,
        "text": STR,
        "start": INT,
        "end": INT,
    },
    "themes": {
        "article_id": STR,
        "sentence_id": INT,
        "theme": CAT,
        "term": STR,
        "start": INT,
        "end": INT,
    },
    "cooperation": {
        "article_id": STR,
        "sentence_id": INT,
        "area": CAT,
        "category": CAT,
        "partner": STR,
        "surface": STR,
        "start": INT,
        "end": INT,
    },
    "furniture": {
        "article_id": STR,
        "step": CAT,
        "text": STR,
    },
    "load_report": {
        "source": STR,
        "status": CAT,
        "reason": STR,
        "article_id": STR,
    },
}


def empty_table(name: str) -> pd.DataFrame:
    """Return an empty table with the columns and dtypes of ``name``.

    Args:
        name: One of the keys of ``TABLES``.

    Returns:
        A zero-row DataFrame with the documented columns.

    Raises:
        KeyError: If ``name`` is not a known table.
    """
    if name not in TABLES:
        raise KeyError(f"Unknown table {name!r}. Expected one of {sorted(TABLES)}.")
    return conform(pd.DataFrame({col: [] for col in TABLES[name]}), name)


def conform(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Return ``df`` with exactly the columns of table ``name``, in order, with their dtypes.

    Missing columns are added as NA; extra columns are kept after the contract's columns.
    Empty strings become NA.

    Args:
        df: A frame holding at least some of the table's columns.
        name: One of the keys of ``TABLES``.

    Returns:
        A new DataFrame; ``df`` is not modified.
    """
    spec = TABLES[name]
    out = pd.DataFrame(index=df.index)
    for col, dtype in spec.items():
        values = df[col] if col in df.columns else pd.Series(pd.NA, index=df.index, dtype="object")
        out[col] = _as_dtype(values, dtype)
    for col in df.columns:
        if col not in spec:
            out[col] = df[col]
    return out.reset_index(drop=True)


def _as_dtype(values: pd.Series, dtype: str) -> pd.Series:
    if dtype == STR:
        s = values.astype("string")
        return s.mask(s == "", pd.NA)
    if dtype == CAT:
        if isinstance(values.dtype, pd.CategoricalDtype):
            # keep the categories (and their order) the producer chose, as string categories
            categories = pd.Index(values.cat.categories.astype("string"))
            return values.astype(pd.CategoricalDtype(categories, ordered=values.cat.ordered))
        s = values.astype("string")
        s = s.mask(s == "", pd.NA)
        return s.astype("category")
    if dtype == TIME:
        return pd.to_datetime(values, utc=True, errors="coerce").astype(TIME)
    return values.astype(dtype)
