"""Interactive explorer: filters wired to charts, a quote ledger and an article reader.

``explorer(corpus)`` returns an ``ipywidgets.VBox`` for a notebook or Voila page.
``article_html(corpus, article_id)`` is the pure function behind the article reader: the
article text with quotes, speakers, theme evidence, cooperation areas and country /
organisation mentions highlighted from the tables' character offsets, so every highlight can
be checked against the source text.

Design notes:

- Every control is wired with ``observe(handler, names="value")`` to one ``redraw()``, which
  computes the filtered corpus once and updates the figures (inside ``fig.batch_update()``,
  replacing trace data rather than widgets), the ledger and the status line.
- Per-article lookups (articles per outlet, theme and country; quotes joined with their
  article's title and date; a lower-cased search text) are built once, so a redraw is a few
  boolean masks plus the chart functions.
- Errors inside callbacks are written to an ``Output`` widget with ``append_stderr`` (not
  ``with out: print()``, which nbval records as cell output) and never swallowed.
- Charts come from ``sco_toolkit.charts`` when it provides the function, looked up at every
  redraw; otherwise a plain bar chart built here from the quotes / themes / mentions tables.
"""

from __future__ import annotations

import dataclasses
import html
import traceback
from collections.abc import Callable, Iterable
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from sco_toolkit.aggregate import theme_labels
from sco_toolkit.corpus import TABLE_NAMES, Corpus

__all__ = ["ALL", "article_html", "article_view", "explorer", "first_article"]

#: Value of the "All" entry of every Dropdown filter.
ALL = "__all__"

#: Character width of a quote in the ledger picker's labels.
PICK_CHARS = 60

#: Most messages kept in the explorer's Output widget (oldest dropped first).
MAX_MESSAGES = 20

_UNNAMED = "(unnamed)"


# --- article view ------------------------------------------------------------------------

#: Highlight layers of ``article_html``, outermost first: (layer, CSS class, legend label).
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("quote", "sco-q", "statement (hover: speaker — kind)"),
    ("cooperation", "sco-co", "cooperation area"),
    ("theme", "sco-th", "theme evidence (hover: theme id)"),
    ("entity", "sco-ent", "country / organisation"),
    ("speaker", "sco-spk", "speaker"),
    ("cue", "sco-cue", "speech verb"),
)
_ORDER = {name: i for i, (name, _, _) in enumerate(LAYERS)}
_CLASS = {name: cls for name, cls, _ in LAYERS}

_CSS = """
.sco-art{font-family:Georgia,'Times New Roman',serif;line-height:1.6;max-width:820px;color:#222}
.sco-art h3{margin:0 0 .2em 0;font-size:1.25em}
.sco-art .sco-meta{color:#666;font-size:.85em;margin-bottom:.5em}
.sco-art .sco-legend{font:12px sans-serif;margin:.4em 0 .8em 0}
.sco-art .sco-legend span{margin-right:.8em;padding:0 .2em;white-space:nowrap}
.sco-art .sco-text{white-space:pre-wrap}
.sco-art .sco-q{background:#fff0a8}
.sco-art .sco-q.sco-sel{background:#ffd54f;outline:2px solid #e0a800}
.sco-art .sco-co{background:#c9f0d6}
.sco-art .sco-th{text-decoration:underline;text-decoration-color:#7b4fd6;
text-decoration-thickness:2px}
.sco-art .sco-ent{color:#1b5e91;border-bottom:1px dotted #1b5e91}
.sco-art .sco-spk{font-weight:700}
.sco-art .sco-cue{font-style:italic}
""".strip()


@dataclasses.dataclass(frozen=True)
class _Span:
    start: int
    end: int
    layer: str
    title: str
    attrs: str = ""
    extra_class: str = ""


def _known_ids_message(corpus: Corpus) -> str:
    ids = corpus.articles["article_id"].dropna().astype(str).tolist()
    if not ids:
        return "The corpus has no articles."
    more = f" (and {len(ids) - 5:,} more)" if len(ids) > 5 else ""
    return f"Valid ids include {ids[:5]}{more}; see corpus.articles['article_id']."


def _article_row(corpus: Corpus, article_id: str) -> dict[str, Any]:
    a = corpus.articles
    hit = a[(a["article_id"] == article_id).fillna(False).to_numpy(dtype=bool)] if len(a) else a
    if hit.empty:
        raise KeyError(f"Unknown article_id {article_id!r}. {_known_ids_message(corpus)}")
    return hit.iloc[0].to_dict()


def _str(value: Any, default: str = "") -> str:
    """``value`` as text, with NA / None as ``default``."""
    if value is None or (not isinstance(value, (list, tuple, np.ndarray)) and pd.isna(value)):
        return default
    return str(value)


