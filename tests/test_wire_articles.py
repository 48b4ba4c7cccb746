"""End to end on four invented wire-style articles about the SCO, BRICS and ASEAN.

The fixtures in ``tests/fixtures/wire/`` were written for these tests in the styles of news
agencies and dailies that cover the region: a breadcrumb and a time stamp above an agency
dateline, a Xinhua-style "both sides" report, a daily's pipe-separated byline, an ASEAN summit
piece. They mix people the lexicon knows with people it does not.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sco_toolkit import analyze

from .conftest import assert_offsets_true

WIRE = Path(__file__).parent / "fixtures" / "wire"
FILES = ["a1_tass.txt", "a2_xinhua.txt", "a3_brics.txt", "a4_asean.txt"]


@pytest.fixture(scope="module")
def corpus():
    return analyze([WIRE / name for name in FILES])


def _article(corpus, name: str) -> str:
    ids = corpus.articles.loc[corpus.articles["source"].str.endswith(name), "article_id"]
    assert len(ids) == 1
    return ids.iloc[0]


def _quotes(corpus, name: str) -> list[tuple]:
    q = corpus.quotes[corpus.quotes["article_id"] == _article(corpus, name)]
    return [
        (None if pd.isna(r.speaker) else r.speaker, r.speaker_type, r.kind, r.cue)
        for r in q.itertuples()
    ]


def test_every_table_points_back_to_its_text(corpus) -> None:
    assert_offsets_true(corpus.articles, corpus.quotes)
    assert_offsets_true(corpus.articles, corpus.mentions, "surface")
    assert_offsets_true(corpus.articles, corpus.cooperation, "surface")
    assert corpus.verify()["mismatches"].sum() == 0


def test_page_furniture_dates_and_bylines(corpus) -> None:
    arts = corpus.articles.set_index("article_id")
    tass = arts.loc[_article(corpus, "a1_tass.txt")]
    assert tass["title"] == "SCO ready to expand cooperation with ASEAN - secretary-general"
    assert tass["published"] == pd.Timestamp("2025-06-05", tz="UTC")  # day-first dotted date
    assert tass["text"].startswith("MOSCOW, June 5.")
    assert "Share:" not in tass["text"]
    daily = arts.loc[_article(corpus, "a3_brics.txt")]
    assert daily["author"] == "Priya Raman"
    assert daily["published"] == pd.Timestamp("2024-10-22", tz="UTC")
    assert daily["text"].startswith("India's External Affairs Minister")
    assert "Also read" not in daily["text"]
    xinhua = arts.loc[_article(corpus, "a2_xinhua.txt")]
    assert "Editor:" not in xinhua["text"]
    assert pd.isna(xinhua["published"])  # "July 3" has no year: no date is guessed


def test_agency_interview_statements(corpus) -> None:
    sg = "Nurlan Yermekbayev"
    assert _quotes(corpus, "a1_tass.txt") == [
        (sg, "person", "indirect", "told"),  # "CLAUSE, X told TASS in an interview ..."
        (sg, "person", "direct", "said"),
        (sg, "person", "indirect", "According to"),
        (sg, "person", "indirect", "stressed"),  # "The secretary-general stressed"
        (sg, "person", "direct", "pointed out"),
        (sg, "person", "indirect", "added"),
        (sg, "person", "indirect", "In his words"),
        ("Vladimir Putin", "person", "indirect", "called"),
        ("Murat Nurtleu", "person", "indirect", "said"),
    ]
    q = corpus.quotes[corpus.quotes["article_id"] == _article(corpus, "a1_tass.txt")]
    assert q["text"].iloc[0].startswith("The Shanghai Cooperation Organization (SCO) sees")
    assert q["speaker_role"].iloc[-1] == "Kazakh Foreign Minister"


def test_both_sides_report(corpus) -> None:
    assert _quotes(corpus, "a2_xinhua.txt") == [
        ("Wang Yi", "person", "indirect", "said"),
        ("Wang Yi", "person", "indirect", "added"),
        ("Wang Yi", "person", "indirect", "said"),
        ("Bakhtiyor Saidov", "person", "indirect", "said"),
        ("Bakhtiyor Saidov", "person", "indirect", "said"),
        ("Bakhtiyor Saidov", "person", "indirect", "adding"),
    ]
    q = corpus.quotes[corpus.quotes["article_id"] == _article(corpus, "a2_xinhua.txt")]
    # a person of the actors lexicon keeps its role rather than "his Uzbek counterpart"
    assert set(q.loc[q["speaker"] == "Bakhtiyor Saidov", "speaker_role"]) == {
        "Foreign Minister of Uzbekistan"
    }


def test_daily_with_unknown_officials(corpus) -> None:
    assert _quotes(corpus, "a3_brics.txt") == [
        ("Subrahmanyam Jaishankar", "person", "indirect", "said"),
        ("Subrahmanyam Jaishankar", "person", "direct", "told"),
        ("Luiz Inácio Lula da Silva", "person", "indirect", "argued for"),
        ("Enoch Godongwana", "person", "indirect", "cautioned"),
        (None, "unnamed", "indirect", "said"),  # "a bank official said, speaking on ..."
        (None, "unnamed", "indirect", "believe"),
    ]
    q = corpus.quotes[corpus.quotes["article_id"] == _article(corpus, "a3_brics.txt")]
    texts = q["text"].tolist()
    assert texts[2] == "a common unit of account"  # stops before ", while ..."
    assert not texts[4].endswith("anonymity")
    assert q["speaker_role"].iloc[3] == "South Africa's finance minister"


def test_summit_piece(corpus) -> None:
    assert _quotes(corpus, "a4_asean.txt") == [
        ("Kao Kim Hourn", "person", "indirect", "urged"),
        ("Kao Kim Hourn", "person", "indirect", "said"),  # "Speaking at ..., Kao said"
        ("Kao Kim Hourn", "person", "indirect", "warned"),
        ("Gilberto Teodoro", "person", "indirect", "said"),
        (None, "unnamed", "indirect", "said"),
        (None, "unnamed", "indirect", "according to"),
        (None, "unnamed", "indirect", "said"),
    ]
    q = corpus.quotes[corpus.quotes["article_id"] == _article(corpus, "a4_asean.txt")]
    assert q["text"].iloc[-1] == "Bangkok would host talks on cross-border crime"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("a1_tass.txt", {"BLR", "IRN", "KAZ", "RUS"}),
        ("a2_xinhua.txt", {"AFG", "CHN", "KGZ", "UZB"}),
        ("a4_asean.txt", {"MMR", "MYS", "PHL", "THA", "TLS", "VNM"}),  # not the South China Sea
    ],
)
def test_countries(corpus, name: str, iso3: set[str]) -> None:
    m = corpus.mentions
    m = m[(m["article_id"] == _article(corpus, name)) & (m["kind"] == "country")]
    assert set(m["iso3"]) == iso3


def test_cooperation_areas_and_partners(corpus) -> None:
    co = corpus.cooperation
    tass = co[co["article_id"] == _article(corpus, "a1_tass.txt")]
    assert tass["area"].astype(str).tolist() == [
        "trade",
        "investment",
        "transport",
        "energy",
        "tourism",
        "education",
        "counterterrorism",
        "drug trafficking",
    ]
    assert set(tass["partner"]) == {"SCO; ASEAN"}  # "the two organizations"
    xinhua = co[co["article_id"] == _article(corpus, "a2_xinhua.txt")]
    # "China is willing to work with Uzbekistan to expand cooperation in ...": the partner is
    # the one named after "with", as in "cooperation with the ASEAN"
    assert set(xinhua["partner"]) == {"Uzbekistan"}
    assert "poverty reduction" in set(xinhua["area"].astype(str))
    asean = co[co["article_id"] == _article(corpus, "a4_asean.txt")]
    assert asean["area"].astype(str).tolist() == [
        "maritime security",
        "emergency response",
        "health",
        "digital economy",
    ]


def test_themes(corpus) -> None:
    th = corpus.themes
    daily = set(th.loc[th["article_id"] == _article(corpus, "a3_brics.txt"), "theme"].astype(str))
    assert "dedollarization" in daily
    tass = set(th.loc[th["article_id"] == _article(corpus, "a1_tass.txt"), "theme"].astype(str))
    assert {"enlargement", "external_partnerships", "counterterrorism"} <= tass


def test_saved_html_page() -> None:
    corpus = analyze(WIRE / "a5_defence.html")
    article = corpus.articles.iloc[0]
    assert article["title"] == "SCO defence ministers meet in Astana"
    assert article["author"] == "Dana Ormanova"
    assert article["published"].date().isoformat() == "2025-04-12"
    for furniture in ("cookies", "Related stories", "All rights reserved", "Buy now", "Home |"):
        assert furniture not in article["text"]
    q = corpus.quotes
    assert [
        (r.speaker, r.kind, r.cue, r.speaker_role) for r in q.itertuples() if pd.notna(r.speaker)
    ] == [
        ("Ruslan Zhaksylykov", "indirect", "said", "Kazakhstan's defence minister"),
        ("Ruslan Zhaksylykov", "direct", "told", "Kazakhstan's defence minister"),
        ("Rajnath Singh", "indirect", "called for", "India's Defence Minister"),
        ("Dong Jun", "indirect", "said", "Chinese Defence Minister"),  # "Jun" is no month here
        ("Dong Jun", "indirect", "In his view", "Chinese Defence Minister"),
    ]
    assert "Putin" not in set(q["speaker"].dropna())  # only in a related-stories link
    assert_offsets_true(corpus.articles, q)


def test_interview_built_like_the_seed() -> None:
    """An invented interview with the seed's shape: 9 statements, 13 areas, 4 countries."""
    corpus = analyze(WIRE / "a6_bloc_interview.txt")
    article = corpus.articles.iloc[0]
    assert article["title"] == "Steppe Bloc chief sees broad room for ties with Southeast Asia"
    assert article["published"] == pd.Timestamp("2025-11-05", tz="UTC")
    assert article["text"].startswith("BEIJING, November 5.")
    for furniture in ("Asia-Pacific |", "Related:", "Tags:", "14:20"):
        assert furniture not in article["text"]
    q = corpus.quotes
    assert set(q["speaker"]) == {"Aidar Bekov"}  # never the president who is only mentioned
    assert q["kind"].tolist() == ["indirect", "direct"] + ["indirect"] * 7
    assert q["cue"].tolist() == [
        "told",
        "said",
        "According to",
        "noted",
        "recalled",
        "In his opinion",
        "said",
        "believes",
        "stressed",
    ]
    assert q["text"].iloc[-1].endswith("bring the peoples of the region closer together")
    co = corpus.cooperation
    assert len(co) == 13
    assert set(co["partner"]) == {"ASEAN"}  # "the two organisations" keeps the article's pair
    assert co["area"].astype(str).tolist()[-6:] == [
        "counterterrorism",
        "extremism",
        "separatism",
        "drug trafficking",
        "organised crime",
        "illegal migration",
    ]
    m = corpus.mentions
    assert set(m.loc[m["kind"] == "country", "entity"]) == {"China", "Russia", "India", "Iran"}
    themes = set(corpus.themes["theme"].astype(str))
    assert {
        "dedollarization",
        "counterterrorism",
        "transnational_crime",
        "information_security",
        "trade_investment",
        "enlargement",
        "external_partnerships",
        "culture_sports",
    } <= themes
    assert_offsets_true(corpus.articles, q)


