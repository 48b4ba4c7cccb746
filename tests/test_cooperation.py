"""Cooperation areas: sentence -> expected (area, surface) rows and partners, negatives included."""

from __future__ import annotations

import pandas as pd
import pytest

from sco_toolkit import analyze
from sco_toolkit.cooperation import UNLISTED, area_table, extract_cooperation, load_cooperation
from sco_toolkit.lexicons import LexiconError
from sco_toolkit.schema import TABLES, conform, empty_table
from sco_toolkit.sentences import split_sentences

from .conftest import assert_offsets_true

CATEGORIES = {
    "economy",
    "security",
    "connectivity",
    "social_humanitarian",
    "technology",
    "environment",
}


def articles_of(*texts: str) -> pd.DataFrame:
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    return conform(frame, "articles")


def coop_of(text: str, mentions: pd.DataFrame | None = None, **kwargs) -> pd.DataFrame:
    arts = articles_of(text)
    out = extract_cooperation(arts, split_sentences(arts), mentions, **kwargs)
    assert_offsets_true(arts, out, column="surface")
    return out


def pairs(out: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(out["area"].astype(str), out["surface"], strict=True))


LONG = (
    "We see prospects for cooperation with ASEAN in trade, investment, transport, food "
    "security, small and medium-sized enterprises, as well as in the areas of fighting "
    "terrorism, extremism and separatism, drug trafficking and illegal migration."
)


def test_long_enumeration_in_order_with_partner():
    out = coop_of(LONG)
    assert pairs(out) == [
        ("trade", "trade"),
        ("investment", "investment"),
        ("transport", "transport"),
        ("food security", "food security"),
        ("SMEs", "small and medium-sized enterprises"),
        ("counterterrorism", "terrorism"),
        ("extremism", "extremism"),
        ("separatism", "separatism"),
        ("drug trafficking", "drug trafficking"),
        ("illegal migration", "illegal migration"),
    ]
    assert set(out["partner"]) == {"ASEAN"}
    assert out["category"].astype(str).tolist()[:2] == ["economy", "economy"]
    assert out["category"].astype(str).tolist()[-1] == "security"
    assert list(out.columns) == list(TABLES["cooperation"])


@pytest.mark.parametrize(
    ("text", "expected", "partner"),
    [
        (
            "Both sides want cooperation with the ASEAN in industry, high technologies and "
            "in countering organized cross-border crime.",
            [
                ("industry", "industry"),
                ("high technology", "high technologies"),
                ("organised crime", "organized cross-border crime"),
            ],
            "ASEAN",
        ),
        (
            "The members will strengthen cooperation in combating the three evil forces of "
            "terrorism, separatism and extremism, and in drug control.",
            [
                ("counterterrorism", "terrorism"),
                ("separatism", "separatism"),
                ("extremism", "extremism"),
                ("drug trafficking", "drug control"),
            ],
            None,
        ),
        (
            "Vanuatu and Fiji agreed to step up cooperation in maritime security, arms control, "
            "payment systems and labour migration.",
            [
                ("maritime security", "maritime security"),
                ("arms control", "arms control"),
                ("finance", "payment systems"),
                ("labour migration", "labour migration"),
            ],
            None,
        ),
        ("Energy cooperation with Russia is growing.", [("energy", "Energy")], "Russia"),
        (
            "Cooperation between the SCO and ASEAN in the areas of trade and tourism grew.",
            [("trade", "trade"), ("tourism", "tourism")],
            "SCO; ASEAN",
        ),
        (
            "Cooperation with the Association of Southeast Asian Nations (ASEAN) in energy.",
            [("energy", "energy")],
            "ASEAN",
        ),
        ("Cooperation in trade with China grew.", [("trade", "trade")], "China"),
        (
            "The two countries agreed to boost trade and economic cooperation.",
            [("trade", "trade"), ("economy", "economic")],
            None,
        ),
        (
            "Trade-economic cooperation was on the agenda.",
            [("trade", "Trade"), ("economy", "economic")],
            None,
        ),
        (
            "He regards stability and security in the region as the priority area for cooperation.",
            [("regional security", "stability and security in the region")],
            None,
        ),
        (
            "Priority areas for cooperation include connectivity, green development and "
            "poverty reduction.",
            [
                ("connectivity", "connectivity"),
                ("environment", "green development"),
                ("poverty reduction", "poverty reduction"),
            ],
            None,
        ),
        (
            "Trade, investment and energy are the main areas of cooperation.",
            [("trade", "Trade"), ("investment", "investment"), ("energy", "energy")],
            None,
        ),
        (
            "The ministers discussed cooperation in trade, shipbuilding, energy and health.",
            [
                ("trade", "trade"),
                ("industry", "shipbuilding"),
                ("energy", "energy"),
                ("health", "health"),
            ],
            None,
        ),
        (
            "Kazakhstan and Uzbekistan will deepen interaction in combating terrorism, "
            "separatism and extremism.",
            [
                ("counterterrorism", "terrorism"),
                ("separatism", "separatism"),
                ("extremism", "extremism"),
            ],
            None,
        ),
        (
            "The SCO member states cooperate closely on counter-terrorism.",
            [("counterterrorism", "counter-terrorism")],
            "SCO",
        ),
        (
            "SCO member states lead in the field of information security.",
            [("information security", "information security")],
            "SCO",
        ),
        (
            "They will expand co-operation in the fields of agriculture and culture.",
            [("agriculture", "agriculture"), ("culture", "culture")],
            None,
        ),
        (
            "BRICS cooperation in areas such as healthcare, education and sports is growing.",
            [("health", "healthcare"), ("education", "education"), ("sports", "sports")],
            "BRICS",
        ),
        (
            "Cooperation spans areas ranging from trade to culture.",
            [("trade", "trade"), ("culture", "culture")],
            None,
        ),
        (
            "China and Russia will strengthen military and military-technical cooperation.",
            [("military", "military"), ("military", "military-technical")],
            None,
        ),
        (
            "The parties signed agreements on customs, civil aviation and tourism.",
            [("customs", "customs"), ("transport", "civil aviation"), ("tourism", "tourism")],
            None,
        ),
        (
            "Our countries see potential for cooperation in high-tech, AI and SMEs.",
            [
                ("high technology", "high-tech"),
                ("artificial intelligence", "AI"),
                ("SMEs", "SMEs"),
            ],
            None,
        ),
        (
            "Cooperation with small and medium enterprises is key.",
            [],
            None,
        ),
        # the value of the deals between the cue and its list
        (
            "The two countries identified joint projects worth about $5 billion in energy, "
            "logistics and agriculture.",
            [("energy", "energy"), ("transport", "logistics"), ("agriculture", "agriculture")],
            None,
        ),
        (
            "The two countries identified joint projects worth 2.3 bn dollars in energy and "
            "tourism.",
            [("energy", "energy"), ("tourism", "tourism")],
            None,
        ),
        # "ties ... span" a list
        (
            "Ties between Vietnam and India span defence, trade and tourism.",
            [("military", "defence"), ("trade", "trade"), ("tourism", "tourism")],
            "Vietnam; India",
        ),
        # negatives: area words outside a cooperation enumeration
        ("Bilateral trade rose sharply last year.", [], None),
        ("The new bridge will span the river near the energy plant.", [], None),
        ("The deal is worth $5 billion in energy, a ministry said.", [], None),
        ("The trade union opposed the plan.", [], None),
        ("He has worked in the field of medicine for years.", [], None),
        ("He said cooperation was needed, and trade would follow.", [], None),
        ("The Shanghai Cooperation Organisation held talks on trade.", [], None),
        ("The Organisation for Economic Co-operation and Development cut its forecast.", [], None),
        ("Cooperation in trade in Central Asia and energy is key.", [("trade", "trade")], None),
        ("They worked in partnership with film-making firms.", [], None),
        ("Spyware is a security threat, experts say.", [], None),
        (
            "He joined the Institute for Applied Radio System Technology in collaboration.",
            [],
            None,
        ),
    ],
)
def test_cooperation_rows(text, expected, partner):
    out = coop_of(text)
    assert pairs(out) == expected
    if expected:
        want = [partner] * len(expected)
        assert out["partner"].astype(object).where(out["partner"].notna(), None).tolist() == want


# --- unlisted items: enumeration items no area term names ------------------------------------

U = UNLISTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides agreed on cooperation in trade, investment and space weather forecasting.",
            [
                ("trade", "economy", "trade"),
                ("investment", "economy", "investment"),
                ("space weather forecasting", U, "space weather forecasting"),  # not "space"
            ],
        ),
        (
            "The ministers discussed cooperation in trade, gem cutting, energy and health.",
            [
                ("trade", "economy", "trade"),
                ("gem cutting", U, "gem cutting"),
                ("energy", "economy", "energy"),
                ("health", "social_humanitarian", "health"),
            ],
        ),
        (
            "Cooperation in gemstone cutting, trade and tourism was on the agenda.",
            [
                ("gemstone cutting", U, "gemstone cutting"),
                ("trade", "economy", "trade"),
                ("tourism", "social_humanitarian", "tourism"),
            ],
        ),
        (
            "Laos and Cambodia will expand cooperation in the fields of glacier monitoring and "
            "yak herding.",
            [
                ("glacier monitoring", U, "glacier monitoring"),
                ("yak herding", U, "yak herding"),
            ],
        ),
        (
            "The ministers pledged cooperation in sectors such as leather goods and coffee "
            "processing.",
            [("leather goods", U, "leather goods"), ("coffee processing", U, "coffee processing")],
        ),
        (
            "They agreed to deepen ties in trade; energy, including nuclear power; and "
            "Halal-free cold-chain storage.",  # a capitalised word: no item
            [
                ("trade", "economy", "trade"),
                ("energy", "economy", "energy"),
                ("energy", "economy", "nuclear power"),
            ],
        ),
        (
            "The bloc seeks cooperation in trade and in the field of import substitution.",
            [("trade", "economy", "trade"), ("import substitution", U, "import substitution")],
        ),
        (
            "Cooperation in trade, pharmaceuticals and gem cutting is expanding.",
            [
                ("trade", "economy", "trade"),
                ("health", "social_humanitarian", "pharmaceuticals"),
                ("gem cutting", U, "gem cutting"),  # the list is the subject: "is" ends it
            ],
        ),
        (
            "They want cooperation with Vietnam in rice exports, coffee processing and tourism.",
            [
                ("trade", "economy", "rice exports"),  # the known term with its modifier
                ("coffee processing", U, "coffee processing"),
                ("tourism", "social_humanitarian", "tourism"),
            ],
        ),
        (
            "The sides discussed joint work on water resources, haze monitoring and rescue.",
            [
                ("water resources", "environment", "water resources"),
                ("haze monitoring", U, "haze monitoring"),
                ("emergency response", "social_humanitarian", "rescue"),
            ],
        ),
        (
            "The leaders witnessed the signing of MoUs on customs, veterinary inspection and "
            "youth exchanges.",
            [
                ("customs", "connectivity", "customs"),
                # an adjective term keeps its area, the item as written
                ("agriculture", "economy", "veterinary inspection"),
                ("youth", "social_humanitarian", "youth exchanges"),
            ],
        ),
        # a known term that only heads the one before it is part of that item
        (
            "The ministers discussed cooperation in peacekeeping training, transport "
            "infrastructure and tourism.",
            [
                ("military", "security", "peacekeeping training"),
                ("transport", "connectivity", "transport infrastructure"),
                ("tourism", "social_humanitarian", "tourism"),
            ],
        ),
        # ... with plain words between ("water saving"), or an adjective term before a noun
        # term: one item, the noun's
        (
            "They discussed cooperation in water saving technologies, medical tourism and "
            "agricultural trade.",
            [
                ("water resources", "environment", "water saving technologies"),
                ("tourism", "social_humanitarian", "medical tourism"),
                ("trade", "economy", "agricultural trade"),
            ],
        ),
        (
            "The memoranda cover areas such as tax administration and standardisation.",
            [
                ("tax administration", U, "tax administration"),
                ("standardisation", U, "standardisation"),
            ],
        ),
        (
            "Vientiane and Hanoi will strengthen coordination on flood control and census work.",
            [("emergency response", "social_humanitarian", "flood control")],  # "work": no area
        ),
        (
            "The sides want cooperation in the areas of trade and investment as well as in "
            "green finance and carbon pricing.",
            [
                ("trade", "economy", "trade"),
                ("investment", "economy", "investment"),
                ("finance", "economy", "green finance"),
                ("carbon pricing", U, "carbon pricing"),
            ],
        ),
        (
            "The bloc's partnership covers areas such as gem cutting and coffee processing, "
            "and agreed to meet again.",
            [("gem cutting", U, "gem cutting"), ("coffee processing", U, "coffee processing")],
        ),
        (
            "Ankara and Baku agreed on cooperation in defence, energy and the so-called middle "
            "corridor.",
            [
                ("military", "security", "defence"),
                ("energy", "economy", "energy"),
                ("middle corridor", U, "middle corridor"),
            ],
        ),
        (
            "The sides agreed on cooperation in three areas: trade, gem cutting and tourism.",
            [
                ("trade", "economy", "trade"),
                ("gem cutting", U, "gem cutting"),
                ("tourism", "social_humanitarian", "tourism"),
            ],
        ),
        (
            "They will deepen cooperation in information and communications technology (ICT), "
            "5G and gem cutting.",
            [
                (
                    "digital economy",
                    "technology",
                    "information and communications technology",
                ),
                ("digital economy", "technology", "ICT"),
                ("5g", U, "5G"),
                ("gem cutting", U, "gem cutting"),
            ],
        ),
        # negatives: no unlisted row for a clause, a name, a date, fillers, a verb, a long phrase
        ("Cooperation in these and other areas will be discussed at the summit.", []),
        (
            "Malaysia and Thailand discussed collaboration on trade, security and the "
            "Thai-Malaysian border.",
            [("trade", "economy", "trade"), ("regional security", "security", "security")],
        ),
        (
            "The two blocs will expand cooperation in trade, energy and a host of other issues.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They backed cooperation in trade and energy, a key pillar of their ties.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        ("The memos cover areas such as tax administration and statistics.", []),  # no context
        (
            "They agreed on cooperation in trade and investment and said talks would continue.",
            [("trade", "economy", "trade"), ("investment", "economy", "investment")],
        ),
        (
            "Cooperation in trade and investment, officials said.",
            [("trade", "economy", "trade"), ("investment", "economy", "investment")],
        ),
        (
            "Cooperation in trade and energy and agreed to meet again.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They discussed cooperation in trade, energy and Kazakhstan.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They pledged cooperation in trade and energy in 2026 and beyond.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "The pair will expand cooperation in trade, energy and other areas, and so on.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They backed cooperation in trade, energy and all these.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They agreed on cooperation in trade, energy and the many ideas put forward by "
            "young delegates.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "They agreed on cooperation in trade, energy and the wide range of new and old "
            "ideas brought up by young delegates at the forum.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        (
            "Cooperation in trade and energy grew.",
            [("trade", "economy", "trade"), ("energy", "economy", "energy")],
        ),
        ("The two carmakers are joining forces to pool and develop battery technology.", []),
        ("Police said the suspect had cooperated fully with the investigation.", []),
        ("The singer collaborated on a new album with a producer.", []),
        ("Critics said the rules kept cooperation from becoming a real exchange of goods.", []),
        ("The deal set out an agreement on the size and shape of the fund for climate change.", []),
        ("He said cooperation on the matter and others would help.", []),
    ],
)
def test_unlisted_items(text, expected):
    out = coop_of(text)
    got = list(
        zip(
            out["area"].astype(str),
            out["category"].astype(str),
            out["surface"],
            out["start"].astype(int),
            out["end"].astype(int),
            strict=True,
        )
    )
    want = []
    for area, category, surface in expected:
        start = text.index(surface)
        want.append((area, category, surface, start, start + len(surface)))
    assert got == want


def test_unlisted_rows_keep_the_table_contract():
    text = "Cooperation in trade, investment and space weather forecasting."
    out = coop_of(text)
    assert list(out.columns) == list(TABLES["cooperation"])
    assert isinstance(out["area"].dtype, pd.CategoricalDtype)
    assert out["category"].cat.categories.tolist()[-1] == UNLISTED
    assert set(area_table()["area"].astype(str)) < set(out["area"].cat.categories)
    row = out[out["category"] == UNLISTED].iloc[0]
    assert (row["area"], row["surface"], row["start"], row["end"]) == (
        "space weather forecasting",
        "space weather forecasting",
        37,
        62,
    )


def test_unlisted_items_can_be_turned_off():
    text = "The ministers discussed cooperation in trade, gem cutting, energy and health."
    out = coop_of(text, lexicon={"unlisted_max_words": 0})
    assert out["area"].astype(str).tolist() == ["trade", "energy", "health"]


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Cooperation between Armenia and Iran in trade and gem cutting is expanding.",
            "Armenia; Iran",
        ),
        ("Russia wants cooperation with Mongolia in haze monitoring and trade.", "Mongolia"),
        (
            "Kyrgyzstan and Tajikistan agreed to deepen cooperation in glacier monitoring and "
            "trade.",
            "Kyrgyzstan; Tajikistan",
        ),
        (
            "Kyrgyz and Tajik officials met in Bishkek. The two countries agreed to deepen "
            "cooperation in glacier monitoring and trade.",
            "Kyrgyzstan; Tajikistan",
        ),
        (
            "Thailand seeks deeper cooperation with ASEAN members on haze pollution, rice and "
            "smuggling.",
            "ASEAN",
        ),
        (
            "Jakarta and Canberra will work together on illegal fishing and reef monitoring.",
            "Indonesia; Australia",  # capitals for their governments
        ),
        (
            "Officials in Jakarta backed cooperation with Canberra in reef monitoring and trade.",
            "Australia",
        ),
        (
            "Indonesia and Singapore will boost cooperation in trade, with a focus on "
            "agriculture, reef monitoring and fintech.",
            "Indonesia; Singapore",
        ),
    ],
)
def test_unlisted_items_get_the_partner(text, partner):
    corpus = analyze(pd.DataFrame({"title": ["t"], "text": [text]}))
    out = corpus.cooperation
    assert_offsets_true(corpus.articles, out, column="surface")
    assert UNLISTED in set(out["category"].astype(str))
    assert set(out["partner"]) == {partner}


@pytest.mark.parametrize(
    "text",
    [
        "Ministers meeting in Hanoi backed cooperation in reef monitoring and trade.",
        "HANOI, May 2 -- The ministers backed cooperation in reef monitoring and trade.",
        "After a visit to Hanoi, the ministers backed cooperation in reef monitoring and trade.",
    ],
)
def test_a_capital_as_a_place_is_no_partner(text):
    out = analyze(pd.DataFrame({"title": ["t"], "text": [text]})).cooperation
    assert out["area"].astype(str).tolist() == ["reef monitoring", "trade"]
    assert out["partner"].isna().all()


def test_every_category_is_allowed():
    table = area_table()
    assert set(table["category"].astype(str)) <= CATEGORIES
    names = set(table["area"].astype(str))
    for needed in [
        "trade",
        "investment",
        "finance",
        "transport",
        "food security",
        "agriculture",
        "industry",
        "high technology",
        "digital economy",
        "SMEs",
        "energy",
        "counterterrorism",
        "extremism",
        "separatism",
        "drug trafficking",
        "organised crime",
        "illegal migration",
        "information security",
        "education",
        "health",
        "tourism",
        "sports",
        "culture",
        "science",
        "environment",
        "climate change",
        "emergency response",
        "customs",
        "connectivity",
        "space",
    ]:
        assert needed in names, needed


# --- partners from the mentions table -------------------------------------------------------


def mentions_for(text: str, items: list[tuple[str, str, str]]) -> pd.DataFrame:
    rows = []
    for surface, entity, kind in items:
        start = text.index(surface)
        rows.append(
            {
                "article_id": "a0",
                "sentence_id": 0,
                "start": start,
                "end": start + len(surface),
                "surface": surface,
                "entity": entity,
                "kind": kind,
            }
        )
    return conform(pd.DataFrame(rows), "mentions")


def test_partner_from_sentence_mentions():
    text = "Russian and Chinese officials in Moscow discussed cooperation in energy."
    mentions = mentions_for(
        text,
        [
            ("Russian", "Russia", "country"),
            ("Chinese", "China", "country"),
            ("Moscow", "Moscow", "place"),
        ],
    )
    out = coop_of(text, mentions)
    assert out["partner"].tolist() == ["Russia; China"]
    assert coop_of(text)["partner"].isna().all()  # no mentions: only acronyms count


