"""Cooperation areas: enumerations after a cooperation cue, normalised to areas, with partners.

"We see prospects for cooperation with ASEAN in trade, investment, small and medium-sized
enterprises, as well as in the areas of fighting terrorism and separatism" gives five rows:
trade, investment, SMEs, counterterrorism, separatism, each with partner ``ASEAN`` and the
offsets of the words as written.

How it works (all words are data in ``lexicons/cooperation.yaml``):

1. One pass of the shared matcher (``sco_toolkit.match``) per article finds the cue phrases and
   the area terms, leftmost-longest, so "small and medium-sized enterprises" is one term whose
   "and" never splits the list, and "organized cross-border crime" wins over "crime".
2. In a sentence with a cue, the enumeration is walked from term to term. Between a cue and the
   first term only ``lead`` words may stand ("cooperation in many other areas, such as"); between
   two terms only separators and ``connectors`` ("as well as in the areas of fighting"), plus
   short unnamed items between separators ("trade, shipbuilding, energy"); a ``stop`` word (a
   verb, a pronoun, "with") ends it. Cues also work backwards: "energy cooperation",
   "trade and economic ties", "security as the priority area for cooperation".
3. The partner is the name after a ``partner_words`` word ("with", "between", "among",
   "within", "of") next to the cue or right after the list ("cooperation with the ASEAN in ...",
   "cooperation of the SCO member states in ...", "cooperation in trade with China"); otherwise
   the countries and organisations mentioned in the sentence.

4. Items no area term names are kept, never skipped: "cooperation in trade, investment and
   space weather forecasting" gives trade, investment and a row with ``category`` "unlisted"
   (``UNLISTED``) and ``area`` "space weather forecasting" (the item lower-cased, spaces
   collapsed; the ``area`` categories are the lexicon's areas, then the unlisted ones found).
   Such an item is taken only where the list shape is clear: between known items and
   separators ("trade, gem cutting, energy"), before the first known item and a separator
   ("cooperation in halal certification, trade and tourism"), after the last known item when
   the list closes with "and" / "or" / "as well as" and ends cleanly (sentence end,
   punctuation, a preposition; "is" / "will" too when the cue opens the subject), after "in
   the fields of" / "in areas such as" with no known item at all, or as an area term followed
   by more words ending in a noun ("space weather forecasting", not "space"). It is rejected
   when it is a name (a capitalised word or a country/organisation mention), a date, only
   fillers and determiners ("other areas", "etc"), a verb or clause ("and said talks would
   continue", "to share and develop"), or longer than ``unlisted_max_words`` (6) words. All
   these words are data (the ``unlisted_*`` keys of the YAML file); ``unlisted_max_words: 0``
   turns unlisted items off.

Partner names: a mention's short form. If the mention's surface or entity is an abbreviation
("ASEAN", "SCO", "US") that is used; otherwise the entity name (countries: "Russia" for
"Russian"), replaced by its abbreviation when the article defines one ("Shanghai Cooperation
Organization (SCO)") or the organisations lexicon knows one. A capital or seat of government
stands for its country ("Jakarta and Canberra will work together on ..." gives "Indonesia;
Australia"), except in capitals (a dateline) or after ``partner_place_words`` ("talks in
Moscow", "a visit to Hanoi"). Several partners are joined with "; " in text order. Without a
``mentions`` table (None or empty), partners are found by simple rules: the capitalised name
after "with" / "between" ..., else the abbreviations (all-capital words) and the organisation
names of ``skip`` in the sentence; a country named only in plain words ("Russian and Chinese
officials") then gives no partner.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from sco_toolkit import lexicons, match
from sco_toolkit.entities import bloc_names, country_table, government_of
from sco_toolkit.schema import conform, empty_table
from sco_toolkit.sentences import dateline_end
from sco_toolkit.speakers import people_lexicon

__all__ = ["UNLISTED", "area_table", "extract_cooperation", "load_cooperation"]

#: The ``category`` of an enumeration item that no area term of the lexicon names.
UNLISTED = "unlisted"

LexiconSource = str | Path | Mapping[str, Any] | None

ROLES = ("forward", "forward_weak", "adjacent", "near")
_ACTIVE = frozenset(ROLES)
_CONTEXT = frozenset({"forward", "adjacent", "near", "context", "skip"})
_PARTNER_KINDS = frozenset({"country", "organization", "organisation"})

_TOKEN = re.compile(r"\w+(?:[-'’&]\w+)*|[^\w\s]")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")
_SPLIT_NAMES = re.compile(r",|;|&|\band\b")
_PAREN = re.compile(r"\(([^()]{2,12})\)")
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d(?:s)?")  # a year or decade: never an unlisted item
# a run of capitalised words, with "of", "for", "the", "de" inside: "Association of Southeast
# Asian Nations", "SCO" (from "SCO member states"), "Russia" (from "Russia's")
_NAME_RUN = re.compile(r"[A-Z][\w&.\-]*(?:['’]s\b)?(?:\s+(?:(?:of|for|the|de)\s+)*[A-Z][\w&.\-]*)*")


# --- lexicon --------------------------------------------------------------------------------


class _Unlisted(NamedTuple):
    """The words that shape unlisted items (see the ``unlisted_*`` keys of the YAML file)."""

    max_words: int
    coordinators: frozenset[str]
    item_end: frozenset[str]
    markers: tuple[tuple[str, ...], ...]
    fillers: frozenset[str]
    not_words: frozenset[str]
    not_heads: frozenset[str]
    verbs: frozenset[str]
    suffixes: tuple[str, ...]
    compound_heads: frozenset[str]
    verb_openers: frozenset[str]
    gerund_openers: frozenset[str]
    subject_ends: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    area_heads: frozenset[str]
    function_words: frozenset[str]
    complement_heads: frozenset[str]


class _Lexicon(NamedTuple):
    matcher: match.Matcher
    cue_matcher: match.Matcher  # only the active cues: a cheap first pass per article
    areas: dict[str, str]
    categories: list[str]
    separators: frozenset[str]
    connectors: frozenset[str]
    lead: frozenset[str]
    stop: frozenset[str]
    partner_words: frozenset[str]
    pair: re.Pattern[str] | None  # "the two organisations", "both sides"
    pair_bodies: frozenset[str]  # pair nouns that mean organisations ("the two blocs")
    pair_states: frozenset[str]  # pair nouns that mean countries ("the two countries")
    pair_countries: re.Pattern[str] | None  # "bilateral": the pair is two countries
    deal_open: re.Pattern[str] | None  # "The agreements cover ...": the signatories before
    person_pair: re.Pattern[str] | None  # "the two leaders": the last two countries
    role_after: re.Pattern[str] | None  # a role right after a country: "Tajik Foreign Minister"
    role_before: re.Pattern[str] | None  # from a country to a name: " special envoy "
    bloc_ref: re.Pattern[str] | None  # "the bloc", "the organisation": the body named last
    slot_words: frozenset[str]
    partner_group: re.Pattern[str] | None  # "with partners from China": China
    region_group: re.Pattern[str] | None  # "Central Asian countries": a group of states
    state_nouns: frozenset[str]  # "with member states": states left unnamed
    short_name_skip: frozenset[str]  # first words that name no organisation on their own
    area_clause: re.Pattern[str] | None  # "areas where India leads: health, ..."
    not_partners: frozenset[str]
    place_words: frozenset[str]
    place_after: re.Pattern[str]  # " along the Trans-Caspian route, ...": a place ends an item
    media_after: re.Pattern[str] | None  # "in Kazakh media": the country's press, no partner
    topic_before: re.Pattern[str] | None  # "the situation in Afghanistan": a topic, no partner
    member_clause: re.Pattern[str] | None  # "said members had agreed ...": the bloc's members
    member_ref: re.Pattern[str] | None  # "The ministers also discussed ...": a bloc's members
    generic_adjacent: frozenset[str]  # "economic cooperation" alone names no area
    not_modifiers: frozenset[str]  # "even film", "them maritime security": no modifier
    max_unknown_words: int
    max_gap_chars: int
    max_lead_words: int
    max_near_words: int
    unlisted: _Unlisted


def load_cooperation(lexicon: LexiconSource = None) -> dict[str, Any]:
    """Load and validate the cooperation lexicon (areas, cues and enumeration words).

    Args:
        lexicon: Optional user additions: a YAML file, a folder holding ``cooperation.yaml``,
            or a mapping shaped like the packaged file. Lists extend the packaged ones; a user
            area with the name of a packaged one replaces it whole.

    Returns:
        The merged, validated lexicon as a dict.

    Raises:
        LexiconError: If it is malformed (the message names the key and the fix).
    """
    name = "cooperation" if lexicon is None or isinstance(lexicon, Mapping) else str(lexicon)
    data = lexicons.load("cooperation", lexicon)
    _validate(data, name)
    return data


def _strings(value: Any, name: str, key: str, *, required: bool = True) -> list[str]:
    return lexicons.phrases(value, name, key, required=required)


def _validate(data: Mapping[str, Any], name: str) -> None:
    check = lexicons.check
    categories = _strings(data.get("categories"), name, "categories")
    areas = data.get("areas")
    check(
        isinstance(areas, Mapping) and bool(areas),
        name,
        "areas",
        "is missing or empty",
        "Write `areas:` with one entry per area: `trade: {category: economy, terms: [trade]}`.",
    )
    owner: dict[str, str] = {}
    for area, entry in areas.items():
        key = f"areas.{area}"
        check(isinstance(area, str) and bool(area.strip()), name, key, "is not a name")
        check(
            isinstance(entry, Mapping),
            name,
            key,
            f"is a {type(entry).__name__}, expected a mapping with category and terms",
        )
        check(
            entry.get("category") in categories,
            name,
            f"{key}.category",
            f"is {entry.get('category')!r}, expected one of {categories}",
            "A user entry with a packaged area name replaces it whole: repeat its category.",
        )
        for term in _strings(entry.get("terms"), name, f"{key}.terms"):
            folded = term.lower()
            check(
                owner.get(folded, area) == area,
                name,
                f"{key}.terms",
                f"{term!r} is also a term of area {owner.get(folded)!r}",
                "A term may normalise to one area only; remove it from one of them.",
            )
            owner[folded] = area
    cues = data.get("cues")
    check(
        isinstance(cues, Mapping) and bool(cues.get("forward")),
        name,
        "cues",
        "is missing or has no `forward` cues",
        f"Give `cues:` with lists under {list(ROLES)}.",
    )
    for role, phrases in cues.items():
        check(role in ROLES, name, f"cues.{role}", f"is not one of {list(ROLES)}")
        for phrase in _strings(phrases, name, f"cues.{role}"):
            check(
                phrase.lower() not in owner,
                name,
                f"cues.{role}",
                f"{phrase!r} is also a term of area {owner.get(phrase.lower())!r}",
                "A phrase is either a cue or an area term.",
            )
    for key in (
        "context",
        "skip",
        "partner_words",
        "partner_slot_words",
        "partner_group_nouns",
        "partner_region_nouns",
        "short_name_skip",
        "area_clause_nouns",
        "area_clause_markers",
        "area_clause_verbs",
        "not_partners",
        "partner_place_words",
        "place_head_nouns",
        "partner_media_nouns",
        "partner_topic_nouns",
        "generic_adjacent",
        "not_modifiers",
        "member_clause_verbs",
        "member_clause_tell_verbs",
        "member_clause_listeners",
        "member_nouns",
        "pair_nouns",
        "pair_bare_nouns",
        "pair_body_nouns",
        "pair_state_nouns",
        "pair_country_words",
        "deal_nouns",
        "pair_person_nouns",
        "pair_person_roles",
        "bloc_nouns",
    ):
        _strings(data.get(key), name, key, required=False)
    for key in _UNLISTED_LISTS:
        _strings(data.get(key), name, key, required=False)
    pairs = {str(w).lower() for w in data.get("pair_nouns") or []}
    for key in ("pair_body_nouns", "pair_state_nouns"):
        for noun in data.get(key) or []:
            check(
                str(noun).lower() in pairs,
                name,
                key,
                f"{noun!r} is not one of pair_nouns",
                "List each such noun under pair_nouns too ('the two NOUN' must be a pair first).",
            )
    for key in ("separators", "connectors", "lead", "stop"):
        _strings(data.get(key), name, key)
    spelling = data.get("spelling") or {}
    check(
        isinstance(spelling, Mapping)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in spelling.items()),
        name,
        "spelling",
        "is not a mapping of spelling to variant",
        "Write e.g. `spelling: {cooperation: co-operation}`.",
    )
    for key in (
        "max_unknown_words",
        "max_gap_chars",
        "max_lead_words",
        "max_near_words",
        "unlisted_max_words",
    ):
        value = data.get(key, 0 if key == "unlisted_max_words" else None)
        check(
            isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            name,
            key,
            f"is {value!r}, expected a whole number of at least 0",
        )


_UNLISTED_LISTS = (
    "unlisted_coordinators",
    "unlisted_item_end",
    "unlisted_markers",
    "unlisted_fillers",
    "unlisted_not_words",
    "unlisted_not_heads",
    "unlisted_verbs",
    "unlisted_noun_suffixes",
    "unlisted_compound_heads",
    "unlisted_verb_openers",
    "unlisted_gerund_openers",
    "unlisted_subject_ends",
    "unlisted_adjective_suffixes",
    "unlisted_area_heads",
    "unlisted_function_words",
    "unlisted_complement_heads",
)


def _variants(phrase: str, spelling: Mapping[str, str]) -> list[str]:
    out = [phrase]
    for word, variant in spelling.items():
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        out.extend(pattern.sub(variant, p) for p in list(out) if pattern.search(p))
    return out


def _compile(data: Mapping[str, Any]) -> _Lexicon:
    spelling = data.get("spelling") or {}
    roles: dict[str, tuple[str, set[str]]] = {}

    def add(phrase: str, role: str) -> None:
        for variant in _variants(" ".join(phrase.split()), spelling):
            roles.setdefault(variant.lower(), (variant, set()))[1].add(role)

    for role, phrases in data["cues"].items():
        for phrase in phrases:
            add(phrase, role)
    for phrase in data.get("context") or []:
        add(phrase, "context")
    for phrase in data.get("skip") or []:
        add(phrase, "skip")
    entries: list[tuple[str, Any]] = [
        (phrase, ("cue", frozenset(found))) for phrase, found in roles.values()
    ]
    areas = {str(area): str(entry["category"]) for area, entry in data["areas"].items()}
    terms = {str(t).lower() for entry in data["areas"].values() for t in entry["terms"]}
    for area, entry in data["areas"].items():
        entries.extend((term, ("area", str(area))) for term in entry["terms"])
        # "intelligence-sharing cooperation": a two-word term written with a hyphen
        entries.extend(
            (joined, ("area", str(area)))
            for term in entry["terms"]
            if len(str(term).split()) == 2
            and (joined := "-".join(str(term).split())).lower() not in terms
        )

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    active = [(p, p) for p, found in roles.values() if found & _ACTIVE]
    return _Lexicon(
        matcher=match.build_matcher(entries),
        cue_matcher=match.build_matcher(active),
        areas=areas,
        categories=[str(c) for c in data["categories"]],
        separators=words("separators"),
        connectors=words("connectors"),
        lead=words("lead"),
        stop=words("stop"),
        partner_words=words("partner_words"),
        pair=_pair_pattern(words("pair_nouns"), words("pair_bare_nouns")),
        pair_bodies=words("pair_body_nouns"),
        pair_states=words("pair_state_nouns"),
        pair_countries=_words_pattern(words("pair_country_words")),
        deal_open=_deal_open_pattern(words("deal_nouns")),
        person_pair=_pair_pattern(words("pair_person_nouns")),
        role_after=_role_after_pattern(words("pair_person_roles")),
        role_before=_role_before_pattern(words("pair_person_roles")),
        bloc_ref=_bloc_ref_pattern(words("bloc_nouns")),
        slot_words=words("partner_slot_words"),
        partner_group=_partner_group_pattern(words("partner_group_nouns")),
        region_group=_region_group_pattern(words("partner_region_nouns")),
        state_nouns=words("partner_region_nouns")
        | frozenset(w for n in words("partner_group_nouns") for w in n.split()),
        short_name_skip=words("short_name_skip"),
        area_clause=_area_clause_pattern(
            words("area_clause_nouns"), words("area_clause_markers"), words("area_clause_verbs")
        ),
        not_partners=frozenset(str(w) for w in data.get("not_partners") or []),
        place_words=words("partner_place_words"),
        place_after=_place_after_pattern(words("place_head_nouns")),
        media_after=_media_after_pattern(words("partner_media_nouns")),
        topic_before=_topic_before_pattern(words("partner_topic_nouns")),
        member_ref=_member_ref_pattern(words("member_nouns")),
        generic_adjacent=words("generic_adjacent"),
        not_modifiers=words("not_modifiers"),
        member_clause=_member_clause_pattern(
            words("member_nouns"),
            words("member_clause_verbs"),
            words("member_clause_tell_verbs"),
            words("member_clause_listeners"),
        ),
        max_unknown_words=int(data["max_unknown_words"]),
        max_gap_chars=int(data["max_gap_chars"]),
        max_lead_words=int(data["max_lead_words"]),
        max_near_words=int(data["max_near_words"]),
        unlisted=_Unlisted(
            max_words=int(data.get("unlisted_max_words") or 0),
            coordinators=words("unlisted_coordinators"),
            item_end=words("unlisted_item_end"),
            markers=tuple(
                tuple(_tokens(str(m))) for m in data.get("unlisted_markers") or [] if str(m)
            ),
            fillers=words("unlisted_fillers"),
            not_words=words("unlisted_not_words"),
            not_heads=words("unlisted_not_heads"),
            verbs=words("unlisted_verbs"),
            suffixes=tuple(sorted(words("unlisted_noun_suffixes"))),
            compound_heads=words("unlisted_compound_heads"),
            verb_openers=words("unlisted_verb_openers"),
            gerund_openers=words("unlisted_gerund_openers"),
            subject_ends=words("unlisted_subject_ends"),
            adjective_suffixes=tuple(sorted(words("unlisted_adjective_suffixes"))),
            area_heads=words("unlisted_area_heads"),
            function_words=words("unlisted_function_words"),
            complement_heads=words("unlisted_complement_heads"),
        ),
    )


def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, in any case; None for no words."""
    if not words:
        return None
    return re.compile(rf"\b(?:{match.alternation(words)})\b", re.IGNORECASE)


