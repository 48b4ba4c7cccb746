"""One self-contained interactive HTML report: charts, quote ledger and highlighted articles.

The file needs no network, server or Jupyter: plotly.js is inlined once, the data is embedded as
JSON, and a little vanilla JavaScript does the ledger search and the article viewer. Article
text is HTML-escaped piece by piece while the highlights (quotes, speakers, themes, cooperation
areas) are built from the tables' ``start``/``end`` offsets, so what is highlighted is exactly
``articles.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from sco_toolkit.cooperation import UNLISTED
from sco_toolkit.corpus import Corpus

__all__ = ["CHARTS", "Span", "highlight", "load_corpus", "write_report"]

#: Chart functions of ``sco_toolkit.charts`` shown in the report, with their headings.
CHARTS: dict[str, str] = {
    "top_speakers": "Who speaks most",
    "theme_prevalence": "Themes across the coverage",
    "cooperation_sunburst": "Cooperation areas",
    "country_map": "Countries mentioned",
    "co_mention_network": "Who is mentioned together",
}
#: Highlight kinds, in the order their classes are listed (outermost first).
KINDS = ("quote", "speaker", "theme", "cooperation")
_GEO_TRACES = {"choropleth", "scattergeo"}
_TILE_TRACES = ("scattermap", "choroplethmap", "densitymap", "scattermapbox", "choroplethmapbox")


@dataclass(frozen=True)
class Span:
    """A stretch of article text to highlight.

    Attributes:
        start: Offset into ``articles.text``.
        end: Offset into ``articles.text`` (exclusive).
        kind: One of ``KINDS``.
        label: Tooltip text.
        ref: Optional id that ledger rows point to (``q12``).
    """

    start: int
    end: int
    kind: str
    label: str
    ref: str = ""


def load_corpus(source: str | Path | Sequence[str | Path] | Corpus) -> Corpus:
    """Return a Corpus from a saved-tables folder (``corpus.json`` in it) or by analysing.

    Args:
        source: A Corpus, a folder written by ``Corpus.to_parquet`` / ``sco-toolkit analyze``,
            or anything ``analyze`` accepts.

    Returns:
        The Corpus.
    """
    if isinstance(source, Corpus):
        return source
    if isinstance(source, (str, Path)) and (Path(source) / "corpus.json").is_file():
        return Corpus.from_parquet(source)
    from sco_toolkit.pipeline import analyze

    return analyze(source)


def highlight(text: str, spans: Sequence[Span]) -> str:
    """Return ``text`` as HTML with ``spans`` wrapped in ``<mark>`` elements.

    Every piece of text is escaped with ``html.escape``. Overlapping spans are handled by
    cutting the text at every span boundary: each piece is one ``<mark>`` whose classes name
    all kinds covering it (``hl hl-quote hl-theme``), whose ``title`` lists their labels and whose
    ``data-q`` lists their refs. Spans outside the text or empty are ignored.

    Args:
        text: The article text.
        spans: What to highlight.

    Returns:
        HTML (no wrapping element).

    Examples:
        >>> highlight("a <b> c", [Span(2, 5, "theme", "tag")])
        'a <mark class="hl hl-theme" title="tag">&lt;b&gt;</mark> c'
    """
    n = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end <= n]
    if not valid:
        return html.escape(text)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, span in enumerate(valid):
        starts.setdefault(span.start, []).append(i)
        ends.setdefault(span.end, []).append(i)
    bounds = sorted({0, n, *starts, *ends})
    active: dict[int, Span] = {}
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        for i in ends.get(a, ()):
            active.pop(i, None)
        for i in starts.get(a, ()):
            active[i] = valid[i]
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        covering = [active[i] for i in sorted(active)]
        kinds = sorted(
            {s.kind for s in covering}, key=lambda k: KINDS.index(k) if k in KINDS else 99
        )
        classes = " ".join(["hl", *(f"hl-{k}" for k in kinds)])
        label = "; ".join(dict.fromkeys(s.label for s in covering if s.label))
        refs = " ".join(dict.fromkeys(s.ref for s in covering if s.ref))
        attrs = f' class="{classes}"'
        if label:
            attrs += f' title="{html.escape(label)}"'
        if refs:
            attrs += f' data-q="{html.escape(refs)}"'
        out.append(f"<mark{attrs}>{piece}</mark>")
    return "".join(out)


def write_report(
    corpus: Corpus | str | Path | Sequence[str | Path],
    out_path: str | Path,
    *,
    title: str | None = None,
    charts: Mapping[str, Callable[[Corpus], Any]] | None = None,
    npm_dir: str | Path | None = None,
) -> Path:
    """Write one self-contained interactive HTML report.

    It holds: a summary, the charts of ``CHARTS`` (a chart that is missing or fails shows a
    notice instead), a quote ledger (speaker, role, kind, quote, article, date) with a search
    box, and an article viewer that shows an article's text with its quotes, speakers, themes
    and cooperation areas highlighted (clicking a ledger row opens its article at the quote).

    Args:
        corpus: A Corpus, or a path ``load_corpus`` reads.
        out_path: The ``.html`` file to write (its folder is created).
        title: Report title (default: "sco_toolkit report").
        charts: Chart functions by name (default: those of ``sco_toolkit.charts``); each takes
            the Corpus and returns a plotly Figure.
        npm_dir: npm cache of map shapes (see ``sco_toolkit.render.web_assets``), used only when
            a chart is a map.

    Returns:
        The file written.
    """
    from plotly.offline import get_plotlyjs

    from sco_toolkit.render import _jinja_env

    corpus = load_corpus(corpus)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = title or "sco_toolkit report"
    arts = corpus.articles.reset_index(drop=True)
    index_of = {aid: i for i, aid in enumerate(arts["article_id"])}
    ledger = _ledger(corpus, arts, index_of)
    articles = _articles(corpus, arts, ledger)
    sections, geo_names = _chart_sections(corpus, charts)
    geo_js = _geo_js(sorted(geo_names), npm_dir) if geo_names else None
    if geo_names and geo_js is None:
        for section in sections:
            if section["geo"]:
                section["notices"].append(
                    "The country shapes for this map could not be bundled (npm unavailable), "
                    "so its base map draws only with a network connection."
                )
    data = {"articles": articles}
    page = (
        _jinja_env()
        .get_template("report.html.j2")
        .render(
            title=title,
            generated_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            summary=_summary_items(corpus),
            sections=sections,
            ledger=ledger,
            articles=articles,
            kinds=KINDS,
            data_json=_script_json(data),
            plotlyjs=_script_text(get_plotlyjs()),
            geo_js=_script_text(geo_js) if geo_js else None,
        )
    )
    out.write_text(page, encoding="utf-8")
    return out


# --------------------------------------------------------------------------- pieces


def _text(value: Any) -> str:
    """A cell value as display text ('' for NA)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return str(value)


