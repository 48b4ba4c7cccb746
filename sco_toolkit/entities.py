"""Entity mentions: countries (ISO3 and bloc status), organisations and places.

All phrases of the four lexicons (``countries``, ``blocs``, ``organizations``, ``places``) go
into one automaton, built once per lexicon folder and cached, and every article is searched in
one pass (``match.find_in_articles``). Overlaps go to the leftmost-longest phrase, so a longer
place or organisation ("Indian Ocean", "Russia Today") wins over the country word inside it.

Rules, all driven by the lexicon data:

- Every surface matches with the case written in the lexicon (so "US" is the state and "us" is
  not; "Turkey" is the state and "turkey" the bird), plus generated forms: ALL CAPS (headlines),
  accent-free ("Turkiye"), curly apostrophe, "St"/"St."/"Saint", and hyphen as space.
- Country names, adjectives and demonyms are kind ``country``; capitals and seats of government
  ("New Delhi", "Kremlin") are kind ``place`` with the capital as entity and the country's ISO3;
  places are kind ``place`` with an ISO3 when they lie in one country; organisations are kind
  ``organization`` without ISO3 (a media outlet's home country is not a mention).
- ``guarded`` surfaces (names that are also people or parts of other names: "Jordan",
  "Georgia", "Washington") count only when no other capitalised word touches them across a
  space, except the lexicon's ``function_words`` ("Michael Jordan" no, "In Jordan" yes).
- ``ignore`` phrases ("Turkish delight", "New Jersey") are matched and dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import pandas as pd
import pycountry

from sco_toolkit import lexicons, match
from sco_toolkit.lexicons import LexiconError, check
from sco_toolkit.schema import conform, empty_table

__all__ = [
    "bloc_members",
    "bloc_names",
    "country_table",
    "extract_mentions",
    "government_of",
    "organization_kinds",
]

LEXICON_NAMES = ("countries", "blocs", "organizations", "places")

_COUNTRY_FIELDS = {
    "name": str,
    "iso2": str,
    "names": list,
    "adjectives": list,
    "capital": str,
    "capital_aliases": list,
    "metonyms": list,
    "guarded": list,
    "drop": list,
}
_ORG_FIELDS = {
    "name": str,
    "abbreviation": str,
    "aliases": list,
    "kind": str,
    "country": str,
    "guarded": list,
}
_PLACE_FIELDS = {"aliases": list, "iso3": str, "type": str, "guarded": list}
_PERIOD_FIELDS = {"status", "since", "until", "note", "source"}
_TOP_LEVEL = {
    "countries": {
        "version",
        "countries",
        "ignore",
        "never",
        "function_words",
        "adjective_qualifiers",
    },
    "blocs": {"version", "statuses", "blocs"},
    "organizations": {"version", "kinds", "organizations"},
    "places": {"version", "places"},
}
_OPENERS = "\"'“‘«(["


class _Target(NamedTuple):
    """What a matched phrase stands for (the matcher payload)."""

    entity: str | None  # None: an `ignore` phrase, matched only to be dropped
    kind: str | None
    iso3: str | None
    guarded: bool


class _Country(NamedTuple):
    iso3: str
    iso2: str
    name: str
    entry: Mapping[str, Any]
    derived: tuple[str, ...]  # names taken from pycountry


class _Period(NamedTuple):
    bloc: str
    iso3: str
    status: str
    since: date
    until: date | None


class _Lexicon(NamedTuple):
    matcher: match.Matcher
    countries: dict[str, _Country]
    periods: tuple[_Period, ...]
    blocs: tuple[str, ...]
    statuses: tuple[str, ...]
    function_words: frozenset[str]
    seats: dict[str, str]  # capital or metonym -> country name
    adjectives: frozenset[str]  # singular country adjectives as written ("German")
    qualifiers: frozenset[str]  # words that keep an adjective a country ("Northern Irish")


# --- public API ---------------------------------------------------------------------------------
def extract_mentions(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    lexicon_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Find every country, organisation and place mentioned in the articles.

    Args:
        articles: The ``articles`` table (``article_id``, ``text``; ``published`` is used for
            bloc status when present).
        sentences: The ``sentences`` table of the same articles.
        lexicon_dir: Optional folder with user lexicons (``countries.yaml``, ``blocs.yaml``,
            ``organizations.yaml``, ``places.yaml``) that extend or override the packaged ones.

    Returns:
        The ``mentions`` table: ``article_id, sentence_id, start, end, surface, entity, kind,
        iso3, blocs``. ``kind`` is ``country``, ``organization`` or ``place``; ``iso3`` is set
        for countries, capitals and places inside one country; ``blocs`` lists the country's
        statuses on the article's ``published`` date (today's when unknown), e.g.
        ``"BRICS member; SCO member"``. ``articles.text[start:end] == surface`` for every row.

    Raises:
        LexiconError: If a lexicon is malformed (the message names the file, key and problem).

    Examples:
        >>> import pandas as pd
        >>> from sco_toolkit.sentences import split_sentences
        >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["The Kremlin and New Delhi."]})
        >>> m = extract_mentions(arts, split_sentences(arts))
        >>> m[["surface", "entity", "kind", "iso3"]].values.tolist()
        [['Kremlin', 'Moscow', 'place', 'RUS'], ['New Delhi', 'New Delhi', 'place', 'IND']]
    """
    if articles.empty or sentences.empty:
        return empty_table("mentions")
    lex = _lexicon(lexicon_dir)
    texts = articles.loc[articles["text"].notna(), ["article_id", "text"]]
    bounds = sentences[["article_id", "sentence_id", "start"]]  # all the matcher needs
    hits = match.find_in_articles(lex.matcher, texts, bounds)
    if hits.empty:
        return empty_table("mentions")
    targets = pd.DataFrame(hits["payload"].tolist(), columns=_Target._fields, index=hits.index)
    frame = pd.concat([hits.drop(columns="payload"), targets], axis=1)
    frame = frame[frame["kind"].notna()]
    frame = frame[_standalone_mask(frame, texts, lex.function_words)]
    frame = frame[~_surname_mask(frame, texts, lex)]
    frame = frame.assign(blocs=_bloc_labels(frame, articles, lex))
    return conform(frame.drop(columns="guarded"), "mentions")


