"""Interview transcripts: answers are the interviewee's direct statements, questions nobody's."""

from __future__ import annotations

import pandas as pd
import pytest

from sco_toolkit import analyze

from .conftest import assert_offsets_true

INTRO = "In an interview with the agency, Secretary-General Lin Tao said the bloc had plans.\n"


def statements(text: str) -> list[tuple]:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    q = corpus.quotes
    return [
        (None if pd.isna(s) else s, c, k, t)
        for s, c, k, t in zip(q["speaker"], q["cue"], q["kind"], q["text"], strict=True)
    ]


PLANS = ("Lin Tao", "said", "indirect", "the bloc had plans")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # labelled turns; a question's own cue ("you said") is the interviewer's
        (
            "Q: You said the bloc would grow. When?\n"
            "A: Two states will join next year. Others are waiting.\n"
            "Q: And trade?\n"
            "A: Trade in national currencies keeps rising.",
            [
                PLANS,
                ("Lin Tao", "A:", "direct", "Two states will join next year. Others are waiting."),
                ("Lin Tao", "A:", "direct", "Trade in national currencies keeps rising."),
            ],
        ),
        (
            "Question: What comes next?\nAnswer: We will meet again in June.",
            [PLANS, ("Lin Tao", "Answer:", "direct", "We will meet again in June.")],
        ),
        # dash turns, an answer running on over a paragraph, narrative after the last answer
        (
            "- How do you see the region?\n"
            "- The situation is calm.\n"
            "We believe that the risks are falling.\n"
            "- What about the summit?\n"
            "- It will take place in July.\n"
            "The secretary-general said the agenda was ready.",
            [
                PLANS,
                (
                    "Lin Tao",
                    "-",
                    "direct",
                    "The situation is calm.\nWe believe that the risks are falling.",
                ),
                ("Lin Tao", "-", "direct", "It will take place in July."),
                ("Lin Tao", "said", "indirect", "the agenda was ready"),
            ],
        ),
        # dash turns, then labelled ones: both are the interview's
        (
            "- How do you see the region?\n"
            "- The situation is calm.\n"
            "- What about the summit?\n"
            "- It will take place in July.\n"
            "Q: Will new members join?\n"
            "A: That is for the heads of state to decide.",
            [
                PLANS,
                ("Lin Tao", "-", "direct", "The situation is calm."),
                ("Lin Tao", "-", "direct", "It will take place in July."),
                ("Lin Tao", "A:", "direct", "That is for the heads of state to decide."),
            ],
        ),
    ],
)
def test_interview_answers(body: str, expected: list[tuple]) -> None:
    assert statements(INTRO + body) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bulleted list is no interview, even with a question in it
        INTRO + "The plan has three parts:\n- Why now? Because trade grew.\n- Trade routes.\n"
        "- Energy links.",
        # a single dash question and answer is too little to call a transcript
        INTRO + "- Will it grow?\n- It will.",
    ],
)
def test_lists_are_no_interviews(text: str) -> None:
    assert [s[1] for s in statements(text)] == ["said"]


def test_without_an_interviewee_the_answers_stay_unattributed() -> None:
    found = statements("Q: Will the bloc grow?\nA: It will grow next year, he said.")
    assert [(s[1], s[3]) for s in found] == [("said", "It will grow next year")]


def test_the_person_the_introduction_names_as_interviewed_answers() -> None:
    text = (
        "Our correspondent spoke with SCO Secretary-General Lin Tao about enlargement.\n"
        "– Critics call the bloc an alliance. How do you respond?\n"
        "– The bloc is not directed against any third party.\n"
        "– What about currencies? Some members want settlements in national currencies.\n"
        "– This is an objective trend, and I believe it will continue.\n"
        "Lin Tao also noted that the bank project remains under discussion."
    )
    assert statements(text) == [
        ("Lin Tao", "–", "direct", "The bloc is not directed against any third party."),
        ("Lin Tao", "–", "direct", "This is an objective trend, and I believe it will continue."),
        ("Lin Tao", "noted", "indirect", "the bank project remains under discussion"),
    ]  # the question with context after its "?" is a question: "Some members want" is no row


def test_q_and_a_with_full_stops_and_an_interviewed_person() -> None:
    text = (
        "Our agency interviewed Secretary-General Lin Tao in Beijing.\n"
        "Q. Will more countries join?\n"
        "A. Several countries have applied. We will decide by consensus.\n"
        "Q. What about the Gulf?\n"
        "A. Our dialogue partners there are very active."
    )
    assert statements(text) == [
        ("Lin Tao", "A.", "direct", "Several countries have applied. We will decide by consensus."),
        ("Lin Tao", "A.", "direct", "Our dialogue partners there are very active."),
    ]