def test_ministry_briefings() -> None:
    """Spokespeople at briefings, a ministry title with a country before it, a closing line."""
    corpus = analyze(WIRE / "a7_briefings.txt")
    article = corpus.articles.iloc[0]
    assert article["published"] == pd.Timestamp("2025-06-28", tz="UTC")  # "June 28th, 2025"
    assert not article["text"].endswith("2025")
    q = corpus.quotes
    assert [(r.speaker, r.kind, r.cue) for r in q.itertuples()] == [
        ("Pakistan", "indirect", "accused"),
        ("Shafqat Ali Khan", "indirect", "told"),
        ("Shafqat Ali Khan", "direct", "said"),
        ("Shafqat Ali Khan", "indirect", "said"),  # "the spokesperson said"
        ("Arindam Verma", "indirect", "said"),
        ("Arindam Verma", "direct", "told"),
        ("Wu Qian", "indirect", "said"),
        ("Wu Qian", "indirect", "According to"),
        ("Andrey Rudenko", "indirect", "told"),
        ("Andrey Rudenko", "indirect", "added"),  # "The diplomat added"
    ]
    assert q["speaker_role"].iloc[-1] == "Russian Deputy Foreign Minister"
    assert_offsets_true(corpus.articles, q)


def test_summit_report() -> None:
    """A summit report: leaders who speak, an unnamed official, a declaration and an analyst."""
    corpus = analyze(WIRE / "a8_summit.txt")
    q = corpus.quotes
    assert [(None if pd.isna(r.speaker) else r.speaker, r.kind, r.cue) for r in q.itertuples()] == [
        (None, "indirect", "said"),  # "a move analysts said could challenge ..."
        ("Xi Jinping", "indirect", "said"),
        ("Xi Jinping", "direct", "told"),
        # ("Putin praised what he called ...": a stance with a noun phrase only, no statement)
        ("Vladimir Putin", "indirect", "said"),
        ("Narendra Modi", "indirect", "called for"),
        (None, "indirect", "According to"),  # "an Indian official who briefed reporters"
        ("Shehbaz Sharif", "indirect", "told"),
        ("Masoud Pezeshkian", "indirect", "condemned"),
        (None, "indirect", "calls for"),  # the declaration, not the city it is named after
        (None, "indirect", "said"),  # "Kyrgyzstan will chair ..., officials said"
        ("Alexander Gabuev", "direct", "said"),
    ]
    assert q["text"].iloc[0] == "could challenge Western-led lenders"
    assert q["text"].iloc[-2] == "Kyrgyzstan will chair the organisation next year"
    m = corpus.mentions
    assert set(m.loc[m["kind"] == "country", "iso3"]) == {"CHN", "IND", "IRN", "KGZ", "PAK", "RUS"}
    assert {"dedollarization", "counterterrorism", "global_governance"} <= set(
        corpus.themes["theme"].astype(str)
    )
    assert_offsets_true(corpus.articles, q)


