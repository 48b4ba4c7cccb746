"""Speech transcripts: every paragraph of a printed speech is its speaker's direct statement."""

from __future__ import annotations

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.cues import speech_lexicon
from sco_toolkit.speeches import speech_title

from .conftest import assert_offsets_true

BODY = (
    "Dear colleagues,\n\n"
    "It is an honour to host you in Astana. We have come a long way together.\n\n"
    "Our trade grew by a third last year, and we will open two new border crossings.\n\n"
    "Thank you."
)
SAID = [
    "It is an honour to host you in Astana. We have come a long way together.",
    "Our trade grew by a third last year, and we will open two new border crossings.",
]


def quotes(title: str, text: str) -> pd.DataFrame:
    corpus = analyze(pd.DataFrame({"title": [title], "text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    return corpus.quotes


@pytest.mark.parametrize(
    ("title", "surface", "noun"),
    [
        (
            "Full text: Speech by Steppe President Ivo Marek at the Aral Forum",
            "Steppe President Ivo Marek",
            "Speech",
        ),
        (
            "Remarks by Secretary-General Lin Tao at the opening ceremony",
            "Secretary-General Lin Tao",
            "Remarks",
        ),
        ("Full text of Ivo Marek's address to parliament", "Ivo Marek", "address"),
        ("Keynote speech by Ivo Marek, 4 July 2025", "Ivo Marek", "speech"),
        ("Ivo Marek's speech at the Aral Forum (full text)", "Ivo Marek", "speech"),
    ],
)
def test_titles_that_announce_a_speech(title: str, surface: str, noun: str) -> None:
    found = speech_title(title, speech_lexicon())
    assert found is not None
    assert (title[slice(*found.speaker)], title[slice(*found.noun)]) == (surface, noun)


@pytest.mark.parametrize(
    "title",
    [
        "Speech by Ivo Marek sparks anger in the capital",  # news about a speech
        "Ivo Marek's speech at the Aral Forum",  # a possessive without "full text"
        "Statement on the border talks",  # nobody named
        "Marek speaks at the Aral Forum",
        None,
    ],
)
def test_titles_that_do_not(title) -> None:
    assert speech_title(title, speech_lexicon()) is None


def test_each_paragraph_of_a_speech_is_the_title_speakers_statement() -> None:
    q = quotes("Full text: Speech by Steppe President Ivo Marek at the Aral Forum", BODY)
    assert q["text"].tolist() == SAID
    assert set(q["speaker"]) == {"Ivo Marek"}
    assert set(q["speaker_type"]) == {"person"}
    assert set(q["kind"]) == {"direct"}
    assert set(q["cue"]) == {"Speech"}
    assert set(q["speaker_surface"]) == {"Steppe President Ivo Marek"}
    # named in the title only: no offsets in the text
    assert q["speaker_start"].isna().all() and q["cue_start"].isna().all()
    assert q["quote_id"].tolist() == [f"{q['article_id'].iloc[0]}-q{i}" for i in range(2)]


def test_the_publishers_introduction_is_no_part_of_the_speech() -> None:
    text = (
        "ASTANA, July 4 (Agency) -- Steppe President Ivo Marek spoke at the forum on Thursday. "
        "Following is the full text of his speech:\n\n" + BODY
    )
    q = quotes("Remarks by President Ivo Marek at the Aral Forum", text)
    assert q["text"].tolist() == SAID


def test_a_speech_reported_in_the_third_person_is_news() -> None:
    text = (
        "Ivo Marek told the forum that trade had grown by a third.\n\n"
        "He said two new border crossings would open next year."
    )
    q = quotes("Speech by Ivo Marek at the Aral Forum", text)
    assert "Speech" not in set(q["cue"])
    assert q["text"].tolist() == [
        "trade had grown by a third",
        "two new border crossings would open next year",
    ]


def test_without_a_title_nothing_changes() -> None:
    corpus = analyze(pd.DataFrame({"text": [BODY]}))
    assert "Speech" not in set(corpus.quotes["cue"])
