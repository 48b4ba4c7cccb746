import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_toolkit import entities
from sco_toolkit.entities import bloc_members, country_table, extract_mentions
from sco_toolkit.lexicons import LexiconError
from sco_toolkit.schema import TABLES, empty_table
from sco_toolkit.sentences import split_sentences
from tests.conftest import assert_offsets_true, shared_path

NA = None


def articles(*texts, published=None):
    stamps = published if published is not None else [pd.NaT] * len(texts)
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": pd.array(texts, dtype="string"),
            "published": pd.to_datetime(stamps, utc=True),
        }
    )


def mentions_of(*texts, published=None, **kwargs):
    arts = articles(*texts, published=published)
    found = extract_mentions(arts, split_sentences(arts), **kwargs)
    assert_offsets_true(arts, found, column="surface")
    return found


def rows(found):
    out = []
    for r in found.itertuples(index=False):
        iso3 = None if pd.isna(r.iso3) else r.iso3
        out.append((r.surface, r.entity, r.kind, iso3))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # countries: names, adjectives, demonyms
        (
            "Chinese President Xi met Russian officials.",
            [("Chinese", "China", "country", "CHN"), ("Russian", "Russia", "country", "RUS")],
        ),
        (
            "Uzbek and Kazakhstani envoys met Kyrgyz and Tajik counterparts.",
            [
                ("Uzbek", "Uzbekistan", "country", "UZB"),
                ("Kazakhstani", "Kazakhstan", "country", "KAZ"),
                ("Kyrgyz", "Kyrgyzstan", "country", "KGZ"),
                ("Tajik", "Tajikistan", "country", "TJK"),
            ],
        ),
        (
            "Pakistanis and Afghans crossed into Iran.",
            [
                ("Pakistanis", "Pakistan", "country", "PAK"),
                ("Afghans", "Afghanistan", "country", "AFG"),
                ("Iran", "Iran", "country", "IRN"),
            ],
        ),
        (
            "Burma, now called Myanmar, borders Laos and Vietnam.",
            [
                ("Burma", "Myanmar", "country", "MMR"),
                ("Myanmar", "Myanmar", "country", "MMR"),
                ("Laos", "Laos", "country", "LAO"),
                ("Vietnam", "Vietnam", "country", "VNM"),
            ],
        ),
        # the Vietnamese spelling with its diacritics, and the capital's
        (
            "Việt Nam and Viet Nam are one country; Hà Nội is its capital.",
            [
                ("Việt Nam", "Vietnam", "country", "VNM"),
                ("Viet Nam", "Vietnam", "country", "VNM"),
                ("Hà Nội", "Hanoi", "place", "VNM"),
            ],
        ),
        (
            "The UAE, South Korea and North Korea sent delegates.",
            [
                ("UAE", "United Arab Emirates", "country", "ARE"),
                ("South Korea", "South Korea", "country", "KOR"),
                ("North Korea", "North Korea", "country", "PRK"),
            ],
        ),
        (
            "Turkey, or Türkiye, and Turkiye again.",
            [
                ("Turkey", "Turkey", "country", "TUR"),
                ("Türkiye", "Turkey", "country", "TUR"),
                ("Turkiye", "Turkey", "country", "TUR"),
            ],
        ),
        (
            "The U.S. and the UK spoke; so did America and Britain.",
            [
                ("U.S.", "United States", "country", "USA"),
                ("UK", "United Kingdom", "country", "GBR"),
                ("America", "United States", "country", "USA"),
                ("Britain", "United Kingdom", "country", "GBR"),
            ],
        ),
        ("Talks in the Philippines.", [("Philippines", "Philippines", "country", "PHL")]),
        (
            "Czechia is the Czech Republic.",
            [
                ("Czechia", "Czechia", "country", "CZE"),
                ("Czech Republic", "Czechia", "country", "CZE"),
            ],
        ),
        (
            "RUSSIA AND CHINA SIGN PACT",
            [
                ("RUSSIA", "Russia", "country", "RUS"),
                ("CHINA", "China", "country", "CHN"),
            ],
        ),
        (
            "Syria and Belarus’s envoy.",
            [
                ("Syria", "Syria", "country", "SYR"),
                ("Belarus", "Belarus", "country", "BLR"),
            ],
        ),
        # hyphenated adjectives
        (
            "Sino-Russian ties and Russian-Chinese trade.",
            [
                ("Sino", "China", "country", "CHN"),
                ("Russian", "Russia", "country", "RUS"),
                ("Russian", "Russia", "country", "RUS"),
                ("Chinese", "China", "country", "CHN"),
            ],
        ),
        # capitals and seats of government are places in their country
        (
            "The Kremlin and New Delhi agreed, said Beijing.",
            [
                ("Kremlin", "Moscow", "place", "RUS"),
                ("New Delhi", "New Delhi", "place", "IND"),
                ("Beijing", "Beijing", "place", "CHN"),
            ],
        ),
        (
            "Envoys flew from Astana to Tashkent, Bishkek, Dushanbe and Minsk.",
            [
                ("Astana", "Astana", "place", "KAZ"),
                ("Tashkent", "Tashkent", "place", "UZB"),
                ("Bishkek", "Bishkek", "place", "KGZ"),
                ("Dushanbe", "Dushanbe", "place", "TJK"),
                ("Minsk", "Minsk", "place", "BLR"),
            ],
        ),
        ("Officials in Washington DC.", [("Washington DC", "Washington", "place", "USA")]),
        # organisations
        (
            "The Shanghai Cooperation Organization and the SCO are one body.",
            [
                (
                    "Shanghai Cooperation Organization",
                    "Shanghai Cooperation Organisation",
                    "organization",
                    NA,
                ),
                ("SCO", "Shanghai Cooperation Organisation", "organization", NA),
            ],
        ),
        (
            "The UN Security Council and the United Nations met.",
            [
                ("UN Security Council", "UN Security Council", "organization", NA),
                ("United Nations", "United Nations", "organization", NA),
            ],
        ),
        (
            "Nato, the EU and the Eurasian Economic Union replied.",
            [
                ("Nato", "NATO", "organization", NA),
                ("EU", "European Union", "organization", NA),
                ("Eurasian Economic Union", "Eurasian Economic Union", "organization", NA),
            ],
        ),
        (
            "The Belt and Road Initiative reaches Central Asia.",
            [
                ("Belt and Road Initiative", "Belt and Road Initiative", "organization", NA),
                ("Central Asia", "Central Asia", "place", NA),
            ],
        ),
        # places: regions without a country, provinces with one
        (
            "Xinjiang and Inner Mongolia lie in China, not Mongolia.",
            [
                ("Xinjiang", "Xinjiang", "place", "CHN"),
                ("Inner Mongolia", "Inner Mongolia", "place", "CHN"),
                ("China", "China", "country", "CHN"),
                ("Mongolia", "Mongolia", "country", "MNG"),
            ],
        ),
        (
            "Patrols in the South China Sea and the Middle East.",
            [
                ("South China Sea", "South China Sea", "place", NA),
                ("Middle East", "Middle East", "place", NA),
            ],
        ),
    ],
)
def test_mentions_table(text, expected):
    assert rows(mentions_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "us" is a pronoun, not the United States
        ("They told us that it was up to us.", []),
        # a longer place wins over the adjective inside it
        (
            "Ships crossed the Indian Ocean.",
            [("Indian Ocean", "Indian Ocean", "place", NA)],
        ),
        # a media mention is not a mention of its home country
        (
            "Sputnik and Xinhua reported it.",
            [
                ("Sputnik", "Sputnik", "organization", NA),
                ("Xinhua", "Xinhua", "organization", NA),
            ],
        ),
        ("Russia Today aired it.", [("Russia Today", "RT", "organization", NA)]),
        # an outlet with a region in its name is no mention of the region
        (
            "DUSHANBE (Asia-Plus) - Talks began.",
            [
                ("DUSHANBE", "Dushanbe", "place", "TJK"),
                ("Asia-Plus", "Asia-Plus", "organization", NA),
            ],
        ),
        # the bird is not the state
        ("We ate turkey and china plates.", []),
        ("Turkish delight and Chinese New Year.", []),
        # the currency is not the state; the state still is
        (
            "Trade in U.S. dollars fell, and the US dollar slid, the US said.",
            [("US", "United States", "country", "USA")],
        ),
        # name-like surfaces inside a longer capitalised name
        ("Michael Jordan and Georgia Tech.", []),
        ("Fans of Michael Jordan cheered.", []),
        ("Manchester United beat Real Madrid.", []),
        ("New Jersey and New Mexico voted.", []),
        # but not at the start of a sentence or after lowercase words
        (
            "In Georgia, people voted. King Abdullah of Jordan spoke.",
            [
                ("Georgia", "Georgia", "country", "GEO"),
                ("Jordan", "Jordan", "country", "JOR"),
            ],
        ),
        # bare "Korea" names neither state
        ("Korea talks.", [("Korea", "Korea", "place", NA)]),
        ("the chad of a ballot, a jordan almond", []),
    ],
)
def test_negative_and_disambiguation_cases(text, expected):
    assert rows(mentions_of(text)) == expected


