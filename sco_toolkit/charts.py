"""Charts: ``Corpus`` in, ``plotly.graph_objects.Figure`` out, one function per question.

Every chart is drawn from the matching table of ``sco_toolkit.aggregate`` (call that function
to get the numbers behind a chart), uses the ``"sco"`` template registered here (readable
fonts, the colour-blind-safe Okabe-Ito palette, margins that keep long labels visible) and
has hover text with the counts and an example sentence, so each number can be checked
against its source. Text from articles is HTML-escaped before plotly renders it. An empty
corpus gives an empty figure with a "No data" note instead of an error.

Examples:
    >>> from sco_toolkit import Corpus
    >>> fig = top_speakers(Corpus())
    >>> fig.layout.annotations[0].text.startswith("No data")
    True
"""

from __future__ import annotations

import html
import os
import re
import shutil
import textwrap
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.colors
import plotly.graph_objects as go
import plotly.io as pio

from sco_toolkit import aggregate as agg
from sco_toolkit.corpus import Corpus

__all__ = [
    "OKABE_ITO",
    "TEMPLATE",
    "bloc_counts",
    "co_mention_network",
    "cooperation_sunburst",
    "country_map",
    "partner_area_matrix",
    "save_figures",
    "speaker_theme_heatmap",
    "statements_over_time",
    "theme_by_outlet",
    "theme_over_time",
    "theme_prevalence",
    "theme_strip",
    "top_speakers",
]

#: Okabe-Ito colours (safe for the common colour-vision deficiencies), yellow last.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#000000",
    "#F0E442",
)
#: Name of the plotly template registered by this module.
TEMPLATE = "sco"
#: Sequential colour scale of heatmaps and maps (single hue, colour-blind safe).
SEQUENTIAL = plotly.colors.sequential.Blues
#: Text that starts the note of an empty figure.
NO_DATA = "No data"

EXAMPLE_WIDTH = 120  # characters of an example sentence shown in hover text
HOVER_WRAP = 60  # hover lines are wrapped at this width
LABEL_WIDTH = 40  # axis labels longer than this are cut with an ellipsis
ROW_HEIGHT = 28  # pixels per bar or heatmap row
IMAGE_FORMATS = ("html", "png", "svg", "pdf")
_KIND_COLOURS = {
    "person": OKABE_ITO[0],
    "country": OKABE_ITO[1],
    "organization": OKABE_ITO[2],
    "place": OKABE_ITO[3],
}


def _build_template() -> go.layout.Template:
    template = go.layout.Template(pio.templates["plotly_white"])
    template.layout.update(
        font={"family": "Arial, Helvetica, sans-serif", "size": 14, "color": "#222222"},
        title={"font": {"size": 19}, "x": 0.01, "xanchor": "left", "xref": "container"},
        colorway=list(OKABE_ITO),
        sunburstcolorway=list(OKABE_ITO),
        extendsunburstcolors=True,
        colorscale={"sequential": SEQUENTIAL},
        hovermode="closest",
        hoverlabel={"font": {"size": 13}, "align": "left", "bgcolor": "white"},
        margin={"t": 140, "r": 40, "b": 60, "l": 20, "pad": 4},
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "traceorder": "normal",
            "font": {"size": 13},
        },
        xaxis={"automargin": True, "title": {"standoff": 12}, "tickfont": {"size": 13}},
        yaxis={"automargin": True, "title": {"standoff": 12}, "tickfont": {"size": 13}},
    )
    return template


pio.templates[TEMPLATE] = _build_template()


# --- text helpers ------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _short(value: Any, width: int = LABEL_WIDTH) -> str:
    """``value`` on one line, cut to ``width`` characters with an ellipsis."""
    if _missing(value):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _esc(value: Any, width: int | None = None) -> str:
    """HTML-escaped text (plotly renders hover, tick and title text as HTML)."""
    if _missing(value):
        return ""
    return html.escape(_short(value, width) if width else str(value))


def _label(value: Any, width: int = LABEL_WIDTH) -> str:
    return _esc(value, width)


def _example_html(row: Mapping[str, Any]) -> str:
    """The example sentence of an aggregate row as escaped, wrapped hover HTML."""
    text = row.get("example")
    if _missing(text):
        return ""
    lines = textwrap.wrap(_short(text, EXAMPLE_WIDTH), HOVER_WRAP) or [""]
    quoted = "<br>".join(html.escape(line) for line in lines)
    where = ""
    if not _missing(row.get("example_article_id")):
        where = f"article {html.escape(str(row['example_article_id']))}"
        if not _missing(row.get("example_start")) and not _missing(row.get("example_end")):
            where += f", characters {int(row['example_start'])}–{int(row['example_end'])}"
        where = f" <span style='font-size:11px'>({where})</span>"
    return f"<br><br><i>Example</i>{where}:<br>“{quoted}”"


def _hover(table: pd.DataFrame, head: str | pd.Series, fields: Mapping[str, Any]) -> list[str]:
    """One hover text per row: a bold heading, ``label: value`` lines and the example.

    ``fields`` maps a label to a column name or to a Series/list aligned with ``table``.
    """
    heads = table[head].tolist() if isinstance(head, str) else list(head)
    columns = {
        label: (table[v].tolist() if isinstance(v, str) else list(v)) for label, v in fields.items()
    }
    rows = table.to_dict("records")
    out = []
    for i, row in enumerate(rows):
        lines = [f"<b>{_esc(heads[i], 80)}</b>"]
        for label, values in columns.items():
            value = values[i]
            if not _missing(value) and value != "":
                lines.append(f"{label}: {_fmt(value)}")
        out.append("<br>".join(lines) + _example_html(row))
    return out


