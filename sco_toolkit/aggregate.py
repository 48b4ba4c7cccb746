"""Summary tables behind every chart: ``Corpus`` in, a new tidy DataFrame out.

Each function is pure (the corpus is never modified), vectorised with pandas (fast enough to
run inside a widget callback on a few thousand articles) and returns the same columns, with
the same dtypes, for an empty corpus as for a full one.

Rows that count text evidence carry an example so every number can be checked against its
source: ``example`` (the sentence text), ``example_article_id``, ``example_sentence_id``,
``example_start`` and ``example_end`` (character offsets of that sentence in
``articles.text``). The example is the first piece of evidence in corpus order (the order of
``corpus.articles``, then sentence position); for speakers a direct quote is preferred.

Examples:
    >>> from sco_toolkit import Corpus
    >>> speaker_counts(Corpus()).columns[:4].tolist()
    ['speaker', 'speaker_role', 'speaker_type', 'n_direct']
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from sco_toolkit.cooperation import UNLISTED
from sco_toolkit.corpus import Corpus
from sco_toolkit.themes import theme_table

__all__ = [
    "FREQS",
    "MENTION_KINDS",
    "bloc_counts",
    "co_mention_sentences",
    "co_mentions",
    "cooperation_areas",
    "country_counts",
    "entity_counts",
    "partner_area_matrix",
    "speaker_counts",
    "speaker_theme_matrix",
    "statements_over_time",
    "theme_by_outlet",
    "theme_label",
    "theme_over_time",
    "theme_prevalence",
    "theme_strip",
]

#: Allowed ``freq`` values of the time functions: alias -> what one period is.
FREQS: dict[str, str] = {
    "D": "day",
    "W": "week (starting Monday)",
    "MS": "month",
    "QS": "quarter",
    "YS": "year",
}
_FREQ_WORDS = {"day": "D", "week": "W", "month": "MS", "quarter": "QS", "year": "YS"}
_RANGE_FREQ = {"D": "D", "W": "W-MON", "MS": "MS", "QS": "QS", "YS": "YS"}

#: Kinds of entity in ``corpus.mentions``.
MENTION_KINDS: tuple[str, ...] = ("country", "organization", "place", "person")

#: Label used for statements whose speaker is not named (``include_unnamed=True``).
UNNAMED_SPEAKER = "(unnamed speaker)"
#: Label used for articles without an outlet.
UNKNOWN_OUTLET = "(unknown outlet)"
#: Label used for cooperation evidence without a category.
NO_CATEGORY = "(no category)"

_EXAMPLE: dict[str, str] = {
    "example": "string",
    "example_article_id": "string",
    "example_sentence_id": "Int64",
    "example_start": "Int64",
    "example_end": "Int64",
}

_COLUMNS: dict[str, dict[str, str]] = {
    "speaker_counts": {
        "speaker": "string",
        "speaker_role": "string",
        "speaker_type": "string",
        "n_direct": "int64",
        "n_indirect": "int64",
        "n_statements": "int64",
        "n_articles": "int64",
        **_EXAMPLE,
    },
    "speaker_theme_matrix": {
        "speaker": "string",
        "theme": "string",
        "label": "string",
        "n": "int64",
        **_EXAMPLE,
    },
    "statements_over_time": {
        "period": "datetime64[ns, UTC]",
        "speaker": "string",
        "n": "int64",
        **_EXAMPLE,
    },
    "theme_prevalence": {
        "theme": "string",
        "label": "string",
        "n_articles": "int64",
        "share_of_articles": "float64",
        "n_sentences": "int64",
        "share_of_sentences": "float64",
        "n_evidence": "int64",
        "top_terms": "string",
        **_EXAMPLE,
    },
    "theme_by_outlet": {
        "outlet": "string",
        "theme": "string",
        "label": "string",
        "n_articles": "int64",
        "n_outlet_articles": "int64",
        "share": "float64",
        **_EXAMPLE,
    },
    "theme_over_time": {
        "period": "datetime64[ns, UTC]",
        "theme": "string",
        "label": "string",
        "n_articles": "int64",
        "n_period_articles": "int64",
        "share": "float64",
        **_EXAMPLE,
    },
    "theme_strip": {
        "sentence_id": "Int64",
        "theme": "string",
        "label": "string",
        "terms": "string",
        "n_terms": "int64",
        "text": "string",
        "start": "Int64",
        "end": "Int64",
    },
    "cooperation_areas": {
        "category": "string",
        "area": "string",
        "n": "int64",
        "n_articles": "int64",
        "partners": "string",
        **_EXAMPLE,
    },
    "partner_area_matrix": {
        "partner": "string",
        "area": "string",
        "n": "int64",
        **_EXAMPLE,
    },
    "country_counts": {
        "iso3": "string",
        "country": "string",
        "n_mentions": "int64",
        "n_articles": "int64",
        "blocs": "string",
        "sco_status": "string",
        **_EXAMPLE,
    },
    "bloc_counts": {
        "bloc_status": "string",
        "bloc": "string",
        "status": "string",
        "n_mentions": "int64",
        "n_countries": "int64",
        "n_articles": "int64",
        "countries": "string",
        **_EXAMPLE,
    },
    "entity_counts": {
        "entity": "string",
        "kind": "string",
        "n_mentions": "int64",
        "n_articles": "int64",
        **_EXAMPLE,
    },
    "co_mentions": {
        "source": "string",
        "target": "string",
        "weight": "int64",
        "n_articles": "int64",
        "sentences": "object",
        **_EXAMPLE,
    },
    "co_mention_sentences": {
        "article_id": "string",
        "sentence_id": "Int64",
        "text": "string",
        "start": "Int64",
        "end": "Int64",
    },
}

_SCO_STATUS = re.compile(r"\bSCO ([a-z][a-z ]*[a-z])\b")


# --- validation and small helpers ----------------------------------------------------------


def _check_choice(name: str, value: Any, allowed: Iterable[Any], fix: str = "") -> None:
    """Raise a plotly.express-style ``ValueError`` when ``value`` is not allowed."""
    allowed = list(allowed)
    if value not in allowed:
        hint = f" {fix}" if fix else ""
        raise ValueError(
            f"Value of {name!r} is not valid: {value!r}. Expected one of {allowed}.{hint}"
        )


def _check_n(value: Any, name: str = "n", *, allow_none: bool = True) -> int | None:
    """Return ``value`` as a positive int (or None when allowed), else raise ``ValueError``."""
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        none = " or None (no limit)" if allow_none else ""
        raise ValueError(
            f"Value of {name!r} is not valid: {value!r}. Expected a positive integer{none}, "
            f"e.g. {name}=10."
        )
    return value


def _check_freq(freq: Any) -> str:
    """Return the canonical alias of ``freq`` (see ``FREQS``), else raise ``ValueError``."""
    if isinstance(freq, str):
        key = _FREQ_WORDS.get(freq.strip().lower(), freq.strip())
        if key in FREQS:
            return key
    choices = ", ".join(f"{k!r} ({v})" for k, v in FREQS.items())
    raise ValueError(
        f"Value of 'freq' is not valid: {freq!r}. Expected one of {list(FREQS)}: {choices}. "
        "Pass e.g. freq='MS' to count by month."
    )


def _check_kinds(kinds: Any, name: str = "kinds") -> list[str]:
    """Return ``kinds`` as a list of mention kinds, else raise ``ValueError``."""
    values = [kinds] if isinstance(kinds, str) else list(kinds or [])
    bad = [k for k in values if k not in MENTION_KINDS]
    if bad or not values:
        raise ValueError(
            f"Value of {name!r} is not valid: {kinds!r}. Expected one or more of "
            f"{list(MENTION_KINDS)}, e.g. {name}=('person', 'country')."
        )
    return values


def _frame(corpus: Corpus, name: str, columns: Sequence[str]) -> pd.DataFrame:
    """Columns of one corpus table as a new frame, categoricals turned into strings."""
    table = getattr(corpus, name, None)
    if not isinstance(table, pd.DataFrame):  # duck-typed: survives module reloads in notebooks
        raise TypeError(
            f"Expected a sco_toolkit Corpus, got {type(corpus).__name__}. "
            "Build one with sco_toolkit.analyze(path)."
        )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"Column(s) {missing} are not columns of {name!r}. Expected {list(columns)}; "
            f"conform the table with sco_toolkit.schema.conform(df, {name!r})."
        )
    out = table.loc[:, list(columns)].copy()
    for col in columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("string")
    return out


def _finish(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Put ``df`` into the documented columns and dtypes of ``table``, with a fresh index."""
    spec = _COLUMNS[table]
    out = pd.DataFrame(index=range(len(df)))
    values = df.reset_index(drop=True)
    for col, dtype in spec.items():
        series = values[col] if col in values.columns else pd.Series(pd.NA, index=out.index)
        if dtype == "object":
            out[col] = series.astype("object")
        elif dtype.startswith("datetime"):
            out[col] = pd.to_datetime(series, utc=True).astype(dtype)
        elif dtype in ("int64", "float64"):
            out[col] = series.fillna(0).astype(dtype)
        else:
            out[col] = series.astype(dtype)
    return out