@pytest.mark.parametrize(
    ("text", "surfaces", "partners"),
    [
        # an initiative or a corridor is no partner
        (
            "Laos and Vietnam agreed to link the Belt and Road Initiative and the Middle "
            "Corridor with their plans and to expand cooperation in such fields as trade and "
            "energy.",
            ["trade", "energy"],
            {"Laos; Vietnam"},
        ),
        # nor is a name in a clause set off after the list
        (
            "Leaders agreed to strengthen cooperation on logistics and energy, as Japan seeks to "
            "counter the influence of China and Russia.",
            ["logistics", "energy"],
            {None},
        ),
    ],
)
def test_names_that_are_no_partner(text: str, surfaces: list[str], partners: set) -> None:
    out = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert out["surface"].tolist() == surfaces
    assert {p if isinstance(p, str) else None for p in out["partner"]} == partners


def test_partner_short_form_from_mentions():
    text = "Asean seeks cooperation with the Shanghai Cooperation Organisation in tourism."
    mentions = mentions_for(
        text,
        [
            ("Asean", "Association of Southeast Asian Nations", "organization"),
            (
                "Shanghai Cooperation Organisation",
                "Shanghai Cooperation Organization",
                "organization",
            ),
        ],
    )
    out = coop_of(text, mentions)
    assert out["partner"].tolist() == ["SCO"]


def test_partner_after_with_uses_slot_mentions():
    text = "Cooperation with Kazakhstan and Iran in transport is growing, Moscow said."
    mentions = mentions_for(
        text,
        [("Kazakhstan", "Kazakhstan", "country"), ("Iran", "Iran", "country")],
    )
    assert coop_of(text, mentions)["partner"].tolist() == ["Kazakhstan; Iran"]
    assert coop_of(text)["partner"].tolist() == ["Kazakhstan; Iran"]


def test_empty_mentions_same_as_none():
    empty = empty_table("mentions")
    pd.testing.assert_frame_equal(coop_of(LONG, empty), coop_of(LONG))


# --- tables, errors, user lexicons ----------------------------------------------------------


def test_empty_input_gives_empty_table():
    out = extract_cooperation(empty_table("articles"), empty_table("sentences"))
    assert out.empty
    assert list(out.columns) == list(TABLES["cooperation"])
    assert out["end"].dtype == "Int64"
    assert isinstance(out["area"].dtype, pd.CategoricalDtype)


def test_no_cue_gives_empty_table():
    out = coop_of("Nothing to see here.")
    assert out.empty
    assert list(out.columns) == list(TABLES["cooperation"])


def test_several_articles_and_sentences():
    arts = articles_of("Intro.\nEnergy cooperation grew. Trade fell.", LONG)
    sents = split_sentences(arts)
    out = extract_cooperation(arts, sents)
    assert_offsets_true(arts, out, column="surface")
    first = out[out["article_id"] == "a0"]
    assert first[["sentence_id", "surface"]].values.tolist() == [[1, "Energy"]]
    assert len(out[out["article_id"] == "a1"]) == 10


@pytest.mark.parametrize(
    "lines",
    [
        "- fisheries;\n- tourism;\n- shipbuilding.",
        "• fisheries\n• tourism\n• shipbuilding",
        "1. fisheries;\n2. tourism;\n3. shipbuilding.",
        "a) fisheries\nb) tourism\nc) shipbuilding",
    ],
)
def test_a_list_set_out_as_lines_after_a_cue_and_a_colon(lines: str) -> None:
    text = f"Talks ended.\nMalaysia seeks cooperation with Laos in these areas:\n\n{lines}\n\nBye."
    out = coop_of(text)
    assert [s.strip(".;") for s in out["surface"]] == ["fisheries", "tourism", "shipbuilding"]
    assert set(out["partner"]) == {"Laos"}
    # each row points at the sentence of its own line
    sents = split_sentences(articles_of(text))
    for r in out.itertuples():
        (sent,) = sents[sents["sentence_id"] == r.sentence_id].itertuples()
        assert sent.start <= r.start < sent.end


def test_lines_without_a_cue_or_colon_are_no_list() -> None:
    assert coop_of("Menu:\n- fisheries\n- tourism\n- shipbuilding").empty
    assert coop_of("Malaysia seeks cooperation with Laos.\n- fisheries\n- tourism").empty


def test_missing_column_is_reported():
    with pytest.raises(ValueError, match="lacks column"):
        extract_cooperation(pd.DataFrame({"text": ["x"]}), empty_table("sentences"))


def test_user_lexicon_adds_an_area():
    user = {"areas": {"ammonia": {"category": "environment", "terms": ["green ammonia"]}}}
    out = coop_of("They agreed on cooperation in green ammonia and trade.", lexicon=user)
    assert pairs(out) == [("ammonia", "green ammonia"), ("trade", "trade")]
    assert out["category"].astype(str).tolist() == ["environment", "economy"]


@pytest.mark.parametrize(
    ("user", "message"),
    [
        ({"areas": {"hydrogen": {"category": "energy", "terms": ["h2"]}}}, "category"),
        ({"areas": {"hydrogen": {"terms": ["h2"]}}}, "category"),
        ({"areas": {"hydrogen": {"category": "environment", "terms": []}}}, "terms"),
        ({"areas": {"hydrogen": {"category": "environment", "terms": ["trade"]}}}, "also a term"),
        ({"areas": {"hydrogen": ["green hydrogen"]}}, "mapping"),
        ({"cues": {"forward": ["trade"]}}, "cue or an area term"),
        ({"cues": {"sideways": ["x"]}}, "sideways"),
        ({"separators": [True]}, "separators"),
        ({"max_gap_chars": -1}, "max_gap_chars"),
        ({"spelling": ["cooperation"]}, "spelling"),
        ({"pair_body_nouns": ["coalitions"]}, "not one of pair_nouns"),
    ],
)
def test_malformed_lexicon_raises(user, message):
    with pytest.raises(LexiconError, match=message):
        extract_cooperation(articles_of("x"), split_sentences(articles_of("x")), lexicon=user)


def test_lexicon_file(tmp_path):
    path = tmp_path / "cooperation.yaml"
    path.write_text(
        "areas:\n  ammonia:\n    category: environment\n    terms: [green ammonia]\n",
        encoding="utf-8",
    )
    assert "ammonia" in load_cooperation(path)["areas"]
    assert pairs(coop_of("Cooperation in green ammonia.", lexicon=tmp_path)) == [
        ("ammonia", "green ammonia")
    ]


# --- BBC corpus: false positives (the `bbc` fixture in conftest skips when absent) ----------------


@pytest.mark.slow
def test_bbc_offsets_and_few_rows(bbc):
    extract_cooperation(bbc.articles.head(1), bbc.sentences)  # build the matcher once
    out = extract_cooperation(bbc.articles, bbc.sentences, bbc.mentions)
    assert_offsets_true(bbc.articles, out, column="surface")
    # general news with little cooperation talk: areas are rare, not every "trade"
    assert len(out) < 0.002 * len(bbc.sentences)


def test_partner_short_form_from_the_article():
    text = "The EWU met. Ukraine seeks cooperation with the Eurasian Widget Union in trade."
    mentions = mentions_for(
        text,
        [
            ("EWU", "Eurasian Widget Union", "organization"),
            ("Eurasian Widget Union", "Eurasian Widget Union", "organization"),
        ],
    )
    mentions["sentence_id"] = pd.array([0, 1], dtype="Int64")
    assert coop_of(text, mentions)["partner"].tolist() == ["EWU"]


def test_the_two_organisations_are_the_last_two_named() -> None:
    text = (
        "Lin Tao of the Alpha Union met the Beta League, he told TASS. "
        "He said the two organizations could work together on counterterrorism."
    )
    mentions = mentions_for(
        text,
        [
            ("Alpha Union", "Alpha Union", "organization"),
            ("Beta League", "Beta League", "organization"),
            ("TASS", "TASS", "organization"),  # a news agency, never a partner
        ],
    )
    out = coop_of(text, mentions)
    assert out[["area", "partner"]].values.tolist() == [
        ["counterterrorism", "Alpha Union; Beta League"]
    ]


def test_two_leaders_stand_for_the_last_two_countries():
    text = (
        "Latvian and Malaysian ministers met in Riga. Asked about the SCO, they said little. "
        "The two ministers agreed to expand cooperation in education and tourism."
    )
    mentions = mentions_for(
        text,
        [
            ("Latvian", "Latvia", "country"),
            ("Malaysian", "Malaysia", "country"),
            ("SCO", "Shanghai Cooperation Organization", "organization"),
        ],
    )
    # the organisation named last is no "minister"; "the two sides" would take it
    assert coop_of(text, mentions)["partner"].tolist() == ["Latvia; Malaysia"] * 2
    sides = text.replace("two ministers", "two sides")
    assert (
        coop_of(
            sides,
            mentions_for(
                sides,
                [
                    ("Malaysian", "Malaysia", "country"),
                    ("SCO", "Shanghai Cooperation Organization", "organization"),
                ],
            ),
        )["partner"].tolist()
        == ["Malaysia; SCO"] * 2
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "work with X in ...": the partner stands right after the cue
        (
            "China is ready to work with ASEAN in trade, energy and tourism.",
            [("trade", "ASEAN"), ("energy", "ASEAN"), ("tourism", "ASEAN")],
        ),
        ("Beijing will partner with Astana in transport.", [("transport", "Kazakhstan")]),
        # ... and no partner named there means no cooperation
        ("She used to work with children in schools and hospitals.", []),
    ],
)
def test_work_with_a_partner(text: str, expected: list[tuple[str, str]]) -> None:
    corpus = analyze(pd.DataFrame({"text": [text]}))
    coop = corpus.cooperation
    got = list(zip(coop["area"].astype(str), coop["partner"].astype(str), strict=True))
    assert got == expected


