"""Themes: taxonomy evidence, scores and topic discovery, as sentence -> expected rows tables."""

from __future__ import annotations

import pandas as pd
import pytest

from sco_toolkit.corpus import Corpus
from sco_toolkit.lexicons import LexiconError
from sco_toolkit.schema import TABLES, conform, empty_table
from sco_toolkit.sentences import split_sentences
from sco_toolkit.themes import (
    discover_topics,
    extract_themes,
    load_themes,
    theme_scores,
    theme_table,
)

from .conftest import assert_offsets_true

REQUIRED = [
    "dedollarization",
    "regional_security",
    "counterterrorism",
    "transnational_crime",
    "information_security",
    "trade_investment",
    "enlargement",
    "external_partnerships",
    "connectivity_transport",
    "energy",
    "food_security",
    "technology_innovation",
    "culture_sports",
    "health",
    "environment_climate",
    "military_defense",
    "global_governance",
    "summit_diplomacy",
]


def articles_of(*texts: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": list(texts),
            "n_words": [len(t.split()) for t in texts],
        }
    )
    return conform(frame, "articles")


def themes_of(text: str, **kwargs) -> pd.DataFrame:
    arts = articles_of(text)
    out = extract_themes(arts, split_sentences(arts), **kwargs)
    assert_offsets_true(arts, out, column="term")
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firms moved to trade in rupees last year.", [("dedollarization", "trade in rupees")]),
        ("Police seized heroin at the border.", [("transnational_crime", "heroin")]),
        (
            "The bloc signed a memorandum with the CIS.",
            [("external_partnerships", "memorandum with")],
        ),
        (
            "Fiji and Samoa joined the group last year; Tonga became a BRICS partner country.",
            [("enlargement", "joined the group"), ("enlargement", "partner country")],
        ),
        (
            "Moscow and Beijing pushed de-dollarisation and settlements in national currencies.",
            [
                ("dedollarization", "de-dollarisation"),
                ("dedollarization", "settlements in national currencies"),
            ],
        ),
        (
            "The bank is building an alternative payment system to bypass SWIFT.",
            [("dedollarization", "alternative payment system"), ("dedollarization", "SWIFT")],
        ),
        (
            "The SCO vowed to fight terrorism, extremism and separatism.",
            [
                ("counterterrorism", "terrorism"),
                ("counterterrorism", "extremism"),
                ("counterterrorism", "separatism"),
            ],
        ),
        ("Counter-terrorism drills began.", [("counterterrorism", "Counter-terrorism")]),
        (
            "Police seized illegal drugs linked to organised crime and money laundering.",
            [
                ("transnational_crime", "illegal drugs"),
                ("transnational_crime", "organised crime"),
                ("transnational_crime", "money laundering"),
            ],
        ),
        (
            "Ministers met to discuss regional security and the fight against drug trafficking.",
            [
                ("regional_security", "regional security"),
                ("transnational_crime", "drug trafficking"),
            ],
        ),
        (
            "The forum adopted rules on international information security and cyberattacks.",
            [
                ("information_security", "international information security"),
                ("information_security", "cyberattacks"),
            ],
        ),
        ("Bilateral trade rose by a fifth.", [("trade_investment", "Bilateral trade")]),
        # the bare word "security" is a context term (see below): without mentions, no row
        (
            "Asked about security, he said food security and the Security Council mattered.",
            [("food_security", "food security"), ("global_governance", "Security Council")],
        ),
        (
            "Astana sought to expand cooperation with the EU amid tensions in the region.",
            [("external_partnerships", "expand cooperation with")],
        ),
        (
            "Iran completed its accession and became a full member; Laos sought observer status.",
            [
                ("enlargement", "accession"),
                ("enlargement", "full member"),
                ("enlargement", "observer status"),
            ],
        ),
        (
            "The two blocs signed a memorandum of understanding.",
            [("external_partnerships", "memorandum of understanding")],
        ),
        (
            "Officials discussed energy security and oil prices.",
            [("energy", "energy security"), ("energy", "oil prices")],
        ),
        ("Leaders called for a multipolar world.", [("global_governance", "multipolar world")]),
        (
            "The summit in Astana closed with a joint declaration.",
            [("summit_diplomacy", "summit"), ("summit_diplomacy", "joint declaration")],
        ),
        (
            "The armed forces held military exercises near the border.",
            [("military_defense", "armed forces"), ("military_defense", "military exercises")],
        ),
        (
            "Drought threatens food security as climate change bites.",
            [
                ("environment_climate", "Drought"),
                ("food_security", "food security"),
                ("environment_climate", "climate change"),
            ],
        ),
        (
            "A new railway will link the Belt and Road corridor.",
            [("connectivity_transport", "railway"), ("connectivity_transport", "Belt and Road")],
        ),
        (
            "Cultural exchanges and sports events bring people together.",
            [("culture_sports", "Cultural exchanges"), ("culture_sports", "sports")],
        ),
        ("Hospitals ran short of vaccines.", [("health", "Hospitals"), ("health", "vaccines")]),
        (
            "Artificial intelligence and the digital economy are growing.",
            [
                ("technology_innovation", "Artificial intelligence"),
                ("technology_innovation", "digital economy"),
            ],
        ),
        # negatives: everyday senses that are not evidence
        ("The security guard opened the gate.", []),
        ("The trade union called a strike over the trade-off.", []),
        # a bank's name is no evidence of infrastructure or investment
        ("The Asian Infrastructure Investment Bank could co-finance it.", []),
        (
            "Ensuring security in the region comes first; Fiji was admitted as a full member.",
            [
                ("regional_security", "Ensuring security"),
                ("enlargement", "admitted as a full member"),
            ],
        ),
        ("Security remains the cornerstone; the guard checked security passes.", []),
        # computer security is information security
        (
            "A security firm found security flaws in the software.",
            [("information_security", "security firm"), ("information_security", "security flaws")],
        ),
        # water and glaciers are environment (Central Asia's water disputes)
        (
            "The canal will worsen water shortages as glaciers retreat.",
            [("environment_climate", "water shortages"), ("environment_climate", "glaciers")],
        ),
        ("He was full of energy after the match and the defence held firm.", []),
        ("The political climate is tense in this environment.", []),
        ("The prisoner went on hunger strike.", []),
        ("Nothing here is in the pipeline yet.", []),
        ("The ai of the story is us.", []),
        # observers at a drill join nothing; observer states admitted to a bloc do
        ("Police took part, as well as observers from Laos.", []),
        (
            "Laos and Fiji were admitted as observers in 2005.",
            [("enlargement", "admitted as observers")],
        ),
    ],
)
def test_theme_evidence(text, expected):
    out = themes_of(text)
    assert list(zip(out["theme"].astype(str), out["term"], strict=True)) == expected