def _rows(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    if table.empty:
        return table
    return table[(table["article_id"] == article_id).fillna(False).to_numpy(dtype=bool)]


def _offsets(start: Any, end: Any, n: int) -> tuple[int, int] | None:
    """Clip ``start``/``end`` to ``[0, n]``; None when missing or empty."""
    if pd.isna(start) or pd.isna(end):
        return None
    s, e = max(0, int(start)), min(n, int(end))
    return (s, e) if s < e else None


def _spans(corpus: Corpus, article_id: str, n: int, quote_id: str | None) -> list[_Span]:
    """All highlight spans of one article, from the corpus tables' offsets."""
    spans: list[_Span] = []

    def add(start: Any, end: Any, layer: str, title: str, **kw: str) -> None:
        off = _offsets(start, end, n)
        if off is not None:
            spans.append(_Span(off[0], off[1], layer, title, **kw))

    for q in _rows(corpus.quotes, article_id).to_dict("records"):
        speaker = _str(q.get("speaker")) or _str(q.get("speaker_surface"), "unknown speaker")
        kind = _str(q.get("kind"), "statement")
        qid = _str(q.get("quote_id"))
        add(
            q["start"],
            q["end"],
            "quote",
            f"{speaker} — {kind}",
            attrs=f' data-quote-id="{html.escape(qid)}"',
            extra_class=" sco-sel" if quote_id is not None and qid == quote_id else "",
        )
        role = _str(q.get("speaker_role"))
        add(
            q.get("speaker_start"),
            q.get("speaker_end"),
            "speaker",
            f"speaker: {speaker}" + (f", {role}" if role else ""),
        )
        add(q.get("cue_start"), q.get("cue_end"), "cue", f"speech verb: {_str(q.get('cue'))}")

    for t in _rows(corpus.themes, article_id).to_dict("records"):
        theme = _str(t.get("theme"), "theme")
        add(
            t["start"],
            t["end"],
            "theme",
            f"theme: {theme}",
            attrs=f' data-theme="{html.escape(theme)}"',
        )

    for c in _rows(corpus.cooperation, article_id).to_dict("records"):
        title = f"cooperation: {_str(c.get('area'), 'area')}"
        if _str(c.get("category")):
            title += f" ({_str(c.get('category'))})"
        if _str(c.get("partner")):
            title += f" with {_str(c.get('partner'))}"
        add(c["start"], c["end"], "cooperation", title)

    for m in _rows(corpus.mentions, article_id).to_dict("records"):
        kind = _str(m.get("kind"))
        if kind not in ("country", "organization"):
            continue
        title = f"{kind}: {_str(m.get('entity'), _str(m.get('surface')))}"
        if _str(m.get("iso3")):
            title += f" ({_str(m.get('iso3'))})"
        add(m["start"], m["end"], "entity", title)
    return spans


def _open_tag(span: _Span) -> str:
    cls = _CLASS[span.layer] + span.extra_class
    return f'<span class="{cls}" title="{html.escape(span.title)}"{span.attrs}>'


def _highlight(text: str, spans: list[_Span]) -> str:
    """Escape ``text`` and wrap every stretch in the spans active over it.

    The text is cut at every span boundary; each piece is wrapped in one ``<span>`` per active
    span (outermost layer first, then longer spans outside shorter ones), so overlapping and
    nested spans always give well-formed HTML.
    """
    n = len(text)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, sp in enumerate(spans):
        starts.setdefault(sp.start, []).append(i)
        ends.setdefault(sp.end, []).append(i)
    bounds = sorted({0, n, *starts, *ends})
    active: set[int] = set()
    out: list[str] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        active.difference_update(ends.get(lo, ()))
        active.update(starts.get(lo, ()))
        piece = html.escape(text[lo:hi])
        if not active:
            out.append(piece)
            continue
        order = sorted(
            active, key=lambda i: (_ORDER[spans[i].layer], spans[i].start, -spans[i].end, i)
        )
        out.extend(_open_tag(spans[i]) for i in order)
        out.append(piece)
        out.append("</span>" * len(order))
    return "".join(out)


def _legend() -> str:
    items = "".join(f'<span class="{cls}">{html.escape(label)}</span>' for _, cls, label in LAYERS)
    return f'<div class="sco-legend">{items}</div>'


def _meta_line(row: dict[str, Any]) -> str:
    parts = []
    if _str(row.get("outlet")):
        parts.append(html.escape(_str(row.get("outlet"))))
    published = row.get("published")
    if published is not None and not pd.isna(published):
        parts.append(html.escape(pd.Timestamp(published).strftime("%Y-%m-%d")))
    if _str(row.get("author")):
        parts.append(html.escape(_str(row.get("author"))))
    url = _str(row.get("url"))
    if url.lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{html.escape(url)}" target="_blank" rel="noopener">source</a>')
    parts.append(f"id {html.escape(_str(row.get('article_id')))}")
    return " · ".join(parts)


def first_article(corpus: Corpus) -> str | None:
    """The id of the article with the most statements (then the first), or None if empty."""
    if corpus.articles.empty:
        return None
    counts = corpus.quotes["article_id"].value_counts()
    if len(counts):
        return str(counts.index[0])
    return str(corpus.articles["article_id"].iloc[0])


def article_html(corpus: Corpus, article_id: str | None, *, quote_id: str | None = None) -> str:
    """Render one article as self-contained HTML with its extractions highlighted.

    Highlights come from the tables' ``start``/``end`` offsets into ``articles.text``:
    statements (``quotes``; tooltip ``speaker — kind``), the speaker's name and the speech
    verb, theme evidence (underlined; tooltip names the theme id), cooperation areas and
    country / organisation mentions. Spans may nest or overlap: the text is cut at every
    boundary and each piece is wrapped in the spans active there. Every piece of article
    text, and every value from the tables, is escaped with ``html.escape``. The CSS is inline
    (no external resources).

    Args:
        corpus: The analysed corpus.
        article_id: One id of ``corpus.articles``.
        quote_id: A ``quotes.quote_id`` to emphasise (class ``sco-sel``), e.g. the
            statement picked in the explorer's ledger.

    Returns:
        An HTML fragment: a ``<style>`` block, then ``<div class="sco-art">`` with the title,
        a meta line (outlet · date · author · source link · id), a legend and the text.
        Statement spans carry ``data-quote-id``, theme spans ``data-theme``.

    Raises:
        KeyError: If ``article_id`` is not in ``corpus.articles`` (the message lists a few
            valid ids).

    Examples:
        >>> article_html(Corpus(), "nope")
        Traceback (most recent call last):
        ...
        KeyError: "Unknown article_id 'nope'. The corpus has no articles."
    """
    if article_id is None:
        return f'<style>{_CSS}</style><div class="sco-art"><p>No articles to show.</p></div>'
    row = _article_row(corpus, article_id)
    text = _str(row.get("text"))
    spans = _spans(corpus, article_id, len(text), quote_id)
    title = html.escape(_str(row.get("title"), "(untitled)"))
    return (
        f"<style>{_CSS}</style>"
        f'<div class="sco-art"><h3>{title}</h3>'
        f'<div class="sco-meta">{_meta_line(row)}</div>'
        f"{_legend()}"
        f'<div class="sco-text">{_highlight(text, spans)}</div></div>'
    )


def article_view(
    corpus: Corpus, article_id: str | None, *, quote_id: str | None = None
) -> widgets.HTML:
    """Show one article with its extractions highlighted (see ``article_html``).

    Args:
        corpus: The analysed corpus.
        article_id: One id of ``corpus.articles``.
        quote_id: A ``quotes.quote_id`` to emphasise.

    Returns:
        An ``ipywidgets.HTML`` whose value is ``article_html(corpus, article_id)``.

    Raises:
        KeyError: If ``article_id`` is not in the corpus.
    """
    return widgets.HTML(value=article_html(corpus, article_id, quote_id=quote_id))


# --- charts ------------------------------------------------------------------------------


def _empty_note(fig: go.Figure) -> go.Figure:
    fig.add_annotation(
        text="No data for this selection",
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
    )
    return fig


def _hbar(labels: list[str], values: list[int], title: str, x_title: str) -> go.Figure:
    fig = go.Figure(
        go.Bar(x=values, y=labels, orientation="h", hovertemplate="%{y}: %{x}<extra></extra>")
    )
    fig.update_layout(
        title=title,
        height=360,
        margin={"l": 10, "r": 10, "t": 40, "b": 30},
        xaxis_title=x_title,
        yaxis={"autorange": "reversed", "automargin": True},
    )
    return fig if labels else _empty_note(fig)


def _fallback_top_speakers(corpus: Corpus, *, n: int = 15) -> go.Figure:
    """Bar chart of statements per named speaker (used when charts.top_speakers is missing)."""
    counts = corpus.quotes["speaker"].dropna().astype(str).value_counts().head(n)
    return _hbar(counts.index.tolist(), counts.tolist(), "Top speakers", "statements")


def _fallback_theme_prevalence(corpus: Corpus) -> go.Figure:
    """Bar chart of articles per theme (used when charts.theme_prevalence is missing)."""
    t = corpus.themes[["article_id", "theme"]].dropna().astype(str).drop_duplicates()
    counts = t["theme"].value_counts()
    labels = theme_labels(counts.index.tolist())
    return _hbar([labels[x] for x in counts.index], counts.tolist(), "Theme prevalence", "articles")


def _fallback_statements_over_time(corpus: Corpus) -> go.Figure:
    """Statements per month (used when charts.statements_over_time is missing)."""
    pub = corpus.articles.set_index("article_id")["published"]
    dates = corpus.quotes["article_id"].map(pub).dropna()
    fig = go.Figure()
    if len(dates):
        months = dates.dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period("M")
        counts = months.value_counts().sort_index()
        fig.add_bar(x=[p.start_time for p in counts.index], y=counts.tolist())
    else:
        fig.add_bar(x=[], y=[])
        _empty_note(fig)
    fig.update_layout(
        title="Statements over time",
        height=360,
        margin={"l": 10, "r": 10, "t": 40, "b": 30},
        yaxis_title="statements",
    )
    return fig


def _country_bar(corpus: Corpus, *, n: int = 15) -> go.Figure:
    """Articles mentioning each country (the explorer's third chart when nothing is dated)."""
    m = corpus.mentions
    m = m[(m["kind"].astype("string") == "country").fillna(False).to_numpy(dtype=bool)]
    pairs = m[["article_id", "entity"]].dropna().astype(str).drop_duplicates()
    counts = pairs["entity"].value_counts().head(n)
    return _hbar(counts.index.tolist(), counts.tolist(), "Countries mentioned", "articles")


#: Charts used when ``sco_toolkit.charts`` does not (yet) provide the function.
FALLBACKS: dict[str, Callable[..., go.Figure]] = {
    "top_speakers": _fallback_top_speakers,
    "theme_prevalence": _fallback_theme_prevalence,
    "statements_over_time": _fallback_statements_over_time,
    "country_bar": _country_bar,
}


def _chart(name: str) -> Callable[..., go.Figure]:
    """The chart function ``name``: from ``sco_toolkit.charts`` if it has it, else a fallback.

    Looked up at every call so the explorer picks up ``sco_toolkit.charts`` (and test
    monkeypatches) without being rebuilt. Only a missing module or function falls back;
    any other error (a broken charts module) propagates to the explorer's Output widget.
    """
    try:
        from sco_toolkit import charts  # noqa: PLC0415 - lazy: charts is optional
    except ModuleNotFoundError as exc:
        if exc.name not in ("sco_toolkit.charts",):
            raise
        return FALLBACKS[name]
    return getattr(charts, name, None) or FALLBACKS[name]


def _without(d: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    drop = set(keys)
    return {k: v for k, v in d.items() if k not in drop}


def _sync_figure(widget: go.FigureWidget, fig: go.Figure) -> None:
    """Make ``widget`` show ``fig`` by updating its traces and layout in one batch.

    When the number and types of traces match, each trace is updated in place (properties
    the new trace lacks are reset), so click callbacks and the widget itself survive;
    otherwise the traces are replaced. The template is copied only the first time.
    """
    new = [t.to_plotly_json() for t in fig.data]
    same = len(widget.data) == len(new) and all(
        old.type == t.get("type") for old, t in zip(widget.data, new, strict=True)
    )
    first = not widget.data and not widget.layout.title.text
    with widget.batch_update():
        if same:
            for old, t in zip(widget.data, new, strict=True):
                patch = {k: None for k in old.to_plotly_json() if k not in t}
                patch.update(t)
                old.update(_without(patch, ("type", "uid")), overwrite=True)
        else:
            widget.data = ()
            if fig.data:
                widget.add_traces(list(fig.data))
        layout = fig.layout.to_plotly_json()
        skip = () if first else ("template",)
        patch = {k: None for k in widget.layout.to_plotly_json() if k not in layout}
        patch.update(layout)
        widget.layout.update(_without(patch, skip), overwrite=True)


# --- explorer ----------------------------------------------------------------------------


def _first_figure(corpus: Corpus, name: str, options: dict[str, Any]) -> go.FigureWidget:
    try:
        return go.FigureWidget(_chart(name)(corpus, **options))
    except Exception:  # the first redraw reports the error in the Output widget
        return go.FigureWidget()


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _mask_by(values: pd.Series, positions: np.ndarray, n: int) -> dict[str, np.ndarray]:
    """``{value: boolean mask over the n articles}`` for rows (value, article position)."""
    out: dict[str, np.ndarray] = {}
    frame = pd.DataFrame({"v": values.to_numpy(dtype=object), "p": positions})
    frame = frame[(frame["p"] >= 0) & (frame["p"] < n) & frame["v"].notna()]
    for value, group in frame.groupby("v", sort=False):
        mask = np.zeros(n, dtype=bool)
        mask[group["p"].to_numpy(dtype=np.int64)] = True
        out[str(value)] = mask
    return out


def _text_col(s: pd.Series) -> np.ndarray:
    """A text column as an object array with NA as ``""``."""
    return s.astype("string").fillna("").to_numpy(dtype=object)


def _precompute(corpus: Corpus) -> dict[str, Any]:
    """Everything ``redraw`` needs that does not depend on the filter values."""
    a = corpus.articles.reset_index(drop=True)
    n = len(a)
    ids = pd.Index(a["article_id"].astype("string"))

    def positions(table: pd.DataFrame) -> np.ndarray:
        # -1 (unknown article) is mapped to slot n, which is always False in the padded mask.
        pos = ids.get_indexer(table["article_id"].astype("string")) if len(table) else []
        pos = np.asarray(pos, dtype=np.int64)
        return np.where(pos < 0, n, pos)

    codes = {
        name: positions(getattr(corpus, name)) for name in TABLE_NAMES if name != "load_report"
    }
    published = pd.to_datetime(a["published"], utc=True).dt.tz_localize(None)

    # quotes joined with their article, in ledger order: newest first, then corpus order.
    q = corpus.quotes.reset_index(drop=True)
    qpos = codes["quotes"]
    title = np.append(_text_col(a["title"]), "")
    pub = np.append(published.to_numpy(dtype="datetime64[ns]"), np.datetime64("NaT", "ns"))
    speaker = _text_col(q["speaker"])
    surface = _text_col(q["speaker_surface"])
    qtext = _text_col(q["text"])
    ledger = pd.DataFrame(
        {
            "speaker": np.where(speaker != "", speaker, surface),
            "named": speaker != "",
            "role": _text_col(q["speaker_role"]),
            "kind": _text_col(q["kind"]),
            "quote": qtext,
            "title": title[qpos],
            "published": pub[qpos],
            "article_id": _text_col(q["article_id"]),
            "quote_id": _text_col(q["quote_id"]),
            "_start": q["start"].astype("Float64").fillna(0).to_numpy(),
        }
    )
    dated = ledger["published"].notna().to_numpy()
    newest_first = np.where(
        dated, -ledger["published"].astype("int64").to_numpy(), np.iinfo(np.int64).max
    )
    order = np.lexsort((ledger["_start"].to_numpy(), qpos, newest_first))
    haystack = pd.Series(
        [
            f"{s}\n{t}\n{h}"
            for s, t, h in zip(ledger["speaker"], qtext, ledger["title"], strict=True)
        ],
        dtype="string",
    ).str.lower()

    # filter options
    outlets = _mask_by(a["outlet"].astype("string"), np.arange(n), n)
    themes = _mask_by(corpus.themes["theme"].astype("string"), codes["themes"], n)
    m = corpus.mentions
    is_country = (m["kind"].astype("string") == "country").fillna(False).to_numpy(dtype=bool)
    cm = m[is_country]
    key = cm["iso3"].astype("string").fillna(cm["entity"].astype("string"))
    countries = _mask_by(key, codes["mentions"][is_country], n)
    names = (
        pd.DataFrame({"key": key.to_numpy(dtype=object), "entity": _text_col(cm["entity"])})
        .dropna()
        .groupby("key")["entity"]
        .agg(lambda s: s.value_counts().index[0])
        .to_dict()
        if len(cm)
        else {}
    )
    speaker_counts = pd.Series(speaker[speaker != ""]).value_counts()
    speaker_counts = speaker_counts.sort_index(kind="stable").sort_values(
        ascending=False, kind="stable"
    )
    return {
        "n": n,
        "codes": codes,
        "published": published.to_numpy(dtype="datetime64[ns]"),
        "title_lower": pd.Series(_text_col(a["title"]), dtype="string").str.lower(),
        "ledger": ledger,
        "ledger_order": order,
        "speaker": speaker,
        "haystack": haystack,
        "outlets": outlets,
        "themes": themes,
        "theme_labels": theme_labels(themes),
        "countries": countries,
        "country_names": names,
        "speaker_counts": speaker_counts,
        "months": _months(published),
    }


def _months(published: pd.Series) -> list[pd.Timestamp]:
    """First instant (naive UTC) of every month from the first to the last dated article."""
    dated = published.dropna()
    if dated.empty:
        return []
    lo, hi = dated.min().to_period("M"), dated.max().to_period("M")
    return [p.start_time for p in pd.period_range(lo, hi, freq="M")]


def _dropdown(description: str, options: list[tuple[str, str]]) -> widgets.Dropdown:
    return widgets.Dropdown(
        options=[("All", ALL), *options],
        value=ALL,
        description=description,
        disabled=not options,
        layout=widgets.Layout(width="300px"),
    )


def _controls(pre: dict[str, Any]) -> dict[str, widgets.Widget]:
    outlets = sorted(pre["outlets"])
    themes = sorted(pre["themes"], key=lambda t: pre["theme_labels"][t].lower())
    countries = sorted(pre["countries"], key=lambda c: pre["country_names"].get(c, c).lower())
    controls: dict[str, widgets.Widget] = {
        "outlet": _dropdown(
            "Outlet", [(f"{o} ({int(pre['outlets'][o].sum())})", o) for o in outlets]
        ),
        "theme": _dropdown(
            "Theme",
            [
                (f"{pre['theme_labels'][t]} [{t}] ({int(pre['themes'][t].sum())})", t)
                for t in themes
            ],
        ),
        "speaker": _dropdown(
            "Speaker", [(f"{s} ({c})", s) for s, c in pre["speaker_counts"].items()]
        ),
        "country": _dropdown(
            "Country",
            [
                (f"{pre['country_names'].get(c, c)} ({int(pre['countries'][c].sum())})", c)
                for c in countries
            ],
        ),
        "search": widgets.Text(
            value="",
            placeholder="quote text, speaker or title",
            description="Search",
            continuous_update=False,
            layout=widgets.Layout(width="300px"),
        ),
    }
    months = pre["months"]
    if months:
        dates = widgets.SelectionRangeSlider(
            options=[(m.strftime("%b %Y"), m) for m in months],
            index=(0, len(months) - 1),
            description="Months",
            continuous_update=False,
            layout=widgets.Layout(width="620px"),
        )
    else:
        dates = widgets.SelectionRangeSlider(
            options=[("no dates", None)],
            index=(0, 0),
            description="Months",
            disabled=True,
            layout=widgets.Layout(display="none"),
        )
    controls["dates"] = dates
    controls["reset"] = widgets.Button(description="Reset filters", icon="undo")
    return controls


def _article_mask(pre: dict[str, Any], c: dict[str, widgets.Widget]) -> np.ndarray:
    """Articles kept by the article-level filters (outlet, months, theme, country)."""
    mask = np.ones(pre["n"], dtype=bool)
    if c["outlet"].value != ALL:
        mask &= pre["outlets"][c["outlet"].value]
    dates = c["dates"]
    if pre["months"] and tuple(dates.index) != (0, len(pre["months"]) - 1):
        lo, hi = dates.value
        hi_end = (pd.Timestamp(hi) + pd.offsets.MonthBegin(1)).to_datetime64()
        pub = pre["published"]
        mask &= (pub >= pd.Timestamp(lo).to_datetime64()) & (pub < hi_end)
    if c["theme"].value != ALL:
        mask &= pre["themes"][c["theme"].value]
    if c["country"].value != ALL:
        mask &= pre["countries"][c["country"].value]
    return mask


def _filtered(
    corpus: Corpus, pre: dict[str, Any], c: dict[str, widgets.Widget]
) -> tuple[Corpus, np.ndarray]:
    """The corpus restricted by every control, and the mask of ``corpus.quotes`` rows kept.

    Article-level filters keep whole articles. The speaker and search filters keep only the
    matching statements, and the articles they come from (for search, also articles whose
    title matches). Every other table follows the kept articles.
    """
    amask = _article_mask(pre, c)
    codes = pre["codes"]
    qmask = np.append(amask, False)[codes["quotes"]]
    speaker = c["speaker"].value
    term = c["search"].value.strip().lower()
    if speaker != ALL:
        qmask &= pre["speaker"] == speaker
    if term:
        hit = pre["haystack"].str.contains(term, regex=False).fillna(False)
        qmask &= hit.to_numpy(dtype=bool)
    if speaker != ALL or term:
        keep = np.zeros(pre["n"] + 1, dtype=bool)
        keep[codes["quotes"][qmask]] = True
        keep = keep[:-1]
        if term and speaker == ALL:
            title_hit = pre["title_lower"].str.contains(term, regex=False).fillna(False)
            keep |= title_hit.to_numpy(dtype=bool)
        amask &= keep
    padded = np.append(amask, False)
    tables = {}
    for name in TABLE_NAMES:
        table = getattr(corpus, name)
        if name == "load_report":
            tables[name] = table
            continue
        rows = qmask if name == "quotes" else padded[codes[name]]
        tables[name] = table[rows].reset_index(drop=True) if len(table) else table
    return Corpus(**tables), qmask


def _ledger_html(rows: pd.DataFrame, total: int) -> str:
    """The quote ledger: one escaped table row per statement, with a "showing N of M" line."""
    e = html.escape
    head = "".join(
        f'<th style="text-align:left;padding:2px 6px">{h}</th>'
        for h in ("speaker", "role", "kind", "quote", "article", "date")
    )
    body = []
    for r in rows.itertuples(index=False):
        date = "" if pd.isna(r.published) else pd.Timestamp(r.published).strftime("%Y-%m-%d")
        speaker = e(r.speaker) if r.named else f"<i>{e(r.speaker or _UNNAMED)}</i>"
        cells = (speaker, e(r.role), e(r.kind), e(r.quote), e(r.title), e(date))
        body.append(
            "<tr>"
            + "".join(
                f'<td style="vertical-align:top;padding:2px 6px;text-align:left">{x}</td>'
                for x in cells
            )
            + "</tr>"
        )
    note = f"showing {len(rows):,} of {_plural(total, 'statement')}"
    return (
        f'<div style="font-size:12px;color:#555;margin:4px 0">{note}</div>'
        '<div style="max-height:420px;overflow:auto">'
        '<table style="border-collapse:collapse;font-size:12px;width:100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _pick_label(i: int, speaker: str, quote: str) -> str:
    short = quote[:PICK_CHARS] + ("…" if len(quote) > PICK_CHARS else "")
    return f"{i + 1}. {speaker or _UNNAMED}: {short}"


def _figure_names(pre: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Figure key -> (chart function name, keyword options)."""
    third = ("statements_over_time", {}) if pre["months"] else ("country_bar", {})
    return {
        "speakers": ("top_speakers", {"n": 15}),
        "themes": ("theme_prevalence", {}),
        "third": third,
    }


def _build(corpus: Corpus, *, max_rows: int = 200) -> dict[str, Any]:
    """Build the explorer's widgets, wire them to one ``redraw`` and draw once.

    Args:
        corpus: The analysed corpus.
        max_rows: Most statements listed in the ledger (and its picker).

    Returns:
        A dict of the pieces: ``controls`` (``outlet, dates, theme, speaker, country, search,
        reset``), ``figures`` (``speakers, themes, third`` FigureWidgets; ``third`` shows
        statements over time when articles are dated, else countries), ``ledger`` (HTML),
        ``picker`` (Select of the ledger's statements), ``article`` (HTML), ``status``
        (HTML), ``output`` (Output with callback errors), ``redraw`` (the callback) and
        ``state`` (a dict whose ``"corpus"`` is the current filtered Corpus and
        ``"redraws"`` counts redraws).
    """
    if max_rows < 1:
        raise ValueError(f"max_rows must be a positive integer, got {max_rows!r}.")
    pre = _precompute(corpus)
    controls = _controls(pre)
    fig_specs = _figure_names(pre)
    # Each FigureWidget starts from its first figure: a page that connects after the notebook
    # ran (Voila, a saved widget state) sees the drawn chart, not an empty one.
    figures = {
        key: _first_figure(corpus, name, options) for key, (name, options) in fig_specs.items()
    }
    ledger = widgets.HTML()
    picker = widgets.Select(
        options=[],
        rows=6,
        description="Open",
        layout=widgets.Layout(width="95%"),
    )
    article = widgets.HTML(value="<i>Pick a statement above to read its article.</i>")
    status = widgets.HTML()
    output = widgets.Output(layout=widgets.Layout(max_height="240px", overflow="auto"))
    state: dict[str, Any] = {"corpus": corpus, "redraws": 0, "hold": False}

    def report(where: str) -> None:
        output.append_stderr(f"[{where}] {traceback.format_exc()}")
        if len(output.outputs) > MAX_MESSAGES:
            output.outputs = output.outputs[-MAX_MESSAGES:]

    def failed(exc: Exception, where: str) -> None:
        status.value += (
            f'<br><b style="color:#b00020">Error in {html.escape(where)}: '
            f"{html.escape(repr(exc))} (details below)</b>"
        )
        report(where)

    def redraw(*_: Any) -> None:
        if state["hold"]:
            return
        status.value = ""
        try:
            sub, qmask = _filtered(corpus, pre, controls)
            state["corpus"] = sub
            state["redraws"] += 1
            status.value = (
                f"<b>{_plural(len(sub.articles), 'article')}, "
                f"{_plural(len(sub.quotes), 'statement')}</b>"
            )
            _update_ledger(qmask)
        except Exception as exc:  # shown to the user, never swallowed
            failed(exc, "redraw")
            return
        # one failing chart does not stop the others
        for key, (name, options) in fig_specs.items():
            try:
                _sync_figure(figures[key], _chart(name)(sub, **options))
                _wire_clicks(key)
            except Exception as exc:  # shown to the user, never swallowed
                failed(exc, f"chart {name}")

    def _update_ledger(qmask: np.ndarray) -> None:
        # the statements kept, in the precomputed ledger order (newest first)
        led = pre["ledger"]
        order = pre["ledger_order"]
        chosen = order[qmask[order]]
        total = len(chosen)
        rows = led.iloc[chosen[:max_rows]]
        ledger.value = _ledger_html(rows, total)
        previous = picker.value
        options = [
            (_pick_label(i, r.speaker, r.quote), int(p))
            for i, (p, r) in enumerate(zip(rows.index, rows.itertuples(index=False), strict=True))
        ]
        state["hold_pick"] = True
        try:
            picker.options = options
            if previous is not None and previous in rows.index:
                picker.value = int(previous)
        finally:
            state["hold_pick"] = False
        show_article()

    def show_article(*_: Any) -> None:
        if state.get("hold_pick"):
            return
        try:
            pos = picker.value
            if pos is None:
                article.value = "<i>No statement to show for this selection.</i>"
                return
            row = pre["ledger"].iloc[int(pos)]
            article.value = article_html(corpus, row["article_id"], quote_id=row["quote_id"])
        except Exception as exc:  # shown to the user, never swallowed
            article.value = f'<b style="color:#b00020">{html.escape(repr(exc))}</b>'
            report("article")

    lookups = {
        "speakers": ("speaker", {s: s for s in pre["speaker_counts"].index}),
        "themes": (
            "theme",
            {**{lab: t for t, lab in pre["theme_labels"].items()}, **{t: t for t in pre["themes"]}},
        ),
        "third": ("country", {name: key for key, name in pre["country_names"].items()}),
    }

    def _wire_clicks(key: str) -> None:
        control_name, lookup = lookups[key]
        control = controls[control_name]

        def on_click(trace: Any, points: Any, _state: Any = None) -> None:
            try:
                for v in [*points.ys, *points.xs]:
                    value = lookup.get(str(v))
                    if value is not None:
                        control.value = ALL if control.value == value else value
                        return
            except Exception:  # shown to the user, never swallowed
                report("click")

        for trace in figures[key].data:
            if trace.type == "bar":
                trace.on_click(on_click, append=False)

    def reset(*_: Any) -> None:
        state["hold"] = True
        try:
            for name in ("outlet", "theme", "speaker", "country"):
                controls[name].value = ALL
            controls["search"].value = ""
            if pre["months"]:
                controls["dates"].index = (0, len(pre["months"]) - 1)
        finally:
            state["hold"] = False
        redraw()

    for name in ("outlet", "dates", "theme", "speaker", "country", "search"):
        controls[name].observe(redraw, names="value")
    controls["reset"].on_click(reset)
    picker.observe(show_article, names="value")
    redraw()
    return {
        "controls": controls,
        "figures": figures,
        "ledger": ledger,
        "picker": picker,
        "article": article,
        "status": status,
        "output": output,
        "redraw": redraw,
        "state": state,
    }


def explorer(corpus: Corpus, *, max_rows: int = 200) -> widgets.VBox:
    """An interactive explorer: filters, linked charts, a quote ledger and an article reader.

    Filters: outlet, month range (hidden when no article is dated), theme, speaker (most
    statements first), country and a free-text search over quote text, speaker and article
    title. Every filter redraws the charts (top speakers, theme prevalence, and statements
    over time, or countries when nothing is dated), the status line ("N articles, M
    statements") and the ledger of statements (newest first, at most ``max_rows``). Clicking
    a bar sets (or clears) the matching filter. Picking a statement under the ledger shows
    its article with every extraction highlighted (``article_html``). Errors in callbacks
    appear in the box at the bottom.

    Args:
        corpus: The analysed corpus (``sco_toolkit.analyze(...)``).
        max_rows: Most statements listed in the ledger.

    Returns:
        An ``ipywidgets.VBox``; display it as the last expression of a cell.

    Raises:
        ValueError: If ``max_rows`` is not positive.
    """
    parts = _build(corpus, max_rows=max_rows)
    c = parts["controls"]
    f = parts["figures"]

    def cell(fig: go.FigureWidget) -> widgets.Box:
        # one chart per row: a FigureWidget does not shrink to a half-width box
        return widgets.Box([fig], layout=widgets.Layout(width="100%"))

    return widgets.VBox(
        [
            widgets.HBox(
                [c["outlet"], c["theme"], c["speaker"]],
                layout=widgets.Layout(flex_flow="row wrap"),
            ),
            widgets.HBox(
                [c["country"], c["search"], c["reset"]],
                layout=widgets.Layout(flex_flow="row wrap"),
            ),
            c["dates"],
            parts["status"],
            widgets.VBox([cell(f["speakers"]), cell(f["themes"]), cell(f["third"])]),
            widgets.HTML("<b>Statements</b>"),
            parts["ledger"],
            parts["picker"],
            parts["article"],
            parts["output"],
        ]
    )