def test_schema_columns_dtypes_and_kinds():
    found = mentions_of("Iran and the SCO met in Tehran near the Caspian Sea.")
    expected = empty_table("mentions")
    assert list(found.columns) == list(TABLES["mentions"])
    assert found.dtypes.astype(str).tolist() == expected.dtypes.astype(str).tolist()
    assert set(found["kind"].dropna()) <= {"country", "organization", "place"}
    assert found.loc[found["kind"] == "organization", "iso3"].isna().all()
    assert found.loc[found["kind"] == "organization", "blocs"].isna().all()


def test_sentence_ids_and_offsets_over_several_articles():
    texts = [
        "Headline about India\nModi spoke. Then Pakistan replied from Islamabad.",
        "No entities here.",
        "ASEAN leaders met in Jakarta. Indonesia hosted.",
    ]
    arts = articles(*texts)
    sents = split_sentences(arts)
    found = extract_mentions(arts, sents)
    assert_offsets_true(arts, found, column="surface")
    pakistan = found[found["surface"] == "Pakistan"].iloc[0]
    sentence = sents[(sents["article_id"] == "a0") & (sents["sentence_id"] == pakistan.sentence_id)]
    assert "Pakistan" in sentence["text"].iloc[0]
    assert set(found["article_id"]) == {"a0", "a2"}


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"article_id": [], "text": []}),
        articles("Russia."),  # with an empty sentences table below
    ],
)
def test_empty_input_gives_empty_table(frame):
    found = extract_mentions(frame, empty_table("sentences"))
    assert found.empty
    assert list(found.columns) == list(TABLES["mentions"])
    assert found.dtypes.equals(empty_table("mentions").dtypes)