def test_question_and_answer_interview() -> None:
    """Dash turns: answers are the interviewee's words, questions (even with a cue) nobody's."""
    corpus = analyze(WIRE / "a9_qa_interview.txt")
    q = corpus.quotes
    assert [(r.speaker, r.kind, r.cue) for r in q.itertuples()] == [
        # ("Aidar Seitkali spoke about the bloc's plans": a topic named, no statement; it still
        # makes him the speaker of the answers that follow)
        ("Aidar Seitkali", "direct", "-"),
        ("Aidar Seitkali", "direct", "-"),
        ("Aidar Seitkali", "indirect", "noted"),  # "The secretary-general also noted"
        ("Aidar Seitkali", "indirect", "stressed"),  # "He stressed"
    ]
    first = q["text"].iloc[0]
    assert first.startswith("The situation remains complex.")
    assert first.endswith("to address these challenges.")  # the answer runs on a paragraph
    assert not q["text"].str.contains("Is that still the plan").any()
    assert q["speaker_role"].iloc[0] == "Collective Security Treaty Organization Secretary-General"
    assert_offsets_true(corpus.articles, q)


def test_counterparts_and_qualified_role_nouns() -> None:
    """Two ministers: "the Malaysian minister" is the Malaysian one, not the one named last."""
    corpus = analyze(WIRE / "a10_counterparts.txt")
    q = corpus.quotes
    assert [(r.speaker, r.kind, r.cue) for r in q.itertuples()] == [
        ("Ivo Berzins", "indirect", "accused"),
        ("Ivo Berzins", "direct", "said"),  # "the minister said"
        ("Adi Hasan", "indirect", "said"),
        ("Adi Hasan", "indirect", "added"),  # "ASEAN, he added, remains ..."
        ("Adi Hasan", "indirect", "confirmed"),  # "The Malaysian minister also confirmed"
        ("Adi Hasan", "direct", "said"),
        ("Ivo Berzins", "indirect", "in Berzins's words"),
    ]
    assert q["text"].iloc[0].startswith('"certain powers"')  # no dateline in the content
    m = corpus.mentions
    assert set(m.loc[m["kind"] == "country", "iso3"]) == {"LVA", "MYS"}
    assert_offsets_true(corpus.articles, q)