@functools.lru_cache(maxsize=4)
def country_adjectives(lexicon_dir: str | None = None) -> frozenset[str]:
    """The adjectives of every country in the lexicon, as written ("British", "Kazakh").

    Args:
        lexicon_dir: Optional folder of user lexicons (see ``extract_mentions``).

    Returns:
        The adjective surfaces listed under ``adjectives`` in ``countries.yaml``, with the
        plurals the mention finder also matches ("Americans").
    """
    countries = _lexicon(lexicon_dir).countries.values()
    words = {str(a) for c in countries for a in c.entry.get("adjectives", [])}
    return frozenset(words | {p for w in words if (p := _plural(w))})


def organization_kinds(lexicon_dir: str | Path | None = None) -> Mapping[str, str]:
    """The kind of every organisation in the lexicon, by the ``entity`` name mentions carry.

    Args:
        lexicon_dir: Optional folder of user lexicons (see ``extract_mentions``).

    Returns:
        A read-only ``{name: kind}`` mapping, e.g. ``"Shanghai Cooperation Organisation"`` →
        ``"intergovernmental"``; kinds are those ``organizations.yaml`` lists under ``kinds``.

    Raises:
        LexiconError: If the lexicons are malformed (validated as ``extract_mentions`` does).

    Examples:
        >>> organization_kinds()["Association of Southeast Asian Nations"]
        'intergovernmental'
    """
    _lexicon(lexicon_dir)  # validated (and cached) as for extract_mentions
    return lexicons.compile_cached(lexicon_dir, _load_organizations, _kinds)


def bloc_names(lexicon_dir: str | Path | None = None) -> Mapping[str, str]:
    """The bloc of the blocs lexicon that each organisation name stands for.

    An organisation is a bloc when its key or abbreviation in ``organizations.yaml`` is a bloc
    of ``blocs.yaml`` (the blocs whose membership is dated): mentions of it can be compared with
    the ``blocs`` column of country mentions.

    Args:
        lexicon_dir: Optional folder of user lexicons (see ``extract_mentions``).

    Returns:
        A read-only ``{entity name: bloc}`` mapping.

    Examples:
        >>> bloc_names()["Association of Southeast Asian Nations"]
        'ASEAN'
    """
    blocs = set(_lexicon(lexicon_dir).blocs)
    data = _load_organizations(lexicon_dir).get("organizations") or {}
    out = {}
    for key, entry in data.items():
        if not isinstance(entry, Mapping) or not entry.get("name"):
            continue
        for name in (str(key), str(entry.get("abbreviation") or "")):
            if name in blocs:
                out[str(entry["name"])] = name
    return MappingProxyType(out)