def test_taxonomy_has_required_themes_with_labels():
    table = theme_table()
    assert set(REQUIRED) <= set(table["theme"].astype(str))
    assert table["label"].notna().all()
    assert table["description"].notna().all()
    assert (table["n_terms"] > 0).all()
    assert list(table.columns) == ["theme", "label", "description", "n_terms", "min_mentions"]
    needs = dict(zip(table["theme"].astype(str), table["min_mentions"], strict=True))
    assert needs["military_defense"] == 2 and needs["counterterrorism"] == 1


def test_rows_point_to_sentences_and_use_schema():
    arts = articles_of("Intro line.\nThe SCO fights terrorism. Trade grew.")
    sents = split_sentences(arts)
    out = extract_themes(arts, sents)
    assert list(out.columns) == list(TABLES["themes"])
    assert out["sentence_id"].tolist() == [1, 2]
    assert isinstance(out["theme"].dtype, pd.CategoricalDtype)
    assert list(out["theme"].cat.categories[: len(REQUIRED)]) == list(load_themes())[:18]
    for row in out.itertuples():
        s = sents[sents["sentence_id"] == row.sentence_id].iloc[0]
        assert s["start"] <= row.start < row.end <= s["end"]


def test_empty_input_gives_empty_table():
    out = extract_themes(empty_table("articles"), empty_table("sentences"))
    assert out.empty
    assert list(out.columns) == list(TABLES["themes"])
    assert out["start"].dtype == "Int64"