def test_cooperation_lists_with_unlisted_items() -> None:
    """An invented agency report whose lists mix lexicon areas and items nobody listed."""
    corpus = analyze(WIRE / "a11_cooperation_lists.txt")
    co = corpus.cooperation
    assert_offsets_true(corpus.articles, co, "surface")
    rows = list(
        zip(co["sentence_id"], co["area"].astype(str), co["category"].astype(str), strict=True)
    )
    unlisted = [(sid, area) for sid, area, category in rows if category == "unlisted"]
    assert unlisted == [
        (0, "glacier monitoring"),
        (2, "gem cutting"),
        (3, "carpet weaving"),  # "in areas such as": a list of unlisted items only
        (3, "leather goods"),
        (3, "coffee processing"),  # ", and said talks would continue" is no item
    ]
    assert (0, "agriculture", "economy") in rows  # "animal husbandry" is farming
    assert (1, "agriculture", "economy") in rows  # "veterinary inspection": the area stands
    assert (1, "youth", "social_humanitarian") in rows  # so the list goes on after it
    # "the two sides", "both countries"; and "the ministers", with no bloc named, are the
    # parties of the lists before
    assert set(co["partner"]) == {"Kazakhstan; Mongolia"}


def test_state_agency_audience_report() -> None:
    """A state agency's audience report: "the Head of State", a title before "of the" body."""
    corpus = analyze(WIRE / "a12_state_visit.txt")
    q = corpus.quotes
    assert [(None if pd.isna(r.speaker) else r.speaker, r.cue) for r in q.itertuples()] == [
        ("Shavkat Mirziyoyev", "noted"),  # "The Head of State", not any head
        # ("The sides discussed the implementation ...": a topic, not a statement)
        ("Nurlan Yermekbayev", "appreciated"),  # "The Secretary-General"
        ("Nurlan Yermekbayev", "expressed confidence"),  # "He"
    ]
    people = corpus.mentions.loc[corpus.mentions["kind"] == "person", "entity"]
    assert set(people) == {"Shavkat Mirziyoyev", "Nurlan Yermekbayev"}
    areas = corpus.cooperation["area"].astype(str).tolist()
    assert areas == [
        "transport",  # "transport connectivity": one item
        "energy",
        "food security",
        "digital economy",
        "tourism",
    ]
    assert corpus.cooperation["surface"].iloc[0] == "transport connectivity"
    assert_offsets_true(corpus.articles, q)