def test_missing_text_is_skipped():
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": pd.array([None, "Iran."], "string")})
    found = extract_mentions(arts, split_sentences(arts))
    assert rows(found) == [("Iran", "Iran", "country", "IRN")]


def test_inputs_not_mutated():
    arts = articles("Russia and China.")
    sents = split_sentences(arts)
    before_a, before_s = arts.copy(), sents.copy()
    extract_mentions(arts, sents)
    pd.testing.assert_frame_equal(arts, before_a)
    pd.testing.assert_frame_equal(sents, before_s)


# --- blocs on a date ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("India", "2015-06-01", "BRICS member; SCO observer"),
        ("India", "2018-06-01", "BRICS member; SCO member"),
        ("Iran", "2020-03-01", "SCO observer"),
        ("Iran", "2024-08-01", "BRICS member; SCO member"),
        ("Belarus", "2023-01-01", "SCO observer"),
        ("Belarus", "2025-03-01", "BRICS partner; SCO member"),
        ("Indonesia", "2024-06-01", "ASEAN member"),
        ("Indonesia", "2025-03-01", "ASEAN member; BRICS member"),
        ("Timor-Leste", "2024-01-01", "ASEAN observer"),
        ("Tehran", "2020-03-01", "SCO observer"),  # a capital carries its country's blocs
        ("Canada", "2020-03-01", None),
    ],
)
def test_blocs_on_publication_date(text, published, expected):
    found = mentions_of(f"{text} said.", published=[published])
    value = found["blocs"].iloc[0]
    assert (None if pd.isna(value) else value) == expected


