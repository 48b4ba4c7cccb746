"""People in an article: name detection, roles, and resolving a speaker mention to a person.

Works for people no lexicon knows: a person is a run of two to four capitalised words that are
not an organisation, country or place, or one capitalised word after an honorific
("Mr Blair"). Roles are attached from titles ("Secretary-General Zhang Ming") and appositives
("Zhang Ming, the secretary-general of the SCO," / "The secretary-general of the SCO, Zhang
Ming,"). A later surname ("Zhang", "Mr Blair"), role noun ("the secretary-general") or pronoun
("he") is resolved to the person it refers to. Domain words come from ``lexicons/people.yaml``.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from sco_toolkit import lexicons
from sco_toolkit.entities import country_adjectives, government_of
from sco_toolkit.match import alternation, build_matcher, find
from sco_toolkit.quote_marks import find_quote_spans
from sco_toolkit.schema import conform, empty_table
from sco_toolkit.sentences import CALENDAR_WORDS, abbreviations, dateline_end, sentence_bounds

__all__ = [
    "Person",
    "Registry",
    "build_registries",
    "build_registry",
    "classify_source",
    "people_lexicon",
    "person_mentions",
    "plural_role",
]

_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}


@dataclass
class Person:
    """One person in an article, with every place they are mentioned."""

    name: str
    tokens: tuple[str, ...]
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spoke_at: list[int] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # mentions that open their sentence
    evidence: bool = False  # a title, role, honorific or known actor: may be a speaker
    named: bool = False  # written the way people are ("..., who", surname alone): a mention
    age: int | None = None  # "Jo Roe, 46," or "the 46-year-old Jo Roe"
    # the family name was inferred ("his mother, Giselle,"): the text names her by given name
    # only, so the family name alone ("Mr Pakeerah") is her relative, not her
    given_only: bool = False
    lowered: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.rename(self.name, self.tokens)

    def rename(self, name: str, tokens: tuple[str, ...]) -> None:
        """Set the canonical name and its tokens (kept in lower case for lookups)."""
        self.name, self.tokens = name, tokens
        self.lowered = tuple(t.lower().strip(".") for t in tokens)

    @property
    def role(self) -> str | None:
        """The first role seen for this person, or None."""
        return self.roles[0] if self.roles else None


#: A speech verb or "speaking" right after a name: "Jo Roe, speaking in Parliament, added".
_SPEAKS_NEXT = re.compile(r"(?:,\s+speaking\b|\s+(?:said|says|told|added|noted|stressed)\b)")


@dataclass
class Registry:
    """The people of one article, in order of first mention."""

    people: list[Person] = field(default_factory=list)
    #: ``(offset, gender)`` of unnamed sources whose noun gives a gender ("a spokeswoman")
    unnamed_spoke: list[tuple[int, str | None]] = field(default_factory=list)
    #: ``(offset, role)`` of unnamed sources with a role ("a senior official told ..."), so
    #: that "the official said" after them is that unnamed official, not a named one before
    unnamed_roles: list[tuple[int, str]] = field(default_factory=list)
    #: names written after an organisation noun ("investment bank Merrill Lynch"): bodies
    org_names: set[str] = field(default_factory=set)
    #: ``(start, end, name)`` of the named bodies that spoke (the source as written and the
    #: name it resolved to), so that "the company said" right after "Sibir Energia reported"
    #: is that company
    bodies_spoke: list[tuple[int, int, str]] = field(default_factory=list)
    #: sorted ``(start, end)`` of the quotations in the article: a name inside one is the
    #: speaker's words, not the article's new subject
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: sorted start offsets of the article's sentences
    sentence_starts: list[int] = field(default_factory=list)
    #: sorted start offsets of the article's paragraphs (lines)
    paragraph_starts: list[int] = field(default_factory=list)

    def _paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos)

    def _sentences_apart(self, a: int, b: int) -> int:
        """How many sentences outside quotations start after ``a`` up to ``b`` (0: the same)."""
        starts = self.sentence_starts
        between = starts[bisect.bisect_right(starts, a) : bisect.bisect_right(starts, b)]
        return sum(1 for s in between if self._outside_quotes(s))

    def _outside_quotes(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, math.inf)) - 1
        return i < 0 or not (self.quoted[i][0] <= pos < self.quoted[i][1])

    def by_token(self, token: str, before: int, gender: str | None = None) -> Person | None:
        """The most recently mentioned person with ``token`` as a surname or given name.

        With ``gender`` (from "Mr"/"Mrs" before the token), people of the other gender are
        left out: "Mr Jackson" after "his mother Katherine Jackson" is not her.
        """
        token = token.strip(".").lower()
        best: tuple[int, int, Person] | None = None
        for person in self.people:
            lowered = person.lowered
            if token not in lowered or (gender and person.gender not in (None, gender)):
                continue
            if person.given_only and token != lowered[0]:
                continue
            last = max((s for s, _ in person.mentions if s < before), default=-1)
            if last < 0:
                continue
            rank = 1 if lowered[-1] == token else 0
            key = (rank, last)
            if best is None or key > best[:2]:
                best = (rank, last, person)
        return best[2] if best else None

    def by_role(
        self,
        role_words: set[str],
        before: int,
        country: set[str] | None = None,
        *,
        qualified: set[str] | None = None,
        unqualified_only: bool = False,
        countryless_only: bool = False,
        describing: bool = False,
        any_role: bool = False,
        blocs_only: bool = False,
        body_words: frozenset[str] | None = None,
    ) -> Person | None:
        """The most recently mentioned person holding one of ``role_words``.

        With ``country`` (lower-cased names of the country qualifying the role noun, "the
        Malaysian minister"), people whose roles name that country count, and a
        "counterpart" of that country holds any role; when there is none, people whose roles
        name no place at all ("Prime Minister") do.
        """
        if country:
            found = self.by_role(role_words, before, None, qualified=country)
            if found is not None:
                return found
            if describing:
                # "the Russian diplomat" after "Jo Roe, a deputy director of the Russian Foreign
                # Ministry's department": whoever the article tied to that country
                found = self.by_role(role_words, before, None, qualified=country, any_role=True)
                if found is not None:
                    return found
            found = self.by_role(role_words, before, None, unqualified_only=True)
            if found is not None:
                return found
            if not describing:
                return None
            # "the Filipino diplomat" after "the secretary-general of ASEAN, Maria Cruz": a role
            # that names a body but no other country
            found = self.by_role(role_words, before, None, countryless_only=True)
            if found is not None:
                return found
            # ... whatever the post, when it is in an intergovernmental body ("the Kazakh
            # diplomat" after "Jo Roe, the Executive Director of the CICA Secretariat")
            return self.by_role(
                role_words, before, None, countryless_only=True, any_role=True, blocs_only=True
            )
        found: list[tuple[int, Person]] = []
        for person in self.people:
            if not person.evidence:
                continue
            held = {w for r in person.roles for w in _held_heads(r)}
            if qualified:
                written = " ".join(person.roles).lower()
                if not any(re.search(rf"\b{re.escape(c)}\b", written) for c in qualified):
                    continue
                if "counterpart" in held or "counterpart" in role_words:
                    held |= role_words  # ("his Chinese counterpart" holds any Chinese post)
            if unqualified_only and any(_qualifier_words(r) for r in person.roles):
                continue
            if countryless_only and any(
                w.lower() in country_words() for r in person.roles for w in _qualifier_words(r)
            ):
                continue
            if blocs_only and not any(_names_a_bloc(r) for r in person.roles):
                continue
            if body_words and not body_words & _content_words(" ".join(person.roles)):
                continue
            if not held & role_words and not (any_role and person.roles):
                continue
            if any_role and not held & role_words and held and held <= _leaders():
                continue  # "the Kazakh diplomat" is no president of Kazakhstan
            last = max((s for s, _ in person.mentions if s < before), default=-1)
            if last >= 0:
                found.append((last, person))
        if not found:
            return None
        found.sort(key=lambda x: x[0], reverse=True)
        last, person = found[0]
        if not any(t < before for t in person.spoke_at) and last not in person.subject_at:
            # "... has invited ASEAN Secretary-General Jo Roe to the summit. The
            # secretary-general pointed out ...": a holder named only as an object, who has not
            # spoken, is not the one meant when another holder has
            for _, other in found[1:]:
                if any(t < before for t in other.spoke_at):
                    return other
            # "President X held talks with President of China Y. The Head of State noted ...":
            # nobody has spoken yet, so the holder who was the subject, not the one met
            for other_last, other in found[1:]:
                if other_last in other.subject_at:
                    return other
        return person

    def introduced_after(self, role_words: set[str], after: int, phrase: str) -> Person | None:
        """The person first named with ``phrase``'s post one or two sentences after ``after``.

        A wire lead names the post ("Thailand's defence minister said on Tuesday ...") and the
        next paragraph the person ("Defence Minister Jo Roe told his counterparts ...").
        """
        for person in self.people:
            first = min((s for s, _ in person.mentions), default=-1)
            if first <= after or not person.evidence or not self._outside_quotes(first):
                continue
            held = {w for r in person.roles for w in _held_heads(r)}
            # the post as written: "the foreign secretary" is not the home secretary
            same = phrase in held if " " in phrase else bool(held & role_words)
            if same and 1 <= self._sentences_apart(after, first) <= 2:
                return person
        return None

    def named_in_sentence(self, person: Person, at: int) -> bool:
        """Whether ``person`` is named after ``at`` in the sentence that holds ``at``."""
        i = bisect.bisect_right(self.sentence_starts, at)
        end = self.sentence_starts[i] if i < len(self.sentence_starts) else math.inf
        return any(at < s < end for s, _ in person.mentions)

    def named_next(self, after: int, post: str = "", text: str | None = None) -> Person | None:
        """The one person first named in the sentence after ``after``, if that person has no post.

        A wire lead names the post ("Iran's deputy minister of trade said on Sunday ...") and
        the next sentence only the name ("Speaking at a forum, Jo Roe said ...", or with
        ``text``, "Jo Roe, speaking in Parliament, added ...").
        """
        new = [
            (first, p)
            for p in self.people
            if (first := min((s for s, _ in p.mentions), default=-1)) > after
            and self._sentences_apart(after, first) == 1
            and self._outside_quotes(first)
        ]
        ranks = people_lexicon()["ranks"]
        words = set(post.lower().split())
        if len(new) != 1 or any(
            # (a rank is no post: "Brigadier General Jo Roe made the remarks"; ``post`` is the
            # one this lead gave, asked again by its second cue, or one the person's own post
            # holds word for word: "its vice-president" and "the bank's vice-president and
            # chief operating officer")
            r.lower() not in ranks and r != post and not (words and words <= set(r.lower().split()))
            for r in new[0][1].roles
        ):
            return None
        first, person = new[0]
        if text is not None and len(person.tokens) > 1:
            end = min(e for s, e in person.mentions if s == first)
            if _SPEAKS_NEXT.match(text, end):
                return person  # "Jo Roe, speaking in Parliament, added": someone who speaks
        # written the way people are (not "the GameBoy Advance" named after a company's post)
        return person if person.evidence or person.named or person.gender else None

    def nearest(self, before: int) -> Person | None:
        """The person named last before ``before`` ("the youngster" after "Jo Roe")."""
        best: tuple[int, Person] | None = None
        for person in self.people:
            last = max((s for s, _ in person.mentions if s < before), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, person)
        return best[1] if best else None

    def first_named(self) -> Person | None:
        """The person the article names first."""
        named = [
            (min(s for s, _ in p.mentions), i) for i, p in enumerate(self.people) if p.mentions
        ]
        return self.people[min(named)[1]] if named else None

    def protagonist(self, before: int) -> Person | None:
        """The person the article names most often before ``before`` (at least twice).

        "The presenter said" in a story about Cat Deeley, when nobody was given that role.
        Ties go to the person named first.
        """
        best: tuple[int, int, Person] | None = None
        for person in self.people:
            seen = [s for s, _ in person.mentions if s < before]
            if len(seen) < 2:
                continue
            key = (len(seen), -min(seen))
            if best is None or key > best[:2]:
                best = (*key, person)
        return best[2] if best else None

    def by_pronoun(
        self,
        gender: str | None,
        before: int,
        recent_window: int = 600,
        content_from: int | None = None,
    ) -> Person | None:
        """Resolve a pronoun: a recent speaker first, else the nearest earlier person.

        Candidates are people with a title, role or statement, people who open a sentence,
        and people whose gender matches the pronoun's. A person who opens a sentence
        after the last statement is the new subject and wins over the recent speaker, unless
        that sentence is what the pronoun says (``content_from``: "Mr Blair had been hurt,
        he added" is the last speaker's, not Mr Blair's).
        """
        candidates = [
            p
            for p in self.people
            if (p.evidence or p.spoke_at or p.subject_at or (gender and p.gender == gender))
            and (gender is None or p.gender in (None, gender))
        ]
        speakers = [
            (max(t for t in p.spoke_at if t < before), p)
            for p in candidates
            if any(t < before for t in p.spoke_at)
        ]
        nearest = [
            (max(s for s, _ in p.mentions if s < before), p)
            for p in candidates
            if any(s < before for s, _ in p.mentions)
        ]
        if self.quoted:
            # "'... so was UKIP leader Roger Knapman,' ... he believes": a name inside a
            # quotation is not whom the article's next "he" means
            outside = [
                (max(s for s, _ in p.mentions if s < before and self._outside_quotes(s)), p)
                for p in candidates
                if any(s < before and self._outside_quotes(s) for s, _ in p.mentions)
            ]
            nearest = outside or nearest
        if not nearest:
            return None
        last_mention, nearest_person = max(nearest, key=lambda x: x[0])

        def said(t: int) -> bool:  # a subject inside what the pronoun's cue reports
            return content_from is not None and content_from <= t

        if speakers:
            last_spoke, speaker = max(speakers, key=lambda x: x[0])
            own = self._paragraph(last_spoke)

            def background(p: Person, t: int) -> bool:
                # a leader the lexicon knows, who never speaks, named in the speaker's own
                # paragraph, when the pronoun opens the next one: "In Roe's view, ... Prime
                # Minister Narendra Modi skipped the summit. \n He cautioned ..." is Roe
                return (
                    not p.spoke_at
                    and self._paragraph(t) == own != self._paragraph(before)
                    and p.name.lower() in people_lexicon()["actors"]
                )

            if (
                last_mention > last_spoke
                and last_mention in nearest_person.subject_at
                and not background(nearest_person, last_mention)
                and not said(last_mention)
            ):
                return nearest_person  # "Roe will play on. '...,' he said": the new subject
            known = gender is not None and speaker.gender == gender
            subjects = [
                (t, p)
                for p in candidates
                if (p.named or p.evidence) and (p.gender == gender or not known)
                for t in p.subject_at
                if last_spoke < t < before
                and self._sentences_apart(t, before) <= 1
                and self._outside_quotes(t)
                and not background(p, t)
                and not said(t)
            ]
            if subjects:
                # "Roe played a part but fell out with coach Ivo Marek. He hopes ...": the
                # sentence's subject after the last statement, not the object named last
                return max(subjects, key=lambda x: x[0])[1]
            recent = (
                before - last_spoke <= recent_window
                or self._sentences_apart(last_spoke, before) <= 2  # (after a long sentence)
            )
            if recent and speaker is not nearest_person:
                # the nearest person is only mentioned (object, possessive) after the speaker
                return speaker
        elif last_mention not in nearest_person.subject_at:
            # no one who could be meant has spoken yet: "Swank won an Oscar for Million Dollar
            # Baby. '...,' she said" is the subject of the sentence before, not its object
            subjects = [
                (t, p)
                for p in candidates
                if p.named or p.evidence
                for t in p.subject_at
                if t < before
                and self._sentences_apart(t, before) <= 1
                and self._outside_quotes(t)
                and not said(t)
            ]
            if subjects:
                return max(subjects, key=lambda x: x[0])[1]
        return nearest_person


@functools.cache
def _leaders() -> frozenset[str]:
    """Posts of heads of state and government (the lexicon's synonyms of those two phrases)."""
    synonyms = people_lexicon()["role_synonyms"]
    return frozenset(
        synonyms.get("head of state", set()) | synonyms.get("head of government", set())
    )


@functools.cache
def people_lexicon(extra: Any = None) -> dict[str, Any]:
    """The validated people lexicon with derived lookup sets."""
    lex = lexicons.load("people", extra)
    for key in ("honorifics", "roles", "generic_sources", "organization_heads", "not_name_words"):
        lexicons.check(key in lex, "people", key, "is missing")
    for key in (
        "roles",
        "generic_sources",
        "organization_heads",
        "not_name_words",
        "body_names",
        "number_words",
    ):
        bad = [w for w in lex.get(key) or [] if not isinstance(w, str)]
        bad += [w for w in lex.get("person_descriptors") or [] if not isinstance(w, str)] * (
            key == "not_name_words"
        )
        lexicons.check(
            not bad,
            "people",
            key,
            f"holds non-text entries {bad!r}",
            "Quote words YAML reads as booleans or numbers, e.g. 'On', 'No', 'Yes'.",
        )
    roles = sorted({str(r).lower() for r in lex["roles"]}, key=len, reverse=True)
    gendered_nouns = {str(k).lower(): str(v) for k, v in (lex.get("gendered_nouns") or {}).items()}
    role_alt = _grouped_alternation(roles)
    aliases: dict[str, dict[str, Any]] = {}
    for i, actor in enumerate(lex.get("actors") or []):
        lexicons.check(
            isinstance(actor, dict) and actor.get("name"), "people", f"actors[{i}]", "needs a name"
        )
        for alias in [actor["name"], *(actor.get("aliases") or [])]:
            aliases[str(alias).lower()] = actor
        for alias in _initial_forms(str(actor["name"])):
            aliases.setdefault(alias, actor)
    out: dict[str, Any] = {
        "honorifics": {str(k).rstrip(".").lower(): v for k, v in lex["honorifics"].items()},
        "honorific_pairs": {
            str(k): frozenset(str(w) for w in v)
            for k, v in (lex.get("honorific_pairs") or {}).items()
        },
        "portfolio_words": frozenset(str(w).lower() for w in lex.get("portfolio_words") or []),
        "government_heads": frozenset(str(w).lower() for w in lex.get("government_heads") or []),
        "describing_roles": frozenset(str(w).lower() for w in lex.get("describing_roles") or []),
        "ministry_heads": frozenset(str(w).lower() for w in lex.get("ministry_heads") or []),
        "ranks": frozenset(str(w).lower() for w in lex.get("ranks") or []),
        "person_or_body": frozenset(str(w).lower() for w in lex.get("person_or_body") or []),
        "body_references": frozenset(str(w).lower() for w in lex.get("body_references") or []),
        "guest_roles": frozenset(str(w).lower() for w in lex.get("guest_roles") or []),
        "host_re": re.compile(
            r"\s+(?:(?:has|had|also|today|on\s+\w+)\s+)*(?:"
            + alternation([str(w) for w in lex.get("host_verbs") or []] or ["(?!x)x"])
            + r")\b"
        ),
        "appositive_role_re": re.compile(
            r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,2}(?:"
            + alternation([str(r) for r in lex.get("appositive_roles") or []] or ["(?!x)x"])
            # (the body ends at the sentence's full stop: "..., a fellow at the Carnegie Center.
            # But ..." is no part of the post)
            + r")\s+(?:at|of|with|in|for)\s+(?:[^,;:\"“”.\n]|\.(?!\s)){3,90})",
            re.I,
        ),
        "roles": roles,
        "role_words": frozenset(w for r in roles for w in _role_heads(r)),
        "role_prefixes": frozenset(w for r in roles for w in r.split()[:-1] if len(r.split()) > 1)
        - frozenset(("of", "the", "and", "our")),
        "role_set": frozenset(roles),
        "role_re": re.compile(rf"\b(?:{role_alt})s?\b", re.IGNORECASE),
        "role_word_matcher": build_matcher(
            (w, w) for w in {w for r in roles for w in _role_heads(r)}
        ),
        "role_matcher": build_matcher([(r, r) for r in roles] + [(r + "s", r) for r in roles]),
        "generic": frozenset(str(g).lower() for g in lex["generic_sources"]),
        "org_heads": frozenset(str(o).lower() for o in lex["organization_heads"]),
        "role_bodies": frozenset(str(w) for w in lex.get("role_bodies") or []),
        "blockers": frozenset(
            [str(o).lower() for o in lex["organization_heads"] if " " not in str(o)]
            + [str(o).lower() for o in lex.get("name_blockers") or []]
        ),
        "org_words": frozenset(
            [str(o).lower() for o in lex["organization_heads"] if " " not in str(o)]
            + [str(o).lower() for o in lex.get("organization_words") or []]
        ),
        "gendered_nouns": gendered_nouns,
        "abbreviated_roles": {
            str(k).lower(): str(v) for k, v in (lex.get("abbreviated_roles") or {}).items()
        },
        "gendered_noun_before": re.compile(
            rf"\b({alternation(gendered_nouns)})"
            r",?\s+\Z",
            re.I,
        )
        if gendered_nouns
        else re.compile(r"(?!)"),
        "gendered_noun_longest": max(map(len, gendered_nouns), default=0),
        "gendered_roles": {
            str(k).lower(): str(v) for k, v in (lex.get("gendered_roles") or {}).items()
        },
        "descriptive": frozenset(str(w).lower() for w in lex.get("descriptive_nouns") or []),
        "trades": frozenset(
            str(w).lower()
            for w in [*(lex.get("descriptive_nouns") or []), *(lex.get("descriptive_roles") or [])]
        ),
        "descriptive_roles": frozenset(str(w).lower() for w in lex.get("descriptive_roles") or []),
        "given_names_too": frozenset(str(w) for w in lex.get("given_names_too") or []),
        "number_words": frozenset(str(w) for w in lex.get("number_words") or []),
        "given_abbreviations": frozenset(str(w) for w in lex.get("given_name_abbreviations") or []),
        "surnames_too": frozenset(str(w) for w in lex.get("surnames_too") or []),
        "org_surnames": frozenset(str(w) for w in lex.get("org_words_as_surnames") or []),
        "org_nouns": frozenset(str(w).lower() for w in lex.get("organization_nouns") or []),
        "not_name": frozenset(str(w) for w in lex["not_name_words"])
        | frozenset(str(w) for w in lex.get("person_descriptors") or [])
        | frozenset(str(w) for w in lex.get("body_names") or []),
        "body_names": frozenset(str(w) for w in lex.get("body_names") or []),
        "descriptors": frozenset(str(w).lower() for w in lex.get("person_descriptors") or []),
        "people_of": _people_of(frozenset(str(w).lower() for w in lex.get("data_sources") or [])),
        "data_sources": frozenset(str(w).lower() for w in lex.get("data_sources") or []),
        "place_heads": frozenset(str(w) for w in lex.get("place_heads") or []),
        "not_name_lower": frozenset(
            str(w).lower() for w in [*lex["not_name_words"], *(lex.get("body_names") or [])]
        ),
        "actors": aliases,
        "role_synonyms": {
            str(k).lower(): {str(v).lower() for v in vals}
            for k, vals in (lex.get("role_synonyms") or {}).items()
        },
        "_split_cache": {},
        "keep_in_name": frozenset(
            str(w).rstrip(".").lower() for w in lex.get("keep_in_name") or []
        ),
    }
    # words of a body's name or a portfolio, which may open a run before a holder's name
    out["body_or_portfolio_words"] = out["org_words"] | out["portfolio_words"]
    out["title_or_portfolio"] = out["role_words"] | out["role_prefixes"] | out["portfolio_words"]
    return out


def _grouped_alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` grouped by first character, in the same order.

    ``["minister", "mayor", "envoy"]`` gives ``m(?:inister|ayor)|e(?:nvoy)``: the engine tests
    one character before entering a group instead of trying every word at every position. Words
    with different first characters never match at the same place, so the match found is the
    same as with the plain alternation.

    Args:
        words: Non-empty words in the order of preference (longest first, say).

    Returns:
        The alternation, without enclosing group.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


_TITLE_PREFIX = re.compile(r"(?<![\w-])[A-Z][a-z]*-\Z")  # "Under-Secretary", "Vice-Chancellor"


def _split_run_cached(
    words: list[str], lex: dict[str, Any]
) -> tuple[list[str], list[str], str | None, bool]:
    """``_split_run`` memoised per lexicon: the same runs ("Prime Minister") recur across articles.

    The returned lists are shared between calls: callers must not mutate them.
    """
    cache = lex["_split_cache"]
    key = tuple(words)
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= _SPLIT_CACHE_MAX:
            cache.clear()  # bounded: a long session over many corpora must not grow without end
        hit = cache[key] = _split_run(words, lex)
    return hit


_SPLIT_CACHE_MAX = 100_000


_ROMAN = frozenset("II III IV VI VII VIII".split())


#: A second rank and up to two lower-case words right before a role word: "deputy permanent ".
_RANK_BEFORE = re.compile(r"\b(?:deputy|vice|assistant|under)\s+(?:[a-z]+\s+){0,2}\Z")

_SECOND_RANK = re.compile(
    r"\b(shadow|deputy|vice|former|ex|assistant|under)[\s-]+(?:\S+\s+){0,2}\S+\Z"
)


#: A lower-case post, with the capitalised words of its body, right before a rank:
#: "Philippine Coast Guard spokesperson " in "... spokesperson Commodore Jo Roe".
_POST_BEFORE_RANK = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){0,3}([a-z][\w-]*))\s+\Z")

#: A rank written after the post it holds (see ``ranks`` in the people lexicon): ", Rear Admiral".
_RANK_AFTER_POST = re.compile(r",\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\Z")


#: A hyphenated word that may be a rank: "Colonel-General", "Major-General".
_HYPHEN_RANK = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")


def _spaced_ranks(role: str) -> str:
    """A role with hyphenated ranks written with a space: "Colonel-General" -> "Colonel General"."""
    ranks = people_lexicon()["ranks"]

    def spaced(m: re.Match[str]) -> str:
        word = m.group(0)
        return word.replace("-", " ") if word.lower().replace("-", " ") in ranks else word

    return _HYPHEN_RANK.sub(spaced, role)


@functools.lru_cache(maxsize=8192)
def _held_heads(role: str) -> frozenset[str]:
    """The role words a person answers to: "the chancellor" is not the shadow chancellor.

    A role whose head follows "shadow", "deputy", "vice", "former" ... answers only to the
    whole phrase ("the deputy minister"), never to its bare head ("the minister"). Cached:
    ``by_role`` asks it for every role of every person at each role noun.
    """
    if "-" in role:
        spaced = _spaced_ranks(role)  # "Tajik Colonel-General" is a colonel general
        if spaced != role:
            return _held_heads(spaced)
    served = _RELATIVE_POST.search(role)
    if served is not None:
        # "a Kyrgyz diplomat who serves as deputy secretary-general of the SCO" answers to
        # "the diplomat" and to "the deputy secretary-general"
        return _held_heads(role[: served.start()]) | _held_heads(served.group(1))
    rank = _RANK_AFTER_POST.search(role)
    if rank is not None and rank.group(1).lower() in people_lexicon()["ranks"]:
        # "spokesman for the drills, Rear Admiral": the post and the rank both answer
        return _held_heads(role[: rank.start()]) | _held_heads(rank.group(1))
    head = _head_phrase(role)
    if " and " in head:
        return frozenset(h for part in head.split(" and ") for h in _held_heads(part))
    words = head.split()
    lex = people_lexicon()
    # the longest rank that ends the head ("Major General", not "General"), if any
    n = next((n for n in (2, 1) if len(words) >= n and " ".join(words[-n:]) in lex["ranks"]), 0)
    if 0 < n < len(words) and lex["role_re"].search(" ".join(words[:-n])):
        # "Strategic affairs expert Brigadier (retd)": the post before the rank answers too
        return _held_heads(" ".join(words[:-n])) | _held_heads(" ".join(words[-n:]))
    heads = _role_heads(role)
    rank = _SECOND_RANK.search(head)
    if rank:
        # "Deputy Foreign Minister" answers to "the deputy minister", not "the foreign minister"
        heads = {h for h in heads if rank.group(1) in h.split()}
        # ("deputy foreign minister" and "deputy prime minister" are both deputy ministers)
        heads |= {head[rank.start() :], f"{rank.group(1)} {head.split()[-1]}"}
    if head.lower().endswith("prime minister"):
        # a (deputy) prime minister is "the (deputy) prime minister" or "the premier", not
        # "the minister", who is another member of the government
        heads = {h for h in heads if not h.endswith("minister") or h.endswith("prime minister")}
    return frozenset(heads)


#: A post held in a relative clause of a role: " who serves as deputy secretary-general".
_RELATIVE_POST = re.compile(
    r"\s+who\s+(?:(?:now|currently|also)\s+)?"
    r"(?:serves|is|works|acts|has\s+served|has\s+been)\s+as\s+(?:the\s+|a\s+|an\s+)?(\S.*)\Z"
)


#: A body's acronym in brackets inside a role: " (ANF)".
_ROLE_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9&]{1,9}\)(?=\s+[A-Z])")


#: A possessor opening a role, up to its "'s": "the ministry of finance's ".
_POSSESSOR_LEAD = re.compile(
    r"\A(?:the\s+)?(?:[\w.-]+\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,3}[\w.-]+['’]s\s+(?=\S)"
)


def _head_phrase(role: str) -> str:
    """A role before its complement, lower-cased: "Secretary-General of the SCO" -> its title."""
    # (not at a body's acronym: "Anti-Narcotics Force (ANF) Director General")
    lowered = _ROLE_ACRONYM.sub("", role).lower().replace("secretary general", "secretary-general")
    # (the post after a body's possessive: "the Ministry of Finance's secretary for ...")
    possessor = _POSSESSOR_LEAD.match(lowered)
    if possessor is not None and not any(
        w in people_lexicon()["role_words"] for w in possessor.group(0).split()
    ):
        lowered = lowered[possessor.end() :]
    # (a hyphenated title is one word: "ambassador-at-large")
    head = re.split(
        r"(?<![\w-])(?:of|for|at|to|in|on|who|which|whose|since|until)(?![\w-])|,|\(", lowered
    )
    head = head[0].strip()
    return re.sub(r"^(?:a|an|the)\s+", "", head)  # "a Moscow-based specialist on ..."


def role_heads(role: str) -> set[str]:
    """The words that identify a role (public name of ``_role_heads``)."""
    return _role_heads(role)


def _role_heads(role: str) -> set[str]:
    """The words that identify a role: "Secretary-General of the SCO" -> {"secretary-general"}.

    Two posts joined by "and" ("Deputy Prime Minister and Foreign Minister") give the heads of
    both.
    """
    head = _head_phrase(role)
    if " and " in head:
        return {h for part in head.split(" and ") for h in _role_heads(part)}
    words = head.split()
    if not words:
        return set()
    heads = {words[-1], head}
    if len(words) >= 2:
        heads.add(" ".join(words[-2:]))
    bare = _POST_SUFFIX.sub("", words[-1])
    if bare != words[-1]:
        heads.add(bare)  # "the ambassador" is the ambassador-at-large (or -designate, -elect)
    return heads


_POST_SUFFIX = re.compile(r"-(?:at-large|designate|elect)\Z")


# Letters, with inner apostrophes (not a possessive "'s") and hyphens each followed by a letter.
# Written as a run of letters then (separator, letters) groups rather than one alternation per
# character: the same strings, but the engine scans each run of letters in one tight loop.
_CAP_REST = (
    r"[^\W\d_]*(?:(?:['’](?!s\b)|-|(?:(?<=\b[A-Z])|(?<=\b(?:Ts|Ch|Sh|Kh|Zh)))\.(?=[A-Z][a-z])"
    r"|(?<=\b[A-Z])\.(?=[A-Z]\.))"
    r"[^\W\d_]+)*\.?"
)  # (an initial glued to the name, also a Mongolian or Uzbek two-letter one: "Ts.Munkhbayar")
_CAP = rf"[^\W\d_a-z]{_CAP_REST}"
# The first letter of a run, ``[^\W\d_a-z]``: A-Z, or a non-ASCII word character that is no
# digit. Written as a plain range checked again by a look-behind (``[^\W\d_]``) because the
# engine skips to candidates of a plain range much faster than to those of a class with Unicode
# categories; both forms match the same characters.
_FIRST_CAP = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_])"
# The first letter comes before the look-behind (which checks the character before it) so that
# the regex engine can skip quickly to candidate capitals instead of trying every position.
#: Lower-case words inside a name: "Muhammad bin Salman", "Nor Hashimah binti Ismail",
#: "Ursula von der Leyen".
NAME_PARTICLES = tuple("bin binti binte al de da van von der la le du dos el".split())
_RUN = re.compile(
    rf"{_FIRST_CAP}(?<![\w'’].){_CAP_REST}"
    rf"(?:(?: |-)(?:{_CAP}|(?:{'|'.join(NAME_PARTICLES)})"
    rf"(?= (?:(?:{'|'.join(NAME_PARTICLES)}) )?[^\W\d_a-z])"  # (also "von der Leyen")
    rf"|(?:al|el|ad|ud|ul)-{_CAP}))*"  # "Hessa al-Dosari", "Nasser ud-Din"
)


#: An initial glued to a name: "N.Altanshagai".
_GLUED_INITIAL = re.compile(r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh)\.[A-Z][a-z][\w'’-]*")

#: Two-letter initials of Mongolian and Central Asian names ("Ts. Munkhbayar", "Sh. Ismoilov").
_DIGRAPH_INITIALS = frozenset("Ts Ch Sh Kh Zh".split())

#: Initials written together: "K.C.", "P.V.N." (as in "K.C. Singh").
_INITIALS_RUN = re.compile(r"(?:[A-Z]\.){2,3}")


def _without_full_stop(word: str) -> str:
    """A name word without a sentence's full stop; initials keep theirs ("J.", "Ts.", "K.C.")."""
    if len(word) <= 2 or word[:-1] in _DIGRAPH_INITIALS or _INITIALS_RUN.fullmatch(word):
        return word
    return word.rstrip(".")


def _unglued(word: str) -> list[str]:
    """Split "N.Altanshagai" into ["N.", "Altanshagai"]; leave any other word as it is."""
    if _GLUED_INITIAL.fullmatch(word):
        dot = word.index(".") + 1
        return [word[:dot], word[dot:]]
    return [word]


def _name_runs(
    text: str, blocked: list[tuple[int, int]], lex: dict[str, Any] | None = None
) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (with name particles) that do not overlap blocked spans.

    A word ending in a full stop ends the run unless it is an initial or a known abbreviation
    ("Mr.", "Gen."), so "said Mr Vale. Ilya Sorin" gives two runs. With the people lexicon, a
    given name written short ("Ma. Teresa Villaruel") ends no run when two name words follow
    and it opens the run or follows a title or portfolio word (not "Jack Ma. Alibaba Group").
    """
    titles = abbreviations()
    given = lex["given_abbreviations"] if lex else frozenset()
    title_words = lex["title_or_portfolio"] if lex else frozenset()
    runs: list[tuple[int, int, list[str]]] = []
    for m in _RUN.finditer(text):
        start = m.start()
        group = m.group(0)
        if "." not in group:
            runs.append((start, m.end(), group.split(" ")))
            continue
        words: list[str] = []
        pos = start
        pieces = group.split(" ")
        for i, piece in enumerate(pieces):
            words.append(piece)
            end = pos + len(piece)
            if (
                piece.endswith(".")
                and len(piece) > 2
                and piece[:-1].lower() not in titles
                and piece[:-1] not in _DIGRAPH_INITIALS
                and not _INITIALS_RUN.fullmatch(piece)
                and not (
                    piece[:-1] in given
                    and len(pieces) - i >= 3
                    and "." not in pieces[i + 1]
                    and (len(words) == 1 or words[-2].lower() in title_words)
                )
            ):
                runs.append((start, end, words))
                words = []
                start = end + 1
            pos = end + 1
        if words:
            runs.append((start, m.end(), words))
    if blocked:
        mask = bytearray(len(text) + 1)
        for s, e in blocked:
            mask[s:e] = b"\x01" * (e - s)
        runs = [piece for run in runs for piece in _cut_blocked(text, run, mask)]
    return runs


def _cut_blocked(
    text: str, run: tuple[int, int, list[str]], mask: bytearray
) -> list[tuple[int, int, list[str]]]:
    """Split a run around country, organisation and place names, dropping those words.

    "Russian Foreign Minister Sergey Lavrov" keeps "Foreign Minister Sergey Lavrov".
    """
    start, end, words = run
    if 1 not in mask[start:end]:
        return [run]
    pieces: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    current_start = start
    pos = start
    for word in words:
        word_start = text.find(word, pos, end)
        word_end = word_start + len(word)
        pos = word_end
        if 1 in mask[word_start:word_end]:
            if current:
                pieces.append((current_start, word_start - 1, current))
            current = []
            continue
        if not current:
            current_start = word_start
        current.append(word)
    if current:
        pieces.append((current_start, end, current))
    return pieces


def _initial_forms(name: str) -> list[str]:
    """A two-word name with its given name as an initial: "s. jaishankar", "s jaishankar"."""
    words = name.lower().split()
    if len(words) != 2 or len(words[0]) < 2 or not words[0][0].isalpha():
        return []
    return [f"{words[0][0]}. {words[1]}", f"{words[0][0]} {words[1]}"]


def _qualifier_words(role: str) -> list[str]:
    """Capitalised non-role words of a role: "Russia" in "Foreign Minister of Russia"."""
    lex = people_lexicon()
    vocab = lex["role_words"] | lex["role_prefixes"]
    return [
        w
        for w in re.findall(r"[A-Z][\w’'-]*", _spaced_ranks(role) if "-" in role else role)
        if w.lower() not in vocab and w.lower() not in ("the", "of", "for")
    ]


@functools.cache
def country_words() -> frozenset[str]:
    """Lower-cased words of country names and adjectives ("russia", "kazakh", "south")."""
    from sco_toolkit.entities import country_table

    names = " ".join(country_table()["name"].astype(str)).lower().split()
    return frozenset(names) | frozenset(a.lower() for a in country_adjectives())


def _content_words(phrase: str) -> frozenset[str]:
    """Lower-cased words of four letters or more, hyphenated parts split ("anti-terrorist")."""
    return frozenset(w for w in re.findall(r"[a-z]{4,}", phrase.lower()) if w not in _NOT_BODY)


#: Words too common to tie a role to a body ("the head of the organisation").
_NOT_BODY = frozenset("body organisation organization their with from that this".split())


@functools.cache
def _bloc_pattern() -> re.Pattern[str]:
    """Names, abbreviations and aliases of intergovernmental bodies ("CICA"), as one pattern."""
    kinds = {"intergovernmental", "un_body", "military_alliance", "economic_union", "forum"}
    orgs = lexicons.load("organizations").get("organizations") or {}
    names: set[str] = set()
    for entry in orgs.values():
        if entry.get("kind") in kinds:
            found = [entry.get("name"), entry.get("abbreviation"), *(entry.get("aliases") or [])]
            names.update(str(n).lower() for n in found if n and len(str(n)) > 2)
    return re.compile(rf"\b(?:{alternation(names)})\b") if names else re.compile(r"(?!)")


def _names_a_bloc(role: str) -> bool:
    """Whether a role names an intergovernmental body ("Executive Director of the CICA ...")."""
    return _bloc_pattern().search(role.lower()) is not None


def plural_role(word: str, lex: dict[str, Any]) -> bool:
    """Whether ``word`` is the plural of a role noun ("Ministers", "Secretaries")."""
    low = word.rstrip(".").lower()
    if len(low) < 4 or not low.endswith("s"):
        return False
    roles = lex["role_words"]
    return (
        low[:-1] in roles
        or (low.endswith("ies") and low[:-3] + "y" in roles)
        or (low.endswith(("sses", "ches", "shes", "xes")) and low[:-2] in roles)  # "bosses"
    )


def _without_trailing_honorifics(role: str, lex: dict[str, Any]) -> str:
    """A role without the honorifics at its end.

    "Union Minister for Foreign Affairs U" -> "Union Minister for Foreign Affairs", "Foreign
    Minister Datuk Seri Utama" -> "Foreign Minister" (a pair's second word is an honorific only
    after one), but "Major General" stays.
    """
    words = role.split()
    marks = _honorific_marks(words, lex)
    while words and marks[-1]:
        words.pop()
        marks.pop()
    return " ".join(words)


def _honorific_marks(words: list[str], lex: dict[str, Any]) -> list[bool]:
    """Which words are honorifics: "Datuk", and "Seri" and "Utama" after it (pairs chain)."""
    marks: list[bool] = []
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        marks.append(
            bare.lower() in lex["honorifics"]
            or (i > 0 and marks[i - 1] and bare in lex["honorific_pairs"].get(words[i - 1], ()))
        )
    return marks


def _split_run(
    words: list[str], lex: dict[str, Any]
) -> tuple[list[str], list[str], str | None, bool]:
    """Split a capitalised run into (title words, name words, gender, had_honorific).

    The name follows the last honorific or role word ("Steppe Research Council Professor
    Dana Ormanova" -> "Dana Ormanova"); a run holding an organisation word ("Aral Valley
    Police") is no person; function words, months and verbs at the edges are dropped.
    """
    # the word lists, looked up once per run rather than once per word
    honorifics, role_words, role_prefixes = (
        lex["honorifics"],
        lex["role_words"],
        lex["role_prefixes"],
    )
    abbreviated, blockers = lex["abbreviated_roles"], lex["blockers"]
    not_name, not_name_lower = lex["not_name"], lex["not_name_lower"]

    def kind(word: str) -> str:
        w = word.rstrip(".")
        lw = w.lower()
        if lw in honorifics:
            return "honorific"
        if lw in role_words or lw in role_prefixes:
            return "role"
        if word.endswith(".") and lw in abbreviated:
            return "role"  # "Sen. Jo Roe", though "Hun Sen" is a name
        head, _, tail = lw.rpartition("-")
        if head and head.split("-", 1)[0] in _ROLE_HYPHEN_PREFIXES and tail in role_words:
            return "role"  # "Under-Secretary", "Vice-Chancellor", "Co-Chair"
        if head and (
            lw.replace("-", " ") in lex["ranks"]
            or (tail in role_words and all(p in role_words for p in head.split("-")))
        ):
            return "role"  # "Colonel-General", "Major-General": a rank written with a hyphen
        if lw in blockers:
            return "org"
        if w in not_name or lw in not_name_lower or lw.endswith(_DESCRIPTIVE_SUFFIXES):
            return "other"  # "Fifteen-year-old Donald Young", "Oscar-winner Andrea Arnold"
        if len(w) > 2 and w.isupper() and w.isalpha() and w not in _ROMAN:
            return "other"  # a headline word in capitals ("VOTE"), not a name
        return "name"

    kinds = [kind(w) for w in words]
    for i in range(len(words) - 1):
        if words[i + 1] in lex["honorific_pairs"].get(words[i].rstrip("'’"), ()):
            kinds[i] = kinds[i + 1] = "honorific"  # "Tan Sri Muhyiddin", "Datuk Seri Anwar"
    if len(words) > 1 and kinds[-1] == "honorific" and kinds[-2] == "name":
        kinds[-1] = "name"  # "Kyaw Zeya Tun": an honorific never ends a name, so "Tun" is one
    for i in range(1, len(words) - 1):
        if words[i] in NAME_PARTICLES and kinds[i - 1] == "name":
            kinds[i] = kinds[i + 1] = "name"  # "Nor Hashimah binti Haji Ismail": her father's name
    if len(words) > 1 and kinds[0] == "name" and words[0] in lex["number_words"]:
        kinds[0] = "other"  # "One Starbucks, one Rymans and ...", "Two Percy Montgomery tries"
    if len(words) > 1 and kinds[0] == "name" and words[0].lower() in lex["org_nouns"]:
        kinds[0] = "org"  # "Miner Highland Gold said", "Carmaker Velden Brandt": a company
    for i, word in enumerate(words):
        if kinds[i] == "name" and (i == 0 or kinds[i - 1] != "name") and plural_role(word, lex):
            # "Council of Foreign Ministers" is a body and "Foreign Ministers Ivo Roe and ..."
            # a title, though "Ian Fellows" is a name
            if i + 1 == len(words):
                kinds[i] = "org"
            elif i > 0 and kinds[i - 1] == "role":
                kinds[i] = "role"
            elif i == 0 and len(words) >= 3:
                kinds[i] = "other"  # "(Cabinet of) Ministers Eldiyar Sydykov": the body's end
    for i in range(len(words) - 1):
        # "Bill Thompson", "Ard Jan Vetham": a given name before a name word, though "the
        # Finance Bill" is a law
        opens = i == 0 or kinds[i - 1] in ("honorific", "role", "other", "name")
        if words[i] in lex["given_names_too"] and kinds[i + 1] == "name" and opens:
            kinds[i] = "name"
        elif kinds[i] != "name" and f"{words[i]} {words[i + 1]}".lower() in lex["actors"]:
            kinds[i] = kinds[i + 1] = "name"  # "To Lam": a known actor whose name is a word
    if (
        len(words) > 1
        and words[-1].rstrip(".") in lex["surnames_too"]
        and kinds[-2] in ("name", "honorific")
    ):
        kinds[-1] = "name"  # "Theresa May", though "in May" is a month
    trailing: list[str] = []
    if len(words) > 1 and kinds[-1] == "role" and kinds[-2] == "name" and words[-1].isupper():
        trailing = [words[-1]]  # "Tom McCabe MSP": a title after the name
        words, kinds = words[:-1], kinds[:-1]
    last_title = max(
        (i for i, k in enumerate(kinds[:-1]) if k in ("honorific", "role")), default=-1
    )
    title = [
        w
        for w, k in zip(words[: last_title + 1], kinds, strict=False)
        if k in ("honorific", "role")
    ]
    gender = None
    honorific = False
    for w, k in zip(words[: last_title + 1], kinds, strict=False):
        if k == "honorific":
            honorific = True
            gender = lex["honorifics"].get(w.rstrip(".'’").lower()) or gender
    rest = list(zip(words[last_title + 1 :], kinds[last_title + 1 :], strict=True))
    while rest and rest[0][1] == "other":
        rest.pop(0)
    name: list[str] = []
    for w, k in rest:
        if k == "org":
            return title, [], gender, honorific
        if k != "name":
            break
        name.append(_without_full_stop(w))
    if any(k == "org" for _, k in rest[len(name) :]):
        return title, [], gender, honorific
    if name and len(rest) > len(name) and rest[len(name)][1] == "role":
        # "the Natural Resources and Environmental Sustainability Minister": the words before
        # a closing title are its portfolio (a name would follow the title, or be written
        # before it with a comma)
        return title, [], gender, honorific
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 1:
        name = []  # an acronym (EDF, SCO) is never a person
    return [*title, *trailing], name, gender, honorific


def build_registry(
    text: str,
    sentence_bounds: list[tuple[int, int]],
    blocked: list[tuple[int, int]] | None = None,
    *,
    extra: Any = None,
) -> Registry:
    """Find the people of one article and the roles attached to them.

    Args:
        text: The article's cleaned text.
        sentence_bounds: ``(start, end)`` of each sentence, in order.
        blocked: Spans of countries, organisations and places, never part of a name.
        extra: Optional user people lexicon (file, folder or mapping).

    Returns:
        A ``Registry`` of people with their mentions (offsets of the name as written).
    """
    lex = people_lexicon(extra)
    registry = Registry(
        quoted=find_quote_spans(text),
        sentence_starts=[b[0] for b in sentence_bounds],
        paragraph_starts=[m.end() for m in _NEWLINES.finditer(text)],
    )
    known: set[str] = set()  # lower-cased name tokens of the people found so far
    org_names: set[str] = set()  # names written after an organisation noun
    role_hits = [  # a role word standing alone ("player", not "eight-player")
        h.start
        for h in find(lex["role_word_matcher"], text, overlapping=True)
        if (text[h.start - 1 : h.start] != "-" or _TITLE_PREFIX.search(text, 0, h.start))
        and text[h.end : h.end + 1] != "-"
    ]
    runs = list(_name_runs(text, blocked or [], lex))
    blocked_ends = {e: b for b, e in blocked or []}
    for i, (start, end, words) in enumerate(runs):
        if any(_GLUED_INITIAL.fullmatch(w) for w in words):
            # "N.Altanshagai", "G.Enkhsaikhan": an initial glued to the name, as Mongolian
            # names are written; read as "N. Altanshagai"
            words = [p for w in words for p in _unglued(w)]
        if i + 1 < len(runs) and _joined_to_body(text, end, runs[i + 1], lex):
            continue  # "Baoshan Iron and Steel Co": the first half of a company's name
        if len(words) > 1 and _participle_opener(text, sentence_bounds, start, words[0]):
            start += len(words[0]) + 1  # "Praising Celtic and Rangers, she said"
            words = words[1:]
        cut = _portfolio_length(text, start, words, lex)
        if cut:  # "Minister for Economic Diplomacy Kazem Mohammadi-Rad": the portfolio first
            start = text.find(words[cut], start, end)
            words = words[cut:]
        if len(words) == 1 and _mononym_after_role(text, start, words[0], lex):
            pass  # "Barca midfielder Deco", "U2 singer Bono": a person known by one name
        elif len(words) == 1 and _described_after(text, end, lex):
            pass  # "Zheldibay, Tokayev's spokesman, said": the surname of a person
        elif len(words) == 1:
            word = words[0].rstrip(".")
            if word.strip(".").lower() not in known and word.lower() not in lex["actors"]:
                after_word = text[start - 2 : start - 1]  # "wife Joan", "wife, Joan"
                if (after_word.islower() or after_word == ",") and _word_ending_at(
                    text, start
                ).lower() in lex["gendered_nouns"]:
                    _add_kin_name(text, registry, start, word, lex)  # "his wife, Joan,"
                continue  # a single word nobody has been named with yet: not a person (yet)
            if word in lex["not_name"] or word.lower() in lex["blockers"]:
                continue  # "The", "However", "Police": never a name on their own
            unknown = (word.isupper() and len(word) > 1) or registry.by_token(word, start) is None
            if unknown and lex["actors"].get(word.lower()) is None:
                continue  # a single word is a surname only once the full name is known
        title, name, gender, honorific = _split_run_cached(words, lex)
        if title and len(name) >= 3 and name[0].lower() in lex["portfolio_words"]:
            name = name[1:]  # "Federal Secretary Commerce Saad Qureshi": the portfolio, then him
        if (
            title
            and name
            and all(w.lower() in lex["portfolio_words"] for w in name)
            and (
                _PORTFOLIO_LIST_GOES_ON.match(text, end)
                # "the Organization for Metals and Energy Security": portfolio words only
                or not any(w.lower() in lex["role_words"] for w in title)
            )
        ):
            continue  # "Deputy Investment, Trade and Industry Minister": portfolios, no name
        if (
            not name
            and len(words) == 2
            and words[0].lower() not in lex["blockers"]
            and words[0] not in lex["not_name"]
            and words[1].lower() in lex["blockers"]
            and words[1].lower() not in lex["org_words"]  # "Us Weekly, the magazine"
            and _role_appositive_after(text, end, lex)
        ):
            name = list(words)  # "Mike Lake, a Yukos spokesman": a surname like a place word
        if not name:
            # "Chief Secretary to the Treasury Paul Boateng": the body ends the title
            split = _body_then_name(text, start, words, lex)
            if split is None:
                continue
            title, name = split
            start = text.find(name[0], start, end)  # the name, not the body, is checked below
        if not title and len(name) > 1 and _after_place_name(text, start, blocked_ends, lex):
            org_names.add(" ".join(name))
            continue  # "Kazakhstan Temir Zholy", "China Eastern": a body named after a place
        if not title and _after_org_noun(text, start, lex):
            org_names.add(" ".join(name))
            continue  # "investment bank Merrill Lynch": an organisation named like a person
        if _inside_org_name(text, text.find(name[0], start, end), lex):
            # "University of Political Science": the rest of a body's name (though in "Cabinet
            # of Ministers Jo Roe" the name starts after the body's last word)
            person = _person_after_post_body(text, text.find(name[0], start, end), name, lex)
            if person is None:
                continue
            name = person  # "Chairwoman of the Board of QazTrade Zhanna Abenova"
            start = text.find(name[0], start, end)
        if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start) and _UNNAMED_AFTER.match(
            text, end
        ):
            org_names.add(" ".join(name))
            continue  # "a senior Cheong Wa Dae official": the body an unnamed official is from
        if (
            not honorific
            and len(name) > 1
            and name[-1] not in lex["org_surnames"]
            and (
                name[-1].lower() in lex["org_words"]
                or any(w.lower() in lex["org_words"] for w in name[1:-1])
            )
            and lex["actors"].get(" ".join(name).lower()) is None
        ):
            org_names.add(" ".join(name))
            continue  # "Royal Academy", "Asset Management Bureau": a body, not a person
        name_start = text.find(name[0], start, end)
        if title and title[-1] == words[-1] and _DETERMINER_BEFORE.search(text, 0, name_start):
            continue  # "the Glasgow Kelvin MP": a seat before the title, no name
        name_end = name_start + len(" ".join(name))
        if text[name_start:name_end] != " ".join(name):
            name_end = end
        if len(name) == 1 and title and title[-1].rstrip(".").lower() in lex["keep_in_name"]:
            peer_start = text.rfind(title[-1], start, name_start)
            if peer_start >= 0 and text[peer_start:name_start].strip() == title[-1]:
                name = [title[-1], *name]  # "Lord Arden" is the name, not a title
                name_start = peer_start
        actor = lex["actors"].get(" ".join(name).lower())
        role_before = (
            len(name) == 1
            and not title
            and (
                _mononym_after_role(text, name_start, name[0], lex)
                or (
                    # (the cheap text test first: most names are followed by no description)
                    _described_after(text, name_end, lex)
                    and registry.by_token(name[0], name_start) is None
                )
            )
        )
        if len(name) == 1 and not honorific and not title and actor is None and not role_before:
            existing = registry.by_token(name[0], name_start)
            if existing is not None:
                existing.mentions.append((name_start, name_end))
                if len(existing.tokens) > 1 and name[0] == existing.tokens[-1]:
                    existing.named = _name_shaped(existing.tokens, lex)  # "... Wilkinson"
                if _opens_sentence(text, sentence_bounds, name_start, name_end, lex):
                    existing.subject_at.add(name_start)
                post = None
                if " who " in text[name_end : name_end + 60]:
                    # "Kassymov, a career diplomat who served as Kazakhstan's ambassador to
                    # Malaysia,": a past post given at a later mention
                    served = _SERVED_AS.match(text, name_end) or _DESCRIBED_SERVED_AS.match(
                        text, name_end
                    )
                    post = served.group(1).strip() if served else None
                    if post and not _has_role(post, lex):
                        post = None
                if post is None and text.startswith(", ", name_end):
                    # "Stupnikov, a retired lieutenant general, took up his post in 2023": a
                    # post given in an appositive at a later mention
                    later = _APPOSITIVE_AFTER.match(text[name_end : name_end + 140])
                    post = later.group(1).strip() if later else None
                    if post and (
                        not _role_leads(post, lex)
                        or post.split()[0].lower() not in ("a", "an", "the")
                        or _ENDS_WITH_PERSON.search(post)  # "the carmaker's chief Jo Roe"
                    ):
                        post = None
                if post and post not in existing.roles:
                    existing.roles.append(post)
            continue
        if len(name) - sum(w in NAME_PARTICLES for w in name) > 4:
            continue  # too long for a name ("Muhammad Hafiz bin Abdul Rahman" is four words)
        if gender is None:
            kin = _kin_before(text, name_start, lex)
            if kin is not None:  # "his mother Katherine Jackson", "his wife, Cherie"
                gender = lex["gendered_nouns"][kin.group(1).lower()]
            kin_after = _KIN_APPOSITIVE.match(text, name_end)
            if kin_after is not None and kin_after.group(1).lower() in lex["gendered_nouns"]:
                gender = lex["gendered_nouns"][kin_after.group(1).lower()]  # "X, father of Y,"
        person = _attach(registry, name, actor, name_start, lex["keep_in_name"], gender)
        person.mentions.append((name_start, name_end))
        if _opens_sentence(text, sentence_bounds, name_start, name_end, lex):
            person.subject_at.add(name_start)
        known.update(person.lowered)
        if title or honorific or actor is not None or role_before or _INITIAL.fullmatch(name[0]):
            person.evidence = True
        elif _is_descriptor(_word_ending_at(text, name_start), lex):
            person.evidence = True  # "New Yorker Dick Morris", "Oscar-winner Andrea Arnold"
        elif gender is not None or _WHO_AFTER.match(text, name_end):
            # "his wife Cherie", "Kate Winslet, who has two nods": written as a person is
            person.named = person.named or _name_shaped(person.tokens, lex)
        if gender and person.gender is None:
            person.gender = gender
        role = _role_near(text, sentence_bounds, role_hits, name_start, name_end, title, lex)
        if not role:  # "Jo Roe, a senior fellow at the Forum,": a role given only there
            appositive = lex["appositive_role_re"].match(text, name_end)
            role = appositive.group(1).strip() if appositive else None
        if role and role not in person.roles:
            person.roles.append(role)
        if role:
            person.evidence = True
        if (
            role
            and title
            and text[max(0, start - 2) : start] == ", "
            and person.name not in org_names
        ):
            # "the country's sherpa for the grouping, Ambassador Meenakshi Raghavan,": the
            # appositive before the titled name names a post too
            s_start, _ = _sentence_around(sentence_bounds, start)
            head = text[max(s_start, start - 160) : start]
            before = _APPOSITIVE_BEFORE.search(head) or _POSSESSIVE_APPOSITIVE.search(head)
            post = before.group(1).strip() if before else None
            if post and _has_role(post, lex) and post not in person.roles:
                person.roles.append(post)
    registry.org_names = org_names
    if org_names:  # named after "firm"/"bank" once: an organisation everywhere in the article
        registry.people = [
            p for p in registry.people if p.name not in org_names or p.roles or p.gender
        ]
    _learn_gender(text, registry, sentence_bounds)
    _learn_ages(text, registry)
    if " by " in text and ("led" in text or "headed" in text):
        _learn_delegations(text, registry)
    if "head" in text or "chair" in text:
        _learn_heads(text, registry)
    if any(f"{verb} by " in text for verb in _PASSIVE_VERBS):
        _learn_passive_agents(text, registry)
    _learn_role_subjects(text, registry, lex)
    anonymous = "not to be" in text or "anonymity" in text or "not authori" in text
    for m in _ANONYMOUS.finditer(text) if anonymous else ():
        # "A Central Asian diplomat who asked not to be named ... put it bluntly. '...,' he
        # said.": an unnamed person the next sentence's pronoun may refer to
        role = lex["role_re"].search(m.group(1))
        if role is not None:
            registry.unnamed_roles.append((m.start(), role.group(0).lower()))
    return registry


_NEWLINES = re.compile(r"\n+")

#: "the Cambodian side was headed by", "a Kazakh delegation led by": whose side a person leads.
_DELEGATION_LED = re.compile(
    r"\b([A-Z][\w-]+)\s+(side|delegation|team)\s+(?:(?:was|were|is|will\s+be)\s+)?"
    r"(?:led|headed)\s+by\s"
)


_SENTENCE_STOP = re.compile(r"[.;!?]\s")


def _learn_delegations(text: str, registry: Registry) -> None:
    """Give the person named first after "the X side was led by" the role "head of the X side".

    "... while the Cambodian side was headed by Chea Sokunthea, a secretary of state at the
    Ministry of Foreign Affairs" ties her to Cambodia, so "the Cambodian diplomat" is her.
    """
    for m in _DELEGATION_LED.finditer(text):
        stop = _SENTENCE_STOP.search(text, m.end(), m.end() + 150)
        end = stop.start() if stop else m.end() + 150
        named = [(ms, p) for p in registry.people for ms, _ in p.mentions if m.end() <= ms < end]
        if named:
            person = min(named, key=lambda x: x[0])[1]
            role = f"head of the {m.group(1)} {m.group(2)}"
            if role not in person.roles:
                person.roles.append(role)
                person.evidence = True


#: "has headed the Executive Committee of the SCO Regional Anti-Terrorist Structure since":
#: the body a person heads, named after the verb.
_HEADS_BODY = re.compile(
    r"\b(?:headed|heads|chairs|chaired)\s+"
    r"(the\s+[A-Z][\w'’-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’()-]*))*)"
)

#: What may stand between a person's name and "has headed": nothing, or an appositive.
_NAME_TO_VERB = re.compile(r"(?:\s*,[^,.;:!?]{1,120},)?\s*(?:(?:has|had)\s+(?:been\s+)?)?")


def _learn_heads(text: str, registry: Registry) -> None:
    """Give a person who "has headed the X" the role "head of the X".

    "Bakhtiyor Kholmatov, a former prosecutor, has headed the Executive Committee of the RATS
    since January": "the RATS chief" and "the head of the committee" are then him.
    """
    for m in _HEADS_BODY.finditer(text):
        named = [
            (me, p)
            for p in registry.people
            for ms, me in p.mentions
            if me <= m.start() and _NAME_TO_VERB.fullmatch(text, me, m.start())
        ]
        if not named:
            continue
        person = max(named, key=lambda x: x[0])[1]
        body = m.group(1).rstrip()
        if body.endswith(")") and "(" not in body:
            body = body[:-1]
        role = f"head of {body}"
        if role not in person.roles:
            person.roles.append(role)
            person.evidence = True


#: A passive whose agent is the clause's real subject: "Egypt was represented by".
_PASSIVE_VERBS = ("represented", "led", "headed", "chaired", "accompanied")
_PASSIVE_BY = re.compile(rf"\b(?:was|were|is|are|been)\s+(?:{'|'.join(_PASSIVE_VERBS)})\s+by\s+")


#: A definite role noun opening a clause before a verb: "the former ambassador rejected".
# (the article first, so the engine skips to candidates; what stands before it is checked in
# ``_learn_role_subjects``)
_ROLE_SUBJECT = re.compile(
    r"\b[Tt]he\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?=(?:[a-z]+ed|was|is|has|had|will|would)\b)"
)  # ("the former ambassador rejected", "The vice-president was unfazed")


def _learn_role_subjects(text: str, registry: Registry, lex: dict[str, Any]) -> None:
    """Count "the ROLE" opening a clause as its holder opening it, for the next pronoun.

    "Asked whether ..., the former ambassador rejected the suggestion. '...,' he said": "he"
    is the former ambassador, not someone named in between.
    """
    for m in _ROLE_SUBJECT.finditer(text):
        phrase = m.group(1)
        if phrase.split()[-1] not in lex["role_words"]:
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        if m.start() > 0 and before[-1:] != "\n" and before not in (". ", "! ", "? ", ", "):
            continue  # opening a sentence, a paragraph or a clause after a comma
        bare = phrase.removeprefix("former ")
        words = _held_heads(bare) | {bare}
        for word in list(words):
            words |= lex["role_synonyms"].get(word, set())
        person = registry.by_role(words, m.start())
        if person is not None:
            person.subject_at.add(m.start())


def _learn_passive_agents(text: str, registry: Registry) -> None:
    """Count the person after "was represented by" as the subject of that sentence.

    "Egypt was represented by deputy minister Hisham Abdel-Fattah. He warned ...": the next
    "He" is him, as if he had opened the sentence.
    """
    for m in _PASSIVE_BY.finditer(text):
        for person in registry.people:
            for ms, _ in person.mentions:
                if m.end() <= ms <= m.end() + 60 and "," not in text[m.end() : ms]:
                    person.subject_at.add(ms)


#: An indefinite source who is not to be named, at the start of a sentence.
_ANONYMOUS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:A|An)\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:who|,)"
    r"[^.!?]{0,80}?(?:not to be (?:named|identified)|anonymity|not authori[sz]ed to)",
    re.M,
)


#: A person's possessive right before a family noun: "his wife", "Mr Eavis' daughter".
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?:his|her|my|our|your|their)|\b[\w-]+['’]s?)\s+\Z", re.I)


_DETERMINED_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|his|her)\s+([^,;:.]{1,60})")


def _role_appositive_after(text: str, end: int, lex: dict[str, Any]) -> bool:
    """Whether ", a ... ROLE" follows ``end``: what the article says a person is."""
    m = _DETERMINED_APPOSITIVE.match(text, end)
    return m is not None and _role_leads(m.group(1), lex)


#: ", Tokayev's spokesman," after a name: an appositive with a possessive name.
_NAMES_POSSESSIVE_POST = re.compile(r",\s+[A-Z][\w-]*['’]s\s+([^,;:.]{1,60}),")


_PLURAL_AFTER_WHO = re.compile(r"(?:have|are|were|play|say)\b")


def _described_after(text: str, end: int, lex: dict[str, Any]) -> bool:
    """Whether a person's description follows a single word ending at ``end``.

    ", NAME's ROLE," ("Zheldibay, Tokayev's spokesman, said") or ", who" ("said Zheldibay,
    who speaks for the president": "who" is for people).
    """
    if text.startswith(", who ", end):
        # (not "Toshiba, who have been working on the chip": a company in British usage)
        return _PLURAL_AFTER_WHO.match(text, end + 6) is None
    m = _NAMES_POSSESSIVE_POST.match(text, end)
    return m is not None and _role_leads(m.group(1), lex)


def _mononym_after_role(text: str, start: int, word: str, lex: dict[str, Any]) -> bool:
    """Whether one capitalised word right after a trade noun names a person.

    "Barca midfielder Deco", "U2 singer Bono" (the descriptive nouns and roles of the people
    lexicon); not "the minister Monday", "the SCO" or "producer Michael London".
    """
    if (
        start < 2
        or text[start - 1] != " "
        or not (text[start - 2].islower() or text[start - 2] == ",")
    ):
        return False  # tested first: most one-word runs follow punctuation or a capital
    if not word[:1].isupper() or word.isupper():
        return False
    w = word.rstrip(".,")
    if w in lex["not_name"] or w.lower() in lex["blockers"] or not w.isalpha():
        return False
    end = start + len(word)
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return False  # "producer Michael London": a name cut short by a place, not a mononym
    before = _word_ending_at(text, start)
    if before.islower() and before in lex["role_set"] and before not in _NOT_MONONYM_ROLES:
        # "Indonesia's foreign minister Sugiono", "the foreign minister, Sugiono, said": a post
        # before one name, maybe set off by commas
        ahead = text[max(0, start - len(before) - 7) : start - len(before) - 1].split()[-1:]
        if ahead == ["best"]:
            return False  # "the best actress Oscar": an award
        return text[start - 2] != "," or text[end : end + 1] in (",", " ")
    if (
        not before.islower()
        or before not in lex["trades"]
        or before == "host"
        or text[start - 2] == ","
    ):
        return False  # "Chelsea host Birmingham": a verb
    ahead = text[max(0, start - len(before) - 7) : start - len(before) - 1].split()[-1:]
    return ahead != ["best"]  # "the best actress Oscar": an award


#: Role nouns that also head a group or an organisation ("the head Office"): no mononym.
_NOT_MONONYM_ROLES = frozenset(
    "head chief leader official officials member members host chair coach judge guard lead".split()
)


def _word_ending_at(text: str, pos: int) -> str:
    """The word before ``pos``, past spaces and one comma ("wife" in "his wife, Joan")."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end > 0 and text[end - 1] == ",":
        end -= 1
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end]


def _add_kin_name(
    text: str, registry: Registry, start: int, word: str, lex: dict[str, Any]
) -> None:
    """Register a given name written alone after a family noun ("his wife, Joan,").

    A family noun says the word is a person and gives the gender; without one, a single
    capitalised word is no person until a full name with it has been seen.
    """
    if not _NAME_WORD.fullmatch(word) or word in lex["not_name"] or word.lower() in lex["blockers"]:
        return
    kin = _kin_before(text, start, lex)
    possessor = kin and _POSSESSOR_BEFORE.search(text, max(0, kin.start() - 40), kin.start())
    if kin is None or not possessor:
        return  # "its sister Xiluodu dam", "the sister Xiluodu dam": no person's family
    surname = _family_surname(registry, possessor.group(0), kin.start())
    name = [word, surname] if surname and surname != word else [word]
    full = " ".join(name)
    person = next((p for p in registry.people if p.name == full), None)
    if person is None:
        # a new person: the relative is not the one named by the family name alone ("Mr
        # Eavis' daughter Emily" is not Mr Eavis)
        person = Person(full, tuple(name), given_only=len(name) > 1)
        registry.people.append(person)
    person.mentions.append((start, start + len(word)))
    person.gender = person.gender or lex["gendered_nouns"][kin.group(1).lower()]
    person.evidence = True


def _family_surname(registry: Registry, possessor: str, before: int) -> str | None:
    """The family name of a relative named by a given name alone, from whose relative it is.

    "Stefan Pakeerah ... His mother, Giselle," is Giselle Pakeerah: "his" is the man named
    last; "Mr Eavis' daughter Emily" is Emily Eavis. "my", "our", "your" and "their" give none.
    """
    word = possessor.strip()
    low = word.lower()
    if low in ("his", "her"):
        gender = "m" if low == "his" else "f"
        best: tuple[int, Person] | None = None
        for person in registry.people:
            if len(person.tokens) < 2 or person.gender not in (None, gender):
                continue
            last = max((s for s, _ in person.mentions if s < before), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, person)
        return best[1].tokens[-1] if best else None
    named = _POSSESSIVE_NAME.search(word)
    if named is None:
        return None
    person = registry.by_token(named.group(1), before)
    return person.tokens[-1] if person is not None else named.group(1)


#: The name in a possessive: "Eavis'" and "Nogar's" give "Eavis" and "Nogar".
_POSSESSIVE_NAME = re.compile(r"([A-Z][\w-]*)['’]s?$")


def _kin_before(text: str, name_start: int, lex: dict[str, Any]) -> re.Match[str] | None:
    r"""A family noun right before a name ("his mother Katherine Jackson", "his wife, Cherie").

    What ``lex["gendered_noun_before"].search(text, max(0, name_start - 30), name_start)``
    finds, searched only where a match can start: the pattern ends with ``,?\s+\Z``, so the
    noun ends right before the spaces that end the window (or before a comma there), and it
    is at most as long as the longest noun (each character of a case-insensitive pattern
    matches one character). ``\b`` at the start of the narrowed window still sees the
    character before it, so the match found is the same.
    """
    lo = max(0, name_start - 30)
    spaces = name_start
    while spaces > lo and text[spaces - 1].isspace():
        spaces -= 1  # ``\s`` and ``str.isspace`` agree on what whitespace is
    if spaces == name_start:
        return None
    longest = lex["gendered_noun_longest"]
    return lex["gendered_noun_before"].search(text, max(lo, spaces - 1 - longest), name_start)


#: A word of a person's name: "Wilkinson", "McBryde", "O'Gara", "DiCaprio", "Henin-Hardenne".
_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)?[a-z]*(?:-[A-Z][a-z'’]+)*")


def _name_shaped(tokens: tuple[str, ...], lex: dict[str, Any]) -> bool:
    """Whether a run of two or three capitalised words is shaped like a person's name.

    A run with a role, organisation, place-adjective or function word ("European Elvis",
    "Sunderland No", "High-definition DVDs"), or opening with a participle ("Finding
    Neverland"), is a name of something else.
    """
    if not 2 <= len(tokens) <= 3 or tokens[0].lower().endswith("ing"):
        return False
    adjectives = country_adjectives()
    for token in tokens:
        low = token.lower()
        if not _NAME_WORD.fullmatch(token) or len(token) < 2 or token in adjectives:
            return False
        if low in lex["role_words"] or low in lex["role_prefixes"] or low in lex["org_words"]:
            return False
        if token in lex["not_name"] or low in lex["blockers"]:
            return False
    return True


_WHO_AFTER = re.compile(r",?\s+who(?:se)?\b")  # "which" follows things, "who" people

#: "J.", "Ts." (compiled once: it is tested for every name)
_INITIAL = re.compile(r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh)\.|(?:[A-Z]\.){2,3}")

_DETERMINER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|['’]s)\s+\Z")


_SUBJECT_MODIFIERS = frozenset(
    "the a an former ex new then acting deputy interim veteran young fellow member".split()
)
#: A connective that opens a sentence before its subject: "However, Jo Roe voted ...".
_CONNECTIVE_OPENER = re.compile(
    r"\s*(?:(?:However|Meanwhile|Still|Instead|Separately|Nevertheless|Nonetheless|Indeed|"
    r"Moreover|Furthermore|Likewise|Similarly|Yet),\s+|(?:But|And|Yet)\s+)"
)
_SUBORDINATORS = frozenset(
    "when if while after before although though because since unless as until once whether "
    "where but and so".split()
)


def _opens_sentence(
    text: str, bounds: list[tuple[int, int]], run_start: int, end: int, lex: dict[str, Any]
) -> bool:
    """Whether a name opens its sentence as its subject ("Trade envoy Ivo Roe said").

    Only titles, role nouns, capitalised words and modifiers ("former", "22-year-old") may
    come before it; a clause ("When Roe left, ...") or a possessive ("Roe's coach") rule it out.
    """
    if text.startswith(("'s", "’s"), end):
        return False
    s_start, _ = _sentence_around(bounds, run_start)
    s_start = min(dateline_end(text, s_start), run_start)  # "TASHKENT — Jo Roe has spent"
    prefix = text[s_start:run_start]
    connective = _CONNECTIVE_OPENER.match(prefix)
    if connective is not None:
        prefix = prefix[connective.end() :]  # "However, Jo Roe voted", "But Jo Roe said"
    if "," in prefix and text.startswith(",", end):
        prefix = _role_appositive_rest(prefix, lex)  # "The Tajik envoy, Colonel Jo Roe, said"
    if prefix is None or "," in prefix or len(prefix) > 80:
        return False
    for token in prefix.strip(" \"'“‘«\n").split():
        word = token.strip("\"'“‘«()")
        low = word.lower()
        if low in _SUBORDINATORS:
            return False
        if not word or low in _SUBJECT_MODIFIERS or low in lex["role_words"]:
            continue
        if low in lex["role_prefixes"] or word[0].isupper() or any(c.isdigit() for c in word):
            continue
        return False
    return True


def _role_appositive_rest(prefix: str, lex: dict[str, Any]) -> str | None:
    """What follows a role phrase that opens a sentence before its holder's name, else None.

    "The representative of Tajikistan, Colonel " gives "Colonel ": the name after it, with its
    closing comma, is the sentence's subject. The role phrase opens with "the", "a" or a
    possessive and holds a role word ("Tajikistan's envoy, ").
    """
    head, _, rest = prefix.rpartition(",")
    words = head.split()
    if not words or "," in head or len(head) > 70:
        return None
    first = words[0].lower()
    if first not in ("the", "a", "an") and not first.endswith(("'s", "’s", "s'", "s’")):
        return None
    if not any(w.lower().strip(".,'’") in lex["role_words"] for w in words):
        return None
    return rest


def _participle_opener(text: str, bounds: list[tuple[int, int]], start: int, word: str) -> bool:
    """Whether ``word`` is a participle opening its sentence ("Speaking", "Praising")."""
    if (
        len(word) <= 5
        or not word.endswith("ing")
        or text[start + len(word) : start + len(word) + 1] != " "
    ):
        return False
    s_start, _ = _sentence_around(bounds, start)
    return text[s_start:start].strip(" \"'“‘«\n") == ""


_OF_BEFORE = re.compile(
    r"([A-Z][\w’'-]*)(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*\s+(?:of|for|to)(?:\s+the)?\s+\Z"
)  # (also "Committee to Protect Journalists", "Alliance to Reclaim Our Schools")


def _inside_org_name(text: str, start: int, lex: dict[str, Any]) -> bool:
    """Whether a run continues a body's name after "of", "for" or "to".

    "Institute of Political ...", "Committee to Protect Journalists".
    """
    window = text[max(0, start - 80) : start]
    if not window[-1:].isspace() or not window.rstrip().endswith(("of", "for", "the", "to")):
        return False  # cheap test first: the regex ends with "of", "for", "to" or "the"
    m = _OF_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    words = re.findall(r"[A-Z][\w’'-]*", m.group(0))
    return any(w.lower() in lex["org_words"] for w in words)


#: "ROLE of the BODY of " before a run: "Chairman of the Management Board of ", "Chairman of
#: the Board of Directors of ".
_POST_OF_BODY_OF = re.compile(
    r"\b([A-Za-z-]+)\s+of\s+the\s+((?:[A-Z][\w-]*\s+(?:of\s+)?){0,2}[A-Z][\w-]*)\s+of\s+(?:the\s+)?\Z"
)


def _person_after_post_body(
    text: str, start: int, run: list[str], lex: dict[str, Any]
) -> list[str] | None:
    """The person ending a run after "ROLE of the BODY of": its last two words, or None.

    In "Chairwoman of the Board of QazTrade Zhanna Abenova" the run after "Board of" names the
    company and then the person who holds the post: a run of three or more words there ends
    with a two-word name when neither word is an organisation's or a blocked word.
    """
    if len(run) < 3:
        return None
    post = _POST_OF_BODY_OF.search(text, max(0, start - 80), start)
    if (
        post is None
        or post.group(1).lower() not in lex["role_words"]
        or not any(w.lower() in lex["org_words"] for w in post.group(2).split())
    ):
        return None
    name = run[-2:]
    if any(
        w in lex["not_name"]
        or w.lower() in lex["blockers"]
        or w.lower() in lex["org_words"]
        or w.lower() in lex["role_words"]
        for w in name
    ):
        return None
    return name


def _after_org_noun(text: str, start: int, lex: dict[str, Any]) -> bool:
    """Whether the word right before ``start`` is an organisation noun ("firm", "bank").

    A country's adjective may stand between them: "the railway company Kyrgyz Temir Zholu".
    """
    word = _word_before(text, start, max(0, start - 30))
    if word is not None and word[:1].isupper() and word in country_adjectives():
        start -= len(word) + 1
        word = _word_before(text, start, max(0, start - 30))
    # a lower-case common noun: "Cooperation Organization Ivo Marek" ends a body's name before
    # a person's
    if word is None or not word.islower() or word not in lex["org_nouns"]:
        return False
    of_role = _ROLE_THEN_LINK.search(text, max(0, start - len(word) - 60), start - len(word) - 1)
    if of_role is not None and of_role.group(1).lower() in lex["role_words"]:
        return False  # "Deputy director of the company Tilek Abdraimov said": the person
    # "fellow broadcaster Jo Roe", "veteran broadcaster Jo Roe": a person's trade
    before = text[max(0, start - 40) : start - len(word) - 1].split()[-2:]
    if before and before[-1].lower() in _PERSON_TRADE_LEADS:
        return False
    # "comedian and broadcaster Cyril Fletcher": a trade joined to a person's role
    return not (len(before) == 2 and before[1] == "and" and before[0] in lex["role_words"])


#: An indefinite determiner (and an adjective) before a run: "a senior", "another", "one".
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[a-z]+\s+)?\Z"
)
#: A generic source noun right after a run: "... Cheong Wa Dae official(s) said".
_UNNAMED_AFTER = re.compile(
    r"\s+(?:officials?|spokes(?:man|woman|person)|sources?|diplomats?|aides?)\b"
)

#: Words before an organisation noun that make it a person's trade ("fellow broadcaster").
_PERSON_TRADE_LEADS = frozenset("fellow veteran former retired".split())


def _word_before(text: str, start: int, lo: int) -> str | None:
    r"""The word of ``[\w-]`` characters and one space right before ``start``, not before ``lo``.

    What ``re.compile(r"([\w-]+) $").search(text, lo, start)`` gives as its group, found by
    stepping back from ``start`` instead (the search tries every position of the window). As
    with the regex, the space may also come right before a newline at ``start - 1``.
    """
    end = min(start, len(text)) - 1
    if end < lo:
        return None
    if text[end] != " ":
        if text[end] != "\n" or end - 1 < lo or text[end - 1] != " ":
            return None
        end -= 1
    begin = end
    while begin > lo and (text[begin - 1].isalnum() or text[begin - 1] in "_-"):
        begin -= 1  # ``\w`` is a letter, digit or "_", as ``str.isalnum`` or "_" says
    return text[begin:end] if begin < end else None


def _after_place_name(
    text: str, start: int, blocked_ends: dict[int, int], lex: dict[str, Any]
) -> bool:
    """Whether a run follows a country, place or body name with only a space between.

    People are written "Russia's Jo Roe" or "Russian envoy Jo Roe"; a run glued to a country's
    name ("Kazakhstan Temir Zholy", "China Eastern Airlines") names a company. An adjective
    ("Russian Jo Roe") is no name of a place.
    """
    begin = blocked_ends.get(start - 1)
    if begin is None or text[start - 1] != " ":
        return False
    if _LINK_BEFORE.search(text, max(0, begin - 12), begin):
        return False  # "Secretary-General of the SCO Jo Lee": the body ends a title
    seat = _BODY_IN.search(text, max(0, begin - 30), begin)
    if seat is not None and (
        seat.group(1).lower() in lex["org_words"] or seat.group(1).lower() in lex["role_words"]
    ):
        # "Minister-Counsellor at the Indian Embassy in Jakarta Jo Roe", "Trade Counsellor in
        # Russia Jo Roe"
        return False
    place = text[begin : start - 1]
    return place[:1].isupper() and place not in country_adjectives()


_BODY_IN = re.compile(r"([A-Za-z-]+)\s+in\s+\Z")  # "Embassy in ", before the city
_LINK_BEFORE = re.compile(r"\b(?:of|for|to|at)\s+(?:the\s+)?\Z")


_ROLE_THEN_LINK = re.compile(
    r"([A-Za-z][\w-]*)\s+(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s?)?\s+)?\Z"
)  # "Deputy Administrator of China's National Energy Administration Liu Jianguo"


def _body_then_name(
    text: str, start: int, words: list[str], lex: dict[str, Any]
) -> tuple[list[str], list[str]] | None:
    """Split "BODY NAME" after "ROLE of/to/for the": the title's body, then the person.

    In "Chief Secretary to the Treasury Paul Boateng" the run "Treasury Paul Boateng" holds an
    organisation word, so it is no name as a whole; the two or three words after the last
    organisation word are, when a role word (or a body's word, "Board of") comes right before
    "of/to/for the".
    """
    if len(words) < 3:
        return None
    link = _ROLE_THEN_LINK.search(text, max(0, start - 40), start)
    if link is None or (
        link.group(1).lower() not in lex["role_words"]
        and link.group(1).lower() not in lex["org_words"]  # "Chairman of the Board of ..."
    ):
        return None
    bodies = [
        i
        for i, w in enumerate(words)
        if w.rstrip(".").lower() in lex["org_words"] or w.rstrip(".") in lex["role_bodies"]
    ]  # ("Leader of the Commons Oliver Heald": the House is a body too)
    if not bodies:
        return None
    name = words[bodies[-1] + 1 :]
    if not 2 <= len(name) <= 3 or any(
        w in lex["not_name"] or w.lower() in lex["blockers"] or w.lower() in lex["role_words"]
        for w in name
    ):
        return None
    # a full stop after the name ends the sentence ("... Treasury Paul Boateng."), not the name
    name = [_without_full_stop(w) for w in name]
    return words[: bodies[-1] + 1], name


#: More portfolio words after a run: "Investment, Trade and Industry Minister".
_PORTFOLIO_LIST_GOES_ON = re.compile(r",?\s+(?:and|&)\s+[A-Z]|,\s+[A-Z]")

#: "ROLE (of State) of/for (the) Word (and) Word ... " right before a run: a minister's
#: portfolio ("in charge of", "responsible for" too).
_PORTFOLIO_LINK = re.compile(
    r"([\w-]+)(?:\s+of\s+State)?\s+(?:in\s+charge\s+of|responsible\s+for|of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*,?\s+(?:and\s+|&\s+)?)*\Z"
)


#: A post held at a body, right before the body's name: "Secretary (Multilateral) at the ".
_POST_AT_BODY = re.compile(r"([\w-]+)(?:\s+\([^()]{1,30}\))?\s+(?:at|of|in)\s+(?:the\s+)?\Z")


#: A post held at a body whose one-word name follows: "Chief of Mission at the Chinese ".
_POST_AT_BODY_BEFORE = re.compile(
    r"([\w-]+)(?:\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}[A-Z][\w-]*)?"
    r"\s+(?:(?:at|of|in)\s+the\s+(?:[A-Z][\w-]*\s+)?|of\s+)\Z"  # (or "Chief of Staff X")
)


def _portfolio_length(text: str, start: int, words: list[str], lex: dict[str, Any]) -> int:
    """How many words open the run as the rest of a post's title (0 if none).

    "Minister of Trade and Integration Arman Shakkaliyev": the run "Integration Arman
    Shakkaliyev" comes after "Minister of Trade and", so its first word belongs to the title.
    The same for the body a post is held at ("Deputy Chief of Mission at the Chinese Embassy Shi
    Yuanqiang", "... at the Foreign Ministry Rizal Siregar", "Chief of Staff Jo Roe"). Only
    portfolio and body words are cut, and a full name (two words or more) must remain.
    """
    body_words = lex["body_or_portfolio_words"]
    n = 0
    while n < len(words) and words[n].lower() in body_words:
        n += 1
    if 0 < n <= 3 and len(words) - n >= 2 and any(w.lower() in lex["org_words"] for w in words[:n]):
        # "Deputy Chief of Mission at the Chinese Embassy Shi Yuanqiang", "Director General
        # for ... at the Foreign Ministry Rizal Siregar": the body where the post is held,
        # then the name
        post = _POST_AT_BODY_BEFORE.search(text, max(0, start - 80), start)
        if (
            post is not None
            and post.group(1).lower() in lex["role_words"]
            and _name_shaped(tuple(words[n:]), lex)  # (not "League Against Cruel Sports")
        ):
            return n
    if len(words) >= 3 and words[0].lower() not in lex["portfolio_words"]:
        # "Deputy Secretary-General for Political-Security Community Astari Daenuri": a
        # portfolio named after a body word, right after "POST for", then the name
        link = _PORTFOLIO_LINK.search(text, max(0, start - 80), start)
        last = max(
            (i for i, w in enumerate(words[:4]) if w.lower() in lex["org_words"]), default=-1
        )
        if (
            link is not None
            and link.group(1).lower() in lex["role_words"]
            and last >= 0
            and len(words) - last - 1 >= 2
            and _name_shaped(tuple(words[last + 1 :]), lex)
        ):
            return last + 1
    if len(words) < 2 or words[0].lower() not in lex["portfolio_words"]:
        return 0
    link = _PORTFOLIO_LINK.search(text, max(0, start - 80), start)
    if link is None:
        return 0
    head = link.group(1).lower()
    if head not in lex["role_words"]:
        # "Deputy Permanent Secretary at the Ministry of Foreign Affairs Nor Hashimah": the
        # ministry's portfolio, after a post held there
        post = _POST_AT_BODY.search(text, max(0, link.start() - 60), link.start())
        if head not in lex["org_words"] or post is None:
            return 0
        if post.group(1).lower() not in lex["role_words"]:
            return 0
    n = 0
    while n < len(words) and words[n].lower() in lex["portfolio_words"]:
        n += 1
    return n if len(words) - n >= 2 else 0


def _joined_to_body(
    text: str, end: int, following: tuple[int, int, list[str]], lex: dict[str, Any]
) -> bool:
    """Whether a run of names is joined by "and"/"&" to a run that ends with a body word.

    "Baoshan Iron and Steel Co", "Procter & Gamble Co": one organisation's name, not a person
    followed by a company.
    """
    f_start, _, f_words = following
    if text[end:f_start] not in (" and ", " & ", "&"):
        return False
    last = f_words[-1].rstrip(".")
    return last.lower() in lex["org_words"] and last not in lex["org_surnames"]


def _attach(
    registry: Registry,
    name: list[str],
    actor: dict | None,
    at: int,
    peers: frozenset[str] = frozenset(),
    gender: str | None = None,
) -> Person:
    if actor is not None:
        canonical = str(actor["name"])
        for p in registry.people:
            if p.name == canonical:
                return p
        person = Person(canonical, tuple(canonical.split()), gender=actor.get("gender"))
        if actor.get("role"):
            person.roles.append(str(actor["role"]))
        registry.people.append(person)
        return person
    if len(name) == 1:
        existing = registry.by_token(name[0], at, gender)
        if existing is not None:
            return existing
    full = " ".join(name)
    words = set(name)  # built once, not once per person compared
    n = len(name)
    peer_first = n == 2 and name[0].lower() in peers
    for p in registry.people:
        if p.name == full:
            p.given_only = False  # the full name is written now: "Sharon Osbourne said"
            return p
        if p.given_only:
            continue  # "Giselle Pakeerah" (inferred) is no "Pakeerah" and no "Ivo Pakeerah"
        if n < len(p.tokens) and words <= set(p.tokens):
            return p
        if len(p.tokens) == 2 and p.lowered[0] in peers and p.tokens[-1] == name[-1]:
            p.rename(full, tuple(name))  # "Lord Arden" then "Tom Arden": the same peer
            return p
        if peer_first and p.tokens[-1] == name[-1]:
            return p  # "Tom Arden" then "Lord Arden"
        if len(p.tokens) < n and words.issuperset(p.tokens):
            p.rename(full, tuple(name))  # a fuller form of someone seen by surname
            return p
    person = Person(full, tuple(name))
    registry.people.append(person)
    return person


def _sentence_around(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, (pos, math.inf)) - 1
    if i >= 0 and bounds[i][0] <= pos < bounds[i][1]:
        return bounds[i]
    return pos, pos


def _has_role(phrase: str, lex: dict[str, Any]) -> bool:
    return bool(find(lex["role_matcher"], phrase))


def _role_leads(phrase: str, lex: dict[str, Any]) -> bool:
    """Whether a role word comes among the first words of an appositive after a name.

    "Jo Roe, the deputy director of the fund," has one; in "Jo Roe, later wrote that the
    president had left" the role word belongs to a clause, not to an appositive.
    """
    hits = find(lex["role_matcher"], phrase)
    if not hits:
        return False
    lead = phrase[: hits[0].start].split()
    if not lead:
        return True
    if (
        phrase[hits[0].start : hits[0].end].isupper()
        and len(lead) > 1
        and all(
            w[:1].isupper()
            and w.lower() not in lex["not_name_lower"]
            and w not in country_adjectives()
            for w in lead
        )
    ):
        return False  # "Director of Public Prosecutions, Ken Macdonald QC,": a name and title
    first = lead[0]
    return len(lead) <= 5 and (
        first[:1].isupper()  # "Liberal Democrat home affairs spokesman"
        or first.lower() in _APPOSITIVE_LEAD
        or first.lower() in lex["role_prefixes"]
        or first.endswith(("'s", "’s"))
    )


#: Words that never open a role written before a name: "echoed by Indian businesswoman Jo
#: Roe", "met with Deputy Minister Jo Roe" (a verb in "-ed" is dropped too).
_NOT_ROLE_LEAD = frozenset(
    "by with to from for of at in on and or but as about against between under over into "
    "than via met meet meets meeting told tells said says saw sees".split()
)

#: Words that may open an appositive before its role word ("a former senior envoy"); a verb,
#: an adverb or a relative pronoun there ("met ...", "later wrote ...", "who ...") opens a
#: clause instead.
_APPOSITIVE_LEAD = frozenset(
    "the a an his her its their one former then senior junior top leading chief acting "
    "outgoing incoming longtime long-time long-serving veteran retired new interim".split()
)


def _role_near(
    text: str,
    bounds: list[tuple[int, int]],
    role_hits: list[int],
    name_start: int,
    name_end: int,
    title: list[str],
    lex: dict[str, Any],
) -> str | None:
    """The role of the person named at ``name_start:name_end``, from its title or appositive.

    ``role_hits`` holds the sorted start offsets of role words in the text; a name with none
    within 200 characters before it (100 after) inside its sentence has no role and is skipped
    cheaply.
    """
    s_start, s_end = _sentence_around(bounds, name_start)
    lo, hi = max(s_start, name_start - 200), min(s_end, name_end + 100)
    i = bisect.bisect_left(role_hits, lo)
    if i == len(role_hits) or role_hits[i] >= hi:
        return _abbreviated_role(title, lex)  # "Gen. Ivan Petrov": a general
    # 1. a title inside the capitalised run, or a role phrase just before the name
    roles = [w for w, h in zip(title, _honorific_marks(title, lex), strict=True) if not h]
    if roles and _has_role(" ".join(roles), lex):
        role = " ".join(roles).strip()  # "Boss Sir Alex Ferguson": the role is "Boss"
        at = text.rfind(role, max(s_start, name_start - 100), name_start)
        if at < 0:
            # the title's words are not contiguous ("Foreign Office Spokesperson" with "Office"
            # no role word): the title as written, from its first to its last role word
            first = text.rfind(roles[0], max(s_start, name_start - 100), name_start)
            last = text.rfind(roles[-1], max(s_start, name_start - 100), name_start)
            if 0 <= first < last:
                at, role = first, text[first : last + len(roles[-1])]
        post = _POST_THEN_OF.search(text, max(s_start, at - 80), at) if at > 0 else None
        if (
            post is not None
            and _has_role(post.group(1), lex)
            and all(w.lower() in lex["portfolio_words"] for w in re.findall(r"\w+", post.group(2)))
        ):
            # "State Minister of Foreign Affairs Ambassador Jo Roe": a post and its portfolio
            # before the title
            at, role = post.start(1), text[post.start(1) : at] + role
        if at >= 0:
            joined = _ROLE_AND_BEFORE.search(text, max(s_start, at - 60), at)
            if joined is not None and _has_role(joined.group(1), lex):
                # "Deputy Prime Minister and Foreign Minister Jo Roe": both posts
                at, role = joined.start(1), text[joined.start(1) : at] + role
        if role.lower() in lex["ranks"]:
            # "the Director of the Executive Committee, Major General Jo Roe,": the post the
            # appositive names, with the rank
            post = _appositive_role(
                text, s_start, s_end, at if at >= 0 else name_start, name_end, lex
            )
            if post:
                return f"{_DETERMINERS.sub('', post)}, {role}"
            lead = _POST_BEFORE_RANK.search(text, max(s_start, at - 60), at) if at > 0 else None
            if (
                lead is not None
                and lead.group(2).lower() in lex["role_words"]
                and lead.group(2).lower() not in lex["ranks"]
            ):
                # "Junta spokesman Major General Jo Roe", "Coast Guard spokesperson Commodore
                # Jo Roe": the post written before the rank, with the rank
                return f"{lead.group(1)}, {role}"
        return _qualified(text, s_start, at, role) if at >= 0 else role
    window_start = max(s_start, name_start - 80)
    if window_start > s_start and not text[window_start - 1].isspace():
        window_start = max(s_start, text.rfind(" ", s_start, window_start) + 1)  # whole words
    before = text[window_start:name_start]
    hits = [
        h
        for h in find(lex["role_matcher"], before)
        if not before[h.end :].strip(" s")
        or _ROLE_COMPLEMENT.fullmatch(before, h.end)
        or _portfolio_after_for(before, h.end, lex)
    ]  # "Ambassador Jo Roe", "China's ambassador to Russia Jo Roe"
    if hits:
        hit = hits[-1]
        if len(hits) > 1 and hit.surface.lower() == f"{hit.payload}s":
            # "Deputy Chairman of the Cabinet of Ministers Jo Roe": a plural role word ends a
            # body; the post is the role before it
            hit = hits[-2]
        lead = re.search(r"(?:[\w’'-]+ ){0,2}$", before[: hit.start])
        start = lead.start() if lead else hit.start
        pos = start
        for word in before[start : hit.start].split():
            pos = before.index(word, pos) + len(word)
            if word.lower() in _NOT_ROLE_LEAD or word.lower().endswith("ed"):
                # "echoed by Indian businesswoman", "Roe received Secretary-General ...": the
                # role starts after the verb or preposition ("shadow chancellor" keeps its lead)
                start = pos
        joined = _ROLE_AND_LOWER.search(before, 0, start)
        if joined is not None and _has_role(joined.group(1), lex):
            start = joined.start(1)  # "its vice-president and chief risk officer Jo Roe"
        role = _without_trailing_honorifics(before[start:].strip(), lex)
        return _DETERMINERS.sub("", role)  # "his Uzbek counterpart"
    role = _appositive_role(text, s_start, s_end, name_start, name_end, lex)
    # ("Philippine National Police (PNP) chief Gen. Jo Roe": the abbreviated rank)
    return role if role is not None else _abbreviated_role(title, lex)


def _abbreviated_role(title: list[str], lex: dict[str, Any]) -> str | None:
    """The role an abbreviated title stands for ("Gen." -> "general"), the last one written."""
    short = [
        lex["abbreviated_roles"][w[:-1].lower()]
        for w in title
        if w.endswith(".") and w[:-1].lower() in lex["abbreviated_roles"]
    ]
    return short[-1] if short else None


#: A capitalised post, "of"/"for" and a portfolio: "State Minister of Foreign Affairs ".
_POST_THEN_OF = re.compile(
    r"((?:[A-Z][\w-]*\s+){1,3})(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w-]*,?\s+(?:and\s+)?){1,4})\Z"
)


#: A post and the first item of its portfolio, then a comma: "Minister of Water Resources, ".
_PORTFOLIO_BEFORE_COMMA = re.compile(
    r"(?<![\w-])[A-Z][\w-]*\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s\Z"
)


def _appositive_role(
    text: str, s_start: int, s_end: int, name_start: int, name_end: int, lex: dict[str, Any]
) -> str | None:
    """A role given around the name: an appositive after or before it, or a long title."""
    # 2. appositive after: "Name, the secretary-general of the SCO,"
    after = text[name_end : min(s_end, name_end + 140)]
    m = _APPOSITIVE_AFTER.match(after)
    if m and _role_leads(m.group(1), lex):
        return m.group(1).strip()
    # 2b. a long capitalised title opening the clause: "Minister in charge of Economy and
    # Financial Policy of the Eurasian Economic Commission Gor Harutyunyan told ..."
    opening = dateline_end(text, s_start)  # "TASHKENT, April 9 (Xinhua) -- Director of ..."
    comma = text.rfind(", ", opening, name_start)
    lead_start = max(opening, comma + 2 if comma >= 0 else 0, name_start - 200)
    listed = comma > opening and _PORTFOLIO_BEFORE_COMMA.search(
        text, max(opening, comma - 80), comma + 2
    )
    if listed:
        # "Minister of Water Resources, Agriculture and Processing Industry Jo Roe": the list of
        # the portfolio goes on after its comma
        before = text.rfind(", ", opening, comma)
        lead_start = max(opening, before + 2 if before >= 0 else 0, name_start - 200)
    words = [w.rstrip(",") for w in text[lead_start:name_start].split()]
    clause = [i for i, w in enumerate(words) if w[:1].islower() and w not in _TITLE_GLUE]
    if clause and words[clause[-1]] in _NOT_ROLE_LEAD:
        # "The meeting was opened by First Deputy Minister of ... of the Republic of
        # Tajikistan Jo Roe": the title after the preposition
        words = words[clause[-1] + 1 :]
    head_word = words[1] if words[:1] and words[0] in _ORDINAL_TITLE and len(words) > 1 else ""
    head_word = head_word or (words[0] if words else "")  # (not "First" in "First Deputy ...")
    if (
        3 <= len(words) <= 22
        and (head_word.lower() in lex["role_words"] or head_word.lower() in lex["role_prefixes"])
        and words[0][0].isupper()
        and all(w.lstrip("(")[:1].isupper() or w in _TITLE_GLUE for w in words)
        and not any(w in ("The", "A", "An") for w in words[1:])
        and any(w.lower() in lex["org_words"] for w in words)  # the body the post is in
    ):
        return " ".join(words)
    # 3. appositive before: "The secretary-general of the SCO, Name," or "India's envoy, Name,"
    head = text[max(s_start, name_start - 160) : name_start]
    # (all three patterns end with ",\s*$": without that comma none can match, and their
    # searches, which try every position of the window, are skipped)
    m = (
        (
            _APPOSITIVE_BEFORE.search(head)
            or _POSSESSIVE_APPOSITIVE.search(head)
            or _OBJECT_APPOSITIVE.search(head)  # "Lin met his counterpart, Ivo Marek,"
            or _INVERTED_APPOSITIVE.search(head)  # '"...," said RNID technology director, Ivo'
        )
        if head.rstrip().endswith(",")
        else None
    )
    if m is None and head.rstrip().endswith(","):
        prep = _PREP_POSSESSIVE_APPOSITIVE.search(head)
        if prep is not None and _role_leads(prep.group(2), lex):
            m = prep  # (not "with Barcelona's Ronaldinho and ... of the Year, AC Milan's X")
    if m and _has_role(m.group(1), lex):
        role = m.group(1).strip()
        # "The opening session was led by the executive secretary of the ministry, Jo Roe,":
        # the post after the verb and its preposition
        cuts = [c.end() for c in _CLAUSE_BEFORE_POST.finditer(role)]
        if cuts and _has_role(role[cuts[-1] :], lex):
            role = role[cuts[-1] :]
        return role
    # 3b. a capitalised title opening the sentence, before the name's comma: "South African
    # Ambassador to Ethiopia and Permanent Representative to the African Union, Jo Roe, said"
    lead = text[opening:name_start]
    honorific = _LAST_WORD.search(lead)
    if honorific is not None and honorific.group(1).rstrip(".").lower() in lex["honorifics"]:
        lead = lead[: honorific.start(1)]  # "Official Spokesperson, Shri Jo Roe:"
    if lead.endswith(", ") and "," not in lead[:-2]:
        words = lead[:-2].split()
        if (
            2 <= len(words) <= 16
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w in _TITLE_GLUE for w in words)
            and words[0] not in ("The", "A", "An")
            and _has_role(lead, lex)
        ):
            return lead[:-2]
    # 4. a relative clause after: "Name, who served as India's ambassador to X,"
    served = _SERVED_AS.match(after) if ", who " in after[:6] else None
    if served is None and " who " in after[:60]:
        # "Jo Roe, a career diplomat who served as Kazakhstan's ambassador to Malaysia,"
        served = _DESCRIBED_SERVED_AS.match(after)
    if served and _has_role(served.group(1), lex):
        return served.group(1).strip()
    return None


#: A verb (or its preposition) before a determined post: "was led by ", "met with ".
_CLAUSE_BEFORE_POST = re.compile(
    r"\b(?:by|with|to|from|met|meets|told|tells|said|says|welcomed|thanked)\s+"
    r"(?=(?:the|a|an|his|her|its|their)\s)"
)

#: Lower-case words inside a long capitalised title ("Minister in charge of Economy and ...").
_TITLE_GLUE = frozenset("of the in charge for and on to at & with".split())
_ORDINAL_TITLE = frozenset(("First", "Second", "Third"))

#: Capitalised title words and "and" right before a title: "Deputy Prime Minister and ".
_ROLE_AND_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){1,4})and\s+\Z")
#: The same in lower case, after the role phrase's lead was cut: "vice-president and ".
_ROLE_AND_LOWER = re.compile(r"(?<![\w-])((?:[a-z][\w-]*\s+){1,3})and\s+\Z")


def _qualified(text: str, s_start: int, at: int, role: str) -> str:
    """A role with the country or body written right before it: "Kazakh Foreign Minister".

    Only a capitalised word or two that are no sentence opener, or a possessive ("India's"),
    count; "Speaking on Monday, Foreign Minister X" keeps "Foreign Minister".
    """
    m = _QUALIFIER.search(text, max(s_start, at - 60), at)
    if m is None or m.group(1).split()[0].lower() in _NOT_QUALIFIERS:
        return role
    return text[m.start(1) : at + len(role)]


_QUALIFIER = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*(?:['’]s)?)\s+$")
_NOT_QUALIFIERS = frozenset(
    "the a an and but or as at in on of for by to with from after before when while then "
    "meanwhile however also mr mrs ms dr".split()
)


def _portfolio_after_for(before: str, at: int, lex: dict[str, Any]) -> bool:
    """Whether ``before[at:]`` is "for" and lower-case portfolio words.

    In "deputy governor for international affairs Jo Roe" the role before them is the name's.
    """
    words = before[at:].split()
    return (
        1 < len(words) <= 4
        and words[0] == "for"
        and all(w in lex["portfolio_words"] for w in words[1:])
    )


_ROLE_COMPLEMENT = re.compile(
    r"s?\s+(?:(?:(?:to|of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:and\s+(?=[A-Z]))?){1,4}){1,3}"
    # a portfolio listed with commas that ends in "and ...": "for Planning, Development and
    # Special Initiatives"
    r"|(?:for|of)\s+(?:[A-Z][\w’'.-]*,\s+){1,4}(?:[A-Z][\w’'.-]*\s+){0,2}and\s+"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})?"
    r"|\((?i:retd|retired|rtd|ret)\.?\)\s+)",  # "Lieutenant General (retd) Jo Roe"
)  # ("Deputy Minister of Energy and Mines Jo Roe", "Ambassador of Malaysia to Kazakhstan Jo Roe",
# "Minister for Planning, Development and Special Initiatives Jo Roe", "Ambassador of the
# Republic of Korea to China Jo Roe")
_SERVED_AS = re.compile(
    r",\s+who\s+(?:(?:has|had|once|previously|formerly)\s+)?"
    r"(?:served|serves|is|was|works|worked|acts|acted)\s+as\s+(?:the\s+|a\s+|an\s+)?"
    r"([^,;.]{3,100}?)(?=,|;|\.|\s+and\s+(?:later|then|now)\b|$)"
)
#: A lower-case word that is no preposition or article, then a two-word name, ending a phrase.
_ENDS_WITH_PERSON = re.compile(
    r"\b(?!(?:the|of|in|at|for|and|to|with)\b)[a-z][\w'’-]*\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\Z"
)

_DESCRIBED_SERVED_AS = re.compile(
    r",\s+(?:a|an)\s+[\w\s-]{1,40}?\s+who\s+(?:(?:has|had|once|previously|formerly)\s+)?"
    r"(?:served|worked)\s+as\s+(?:the\s+|a\s+|an\s+)?"
    r"([^,;.]{3,100}?)(?=,|;|\.|\s+and\s+|\s+before\s+|\s+until\s+|$)"
)
_APPOSITIVE_AFTER = re.compile(
    r",\s+((?:the|a|an|its|his|her)?\s*(?:[^,;:()]|\([^(),;:]{1,20}\)){2,130}?)"
    r"(?=,|;|\.|$| (?:said|says|told|tells|added|adds|noted|notes|stressed|warned|argued)\b"
    r"| and (?:a|an|the|former|also)\b)"  # "NAME, ROLE and a former ambassador to X,"
)
_POSSESSIVE_APPOSITIVE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but|while|whereas)\s+)"
    # (not "For South Africa's deputy minister, Jo Roe, the priority is ...": the preposition
    # is no part of the post)
    r"(?:(?:For|To|From|With|By|In|On|At|Of|As|Like|After|Before|Under)\s+)?"
    # (a body's possessive: "the Ministry of Finance's secretary for international affairs, ")
    r"((?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,3}[A-Z][\w.’'-]*['’]s\s+"
    r"[^,;]{2,80}),\s*$"
)
#: The same after a preposition or "met": "co-chaired with Kazakhstan's Vice Minister of Trade,
#: Aibek Zhunusov" (the post must open right after the possessive; see ``_appositive_role``).
_PREP_POSSESSIVE_APPOSITIVE = re.compile(
    r"\b(?:with|by|to|from|met|meets)\s+"
    r"((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*['’]s\s+([^,;]{2,80})),\s*$"
)
_OBJECT_APPOSITIVE = re.compile(
    r"\s((?:the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    # "according to its vice-president and chief financial officer, Jo Roe": two posts
    r"(?:\s+and\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)?"
    # "led by its director for Middle East and North Africa projects, Jo Roe"
    r"(?:\s+(?:for|of|at|in)\s+(?:[\w’'-]+\s+){0,6}[\w’'-]+)?),\s*$",
    re.I,
)
_INVERTED_APPOSITIVE = re.compile(
    r"\b(?:said|says|added|adds|explained|noted|stressed|warned)\s+"
    r"((?:[\w’'.&-]+\s+){0,5}[\w’'.&-]+),\s*$"
)
_LAST_WORD = re.compile(r"(\S+)\s+\Z")

_APPOSITIVE_BEFORE = re.compile(
    # (after a dateline: "JAKARTA, Oct 14 (Bernama) -- ", "MOSCOW (Sputnik) - ")
    r"(?:^|[,;:]\s*|\s(?:--|[—–])\s*|\s-\s+)"
    r"((?:the|a|an|his|her|its|their)\s+[^,;]{2,100}(?:\([^)]*\))?[^,;]*),\s*$",
    re.I,
)


#: A family noun opening the appositive after a name: ", father of", ", the mother of".
_KIN_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+)?([a-z]+)\s+of\b")
_GENDERED = re.compile(r"\b(he|his|him|himself|she|her|herself)\b", re.IGNORECASE)


def _learn_gender(text: str, registry: Registry, bounds: list[tuple[int, int]]) -> None:
    """Guess gender from a pronoun later in a sentence the person opens ("Roe said he ...").

    Only a pronoun in the same sentence counts, only when the person is that sentence's
    subject, and only when no other person is named between the name and the pronoun.
    """
    starts = sorted(s for p in registry.people for s, _ in p.mentions)
    for person in registry.people:
        if person.gender is not None:
            continue
        for start, end in person.mentions[:4]:
            who = _WHO_PRONOUN.match(text, end)
            if who is not None:
                # "She succeeded Jo Roe, who now heads his country's embassy": the relative
                # clause is about the name right before it
                person.gender = "m" if who.group(1).lower() in _MALE_PRONOUNS else "f"
                break
            if start not in person.subject_at:
                continue
            _, s_end = _sentence_around(bounds, start)
            m = _GENDERED.search(text, end, max(s_end, end))
            if not m:
                continue
            k = bisect.bisect_right(starts, end)
            if k < len(starts) and starts[k] < m.start():
                continue  # someone else named in between: the pronoun may be theirs
            person.gender = "m" if m.group(1).lower() in _MALE_PRONOUNS else "f"
            break


_MALE_PRONOUNS = frozenset({"he", "his", "him", "himself"})
#: A relative clause right after a name, with a pronoun of its own: ", who took up her post".
_WHO_PRONOUN = re.compile(
    r",\s+who\s+(?:[^,.;:!?\"“”()]{0,80}?\s)?"
    # a possessive or reflexive only ("who told her that" may be about someone else)
    r"(his|himself|herself|her(?=\s+(?!that|to|the|a|an|and|in|on|for|with|about|of)[a-z]))\b",
    re.I,
)


_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+((?:[\w’'-]+\s+){0,3})\Z")


def _learn_ages(text: str, registry: Registry) -> None:
    """A person's age as the article gives it: "Jo Roe, 46, said" or "the 46-year-old Jo Roe".

    "The 46-year-old" later in the article then finds that person, not whoever was named last.
    """
    if "year-old" not in text and not re.search(r",\s*\d{1,3},", text):
        return
    roles = people_lexicon()["role_words"]
    for person in registry.people:
        for start, end in person.mentions:
            m = _AGE_AFTER.match(text, end)
            if m is None:
                m = _AGE_BEFORE.search(text, max(0, start - 60), start)
                between = m.group(2).split() if m else []
                if any(w[:1].islower() and w.lower() not in roles for w in between):
                    m = None  # "the 71-year-old Jo Roe met Ivo Marek": Marek is not 71
            if m is not None:
                person.age = int(m.group(1))
                break


def _possessive_at(surface: str, at: int) -> bool:
    return surface.startswith(("'s", "’s", "' ", "’ "), at) or surface[at:] in ("'", "’")


def _first_pronoun(text: str, start: int, position: int, gender: str) -> int:
    """Where the sentence first uses a pronoun of ``gender`` before ``position``."""
    for m in _GENDERED.finditer(text, start, position):
        word = m.group(1).lower()
        if (word in ("he", "his", "him", "himself")) == (gender == "m"):
            return m.start()
    return position


_AGED = re.compile(r"\d{1,3}-year-old")

#: Words that open a phrase naming someone not yet identified ("a diplomat", "one official").
_INDEFINITE = frozenset(
    "a an one some several many two three four other another any senior unnamed".split()
)

#: A country's or body's possessive opening a source: "Thailand's defence minister".
_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?\s")

_DETERMINERS = re.compile(
    r"^(?:the|a|an|its|his|her|their|one|another|two|three|some|many)\s+", re.I
)


#: A body named after a post: "the Office of the Deputy Prime Minister", "the press service of
#: the Uzbek President" (one word may modify the body, one capitalised word the post).
_BODY_OF = re.compile(
    r"(?:the\s+)?(?:[A-Za-z]+\s+)?([A-Za-z]+)\s+of\s+(?:the\s+(?:(?-i:[A-Z])[a-z]+\s+)?)?", re.I
)

#: Informed sources: "people familiar with Brazil's thinking" are no government.
_FAMILIAR_WITH = re.compile(
    r"(?:(?:the|two|three|several|some)\s+)?(?:people|persons|sources|officials|diplomats|"
    r"insiders|an?\s+[\w-]+)\s+(?:familiar\s+with|close\s+to|briefed\s+on|aware\s+of|"
    r"with\s+(?:direct\s+)?knowledge\s+of)\b",
    re.I,
)


def _people_of(data_nouns: frozenset[str]) -> re.Pattern[str]:
    """People "of", "behind" or "at" a body: "one of the brothers behind the Falic Group".

    The head is a plural or a "one of" (people, not the body), and "companies contacted by the
    BBC" are not the BBC; data nouns ("figures from the Bank of England") speak for the body.
    """
    data = alternation(data_nouns) or "(?!)"
    return re.compile(
        r"^(?:(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]ll)\s+of\s+)?"
        r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z][\w-]*\s+){0,2}"
        rf"(?!(?:{data})\b)(?:[a-z]+s|member|founder|fan|friend|relative|source|person|insider|"
        r"employee|executive|staffer)\s+"
        r"(?:of|behind|at|in|within|inside|from|close\s+to|[a-z]+ed\s+by)\s+(?:the\s+)?(?=[A-Z])"
    )


def _is_descriptor(word: str, lex: dict[str, Any]) -> bool:
    """A person descriptor ("Yorker") or a hyphenated description ("Oscar-winner")."""
    low = word.lower()
    return low in lex["descriptors"] or ("-" in low and low.endswith(_DESCRIPTIVE_SUFFIXES))


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z")

#: First parts of hyphenated titles: "Under-Secretary", "Vice-Chancellor", "Co-Chair" (and not
#: "McEwen-King", a surname that ends like a role).
_ROLE_HYPHEN_PREFIXES = frozenset("under vice co deputy ex acting assistant joint chief".split())

#: Ends of hyphenated words that describe the person after them, never part of a name.
_DESCRIPTIVE_SUFFIXES = ("-year-old", "-winner", "-winning", "-born", "-based")

#: A name that is the object of a common noun's preposition: "a spokesman for Prime Minister
#: Jo Roe", "the parents of Jo Roe", "lawyers for Jo Roe". (A capitalised head, as in "Minister
#: of Foreign Affairs Jo Roe", is a title and the name its holder.)
_OBJECT_OF_NOUN = re.compile(
    r"\b(?!(?:and|or|but|the|a|an|charge|responsible)\b)[a-z][\w-]*\s+(?:of|for|to|at|with|from)\s+"
    r"(?:(?:[A-Z][\w.’'-]*\s+)(?:(?:and\s+)?[A-Z][\w.’'-]*\s+){0,5}|the\s+)?\Z"
    # (a long title: "a spokesman for European Justice and Home Affairs Commissioner Jo Roe";
    # not "envoy to the UN Jo Roe": the UN's envoy)
    r"|^(?:[A-Z][\w-]*\s+)?[A-Za-z][\w-]*\s+(?:of|for|to|at|with|from)\s+\Z"  # "Lawyers for Jo Roe"
)


def _someone_of(surface: str, at: int, lex: dict[str, Any]) -> bool:
    """Whether the name at ``at`` is the object of a common noun ("a spokesman for Jo Roe").

    A post held at a body whose name comes right before the holder is no object: in "the
    president of State Oil Company Rovnag Abdullayev" the body's last word is an organisation
    word, so the name is the president's own.
    """
    found = _OBJECT_OF_NOUN.search(surface, 0, at)
    if found is None:
        return False
    words = surface[found.start() : at].split()
    head, last = words[0].lower(), words[-1].rstrip(",")
    return not (
        len(words) > 3
        and head in lex["role_words"]
        and last.lower() in lex["org_words"]
        and last[:1].isupper()
    )


#: "of the (Russian Foreign) Ministry (of Foreign Affairs)": a ministry, the whole of the phrase.
_OF_MINISTRY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[Mm]inistry"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?\s*,?"
)


#: "of the ..." right after a role word, up to the end of the source phrase.
_OF_PHRASE = re.compile(r"\s+of\s+.*", re.S)


#: An acronym in brackets ending a source phrase, after its name: "... Company Limited (LCR)".
_TRAILING_ACRONYM = re.compile(r"(?<=\w)\s+\([A-Z][A-Za-z0-9&]{1,9}\)\s*\Z")

#: Capitalised words and "of" before a country ending a source: "Global New Light of ".
_TITLED_OF = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*\s+){2,5}of\s+(?:the\s+)?\Z")


#: A lower-case organisation noun and the body's name ending a source: "broadcaster CCTV".
_NOUN_THEN_NAME = re.compile(r"\b([a-z][\w-]*)\s+((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\Z")

#: A lower-case post and "of"/"at" before a body's name, perhaps inside a longer body or after
#: its owner's name: "the executive director of the Regional Anti-Terrorist Structure of the ",
#: "a senior official of the Shanghai Cooperation Organisation's ".
_POST_OF_TAIL = re.compile(
    r"\b([a-z-]+)\s+(of|at|for|to)\s+(?:the\s+)?"  # ("envoy for the", "ambassador to")
    r"(?:[A-Z][\w-]*(?:['’]s)?\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,6}\Z"
)


def _post_of_before(head: str, lex: dict[str, Any]) -> bool:
    """Whether ``head`` ends with a post held at the body named next ("the director of the")."""
    m = _POST_OF_TAIL.search(head)
    if m is None or m.group(1) not in lex["role_words"]:
        return False
    # "a spokesman for the UN" speaks for the body; "the envoy for the SCO" holds a post at it
    return not (m.group(1).startswith("spokes") and m.group(2) == "for")


def classify_source(
    surface: str,
    position: int,
    registry: Registry,
    mentions: list[tuple[int, int, str, str, str | None]],
    *,
    extra: Any = None,
    sentence_start: int | None = None,
    text: str | None = None,
) -> tuple[str | None, str, str | None, Person | None]:
    """Resolve a source mention to ``(speaker, speaker_type, speaker_role, person)``.

    Args:
        surface: The source as written ("He", "the secretary-general", "Zhang", "Moscow").
        position: Its start offset in the article (only earlier mentions are used).
        registry: The article's people.
        mentions: ``(start, end, kind, entity, iso3)`` of countries, organisations and places.
        extra: Optional user people lexicon.
        sentence_start: Start of the sentence holding the source; with ``text``, a pronoun is
            resolved where the sentence first uses it ("When he refused to back Prime
            Minister Ivo Roe, he said ..." -> the first "he", before Roe is named).
        text: The article's text (needed with ``sentence_start``).

    Returns:
        ``speaker`` (canonical name or NA), ``speaker_type`` (person, organization, country,
        unnamed), ``speaker_role`` and the resolved ``Person`` if any.
    """
    lex = people_lexicon(extra)
    acronym_after = _TRAILING_ACRONYM.search(surface) if surface.endswith(")") else None
    if acronym_after is not None:
        surface = surface[: acronym_after.start()]  # "the Laos–China Railway Company (LCR)"
    s = surface.strip().strip(",")
    low = s.lower()
    if low in _PRONOUNS:
        gender = _PRONOUNS[low]
        at = position
        if text is not None and sentence_start is not None and sentence_start < position:
            at = _first_pronoun(text, sentence_start, position, gender)
        trailing = (
            text is not None
            and sentence_start is not None
            and at == position
            and text[sentence_start:at].rstrip().endswith(",")
        )  # "Mr Blair had been hurt, he added": the clause before is what he says
        person = registry.by_pronoun(gender, at, content_from=sentence_start if trailing else None)
        unnamed = max(
            (
                t
                for t, g in registry.unnamed_spoke
                if t < at
                and (
                    g == gender
                    # a source of unknown gender ("one freight forwarder") may be the "he" or
                    # "she" of its own paragraph
                    or (g is None and registry._paragraph(t) == registry._paragraph(at))
                )
            ),
            default=-1,
        )
        # '"...," the official said. He added that ...': an unnamed source (of this gender or
        # none known) who spoke in this sentence or the one before
        unnamed = max(
            unnamed,
            max(
                (
                    t
                    for t, r in registry.unnamed_roles
                    if t < at
                    and registry._sentences_apart(t, at) <= 1
                    and gender_of_role(r, extra) in (None, gender)
                ),
                default=-1,
            ),
        )
        if person is not None and unnamed < _last_seen(person, at):
            if person.gender is None and gender is not None:
                # "The diplomat said A, and he warned B": he is a man from now on, so a later
                # "she" means someone else
                person.gender = gender
            return person.name, "person", person.role, person
        return None, "unnamed", None, None  # or "a spokeswoman said ... She added"
    if low in ("they", "we", "i", "you"):
        return None, "unnamed", None, None
    if low in FORMER_LATTER:
        # "Lavrov met Wang Yi. The latter said ...": of the last two people named, the second
        named = sorted(
            (
                (max((ms for ms, _ in p.mentions if ms < position), default=-1), i)
                for i, p in enumerate(registry.people)
            ),
            reverse=True,
        )
        named = [(at, i) for at, i in named if at >= 0][:2]
        if len(named) == 2:
            person = registry.people[named[FORMER_LATTER[low]][1]]
            return person.name, "person", person.role, person
        return None, "unnamed", None, None
    if low == "it":
        return None, "organization", None, None
    if low.startswith("official "):
        # "Official Beijing has stated", "official Moscow": the capital's government
        capital = [m for m in mentions if m[0] == position + 9 and m[4]]
        if capital and capital[0][1] == position + len(s):
            entity = capital[0][3]
            return government_of(entity) or entity, "country", None, None
    known_body = _known_body(_DETERMINERS.sub("", s), registry.org_names, lex)
    if known_body is not None:
        return known_body, "organization", None, None  # "Kyrgyz Temir Zholu said" again
    # a person whose name is written inside the source phrase
    span_end = position + len(surface)
    inside_people = [
        (ms, p)
        for p in registry.people
        for ms, me in p.mentions
        # (or ending it: "Faizal Abdullah" cut from "... to Kazakhstan Mohd Faizal Abdullah")
        if (
            position <= ms
            or (
                position < me == span_end
                and text is not None
                and (
                    "." not in text[ms:position]
                    or text[ms:position].strip()[:-1] in lex["given_abbreviations"]
                )
            )
        )
        and me <= span_end
        and not _possessive_at(surface, me - position)
        and not _someone_of(surface, max(0, ms - position), lex)
    ]  # "Roe's spokesman", "police investigating Roe's death", "a spokesman for Roe": not Roe
    if inside_people:
        person = max(inside_people, key=lambda x: x[0])[1]
        person.evidence = True
        return person.name, "person", person.role, person
    # a person named here or earlier
    for start, end in _names_in(s, lex):
        name = s[start:end]
        if _possessive_at(s, end) or _someone_of(s, start, lex):
            continue  # "Roe's spokesman", "lawyers for Roe": someone of Roe's, not Roe
        if _after_org_noun(s, start, lex):
            # "IT firm Dimension Data", "accountancy firm Ernst & Young"
            return s[start:], "organization", None, None
        actor = lex["actors"].get(name.lower())
        target = actor["name"] if actor else name
        for person in registry.people:
            if person.name == target or target in (" ".join(person.tokens),):
                person.evidence = True
                return person.name, "person", person.role, person
        tokens = name.split()
        if len(tokens) == 1:
            person = registry.by_token(tokens[0], position + 1)
            if person is not None:
                person.evidence = True
                return person.name, "person", person.role, person
        if actor:
            return str(actor["name"]), "person", actor.get("role"), None
    # an organisation or country mention inside the source phrase
    inside = [
        m
        for m in mentions
        if position <= m[0]
        and m[1] <= position + len(surface)
        and not surface.startswith("-based", m[1] - position)  # "Paris-based Euronext"
    ]
    if lex["people_of"].match(s) or _FAMILIAR_WITH.match(s):
        return None, "unnamed", None, None  # "one of the brothers behind the Falic Group"
    plural_of = _PLURAL_OF.match(s)
    if plural_of is not None and plural_of.group(1).lower()[:-1] in lex["role_set"]:
        # "Officials of the Federal Board of Revenue told Dawn": unnamed people of the body
        return None, "unnamed", plural_of.group(1), None
    end = position + len(surface.rstrip(" ,"))
    heads = [
        m
        for m in inside
        if m[2] == "organization"
        and m[1] == end
        and not _BY_BEFORE.search(surface, 0, m[0] - position)
        and not _post_of_before(surface[: m[0] - position], lex)
    ]  # (not "the company contacted by the BBC": the BBC did the contacting, not the saying;
    # not "the executive director of the SCO": its post-holder)
    if heads:  # "the official Xinhua News Agency": the phrase ends with the organisation's name
        return heads[-1][3], "organization", None, None
    named = _DETERMINERS.sub("", _BASED_IN.sub("", s))
    lexicon_org = any(m[2] == "organization" for m in inside)  # its canonical form comes later
    if not lexicon_org and _organisation_name(named.split(), lex):
        # a name holding an organisation word: "Deutsche Boerse", "the Bank of England"
        return named, "organization", None, None
    body_of = _BODY_OF.match(s)
    if (
        body_of is not None
        and body_of.group(1).lower() in lex["org_heads"]
        and (held := lex["role_re"].match(s, body_of.end())) is not None
        and held.group(0).lower() in lex["role_set"]  # one post, not "a group of MPs"
    ):
        # "the Office of the Deputy Prime Minister", "the press service of the president": the
        # body speaks, not the person whose office it is
        return _DETERMINERS.sub("", s), "organization", None, None
    role_match = lex["role_re"].search(s)
    owned = False  # "the prime minister's spokesman": someone's spokesman, not a named holder
    while role_match and s[role_match.end() : role_match.end() + 2] in ("'s", "’s"):
        role_match = lex["role_re"].search(s, role_match.end())  # "the singer's agent"
        owned = True
    if owned and role_match:
        return None, "unnamed", role_match.group(0), None
    if role_match and _in_compound(s, role_match.start(), role_match.end()):
        role_match = None  # "the eight-player team": a compound, not a role
    if role_match and s[role_match.end() : role_match.end() + 1] == " ":
        head = lex["role_re"].match(s, role_match.end() + 1)
        if head is not None and head.group(0).lower() in lex["role_set"]:
            # "the assistant undersecretary": one post, not an assistant
            whole = re.compile(re.escape(s[role_match.start() : head.end()]))
            role_match = whole.match(s, role_match.start())
    if role_match:
        rank = _RANK_BEFORE.search(s, 0, role_match.start())
        if rank is not None:
            # "the deputy permanent secretary": a deputy's post, not any secretary
            whole = re.compile(re.escape(s[rank.start() : role_match.end()]))
            role_match = whole.match(s, rank.start())
    if role_match:
        matched = role_match.group(0).lower()
        plural = matched not in lex["role_set"] and matched[:-1] in lex["role_set"]
        if plural or low.split()[0] in _INDEFINITE:
            if not plural and low.split()[0] in ("a", "an"):
                # "..., a senior Iranian diplomat said. The diplomat, Jo Roe, told ...": the
                # next sentences name the source with "The ROLE, NAME,"
                named = registry.introduced_after({matched}, position, matched)
                if named is not None and any(r.lower() == f"the {matched}" for r in named.roles):
                    return named.name, "person", named.role, named
            return None, "unnamed", role_match.group(0), None  # "a Kremlin official", "officials"
        phrase = role_match.group(0).lower()
        if phrase in lex["role_synonyms"]:  # "the Head of State": a president, not any head
            words = {phrase} | lex["role_synonyms"][phrase]
        else:
            # ("the deputy minister" asks for a deputy, never for the minister)
            words = _held_heads(role_match.group(0).rstrip("s")) | {phrase}
            for word in list(words):
                words |= lex["role_synonyms"].get(word, set())
        of_phrase = _OF_PHRASE.match(s, role_match.end())
        ministers: set[str] = set()
        if (
            phrase in lex["ministry_heads"]
            and of_phrase is not None
            and _OF_MINISTRY.fullmatch(of_phrase.group(0))
        ):
            # "the head of the Russian Foreign Ministry" is its minister, before any other head
            ministers = {"minister"} | lex["role_synonyms"].get("minister", set())
        qualifier = {  # "the Malaysian minister": only someone the article ties to Malaysia
            w.lower()  # ... and "the ASEAN official" someone whose role names ASEAN
            for m in inside
            if (m[4] or m[2] == "organization")
            and (
                m[0] < position + role_match.start()
                # "the head of the Uzbek diplomatic service": Uzbek qualifies "head"
                or (of_phrase is not None and m[0] < position + of_phrase.end())
            )
            for w in (surface[m[0] - position : m[1] - position], m[3])
        }
        describing = phrase in lex["describing_roles"] and of_phrase is None
        person = (
            registry.by_role(ministers, position, qualifier) if ministers else None
        ) or registry.by_role(words, position, qualifier, describing=describing)
        written = _DETERMINERS.sub("", s).lower()  # "union minister"
        if person is not None and " " in written and not _holds_exactly(person, written):
            # "the Union Minister": whoever holds that post as written, before a deputy
            # foreign minister named since
            exact = [
                (max(ms for ms, _ in p.mentions if ms < position), p)
                for p in registry.people
                if any(ms < position for ms, _ in p.mentions) and _holds_exactly(p, written)
            ]
            person = max(exact, key=lambda x: x[0])[1] if exact else person
        if person is not None and of_phrase is not None:
            # "the head of the anti-terrorist body": whoever's post names that body ("Director
            # of ... the Regional Anti-Terrorist Structure"), before a president named since
            body = _content_words(of_phrase.group(0)[:80])
            if body and not body & _content_words(" ".join(person.roles)):
                person = registry.by_role(words, position, body_words=body) or person
        if person is None and text is not None and phrase in lex["guest_roles"]:
            # "President X received a delegation headed by Y, who arrived on a working visit.
            # ... The guest said": the person named last who is not the host
            person = _guest(registry, text, position, lex["host_re"])
        if person is None and describing and not qualifier:
            # "The diplomat stressed" after "Jo Roe, the Executive Director of the CICA
            # Secretariat": whoever holds a post in an intergovernmental body
            person = registry.by_role(words, position, any_role=True, blocs_only=True)
        titled = s[4:5].isupper() and of_phrase is None  # "The Transport Minister said"
        if person is None and low.startswith("the ") and (of_phrase is not None or titled):
            # "Rustam Sadykov is less convinced. The director of the Centre for Policy Studies
            # believes ...": a description of the person who opens the sentence before, if the
            # article has given that person no other role; the same for a capitalised title
            # after a person who spoke ("..., says Jo Roe. The Transport Minister said ...")
            near = registry.nearest(position)
            seen = -1 if near is None else _last_seen(near, position)
            if (
                near is not None
                and not near.roles
                and (
                    # (a title: the article's first-named person, who has just spoken; the
                    # statement's source may open with an honorific: "says Datuk Seri Jo Roe")
                    any(seen - 40 <= t <= seen for t in near.spoke_at)
                    and near is registry.first_named()
                    if titled
                    else seen in near.subject_at
                )
                and not (titled and registry.introduced_after(words, position, phrase))
                # (or in the same sentence: "Jo Roe has spent his career in the services, but
                # the executive director of the centre says ...")
                and registry._sentences_apart(seen, position) <= 1
            ):
                person = near
                person.roles.append(_DETERMINERS.sub("", s))  # "the director" from now on
                person.evidence = True
        if (
            person is None
            and low.startswith("the ")
            and phrase in lex["descriptive_roles"]
            and not re.search(r"['’]s\b", s)
        ):
            # "the presenter said" when nobody was given the role: the article's main person
            # (not "the singer's agent")
            person = registry.protagonist(position)
        if (
            person is None
            and of_phrase is None
            and (low.startswith("the ") or _POSSESSIVE_LEAD.match(s))
            and registry.by_role(words, position) is None
        ):
            # "Thailand's defence minister said ... Defence Minister Jo Roe told ...": the post
            # first, the name in the next sentence (not a former post, and not a post of
            # another country: "the former Cambodian minister" is no Chinese defence minister)
            later = (
                None
                if low.startswith("the former ")
                else registry.introduced_after(words, position, phrase)
            )
            written = " ".join(later.roles).lower() if later is not None else ""
            if later is not None and (
                not qualifier
                or any(re.search(rf"\b{re.escape(q)}\b", written) for q in qualifier)
                or not _content_words(written) & country_words()  # "Defence Minister Jo Roe"
            ):
                person = later
        if (
            person is None
            and of_phrase is not None
            and low.startswith("the ")
            and registry.by_role(words, position) is None
        ):
            # "..., the head of the SCO's counter-terrorism body believes. Jo Roe ... has
            # headed the Executive Committee of the Regional Anti-Terrorist Structure": the
            # person named next whose post names the same body
            later = registry.introduced_after(words, position, phrase)
            body = {w[:6] for w in _content_words(of_phrase.group(0)[:80])}
            if later is not None and body & {w[:6] for w in _content_words(" ".join(later.roles))}:
                person = later
        if (
            person is None
            and (
                _POSSESSIVE_LEAD.match(s)
                # "Britain will open an office, the Foreign Office minister for Central Asia
                # has said. ... Stephen Doughty said": a definite post in the article's lead
                # (or "..., its vice-president said": the body's post)
                or (
                    low.startswith(("the ", "its ")) and registry._sentences_apart(0, position) == 0
                )
            )
            and registry.by_role(words, position) is None
        ):
            # "Iran's deputy minister of trade said ... Speaking at a forum, Jo Roe said": the
            # one person named next, with no post of their own, holds it from now on
            post = _DETERMINERS.sub("", s)
            person = registry.named_next(position, post, text)
            if person is not None and post not in person.roles:
                person.roles.append(post)
        if person is None and low.startswith("the former "):
            # "..., according to its secretary-general, Nurlan Yermekbayev. ..., the former
            # Kazakh defence minister, who took up the post in January, said": a past post of
            # the person named just before, which nobody holds now
            near = registry.nearest(position)
            seen = -1 if near is None else _last_seen(near, position)
            if (
                near is not None
                and near.roles
                and registry._sentences_apart(seen, position) <= 2
                and not registry.named_in_sentence(near, position)
            ):
                person = near  # (not "The former finance officer said Mr Ebbers knew")
        if (
            person is None
            and low.startswith("the ")
            and of_phrase is None
            and (phrase in lex["describing_roles"] or phrase in lex["ranks"])
            and role_match.group(0).islower()  # (not "the GCC Secretariat General")
        ):
            # '"...," Jo Roe stressed. "...," the Russian banker concluded.': a noun that
            # describes rather than names a post, held by nobody, is the person just quoted
            person = _last_speaker_described(registry, position, phrase, extra, text)
        if person is not None and _unnamed_since(registry, person, position, words):
            return None, "unnamed", role_match.group(0), None
        if person is not None:
            return person.name, "person", person.role, person
        return None, "unnamed", role_match.group(0), None
    bare = _DETERMINERS.sub("", low)
    last_word = bare.split()[-1] if bare.split() else ""
    if low.startswith("the ") and (last_word in lex["descriptive"] or _AGED.fullmatch(last_word)):
        person = registry.nearest(position)  # "the youngster said", "the 71-year-old added"
        if _AGED.fullmatch(last_word):
            age = int(last_word.split("-", 1)[0])
            aged = [p for p in registry.people if p.age == age and p.mentions[0][0] < position]
            if aged:  # "the 21-year-old" is the person the article gave that age
                person = max(aged, key=lambda p: max(s for s, _ in p.mentions if s < position))
        if person is not None:
            return person.name, "person", person.role, person
        return None, "unnamed", None, None
    orgs = [m for m in inside if m[2] == "organization"]
    if (
        last_word in lex["data_sources"]  # "a 2023 World Bank study": the bank's
        and orgs
        and surface[orgs[-1][1] - position :].strip(" ,").lower() == last_word
    ):
        return orgs[-1][3], "organization", None, None  # "a 2023 World Bank study": its body
    if last_word in lex["data_sources"] and not orgs:
        # "a defence ministry statement", "the bank's 2024 annual report": a body's document
        # speaks for that body, even one the article does not name
        body = [w.strip("'’s") for w in bare.split()[:-1] if w.strip("'’s") in lex["org_heads"]]
        if body:
            return None, "organization", None, None
    if bare in lex["generic"] or last_word in lex["generic"]:
        return None, "unnamed", None, None
    if low.split()[0] in _INDEFINITE and (
        set(_HEAD_BEFORE_PP.split(bare, 1)[0].split()[-1:]) & lex["person_or_body"]
    ):
        return None, "unnamed", None, None  # "an executive at a power company", not "the executive"
    if (
        text is not None
        and low.startswith("the ")
        and low.split()[-1] in lex["person_or_body"]
        and s.split()[-1].islower()  # (not "the Scottish Executive", a body's name)
    ):
        head = low.split()[-1]
        if re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){{0,3}}{head}\b", text[:position]):
            # "An executive at a meat processor, who asked not to be named, said ... the
            # executive said": the same unnamed person, not a body
            return None, "unnamed", None, None
    if orgs:
        return orgs[0][3], "organization", None, None
    tail = _CAPITALISED_TAIL.search(named)
    if tail and tail.start() > 0 and _organisation_name(tail.group(0).split(), lex):
        # "lending figures from the Bank of England": the body, not the country in it
        return tail.group(0), "organization", None, None
    head_word = _HEAD_BEFORE_PP.split(bare, 1)[0].split()[-1:] if bare else []
    if set(head_word) & lex["generic"] or (
        head_word and " " in bare and plural_role(head_word[0], lex)
    ):
        # "a senior source at the club", "music industry bosses in Norway": not the club
        return None, "unnamed", None, None
    countries = [m for m in inside if m[4]]
    named_body = _NOUN_THEN_NAME.search(s)
    if named_body is not None and named_body.group(1).lower() in lex["org_nouns"]:
        # "Chinese state broadcaster CCTV reported": the body named after its noun, not China
        return named_body.group(2), "organization", None, None
    pp_head = set(_HEAD_BEFORE_PP.split(bare, 1)[0].split()[-1:] if bare else [])
    if countries and last_word in lex["government_heads"] and " in " not in bare:
        # "the Brazilian government", "Kazakh authorities": the country speaks
        entity = countries[0][3]
        return government_of(entity) or entity, "country", None, None
    if countries and (
        bare in lex["org_heads"]
        or last_word in lex["org_heads"]
        or " ".join(bare.split()[-2:]) in lex["org_heads"]  # "Myanmar state media"
        # "the Chinese Embassy in Manila" (though "the government in Cairo" is Egypt's)
        or pp_head & (lex["org_heads"] - lex["government_heads"])
    ):
        # "the Chinese Foreign Ministry": a national body, named as written
        return _DETERMINERS.sub("", s), "organization", None, None
    if countries and surface.startswith(" ", countries[0][1] - position):
        # "Kazakhstan Temir Zholy said": capitalised words right after a country's name
        # (not its adjective) name a company, not the government
        first = countries[0]
        place = surface[first[0] - position : first[1] - position]
        tail = surface[first[1] - position :].split()
        if (
            first[0] == position
            and tail
            and all(w[:1].isupper() for w in tail)
            and place not in country_adjectives()
        ):
            return s, "organization", None, None
    if countries and countries[0][0] == position:
        # "Russia's Gazprom said": a capitalised name after a country's possessive that is no
        # person the article knows is a body of that country, not its government
        rest = surface[countries[0][1] - position :]
        if rest.startswith(("'s ", "’s ")):
            tail = rest[3:].split()
            if tail and all(w[:1].isupper() for w in tail):
                return " ".join(tail), "organization", None, None
    last = countries[-1] if countries else None
    if last is not None and last[1] == end:
        titled = _TITLED_OF.search(surface, 0, last[0] - position)
        if titled is not None:
            # "the regime-controlled Global New Light of Myanmar": a body named after a country
            return surface[titled.start() : last[1] - position], "organization", None, None
    governments = [m for m in countries if m[2] == "country" or government_of(m[3])]
    if governments:
        # "Moscow said", "New Delhi said": the government speaks (a city that is no seat of
        # government speaks for nobody; "the Kremlin" is an organisation head, named as written)
        entity = governments[0][3]
        return government_of(entity) or entity, "country", None, None
    if last_word in lex["org_heads"] or bare in lex["org_heads"]:
        named = _DETERMINERS.sub("", s)
        if named[:1].islower() and ("'s " in named or "’s " in named):
            return None, "organization", None, None  # "the country's government": not a name
        if named.lower() in lex["org_heads"] or (named.islower() and low.startswith("the ")):
            if text is not None and low.startswith("the "):
                # "the federation said" after "the Police Federation": that one
                found = _named_body(text, position, named.lower(), mentions)
                # ... "the rail operator said" after "China State Railway Group, the national
                # rail operator": the body the article described so
                found = found or _described_body(text, position, last_word, mentions)
                if found is None and named.lower() in lex["body_references"]:
                    # "ASEAN ministers met ... The bloc said": the body named last
                    found = _body_named_last(text, position, mentions)
                if found is None and named.lower() not in lex["government_heads"]:
                    found = _body_just_quoted(registry, position, lex, text, mentions)
                if found is not None:
                    return found, "organization", None, None
            if named.lower() not in lex["org_heads"]:
                return named, "organization", None, None  # "the central bank", as written
            return None, "organization", None, None  # "the government": which one is unknown
        return named, "organization", None, None
    acronym = _DETERMINERS.sub("", s)
    label = text is not None and text.startswith(":", position + len(surface))
    if _ACRONYM.fullmatch(acronym) and not (label and len(acronym) > 4):
        # "IBM said", "the FT said": no person is written in capitals
        return acronym, "organization", None, None
    s = _BASED_IN.sub("", s)  # "Paris-based Euronext" is Euronext
    low = s.lower()
    body = _DETERMINERS.sub("", s)
    if body in lex["body_names"]:
        return body, "organization", None, None  # "Microsoft said", "the Democrats said"
    if _SINGLE_NAME.fullmatch(s) and s not in lex["not_name"] and low not in lex["not_name_lower"]:
        person = registry.by_token(s, 1 << 62)  # named in full later in the article
        if person is not None:
            return person.name, "person", person.role, person
        if text is not None and (
            _proper_noun(text, s) or _STATEMENT_AFTER.match(text, position + len(surface))
        ):
            # one capitalised word, written so mid-sentence too, that names no person anywhere
            # in the article: "Yukos said", "Microsoft said", "Labour said"; or that issued a
            # statement: "Petrovietnam said in a statement"
            return s, "organization", None, None
    return None, "unnamed", None, None


#: A cue and a written statement after a source: what a body issues ("said in a statement").
_STATEMENT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|says|announced|added|noted)\s+(?:\w+\s+)?in\s+(?:a|an|its)\s+"
    r"(?:\w+\s+)?(?:statement|press\s+release|filing|notice)\b"
)


#: A plural post heading the source, then the body: "Officials of the Federal Board of Revenue".
_PLURAL_OF = re.compile(
    r"(?:[Ss]enior\s+|[Tt]op\s+)?([A-Za-z]+s)\s+(?:of|at|from|in)\s+(?:the\s+)?[A-Z]"
)


def _guest(registry: Registry, text: str, position: int, host_re: re.Pattern[str]) -> Person | None:
    """The person a host received, for "the guest": named last before ``position``, not the host.

    A host is a person whose name ``host_re`` follows ("Serdar Berdimuhamedov received a
    delegation"). None when nobody is written as receiving or welcoming someone before
    ``position``.
    """
    hosts = [
        p
        for p in registry.people
        if any(ms < position and host_re.match(text, me) for ms, me in p.mentions)
    ]
    if not hosts:
        return None
    others = [
        (max(ms for ms, _ in p.mentions if ms < position), p)
        for p in registry.people
        if p not in hosts and any(ms < position for ms, _ in p.mentions)
    ]
    return max(others, key=lambda x: x[0])[1] if others else None


def _last_speaker_described(
    registry: Registry, position: int, phrase: str, extra: Any, text: str | None
) -> Person | None:
    """The person quoted last, when "the banker" or "the general" right after them describes them.

    Only a person who spoke at most two sentences before, with no unnamed source in between
    and no other gender than the noun's. (A post such as "the prime minister" is never taken
    this way: on BBC articles it was the post of someone else than the last speaker.)
    """
    spoke = [
        (max(t for t in p.spoke_at if t < position), p)
        for p in registry.people
        if any(t < position for t in p.spoke_at)
    ]
    if not spoke:
        return None
    last, person = max(spoke, key=lambda x: x[0])
    if registry._sentences_apart(last, position) > 2:
        return None
    gender = gender_of_role(phrase, extra)
    if gender and person.gender and gender != person.gender:
        return None
    unnamed = [t for t, _ in registry.unnamed_spoke] + [t for t, _ in registry.unnamed_roles]
    if any(last < t < position for t in unnamed):
        return None
    if text is not None and re.search(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}{re.escape(phrase)}\b",
        text[last:position],
    ):
        return None  # "A banker familiar with the talks said ... the banker added": that one
    return person


def _known_body(phrase: str, bodies: set[str], lex: dict[str, Any]) -> str | None:
    """The body a source phrase names, if the article wrote that name after a company noun.

    "Kyrgyz Temir Zholu" and "the state railway company Kyrgyz Temir Zholu" name the company;
    "a spokesman for Royal Mail" and "Jo Roe of IT firm Dimension Data" are people.
    """
    for body in bodies:
        if phrase != body and not phrase.endswith(" " + body):
            continue
        lead = phrase[: len(phrase) - len(body)].split()
        if any(
            w.lower() in lex["role_words"] or w.lower() in lex["generic"] or w in _LINK_WORDS
            for w in lead
        ) or any(w[:1].isupper() and w not in country_adjectives() for w in lead):
            continue
        n = len(lead)
        while n > 0 and lead[n - 1][:1].isupper():
            n -= 1  # a country's adjective right before the name is part of it
        return " ".join([*lead[n:], body])
    return None


_LINK_WORDS = frozenset("of for at with from by".split())


def _holds_exactly(person: Person, phrase: str) -> bool:
    """Whether one of ``person``'s posts has ``phrase`` among its heads ("union minister")."""
    return any(phrase in _held_heads(r) for r in person.roles)


def _unnamed_since(registry: Registry, person: Person, position: int, words: set[str]) -> bool:
    """Whether an unnamed source holding one of ``words`` spoke since ``person`` was named.

    "A senior official told AFP ... the official said": that unnamed official, not a named
    one introduced earlier.
    """
    seen = _last_seen(person, position)
    return any(
        seen < at < position and _role_heads(role) & words for at, role in registry.unnamed_roles
    )


#: "the former" / "the latter": which of the last two people named (0: the one named last).
FORMER_LATTER = {"the latter": 0, "the former": 1}


def _last_seen(person: Person, before: int) -> int:
    """Where ``person`` was last named or quoted before ``before`` (-1 if nowhere)."""
    spoke = max((t for t in person.spoke_at if t < before), default=-1)
    named = max((s for s, _ in person.mentions if s < before), default=-1)
    return max(spoke, named)


def writer_name(author: Any, extra: Any = None) -> str | None:
    """The article's byline as one person's name, or None.

    "Rahul Mehta" and "K.C. Singh" are people; a byline naming an outlet or a desk ("Xinhua",
    "Staff Reporter"), several writers ("Jo Roe and Li Wei") or anything with digits or
    punctuation is not one person.

    Examples:
        >>> writer_name("Rahul Mehta"), writer_name("Staff Reporter"), writer_name("A and B")
        ('Rahul Mehta', None, None)
    """
    if not isinstance(author, str):
        return None
    name = author.strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or re.search(r"[\d@/,&;:()|]", name):
        return None
    lex = people_lexicon(extra)
    for w in words:
        if w in NAME_PARTICLES or _INITIAL.fullmatch(w):
            continue
        low = w.lower()
        if not w[:1].isupper() or w.isupper() or low in ("and", "by"):
            return None
        if low in lex["blockers"] or low in lex["org_words"] or low in lex["role_words"]:
            return None
    return name


def gender_of_role(role: str | None, extra: Any = None) -> str | None:
    """The gender a role noun gives its holder ("spokeswoman" -> "f"), if any."""
    if not role:
        return None
    return people_lexicon(extra)["gendered_roles"].get(role.lower().split()[-1])


def _in_compound(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` is glued by a hyphen into a lower-case compound.

    "eight-player" is a compound; "Under-Secretary" and "Vice-President" are titles.
    """
    if s[end : end + 1] == "-":
        return True
    return start > 0 and s[start - 1] == "-" and not _TITLE_PREFIX.search(s, 0, start)


def _organisation_name(words: list[str], lex: dict[str, Any]) -> bool:
    """Whether 2-8 capitalised words (with "of", "and", "&" ...) name an organisation.

    A lower-case organisation noun may close the name: "the Reporters Without Borders group".
    """
    if len(words) > 2 and words[-1][:1].islower() and words[-1].lower() in lex["org_words"]:
        words = [*words[:-1], words[-1].capitalize()]
    return (
        1 < len(words) <= 8
        and all(w[:1].isupper() or w.lower() in _NAME_GLUE or w == "&" for w in words)
        and _names_an_organisation(words, lex)
    )


def _names_an_organisation(words: list[str], lex: dict[str, Any]) -> bool:
    """Whether a capitalised name is an organisation's, judged by its words.

    Its head (the last word, or the word before "of") is an organisation word ("Bank of
    England", "Age Concern"), or another word is and the head is no thing or place ("Deutsche
    Telekom", but not "the Organised Crime and Police Bill").
    """
    lowered = [w.lower().strip(".,") for w in words]
    head = lowered[lowered.index("of") - 1] if "of" in lowered[1:] else lowered[-1]
    if head in lex["role_words"] or lowered[-1] in lex["role_words"]:
        return False  # "Bank of England Governor": a person's title
    if head in lex["org_words"]:
        return True
    return head not in lex["blockers"] and any(w in lex["org_words"] for w in lowered)


def _body_named_last(
    text: str, position: int, mentions: list[tuple[int, int, str, str, str | None]]
) -> str | None:
    """The organisation mentioned last before ``position``, in its paragraph or the one before."""
    paragraph = text.rfind("\n\n", 0, position)
    start = max(0, text.rfind("\n\n", 0, paragraph)) if paragraph > 0 else 0
    found = [
        (ms, entity)
        for ms, me, kind, entity, _ in mentions
        if kind == "organization" and start <= ms and me <= position
    ]
    return max(found)[1] if found else None


def _named_body(
    text: str,
    position: int,
    head: str,
    mentions: list[tuple[int, int, str, str, str | None]],
) -> str | None:
    """The body named last before ``position`` whose name holds ``head`` as a word.

    "the Police Federation ... the federation said" and "the Shanghai Cooperation Organisation
    ... the organisation said" resolve to the body; a lexicon name (an organisation mention)
    gives its canonical form. None when no earlier name holds the word.
    """
    title = head[:1].upper() + head[1:]
    # The pattern below holds the head as written (capitalised): when no form of it occurs
    # before ``position`` nothing can match, and the scan, which tries the pattern at every
    # position of the text, is skipped (it usually is: "the government" with no "Government").
    forms = [title]
    if title.endswith(("isation", "ization")):
        forms = [title[:-7] + "isation", title[:-7] + "ization"]
    if all(text.find(form, 0, position) < 0 for form in forms):
        return None
    stem = re.escape(title)
    stem = re.sub("i[sz]ation$", "i[sz]ation", stem)  # Organisation / Organization
    pattern = (
        rf"(?:(?:[A-Z][\w&’'-]*|of|for|and|on)\s+){{0,5}}{stem}"
        rf"(?:\s+(?:of|for|on)(?:\s+(?:the|[A-Z][\w&’'-]*)){{1,5}})?"
    )
    last = None
    for m in re.finditer(pattern, text[:position]):
        name = m.group(0).strip()
        name = re.sub(r"^(?:(?:of|for|and|on|the|The|A|An)\s+)+", "", name)
        if name.lower() != head and " " in name:
            last = (m.start() + m.group(0).find(name), name)
    if last is None:
        return None
    at, name = last
    for ms, me, kind, entity, _ in mentions:
        if kind == "organization" and ms <= at + len(name) and at <= me - 1:
            return entity
    return name


def _body_just_quoted(
    registry: Registry,
    position: int,
    lex: dict[str, Any],
    text: str,
    mentions: list[tuple[int, int, str, str, str | None]],
) -> str | None:
    """The named body that spoke last, at most two sentences before ``position``.

    Only a name with no organisation noun of its own ("Sibir Energia", not "the Central Bank"):
    "the company" is not a bank or a ministry. And only when no other name is written in
    between ("Manchester City pleaded ... Manchester United's response comes as little
    surprise, as the board made clear": United's board).
    """
    spoke = [(s, e, name) for s, e, name in registry.bodies_spoke if s < position]
    if not spoke:
        return None
    start, end, name = max(spoke)
    if registry._sentences_apart(start, position) > 2:
        return None
    if any(w.lower() in lex["org_heads"] for w in name.split()):
        return None
    for run in _CAPITALISED_RUN.finditer(text, end, position):
        if run.group(0) not in name:
            return None
    if any(end <= m[0] < position and m[2] == "organization" for m in mentions):
        return None
    return name


#: Two or more capitalised words: a name ("Manchester United").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)+")


def _described_body(
    text: str,
    position: int,
    head: str,
    mentions: list[tuple[int, int, str, str, str | None]],
) -> str | None:
    """The body an earlier appositive described with ``head``, named last before ``position``.

    "China State Railway Group, the national rail operator" ... "the rail operator said" gives
    the railway group (a lexicon name gives its canonical form). None when no such appositive.
    """
    if text.find(head, 0, position) < 0:
        return None
    pattern = re.compile(
        r"([A-Z][\w&’'.-]*(?:\s+(?:of|for|and|de|[A-Z][\w&’'.-]*))*)\s*(?:\([^()]{1,15}\))?"
        rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}{re.escape(head)}"
        r"(?=\s*[,.;:]|\s+(?:in|of|for|that|which|based|said|says)\b)"
    )
    # (not a date: "... a meeting in October, the press service of the Cabinet informs")
    last = max(
        (
            m
            for m in pattern.finditer(text, 0, position)
            if m.group(1).lower() not in CALENDAR_WORDS
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if last is None:
        return None
    at, name = last.start(1), last.group(1)
    for ms, me, kind, entity, _ in mentions:
        if kind == "organization" and ms < at + len(name) and at < me:
            return entity
    return name


def _in_word(ch: str) -> bool:
    """Whether a character (or "" at an edge of the text) continues a word."""
    return bool(ch) and (ch.isalnum() or ch in "_'’-")


def _proper_noun(text: str, word: str) -> bool:
    """Whether ``word`` is written capitalised somewhere other than at a sentence start."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _in_word(text[at - 1 : at]) and not _in_word(text[end : end + 1]):
            before = text[max(0, at - 12) : at].rstrip(" \"'“”‘’«»(")  # '.” Jones': a start
            if before and before[-1] not in ".!?:\n":
                return True
        at = text.find(word, end)
    return False


_CAPITALISED_TAIL = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|the|de|du|la|le|von|van|&)\s+)*"
    r"[A-Z][\w’'&.-]*)*\Z"
)
#: Participles that describe the people before them in a source phrase ("exporters attending
#: the forum"); ``sources`` reads them too.
DESCRIBING_PARTICIPLES = frozenset(
    "attending representing covering following watching visiting advising monitoring".split()
)

_HEAD_BEFORE_PP = re.compile(
    r"\s+(?:at|of|for|in|from|with|close\s+to|inside|within|"
    + "|".join(sorted(DESCRIBING_PARTICIPLES))
    + r")\s+"
)  # (and a describing participle: "exporters attending the forum")
_NAME_GLUE = frozenset("of for and the de du la le von van".split())
_BASED_IN = re.compile(r"^(?:the\s+)?[\w’'-]+-based\s+", re.I)
_SINGLE_NAME = re.compile(r"[A-Z][a-z][\w'’.&-]*")


#: 2-8 capitals: IBM, NIESR, UNICEF, AZPROMO (a transcript label longer than 4, "SMITH:", is a name)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def _names_in(surface: str, lex: dict[str, Any]) -> list[tuple[int, int]]:
    out = []
    for start, end, words in _name_runs(surface, []):
        _, name, _, _ = _split_run_cached(words, lex)
        if not name:
            continue
        first = surface.find(name[0], start, end)
        out.append((first, first + len(" ".join(name))))
    return out


def build_registries(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    extra: Any = None,
) -> dict[str, Registry]:
    """Build the people registry of every article.

    Args:
        articles: Table with ``article_id`` and ``text``.
        sentences: The ``sentences`` table.
        mentions: Optional ``mentions`` of countries, organisations and places (kept out of names).
        extra: Optional user people lexicon.

    Returns:
        ``{article_id: Registry}``.
    """
    bounds = {
        aid: list(zip(st.tolist(), en.tolist(), strict=True))
        for aid, (st, en, _) in sentence_bounds(sentences).items()
    }
    blocked: dict[str, list[tuple[int, int]]] = {}
    if mentions is not None and not mentions.empty:
        keep = (mentions["kind"].astype("string") != "person").fillna(True).to_numpy()
        for aid, start, end in zip(
            mentions["article_id"].to_numpy()[keep].tolist(),
            mentions["start"].to_numpy()[keep].tolist(),
            mentions["end"].to_numpy()[keep].tolist(),
            strict=True,
        ):
            blocked.setdefault(aid, []).append((int(start), int(end)))
    return {
        aid: build_registry(text, bounds.get(aid, []), blocked.get(aid, []), extra=extra)
        for aid, text in zip(
            articles["article_id"].tolist(), articles["text"].tolist(), strict=True
        )
        if isinstance(text, str)
    }


def person_mentions(
    registries: dict[str, Registry], sentences: pd.DataFrame, articles: pd.DataFrame
) -> pd.DataFrame:
    """Mentions of people (every place a person's name is written) as ``mentions`` rows.

    Returns:
        Columns ``article_id, sentence_id, start, end, surface, entity, kind, iso3, blocs``
        with ``kind == "person"`` and ``entity`` the person's canonical name.
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    starts = {aid: (st, ids) for aid, (st, _, ids) in sentence_bounds(sentences).items()}
    rows = []
    for aid, registry in registries.items():
        if aid not in starts:
            continue
        # plain lists and ``bisect``: a NumPy search per mention costs more than it finds
        bounds, ids = starts[aid][0].tolist(), starts[aid][1].tolist()
        for person in registry.people:
            if not (person.evidence or person.named or person.spoke_at):
                continue
            for s, e in person.mentions:
                pos = max(bisect.bisect_right(bounds, s) - 1, 0)
                rows.append(
                    {
                        "article_id": aid,
                        "sentence_id": ids[pos],
                        "start": s,
                        "end": e,
                        "surface": texts[aid][s:e],
                        "entity": person.name,
                        "kind": "person",
                    }
                )
    if not rows:
        return empty_table("mentions")
    return conform(pd.DataFrame(rows), "mentions")