def _fmt(value: Any) -> str:
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}"
    if isinstance(value, (float, np.floating)):
        return f"{int(value):,}" if float(value).is_integer() else f"{float(value):,.2f}"
    return _esc(value, 200)


def _pct(value: float) -> str:
    return f"{value:.1%}"


# --- layout helpers ----------------------------------------------------------------------------


def _height(rows: int, *, per_row: int = ROW_HEIGHT, extra: int = 220, minimum: int = 420) -> int:
    """Figure height that gives every row ``per_row`` pixels, so labels never overlap."""
    return max(minimum, extra + per_row * max(rows, 0))


def _category_axis(values: Sequence[Any], labels: Sequence[Any] | None = None, **kw: Any) -> dict:
    """A categorical axis showing shortened, escaped labels for ``values`` in order."""
    values = list(values)
    shown = [_label(v) for v in (values if labels is None else labels)]
    return {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": values,
        "tickmode": "array",
        "tickvals": values,
        "ticktext": shown,
        **kw,
    }


def _count_axis(maximum: float, **kw: Any) -> dict:
    """An axis (or colour bar) for counts: whole-number ticks only."""
    axis: dict[str, Any] = {"tickformat": ",d", **kw}
    if maximum <= 8:
        axis["dtick"] = 1
    return axis


def _title(text: str, subtitle: str = "") -> dict:
    title: dict[str, Any] = {"text": text}
    if subtitle:
        title["subtitle"] = {"text": subtitle, "font": {"size": 13, "color": "#555555"}}
    return title


def _figure(title: str, subtitle: str = "", *, height: int | None = None) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(template=TEMPLATE, title=_title(title, subtitle), height=height)
    return fig