def test_commission_interview_with_a_reversed_closing_mark() -> None:
    """Seed-like: glued sentences, "considers/regards", a quote closed with an opening mark,
    a passive "was also asked about" (no statement) and a president only mentioned."""
    corpus = analyze(WIRE / "a13_commission_interview.txt")
    q = corpus.quotes
    assert [(r.speaker, r.kind, r.cue) for r in q.itertuples()] == [
        ("Bakytzhan Sagintayev", "indirect", "told"),  # "has told Izvestia about ..."
        ("Bakytzhan Sagintayev", "indirect", "considers"),
        ("Bakytzhan Sagintayev", "indirect", "In his words"),
        ("Bakytzhan Sagintayev", "indirect", "pointed out"),
        ("Bakytzhan Sagintayev", "indirect", "regards"),
        ("Bakytzhan Sagintayev", "direct", "stressed"),  # “...,“ the chairman stressed
        ("Bakytzhan Sagintayev", "indirect", "said"),
        ("Bakytzhan Sagintayev", "indirect", "According to"),
    ]
    assert q["text"].iloc[5].startswith("We are open to dialogue with BRICS")
    assert "Donald Trump" not in set(q["speaker"].dropna())
    text = corpus.articles["text"].iloc[0]
    assert "Leave a Reply" not in text
    assert_offsets_true(corpus.articles, q)


