"""Charts: trace data equals the aggregate table, hover text is escaped, empty input is drawn."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from sco_toolkit import aggregate as agg
from sco_toolkit import charts
from sco_toolkit.corpus import Corpus
from tests.test_aggregate import build_corpus

CORPUS_CHARTS = {
    "top_speakers": charts.top_speakers,
    "speaker_theme_heatmap": charts.speaker_theme_heatmap,
    "statements_over_time": charts.statements_over_time,
    "theme_prevalence": charts.theme_prevalence,
    "theme_by_outlet": charts.theme_by_outlet,
    "theme_over_time": charts.theme_over_time,
    "cooperation_sunburst": charts.cooperation_sunburst,
    "partner_area_matrix": charts.partner_area_matrix,
    "country_map": charts.country_map,
    "bloc_counts": charts.bloc_counts,
    "co_mention_network": charts.co_mention_network,
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build_corpus()


@pytest.fixture(scope="module")
def empty() -> Corpus:
    return Corpus()


def hovers(fig: go.Figure) -> list[str]:
    out: list[str] = []
    for trace in fig.data:
        text = getattr(trace, "hovertext", None)
        if text is None:
            continue
        for item in text:
            out.extend(item if isinstance(item, (list, tuple)) else [item])
    return [h for h in out if h]


def many_corpus(k: int) -> Corpus:
    """k articles, each with one speaker (long names) and one theme (long ids)."""
    articles, quotes, themes = {}, [], []
    for i in range(k):
        speaker = f"Speaker Number {i:02d} With An Unusually Long Hyphenated-Family-Name"
        theme = f"theme_{i:02d}_about_a_long_subject_that_needs_many_words_to_name"
        articles[f"m{i:02d}"] = {
            "outlet": "Wire",
            "published": "2024-03-01",
            "sentences": [f"{speaker} said the plan covers topic {i}."],
        }
        quotes.append((f"m{i:02d}", 0, speaker, "Envoy", "person", "indirect", "the plan"))
        themes.append((f"m{i:02d}", 0, theme, f"topic {i}"))
    return build_corpus(articles, quotes=quotes, themes=themes, cooperation=[], mentions=[])


# --- every chart ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CORPUS_CHARTS))
def test_chart_uses_template_and_has_hover_examples(corpus: Corpus, name: str) -> None:
    fig = CORPUS_CHARTS[name](corpus)
    assert isinstance(fig, go.Figure)
    assert fig.layout.template.layout.colorway == charts.OKABE_ITO
    assert fig.layout.title.text
    texts = hovers(fig)
    assert texts and any("Example" in t for t in texts), name
    fig.to_json()  # valid for plotly.js


@pytest.mark.parametrize("name", sorted(CORPUS_CHARTS))
def test_empty_corpus_gives_no_data_figure(empty: Corpus, name: str) -> None:
    fig = CORPUS_CHARTS[name](empty)
    assert isinstance(fig, go.Figure)
    assert len(fig.data) == 0
    assert fig.layout.annotations[0].text.startswith(charts.NO_DATA)
    assert fig.layout.title.text
    fig.to_json()


def test_template_is_registered_not_forced() -> None:
    assert charts.TEMPLATE in pio.templates
    layout = pio.templates[charts.TEMPLATE].layout
    assert layout.font.size >= 13 and layout.hovermode == "closest"
    assert layout.xaxis.automargin and layout.yaxis.automargin
    assert pio.templates.default != charts.TEMPLATE


def test_hover_text_is_html_escaped(corpus: Corpus) -> None:
    # a1 sentence 2 holds a literal "<b>energy</b>": it must reach plotly escaped.
    for fig in (charts.theme_prevalence(corpus), charts.cooperation_sunburst(corpus)):
        energy = [h for h in hovers(fig) if "discussed" in h]
        assert energy, "the example sentence is in the hover text"
        assert all("&lt;b&gt;energy&lt;/b&gt;" in h for h in energy)
        assert not any("discussed <b>" in h for h in energy)


def test_example_is_truncated() -> None:
    long = "Zhang Ming said " + "very " * 60 + "long."
    arts = {"x": {"outlet": "Wire", "published": None, "sentences": [long]}}
    c = build_corpus(
        arts,
        quotes=[("x", 0, "Zhang Ming", "Envoy", "person", "indirect", "very")],
        themes=[],
        cooperation=[],
        mentions=[],
    )
    (hover,) = charts.top_speakers(c).data[0].hovertext
    example = hover.split("“", 1)[1]
    assert "…" in example and len(example.replace("<br>", "")) <= charts.EXAMPLE_WIDTH + 5


# --- trace data equals the aggregate table -------------------------------------------------------


def test_top_speakers_bars_match_table(corpus: Corpus) -> None:
    table = agg.speaker_counts(corpus)
    fig = charts.top_speakers(corpus)
    direct, indirect = fig.data
    assert list(direct.x) == table["n_direct"].tolist() == [2, 0]
    assert list(indirect.x) == table["n_indirect"].tolist() == [1, 1]
    assert list(direct.y) == table["speaker"].tolist()
    assert fig.layout.barmode == "stack" and direct.orientation == "h"
    assert fig.layout.yaxis.autorange == "reversed"  # most quoted on top
    assert "Zhang Ming (Secretary-General)" in fig.layout.yaxis.ticktext
    hover = direct.hovertext[0]
    assert "Statements: 3" in hover and "Direct quotes: 2" in hover
    assert "The SCO will expand trade in local currencies" in hover  # the direct example


def test_speaker_theme_heatmap_matches_table(corpus: Corpus) -> None:
    table = agg.speaker_theme_matrix(corpus)
    (heat,) = charts.speaker_theme_heatmap(corpus).data
    assert list(heat.y) == ["Zhang Ming", "Li Wei"]
    assert list(heat.x) == ["counterterrorism", "dedollarization", "trade_investment"]
    expected = table.pivot(index="speaker", columns="theme", values="n").loc[heat.y, heat.x]
    np.testing.assert_array_equal(np.asarray(heat.z), expected.to_numpy())
    assert np.asarray(heat.z)[0][0] == 2
    assert "Statements on this theme: 2" in heat.hovertext[0][0]


def test_statements_over_time_lines_match_table(corpus: Corpus) -> None:
    table = agg.statements_over_time(corpus, n=8)
    fig = charts.statements_over_time(corpus)
    assert [t.name for t in fig.data] == ["Zhang Ming", "Li Wei"]
    zhang = table[table["speaker"] == "Zhang Ming"]
    assert list(fig.data[0].y) == zhang["n"].tolist() == [2, 1]
    x = [str(v)[:10] for v in fig.data[0].x]
    assert x == ["2024-01-01", "2024-02-01"]
    assert list(fig.layout.xaxis.ticktext) == ["January 2024", "February 2024"]


def test_theme_prevalence_bars_match_table(corpus: Corpus) -> None:
    table = agg.theme_prevalence(corpus)
    (bar,) = charts.theme_prevalence(corpus).data
    np.testing.assert_allclose(list(bar.x), table["share_of_articles"])
    assert list(bar.y) == table["theme"].tolist()
    (counts,) = charts.theme_prevalence(corpus, metric="n_sentences").data
    assert list(counts.x) == table["n_sentences"].tolist()


def test_theme_by_outlet_matches_table(corpus: Corpus) -> None:
    table = agg.theme_by_outlet(corpus)
    (heat,) = charts.theme_by_outlet(corpus).data
    z = table.pivot(index="outlet", columns="theme", values="share").loc[heat.y, heat.x]
    np.testing.assert_allclose(np.asarray(heat.z, dtype=float), z.to_numpy())
    (counts,) = charts.theme_by_outlet(corpus, metric="n_articles").data
    assert np.asarray(counts.z).sum() == table["n_articles"].sum()


def test_theme_over_time_matches_table(corpus: Corpus) -> None:
    table = agg.theme_over_time(corpus)
    fig = charts.theme_over_time(corpus, themes=["energy", "dedollarization"])
    picked = table[table["theme"].isin(["energy", "dedollarization"])]
    assert [t.name for t in fig.data] == picked.drop_duplicates("theme")["label"].tolist()
    for trace, (_, rows) in zip(fig.data, picked.groupby("theme", sort=False), strict=True):
        assert list(trace.y) == rows["n_articles"].tolist()
    assert [list(t.y) for t in fig.data] == [[1, 1], [1, 0]]  # dedollarization, energy
    shares = charts.theme_over_time(corpus, metric="share", n=1)
    assert len(shares.data) == 1 and shares.layout.yaxis.tickformat == ".0%"


def test_theme_strip_markers_match_table(corpus: Corpus) -> None:
    table = agg.theme_strip(corpus, "a1")
    fig = charts.theme_strip(corpus, "a1")
    (markers,) = fig.data
    assert list(markers.x) == table["sentence_id"].tolist() == [0, 1, 1, 2, 2]
    assert list(markers.y) == table["theme"].tolist()
    assert list(fig.layout.xaxis.range) == [-0.5, 2.5]
    assert "Title a1" in fig.layout.title.text
    with pytest.raises(KeyError, match="a1"):
        charts.theme_strip(corpus, "nope")
    assert (
        charts.theme_strip(build_corpus(themes=[]), "a1")
        .layout.annotations[0]
        .text.startswith(charts.NO_DATA)
    )


def test_sunburst_values_match_table(corpus: Corpus) -> None:
    table = agg.cooperation_areas(corpus)
    (sun,) = charts.cooperation_sunburst(corpus).data
    leaves = [v for v, p in zip(sun.values, sun.parents, strict=True) if p]
    assert leaves == table["n"].tolist()
    roots = dict((i, v) for i, v, p in zip(sun.ids, sun.values, sun.parents, strict=True) if not p)
    assert roots == {"economy": 4, "security": 1}
    assert sun.branchvalues == "total"


def test_partner_area_matrix_matches_table(corpus: Corpus) -> None:
    table = agg.partner_area_matrix(corpus)
    (heat,) = charts.partner_area_matrix(corpus).data
    z = table.pivot(index="partner", columns="area", values="n").loc[heat.y, heat.x]
    np.testing.assert_array_equal(np.asarray(heat.z), z.to_numpy())


def test_country_map(corpus: Corpus) -> None:
    table = agg.country_counts(corpus)
    (geo,) = charts.country_map(corpus).data
    assert geo.locationmode == "ISO-3"
    assert list(geo.locations) == table["iso3"].tolist()
    assert list(geo.z) == table["n_mentions"].tolist()
    assert "Blocs: BRICS member; SCO member" in geo.hovertext[0]
    (status,) = charts.country_map(corpus, color="sco_status").data
    assert list(status.colorbar.ticktext) == ["member", "observer", "dialogue partner"]


def test_bloc_counts_bars_match_table(corpus: Corpus) -> None:
    table = agg.bloc_counts(corpus)
    (bar,) = charts.bloc_counts(corpus).data
    assert list(bar.x) == table["n_mentions"].tolist()
    assert list(bar.y) == table["bloc_status"].tolist()
    colours = dict(zip(bar.y, bar.marker.color, strict=True))
    assert colours["SCO member"] == colours["SCO observer"] != colours["BRICS member"]


def test_co_mention_network(corpus: Corpus) -> None:
    edges = agg.co_mentions(corpus)
    fig = charts.co_mention_network(corpus)
    link_hover = next(t for t in fig.data if t.name == "link details")
    assert len(link_hover.hovertext) == len(edges)
    assert "Sentences mentioning both: 2" in link_hover.hovertext[0]
    nodes = [t for t in fig.data if t.mode == "markers+text"]
    names = [n for t in nodes for n in t.text]
    assert sorted(names) == sorted(set(edges["source"]) | set(edges["target"]))
    china = next(t for t in nodes if "China" in t.text)
    assert any("Most often with: Russia (2)" in h for h in china.hovertext)
    again = charts.co_mention_network(corpus)
    for a, b in zip(fig.data, again.data, strict=True):
        assert list(a.x) == list(b.x)  # deterministic layout
    xs = np.concatenate([np.asarray(t.x, dtype=float) for t in nodes])
    assert np.all(np.abs(xs) <= 1.0 + 1e-9)
    small = charts.co_mention_network(corpus, max_nodes=2)
    assert sum(len(t.x) for t in small.data if t.mode == "markers+text") == 2


def test_spring_layout_separates_nodes() -> None:
    pos = charts._spring_layout(
        4, np.array([[0, 1], [1, 2], [2, 3]]), np.array([1.0, 1.0, 1.0]), iterations=50
    )
    dist = np.linalg.norm(pos[:, None] - pos[None], axis=-1)
    assert dist[np.triu_indices(4, 1)].min() > 0.1
    assert charts._spring_layout(1, np.zeros((0, 2), int), np.zeros(0)).tolist() == [[0.0, 0.0]]


# --- options, errors, long labels ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("func", "kwargs", "pattern"),
    [
        (charts.theme_prevalence, {"metric": "articles"}, r"'metric'.*'articles'.*share_of"),
        (charts.theme_by_outlet, {"metric": "pct"}, r"'metric'.*'pct'.*'share'"),
        (charts.country_map, {"color": "blocs"}, r"'color'.*'blocs'.*sco_status"),
        (charts.statements_over_time, {"freq": "hourly"}, r"'freq'.*'hourly'.*'MS'"),
        (charts.theme_over_time, {"themes": ["nope"]}, r"'themes'.*nope.*energy"),
        (charts.top_speakers, {"n": 0}, r"'n'.*positive integer"),
        (charts.co_mention_network, {"max_nodes": -1}, r"'max_nodes'"),
        (charts.co_mention_network, {"kinds": ["city"]}, r"'kinds'.*'person'"),
    ],
)
def test_bad_options_explain_the_fix(
    corpus: Corpus, func: Any, kwargs: dict[str, Any], pattern: str
) -> None:
    with pytest.raises(ValueError, match=pattern):
        func(corpus, **kwargs)


def test_height_grows_with_rows_and_labels_are_shortened() -> None:
    few, many = many_corpus(3), many_corpus(40)
    for func, options in ((charts.top_speakers, {"n": None}), (charts.theme_prevalence, {})):
        small, big = func(few, **options), func(many, **options)
        rows = len(big.data[0].y)
        assert rows == 40
        assert big.layout.height >= rows * charts.ROW_HEIGHT  # >= 28 px per label
        assert big.layout.height > small.layout.height
        ticks = big.layout.yaxis.ticktext
        assert len(set(ticks)) == rows  # shortened labels stay distinct
        assert all(len(t) <= charts.LABEL_WIDTH for t in ticks)
        assert any(t.endswith("…") for t in ticks)
    heat = charts.speaker_theme_heatmap(many, n=None)
    assert len(heat.data[0].y) == 40
    assert heat.layout.height >= 40 * charts.ROW_HEIGHT
    strip = charts.theme_strip(many, "m00")
    assert strip.layout.height >= 1 * charts.ROW_HEIGHT


# --- saving --------------------------------------------------------------------------------------


def test_save_figures_html_and_png_skipped_without_browser(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(charts, "_find_browser", lambda: None)
    figs = {"bloc counts/2024": charts.bloc_counts(corpus)}
    with pytest.warns(RuntimeWarning, match="Chrom"):
        written = charts.save_figures(figs, tmp_path / "out")
    assert written == [tmp_path / "out" / "bloc_counts_2024.html"]
    page = written[0].read_text(encoding="utf-8")
    assert "Mentions of countries by bloc status" in page
    assert len(page) > 1_000_000  # plotly.js is embedded: works offline


def test_save_figures_rejects_bad_input(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"'formats'.*'jpg'.*'png'"):
        charts.save_figures({"a": charts.bloc_counts(corpus)}, tmp_path, formats=("jpg",))
    with pytest.raises(TypeError, match="not a plotly Figure"):
        charts.save_figures({"a": "figure"}, tmp_path)  # type: ignore[dict-item]


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs /usr/bin/chromium")
def test_save_figures_writes_png(corpus: Corpus, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = charts.save_figures(
            {"speakers": charts.top_speakers(corpus)}, tmp_path, formats=("png",)
        )
    assert written == [tmp_path / "speakers.png"]
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