def _empty_figure(title: str, reason: str) -> go.Figure:
    """An empty but valid figure whose note starts with "No data"."""
    fig = _figure(title, height=420)
    fig.add_annotation(
        text=f"{NO_DATA}: {html.escape(reason)}",
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 16, "color": "#555555"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _check_metric(value: Any, allowed: Sequence[str], name: str = "metric") -> str:
    agg._check_choice(name, value, allowed, f"Pass e.g. {name}={allowed[0]!r}.")
    return value


def _naive(period: pd.Series) -> pd.Series:
    """UTC timestamps without a time zone (what plotly draws on a date axis)."""
    return pd.to_datetime(period, utc=True).dt.tz_localize(None)


def _period_label(period: pd.Series, freq: str) -> list[str]:
    p = _naive(period)
    if freq == "D":
        return p.dt.strftime("%d %b %Y").tolist()
    if freq == "W":
        return ("week of " + p.dt.strftime("%d %b %Y")).tolist()
    if freq == "MS":
        return p.dt.strftime("%B %Y").tolist()
    if freq == "QS":
        return ("Q" + p.dt.quarter.astype(str) + " " + p.dt.year.astype(str)).tolist()
    return p.dt.year.astype(str).tolist()


def _heatmap(
    table: pd.DataFrame,
    *,
    rows: str,
    cols: str,
    value: str,
    hover: list[str],
    text: pd.Series | None = None,
    percent: bool = False,
) -> go.Heatmap:
    """A heatmap whose cells are exactly the rows of a long ``table`` (every cell present)."""
    row_order = list(dict.fromkeys(table[rows]))
    col_order = list(dict.fromkeys(table[cols]))
    keyed = table.assign(_hover=hover, _text=text if text is not None else "")
    z = keyed.pivot(index=rows, columns=cols, values=value).reindex(row_order)[col_order]
    hov = keyed.pivot(index=rows, columns=cols, values="_hover").reindex(row_order)[col_order]
    txt = keyed.pivot(index=rows, columns=cols, values="_text").reindex(row_order)[col_order]
    return go.Heatmap(
        z=z.to_numpy(dtype=float),
        x=col_order,
        y=row_order,
        hovertext=hov.to_numpy().tolist(),
        hovertemplate="%{hovertext}<extra></extra>",
        text=txt.to_numpy().tolist(),
        texttemplate="%{text}",
        colorscale=SEQUENTIAL,
        zmin=0,
        xgap=1,
        ygap=1,
        colorbar={"title": {"text": "share" if percent else "count"}, "thickness": 14}
        | ({"tickformat": ".0%"} if percent else _count_axis(float(np.nanmax(z.to_numpy())))),
    )


def _layout_heatmap(
    fig: go.Figure, rows: Sequence[Any], cols: Sequence[Any], col_labels: Sequence[Any]
) -> None:
    fig.update_layout(
        height=_height(len(rows), extra=260),
        yaxis=_category_axis(rows, autorange="reversed"),
        xaxis=_category_axis(cols, col_labels, tickangle=-35, side="bottom"),
    )


# --- speakers ----------------------------------------------------------------------------------


def top_speakers(corpus: Corpus, *, n: int | None = 15, include_unnamed: bool = False) -> go.Figure:
    """Horizontal stacked bars: direct quotes and reported speech of the most quoted speakers.

    Args:
        corpus: The analysed corpus.
        n: Number of speakers (None: all).
        include_unnamed: Add a bar for statements without a named speaker.

    Returns:
        A Figure with two bar traces (``Direct quotes``: x is ``n_direct``; ``Reported
        speech``: x is ``n_indirect``), y the speakers of ``aggregate.speaker_counts`` in
        order, most quoted at the top.

    Raises:
        ValueError: If ``n`` is not a positive integer or None.
    """
    table = agg.speaker_counts(corpus, n=n, include_unnamed=include_unnamed)
    title = "Who is quoted: statements per speaker"
    if table.empty:
        return _empty_figure(title, "no statements with a named speaker in this corpus.")
    hover = _hover(
        table,
        "speaker",
        {
            "Role": "speaker_role",
            "Statements": "n_statements",
            "Direct quotes": "n_direct",
            "Reported speech": "n_indirect",
            "Articles": "n_articles",
        },
    )
    fig = _figure(
        f"Who is quoted: the {len(table)} most quoted speakers",
        f"Direct quotes and reported speech in {len(corpus.articles):,} articles",
        height=_height(len(table)),
    )
    for column, name, colour in (
        ("n_direct", "Direct quotes", OKABE_ITO[0]),
        ("n_indirect", "Reported speech", OKABE_ITO[1]),
    ):
        fig.add_bar(
            x=table[column].to_numpy(),
            y=table["speaker"].tolist(),
            orientation="h",
            name=name,
            marker_color=colour,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra>" + name + "</extra>",
        )
    labels = [
        s if _missing(r) else f"{s} ({r})"
        for s, r in zip(table["speaker"], table["speaker_role"], strict=True)
    ]
    fig.update_layout(
        barmode="stack",
        yaxis=_category_axis(table["speaker"], labels, autorange="reversed"),
        xaxis=_count_axis(table["n_statements"].max(), title="Statements"),
    )
    return fig


def speaker_theme_heatmap(
    corpus: Corpus, *, n: int | None = 15, include_unnamed: bool = False
) -> go.Figure:
    """Heatmap: how many statements of each top speaker fall in a sentence with each theme.

    Args:
        corpus: The analysed corpus.
        n: Number of speakers (None: all).
        include_unnamed: Add a row for statements without a named speaker.

    Returns:
        A Figure with one heatmap trace: y the speakers, x the themes (labels shown), ``z``
        the ``n`` column of ``aggregate.speaker_theme_matrix``.

    Raises:
        ValueError: If ``n`` is not a positive integer or None.
    """
    table = agg.speaker_theme_matrix(corpus, n=n, include_unnamed=include_unnamed)
    title = "What speakers talk about: statements by speaker and theme"
    if table.empty:
        return _empty_figure(title, "no statement shares a sentence with theme evidence.")
    hover = _hover(
        table, table["speaker"] + " · " + table["label"], {"Statements on this theme": "n"}
    )
    text = table["n"].map(lambda v: "" if v == 0 else str(v))
    fig = _figure(title, "Statements whose sentence carries evidence of the theme")
    fig.add_trace(_heatmap(table, rows="speaker", cols="theme", value="n", hover=hover, text=text))
    themes = list(dict.fromkeys(table["theme"]))
    labels = table.drop_duplicates("theme")["label"].tolist()
    _layout_heatmap(fig, list(dict.fromkeys(table["speaker"])), themes, labels)
    return fig


def statements_over_time(
    corpus: Corpus, *, freq: str = "MS", n: int | None = 8, include_unnamed: bool = False
) -> go.Figure:
    """Lines: statements per period of the most quoted speakers (dated articles only).

    Args:
        corpus: The analysed corpus.
        freq: ``"D"``, ``"W"``, ``"MS"`` (month), ``"QS"`` or ``"YS"``.
        n: Number of speakers (None: all; more than eight repeat colours).
        include_unnamed: Add a line for statements without a named speaker.

    Returns:
        A Figure with one line per speaker: x the period starts, y the ``n`` column of
        ``aggregate.statements_over_time`` for that speaker.

    Raises:
        ValueError: If ``freq`` or ``n`` is not valid.
    """
    freq = agg._check_freq(freq)
    table = agg.statements_over_time(corpus, freq=freq, n=n, include_unnamed=include_unnamed)
    title = "Who speaks when: statements per " + agg.FREQS[freq].split(" ")[0]
    if table.empty:
        return _empty_figure(title, "no statements in dated articles.")
    return _lines(
        table, group="speaker", value="n", freq=freq, title=title, unit="Statements", count="n"
    )


_TICK_FORMAT = {"D": "%d %b %Y", "W": "%d %b %Y", "MS": "%b %Y", "QS": "%b %Y", "YS": "%Y"}


def _lines(
    table: pd.DataFrame,
    *,
    group: str,
    value: str,
    freq: str,
    title: str,
    unit: str,
    count: str,
    names: Mapping[str, str] | None = None,
    subtitle: str = "",
) -> go.Figure:
    fig = _figure(title, subtitle, height=480)
    when = _period_label(table["period"], freq)
    table = table.assign(_when=when)
    for i, (key, part) in enumerate(table.groupby(group, sort=False)):
        name = (names or {}).get(key, key)
        fields: dict[str, Any] = {"Period": "_when", unit: count}
        if value == "share":
            fields["Share of the period's articles"] = "share"
        hover = _hover(part, pd.Series([name] * len(part)), fields)
        fig.add_scatter(
            x=_naive(part["period"]).to_numpy(),
            y=part[value].to_numpy(),
            mode="lines+markers",
            name=_label(name, 30),
            line={"color": OKABE_ITO[i % len(OKABE_ITO)], "width": 2},
            marker={"size": 6},
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    periods = table.drop_duplicates("period").sort_values("period")
    xaxis: dict[str, Any] = {"title": "Period start (UTC)", "tickformat": _TICK_FORMAT[freq]}
    if len(periods) <= 24:  # label every period; plotly's automatic ticks fall between them
        xaxis |= {
            "tickmode": "array",
            "tickvals": _naive(periods["period"]).tolist(),
            "ticktext": periods["_when"].tolist(),
        }
    yaxis = (
        {"title": "Share of articles", "tickformat": ".0%"}
        if value == "share"
        else _count_axis(table[value].max(), title=unit)
    )
    fig.update_layout(xaxis=xaxis, yaxis=yaxis | {"rangemode": "tozero"})
    return fig


# --- themes ------------------------------------------------------------------------------------

_PREVALENCE_METRICS = ("share_of_articles", "n_articles", "share_of_sentences", "n_sentences")


def theme_prevalence(corpus: Corpus, *, metric: str = "share_of_articles") -> go.Figure:
    """Horizontal bars: how widespread each theme is.

    Args:
        corpus: The analysed corpus.
        metric: Bar length: ``"share_of_articles"``, ``"n_articles"``,
            ``"share_of_sentences"`` or ``"n_sentences"``.

    Returns:
        A Figure with one bar trace: x the ``metric`` column of
        ``aggregate.theme_prevalence``, y the theme ids (labels shown), most widespread on top.

    Raises:
        ValueError: If ``metric`` is not one of the allowed values.
    """
    metric = _check_metric(metric, _PREVALENCE_METRICS)
    table = agg.theme_prevalence(corpus)
    title = "Which themes run through the coverage"
    if table.empty:
        return _empty_figure(title, "no theme evidence in this corpus.")
    table = table.sort_values(metric, ascending=False, kind="stable")
    share = metric.startswith("share")
    unit = "articles" if metric.endswith("articles") else "sentences"
    hover = _hover(
        table,
        "label",
        {
            "Articles": "n_articles",
            "Share of articles": table["share_of_articles"].map(_pct),
            "Sentences": "n_sentences",
            "Share of sentences": table["share_of_sentences"].map(_pct),
            "Most frequent terms": "top_terms",
        },
    )
    fig = _figure(
        title,
        f"{'Share' if share else 'Number'} of {unit} with evidence of each theme "
        f"({len(corpus.articles):,} articles)",
        height=_height(len(table)),
    )
    fig.add_bar(
        x=table[metric].to_numpy(),
        y=table["theme"].tolist(),
        orientation="h",
        marker_color=OKABE_ITO[0],
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        showlegend=False,
    )
    fig.update_layout(
        yaxis=_category_axis(table["theme"], table["label"], autorange="reversed"),
        xaxis={"title": f"{'Share' if share else 'Number'} of {unit}"}
        | ({"tickformat": ".0%"} if share else _count_axis(table[metric].max())),
    )
    return fig


def theme_by_outlet(corpus: Corpus, *, metric: str = "share") -> go.Figure:
    """Heatmap: share (or number) of each outlet's articles that carry each theme.

    Args:
        corpus: The analysed corpus.
        metric: Cell colour: ``"share"`` (of the outlet's articles) or ``"n_articles"``.

    Returns:
        A Figure with one heatmap trace: y the outlets, x the themes, ``z`` the ``metric``
        column of ``aggregate.theme_by_outlet``.

    Raises:
        ValueError: If ``metric`` is not one of the allowed values.
    """
    metric = _check_metric(metric, ("share", "n_articles"))
    table = agg.theme_by_outlet(corpus)
    title = "Themes by outlet"
    if table.empty:
        return _empty_figure(title, "no theme evidence in this corpus.")
    hover = _hover(
        table,
        table["outlet"] + " · " + table["label"],
        {
            "Articles with the theme": "n_articles",
            "Articles of the outlet": "n_outlet_articles",
            "Share": table["share"].map(_pct),
        },
    )
    percent = metric == "share"
    text = table[metric].map(lambda v: "" if v == 0 else (f"{v:.0%}" if percent else f"{int(v):,}"))
    fig = _figure(
        title,
        "Share of each outlet's articles with evidence of the theme"
        if percent
        else "Articles of each outlet with evidence of the theme",
    )
    fig.add_trace(
        _heatmap(
            table,
            rows="outlet",
            cols="theme",
            value=metric,
            hover=hover,
            text=text,
            percent=percent,
        )
    )
    themes = list(dict.fromkeys(table["theme"]))
    labels = table.drop_duplicates("theme")["label"].tolist()
    _layout_heatmap(fig, list(dict.fromkeys(table["outlet"])), themes, labels)
    return fig


def theme_over_time(
    corpus: Corpus,
    *,
    freq: str = "MS",
    n: int | None = 8,
    themes: Sequence[str] | None = None,
    metric: str = "n_articles",
) -> go.Figure:
    """Lines: articles with each theme per period (dated articles only).

    Args:
        corpus: The analysed corpus.
        freq: ``"D"``, ``"W"``, ``"MS"`` (month), ``"QS"`` or ``"YS"``.
        n: Number of themes, most widespread first (None: all). Ignored when ``themes``
            is given.
        themes: Theme ids to draw.
        metric: ``"n_articles"`` or ``"share"`` (of the period's dated articles).

    Returns:
        A Figure with one line per theme: x the period starts, y the ``metric`` column of
        ``aggregate.theme_over_time`` for that theme.

    Raises:
        ValueError: If ``freq``, ``n``, ``metric`` or a theme in ``themes`` is not valid.
    """
    freq = agg._check_freq(freq)
    n = agg._check_n(n)
    metric = _check_metric(metric, ("n_articles", "share"))
    table = agg.theme_over_time(corpus, freq=freq)
    title = "Themes over time: articles per " + agg.FREQS[freq].split(" ")[0]
    if themes is not None:
        wanted = [themes] if isinstance(themes, str) else list(themes)
        known = list(dict.fromkeys(table["theme"]))
        bad = [t for t in wanted if t not in known]
        if bad:
            raise ValueError(
                f"Value of 'themes' is not valid: {bad} not found in dated articles. "
                f"Expected theme ids from {known}; see aggregate.theme_prevalence(corpus)."
            )
        table = table[table["theme"].isin(wanted)]
    elif n is not None:
        table = table[table["theme"].isin(list(dict.fromkeys(table["theme"]))[:n])]
    if table.empty:
        return _empty_figure(title, "no theme evidence in dated articles.")
    names = dict(zip(table["theme"], table["label"], strict=False))
    return _lines(
        table,
        group="theme",
        value=metric,
        freq=freq,
        title=title,
        unit="Articles",
        count="n_articles",
        names=names,
        subtitle="Share of the period's dated articles with evidence of each theme"
        if metric == "share"
        else "Dated articles with evidence of each theme",
    )


def theme_strip(corpus: Corpus, article_id: str | None) -> go.Figure:
    """Markers: where each theme shows up, sentence by sentence, in one article.

    Args:
        corpus: The analysed corpus.
        article_id: One id of ``corpus.articles`` (None gives an empty "No data" figure).

    Returns:
        A Figure with one marker trace: x the ``sentence_id``, y the ``theme`` of the themed
        rows of ``aggregate.theme_strip``; the x axis spans every sentence of the article.

    Raises:
        KeyError: If ``article_id`` is not in the corpus (the message lists valid ids).
    """
    if article_id is None:
        return _empty_figure("Themes sentence by sentence", "the corpus has no articles.")
    table = agg.theme_strip(corpus, article_id)
    titles = corpus.articles.loc[corpus.articles["article_id"] == article_id, "title"]
    name = titles.iloc[0] if len(titles) and not _missing(titles.iloc[0]) else article_id
    title = f"Themes sentence by sentence: {_esc(name, 70)}"
    themed = table[table["theme"].notna()].reset_index(drop=True)
    if themed.empty:
        return _empty_figure(title, "no theme evidence in this article.")
    themed = themed.assign(
        example=themed["text"],
        example_article_id=article_id,
        example_start=themed["start"],
        example_end=themed["end"],
    )
    hover = _hover(
        themed,
        themed["label"],
        {"Sentence": themed["sentence_id"].astype(int) + 1, "Terms": "terms", "Matches": "n_terms"},
    )
    order = list(dict.fromkeys(themed["theme"]))
    colours = {t: OKABE_ITO[i % len(OKABE_ITO)] for i, t in enumerate(order)}
    n_sentences = int(table["sentence_id"].max()) + 1 if table["sentence_id"].notna().any() else 1
    fig = _figure(
        title,
        f"{n_sentences} sentences; a marker shows theme evidence in a sentence",
        height=_height(len(order), per_row=34, extra=240, minimum=360),
    )
    fig.add_scatter(
        x=themed["sentence_id"].to_numpy(dtype=int),
        y=themed["theme"].tolist(),
        mode="markers",
        marker={
            "symbol": "square",
            "size": 14,
            "color": themed["theme"].map(colours).tolist(),
            "line": {"width": 0},
        },
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        showlegend=False,
    )
    labels = themed.drop_duplicates("theme")["label"].tolist()
    fig.update_layout(
        yaxis=_category_axis(order, labels, autorange="reversed"),
        xaxis={
            "title": "Sentence (0 = first)",
            "range": [-0.5, n_sentences - 0.5],
            "dtick": max(1, round(n_sentences / 20)),
            "zeroline": False,
        },
    )
    return fig


# --- cooperation -------------------------------------------------------------------------------


def cooperation_sunburst(corpus: Corpus) -> go.Figure:
    """Sunburst: cooperation areas (outer ring) grouped by category (inner ring).

    Args:
        corpus: The analysed corpus.

    Returns:
        A Figure with one sunburst trace: one sector per category (value: the sum of its
        areas) followed by one sector per row of ``aggregate.cooperation_areas`` (value ``n``).
    """
    table = agg.cooperation_areas(corpus)
    title = "Cooperation areas named, by category"
    if table.empty:
        return _empty_figure(title, "no cooperation areas in this corpus.")
    cats = (
        table.groupby("category", sort=False)
        .agg(n=("n", "sum"), n_areas=("area", "size"))
        .reset_index()
    )
    cat_hover = _hover(cats, "category", {"Evidence": "n", "Areas": "n_areas"})
    area_hover = _hover(
        table,
        table["area"] + " (" + table["category"] + ")",
        {"Evidence": "n", "Articles": "n_articles", "Partners": "partners"},
    )
    ids = cats["category"].tolist() + (table["category"] + " / " + table["area"]).tolist()
    fig = _figure(
        title,
        f"Evidence of each cooperation area in {len(corpus.articles):,} articles",
        height=620,
    )
    fig.add_trace(
        go.Sunburst(
            ids=ids,
            labels=[_label(v, 28) for v in cats["category"].tolist() + table["area"].tolist()],
            parents=[""] * len(cats) + table["category"].tolist(),
            values=cats["n"].tolist() + table["n"].tolist(),
            branchvalues="total",
            hovertext=cat_hover + area_hover,
            hovertemplate="%{hovertext}<extra></extra>",
            insidetextorientation="radial",
        )
    )
    fig.update_layout(margin={"t": 100, "l": 10, "r": 10, "b": 10})
    return fig


def partner_area_matrix(corpus: Corpus) -> go.Figure:
    """Heatmap: cooperation evidence per partner and area.

    Args:
        corpus: The analysed corpus.

    Returns:
        A Figure with one heatmap trace: y the partners, x the areas, ``z`` the ``n`` column
        of ``aggregate.partner_area_matrix``.
    """
    table = agg.partner_area_matrix(corpus)
    title = "Cooperation areas by partner"
    if table.empty:
        return _empty_figure(title, "no cooperation evidence names a partner.")
    hover = _hover(table, table["partner"] + " · " + table["area"], {"Evidence": "n"})
    text = table["n"].map(lambda v: "" if v == 0 else str(v))
    fig = _figure(title, "How often each area is named with each partner")
    fig.add_trace(_heatmap(table, rows="partner", cols="area", value="n", hover=hover, text=text))
    areas = list(dict.fromkeys(table["area"]))
    _layout_heatmap(fig, list(dict.fromkeys(table["partner"])), areas, areas)
    return fig


# --- countries, blocs, networks ----------------------------------------------------------------

_STATUS_ORDER = ("member", "observer", "dialogue_partner", "partner", "invited", "none")


def country_map(
    corpus: Corpus, *, color: str = "n_mentions", kinds: Sequence[str] = ("country",)
) -> go.Figure:
    """World map: countries shaded by mentions (or by SCO status), blocs in the hover text.

    Args:
        corpus: The analysed corpus.
        color: ``"n_mentions"`` (sequential scale) or ``"sco_status"`` (one colour per status).
        kinds: Mention kinds counted (see ``aggregate.country_counts``).

    Returns:
        A Figure with one choropleth trace (``locationmode="ISO-3"``): locations the ``iso3``
        column of ``aggregate.country_counts``, ``z`` its ``n_mentions`` (or a status code).

    Raises:
        ValueError: If ``color`` or ``kinds`` is not valid.
    """
    color = _check_metric(color, ("n_mentions", "sco_status"), "color")
    table = agg.country_counts(corpus, kinds=kinds)
    title = "Which countries are mentioned"
    if table.empty:
        return _empty_figure(title, "no country mentions in this corpus.")
    hover = _hover(
        table,
        table["country"] + " (" + table["iso3"] + ")",
        {
            "Mentions": "n_mentions",
            "Articles": "n_articles",
            "Blocs": table["blocs"].fillna("none listed"),
            "SCO status": table["sco_status"].str.replace("_", " "),
        },
    )
    common: dict[str, Any] = {
        "locations": table["iso3"].tolist(),
        "locationmode": "ISO-3",
        "hovertext": hover,
        "hovertemplate": "%{hovertext}<extra></extra>",
        "marker": {"line": {"color": "white", "width": 0.5}},
    }
    if color == "n_mentions":
        trace = go.Choropleth(
            z=table["n_mentions"].to_numpy(),
            colorscale=SEQUENTIAL,
            zmin=0,
            colorbar={"title": {"text": "mentions"}, "thickness": 14},
            **common,
        )
        subtitle = "Shade: number of mentions; hover for bloc membership"
    else:
        statuses = [s for s in _STATUS_ORDER if s in set(table["sco_status"])]
        statuses += sorted(set(table["sco_status"]) - set(statuses))
        code = {s: i for i, s in enumerate(statuses)}
        k = len(statuses)
        scale = []
        for i in range(k):
            colour = "#BBBBBB" if statuses[i] == "none" else OKABE_ITO[i % len(OKABE_ITO)]
            scale += [[i / k, colour], [(i + 1) / k, colour]]
        trace = go.Choropleth(
            z=table["sco_status"].map(code).to_numpy(dtype=float),
            zmin=-0.5,
            zmax=k - 0.5,
            colorscale=scale,
            colorbar={
                "title": {"text": "SCO status"},
                "tickvals": list(range(k)),
                "ticktext": [s.replace("_", " ") for s in statuses],
                "thickness": 14,
            },
            **common,
        )
        subtitle = "Colour: SCO status (as of the newest article mentioning the country)"
    fig = _figure(title, subtitle, height=540)
    fig.add_trace(trace)
    fig.update_geos(
        projection_type="natural earth",
        projection_rotation={"lon": 0, "lat": 0},
        lataxis_range=[-58, 85],
        showframe=False,
        showcountries=True,
        countrycolor="#999999",
        showland=True,
        landcolor="#F2F2F2",
        showcoastlines=False,
    )
    fig.update_layout(margin={"t": 100, "l": 10, "r": 10, "b": 10})
    return fig


def bloc_counts(corpus: Corpus, *, kinds: Sequence[str] = ("country",)) -> go.Figure:
    """Horizontal bars: country mentions per bloc status (SCO member, BRICS member ...).

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds counted (see ``aggregate.bloc_counts``).

    Returns:
        A Figure with one bar trace: x the ``n_mentions`` column of ``aggregate.bloc_counts``,
        y its ``bloc_status``, one colour per bloc.

    Raises:
        ValueError: If ``kinds`` is not valid.
    """
    table = agg.bloc_counts(corpus, kinds=kinds)
    title = "Mentions of countries by bloc status"
    if table.empty:
        return _empty_figure(title, "no mentions of countries with a bloc status.")
    blocs = list(dict.fromkeys(table["bloc"]))
    colours = {b: OKABE_ITO[i % len(OKABE_ITO)] for i, b in enumerate(blocs)}
    hover = _hover(
        table,
        "bloc_status",
        {
            "Mentions": "n_mentions",
            "Countries": "n_countries",
            "Articles": "n_articles",
            "Most mentioned (ISO3)": table["countries"].map(lambda s: _short(s, 60)),
        },
    )
    fig = _figure(
        title,
        "A country in two blocs counts in both; status on each article's date",
        height=_height(len(table)),
    )
    fig.add_bar(
        x=table["n_mentions"].to_numpy(),
        y=table["bloc_status"].tolist(),
        orientation="h",
        marker_color=table["bloc"].map(colours).tolist(),
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        showlegend=False,
    )
    fig.update_layout(
        yaxis=_category_axis(table["bloc_status"], autorange="reversed"),
        xaxis=_count_axis(table["n_mentions"].max(), title="Mentions"),
    )
    return fig


def _spring_layout(
    n: int, edges: np.ndarray, weights: np.ndarray, *, iterations: int = 120
) -> np.ndarray:
    """Deterministic Fruchterman-Reingold layout in numpy, scaled to [-1, 1].

    Nodes start on a circle (in the order given), so the same graph always gets the same
    picture.
    """
    if n <= 1:
        return np.zeros((n, 2))
    angles = 2 * np.pi * np.arange(n) / n
    pos = np.column_stack([np.cos(angles), np.sin(angles)])
    adj = np.zeros((n, n))
    if len(edges):
        w = weights / weights.max()
        adj[edges[:, 0], edges[:, 1]] = w
        adj[edges[:, 1], edges[:, 0]] = w
    k = np.sqrt(4.0 / n)
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=-1))
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 1e-3)
        force = k * k / dist**2 - adj * dist / k  # along delta: repulsion minus attraction
        np.fill_diagonal(force, 0.0)
        disp = (delta * force[..., None]).sum(axis=1) - 0.6 * pos  # pull to the centre
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos = pos + disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    pos = pos - pos.mean(axis=0)
    scale = np.abs(pos).max()
    return pos / scale if scale > 0 else pos