def _deal_open_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A sentence opening with the deals just signed.

    "The agreements", "The documents signed", "A total of 15 documents", "Fifteen agreements".
    """
    if not nouns:
        return None
    alternation = match.alternation(nouns)
    return re.compile(
        r"[\"“‘']?(?:(?:The|These|Those|All\s+the|A\s+total\s+of\s+\w+|Some\s+\w+|\d+)"
        rf"\s+(?:[\w-]+\s+){{0,2}}?|[A-Z][a-z]+\s+)(?:{alternation})\b",
        re.IGNORECASE,
    )


def _bloc_ref_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A body named before, in the singular: "the bloc", "this organisation", "the group's"."""
    if not nouns:
        return None
    alternation = match.alternation(nouns)
    return re.compile(rf"\b(?:the|this|our)\s+(?:{alternation})\b(?!\s+of\b)", re.IGNORECASE)


def _member_ref_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A sentence opening with a bloc's members: "The (foreign) ministers also ..."."""
    if not nouns:
        return None
    return re.compile(
        rf"\s*(?:The|Its)\s+(?!two\b|both\b|three\b)(?:[a-z]+\s+)?(?:{match.alternation(nouns)})\b"
        r"(?!\s+of\b)"
    )


def _member_clause_pattern(
    nouns: frozenset[str],
    verbs: frozenset[str],
    tell: frozenset[str] = frozenset(),
    listeners: frozenset[str] = frozenset(),
) -> re.Pattern[str] | None:
    """A reported clause or a call whose subject is the members.

    "said (that) (the) members had ...", "called on member states to ...", "urged the
    competent authorities of the member states to ...": one of ``verbs`` then ``nouns``; or one
    of ``tell`` with its listener first (one of ``listeners`` or a name: "told reporters
    members had ...", "told CGTN"; not "told the participants that ...": they are listeners).
    """
    if not nouns or not verbs:
        return None
    told = (
        rf"|(?:{match.alternation(tell)})\s+(?:{match.alternation(listeners)}|[A-Z][\w-]*)"
        if tell and listeners
        else ""
    )
    return re.compile(
        rf"\b(?:{match.alternation(verbs)}{told})"
        r"(?:\s+(?:on|last)\s+[A-Z]?[a-z]+)?(?:\s+that)?\s+"
        r"(?:(?:the\s+)?(?:[a-z]+\s+){1,2}of\s+)?(?:the\s+|its\s+|all\s+)?"
        rf"(?!two\b|both\b|three\b)(?:[a-z]+\s+)?(?:{match.alternation(nouns)})\b(?!\s+of\b)"
    )


@functools.cache
def _bloc_names() -> frozenset[str]:
    """The blocs' full and short names ("Shanghai Cooperation Organisation", "SCO")."""
    names = bloc_names()
    return frozenset(names) | frozenset(names.values())


def _media_after_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """Media nouns right after a country's name or adjective ("Kazakh state media")."""
    if not nouns:
        return None
    return re.compile(rf"(?:['’]s)?\s+(?:{match.alternation(nouns)})\b", re.I)


def _topic_before_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """A topic noun and a preposition right before a place ("the situation in ")."""
    if not nouns:
        return None
    return re.compile(
        rf"\b(?:{match.alternation(nouns)})\s+(?:in|on|around|inside|of)\s+(?:the\s+)?$", re.I
    )


def _partner_group_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """The group noun before a partner's name: "partners from" in "with partners from China"."""
    if not nouns:
        return None
    return re.compile(
        r"\s+(?:its\s+|their\s+|our\s+)?(?:"
        + match.alternation(nouns).replace(r"\ ", r"\s+")
        + r")\s+(?:from|in|of)(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        re.I,
    )


def _region_group_pattern(nouns: frozenset[str]) -> re.Pattern[str] | None:
    """The group noun right after a region: "countries" in "Central Asian countries"."""
    if not nouns:
        return None
    return re.compile(rf"[ \t]+(?:{match.alternation(nouns)})\b", re.IGNORECASE)


def _area_clause_pattern(
    nouns: frozenset[str], markers: frozenset[str], verbs: frozenset[str]
) -> re.Pattern[str] | None:
    """Areas named by a relative clause, then listed: "areas where BRICS could deliver, such as".

    The group ``cue`` is where the list opens: a marker ("such as"), a colon, or a verb after
    a name ("Among the areas where Azerbaijan could contribute, Huseynli named ...").
    """
    if not (nouns and (markers or verbs)):
        return None
    alternatives = [r"(?P<colon>:)"]
    if markers:
        alternatives.append(rf"(?:,\s*|\s+)(?P<marker>{match.alternation(markers)})\b")
    if verbs:
        alternatives.append(
            rf",\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){{1,3}}(?P<verb>{match.alternation(verbs)})\b"
        )
    return re.compile(
        rf"\b(?:{match.alternation(nouns)})\s+(?:where|in\s+which)\s+[^.:;!?\n]{{3,100}}?"
        rf"(?:{'|'.join(alternatives)})",
        re.IGNORECASE,
    )


def _area_clause_hits(text: str, lex: _Lexicon) -> list[match.Hit]:
    """Cue hits where a list opens after an area clause ("areas where X leads: ...")."""
    if lex.area_clause is None or not (" where " in text or " in which " in text):
        return []
    out = []
    for found in lex.area_clause.finditer(text):
        group = next(g for g in ("colon", "marker", "verb") if found.group(g) is not None)
        a, b = found.span(group)
        out.append(match.Hit(a, b, text[a:b], ("cue", frozenset({"forward"}))))
    return out


def _role_after_pattern(roles: frozenset[str]) -> re.Pattern[str] | None:
    """A role noun after a country, past a possessive and up to three capitalised words."""
    if not roles:
        return None
    alternation = match.alternation(roles)
    return re.compile(
        rf"(?:['’]s)?\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}?(?:{alternation})\b", re.IGNORECASE
    )


def _role_before_pattern(roles: frozenset[str]) -> re.Pattern[str] | None:
    """From a country to the name its role introduces: "'s special envoy ", " Ambassador "."""
    if not roles:
        return None
    alternation = match.alternation(roles)
    return re.compile(
        rf"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:{alternation})[ \t]+", re.IGNORECASE
    )