def _empty(table: str) -> pd.DataFrame:
    return _finish(pd.DataFrame(), table)


def _article_order(corpus: Corpus) -> pd.Series:
    """Position of each article in ``corpus.articles`` (the corpus order)."""
    ids = corpus.articles["article_id"].astype("string")
    return pd.Series(range(len(ids)), index=pd.Index(ids, name="article_id")).groupby(level=0).min()


def _sort_corpus_order(df: pd.DataFrame, corpus: Corpus, first: Sequence[str] = ()) -> pd.DataFrame:
    """Sort evidence rows by ``first`` columns, then corpus order, sentence and offset."""
    order = _article_order(corpus)
    keyed = df.assign(_order=df["article_id"].map(order).astype("Float64").fillna(len(order)))
    by = [*first, "_order", "article_id", "sentence_id"]
    if "start" in keyed.columns:
        by.append("start")
    return keyed.sort_values(by, kind="stable", na_position="last").drop(columns="_order")


def _examples(
    evidence: pd.DataFrame,
    keys: list[str],
    corpus: Corpus,
    *,
    text: str | None = None,
    first: Sequence[str] = (),
) -> pd.DataFrame:
    """The first piece of evidence of every ``keys`` group, with its sentence.

    Args:
        evidence: Rows with ``keys``, ``article_id``, ``sentence_id`` and optionally
            ``start``, ``end`` and a ``text`` column used when the sentence is unknown.
        keys: Group columns.
        corpus: Gives the corpus order and the sentence text.
        text: Column of ``evidence`` to fall back on when the sentence is not in
            ``corpus.sentences``.
        first: Columns sorted ascending before corpus order (e.g. a "not direct" flag).

    Returns:
        ``keys`` plus ``example, example_article_id, example_sentence_id, example_start,
        example_end``; one row per group.
    """
    cols = list(dict.fromkeys([*keys, *first, "article_id", "sentence_id"]))
    cols += [c for c in ("start", "end", text) if c and c in evidence.columns and c not in cols]
    ev = _sort_corpus_order(evidence.loc[:, cols], corpus, first)
    ev = ev.drop_duplicates(keys, keep="first")
    sentences = _frame(corpus, "sentences", ["article_id", "sentence_id", "text", "start", "end"])
    sentences = sentences.drop_duplicates(["article_id", "sentence_id"]).rename(
        columns={"text": "_s_text", "start": "_s_start", "end": "_s_end"}
    )
    ev = ev.merge(sentences, on=["article_id", "sentence_id"], how="left")
    known = ev["_s_text"].notna()
    own_text = ev[text] if text and text in ev.columns else pd.Series(pd.NA, index=ev.index)
    own_start = ev["start"] if "start" in ev.columns else pd.Series(pd.NA, index=ev.index)
    own_end = ev["end"] if "end" in ev.columns else pd.Series(pd.NA, index=ev.index)
    out = ev.loc[:, keys].copy()
    out["example"] = ev["_s_text"].astype("string").where(known, own_text.astype("string"))
    out["example_article_id"] = ev["article_id"].astype("string")
    out["example_sentence_id"] = ev["sentence_id"].astype("Int64")
    out["example_start"] = ev["_s_start"].astype("Int64").where(known, own_start.astype("Int64"))
    out["example_end"] = ev["_s_end"].astype("Int64").where(known, own_end.astype("Int64"))
    return out