def _load_organizations(lexicon_dir: str | Path | None) -> dict[str, Any]:
    return lexicons.load("organizations", None if lexicon_dir is None else str(lexicon_dir))


def _kinds(data: Mapping[str, Any]) -> Mapping[str, str]:
    return MappingProxyType(
        {
            str(e["name"]): str(e["kind"])
            for e in (data.get("organizations") or {}).values()
            if isinstance(e, Mapping) and e.get("name") and e.get("kind")
        }
    )


def government_of(place: str, *, lexicon_dir: str | Path | None = None) -> str | None:
    """The country whose government a capital or seat-of-power name stands for.

    Args:
        place: A place ``entity`` from ``mentions`` ("Moscow", "Beijing").
        lexicon_dir: Optional folder with user lexicons.

    Returns:
        The country's name ("Russia"), or None when ``place`` is not a capital or metonym.

    Examples:
        >>> government_of("Beijing"), government_of("Shanghai")
        ('China', None)
    """
    return _lexicon(lexicon_dir).seats.get(place)


def _seats(countries: Mapping[str, _Country]) -> dict[str, str]:
    """Capital and metonym -> country name."""
    seats: dict[str, str] = {}
    for country in countries.values():
        entry = country.entry
        for place in [entry.get("capital"), *entry.get("metonyms", [])]:
            if place:
                seats.setdefault(str(place), country.name)
    return seats


def country_table(
    *, lexicon_dir: str | Path | None = None, on: date | str | pd.Timestamp | None = None
) -> pd.DataFrame:
    """One row per country, with its bloc statuses on a date, for maps and grouping.

    Args:
        lexicon_dir: Optional folder with user lexicons (see ``extract_mentions``).
        on: The date the statuses hold on (default: today, UTC).

    Returns:
        A DataFrame with ``iso3, iso2, name, sco_status, asean, brics, blocs``: ``sco_status``
        is ``member``, ``observer``, ``dialogue_partner`` (or another status of the blocs
        lexicon) or NA; ``asean`` and ``brics`` are True for members; ``blocs`` is the
        semicolon-separated list of all statuses, NA when none. Sorted by ``iso3``.

    Examples:
        >>> t = country_table(on="2018-01-01").set_index("iso3")
        >>> t.loc["IND", "sco_status"], bool(t.loc["IND", "brics"])
        ('member', True)
    """
    lex = _lexicon(lexicon_dir)
    day = _as_day(on)
    rows = []
    for iso3 in sorted(lex.countries):
        country = lex.countries[iso3]
        statuses = _statuses_on(lex.periods, iso3, day)
        rows.append(
            {
                "iso3": iso3,
                "iso2": country.iso2,
                "name": country.name,
                "sco_status": statuses.get("SCO"),
                "asean": statuses.get("ASEAN") == "member",
                "brics": statuses.get("BRICS") == "member",
                "blocs": _label(statuses),
            }
        )
    frame = pd.DataFrame(rows)
    return frame.assign(
        iso3=frame["iso3"].astype("string"),
        iso2=frame["iso2"].astype("string"),
        name=frame["name"].astype("string"),
        sco_status=pd.Categorical(frame["sco_status"], categories=list(lex.statuses)),
        asean=frame["asean"].astype(bool),
        brics=frame["brics"].astype(bool),
        blocs=frame["blocs"].astype("string"),
    )


def bloc_members(
    bloc: str,
    status: str | None = "member",
    on: date | str | pd.Timestamp | None = None,
    *,
    lexicon_dir: str | Path | None = None,
) -> list[str]:
    """ISO3 codes of the countries that hold ``status`` in ``bloc`` on a date.

    Args:
        bloc: A bloc of the blocs lexicon, e.g. ``"SCO"``, ``"ASEAN"``, ``"BRICS"`` (any case).
        status: ``"member"``, ``"observer"``, ``"dialogue_partner"``, ``"partner"``,
            ``"invited"``, or None for any status.
        on: The date (default: today, UTC).
        lexicon_dir: Optional folder with user lexicons.

    Returns:
        Sorted ISO3 codes.

    Raises:
        ValueError: If ``bloc`` or ``status`` is unknown (the message lists the allowed values).

    Examples:
        >>> bloc_members("SCO", on="2016-01-01")
        ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']
    """
    lex = _lexicon(lexicon_dir)
    by_upper = {b.upper(): b for b in lex.blocs}
    key = by_upper.get(str(bloc).upper())
    if key is None:
        raise ValueError(f"Unknown bloc {bloc!r}. Expected one of {list(lex.blocs)}.")
    if status is not None and status not in lex.statuses:
        raise ValueError(
            f"Unknown status {status!r}. Expected one of {list(lex.statuses)}, or None for any."
        )
    day = _as_day(on)
    found = {
        p.iso3
        for p in lex.periods
        if p.bloc == key and (status is None or p.status == status) and _holds(p, day)
    }
    return sorted(found)


