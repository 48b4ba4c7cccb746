import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_toolkit.sentences import dateline_end, sentence_spans, split_sentences


def sentences_of(text):
    return [text[s:e] for _, s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. It poured.", ["It rained.", "It poured."]),
        (
            "Bids valued it at £1.3bn. Rivals said so.",
            ["Bids valued it at £1.3bn.", "Rivals said so."],
        ),
        ("It rose 3.5. Then it fell.", ["It rose 3.5.", "Then it fell."]),
        ("They met at 5 a.m. Monday.", ["They met at 5 a.m. Monday."]),
        ("Mr. Li met Dr. Wu. They talked.", ["Mr. Li met Dr. Wu.", "They talked."]),
        ("Gen. Petrov and Col. Ivanov arrived.", ["Gen. Petrov and Col. Ivanov arrived."]),
        ("Resolution No. 5 passed. It was late.", ["Resolution No. 5 passed.", "It was late."]),
        ("The talks began on Jan. 12 in Astana.", ["The talks began on Jan. 12 in Astana."]),
        ("He met Dong Jun. The two talked.", ["He met Dong Jun.", "The two talked."]),
        ('Asked if so, he said: "No. Never."', ['Asked if so, he said: "No.', 'Never."']),
        ("It is filed with the SEC. Shares fell.", ["It is filed with the SEC.", "Shares fell."]),
        ("See Art. 3 of the Charter.", ["See Art. 3 of the Charter."]),
        ("S. Jaishankar spoke. Then he left.", ["S. Jaishankar spoke.", "Then he left."]),
        ("The U.S. and e.g. China. Next.", ["The U.S. and e.g. China.", "Next."]),
        ("Growth was 3.5 percent. Good.", ["Growth was 3.5 percent.", "Good."]),
        ('"We agree." Then silence.', ['"We agree."', "Then silence."]),
        ("\u201cWe agree.\u201d Then silence.", ["\u201cWe agree.\u201d", "Then silence."]),
        ('"Will it work?" he asked. Nobody knew.', ['"Will it work?" he asked.', "Nobody knew."]),
        ("Wait... The end.", ["Wait...", "The end."]),
        ("Wait\u2026 The end.", ["Wait\u2026", "The end."]),
        ("Headline without stop\nBody sentence.", ["Headline without stop", "Body sentence."]),
        ("Prices rose (sharply). Then fell.", ["Prices rose (sharply).", "Then fell."]),
        ("In 2024. 2025 was better.", ["In 2024.", "2025 was better."]),
        ("Really! Yes? Indeed.", ["Really!", "Yes?", "Indeed."]),
        ("lower case after stop. stays together", ["lower case after stop. stays together"]),
        # a given name written short, before two more name words, after a title or lower case
        (
            "Undersecretary Ma. Lourdes Reyes spoke. Then she left.",
            ["Undersecretary Ma. Lourdes Reyes spoke.", "Then she left."],
        ),
        ("The spokesperson Ma. Teresa Cruz spoke.", ["The spokesperson Ma. Teresa Cruz spoke."]),
        (
            "Undersecretary for Policy Ma. Teresa Cruz spoke.",
            ["Undersecretary for Policy Ma. Teresa Cruz spoke."],
        ),
        # ... but a surname ends its sentence
        (
            "He thanked Jack Ma. Alibaba Group agreed.",
            ["He thanked Jack Ma.", "Alibaba Group agreed."],
        ),
        ("It was signed by Ma. He left.", ["It was signed by Ma.", "He left."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences_of(text) == expected


def test_paragraph_ids_and_offsets():
    text = "First para one. First para two.\n\nSecond para.\nThird para."
    frame = split_sentences(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert frame["paragraph_id"].tolist() == [0, 0, 1, 2]
    assert frame["sentence_id"].tolist() == [0, 1, 2, 3]
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text


def test_empty_articles_give_empty_table_with_columns():
    frame = split_sentences(pd.DataFrame({"article_id": [], "text": []}))
    assert list(frame.columns) == [
        "article_id",
        "sentence_id",
        "paragraph_id",
        "start",
        "end",
        "text",
    ]
    assert len(frame) == 0


alphabet = st.sampled_from(
    list("abcXYZ .!?\"\u201c\u201d'\n…0123456789()-") + ["Mr.", "U.S.", " The "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(alphabet, max_size=80).map("".join))
def test_sentences_are_ordered_disjoint_and_true(text):
    spans = list(sentence_spans(text))
    last_end = 0
    for _, start, end in spans:
        assert last_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n" not in piece
        last_end = end
    # nothing but whitespace lies outside the sentences
    covered = "".join(text[s:e] for _, s, e in spans)
    assert covered.replace(" ", "") == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("ALMATY, March 3 (Reuters) - Talks resumed.", "Talks resumed."),
        ("HANOI, 3 March (VNA) -- The forum opened.", "The forum opened."),
        ("MINSK, March 3. /BelTA/. The delegation left.", "The delegation left."),
        ("DUSHANBE: Ministers met.", "Ministers met."),
        ("BISHKEK, Kyrgyzstan (AP) — Leaders met.", "Leaders met."),
        ("Colombo, March 3 (Newswire): Talks resumed.", "Talks resumed."),
        ("Ulaanbaatar (Montsame) - Talks resumed.", "Talks resumed."),
        ("Chennai, March 3 (IANS) The port reopened.", "The port reopened."),
        # not datelines: labels, short acronyms, a title-case word with no date or agency
        ("Trade: it grew.", "Trade: it grew."),
        ("EU: We will act.", "EU: We will act."),
        ("Moscow - Russia said so.", "Moscow - Russia said so."),
        # a city the lexicons know, then a colon (the Indian press style)
        ("New Delhi: The minister left.", "The minister left."),
        ("Islamabad: Talks resumed.", "Talks resumed."),
        # an upper-case month; a day and year joined by a slash
        ("KOTA BARU, JAN 14 – Talks resumed.", "Talks resumed."),
        ("Addis Ababa, October 2/2025 (ENA)— Talks resumed.", "Talks resumed."),
        ("Lin Tao: We are ready.", "Lin Tao: We are ready."),
        ("HANOI was calm.", "HANOI was calm."),
        ("Jo Roe (Labour) Said no.", "Jo Roe (Labour) Said no."),
        # a live blog's time stamp; a number is none
        ("09:40 Putin says it.", "Putin says it."),
        ("9.15am - Talks resumed.", "Talks resumed."),
        ("14:05 GMT: Talks resumed.", "Talks resumed."),
        ("2.50 Billion people voted.", "2.50 Billion people voted."),
    ],
)
def test_dateline_end(text, rest):
    assert text[dateline_end(text, 0) :] == rest


def test_dateline_only_opens_a_paragraph():
    text = "Headline\nALMATY (Reuters) - Talks resumed. Later ALMATY (Reuters) - no."
    assert text[dateline_end(text, 9) :].startswith("Talks resumed.")
    later = text.index("ALMATY", 20)
    assert dateline_end(text, later) == later


def test_sentence_bounds_sorts_by_start_per_article_and_skips_missing_ids():
    from sco_toolkit.sentences import sentence_bounds

    table = pd.DataFrame(
        {
            "article_id": ["b", "a", "b", None, "a"],
            "sentence_id": [1, 0, 0, 0, 1],
            "start": [10, 0, 0, 0, 5],
            "end": [20, 4, 9, 3, 8],
        }
    )
    bounds = sentence_bounds(table)
    assert list(bounds) == ["b", "a"]  # first appearance, as the stages iterate them
    assert [a.tolist() for a in bounds["b"]] == [[0, 10], [9, 20], [0, 1]]
    assert [a.tolist() for a in bounds["a"]] == [[0, 5], [4, 8], [0, 1]]