def _pair_pattern(
    nouns: frozenset[str], bare: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    """Pair phrases: "the two NOUN", "our two NOUN", "both NOUN" and "the BARE" ("the sides").

    "the three NOUN" matches too, with the group ``three`` set: the parties are three; "the
    BARE" sets the group ``bare``: the phrase gives no number.
    """
    if not nouns:
        return None
    pattern = (
        rf"\b(?:(?:the|our|their)\s+(?:two|(?P<three>three))|both)\s+"
        rf"(?:{match.alternation(nouns)})\b"
    )
    if bare:
        pattern += rf"|\bthe\s+(?P<bare>{match.alternation(bare)})\b"
    return re.compile(pattern, re.IGNORECASE)


def _compiled(lexicon: LexiconSource) -> _Lexicon:
    return lexicons.compile_cached(lexicon, load_cooperation, _compile)


def area_table(lexicon: LexiconSource = None) -> pd.DataFrame:
    """Describe the cooperation areas.

    Args:
        lexicon: Optional user additions (see ``load_cooperation``).

    Returns:
        One row per area: ``area`` and ``category`` (categories, in lexicon order),
        ``n_terms`` (number of surface forms), ``terms`` (the forms joined by "; ").
    """
    data = load_cooperation(lexicon)
    lex = _compiled(lexicon)
    names = list(lex.areas)
    return pd.DataFrame(
        {
            "area": pd.Categorical(names, categories=names),
            "category": pd.Categorical([lex.areas[a] for a in names], categories=lex.categories),
            "n_terms": pd.array([len(data["areas"][a]["terms"]) for a in names], dtype="Int64"),
            "terms": pd.array(
                ["; ".join(data["areas"][a]["terms"]) for a in names], dtype="string"
            ),
        }
    )


# --- enumeration walking --------------------------------------------------------------------


class _Hit(NamedTuple):
    start: int
    end: int
    surface: str
    kind: str  # "area" or "cue"
    value: Any  # area name, or frozenset of cue roles


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _between_ok(gap: str, lex: _Lexicon) -> bool:
    """Whether ``gap`` may stand between two items of one enumeration."""
    if len(gap) > lex.max_gap_chars:
        return False
    run = 0
    sep_ready = False
    tail = 0  # words that end the item before the gap: "logistics hubs, customs"
    seen_sep = False
    complement = -1  # words of a complement inside an unlisted item ("on wanted persons")
    segment: list[str] = []  # the words since the last separator
    words = _TOKEN.findall(gap)
    for k, written in enumerate(words):
        tok = written.lower()
        segment.append(written)
        if (
            k + 1 < len(words)
            and words[k + 1].lower() in _DETERMINERS
            and _is_verb(tok, lex.unlisted)
        ):
            return False  # "forestry, and offered a port as ...": a verb and its object
        if tok in lex.separators:
            run, sep_ready, seen_sep, complement = 0, True, True, -1
            segment = []
        elif (
            run
            and complement < 0
            and tok in _COMPLEMENT_WORDS
            and _complement_head(segment[:-1], lex)
        ):
            complement = 0  # "the exchange of data on wanted persons", "... for extremist aims"
        elif tok in lex.connectors:
            if run and (complement >= 0 or words[k - 1].lower() in _INSIDE_ITEM):
                if tok not in _INSIDE_ITEM and tok not in _DETERMINERS:
                    run, sep_ready, complement = 0, False, -1
            elif run and tok not in _INSIDE_ITEM:
                run, sep_ready = 0, False
        elif tok in lex.stop:
            return False
        elif complement >= 0:
            complement += 1
            if complement > _MAX_COMPLEMENT_WORDS or not written.islower():
                return False
        else:
            if run == 0 and not sep_ready:
                if not seen_sep and tail < _MAX_ITEM_TAIL and _tail_word(written):
                    tail += 1
                    continue
                return False
            run += 1
            if run > lex.max_unknown_words:
                return False
    return seen_sep or not tail


#: Plain words a complement inside an unlisted item may hold: "on wanted persons".
_MAX_COMPLEMENT_WORDS = 4

#: Words that open a verb's object: "offered a port" is no gap between two items.
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})

#: Lower-case words that may end a known item before the next one ("logistics hubs,").
_MAX_ITEM_TAIL = 2


def _tail_word(tok: str) -> bool:
    """A plain lower-case word that may end an item: not a number, a verb form or a name."""
    return tok.isalpha() and tok.islower() and not tok.endswith(("ed", "ing"))


#: Connectors that may stand inside an unlisted item: "the exchange of information".
_INSIDE_ITEM = frozenset({"of"})


#: The value of the projects or deals between a cue and its list: "joint projects worth about
#: $5 billion in energy, ...", "agreements valued at 2.3 bn dollars in ...".
_WORTH = re.compile(
    r"\b(?:worth|valued\s+at|totall?ing)\s+(?:(?:about|around|some|over|nearly|almost|"
    r"approximately|roughly|more\s+than|up\s+to|an\s+estimated|at\s+least)\s+)?"
    r"(?:US\$|[$€£¥₹]|USD\s+|EUR\s+)?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|b)?\b"
    r"(?:\s+(?:dollars|euros|yuan|rubles|roubles|rupees|tenge|soums|manats))?",
    re.IGNORECASE,
)


def _lead_ok(gap: str, lex: _Lexicon, limit: int) -> bool:
    """Whether ``gap`` may stand between a cue and the nearest item."""
    if len(gap) > lex.max_gap_chars:
        return False
    if "worth" in gap or "valued" in gap or "total" in gap:  # (a cheap test before the regex)
        gap = _WORTH.sub(" ", gap)  # the value of the deals is no part of the list's lead
    toks = _tokens(gap)
    if len(toks) > limit:
        return False
    return all(
        t in lex.lead or t in lex.connectors or (t in lex.separators and not t.isalpha())
        for t in toks
    )


def _adjacent_ok(gap: str) -> bool:
    return len(gap) <= 3 and not gap.strip(" -\u2010\u2011")


class _Tok(NamedTuple):
    start: int
    end: int
    word: str  # as written
    low: str


class _Ctx(NamedTuple):
    """Where an enumeration may run: the sentence, and the names in it (never items)."""

    start: int
    limit: int
    names: tuple[tuple[int, int], ...]
    subject: bool = False  # the cue opens the subject: "Cooperation in ... is growing"


def _toks(text: str, start: int, end: int) -> list[_Tok]:
    return [
        _Tok(m.start(), m.end(), m.group(0), m.group(0).lower())
        for m in _TOKEN.finditer(text, start, end)
    ]


def _split(toks: list[_Tok], lex: _Lexicon) -> list[tuple[list[_Tok], list[_Tok]]]:
    """Split tokens at separators: ``(separators before, segment tokens)`` pairs.

    The first pair holds the tokens before the first separator (and no separators).
    """
    out: list[tuple[list[_Tok], list[_Tok]]] = [([], [])]
    for tok in toks:
        if tok.low in lex.separators and tok.low not in lex.unlisted.item_end:
            if out[-1][1] or len(out) == 1:
                out.append(([tok], []))
            else:
                out[-1][0].append(tok)
        else:
            out[-1][1].append(tok)
    return out


def _is_verb(word: str, u: _Unlisted) -> bool:
    return word in u.verbs or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


def _nounish(word: str, u: _Unlisted) -> bool:
    return word in u.compound_heads or word.endswith(u.suffixes)


def _item(text: str, toks: list[_Tok], lex: _Lexicon, ctx: _Ctx) -> _Hit | None | bool:
    """The unlisted item in one segment of an enumeration.

    Returns:
        The item as a ``_Hit`` of kind "unlisted"; None when the segment holds no content word
        ("and other areas", "etc"); False when it holds words that are no item (a name, a date,
        a verb, a clause, more than ``unlisted_max_words`` words).
    """
    u = lex.unlisted
    skip = lex.connectors | lex.lead | u.fillers
    i, j = 0, len(toks)
    while i < j and (toks[i].low in skip or not toks[i].word[0].isalnum()):
        i += 1
    while j > i and (toks[j - 1].low in u.fillers or not toks[j - 1].word[0].isalnum()):
        j -= 1
    core = toks[i:j]
    if not core:
        return None
    for k in range(1, len(core)):
        if (
            core[k].low in _COMPLEMENT_WORDS
            and _complement_head([t.word for t in core[:k]], lex)
            and (k == len(core) - 1 or _plain_complement(core[k + 1 :], lex))
        ):
            # "the exchange of information on wanted persons", "the use of drones by" (before
            # a known item: "... by terrorists")
            core = core[:k]
            break
    if u.max_words == 0 or len(core) > u.max_words:
        return False
    opener = toks[i - 1].low if i else ""
    if opener in u.verb_openers:
        return False  # "joining forces to share and develop"
    if any(t.low in ("a", "an") for t in toks[:i]):
        return False  # "..., and a similar arrangement with Indonesia is near": a new clause
    if len(core) > 1 and _is_verb(core[0].low, u) and core[1].low in _DETERMINERS:
        return False  # "..., and endorsed a proposal": a verb and its object
    if opener in u.gerund_openers and len(core) > 1 and core[0].low.endswith("ing"):
        return False  # "from bringing harmful ideas"
    for tok in core:
        if tok.low in lex.stop or tok.low in lex.separators or tok.low in u.not_words:
            return False
        if tok.low in u.item_end or tok.low in u.verbs:
            return False
        capital = tok.word[:1].isupper() and tok.start != ctx.start
        if capital and _is_acronym(tok.word) and len(tok.word) <= 5:
            capital = False  # "small-scale LNG", "the use of AI": a term, not a name
        if _YEAR.fullmatch(tok.word) or capital:
            return False
        if any(a < tok.end and tok.start < b for a, b in ctx.names):
            return False
    content = [t for t in core if t.low not in skip and t.word[0].isalnum()]
    if not content or all(t.word.isdigit() for t in content):
        return None if not content else False
    if (
        len(core) >= 3
        and core[-1].low.endswith("ing")
        and core[-2].low.endswith("s")
        and not core[-2].low.endswith("ss")
    ):
        core = core[:-1]  # "online scam centres operating (along the border)": a participle
    head = core[-1].low
    lows = [t.low for t in core]
    if head in u.not_heads and "of" in lows[1:-1]:
        # "the safe return of displaced people", "training of officials": the noun before
        # "of" heads the item
        head = lows[len(lows) - 1 - lows[::-1].index("of") - 1]
    if head in u.not_heads or head in u.function_words or _is_verb(head, u):
        return False  # "officials", "a host of other issues", "and agreed"
    if not head[0].isalnum():
        return False
    if len(core) == 1 and head.endswith(u.adjective_suffixes):
        return None  # "..., and on international and regional issues": an adjective alone
    start, end = core[0].start, core[-1].end
    return _unlisted_hit(start, end, text[start:end])


#: Prepositions whose phrase may complete an unlisted item of three or more words: "the
#: exchange of information on wanted persons", "the use of drones by terrorists".
_COMPLEMENT_WORDS = frozenset({"on", "about", "by", "for", "against", "in"})


def _complement_head(words: list[str], lex: _Lexicon) -> bool:
    """Whether ``words`` (as written) are an item that a prepositional phrase may complete.

    Either a noun phrase with "of" ("the exchange of data", "the use of the internet") or one
    of ``unlisted_complement_heads`` ("support" in "support for startups"); plain lower-case
    words, no verb, at most five of them after the lead words.
    """
    u = lex.unlisted
    skip = lex.connectors | lex.lead
    k = 0
    while k < len(words) and words[k].lower() in skip and words[k].lower() not in _INSIDE_ITEM:
        k += 1
    head = [w.lower() for w in words[k:]]
    if not 0 < len(head) <= 5 or head[0] in _INSIDE_ITEM or head[-1] in _INSIDE_ITEM:
        return False
    if not ("of" in head or (len(head) == 1 and head[0] in u.complement_heads)):
        return False
    return all(
        w in _INSIDE_ITEM
        or w in _DETERMINERS
        or (
            o.replace("-", "").isalpha()
            and o.islower()
            and w not in lex.stop
            and w not in u.item_end
            and not _is_verb(w, u)
        )
        for w, o in zip(head, words[k:], strict=True)
    )


def _ends_in_complement(toks: list[_Tok], lex: _Lexicon) -> bool:
    """Whether ``toks`` are an item and the preposition of the known item that completes it."""
    return (
        bool(toks)
        and toks[-1].low in _COMPLEMENT_WORDS
        and _complement_head([t.word for t in toks[:-1]], lex)
    )


def _plain_complement(toks: list[_Tok], lex: _Lexicon) -> bool:
    """Whether ``toks`` are one to four plain lower-case words: a complement, not a clause."""
    u = lex.unlisted
    return 0 < len(toks) <= 4 and all(
        t.word.replace("-", "").isalpha()
        and t.word.islower()
        and t.low not in lex.stop
        and t.low not in u.item_end
        and t.low not in u.verbs
        and t.low not in u.not_words
        for t in toks
    )


def _unlisted_hit(start: int, end: int, surface: str) -> _Hit:
    area = " ".join(surface.lower().split())
    return _Hit(start, end, surface, "unlisted", area)


def _gap_items(text: str, start: int, end: int, lex: _Lexicon, ctx: _Ctx) -> list[_Hit]:
    """Unlisted items between two known items ("trade, shipbuilding, energy")."""
    segments = _split(_toks(text, start, end), lex)
    out = []
    for k, (_, seg) in enumerate(segments[1:], start=1):
        if k == len(segments) - 1 and not _ends_in_complement(seg, lex):
            break  # the words right before the next known item modify it ("rice" exports)
        item = _item(text, seg, lex, ctx)
        if isinstance(item, _Hit):
            out.append(item)  # ... or are an item it completes: "the use of drones by"
    return out


def _lead_items(text: str, start: int, end: int, lex: _Lexicon, ctx: _Ctx) -> list[_Hit] | None:
    """Unlisted items between a cue and the first known item ("in shipbuilding, trade").

    Returns:
        The items (none for plain modifiers: "in rice exports"), or None when the gap is
        neither a list nor lead words and modifiers.
    """
    if end - start > lex.max_gap_chars:
        return None
    segments = _split(_toks(text, start, end), lex)
    if len(segments) < 2:  # "cooperation in rice exports", "in coast guard training"
        seg = segments[0][1]
        if _modifiers_ok(seg, lex, 2):
            return []
        if _ends_in_complement(seg, lex):
            # "in the exchange of information on [foreign terrorist fighters]"
            item = _item(text, seg, lex, ctx)
            return [item] if isinstance(item, _Hit) else []
        return None
    if not segments[0][1]:
        return None  # 'strategic partnerships, design expertise and technology': no list opens
    out = []
    for _, seg in segments[:-1]:
        item = _item(text, seg, lex, ctx)
        if item is False:
            return None
        if isinstance(item, _Hit):
            out.append(item)
    last = segments[-1][1]
    if not out or not (_modifiers_ok(last, lex, lex.max_unknown_words) or _of_lead(last, lex)):
        return None
    return out