def test_missing_column_is_reported():
    with pytest.raises(ValueError, match="lacks column"):
        extract_themes(pd.DataFrame({"article_id": ["a"]}), empty_table("sentences"))


def test_user_lexicon_adds_a_theme():
    user = {"themes": {"hydrogen": {"label": "Hydrogen", "terms": ["green hydrogen"]}}}
    out = themes_of("They invest in green hydrogen.", lexicon=user)
    assert ("hydrogen", "green hydrogen") in set(
        zip(out["theme"].astype(str), out["term"], strict=True)
    )


def test_user_lexicon_file(tmp_path):
    path = tmp_path / "themes.yaml"
    path.write_text(
        "themes:\n  hydrogen:\n    label: Hydrogen\n    terms: [green hydrogen]\n",
        encoding="utf-8",
    )
    assert "hydrogen" in themes_of("Green hydrogen.", lexicon=path)["theme"].astype(str).tolist()
    assert (
        "hydrogen" in themes_of("Green hydrogen.", lexicon=tmp_path)["theme"].astype(str).tolist()
    )


@pytest.mark.parametrize(
    ("user", "message"),
    [
        ({"themes": {"hydrogen": {"terms": ["green hydrogen"]}}}, "label"),
        ({"themes": {"hydrogen": {"label": "Hydrogen", "terms": []}}}, "terms"),
        ({"themes": {"hydrogen": {"label": "Hydrogen"}}}, "terms"),
        ({"themes": {"hydrogen": {"label": "Hydrogen", "terms": "green hydrogen"}}}, "terms"),
        ({"themes": {"hydrogen": {"label": "Hydrogen", "terms": [True]}}}, "terms"),
        ({"themes": {"Green Hydrogen": {"label": "Hydrogen", "terms": ["x"]}}}, "theme id"),
        ({"themes": {"hydrogen": {"label": "Energy", "terms": ["x"]}}}, "repeats the label"),
        ({"themes": {"hydrogen": ["green hydrogen"]}}, "mapping"),
        ({"themes": {"h2": {"label": "H2", "terms": ["x"], "exclude": ["x"]}}}, "both"),
        ({"themes": []}, "themes"),
        ({"themes": {"h2": {"label": "H2", "terms": ["x"], "min_mentions": 0}}}, "min_mentions"),
        ({"themes": {"h2": {"label": "H2", "terms": ["x"], "min_mentions": "2"}}}, "min_mentions"),
        ({"themes": {"h2": {"label": "H2", "terms": ["x"], "co_mention": ["x"]}}}, "co_mention"),
        (
            {"themes": {"h2": {"label": "H2", "terms": ["x"], "co_mention": {"kinds": []}}}},
            "co_mention",
        ),
        (
            {"themes": {"h2": {"label": "H2", "terms": ["x"], "outsider_mention": [2]}}},
            "outsider_mention",
        ),
        (
            {
                "themes": {
                    "h2": {"label": "H2", "terms": ["x"], "outsider_mention": {"min_sentences": 0}}
                }
            },
            "outsider_mention",
        ),
    ],
)
def test_malformed_lexicon_raises(user, message):
    with pytest.raises(LexiconError, match=message):
        extract_themes(articles_of("x"), split_sentences(articles_of("x")), lexicon=user)