def test_blocs_without_date_use_current_status():
    found = mentions_of("India said.")
    today = country_table().set_index("iso3").loc["IND", "blocs"]
    assert found["blocs"].iloc[0] == today


@pytest.mark.parametrize(
    ("bloc", "status", "on", "included", "excluded"),
    [
        ("SCO", "member", "2015-01-01", {"CHN", "RUS", "KAZ"}, {"IND", "PAK", "IRN"}),
        ("SCO", "member", "2018-01-01", {"IND", "PAK"}, {"IRN", "BLR"}),
        ("sco", "observer", "2020-01-01", {"IRN", "BLR", "MNG", "AFG"}, {"IND"}),
        ("SCO", "dialogue_partner", "2024-01-01", {"TUR", "NPL", "ARE"}, {"BLR"}),
        ("ASEAN", "member", "2025-12-01", {"TLS", "IDN", "KHM"}, {"PNG"}),
        ("BRICS", "member", "2010-01-01", {"BRA", "RUS", "IND", "CHN"}, {"ZAF"}),
        ("BRICS", None, "2025-07-01", {"IDN", "VNM", "SAU"}, {"TUR"}),
    ],
)
def test_bloc_members(bloc, status, on, included, excluded):
    members = set(bloc_members(bloc, status, on))
    assert included <= members
    assert not excluded & members


def test_bloc_members_counts():
    assert len(bloc_members("SCO", on="2024-12-31")) == 10
    assert len(bloc_members("ASEAN", on="2020-01-01")) == 10
    assert bloc_members("ASEAN", on="2020-01-01") == sorted(bloc_members("ASEAN", on="2020-01-01"))


@pytest.mark.parametrize(
    ("args", "message"),
    [(("NAFTA",), "Unknown bloc 'NAFTA'"), (("SCO", "friend"), "Unknown status 'friend'")],
)
def test_bloc_members_errors_name_the_bad_value(args, message):
    with pytest.raises(ValueError, match=message):
        bloc_members(*args)


def test_country_table():
    table = country_table(on="2020-01-01")
    assert list(table.columns) == ["iso3", "iso2", "name", "sco_status", "asean", "brics", "blocs"]
    assert table["iso3"].is_unique and len(table) >= 249
    by = table.set_index("iso3")
    assert by.loc["IRN", "sco_status"] == "observer"
    assert by.loc["IND", "sco_status"] == "member" and bool(by.loc["IND", "brics"])
    assert bool(by.loc["VNM", "asean"]) and not bool(by.loc["VNM", "brics"])
    assert pd.isna(by.loc["CAN", "sco_status"]) and pd.isna(by.loc["CAN", "blocs"])
    assert by.loc["RUS", "name"] == "Russia" and by.loc["RUS", "iso2"] == "RU"
    assert by.loc["XKX", "name"] == "Kosovo"
    assert set(table["sco_status"].dropna()) <= {"member", "observer", "dialogue_partner"}


def test_matcher_is_built_once():
    assert entities._lexicon(None) is entities._lexicon(None)