def _of_lead(toks: list[_Tok], lex: _Lexicon) -> bool:
    """Whether ``toks`` are a short noun and "of" before a known item: "the repair of"."""
    low = [t.low for t in toks]
    while low and low[0] in ("the", "and", "or", "a", "an"):
        low = low[1:]
    return (
        2 <= len(low) <= 4
        and low[-1] == "of"
        and _modifiers_ok([t for t in toks if t.low != "of"][-(len(low) - 1) :], lex, 3)
    )


def _modifiers_ok(toks: list[_Tok], lex: _Lexicon, limit: int) -> bool:
    """Whether ``toks`` are lead words, then at most ``limit`` plain words before an item."""
    u = lex.unlisted
    skip = lex.connectors | lex.lead
    k = 0
    while k < len(toks) and toks[k].low in skip and toks[k].low not in lex.stop:
        k += 1
    rest = toks[k:]
    if len(rest) > limit:
        return False
    return all(
        t.word.replace("-", "").isalpha()  # ("cross-border power trade")
        and t.word.islower()
        and t.low not in skip
        and t.low not in u.fillers
        and t.low not in lex.stop
        and t.low not in u.item_end
        and not _is_verb(t.low, u)
        for t in rest
    )


def _clean_end(tok: _Tok, lex: _Lexicon) -> bool:
    if not tok.word[0].isalnum():
        return True  # punctuation, quotes, brackets, dashes
    return tok.low in lex.unlisted.item_end or tok.low in lex.partner_words


def _tail_items(
    text: str, pos: int, end: int, lex: _Lexicon, ctx: _Ctx, *, opened: bool = False
) -> tuple[list[_Hit], int]:
    """Unlisted items after the last known item, or after an area marker when ``opened``.

    The list must close with a coordinator ("trade, energy and aerospace") and end cleanly:
    at the end of the sentence, at punctuation or at an ``unlisted_item_end`` word; a last
    segment that runs into a clause ("..., and said talks would continue") is no item.

    Returns:
        The items and the end of the last one (``pos`` when there is none).
    """
    u = lex.unlisted
    if u.max_words == 0:
        return [], pos
    skip = lex.connectors | lex.lead | u.fillers
    segments: list[tuple[list[_Tok], list[_Tok]]] = [([], [])] if opened else []
    started = False  # a content word of the current segment was seen
    complement = -1  # words of a completing phrase: "the exchange of data on missing persons"
    tail_words = 0  # plain words ending the last known item
    for tok in _toks(text, pos, end):
        if tok.low in lex.separators and tok.low not in u.item_end:
            if segments and not segments[-1][1]:
                segments[-1][0].append(tok)
            else:
                segments.append(([tok], []))
            started, complement = False, -1
            continue
        if (
            started
            and complement < 0
            and tok.low in _COMPLEMENT_WORDS
            and _complement_head([t.word for t in segments[-1][1]], lex)
        ):
            complement = 0
            segments[-1][1].append(tok)
            continue
        if complement >= 0 and tok.word.isalpha() and tok.word.islower():
            complement += 1
            if complement <= _MAX_COMPLEMENT_WORDS and tok.low not in lex.stop:
                segments[-1][1].append(tok)
                continue
        boundary = tok.low in lex.stop or tok.low in u.item_end or not tok.word[0].isalnum()
        if not segments:  # words right after the last item, before any separator
            if tok.low in skip and tok.low not in lex.stop:
                continue
            if tail_words < _MAX_ITEM_TAIL and _tail_word(tok.word) and tok.low not in lex.stop:
                tail_words += 1  # "irrigation canals and ...": the item's own last word
                continue
            return [], pos
        if boundary and (started or tok.low not in skip):
            if not (_clean_end(tok, lex) or (ctx.subject and tok.low in u.subject_ends)):
                segments.pop()  # a clause starts here: "..., and said talks would continue"
            break
        segments[-1][1].append(tok)
        started = started or tok.low not in skip
    else:
        if end < ctx.limit:
            return [], pos  # ran into a known item the walk could not reach
    found = [(seps, _item(text, seg, lex, ctx)) for seps, seg in segments]
    if len(found) > 1 and found[-1][1] is False:
        found.pop()  # a last segment that is no item: "..., and agreed to meet again"
    if any(item is False for _, item in found):
        return [], pos
    last = max((k for k, (_, item) in enumerate(found) if item is not None), default=None)
    if last is None:
        return [], pos
    closed = any(t.low in u.coordinators for t in found[last][0])
    closed = closed or last < len(found) - 1  # "..., aerospace and others", "..., etc."
    if not (closed or (opened and len(found) == 1)):
        return [], pos
    hits = [item for _, item in found if isinstance(item, _Hit)]
    return hits, hits[-1].end


def _compound(text: str, hit: _Hit, end: int, lex: _Lexicon) -> _Hit | None:
    """An area term that modifies more words: "space weather forecasting" is no "space".

    Returns:
        The unlisted compound; for an adjective term ("veterinary inspection") the area
        term's hit, its ``end`` and surface reaching over the words it modifies (the area
        stands); None when no word follows.
    """
    u = lex.unlisted
    if u.max_words == 0 or text[hit.end : hit.end + 1] != " ":
        return None
    taken: list[_Tok] = []
    after: _Tok | None = None
    for tok in _toks(text, hit.end, end):
        low = tok.low
        plain = tok.word.isalpha() and tok.word.islower()
        known = low in lex.connectors or low in lex.lead or low in lex.stop
        known = known or low in lex.separators or low in u.item_end or low in lex.partner_words
        if plain and not known and low not in u.fillers and len(taken) < 3:
            taken.append(tok)
            continue
        after = tok
        break
    if not taken:
        return None
    if after is not None and not (_clean_end(after, lex) or after.low in lex.separators):
        return None
    head = taken[-1].low
    if head in u.not_heads or _is_verb(head, u) or head in u.not_words:
        return None
    if head in u.area_heads or hit.surface.lower().endswith(u.adjective_suffixes):
        # "veterinary inspection", "defence production": the area stands, the list goes on
        return hit._replace(end=taken[-1].end, surface=text[hit.start : taken[-1].end])
    if not _nounish(head, u) or len(taken) + 1 > u.max_words:
        return None
    return _unlisted_hit(hit.start, taken[-1].end, text[hit.start : taken[-1].end])


def _headed_by_next(text: str, hit: _Hit, after: _Hit | None, lex: _Lexicon) -> _Hit | None:
    """A term right before another that it forms one item with: "peacekeeping training".

    When the second term is an ``unlisted_area_heads`` word written right after the first (a
    space or a hyphen, or one or two plain words between), the item keeps the first term's
    area; when the first is one adjective ("medical tourism") or one noun right before the
    other ("climate finance"), the item is the second's.
    """
    if after is None:
        return None
    gap = text[hit.end : after.start]
    if (
        after.surface.lower() not in lex.unlisted.area_heads
        and " " not in hit.surface
        and hit.surface.lower().endswith(lex.unlisted.adjective_suffixes)
        and gap == " "
    ):
        # "medical tourism", "agricultural trade": an adjective term before a noun term is
        # one item, of the noun's area
        return after._replace(start=hit.start, surface=text[hit.start : after.end])
    if after.surface.lower() not in lex.unlisted.area_heads:
        if gap == " " and " " not in hit.surface and hit.kind == after.kind == "area":
            # "climate finance": one noun term before another is one item, headed by the last
            return after._replace(start=hit.start, surface=text[hit.start : after.end])
        return None
    if hit.end == after.start or not (_adjacent_ok(gap) or _plain_modifiers(gap, lex)):
        return None
    return hit._replace(end=after.end, surface=text[hit.start : after.end])


def _plain_modifiers(gap: str, lex: _Lexicon) -> bool:
    """One or two plain lower-case words between a term and its head: "water saving"."""
    words = gap.split()
    if not 1 <= len(words) <= 2 or not gap.startswith(" ") or not gap.endswith(" "):
        return False
    u = lex.unlisted
    return all(
        w.isalpha()
        and w.islower()
        and w not in lex.connectors
        and w not in lex.lead
        and w not in lex.stop
        and w not in lex.separators
        and w not in u.item_end
        and w not in u.fillers
        and w not in lex.partner_words
        and not _is_verb(w, u)
        for w in words
    )


def _walk_forward(
    hits: list[_Hit],
    pos: int,
    text: str,
    lex: _Lexicon,
    ctx: _Ctx,
    *,
    strong: bool = True,
    marker_from: int | None = None,
) -> tuple[list[int | _Hit], int]:
    """Walk an enumeration forward from ``pos``: known items (hit indices) and unlisted ones.

    With no known item and ``strong``, an area marker ("in the fields of") starting at
    ``marker_from`` (default ``pos``) opens a list of unlisted items.

    Returns:
        The items in text order and the end of the last one.
    """
    items: list[int | _Hit] = []
    areas = [j for j, h in enumerate(hits) if h.kind == "area" and h.start >= pos]
    start = pos
    for n, j in enumerate(areas):
        hit = hits[j]
        if hit.start < pos:
            continue
        gap = text[pos : hit.start]
        extra: list[_Hit] = []
        if items and _REPORTS_NEXT.match(text, hit.end):
            break  # "... in energy and trade, Kazakh media reported": the media are no item
        if items:
            ok = _between_ok(gap, lex)
            place = None if ok else lex.place_after.search(gap)
            if place is not None:
                # "safety of navigation and communication at sea, search and rescue": a place
                # phrase ends an item
                a, b = pos + place.start(), pos + place.end()
                blanked = text[:a] + " " * (b - a) + text[b:]  # same offsets, no place phrase
                ok = _between_ok(blanked[pos : hit.start], lex)
            if ok:
                source = text if place is None else blanked
                extra = _gap_items(source, pos, hit.start, lex, ctx)
        else:
            ok = _lead_ok(gap, lex, lex.max_lead_words)
            if not ok:
                lead = _lead_items(text, pos, hit.start, lex, ctx)
                ok = lead is not None and lex.unlisted.max_words > 0
                extra = lead or []
        if not ok:
            break
        items += extra
        nxt = hits[areas[n + 1]].start if n + 1 < len(areas) else ctx.limit
        headed = _headed_by_next(text, hit, hits[areas[n + 1]] if nxt < ctx.limit else None, lex)
        if headed is not None:
            # "peacekeeping training", "medical tourism": two terms, one item
            nxt = hits[areas[n + 2]].start if n + 2 < len(areas) else ctx.limit
            hit = headed
        wider = _premodified(text, hit, max([pos] + [e.end for e in extra]), lex)
        if wider is not None:
            hit = wider  # "container transportation", "dry ports": the whole item
        compound = _compound(text, hit, nxt, lex)
        if compound is not None:
            # "space weather forecasting" (unlisted); "veterinary inspection": the area's item,
            # as written
            items.append(compound)
        else:
            items.append(j if hit is hits[j] else hit)  # (the hit as found, or as widened)
        pos = compound.end if compound is not None else hit.end
        complement = _OF_COMPLEMENT.match(text, pos, nxt)
        if complement is None and nxt < ctx.limit:
            complement = _closing_complement(text, pos, hits, ctx)
        if complement is not None and not (
            set(complement.group(0).lower().split()[1:]) & (lex.stop | lex.unlisted.verbs)
        ):
            pos = complement.end()  # "training of personnel, border security": one item
            last = items[-1]
            item = hits[last] if isinstance(last, int) else last
            items[-1] = item._replace(end=pos, surface=text[item.start : pos])
    if items:
        nxt = min((h.start for h in hits if h.kind == "area" and h.start >= pos), default=None)
        tail, end = _tail_items(text, pos, ctx.limit if nxt is None else nxt, lex, ctx)
        items += tail
        return items, max(pos, end)
    if strong:
        opened = _marker_end(text, start if marker_from is None else marker_from, ctx.limit, lex)
        if opened is None and _IN_THEN_LIST.match(text, start):
            # "cooperation in machine tools, microelectronics and pharmaceuticals": three or more
            # unlisted items right after "in" (checked below), with no marker
            inside = _IN_THEN_LIST.match(text, start)
            nxt = min(
                (h.start for h in hits if h.kind == "area" and h.start >= inside.end()),
                default=None,
            )
            tail, end = _tail_items(
                text, inside.end(), ctx.limit if nxt is None else nxt, lex, ctx, opened=True
            )
            if len(tail) >= 3:
                return list(tail), end
        if opened is not None:
            nxt = min(
                (h.start for h in hits if h.kind == "area" and h.start >= opened), default=None
            )
            tail, end = _tail_items(
                text, opened, ctx.limit if nxt is None else nxt, lex, ctx, opened=True
            )
            if tail:
                return list(tail), end
    return items, pos