def test_agreements_covering_areas() -> None:
    text = "Uzbekistan and Kyrgyzstan signed 15 agreements covering energy, agriculture and health."
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    got = list(zip(coop["area"].astype(str), coop["partner"].astype(str), strict=True))
    assert got == [
        ("energy", "Uzbekistan; Kyrgyzstan"),
        ("agriculture", "Uzbekistan; Kyrgyzstan"),
        ("health", "Uzbekistan; Kyrgyzstan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "search and rescue" is one area; its "and" does not split it
        (
            "The two navies agreed to boost cooperation in fisheries, search and rescue, and "
            "piracy.",
            [
                ("agriculture", "fisheries"),
                ("emergency response", "search and rescue"),
                ("maritime security", "piracy"),
            ],
        ),
        # a known area with an action noun after it stays that area
        (
            "They will cooperate on climate change adaptation and disaster prevention.",
            [
                ("climate change", "climate change adaptation"),
                ("emergency response", "disaster prevention"),
            ],
        ),
        ("Cooperation in military medicine will grow.", [("military", "military medicine")]),
    ],
)
def test_compound_areas(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(coop_of(text)) == expected


def test_two_ministers_are_the_countries_written_before_their_roles() -> None:
    text = (
        "Tajik Foreign Minister Rustam Nazarov met his Kyrgyz counterpart Aibek Osmonov. "
        "Bhutan has not yet joined the forum. "
        "The two ministers agreed to boost cooperation in fisheries and energy."
    )
    corpus = analyze(pd.DataFrame({"text": [text]}))
    coop = corpus.cooperation
    assert coop["area"].astype(str).tolist() == ["agriculture", "energy"]
    assert set(coop["partner"].astype(str)) == {"Tajikistan; Kyrgyzstan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides agreed to expand cooperation in digital trade, supply chains and "
            "psychotropic substances control.",
            [
                ("digital economy", "digital trade"),
                ("industry", "supply chains"),
                ("drug trafficking", "psychotropic substances"),
            ],
        ),
        (
            "They will deepen cooperation in areas such as new energy vehicles and the blue "
            "economy.",
            [("industry", "new energy vehicles"), ("economy", "blue economy")],
        ),
    ],
)
def test_more_multiword_areas(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(coop_of(text)) == expected


def test_the_bloc_is_the_organisation_named_last() -> None:
    text = (
        "BRICS ministers met in Kazan. South Africa's Naledi Pandor said the bloc should "
        "prioritise cooperation in health and education."
    )
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == ["health", "education"]
    assert set(coop["partner"].astype(str)) == {"BRICS"}  # not the speaker's country


def test_a_source_named_in_the_sentence_is_not_the_pair() -> None:
    text = (
        "Tajik Defence Minister Ivo Rahmon met his Kyrgyz counterpart Dan Osmonov. "
        "The two ministers discussed cooperation in energy and tourism, the Tajik ministry said."
    )
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == ["energy", "tourism"]
    assert set(coop["partner"].astype(str)) == {"Tajikistan; Kyrgyzstan"}


def _partners(out: pd.DataFrame) -> set:
    """The partner values of the rows, NA as None."""
    return {None if pd.isna(p) else p for p in out["partner"]}


def test_a_region_alone_is_never_a_partner() -> None:
    text = "The ministers agreed on cooperation in energy with the Arctic."
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == ["energy"]
    assert coop["partner"].isna().all()


@pytest.mark.parametrize(
    ("opening", "partner"),
    [
        ("The ministers also", "SCO"),
        ("The defence ministers also", "SCO"),
        # two of them are two parties, not the bloc
        ("The two ministers also", None),
    ],
)
def test_a_blocs_members_opening_a_sentence_stand_for_the_bloc(opening: str, partner) -> None:
    text = (
        "Defence ministers of the SCO met in Bishkek on Friday. "
        f"{opening} discussed cooperation in mapping and military medicine."
    )
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert len(coop) == 2
    assert _partners(coop) == {partner}


@pytest.mark.parametrize(
    ("text", "areas", "partner"),
    [
        # a country's adjective before a media noun names its press, not a partner
        (
            "In an article in Kazakh state media, the envoy called for cooperation in mining "
            "and tourism.",
            ["industry", "tourism"],
            None,
        ),
        # ... and a term the media noun stands in is no item of the list
        (
            "Laos and Vietnam agreed to widen cooperation in mining and tourism, Lao media "
            "reported.",
            ["industry", "tourism"],
            "Laos; Vietnam",
        ),
    ],
)
def test_the_press_of_a_country_is_no_partner(text: str, areas: list, partner) -> None:
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == areas
    assert _partners(coop) == {partner}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a region with a group noun is a group of states, named as written
        ("The ministers agreed on cooperation in energy with the Arctic states.", "Arctic states"),
        (
            "Nepal wants to deepen cooperation with Central Asian countries in tourism and "
            "hydropower.",
            "Central Asian countries",
        ),
        # a hyphenated name before the region stays with it
        (
            "Officials of the Lancang-Mekong countries pledged to deepen cooperation in "
            "tourism and forestry.",
            "Lancang-Mekong countries",
        ),
        # a coordinated clause after the list is about something else
        (
            "The minister urged members to expand cooperation in tourism and forestry, and "
            "offered a port as a gateway for the landlocked Central Asian republics.",
            None,
        ),
    ],
)
def test_a_region_with_a_group_noun_is_a_partner(text: str, partner: str | None) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


def test_the_sides_and_an_agency_dateline() -> None:
    text = (
        "TASHKENT, Uzbekistan (AP) — Uzbekistan's foreign minister met the ASEAN "
        "secretary-general in Jakarta on Monday.\n"
        "The sides discussed prospects for cooperation in tourism and education, the Uzbek "
        "ministry said."
    )
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == ["tourism", "education"]
    # "(AP)" after the country is the agency's dateline, not the country's abbreviation
    assert set(coop["partner"].astype(str)) == {"Uzbekistan; ASEAN"}


def test_cooperation_with_the_association_is_the_body_named_last() -> None:
    text = (
        "Speaking about ASEAN, the secretary-general said he sees broad prospects for "
        "cooperation with the association in trade, tourism and education."
    )
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert coop["area"].astype(str).tolist() == ["trade", "tourism", "education"]
    assert set(coop["partner"].astype(str)) == {"ASEAN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joint work named without "cooperation", with a bloc in the sentence
        (
            "With the SCO we can work on customs administration, logistics, energy and "
            "agriculture.",
            [("customs", "SCO"), ("transport", "SCO"), ("energy", "SCO"), ("agriculture", "SCO")],
        ),
        (
            "There is a long list of things BRICS and the African Union can do together: "
            "energy, agriculture and health.",
            [
                ("energy", "BRICS; African Union"),
                ("agriculture", "BRICS; African Union"),
                ("health", "BRICS; African Union"),
            ],
        ),
        # an "of" complement stays inside its item
        (
            "Together with the CSTO we can work on training of personnel, border security and "
            "drug trafficking.",
            [("education", "CSTO"), ("regional security", "CSTO"), ("drug trafficking", "CSTO")],
        ),
        # "working on" a product is no cooperation
        ("Nokia has been working on a technology called Visual Radio.", []),
    ],
)
def test_joint_work_without_the_word_cooperation(text, expected):
    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    rows = corpus.cooperation
    assert list(zip(rows["area"].astype(str), rows["partner"].astype(str), strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three or more unlisted items right after "cooperation in"
        (
            "The community promotes cooperation in hydrogen, ammonia co-firing, carbon capture "
            "and power grids, and has been folded into the plan.",
            ["energy", "ammonia co-firing", "carbon capture", "power grids"],
        ),
        # two plain words before the first known item: "coast guard training"
        (
            "Manila and Hanoi agreed to boost cooperation in coast guard training, marine "
            "scientific research and fisheries management.",
            ["education", "science", "agriculture"],
        ),
        # "cooperation in recent years" is no list
        ("The two countries have deepened cooperation in recent years, officials said.", []),
    ],
)
def test_unlisted_lists_after_cooperation_in(text, expected):
    corpus = analyze(pd.DataFrame({"text": [text]}), progress=False)
    assert corpus.cooperation["area"].astype(str).tolist() == expected


def test_a_quotation_mark_between_the_cue_and_its_partner():
    text = (
        'Fidan said Ankara would "deepen practical cooperation" with the SCO in trade, energy '
        "and transport."
    )
    rows = analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation
    assert rows["partner"].astype(str).unique().tolist() == ["SCO"]
    assert rows["area"].astype(str).tolist() == ["trade", "energy", "transport"]


def test_a_hyphenated_modifier_before_a_known_item():
    text = (
        "Ministers will expand cooperation with China in grid financing, cross-border power "
        "trade and energy storage."
    )
    rows = analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation
    assert rows["area"].astype(str).tolist() == ["grid financing", "trade", "energy storage"]


@pytest.mark.parametrize(
    ("text", "expected", "partner"),
    [
        # what joint work "could cover"
        (
            "In his view, cooperation with the SCO could cover countering terrorism, food "
            "security and public health.",
            ["counterterrorism", "food security", "health"],
            "SCO",
        ),
        # "priority areas for cooperation with X ..., including ..."
        (
            "The communique listed priority areas for cooperation with Japan under the new "
            "framework, including digital trade, public health and disaster management.",
            ["digital economy", "health", "emergency response"],
            "Japan",
        ),
        # "cooperative activities between A and B in ..."
        (
            "The declaration lists cooperative activities between ASEAN and China in marine "
            "scientific research and search and rescue.",
            ["science", "emergency response"],
            "ASEAN; China",
        ),
        # "coordinate their efforts in ..."
        (
            "The CSTO and the SCO could coordinate their efforts in countering terrorism and "
            "illegal migration.",
            ["counterterrorism", "illegal migration"],
            "CSTO; SCO",
        ),
        # a colon list naming the areas of a cooperation sentence
        (
            "Cooperation between Kazakhstan and Uzbekistan is organised in four areas: trade, "
            "energy, education and tourism.",
            ["trade", "energy", "education", "tourism"],
            "Kazakhstan; Uzbekistan",
        ),
        # partners named through a group noun, then a colon list
        (
            "The council identified priority areas for cooperation with partners from China "
            "and Russia: logistics, agro-processing and tourism.",
            ["transport", "agro-processing", "tourism"],
            "China; Russia",
        ),
        # an unlisted item with "of" inside it between two known ones
        (
            "Kazakhstan and Uzbekistan agreed on cooperation in trade, the exchange of "
            "information and border security.",
            ["trade", "exchange of information", "regional security"],
            "Kazakhstan; Uzbekistan",
        ),
        # a modal and a verb between the partner and the list
        (
            "He said that cooperation with ASEAN could grow in counter-terrorism, tourism and "
            "disaster management.",
            ["counterterrorism", "tourism", "emergency response"],
            "ASEAN",
        ),
        (
            "Our cooperation with China and Russia is already growing in trade, energy and "
            "transport.",
            ["trade", "energy", "transport"],
            "China; Russia",
        ),
        # "lies in" / "should concentrate on" between the cue and the list
        (
            "The greatest potential for cooperation with ASEAN lies in countering terrorism, "
            "combating drug trafficking and disaster management.",
            ["counterterrorism", "drug trafficking", "emergency response"],
            "ASEAN",
        ),
        (
            "Cooperation with the SCO should concentrate on trade, tourism and education.",
            ["trade", "tourism", "education"],
            "SCO",
        ),
        # the list before "as priority sectors for cooperation with X"
        (
            "The government identified semiconductors, halal products, palm oil and tourism "
            "as priority sectors for cooperation with BRICS members.",
            ["high technology", "halal industry", "agriculture", "tourism"],
            "BRICS",
        ),
        # a place phrase after the last item before the "near" cue
        (
            "Kazakhstan and Iran named ports, logistics and search and rescue at sea as "
            "priority areas for cooperation.",
            ["transport", "transport", "emergency response"],
            "Kazakhstan; Iran",
        ),
    ],
)
def test_more_ways_to_name_joint_work(text, expected, partner):
    rows = analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation
    assert rows["area"].astype(str).tolist() == expected
    assert set(rows["partner"].astype(str)) == {partner}