def test_unreadable_lexicon_file_raises(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("themes: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="YAML"):
        load_themes(path)


# --- scores ---------------------------------------------------------------------------------


def small_corpus(*texts: str) -> Corpus:
    arts = articles_of(*texts)
    sents = split_sentences(arts)
    return Corpus(articles=arts, sentences=sents, themes=extract_themes(arts, sents))


def test_theme_scores_from_corpus():
    corpus = small_corpus(
        "Terrorism worries the SCO. Officials discussed trade. Terrorists and extremists fled.",
        "Oil prices rose.",
    )
    scores = theme_scores(corpus)
    assert list(scores.columns) == [
        "article_id",
        "theme",
        "n_hits",
        "n_sentences",
        "share_of_sentences",
        "score",
    ]
    a0 = scores[scores["article_id"] == "a0"]
    a0 = a0.set_index(a0["theme"].astype(str))
    assert a0.loc["counterterrorism", "n_hits"] == 3
    assert a0.loc["counterterrorism", "n_sentences"] == 2
    assert a0.loc["counterterrorism", "share_of_sentences"] == pytest.approx(2 / 3)
    assert a0.loc["counterterrorism", "score"] == pytest.approx(3 * 1000 / 11)
    assert a0.index[0] == "counterterrorism"  # highest score first
    a1 = scores[scores["article_id"] == "a1"]
    assert a1["theme"].astype(str).tolist() == ["energy"]
    assert a1["share_of_sentences"].tolist() == [1.0]


def test_theme_scores_from_tables_and_errors():
    corpus = small_corpus("Terrorism worries the SCO.")
    by_tables = theme_scores(corpus.themes, corpus.sentences, articles=corpus.articles)
    pd.testing.assert_frame_equal(by_tables, theme_scores(corpus))
    assert len(theme_scores(corpus.themes, corpus.sentences)) == 1
    with pytest.raises(ValueError, match="sentences"):
        theme_scores(corpus.themes)
    with pytest.raises(ValueError, match="Corpus"):
        theme_scores("corpus")
    empty = theme_scores(Corpus())
    assert empty.empty
    assert list(empty.columns) == list(by_tables.columns)


# --- topics ---------------------------------------------------------------------------------

TOPIC_TEMPLATES = {
    "football": [
        "The {a} striker scored twice as the football club won the league match.",
        "Football fans cheered when the {a} goalkeeper saved the penalty in the match.",
        "The league club signed a {a} striker before the football season started.",
    ],
    "baking": [
        "The {a} baker kneaded the dough and baked fresh bread in the oven.",
        "Bread dough needs flour, yeast and a {a} oven to rise before baking.",
        "She baked {a} sourdough bread and cakes with flour from the mill.",
    ],
    "astronomy": [
        "The {a} telescope observed a distant galaxy and several bright stars.",
        "Astronomers used the {a} telescope to map stars in the spiral galaxy.",
        "A {a} comet crossed the night sky near the galaxy cluster and its stars.",
    ],
}
ADJECTIVES = ["young", "veteran", "local", "famous", "new", "old", "clever", "quiet"]


def topic_corpus() -> Corpus:
    texts = []
    for templates in TOPIC_TEMPLATES.values():
        for adjective in ADJECTIVES:
            texts.append(" ".join(t.format(a=adjective) for t in templates))
    arts = articles_of(*texts)
    return Corpus(articles=arts, sentences=split_sentences(arts))


def test_discover_topics_finds_the_planted_topics():
    corpus = topic_corpus()
    topics = discover_topics(corpus, n_topics=3, n_terms=5)
    assert len(topics) == 3
    assert topics["topic"].tolist() == [0, 1, 2]
    assert topics["weight"].sum() == pytest.approx(1.0)
    assert topics["weight"].is_monotonic_decreasing
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    found = set()
    for row in topics.itertuples():
        example = texts[row.example_article_id][row.example_start : row.example_end]
        assert example == row.example_sentence
        words = set(row.top_terms.replace(",", " ").split())
        for name, templates in TOPIC_TEMPLATES.items():
            vocab = set(" ".join(templates).lower().replace(",", " ").replace(".", " ").split())
            if words <= vocab:
                found.add(name)
                assert any(w in example.lower() for w in words)
    assert found == set(TOPIC_TEMPLATES)


def test_discover_topics_is_deterministic_and_accepts_sentences():
    corpus = topic_corpus()
    first = discover_topics(corpus, n_topics=3, random_state=1)
    pd.testing.assert_frame_equal(first, discover_topics(corpus, n_topics=3, random_state=1))
    pd.testing.assert_frame_equal(
        first, discover_topics(corpus.sentences, n_topics=3, random_state=1)
    )


def test_discover_topics_too_small():
    corpus = small_corpus("One short sentence about trade and energy here.")
    with pytest.raises(ValueError, match="Too few sentences for 8 topics"):
        discover_topics(corpus)
    with pytest.raises(ValueError, match="Too few sentences"):
        discover_topics(Corpus(), n_topics=2)
    with pytest.raises(ValueError, match="at least 1"):
        discover_topics(corpus, n_topics=0)


def test_discover_topics_can_leave_out_themed_sentences():
    corpus = topic_corpus()
    arts = articles_of(
        *corpus.articles["text"], "Terrorism and extremism were discussed at length."
    )
    sents = split_sentences(arts)
    full = Corpus(articles=arts, sentences=sents, themes=extract_themes(arts, sents))
    topics = discover_topics(full, n_topics=3, exclude_themed=True)
    assert not topics["example_sentence"].str.contains("Terrorism").any()


# --- BBC corpus: false positives (the `bbc` fixture in conftest skips when absent) ----------------


@pytest.mark.slow
def test_bbc_offsets_and_no_everyday_senses(bbc):
    extract_themes(bbc.articles.head(1), bbc.sentences)  # build the matcher once
    out = extract_themes(bbc.articles, bbc.sentences)
    assert_offsets_true(bbc.articles, out, column="term")
    terms = set(out["term"].str.lower())
    assert not terms & {"trade union", "security", "energy", "defence", "climate", "hunger strike"}


# --- article_themes: what an article discusses, beyond a list of cooperation areas ------------


def test_article_themes_leave_out_themes_named_only_in_a_list_of_areas():
    from sco_toolkit import analyze, article_themes

    text = (
        "The two blocs agreed to expand cooperation in trade, tourism and public health. "
        "Officials said trade between them had doubled since 2020."
    )
    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    every = article_themes(corpus, include_listed=True)
    discussed = article_themes(corpus)
    listed = dict(zip(every["theme"].astype(str), every["listed_only"], strict=True))
    assert not listed["trade_investment"]
    assert listed["culture_sports"] and listed["health"]
    assert set(discussed["theme"].astype(str)) == {t for t, only in listed.items() if not only}
    assert "trade_investment" in set(discussed["theme"].astype(str))
    row = discussed[discussed["theme"].astype(str) == "trade_investment"].iloc[0]
    assert row["n_sentences"] == 2 and row["n_outside_lists"] == 1
    # the evidence table itself keeps every row
    assert {"culture_sports", "health"} <= set(corpus.themes["theme"].astype(str))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside a bloc or an alliance, the bare words are regional security
        (
            "The SCO ministers met in Astana. Asked about security, the minister said tensions "
            "had eased and that food security mattered.",
            [("regional_security", "security"), ("regional_security", "tensions")],
        ),
        ("The CSTO says security remains its core task.", [("regional_security", "security")]),
        # without one, they are no evidence (computer, job or airport security)
        (
            "The ministers met in Astana. Asked about security, the minister said tensions "
            "had eased and that food security mattered.",
            [],
        ),
        ("Microsoft says security remains its core task.", []),
        # the everyday senses are excluded even beside a bloc
        ("The ASEAN summit hired extra security guards.", []),
    ],
)
def test_context_terms_count_only_beside_a_bloc(text, expected):
    from sco_toolkit import analyze

    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    rows = corpus.themes[corpus.themes["theme"].astype(str) == "regional_security"]
    assert list(zip(rows["theme"].astype(str), rows["term"], strict=True)) == expected
    assert_offsets_true(corpus.articles, corpus.themes, column="term")