_PLAIN_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _premodified(text: str, hit: _Hit, floor: int, lex: _Lexicon) -> _Hit | None:
    """A term with the plain words that modify it in its item: "container transportation".

    Up to two lower-case words right before the term, after ``floor`` (the end of what the
    enumeration has taken), that are no cue, list, filler, function or verb word; None when
    there are none.
    """
    u = lex.unlisted
    if u.max_words == 0 or not hit.surface[:1].islower():
        return None
    taken: list[_Tok] = []
    for tok in reversed(_toks(text, floor, hit.start)):
        low = tok.low
        if (
            not _PLAIN_MODIFIER.fullmatch(tok.word)  # "dry", "cross-border"
            or low in lex.stop
            or low in lex.lead
            or low in lex.connectors
            or low in lex.separators
            or low in lex.partner_words
            or low in u.fillers
            or low in u.not_words
            or low in u.item_end
            or low in u.function_words
            or low in _DETERMINERS
            or low in lex.not_modifiers
            or _is_verb(low, u)
            or low.endswith("ing")  # "settling trade": a gerund's object, not its kind
        ):
            break
        taken.append(tok)
        if len(taken) == 2:
            break
    if not taken or text[taken[0].end : hit.start].strip():
        return None
    return hit._replace(start=taken[-1].start, surface=text[taken[-1].start : hit.end])


#: A reporting verb right after a term: the term is the subject of a new clause.
_REPORTS_NEXT = re.compile(r"\s+(?:reported|reports|said|says|wrote|writes|quoted)\b")

#: Closing quotation marks that may stand between a cue and its partner: 'cooperation" with'.
_CLOSING_MARKS = frozenset("\"”’'»")

#: "in" right after a strong cue, before a list: "cooperation in hydrogen, ammonia co-firing".
_IN_THEN_LIST = re.compile(r"\s+in\s+")
#: A short place phrase after an item: " at sea", " in the region", " along the border".
_PLACE_TAIL = re.compile(r"\s+(?:at|in|on|across|along|within)\s+(?:the\s+)?[a-z]+(?=\s)")


def _place_after_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """A place phrase before the separator that goes on to the next item: " at sea, search".

    Named places too (" between Central Asia and Southeast Asia, food security"), with one of
    ``heads`` after the name (" along the Trans-Caspian route, disaster risk reduction").
    """
    head = rf"(?:\s+(?:{match.alternation(heads)}))?" if heads else ""
    return re.compile(
        r"\s+(?:at|in|on|across|along|within)\s+(?:the\s+)?[a-z]+(?=\s*[,;])"
        r"|\s+(?:between|in|across|within|along)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?" + head + r"(?=\s*[,;])"
    )


#: A lower-case word right after an item: "[ governance] among the priority areas".
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?=\s)")


def _item_tail_then_lead(gap: str, lex: _Lexicon) -> bool:
    """Whether ``gap`` is up to ``_MAX_ITEM_TAIL`` words ending the item, then lead words."""
    pos = 0
    for _ in range(_MAX_ITEM_TAIL):
        word = _NEXT_WORD.match(gap, pos)
        if word is None or not _tail_word(word.group(1)):
            return False
        pos = word.end()
        if _lead_ok(gap[pos:], lex, lex.max_near_words):
            return True
    return False


#: An "of" complement after an item, up to the next separator or the end of the sentence:
#: "training [of personnel],", "and the training [of railway specialists]."
_OF_COMPLEMENT = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*|[A-Z]{2,5})(?:\s+[a-z][\w-]*){0,2}"  # ("of IT staff")
    r"(?=\s*(?:[,;.]|and\b|\Z))"
)


def _closing_complement(text: str, pos: int, hits: list[_Hit], ctx: _Ctx) -> re.Match[str] | None:
    """An "of" complement that ends the sentence and holds an area word as a modifier.

    In "... and the training of railway specialists." "railway" modifies "specialists": the
    complement belongs to "training", not a new item. A complement ending in an area word
    ("the development of energy.") is left to the list.
    """
    m = _OF_COMPLEMENT.match(text, pos, ctx.limit)
    if m is None or text[m.end() : ctx.limit].strip(" .\n") != "":
        return None
    if any(h.kind == "area" and h.start >= pos and h.end == m.end() for h in hits):
        return None
    return m


def _marker_end(text: str, pos: int, limit: int, lex: _Lexicon) -> int | None:
    """The end of "in the fields of" / "in areas such as" right after a cue, if there is one."""
    skip = lex.connectors | lex.lead | lex.unlisted.fillers
    toks = _toks(text, pos, limit)
    lead: list[_Tok] = []
    for tok in toks[: lex.max_lead_words]:
        if tok.low not in skip:
            break
        lead.append(tok)
    lows = [t.low for t in lead]
    best = None
    for marker in lex.unlisted.markers:
        for k in range(len(lows) - len(marker), -1, -1):
            if tuple(lows[k : k + len(marker)]) == marker:
                best = max(best or 0, lead[k + len(marker) - 1].end)
                break
    return best


def _walk_back(
    hits: list[_Hit], j_cue: int, text: str, lex: _Lexicon, first: str, ctx: _Ctx
) -> list[int | _Hit]:
    """Walk an enumeration back from a cue ("trade, shipbuilding and energy cooperation")."""
    items: list[int | _Hit] = []
    pos = hits[j_cue].start
    for j in range(j_cue - 1, -1, -1):
        hit = hits[j]
        if hit.kind != "area" or hit.end > pos:
            continue
        gap = text[hit.end : pos]
        extra: list[_Hit] = []
        if items:
            ok = _between_ok(gap, lex)
            if ok:
                extra = _gap_items(text, hit.end, pos, lex, ctx)
        elif first == "adjacent":
            ok = _adjacent_ok(gap)
        else:
            ok = _lead_ok(gap, lex, lex.max_near_words)
            if not ok and not items:
                # "search and rescue at sea as priority areas": a place after the last item
                tail = _PLACE_TAIL.match(gap)
                ok = tail is not None and _lead_ok(gap[tail.end() :], lex, lex.max_near_words)
                # "... and artificial intelligence governance among the priority areas": plain
                # words that end the last item
                ok = ok or _item_tail_then_lead(gap, lex)
        if not ok:
            break
        items += extra[::-1]
        items.append(j)
        pos = hit.start
    return items[::-1]


def _generic(item: int | _Hit, hits: list[_Hit], lex: _Lexicon) -> bool:
    """Whether an item is a word too broad to name an area on its own ("economic")."""
    hit = hits[item] if isinstance(item, int) else item
    return hit.surface.lower() in lex.generic_adjacent


# --- partners -------------------------------------------------------------------------------


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in name


def _short_form(name: str, text: str, skip: frozenset[str] | None = None) -> str:
    """A partner's short name: its abbreviation when it has one, else the name.

    With ``skip`` (the ``short_name_skip`` words), a name that opens the full name of an
    organisation written in ``text`` is that organisation ("the Commonwealth" after "the
    Commonwealth of Independent States" is the CIS).
    """
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    name = re.sub(r"['’]s$", "", name)
    if _is_acronym(name):
        return name
    if name in _known_abbreviations():
        return _known_abbreviations()[name]
    for full in _full_names_opening_with(skip).get(name, ()) if skip is not None else ():
        if full in text:
            return _known_abbreviations()[full]  # "the Commonwealth" after "... Independent States"
    found = re.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text)
    if not found or not _is_acronym(found.group(1)):
        return name
    short = found.group(1)
    if short[0] != name[:1].upper() or short in _known_abbreviations().values():
        return name  # "TASHKENT, Uzbekistan (AP) —": an agency's dateline, not an abbreviation
    return short


@functools.cache
def _known_abbreviations() -> dict[str, str]:
    """Organisation name -> abbreviation, from the organisations lexicon when it has one."""
    try:
        data = lexicons.load("organizations").get("organizations") or {}
    except lexicons.LexiconError:
        return {}
    out: dict[str, str] = {}
    for entry in data.values() if isinstance(data, Mapping) else []:
        if not isinstance(entry, Mapping):
            continue
        abbr = entry.get("abbreviation")
        if not (isinstance(abbr, str) and _is_acronym(abbr)):
            continue
        aliases = entry.get("aliases") or []
        for name in [entry.get("name"), *(aliases if isinstance(aliases, list) else [])]:
            if isinstance(name, str):
                out.setdefault(name, abbr)
    return out