def co_mention_network(
    corpus: Corpus,
    *,
    kinds: Sequence[str] = ("person", "country", "organization"),
    min_weight: int = 1,
    max_nodes: int = 30,
) -> go.Figure:
    """Network: entities (nodes) linked when mentioned in the same sentence (edges).

    Nodes are the ``max_nodes`` entities with the most shared sentences; their places come
    from a deterministic spring layout. Line width grows with the number of shared sentences.
    Hover over a node or the middle of an edge for counts and an example sentence (the full
    list: ``aggregate.co_mention_sentences(corpus, a, b)``).

    Args:
        corpus: The analysed corpus.
        kinds: Mention kinds taken as nodes.
        min_weight: Draw edges seen in at least this many sentences.
        max_nodes: Largest number of nodes drawn.

    Returns:
        A Figure with edge line traces (one per width band), one marker trace at the edge
        midpoints (hover text per row of ``aggregate.co_mentions``, in order) and one node
        trace per entity kind.

    Raises:
        ValueError: If ``kinds``, ``min_weight`` or ``max_nodes`` is not valid.
    """
    max_nodes = agg._check_n(max_nodes, "max_nodes", allow_none=False)
    edges = agg.co_mentions(corpus, kinds=kinds, min_weight=min_weight)
    title = "Who appears together: entities mentioned in the same sentence"
    if edges.empty:
        return _empty_figure(title, f"no two entities share a sentence {min_weight}+ times.")
    degree = (
        pd.concat(
            [
                edges[["source", "weight"]].rename(columns={"source": "entity"}),
                edges[["target", "weight"]].rename(columns={"target": "entity"}),
            ]
        )
        .groupby("entity")["weight"]
        .sum()
        .reset_index()
        .sort_values(["weight", "entity"], ascending=[False, True], kind="stable")
    )
    keep = degree["entity"].head(max_nodes).tolist()
    edges = edges[edges["source"].isin(keep) & edges["target"].isin(keep)].reset_index(drop=True)
    nodes = agg.entity_counts(corpus, kinds=kinds)
    nodes = nodes.set_index("entity").loc[keep].reset_index()
    nodes = nodes.merge(degree.rename(columns={"weight": "degree"}), on="entity", how="left")
    index = {e: i for i, e in enumerate(keep)}
    pairs = np.column_stack(
        [edges["source"].map(index).to_numpy(int), edges["target"].map(index).to_numpy(int)]
    )
    weights = edges["weight"].to_numpy(float)
    pos = _spring_layout(len(keep), pairs, weights)

    fig = _figure(
        title,
        f"{len(keep)} entities and {len(edges)} links; a link joins two entities named in "
        f"the same sentence at least {min_weight}× (line width: how often)",
        height=680,
    )
    # Edges: a few line traces, one per width band, so thousands of edges stay fast.
    bands = np.minimum((weights - 1) // max(1, (weights.max() + 3) // 4), 3).astype(int)
    for band in sorted(set(bands.tolist())):
        sel = np.flatnonzero(bands == band)
        xs = np.full(len(sel) * 3, None, dtype=object)
        ys = np.full(len(sel) * 3, None, dtype=object)
        xs[0::3], xs[1::3] = pos[pairs[sel, 0], 0], pos[pairs[sel, 1], 0]
        ys[0::3], ys[1::3] = pos[pairs[sel, 0], 1], pos[pairs[sel, 1], 1]
        fig.add_scatter(
            x=xs.tolist(),
            y=ys.tolist(),
            mode="lines",
            line={"width": 1 + 1.5 * band, "color": "#8C8C8C"},
            opacity=0.35 + 0.15 * band,
            hoverinfo="skip",
            showlegend=False,
            name="links",
        )
    mid = (pos[pairs[:, 0]] + pos[pairs[:, 1]]) / 2
    edge_hover = _hover(
        edges,
        edges["source"] + " — " + edges["target"],
        {"Sentences mentioning both": "weight", "Articles": "n_articles"},
    )
    fig.add_scatter(
        x=mid[:, 0],
        y=mid[:, 1],
        mode="markers",
        marker={"size": 8, "color": "#8C8C8C", "opacity": 0.15},
        hovertext=edge_hover,
        hovertemplate="%{hovertext}<extra></extra>",
        showlegend=False,
        name="link details",
    )
    partners = _top_partners(edges)
    nodes["_partners"] = nodes["entity"].map(partners)
    size = 12 + 26 * np.sqrt(nodes["n_mentions"] / max(nodes["n_mentions"].max(), 1))
    nodes = nodes.assign(_x=pos[:, 0], _y=pos[:, 1], _size=size.to_numpy())
    for kind, part in nodes.groupby("kind", sort=False, dropna=False):
        kind_name = "other" if _missing(kind) else str(kind)
        hover = _hover(
            part,
            "entity",
            {
                "Kind": pd.Series([kind_name] * len(part)),
                "Mentions": "n_mentions",
                "Articles": "n_articles",
                "Shared sentences": "degree",
                "Most often with": "_partners",
            },
        )
        fig.add_scatter(
            x=part["_x"].to_numpy(),
            y=part["_y"].to_numpy(),
            mode="markers+text",
            text=[_label(e, 22) for e in part["entity"]],
            textposition="top center",
            textfont={"size": 12},
            marker={
                "size": part["_size"].to_numpy(),
                "color": _KIND_COLOURS.get(kind_name, OKABE_ITO[4]),
                "line": {"color": "white", "width": 1},
            },
            name=kind_name,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    axis = {"visible": False, "range": [-1.25, 1.25]}
    fig.update_layout(xaxis=axis, yaxis=axis | {"scaleanchor": "x"}, hovermode="closest")
    return fig


def _top_partners(edges: pd.DataFrame, limit: int = 5) -> pd.Series:
    both = pd.concat(
        [
            edges[["source", "target", "weight"]].rename(
                columns={"source": "entity", "target": "other"}
            ),
            edges[["target", "source", "weight"]].rename(
                columns={"target": "entity", "source": "other"}
            ),
        ]
    ).sort_values(["entity", "weight", "other"], ascending=[True, False, True], kind="stable")
    both = both.groupby("entity", sort=False).head(limit)
    both["_text"] = both["other"] + " (" + both["weight"].astype(str) + ")"
    return both.groupby("entity", sort=False)["_text"].agg(", ".join)


# --- saving ------------------------------------------------------------------------------------


def _find_browser() -> str | None:
    """Path of the Chrome/Chromium kaleido would use, or None when there is none."""
    override = os.environ.get("BROWSER_PATH")
    if override and Path(override).exists():
        return override
    try:
        from choreographer.browsers.chromium import Chromium  # noqa: PLC0415 - kaleido's finder

        found = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - any failure means "not found"
        found = None
    if found:
        return str(found)
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "_", str(name)).strip("._")
    return cleaned or "figure"


def save_figures(
    figs: Mapping[str, go.Figure],
    directory: str | Path,
    *,
    formats: Sequence[str] = ("html", "png"),
    scale: float = 2.0,
) -> list[Path]:
    """Write figures to ``directory/<name>.<format>`` (directory created if needed).

    HTML files are self-contained (plotly.js embedded, ``include_plotlyjs=True``). Images
    (``png``, ``svg``, ``pdf``) are written by kaleido, in one browser session when kaleido
    offers ``start_sync_server``; when kaleido or a Chrome/Chromium browser is missing they
    are skipped with a warning and the HTML files are still written.

    Args:
        figs: ``{name: figure}``; names become file names (unsafe characters become ``_``).
        directory: Output folder.
        formats: Any of ``"html"``, ``"png"``, ``"svg"``, ``"pdf"``.
        scale: Pixel scale of raster images (2 gives sharp PNGs).

    Returns:
        The paths written, in the order of ``figs`` then ``formats``.

    Raises:
        ValueError: If a format is not supported.
        TypeError: If a value of ``figs`` is not a plotly Figure.
    """
    formats = [formats] if isinstance(formats, str) else list(formats)
    for fmt in formats:
        agg._check_choice("formats", fmt, IMAGE_FORMATS, "Pass e.g. formats=('html', 'png').")
    for name, fig in figs.items():
        if not isinstance(fig, go.Figure):
            raise TypeError(
                f"figs[{name!r}] is a {type(fig).__name__}, not a plotly Figure. Pass the "
                "return value of a sco_toolkit.charts function."
            )
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[tuple[str, str], Path] = {}
    if "html" in formats:
        for name, fig in figs.items():
            path = out / f"{_safe_name(name)}.html"
            fig.write_html(path, include_plotlyjs=True, full_html=True)
            written[(name, "html")] = path
    images = [f for f in formats if f != "html"]
    if images and figs:
        written.update(_write_images(figs, out, images, scale=scale))
    return [written[(name, fmt)] for name in figs for fmt in formats if (name, fmt) in written]


def _write_images(
    figs: Mapping[str, go.Figure], out: Path, images: list[str], *, scale: float
) -> dict[tuple[str, str], Path]:
    try:
        import kaleido  # noqa: PLC0415 - optional
    except ImportError:
        warnings.warn(
            f"Skipped {', '.join(images)}: kaleido is not installed (pip install kaleido).",
            RuntimeWarning,
            stacklevel=3,
        )
        return {}
    if _find_browser() is None:
        warnings.warn(
            f"Skipped {', '.join(images)}: kaleido needs Chrome or Chromium and none was found "
            "(install Debian's chromium, or set BROWSER_PATH). HTML files were still written.",
            RuntimeWarning,
            stacklevel=3,
        )
        return {}
    written: dict[tuple[str, str], Path] = {}
    failed: list[str] = []
    server = hasattr(kaleido, "start_sync_server") and hasattr(kaleido, "stop_sync_server")
    with warnings.catch_warnings():
        # plotly passes options a running kaleido server ignores; that warning is noise here.
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        try:
            if server:
                kaleido.start_sync_server(silence_warnings=True)
            for name, fig in figs.items():
                width = fig.layout.width or 1100
                height = fig.layout.height or 600
                for fmt in images:
                    path = out / f"{_safe_name(name)}.{fmt}"
                    try:
                        fig.write_image(path, format=fmt, width=width, height=height, scale=scale)
                    except Exception as exc:  # noqa: BLE001 - images are optional; report why
                        failed.append(f"{path.name} ({_short(exc, 160)})")
                    else:
                        written[(name, fmt)] = path
        finally:
            if server:
                kaleido.stop_sync_server(silence_warnings=True)
    if failed:
        warnings.warn(
            f"Could not write {len(failed)} image(s): {'; '.join(failed)}. Maps need the "
            "topojson files from cdn.plot.ly (network access).",
            RuntimeWarning,
            stacklevel=3,
        )
    return written