def _mode(df: pd.DataFrame, key: str | list[str], col: str) -> pd.DataFrame:
    """Most common non-NA ``col`` per ``key`` (ties: alphabetical)."""
    keys = [key] if isinstance(key, str) else list(key)
    present = df.loc[df[col].notna(), [*keys, col]]
    counts = present.groupby([*keys, col], sort=False).size().rename("_n").reset_index()
    counts = counts.sort_values(["_n", col], ascending=[False, True], kind="stable")
    return counts.drop_duplicates(keys).drop(columns="_n")


def _top_values(df: pd.DataFrame, key: str, col: str, *, limit: int | None = None) -> pd.Series:
    """``col`` values per ``key`` joined with '; ', most frequent first (ties: alphabetical)."""
    present = df.loc[df[col].notna(), [key, col]]
    counts = present.groupby([key, col], sort=False).size().rename("_n").reset_index()
    counts = counts.sort_values([key, "_n", col], ascending=[True, False, True], kind="stable")
    if limit is not None:
        counts = counts.groupby(key, sort=False).head(limit)
    return counts.groupby(key, sort=False)[col].agg("; ".join)


def theme_label(theme: str, labels: dict[str, str] | None = None) -> str:
    """Readable label of a theme id.

    Args:
        theme: A theme id such as ``"dedollarization"``.
        labels: Known labels (from ``sco_toolkit.themes.theme_table()``); when the id is not
            there, the id is title-cased with ``_`` read as a space.

    Returns:
        The label, e.g. ``"Information Security"`` for ``"information_security"``.

    Examples:
        >>> theme_label("information_security", {})
        'Information Security'
    """
    if labels and theme in labels:
        return labels[theme]
    return str(theme).replace("_", " ").strip().title()


def theme_labels(themes: Iterable[str]) -> dict[str, str]:
    """Readable labels of theme ids, from the theme taxonomy (``themes.theme_table``).

    Ids the taxonomy does not know (a user's own theme) get their id, title-cased.
    """
    table = theme_table()
    known = {
        str(t): str(lab)
        for t, lab in zip(table["theme"], table["label"], strict=True)
        if not pd.isna(lab)
    }
    return {t: theme_label(t, known) for t in themes}


def _with_labels(df: pd.DataFrame) -> pd.DataFrame:
    labels = theme_labels(df["theme"].dropna().unique().tolist())
    return df.assign(label=df["theme"].map(labels).astype("string"))


def _period_start(published: pd.Series, freq: str) -> pd.Series:
    """Start of the period (UTC) each timestamp falls in."""
    naive = pd.to_datetime(published, utc=True).dt.tz_convert("UTC").dt.tz_localize(None)
    if freq == "D":
        start = naive.dt.normalize()
    elif freq == "W":
        start = naive.dt.normalize() - pd.to_timedelta(naive.dt.day_of_week, unit="D")
    else:
        start = naive.dt.to_period({"MS": "M", "QS": "Q", "YS": "Y"}[freq]).dt.start_time
    return start.dt.tz_localize("UTC")


def _periods(starts: pd.Series, freq: str) -> pd.DatetimeIndex:
    """Every period start between the first and last of ``starts``."""
    return pd.date_range(starts.min(), starts.max(), freq=_RANGE_FREQ[freq], name="period")


def _dated_articles(corpus: Corpus, freq: str) -> pd.DataFrame:
    """``article_id, period`` of every article with a publication date."""
    a = _frame(corpus, "articles", ["article_id", "published"])
    a = a[a["published"].notna()]
    return pd.DataFrame(
        {"article_id": a["article_id"].to_numpy(), "period": _period_start(a["published"], freq)}
    ).reset_index(drop=True)


def _n_articles(corpus: Corpus, *others: pd.DataFrame) -> int:
    """Articles in the corpus (or, when the articles table is empty, seen in ``others``)."""
    if len(corpus.articles):
        return len(corpus.articles)
    ids: set[Any] = set()
    for other in others:
        ids.update(other["article_id"].dropna())
    return len(ids)


# --- speakers ------------------------------------------------------------------------------


