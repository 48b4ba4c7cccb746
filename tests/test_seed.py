"""The seed article against the gold reading in ../shared/eval/seed_gold.yaml.

Both the article (data/articles/) and the gold file are needed; the tests skip when either is
absent. The gold file is read at run time: none of its text is copied here.
"""

from __future__ import annotations

import re

import pytest
import yaml

from sco_toolkit import analyze

from .conftest import ROOT, assert_offsets_true, shared_path

ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(shared_path("eval", "seed_gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus():
    if not any(ARTICLES.glob("*.txt")):
        pytest.skip("the seed article is not in data/articles/")
    return analyze(ROOT / "data")


def test_one_article_with_gold_title(corpus, gold):
    assert len(corpus.articles) == 1
    assert corpus.articles["title"].iloc[0] == gold["article"]["title"]
    assert corpus.articles["outlet"].isna().all()
    assert corpus.articles["published"].isna().all()


def test_no_furniture_or_tags_left(corpus, gold):
    text = corpus.articles["text"].iloc[0]
    for piece in gold["article"]["boilerplate"]:
        assert piece not in text
    first = corpus.sentences["text"].iloc[0]
    assert first.startswith(gold["article"]["first_sentence_starts"])
    for tag in gold["article"]["tags"]:
        assert not text.startswith(tag)


def test_glued_sentences_are_split(corpus, gold):
    starts = corpus.sentences["text"].tolist()
    for start in gold["article"]["glued_sentence_starts"]:
        assert any(s.startswith(start) for s in starts), start


def test_seventeen_sentences(corpus):
    assert len(corpus.sentences) == 17


def test_offsets_true(corpus):
    assert_offsets_true(corpus.articles, corpus.sentences)
    text = corpus.articles["text"].iloc[0]
    assert not re.search(r"[a-z][.!?][A-Z]", text)


# --- extraction against the gold reading ------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(re.sub(r"[\"“”‘’«»']", "", text).lower().split())


def _matching(corpus, prefix: str):
    wanted = _norm(prefix)
    return [q for q in corpus.quotes.itertuples() if wanted[:60] in _norm(q.text)]


def test_every_gold_statement_found_with_speaker_and_kind(corpus, gold):
    for statement in gold["statements"]:
        found = _matching(corpus, statement["starts"])
        assert found, statement["starts"][:40]
        assert found[0].speaker == statement["speaker"]
        assert found[0].kind == statement["kind"]


def test_at_most_one_statement_a_reader_would_not_count(corpus, gold):
    known = [s["starts"] for s in gold["statements"] + gold["optional_statements"]]
    extra = [
        q
        for q in corpus.quotes.itertuples()
        if not any(_norm(k)[:60] in _norm(q.text) for k in known)
    ]
    assert len(extra) <= 1


def test_people_merely_mentioned_are_not_speakers(corpus, gold):
    speakers = set(corpus.quotes["speaker"].dropna())
    for person in gold["people_mentioned_not_quoted"]:
        assert person["name"] not in speakers


def test_countries_in_body(corpus, gold):
    import pycountry

    names = {
        pycountry.countries.get(alpha_3=code).name for code in corpus.mentions["iso3"].dropna()
    }
    expected = {pycountry.countries.lookup(n).name for n in gold["countries_in_body"]}
    assert names == expected


def test_cooperation_areas_with_partner(corpus, gold):
    rows = corpus.cooperation[corpus.cooperation["partner"].fillna("").str.contains("ASEAN")]
    surfaces = [_norm(s) for s in rows["surface"]]
    for area in gold["cooperation"]["areas"]:
        assert any(_norm(area) in s or s in _norm(area) for s in surfaces), area


def test_themes_named_in_the_issue(corpus):
    expected = {
        "dedollarization",
        "regional_security",
        "counterterrorism",
        "transnational_crime",
        "information_security",
        "trade_investment",
        "enlargement",
        "external_partnerships",
        "culture_sports",
    }
    assert expected <= set(corpus.themes["theme"].astype(str))
