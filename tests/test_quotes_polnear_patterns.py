"""Attribution patterns added for recall on news attribution corpora: invented sentences only."""

from __future__ import annotations

import pandas as pd
import pytest

from .test_quotes import rows, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of feeling with a "that" clause, after "were"
        (
            "Local farmers were frustrated that the canal project had stalled again.",
            [(None, "indirect", "the canal project had stalled again", "frustrated")],
        ),
        (
            "Minister Dana Kerimova is confident that the border will reopen in spring.",
            [("Dana Kerimova", "indirect", "the border will reopen in spring", "is confident")],
        ),
        # a verb of knowing that is a cue only before "that"
        (
            "Auditors have discovered that the fund lost half of its value.",
            [(None, "indirect", "the fund lost half of its value", "discovered")],
        ),
        (
            "Senator Ilya Borisov has learned that the vote will be delayed.",
            [("Ilya Borisov", "indirect", "the vote will be delayed", "learned")],
        ),
        # a newly listed -ing form
        (
            "The city council is demanding that the operator cut its fares.",
            [("city council", "indirect", "the operator cut its fares", "demanding")],
        ),
        # infinitive content keeps its "to"; PolNeAR counts agreements and refusals to act
        # ("agreed to share the cost", "refused to sign the budget") as attributions, but a
        # decision or a refused act is no statement to a journalist, so only a refusal to take
        # a position is one
        ("The two governments agreed to share the cost of the new bridge.", []),
        ("Mayor Tomas Reyes refused to sign the budget before the audit.", []),
        (
            "Mayor Tomas Reyes refused to rule out a tax rise before the audit.",
            [("Tomas Reyes", "indirect", "to rule out a tax rise before the audit", "refused")],
        ),
        (
            "The party has vowed to cut income taxes for small firms.",
            [(None, "indirect", "to cut income taxes for small firms", "vowed")],
        ),
    ],
)
def test_new_cues(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # adjectives and "that only" words without a "that" clause
        "Local farmers were frustrated by the delays at the canal.",
        "Officials are confident about the harvest this year.",
        "Divers discovered a wreck off the northern coast.",
        "Students learned a new song for the festival.",
        "The committee decided against a new stadium.",
        "The team is happy with its new coach.",
        # "that" as a relative pronoun after an adjective is no cue either
        "It was a certain kind of weather that nobody liked.",
        # an infinitive verb followed by a noun phrase, not "to VERB"
        "The clubs agreed terms on Tuesday.",
    ],
)
def test_new_cues_negative(text: str) -> None:
    assert rows(text) == []


def test_certain_that_with_relative_that() -> None:
    # "certain" as a determiner before a noun: no "that" clause, no statement
    assert rows("Certain officials that I met were tired.") == []


def test_cueless_quote_after_reported_speech_is_the_same_speakers() -> None:
    # the cue-less quote of the paragraph goes on with what the reported speaker said:
    # its own direct statement, with the same speaker and cue
    text = 'Exports will double by next year, Anna Volkova said. "We have new buyers in Asia."'
    assert rows(text) == [
        ("Anna Volkova", "indirect", "Exports will double by next year", "said"),
        ("Anna Volkova", "direct", "We have new buyers in Asia.", "said"),
    ]


def test_quote_in_next_paragraph_not_joined() -> None:
    text = 'Exports will double by next year, Anna Volkova said.\n\n"We have new buyers in Asia."'
    q = run(text)
    # the quotation paragraph is a statement of its own (the same speaker goes on), never
    # part of the reported content before it
    assert q["text"].tolist() == ["Exports will double by next year", "We have new buyers in Asia."]
    assert q["kind"].tolist() == ["indirect", "direct"]
    assert q["speaker"].tolist() == ["Anna Volkova", "Anna Volkova"]


def test_a_subheading_in_title_case_is_no_quotation_paragraph() -> None:
    text = "Exports will double, Anna Volkova said.\n\n'Buyers Are Back.'\n\nPrices rose."
    assert run(text)["text"].tolist() == ["Exports will double"]