def _named_quotes(corpus: Corpus, include_unnamed: bool) -> pd.DataFrame:
    q = _frame(
        corpus,
        "quotes",
        [
            "article_id",
            "sentence_id",
            "quote_id",
            "speaker",
            "speaker_role",
            "speaker_type",
            "kind",
            "text",
            "start",
            "end",
        ],
    )
    if include_unnamed:
        q["speaker"] = q["speaker"].fillna(UNNAMED_SPEAKER)
    q = q[q["speaker"].notna()].reset_index(drop=True)
    q["_row"] = range(len(q))
    q["_not_direct"] = (q["kind"] != "direct").fillna(True).astype("int64")
    return q


def _rank_speakers(q: pd.DataFrame) -> pd.DataFrame:
    """Statement counts per speaker, most statements first."""
    direct = (q["kind"] == "direct").fillna(False).astype("int64")
    indirect = (q["kind"] == "indirect").fillna(False).astype("int64")
    counts = (
        q.assign(_direct=direct, _indirect=indirect)
        .groupby("speaker", sort=False)
        .agg(
            n_direct=("_direct", "sum"),
            n_indirect=("_indirect", "sum"),
            n_statements=("_row", "size"),
            n_articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    return counts.sort_values(
        ["n_statements", "n_direct", "speaker"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def speaker_counts(
    corpus: Corpus, *, n: int | None = 15, include_unnamed: bool = False
) -> pd.DataFrame:
    """Count statements per speaker, most quoted first.

    Args:
        corpus: The analysed corpus.
        n: Keep the ``n`` speakers with most statements (None: all).
        include_unnamed: Count statements without a named speaker as one row
            ``"(unnamed speaker)"`` instead of leaving them out.

    Returns:
        One row per speaker: ``speaker, speaker_role`` (the most frequent role),
        ``speaker_type``, ``n_direct, n_indirect, n_statements, n_articles`` and
        ``example, example_article_id, example_sentence_id, example_start, example_end``
        (the sentence of the speaker's first direct quote, else first statement). Sorted by
        ``n_statements`` (then ``n_direct``, then name).

    Raises:
        ValueError: If ``n`` is not a positive integer or None.
    """
    n = _check_n(n)
    q = _named_quotes(corpus, include_unnamed)
    if q.empty:
        return _empty("speaker_counts")
    counts = _rank_speakers(q)
    if n is not None:
        counts = counts.head(n)
    q = q[q["speaker"].isin(counts["speaker"])]
    roles = _mode(q, "speaker", "speaker_role")
    types = _mode(q, "speaker", "speaker_type")
    examples = _examples(q, ["speaker"], corpus, text="text", first=["_not_direct"])
    out = (
        counts.merge(roles, on="speaker", how="left")
        .merge(types, on="speaker", how="left")
        .merge(examples, on="speaker", how="left")
    )
    return _finish(out, "speaker_counts")


def speaker_theme_matrix(
    corpus: Corpus, *, n: int | None = 15, include_unnamed: bool = False
) -> pd.DataFrame:
    """Count statements per speaker and theme (long format, every cell of the grid).

    A statement counts for a theme when its sentence carries evidence of the theme (quotes
    and themes joined on ``article_id`` + ``sentence_id``); several terms of one theme in the
    sentence count once.

    Args:
        corpus: The analysed corpus.
        n: The ``n`` most quoted speakers (None: all), in ``speaker_counts`` order.
        include_unnamed: Keep statements without a named speaker (see ``speaker_counts``).

    Returns:
        ``speaker, theme, label, n`` and the ``example*`` columns (NA where ``n`` is 0): one
        row per speaker x theme, speakers in ``speaker_counts`` order, themes by total
        statements (then id). Only themes said by at least one of these speakers appear.

    Raises:
        ValueError: If ``n`` is not a positive integer or None.
    """
    n = _check_n(n)
    q = _named_quotes(corpus, include_unnamed)
    t = _frame(corpus, "themes", ["article_id", "sentence_id", "theme"]).dropna()
    if q.empty or t.empty:
        return _empty("speaker_theme_matrix")
    ranked = _rank_speakers(q)
    speakers = ranked["speaker"] if n is None else ranked["speaker"].head(n)
    q = q[q["speaker"].isin(speakers)]
    joined = q.merge(t.drop_duplicates(), on=["article_id", "sentence_id"], how="inner")
    if joined.empty:
        return _empty("speaker_theme_matrix")
    cells = joined.groupby(["speaker", "theme"], sort=False)["_row"].nunique().rename("n")
    totals = cells.groupby(level="theme").sum().reset_index()
    themes = totals.sort_values(["n", "theme"], ascending=[False, True], kind="stable")["theme"]
    grid = pd.MultiIndex.from_product([speakers, themes], names=["speaker", "theme"])
    out = cells.reindex(grid, fill_value=0).reset_index()
    examples = _examples(joined, ["speaker", "theme"], corpus, text="text", first=["_not_direct"])
    out = out.merge(examples, on=["speaker", "theme"], how="left")
    return _finish(_with_labels(out), "speaker_theme_matrix")


def statements_over_time(
    corpus: Corpus, *, freq: str = "MS", n: int | None = None, include_unnamed: bool = False
) -> pd.DataFrame:
    """Count statements per speaker and period (dated articles only).

    Args:
        corpus: The analysed corpus.
        freq: Period length: ``"D"``, ``"W"``, ``"MS"`` (month), ``"QS"`` or ``"YS"``
            (``"day"``, ``"week"``, ``"month"``, ``"quarter"``, ``"year"`` also work).
        n: Keep the ``n`` speakers with most statements in dated articles (None: all).
        include_unnamed: Keep statements without a named speaker (see ``speaker_counts``).

    Returns:
        ``period`` (start of the period, UTC), ``speaker``, ``n`` and the ``example*``
        columns (NA where ``n`` is 0): every period from the first to the last dated
        statement for every kept speaker (0 where none), sorted by period, then speakers in
        rank order.

    Raises:
        ValueError: If ``freq`` or ``n`` is not valid.
    """
    freq = _check_freq(freq)
    n = _check_n(n)
    q = _named_quotes(corpus, include_unnamed)
    dated = _dated_articles(corpus, freq)
    q = q.merge(dated, on="article_id", how="inner")
    if q.empty:
        return _empty("statements_over_time")
    ranked = _rank_speakers(q)["speaker"]
    speakers = ranked if n is None else ranked.head(n)
    q = q[q["speaker"].isin(speakers)]
    counts = q.groupby(["period", "speaker"], sort=False).size().rename("n")
    grid = pd.MultiIndex.from_product([_periods(q["period"], freq), speakers])
    out = counts.reindex(grid, fill_value=0).rename_axis(["period", "speaker"]).reset_index()
    examples = _examples(q, ["period", "speaker"], corpus, text="text", first=["_not_direct"])
    out = out.merge(examples, on=["period", "speaker"], how="left")
    return _finish(out, "statements_over_time")


# --- themes --------------------------------------------------------------------------------


def _themes(corpus: Corpus) -> pd.DataFrame:
    t = _frame(corpus, "themes", ["article_id", "sentence_id", "theme", "term", "start", "end"])
    return t[t["theme"].notna()].reset_index(drop=True)


def theme_prevalence(corpus: Corpus) -> pd.DataFrame:
    """How widespread each theme is: articles and sentences with evidence of it.

    Args:
        corpus: The analysed corpus.

    Returns:
        One row per theme with evidence: ``theme, label, n_articles, share_of_articles``
        (of all articles in the corpus), ``n_sentences, share_of_sentences`` (of all
        sentences), ``n_evidence`` (matched terms), ``top_terms`` (up to three most frequent
        terms, '; '-separated) and the ``example*`` columns. Sorted by ``n_articles``, then
        ``n_sentences``, then theme id.
    """
    t = _themes(corpus)
    if t.empty:
        return _empty("theme_prevalence")
    t["_sentence"] = t["article_id"] + "#" + t["sentence_id"].astype("string")
    out = (
        t.groupby("theme", sort=False)
        .agg(
            n_articles=("article_id", "nunique"),
            n_sentences=("_sentence", "nunique"),
            n_evidence=("term", "size"),
        )
        .reset_index()
    )
    n_articles = max(_n_articles(corpus, t), 1)
    n_sentences = len(corpus.sentences) or max(int(t["_sentence"].nunique()), 1)
    out["share_of_articles"] = out["n_articles"] / n_articles
    out["share_of_sentences"] = out["n_sentences"] / n_sentences
    out["top_terms"] = out["theme"].map(_top_values(t, "theme", "term", limit=3))
    out = out.sort_values(
        ["n_articles", "n_sentences", "theme"], ascending=[False, False, True], kind="stable"
    )
    out = out.merge(_examples(t, ["theme"], corpus, text="term"), on="theme", how="left")
    return _finish(_with_labels(out), "theme_prevalence")


def theme_by_outlet(corpus: Corpus) -> pd.DataFrame:
    """Share of each outlet's articles that carry each theme.

    Args:
        corpus: The analysed corpus.

    Returns:
        ``outlet`` (``"(unknown outlet)"`` when missing), ``theme, label, n_articles``
        (articles of the outlet with the theme), ``n_outlet_articles``, ``share`` and the
        ``example*`` columns (NA where ``n_articles`` is 0): every outlet x theme cell,
        outlets by number of articles, themes by number of articles.
    """
    t = _themes(corpus)
    a = _frame(corpus, "articles", ["article_id", "outlet"])
    if t.empty or a.empty:
        return _empty("theme_by_outlet")
    a["outlet"] = a["outlet"].fillna(UNKNOWN_OUTLET)
    sizes = a.groupby("outlet", sort=False).size().rename("n_outlet_articles").reset_index()
    sizes = sizes.sort_values(["n_outlet_articles", "outlet"], ascending=[False, True])
    t = t.merge(a, on="article_id", how="inner")
    if t.empty:
        return _empty("theme_by_outlet")
    cells = t.groupby(["outlet", "theme"], sort=False)["article_id"].nunique().rename("n_articles")
    totals = t.groupby("theme", sort=False)["article_id"].nunique().reset_index()
    themes = totals.sort_values(["article_id", "theme"], ascending=[False, True])["theme"]
    grid = pd.MultiIndex.from_product([sizes["outlet"], themes], names=["outlet", "theme"])
    out = cells.reindex(grid, fill_value=0).reset_index().merge(sizes, on="outlet", how="left")
    out["share"] = out["n_articles"] / out["n_outlet_articles"]
    out = out.merge(_examples(t, ["outlet", "theme"], corpus, text="term"), how="left")
    return _finish(_with_labels(out), "theme_by_outlet")


def theme_over_time(corpus: Corpus, *, freq: str = "MS") -> pd.DataFrame:
    """Count articles with each theme per period (dated articles only).

    Args:
        corpus: The analysed corpus.
        freq: Period length, as in ``statements_over_time``.

    Returns:
        ``period`` (start, UTC), ``theme, label, n_articles`` (dated articles of the period
        with the theme), ``n_period_articles`` (all dated articles of the period), ``share``
        and the ``example*`` columns (NA where ``n_articles`` is 0): every period x theme
        from the first to the last dated article (0 where none), sorted by period then theme
        prevalence.

    Raises:
        ValueError: If ``freq`` is not valid.
    """
    freq = _check_freq(freq)
    dated = _dated_articles(corpus, freq)
    t = _themes(corpus).merge(dated, on="article_id", how="inner")
    if t.empty:
        return _empty("theme_over_time")
    cells = t.groupby(["period", "theme"], sort=False)["article_id"].nunique().rename("n_articles")
    totals = t.groupby("theme", sort=False)["article_id"].nunique().reset_index()
    themes = totals.sort_values(["article_id", "theme"], ascending=[False, True])["theme"]
    periods = _periods(dated["period"], freq)
    grid = pd.MultiIndex.from_product([periods, themes], names=["period", "theme"])
    out = cells.reindex(grid, fill_value=0).reset_index()
    per_period = dated.groupby("period").size().rename("n_period_articles")
    out = out.merge(per_period.reset_index(), on="period", how="left")
    out["n_period_articles"] = out["n_period_articles"].fillna(0).astype("int64")
    out["share"] = (out["n_articles"] / out["n_period_articles"].where(lambda s: s > 0)).fillna(0)
    out = out.merge(_examples(t, ["period", "theme"], corpus, text="term"), how="left")
    return _finish(_with_labels(out), "theme_over_time")


def _unknown_article(corpus: Corpus, article_id: Any, known: Sequence[str]) -> KeyError:
    close = difflib.get_close_matches(str(article_id), list(known), n=3)
    some = close or sorted(known)[:5]
    return KeyError(
        f"Unknown article_id {article_id!r}. Some valid ids: {some}"
        f"{' (closest matches)' if close else ''}; see corpus.articles['article_id']."
    )


def theme_strip(corpus: Corpus, article_id: str) -> pd.DataFrame:
    """Theme evidence sentence by sentence for one article.

    Args:
        corpus: The analysed corpus.
        article_id: One id of ``corpus.articles``.

    Returns:
        ``sentence_id, theme, label, terms`` (distinct terms in order of appearance,
        '; '-separated), ``n_terms`` (matches), ``text, start, end`` (the sentence): one row
        per sentence and theme, plus one row with NA ``theme`` for each sentence without
        theme evidence, so every sentence of the article appears. Sorted by sentence, then
        by where each theme first appears in the article.

    Raises:
        KeyError: If ``article_id`` is not in the corpus (the message lists valid ids).
    """
    known = set(corpus.articles["article_id"].dropna()) | set(
        corpus.sentences["article_id"].dropna()
    )
    if article_id not in known:
        raise _unknown_article(corpus, article_id, sorted(known))
    s = _frame(corpus, "sentences", ["article_id", "sentence_id", "text", "start", "end"])
    s = s[s["article_id"] == article_id].drop(columns="article_id")
    t = _themes(corpus)
    t = t[t["article_id"] == article_id].sort_values(["sentence_id", "start"], kind="stable")
    if s.empty and t.empty:
        return _empty("theme_strip")
    first_seen = {theme: i for i, theme in enumerate(t["theme"].drop_duplicates())}
    cells = (
        t.groupby(["sentence_id", "theme"], sort=False)
        .agg(
            terms=("term", lambda x: "; ".join(dict.fromkeys(x.dropna()))),
            n_terms=("term", "size"),
        )
        .reset_index()
    )
    out = s.merge(cells, on="sentence_id", how="outer")
    out["_theme_order"] = out["theme"].map(first_seen).astype("Float64")
    out = out.sort_values(["sentence_id", "_theme_order"], kind="stable", na_position="last")
    return _finish(_with_labels(out), "theme_strip")


# --- cooperation ---------------------------------------------------------------------------


def _cooperation(corpus: Corpus) -> pd.DataFrame:
    c = _frame(
        corpus,
        "cooperation",
        ["article_id", "sentence_id", "area", "category", "partner", "surface", "start", "end"],
    )
    c = c[c["area"].notna()].reset_index(drop=True)
    c["category"] = c["category"].fillna(NO_CATEGORY)
    return c


def cooperation_areas(corpus: Corpus) -> pd.DataFrame:
    """Count evidence of each cooperation area, grouped by category.

    Args:
        corpus: The analysed corpus.

    Returns:
        ``category`` (``"(no category)"`` when missing), ``area, n`` (evidence rows),
        ``n_articles``, ``partners`` (partners named with the area, most frequent first,
        '; '-separated, NA if none) and the ``example*`` columns. Sorted by category total,
        then ``n`` within the category; the ``"unlisted"`` category (enumeration items no area
        term names, see ``sco_toolkit.cooperation``) comes last, whatever its total.
    """
    c = _cooperation(corpus)
    if c.empty:
        return _empty("cooperation_areas")
    out = (
        c.groupby(["category", "area"], sort=False)
        .agg(n=("area", "size"), n_articles=("article_id", "nunique"))
        .reset_index()
    )
    c["_key"] = c["category"] + "\x1f" + c["area"]
    partners = _top_values(c, "_key", "partner")
    out["partners"] = (out["category"] + "\x1f" + out["area"]).map(partners)
    out["_total"] = out.groupby("category")["n"].transform("sum")
    out["_unlisted"] = out["category"] == UNLISTED
    out = out.sort_values(
        ["_unlisted", "_total", "category", "n", "area"],
        ascending=[True, False, True, False, True],
        kind="stable",
    )
    out = out.merge(_examples(c, ["category", "area"], corpus, text="surface"), how="left")
    return _finish(out, "cooperation_areas")


def partner_area_matrix(corpus: Corpus) -> pd.DataFrame:
    """Count cooperation evidence per partner and area (every cell of the grid).

    Args:
        corpus: The analysed corpus.

    Returns:
        ``partner, area, n`` and the ``example*`` columns (NA where ``n`` is 0): one row per
        partner x area, partners and areas by total evidence (then name). Evidence without a
        partner is left out.
    """
    c = _cooperation(corpus)
    c = c[c["partner"].notna()]
    if c.empty:
        return _empty("partner_area_matrix")
    cells = c.groupby(["partner", "area"], sort=False).size().rename("n")

    def ranked(level: str) -> pd.Series:
        totals = cells.groupby(level=level).sum().reset_index()
        return totals.sort_values(["n", level], ascending=[False, True], kind="stable")[level]

    grid = pd.MultiIndex.from_product(
        [ranked("partner"), ranked("area")], names=["partner", "area"]
    )
    out = cells.reindex(grid, fill_value=0).reset_index()
    out = out.merge(_examples(c, ["partner", "area"], corpus, text="surface"), how="left")
    return _finish(out, "partner_area_matrix")


# --- countries, blocs and entities ---------------------------------------------------------


def _mentions(corpus: Corpus, kinds: Sequence[str]) -> pd.DataFrame:
    m = _frame(
        corpus,
        "mentions",
        [
            "article_id",
            "sentence_id",
            "start",
            "end",
            "surface",
            "entity",
            "kind",
            "iso3",
            "blocs",
        ],
    )
    m = m[m["kind"].isin(list(kinds)).fillna(False).astype(bool)].reset_index(drop=True)
    m["entity"] = m["entity"].fillna(m["surface"])
    return m


def _country_name(iso3: str) -> str | None:
    try:
        import pycountry  # noqa: PLC0415 - optional at import time
    except ImportError:
        return None
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


def _latest_blocs(m: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """``blocs`` of each country as of its newest mention (undated articles count as today)."""
    a = _frame(corpus, "articles", ["article_id", "published"])
    dated = m.merge(a, on="article_id", how="left")
    dated["_when"] = dated["published"].fillna(pd.Timestamp.max.tz_localize("UTC"))
    dated = dated.sort_values(["_when", "start"], ascending=[False, True], kind="stable")
    return dated.drop_duplicates("iso3").loc[:, ["iso3", "blocs"]]


def country_counts(corpus: Corpus, *, kinds: Sequence[str] = ("country",)) -> pd.DataFrame:
    """Count mentions per country (ISO3), with bloc membership.

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds counted for a country; add ``"place"`` to count capitals and
            places inside a country (``"Beijing"`` for CHN) too.

    Returns:
        ``iso3, country`` (name from pycountry, else the most frequent entity name),
        ``n_mentions, n_articles, blocs`` (bloc statuses as of the newest article mentioning
        the country, e.g. ``"BRICS member; SCO member"``), ``sco_status`` (``member``,
        ``observer``, ``dialogue_partner`` ... or ``none``) and the ``example*`` columns.
        Sorted by ``n_mentions``, then ISO3.

    Raises:
        ValueError: If ``kinds`` holds an unknown kind.
    """
    m = _mentions(corpus, _check_kinds(kinds))
    m = m[m["iso3"].notna()]
    if m.empty:
        return _empty("country_counts")
    out = (
        m.groupby("iso3", sort=False)
        .agg(n_mentions=("iso3", "size"), n_articles=("article_id", "nunique"))
        .reset_index()
        .sort_values(["n_mentions", "iso3"], ascending=[False, True], kind="stable")
    )
    names = _mode(m, "iso3", "entity").set_index("iso3")["entity"]
    official = {code: _country_name(code) for code in out["iso3"]}
    out["country"] = out["iso3"].map(official).fillna(out["iso3"].map(names)).fillna(out["iso3"])
    out = out.merge(_latest_blocs(m, corpus), on="iso3", how="left")
    status = out["blocs"].astype("string").str.extract(_SCO_STATUS, expand=False)
    out["sco_status"] = status.str.replace(" ", "_", regex=False).fillna("none")
    out = out.merge(_examples(m, ["iso3"], corpus, text="surface"), on="iso3", how="left")
    return _finish(out, "country_counts")


def bloc_counts(corpus: Corpus, *, kinds: Sequence[str] = ("country",)) -> pd.DataFrame:
    """Count country mentions per bloc status (a country in two blocs counts in both).

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds counted, as in ``country_counts``.

    Returns:
        ``bloc_status`` (e.g. ``"SCO member"``, ``"SCO dialogue partner"``,
        ``"ASEAN member"``), ``bloc``, ``status``, ``n_mentions, n_countries, n_articles``,
        ``countries`` (ISO3 codes, most mentioned first, '; '-separated) and the
        ``example*`` columns. The status of a mention is the one on its article's date.
        Sorted by bloc (most mentioned bloc first), then ``n_mentions``.

    Raises:
        ValueError: If ``kinds`` holds an unknown kind.
    """
    m = _mentions(corpus, _check_kinds(kinds))
    m = m[m["blocs"].notna()]
    if m.empty:
        return _empty("bloc_counts")
    m = m.assign(bloc_status=m["blocs"].str.split(";")).explode("bloc_status")
    m["bloc_status"] = m["bloc_status"].astype("string").str.strip()
    m = m[m["bloc_status"].fillna("") != ""].reset_index(drop=True)
    out = (
        m.groupby("bloc_status", sort=False)
        .agg(
            n_mentions=("bloc_status", "size"),
            n_countries=("iso3", "nunique"),
            n_articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    parts = out["bloc_status"].str.split(" ", n=1)
    out["bloc"] = parts.str[0]
    out["status"] = parts.str[1]
    out["countries"] = out["bloc_status"].map(_top_values(m, "bloc_status", "iso3"))
    out["_bloc_total"] = out.groupby("bloc")["n_mentions"].transform("sum")
    out = out.sort_values(
        ["_bloc_total", "bloc", "n_mentions", "bloc_status"],
        ascending=[False, True, False, True],
        kind="stable",
    )
    out = out.merge(_examples(m, ["bloc_status"], corpus, text="surface"), how="left")
    return _finish(out, "bloc_counts")


def entity_counts(
    corpus: Corpus, *, kinds: Sequence[str] = ("person", "country", "organization")
) -> pd.DataFrame:
    """Count mentions per entity (the nodes of the co-mention network).

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds to count.

    Returns:
        ``entity`` (canonical name, else the surface), ``kind`` (most frequent),
        ``n_mentions, n_articles`` and the ``example*`` columns. Sorted by ``n_mentions``,
        then name.

    Raises:
        ValueError: If ``kinds`` holds an unknown kind.
    """
    m = _mentions(corpus, _check_kinds(kinds))
    if m.empty:
        return _empty("entity_counts")
    out = (
        m.groupby("entity", sort=False)
        .agg(n_mentions=("entity", "size"), n_articles=("article_id", "nunique"))
        .reset_index()
        .sort_values(["n_mentions", "entity"], ascending=[False, True], kind="stable")
    )
    out = out.merge(_mode(m, "entity", "kind"), on="entity", how="left")
    out = out.merge(_examples(m, ["entity"], corpus, text="surface"), on="entity", how="left")
    return _finish(out, "entity_counts")


def co_mentions(
    corpus: Corpus,
    *,
    kinds: Sequence[str] = ("person", "country", "organization"),
    min_weight: int = 1,
) -> pd.DataFrame:
    """Pairs of entities mentioned in the same sentence (the edges of a network).

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds taken as nodes.
        min_weight: Keep pairs seen together in at least this many sentences.

    Returns:
        ``source, target`` (entity names, ``source < target``), ``weight`` (sentences
        mentioning both), ``n_articles``, ``sentences`` (list of ``(article_id,
        sentence_id)`` tuples in corpus order) and the ``example*`` columns (the first of
        those sentences). Sorted by ``weight``, then names.

    Raises:
        ValueError: If ``kinds`` holds an unknown kind or ``min_weight`` is not a positive
            integer.
    """
    kinds = _check_kinds(kinds)
    min_weight = _check_n(min_weight, "min_weight", allow_none=False)
    m = _mentions(corpus, kinds)
    m = m.loc[m["sentence_id"].notna(), ["article_id", "sentence_id", "entity"]]
    m = m.drop_duplicates()
    pairs = m.merge(m, on=["article_id", "sentence_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["entity_a"] < pairs["entity_b"]].rename(
        columns={"entity_a": "source", "entity_b": "target"}
    )
    if pairs.empty:
        return _empty("co_mentions")
    pairs = _sort_corpus_order(pairs, corpus)
    pairs["_ref"] = list(
        zip(pairs["article_id"].tolist(), pairs["sentence_id"].astype(int).tolist(), strict=True)
    )
    out = (
        pairs.groupby(["source", "target"], sort=False)
        .agg(
            weight=("_ref", "size"),
            n_articles=("article_id", "nunique"),
            sentences=("_ref", list),
        )
        .reset_index()
    )
    out = out[out["weight"] >= min_weight]
    if out.empty:
        return _empty("co_mentions")
    out = out.sort_values(
        ["weight", "source", "target"], ascending=[False, True, True], kind="stable"
    )
    keep = pairs.merge(out[["source", "target"]], on=["source", "target"])
    out = out.merge(_examples(keep, ["source", "target"], corpus), how="left")
    return _finish(out, "co_mentions")


def co_mention_sentences(
    corpus: Corpus, a: str, b: str, *, kinds: Sequence[str] | None = None
) -> pd.DataFrame:
    """The sentences behind one co-mention edge: where both ``a`` and ``b`` are mentioned.

    Args:
        corpus: The analysed corpus.
        a: An entity name (``mentions.entity``; the surface when the entity is missing).
        b: Another entity name.
        kinds: Mention kinds considered (None: all kinds).

    Returns:
        ``article_id, sentence_id, text, start, end`` (the sentence and its offsets in
        ``articles.text``), in corpus order; empty when the two never share a sentence.

    Raises:
        KeyError: If ``a`` or ``b`` is never mentioned (the message suggests close names).
        ValueError: If ``a`` equals ``b`` or ``kinds`` holds an unknown kind.
    """
    m = _mentions(corpus, MENTION_KINDS if kinds is None else _check_kinds(kinds))
    if a == b:
        raise ValueError(
            f"Value of 'b' is not valid: {b!r} is the same entity as 'a'. Pass two different "
            "entities, e.g. the source and target of one co_mentions row."
        )
    names = set(m["entity"].dropna())
    for value in (a, b):
        if value not in names:
            close = difflib.get_close_matches(str(value), sorted(names), n=5)
            raise KeyError(
                f"Entity {value!r} is not mentioned in the corpus. "
                f"Closest names: {close or sorted(names)[:5]}; see corpus.mentions['entity']."
            )
    pair = m.loc[m["entity"].isin([a, b]), ["article_id", "sentence_id", "entity"]]
    both = pair.groupby(["article_id", "sentence_id"], sort=False)["entity"].nunique()
    keys = both[both == 2].reset_index()[["article_id", "sentence_id"]]
    if keys.empty:
        return _empty("co_mention_sentences")
    s = _frame(corpus, "sentences", ["article_id", "sentence_id", "text", "start", "end"])
    out = _sort_corpus_order(keys.merge(s, on=["article_id", "sentence_id"], how="left"), corpus)
    return _finish(out, "co_mention_sentences")