# --- mentions helpers ---------------------------------------------------------------------------
def _standalone_mask(
    frame: pd.DataFrame, texts: pd.DataFrame, function_words: frozenset[str]
) -> pd.Series:
    """True for rows to keep: unguarded ones, and guarded ones not inside a longer name."""
    keep = pd.Series(True, index=frame.index)
    guarded = frame[frame["guarded"]]
    if guarded.empty:
        return keep
    by_id = dict(zip(texts["article_id"], texts["text"], strict=True))
    for idx, aid, start, end in zip(
        guarded.index, guarded["article_id"], guarded["start"], guarded["end"], strict=True
    ):
        keep[idx] = not _inside_longer_name(by_id[aid], int(start), int(end), function_words)
    return keep


def _surname_mask(frame: pd.DataFrame, texts: pd.DataFrame, lex: _Lexicon) -> pd.Series:
    """True for country adjectives that are family names: "Mike German said", "Mr German"."""
    drop = pd.Series(False, index=frame.index)
    by_id = dict(zip(texts["article_id"], texts["text"], strict=True))
    peers = _peer_titles()
    for idx, aid, start in zip(frame.index, frame["article_id"], frame["start"], strict=True):
        text = by_id[aid]
        word = text[max(0, int(start) - 12) : int(start)].split()[-1:]
        if word and word[0] in peers and text[int(start) - 1 : int(start)] == " ":
            drop[idx] = True  # "Baroness Scotland", "Lord Ireland": a peer, not a country
    rows = frame[frame["surface"].isin(lex.adjectives) & ~drop]
    if rows.empty:
        return drop
    ends = set(zip(frame["article_id"], frame["end"], strict=True))
    for idx, aid, start, end in zip(
        rows.index, rows["article_id"], rows["start"], rows["end"], strict=True
    ):
        text = by_id[aid]
        drop[idx] = (aid, int(start) - 1) not in ends and _family_name_at(
            text, int(start), int(end), lex
        )
    return drop


