"""Tests of the explorer widgets and the article view (no browser, no kernel).

The corpus is written by hand here: three short invented articles with offsets computed from
the text, so every row obeys the provenance rule ``text[start:end] == row text``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import ipywidgets
import pandas as pd
import plotly.graph_objects as go
import pytest

from sco_toolkit import widgets as W
from sco_toolkit.corpus import Corpus
from sco_toolkit.schema import conform

A1 = (
    "Foreign ministers met in Almaty on Monday. "
    '"We will settle more trade in local currencies," said Aigerim Sultan, '
    "the foreign minister of Kazakhstan. "
    "Sultan added that counterterrorism drills with Kyrgyzstan would continue."
)
A2 = (
    "Officials in Jakarta discussed food security on Tuesday. "
    '"Rice reserves must grow before the dry season," said Budi Hartono, a trade official. '
    "Hartono said Indonesia wanted closer ties with China."
)
A3 = (
    "<script>alert('x')</script> The summit closed & delegates left. "
    '"Stability comes first for the region," said Aigerim Sultan.'
)


def _span(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _quote(aid, text, qid, speaker, surface, cue, kind, quoted, role=None, nth=0, cue_nth=0):
    """A quotes row; ``nth``/``cue_nth`` pick the occurrence of the speaker surface / cue."""
    s, e = _span(text, quoted)
    ss, se = _span(text, surface, nth)
    cs, ce = _span(text, cue, cue_nth)
    return {
        "article_id": aid,
        "sentence_id": 1,
        "quote_id": qid,
        "speaker": speaker,
        "speaker_surface": surface,
        "speaker_role": role,
        "speaker_type": "person",
        "speaker_start": ss,
        "speaker_end": se,
        "cue": cue,
        "cue_start": cs,
        "cue_end": ce,
        "kind": kind,
        "text": quoted,
        "start": s,
        "end": e,
    }


def _rows(aid, text, items, **extra):
    rows = []
    for surface, fields in items:
        s, e = _span(text, surface)
        rows.append({"article_id": aid, "sentence_id": 0, "start": s, "end": e, **fields})
    return rows


def make_corpus() -> Corpus:
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "title": ["Ministers meet in Almaty", "Jakarta weighs rice", "Summit <b>closes</b>"],
            "outlet": ["Steppe Daily", "Harbour Times", "Steppe Daily"],
            "published": ["2024-03-10", "2024-05-02", "2024-06-20"],
            "url": ["https://example.org/a1", "javascript:alert(1)", None],
            "text": [A1, A2, A3],
            "source": ["a1.txt", "a2.txt", "a3.txt"],
            "n_words": [len(t.split()) for t in (A1, A2, A3)],
        }
    )
    q1 = "We will settle more trade in local currencies,"
    q2 = "counterterrorism drills with Kyrgyzstan would continue."
    q3 = "Rice reserves must grow before the dry season,"
    q4 = "Indonesia wanted closer ties with China."
    q5 = "Stability comes first for the region,"
    quotes = pd.DataFrame(
        [
            _quote("a1", A1, "a1-q0", "Aigerim Sultan", "Aigerim Sultan", "said", "direct", q1,
                   role="foreign minister"),
            _quote("a1", A1, "a1-q1", "Aigerim Sultan", "Sultan", "added", "indirect", q2, nth=1),
            _quote("a2", A2, "a2-q0", "Budi Hartono", "Budi Hartono", "said", "direct", q3,
                   role="trade official"),
            _quote("a2", A2, "a2-q1", "Budi Hartono", "Hartono", "said", "indirect", q4, nth=1,
                   cue_nth=1),
            _quote("a3", A3, "a3-q0", "Aigerim Sultan", "Aigerim Sultan", "said", "direct", q5),
        ]
    )  # fmt: skip
    themes = pd.DataFrame(
        _rows("a1", A1, [("local currencies", {"theme": "dedollarization", "term": "x"})])
        + _rows("a1", A1, [("counterterrorism", {"theme": "counterterrorism", "term": "x"})])
        + _rows("a2", A2, [("food security", {"theme": "food_security", "term": "x"})])
        + _rows("a3", A3, [("Stability", {"theme": "regional_security", "term": "x"})])
    )
    themes["term"] = [
        A1[themes.start[0] : themes.end[0]],
        A1[themes.start[1] : themes.end[1]],
        A2[themes.start[2] : themes.end[2]],
        A3[themes.start[3] : themes.end[3]],
    ]
    mentions = pd.DataFrame(
        _rows(
            "a1",
            A1,
            [
                ("Kazakhstan", {"entity": "Kazakhstan", "kind": "country", "iso3": "KAZ"}),
                ("Kyrgyzstan", {"entity": "Kyrgyzstan", "kind": "country", "iso3": "KGZ"}),
                ("Aigerim Sultan", {"entity": "Aigerim Sultan", "kind": "person"}),
            ],
        )
        + _rows(
            "a2",
            A2,
            [
                ("Indonesia", {"entity": "Indonesia", "kind": "country", "iso3": "IDN"}),
                ("China", {"entity": "China", "kind": "country", "iso3": "CHN"}),
            ],
        )
    )
    for m in mentions.itertuples():
        mentions.loc[m.Index, "surface"] = {"a1": A1, "a2": A2}[m.article_id][m.start : m.end]
    # "trade in local" overlaps the quote's inner theme span "local currencies" without nesting
    cooperation = pd.DataFrame(
        _rows("a1", A1, [("trade in local", {"area": "trade", "category": "economy"})])
        + _rows("a2", A2, [("food security", {"area": "food security", "category": "economy"})])
    )
    cooperation["surface"] = ["trade in local", "food security"]
    sentences = pd.DataFrame(
        [
            {"article_id": aid, "sentence_id": 0, "paragraph_id": 0, "start": 0, "end": len(t),
             "text": t}
            for aid, t in (("a1", A1), ("a2", A2), ("a3", A3))
        ]
    )  # fmt: skip
    return Corpus(
        articles=conform(articles, "articles"),
        sentences=conform(sentences, "sentences"),
        mentions=conform(mentions, "mentions"),
        quotes=conform(quotes, "quotes"),
        themes=conform(themes, "themes"),
        cooperation=conform(cooperation, "cooperation"),
    )


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture
def ui(corpus: Corpus) -> dict:
    return W._build(corpus)


def test_synthetic_corpus_obeys_offsets(corpus: Corpus) -> None:
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    for table, col in (
        (corpus.quotes, "text"),
        (corpus.themes, "term"),
        (corpus.mentions, "surface"),
    ):
        for r in table.itertuples():
            assert texts[r.article_id][r.start : r.end] == getattr(r, col)


# --- helpers -----------------------------------------------------------------------------


def bar_labels(fig: go.FigureWidget) -> set[str]:
    """Category labels (strings) on either axis of every trace."""
    out: set[str] = set()
    for trace in fig.data:
        for axis in ("x", "y"):
            values = getattr(trace, axis, None)
            out |= {v for v in (() if values is None else values) if isinstance(v, str)}
    return out


def trace_values(fig: go.FigureWidget) -> list[tuple]:
    return [tuple(() if v is None else tuple(v) for v in (t.x, t.y)) for t in fig.data]


def ledger_rows(ui: dict) -> list[list[str]]:
    """The ledger's body rows as lists of (unescaped) cell texts."""
    body = ui["ledger"].value.split("<tbody>")[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    return [
        [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", r)]
        for r in rows
    ]


def status(ui: dict) -> str:
    return re.sub(r"<[^>]+>", "", ui["status"].value)


class Tree(HTMLParser):
    """Checks nesting and collects the text inside elements by attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        # text inside div.sco-text, all of it and by enclosing quote id / class
        self.text: list[str] = []
        self.by_quote: dict[str, list[str]] = {}
        self.by_class: dict[str, list[str]] = {}
        self.titles: dict[str, set[str]] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data):
        attrs = [a for _, a in self.stack]
        if not any(a.get("class") == "sco-text" for a in attrs):
            return  # title, meta line, legend
        self.text.append(data)
        for a in attrs:
            if "data-quote-id" in a:
                self.by_quote.setdefault(a["data-quote-id"], []).append(data)
            for cls in (a.get("class") or "").split():
                self.by_class.setdefault(cls, []).append(data)
                self.titles.setdefault(cls, set()).add(a.get("title", ""))


def parse(fragment: str) -> Tree:
    tree = Tree()
    tree.feed(fragment)
    tree.close()
    return tree


# --- explorer ----------------------------------------------------------------------------


def test_explorer_returns_vbox(corpus: Corpus) -> None:
    box = W.explorer(corpus, max_rows=10)
    assert isinstance(box, ipywidgets.VBox)
    assert all(isinstance(f, go.FigureWidget) for f in W._build(corpus)["figures"].values())


def test_initial_status_and_controls(ui: dict) -> None:
    assert status(ui) == "3 articles, 5 statements"
    c = ui["controls"]
    # speakers sorted by number of statements, "All" first
    assert [v for _, v in c["speaker"].options] == [W.ALL, "Aigerim Sultan", "Budi Hartono"]
    assert {v for _, v in c["country"].options} == {W.ALL, "KAZ", "KGZ", "IDN", "CHN"}
    assert "food_security" in {v for _, v in c["theme"].options}
    assert c["search"].continuous_update is False
    assert c["dates"].layout.display != "none"
    assert ui["output"].outputs == ()


def test_speaker_filter_changes_figure_and_ledger(ui: dict) -> None:
    fig = ui["figures"]["speakers"]
    before = trace_values(fig)
    assert {"Aigerim Sultan", "Budi Hartono"} <= bar_labels(fig)
    ui["controls"]["speaker"].value = "Budi Hartono"
    assert trace_values(fig) != before
    assert "Budi Hartono" in bar_labels(fig)
    assert "Aigerim Sultan" not in bar_labels(fig)
    rows = ledger_rows(ui)
    assert len(rows) == 2
    assert {r[0] for r in rows} == {"Budi Hartono"}
    assert status(ui) == "1 article, 2 statements"
    assert "showing 2 of 2 statements" in ui["ledger"].value
    assert ui["output"].outputs == ()


def test_figures_are_updated_in_place(ui: dict) -> None:
    figs = dict(ui["figures"])
    ui["controls"]["outlet"].value = "Harbour Times"
    assert all(ui["figures"][k] is figs[k] for k in figs)
    assert status(ui) == "1 article, 2 statements"


def test_search_filters_ledger(ui: dict) -> None:
    ui["controls"]["search"].value = "RICE reserves"
    rows = ledger_rows(ui)
    assert len(rows) == 1
    assert rows[0][3].startswith("Rice reserves must grow")
    assert status(ui) == "1 article, 1 statement"
    # a title matches every statement of its article
    ui["controls"]["search"].value = "almaty"
    assert {r[4] for r in ledger_rows(ui)} == {"Ministers meet in Almaty"}
    assert status(ui) == "1 article, 2 statements"
    ui["controls"]["search"].value = "no such words anywhere"
    assert ledger_rows(ui) == []
    assert status(ui) == "0 articles, 0 statements"


def test_theme_filter_restricts_articles(ui: dict) -> None:
    ui["controls"]["theme"].value = "food_security"
    sub = ui["state"]["corpus"]
    assert sub.articles["article_id"].tolist() == ["a2"]
    assert set(sub.themes["article_id"]) == {"a2"}
    assert set(sub.mentions["article_id"]) == {"a2"}
    assert status(ui) == "1 article, 2 statements"
    assert {r[4] for r in ledger_rows(ui)} == {"Jakarta weighs rice"}


def test_country_filter(ui: dict) -> None:
    ui["controls"]["country"].value = "KGZ"
    assert ui["state"]["corpus"].articles["article_id"].tolist() == ["a1"]
    assert status(ui) == "1 article, 2 statements"


def test_outlet_filter_matches_corpus_filter(ui: dict, corpus: Corpus) -> None:
    ui["controls"]["outlet"].value = "Steppe Daily"
    got = ui["state"]["corpus"]
    want = corpus.filter(outlet="Steppe Daily")
    for name in ("articles", "sentences", "mentions", "quotes", "themes", "cooperation"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name))


def test_month_range_filter(ui: dict, corpus: Corpus) -> None:
    dates = ui["controls"]["dates"]
    labels = [label for label, _ in dates.options]
    assert labels == ["Mar 2024", "Apr 2024", "May 2024", "Jun 2024"]
    dates.index = (1, 2)  # April-May
    assert ui["state"]["corpus"].articles["article_id"].tolist() == ["a2"]
    want = corpus.filter(start="2024-04-01", end="2024-05-31")
    assert want.articles["article_id"].tolist() == ["a2"]
    dates.index = (0, 3)
    assert status(ui) == "3 articles, 5 statements"


def test_filters_combine_and_reset(ui: dict) -> None:
    c = ui["controls"]
    c["outlet"].value = "Steppe Daily"
    c["speaker"].value = "Aigerim Sultan"
    c["theme"].value = "regional_security"
    assert status(ui) == "1 article, 1 statement"
    before = ui["state"]["redraws"]
    c["reset"].click()
    assert ui["state"]["redraws"] == before + 1  # one redraw for the whole reset
    assert status(ui) == "3 articles, 5 statements"
    assert c["speaker"].value == W.ALL


def test_ledger_escapes_and_caps(corpus: Corpus) -> None:
    ui = W._build(corpus, max_rows=2)
    assert "showing 2 of 5 statements" in ui["ledger"].value
    assert len(ledger_rows(ui)) == 2
    assert len(ui["picker"].options) == 2
    ui["controls"]["search"].value = "summit"
    assert "Summit &lt;b&gt;closes&lt;/b&gt;" in ui["ledger"].value
    assert "<b>closes</b>" not in ui["ledger"].value


def test_ledger_newest_first(ui: dict) -> None:
    assert [r[5] for r in ledger_rows(ui)] == [
        "2024-06-20",
        "2024-05-02",
        "2024-05-02",
        "2024-03-10",
        "2024-03-10",
    ]


def test_picking_a_statement_shows_its_article(ui: dict) -> None:
    picker = ui["picker"]
    labels = [label for label, _ in picker.options]
    assert labels[0] == "1. Aigerim Sultan: Stability comes first for the region,"
    target = next(v for label, v in picker.options if "Rice reserves" in label)
    picker.value = target
    view = ui["article"].value
    assert "Jakarta weighs rice" in view
    assert 'class="sco-q sco-sel"' in view
    assert parse(view).by_quote["a2-q0"]


def test_picker_labels_are_cut(corpus: Corpus) -> None:
    q = corpus.quotes.copy()
    long = "x" * 100
    q.loc[0, "text"] = long
    ui = W._build(Corpus(**{**corpus.tables(), "quotes": q}))
    label = next(label for label, _ in ui["picker"].options if "xxx" in label)
    assert label.endswith("x" * W.PICK_CHARS + "…")


def test_error_in_redraw_goes_to_output(ui: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("chart exploded")

    try:
        from sco_toolkit import charts
    except ImportError:
        charts = None
    if charts is not None and hasattr(charts, "top_speakers"):
        monkeypatch.setattr(charts, "top_speakers", boom)
    else:
        monkeypatch.setitem(W.FALLBACKS, "top_speakers", boom)
    ui["controls"]["speaker"].value = "Budi Hartono"  # must not raise
    outputs = ui["output"].outputs
    assert outputs, "the error was swallowed"
    assert outputs[-1]["output_type"] == "stream"
    assert outputs[-1]["name"] == "stderr"
    assert "chart exploded" in outputs[-1]["text"]
    assert "RuntimeError" in outputs[-1]["text"]
    assert "chart exploded" in ui["status"].value
    assert "1 article, 2 statements" in status(ui)  # the rest of the redraw still ran
    themes = {label.lower() for label in bar_labels(ui["figures"]["themes"])}
    assert not any("counterterrorism" in label for label in themes)
    assert any("food" in label for label in themes)
    monkeypatch.undo()
    ui["controls"]["speaker"].value = W.ALL
    assert status(ui) == "3 articles, 5 statements"


def test_fallback_charts_are_used_when_charts_lacks_a_function(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        from sco_toolkit import charts
    except ImportError:
        pytest.skip("sco_toolkit.charts not written yet: the fallback is used everywhere")
    monkeypatch.delattr(charts, "top_speakers")
    ui = W._build(corpus)
    assert ui["output"].outputs == ()
    assert {"Aigerim Sultan", "Budi Hartono"} <= bar_labels(ui["figures"]["speakers"])
    ui["controls"]["speaker"].value = "Budi Hartono"
    assert "Aigerim Sultan" not in bar_labels(ui["figures"]["speakers"])


def test_bar_click_sets_and_clears_the_filter(ui: dict) -> None:
    from plotly.callbacks import Points

    fig = ui["figures"]["speakers"]
    trace = fig.data[0]
    idx = list(trace.y).index("Budi Hartono")
    points = Points(point_inds=[idx], xs=[trace.x[idx]], ys=["Budi Hartono"], trace_name="t")
    trace._dispatch_on_click(points, None)
    assert ui["controls"]["speaker"].value == "Budi Hartono"
    trace = fig.data[0]
    points = Points(point_inds=[0], xs=[trace.x[0]], ys=["Budi Hartono"], trace_name="t")
    trace._dispatch_on_click(points, None)
    assert ui["controls"]["speaker"].value == W.ALL


def test_empty_corpus_explorer() -> None:
    ui = W._build(Corpus())
    assert status(ui) == "0 articles, 0 statements"
    assert "showing 0 of 0 statements" in ui["ledger"].value
    assert ui["controls"]["dates"].layout.display == "none"
    assert ui["controls"]["speaker"].disabled
    ui["controls"]["search"].value = "anything"
    assert status(ui) == "0 articles, 0 statements"
    assert ui["output"].outputs == ()
    assert isinstance(W.explorer(Corpus()), ipywidgets.VBox)


def test_undated_corpus_hides_dates_and_shows_countries(corpus: Corpus) -> None:
    a = corpus.articles.assign(published=pd.NaT)
    ui = W._build(Corpus(**{**corpus.tables(), "articles": conform(a, "articles")}))
    assert ui["controls"]["dates"].layout.display == "none"
    assert ui["controls"]["dates"].disabled
    assert "Kazakhstan" in bar_labels(ui["figures"]["third"])
    ui["controls"]["country"].value = "IDN"
    assert status(ui) == "1 article, 2 statements"


def test_max_rows_must_be_positive(corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="max_rows"):
        W.explorer(corpus, max_rows=0)


# --- article view ------------------------------------------------------------------------


def test_article_html_escapes_text_and_metadata(corpus: Corpus) -> None:
    out = W.article_html(corpus, "a3")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert "&amp; delegates" in out
    assert "Summit &lt;b&gt;closes&lt;/b&gt;" in out
    assert set(parse(out).tags) <= {"style", "div", "h3", "span", "a"}
    # only http(s) links
    assert "javascript:" not in W.article_html(corpus, "a2")
    assert 'href="https://example.org/a1"' in W.article_html(corpus, "a1")


@pytest.mark.parametrize("aid", ["a1", "a2", "a3"])
def test_article_text_and_quote_segments_round_trip(corpus: Corpus, aid: str) -> None:
    text = corpus.articles.set_index("article_id").loc[aid, "text"]
    tree = parse(W.article_html(corpus, aid))
    assert tree.errors == []
    assert "".join(tree.text) == text
    for q in corpus.quotes[corpus.quotes["article_id"] == aid].itertuples():
        assert "".join(tree.by_quote[q.quote_id]) == text[q.start : q.end]


def test_highlight_classes_and_tooltips(corpus: Corpus) -> None:
    tree = parse(W.article_html(corpus, "a1"))
    assert "".join(tree.by_class["sco-spk"]) == "Aigerim SultanSultan"
    assert "".join(tree.by_class["sco-th"]) == "local currenciescounterterrorism"
    assert "".join(tree.by_class["sco-ent"]) == "KazakhstanKyrgyzstan"  # persons not subtle
    assert "".join(tree.by_class["sco-co"]) == "trade in local"
    assert "Aigerim Sultan — direct" in tree.titles["sco-q"]
    assert "Aigerim Sultan — indirect" in tree.titles["sco-q"]
    assert "theme: dedollarization" in tree.titles["sco-th"]
    assert "country: Kazakhstan (KAZ)" in tree.titles["sco-ent"]


def test_overlapping_spans_nest_well() -> None:
    text = "abcdefghij"
    spans = [
        W._Span(1, 6, "quote", "q", ' data-quote-id="q"'),
        W._Span(4, 9, "cooperation", "c"),
        W._Span(0, 3, "theme", "t"),
        W._Span(2, 5, "entity", "e"),
    ]
    out = W._highlight(text, spans)
    tree = parse(f'<div class="sco-text">{out}</div>')
    assert tree.errors == []
    assert not tree.stack
    assert "".join(tree.text) == text
    assert "".join(tree.by_quote["q"]) == text[1:6]
    assert "".join(tree.by_class["sco-co"]) == text[4:9]
    assert "".join(tree.by_class["sco-th"]) == text[0:3]
    assert "".join(tree.by_class["sco-ent"]) == text[2:5]
    # the quote layer is always outermost where it is active
    assert '<span class="sco-q" title="q" data-quote-id="q"><span class="sco-th"' in out


def test_bad_offsets_are_ignored() -> None:
    spans = [W._Span(3, 3, "quote", "empty")]
    assert W._highlight("a<b", spans) == "a&lt;b"


def test_article_view_widget_and_unknown_id(corpus: Corpus) -> None:
    view = W.article_view(corpus, "a1")
    assert isinstance(view, ipywidgets.HTML)
    assert view.value == W.article_html(corpus, "a1")
    with pytest.raises(KeyError, match=r"'nope'.*\['a1', 'a2', 'a3'\]"):
        W.article_html(corpus, "nope")


def test_article_html_has_legend_and_no_external_resources(corpus: Corpus) -> None:
    out = W.article_html(corpus, "a1")
    assert 'class="sco-legend"' in out
    assert "<style>" in out
    assert "src=" not in out
    assert "@import" not in out
    assert "url(" not in out


def test_explorer_works_with_fallback_charts_only(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(W, "_chart", lambda name: W.FALLBACKS[name])
    ui = W._build(corpus)
    assert ui["output"].outputs == ()
    assert bar_labels(ui["figures"]["speakers"]) == {"Aigerim Sultan", "Budi Hartono"}
    assert bar_labels(ui["figures"]["themes"]) >= {"Food security"}
    assert len(ui["figures"]["third"].data) == 1  # statements per month
    ui["controls"]["theme"].value = "food_security"
    assert bar_labels(ui["figures"]["speakers"]) == {"Budi Hartono"}
    assert bar_labels(ui["figures"]["themes"]) == {"Food security"}
    ui["controls"]["search"].value = "no such words anywhere"
    assert ui["figures"]["speakers"].layout.annotations[0].text == "No data for this selection"
    ui["controls"]["search"].value = ""
    assert not ui["figures"]["speakers"].layout.annotations  # the note is removed again


def test_rows_of_unknown_articles_are_ignored(corpus: Corpus) -> None:
    orphan = corpus.mentions.iloc[:1].assign(article_id="zz")
    m = pd.concat([corpus.mentions, orphan], ignore_index=True)
    ui = W._build(Corpus(**{**corpus.tables(), "mentions": m}))
    assert ui["output"].outputs == ()
    assert "zz" not in set(ui["state"]["corpus"].mentions["article_id"])
    ui["controls"]["country"].value = "KAZ"
    assert status(ui) == "1 article, 2 statements"