def test_security_cooperation_terms_of_regional_bodies():
    text = (
        "There are good prospects for cooperation with ASEAN in the fields of countering the "
        "financing of terrorism, cybersecurity, deradicalization programs, border and "
        "migration control, as well as in the areas of personnel training and joint research "
        "on the root causes of extremism."
    )
    rows = analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation
    areas = rows["area"].astype(str).tolist()
    assert areas[:3] == ["counterterrorism", "information security", "extremism"]
    assert "illegal migration" in areas and areas[-1] == "extremism"
    assert set(rows["partner"].astype(str)) == {"ASEAN"}


def test_colon_list_needs_a_cooperation_sentence():
    text = "The report covers three areas: trade, energy and politics."
    assert analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation.empty


def _analysed(text: str) -> pd.DataFrame:
    return analyze(pd.DataFrame({"text": [text]}), progress=False).cooperation


def test_a_new_clause_after_a_list_ends_it_and_compound_terms_stay_whole():
    out = _analysed(
        "Chile and Peru have since deepened cooperation in digital payments, energy, food "
        "security and logistics, and a similar arrangement with Bolivia is at an advanced stage."
    )
    assert out["surface"].tolist() == ["digital payments", "energy", "food security", "logistics"]
    assert out["area"].tolist()[0] == "finance"
    assert set(out["partner"].iloc[0].split("; ")) >= {"Chile", "Peru"}


def test_priority_areas_included_with_trade_in_goods():
    out = _analysed(
        "He said priority areas included trade in goods, halal certification, digital trade, "
        "food security and renewable energy."
    )
    assert out["surface"].tolist() == [
        "trade in goods",
        "halal certification",
        "digital trade",
        "food security",
        "renewable energy",
    ]
    assert out["area"].tolist()[:2] == ["trade", "halal industry"]


def test_the_two_blocs_are_the_last_two_bodies_not_a_country():
    out = _analysed(
        "Officials met to speed up talks between the Gulf Cooperation Council (GCC) and the "
        "Association of Southeast Asian Nations (ASEAN).\n\n"
        "Jakarta has said it wants a deal soon.\n\n"
        "The ASEAN Secretariat said the two blocs had agreed to strengthen cooperation in "
        "tourism and food security."
    )
    assert out["surface"].tolist() == ["tourism", "food security"]
    assert set(out["partner"].iloc[0].split("; ")) == {"GCC", "ASEAN"}


def test_user_body_pair_noun_names_bodies():
    text = (
        "Officials met to speed up talks between the Gulf Cooperation Council (GCC) and the "
        "Association of Southeast Asian Nations (ASEAN).\n\n"
        "Jakarta has said it wants a deal soon.\n\n"
        "The ASEAN Secretariat said the two coalitions had agreed to strengthen cooperation in "
        "tourism."
    )
    result = analyze(pd.DataFrame({"text": [text]}), progress=False)

    def partners(user: dict) -> set[str]:
        out = extract_cooperation(result.articles, result.sentences, result.mentions, lexicon=user)
        return set(out["partner"].iloc[0].split("; "))

    assert partners({"pair_nouns": ["coalitions"], "pair_body_nouns": ["coalitions"]}) == {
        "GCC",
        "ASEAN",
    }
    # a pair noun alone means the last two named, countries included
    assert "Indonesia" in partners({"pair_nouns": ["coalitions"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known item's own noun ("logistics hubs") does not end the list
        (
            "Moscow is ready to expand cooperation with Tashkent in rail freight, logistics hubs, "
            "customs digitalisation and personnel training.",
            [
                ("transport", "rail freight"),
                ("transport", "logistics"),
                # (one noun term before another: one item, headed by the last)
                ("digital economy", "customs digitalisation"),
                ("education", "personnel training"),
            ],
        ),
        # security items named as officials write them
        (
            "Members agreed to cooperate in border monitoring, the exchange of financial "
            "intelligence and the tracking of precursor chemicals.",
            [
                ("regional security", "border monitoring"),
                ("law enforcement", "financial intelligence"),
                ("drug trafficking", "precursor chemicals"),
            ],
        ),
        # ... but a verb after an item does
        ("Cooperation in trade has grown, and energy prices fell.", [("trade", "trade")]),
        ("Cooperation in trade expanded, energy too.", [("trade", "trade")]),
    ],
)
def test_words_ending_an_item_keep_the_list_going(text: str, expected: list[tuple]) -> None:
    assert pairs(coop_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the verb and "with"
        (
            "Laos hopes to work more closely with ASEAN members, especially in tourism and energy.",
            [("tourism", "tourism"), ("energy", "energy")],
        ),
        # "together with X in ..."
        (
            "Our police act together with the CIS in countering terrorism and drug trafficking.",
            [("counterterrorism", "terrorism"), ("drug trafficking", "drug trafficking")],
        ),
        # "engagement with X would focus on ..."
        (
            "Cambodia's engagement with the SCO would focus on agriculture and education.",
            [("agriculture", "agriculture"), ("education", "education")],
        ),
        # a time word between the cue and the list
        (
            "We can start working together today in tourism and health.",
            [("tourism", "tourism"), ("health", "health")],
        ),
        # "very" among the lead words before a colon list
        (
            "We have focused cooperation on very practical areas: education and health.",
            [("education", "education"), ("health", "health")],
        ),
        # plural "partnerships"
        (
            "The bloc should expand its partnerships with Japan in energy and tourism.",
            [("energy", "energy"), ("tourism", "tourism")],
        ),
        # the area before "cooperation" and the list after it
        (
            "Minsk proposed deeper industrial cooperation in machine tools and pharmaceuticals.",
            [
                ("industry", "industrial"),
                ("machine tools", "machine tools"),
                ("health", "pharmaceuticals"),
            ],
        ),
        # an item's own last word before a `near` cue ("... governance among the priority areas")
        (
            "Chile has listed health, trade and artificial intelligence governance among the "
            "priority areas of its term.",
            [
                ("health", "health"),
                ("trade", "trade"),
                ("artificial intelligence", "artificial intelligence"),
            ],
        ),
        # ... also when a lead word that looks like a verb follows the item's own word
        (
            "Chile has listed health, trade and artificial intelligence governance being among "
            "the priority areas of its term.",
            [
                ("health", "health"),
                ("trade", "trade"),
                ("artificial intelligence", "artificial intelligence"),
            ],
        ),
        # a weak cue right before an area marker is a list of its own
        (
            "The road plan covers areas including ferry links, rail freight and tourism.",
            [("ferry links", "ferry links"), ("transport", "rail freight"), ("tourism", "tourism")],
        ),
        # ... while a comma right after a cue opens no list of unlisted items
        ("The firm gains strategic partnerships, design skills and technology.", []),
        # a place phrase ends an item inside the list ("... at sea, search and rescue")
        (
            "They plan cooperation in tourism, rail links at sea, search and rescue "
            "operations and health.",
            [
                ("tourism", "tourism"),
                ("rail links", "rail links"),
                ("emergency response", "search and rescue operations"),
                ("health", "health"),
            ],
        ),
        # "support for SMEs" is the SMEs area, and the list goes on after it
        (
            "The ten areas of cooperation: support for SMEs, agriculture and tourism.",
            [
                ("SMEs", "support for SMEs"),
                ("agriculture", "agriculture"),
                ("tourism", "tourism"),
            ],
        ),
        # a verb after the last item starts a clause, not an item
        (
            "They agreed to step up cooperation in education and tourism, and soon open more "
            "direct flights.",
            [("education", "education"), ("tourism", "tourism")],
        ),
        # a capital in the dateline is no partner
        (
            "Jakarta, 5 August — Officials of the SCO and ASEAN met to expand cooperation in "
            "tourism and health.",
            [("tourism", "tourism"), ("health", "health")],
        ),
        # "maritime cooperation" and "non-traditional security" as areas
        (
            "The priority areas are maritime cooperation and non-traditional security.",
            [("maritime security", "maritime"), ("regional security", "non-traditional security")],
        ),
    ],
)
def test_more_cue_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(coop_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 5 August — Officials of the SCO and ASEAN met to expand cooperation in "
        "tourism and health.",
        # nor is the country after the capital
        "VIENTIANE, Laos (AP) — Officials of the SCO and ASEAN met to expand cooperation in "
        "tourism and health.",
    ],
)
def test_a_dateline_place_is_no_partner(text: str) -> None:
    coop = analyze(pd.DataFrame({"text": [text]})).cooperation
    assert set(coop["partner"].astype(str)) == {"SCO; ASEAN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "micro, small and medium enterprises" is one item, its comma no separator
        (
            "Both sides will expand cooperation in tourism and micro, small and medium "
            "enterprises.",
            [("tourism", "tourism"), ("SMEs", "micro, small and medium enterprises")],
        ),
        # an "of" complement closing the sentence belongs to the item before it (and to its
        # surface), even with an area word modifying its noun
        (
            "The ministers agreed to deepen cooperation in trade, agriculture and the training of "
            "railway specialists.",
            [
                ("trade", "trade"),
                ("agriculture", "agriculture"),
                ("education", "training of railway specialists"),
            ],
        ),
        # ... but a complement that is itself an area is still an item
        (
            "The ministers agreed to deepen cooperation in trade and the development of energy.",
            [("trade", "trade"), ("energy", "energy")],
        ),
    ],
)
def test_items_holding_commas_and_closing_complements(text, expected):
    assert pairs(coop_of(text)) == expected


def test_digital_technology_is_one_item():
    coop = coop_of("Joint projects in energy, transport and digital technology are few.")
    assert pairs(coop) == [
        ("energy", "energy"),
        ("transport", "transport"),
        ("digital economy", "digital technology"),
    ]