def _date(value: Any) -> str:
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def _int(value: Any) -> int | None:
    if value is None or pd.isna(value):
        return None
    return int(value)


def _ledger(corpus: Corpus, arts: pd.DataFrame, index_of: dict[str, int]) -> list[dict[str, Any]]:
    quotes = corpus.quotes
    if quotes.empty:
        return []
    quotes = quotes[quotes["article_id"].isin(index_of)]
    order = quotes.assign(_art=quotes["article_id"].map(index_of)).sort_values(
        ["_art", "start"], kind="stable"
    )
    rows = []
    for n, q in enumerate(order.itertuples(index=False)):
        i = index_of[q.article_id]
        rows.append(
            {
                "ref": f"q{n}",
                "article": i,
                "speaker": _text(q.speaker) or _text(q.speaker_surface) or "unknown",
                "role": _text(q.speaker_role),
                "kind": _text(q.kind),
                "quote": _text(q.text),
                "title": _text(arts.at[i, "title"]) or "(untitled)",
                "date": _date(arts.at[i, "published"]),
                "start": _int(q.start),
                "end": _int(q.end),
                "speaker_start": _int(getattr(q, "speaker_start", None)),
                "speaker_end": _int(getattr(q, "speaker_end", None)),
            }
        )
    return rows


def _spans_by_article(corpus: Corpus, ledger: list[dict[str, Any]]) -> dict[int, list[Span]]:
    index_of = {aid: i for i, aid in enumerate(corpus.articles["article_id"])}
    spans: dict[int, list[Span]] = {}
    for row in ledger:
        bucket = spans.setdefault(row["article"], [])
        who = row["speaker"] + (f" ({row['role']})" if row["role"] else "")
        if row["start"] is not None and row["end"] is not None:
            kind = f"{row['kind']} " if row["kind"] else ""
            bucket.append(
                Span(row["start"], row["end"], "quote", f"{kind}quote: {who}", row["ref"])
            )
        if row["speaker_start"] is not None and row["speaker_end"] is not None:
            bucket.append(
                Span(
                    row["speaker_start"],
                    row["speaker_end"],
                    "speaker",
                    f"speaker: {who}",
                    row["ref"],
                )
            )
    for table, kind, label in (
        (corpus.themes, "theme", lambda r: f"theme: {_text(r.theme)}"),
        (
            corpus.cooperation,
            "cooperation",
            lambda r: (
                f"cooperation: {_text(r.area)}"
                + (" [unlisted area]" if _text(r.category) == UNLISTED else "")
                + (f" (with {_text(r.partner)})" if _text(r.partner) else "")
            ),
        ),
    ):
        for r in table.itertuples(index=False):
            i = index_of.get(r.article_id)
            if i is None or pd.isna(r.start) or pd.isna(r.end):
                continue
            spans.setdefault(i, []).append(Span(int(r.start), int(r.end), kind, label(r)))
    return spans