def test_corridor_report_with_dashes_listeners_and_companies() -> None:
    """This session's patterns in one invented agency report: a dash appositive, a company
    named after its country, a partial quotation before its attribution, a listener before
    "that", a gerund after a parenthetical attribution, a family noun, a participle phrase
    ("asked about tariffs,"), a free relative, a short title and "according to" after dashes."""
    corpus = analyze(WIRE / "a14_corridor_report.txt")
    q = corpus.quotes
    assert_offsets_true(corpus.articles, q)
    got = [
        (None if pd.isna(r.speaker) else r.speaker, r.speaker_type, r.kind, r.cue)
        for r in q.itertuples()
    ]
    minister, li = "Marat Sadykov", "Li Wen"
    assert got == [
        (minister, "person", "indirect", "said"),  # "-- who chaired ... -- said"
        ("Kazakhstan Temir Zholy", "organization", "indirect", "said"),
        (minister, "person", "indirect", "said"),  # 'The corridor is “a bridge ...,” Sadykov said'
        (minister, "person", "indirect", "assured"),
        (li, "person", "indirect", "said"),
        (li, "person", "indirect", "said"),  # "Though ..., Li said, extending ... would be"
        (li, "person", "direct", "said"),
        ("Aigerim Sadykova", "person", "indirect", "told"),
        (None, "organization", "indirect", "added"),  # "Everything the envoys say ..."
        ("Yerlan Omarov", "person", "indirect", "said"),  # "Gen. Yerlan Omarov"
        ("industry association", "organization", "indirect", "according to"),
    ]
    texts = q["text"].tolist()
    assert texts[2] == "The corridor is “a bridge between the blocs,”"
    assert texts[3] == "the border crossings would work around the clock"
    assert texts[5].startswith("Though the first stage went smoothly")
    assert texts[10] == "Prices for freight rose sharply — or doubled"
    people = corpus.mentions.loc[corpus.mentions["kind"] == "person", "entity"]
    assert set(people) == {minister, li, "Aigerim Sadykova", "Yerlan Omarov"}
    coop = corpus.cooperation
    assert set(coop["partner"].astype(str)) == {"SCO"}  # "work with the SCO in transport, ..."
    assert "transport" in set(coop["area"].astype(str))


def test_forum_roundup_with_asides_documents_and_appositives() -> None:
    """Patterns from the fifth session in one invented report: a dateline before a participle's
    subject, a cue with objects after an opening adverbial, an aside before "that", a reduced
    relative ("a view X dismissed"), "has not yet", a document that speaks for its issuer, a
    role noun qualified by a body, a clause after a name's comma, and compound areas."""
    corpus = analyze(WIRE / "a15_forum_roundup.txt")
    q = corpus.quotes
    assert_offsets_true(corpus.articles, q)
    got = [
        (None if pd.isna(r.speaker) else r.speaker, r.speaker_type, r.cue, r.text)
        for r in q.itertuples()
    ]
    nazarov = "Rustam Nazarov"
    # "Nazarov ... held talks, pledging to deepen coordination": a commitment, no statement
    assert got == [
        ("Dilnoza Rahimova", "person", "stressed", 'the somoni was "not for sale"'),
        (None, "unnamed", "claimed", "the bloc is drifting apart"),
        ("Tajik presidency", "organization", "according to", "The summit will focus on finance"),
        (
            "Farida Lim",
            "person",
            "According to",
            "a memorandum signed in 2005 is still a good basis",
        ),
        ("Parviz Saidov", "person", "wrote", "the president had held productive meetings"),
        # ("The two ministers agreed to boost cooperation ...": a decision, no statement)
    ]
    roles = {r.speaker: r.speaker_role for r in q.itertuples() if pd.notna(r.speaker)}
    assert roles["Parviz Saidov"] == "Nazarov's spokesman"
    assert roles["Farida Lim"] == "ASEAN Deputy Secretary-General"
    people = corpus.mentions.loc[corpus.mentions["kind"] == "person", "entity"]
    assert set(people) == {
        nazarov,
        "Aibek Osmonov",
        "Dilnoza Rahimova",
        "Farida Lim",
        "Nurlan Yermekbayev",
        "Parviz Saidov",
    }
    areas = corpus.cooperation[["area", "surface"]].astype(str).values.tolist()
    assert areas == [
        ["agriculture", "fisheries"],
        ["emergency response", "search and rescue"],
        ["climate change", "climate change adaptation"],
    ]
    # "The two ministers": the countries written before their roles, not the last two named
    assert set(corpus.cooperation["partner"].astype(str)) == {"Tajikistan; Kyrgyzstan"}