def test_an_area_term_before_a_process_noun_keeps_its_area():
    coop = coop_of("Both sides will expand cooperation in oil and gas exploration and tourism.")
    assert pairs(coop) == [("energy", "oil and gas exploration"), ("tourism", "tourism")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "They" right after an enumeration with partners: the same parties
        (
            "Mongolia and Nepal signed memorandums on tourism and education. They also agreed "
            "to expand cooperation in border trade and electricity supply.",
            ["Mongolia; Nepal"] * 4,
        ),
        # ... but not when that enumeration is far back: the subject may be someone else
        (
            "Mongolia and Nepal signed memorandums on tourism and education. The talks ran "
            "late. Dinner followed. Reporters waited outside. They also agreed to expand "
            "cooperation in border trade and electricity supply.",
            ["Mongolia; Nepal", "Mongolia; Nepal", None, None],
        ),
    ],
)
def test_they_after_an_enumeration_keeps_its_partners(text, expected):
    out = _analysed(text)
    partners = [None if pd.isna(p) else "; ".join(sorted(p.split("; "))) for p in out["partner"]]
    assert partners == expected


def test_the_two_sides_are_never_one_earlier_partner():
    # the enumeration before names one partner; "the two sides" are two others
    out = _analysed(
        "Mongolia and Laos held talks on Monday. Laos's minister called for joint projects in "
        "hydropower. According to a joint statement, the two sides agreed to expand "
        "cooperation in tourism and mining."
    )
    last = out[out["surface"] == "mining"]["partner"].iloc[0]
    assert sorted(last.split("; ")) == ["Laos", "Mongolia"]


def test_an_unlisted_item_ends_before_a_participle_after_its_plural_noun():
    out = _analysed(
        "Mongolia and Laos agreed to strengthen cooperation on tourism, demining and the fight "
        "against online scam centres operating along the frontier."
    )
    assert out["surface"].tolist() == ["tourism", "demining", "online scam centres"]


@pytest.mark.parametrize(
    ("text", "expected", "partner"),
    [
        # a group noun after the partner's name: "with BRICS economies"
        (
            "Chilean exporters hope to expand cooperation with BRICS economies in copper, wine "
            "and tourism.",
            ["copper", "wine", "tourism"],
            "BRICS",
        ),
        # "the bloc and its member states": the body named last
        (
            "Armenia joined the CSTO long ago. Yerevan wants to deepen cooperation with the bloc "
            "and its member states in tourism and energy.",
            ["tourism", "energy"],
            "CSTO",
        ),
        # "the Commonwealth" after the Commonwealth of Independent States: the CIS
        (
            "The Commonwealth of Independent States met in Minsk. Baku wants cooperation within "
            "the Commonwealth in tourism and energy.",
            ["tourism", "energy"],
            "CIS",
        ),
        # "within the X framework" after the list: the sentence's parties, with the frame
        (
            "Nepal and Laos were discussing cooperation in tourism and hydropower within the "
            "ASEAN framework.",
            ["tourism", "hydropower"],
            "Nepal; Laos; ASEAN",
        ),
        # "working with member states": partners left unnamed still make it cooperation
        (
            "The secretariat is working with member states on practical projects in tourism, "
            "forestry and hydropower.",
            ["tourism", "forestry", "hydropower"],
            None,
        ),
        # an item, then named places, then the next item
        (
            "With Nepal we can work together in tourism, connectivity between South Asia and "
            "Central Asia, hydropower and forestry.",
            ["tourism", "connectivity", "hydropower", "forestry"],
            "Nepal",
        ),
        # "rather than" ends an unlisted last item
        (
            "Japan should deepen cooperation with Laos in energy, tourism and forest "
            "stewardship, rather than lecture it.",
            ["energy", "tourism", "forest stewardship"],
            "Laos",
        ),
        # joint operations against threats
        (
            "Nepal and Laos agreed to carry out joint operations against drug trafficking, "
            "human trafficking and illegal border crossings.",
            ["drug trafficking", "human trafficking", "illegal border crossings"],
            "Nepal; Laos",
        ),
        # areas named by a relative clause, then listed
        (
            "Nepal should focus on areas where BRICS could deliver, such as tourism, hydropower "
            "and forestry, rather than on statements.",
            ["tourism", "hydropower", "forestry"],
            "Nepal; BRICS",
        ),
        (
            "Among the areas where Laos could contribute, Mr Phommavong named hydropower, "
            "tourism and forestry.",
            ["hydropower", "tourism", "forestry"],
            "Laos",
        ),
        (
            "Nepal moved its emphasis within BRICS towards areas where it had an advantage: "
            "tourism, hydropower and forestry.",
            ["tourism", "hydropower", "forestry"],
            "Nepal; BRICS",
        ),
        (
            "The agenda is built around a short list of deliverables in tourism, hydropower and "
            "forestry.",
            ["tourism", "hydropower", "forestry"],
            None,
        ),
    ],
)
def test_more_partner_slots_and_list_frames(text: str, expected: list[str], partner) -> None:
    out = _analysed(text)
    assert out["surface"].tolist() == expected
    assert _partners(out) == {partner}


@pytest.mark.parametrize(
    "text",
    [
        # no list after an area clause: places, an opinion
        "Those are areas where people live, such as Almaty and Tashkent.",
        "It is one of the areas where I disagree with him, like many others.",
        # "joint operations" as an item is no cue
        "The plan provides for joint operations, intelligence sharing and common standards.",
        # a verb and its object after the list: no item
        "They offered a port as a gateway for the region.",
        # working with people in places is no cooperation
        "The charity worked with children in schools and hospitals.",
    ],
)
def test_frames_that_open_no_list(text: str) -> None:
    assert _analysed(text).empty


@pytest.mark.parametrize(
    ("term", "area"),
    [
        ("illegal, unreported and unregulated fishing", "maritime security"),
        ("illegal border crossings", "illegal migration"),
        ("digital public infrastructure", "digital economy"),
        ("digital connectivity", "digital economy"),
        ("transport logistics", "transport"),
        ("transport connectivity", "transport"),
    ],
)
def test_compound_terms_are_one_item(term: str, area: str) -> None:
    out = _analysed(f"Nepal and Laos agreed to cooperate on {term} and tourism.")
    assert pairs(out) == [(area, term), ("tourism", "tourism")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun phrase with "of" completed by a short phrase: the item is the noun phrase
        (
            "Nepal and Laos agreed to cooperate in tourism, the exchange of data on missing "
            "persons, the use of the internet for hateful purposes, and forestry.",
            ["tourism", "exchange of data", "use of the internet", "forestry"],
        ),
        # ... and a known area in the completing phrase is an item too
        (
            "Nepal and Laos agreed to cooperate in the exchange of information on drug "
            "trafficking, forestry and tourism.",
            ["exchange of information", "drug trafficking", "forestry", "tourism"],
        ),
        (
            "Nepal and Laos agreed to cooperate in forestry, tourism and the use of drones by "
            "terrorists.",
            ["forestry", "tourism", "use of drones", "terrorists"],
        ),
        # "support for": the known item it names
        (
            "Nepal and Laos agreed to cooperate in forestry, tourism and support for startups.",
            ["forestry", "tourism", "support", "startups"],
        ),
        # a verb before the preposition: a new clause, not a completing phrase
        (
            "Nepal and Laos agreed to cooperate in forestry and tourism, and endorsed a "
            "proposal for joint drills.",
            ["forestry", "tourism"],
        ),
        # no "of": the words before the known item are no item it completes
        (
            "Nepal and Laos agreed to cooperate in forestry, tourism and pension rights for "
            "migrant workers.",
            ["forestry", "tourism", "pension rights"],
        ),
        (
            "Nepal and Laos agreed to cooperate in forestry and tourism, as both sides look to "
            "ride on growing investment flows.",
            ["forestry", "tourism"],
        ),
        # "the repair of" before a known item; the known item's own last word, then the list
        (
            "Nepal and Laos agreed to cooperate in hydrological monitoring, the repair of "
            "irrigation canals and the exchange of data on snow cover.",
            ["hydrological monitoring", "irrigation", "exchange of data"],
        ),
        # an adjective alone is no item
        (
            "Nepal and Laos agreed to cooperate in tourism and forestry, and on international "
            "and regional issues.",
            ["tourism", "forestry"],
        ),
    ],
)
def test_items_completed_by_a_phrase_or_not(text: str, expected: list[str]) -> None:
    assert _analysed(text)["surface"].tolist() == expected


@pytest.mark.parametrize(
    ("text", "expected", "partner"),
    [
        # "the safe return of displaced people": the noun before "of" heads the item
        (
            "Nepal wants cooperation with Laos in tourism, forestry and the safe return of "
            "displaced people.",
            ["tourism", "forestry", "safe return of displaced people"],
            "Laos",
        ),
        # an adjective before the partners' group noun; an acronym inside an item
        (
            "The plan envisages cooperation with foreign partners in gas chemistry, small-scale "
            "LNG and engineering services.",
            ["gas chemistry", "small-scale LNG", "engineering services"],
            None,
        ),
        # irrigation and desalination are areas
        (
            "Nepal and Laos agreed to cooperate on drip irrigation and water desalination.",
            ["drip irrigation", "water desalination"],
            "Nepal; Laos",
        ),
    ],
)
def test_heads_before_of_acronyms_and_water_terms(text, expected, partner) -> None:
    out = _analysed(text)
    assert out["surface"].tolist() == expected
    assert _partners(out) == {partner}


def test_people_alone_and_names_in_items_stay_no_items() -> None:
    # "people" as the head of an item is still no item; a capitalised word in an item is a name
    assert _analysed("Nepal and Laos agreed to cooperate in tourism, forestry and people.")[
        "surface"
    ].tolist() == ["tourism"]
    out = _analysed("Nepal and Laos agreed to cooperate in tourism, Everest treks and forestry.")
    assert "Everest treks" not in out["surface"].tolist()


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # leaders of the actors lexicon before the cue stand for their countries
        (
            "On the sidelines, Modi and Lula agreed to expand cooperation in forestry and tourism.",
            "India; Brazil",
        ),
        # "the two leaders": the two countries, in the order they were named
        (
            "Modi met Putin, and the two leaders agreed to expand cooperation in tourism.",
            "India; Russia",
        ),
        # a country named in the sentence wins over the leaders
        (
            "Xi Jinping said China would deepen cooperation with Laos in tourism.",
            "Laos",
        ),
        # a leader named after the cue is no partner
        ("Cooperation in tourism is growing, Putin said.", None),
    ],
)
def test_leaders_stand_for_their_countries(text: str, partner: str | None) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


