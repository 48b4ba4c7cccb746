"""Sharing path without a browser: parameter injection, HTML export, the site index, the report.

Tests that start a Jupyter kernel are marked ``slow`` (a few seconds each); they still run in
``make test``. The browser checks of the same pages are in ``tests/browser/``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import plotly
import plotly.graph_objects as go
import pytest

from sco_toolkit import render
from sco_toolkit.cli import main
from sco_toolkit.corpus import Corpus
from sco_toolkit.render import (
    PageResult,
    RenderError,
    cdn_references,
    execute_notebook,
    export_html,
    inject_parameters,
    notebook_summary,
    render_site,
    write_index,
)
from sco_toolkit.report import Span, highlight, load_corpus, write_report
from sco_toolkit.schema import conform

NOTEBOOKS = Path(__file__).parent / "fixtures" / "notebooks"
PLOTLYJS_VERSION = re.compile(r"plotly\.js v\d+\.\d+\.\d+")


# --------------------------------------------------------------------------- a tiny corpus


def _at(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def tiny_corpus() -> Corpus:
    """Two invented articles whose text holds markup that must come out escaped."""
    a_title = "Ministers meet <b>in Tashkent</b> & agree on trade"
    a_text = (
        f"{a_title}\n"
        'Minister Aru Beketova said: "Trade in local currencies will grow '
        "<script>alert('x')</script> next year.\" She noted that food security "
        "cooperation with ASEAN would deepen."
    )
    b_title = 'Editorial <script>alert("title")</script>'
    b_text = f'{b_title}\nCritics made <b>bold claims</b>. "We disagree," Li Wen said.'
    articles = conform(
        pd.DataFrame(
            {
                "article_id": ["aaaaaaaaaaaa", "bbbbbbbbbbbb"],
                "title": [a_title, b_title],
                "outlet": ["Outlet A", "Outlet B"],
                "published": ["2025-06-01T08:00:00Z", None],
                "url": ["https://example.org/a", "javascript:alert(1)"],
                "text": [a_text, b_text],
                "source": ["a.txt", "b.txt"],
                "n_words": [len(a_text.split()), len(b_text.split())],
            }
        ),
        "articles",
    )
    q1 = _at(a_text, "Trade in local currencies will grow <script>alert('x')</script> next year.")
    s1 = _at(a_text, "Aru Beketova")
    q2 = _at(a_text, "food security cooperation with ASEAN would deepen")
    s2 = _at(a_text, "She")
    q3 = _at(b_text, "We disagree,")
    s3 = _at(b_text, "Li Wen")
    quotes = conform(
        pd.DataFrame(
            {
                "article_id": ["aaaaaaaaaaaa", "aaaaaaaaaaaa", "bbbbbbbbbbbb"],
                "sentence_id": [1, 2, 2],
                "quote_id": ["aaaaaaaaaaaa-q0", "aaaaaaaaaaaa-q1", "bbbbbbbbbbbb-q0"],
                "speaker": ["Aru Beketova", "Aru Beketova", "Li Wen"],
                "speaker_surface": ["Aru Beketova", "She", "Li Wen"],
                "speaker_role": ["Minister", "Minister", None],
                "speaker_start": [s1[0], s2[0], s3[0]],
                "speaker_end": [s1[1], s2[1], s3[1]],
                "cue": ["said", "noted", "said"],
                "kind": ["direct", "reported", "direct"],
                "text": [a_text[slice(*q1)], a_text[slice(*q2)], b_text[slice(*q3)]],
                "start": [q1[0], q2[0], q3[0]],
                "end": [q1[1], q2[1], q3[1]],
            }
        ),
        "quotes",
    )
    t1 = _at(a_text, "local currencies")
    # crosses the end of the first quote: the highlight must split at both boundaries
    c1 = _at(a_text, 'next year." She')
    c2 = _at(a_text, "food security")
    themes = conform(
        pd.DataFrame(
            {
                "article_id": ["aaaaaaaaaaaa"],
                "sentence_id": [1],
                "theme": ["de-dollarization"],
                "term": [a_text[slice(*t1)]],
                "start": [t1[0]],
                "end": [t1[1]],
            }
        ),
        "themes",
    )
    cooperation = conform(
        pd.DataFrame(
            {
                "article_id": ["aaaaaaaaaaaa", "aaaaaaaaaaaa"],
                "sentence_id": [1, 2],
                "area": ["trade <i>outlook</i>", "food security"],
                "category": ["unlisted", "economy"],  # an item no area term names
                "partner": [None, "ASEAN"],
                "surface": [a_text[slice(*c1)], a_text[slice(*c2)]],
                "start": [c1[0], c2[0]],
                "end": [c1[1], c2[1]],
            }
        ),
        "cooperation",
    )
    return Corpus(articles=articles, quotes=quotes, themes=themes, cooperation=cooperation)


def bar_chart(corpus: Corpus) -> go.Figure:
    counts = corpus.quotes["speaker"].value_counts()
    return go.Figure(go.Bar(x=list(counts.index), y=list(counts.values)))


def broken_chart(corpus: Corpus) -> go.Figure:
    raise ValueError("Value of 'x' is not a column of 'quotes'.")


def map_chart(corpus: Corpus) -> go.Figure:
    return go.Figure(go.Choropleth(locations=["CHN", "IND", "KAZ"], z=[3, 2, 1]))


TEST_CHARTS = {
    "top_speakers": bar_chart,
    "theme_prevalence": broken_chart,
    "country_map": map_chart,
}


# --------------------------------------------------------------------------- parameters


def test_inject_parameters_adds_a_tagged_cell_after_the_parameters_cell() -> None:
    nb = nbformat.read(NOTEBOOKS / "01_parameters.ipynb", as_version=4)
    out = inject_parameters(nb, {"CORPUS": Path("/data/x"), "LIMIT": 3, "OUTLETS": ["A", "B"]})
    tags = [c.metadata.get("tags", []) for c in out.cells]
    assert tags.index(["injected-parameters"]) == tags.index(["parameters"]) + 1
    injected = out.cells[tags.index(["injected-parameters"])]
    assert injected.cell_type == "code"
    assert "CORPUS = '/data/x'" in injected.source
    assert "LIMIT = 3" in injected.source
    assert "OUTLETS = ['A', 'B']" in injected.source
    assert len(nb.cells) == 3, "the input notebook is not modified"
    nbformat.validate(out)
    # injecting again replaces the earlier injected cell instead of stacking a second one
    again = inject_parameters(out, {"CORPUS": "/other"})
    sources = [c.source for c in again.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(sources) == 1 and "CORPUS = '/other'" in sources[0]


def test_inject_parameters_without_a_parameters_cell_goes_first() -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])
    out = inject_parameters(nb, {"CORPUS": "data"})
    assert out.cells[0].metadata["tags"] == ["injected-parameters"]
    assert out.cells[1].source == "print(1)"


@pytest.mark.parametrize(
    ("parameters", "error"),
    [({"not a name": 1}, ValueError), ({"X": object()}, TypeError)],
)
def test_inject_parameters_rejects_bad_input(parameters: dict, error: type) -> None:
    nb = nbformat.v4.new_notebook()
    with pytest.raises(error):
        inject_parameters(nb, parameters)


def test_notebook_summary_takes_the_first_heading_and_line_of_prose() -> None:
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(
                "# Speakers *and* quotes\n\nWho said what, with [links](http://x) and `code`."
            ),
            nbformat.v4.new_markdown_cell("# Not this one"),
        ]
    )
    assert notebook_summary(nb, "02_x") == (
        "Speakers and quotes",
        "Who said what, with links and code.",
    )
    assert notebook_summary(nbformat.v4.new_notebook(), "02_x") == ("02_x", "")


def test_cdn_references_finds_loads_not_mentions() -> None:
    page = (
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js">'
        '</script><link href="https://unpkg.com/x.css" rel="stylesheet">'
        '<script src="_static/require.js"></script>'
        '<script>var u = "https://cdn.plot.ly/un/"; import("https://cdn.jsdelivr.net/npm/m.mjs")'
        "</script>"
    )
    assert cdn_references(page) == [
        "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js",
        "https://unpkg.com/x.css",
        "https://cdn.jsdelivr.net/npm/m.mjs",
    ]


def test_export_without_npm_still_writes_the_page_and_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    render._warn_once.cache_clear()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hello")])
    out = export_html(nb, tmp_path / "page.html", title="Hello", npm_dir=tmp_path / "npm")
    assert "<title>Hello</title>" in out.read_text(encoding="utf-8")
    assert not (tmp_path / "_static").exists()
    err = capsys.readouterr().err
    assert "sco-toolkit: warning: npm was not found on PATH." in err
    assert "widget controls (dropdowns, sliders)" in err and "will NOT render offline" in err


# --------------------------------------------------------------------------- site index


def test_index_lists_pages_and_escapes_notebook_text(tmp_path: Path) -> None:
    (tmp_path / "report.html").write_text("<html></html>", encoding="utf-8")
    pages = [
        PageResult("01_a.ipynb", "01_a.html", "Quick <script>alert(1)</script> start", "A & B"),
        PageResult("02_b.ipynb", "02_b.html", "Speakers", "", ok=False, error="ValueError: <x>"),
    ]
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    index = write_index(tmp_path, pages, corpus="/data/<corpus>", generated_at=when)
    text = index.read_text(encoding="utf-8")
    assert '<a href="01_a.html">Quick &lt;script&gt;alert(1)&lt;/script&gt; start</a>' in text
    assert "<script>" not in text
    assert "A &amp; B" in text
    assert '<a href="02_b.html">Speakers</a>' in text
    assert "failed: ValueError: &lt;x&gt;" in text
    assert "/data/&lt;corpus&gt;" in text
    assert "2026-01-02 03:04:05 UTC" in text
    assert '<a href="report.html">' in text
    (tmp_path / "report.html").unlink()
    assert "report.html" not in write_index(tmp_path, pages, corpus="c").read_text()


def test_render_cli_reports_a_missing_notebook_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["render", "--notebooks", str(tmp_path / "nope"), "--out", str(tmp_path / "s")])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("sco-toolkit: error:") and "nope" in err[0]


def test_render_and_report_have_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("render", "report"):
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert "--out" in capsys.readouterr().out


# --------------------------------------------------------------------------- report


def test_highlight_escapes_every_piece_and_splits_overlaps() -> None:
    text = "a <b>x</b> & y"
    spans = [Span(2, 10, "quote", 'q "1"', "q0"), Span(5, 14, "theme", "t")]
    out = highlight(text, spans)
    assert out == (
        'a <mark class="hl hl-quote" title="q &quot;1&quot;" data-q="q0">&lt;b&gt;</mark>'
        '<mark class="hl hl-quote hl-theme" title="q &quot;1&quot;; t" data-q="q0">x&lt;/b&gt;'
        '</mark><mark class="hl hl-theme" title="t"> &amp; y</mark>'
    )
    # spans that do not fit the text are ignored; no spans means plain escaped text
    assert highlight(text, [Span(3, 99, "theme", "t"), Span(4, 4, "theme", "t")]) == html.escape(
        text
    )


def _report_data(page: str) -> dict:
    raw = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S
    ).group(1)
    return json.loads(raw)


def test_report_escapes_article_text_and_lists_the_ledger(tmp_path: Path) -> None:
    corpus = tiny_corpus()
    out = write_report(corpus, tmp_path / "r" / "report.html", charts=TEST_CHARTS)
    page = out.read_text(encoding="utf-8")
    # markup from the articles never reaches the page as markup
    assert "<b>in Tashkent" not in page
    assert "<script>alert(" not in page
    assert "<b>bold claims" not in page
    assert "<i>outlook" not in page
    assert "Ministers meet &lt;b&gt;in Tashkent&lt;/b&gt; &amp; agree on trade" in page
    # plotly.js is inlined exactly once, and nothing is loaded from elsewhere
    assert len(PLOTLYJS_VERSION.findall(page)) == 1
    assert cdn_references(page) == []
    # the ledger: one row per statement, with speaker, role, kind, quote, article and date
    rows = re.findall(r'<tr class="ledger-row".*?</tr>', page, re.S)
    assert len(rows) == 3
    assert "Aru Beketova" in rows[0] and "Minister" in rows[0] and "direct" in rows[0]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in rows[0]
    assert "2025-06-01" in rows[0]
    assert 'data-article="1"' in rows[2] and "Li Wen" in rows[2]
    # the article viewer data: escaped text with highlights built from the offsets
    data = _report_data(page)
    first, second = data["articles"]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in first["html"]
    assert '<mark class="hl hl-speaker" title="speaker: Aru Beketova (Minister)"' in first["html"]
    assert 'class="hl hl-quote hl-cooperation"' in first["html"]  # overlap split
    assert "cooperation: trade &lt;i&gt;outlook&lt;/i&gt; [unlisted area]" in first["html"]
    assert 'class="hl hl-quote hl-theme"' in first["html"]
    assert first["counts"] == {"quote": 2, "speaker": 2, "theme": 1, "cooperation": 2}
    assert second["url"] == "", "only http(s) links are kept"
    assert "&lt;b&gt;bold claims&lt;/b&gt;" in second["html"]
    plain = re.sub(r"<[^>]+>", "", first["html"])
    assert html.unescape(plain) == corpus.articles.at[0, "text"]
    # charts: one drawn, one failed with a visible notice, one missing
    assert 'id="chart-top_speakers"' in page
    assert "Chart could not be drawn: ValueError: Value of &#39;x&#39;" in page
    assert "Chart not available: no cooperation_sunburst() in the charts given to" in page
    # the map's country shapes are bundled so it draws offline
    assert "PlotlyGeoAssets" in page and '"world_110m"' in page


def test_report_without_chart_module_still_writes(tmp_path: Path) -> None:
    out = write_report(tiny_corpus(), tmp_path / "report.html", charts={}, title="T <x>")
    page = out.read_text(encoding="utf-8")
    assert "<title>T &lt;x&gt;</title>" in page
    assert page.count('class="notice"') == 5


def test_report_of_an_empty_corpus(tmp_path: Path) -> None:
    page = write_report(Corpus(), tmp_path / "report.html", charts={}).read_text()
    assert "No statements were found" in page and "No articles in this corpus" in page


def test_report_cli_reads_saved_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = tiny_corpus().to_parquet(tmp_path / "tables")
    assert load_corpus(tables).quotes["speaker"].tolist() == ["Aru Beketova"] * 2 + ["Li Wen"]
    out = tmp_path / "site" / "report.html"
    assert main(["report", str(tables), "--out", str(out), "--title", "Tiny"]) == 0
    assert f"report written: open {out}" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert len(re.findall(r'<tr class="ledger-row"', page)) == 3


def test_report_cli_on_a_missing_path_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(tmp_path / "nope"), "--out", str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("sco-toolkit: error:")


# --------------------------------------------------------------------------- execution (slow)


@pytest.mark.slow
def test_execute_notebook_injects_the_corpus_path(tmp_path: Path) -> None:
    nb = execute_notebook(
        NOTEBOOKS / "01_parameters.ipynb", parameters={"CORPUS": str(tmp_path)}, timeout=120
    )
    printed = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert printed == f"CORPUS={tmp_path}\n"


@pytest.mark.slow
def test_export_embeds_plotlyjs_and_local_widget_javascript(tmp_path: Path) -> None:
    nb = execute_notebook(
        NOTEBOOKS / "02_chart_and_control.ipynb", parameters={"CORPUS": "data"}, timeout=120
    )
    assert "widgets" in nb.metadata, "widget state is saved"
    out = export_html(nb, tmp_path / "page.html", title="Chart <page>")
    page = out.read_text(encoding="utf-8")
    assert "<title>Chart &lt;page&gt;</title>" in page
    assert len(PLOTLYJS_VERSION.findall(page)) == 1
    assert plotly.__version__  # the bundle is the one plotly ships
    assert '<script src="_static/require.js"></script>' in page
    assert "var widgetRendererSrc = '_static/embed-amd.js';" in page
    assert "application/vnd.jupyter.widget-state+json" in page
    for name in ("require.js", "embed-amd.js", "libembed-amd.js", "plotly-geo-assets.js"):
        assert (tmp_path / "_static" / name).stat().st_size > 1000, name
    assert cdn_references(page) == []
    assert "mathjax" not in " ".join(re.findall(r"<script[^>]*src=[^>]*>", page)).lower()


@pytest.mark.slow
def test_render_site_keeps_going_after_a_failure_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    books = tmp_path / "notebooks"
    books.mkdir()
    shutil.copy(NOTEBOOKS / "01_parameters.ipynb", books / "01_parameters.ipynb")
    bad = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Broken <script>alert(2)</script>\n\nRaises <b>."),
            nbformat.v4.new_code_cell('raise RuntimeError("boom <here>")'),
        ]
    )
    nbformat.write(bad, books / "02_broken.ipynb")
    out = tmp_path / "site"
    with pytest.raises(RenderError) as info:
        render_site(books, out, corpus=str(tmp_path), progress=False, timeout=120)
    assert info.value.failures == [("02_broken.ipynb", "RuntimeError: boom <here>")]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="01_parameters.html">Parameters check</a>' in index
    assert "Broken &lt;script&gt;alert(2)&lt;/script&gt;" in index
    assert "Raises &lt;b&gt;." in index
    assert "<script>" not in index
    assert str(tmp_path) in index
    error_page = (out / "02_broken.html").read_text(encoding="utf-8")
    assert "RuntimeError" in error_page and "boom &lt;here&gt;" in error_page
    assert "CORPUS=" + str(tmp_path) in (out / "01_parameters.html").read_text(encoding="utf-8")
    # the command line prints the failures and exits 1
    capsys.readouterr()
    code = main(["render", "--notebooks", str(books), "--corpus", str(tmp_path), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "  failed: 02_broken.ipynb: RuntimeError: boom <here>" in err
    assert "1 notebook(s) failed: 02_broken.ipynb" in err