@functools.cache
def _full_names_opening_with(skip: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """First word of a long organisation name -> the names: "Commonwealth" -> the CIS's.

    Only first words that open the names of one abbreviation, are no country and are not in
    ``skip`` (``short_name_skip``: "International", "United" open many names).
    """
    abbreviations = _known_abbreviations()
    out: dict[str, list[str]] = {}
    for full in abbreviations:
        first, _, rest = full.partition(" ")
        if rest and first.istitle() and first.lower() not in skip:
            out.setdefault(first, []).append(full)
    countries = _country_names()
    return {
        first: tuple(names)
        for first, names in out.items()
        if first not in countries and len({abbreviations[n] for n in names}) == 1
    }


def _mention_name(surface: Any, entity: Any, text: str, seen: Mapping[str, str]) -> str:
    for candidate in (surface, entity):
        if isinstance(candidate, str) and _is_acronym(candidate.strip()):
            return candidate.strip()
    name = entity if isinstance(entity, str) and entity else surface
    known = _known_abbreviations().get(name) or seen.get(name)
    return known or _short_form(str(name), text)


class _Slot(NamedTuple):
    start: int
    end: int
    clean: bool  # ended at a boundary word or punctuation, not in the middle of a phrase


#: At most this many tokens of partner names after "with": "with the SCO, the CIS and the
#: United Nations Office on Drugs and Crime" is 16.
_SLOT_TOKENS = 20


def _slot(text: str, pos: int, limit: int, lex: _Lexicon) -> _Slot | None:
    """The span of partner names after "with" / "between" at ``pos``, if there is one."""
    first = _FIRST_WORD.match(text, pos, limit)
    if first is None or first.group(1).lower() not in lex.partner_words:
        return None
    start = end = first.end()
    group = lex.partner_group.match(text, start, limit) if lex.partner_group else None
    if group is not None:
        start = end = group.end()  # "with partners from China and Russia": China and Russia
    toks = list(_TOKEN.finditer(text, start, min(limit, start + 120)))
    clean = len(toks) <= _SLOT_TOKENS
    for k, tok in enumerate(toks[:_SLOT_TOKENS]):
        word = tok.group(0)
        low = word.lower()
        nxt = toks[k + 1].group(0) if k + 1 < len(toks) else ""
        if word in {"(", ")", "&", "-", "'", "’"} or word[:1].isupper():
            end = tok.end()  # (and a plural's apostrophe: "the two countries' universities")
        elif word == ",":
            if not (nxt[:1].isupper() or nxt.lower() == "the"):
                clean = True
                break
        elif (low == "for" and not nxt[:1].isupper()) or not word[:1].isalnum():
            clean = True
            break
        elif low in lex.slot_words or (low == "on" and nxt[:1].isupper()):
            end = tok.end()  # (and "the UN Office on Drugs and Crime": inside a name)
        else:
            clean = low in lex.stop or low in lex.lead or low in lex.connectors
            clean = clean or low in lex.separators
            break
    return _Slot(start, end, clean) if end > start else None


def _unnamed_states(text: str, span: _Slot, lex: _Lexicon) -> bool:
    """Whether a partner slot names states without naming them: "with member states".

    Every word is a ``partner_slot_words`` word and one is a group noun
    (``partner_region_nouns`` or ``partner_group_nouns``).
    """
    words = _tokens(text[span.start : span.end])
    plain = all(w in lex.slot_words for w in words)
    return bool(words) and plain and bool(lex.state_nouns & set(words))


def _bloc_slot(text: str, pos: int, limit: int, lex: _Lexicon) -> int | None:
    """The end of "with the bloc" / "with the association" at ``pos``, if the slot is one."""
    first = _FIRST_WORD.match(text, pos, limit)
    if first is None or first.group(1).lower() not in lex.partner_words or lex.bloc_ref is None:
        return None
    ref = lex.bloc_ref.match(text, first.end() + 1, limit)
    if ref is None or text[first.end() : ref.start()].strip():
        return None
    members = _ITS_MEMBERS.match(text, ref.end(), limit)
    return members.end() if members is not None else ref.end()


#: "with the bloc and its member states in ...": the members go with the body.
_ITS_MEMBERS = re.compile(
    r"\s+and\s+(?:its|their)\s+(?:member\s+(?:states|countries|nations)|members|partners)\b"
)


def _slot_names(
    text: str, span: _Slot, mentions: list[tuple[int, int, str]] | None, lex: _Lexicon
) -> list[str]:
    s0, s1 = span.start, span.end
    if mentions:
        names = [name for ms, me, name in mentions if ms >= s0 and me <= s1]
        if names:
            return names
    names = []
    for piece in _SPLIT_NAMES.split(text[s0:s1]):
        paren = _PAREN.search(piece)
        if paren and _is_acronym(paren.group(1)):
            piece = paren.group(1)
        piece = re.sub(r"\s*\(.*$", "", piece).strip(" )")
        name = _NAME_RUN.search(piece)
        if name and name.group(0) not in lex.not_partners and name.group(0) not in _place_names():
            names.append(_short_form(name.group(0), text, lex.short_name_skip))
    return names


def _rule_names(
    text: str, bounds: tuple[int, int], hits: list[_Hit], lex: _Lexicon
) -> list[tuple[int, str]]:
    s0, s1 = bounds
    covered = [(h.start, h.end) for h in hits if h.kind == "area"]
    found: list[tuple[int, str]] = []
    for m in _ACRONYM.finditer(text, s0, s1):
        if m.group(0) in lex.not_partners:
            continue
        if any(a <= m.start() < b for a, b in covered):
            continue
        found.append((m.start(), m.group(0)))
    for h in hits:
        if h.kind == "cue" and "skip" in h.value and h.surface[:1].isupper():
            found.append((h.start, _short_form(h.surface, text)))
    return sorted(found)


def _usable(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Drop area terms that are part of a name or of a hyphenated compound ("film-making")."""
    starts = {h.start for h in hits}
    out = []
    for h in hits:
        if h.kind == "area":
            if _in_proper_name(text, h):
                continue
            if text[h.end : h.end + 1] == "-" and h.end + 1 not in starts:
                continue
        out.append(h)
    return out


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\S+)")
_BODY_NAME_GLUE = r"(?:of|on|and|for|the|&)"  # between words of a body's name
_NAME_WORD_BEFORE_GLUE = re.compile(rf"(\S+)[ \t]+(?:{_BODY_NAME_GLUE}[ \t]+){{1,2}}$")
_GLUE_THEN_NAME_WORD = re.compile(rf"[ \t]+(?:{_BODY_NAME_GLUE}[ \t]+){{1,2}}(\S+)")


def _in_proper_name(text: str, hit: _Hit) -> bool:
    """Whether a capitalised area term is part of a name ("Applied Radio System Technology")."""
    if not hit.surface[:1].isupper() or _is_acronym(hit.surface):
        return False
    before = _WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before and before.group(1)[:1].isupper() and before.group(1)[-1].isalnum():
        return True
    after = _WORD_AFTER.match(text, hit.end, hit.end + 40)
    if after and after.group(1)[:1].isupper():
        return True
    # "the UN Office on Drugs and Crime": title-case words across "on", "and", "of" (not
    # "AI and SMEs": abbreviations)
    if not _title_word(hit.surface.split()[0]):
        return False
    before = _NAME_WORD_BEFORE_GLUE.search(text, max(0, hit.start - 40), hit.start)
    after = _GLUE_THEN_NAME_WORD.match(text, hit.end, hit.end + 40)
    return bool(
        (before and _title_word(before.group(1)) and before.group(1)[-1].isalnum())
        or (after and _title_word(after.group(1)))
    )


def _title_word(word: str) -> bool:
    """A capitalised word that is no abbreviation: "Drugs", not "AI" or "SMEs"."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


# --- one sentence ---------------------------------------------------------------------------


#: Partner words a cue may end with ("work with", "partner with"); "in the field of" ends
#: with "of" but names an area, not a partner, after it.
_GLUED_PARTNER_WORDS = frozenset({"with", "between", "among", "amongst"})


def _sentence_rows(
    text: str,
    bounds: tuple[int, int],
    hits: list[_Hit],
    mentions: list[tuple[int, int, str]] | None,
    lex: _Lexicon,
    previous: list[str] | None = None,
    recent: list[str] | None = None,
    leaders: list[tuple[int, int, str]] | None = None,
    last_start: int | None = None,
) -> list[tuple[_Hit, list[str] | None]]:
    """Return ``(item, partners or None)`` for every item of an enumeration, in text order.

    An item is an area hit or an unlisted item (a ``_Hit`` of kind "unlisted").
    ``previous`` holds the partners of the article's last enumeration: "the two organisations"
    after "cooperation with ASEAN" keeps ASEAN as the partner when ASEAN is one of the two.
    ``recent`` holds them only when that enumeration was one or two sentences back: a
    sentence opening with "They" ("They also agreed to expand cooperation on ...") is about
    the same parties. ``leaders`` holds the people of the actors lexicon named in the article,
    with their countries: with no country or body in the sentence, the people named before
    its first cue stand for their countries ("Modi and Lula agreed to expand cooperation").
    ``last_start`` is where the sentence before starts: "The agreements cover cooperation in ..."
    is about the parties that sentence names as signing them.
    """
    context = any(h.kind == "cue" and h.value & _CONTEXT for h in hits)
    claimed: dict[tuple[int, int], list[str] | None] = {}
    found: dict[tuple[int, int], _Hit] = {}
    explicit: list[str] = []
    limit = bounds[1]
    names = tuple((s, e) for s, e, _ in mentions or [] if s < limit and e > bounds[0])
    ctx = _Ctx(bounds[0], limit, names)
    for j, cue in enumerate(hits):
        if cue.kind != "cue" or not cue.value & _ACTIVE:
            continue
        roles = cue.value
        partners: list[str] = []
        pos = cue.end
        last_word = text[cue.start : cue.end].rsplit(None, 1)[-1]
        glued = last_word.lower() in _GLUED_PARTNER_WORDS and " " in text[cue.start : cue.end]
        if glued:
            pos -= len(last_word)  # "work with ASEAN in trade": the cue ends with "with"
        while pos < limit and text[pos] in _CLOSING_MARKS:
            pos += 1  # 'would "deepen practical cooperation" with the bloc in ...'
        ref = _bloc_slot(text, pos, limit, lex)
        span = _slot(text, pos, limit, lex) if ref is None else None
        if ref is not None:
            # "cooperation with the association in trade ...": the body named last
            bodies = [m for m in mentions or [] if m[1] <= ref and m[2] not in _country_names()]
            partners = [bodies[-1][2]] if bodies else []
            pos = ref
        elif span is not None:
            partners = _slot_names(text, span, mentions, lex)
            pos = span.end if span.clean else limit
        if glued and not partners and not (span is not None and _unnamed_states(text, span, lex)):
            # "worked with children in schools": no partner, no cooperation; but "working with
            # member states on projects in ..." is cooperation with partners left unnamed
            continue
        items: list[int | _Hit] = []
        before = _toks(text, bounds[0], cue.start)
        subject = len(before) <= lex.max_lead_words and not any(
            t.low in lex.stop or _is_verb(t.low, lex.unlisted) for t in before
        )
        ctx = ctx._replace(subject=subject)
        if "adjacent" in roles:
            back = _walk_back(hits, j, text, lex, "adjacent", ctx)
            if len(back) == 1 and _generic(back[0], hits, lex):
                back = []  # "economic cooperation" on its own: cooperation, no area named
            items += back
        if "near" in roles and not items:
            items += _walk_back(hits, j, text, lex, "near", ctx)
        # outside a cooperation context, a weak cue right before an area marker still opens a
        # list that names a known area: "The corridor program covers areas including transport
        # infrastructure, energy ..." (but "The memos cover areas such as tax administration")
        weak = "forward_weak" in roles and context
        marked = (
            "forward_weak" in roles
            and not context
            and _marker_end(text, cue.end, limit, lex) is not None
        )
        weak = weak or marked
        if roles & {"forward", "near"} or weak:
            # a list of unlisted items only: after a strong cue and a marker ("cooperation in
            # the fields of"), or after a marker cue in a cooperation context ("areas such as")
            marker_from = pos if "forward" in roles else cue.start
            strong = "forward" in roles or "forward_weak" in roles
            ahead, last = _walk_forward(
                hits, pos, text, lex, ctx, strong=strong, marker_from=marker_from
            )
            if marked and not roles & {"forward", "near"}:
                ahead = ahead if any(isinstance(i, int) for i in ahead) else []
            if ahead and not partners:
                tail = _slot(text, last, limit, lex)
                if tail is not None and not _WITHIN.match(text, last):
                    # "... and early warning with Mekong countries"; but "Iran and China were
                    # discussing cooperation in ... within the SCO framework": the sentence's
                    # parties, with the SCO
                    partners = _slot_names(text, tail, mentions, lex)
            items += ahead
        explicit += partners
        for i in items:
            hit = hits[i] if isinstance(i, int) else i
            key = (hit.start, hit.end)
            if key not in claimed:
                claimed[key] = partners or None
                found[key] = hit
    if not claimed:
        return []
    if any(p is None for p in claimed.values()):
        fallback = _unique(explicit)
        ref = lex.bloc_ref.search(text, bounds[0], bounds[1]) if lex.bloc_ref else None
        if not fallback and ref is not None and mentions:
            # "the bloc should prioritise cooperation in ...": the organisation named last
            bodies = [m for m in mentions if m[1] <= ref.start() and m[2] not in _country_names()]
            fallback = [bodies[-1][2]] if bodies else []
        said = (
            lex.member_clause.search(text, bounds[0], min(k[0] for k in claimed))
            if not fallback and lex.member_clause is not None and mentions
            else None
        )
        if said is not None:
            # "Thai Prime Minister X, who chaired the summit, said members had agreed to
            # strengthen cooperation on ...": the body named last, not the speaker's country
            bodies = [m for m in mentions if m[1] <= said.start() and m[2] not in _country_names()]
            fallback = [bodies[-1][2]] if bodies else []
        pair_match = lex.pair.search(text, bounds[0], bounds[1]) if lex.pair is not None else None
        # "The parties discussed bilateral cooperation in ...": two countries
        bilateral = lex.pair_countries is not None and bool(
            lex.pair_countries.search(text, bounds[0], bounds[1])
        )
        pair = pair_match is not None
        # "the two blocs", "both organisations": bodies, not countries
        bodies_only = (
            pair_match is not None and pair_match.group(0).split()[-1].lower() in lex.pair_bodies
        )
        person_match = (
            lex.person_pair.search(text, bounds[0], bounds[1]) if lex.person_pair else None
        )
        people = person_match is not None
        # "the three countries", "the three leaders": three parties, not a pair
        size = (
            3 if any(m is not None and m.group("three") for m in (pair_match, person_match)) else 2
        )
        # "the two countries": two states, not the bloc that brokered their deal
        states = (
            pair_match is not None and pair_match.group(0).split()[-1].lower() in lex.pair_states
        )
        countries_only = people or bilateral or states
        if not fallback:
            spans = list(claimed)
            # "..., as Japan seeks to counter the influence of China and Russia": a clause
            # after the list is about something else
            aside = _ASIDE_AFTER.search(text, max(b for _, b in spans), bounds[1])
            end = aside.start() if aside is not None else bounds[1]
            if mentions is not None:
                fallback = _unique(
                    [
                        name
                        for ms, me, name in mentions
                        if bounds[0] <= ms
                        and me <= end
                        and not any(a < me and ms < b for a, b in spans)
                    ]
                )
            else:
                fallback = _unique([n for _, n in _rule_names(text, bounds, hits, lex)])
            if len(fallback) < 2 and (pair or people):
                # "The two ministers discussed ..., the Russian ministry said": one name in the
                # sentence is not the pair
                fallback = []
        if not fallback and leaders:
            # "Modi and Lula agreed ...", "Modi met Putin, and the two leaders agreed ..."
            first_cue = min(h.start for h in hits if h.kind == "cue")
            named = _unique(
                [
                    name
                    for ms, me, name in leaders
                    if bounds[0] <= ms
                    and me <= first_cue
                    and not _BY_BEFORE.search(text, max(bounds[0], ms - 4), ms)
                ]
            )  # not the agent of a passive: "The meeting will be chaired by X, and ..."
            if len(named) >= (2 if pair or people else 1):
                fallback = named
        if not fallback and (mentions or leaders) and (pair or people or bilateral):
            # "the two organisations", "both sides"; "the two leaders" stand for two countries
            named = mentions or []
            pool = [m for m in named if m[2] in _country_names()] if countries_only else named
            if bodies_only:
                pool = [m for m in named if m[2] not in _country_names()]
            fallback = []
            held = _holders(text, pool, leaders, lex)
            if people:
                # "the two ministers": the countries written before a minister's role, and
                # those of the known leaders named ("Prime Minister Shehbaz Sharif and Chinese
                # Premier Li Qiang ... The two premiers agreed ...")
                fallback = _last_n(held, bounds[0], size)
            if not fallback and not bodies_only and pair_match is not None:
                # "X held talks with Uzbek Prime Minister Y, and the two sides agreed ...": the
                # countries of the people who met, earlier in the same sentence
                met = _unique([n for s, e, n in held if bounds[0] <= s and e <= pair_match.start()])
                fallback = met if len(met) == size else []
            bare = pair_match is not None and pair_match.groupdict().get("bare") is not None
            if not fallback and bare:
                # "Xi and the leaders of Kazakhstan, Kyrgyzstan, ... and Uzbekistan signed ...
                # He proposed that the sides deepen cooperation in ...": all of them
                run = _joined_run(text, pool, bounds[0])
                if run:
                    lead = [n for s, _, n in held if run[0][0] - 200 <= s < run[0][0]]
                    fallback = _unique(lead + [m[2] for m in run])
            fallback = fallback or _joined_pair(text, pool, bounds[0], size=size)
            if states or size == 3:
                far = _joined_pair(text, pool, bounds[0], near_only=False, size=size)
                # "Kazakh President X and Uzbek President Y held talks ... the two countries"
                fallback = fallback or far or _last_n(held, bounds[0], size)
            fallback = fallback or _last_n(pool, bounds[0], size)
            # "Iranian President X and Prime Minister Shehbaz Sharif agreed ... The two sides
            # signed ...": with fewer than two names written, the countries of the people
            fallback = fallback or _last_n(held, bounds[0], size)
            if previous and (len(previous) > 1 or bodies_only) and set(previous) <= set(fallback):
                # the pair the article already set up ("the two organisations" after
                # "cooperation with ASEAN": ASEAN; but "the two sides" are two parties, never
                # the one partner of an earlier enumeration)
                fallback = list(previous)
        if not fallback and recent and _THEY_OPEN.match(text, bounds[0]):
            fallback = list(recent)  # "They also agreed ...": the parties just named
        if (
            not fallback
            and mentions
            and last_start is not None
            and lex.deal_open is not None
            and lex.deal_open.match(text, bounds[0])
        ):
            # "Kazakhstan and China signed 28 documents ... The agreements cover cooperation
            # in ...": the parties of the sentence before, else of the last enumeration
            signed = _unique([n for ms, me, n in mentions if last_start <= ms and me <= bounds[0]])
            fallback = signed if len(signed) >= 2 else list(previous or [])
        if not fallback and mentions and lex.member_ref is not None:
            member = lex.member_ref.match(text, bounds[0], bounds[1])
            if member is not None:
                # "Defence ministers of the SCO met ... The ministers also discussed
                # cooperation in ...": the bloc named last before; with no bloc named, the
                # parties of the article's last enumeration ("India and the five Central
                # Asian countries agreed to expand cooperation in ... The ministers also ...")
                blocs = [m for m in mentions if m[1] <= bounds[0] and m[2] in _bloc_names()]
                fallback = [blocs[-1][2]] if blocs else list(previous or [])
                pool = [m for m in mentions if m[2] in _country_names()]
                if not fallback and last_start is not None:
                    # "X met Russian Foreign Minister Y ... The ministers reviewed cooperation
                    # in ...": the two countries of the people who met in the sentence before
                    met = _unique(
                        [
                            name
                            for ms, me, name in _holders(text, pool, leaders, lex)
                            if last_start <= ms and me <= bounds[0]
                        ]
                    )
                    fallback = met if len(met) == 2 else []
                if not fallback:
                    # "Tajik President X and Uzbek President Y signed ... The presidents also
                    # discussed cooperation in ...": the article's people stand for two countries
                    countries = _unique(
                        [n for ms, me, n in _holders(text, pool, leaders, lex) if me <= bounds[0]]
                    )
                    parties = {n for ms, me, n in mentions if me <= bounds[0]}
                    # but not "Foreign ministers of the five Central Asian countries and Japan
                    # met ...": other parties named
                    two = len(countries) == 2 and parties <= set(countries)
                    fallback = countries if two else []
        claimed = {k: (p if p is not None else fallback) for k, p in claimed.items()}
    kept: list[tuple[_Hit, list[str] | None]] = []
    for key in sorted(claimed, key=lambda k: (k[0], k[0] - k[1])):
        if any(h.start < key[1] and key[0] < h.end for h, _ in kept):
            continue  # "space" inside the unlisted "space weather forecasting"
        kept.append((found[key], claimed[key]))
    return kept


#: "within" opening a partner slot: the frame of the cooperation, not its only party.
_WITHIN = re.compile(r"\s*within\b", re.IGNORECASE)

#: A sentence whose subject is "They" (or, quoted, "We"): the parties of the sentence before.
_THEY_OPEN = re.compile(r"[\"“]?(?:They|We)\s+(?!say\b|said\b|called\b)")

#: A clause set off after an enumeration: ", as ...", ", while ...", ", amid ...".
_ASIDE_AFTER = re.compile(
    r",\s+(?:as|while|amid|despite|although|though|because|since|even\s+as|whereas)\b"
    r"|,\s+and\s+(?:also\s+)?(?:[a-z]+ed|said|told|met|made|gave)\s"  # ", and offered Gwadar ..."
    # "... when they meet on the sidelines of the SCO summit in China": when, not with whom
    r"|\s+(?:when|once|after|before)\s+(?:they|he|she|we|the\s+two\s+[a-z]+)\s"
    # "..., Russian Deputy Prime Minister Alexei Overchuk told reporters": who said it
    r"|,\s+(?:[A-Z][\w'’.-]*\s+){1,7}(?:said|says|told)\b"
)


@functools.cache
def _not_partner_names() -> frozenset[str]:
    """Organisations-lexicon entries that are never partners.

    News outlets (a source of news), initiatives, corridors and agreements ("within the
    framework of the Belt and Road Initiative").
    """
    orgs = lexicons.load("organizations").get("organizations") or {}
    return frozenset(
        str(entry.get("name"))
        for entry in orgs.values()
        if isinstance(entry, Mapping) and entry.get("kind") in _NOT_PARTNER_KINDS
    )


_NOT_PARTNER_KINDS = frozenset({"media", "initiative", "agreement"})


@functools.cache
def _place_names() -> frozenset[str]:
    """Regions, seas and cities of the places lexicon that govern nothing: never a partner."""
    places = lexicons.load("places").get("places") or {}
    names: set[str] = set()
    for name, entry in places.items():
        if government_of(str(name)) is not None:
            continue  # "Moscow" stands for Russia
        names.add(str(name))
        names.update(str(a) for a in (entry or {}).get("aliases", []))
    return frozenset(names)


@functools.cache
def _country_names() -> frozenset[str]:
    """The display names of every country, as partner names carry them."""
    return frozenset(country_table()["name"].astype(str))


def _joined_pair(
    text: str,
    mentions: list[tuple[int, int, str]],
    before: int,
    *,
    near_only: bool = True,
    size: int = 2,
) -> list[str]:
    """The last two partner names joined by "and" before ``before``, within two paragraphs.

    "Uzbekistan and Turkmenistan agreed to ... Turkmen gas to China. ... the sides signed":
    the sides are the two named together, not the last two names. With ``near_only`` False
    the pair may be anywhere before ("Cambodia and Thailand have agreed ..." in the lead, "the
    two countries" four paragraphs on). With ``size`` 3 the names are three, joined by a comma
    and "and" ("Vietnam, Laos and Cambodia agreed ... the three countries").
    """
    start = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, before))))
    if not near_only:
        start = 0
    near = sorted(m for m in mentions if start <= m[0] and m[1] <= before)
    for k in range(len(near) - size, -1, -1):
        run = near[k : k + size]
        names = [m[2] for m in run]
        gaps = [text[a[1] : b[0]] for a, b in itertools.pairwise(run)]
        if (
            len(set(names)) == size
            and _AND_ONLY.fullmatch(gaps[-1])
            and all(_COMMA_ONLY.fullmatch(g) for g in gaps[:-1])
        ):
            return names
    return []