def test_the_sides_are_the_two_named_together_before() -> None:
    # the last two names are Laos and China; the sides are the two joined by "and" before them
    out = _analysed(
        "Nepal and Bhutan agreed on Friday to send more Bhutanese power through Nepal to "
        "Laos via China, the ministry said. According to the ministry, the sides signed a "
        "protocol on cooperation in tourism and energy."
    )
    assert set(out["partner"]) == {"Nepal; Bhutan"}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # "bilateral" makes the parties two countries, not the bloc of the meeting
        (
            "The Kyrgyz minister met the Tajik minister on the sidelines of the SCO meeting. "
            "The parties discussed bilateral cooperation in trade and logistics.",
            "Kyrgyzstan; Tajikistan",
        ),
        # without "bilateral", "the parties" of a larger meeting stay unnamed
        (
            "Officials of Uzbekistan, Afghanistan and Pakistan met in Termez. The parties also "
            "agreed to expand cooperation in customs procedures and logistics.",
            None,
        ),
        # a country named in the sentence is not replaced by an earlier pair
        (
            "Pakistan sent a delegation. On the bilateral front, the Kyrgyz president will "
            "review cooperation in health and education.",
            "Kyrgyzstan",
        ),
    ],
)
def test_bilateral_cooperation_is_between_two_countries(text: str, partner: str | None) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # the deals just signed: the parties that signed them
        (
            "Kazakhstan and China signed 28 documents in Beijing. The agreements cover "
            "cooperation in agriculture, green energy and e-commerce.",
            "Kazakhstan; China",
        ),
        (
            "Laos and Vietnam signed nine deals on Monday.\n\nThe documents signed envisage "
            "cooperation in tourism and education.",
            "Laos; Vietnam",
        ),
        # one party before is no pair of signatories
        (
            "Laos signed nine deals on Monday. The agreements cover cooperation in tourism.",
            None,
        ),
        # the sentence before names nobody: the parties of the last enumeration
        (
            "Aliyev said the two countries cooperate in energy and Azerbaijan and Uzbekistan "
            "would expand cooperation in transport. He said the corridor was busy. A total of 15 "
            "documents were signed, covering cooperation in investment and culture.",
            "Azerbaijan; Uzbekistan",
        ),
        # a sentence that opens otherwise is not about the deals
        (
            "Kazakhstan and China signed 28 documents in Beijing. Officials said cooperation "
            "in tourism was growing.",
            None,
        ),
    ],
)
def test_the_agreements_just_signed_name_their_parties(text: str, partner: str | None) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


def test_we_in_a_quote_after_an_enumeration_are_its_parties() -> None:
    out = _analysed(
        "Russia and ASEAN intend to expand cooperation in counterterrorism, Lavrov said.\n\n"
        '"We also discussed cooperation in energy and in education," the minister said.'
    )
    assert out["area"].astype(str).tolist() == ["counterterrorism", "energy", "education"]
    assert _partners(out) == {"Russia; ASEAN"}


def test_the_lancang_mekong_cooperation_is_an_organisation() -> None:
    text = "The Lancang-Mekong Cooperation (LMC) held talks on cooperation in water resources."
    ments = analyze(pd.DataFrame({"text": [text]}), progress=False).mentions
    orgs = ments[ments["kind"] == "organization"]
    assert orgs["surface"].tolist() == ["Lancang-Mekong Cooperation", "LMC"]
    assert set(orgs["entity"]) == {"Lancang-Mekong Cooperation"}


def test_the_two_countries_are_the_pair_named_together_even_far_before() -> None:
    out = _analysed(
        "Cambodia and Thailand have agreed to reopen border checkpoints, officials said.\n\n"
        "The talks went well.\n\nThe checkpoints will open step by step.\n\n"
        "ASEAN chair Malaysia, which brokered a ceasefire, welcomed the deal. Thai officials "
        "agreed.\n\nThe two countries agreed to boost cooperation in trade and border security."
    )
    assert out["area"].astype(str).tolist() == ["trade", "regional security"]
    assert _partners(out) == {"Cambodia; Thailand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one noun term right before another is one item, headed by the last
        (
            "They made progress on cooperation in tax matters and climate finance.",
            [("tax", "tax"), ("finance", "climate finance")],
        ),
        # livestock is farming
        (
            "The sides discussed cooperation in mining, livestock and tourism.",
            [("industry", "mining"), ("agriculture", "livestock"), ("tourism", "tourism")],
        ),
    ],
)
def test_more_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(_analysed(text)) == expected


def test_a_time_clause_after_the_list_names_no_partner() -> None:
    out = _analysed(
        "Putin and Modi will discuss oil supplies and defence cooperation when they meet on "
        "the sidelines of the SCO summit in China."
    )
    assert out["area"].astype(str).tolist() == ["energy", "military"]
    assert _partners(out) == {"Russia; India"}


@pytest.mark.parametrize(
    ("text", "expected", "partner"),
    [
        # businesses as partners: the list goes on after "with Chinese firms"
        (
            "Laos wants cooperation with Chinese firms in mining and tourism.",
            [("industry", "mining"), ("tourism", "tourism")],
            "China",
        ),
        # a region's adjective is no partner of its own
        (
            "Uzbekistan seeks cooperation with European companies in processing and tourism.",
            [("processing", "processing"), ("tourism", "tourism")],
            "Uzbekistan",
        ),
    ],
)
def test_companies_as_partners(text: str, expected: list, partner: str) -> None:
    out = _analysed(text)
    assert pairs(out) == expected
    assert _partners(out) == {partner}


def test_the_ministers_with_no_bloc_named_are_the_last_parties() -> None:
    out = _analysed(
        "India and the five Central Asian countries agreed to expand cooperation in critical "
        "minerals and pharmaceuticals.\n\nThe meeting was chaired by Jaishankar.\n\nThe "
        "ministers welcomed the progress at the port.\n\nThe ministers also agreed to step up "
        "cooperation in counter-terrorism."
    )
    assert out["area"].astype(str).tolist() == ["industry", "health", "counterterrorism"]
    assert _partners(out) == {"India; Central Asian countries"}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a plural's apostrophe in the partner slot: the list after it stands
        (
            "Kyrgyzstan and China held talks. Chinese participants proposed to expand "
            "cooperation between the two countries' universities in logistics and engineering.",
            "Kyrgyzstan; China",
        ),
        # a quoted sentence opening with the deal: the parties of the sentence before
        (
            "The EAEU and ASEAN will draft a new programme, Overchuk said.\n\n"
            '"The programme will cover customs cooperation and the digital agenda," he said.',
            "EAEU; ASEAN",
        ),
    ],
)
def test_partners_through_an_apostrophe_and_a_quoted_deal(text: str, partner: str) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # "the two premiers": a known leader's country counts with a country before a role
        (
            "Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang met in Beijing on "
            "Friday.\n\nThe two premiers agreed to enhance cooperation in mining and tourism.",
            "Pakistan; China",
        ),
        # "the two countries" with no pair joined by "and": the countries of the two leaders
        (
            "Kazakh President Tokayev and Uzbek President Mirziyoyev held talks on Tuesday.\n\n"
            "They discussed the situation in Afghanistan.\n\n"
            "Tokayev said the two countries should deepen cooperation in hydropower and trade.",
            "Kazakhstan; Uzbekistan",
        ),
        # "the three countries": three parties, not the last two
        (
            "Rahmon, Mirziyoyev and Japarov signed a border treaty in Khujand.\n\n"
            "Mirziyoyev said the three countries would expand cooperation in water management "
            "and transport corridors.",
            "Tajikistan; Uzbekistan; Kyrgyzstan",
        ),
        # "the three countries" far on: the three joined by a comma and "and" in the lead,
        # not the last three named
        (
            "Vietnam, Laos and Cambodia agreed to set up a police hotline.\n\n"
            "Laos said drugs came from Myanmar.\n\nChina has offered help.\n\n"
            "The three countries also agreed on security cooperation.",
            "Vietnam; Laos; Cambodia",
        ),
        # "The ministers" with no bloc named: the two countries of the people who met in the
        # sentence before
        (
            "Prime Minister Shehbaz Sharif met Russian Prime Minister Ivan Petrov in Moscow on "
            "Wednesday. The ministers reviewed cooperation in nuclear energy and space research.",
            "Pakistan; Russia",
        ),
    ],
)
def test_parties_from_the_people_who_met(text: str, partner: str) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


def test_the_ministers_after_a_meeting_of_three_people_name_no_pair() -> None:
    out = _analysed(
        "Chinese Foreign Minister Wang Wei met Russian Foreign Minister Ivan Petrov and Iranian "
        "Foreign Minister Ali Rezaei. The ministers reviewed cooperation in nuclear energy."
    )
    assert out["surface"].tolist() == ["nuclear energy"]
    assert out["partner"].isna().all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attribution after the list ends it: the last item stands
        (
            "The ministers agreed to deepen cooperation in public health and local currency "
            "settlements, according to a joint statement.",
            [("health", "public health"), ("local currency settlements",) * 2],
        ),
        # a process noun after an area term leaves the area standing
        (
            "The sides agreed to expand cooperation in agriculture modernisation, energy "
            "transmission and trade facilitation.",
            [
                ("agriculture", "agriculture modernisation"),
                ("energy", "energy transmission"),
                ("customs", "trade facilitation"),
            ],
        ),
        (
            "The leaders agreed to strengthen cooperation in the energy transition and food "
            "security.",
            [("energy", "energy transition"), ("food security",) * 2],
        ),
    ],
)
def test_an_attribution_ends_a_list_and_process_nouns_keep_the_area(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(coop_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a person introduced with a country and a role stands for that country at every
        # later mention, like a known leader
        (
            "China's ambassador Wang Wei met President Tokayev on Monday. Wang and Tokayev "
            "discussed cooperation in trade and energy.",
            "China; Kazakhstan",
        ),
        (
            "Chinese special envoy Deng Lin met Prime Minister Shehbaz Sharif.\n\n"
            "Deng and Shehbaz Sharif discussed cooperation in energy.",
            "China; Pakistan",
        ),
    ],
)
def test_people_introduced_with_a_country_stand_for_it(text: str, partner: str) -> None:
    out = _analysed(text)
    assert not out.empty
    assert _partners(out) == {partner}


def test_a_country_far_before_a_name_does_not_introduce_it() -> None:
    out = _analysed(
        "China has grown fast, and in the past decade the economy of the whole region has "
        "changed, said economist Wang Wei. Wang and Tokayev discussed cooperation in energy."
    )
    assert _partners(out) == {"Kazakhstan"}


