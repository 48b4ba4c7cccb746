"""People in an article: which capitalised runs are people, and who a source phrase refers to.

Every text here is invented for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.speakers import build_registry

from .conftest import assert_offsets_true


def people(text: str) -> list[str]:
    return [p.name for p in build_registry(text, [(0, len(text))]).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation noun right before the name: a company, not a person
        ("Sales fell, investment bank Harlow Finch said.", []),
        ("The survey was paid for by software firm Quarry Lane.", []),
        ("Shares in carmaker Velden Brandt rose.", []),
        # a job before the name keeps the person, even when the job ends like a company noun
        ("Analyst Mira Toll of the bank agreed.", ["Mira Toll"]),
        ("Film-maker Oren Vasko won the prize.", ["Oren Vasko"]),
        ("The talks were led by publisher Anya Lisk.", ["Anya Lisk"]),
        # a title inside the run wins over the noun before it
        ("The bank Chairman Ilya Dorn resigned.", ["Ilya Dorn"]),
    ],
)
def test_organisation_nouns_before_a_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        (
            "Profits will fall next year, investment bank Harlow Finch said.",
            "Harlow Finch",
            "organization",
        ),
        ("Profits will fall next year, analyst Mira Toll said.", "Mira Toll", "person"),
        # a country adjective before a company word: the company, not the country
        ("Profits will fall next year, British Airways said.", "British Airways", "organization"),
        # ... but "the British government" is the country speaking
        (
            "Profits will fall next year, the British government said.",
            "United Kingdom",
            "country",
        ),
    ],
)
def test_source_after_an_organisation_noun(text: str, speaker: str, speaker_type: str) -> None:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    assert corpus.quotes[["speaker", "speaker_type"]].values.tolist() == [[speaker, speaker_type]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single capitalised word is a person only once someone was named with it
        ("Dorn spoke first. Later Ilya Dorn left, and Dorn returned.", ["Ilya Dorn"]),
        ("Mr Dorn spoke first.", ["Dorn"]),
        # words that are also names: a first name before a name word, a surname after one
        ("The risk lies elsewhere, argues analyst Bill Thompson.", ["Bill Thompson"]),
        ("MPs debated the Finance Bill today.", []),
        ("Home Secretary Theresa May spoke in May. Mrs May left early.", ["Theresa May"]),
        ("Defence Minister Ling Jun arrived on 4 Jun. Ling Jun left in Jun.", ["Ling Jun"]),
        # a peer and the same person by first name and surname are one person
        (
            "Former premier Lord Arden has died. Public service brought Tom Arden into "
            "Parliament. Lord Arden was 92.",
            ["Tom Arden"],
        ),
        # a name written once after an organisation noun is an organisation everywhere
        ("Sales rose at IT firm Quarry Data. The survey was paid for by Quarry Data.", []),
        # organisation words and positions keep companies and titles out of names
        (
            "Delta Air Lines and Percept Films agreed. Fly-half Stephen Jones scored.",
            ["Stephen Jones"],
        ),
        # a plural role noun ends a body's name and is nobody; before names it is a title
        ("Jo Roe addressed the Council of Foreign Ministers.", ["Jo Roe"]),
        (
            "The Board of Governors met. Foreign Ministers Ivo Roe and Jo Lee spoke.",
            ["Ivo Roe", "Jo Lee"],
        ),
        ("Ian Fellows said so.", ["Ian Fellows"]),
        # a modifier before a title is no name ("Former Liverpool")
        ("Former Tobol manager Ivo Roe praised the team.", ["Ivo Roe"]),
        # "Dean" is a name here, not a title
        ("Coach Rick Dean and keeper Dean Kiely watched.", ["Rick Dean", "Dean Kiely"]),
        # a name ending in an organisation word is a body
        (
            "The shares came from the Yantai State Asset Management Bureau. A study from the "
            "Royal Academy of Dance found it.",
            [],
        ),
        # words after "of" in a body's name are no person ("Political" is a role word too)
        (
            "Jo Roe of the Steppe University of Political Science and Law spoke.",
            ["Jo Roe"],
        ),
        # a role word inside a hyphenated compound is not a role ("eight-player")
        ("Fans queued for the eight-player Comet Rally game.", ["Comet Rally"]),
        # a place word after a title-like word ends no name: "Trade Area" is a zone
        ("Ties grew under the upgraded Aral-Steppe Free Trade Area.", []),
        ("Firms moved to the Special Economic Zone near Termez.", []),
    ],
)
def test_name_runs(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title whose words are not all role words keeps its words as written
        (
            "Foreign Office Spokesperson Ada Roe said that talks were useful.",
            [["Ada Roe", "Foreign Office Spokesperson"]],
        ),
        # "the chancellor" is not the shadow chancellor, "the president" not the vice president
        (
            "Chancellor Ivo Roe met shadow chancellor Jo Lee. The chancellor insisted that the "
            "plans were affordable.",
            [["Ivo Roe", "Chancellor"]],
        ),
        (
            "Vice President Jo Lee arrived. The president said that talks went well.",
            [[None, "president"]],
        ),
        # an appositive whose closing comma is missing: the name before it speaks
        (
            "Ada Roe, president of the grain board at the firm says that harvests grew.",
            [["Ada Roe", "president of the grain board at the firm"]],
        ),
        # a ministry's spokeswoman is "the diplomat"
        (
            "Foreign Ministry spokeswoman Ada Roe spoke on Thursday. According to the diplomat, "
            "trade grew by a fifth.",
            [["Ada Roe", "Foreign Ministry spokeswoman"]],
        ),
        # "the Head of State" is the president, not the secretary-general named last
        (
            "President Ivo Roe received Secretary-General of the Steppe Treaty Organization "
            "Jo Lee. The Head of State noted that the bloc was growing.",
            [["Ivo Roe", "President"]],
        ),
        # a capitalised body's name before a person's is no organisation noun
        (
            "Roe received Secretary-General of the Shanghai Cooperation Organization Jo Lee. "
            "Lee said that the bloc was growing.",
            [["Jo Lee", "Secretary-General of the Shanghai Cooperation Organization"]],
        ),
    ],
)
def test_head_of_state_and_titles_with_a_body(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country before the role noun picks the person tied to that country
        (
            "Foreign Minister of Latvia Ivo Roe met his Malaysian counterpart Adi Hasan. "
            "The Malaysian minister said that trade grew. The Latvian minister said so too.",
            [["Adi Hasan", "Malaysian counterpart"], ["Ivo Roe", "Foreign Minister of Latvia"]],
        ),
        # with nobody tied to that country, only a role naming no place is the one meant
        (
            "Prime Minister Ivo Roe arrived. The Malaysian prime minister said that trade grew.",
            [["Ivo Roe", "Prime Minister"]],
        ),
        (
            "Foreign Minister of Latvia Ivo Roe met Jo Lee. The Malaysian minister said that "
            "trade grew.",
            [[None, "minister"]],
        ),
    ],
)
def test_country_qualified_role_nouns(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known actor written with an initial, with or without its full stop
        (
            "Foreign Minister S Lavrov said it was fine. Lavrov left.",
            [["Sergey Lavrov", "Foreign Minister of Russia"]],
        ),
        # abbreviated role nouns refer back to the person introduced with the full title
        (
            "External Affairs Minister Ravi Iyer met Wang Yi. The EAM said that talks went well.",
            [["Ravi Iyer", "External Affairs Minister"]],
        ),
        (
            "Prime Minister Ivo Roe arrived. The PM said that trade grew.",
            [["Ivo Roe", "Prime Minister"]],
        ),
    ],
)
def test_initials_and_abbreviated_roles(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_role") == expected


def test_a_long_appositive_after_the_name_gives_the_role() -> None:
    text = (
        '"Settlements are safer now," Ada Roe, a scholar at the Steppe Institute for Regional '
        "Economic Exchange and Legal Cooperation, told the paper on Tuesday."
    )
    assert quote_fields(text, "speaker", "speaker_role") == [
        [
            "Ada Roe",
            "a scholar at the Steppe Institute for Regional Economic Exchange and Legal "
            "Cooperation",
        ]
    ]


def test_role_after_hyphenated_prefix_is_found() -> None:
    text = "The firm named co-chief executive Lena Marsh to the board."
    registry = build_registry(text, [(0, len(text))])
    (person,) = registry.people
    assert person.name == "Lena Marsh"
    assert person.evidence


def test_people_lexicon_rejects_words_yaml_reads_as_booleans(tmp_path) -> None:
    from sco_toolkit.lexicons import LexiconError
    from sco_toolkit.speakers import people_lexicon

    user = tmp_path / "people.yaml"
    user.write_text("not_name_words: [On]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"not_name_words.*\[True\].*'On'"):
        people_lexicon(str(user))


def statements(text: str) -> list[list]:
    return [row[:2] for row in statements_typed(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person who opens a sentence after the last statement is the new subject
        (
            'Ivan Roe beat Dan Hale in the final. "It was hard," admitted Hale. '
            'Roe will move into the top 50. "It has taken a lot of work," he said.',
            [["Dan Hale", "Hale"], ["Ivan Roe", "he"]],
        ),
        # a possessive does not make a new subject: the recent speaker keeps the pronoun
        (
            'Ivan Roe beat Dan Hale in the final. "It was hard," admitted Hale. '
            'Roe\'s coach was delighted. "It has taken a lot of work," he said.',
            [["Dan Hale", "Hale"], ["Dan Hale", "he"]],
        ),
        # a clause opener is no subject either
        (
            'Dan Hale lost. "It was hard," admitted Hale. '
            'When Ivan Roe served, the crowd rose. "I was tired," he said.',
            [["Dan Hale", "Hale"], ["Dan Hale", "he"]],
        ),
        # the subject of the sentence before the pronoun, not the object named last
        (
            'Coach Ivo Marek told a paper: "We will offer Dan Hale a deal." Hale played a part '
            "in the win but fell out with manager Tom Crane. However he hopes the deal will "
            "help him.",
            [["Ivo Marek", "Coach Ivo Marek"], ["Dan Hale", "he"]],
        ),
        # gender comes from a pronoun in a sentence the person opens, not from someone else's
        (
            "Lena Marsh said she would stay. Ivo Petrov, who met Marsh in her office, agreed. "
            '"We are ready," she said.',
            [["Lena Marsh", "Lena Marsh"], ["Lena Marsh", "she"]],
        ),
    ],
)
def test_pronoun_resolution(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_a_role_noun_subject_is_the_next_pronouns_subject() -> None:
    text = (
        "Executive director Ivo Dorn said the forum had grown.\n\nDorn, a career diplomat who "
        "served as Kazakhstan's ambassador to Malaysia, joined in 2024.\n\nKazakhstan's deputy "
        "foreign minister, Daulet Serikov, told the paper that Astana would host it.\n\nAsked "
        "about the powers, the former ambassador rejected the idea.\n\n"
        '"Every member has one voice," he said.'
    )
    assert statements(text)[-1] == ["Ivo Dorn", "he"]


@pytest.mark.parametrize(
    ("relative", "resolved"),
    [
        ("who serves as deputy secretary-general of the bloc", "Ivo Dorn"),
        ("who also serves as the deputy secretary-general of the bloc", "Ivo Dorn"),
        ("who has served as deputy secretary-general since 2022", "Ivo Dorn"),
        # a past post is not who "the deputy secretary-general" is now
        ("who served as deputy secretary-general until 2019", None),
    ],
)
def test_a_post_in_a_relative_clause_answers_to_its_role_noun(relative, resolved) -> None:
    text = (
        f"Ivo Dorn, a career diplomat {relative}, told the agency that talks would go on.\n\n"
        "The deputy secretary-general said that experts would meet in May."
    )
    assert statements_typed(text)[-1][0] == resolved
    assert statements_typed(text.replace("The deputy", "The diplomat, the deputy"))[0][0] == (
        "Ivo Dorn"
    )


@pytest.mark.parametrize(
    ("opening", "resolved"),
    [
        ("Chairwoman of the Board of Qazmet Lena Marsh", "Lena Marsh"),
        ("Chairwoman of the Management Board of Qazmet Lena Marsh", "Lena Marsh"),
        ("Chairwoman of the Board Lena Marsh", "Lena Marsh"),
        # the run after "Board of" is the company alone: no person named
        ("The chairwoman of the Board of Qazmet Holding", None),
    ],
)
def test_a_person_after_a_post_of_a_company_board(opening, resolved) -> None:
    text = f"{opening} said that exports had grown. She added that prices were stable."
    assert [row[0] for row in statements_typed(text)] == [resolved, resolved]


def test_the_agent_of_a_passive_is_the_next_pronouns_subject() -> None:
    text = (
        '"We need credit," deputy minister Lena Marsh told the agency. Egypt was represented '
        "by deputy minister Ivo Dorn. He warned that prices were volatile."
    )
    assert statements(text) == [["Lena Marsh", "deputy minister Lena Marsh"], ["Ivo Dorn", "He"]]


def test_the_former_and_the_latter_are_the_last_two_people_named() -> None:
    text = (
        "Ivo Marek met Aida Roe in Astana. The latter said trade was growing, while the former "
        "said tariffs would stay."
    )
    assert statements(text) == [["Aida Roe", "The latter"], ["Ivo Marek", "the former"]]
    # with one person named, nobody is meant
    assert statements("Ivo Marek arrived. The latter said trade was growing.") == [
        [None, "The latter"]
    ]
    # "the former" before a noun is an adjective ("the former chat show host")
    assert (
        statements(
            "Ivo Marek met Aida Roe. The former chat show host quit the party, calling it a joke."
        )
        == []
    )


def test_the_head_of_a_ministry_is_its_minister() -> None:
    text = (
        "Foreign Minister Ivo Marek met Aida Roe, the head of the ministry's press service. "
        "The head of the Steppe Foreign Ministry said the talks went well."
    )
    assert statements(text) == [["Ivo Marek", "The head of the Steppe Foreign Ministry"]]
    text = text.replace("of the Steppe Foreign Ministry", "of the press service")
    assert statements(text) == [["Aida Roe", "The head of the press service"]]


@pytest.mark.parametrize("post", ["Deputy Prime Minister", "Prime Minister"])
def test_the_minister_is_no_prime_minister(post: str) -> None:
    text = (
        f"Energy Minister Lena Marsh met Steppe {post} Ivo Dorn. The minister said the talks "
        "had gone well."
    )
    assert statements(text) == [["Lena Marsh", "The minister"]]


def test_participle_opening_a_sentence_is_not_a_name() -> None:
    assert people("Praising Corvin and Lask for their work, she said the clubs had changed.") == []
    assert people("Speaking on Tuesday, Foreign Minister Ilya Dorn said so.") == ["Ilya Dorn"]


@pytest.mark.parametrize(
    ("source", "speaker", "speaker_type"),
    [
        ("the minister", "Ilya Dorn", "person"),
        ("the diplomat", "Lena Marsh", "person"),  # a synonym of her role (ambassador)
        ("A Kremlin official", None, "unnamed"),  # indefinite: someone not named
        ("One senior diplomat", None, "unnamed"),
        ("Officials", None, "unnamed"),  # plural: a group
    ],
)
def test_role_nouns_resolve_only_when_definite(source, speaker, speaker_type) -> None:
    text = (
        "Trade Minister Ilya Dorn met Ambassador Lena Marsh on Monday. "
        f"{source[0].upper()}{source[1:]} said that the deal was close."
    )
    (row,) = statements_typed(text)
    assert row == [speaker, source[0].upper() + source[1:], speaker_type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank word and another role word make one post
        (
            "Ivo Dorn, Assistant Undersecretary for Trade at the ministry, arrived. The "
            "assistant undersecretary added that talks were close.",
            [["Ivo Dorn", "The assistant undersecretary"]],
        ),
        (
            "Lena Marsh, Deputy Permanent Secretary at the Ministry of Finance, arrived. The "
            "deputy permanent secretary said that talks were close.",
            [["Lena Marsh", "The deputy permanent secretary"]],
        ),
        # a preposition before a possessive post is no part of it
        (
            "For South Africa's deputy minister of agriculture, Lena Marsh, credit matters most. "
            '"We need credit," the South African deputy minister told the agency.',
            [["Lena Marsh", "the South African deputy minister"]],
        ),
        # a rank after the post answers too ("the Iranian admiral")
        (
            "Rear Admiral Ivo Dorn, the spokesman for the drills, spoke on Monday. The "
            "admiral added that observers were present.",
            [["Ivo Dorn", "The admiral"]],
        ),
        # "the lawmaker" is an MP; a public-security portfolio before the name
        (
            "Labour MP Lena Marsh spoke first. The lawmaker said that the bill would pass.",
            [["Lena Marsh", "The lawmaker"]],
        ),
        (
            "Deputy Minister of Public Security Pham Duc Thang said crime had grown.",
            [["Pham Duc Thang", "Deputy Minister of Public Security Pham Duc Thang"]],
        ),
        # an appositive post before a titled name is a post too
        (
            "Trade will grow, the country's sherpa for the grouping, Ambassador Lena Marsh, "
            "said. Later the sherpa said that the bank should lend more.",
            [["Lena Marsh", "Ambassador Lena Marsh"], ["Lena Marsh", "the sherpa"]],
        ),
        # a post given in an appositive at a later surname mention
        (
            "Deputy Secretary-General Ivo Dorn spoke on Monday.\nDorn, a retired lieutenant "
            "general who served for years in the General Staff, took up his post in 2023.\n"
            '"The forces must be ready," the general warned.',
            [["Ivo Dorn", "the general"]],
        ),
        # "General Staff" is a body and "Chief of Staff" a post, not people called "Staff"
        (
            "Ivo Dorn, a retired lieutenant general who served in the Russian General Staff, "
            "spoke first. White House Chief of Staff Jo Pike said the plan was fine. The "
            "general said that the border was calm.",
            [["Jo Pike", "White House Chief of Staff Jo Pike"], ["Ivo Dorn", "The general"]],
        ),
        # the post after "was led by", not the clause before it
        (
            "The session was led by the executive secretary of the ministry, Ivo Dorn. The "
            "executive secretary said that the talks were useful.",
            [["Ivo Dorn", "The executive secretary"]],
        ),
    ],
)
def test_posts_with_ranks_and_prepositions(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def quote_fields(text: str, *columns: str) -> list[list]:
    """The given ``quotes`` columns of ``text`` per statement (NA as None); offsets checked."""
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.quotes)
    q = corpus.quotes
    return [
        [None if pd.isna(v) else v for v in row] for row in q[list(columns)].itertuples(index=False)
    ]


def statements_typed(text: str) -> list[list]:
    """``[speaker or None, speaker_surface, speaker_type]`` per statement; offsets checked."""
    return quote_fields(text, "speaker", "speaker_surface", "speaker_type")


def test_pronoun_is_resolved_where_its_sentence_first_uses_it() -> None:
    from sco_toolkit.speakers import classify_source

    text = (
        "Ivo Dorn served as home secretary. His career was not without controversy. "
        "When he refused to support prime minister Harold Vane over the plan, he said: "
        '"I am not going to resign."'
    )
    registry = build_registry(text, [(0, 34), (35, 75), (76, len(text))])
    at = text.index("he said")
    assert classify_source("he", at, registry, [])[0] == "Harold Vane"  # nearest person
    resolved = classify_source("he", at, registry, [], sentence_start=76, text=text)
    assert resolved[0] == "Ivo Dorn"


def test_newspapers_are_organisations() -> None:
    text = "The Sunday Courier reported that funds were unhappy. Kommersant reported a deal."
    assert statements_typed(text) == [
        ["Sunday Courier", "The Sunday Courier", "organization"],
        ["Kommersant", "Kommersant", "organization"],
    ]


def test_an_unknown_acronym_source_is_an_organisation() -> None:
    text = "KMG said profits rose. Ivo Dorn said that was wrong."
    assert statements_typed(text) == [
        ["KMG", "KMG", "organization"],
        ["Ivo Dorn", "Ivo Dorn", "person"],
    ]


def test_a_capital_speaks_for_its_country() -> None:
    text = (
        "Moscow said it was ready. Beijing has said the plan is fair. "
        "Officials in Shanghai said the port was busy."
    )
    assert statements_typed(text) == [
        ["Russia", "Moscow", "country"],
        ["China", "Beijing", "country"],
        [None, "Officials in Shanghai", "unnamed"],
    ]


def test_descriptive_nouns_refer_to_the_person_named_last() -> None:
    text = (
        'Coach Ivo Marek named his side. "We are ready," Marek said. Meanwhile, centre '
        'Jean-Paul Ravel is delighted with his call-up. "It is incredible," the youngster said. '
        '"I was not expecting it," the 21-year-old added.'
    )
    assert statements(text) == [
        ["Ivo Marek", "Marek"],
        ["Jean-Paul Ravel", "the youngster"],
        ["Jean-Paul Ravel", "the 21-year-old"],
    ]


def test_a_possessive_name_in_the_source_is_not_the_speaker() -> None:
    text = (
        "President Ivo Marek arrived on Monday. Marek's spokesman said the talks were useful. "
        "Dan Hale was killed in March. Police investigating Hale's death said they had a lead."
    )
    assert statements_typed(text) == [
        [None, "Marek's spokesman", "unnamed"],
        [None, "Police investigating Hale's death", "unnamed"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word proper noun (capitalised mid-sentence too) that names nobody: a company
        (
            "Shares in Quorvia fell. Quorvia said it would appeal.",
            [["Quorvia", "Quorvia", "organization"]],
        ),
        # a capitalised common noun at a sentence start stays unnamed
        (
            "Investors were calm. Regulators said the rules would stay.",
            [[None, "Regulators", "unnamed"]],
        ),
        # a surname whose full name comes later in the article is that person
        (
            "Marsh said the club was calm. Later, chief executive Lena Marsh left the meeting.",
            [["Lena Marsh", "Marsh", "person"]],
        ),
    ],
)
def test_one_word_sources(text: str, expected: list[list]) -> None:
    assert statements_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ambassador to Moldova Lena Marsh said the talks were useful.", "Ambassador to Moldova"),
        ("Special envoy to the UN Ivo Marek said the vote was close.", "Special envoy to the UN"),
        # a post and its portfolio before an honorific-like title
        (
            "The vote was close, State Minister of Foreign Affairs Ambassador Ivo Marek said.",
            "State Minister of Foreign Affairs Ambassador",
        ),
        # a title opening the sentence, with no determiner, before the name's commas
        (
            "Ambassador to Moldova and Permanent Representative to the African Union, Lena "
            "Marsh, said the talks were useful.",
            "Ambassador to Moldova and Permanent Representative to the African Union",
        ),
    ],
)
def test_role_with_a_complement_before_the_name(text: str, role: str) -> None:
    assert quote_fields(text, "speaker_role") == [[role]]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # the country or body written before a title stays in the role
        (
            "Kazakh Foreign Minister Aru Sadyk said Astana would host it.",
            "Aru Sadyk",
            "Kazakh Foreign Minister",
        ),
        (
            "Philippine Defence Secretary Leo Cruz said Manila would stay.",
            "Leo Cruz",
            "Philippine Defence Secretary",
        ),
        # a sentence opener before the title does not
        (
            "On Monday Foreign Minister Aru Sadyk said Astana would host it.",
            "Aru Sadyk",
            "Foreign Minister",
        ),
        # a possessive appositive before or after the name
        (
            "Vanuatu's finance minister, Eli Toka, said the fund was ready.",
            "Eli Toka",
            "Vanuatu's finance minister",
        ),
        (
            "Eli Toka, Vanuatu's finance minister, said the fund was ready.",
            "Eli Toka",
            "Vanuatu's finance minister",
        ),
        # "his counterpart" as a title or an appositive object, and the role noun then resolves
        (
            "Lin Tao met his Fijian counterpart Ivo Marek. Marek said the talks went well.",
            "Ivo Marek",
            "Fijian counterpart",
        ),
        (
            "Lin Tao met his counterpart, Ivo Marek, on Monday. "
            "The counterpart said the talks went well.",
            "Ivo Marek",
            "his counterpart",
        ),
        # a post after another person's name and "and" is the second person's alone
        (
            "Trade Minister Lin Tao and his Fijian counterpart Ivo Marek met. "
            "The Fijian minister said the talks went well.",
            "Ivo Marek",
            "Fijian counterpart",
        ),
    ],
)
def test_role_keeps_its_qualifier(text: str, speaker: str, role: str) -> None:
    assert quote_fields(text, "speaker", "speaker_role") == [[speaker, role]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the federation" is the body named last with that word in its name
        (
            "The Harlow Federation opposed the plan. The federation said officers lacked kit.",
            [["Harlow Federation", "organization"]],
        ),
        (
            "The Shanghai Cooperation Organization held a summit. "
            "The organisation said it would grow.",
            [["Shanghai Cooperation Organisation", "organization"]],
        ),
        (
            "Leaders of the Association of Southeast Asian Nations met. "
            "The association said the talks went well.",
            [["Association of Southeast Asian Nations", "organization"]],
        ),
        # no body named with the word: the organisation stays unnamed
        ("The government said it would act.", [[None, "organization"]]),
    ],
)
def test_definite_body_nouns_resolve_to_the_body_named(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


def test_month_given_names_and_law_titles() -> None:
    text = (
        "Union chairman Jan Berry said officers need kit. Ms Berry said it was wrong. "
        "The Serious Organised Crime and Police Bill proposes extra powers for officers."
    )
    q = analyze(pd.DataFrame({"text": [text]})).quotes
    assert q["speaker"].dropna().tolist() == ["Jan Berry", "Jan Berry"]
    # the bill "proposes" a noun phrase, no content: no statement (a proposal is only named)
    assert q["speaker_type"].tolist() == ["person", "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-based NAME": the name, not the city's country
        (
            "Its bid failed. Paris-based Quorex said it is interested in a deal. Quorex owns it.",
            [["Quorex", "organization", None]],
        ),
        # an acronym after a determiner is an organisation
        ("According to the FT, the bourse will woo the exchange.", [["FT", "organization", None]]),
        # a hyphenated title is a title, and its run stays out of the name
        (
            "US Treasury Under-Secretary Jo Tanner said the US is committed.",
            [["Jo Tanner", "person", "US Treasury Under-Secretary"]],
        ),
        # a role word inside a lower-case compound is no role
        ("The eight-player team said it won.", [["eight-player team", "organization", None]]),
    ],
)
def test_based_acronyms_and_hyphenated_titles(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type", "speaker_role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name before a role appositive is the source
        (
            "Lord Tull, Minister for Defence Procurement, said he was disappointed.",
            [["Lord Tull", "Minister for Defence Procurement"]],
        ),
        # an opening phrase before "NAME, ROLE," is no content of an inverted attribution
        (
            "At the time Lord Tull, the Lord Chief Justice, had said the cut would stand.",
            [["Lord Tull", "the Lord Chief Justice"]],
        ),
        # ... while a clause before "ROLE, NAME, said" is
        ("Trade is growing fast, the envoy, Jo Roe, said.", [["Jo Roe", "the envoy"]]),
        # a body's full name before the title qualifies it
        (
            "Eurasian Grain Treaty Organization Secretary-General Ivo Roe said it was ready.",
            [["Ivo Roe", "Eurasian Grain Treaty Organization Secretary-General"]],
        ),
        # job words before a name, and a headline word in capitals, stay out of the name
        (
            "But Political Correspondent Jim Hardy said the prospect was remote.",
            [["Jim Hardy", "Correspondent"]],
        ),
        (
            "Controversial DJ Harry Stern said he was leaving.",
            [["Harry Stern", "Controversial DJ"]],
        ),
        ("VOTE Was Ann Greer right? Ann Greer said she was.", [["Ann Greer", None]]),
        # abbreviated titles ("PM", "EAM") are titles, so the surname finds the person
        (
            "Premier Vikram Rao said ties were strong. PM Rao called for reform of the bloc.",
            [["Vikram Rao", "Premier"], ["Vikram Rao", "Premier"]],
        ),
    ],
)
def test_appositive_roles_and_job_titles(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised name holding an organisation word is an organisation, not a person
        ("Harlow Boerse said it would bid.", [["Harlow Boerse", "organization"]]),
        ("Age Concern says older voters matter.", [["Age Concern", "organization"]]),
        # ... even when it holds a country's name
        ("The Bank of Fiji said rates would rise.", [["Bank of Fiji", "organization"]]),
    ],
)
def test_capitalised_names_with_organisation_words(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title word that is also a surname, after a given name
        (
            "Labour's Ola King said she would fight. Ms King said the seat was safe.",
            [["Ola King", "person"], ["Ola King", "person"]],
        ),
        # a seat before an abbreviated title names nobody; a name before one is a person
        ("The Glasgow Kelvin MP accused the party of lying.", [[None, "unnamed"]]),
        (
            "Tom McCann MSP said the money was enough. He told parliament it was fair.",
            [["Tom McCann", "person"], ["Tom McCann", "person"]],
        ),
        # an organisation noun before a one-word name
        (
            "The councils' umbrella organisation Cosla warned that taxes would rise.",
            [["Cosla", "organization"]],
        ),
        # "Speaker" is a title
        ("Speaker Tom Reed revealed that some MPs used phones.", [["Tom Reed", "person"]]),
        # a plan is a statement only as "plans to ..."
        ("Minister Jo Roe published plans for a new points system.", []),
        ("Minister Jo Roe plans to build a wall.", [["Jo Roe", "person"]]),
    ],
)
def test_titles_as_surnames_seats_and_plans(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Institute of Economic and Social Studies claims taxes need to rise.",
            [["Institute of Economic and Social Studies", "organization"]],
        ),
        ("NIESR said growth was weak.", [["NIESR", "organization"]]),
        ("The Treasury said it was on track.", [[None, "organization"]]),
        (
            "Sales fell sharply, accountancy firm Ernst & Young said.",
            [["Ernst & Young", "organization"]],
        ),
        ("Harlow Telekom said it would cut jobs.", [["Harlow Telekom", "person"]]),
        ("Deutsche Telekom said it would cut jobs.", [["Deutsche Telekom", "organization"]]),
    ],
)
def test_organisations_written_in_capitals(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named at the end of a longer source, not the country inside its name
        (
            "According to lending figures from the Bank of Fiji, borrowing rose sharply.",
            [["Bank of Fiji", "organization", "lending figures from the Bank of Fiji"]],
        ),
        # "as" opens a clause: the source is after it
        (
            "News of the deal came as the group announced it would cut jobs.",
            [[None, "organization", "the group"]],
        ),
        # a long title with "of the" before the name
        (
            "UK Chancellor of the Exchequer Tom Brand said growth was strong.",
            [["Tom Brand", "person", "UK Chancellor of the Exchequer Tom Brand"]],
        ),
    ],
)
def test_bodies_clauses_and_long_titles(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type", "speaker_surface") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase ends with a known organisation: an adjective before it is no role
        (
            "The official Xinhua News Agency said the crackdown was over.",
            [["Xinhua", "organization", None]],
        ),
        # a capitalised name closed by a lower-case organisation noun
        (
            "The Reporters Without Borders group said filtering was common.",
            [["Reporters Without Borders group", "organization", None]],
        ),
        # a title after an organisation's name is a person's
        ("The Bank of Fiji Governor said rates would rise.", [[None, "unnamed", "Governor"]]),
        # a possessive description names no organisation
        ("The country's government said the cafes were closed.", [[None, "organization", None]]),
    ],
)
def test_organisation_heads_and_titles(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type", "speaker_role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" after an unnamed spokeswoman is hers, not a man's or an earlier woman's
        (
            "Dan Leck said the escape was a disgrace. The executive spokeswoman said an inquiry "
            "had begun. She said the prisoner was dangerous.",
            ["Dan Leck", None, None],
        ),
        # a spokesman in between does not take "she" from the woman named before
        (
            "Jane Roe said the escape was a disgrace. A spokesman said an inquiry had begun. "
            "She said the prisoner was dangerous.",
            ["Jane Roe", None, "Jane Roe"],
        ),
        # a woman named after the spokeswoman takes "she" back
        (
            "A spokeswoman said an inquiry had begun. Jane Roe, the minister, said it was a "
            "disgrace. She added that the prisoner was dangerous.",
            [None, "Jane Roe", "Jane Roe"],
        ),
    ],
)
def test_pronoun_after_an_unnamed_gendered_source(text: str, expected: list) -> None:
    assert [row[0] for row in quote_fields(text, "speaker")] == expected


def test_a_city_that_is_no_seat_of_government_speaks_for_nobody() -> None:
    text = (
        "The Tianjin Declaration calls for cooperation in trade and energy. Moscow said it agreed."
    )
    assert quote_fields(text, "speaker", "speaker_type") == [
        [None, "unnamed"],
        ["Russia", "country"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed source at a body is not the body
        ("A senior source at the club told the paper it was over.", [[None, "unnamed"]]),
        # a company named with "Auto" is no person
        ("Harlow Auto was not for sale, Mr Tann said.", [["Tann", "person"]]),
    ],
)
def test_sources_at_bodies_and_company_words(text: str, expected: list[list]) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


def test_a_family_noun_gives_the_gender_and_mr_finds_the_man() -> None:
    text = (
        "Singer Oren Vasko faces trial in May. Mr Vasko denies the charges. "
        "His mother Lina Vasko told a radio station on Sunday that her son was innocent. "
        '"I know his character," she said. Describing Mr Vasko as kind, she said she was '
        "worried about the trial."
    )
    registry = build_registry(text, [(0, len(text))])
    genders = {p.name: p.gender for p in registry.people}
    assert genders == {"Oren Vasko": "m", "Lina Vasko": "f"}
    corpus = analyze(pd.DataFrame({"text": [text]}))
    quotes = corpus.quotes
    assert_offsets_true(corpus.articles, quotes)
    by_surface = {s: set(g["speaker"]) for s, g in quotes.groupby("speaker_surface")}
    assert by_surface["Mr Vasko"] == {"Oren Vasko"}
    assert by_surface["she"] == {"Lina Vasko"}
    mentions = corpus.mentions
    vasko = mentions[mentions["surface"] == "Vasko"]
    assert set(vasko["entity"]) == {"Oren Vasko"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined by "and"/"&" to a run ending with a company word is part of that name
        ("Baoshan Iron and Steel Co. said it would delay the sale.", []),
        ("Steppe Copper & Gold Co said output rose.", []),
        # ... two people joined by "and" stay people
        ("Jo Roe and Marek Novak said the deal was done.", ["Jo Roe", "Marek Novak"]),
        # "ROLE of/to the BODY NAME": the body ends the title, the person follows
        ("Chief Secretary to the Treasury Aliya Omarova attacked the plans.", ["Aliya Omarova"]),
        (
            "Chairman of the Management Board of Steppe Railways Nurlan Sadykov spoke.",
            ["Nurlan Sadykov"],
        ),
    ],
)
def test_company_names_with_and_and_bodies_inside_titles(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        # capitalised words glued to a country's name are a company, not a person or a state
        (
            "Kazakhstan Temir Zholy said the line would open in May.",
            "Kazakhstan Temir Zholy",
            "organization",
        ),
        ("China Eastern said flights to Almaty would resume.", "China Eastern", "organization"),
        # ... but the country alone is its government, and an adjective qualifies a person
        ("Russia said the talks were useful.", "Russia", "country"),
        ("Top-seeded American Oren Vasko said he was tired.", "Oren Vasko", "person"),
        (
            "Seeded Americans Oren Vasko and Jo Roe won. Vasko said he was tired.",
            "Oren Vasko",
            "person",
        ),
    ],
)
def test_names_glued_to_a_country(text: str, speaker: str, speaker_type: str) -> None:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    row = corpus.quotes.iloc[0]
    assert (row["speaker"], row["speaker_type"]) == (speaker, speaker_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title written short with a full stop is no part of the name
        ("Sen. Jo Roe said the bill would pass.", ["Jo Roe"]),
        ("Gen. Ivan Petrov said the drills would start in May.", ["Ivan Petrov"]),
        # ... but the same letters without it are a name
        ("Prime Minister Hun Sen said the talks were useful.", ["Hun Sen"]),
        # a capitalised adjective and a party label before the name are no part of it
        ("Fellow Lib Dem Norman Baker said the episode was damaging.", ["Norman Baker"]),
        # football clubs named like people
        ("Real Sociedad said they would pay the fee.", []),
    ],
)
def test_abbreviated_titles(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_an_abbreviated_title_gives_the_role() -> None:
    text = "Gen. Ivan Petrov said the drills would start in May. Sen. Jo Roe said it would pass."
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(zip(quotes["speaker"], quotes["speaker_role"], strict=True)) == [
        ("Ivan Petrov", "general"),
        ("Jo Roe", "senator"),
    ]


def test_a_quotation_is_not_attributed_across_a_sentence_end() -> None:
    from sco_toolkit.quotes import extract_quotes
    from sco_toolkit.sentences import split_sentences

    text = "„Wir sind bereit“, sagte Jo Roe. Ada Lim said: “We are ready to sign today.”"
    articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    quotes = extract_quotes(articles, split_sentences(articles))
    assert list(quotes["text"]) == ["We are ready to sign today."]
    assert list(quotes["speaker"]) == ["Ada Lim"]


def test_a_role_before_the_name_in_an_inverted_attribution() -> None:
    text = '"There are no reasons," said RNID technology director, Guido Gybels.'
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(zip(quotes["speaker"], quotes["speaker_role"], strict=True)) == [
        ("Guido Gybels", "RNID technology director")
    ]


def test_a_document_named_after_a_capital_is_no_government() -> None:
    text = "The Astana Declaration, signed by the leaders, says that the bloc is open to all."
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert list(zip(quotes["speaker"].isna(), quotes["speaker_type"], strict=True)) == [
        (True, "unnamed")
    ]


def test_an_age_noun_finds_the_person_of_that_age() -> None:
    text = (
        "Striker Jose Roe, 21, was tricked by a radio station. He believed he was talking to "
        'director Ivo Marek. "I wish I played there," the 21-year-old told the station.'
    )
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    row = quotes[quotes["speaker_surface"] == "the 21-year-old"].iloc[0]
    assert row["speaker"] == "Jose Roe"  # not Ivo Marek, named last


def test_an_age_before_a_name_is_not_given_to_the_next_name() -> None:
    text = 'The 71-year-old Jo Roe met Ivo Marek. "It is over," the 71-year-old said.'
    registry = build_registry(text, [(0, 38), (39, len(text))])
    assert {p.name: p.age for p in registry.people} == {"Jo Roe": 71, "Ivo Marek": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after the name's comma is no appositive: its role word is someone else's
        (
            "The envoy's spokesman, Berik Uali, later wrote that the president had left.",
            {"Berik Uali": ["The envoy's spokesman"]},
        ),
        (
            "The head of the bureau, Aliya Omarova, met Deputy Director Ivo Marek in Baku.",
            {"Aliya Omarova": ["The head of the bureau"], "Ivo Marek": ["Deputy Director"]},
        ),
        # an appositive opens with a determiner, a capitalised qualifier or a role modifier
        (
            "The talks were led by Jo Roe, a long-serving former deputy director of the fund.",
            {"Jo Roe": ["a long-serving former deputy director of the fund"]},
        ),
        (
            "Meanwhile Mark Oaten, Liberal Democrat home affairs spokesman, said it was wrong.",
            {"Mark Oaten": ["Liberal Democrat home affairs spokesman"]},
        ),
    ],
)
def test_appositive_after_a_name_must_open_like_one(text: str, expected: dict) -> None:
    registry = build_registry(text, [(0, len(text))])
    assert {p.name: p.roles for p in registry.people} == expected


def test_a_role_noun_qualified_by_a_body_finds_that_bodys_person() -> None:
    text = (
        "The Secretary-General of the SCO, Nurlan Yermekbayev, met ASEAN Deputy "
        "Secretary-General Satvinder Singh in Jakarta. Yermekbayev said trade was growing. "
        "According to the ASEAN official, a memorandum signed in 2005 is a good basis."
    )
    quotes = analyze(pd.DataFrame({"text": [text]})).quotes
    assert_offsets_true(analyze(pd.DataFrame({"text": [text]})).articles, quotes)
    row = quotes[quotes["speaker_surface"] == "the ASEAN official"].iloc[0]
    assert row["speaker"] == "Satvinder Singh"  # not the SCO's secretary-general, named last


def person_entities(text: str) -> list[str]:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    assert_offsets_true(corpus.articles, corpus.mentions, column="surface")
    people = corpus.mentions[corpus.mentions["kind"] == "person"]
    return sorted(set(people["entity"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name later written as its surname alone is a person, with no title or role
        (
            "Ryan Dalby has been chosen for the final. Dalby missed the last round.",
            ["Ryan Dalby"],
        ),
        # "who" after a name, and a family noun before it
        ("The prize went to Mara Kettle, who wrote the script.", ["Mara Kettle"]),
        ("He arrived with his wife Lena Ostrova on Monday.", ["Lena Ostrova"]),
        # runs shaped like something else stay out: a place adjective, a participle, a
        # hyphenated word, a function word
        ("The European Elvis contest opened. Elvis fans queued.", []),
        ("Finding Neverland won again. Neverland fans cheered.", []),
        ("High-definition DVDs are coming. DVDs will store more.", []),
        ("The Sunderland No campaign began. No one came.", []),
        # two capitalised words with no sign of a person are no mention
        ("Pilot Station Media grew fast in May.", []),
    ],
)
def test_people_named_without_a_title(text: str, expected: list[str]) -> None:
    assert person_entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occupation or an age written before a name is no part of it
        ("Sprinter Ryan Dalby won. Dalby left.", {"Ryan Dalby": ["Sprinter"]}),
        ("Cinematographer Ryan Dalby won.", {"Ryan Dalby": ["Cinematographer"]}),
        ("Fifteen-year-old Ryan Dalby won. Dalby left.", {"Ryan Dalby": []}),
        ("Teenager Ryan Dalby won. Dalby left.", {"Ryan Dalby": []}),
        # ... but a surname that is also a word stays
        ("Analyst Simon Champion said so.", {"Simon Champion": ["Analyst"]}),
    ],
)
def test_occupations_and_ages_before_a_name(text: str, expected: dict) -> None:
    registry = build_registry(text, [(0, len(text))])
    assert {p.name: p.roles for p in registry.people} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition or a verb before a role is no part of it; a modifier is
        ("Her remarks were echoed by Indian businesswoman Anita Rao.", ["Indian businesswoman"]),
        ("The attack came from shadow chancellor Ivo Roe.", ["shadow chancellor"]),
        ("He met with deputy minister Ivo Roe.", ["deputy minister"]),
        ("Russian delegate Elena Petrova spoke.", ["Russian delegate"]),
    ],
)
def test_the_words_before_a_role(text: str, expected: list[str]) -> None:
    people = build_registry(text, [(0, len(text))]).people
    assert [p.roles for p in people] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name alone after a family noun is a person of that gender
        (
            "His wife, Joan, suggested he had nothing to lose. Joan said it was true.",
            [["Joan", "Joan"], ["Joan", "Joan"]],
        ),
        ("He came with his wife Cherie. She said it was a good day.", [["Cherie", "She"]]),
        # a thing's "sister" is no family
        ("Its sister project, the Xiluodu Dam, said nothing.", []),
    ],
)
def test_a_given_name_after_a_family_noun(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_a_given_name_after_a_family_noun_takes_the_full_name_seen_later() -> None:
    text = 'He came with his wife Sharon. "Great," said Sharon Osbourne.'
    registry = build_registry(text, [(0, 29), (30, len(text))])
    assert [(p.name, p.gender) for p in registry.people] == [("Sharon Osbourne", "f")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative named by a given name takes the family name of whose relative it is
        (
            "Police named Stefan Pakeerah. His mother, Giselle, said the game was to blame.",
            [["Giselle Pakeerah", "Giselle"]],
        ),
        (
            "Mr Eavis' daughter Emily said it was big.",
            [["Emily Eavis", "Mr Eavis' daughter Emily"]],
        ),
        # ... but the family name alone stays with the person the text gave it to
        (
            "Michael Howard arrived. He was introduced by his son Nick. Mr Howard said it was "
            "great.",
            [["Michael Howard", "Mr Howard"]],
        ),
        # a person after "for"/"of" a common noun is not the source
        (
            "Tony Blair spoke. A spokesman for Mr Blair said it was fine.",
            [[None, "A spokesman for Mr Blair"]],
        ),
        (
            "Jo Roe was charged. Lawyers for Jo Roe said she was innocent.",
            [[None, "Lawyers for Jo Roe"]],
        ),
        (
            "Stefan Pakeerah died. The parents of Stefan Pakeerah said the game was to blame.",
            [[None, "The parents of Stefan Pakeerah"]],
        ),
        # a title with "of" before the name still names its holder
        (
            "Minister of Foreign Affairs Jo Roe said it was fine.",
            [["Jo Roe", "Minister of Foreign Affairs Jo Roe"]],
        ),
        # Hindi titles of Indian official copy: "Raksha Mantri" is the defence minister
        (
            "Raksha Mantri Shri Ivo Marek met his counterparts. The Raksha Mantri said the "
            "talks went well.",
            [["Ivo Marek", "The Raksha Mantri"]],
        ),
        # ... and so does a post at a body whose name ends in an organisation word
        (
            "The president of Steppe Oil Company Ivo Marek said output rose.",
            [["Ivo Marek", "The president of Steppe Oil Company Ivo Marek"]],
        ),
        (
            "Output rose, said the head of Aral Direct Investment Fund Jo Roe.",
            [["Jo Roe", "the head of Aral Direct Investment Fund Jo Roe"]],
        ),
        # (a name after a role word is that role's holder, not the body's)
        (
            "A spokesman for Steppe Energy Minister Jo Roe said the plan was dropped.",
            [[None, "A spokesman for Steppe Energy Minister Jo Roe"]],
        ),
    ],
)
def test_relatives_and_people_behind_a_preposition(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oscar-winner Andrea Arnold won. Arnold left.", ["Andrea Arnold"]),
        ("Californian Thomas Slattery sued. Slattery left.", ["Thomas Slattery"]),
        ("London-born Jo Roe won. Roe left.", ["Jo Roe"]),
    ],
)
def test_descriptions_glued_before_a_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name inside the quotation is not whom the "he" after it means
        (
            'Rafael Benitez spoke after the game. "I spoke to Steven Gerrard and said to him '
            'that he must think first," he said.',
            [["Rafael Benitez", "he"]],
        ),
        (
            'Serena Williams won in three sets. "Lindsay Davenport had me on the run," she said.',
            [["Serena Williams", "she"]],
        ),
        # a person descriptor before a name makes it a person the pronoun can mean
        ("New Yorker Dick Morris is a winner. He said it was over.", [["Dick Morris", "He"]]),
    ],
)
def test_pronouns_skip_names_inside_quotations(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company words end a company's name, not a person's
        ("Asahi Breweries said profits rose. Asahi expects more.", []),
        ("Nortel Networks said it had made $434m.", []),
        # a hyphenated surname that ends like a role is a surname
        ("Chief executive Magnus McEwen-King said it was great.", ["Magnus McEwen-King"]),
        ("Under-Secretary Jo Roe said it was fine.", ["Jo Roe"]),
    ],
)
def test_company_words_and_hyphenated_surnames(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country adjective after a given name or a title is a family name
        (
            "Tom German, leader of the group, claimed that rents rose. "
            "Mr German said they would rise.",
            [["Tom German", "Tom German"], ["Tom German", "Mr German"]],
        ),
        ('"It will be close," predicted Ola Irish.', [["Ola Irish", "Ola Irish"]]),
        # ... but not after a qualifier, a possessive or the end of a sentence
        ("Northern Irish voters said the plan would fail.", [[None, "Northern Irish voters"]]),
        # post-nominal titles and occupations are no part of the name
        ("Ned Varley QC has warned there is a real risk.", [["Ned Varley", "Ned Varley QC"]]),
        ("Farmer Dale Oakes told reporters it was over.", [["Dale Oakes", "Farmer Dale Oakes"]]),
        ("Critic Ana Solt said the film was long.", [["Ana Solt", "Critic Ana Solt"]]),
        ("Backbencher Lee Marr said the plan had failed.", [["Lee Marr", "Backbencher Lee Marr"]]),
        # ... though a surname that is also an occupation stays a surname
        ("Vera Farmer said she was tired.", [["Vera Farmer", "Vera Farmer"]]),
        # a name and title in an appositive is no role of the words before it
        (
            "Director of Public Works, Ken Moss QC, who sits on the board, said it was fine.",
            [["Ken Moss", "Ken Moss QC"]],
        ),
    ],
)
def test_family_names_titles_and_occupations(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_country_adjectives_that_are_family_names_are_no_country_mentions() -> None:
    text = (
        "Tom German said it was fine. Mr German left. Meanwhile German troops left. "
        "Another British company grew. Old English ended. The German Chancellor spoke."
    )
    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    m = corpus.mentions
    countries = m[m["kind"] == "country"]
    starts = [text.index(w) for w in ("German troops", "British company", "German Chancellor")]
    assert countries["start"].tolist() == starts
    assert m[m["kind"] == "person"]["entity"].unique().tolist() == ["Tom German"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entertainment role nobody was given refers to the article's main person
        (
            "Lia Brent has resigned as host of the show. Brent joined in 1999. "
            '"I had fun," the presenter said.',
            [["Lia Brent", "the presenter"]],
        ),
        # ... but not through a possessive, and not for a team position
        (
            "Lia Brent has resigned as host of the show. Brent joined in 1999. "
            "The presenter's agent said she was tired.",
            [[None, "The presenter's agent"]],
        ),
        (
            "Ivo Dane scored twice. Dane was happy. The striker said the team was strong.",
            [[None, "The striker"]],
        ),
        # a relative clause inside the source is no part of it
        (
            "Lia Brent has resigned as host. Brent joined in 1999. The 28-year-old host who "
            "also presents a quiz said she wanted new projects.",
            [["Lia Brent", "The 28-year-old host"]],
        ),
    ],
)
def test_descriptive_roles_refer_to_the_main_person(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade before a name is a person's when "fellow" or "veteran" leads it
        (
            "He was praised by his friend and fellow broadcaster Mel Pardo. Mr Pardo said so.",
            ["Mel Pardo"],
        ),
        ("Shares in broadcaster Velden Media rose.", []),
        # an organisation noun opening a sentence names a company
        ("Miner Highland Ore said it regretted the limit.", []),
    ],
)
def test_trades_and_company_nouns_before_names(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a peer named after a country is a person, not the country
        (
            'Home Office minister Baroness Ireland said: "Murder is the most serious crime."',
            [["Baroness Ireland", "Home Office minister Baroness Ireland"]],
        ),
        # a passive aside after a comma is no statement ("widely considered one of ...")
        ("Hale, widely considered one of the best players of his era, died in 1970.", []),
    ],
)
def test_peers_ages_and_passive_asides(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body ends a role written before the name
        (
            'Shadow leader of the Commons Ivo Hale said: "This is part of our aim."',
            [["Ivo Hale", "Shadow leader of the Commons Ivo Hale"]],
        ),
        # a person named before a body's name
        (
            'Col Aspen, Seaside Hotel Association said: "We have tried very hard."',
            [["Col Aspen", "Col Aspen"]],
        ),
        # ... but not a body named before a body, or a time before one
        (
            # (the whole list of bodies is the source, as one organisation row)
            "Age Concern, Mencap and the Autism Society said the bill was unclear.",
            [
                [
                    "Age Concern, Mencap and the Autism Society",
                    "Age Concern, Mencap and the Autism Society",
                ]
            ],
        ),
        # one name after a trade noun: a person known by one name
        (
            "Barca midfielder Dezo agreed that it was not typical.",
            [["Dezo", "Barca midfielder Dezo"]],
        ),
        # a role in a possessive is not the speaker's role
        (
            "The singer Ana Belle said she was happy. The singer's agent confirmed the wedding "
            "was in May.",
            [["Ana Belle", "The singer Ana Belle"], [None, "The singer's agent"]],
        ),
        # someone's spokesman is no holder of the role named in the article
        (
            "Lib Dem spokesman Ivo Marek spoke. The prime minister's official spokesman "
            "rejected the claims that the plan had failed.",
            [[None, "The prime minister's official spokesman"]],
        ),
        # a title with a possessive inside is no source
        (
            "The book, Hale's Britain, said Ivo Marek had lost the voters' trust.",
            [[None, "The book"]],
        ),
    ],
)
def test_bodies_mononyms_and_titles_around_names(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_no_mononym_after_a_verb_or_in_an_award() -> None:
    assert people("Chelsea host Brentford on Saturday. Brentford lost.") == []
    assert people("She is the best actress Oscar favourite. Oscar night is near.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also a place word, with a role appositive after it
        ('"We think we do," said Mike Lake, a Yukos spokesman.', [["Mike Lake", "Mike Lake"]]),
        # a trade joined to a person's role: "comedian and broadcaster"
        (
            "Veteran comedian and broadcaster Cyril Fell has died. In 1995, Fell said he had "
            "made a fabulous living.",
            [["Cyril Fell", "Fell"]],
        ),
        # an organisation word inside a longer name makes a body
        (
            "Yangtze Electric Power, the operator of the dam, has said its profits doubled.",
            [["Yangtze Electric Power", "Yangtze Electric Power"]],
        ),
        # a charge denied is no statement, and nothing inside it is one
        ("Mr Afzal and Mr Kazi deny conspiring to commit election fraud.", []),
        ("He denied accusing Germany of using the EU as cover.", []),
    ],
)
def test_place_word_surnames_joined_trades_and_denials(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_a_spokesman_for_a_long_title_is_not_its_holder() -> None:
    text = (
        "A spokesman for European Justice and Home Affairs Commissioner Ivo Marek said the "
        "plans would break the policy."
    )
    assert statements(text) == [
        [
            None,
            "A spokesman for European Justice and Home Affairs Commissioner Ivo Marek",
        ]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal named, not its content: the proposer is only mentioned
        ("President Ivo Marek proposed the Greater Eurasian Partnership in 2016.", []),
        ("The minister proposed that the talks resume in May.", [[None, "The minister"]]),
        ("The minister proposed to hold the talks in May.", [[None, "The minister"]]),
    ],
)
def test_propose_needs_a_clause_or_an_infinitive(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's portfolio between "Minister for/of" and the name is part of the title
        (
            "Deputy Foreign Minister for Economic Diplomacy Reza Tabari told reporters that "
            "trade grew. The diplomat said it would grow more.",
            [
                ["Reza Tabari", "Deputy Foreign Minister for Economic Diplomacy Reza Tabari"],
                ["Reza Tabari", "The diplomat"],
            ],
        ),
        (
            "Minister of Trade and Integration Dana Orazova said exports rose.",
            [["Dana Orazova", "Minister of Trade and Integration Dana Orazova"]],
        ),
        (
            "Minister of Industry and Trade Tran Van Long said output grew.",
            [["Tran Van Long", "Minister of Industry and Trade Tran Van Long"]],
        ),
        # ... but a body after "counsel for" keeps its words, and no name is left to guess
        (
            "Legal counsel for Power Page said the ruling was wrong.",
            [[None, "Legal counsel for Power Page"]],
        ),
        # Malaysian honours are no part of the name, also as a pair ("Tan Sri", "Datuk Seri")
        (
            "Datuk Seri Amran Yusof said the reserve would grow. Amran said more was needed.",
            [["Amran Yusof", "Datuk Seri Amran Yusof"], ["Amran Yusof", "Amran"]],
        ),
        (
            "Tan Sri Halim Osman said the party was united.",
            [["Halim Osman", "Tan Sri Halim Osman"]],
        ),
        # ... though "Tan" and "Sri" alone are names
        (
            "Finance Minister Sri Wahyuni Lestari said the budget was sound.",
            [["Sri Wahyuni Lestari", "Finance Minister Sri Wahyuni Lestari"]],
        ),
        ("Tan Wei Ming said the port would open.", [["Tan Wei Ming", "Tan Wei Ming"]]),
    ],
)
def test_portfolios_and_malaysian_honours(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the analyst" / "the expert" is the person a think tank or a university employs
        (
            "According to Mira Desai, a fellow at the Forum for Strategic Affairs, the bloc "
            'gives India a foothold. "We are in it for Central Asia," the analyst said.',
            [["Mira Desai", "Mira Desai"], ["Mira Desai", "the analyst"]],
        ),
        (
            "For Daniyar Omarov, a chief research fellow at the Institute for Strategic "
            "Studies, the year went well. But the analyst cautioned that growth came at a price.",
            [["Daniyar Omarov", "the analyst"]],
        ),
        (
            "Zhao Lin, a professor at the School of Finance, said costs were high. The expert "
            "added that the bank could help.",
            [["Zhao Lin", "Zhao Lin"], ["Zhao Lin", "The expert"]],
        ),
        # "the central banker" after a central bank's deputy governor
        (
            "Trade is settled in rials, Reza Tabari, deputy governor of the central bank, said. "
            "According to the central banker, talks go on.",
            [["Reza Tabari", "Reza Tabari"], ["Reza Tabari", "the central banker"]],
        ),
        # a role with a complement that nobody holds describes the person who opened the
        # sentence before ...
        (
            "Rustam Sadykov is less convinced. The director of the Centre for Policy Studies "
            "believes that every new member adds a veto.",
            [["Rustam Sadykov", "The director of the Centre for Policy Studies"]],
        ),
        # ... not the person a quotation was attributed to
        (
            '"It was a sad day," said Ros Hale, a historian of the church. The Archbishop of '
            'Canterbury said: "I am pleased."',
            [["Ros Hale", "Ros Hale"], [None, "The Archbishop of Canterbury"]],
        ),
        # "fellow" before a name is no title
        (
            "Fellow Conservative Ivo Lee said it was bad.",
            [["Ivo Lee", "Fellow Conservative Ivo Lee"]],
        ),
    ],
)
def test_scholars_bankers_and_described_people(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_a_role_noun_after_an_unnamed_source_with_that_role_is_unnamed() -> None:
    text = (
        "Committee Director Ivo Marek told reporters that the threat was growing. A senior "
        "security official, who requested anonymity, told the paper that the issue was raised. "
        '"Some members are sympathetic," the official said.'
    )
    assert statements(text) == [
        ["Ivo Marek", "Committee Director Ivo Marek"],
        [None, "A senior security official"],
        [None, "the official"],
    ]
    # ... but with no unnamed official in between, it is the named one
    named = "Committee Director Ivo Marek told reporters that it grew. The official said it would."
    assert statements(named)[-1] == ["Ivo Marek", "The official"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military ranks are titles, not names
        (
            "Colonel Azat Toktogulov, head of the press service, said the drills went well. "
            "Toktogulov said more would follow.",
            [
                ["Azat Toktogulov", "Colonel Azat Toktogulov"],
                ["Azat Toktogulov", "Toktogulov"],
            ],
        ),
        (
            "Commodore Ramon Villareal told reporters that the ship was hit. Major General Li "
            "Wen said it was not.",
            [
                ["Ramon Villareal", "Commodore Ramon Villareal"],
                ["Li Wen", "Major General Li Wen"],
            ],
        ),
        # ... though "Major" is a name after a given name
        ("John Major said the party was united.", [["John Major", "John Major"]]),
        # an initial glued to a Mongolian name
        (
            "N.Altangerel, who sits on the security committee, said the law was clear. "
            "Altangerel also believes that the bloc is useful.",
            [["N. Altangerel", "N.Altangerel"], ["N. Altangerel", "Altangerel"]],
        ),
        # a company named after a country's adjective, after "company"
        (
            "The state railway company Kyrgyz Temir Jolu said that the line would open.",
            [["Kyrgyz Temir Jolu", "The state railway company Kyrgyz Temir Jolu"]],
        ),
        # a titled name in an appositive is the source, not the role phrase before it
        (
            "Indonesia's BRICS sherpa, Ambassador Hendra Wibowo, said the group was open.",
            [["Hendra Wibowo", "Ambassador Hendra Wibowo"]],
        ),
    ],
)
def test_ranks_glued_initials_companies_and_titled_appositives(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "He" right after an unnamed official spoke is that official, not a man named before
        (
            "President Ivo Marek attended the summit. A senior official, who declined to be "
            'named, told the paper that the invitation was under study. "We attend and we '
            'listen," the official said. He added that the ties were complementary.',
            [[None, "A senior official"], [None, "the official"], [None, "He"]],
        ),
        # ... but "the prime minister" left unresolved introduces nobody
        (
            'Jo Roe says the plan works. The prime minister said it was "fair". He added '
            "that it would last.",
            [["Jo Roe", "Jo Roe"], [None, "The prime minister"], ["Jo Roe", "He"]],
        ),
        # a participle after a refusal keeps the sentence's subject, after "But in ..., "
        (
            "But in an interview with the paper, Mr Ivo Lee refused to be pinned down to a "
            "date, saying the vote would come in 2026.",
            [["Ivo Lee", "Mr Ivo Lee"]],
        ),
    ],
)
def test_unnamed_officials_and_refusals(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company named once after "company" is that company when it speaks again
        (
            "Tunnelling works have begun near the village, the railway company Kyrgyz Temir Jolu "
            "said. Deputy director of the "
            'company Talant Asanov said 40 tunnels were planned. "It is hard," he said. The '
            "line will open in 2030, Kyrgyz Temir Jolu said.",
            [
                ["Kyrgyz Temir Jolu", "organization"],
                ["Talant Asanov", "person"],
                ["Talant Asanov", "person"],
                ["Kyrgyz Temir Jolu", "organization"],
            ],
        ),
        # ... but its spokesman is a person, unnamed
        (
            "Tunnelling works have begun near the village, the railway company Kyrgyz Temir Jolu "
            "said. A spokesman for Kyrgyz "
            "Temir Jolu said the line would open.",
            [["Kyrgyz Temir Jolu", "organization"], [None, "unnamed"]],
        ),
        # an embassy in a capital is a body; the government in a capital is its country
        (
            "The Chinese Embassy in Manila said the vessel had intruded.",
            [["Chinese Embassy in Manila", "organization"]],
        ),
        ("The government in Cairo believes the talks will resume.", [["Egypt", "country"]]),
    ],
)
def test_companies_embassies_and_governments(text, expected) -> None:
    assert quote_fields(text, "speaker", "speaker_type") == expected


def test_an_unclosed_indefinite_appositive_ending_with_a_firm_names_the_person_before() -> None:
    text = (
        "Ada Thorne, an analyst at research firm Informa Media believes the time is ripe. "
        '"The cable firms seem well placed," she said.'
    )
    assert statements(text) == [["Ada Thorne", "Ada Thorne"], ["Ada Thorne", "she"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive introduction after an agency dateline gives the role
        (
            "JAKARTA, Oct 14 (Bernama) -- The secretary-general of the Association of Southeast "
            "Asian Nations (ASEAN), Maria Cruz, has told Bernama that the bloc will not bend. "
            "The secretary-general said that each state was free.",
            [["Maria Cruz", "Maria Cruz"], ["Maria Cruz", "The secretary-general"]],
        ),
        # a nationality before a role noun: the holder whose role names no other country
        (
            "The secretary-general of ASEAN, Maria Cruz, said the bloc would not bend. The "
            "Filipino diplomat said that centrality was a method.",
            [["Maria Cruz", "Maria Cruz"], ["Maria Cruz", "The Filipino diplomat"]],
        ),
        # ... never a holder tied to another country
        (
            "Chinese Foreign Minister Wang Yi said the talks were good. The Russian minister "
            "said they were bad.",
            [["Wang Yi", "Chinese Foreign Minister Wang Yi"], [None, "The Russian minister"]],
        ),
        # a sherpa is a role
        (
            "South Africa's BRICS sherpa, Thandi Mokoena, said the bloc would grow. The sherpa "
            "noted that Africa mattered.",
            [["Thandi Mokoena", "Thandi Mokoena"], ["Thandi Mokoena", "The sherpa"]],
        ),
    ],
)
def test_datelines_nationalities_and_sherpas(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two posts joined by "and" before a name: "the Deputy PM" is the same person
        (
            "Deputy Prime Minister and Foreign Minister Bui Van Son attended the meeting. The "
            "Deputy PM said the talks were good.",
            [["Bui Van Son", "The Deputy PM"]],
        ),
        # a portfolio with commas is a title, not a statement's content
        (
            "Minister for Planning, Development and Special Initiatives Amir Iqbal said the "
            "corridor would open.",
            [
                [
                    "Amir Iqbal",
                    "Minister for Planning, Development and Special Initiatives Amir Iqbal",
                ]
            ],
        ),
        # "posted on X that" attributes what follows
        (
            'Wang Ming said the neighbours should "manage differences", while Ravi Rao later '
            'posted on X that the talks had focused on "steady progress".',
            [["Wang Ming", "Wang Ming"], ["Ravi Rao", "Ravi Rao"]],
        ),
    ],
)
def test_joined_posts_long_portfolios_and_posts_on_x(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's city is no source of the sentence after it
        (
            "MOSCOW, July 5 (Xinhua) -- Natalia Gorbunova, first deputy chair of the Duma's "
            "committee on CIS affairs, said the summit had confirmed the bloc's role.",
            [["Natalia Gorbunova", "Natalia Gorbunova"]],
        ),
        # a capitalised word opening a sentence before a plural source noun is no name
        (
            "Political leaders from many countries have spoken highly of the summit, saying "
            "that it had given fresh impetus to cooperation.",
            [[None, "Political leaders"]],
        ),
        # "the Russian diplomat": whoever the article tied to Russia, whatever the post
        (
            "Deputy Foreign Minister Tigran Avetyan told the paper that the bloc had failed. "
            "Maxim Pletnev, a deputy director of the Russian Foreign Ministry's department for "
            "CIS countries, told reporters that the door was open. The Russian diplomat also "
            "claimed that help had never been refused.",
            [
                ["Tigran Avetyan", "Deputy Foreign Minister Tigran Avetyan"],
                ["Maxim Pletnev", "Maxim Pletnev"],
                ["Maxim Pletnev", "The Russian diplomat"],
            ],
        ),
    ],
)
def test_datelines_sentence_case_and_nationalities(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proper name between "a senior" and "official" is the body, not a person
        (
            "A senior Cheong Wa Dae official, speaking on condition of anonymity, said the "
            "summit went well. Another Cheong Wa Dae official told Yonhap that talks went on.",
            [[None, "A senior Cheong Wa Dae official"], [None, "Another Cheong Wa Dae official"]],
        ),
        # "the veteran Kazakh banker" after the chairman of a bank consortium
        (
            "The chairman of the SCO Interbank Consortium, Yerlan Sadykov, has told the paper "
            "that lending would grow. The veteran Kazakh banker said that trade was rising.",
            [["Yerlan Sadykov", "Yerlan Sadykov"], ["Yerlan Sadykov", "The veteran Kazakh banker"]],
        ),
        # a long capitalised title, then the name, then a relative clause
        (
            "Laos' Deputy Minister of Energy and Mines Phonesavanh Keomany, who chaired the "
            "forum, said his country planned to export more electricity.",
            [["Phonesavanh Keomany", "Phonesavanh Keomany"]],
        ),
        # a possessive post whose portfolio ends in two capitalised words: no name there
        (
            "Mr Budi Santoso, Indonesia's Deputy Minister for International Trade "
            "Negotiations, said the talks would resume in May.",
            [["Budi Santoso", "Mr Budi Santoso"]],
        ),
    ],
)
def test_unnamed_officials_of_bodies_bankers_and_long_titles(text, expected) -> None:
    assert statements(text) == expected


def test_a_role_with_a_complement_joined_by_and_before_the_name() -> None:
    text = (
        "Laos' Deputy Minister of Energy and Mines Phonesavanh Keomany opened the forum. "
        "The deputy minister said that exports would grow."
    )
    assert statements(text) == [["Phonesavanh Keomany", "The deputy minister"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # portfolios listed before "Minister" belong to the title, after the cue too
        (
            "Exports rose sharply in May, said Deputy Energy, Transport and Mines Minister Datuk "
            "Ali Rahman on Monday. He said more would follow.",
            [
                [
                    "Ali Rahman",
                    "Deputy Energy, Transport and Mines Minister Datuk Ali Rahman",
                ],
                ["Ali Rahman", "He"],
            ],
        ),
        # ... and a closing title with no name after it leaves no person
        (
            "The Natural Resources and Water Security Minister Omar Latif opened the talks. "
            "The Natural Resources and Water Security Minister said the rivers were low.",
            [["Omar Latif", "The Natural Resources and Water Security Minister"]],
        ),
        # a possessive country between "ROLE of" and the body before the name
        (
            "Deputy Administrator of Kenya's National Water Administration Jo Kamau said "
            "the dams were full. According to him, the rains came early.",
            [
                [
                    "Jo Kamau",
                    "Deputy Administrator of Kenya's National Water Administration Jo Kamau",
                ],
                ["Jo Kamau", "him"],
            ],
        ),
        # the channel between a source and its cue is not part of the source
        (
            "Reuters in a statement said the report was accurate.",
            [["Reuters", "Reuters"]],
        ),
        # "the deputy minister" is the deputy, "the foreign minister" the minister
        (
            "Deputy Foreign Minister Ivo Petrov said the bloc would grow. Foreign Minister "
            "Sergey Lavrov will visit Beijing. The deputy minister said the talks went well. "
            "The foreign minister said the visit was planned.",
            [
                ["Ivo Petrov", "Deputy Foreign Minister Ivo Petrov"],
                ["Ivo Petrov", "The deputy minister"],
                ["Sergey Lavrov", "The foreign minister"],
            ],
        ),
    ],
)
def test_portfolio_lists_channels_and_deputies(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's Inter-Services Public Relations (ISPR) said in a statement that the "
            "drills ended. The ISPR said the troops were back.",
            [
                ["Inter-Services Public Relations", "organization"],
                ["Inter-Services Public Relations", "organization"],
            ],
        ),
        (
            "Wisma Putra in a statement said Malaysia was concerned.",
            [["Wisma Putra", "organization"]],
        ),
    ],
)
def test_national_bodies_quoted_by_name(text, expected) -> None:
    assert [[s, t] for s, _, t in statements_typed(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the vice minister" is the vice minister, not the first deputy minister named later
        (
            "The talks were chaired by Kazakhstan's Vice Minister of Transport Jo Abenov and "
            "Uzbekistan's First Deputy Minister of Transport Ivo Karimov. \"The crossings are "
            'full," the vice minister stressed.',
            [["Jo Abenov", "the vice minister"]],
        ),
        # "the aide" after "an assistant to the president", "the envoy" after an ambassador
        (
            "Baku will deepen ties, Rauf Aliyev, an assistant to the president, said. "
            "The aide noted that cargo had tripled.",
            [["Rauf Aliyev", "Rauf Aliyev"], ["Rauf Aliyev", "The aide"]],
        ),
        (
            "Trade is settled in rupees, Russian Ambassador to India Ivan Petrov told Sputnik "
            "India. The envoy said that Russia would invest more.",
            [
                ["Ivan Petrov", "Russian Ambassador to India Ivan Petrov"],
                ["Ivan Petrov", "The envoy"],
            ],
        ),
        # a bank's acronym in brackets inside the source, a portfolio after "for"
        (
            "Trade is growing, Central Bank of Iran (CBI) deputy governor for international "
            "affairs Reza Karimi said on Monday. The CBI official noted that the link was ready.",
            [
                [
                    "Reza Karimi",
                    "Central Bank of Iran (CBI) deputy governor for international affairs "
                    "Reza Karimi",
                ],
                ["Reza Karimi", "The CBI official"],
            ],
        ),
        # a retired officer's rank before the name
        (
            "Lieutenant General (retd) Arun Mehta told the paper that the drills mattered. "
            "The general pointed out that bombers had flown.",
            [
                ["Arun Mehta", "Arun Mehta"],
                ["Arun Mehta", "The general"],
            ],
        ),
        # "..., NAME, a diplomat who serves as ..., told OUTLET in an interview": an inverted
        # attribution; the outlet is the listener
        (
            "The blocs should move to joint projects with budgets, Timur Osmonov, a Kyrgyz "
            "diplomat who serves as deputy secretary-general of the SCO, told SRNA in an "
            "interview at the headquarters in Beijing.",
            [["Timur Osmonov", "Timur Osmonov"]],
        ),
        # the name in an opening participle phrase is not the source of "the adviser said"
        (
            "Foreign Adviser Anis Rahman said the bid was strong. Speaking to reporters after "
            "a meeting with Brazilian Ambassador Paulo Nunes, the adviser said the government "
            "saw no contradiction.",
            [
                ["Anis Rahman", "Foreign Adviser Anis Rahman"],
                ["Anis Rahman", "the adviser"],
            ],
        ),
        # an undersecretary is a person, and "Nor" a given name after an honorific
        (
            "Philippine Foreign Affairs Undersecretary Elena Cruz said the talks were useful. "
            "Datuk Nor Azlina Yusof said exports rose.",
            [
                ["Elena Cruz", "Philippine Foreign Affairs Undersecretary Elena Cruz"],
                ["Nor Azlina Yusof", "Datuk Nor Azlina Yusof"],
            ],
        ),
    ],
)
def test_vice_ministers_aides_envoys_and_inverted_interviews(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire lead names the post, the next sentence the person
        (
            "Thailand's defence minister said on Tuesday that scam compounds were a threat. "
            "Defence Minister Somchai Boonmee told his counterparts that the gangs had grown.",
            [
                ["Somchai Boonmee", "Thailand's defence minister"],
                ["Somchai Boonmee", "Defence Minister Somchai Boonmee"],
            ],
        ),
        # ... but not a holder of another post, nor one named in a quotation
        (
            "The foreign secretary said the ruling was wrong. Home Secretary Jo Roe vowed to "
            "appeal.",
            [[None, "The foreign secretary"], ["Jo Roe", "Home Secretary Jo Roe"]],
        ),
        # the person named next, who speaks, even with no post and a name no list knows
        (
            "Fiji's trade minister said on Monday that the deal was close. Ivo Marek, speaking "
            "in parliament, added that it would be signed soon.",
            [
                ["Ivo Marek", "Fiji's trade minister"],
                ["Ivo Marek", "Ivo Marek"],
            ],
        ),
        # ... nor a holder of the post for another country, nor for a former post
        (
            "The Cambodian minister said the drills would go ahead. Chinese Defence Minister "
            "Jo Roe told his counterparts that the plan was final.",
            [[None, "The Cambodian minister"], ["Jo Roe", "Chinese Defence Minister Jo Roe"]],
        ),
        (
            "Secretary-General Ana Pik said the bloc was no alliance. The former minister said "
            "talks went well. Defence Minister Jo Roe said China backed the bloc.",
            [
                ["Ana Pik", "Secretary-General Ana Pik"],
                ["Ana Pik", "The former minister"],
                ["Jo Roe", "Defence Minister Jo Roe"],
            ],
        ),
        # a deputy prime minister is not "the minister"; a long title with its body before
        # the name is the person's post
        (
            "Deputy Prime Minister of Kazakhstan Nurlan Abenov said it was fine. Minister in "
            "charge of Economy and Financial Policy of the Eurasian Economic Commission Gor "
            'Arakelyan told reporters that trade had grown. "This is an achievement," the '
            "minister said.",
            [
                ["Nurlan Abenov", "Deputy Prime Minister of Kazakhstan Nurlan Abenov"],
                ["Gor Arakelyan", "Commission Gor Arakelyan"],
                ["Gor Arakelyan", "the minister"],
            ],
        ),
    ],
)
def test_posts_named_before_people_and_long_titles(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "added that ... committed to a ..." is a statement (not "added the trophy to his list")
        (
            "The minister added that India remained committed to a strong region.",
            [[None, "The minister"]],
        ),
        # an unnamed source described by what it knows ends the content before it
        (
            "India will endorse a paragraph, people close to the talks said on Sunday.",
            [[None, "people close to the talks"]],
        ),
        # a relative clause right after the name, then the cue
        (
            "The bloc is ready to move to joint projects, Deputy Foreign Minister Ivo Lobov, "
            "who oversees SCO affairs at the ministry, said in an interview with TASS.",
            [["Ivo Lobov", "Deputy Foreign Minister Ivo Lobov"]],
        ),
        # "the Funan Techo Canal, a government spokesman said": a thing, then the source
        (
            "The projects include the Phnom Penh expressway and the Funan Techo Canal, a "
            "government spokesman said.",
            [[None, "a government spokesman"]],
        ),
    ],
)
def test_added_that_informed_sources_and_relative_clauses(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the statement" is the statement a body issued just before
        (
            "The Interior Ministry said in a statement that six militants were killed. The "
            "statement said the group had used Afghan territory.",
            [["Interior Ministry", "organization"], ["Interior Ministry", "organization"]],
        ),
        # a diplomat heading an intergovernmental body's secretariat
        (
            "Yerlan Sultanov, the Executive Director of the CICA Secretariat, believes the "
            "bodies should cooperate. Speaking in Astana, the Kazakh diplomat said the two "
            "shared much. The diplomat stressed that the region needed dialogue.",
            [["Yerlan Sultanov", "person"]] * 3,
        ),
    ],
)
def test_statements_of_documents_and_diplomats_of_blocs(text, expected) -> None:
    assert [[s, t] for s, _, t in statements_typed(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Brazilian government", "Russian authorities": the country speaks
        (
            "The Brazilian government said the summit would go ahead.",
            [["Brazil", "country"]],
        ),
        ("Russian authorities argued that the law applied.", [["Russia", "country"]]),
        # a pronoun resolved to a person tells that person's gender: a later "she" is someone
        # else (here the woman named after "was", who opens no sentence)
        (
            "Envoy Daur Kemel was more cautious. The Kazakh diplomat said projects should come "
            "first, and he warned against haste.\n\nAlso speaking was Zere Omarbek, an "
            "economist at the bank. She said loans were scarce.",
            [["Daur Kemel", "person"], ["Daur Kemel", "person"], ["Zere Omarbek", "person"]],
        ),
        # one word named only with a description of a person is a person's surname
        (
            "Marek, Tokayev's spokesman, said the visit was on.",
            [["Marek", "person"]],
        ),
        (
            "The talks were useful, said Marek, who speaks for the president.",
            [["Marek", "person"]],
        ),
        # ... but a company may take "who" in British usage, and "which" is for things
        ("Kovra, who have built the chip for years, said sales rose.", [[None, "unnamed"]]),
        ("Kovra, which builds the chip, said sales rose.", [[None, "unnamed"]]),
        # a country's media are no government: unnamed; its state television is a body
        ("Chinese media said the summit would go ahead.", [[None, "unnamed"]]),
        ("The talks went well, according to Lao state media.", [[None, "unnamed"]]),
        (
            "Russian state television said the summit would go ahead.",
            [["Russian state television", "organization"]],
        ),
        # a body's report or study is the body's
        (
            "According to a 2023 World Bank study, the corridor could triple trade.",
            [["World Bank", "organization"]],
        ),
        # a body named after a country, and a body with its acronym in brackets
        (
            "Trade rose, according to the state-run Global New Light of Myanmar.",
            [["Global New Light of Myanmar", "organization"]],
        ),
        (
            "According to the Laos–China Railway Company Limited (LCR), the line carried "
            "3 million passengers.",
            [["Laos–China Railway Company Limited", "organization"]],
        ),
        # a source at a company is a person, unnamed
        (
            "A source at Uzbekistan Railways told Kazinform that financing was late.",
            [[None, "unnamed"]],
        ),
        # "the Moscow-based specialist" after "a Moscow-based specialist on Central Asia"
        (
            "Oleg Dubrov, a Moscow-based specialist on Central Asia, said Russia would stay. "
            "The Moscow-based specialist conceded, however, that China had gained ground.",
            [["Oleg Dubrov", "person"], ["Oleg Dubrov", "person"]],
        ),
    ],
)
def test_governments_reports_named_bodies_and_specialists(text, expected) -> None:
    assert [[s, t] for s, _, t in statements_typed(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" after an unnamed diplomat who asked not to be named, not the woman named before
        (
            "Mira Rao, a fellow at the Forum, said India gained. A Central Asian diplomat who "
            "asked not to be named put it bluntly. “Enlargement is hard to digest,” he said.",
            [["Mira Rao", "Mira Rao"], [None, "he"]],
        ),
        # a place at the end of an "Asked about ..." opener is not the source after it
        (
            "The secretary-general of ASEAN, Maria Cruz, told Bernama that the bloc would not "
            "bend. Asked about a grain reserve open to partners outside Southeast Asia, the "
            "secretary-general said ministers would study it.",
            [["Maria Cruz", "Maria Cruz"], ["Maria Cruz", "the secretary-general"]],
        ),
    ],
)
def test_anonymous_sources_and_asked_about_openers(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is convinced that" after an appositive is no passive aside
        (
            "The official in charge of ASEAN's economic pillar, Deputy Secretary-General Ed "
            "Datu, is convinced that the bloc will survive.",
            [["Ed Datu", "Deputy Secretary-General Ed Datu"]],
        ),
        # a place before the titled source is no person
        (
            "Manila wants a code of conduct in the South China Sea, Foreign Affairs "
            "Undersecretary Ramon Villa said on Tuesday, June 3.",
            [["Ramon Villa", "Foreign Affairs Undersecretary Ramon Villa"]],
        ),
        # a long title after a dateline, and "the head of the anti-terrorist body" is its holder
        # rather than a president named since
        (
            "TASHKENT, April 9 (Xinhua) -- Director of the Executive Committee of the Regional "
            "Anti-Terrorist Structure (RATS) Bakhtiyor Kholov has said that the groups were "
            "adapting. Chinese President Xi Jinping proposed an initiative. According to the "
            "head of the anti-terrorist body, there are good prospects for cooperation.",
            [
                [
                    "Bakhtiyor Kholov",
                    "Director of the Executive Committee of the Regional Anti-Terrorist "
                    "Structure (RATS) Bakhtiyor Kholov",
                ],  # the whole title as written, as for shorter titles
                ["Bakhtiyor Kholov", "the head of the anti-terrorist body"],
            ],
        ),
        # "ROLE of the ACRONYM BODY NAME"; a portfolio right after the title
        (
            "Director of the RATS Executive Committee Daulet Kassym said that the threat "
            "remained. The talks were led by Federal Secretary Commerce Saad Qureshi Khan. "
            "Qureshi Khan said that trade would grow.",
            [
                ["Daulet Kassym", "Director of the RATS Executive Committee Daulet Kassym"],
                ["Saad Qureshi Khan", "Qureshi Khan"],
            ],
        ),
        # a source in a ministry is a person, unnamed
        (
            "A source in the Russian Defence Ministry told Eurasia 24 that the drills would go "
            "ahead.",
            [[None, "A source in the Russian Defence Ministry"]],
        ),
    ],
)
def test_convinced_places_long_titles_and_sources_in_ministries(text, expected) -> None:
    assert statements(text) == expected


def test_he_after_a_long_sentence_is_still_the_last_speaker() -> None:
    areas = ", ".join(f"area number {i} of the plan" for i in range(20))
    text = (
        "Bakhtiyor Kholov believes that the initiative put forward by Chinese President Xi "
        f"Jinping offers a sound basis. According to him, cooperation could cover {areas}."
        ' "It would be wise to compare notes," he said.'
    )
    assert [s for s, _ in statements(text)] == ["Bakhtiyor Kholov"] * 3


def test_a_post_named_before_a_person_who_never_speaks_stays_unnamed() -> None:
    text = (
        "Thailand's defence minister said on Tuesday that the gangs were a threat. Defence "
        "Minister Somchai Boonmee will visit Laos in May."
    )
    assert statements(text) == [[None, "Thailand's defence minister"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's acronym in brackets, then a relative clause, before the cue
        (
            "The Anti-Smuggling Service (ASSV), which hosted the meeting, said that seizures "
            "had doubled.",
            [["Anti-Smuggling Service", "The Anti-Smuggling Service", "organization"]],
        ),
        # a role noun, then the name and the body its holder is from
        (
            "The Kazakh delegate, Arman Dosov of the Border Service of the National Security "
            "Committee, said Astana was ready to train officers.",
            [["Arman Dosov", "Arman Dosov", "person"]],
        ),
        (
            "Uzbekistan's representative, Maj Gen Botir Aliev of the Interior Ministry, said "
            "Tashkent supported the plan.",
            [["Botir Aliev", "Maj Gen Botir Aliev", "person"]],
        ),
        # an abbreviated rank after the post; the body's acronym names the post later
        (
            "Drug Control Agency (DCA) Director General Maj Gen Rustam Nazarov told delegates "
            "that new routes had opened. According to the DCA chief, prices had fallen.",
            [
                [
                    "Rustam Nazarov",
                    "Drug Control Agency (DCA) Director General Maj Gen Rustam Nazarov",
                    "person",
                ],
                ["Rustam Nazarov", "the DCA chief", "person"],
            ],
        ),
        # a speech word after "with" is a noun ("with promises of jobs"), not the cue
        (
            "Asel Nurova opened the session. Workers had been lured with promises of well-paid "
            "jobs, she noted, adding that the police would share their records.",
            [["Asel Nurova", "she", "person"], ["Asel Nurova", "she", "person"]],
        ),
        # a long post in lower case, then an honorific and the name, then a relative clause
        (
            "Federal Commercial Crime Investigation Department director Datuk Khairul Azmi, who "
            "led the delegation, said losses from scams had reached RM2 billion.",
            [["Khairul Azmi", "Datuk Khairul Azmi", "person"]],
        ),
        # a long title ending in a name with a particle; the relative clause's comma is no
        # inverted attribution ("said the Philippines" is the content's subject)
        (
            "Philippine Interior and Local Government Undersecretary Ramon de Leon, who chaired "
            "the meeting, said the Philippines, as this year's chair, would table the plan.",
            [["Ramon de Leon", "Ramon de Leon", "person"]],
        ),
    ],
)
def test_bodies_posts_and_relative_clauses_before_a_cue(text, expected) -> None:
    assert statements_typed(text) == expected


def test_dismissed_with_a_noun_phrase_is_no_statement() -> None:
    assert statements("Timur Alimov dismissed such concerns at the briefing.") == []
    assert statements("Timur Alimov dismissed the report as a fantasy.") == [
        ["Timur Alimov", "Timur Alimov"]
    ]
    assert statements("Timur Alimov dismissed the concerns, saying the bloc was open.") == [
        ["Timur Alimov", "Timur Alimov"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role phrase, then the name, opening a sentence: the new subject takes "He"
        (
            "Colonel Ilyas Omarov said drug trafficking was the main threat. The representative "
            "of Tajikistan, Colonel Davron Saidov, briefed the participants. He said that border "
            "guards had seized drugs.",
            [["Ilyas Omarov", "Colonel Ilyas Omarov"], ["Davron Saidov", "He"]],
        ),
        # a two-letter initial glued to a Mongolian name
        (
            "Economist Ts.Batbold, a lecturer at the National University, considers that "
            'Mongolia should diversify. "It is the best insurance," he stressed.',
            [["Ts. Batbold", "Batbold"], ["Ts. Batbold", "he"]],
        ),
        # a post after a body's possessive answers to its head ("the secretary")
        (
            "The Ministry of Finance's secretary for international affairs, Paulo Mendes, said "
            "lending would grow. According to the secretary, the bank had approved loans in yuan.",
            [["Paulo Mendes", "Paulo Mendes"], ["Paulo Mendes", "the secretary"]],
        ),
        # (a post held at a body named with a possessive keeps its own head)
        (
            "Nguyen Thi Hoa, a deputy director-general at Vietnam's Ministry of Industry and "
            "Trade, said Hanoi was studying the rules. The official said customs would follow.",
            [["Nguyen Thi Hoa", "Nguyen Thi Hoa"], ["Nguyen Thi Hoa", "The official"]],
        ),
        # a post in lower case after a firm's name in an appositive: the name before it
        (
            "Ana Lopes, chief economist at Sao Paulo-based asset manager Prisma Capital, said "
            "exports would rise.",
            [["Ana Lopes", "Ana Lopes"]],
        ),
    ],
)
def test_role_openers_initials_and_possessive_posts(text, expected) -> None:
    assert statements(text) == expected


def test_a_sentence_glued_after_a_full_stop_opens_with_a() -> None:
    text = (
        "Colonel Davron Saidov said that guards had seized drugs in the first months of the "
        "year.A member of one of the delegations told reporters that drones were being used."
    )
    assert statements_typed(text) == [
        ["Davron Saidov", "Colonel Davron Saidov", "person"],
        [None, "A member of one of the delegations", "unnamed"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio listed with a comma, then the name; "the minister" is that person
        (
            "Opening the meeting, Minister of Water Resources, Agriculture and Processing "
            'Industry Aibek Joldoshev noted that glaciers were shrinking. "We cannot solve this '
            'alone," the minister said.',
            [
                [
                    "Aibek Joldoshev",
                    "Minister of Water Resources, Agriculture and Processing Industry "
                    "Aibek Joldoshev",
                    "person",
                ],
                ["Aibek Joldoshev", "the minister", "person"],
            ],
        ),
        (
            "The head of the delegation, Federal Secretary for National Food Security and "
            "Research Imran Qadir, said that the floods had wiped out seed stocks.",
            [["Imran Qadir", "Imran Qadir", "person"]],
        ),
        # "declined to be named" asks for anonymity like "asked not to be named"
        (
            "A senior official at the ASEAN Secretariat in Jakarta, who declined to be named, "
            "told Bernama that the ministers would discuss fertiliser.",
            [[None, "A senior official at the ASEAN Secretariat in Jakarta", "unnamed"]],
        ),
        # an inverted source after a clause ending in a time ("... next month, said X.")
        (
            "Malaysia will push for a bigger stockpile when ministers meet next month, said "
            "Agriculture Minister Ahmad Rizal.",
            [["Ahmad Rizal", "Agriculture Minister Ahmad Rizal", "person"]],
        ),
    ],
)
def test_portfolio_lists_anonymity_and_inverted_sources(text, expected) -> None:
    assert statements_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Indian physician's title before the name is no part of it
        (
            "Vaidya Anil Deshpande, joint secretary in the Ministry of Ayush, said India would "
            "propose a working group.",
            [["Anil Deshpande", "Vaidya Anil Deshpande", "person"]],
        ),
        # a concessive clause after an inverted cue is the narrator's: the content is before
        (
            "The prime minister is expected to travel to Bishkek later this year, officials "
            "said, though the dates have not been announced.",
            [[None, "officials", "unnamed"]],
        ),
        # a ministry whose portfolio is listed with a comma
        (
            "Hanoi will host the festival in August, the Ministry of Culture, Sports and Tourism "
            "announced on Tuesday.",
            [
                [
                    "Ministry of Culture, Sports and Tourism",
                    "the Ministry of Culture, Sports and Tourism",
                    "organization",
                ]
            ],
        ),
    ],
)
def test_titles_concessive_clauses_and_listed_portfolios(text, expected) -> None:
    assert statements_typed(text) == expected


def test_a_concessive_clause_leaves_the_content_before_the_cue() -> None:
    text = (
        "The prime minister is expected to travel to Bishkek later this year, officials said, "
        "though the dates have not been announced."
    )
    assert quote_fields(text, "text") == [
        ["The prime minister is expected to travel to Bishkek later this year"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said this" points back at the statement before; it says nothing new
        (
            "Aida Bekova believes the partnership offers a chance. She said this in an interview "
            "with TASS in Jakarta.",
            [["Aida Bekova", "Aida Bekova"]],
        ),
        # "recalling" a noun phrase names a topic; "recalled that ..." is a statement
        (
            "Aida Bekova noted that storms had cost the region dearly, recalling the typhoons "
            "of 2025. She recalled that the bloc had grown.",
            [["Aida Bekova", "Aida Bekova"], ["Aida Bekova", "She"]],
        ),
    ],
)
def test_said_this_and_recalling_a_topic(text, expected) -> None:
    assert statements(text) == expected


def test_stance_with_a_noun_phrase_only_is_no_statement() -> None:
    assert statements("Lena Vos welcomed the agreement on Monday.") == []
    assert statements("Lena Vos praised the talks, saying they had gone well.") == [
        ["Lena Vos", "Lena Vos"]
    ]
    # the coordinated "said" after it keeps the titled subject
    assert statements_typed(
        "Tory leader Ivo Marek welcomed the proposals but said ministers had been slow."
    ) == [["Ivo Marek", "Tory leader Ivo Marek", "person"]]


def test_offered_with_a_noun_is_no_statement_nor_an_inverted_cue() -> None:
    text = (
        "According to Arief Santoso, the government has yet to choose a partner, since several "
        "countries, including South Korea and China, have also offered support."
    )
    assert statements_typed(text) == [["Arief Santoso", "Arief Santoso", "person"]]
    assert statements("The envoy offered assurances. She said that the plan was safe.") == [
        [None, "She"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a describing noun or a rank, held by nobody, right after a quoted person is that person
        (
            'Ivo Marek believes the bank is cautious. "We will see," Marek said. "Nothing is '
            'decided yet," the Russian banker concluded.',
            [
                ["Ivo Marek", "Ivo Marek"],
                ["Ivo Marek", "Marek"],
                ["Ivo Marek", "the Russian banker"],
            ],
        ),
        (
            'Lena Vos, a member of the State Great Khural, said Mongolia should wait. "Some '
            'colleagues argue otherwise," the lawmaker said.',
            [["Lena Vos", "Lena Vos"], ["Lena Vos", "the lawmaker"]],
        ),
        # ... but not across an unnamed source who spoke in between
        (
            "Ivo Marek believes the bank is cautious. A banker familiar with the talks said the "
            'board was split. "Nothing is decided yet," the banker added.',
            [
                ["Ivo Marek", "Ivo Marek"],
                [None, "A banker familiar with the talks"],
                [None, "the banker"],
            ],
        ),
        # ... nor a post, which may be someone else's ("the prime minister")
        (
            'Ivo Marek said the mayor should apologise. "It is time," the prime minister said.',
            [["Ivo Marek", "Ivo Marek"], [None, "the prime minister"]],
        ),
    ],
)
def test_a_describing_noun_after_a_quote_is_the_person_quoted(text, expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rail operator" after an appositive that described the body so
        (
            "Trains leave daily, according to Vostok Rail Group, the national rail operator. "
            "The rail operator said it would add routes.",
            [
                ["Vostok Rail Group", "Vostok Rail Group", "organization"],
                ["Vostok Rail Group", "The rail operator", "organization"],
            ],
        ),
        # ... not a person's appositive ("a company director")
        (
            "Jo Roe, a company director, spoke first. The company said it would add routes.",
            [[None, "The company", "organization"]],
        ),
        # a lower-case description with no such appositive stays as written
        (
            "The central bank said it expected growth.",
            [["central bank", "The central bank", "organization"]],
        ),
        # "the company" right after a named body spoke is that body ...
        (
            "Sibir Energia reported that its output rose. The company said exports grew.",
            [
                ["Sibir Energia", "Sibir Energia", "organization"],
                ["Sibir Energia", "The company", "organization"],
            ],
        ),
        # ... unless another name is written in between
        (
            "Vostok Energia said it was ready. Shares in Orient Motors fell, and the company "
            "made clear it was opposed.",
            [
                ["Vostok Energia", "Vostok Energia", "organization"],
                [None, "the company", "organization"],
            ],
        ),
        # officials of a body are unnamed people, not the body
        (
            "Officials of the Federal Board of Levies told reporters that the rules would change.",
            [[None, "Officials of the Federal Board of Levies", "unnamed"]],
        ),
    ],
)
def test_bodies_described_before_and_officials_of_a_body(text, expected) -> None:
    assert statements_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-word name after a long title and a parenthetical
        (
            "Malaysian Ambassador to Russia Tan Wei Ming, in turn, said that ties were strong.",
            [["Tan Wei Ming", "Tan Wei Ming"]],
        ),
        (
            "Vietnamese Deputy Minister of Defence Senior Lieutenant General Pham Van Long, in "
            "turn, said that ties were strong.",
            [["Pham Van Long", "Pham Van Long"]],
        ),
        # ... but a portfolio word before a two-word name stays out of it
        (
            "Laos' Deputy Minister of Energy and Mines Bounma Sisane, who arrived on Monday, "
            "said that ties were strong.",
            [["Bounma Sisane", "Bounma Sisane"]],
        ),
    ],
)
def test_three_word_names_after_long_titles(text, expected) -> None:
    assert statements(text) == expected


def test_an_appositive_post_ends_at_the_sentence_end() -> None:
    text = (
        '"Russia is distracted," said Ivo Marek, a fellow at the Eurasia Policy Center.\n'
        "But not everyone is convinced. A Kazakh official said Astana would wait."
    )
    roles = quote_fields(text, "speaker", "speaker_role")
    assert roles[0] == ["Ivo Marek", "fellow at the Eurasia Policy Center"]


def test_a_portfolio_named_after_a_body_word_then_the_name() -> None:
    text = (
        "ASEAN Deputy Secretary-General for Political-Security Community Lena Vos said both "
        "sides agreed. She noted that ties were old."
    )
    assert statements(text) == [["Lena Vos", text.split(" said")[0]], ["Lena Vos", "She"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one name after a lower-case post, with or without commas: a person
        (
            "Nepal's foreign minister, Daramo, said Kathmandu was ready to host the talks.",
            [["Daramo", "Daramo", "person"]],
        ),
        (
            "Nepal's foreign minister Daramo said Kathmandu was ready to host the talks.",
            [["Daramo", "Nepal's foreign minister Daramo", "person"]],
        ),
        # a pronoun opening the sentence is the subject of a coordinated cue, not the
        # appositive of its object
        (
            "He met the president, Kerimov, and said trade would grow.",
            [[None, "He", "unnamed"]],
        ),
        # ... and so is a name before a short clause ending with a comma
        (
            "Marek met the president, Kerimov, and said trade would grow.",
            [[None, "Marek", "unnamed"]],
        ),
    ],
)
def test_mononyms_after_posts_and_subjects_of_coordinated_cues(
    text: str, expected: list[list]
) -> None:
    assert statements_typed(text) == expected


def test_a_known_actor_whose_name_starts_with_a_word() -> None:
    # "To" is a preposition, but "To Lam" is a leader the people lexicon knows
    text = (
        "Xi Jinping met To Lam on Friday. To Lam, for his part, stressed that the two "
        "countries were neighbours. To Beijing, the visit was a success."
    )
    assert [p.name for p in build_registry(text, [(0, len(text))]).people] == [
        "Xi Jinping",
        "To Lam",
    ]
    assert statements(text) == [["To Lam", "To Lam"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat of government as a source is that office, as the Kremlin is
        (
            "Malacañang said the president would raise the incidents.",
            [["Malacañang", "organization"]],
        ),
        ("Akorda said the president would attend the summit.", [["Akorda", "organization"]]),
        # one unknown word that issued a statement is a body
        (
            "Zarneft said in a statement that it was ready to join new projects.",
            [["Zarneft", "organization"]],
        ),
        # ... but one unknown word that did not stays unnamed
        ("Zarneft said that it was ready to join new projects.", [[None, "unnamed"]]),
    ],
)
def test_seats_of_government_and_bodies_issuing_statements(text: str, expected: list[list]) -> None:
    assert [row[::2] for row in statements_typed(text)] == expected


def test_a_definite_post_in_the_lead_goes_to_the_person_named_next() -> None:
    text = (
        "Britain will open a trade office in Tashkent, the Foreign Office minister for "
        "Central Asia has said.\n\nSpeaking in London, Ivo Marlow said the region mattered. "
        "The minister said Britain would focus on critical minerals."
    )
    assert statements(text) == [
        ["Ivo Marlow", "the Foreign Office minister for Central Asia"],
        ["Ivo Marlow", "Ivo Marlow"],
        ["Ivo Marlow", "The minister"],
    ]
    # ... not a definite post after the lead
    later = "Trade grew.\n\n" + text.replace("Britain will", "Britain would")
    assert statements(later)[0] == [None, "the Foreign Office minister for Central Asia"]


def test_a_bodys_post_in_the_lead_goes_to_the_person_named_next_with_that_post() -> None:
    text = (
        "The Mekong Fund plans to lend in kip next year, its vice-president said on Monday.\n\n"
        "Speaking in Vientiane, Ivo Marlow, the fund's vice-president and treasurer, said "
        "demand was strong."
    )
    assert statements(text) == [
        ["Ivo Marlow", "its vice-president"],
        ["Ivo Marlow", "Ivo Marlow"],
    ]
    # ... but not someone named next with another post
    other = text.replace("the fund's vice-president and treasurer", "a local banker")
    assert statements(other)[0] == [None, "its vice-president"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the bloc", "the group", "the grouping": the organisation named last before it
        (
            "ASEAN ministers met in Vientiane. The bloc said members were worried about floods.",
            [["Association of Southeast Asian Nations", "The bloc", "organization"]],
        ),
        (
            "Amnesty International published a report. The group said prisoners were beaten.",
            [["Amnesty International", "The group", "organization"]],
        ),
        (
            "At the close of the CSTO summit, the grouping said drills would go ahead.",
            [["Collective Security Treaty Organization", "the grouping", "organization"]],
        ),
        # ... no organisation named before: a body nobody named
        (
            "The rebels took the town. The group said it would fight on.",
            [[None, "The group", "organization"]],
        ),
    ],
)
def test_the_bloc_is_the_body_named_last(text: str, expected: list[list]) -> None:
    assert statements_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive in a relative clause after a name gives that person's gender
        (
            "Dana Roe, a Thai career diplomat who took up her post in Astana in 2023, oversees "
            "the forum. She succeeded Indian diplomat Ivo Marlow, who now heads his country's "
            'embassy in Hanoi.\n\n"We have shown that dialogue is possible," she said.',
            [["Dana Roe", "she"]],
        ),
        # an object "her" in the clause may be someone else's: no gender from it
        (
            "Dana Roe took over the office in 2023. Before that the post went to Ivo Marlow, "
            'who told her that the post was hard.\n\n"We have shown that dialogue is possible," '
            "she said.",
            # (he "told her" something: a statement; "she" is still the nearest speaker)
            [["Ivo Marlow", "Ivo Marlow"], ["Ivo Marlow", "she"]],
        ),
    ],
)
def test_gender_from_a_relative_clause_after_the_name(text: str, expected: list) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials written together belong to the name
        (
            "Former diplomat K.C. Singh said the decision was wise.",
            [["K.C. Singh", "Former diplomat K.C. Singh"]],
        ),
        (
            "M.K. Bhadrakumar, a former ambassador, said the move was late. Bhadrakumar added "
            "that it was right.",
            [["M.K. Bhadrakumar", "M.K. Bhadrakumar"], ["M.K. Bhadrakumar", "Bhadrakumar"]],
        ),
        # "U.S." is still the country, not the start of a name
        ("The U.S. said the move was wise.", [["United States", "The U.S."]]),
    ],
)
def test_initials_written_together(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Uzbek and Kazakh presidential copy: "the head of our state" is the president
        (
            "President Shavkat Mirziyoyev received ASEAN's Secretary-General Kao Kim Hourn. "
            "The head of our state emphasized the importance of new transport corridors.",
            [["Shavkat Mirziyoyev", "The head of our state"]],
        ),
        (
            "Prime Minister Jo Vale met Kao Kim Hourn. The head of our government noted that "
            "ties were strong.",
            [["Jo Vale", "The head of our government"]],
        ),
    ],
)
def test_the_head_of_our_state(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio joined by "and" ends before the name
        (
            "Brazilian Minister of Agriculture and Livestock Carlos Favaro said the bloc grew.",
            [["Carlos Favaro", "Brazilian Minister of Agriculture and Livestock Carlos Favaro"]],
        ),
        # a body named with "to" and a verb ("Committee to Protect Journalists"): the person
        # is the name before it, and "Our" in the body's name is no role
        (
            "Jane Lee of the Alliance to Reclaim Our Schools said that the walk-in was big.",
            [["Jane Lee", "Jane Lee of the Alliance to Reclaim Our Schools"]],
        ),
        (
            "Jane Lee of the Committee to Protect Journalists said that the arrests were wrong.",
            [["Jane Lee", "Jane Lee of the Committee to Protect Journalists"]],
        ),
    ],
)
def test_long_bodies_and_portfolios_around_a_name(text: str, expected: list[list]) -> None:
    assert statements(text) == expected


def test_a_known_leader_written_with_a_longer_name_is_one_person() -> None:
    text = (
        "Prime Minister Muhammad Shehbaz Sharif said Pakistan was hit hard. Shehbaz Sharif "
        "also stressed the need for connectivity."
    )
    assert statements(text) == [
        ["Shehbaz Sharif", "Prime Minister Muhammad Shehbaz Sharif"],
        ["Shehbaz Sharif", "Shehbaz Sharif"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Al-Sabah" is a family name, not the Malaysian state of Sabah
        ("Ahmed Al-Sabah said the deal was good.", [["Ahmed Al-Sabah", "Ahmed Al-Sabah"]]),
        (
            "Crown Prince Sabah Al-Khalid Al-Sabah said the deal was good.",
            [["Sabah Al-Khalid Al-Sabah", "Crown Prince Sabah Al-Khalid Al-Sabah"]],
        ),
    ],
)
def test_a_place_after_a_name_particle_and_hyphen_is_a_family_name(
    text: str, expected: list[list]
) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two name particles in a row ("von der", "de la") stay in the name
        (
            "Commission President Ursula von der Leyen said the bloc would pay. The money would "
            "come soon, von der Leyen said.",
            [
                ["Ursula von der Leyen", "Commission President Ursula von der Leyen"],
                ["Ursula von der Leyen", "von der Leyen"],
            ],
        ),
        ("Jan de la Cruz said it was fine.", [["Jan de la Cruz", "Jan de la Cruz"]]),
    ],
)
def test_two_name_particles_in_a_row(text: str, expected: list[list]) -> None:
    assert statements(text) == expected