def _joined_run(
    text: str, mentions: list[tuple[int, int, str]], before: int
) -> list[tuple[int, int, str]]:
    """The last run of three or more names joined by commas and "and" before ``before``.

    "the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan".
    """
    near = sorted(m for m in mentions if m[1] <= before)
    for k in range(len(near) - 1, 1, -1):
        if not _AND_ONLY.fullmatch(text[near[k - 1][1] : near[k][0]]):
            continue
        j = k - 1
        while j > 0 and _COMMA_ONLY.fullmatch(text[near[j - 1][1] : near[j][0]]):
            j -= 1
        run = near[j : k + 1]
        if len({m[2] for m in run}) >= 3:
            return run
    return []


#: Only a comma between two names of a run: "Vietnam, Laos and Cambodia".
_COMMA_ONLY = re.compile(r",\s+")

#: Only "and" between two names: "Uzbekistan and Turkmenistan".
_AND_ONLY = re.compile(r"\s+and\s+")

#: "by" right before a name: "chaired by Mikhail Mishustin".
_BY_BEFORE = re.compile(r"\bby\s+$")


def _holders(
    text: str,
    pool: list[tuple[int, int, str]],
    leaders: list[tuple[int, int, str]] | None,
    lex: _Lexicon,
) -> list[tuple[int, int, str]]:
    """Countries standing for people, in text order.

    A country counts when written before a role ("Chinese Premier"), and each of ``leaders``
    (a person of the actors lexicon, or one introduced with a country and a role) counts for
    their country at their name.
    """
    held = [m for m in pool if lex.role_after is not None and lex.role_after.match(text, m[1])]
    return sorted(held + list(leaders or []))


def _last_n(mentions: list[tuple[int, int, str]], before: int, n: int = 2) -> list[str]:
    """The last ``n`` different partner names mentioned before ``before``.

    They come in the order of their first mentions ("Tajik Foreign Minister Nazarov and his
    Kyrgyz counterpart ... Nazarov said ...": Tajikistan, then Kyrgyzstan).
    """
    earlier = sorted(m for m in mentions if m[1] <= before)
    names: list[str] = []
    for _, _, name in reversed(earlier):
        if name not in names:
            names.append(name)
        if len(names) == n:
            break
    if len(names) < n:
        return []
    first: dict[str, int] = {}
    for k, (_, _, name) in enumerate(earlier):
        first.setdefault(name, k)
    return sorted(names, key=first.__getitem__)


# --- extraction -----------------------------------------------------------------------------


def _require(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{what} lacks column(s) {missing}; it has {list(frame.columns)}. "
            f"Pass the `{what}` table of a Corpus (see sco_toolkit.schema.TABLES)."
        )


def _is_active(payload: tuple[str, Any]) -> bool:
    return payload[0] == "cue" and bool(payload[1] & _ACTIVE)