# --- user lexicons ----------------------------------------------------------------------------
def write(folder, name, text):
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_user_lexicon_extends_and_overrides(tmp_path):
    write(tmp_path, "places", "places:\n  Zarafshan Valley: {iso3: UZB, aliases: [Zeravshan]}\n")
    write(tmp_path, "countries", "countries:\n  KAZ: {names: [Qazaqstan], capital: Astana}\n")
    write(
        tmp_path,
        "organizations",
        "organizations:\n  EFSD: {name: Eurasian Fund for Stabilization and Development,"
        " abbreviation: EFSD, kind: bank}\n",
    )
    write(
        tmp_path,
        "blocs",
        "blocs:\n  CSTO:\n    name: Collective Security Treaty Organization\n"
        "    source: CSTO Charter (2002)\n"
        "    countries:\n      RUS: [{status: member, since: 2002-10-07}]\n",
    )
    found = mentions_of(
        "Qazaqstan, the Zeravshan and the EFSD; Russia too.",
        published=["2024-01-01"],
        lexicon_dir=tmp_path,
    )
    assert rows(found) == [
        ("Qazaqstan", "Kazakhstan", "country", "KAZ"),
        ("Zeravshan", "Zarafshan Valley", "place", "UZB"),
        ("EFSD", "Eurasian Fund for Stabilization and Development", "organization", NA),
        ("Russia", "Russia", "country", "RUS"),
    ]
    assert found["blocs"].iloc[-1] == "BRICS member; CSTO member; SCO member"
    assert "CSTO" in [b.upper() for b in entities._lexicon(tmp_path).blocs]
    # the packaged lexicon is untouched
    assert rows(mentions_of("Qazaqstan")) == []


@pytest.mark.parametrize(
    ("name", "text", "key"),
    [
        ("countries", "countries:\n  RUX: {names: [Ruritania]}\n", "countries.RUX"),
        ("countries", "countries:\n  KAZ: {adjective: [Qazaq]}\n", "countries.KAZ"),
        ("countries", "countries:\n  KAZ: {names: Qazaqstan}\n", "countries.KAZ.names"),
        ("countries", "countries:\n  KAZ: {names: [Russia]}\n", "countries."),
        (
            "blocs",
            "blocs:\n  TEST:\n    name: T\n    source: s\n"
            "    countries:\n      RUS: [{status: member, since: sometime}]\n",
            "blocs.TEST.countries.RUS[0].since",
        ),
        (
            "blocs",
            "blocs:\n  TEST:\n    name: T\n    source: s\n"
            "    countries:\n      RUS: [{status: member, since: 2017.5}]\n",
            "blocs.TEST.countries.RUS[0].since",
        ),
        (
            "blocs",
            "blocs:\n  TEST:\n    name: T\n    source: s\n"
            "    countries:\n      RUS: [{status: boss, since: 2001}]\n",
            "blocs.TEST.countries.RUS[0].status",
        ),
        (
            "blocs",
            "blocs:\n  TEST:\n    name: T\n    source: s\n    countries:\n"
            "      RUS: [{status: member, since: 2001}, {status: observer, since: 2005}]\n",
            "blocs.TEST.countries.RUS",
        ),
        ("blocs", "blocs:\n  TEST:\n    name: T\n    countries: {}\n", "blocs.TEST.source"),
        (
            "organizations",
            "organizations:\n  GANG: {name: Gang, kind: gang}\n",
            "organizations.GANG.kind",
        ),
        (
            "organizations",
            "organizations:\n  X: {name: X News, kind: media, country: ZZZ}\n",
            "organizations.X.country",
        ),
        ("places", "places:\n  Foo: {iso3: ZZZ}\n", "places.Foo.iso3"),
        ("places", "placs:\n  Foo: {}\n", "placs"),
    ],
)
def test_malformed_user_lexicon_names_the_key(tmp_path, name, text, key):
    write(tmp_path, name, text)
    with pytest.raises(LexiconError) as info:
        extract_mentions(
            articles("Russia."), split_sentences(articles("Russia.")), lexicon_dir=tmp_path
        )
    assert key in str(info.value)


def test_edited_user_lexicon_is_reloaded(tmp_path):
    import os

    write(tmp_path, "places", "places:\n  Zarafshan Valley: {iso3: UZB}\n")
    assert rows(mentions_of("Zarafshan Valley", lexicon_dir=tmp_path))[0][3] == "UZB"
    path = write(tmp_path, "places", "places:\n  Zarafshan Valley: {iso3: TJK}\n") / "places.yaml"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert rows(mentions_of("Zarafshan Valley", lexicon_dir=tmp_path))[0][3] == "TJK"


def test_lexicon_dir_must_be_a_folder(tmp_path):
    with pytest.raises(LexiconError, match="not a folder"):
        country_table(lexicon_dir=tmp_path / "missing")