def test_single_mark_after_comma_closes() -> None:
    text = (
        "\"Voters say, 'Fine, we can wait a bit,'\" he said.\n\n"
        'The minister spoke at a port. "When the storms come, nobody is ready," Mr. Roe said.'
    )
    q = run(text)
    direct = q[q["kind"] == "direct"]
    assert "When the storms come, nobody is ready," in direct["text"].tolist()
    row = direct[direct["text"] == "When the storms come, nobody is ready,"].iloc[0]
    assert row["speaker_surface"] == "Mr. Roe"
    assert pd.notna(row["start"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "appeared to" / "seemed to" before a cue: the cue counts, its subject is the source
        (
            "Ravi Menon appeared to suggest that the tariffs would stay.",
            [("Ravi Menon", "indirect", "the tariffs would stay", "suggest")],
        ),
        (
            "Mayor Tomas Reyes seemed to acknowledge that the plan had failed.",
            [("Tomas Reyes", "indirect", "the plan had failed", "acknowledge")],
        ),
    ],
)
def test_cue_after_raising_verb(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # other infinitives before a cue stay excluded
        "The minister is expected to say more on Friday.",
        "It is too early to say whether the plan will work.",
    ],
)
def test_cue_after_other_infinitive(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opening with an -ing word, then "X said in an interview": the clause is
        # the content, "in an interview" only says where it was said
        (
            "Rising grain prices could hurt poorer members, Minister Dana Kerimova said in an "
            "interview.",
            [
                (
                    "Dana Kerimova",
                    "indirect",
                    "Rising grain prices could hurt poorer members",
                    "said",
                )
            ],
        ),
        # an opening participle clause still is no content
        (
            "Speaking in Astana, Minister Dana Kerimova said the summit would open on Monday.",
            [("Dana Kerimova", "indirect", "the summit would open on Monday", "said")],
        ),
    ],
)
def test_inverted_after_ing_opening(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_relative_gap_inside_content_is_its_own_statement() -> None:
    # "which she says would ...": what she says follows the cue, its subject is "which"
    text = "Minister Dana Kerimova criticised the tariffs, which she says would hurt farmers."
    q = run(text)
    assert rows(text) == [
        (
            "Dana Kerimova",
            "indirect",
            "the tariffs, which she says would hurt farmers",
            "criticised",
        ),
        ("Dana Kerimova", "indirect", "would hurt farmers", "says"),
    ]
    assert (int(q.iloc[1]["start"]), int(q.iloc[1]["end"])) == (62, 80)
    assert q.iloc[1]["speaker_surface"] == "she"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between commas ends at its closing comma
        (
            "The corridor, which officials said would cost two billion, opened in May.",
            [(None, "indirect", "would cost two billion", "said")],
        ),
        (
            "The ministers approved the corridor, which Aliya Omarova said was built by local "
            "firms.",
            [("Aliya Omarova", "indirect", "was built by local firms", "said")],
        ),
    ],
)
def test_relative_gap(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a nested cue without a gap after it is no statement of its own
        "Minister Dana Kerimova criticised the tariffs, which she says hurt farmers badly.",
    ],
)
def test_nested_cue_without_gap(text: str) -> None:
    assert [r[3] for r in rows(text)] == ["criticised"]


def test_dash_signature_with_initials() -> None:
    text = "“Our region deserves peace. We will not give up.” ― Dana K. Omarova"
    q = run(text)
    assert rows(text) == [
        ("Dana K. Omarova", "direct", "Our region deserves peace. We will not give up.", "―")
    ]
    start = text.index("Dana")
    assert (int(q.iloc[0]["speaker_start"]), int(q.iloc[0]["speaker_end"])) == (start, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs that attribute quotations only: chanting, singing, asking
        (
            "Farmers outside the ministry chanted “No more tariffs!”",
            [(None, "direct", "No more tariffs!", "chanted")],  # unnamed farmers
        ),
        (
            "Aliya Omarova turned to the crowd, asking, “Who will pay for the road?”",
            [("Aliya Omarova", "direct", "Who will pay for the road?", "asking")],
        ),
    ],
)
def test_quote_only_cues(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Farmers sang for hours outside the ministry.",
        "Protesters chanted until dawn outside the ministry.",
        "The envoy kept asking about the delays at the border.",
    ],
)
def test_quote_only_cues_without_quotes(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "speaker_surface"),
    [
        # a participle after a preposition: the subject of the clause said it
        (
            "Minister Dana Kerimova was criticised for saying the border would stay closed.",
            [("Dana Kerimova", "indirect", "the border would stay closed", "saying")],
            "Minister Dana Kerimova",
        ),
        (
            "Dana Kerimova opened the session by arguing that the bloc needed a new bank.",
            [("Dana Kerimova", "indirect", "the bloc needed a new bank", "arguing")],
            "Dana Kerimova",
        ),
        # an opening one ends at its comma; the source follows it
        (
            "After saying the summit was a success, Dana Kerimova flew home.",
            [("Dana Kerimova", "indirect", "the summit was a success", "saying")],
            "Dana Kerimova",
        ),
        # before a quotation too
        (
            "The envoy ended his speech by asking: “Who will pay for the road?”",
            [(None, "direct", "Who will pay for the road?", "asking")],
            "The envoy",
        ),
    ],
)
def test_participle_after_preposition(
    text: str, expected: list[tuple], speaker_surface: str
) -> None:
    assert rows(text) == expected
    assert run(text).iloc[0]["speaker_surface"] == speaker_surface


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spent the morning talking to farmers.",
        "After saying goodbye, she left.",
        "It goes without saying that the talks were long.",
    ],
)
def test_participle_after_preposition_negative(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "speaker_surface"),
    [
        # a named body before "which" is the source of the relative clause's cue
        (
            "The figures were collected by the Astana Customs Office, which reported 2,500 "
            "shipments in May.",
            [("Astana Customs Office", "indirect", "2,500 shipments in May", "reported")],
            "the Astana Customs Office",
        ),
        (
            "The plan was drafted by the Eurasian Institute, which noted that trade would double.",
            [("Eurasian Institute", "indirect", "trade would double", "noted")],
            "the Eurasian Institute",
        ),
    ],
)
def test_which_after_named_body(text: str, expected: list[tuple], speaker_surface: str) -> None:
    q = run(text)
    assert rows(text) == expected
    assert q.iloc[0]["speaker_surface"] == speaker_surface
    start = text.index(speaker_surface)
    assert (int(q.iloc[0]["speaker_start"]), int(q.iloc[0]["speaker_end"])) == (
        start,
        start + len(speaker_surface),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "find" takes its content without "that" when a study, survey or panel finds
        (
            "One survey found the president would win a second term.",
            [(None, "indirect", "the president would win a second term", "found")],
        ),
        (
            "An arbitration panel in Geneva found the bank was in breach of the deal.",
            [(None, "indirect", "the bank was in breach of the deal", "found")],
        ),
        (
            "Researchers at the institute found no link between the two programmes.",
            [(None, "indirect", "no link between the two programmes", "found")],
        ),
    ],
)
def test_evidence_subject_find(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police found a car near the border.",
        "The delegates found their seats before the vote.",
        "He moved to Moscow, which was cold.",
    ],
)
def test_evidence_subject_find_negative(text: str) -> None:
    assert rows(text) == []