def test_context_terms_are_validated():
    entry = {"label": "Test", "terms": ["alpha"], "context_terms": {"terms": ["alpha"]}}
    with pytest.raises(LexiconError, match="context_terms"):
        load_themes({"themes": {"test_theme": entry}})
    entry["context_terms"] = {"kinds": ["intergovernmental"], "terms": ["alpha"]}
    with pytest.raises(LexiconError, match="also under `terms`"):
        load_themes({"themes": {"test_theme": entry}})


def test_article_themes_needs_a_corpus():
    from sco_toolkit import article_themes

    with pytest.raises(ValueError, match="expects a Corpus"):
        article_themes(pd.DataFrame())


def test_article_themes_need_two_mentions_of_a_broad_theme():
    from sco_toolkit import analyze, article_themes

    once = "Jo Roe said terrorism was the main threat. The army held a parade on Monday."
    twice = once + " Military drills will follow in May."
    for text, expected in ((once, False), (twice, True)):
        corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
        found = set(article_themes(corpus)["theme"].astype(str))
        assert ("military_defense" in found) is expected
        assert "counterterrorism" in found
        every = article_themes(corpus, include_listed=True)
        row = every[every["theme"].astype(str) == "military_defense"].iloc[0]
        assert bool(row["in_passing"]) is not expected