# --- properties -----------------------------------------------------------------------------------
_WORDS = [
    "Russia",
    "us",
    "US",
    "Indian",
    "Ocean",
    "Indian Ocean",
    "Jordan",
    "Michael",
    "the",
    "Kremlin",
    "SCO",
    "Sputnik",
    "China",
    "turkey",
    "Turkey",
    "New",
    "Delhi",
    "Sino-Russian",
    "U.S.",
    "and",
    "Astana",
    "Georgia",
    "Tech",
    "Türkiye",
    "Côte d'Ivoire",
    "UN",
    "un",
    ",",
    ".",
    "\n",
    "Asean",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_offsets_hold_for_any_text(words):
    text = " ".join(words)
    found = mentions_of(text)
    assert found["kind"].isin(["country", "organization", "place"]).all()
    assert (found["start"] < found["end"]).all()
    assert not found["surface"].isin(["us", "un", "turkey"]).any()


# --- evaluation corpus (read at run time, never copied) ---------------------------------------
@pytest.mark.slow
def test_bbc_business_offsets_and_no_pronoun_us():
    from sco_toolkit.load import load_articles

    folder = shared_path("data", "news_corpus", "bbc", "business")
    arts = load_articles(folder).articles
    found = extract_mentions(arts, split_sentences(arts))
    assert len(found) > 1000
    assert_offsets_true(arts, found, column="surface")
    assert not found["surface"].str.fullmatch("us|Us").any()
    assert found.loc[found["kind"] == "country", "iso3"].notna().all()


def test_a_key_written_twice_in_a_lexicon_is_an_error(tmp_path) -> None:
    from sco_toolkit.lexicons import read_yaml

    path = tmp_path / "places.yaml"
    path.write_text("places:\n  Alpha: {type: city}\n  Beta: {}\n  Alpha: {type: region}\n")
    with pytest.raises(LexiconError, match=r"'Alpha' appears twice \(lines 2 and 4\)"):
        read_yaml(path)


@pytest.mark.parametrize(
    ("text", "entity", "iso3"),
    [
        ("Floods hit Andhra Pradesh on Monday.", "Andhra Pradesh", "IND"),
        ("Factories in Zhejiang reopened.", "Zhejiang", "CHN"),
        ("Voters in North Carolina queued for hours.", "North Carolina", "USA"),
    ],
)
def test_provinces_are_places_of_their_country(text: str, entity: str, iso3: str) -> None:
    articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
    found = extract_mentions(articles, split_sentences(articles))
    assert_offsets_true(articles, found, "surface")
    row = found[found["entity"] == entity].iloc[0]
    assert (row["kind"], row["iso3"]) == ("place", iso3)


def test_organization_kinds_read_user_lexicons(tmp_path):
    from sco_toolkit.entities import organization_kinds

    assert organization_kinds()["Shanghai Cooperation Organisation"] == "intergovernmental"
    assert "Eurasian Fund for Stabilization and Development" not in organization_kinds()
    write(
        tmp_path,
        "organizations",
        "organizations:\n  EFSD: {name: Eurasian Fund for Stabilization and Development,"
        " abbreviation: EFSD, kind: bank}\n",
    )
    kinds = organization_kinds(tmp_path)
    assert kinds["Eurasian Fund for Stabilization and Development"] == "bank"
    assert kinds["Association of Southeast Asian Nations"] == "intergovernmental"
    with pytest.raises(TypeError):
        kinds["X"] = "bank"  # read-only: the cached mapping cannot be changed by a caller


def test_a_guarded_place_after_a_hyphenated_particle_is_no_mention() -> None:
    from sco_toolkit import analyze as run_all

    text = (
        "Ahmed Al-Sabah visited Kota Kinabalu, the capital of Sabah, and US-Jordan talks went on."
    )
    ments = run_all(pd.DataFrame({"text": [text]}), progress=False).mentions
    surfaces = ments["surface"].tolist()
    assert "Sabah" in surfaces and surfaces.count("Sabah") == 1  # the state, not "Al-Sabah"
    assert "Jordan" in surfaces  # "US-" is no name particle