def _family_name_at(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the adjective ``text[start:end]`` is a family name: "Mike German said".

    The word before must be a title ("Mr German") or a capitalised word in the same sentence
    (no function word, qualifier or possessive: "Another British", "Roux's French"), and
    what follows must end the name: punctuation, or a verb ("said", "claimed", "has"), never
    a noun ("Chinese firms") or a capitalised word ("German Chancellor").

    Examples:
        >>> lex = _lexicon(None)
        >>> t = "Mike German said. Meanwhile German troops left. Old English ended."
        >>> [_family_name_at(t, i, i + 6, lex) for i in (5, 28, 52)]
        [True, False, False]
    """
    if start < 2 or text[start - 1] != " " or text[end : end + 1] == "-":
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    word = text[word_start : start - 1]
    if word.lower() in _honorifics():
        return True  # "Mr German", "Dr. French"
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False  # punctuation ends the word before: "Hotel. British actress"
    if word.isupper() and len(word) > 1:
        return False  # a headline in capitals
    low = word.lower()
    if low in lex.function_words or low in lex.qualifiers:
        return False
    after = text[end : end + 30]
    if not after or not after[0].isspace():
        return not after[:1].isalnum()  # "Mike German, leader", "said Mr Irish."
    nxt = after.split(None, 1)[0] if after.strip() else ""
    nxt = nxt.strip(".,;:!?")
    return nxt in _NAME_ENDING_VERBS or (nxt.endswith("ed") and nxt.islower())


#: Words after a family name that show it ended ("Dawn French says"): a noun never follows one.
_NAME_ENDING_VERBS = frozenset(
    "said says told tells has had is was will would who whose and can could may might "
    "adds argues warns insists believes thinks wrote writes".split()
)


@functools.cache
def _peer_titles() -> frozenset[str]:
    """Titles of peers, who may be named after a place ("Baroness Scotland")."""
    return frozenset(str(t) for t in lexicons.load("people").get("keep_in_name") or [])


@functools.cache
def _honorifics() -> frozenset[str]:
    """Titles that make the next word a family name ("Mr", "Mrs", "Dr", "Lord")."""
    return frozenset(str(h).lower() for h in lexicons.load("people").get("honorifics") or [])


#: A short title-case particle ending right before a hyphen: "Al" of "Al-Sabah", "Abu", "Bin".
_NAME_PARTICLE_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{1,2}\Z")


def _inside_longer_name(text: str, start: int, end: int, function_words: frozenset[str]) -> bool:
    """True when a capitalised word touches ``text[start:end]`` across one space.

    A function word before it ("In Jordan", "To Georgia") does not count. A short name particle
    joined by a hyphen ("Al-Sabah", "El-Chad") makes it part of a family name too.
    """
    if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
        return True
    if (
        start >= 3
        and text[start - 1] == "-"
        and _NAME_PARTICLE_BEFORE.search(text, max(0, start - 5), start - 1)
    ):
        return True
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
        return False
    word_start = start - 1
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : start - 1].lstrip(_OPENERS)
    return bool(word) and word[0].isupper() and word.lower() not in function_words


def _bloc_labels(frame: pd.DataFrame, articles: pd.DataFrame, lex: _Lexicon) -> list[Any]:
    """The ``blocs`` value of every row: statuses on the article's date (today if unknown)."""
    today = _as_day(None)
    days: dict[Any, Any] = {}
    if "published" in articles.columns:
        published = pd.to_datetime(articles["published"], utc=True, errors="coerce")
        days = dict(zip(articles["article_id"], published.dt.date, strict=True))
    cache: dict[tuple[str, date], Any] = {}
    labels: list[Any] = []
    for aid, iso3 in zip(frame["article_id"], frame["iso3"], strict=True):
        if not isinstance(iso3, str):
            labels.append(pd.NA)
            continue
        day = days.get(aid)
        day = today if day is None or pd.isna(day) else day
        key = (iso3, day)
        if key not in cache:
            cache[key] = _label(_statuses_on(lex.periods, iso3, day))
        labels.append(cache[key])
    return labels


def _statuses_on(periods: Iterable[_Period], iso3: str, day: date) -> dict[str, str]:
    return {p.bloc: p.status for p in periods if p.iso3 == iso3 and _holds(p, day)}


def _holds(period: _Period, day: date) -> bool:
    return period.since <= day and (period.until is None or day < period.until)


def _label(statuses: Mapping[str, str]) -> Any:
    if not statuses:
        return pd.NA
    return "; ".join(sorted(f"{b} {s.replace('_', ' ')}" for b, s in statuses.items()))


def _as_day(on: date | str | pd.Timestamp | None) -> date:
    if on is None:
        return pd.Timestamp.now(tz="UTC").date()
    try:
        stamp = pd.Timestamp(on)
    except (TypeError, ValueError) as exc:
        raise ValueError(
            f"Cannot read {on!r} as a date. Pass a date, a Timestamp or 'YYYY-MM-DD'."
        ) from exc
    if pd.isna(stamp):
        return pd.Timestamp.now(tz="UTC").date()
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC")
    return stamp.date()


# --- lexicon loading and compiling --------------------------------------------------------------
def _lexicon(lexicon_dir: str | Path | None) -> _Lexicon:
    if lexicon_dir is None:
        return _build(None)
    path = Path(lexicon_dir).expanduser()
    if not path.is_dir():
        raise LexiconError(
            f"lexicon_dir {str(lexicon_dir)!r} is not a folder. Pass a folder holding some of "
            f"{[n + '.yaml' for n in LEXICON_NAMES]}."
        )
    files = [path / f"{name}.yaml" for name in LEXICON_NAMES]
    stamps = tuple(f.stat().st_mtime_ns if f.exists() else None for f in files)
    return _build(str(path.resolve()), stamps)


@functools.lru_cache(maxsize=16)
def _build(lexicon_dir: str | None, stamps: tuple[int | None, ...] = ()) -> _Lexicon:
    """Load, validate and compile the four lexicons.

    Cached per folder and file modification times, so an edited user file is read again.
    """
    data = {name: lexicons.load(name, lexicon_dir) for name in LEXICON_NAMES}
    label = {n: n if lexicon_dir is None else f"{n} (with {lexicon_dir})" for n in LEXICON_NAMES}
    for name in LEXICON_NAMES:
        _check_top_level(data[name], label[name], _TOP_LEVEL[name])
    countries = _countries(data["countries"], label["countries"])
    known = frozenset(countries)
    statuses, periods, blocs = _periods(data["blocs"], label["blocs"], known)
    _check_organizations(data["organizations"], label["organizations"], known)
    _check_places(data["places"], label["places"], known)
    phrases = _phrases(data, countries, label["countries"])
    matcher = match.build_matcher((p, target, True) for p, target in phrases.items())
    words = frozenset(w.lower() for w in data["countries"].get("function_words", []))
    adjectives = frozenset(
        str(a) for c in countries.values() for a in c.entry.get("adjectives", [])
    )
    qualifiers = frozenset(
        str(w).lower() for w in data["countries"].get("adjective_qualifiers", [])
    )
    return _Lexicon(
        matcher,
        countries,
        periods,
        blocs,
        statuses,
        words,
        _seats(countries),
        adjectives,
        qualifiers,
    )


def _check_top_level(data: Mapping[str, Any], name: str, allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    check(
        not unknown,
        name,
        ", ".join(map(str, unknown)),
        "unknown top-level key",
        f"Expected some of {sorted(allowed)}.",
    )


def _check_fields(entry: Any, fields: Mapping[str, type], name: str, key: str) -> dict[str, Any]:
    entry = {} if entry is None else entry
    check(isinstance(entry, Mapping), name, key, "must be a mapping of fields")
    unknown = sorted(set(map(str, entry)) - set(fields))
    check(not unknown, name, key, f"unknown field(s) {unknown}", f"Expected {sorted(fields)}.")
    for field, kind in fields.items():
        if field not in entry:
            continue
        value = entry[field]
        where = f"{key}.{field}"
        if kind is list:
            check(
                isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value),
                name,
                where,
                f"must be a list of non-empty strings, got {value!r}",
                "Quote words YAML reads as other types, e.g. 'NO' or 'On'.",
            )
        else:
            check(
                isinstance(value, str) and bool(value.strip()),
                name,
                where,
                f"must be a non-empty string, got {value!r}",
            )
    return dict(entry)


def _countries(data: Mapping[str, Any], name: str) -> dict[str, _Country]:
    entries = data.get("countries")
    check(isinstance(entries, Mapping), name, "countries", "must be a mapping of ISO3 to entries")
    for field in ("ignore", "never", "function_words"):
        _check_fields({field: data.get(field, [])}, {field: list}, name, field)
    out: dict[str, _Country] = {}
    for iso in pycountry.countries:
        out[iso.alpha_3] = _Country(
            iso.alpha_3, iso.alpha_2, _display_name(iso), {}, _derived_names(iso)
        )
    for iso3, raw in entries.items():
        key = f"countries.{iso3}"
        check(
            isinstance(iso3, str) and len(iso3) == 3 and iso3.isalpha() and iso3.isupper(),
            name,
            key,
            "is not an ISO 3166-1 alpha-3 code",
            "Use three capital letters, e.g. 'KAZ'.",
        )
        entry = _check_fields(raw, _COUNTRY_FIELDS, name, key)
        known = out.get(iso3)
        if known is None:
            check(
                iso3.startswith("X"),
                name,
                key,
                "is not a known ISO3 code",
                "Check the code with pycountry.countries.lookup('name'); for a state ISO 3166 "
                "does not list, use a user-assigned code starting with X and give name and iso2.",
            )
            check(
                "name" in entry and "iso2" in entry,
                name,
                key,
                "a user-assigned code needs `name` and `iso2`",
            )
            known = _Country(iso3, entry["iso2"], entry["name"], {}, ())
        display = entry.get("name", known.name)
        out[iso3] = known._replace(name=display, entry=entry)
    return out


def _display_name(iso: Any) -> str:
    common = getattr(iso, "common_name", None)
    return common or iso.name


def _derived_names(iso: Any) -> tuple[str, ...]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(iso, attr, None)
        if not value or "," in value or "(" in value:
            continue
        if value.lower().startswith("the "):
            value = value[4:]
        names.append(value)
    return tuple(dict.fromkeys(names))


def _periods(
    data: Mapping[str, Any], name: str, known: frozenset[str]
) -> tuple[tuple[str, ...], tuple[_Period, ...], tuple[str, ...]]:
    statuses = data.get("statuses")
    _check_fields({"statuses": statuses}, {"statuses": list}, name, "statuses")
    blocs = data.get("blocs")
    check(isinstance(blocs, Mapping) and bool(blocs), name, "blocs", "must be a non-empty mapping")
    periods: list[_Period] = []
    for bloc, spec in blocs.items():
        key = f"blocs.{bloc}"
        check(isinstance(spec, Mapping), name, key, "must be a mapping")
        for field in ("name", "source"):
            check(
                isinstance(spec.get(field), str) and bool(spec[field].strip()),
                name,
                f"{key}.{field}",
                "is missing or empty",
                "Every bloc needs a name and a source for its membership facts.",
            )
        members = spec.get("countries")
        check(isinstance(members, Mapping), name, f"{key}.countries", "must be a mapping")
        for iso3, spans in members.items():
            where = f"{key}.countries.{iso3}"
            check(iso3 in known, name, where, "is not a known ISO3 code")
            check(isinstance(spans, list) and bool(spans), name, where, "must be a list of periods")
            found = [
                _period(str(bloc), iso3, span, statuses, name, f"{where}[{i}]")
                for i, span in enumerate(spans)
            ]
            _check_no_overlap(found, name, where)
            periods.extend(found)
    return tuple(statuses), tuple(periods), tuple(map(str, blocs))


def _period(bloc: str, iso3: str, span: Any, statuses: list[str], name: str, key: str) -> _Period:
    check(isinstance(span, Mapping), name, key, "must be a mapping with status and since")
    unknown = sorted(set(map(str, span)) - _PERIOD_FIELDS)
    check(not unknown, name, key, f"unknown field(s) {unknown}", f"Expected {_PERIOD_FIELDS}.")
    check(
        span.get("status") in statuses,
        name,
        f"{key}.status",
        f"is {span.get('status')!r}",
        f"Expected one of {statuses}.",
    )
    check("since" in span, name, f"{key}.since", "is missing")
    since = _as_date(span["since"], name, f"{key}.since")
    until = None if span.get("until") is None else _as_date(span["until"], name, f"{key}.until")
    check(until is None or since < until, name, key, "`since` must be before `until`")
    return _Period(bloc, iso3, str(span["status"]), since, until)


def _as_date(value: Any, name: str, key: str) -> date:
    fix = "Write a year as an int (2017) or a date as YYYY-MM-DD."
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        check(1800 <= value <= 2200, name, key, f"year {value} is out of range", fix)
        return date(value, 1, 1)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    check(False, name, key, f"{value!r} is not a year or a date", fix)
    raise AssertionError  # unreachable: check raised


def _check_no_overlap(periods: list[_Period], name: str, key: str) -> None:
    ordered = sorted(periods, key=lambda p: p.since)
    for before, after in zip(ordered, ordered[1:], strict=False):
        check(
            before.until is not None and before.until <= after.since,
            name,
            key,
            f"periods overlap ({before.status} from {before.since} and {after.status} from "
            f"{after.since})",
            "Give the earlier period an `until` no later than the next `since`.",
        )


def _check_organizations(data: Mapping[str, Any], name: str, known: frozenset[str]) -> None:
    kinds = data.get("kinds")
    _check_fields({"kinds": kinds}, {"kinds": list}, name, "kinds")
    orgs = data.get("organizations")
    check(isinstance(orgs, Mapping), name, "organizations", "must be a mapping of entries")
    for org_id, raw in orgs.items():
        key = f"organizations.{org_id}"
        entry = _check_fields(raw, _ORG_FIELDS, name, key)
        check("name" in entry, name, f"{key}.name", "is missing")
        check(
            entry.get("kind") in kinds,
            name,
            f"{key}.kind",
            f"is {entry.get('kind')!r}",
            f"Expected one of {kinds}.",
        )
        if "country" in entry:
            check(entry["country"] in known, name, f"{key}.country", "is not a known ISO3 code")


def _check_places(data: Mapping[str, Any], name: str, known: frozenset[str]) -> None:
    places = data.get("places")
    check(isinstance(places, Mapping), name, "places", "must be a mapping of names to entries")
    for place, raw in places.items():
        key = f"places.{place}"
        check(isinstance(place, str) and bool(place.strip()), name, key, "name must be a string")
        entry = _check_fields(raw, _PLACE_FIELDS, name, key)
        if "iso3" in entry:
            check(entry["iso3"] in known, name, f"{key}.iso3", "is not a known ISO3 code")


# --- phrases --------------------------------------------------------------------------------------
def _phrases(
    data: Mapping[str, Mapping[str, Any]], countries: Mapping[str, _Country], name: str
) -> dict[str, _Target]:
    """Every surface with its target; later groups override earlier ones on the same surface."""
    explicit: dict[str, _Target] = {}
    explicit.update(_capital_phrases(countries))
    explicit.update(_country_phrases(countries, name))
    explicit.update(_place_phrases(data["places"]["places"]))
    explicit.update(_org_phrases(data["organizations"]["organizations"]))
    ignore = _Target(None, None, None, False)
    explicit.update({p: ignore for p in data["countries"].get("ignore", [])})
    phrases = dict(explicit)
    for surface, target in explicit.items():
        for form in _variants(surface):
            phrases.setdefault(form, target)
    for surface in data["countries"].get("never", []):
        phrases.pop(surface, None)
        phrases.pop(surface.upper(), None)
    return phrases


def _capital_phrases(countries: Mapping[str, _Country]) -> dict[str, _Target]:
    out: dict[str, _Target] = {}
    for c in countries.values():
        guarded = set(c.entry.get("guarded", []))
        capital = c.entry.get("capital")
        for metonym in c.entry.get("metonyms", []):
            out[metonym] = _Target(capital or metonym, "place", c.iso3, metonym in guarded)
        if capital:
            for surface in [capital, *c.entry.get("capital_aliases", [])]:
                out[surface] = _Target(capital, "place", c.iso3, surface in guarded)
    return out


def _country_phrases(countries: Mapping[str, _Country], name: str) -> dict[str, _Target]:
    out: dict[str, _Target] = {}
    owner: dict[str, str] = {}
    for c in countries.values():
        entry = c.entry
        guarded = set(entry.get("guarded", []))
        drop = set(entry.get("drop", []))
        adjectives = entry.get("adjectives", [])
        plurals = [p for a in adjectives if (p := _plural(a))]
        elsewhere = {entry.get("capital"), *entry.get("capital_aliases", [])}
        elsewhere |= set(entry.get("metonyms", []))
        extra_guarded = [g for g in entry.get("guarded", []) if g not in elsewhere]
        surfaces = [*c.derived, *entry.get("names", []), *adjectives, *plurals, *extra_guarded]
        for surface in dict.fromkeys(surfaces):
            if surface in drop:
                continue
            check(
                owner.get(surface, c.iso3) == c.iso3,
                name,
                f"countries.{c.iso3}",
                f"{surface!r} is also a surface of {owner.get(surface)}",
                "Give it to one country (use `drop` for a name pycountry supplies).",
            )
            owner[surface] = c.iso3
            out[surface] = _Target(c.name, "country", c.iso3, surface in guarded)
    return out


def _place_phrases(places: Mapping[str, Any]) -> dict[str, _Target]:
    out: dict[str, _Target] = {}
    for place, raw in places.items():
        entry = raw or {}
        guarded = set(entry.get("guarded", []))
        for surface in [place, *entry.get("aliases", [])]:
            out[surface] = _Target(place, "place", entry.get("iso3"), surface in guarded)
    return out


def _org_phrases(orgs: Mapping[str, Any]) -> dict[str, _Target]:
    out: dict[str, _Target] = {}
    for raw in orgs.values():
        guarded = set(raw.get("guarded", []))
        surfaces = [raw["name"], raw.get("abbreviation"), *raw.get("aliases", [])]
        for surface in filter(None, surfaces):
            out[surface] = _Target(raw["name"], "organization", None, surface in guarded)
    return out


def _plural(word: str) -> str | None:
    """The plural of a demonym, or None when it has none of its own ("Chinese", "Swiss")."""
    if word.endswith("woman"):
        return word[:-5] + "women"
    if word.endswith("man") and word[:-3].endswith(("ch", "sh", "s")):
        return word[:-3] + "men"
    if word.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return None
    return word + "s"


def _variants(surface: str) -> set[str]:
    """Other ways the same surface is printed: hyphen/space, Saint/St, accents, apostrophe, CAPS."""
    forms = {surface}
    if "-" in surface:
        forms.add(surface.replace("-", " "))
    for prefix in ("Saint ", "St. ", "St "):
        if surface.startswith(prefix):
            rest = surface[len(prefix) :]
            forms |= {f"Saint {rest}", f"St. {rest}", f"St {rest}"}
    forms |= {_strip_accents(f) for f in forms}
    forms |= {f.replace("'", "’") for f in forms if "'" in f}
    forms |= {f.upper() for f in forms if sum(ch.isalpha() for ch in f) >= 4}
    forms.discard(surface)
    return forms


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