def _sentence_index(
    sentences: pd.DataFrame,
) -> dict[Any, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``article_id -> (sentence ids, starts, ends)`` sorted by start, without a groupby."""
    codes, uniques = pd.factorize(sentences["article_id"])
    starts = sentences["start"].to_numpy(dtype=np.int64)
    ends = sentences["end"].to_numpy(dtype=np.int64)
    ids = sentences["sentence_id"].to_numpy(dtype=np.int64)
    order = np.lexsort((starts, codes))
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    out = {}
    for lo, hi in zip(np.r_[0, cuts], np.r_[cuts, len(order)], strict=True):
        rows = order[lo:hi]
        if len(rows) and codes[rows[0]] >= 0:
            out[uniques[codes[rows[0]]]] = (ids[rows], starts[rows], ends[rows])
    return out


#: A list item on its own line: a bullet ("-", "•", "*") or a number or letter ("1.", "b)").
_BULLET_LINE = re.compile(r"[ \t]*((?:[-–—•*·▪●]|\d{1,2}[.)]|[a-z]\)))[ \t]+\S")


def _with_list_blocks(
    text: str, ids: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Sentences with a list set out as lines joined to the sentence that introduces it.

    "... in the following areas:" and the two or more bulleted or numbered lines after it
    are one enumeration, so the cue reaches every line. Each joined span keeps the id of its
    introducing sentence.

    Returns:
        The sentence ids, starts and ends, and the text to walk: ``text`` itself, or a copy of
        the same length whose list markers ("1.", "b)") read as bullets, that is separators.
    """
    if ":" not in text or "\n" not in text:
        return ids, starts, ends, text
    keep = np.ones(len(starts), dtype=bool)
    new_ends = ends.copy()
    markers: list[tuple[int, int]] = []
    k = 0
    while k < len(starts) - 1:
        if not text[starts[k] : ends[k]].rstrip().endswith(":"):
            k += 1
            continue
        j = k + 1
        lines = []
        while j < len(starts) and (bullet := _BULLET_LINE.match(text, starts[j], ends[j])):
            lines.append(bullet.span(1))
            j += 1
        if len(lines) >= 2:
            new_ends[k] = ends[j - 1]
            keep[k + 1 : j] = False
            markers += lines
        k = max(j, k + 1)
    if keep.all():
        return ids, starts, ends, text
    chars = list(text)
    for a, b in markers:
        chars[a:b] = "•" + " " * (b - a - 1)
    return ids[keep], starts[keep], new_ends[keep], "".join(chars)


def _before_place(text: str, start: int, lex: _Lexicon) -> bool:
    """Whether the word before ``start`` makes a capital a place ("in Moscow", "to Hanoi")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and before.group(1).lower() in lex.place_words)


def _mentions_by_article(
    mentions: pd.DataFrame | None, texts: dict[str, str], wanted: set[str], lex: _Lexicon
) -> dict[str, list[tuple[int, int, str]]] | None:
    """Partner names per article: countries, organisations and capitals standing for states.

    A capital or seat of government ("Moscow", "the Kremlin") names its country's government
    ("Russia") unless it is written in capitals (a dateline) or follows a ``place_words`` word
    ("talks in Moscow", "a visit to Hanoi").
    """
    if mentions is None or mentions.empty:
        return None
    _require(mentions, ["article_id", "start", "end", "surface", "entity", "kind"], "mentions")
    kind = mentions["kind"].astype("string").str.lower()
    seat = (kind == "place").fillna(False) & mentions["entity"].astype("string").map(
        lambda e: isinstance(e, str) and government_of(e) is not None
    ).astype(bool)
    region = (kind == "place").fillna(False) & mentions["entity"].astype("string").isin(
        _region_names()
    ).fillna(False).astype(bool)
    keep = (kind.isin(_PARTNER_KINDS).fillna(False) | seat | region) & mentions["article_id"].isin(
        wanted
    )
    keep &= ~mentions["entity"].astype("string").isin(_not_partner_names()).fillna(False)
    usable = mentions[keep.to_numpy(dtype=bool)]
    usable = usable[usable["start"].notna() & usable["end"].notna()]
    usable = usable.sort_values(["article_id", "start"], kind="stable")
    surfaces = usable["surface"].astype("string")
    entities = usable["entity"].astype("string")
    acronym = surfaces.fillna("").map(_is_acronym).astype(bool) & entities.notna()
    seen: dict[tuple[str, str], str] = {}
    for aid, entity, surface in zip(
        usable["article_id"][acronym], entities[acronym], surfaces[acronym], strict=True
    ):
        seen.setdefault((aid, entity), surface)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, surface, entity in zip(
        usable["article_id"], usable["start"], usable["end"], surfaces, entities, strict=True
    ):
        text = texts.get(aid)
        surface = surface if isinstance(surface, str) and surface else None
        entity = entity if isinstance(entity, str) and entity else None
        if text is None or (surface is None and entity is None):
            continue
        if entity in _region_names():
            group = _region_group(text, int(s), int(e), surface, lex)
            if group is not None:
                out.setdefault(aid, []).append(group)
            continue
        if lex.media_after is not None and lex.media_after.match(text, int(e)):
            continue  # "an article in Kazakh media", "Russia's state television": the press
        if lex.topic_before is not None and lex.topic_before.search(
            text, max(0, int(s) - 40), int(s)
        ):
            continue  # "regional security, including the situation in Afghanistan": a topic
        line = text.rfind("\n", 0, int(s)) + 1
        if dateline_end(text, line) > int(s):
            continue  # "Jakarta, 5 August — Officials met", "VIENTIANE, Laos (AP) —": a dateline
        seat = government_of(entity) if entity else None
        if seat is not None and surface is not None:
            if surface.isupper() or _before_place(text, int(s), lex):
                continue  # a dateline ("BEIJING, July 3") or a place ("talks in Moscow")
            surface, entity = None, seat  # "Moscow and Minsk agreed": the governments
        local = {entity: seen[(aid, entity)]} if (aid, entity) in seen else {}
        name = _mention_name(surface, entity, text, local)
        out.setdefault(aid, []).append((int(s), int(e), name))
    return out


def _leaders_by_article(
    mentions: pd.DataFrame | None,
    wanted: set[str],
    texts: Mapping[str, str] | None = None,
    partners: Mapping[str, list[tuple[int, int, str]]] | None = None,
    lex: _Lexicon | None = None,
) -> dict[str, list[tuple[int, int, str]]]:
    """People standing for their countries per article, each with the name of their country.

    A person of the actors lexicon has the country it gives. Anyone else introduced with a
    country and a role right before their name ("Chinese special envoy Deng Xijun", "China's
    ambassador Wang Wei") has that country, at every mention of them ("Deng").
    """
    if mentions is None or mentions.empty or "kind" not in mentions.columns:
        return {}
    people = mentions[(mentions["kind"].astype("string") == "person").fillna(False).to_numpy()]
    people = people[people["article_id"].isin(wanted)]
    countries = _actor_countries()
    country_names = _country_names()
    introduced: dict[tuple[str, str], str] = {}
    if texts is not None and partners is not None and lex is not None and lex.role_before:
        # each article's country mentions by where they end, to look only just before a name
        ends = {
            aid: sorted((e, name) for _, e, name in found if name in country_names)
            for aid, found in partners.items()
        }
        for aid, s, entity in zip(
            people["article_id"], people["start"], people["entity"], strict=True
        ):
            if not isinstance(entity, str) or entity in countries or pd.isna(s):
                continue
            if (aid, entity) in introduced:
                continue
            near = ends.get(aid, [])
            first = bisect.bisect_left(near, (int(s) - _MAX_ROLE_GAP, ""))
            for ce, name in near[first : bisect.bisect_left(near, (int(s), ""))]:
                if lex.role_before.fullmatch(texts[aid], ce, int(s)):
                    introduced[(aid, entity)] = name
                    break
    out: dict[str, list[tuple[int, int, str]]] = {}
    for aid, s, e, entity in zip(
        people["article_id"], people["start"], people["end"], people["entity"], strict=True
    ):
        if not isinstance(entity, str) or pd.isna(s) or pd.isna(e):
            continue
        country = countries.get(entity) or introduced.get((aid, entity))
        if country is not None:
            out.setdefault(aid, []).append((int(s), int(e), country))
    return out


#: The most characters between a country and the name of the person its role introduces.
_MAX_ROLE_GAP = 60


@functools.cache
def _actor_countries() -> dict[str, str]:
    """Canonical actor name -> the display name of their country, from the people lexicon."""
    names = dict(zip(country_table()["iso3"], country_table()["name"], strict=True))
    return {
        str(actor["name"]): str(names[actor["country"]])
        for actor in people_lexicon()["actors"].values()
        if actor.get("country") in names
    }


def _region_group(
    text: str, start: int, end: int, surface: str | None, lex: _Lexicon
) -> tuple[int, int, str] | None:
    """A region with a group noun names a group of states: "Central Asian countries".

    The partner is written as in the text, with the noun ("Mekong countries"); a region on its
    own ("in Central Asia") is a place, never a partner. A surface that already ends with the
    noun ("Gulf states") counts as it is.
    """
    if lex.region_group is None or surface is None:
        return None
    if lex.region_group.search(" " + surface.rsplit(None, 1)[-1]) and " " in surface:
        return start, end, surface
    after = lex.region_group.match(text, end)
    if after is None:
        return None
    joined = _JOINED_BEFORE.search(text, max(0, start - 30), start)
    start = joined.start() if joined is not None else start  # "Lancang-Mekong countries"
    return start, after.end(), " ".join(text[start : after.end()].split())


#: A capitalised word joined by a hyphen right before a region: "Lancang-" in "Lancang-Mekong".
_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-Z]\w+-$")


@functools.cache
def _region_names() -> frozenset[str]:
    """Places of the places lexicon that are regions or continents (not cities or seas)."""
    places = lexicons.load("places").get("places") or {}
    return frozenset(
        str(name)
        for name, entry in places.items()
        if isinstance(entry, Mapping) and entry.get("type") in ("region", "continent")
    )


def extract_cooperation(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    lexicon: LexiconSource = None,
) -> pd.DataFrame:
    """Find the cooperation areas named in enumerations after cooperation cues.

    Only terms inside a cooperation enumeration count: "cooperation in trade and energy",
    "energy cooperation", "security as the priority area for cooperation". A bare "trade"
    elsewhere is theme evidence (``themes.extract_themes``), not a cooperation area.

    Args:
        articles: The ``articles`` table (``article_id``, ``text``).
        sentences: The ``sentences`` table of the same articles.
        mentions: Optional ``mentions`` table (``article_id, start, end, surface, entity,
            kind``); its countries, organisations and regions with a group noun ("Central
            Asian countries") name the partners, and its people of the actors lexicon stand for
            their countries when a sentence names no partner ("Modi and Lula agreed ...").
            Without it (None or empty) partners are found by simple rules (see the module
            docstring).
        lexicon: Optional user additions to the cooperation lexicon (see
            ``load_cooperation``).

    Returns:
        The ``cooperation`` table, one row per item of an enumeration: ``article_id,
        sentence_id``, ``area`` (normalised area, category dtype; for an unlisted item the item
        lower-cased), ``category`` (economy, security, connectivity, social_humanitarian,
        technology or environment; "unlisted" for an item no area term names), ``partner``
        (partner names joined by "; ", NA when none is found), ``surface`` (the term as
        written), ``start, end`` (``articles.text[start:end] == surface``). Rows are in text
        order.

    Examples:
        >>> from sco_toolkit.sentences import split_sentences
        >>> text = "Russia seeks cooperation with ASEAN in trade and high technologies."
        >>> arts = pd.DataFrame({"article_id": ["a1"], "text": [text]})
        >>> out = extract_cooperation(arts, split_sentences(arts))
        >>> out[["area", "partner", "surface"]].values.tolist()
        [['trade', 'ASEAN', 'trade'], ['high technology', 'ASEAN', 'high technologies']]
    """
    lex = _compiled(lexicon)
    _require(articles, ["article_id", "text"], "articles")
    _require(sentences, ["article_id", "sentence_id", "start", "end"], "sentences")
    if articles.empty or sentences.empty:
        return _with_categories(empty_table("cooperation"), lex)
    keep = articles["text"].map(lambda t: isinstance(t, str) and bool(t)).astype(bool)
    arts = articles.loc[keep, ["article_id", "text"]]
    texts = dict(zip(arts["article_id"], arts["text"], strict=True))
    index = _sentence_index(sentences)
    pending: list[tuple[str, int, tuple[int, int], list[_Hit], int | None]] = []
    walk: dict[str, str] = {}  # texts whose list markers read as separators
    for aid, text in texts.items():
        clauses = _area_clause_hits(text, lex)
        if not clauses and not match.find(lex.cue_matcher, text, overlapping=True):
            continue  # no cooperation cue anywhere in the article
        found = match.find(lex.matcher, text)
        if clauses:
            found = sorted(found + clauses, key=lambda h: (h.start, -h.end))
        if aid not in index or not any(_is_active(h.payload) for h in found):
            continue
        ids, starts, ends, text = _with_list_blocks(text, *index[aid])
        places = np.searchsorted(starts, [h.start for h in found], side="right") - 1
        for place, group in itertools.groupby(zip(places, found, strict=True), key=lambda x: x[0]):
            raw = [h for _, h in group]
            if not any(_is_active(h.payload) for h in raw):
                continue
            k = max(int(place), 0)
            hits = _usable(text, [_Hit(h.start, h.end, h.surface, *h.payload) for h in raw])
            last = int(starts[k - 1]) if k > 0 else None
            pending.append((aid, int(ids[k]), (int(starts[k]), int(ends[k])), hits, last))
        if text is not texts[aid]:
            walk[aid] = text
    by_article = _mentions_by_article(mentions, texts, {aid for aid, *_ in pending}, lex)
    leaders = _leaders_by_article(
        mentions, {aid for aid, *_ in pending}, texts, by_article or {}, lex
    )
    rows: list[tuple[str, int, str, str, Any, str, int, int]] = []
    previous: dict[str, list[str]] = {}
    previous_at: dict[str, int] = {}
    for aid, sid, span, hits, last in pending:
        art_mentions = None if by_article is None else by_article.get(aid, [])
        recent = previous.get(aid) if sid - previous_at.get(aid, -9) <= 2 else None
        found = _sentence_rows(
            walk.get(aid, texts[aid]),
            span,
            hits,
            art_mentions,
            lex,
            previous.get(aid),
            recent,
            leaders.get(aid),
            last,
        )
        for _, partners in found:
            if partners:
                previous[aid] = partners
                previous_at[aid] = sid
        for hit, partners in found:
            partner = "; ".join(partners) if partners else pd.NA
            if "\n" in texts[aid][span[0] : hit.start]:
                # an item on a line of a list joined to its introduction: that line's sentence
                line_ids, line_starts, _ = index[aid]
                at = int(np.searchsorted(line_starts, hit.start, side="right")) - 1
                sid = int(line_ids[max(at, 0)])
            rows.append(
                (
                    aid,
                    sid,
                    hit.value,
                    lex.areas.get(hit.value, UNLISTED) if hit.kind == "area" else UNLISTED,
                    partner,
                    hit.surface,
                    hit.start,
                    hit.end,
                )
            )
    frame = pd.DataFrame(
        rows,
        columns=[
            "article_id",
            "sentence_id",
            "area",
            "category",
            "partner",
            "surface",
            "start",
            "end",
        ],
    )
    return _with_categories(conform(frame, "cooperation"), lex)


def _with_categories(table: pd.DataFrame, lex: _Lexicon) -> pd.DataFrame:
    """Areas in lexicon order, then the unlisted ones found (sorted); categories likewise."""
    out = table.copy()
    listed = list(lex.areas)
    known = set(listed)
    unlisted = sorted({str(a) for a in out["area"].dropna() if str(a) not in known})
    out["area"] = out["area"].cat.set_categories(pd.Index(listed + unlisted, dtype="string"))
    categories = [c for c in lex.categories if c != UNLISTED] + [UNLISTED]
    out["category"] = out["category"].cat.set_categories(pd.Index(categories, dtype="string"))
    return out