@pytest.mark.parametrize(
    "text",
    [
        # the people who met earlier in the sentence, not the last two names of the article
        "India and the SCO held talks. On the sidelines, Kyrgyz Prime Minister Ivo Marek held "
        "talks with Uzbek Prime Minister Lin Tao, and the two sides agreed to expand "
        "cooperation in energy and tourism.",
        # a head of government of the actors lexicon stands for his country
        "India and the SCO held talks. On the sidelines, Kasymaliev held talks with Uzbek "
        "Prime Minister Abdulla Aripov, and the two sides agreed to expand cooperation in "
        "energy and tourism.",
    ],
)
def test_the_two_sides_are_the_people_who_met_in_the_sentence(text: str) -> None:
    out = _analysed(text)
    assert out["area"].astype(str).tolist() == ["energy", "tourism"]
    assert _partners(out) == {"Kyrgyzstan; Uzbekistan"}


def test_the_two_sides_are_the_countries_of_the_leaders_named_before() -> None:
    # one country written; the other is a known leader's
    out = _analysed(
        "Iranian President Ivo Marek and Prime Minister Shehbaz Sharif agreed to raise trade. "
        "The two sides signed documents covering security, trade and culture."
    )
    assert out["area"].astype(str).tolist() == ["regional security", "trade", "culture"]
    assert _partners(out) == {"Iran; Pakistan"}


def test_the_agent_of_a_passive_is_no_party() -> None:
    out = _analysed(
        "The meeting will be chaired by Mikhail Mishustin, and the heads of government will "
        "look at the programme of multilateral trade and economic cooperation."
    )
    assert out["area"].astype(str).tolist() == ["trade", "economy"]
    assert out["partner"].isna().all()
    led = _analysed("Mikhail Mishustin called for closer cooperation in energy and trade.")
    assert _partners(led) == {"Russia"}


def test_the_use_of_the_internet_for_terrorist_purposes_is_information_security() -> None:
    out = coop_of(
        "He called for closer cooperation in countering the use of the internet for terrorist "
        "purposes."
    )
    assert pairs(out) == [
        ("information security", "use of the internet for terrorist purposes"),
    ]


def test_a_named_route_after_an_item_keeps_the_list_going() -> None:
    out = coop_of(
        "They agreed to strengthen cooperation in logistics along the Trans-Caspian route, "
        "disaster risk reduction and the training of specialists."
    )
    assert pairs(out) == [
        ("transport", "logistics"),
        ("emergency response", "disaster risk reduction"),
        ("education", "training of specialists"),
    ]


@pytest.mark.parametrize(
    "topic",
    ["the situation in Afghanistan", "the crisis in Myanmar", "the war in Sudan"],
)
def test_a_place_after_a_topic_noun_is_no_partner(topic: str) -> None:
    out = _analysed(
        f"The officials discussed cooperation in trade and security, including {topic}."
    )
    assert out["area"].astype(str).tolist() == ["trade", "regional security"]
    assert _partners(out) == {None}


def test_the_presidents_stand_for_the_two_countries_of_the_people_named() -> None:
    text = (
        "Tajik President Ivo Marek and Uzbek President Lin Tao signed a water agreement. "
        "Marek said it was historic. The presidents also discussed cooperation in hydropower "
        "and regional security, including the situation in Afghanistan."
    )
    out = _analysed(text)
    assert out["area"].astype(str).tolist() == ["energy", "regional security"]
    assert _partners(out) == {"Tajikistan; Uzbekistan"}
    # a third party named (a group of countries) leaves the ministers unresolved
    many = _analysed(
        "Foreign ministers of the five Central Asian countries and Japan met in Astana. "
        "Kazakh Foreign Minister Ivo Marek thanked Japan. The ministers agreed to strengthen "
        "cooperation in logistics and education."
    )
    assert _partners(many) == {None}


def test_a_reported_clause_about_the_members_takes_the_body_not_the_speakers_country() -> None:
    out = _analysed(
        "Leaders of BIMSTEC met in Bangkok. Thai Prime Minister Ivo Marek, who chaired the "
        "summit, said members had agreed to strengthen cooperation on disaster management and "
        "maritime transport."
    )
    assert out["area"].astype(str).tolist() == ["emergency response", "transport"]
    assert _partners(out) == {"BIMSTEC"}
    # the speaker's country is still the party when the clause names no members
    own = _analysed(
        "Thai Prime Minister Ivo Marek said cooperation in disaster management would grow."
    )
    assert _partners(own) == {"Thailand"}


def test_the_country_of_who_said_it_after_the_list_is_no_partner() -> None:
    out = _analysed(
        "The EAEU and ASEAN will cooperate in customs and digital trade, Russian Deputy Prime "
        "Minister Ivo Marek told reporters."
    )
    assert out["area"].astype(str).tolist() == ["customs", "digital economy"]
    assert _partners(out) == {"EAEU; ASEAN"}


@pytest.mark.parametrize(
    "call",
    ["called on member states", "urged the competent authorities of the member states"],
)
def test_a_call_on_the_members_takes_the_body_named_last(call: str) -> None:
    out = _analysed(
        "Defence ministers of the SCO met in Qingdao. Chinese Defence Minister Ivo Marek "
        f"{call} to strengthen cooperation in joint exercises and military education."
    )
    assert out["area"].astype(str).tolist() == ["military", "military"]
    assert _partners(out) == {"SCO"}


def test_the_sides_after_a_list_of_many_countries_are_all_of_them() -> None:
    out = _analysed(
        "Chinese President Ivo Marek and the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan "
        "signed a treaty.\n\nMarek said it was historic.\n\nHe proposed that the sides deepen "
        "cooperation in trade and energy."
    )
    assert out["area"].astype(str).tolist() == ["trade", "energy"]
    assert _partners(out) == {"China; Kazakhstan; Kyrgyzstan; Uzbekistan"}
    # "the two sides" stay two
    two = _analysed(
        "Kazakhstan, Kyrgyzstan and Uzbekistan met. Later Kazakhstan and Uzbekistan held "
        "talks, and the two sides agreed to deepen cooperation in trade."
    )
    assert _partners(two) == {"Kazakhstan; Uzbekistan"}


def test_the_listeners_of_told_are_not_the_members() -> None:
    out = _analysed(
        "Ministers of the SCO met in Bishkek. Ivo Marek told the participants that China and "
        "Pakistan would deepen cooperation in industry and agriculture."
    )
    assert out["area"].astype(str).tolist() == ["industry", "agriculture"]
    assert _partners(out) == {"China; Pakistan"}
    told = _analysed(
        "Ministers of the SCO met in Bishkek. Ivo Marek told reporters members had agreed to "
        "deepen cooperation in industry."
    )
    assert _partners(told) == {"SCO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broad word alone before the cue names no area ...
        ("Chile and Peru agreed to deepen economic cooperation next year.", []),
        ("The deal builds on long-standing economic ties with the West.", []),
        # ... but in a list it does, and a narrower word alone does too
        (
            "Chile and Peru agreed to deepen trade and economic cooperation.",
            [("trade", "trade"), ("economy", "economic")],
        ),
        ("Chile and Peru agreed to deepen energy cooperation.", [("energy", "energy")]),
    ],
)
def test_a_broad_word_alone_before_the_cue_names_no_area(text: str, expected: list) -> None:
    assert pairs(coop_of(text)) == expected


def test_area_words_inside_a_body_name_are_no_areas() -> None:
    text = (
        "The centre will expand cooperation with ASEAN and the United Nations Office on Drugs "
        "and Crime in information exchange, border security and training."
    )
    out = _analysed(text)
    assert out["surface"].tolist() == ["information exchange", "border security", "training"]
    assert set(out["partner"]) == {"ASEAN; UNODC"}


def test_a_long_run_of_partner_names_ends_in_a_body_name() -> None:
    text = (
        "The CSTO intends to expand cooperation with the SCO, the CIS and the United Nations "
        "Office on Drugs and Crime in countering terrorism, drug trafficking and cybercrime."
    )
    out = _analysed(text)
    assert out["surface"].tolist() == ["terrorism", "drug trafficking", "cybercrime"]
    assert set(out["partner"]) == {"SCO; CIS; UNODC"}


def test_of_course_is_no_item() -> None:
    text = "They agreed on cooperation in trade, energy and, of course, education and culture."
    assert [s for _, s in pairs(coop_of(text))] == ["trade", "energy", "education", "culture"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain words before a known term belong to its item ...
        (
            "The railways agreed on cooperation in container transportation, the development of "
            "dry ports and tourism.",
            ["container transportation", "dry ports", "tourism"],
        ),
        (
            "The sides will focus on joint projects in hydropower and cross-border trade.",
            ["hydropower", "cross-border trade"],
        ),
        # ... but not an adverb, a number, a pronoun or a gerund
        (
            "The agenda spread to cooperation in energy, banking and even film festivals.",
            ["energy", "banking", "film"],
        ),
        (
            "The two banks agreed to deepen cooperation in settling trade in local currencies.",
            ["trade", "local currencies"],
        ),
    ],
)
def test_an_item_keeps_the_words_before_its_term(text: str, expected: list[str]) -> None:
    assert [s for _, s in pairs(coop_of(text))] == expected


def test_a_two_word_term_written_with_a_hyphen_is_the_term() -> None:
    text = "They agreed to deepen counter-terrorism and intelligence-sharing cooperation."
    assert pairs(coop_of(text)) == [
        ("counterterrorism", "counter-terrorism"),
        ("law enforcement", "intelligence-sharing"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question word opens a clause, not a list of areas
        ("The officials focused on how banks in member countries could send messages.", []),
        ("The ministers discussed cooperation in what they called green finance.", []),
        (
            "They agreed on cooperation in trade, energy and what officials called roads.",
            [
                ("trade", "trade"),
                ("energy", "energy"),
            ],
        ),
        # the list after "focused on" itself still counts
        (
            "The officials of member countries focused on banking and energy.",
            [
                ("finance", "banking"),
                ("energy", "energy"),
            ],
        ),
    ],
)
def test_a_question_word_ends_or_refuses_a_list(text: str, expected: list) -> None:
    assert pairs(coop_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He believes this cooperation should be extended to information security.",
            [("information security", "information security")],
        ),
        (
            "SCO cooperation extends to energy and transport.",
            [("energy", "energy"), ("transport", "transport")],
        ),
        ("The cooperation agreement was extended to 2030.", []),
    ],
)
def test_cooperation_extended_to_names_its_areas(text: str, expected: list) -> None:
    assert pairs(coop_of(text)) == expected
