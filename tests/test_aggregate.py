"""Summary tables: real counts, shares, order and the example sentence behind each row."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from sco_toolkit import aggregate as agg
from sco_toolkit.corpus import Corpus
from sco_toolkit.schema import conform

# --- a tiny hand-written corpus ------------------------------------------------------------------
# Three invented articles. Every evidence row is written as (article, sentence, substring) and its
# offsets are computed from the text, so text[start:end] always gives the substring back.

ARTICLES: dict[str, dict[str, Any]] = {
    "a1": {
        "outlet": "Wire",
        "published": "2024-01-15T09:00:00Z",
        "sentences": [
            "Zhang Ming noted that counterterrorism cooperation with ASEAN remains a priority.",
            '"The SCO will expand trade in local currencies," he said.',
            "Officials from China and Russia discussed <b>energy</b> and food security.",
        ],
    },
    "a2": {
        "outlet": "Daily",
        "published": "2024-02-03T12:00:00Z",
        "sentences": [
            "Li Wei said China and Russia should cut reliance on the dollar.",
            '"We will fight terrorism together," Zhang Ming told reporters.',
        ],
    },
    "a3": {
        "outlet": "Wire",
        "published": None,
        "sentences": [
            "India and China signed an agreement on trade and investment.",
            "Analysts in Mongolia and Myanmar said the deal matters.",
        ],
    },
}

ROLE = "Secretary-General"
QUOTES = [
    # article, sentence, speaker, role, type, kind, quoted text
    ("a1", 0, "Zhang Ming", ROLE, "person", "indirect", "counterterrorism cooperation with ASEAN"),
    ("a1", 1, "Zhang Ming", pd.NA, "person", "direct", "The SCO will expand trade in local"),
    ("a2", 0, "Li Wei", "Foreign Minister", "person", "indirect", "China and Russia should cut"),
    ("a2", 1, "Zhang Ming", ROLE, "person", "direct", "We will fight terrorism together,"),
    ("a3", 1, pd.NA, pd.NA, "unnamed", "indirect", "the deal matters"),
]
THEMES = [
    ("a1", 0, "counterterrorism", "counterterrorism"),
    ("a1", 1, "dedollarization", "local currencies"),
    ("a1", 1, "trade_investment", "trade"),
    ("a1", 2, "energy", "energy"),
    ("a1", 2, "food_security", "food security"),
    ("a2", 0, "dedollarization", "reliance on the dollar"),
    ("a2", 1, "counterterrorism", "terrorism"),
    ("a3", 0, "trade_investment", "trade"),
    ("a3", 0, "trade_investment", "investment"),
]
COOPERATION = [
    # article, sentence, area, category, partner, surface
    ("a1", 0, "counterterrorism", "security", "ASEAN", "counterterrorism cooperation"),
    ("a1", 2, "energy", "economy", pd.NA, "energy"),
    ("a1", 2, "food security", "economy", pd.NA, "food security"),
    ("a3", 0, "trade", "economy", "India", "trade"),
    ("a3", 0, "investment", "economy", "India", "investment"),
]
MEMBER = "BRICS member; SCO member"
MENTIONS = [
    # article, sentence, surface, entity, kind, iso3, blocs
    ("a1", 0, "Zhang Ming", "Zhang Ming", "person", pd.NA, pd.NA),
    ("a1", 0, "ASEAN", "ASEAN", "organization", pd.NA, pd.NA),
    ("a1", 1, "SCO", "Shanghai Cooperation Organisation", "organization", pd.NA, pd.NA),
    ("a1", 2, "China", "China", "country", "CHN", MEMBER),
    ("a1", 2, "Russia", "Russia", "country", "RUS", MEMBER),
    ("a2", 0, "Li Wei", "Li Wei", "person", pd.NA, pd.NA),
    ("a2", 0, "China", "China", "country", "CHN", MEMBER),
    ("a2", 0, "Russia", "Russia", "country", "RUS", MEMBER),
    ("a2", 1, "Zhang Ming", "Zhang Ming", "person", pd.NA, pd.NA),
    ("a3", 0, "India", "India", "country", "IND", MEMBER),
    ("a3", 0, "China", "China", "country", "CHN", MEMBER),
    ("a3", 1, "Mongolia", "Mongolia", "country", "MNG", "SCO observer"),
    ("a3", 1, "Myanmar", "Myanmar", "country", "MMR", "ASEAN member; SCO dialogue partner"),
]


def build_corpus(
    articles: dict[str, dict[str, Any]] = ARTICLES,
    *,
    quotes: list[tuple] = QUOTES,
    themes: list[tuple] = THEMES,
    cooperation: list[tuple] = COOPERATION,
    mentions: list[tuple] = MENTIONS,
) -> Corpus:
    """A Corpus from hand-written sentences; offsets are computed, never typed."""
    art_rows, sent_rows = [], []
    for aid, spec in articles.items():
        text, pos = "", 0
        for sid, sentence in enumerate(spec["sentences"]):
            if sid:
                text += " "
                pos += 1
            sent_rows.append(
                {
                    "article_id": aid,
                    "sentence_id": sid,
                    "paragraph_id": 0,
                    "start": pos,
                    "end": pos + len(sentence),
                    "text": sentence,
                }
            )
            text += sentence
            pos += len(sentence)
        art_rows.append(
            {
                "article_id": aid,
                "title": f"Title {aid}",
                "outlet": spec["outlet"],
                "published": spec["published"],
                "text": text,
                "source": f"{aid}.txt",
                "n_words": len(text.split()),
                "language": "en",
            }
        )
    sentences = pd.DataFrame(sent_rows)
    where = {(r["article_id"], r["sentence_id"]): r for r in sent_rows}

    def span(aid: str, sid: int, surface: str) -> dict[str, Any]:
        s = where[(aid, sid)]
        offset = s["text"].index(surface)
        return {
            "article_id": aid,
            "sentence_id": sid,
            "start": s["start"] + offset,
            "end": s["start"] + offset + len(surface),
        }

    q_rows = []
    for i, (aid, sid, speaker, role, stype, kind, text) in enumerate(quotes):
        q_rows.append(
            {
                **span(aid, sid, text),
                "quote_id": f"{aid}-q{i}",
                "speaker": speaker,
                "speaker_surface": speaker,
                "speaker_role": role,
                "speaker_type": stype,
                "kind": kind,
                "text": text,
            }
        )
    t_rows = [
        {**span(aid, sid, term), "theme": theme, "term": term} for aid, sid, theme, term in themes
    ]
    c_rows = [
        {
            **span(aid, sid, surface),
            "area": area,
            "category": cat,
            "partner": partner,
            "surface": surface,
        }
        for aid, sid, area, cat, partner, surface in cooperation
    ]
    m_rows = [
        {
            **span(aid, sid, surface),
            "surface": surface,
            "entity": entity,
            "kind": kind,
            "iso3": iso3,
            "blocs": blocs,
        }
        for aid, sid, surface, entity, kind, iso3, blocs in mentions
    ]
    return Corpus(
        articles=conform(pd.DataFrame(art_rows), "articles"),
        sentences=conform(sentences, "sentences"),
        quotes=conform(pd.DataFrame(q_rows), "quotes"),
        themes=conform(pd.DataFrame(t_rows), "themes"),
        cooperation=conform(pd.DataFrame(c_rows), "cooperation"),
        mentions=conform(pd.DataFrame(m_rows), "mentions"),
    )


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build_corpus()


@pytest.fixture(scope="module")
def empty() -> Corpus:
    return Corpus()


def sentence(aid: str, sid: int) -> str:
    return ARTICLES[aid]["sentences"][sid]


def records(df: pd.DataFrame, cols: list[str]) -> list[tuple]:
    return [tuple(r) for r in df[cols].itertuples(index=False)]


AGGREGATES = {
    "speaker_counts": agg.speaker_counts,
    "speaker_theme_matrix": agg.speaker_theme_matrix,
    "statements_over_time": agg.statements_over_time,
    "theme_prevalence": agg.theme_prevalence,
    "theme_by_outlet": agg.theme_by_outlet,
    "theme_over_time": agg.theme_over_time,
    "cooperation_areas": agg.cooperation_areas,
    "partner_area_matrix": agg.partner_area_matrix,
    "country_counts": agg.country_counts,
    "bloc_counts": agg.bloc_counts,
    "entity_counts": agg.entity_counts,
    "co_mentions": agg.co_mentions,
}


# --- schema: the same columns and dtypes, empty or full ------------------------------------------


@pytest.mark.parametrize("name", sorted(AGGREGATES))
def test_empty_corpus_gives_documented_columns(corpus: Corpus, empty: Corpus, name: str) -> None:
    none = AGGREGATES[name](empty)
    full = AGGREGATES[name](corpus)
    assert none.empty and not full.empty
    assert list(none.columns) == list(full.columns) == list(agg._COLUMNS[name])
    assert [str(t) for t in none.dtypes] == [str(t) for t in full.dtypes]


@pytest.mark.parametrize("name", sorted(AGGREGATES))
def test_inputs_are_not_modified(corpus: Corpus, name: str) -> None:
    before = {k: v.copy() for k, v in corpus.tables().items()}
    AGGREGATES[name](corpus)
    for k, v in corpus.tables().items():
        pd.testing.assert_frame_equal(v, before[k])


@pytest.mark.parametrize("name", sorted(AGGREGATES))
def test_examples_point_at_their_sentence(corpus: Corpus, name: str) -> None:
    out = AGGREGATES[name](corpus)
    if "example" not in out.columns:
        pytest.skip("no example columns")
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    rows = out[out["example"].notna()]
    assert len(rows)
    for r in rows.itertuples(index=False):
        text = texts[r.example_article_id]
        assert text[r.example_start : r.example_end] == r.example
        assert r.example == sentence(r.example_article_id, r.example_sentence_id)


# --- speakers -----------------------------------------------------------------------------------


def test_speaker_counts(corpus: Corpus) -> None:
    out = agg.speaker_counts(corpus)
    cols = ["speaker", "speaker_role", "n_direct", "n_indirect", "n_statements", "n_articles"]
    assert records(out, cols) == [
        ("Zhang Ming", ROLE, 2, 1, 3, 2),
        ("Li Wei", "Foreign Minister", 0, 1, 1, 1),
    ]
    # A direct quote is preferred as the example even though an indirect one comes first.
    assert out.loc[0, "example"] == sentence("a1", 1)
    assert (out.loc[0, "example_article_id"], out.loc[0, "example_sentence_id"]) == ("a1", 1)
    assert out.loc[1, "example"] == sentence("a2", 0)


def test_example_falls_back_to_the_evidence_without_sentences(corpus: Corpus) -> None:
    bare = Corpus(articles=corpus.articles, quotes=corpus.quotes, themes=corpus.themes)
    row = agg.speaker_counts(bare).iloc[0]
    quote = corpus.quotes.iloc[1]  # Zhang Ming's first direct quote
    assert row["example"] == quote["text"]
    assert (row["example_start"], row["example_end"]) == (quote["start"], quote["end"])
    assert agg.theme_prevalence(bare)["share_of_sentences"].notna().all()


def test_speaker_counts_n_and_unnamed(corpus: Corpus) -> None:
    assert agg.speaker_counts(corpus, n=1)["speaker"].tolist() == ["Zhang Ming"]
    everyone = agg.speaker_counts(corpus, n=None, include_unnamed=True)
    # Ties (one statement each, none direct) are broken by name.
    assert everyone["speaker"].tolist() == ["Zhang Ming", agg.UNNAMED_SPEAKER, "Li Wei"]
    assert everyone["n_statements"].sum() == len(corpus.quotes)


@pytest.mark.parametrize("bad", [0, -3, 2.5, "10", True])
def test_bad_n_names_the_value(corpus: Corpus, bad: Any) -> None:
    with pytest.raises(ValueError, match=r"Value of 'n' is not valid: .*positive integer"):
        agg.speaker_counts(corpus, n=bad)


def test_speaker_theme_matrix(corpus: Corpus) -> None:
    out = agg.speaker_theme_matrix(corpus)
    assert records(out, ["speaker", "theme", "n"]) == [
        ("Zhang Ming", "counterterrorism", 2),
        ("Zhang Ming", "dedollarization", 1),
        ("Zhang Ming", "trade_investment", 1),
        ("Li Wei", "counterterrorism", 0),
        ("Li Wei", "dedollarization", 1),
        ("Li Wei", "trade_investment", 0),
    ]
    cell = out[(out["speaker"] == "Zhang Ming") & (out["theme"] == "counterterrorism")].iloc[0]
    assert cell["example"] == sentence("a2", 1)  # the direct quote wins over a1 s0
    assert out.loc[out["n"] == 0, "example"].isna().all()
    assert out["label"].iloc[0] != "counterterrorism"  # a readable label, not the id


def test_statements_over_time(corpus: Corpus) -> None:
    out = agg.statements_over_time(corpus)
    assert out["period"].dt.tz is not None
    got = [(p.strftime("%Y-%m"), s, n) for p, s, n in records(out, ["period", "speaker", "n"])]
    assert got == [
        ("2024-01", "Zhang Ming", 2),
        ("2024-01", "Li Wei", 0),
        ("2024-02", "Zhang Ming", 1),
        ("2024-02", "Li Wei", 1),
    ]
    yearly = agg.statements_over_time(corpus, freq="year", n=1)
    assert records(yearly, ["speaker", "n"]) == [("Zhang Ming", 3)]


def test_weeks_start_on_monday_and_gaps_are_zero() -> None:
    arts = {k: dict(v) for k, v in ARTICLES.items()}
    c = build_corpus(arts)
    weekly = agg.statements_over_time(c, freq="W")
    assert (weekly["period"].dt.day_of_week == 0).all()
    # 2024-01-15 (a Monday) to 2024-01-29 (the Monday of 2024-02-03's week): 3 weeks x 2.
    assert weekly["period"].nunique() == 3
    assert weekly["n"].sum() == 4


@pytest.mark.parametrize("bad", ["monthly", "M", 3, None])
def test_bad_freq_lists_allowed_values(corpus: Corpus, bad: Any) -> None:
    with pytest.raises(ValueError) as info:
        agg.theme_over_time(corpus, freq=bad)
    message = str(info.value)
    assert repr(bad) in message and "'MS'" in message and "freq='MS'" in message


# --- themes -------------------------------------------------------------------------------------


def test_theme_prevalence(corpus: Corpus) -> None:
    out = agg.theme_prevalence(corpus)
    assert records(out, ["theme", "n_articles", "n_sentences", "n_evidence"]) == [
        ("counterterrorism", 2, 2, 2),
        ("dedollarization", 2, 2, 2),
        ("trade_investment", 2, 2, 3),
        ("energy", 1, 1, 1),
        ("food_security", 1, 1, 1),
    ]
    np.testing.assert_allclose(out["share_of_articles"], [2 / 3, 2 / 3, 2 / 3, 1 / 3, 1 / 3])
    np.testing.assert_allclose(out["share_of_sentences"], [2 / 7, 2 / 7, 2 / 7, 1 / 7, 1 / 7])
    trade = out.set_index("theme").loc["trade_investment"]
    assert trade["top_terms"] == "trade; investment"
    assert trade["example"] == sentence("a1", 1)


def test_theme_labels_come_from_the_taxonomy_and_fall_back_to_title_case() -> None:
    labels = agg.theme_labels(["food_security", "my_own_theme"])
    assert labels["food_security"] == "Food security"
    assert labels["my_own_theme"] == "My Own Theme"
    assert agg.theme_label("x_y", {"x_y": "Custom"}) == "Custom"


def test_theme_by_outlet(corpus: Corpus) -> None:
    out = agg.theme_by_outlet(corpus)
    assert out["outlet"].unique().tolist() == ["Wire", "Daily"]  # most articles first
    assert len(out) == 2 * 5
    cells = out.set_index(["outlet", "theme"])
    assert cells.loc[("Wire", "trade_investment"), "n_articles"] == 2
    assert cells.loc[("Wire", "trade_investment"), "share"] == 1.0
    assert cells.loc[("Wire", "dedollarization"), "share"] == 0.5
    assert cells.loc[("Daily", "dedollarization"), "share"] == 1.0
    assert cells.loc[("Daily", "energy"), "n_articles"] == 0
    assert pd.isna(cells.loc[("Daily", "energy"), "example"])
    assert out.groupby("outlet", sort=False)["n_outlet_articles"].first().to_dict() == {
        "Wire": 2,
        "Daily": 1,
    }


def test_unknown_outlet_gets_a_label() -> None:
    arts = {k: dict(v) for k, v in ARTICLES.items()}
    arts["a2"]["outlet"] = None
    out = agg.theme_by_outlet(build_corpus(arts))
    assert agg.UNKNOWN_OUTLET in set(out["outlet"])


def test_theme_over_time(corpus: Corpus) -> None:
    out = agg.theme_over_time(corpus)
    assert out["period"].nunique() == 2  # a3 is undated and left out
    cells = out.assign(month=out["period"].dt.strftime("%Y-%m")).set_index(["month", "theme"])
    assert cells.loc[("2024-01", "energy"), "n_articles"] == 1
    assert cells.loc[("2024-02", "energy"), "n_articles"] == 0
    assert cells.loc[("2024-02", "dedollarization"), "share"] == 1.0
    assert out.groupby("period")["n_period_articles"].first().tolist() == [1, 1]


def test_theme_strip(corpus: Corpus) -> None:
    out = agg.theme_strip(corpus, "a1")
    assert records(out, ["sentence_id", "theme", "terms", "n_terms"]) == [
        (0, "counterterrorism", "counterterrorism", 1),
        (1, "trade_investment", "trade", 1),  # "trade" comes before "local currencies"
        (1, "dedollarization", "local currencies", 1),
        (2, "energy", "energy", 1),
        (2, "food_security", "food security", 1),
    ]
    a3 = agg.theme_strip(corpus, "a3")
    assert a3["sentence_id"].tolist() == [0, 1]  # every sentence, themed or not
    assert a3.loc[0, "terms"] == "trade; investment" and a3.loc[0, "n_terms"] == 2
    assert pd.isna(a3.loc[1, "theme"]) and a3.loc[1, "text"] == sentence("a3", 1)


def test_theme_strip_unknown_article_lists_ids(corpus: Corpus) -> None:
    with pytest.raises(KeyError, match=r"Unknown article_id 'a9'.*a1"):
        agg.theme_strip(corpus, "a9")


# --- cooperation --------------------------------------------------------------------------------


def test_cooperation_areas(corpus: Corpus) -> None:
    out = agg.cooperation_areas(corpus)
    assert records(out, ["category", "area", "n", "n_articles"]) == [
        ("economy", "energy", 1, 1),
        ("economy", "food security", 1, 1),
        ("economy", "investment", 1, 1),
        ("economy", "trade", 1, 1),
        ("security", "counterterrorism", 1, 1),
    ]
    assert out.set_index("area").loc["trade", "partners"] == "India"
    assert pd.isna(out.set_index("area").loc["energy", "partners"])
    assert out.set_index("area").loc["energy", "example"] == sentence("a1", 2)


def test_unlisted_cooperation_areas_come_last_and_stay_visible() -> None:
    rows = [
        *COOPERATION,
        ("a1", 2, "officials from china", "unlisted", pd.NA, "Officials from China"),
        ("a1", 2, "officials from china", "unlisted", pd.NA, "Officials from China"),
        ("a1", 2, "officials from china", "unlisted", pd.NA, "Officials from China"),
    ]
    out = agg.cooperation_areas(build_corpus(cooperation=rows))
    assert records(out, ["category", "area", "n"])[-1] == ("unlisted", "officials from china", 3)
    assert out["category"].tolist()[:4] == ["economy"] * 4  # larger total, still last


def test_partner_area_matrix(corpus: Corpus) -> None:
    out = agg.partner_area_matrix(corpus)
    assert out["partner"].unique().tolist() == ["India", "ASEAN"]
    cells = out.set_index(["partner", "area"])["n"]
    assert cells[("India", "trade")] == 1 and cells[("India", "counterterrorism")] == 0
    assert cells[("ASEAN", "counterterrorism")] == 1
    assert len(out) == 2 * 3


# --- countries, blocs, entities -------------------------------------------------------------------


def test_country_counts(corpus: Corpus) -> None:
    out = agg.country_counts(corpus)
    assert records(out, ["iso3", "n_mentions", "n_articles", "sco_status"]) == [
        ("CHN", 3, 3, "member"),
        ("RUS", 2, 2, "member"),
        ("IND", 1, 1, "member"),
        ("MMR", 1, 1, "dialogue_partner"),
        ("MNG", 1, 1, "observer"),
    ]
    names = out.set_index("iso3")["country"]
    assert names["CHN"] == "China" and names["MNG"] == "Mongolia"
    assert out.loc[0, "blocs"] == MEMBER
    assert out.loc[0, "example"] == sentence("a1", 2)


def test_country_counts_latest_status_and_fallback_name() -> None:
    mentions = [*MENTIONS, ("a1", 2, "Russia", "Russia", "country", "RUS", "SCO observer")]
    mentions += [("a2", 0, "Li Wei", "Atlantis", "country", "ATL", pd.NA)]
    out = agg.country_counts(build_corpus(mentions=mentions)).set_index("iso3")
    assert out.loc["RUS", "blocs"] == MEMBER  # a2 (Feb) is newer than a1 (Jan)
    assert out.loc["ATL", "country"] == "Atlantis" and out.loc["ATL", "sco_status"] == "none"


def test_bloc_counts(corpus: Corpus) -> None:
    out = agg.bloc_counts(corpus)
    assert records(out, ["bloc_status", "n_mentions", "n_countries"]) == [
        ("SCO member", 6, 3),
        ("SCO dialogue partner", 1, 1),
        ("SCO observer", 1, 1),
        ("BRICS member", 6, 3),
        ("ASEAN member", 1, 1),
    ]
    assert out.loc[0, "countries"] == "CHN; RUS; IND"
    assert records(out.head(2), ["bloc", "status"]) == [
        ("SCO", "member"),
        ("SCO", "dialogue partner"),
    ]


def test_bad_kinds_lists_allowed(corpus: Corpus) -> None:
    with pytest.raises(ValueError, match=r"'kinds' is not valid: \('people',\).*'person'"):
        agg.co_mentions(corpus, kinds=("people",))


def test_entity_counts(corpus: Corpus) -> None:
    out = agg.entity_counts(corpus)
    assert records(out.head(3), ["entity", "kind", "n_mentions"]) == [
        ("China", "country", 3),
        ("Russia", "country", 2),
        ("Zhang Ming", "person", 2),
    ]


def test_co_mentions(corpus: Corpus) -> None:
    out = agg.co_mentions(corpus)
    top = out.iloc[0]
    assert (top["source"], top["target"], top["weight"], top["n_articles"]) == (
        "China",
        "Russia",
        2,
        2,
    )
    assert top["sentences"] == [("a1", 2), ("a2", 0)]
    assert top["example"] == sentence("a1", 2)
    assert (out["source"] < out["target"]).all()
    pairs = set(zip(out["source"], out["target"], strict=True))
    assert ("ASEAN", "Zhang Ming") in pairs and ("India", "Mongolia") not in pairs
    assert agg.co_mentions(corpus, min_weight=2)[["source", "target"]].values.tolist() == [
        ["China", "Russia"]
    ]
    people = agg.co_mentions(corpus, kinds=["person"])
    assert people.empty


def test_co_mention_sentences(corpus: Corpus) -> None:
    out = agg.co_mention_sentences(corpus, "Russia", "China")
    assert records(out, ["article_id", "sentence_id", "text"]) == [
        ("a1", 2, sentence("a1", 2)),
        ("a2", 0, sentence("a2", 0)),
    ]
    assert agg.co_mention_sentences(corpus, "India", "Russia").empty
    with pytest.raises(KeyError, match="Chna.*China"):
        agg.co_mention_sentences(corpus, "Chna", "Russia")
    with pytest.raises(ValueError, match="same entity"):
        agg.co_mention_sentences(corpus, "China", "China")


def test_wrong_type_is_explained() -> None:
    with pytest.raises(TypeError, match="analyze"):
        agg.theme_prevalence(pd.DataFrame())  # type: ignore[arg-type]


# --- speed: a widget callback on 2,000 articles --------------------------------------------------


def big_corpus(n_articles: int = 2000, per_article: int = 12, seed: int = 0) -> Corpus:
    """Random tables shaped like an analysed corpus (text is filler; offsets are not checked)."""
    rng = np.random.default_rng(seed)
    ids = [f"art{i:05d}" for i in range(n_articles)]
    n_sent = n_articles * per_article
    art = pd.DataFrame(
        {
            "article_id": ids,
            "outlet": rng.choice(["Wire", "Daily", "Herald", "Times"], n_articles),
            "published": pd.Timestamp("2022-01-01", tz="UTC")
            + pd.to_timedelta(rng.integers(0, 900, n_articles), unit="D"),
            "text": ["x" * 1200] * n_articles,
        }
    )
    sent = pd.DataFrame(
        {
            "article_id": np.repeat(ids, per_article),
            "sentence_id": np.tile(np.arange(per_article), n_articles),
            "start": np.tile(np.arange(per_article) * 100, n_articles),
            "text": "A filler sentence.",
        }
    )
    sent["end"] = sent["start"] + 18

    def rows(k: int) -> pd.DataFrame:
        pick = rng.integers(0, n_sent, k)
        return sent.iloc[pick][["article_id", "sentence_id", "start", "end"]].reset_index(drop=True)

    q = rows(8000).assign(
        speaker=rng.choice([f"Speaker {i}" for i in range(300)] + [None], 8000),
        kind=rng.choice(["direct", "indirect"], 8000),
        text="A filler",
        speaker_role="Minister",
    )
    q["quote_id"] = [f"q{i}" for i in range(len(q))]
    t = rows(15000).assign(theme=rng.choice([f"theme_{i}" for i in range(18)], 15000), term="x")
    c = rows(5000).assign(
        area=rng.choice([f"area {i}" for i in range(30)], 5000),
        category=rng.choice(["economy", "security", "culture"], 5000),
        partner=rng.choice(["ASEAN", "India", None], 5000),
        surface="x",
    )
    isos = ["CHN", "RUS", "IND", "PAK", "IRN", "KAZ", "MNG", "MMR", "THA", "BRA"]
    m = rows(40000).assign(
        kind=rng.choice(["country", "person", "organization"], 40000),
        entity=rng.choice([f"Entity {i}" for i in range(200)], 40000),
    )
    m["iso3"] = np.where(m["kind"] == "country", rng.choice(isos, len(m)), None)
    m["blocs"] = np.where(m["kind"] == "country", MEMBER, None)
    m["surface"] = m["entity"]
    return Corpus(
        articles=conform(art, "articles"),
        sentences=conform(sent, "sentences"),
        quotes=conform(q, "quotes"),
        themes=conform(t, "themes"),
        cooperation=conform(c, "cooperation"),
        mentions=conform(m, "mentions"),
    )


def test_every_aggregate_works_on_2000_articles() -> None:
    # speed is measured by benchmarks/bench_widgets.py, not asserted here
    c = big_corpus()
    for name, func in AGGREGATES.items():
        out = func(c)
        assert not out.empty, name
    assert not agg.theme_strip(c, "art00007").empty
    agg.co_mention_sentences(c, "Entity 1", "Entity 2")