def test_two_bodies_named_together_twice_are_external_partnerships():
    from sco_toolkit import analyze

    one = "The SCO and the CSTO complement each other, the minister said."
    two = one + " Officials from the EAEU and the SCO met in May."
    for text, rows in ((one, 0), (two, 2)):
        corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
        ev = corpus.themes[corpus.themes["theme"].astype(str) == "external_partnerships"]
        assert len(ev) == rows
        assert_offsets_true(corpus.articles, ev, column="term")
    assert list(ev["term"]) == ["CSTO", "SCO"]


# --- a bloc and a country outside it ----------------------------------------------------------

OUTSIDER = (
    "ASEAN and China agreed to speed up talks on a code of conduct. "
    "Vietnam hosted the meeting. "
    "ASEAN officials said Japan would join a maritime exercise next year."
)


def outsider_rows(text: str) -> pd.DataFrame:
    from sco_toolkit import analyze

    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    rows = corpus.themes[corpus.themes["theme"] == "external_partnerships"]
    assert_offsets_true(corpus.articles, rows, column="term")
    return rows


def test_a_bloc_beside_countries_outside_it_is_external_partnerships() -> None:
    rows = outsider_rows(OUTSIDER)
    # the first outside country of each such sentence; Vietnam is an ASEAN member
    assert rows["term"].tolist() == ["China", "Japan"]


def test_one_such_sentence_is_a_passing_mention() -> None:
    assert outsider_rows("ASEAN and China agreed to speed up talks on a code of conduct.").empty


def test_members_of_the_bloc_are_not_outsiders() -> None:
    text = (
        "ASEAN ministers from Vietnam and Thailand met in Hanoi. "
        "ASEAN diplomats from Malaysia praised Indonesia's plan."
    )
    assert outsider_rows(text).empty


def test_a_bare_context_word_ending_a_hyphenated_compound_is_no_evidence() -> None:
    from sco_toolkit import analyze

    text = (
        "The SCO met in Astana. Ministers discussed security. A researcher at the Institute of "
        "Eco-security spoke."
    )
    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    assert_offsets_true(corpus.articles, corpus.themes, "term")
    rows = corpus.themes[corpus.themes["theme"] == "regional_security"]
    # only the bare word beside the SCO counts, not the end of "Eco-security"
    assert rows["term"].tolist() == ["security"]
    assert rows["start"].tolist() == [text.index("security")]