def test_an_initial_opening_a_paragraph_is_no_answer_label() -> None:
    assert statements("A. Smith said the plan was good.") == [
        (None, "said", "indirect", "the plan was good")
    ]


def test_a_spokesperson_label_before_questions_speaks_the_answers():
    # a press conference transcript: the opening "Name:" turn names who answers every "A:"
    text = (
        "Xu Lanting: The minister will travel to Kuala Lumpur next week.\n\n"
        "Q: Could you share more details about the trip?\n\n"
        "A: China and ASEAN are close neighbours and partners.\n\n"
        "Q: Will the sea issue come up?\n\n"
        "A: The islands are part of China. We urge restraint."
    )
    assert statements(text) == [
        ("Xu Lanting", ":", "direct", "The minister will travel to Kuala Lumpur next week."),
        ("Xu Lanting", "A:", "direct", "China and ASEAN are close neighbours and partners."),
        ("Xu Lanting", "A:", "direct", "The islands are part of China. We urge restraint."),
    ]


def test_the_spokesperson_who_held_the_briefing_speaks_the_answers():
    # a press conference transcript whose introduction names who held it
    text = (
        "Spokesperson Xu Lanting presided over the regular press conference on Monday.\n\n"
        "Q: Could you share more details about the trip?\n\n"
        "A: China and ASEAN are close neighbours and partners.\n\n"
        "Q: Bloomberg: Will the sea issue come up?\n\n"
        "A: We urge restraint."
    )
    assert [s[0] for s in statements(text)] == ["Xu Lanting", "Xu Lanting"]


@pytest.mark.parametrize(
    "intro",
    [
        "Deputy Energy Minister Saule Dauletova spoke to our correspondent about the grid.",
        "Saule Dauletova, the deputy energy minister, talked to Kazinform about the grid.",
        "Kazakhstan's envoy to Tajikistan, Saule Dauletova, spoke to our correspondent.",
        "The grid operator is growing. Its chairman, Saule Dauletova, spoke to our "
        "correspondent about the plans.",
    ],
)
def test_the_person_who_spoke_to_the_outlet_answers(intro: str) -> None:
    text = (
        f"{intro}\n\n"
        "— When will the new line open?\n\n"
        "— We expect it in the spring. The last tower is already standing.\n\n"
        "— Will neighbours buy the power?\n\n"
        "— Two of them have signed letters of intent."
    )
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(quotes["speaker"]) == ["Saule Dauletova", "Saule Dauletova"]
    assert [t.split()[0] for t in quotes["text"]] == ["We", "Two"]


PRESSER = (
    "Q: The secretary-general said the bloc would consider new members. Your comment?\n\n"
    "A: China welcomes all countries that share the Shanghai Spirit.\n\n"
    "Q: How do you respond to Pakistan?\n\n"
    "A: We stand ready to work with Pakistan to deepen cooperation in industry and mining."
)


@pytest.mark.parametrize(
    ("title", "surface", "speaker"),
    [
        (
            "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 12",
            "Foreign Ministry Spokesperson Mao Ning",
            "Mao Ning",
        ),
        ("Interview with Secretary-General Jo Roe", "Secretary-General Jo Roe", "Jo Roe"),
    ],
)
def test_the_person_the_title_names_answers(title: str, surface: str, speaker: str) -> None:
    corpus = analyze(pd.DataFrame({"title": [title], "text": [PRESSER]}), progress=False)
    q = corpus.quotes
    assert_offsets_true(corpus.articles, q)
    assert q["text"].tolist() == [
        "China welcomes all countries that share the Shanghai Spirit.",
        "We stand ready to work with Pakistan to deepen cooperation in industry and mining.",
    ]
    assert q["cue"].tolist() == ["A:", "A:"]
    assert set(q["speaker"]) == {speaker}
    assert set(q["speaker_surface"]) == {surface}  # the title's words: no offsets
    assert q["speaker_start"].isna().all()
    # the questions are the interviewer's, never statements
    assert not q["text"].str.contains("secretary-general").any()


def test_a_title_that_names_no_host_leaves_the_answers_unattributed() -> None:
    title = "Press conference on the summit ends in a row"
    q = analyze(pd.DataFrame({"title": [title], "text": [PRESSER]}), progress=False).quotes
    assert q["speaker"].isna().all()
