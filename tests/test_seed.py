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