def _articles(
    corpus: Corpus, arts: pd.DataFrame, ledger: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    spans = _spans_by_article(corpus, ledger)
    out = []
    for i, a in enumerate(arts.itertuples(index=False)):
        found = spans.get(i, [])
        url = _text(a.url)
        out.append(
            {
                "title": _text(a.title) or "(untitled)",
                "outlet": _text(a.outlet),
                "date": _date(a.published),
                "url": url if url.lower().startswith(("http://", "https://")) else "",
                "counts": {k: sum(s.kind == k for s in found) for k in KINDS},
                "html": highlight(_text(a.text), found),
            }
        )
    return out


def _summary_items(corpus: Corpus) -> list[tuple[str, int]]:
    try:
        summary = corpus.summary()
    except Exception:  # a summary is a nicety, not worth failing the report for
        return [("articles", len(corpus.articles)), ("statements", len(corpus.quotes))]
    keep = ("articles", "statements", "speakers", "themes", "countries", "cooperation_areas")
    return [(k.replace("_", " "), int(summary[k])) for k in keep if k in summary]


def _chart_functions(
    charts: Mapping[str, Callable[[Corpus], Any]] | None,
) -> tuple[Mapping[str, Any], str]:
    """Chart functions by name, and why none could be loaded ('' when fine)."""
    if charts is not None:
        return charts, ""
    try:
        module = importlib.import_module("sco_toolkit.charts")
    except Exception as exc:
        return {}, f"sco_toolkit.charts could not be imported ({type(exc).__name__}: {exc})"
    return {name: getattr(module, name) for name in CHARTS if hasattr(module, name)}, ""


def _missing(name: str, problem: str, explicit: bool) -> str:
    if problem:
        return f"Chart not available: {problem}."
    where = "the charts given to write_report" if explicit else "sco_toolkit.charts"
    return f"Chart not available: no {name}() in {where}."


def _chart_sections(
    corpus: Corpus, charts: Mapping[str, Callable[[Corpus], Any]] | None
) -> tuple[list[dict[str, Any]], set[str]]:
    functions, problem = _chart_functions(charts)
    names = list(CHARTS) + [n for n in (charts or {}) if n not in CHARTS]
    sections, geo_names = [], set()
    for name in names:
        section: dict[str, Any] = {
            "name": name,
            "heading": CHARTS.get(name, name.replace("_", " ").capitalize()),
            "html": None,
            "notices": [],
            "geo": False,
        }
        sections.append(section)
        fn = functions.get(name)
        if fn is None:
            section["notices"].append(_missing(name, problem, charts is not None))
            continue
        try:
            fig = fn(corpus)
            section["html"] = _figure_html(fig, name)
        except Exception as exc:  # one broken chart must not kill the report
            section["notices"].append(f"Chart could not be drawn: {type(exc).__name__}: {exc}")
            continue
        needs, tiles = _map_needs(fig)
        if needs:
            section["geo"] = True
            geo_names |= needs
        if tiles:
            section["notices"].append(
                "This map draws its background from online map tiles, which need a network."
            )
    return sections, geo_names


def _figure_html(fig: Any, name: str) -> str:
    height = fig.layout.height
    return fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        include_mathjax=False,
        div_id=f"chart-{name}",
        default_height=f"{int(height)}px" if height else "480px",
        config={"displaylogo": False, "responsive": True},
    )


def _map_needs(fig: Any) -> tuple[set[str], bool]:
    """Map shapes (``world_110m`` ...) the figure's geo subplots need, and whether it uses tiles."""
    spec = fig.to_plotly_json()
    traces = spec.get("data", [])
    layout = spec.get("layout", {})
    geo_ids = {t.get("geo", "geo") for t in traces if t.get("type") in _GEO_TRACES}
    geo_ids |= {k for k in layout if k == "geo" or (k.startswith("geo") and k[3:].isdigit())}
    names = set()
    for gid in geo_ids:
        geo = layout.get(gid) or {}
        scope = str(geo.get("scope") or "world").replace(" ", "-")
        resolution = int(geo.get("resolution") or 110)
        names.add(f"{scope}_{resolution}m")
    tiles = any(str(t.get("type", "")).startswith(_TILE_TRACES) for t in traces)
    return names, tiles


def _geo_js(names: list[str], npm_dir: str | Path | None) -> str | None:
    from sco_toolkit.render import geo_assets_js, web_assets

    assets = web_assets(npm_dir)
    if assets is None or not all(n in assets.topojson for n in names):
        return None
    return geo_assets_js(assets, names)


def _script_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _script_text(js: str) -> str:
    """JavaScript safe inside ``<script>``: a ``</script`` inside strings cannot end the tag."""
    return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