def test_quoted_title_is_no_quote() -> None:
    # a show's name after a possessive is a title: the sentence's reported speech is found
    text = (
        "On Sunday's broadcast of “Meet the Region,” Minister Dana Roe said the corridor "
        "would open in May."
    )
    assert rows(text) == [("Dana Roe", "indirect", "the corridor would open in May", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Roe has appeared on “Astana Today” twice.",
        "The envoy was a guest on “Silk Road Hour” last week.",
    ],
)
def test_quoted_title_negative(text: str) -> None:
    assert rows(text) == []


def test_adverbial_before_source_then_content() -> None:
    # "In a speech, X said A": the opening adverbial is no inverted content
    text = "In a speech, Minister Dana Roe said the corridor would open."
    assert rows(text) == [("Dana Roe", "indirect", "the corridor would open", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening adverbial before the source, an object after the cue: the object is
        # the content
        (
            "In her 2012 memoir, Steppe Winds, Dana Roe noted the risk of drought.",
            [("Dana Roe", "indirect", "the risk of drought", "noted")],
        ),
        # the same opening with only circumstances after the cue stays inverted
        (
            "If the vote fails, the bloc will collapse, Dana Roe said on Monday.",
            [("Dana Roe", "indirect", "If the vote fails, the bloc will collapse", "said")],
        ),
        # a long phrase of circumstances after a speech cue is no content
        (
            "Exports will double, Dana Roe wrote in a column for the Astana Times.",
            [("Dana Roe", "indirect", "Exports will double", "wrote")],
        ),
        (
            "Exports will double, Dana Roe said in a long interview with the state broadcaster "
            "on Monday.",
            [("Dana Roe", "indirect", "Exports will double", "said")],
        ),
    ],
)
def test_adverbial_opening_and_circumstances(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_believe_in_is_not_circumstance() -> None:
    text = "Like the president, I believe in the good sense of the voters."
    assert [r[2] for r in rows(text)] == ["in the good sense of the voters"]


def test_doubled_marks_open_a_sentence() -> None:
    # a quotation in doubled apostrophes opens a sentence of its own after "X said."
    text = (
        "''I admire the design'' of the new corridor, Mr. Roe said. ''It is more detailed "
        "than the old plan. But I have doubts about the cost.''"
    )
    q = run(text)
    assert rows(text) == [
        ("Roe", "indirect", "''I admire the design'' of the new corridor", "said"),
        (
            "Roe",
            "direct",
            "It is more detailed than the old plan. But I have doubts about the cost.",
            "said",
        ),
    ]
    assert q["speaker_surface"].tolist() == ["Mr. Roe", "Mr. Roe"]
    assert q["sentence_id"].nunique() == 1  # the sentence table's own sentence
