"""Statements: direct quotes and reported speech, each with its speaker resolved.

Direct quotes are found from quotation marks of every style (straight, curly, mismatched,
single, guillemets), across sentences and paragraphs, and attributed through a cue next to
them (``"...," the minister said`` / ``He said: "..."`` / ``..., saying, "..."``), a dash
signature, a transcript or headline label (``SMITH: ...``) or a paragraph ending in ``X added:``.
Reported speech is found from cue words (``lexicons/speech.yaml``: verbs of saying, thinking,
evidence and stance, phrases, and statement nouns): ``SPEAKER CUE (that) CLAUSE``, inverted
``CLAUSE, SPEAKER CUE``, ``CLAUSE, CUE SPEAKER``, ``according to SPEAKER`` (before, after or in
the middle), ``SPEAKER told X that``, parenthetical ``A, he said, B``, ``A, as X noted``,
``X's claim that ...``, ``Asked whether ..., X said ...`` and colon introductions. A sentence
can hold several statements: a content stops where the next attribution begins (``X said A,
but he said B`` / ``X said A and added B`` / ``..., adding B``), and coordinated or participle
cues share the subject. A quoted fragment inside reported speech makes the whole clause the
statement. Speakers are resolved to people by ``speakers.classify_source``. A quoted title or
scare quote without a cue is not a statement.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import pandas as pd

from sco_toolkit import lexicons
from sco_toolkit.match import build_matcher, find
from sco_toolkit.schema import conform, empty_table
from sco_toolkit.sentences import sentence_bounds
from sco_toolkit.speakers import Registry, build_registry, classify_source, people_lexicon

__all__ = ["extract_quotes", "speech_lexicon", "find_quote_spans"]

_ADVERB_WORDS = frozenset(
    "also further then later again once previously earlier recently repeatedly publicly "
    "separately privately reportedly subsequently explicitly clearly firmly has have had would "
    "will could may might did does do yesterday today tonight was were is are been".split()
)
_ADVERB_PAIRS = frozenset(
    "went on|continued to|appeared to|appears to|seemed to|seems to|tried to|tries to|"
    "last week|last month|last year|this week|on monday|on tuesday|"
    "on wednesday|on thursday|on friday|on saturday|on sunday".split("|")
)


_LY_NOUNS = frozenset(
    "daily weekly monthly yearly quarterly family ally rally assembly supply reply belly bully "
    "anomaly monopoly homily melancholy".split()
)


def _strip_adverbs(text: str, seg_start: int, cue_start: int) -> int:
    """Where the source phrase before a cue ends, once adverbs and auxiliaries are skipped."""
    end = cue_start
    while end > seg_start and text[end - 1] == " ":
        end -= 1
    while end > seg_start:
        word_start = text.rfind(" ", seg_start, end) + 1
        word_start = max(word_start, seg_start)
        word = text[word_start:end]
        if word.lower() in _ADVERB_WORDS or (
            len(word) > 4
            and word.endswith("ly")
            and word.isalpha()
            and word.islower()
            and word not in _LY_NOUNS
        ):
            end = word_start
        else:
            prev_start = max(
                text.rfind(" ", seg_start, max(word_start - 1, seg_start)) + 1, seg_start
            )
            pair = text[prev_start:end].lower()
            if word_start > seg_start and pair in _ADVERB_PAIRS:
                end = prev_start
            else:
                break
        while end > seg_start and text[end - 1] == " ":
            end -= 1
    return end


_THAT = r"that\s+(?!(?:was|is|were|are|would|will|has|had|could|should|may|might)\b)"
_CONTENT_STARTERS = re.compile(
    rf"^(?:{_THAT}|:\s*|,\s*(?:{_THAT})?|as\s+saying\s+(?:{_THAT})?)", re.I
)
_AFTER_CUE_ADVERBIAL = re.compile(
    r"^(?:(?-i:[a-z]+ly)\s+|(?:again|also|then|once\s+more)\s+)?"  # "said separately that"
    r"(?:(?:on|in|at|during|last|this|after|before|earlier|later|yesterday|today|to|from|"
    r"via|by|through|with|over|outside|inside|for|under|following|amid|while|when|"
    r"at\s+a|in\s+a|in\s+an)\b[^,:;\"“”]{0,60}?)?(?=\bthat\b|:)",
    re.I,
)
_BOUNDARY = re.compile(
    r"[,;:()\[\]—–―]|--|\s-\s|[\"“”«»]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?](?=\s)|\b(?:that|but|while|which|because|although|though|"
    r"since|if|when|whereas|unless|until|so|once|where|before|after)\b",
    re.I,
)
_PARTY = re.compile(r"\([^()]{1,40}\)$")
_DETERMINERS = frozenset("his her their its our my your the a an this that these those".split())
_PRONOUN_SUBJECTS = {"he", "she", "they", "we", "i", "it", "you"}


_LOOSE_LEMMAS = frozenset(
    "say tell add claim argue insist warn explain state declare suggest write report allege "
    "show find cite worry fear believe think".split()
)


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    lemma: str
    kind: str
    object: bool
    source_after: bool
    that_only: bool = False  # a cue only before "that": "frustrated that", "has learned that"
    infinitive: bool = False  # takes "to VERB ..." as content: "agreed to", "refused to"


class _CueFlags(NamedTuple):
    """Lexicon flags of a verb or adjective cue (see ``lexicons/speech.yaml``)."""

    that_only: bool
    adjective: bool  # after "is/was/were ...": "Protesters were frustrated that ..."
    infinitive: bool


_NO_FLAGS = _CueFlags(False, False, False)


@functools.cache
def speech_lexicon(extra: Any = None) -> dict[str, Any]:
    """The validated speech lexicon with its compiled cue matcher."""
    lex = lexicons.load("speech", extra)
    lexicons.check(isinstance(lex.get("verbs"), dict), "speech", "verbs", "must be a mapping")
    entries: list[tuple[str, Any]] = []
    for lemma, spec in lex["verbs"].items():
        lexicons.check(
            isinstance(spec, dict) and isinstance(spec.get("forms"), list),
            "speech",
            f"verbs.{lemma}",
            "needs a list of forms",
            "Write it as {forms: [say, says, said], type: speech}.",
        )
        flags = _CueFlags(
            bool(spec.get("that_only") or spec.get("adjective")),
            bool(spec.get("adjective")),
            bool(spec.get("infinitive")),
        )
        for form in spec["forms"]:
            entries.append(
                (
                    str(form),
                    (lemma, spec.get("type", "speech"), bool(spec.get("object")), False, flags),
                )
            )
    for i, spec in enumerate(lex.get("phrases") or []):
        lexicons.check(
            isinstance(spec, dict) and spec.get("cue"), "speech", f"phrases[{i}]", "needs a cue"
        )
        entries.append(
            (
                str(spec["cue"]),
                (
                    str(spec["cue"]),
                    spec.get("type", "speech"),
                    bool(spec.get("object")),
                    bool(spec.get("source_after")),
                    _NO_FLAGS,
                ),
            )
        )
    nouns = frozenset(str(w).lower() for w in lex.get("nouns") or [])
    forms = {str(f).lower() for spec in lex["verbs"].values() for f in spec["forms"]}
    for noun in sorted(nouns - forms):
        entries.append((noun, (noun, "noun", False, False, _NO_FLAGS)))  # only "X's NOUN that ..."
    content_starts = {
        lemma: frozenset(str(w).lower() for w in spec["content_starts"])
        for lemma, spec in lex["verbs"].items()
        if spec.get("content_starts")
    }
    frames = sorted({str(w).lower() for w in lex.get("opinion_frames") or []}, key=len)[::-1]
    opinion_re = None
    if frames:
        alternation = "|".join(re.escape(w) for w in frames)
        opinion_re = re.compile(
            r"[\"“‘']?(?P<frame>[Ii]n\s+(?:(?P<owner>his|her|their|its|"
            r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?['’]s)\s+(?:own\s+)?"
            rf"(?:{alternation})"
            rf"|the\s+(?:{alternation})\s+of\s+(?P<owner_of>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,5}}?)"
            r"))\s*,\s*"
        )
    return {
        "matcher": build_matcher(entries),
        "opinion_re": opinion_re,
        "content_starts": content_starts,
        "nouns": nouns,
        "quotes_only": frozenset(
            lemma for lemma, spec in lex["verbs"].items() if spec.get("quotes_only")
        ),
        "not_after": frozenset(str(w).lower() for w in lex.get("not_after") or []),
        "noun_forms": frozenset(str(w).lower() for w in lex.get("noun_forms") or []),
        "noun_determiners": frozenset(str(w).lower() for w in lex.get("noun_determiners") or []),
        "not_labels": frozenset(str(w).lower() for w in lex.get("not_labels") or []),
        "not_sources": frozenset(
            str(w).lower() for w in lex.get("not_sources_after_according_to") or []
        ),
    }


# --- direct quotes ---------------------------------------------------------------------------
def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Find quoted passages: ``(start, end)`` of the text between the marks.

    Handles straight, curly and mismatched double quotes, guillemets, single quotes (not
    apostrophes), and a quote that runs into the next paragraph when that paragraph opens with
    a quotation mark again.

    Examples:
        >>> t = 'He said: “We agree.” Then ”it works,” she said.'
        >>> [t[s:e] for s, e in find_quote_spans(t)]
        ['We agree.', 'it works,']
    """
    spans: list[tuple[int, int]] = []
    for kind in ("double", "single"):
        spans.extend(_pair_marks(text, kind))
    spans.sort()
    # drop single-quoted spans nested inside double-quoted ones
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


_MARK_CHARS = frozenset("\"'“”‘’«»„‟‹›`")
_DOUBLE = re.compile(r"''|``|[\"“”«»„‟]")


def _marks(text: str, kind: str) -> list[tuple[int, str, int]]:
    """Quotation marks of one kind as ``(position, mark, width)``; ``''`` counts as ``"``."""
    if kind == "double":
        out = []
        for m in _DOUBLE.finditer(text):
            mark = m.group(0)
            out.append((m.start(), {"''": '"', "``": "“"}.get(mark, mark), len(mark)))
        return out
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"['‘’‹›]", text):
        i, ch = m.start(), m.group(0)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before == "'" or after == "'":
            continue  # part of a doubled mark ''
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Xi's
        if (
            ch in "'‘‹"
            and not before.isalnum()
            and (after.isalnum() or _opens_before_double(before, after))
        ):
            found.append((i, "open"))
        elif ch in "'’›" and not after.isalnum() and (before.isalnum() or before in '.,!?"”'):
            if ch in "'’" and before in "sS" and after in " ,.;:" and not _single_open(found):
                continue  # plural possessive: the ministers' talks
            found.append((i, "close"))
    return [(i, "‘" if k == "open" else "’", 1) for i, k in found]


def _opens_before_double(before: str, after: str) -> bool:
    """Whether a single mark right before a double one opens a quote.

    It opens in ``'“Yes,” he said'`` but closes after a comma or full stop, as in
    ``“It is, 'Meh, later,'” he said``.
    """
    return after in '"“' and before not in ".,!?;:"


def _single_open(marks: list[tuple[int, str]]) -> bool:
    depth = 0
    for _, k in marks:
        depth = 1 if k == "open" else 0
    return depth == 1


def _pair_marks(text: str, kind: str) -> list[tuple[int, int]]:
    marks = _marks(text, kind)
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    checked_from = 0  # where the current quote was last seen to continue (a reopened paragraph)
    for idx, (pos, ch, width) in enumerate(marks):
        is_open = ch in "“«„‘" or (ch == '"' and open_at is None)
        is_close = ch in "”»‟’" or (ch == '"' and open_at is not None)
        if open_at is not None and "\n" in text[max(open_at, checked_from) : pos]:
            # the quote ran past its paragraph: keep it only if this mark reopens it there
            nl = text.rfind("\n", open_at, pos)
            reopened = text[nl + 1 : pos].strip() == "" and ch in '"“«„‘”»'
            if not reopened:
                spans.append((open_at, text.find("\n", open_at)))
                open_at = None
                is_open = ch in "“«„‘" or ch == '"'
                is_close = False
            else:
                checked_from = pos
                continue
        if ch == '"' and open_at is not None and _opens_straight(text, pos, width):
            # "A. "B." -- a straight mark that can only open: the open quote lacked its closer
            spans.append((open_at, pos))
            open_at = pos + width
            continue
        if is_open and open_at is None:
            open_at = pos + width
        elif is_open and open_at is not None and ch in "“«„‘":
            open_at = pos + width  # a new opener: the earlier one was never closed
        elif is_close and open_at is not None:
            spans.append((open_at, pos))
            open_at = None
        elif is_close and open_at is None:
            # a closing mark with nothing open: a mismatched opener if another closer follows
            # in the same paragraph
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if any(p < line_end and c in '”»"’' for p, c, _ in marks[idx + 1 :]):
                open_at = pos + width
    if open_at is not None:
        line_end = text.find("\n", open_at)
        spans.append((open_at, len(text) if line_end < 0 else line_end))
    return [_trim(text, s, e) for s, e in spans if e > s and text[s:e].strip()]


def _opens_straight(text: str, pos: int, width: int) -> bool:
    """A straight quotation mark with a space before it and a letter after it opens a quote."""
    before = text[pos - 1] if pos else " "
    after = text[pos + width] if pos + width < len(text) else " "
    return before.isspace() and (after.isalnum() or after in "‘'(")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- cues ------------------------------------------------------------------------------------
_PREV_WORD = re.compile(r"([\w']+)\s+$")
_CHAIN_BEFORE = re.compile(
    r"\b(?:appeared|appears|seemed|seems|continued|continues|tried|tries)\s+to\s+\Z", re.I
)
_THAT_AFTER = re.compile(r"\s+that\s")
_INFINITIVE = re.compile(r"\s*(?=to\s+[a-z])")
_BE = frozenset("is are was were been be".split())


def _cues(text: str, lex: dict[str, Any]) -> list[_Cue]:
    out = []
    for hit in find(lex["matcher"], text):
        lemma, kind, obj, after, flags = hit.payload
        if text[hit.start - 1 : hit.start] == "-" or text[hit.end : hit.end + 1] == "-":
            continue  # part of a compound: "military-backed", "so-called", "self-declared"
        if flags.that_only and not _THAT_AFTER.match(text, hit.end):
            continue  # "were frustrated by", "has learned a lesson"
        if " " not in hit.surface:
            prev = _PREV_WORD.search(text, max(0, hit.start - 20), hit.start)
            word = prev.group(1).lower() if prev else ""
            progressive = word in _BE and hit.surface.lower().endswith("ing")
            if (
                word in lex["not_after"]
                and not progressive
                and not (flags.adjective and word in _BE)
                and not (
                    word == "to" and _CHAIN_BEFORE.search(text, max(0, hit.start - 30), hit.start)
                )
            ):
                continue  # "was asked", "is said to"; but "is saying", "appeared to suggest"
            if word in lex["noun_determiners"] and hit.surface.lower() in lex["noun_forms"]:
                continue  # "Other reports said", "media reports suggest": a noun, the subject
        out.append(
            _Cue(hit.start, hit.end, lemma, kind, obj, after, flags.that_only, flags.infinitive)
        )
    return out


_PARTICIPLE_BEFORE = re.compile(r",\s*(?:(?:and|but|even|also|while)\s+)?$")
_ATTRIBUTION_NEXT = re.compile(
    r"\s*(?:[a-z]|(?:[A-Z][\w.’'\-]*\s+){1,4}(?:said|says|told|added|asked|wrote)\b)"
)


# --- speakers in the text around a cue -------------------------------------------------------
def _subject_before(
    text: str, seg_start: int, cue_start: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """The source noun phrase before a cue, skipping adverbs, auxiliaries and appositives.

    With ``loose`` (strong speech verbs such as "said"), any short phrase without verbs counts as
    a source ("Several cast members said"); otherwise it must look like a name, a pronoun or a
    source noun.

    "He noted", "the secretary-general regards", "Zhang Ming has also said", and
    "Jane Roe, a spokeswoman for the group, which ..., said" (the name before the appositives).
    """
    core_end = _strip_adverbs(text, seg_start, cue_start)
    core = text[seg_start:core_end].rstrip()
    party = _PARTY.search(core) if core.endswith(")") else None
    if party and len(core) > party.end() - party.start():
        core = core[: party.start()].rstrip()  # "Sen. Jane Roe (D-Ore.) said": no affiliation
    if not core:
        return None
    start = seg_start
    window = max(0, len(core) - 100)  # the slot is short: look for its boundary near the cue
    for b in _BOUNDARY.finditer(core, window):
        start = seg_start + b.end()
    if start == seg_start and window:
        for b in _BOUNDARY.finditer(core):
            start = seg_start + b.end()
    s, e = _trim(text, start, seg_start + len(core))
    if e > s:
        before = text[seg_start:s].rstrip()
        if text[s:e].split()[0].lower() not in _AUXILIARIES or not before.endswith(","):
            return _slot_source(text, seg_start, s, e, loose)
        # "Jo Pike, the envoy, has in an interview spoken about": the subject is before "has"
        core = before
    if not core.endswith(","):
        return None
    # the slot is empty: walk back over comma-separated appositives to the source
    pieces = [(seg_start + p.start(), seg_start + p.end()) for p in re.finditer(r"[^,;:]+", core)]
    fallback = None
    for ps, pe in reversed(pieces):
        ps, pe = _trim(text, ps, pe)
        piece = text[ps:pe]
        lead = re.match(r"(?:but|and|so|yet)\s+", piece, re.I)
        if lead:
            ps += lead.end()
            piece = text[ps:pe]
        if not piece:
            continue
        first = piece.split()[0].lower()
        if first in ("which", "who", "whose", "where", "when", "whom"):
            continue
        if first in _PREPOSITIONS:
            continue  # an adverbial: "Jane Roe, at a press briefing, said"
        if _is_name_like(piece) and piece.split()[0].lower() not in people_lexicon()["role_words"]:
            return ps, pe  # a name; "Minister for Defence Procurement" is its appositive
        if (_is_source_np(piece) or (loose and _is_plain_np(piece))) and len(piece.split()) <= 8:
            fallback = (ps, pe)  # the leftmost: "the minister, a veteran of the talks, said"
        elif fallback is not None:
            break
    return fallback


_CONJUNCTIONS = frozenset(("and", "but", "or", "yet"))
_AUXILIARIES = frozenset("has have had was were is are will would".split())


_CONTRACTION = re.compile(r"(he|she|it|that|who|there)[’']s")


def _slot_source(text: str, seg_start: int, s: int, e: int, loose: bool) -> tuple[int, int] | None:
    """The source in the slot ``text[s:e]`` right before a cue, or None."""
    words = text[s:e].lower().split()
    if words[0] == "who" and _WHO_SLOT.fullmatch(text, s, e):
        return _antecedent(text, seg_start, s, loose=loose)
    if words[0] in _CONJUNCTIONS or (words[0] == "as" and len(words) > 1):
        if len(words) == 1:
            return None  # a coordinated verb ("..., and considers ...") has no subject of its own
        s += len(text[s:e]) - len(text[s:e].split(None, 1)[1])  # "..., and he urged"
        words = words[1:]
    contraction = words[-1].endswith("s") and _CONTRACTION.fullmatch(words[-1])
    if contraction and len(words) == 1:
        e -= 2  # "He’s claiming": the pronoun, not a possessive
        words = [contraction.group(1)]
    if len(words) == 1 and words[0] in _DETERMINERS:
        return None  # "His promises to ...": a noun, not a verb, follows
    if words[-1] in ("and", "but") or words[-1].endswith(("'s", "’s")):
        return None  # "X did Y and" / a possessive: "the editor's note", "the channel's show"
    slot = text[s:e]
    if len(words) > 1 and words[-1] in _PRONOUN_SUBJECTS - {"it", "you"}:
        return e - len(words[-1]), e  # "... on the network he blasted": the pronoun
    if (loose and _is_plain_np(slot)) or _is_source_np(slot):
        return s, e
    # "In a radio interview Jo Pike said", "Days ago on the network he blasted": the subject
    # at the end of a long slot that opens with an adverbial
    tail = _TRAILING_SUBJECT.search(slot) if words[0] in _PREPOSITIONS or len(words) > 6 else None
    if tail and tail.start(1) > 0 and not slot[: tail.start(1)].rstrip()[-1:].isupper():
        candidate = tail.group(1)
        if candidate.lower() in _PRONOUN_SUBJECTS or _is_name_like(candidate):
            return s + tail.start(1), e
    return None


_TRAILING_SUBJECT = re.compile(
    r"\s((?:he|she|they|we|I)|(?:[A-Z][\w.’'\-]*\s+){0,2}[A-Z][\w.’'\-]*)$"
)
_WHO_SLOT = re.compile(r"who(?:\s+(?:in|on|at|last|this)\b.{0,25})?", re.I)
_VERBISH = frozenset(
    "is are was were be been being has have had will would can could should may might must "
    "do does did not no never who which that this there it they".split()
)


def _is_plain_np(surface: str) -> bool:
    """A short phrase with no verb-like word: "Several cast members", "environmentalists"."""
    words = [w.strip(".,").lower() for w in surface.split()]
    if not words or len(words) > 12 or words[0] in _PREPOSITIONS:
        return False
    if not any(w[:1].isalpha() for w in words):
        return False  # punctuation or numbers only: a stray quotation mark
    if any(w in _VERBISH for w in words) or _verb_before_object(words):
        return False
    return words[-1] not in _PREPOSITIONS and words[-1] not in ("the", "a", "an", "of")


_OBJECT_DETERMINERS = frozenset("a an the his her their its our".split())


_NOT_VERBS = frozenset(
    "of to or against among between into near around across throughout within without beyond "
    "toward towards like than behind inside outside including amid upon onto via per through "
    "below above along".split()
)


def _verb_before_object(words: list[str]) -> bool:
    """A word between a noun and a determiner that is no preposition: "the ministry sent a"."""
    return any(
        words[i + 1] in _OBJECT_DETERMINERS
        and words[i] not in _PREPOSITIONS
        and words[i] not in _NP_GLUE
        and words[i] not in _NOT_VERBS
        for i in range(1, len(words) - 1)
    )


_PREPOSITIONS = frozenset(
    "in on at for from by with during after before since despite according under over "
    "about as if when while although however meanwhile but and so".split()
)
_NP_GLUE = frozenset("of the for and de da van von al bin la le du".split())


def _is_name_like(surface: str) -> bool:
    words = surface.split()
    if not words or len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in _NP_GLUE]
    return bool(content) and all(w[0].isupper() for w in content)


def _is_source_np(surface: str) -> bool:
    """Whether a phrase can be the source of a statement (a name, pronoun or source noun)."""
    words = surface.split()
    if not words or len(words) > 12:
        return False
    low = surface.lower().strip()
    if low in _PRONOUN_SUBJECTS:
        return True
    if words[0].lower() in _PREPOSITIONS:
        return False
    if _is_name_like(surface):
        return True
    if len(words) <= 8 and words[-1][0].isupper() and _is_name_like(words[-1]):
        return True  # "Conservative peer Lord Arden", "club boss Ivo Marek"
    lex = people_lexicon()
    head = re.sub(r"[’']s$", "", words[-1].lower().strip(".,"))
    if head in lex["generic"] or head in lex["org_heads"] or head in lex["role_words"]:
        return True
    return bool(lex["role_re"].search(surface)) and len(words) <= 10


def _object_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """A short noun phrase after a cue: "said the minister", "according to X"."""
    seg = text[start:stop]
    m = re.match(r"\s*([^,;:.!?\"“”]{1,80}?)\s*(?=[,;:.!?\"“”]|$)", seg)
    if not m:
        return None
    s, e = start + m.start(1), start + m.end(1)
    cut = _OBJECT_END.search(text, s, e)
    if cut:
        e = cut.start()  # "said Jo Pike as she left", "said the minister in Astana"
    words = text[s:e].split()
    if not words or len(words) > 10:
        return None
    return s, e


_OBJECT_END = re.compile(
    r"\s+(?:as|while|when|after|before|because|who|which|during|following|since|on|in|at|"
    r"with|from|to|and\s+(?:he|she|they|it|added|said))\b"
)


# --- the extractor ---------------------------------------------------------------------------
@dataclass
class _Statement:
    kind: str
    start: int
    end: int
    cue: _Cue | None
    source: tuple[int, int] | None
    sentence: int


def _sentence_index(bounds: list[int], pos: int) -> int:
    """Index of the span (by sorted start offsets) that contains ``pos``."""
    return max(bisect.bisect_right(bounds, pos) - 1, 0)


def _attribute_direct(
    text: str, span: tuple[int, int], cues: list[_Cue], sent: tuple[int, int], para: tuple[int, int]
) -> tuple[_Cue, tuple[int, int]] | None:
    """Find the cue and source that attribute a direct quote, after it or before it."""
    q_start, q_end = span
    close_end = q_end
    while close_end < para[1] and (text[close_end] in _MARK_CHARS or text[close_end] == " "):
        close_end += 1  # past the closing mark
    while close_end > q_end and text[close_end - 1] == " ":
        close_end -= 1
    window_end = min(para[1], close_end + 120)
    after = [c for c in cues if close_end <= c.start < window_end]
    ending = text[q_start:q_end].rstrip()
    nxt = text[close_end : min(window_end, close_end + 60)]
    name_then_cue = bool(after) and bool(
        re.fullmatch(r"\s*(?:[A-Z][\w.’'\-]*\s+){1,4}", text[close_end : after[0].start])
    )
    attribution_next = bool(_ATTRIBUTION_NEXT.match(nxt))
    if after and (name_then_cue or attribution_next) and re.search(r"[.!?…]\W*$", ending):
        # '"... spirit." President Roe stressed the importance of ...': a new sentence with a
        # content of its own does not attribute the quote before it
        rest = re.match(r"[^.!?]*", text[after[0].end : min(para[1], after[0].end + 200)])
        words = rest.group(0).split() if rest else []
        own = len(words) > 3
        name_then_cue = name_then_cue and not own
        # "... said the deal would be tough": a clause; "... said in a statement on Tuesday"
        # or "... said, adding ...": circumstances of this attribution
        clause = own and not _TIME_AFTER_CUE.match(rest.group(0)) and words[0] != "of"
        # (a pronoun there goes on with the speaker of the quote: '"..." He said that ...')
        first = nxt.split(None, 1)[0].lower() if nxt.split() else ""
        named = nxt.lstrip()[:1].isupper() and first not in _PRONOUN_SUBJECTS
        attribution_next = attribution_next and not (clause and named)
    new_sentence = not (name_then_cue or attribution_next) and (
        bool(re.search(r"[.]\W*$", ending)) or bool(re.match(r"\s*[A-Z]", nxt))
    )
    if after and not (new_sentence and re.search(r"[.!?…]\W*$", ending)):
        c = after[0]
        between = text[close_end : c.start]
        punctuated = bool(re.search(r"[,.!?…—–-]\W*$", ending) or re.match(r"\s*[,—–-]", between))
        if re.fullmatch(r"\s*[,.!?—–-]?\s*(?:[^\"“”!?;]{0,110}?)", between):
            gap = between.strip(" ,—–-")
            lead = gap.split(",", 1)[0].lower().split() if "," in gap else []
            if gap and (not punctuated or any(w in _VERBISH for w in lead)):
                pass  # "“a fragment” against what the campaign sees": not an attribution
            elif gap:
                # "..., the minister said" / "..." he added
                seg_start = c.start - len(between) + (len(between) - len(between.lstrip(" ,—–-")))
                loose = c.kind == "speech"
                src = _subject_before(text, seg_start, c.start, loose=loose)
                if src and _is_direct_source(text[src[0] : src[1]], loose=loose):
                    return c, src
            else:
                # "...," said the minister / according to X
                obj = _object_after(text, c.end, min(para[1], c.end + 100))
                loose = c.kind == "speech" and bool(re.search(r"[,.!?…]\W*$", ending))
                if obj and _is_direct_source(text[obj[0] : obj[1]], loose=loose):
                    return c, obj
    open_start = q_start
    while open_start > para[0] and (
        text[open_start - 1] in _MARK_CHARS or text[open_start - 1] == " "
    ):
        open_start -= 1
    while open_start < q_start and text[open_start] == " ":
        open_start += 1
    before = [c for c in cues if para[0] <= c.start and c.end <= open_start]
    if before:
        c = before[-1]
        gap = text[c.end : open_start]
        if re.fullmatch(r"\s*(?:[:,]|that|\s)?\s*(?:[\w\s]{0,40}[:,])?\s*", gap):
            seg_start = max(para[0], sent[0] if sent[0] <= c.start else para[0])
            src = _subject_before(text, seg_start, c.start, loose=c.kind == "speech")
            if src is None and _PARTICIPLE_BEFORE.search(text, seg_start, c.start):
                # "..., saying, “...”": the subject of the sentence
                src = _sentence_subject(text, seg_start, c.start)
                if src and text[c.start : c.end].lower().endswith("ing"):
                    return c, src
            if c.source_after:
                obj = _object_after(text, c.end, open_start)
                if obj:
                    return c, obj
            if src and _is_direct_source(text[src[0] : src[1]], loose=c.kind == "speech"):
                return c, src
    return _attribute_by_punctuation(text, open_start, close_end, para)


def _attribute_by_punctuation(
    text: str, open_start: int, close_end: int, para: tuple[int, int]
) -> tuple[_Cue, tuple[int, int]] | None:
    """Colon introduction ("Name: “...”") or dash signature ("“...” ― Name")."""
    tail = text[close_end : para[1]]
    m = re.match(r"\s*([―—–])\s*([^\n.;:“”\"]{2,60}?)\s*\.?\s*$", tail)
    if m and _is_name_like(m.group(2)):
        cue = _Cue(close_end + m.start(1), close_end + m.end(1), "dash", "speech", False, False)
        return cue, (close_end + m.start(2), close_end + m.end(2))
    head = text[para[0] : open_start]
    if not head.rstrip().endswith(":"):
        return None
    m = re.search(r"(?:^|[.!?]\s+)([^.!?:;\n]{1,60}?)\s*(:)\s*$", head)
    if m and _is_source_np(m.group(1)):
        cue = _Cue(para[0] + m.start(2), para[0] + m.end(2), "colon", "speech", False, False)
        return cue, (para[0] + m.start(1), para[0] + m.end(1))
    return None


_THAT_COMMA = re.compile(r"\bthat,$")


def _is_embedded(text: str, span: tuple[int, int], sent: tuple[int, int]) -> bool:
    """A quoted fragment inside a clause ("said “budget cuts” would pay for it"), not a quote.

    The opening mark follows a word (not a colon or comma) and the clause goes on after the
    closing mark, so the statement is the whole clause, reported speech quoting a few words.
    """
    before = text[sent[0] : span[0]].rstrip().rstrip("".join(_MARK_CHARS)).rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in ")%" or _THAT_COMMA.search(before)):
        return False
    after = text[span[1] : sent[1]].lstrip("".join(_MARK_CHARS) + " ")
    if not after or after[0] in ",;:—–-(" or after[0].isupper():
        return False
    return len(re.findall(r"\w+", after)) >= 3


def _is_direct_source(surface: str, *, loose: bool) -> bool:
    """A source next to a quotation: a source noun phrase, or (``loose``) a short plain phrase."""
    return _is_source_np(surface) or (loose and _is_plain_np(surface))


def _is_statement_like(text: str, span: tuple[int, int]) -> bool:
    content = text[span[0] : span[1]]
    words = content.split()
    return len(words) >= 4 or bool(re.search(r"[.!?]\W*$", content) and len(words) >= 2)


def _reported(
    text: str,
    sent: tuple[int, int],
    cues: list[_Cue],
    blocked: list[tuple[int, int]],
    lex: dict[str, Any],
    prior: tuple[int, int] | None = None,
    stops: list[int] | None = None,
) -> list[_Statement]:
    """Reported speech in one sentence, one statement per attribution.

    A content that runs into a second attribution ("X said A, but he said B", "X said A and
    added B", "X said A, adding B") stops where the second one begins. ``prior`` is the source
    of a quote attributed in this sentence, for "...," she said, adding that ...", and
    ``stops`` are the cues of quotes in it (no content runs into "..., saying, “...”").
    """
    s_start, s_end = sent
    body_end = _body_end(text, s_start, s_end)
    cues = [c for c in cues if not _inside(blocked, c.start)]
    out: list[_Statement] = []
    covered_to = s_start
    for i, c in enumerate(cues):
        if c.start < covered_to:
            continue  # inside the content of an earlier statement of this sentence
        st = _reported_one(text, sent, body_end, c, lex, out[-1].source if out else prior)
        if st is None:
            continue
        if st.start >= c.end:
            cut = _next_attribution(text, st.start, st.end, cues[i + 1 :])
            stop = next((p for p in stops or () if st.start < p < st.end), None)
            if stop is not None and (cut is None or stop < cut):
                cut = _clause_end(text, st.start, stop)
            if cut is not None:
                cs, ce = _trim_content(text, st.start, cut)
                if len(text[cs:ce].split()) < 2:
                    continue
                st.start, st.end = cs, ce
        out.append(st)
        covered_to = max(covered_to, st.end)
    return out


_COORDINATED = re.compile(
    r"(?:^|[,;]?\s+)(?:and|but|yet)\s+"
    r"(?:(?:also|then|later|even|has|have|had|is|was|were|are|will|would|repeatedly)\s+){0,2}$",
    re.I,
)
_CLAUSE_JOIN = re.compile(r"(?:[,;]|\s[—–]|\b(?:and|but|while|though|although|whereas))\s*$", re.I)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans``."""
    return any(b0 <= pos < b1 for b0, b1 in spans)


def _next_attribution(text: str, cs: int, ce: int, later: list[_Cue]) -> int | None:
    """Where a second attribution starts inside the content ``[cs, ce)``, if one does.

    "A, but he said B" / "A and added B" / "A, adding B" / "A, according to Z".
    """
    for c2 in later:
        if not cs < c2.start < ce or c2.kind == "noun":
            continue
        head = text[cs : c2.start]
        if c2.source_after:
            m = re.search(r"[,;]\s*$", head)
            if m:
                return cs + m.start()
            continue
        m = re.search(r",\s*who\s+(?:(?:also|later|then|has|had|have)\s+)?$", head)
        if m:
            return cs + m.start()  # "X endorsed Y, who says ..."
        m = _COORDINATED.search(head)
        if m and c2.kind != "cognition":
            return cs + m.start()
        m = re.search(r",\s*(?:(?:and|but|even|also|while)\s+)?$", head)
        if m and text[c2.start : c2.end].lower().endswith("ing") and c2.kind != "cognition":
            return cs + m.start()
        src = _subject_before(text, cs, c2.start)
        if src is None or not _is_named_or_pronoun(text[src[0] : src[1]]):
            continue
        m = _CLAUSE_JOIN.search(text[cs : src[0]])
        if m:
            cut = cs + m.start()
            # "A, while Fiji's finance minister, Jo Roe, cautioned B": the appositive goes too
            tail = _APPOSITIVE_TAIL.search(text, cs, cut)
            if tail and _is_source_np(tail.group(1)):
                return tail.start()
            return cut
    return None


_APPOSITIVE_TAIL = re.compile(
    r"(?:[,;]\s*|\s[—–]\s*)(?:(?:and|but|while|though|although|whereas)\s+)?([^,;]{2,80})$"
)


def _clause_end(text: str, start: int, cue_start: int) -> int:
    """Where a content ends before the cue of a quote: before "X, saying" / "and he said"."""
    head = text[start:cue_start]
    m = re.search(r"(?:[,;]|\b(?:and|but)\b)[^,;]*$", head)
    return start + m.start() if m else cue_start


def _is_named_or_pronoun(surface: str) -> bool:
    return surface.lower() in _PRONOUN_SUBJECTS or _is_source_np(surface)


_PARENTHETICAL_REST = re.compile(
    r"(?:\s+[^,;:.!?\"“”]{1,40})?,\s+(?!(?:as|while|when|after|before|because|adding|saying|"
    r"noting|although|though|but|and|according|who|which|where|[a-z]+ing)\b)[a-z]"
)
_THAT_NEXT = re.compile(r"\s+that\b")
_TIME_AFTER_CUE = re.compile(
    r"\s*(?:(?:on|in|at|to|during|last|after|told|yesterday|today|tonight|earlier|later|late|"
    r"early|this|while|as|when|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"[,;]\s*"
    r"(?:as|while|when|after|before|because|adding|saying|noting|and|but|[a-z]+ing)\b)",
    re.I,
)


def _reported_one(
    text: str,
    sent: tuple[int, int],
    body_end: int,
    c: _Cue,
    lex: dict[str, Any],
    prev_source: tuple[int, int] | None,
) -> _Statement | None:
    """The statement one cue makes in its sentence, or None."""
    s_start = sent[0]
    if c.lemma in lex["quotes_only"]:
        return None  # "continued" attributes a quotation, never reported speech
    if c.source_after:
        return _according_to(text, sent, body_end, c, lex)
    if text[c.start : c.end].lower() in lex["nouns"] and _THAT_NEXT.match(text, c.end, body_end):
        st = _noun_statement(text, s_start, body_end, c)
        if st is not None or c.kind == "noun":
            return st
    if c.kind == "noun":
        return None
    prefix = text[s_start : c.start]
    if c.lemma == "ask" and re.fullmatch(r"\s*(?:(?:when|after|once|if)\s+)?", prefix, re.I):
        return _asked_first(text, body_end, c, lex)
    if (
        c.kind != "cognition"
        and re.search(r",\s*(?:(?:and|but|even|also|while)\s+)?$", prefix)
        and text[c.start : c.end].lower().endswith("ing")
    ):
        # participle: "The minister rejected the plan, saying it was too costly."
        return _participle(text, sent, body_end, c, prev_source)
    # speech and stance verbs, and any cue with a "that" clause, take any short phrase as source
    loose = (
        c.kind in ("speech", "stance")
        or c.lemma in _LOOSE_LEMMAS
        or bool(_THAT_NEXT.match(text, c.end, body_end))
    )
    src = _subject_before(text, s_start, c.start, loose=loose)
    if src is None and _COORDINATED.search(prefix):
        # coordinated verb: "She rejected the plan and said it was too costly."
        src = prev_source or _sentence_subject(text, s_start, c.start)
        if src is None:
            return None
        start = _content_start(text, c, body_end)
        return _forward(text, start, body_end, c, src, lex)
    if src is None:
        # "..., said the minister." / "..., said Zhang."
        comma = prefix.rstrip().rstrip("\"”’'").endswith(",")
        obj = _object_after(text, c.end, body_end)
        if comma and obj and _is_source_np(text[obj[0] : obj[1]]):
            content_end = s_start + len(prefix.rstrip().rstrip("\"”’'")) - 1
            cs, ce = _trim_content(text, s_start, content_end)
            if len(text[cs:ce].split()) >= 2 and not _is_adverbial(text[cs:ce]):
                return _Statement("indirect", cs, ce, c, obj, -1)
        return None
    rest = text[c.end : body_end]
    rest_words = rest.split()
    first_clause = rest.split(",", 1)[0]
    before_src = text[s_start : src[0]].rstrip()
    as_clause = _as_clause(text, s_start, before_src, c.end, rest, body_end)
    if as_clause:
        cs, ce = as_clause
        return _Statement("indirect", cs, ce, c, src, -1)
    after_comma = before_src.rstrip("\"”’'").endswith(",")
    if after_comma and _PARENTHETICAL_REST.match(rest):
        # parenthetical: "Trade, he said, is growing." / "The point now, he told me on Friday,
        # is that ..."
        cs, ce = _trim_content(text, s_start, body_end)
        return _Statement("indirect", cs, ce, c, src, -1)
    content_end = s_start + len(before_src.rstrip("\"”’'")) - 1
    if after_comma and "," in text[src[1] : c.start]:
        # the source is an appositive ("..., Lord Roe, the envoy, said"): the phrase before it
        # is the source's head, and only what comes before that can be content
        head_comma = text.rfind(",", s_start, content_end)
        content_end = head_comma if head_comma > s_start else s_start
    inverted = (
        after_comma
        and len(text[s_start:content_end].split()) >= 2
        and len(before_src.split()) >= 3
        and not _opens_as_subject(before_src, len(rest_words) if c.kind == "speech" else 0)
    )
    if (
        inverted
        and (
            len(rest_words) <= 4
            or (_TIME_AFTER_CUE.match(rest) and len(first_clause.split()) <= 6)
            or (c.lemma == "tell" and _told_whom_where(first_clause))
        )
        and not re.search(r"\bthat\b|:", first_clause)
    ):
        # "Trade is growing, Zhang said." (the content comes first)
        cs, ce = _trim_content(text, s_start, content_end)
        if len(text[cs:ce].split()) >= 2 and not _is_adverbial(text[cs:ce]):
            return _Statement("indirect", cs, ce, c, src, -1)
        return None
    end = body_end
    if _SUBCLAUSE_OPEN.match(text, s_start, src[0]):
        # "Even before X announced the plan, it had won support": the clause ends at its comma
        comma = text.find(",", c.end, body_end)
        end = comma if comma >= 0 else body_end
    return _forward(text, _content_start(text, c, end), end, c, src, lex)


_SUBCLAUSE_OPEN = re.compile(
    r"\W*(?:(?:even|just|only|long|shortly|soon)\s+)?"
    r"(?:before|after|when|since|until|once|if|because|although|though|while|as\s+soon\s+as)\b",
    re.I,
)


def _opens_as_subject(before_src: str, n_after: int) -> bool:
    """Whether the words before a source are no content of their own.

    An appositive naming the source ("India's foreign minister, Jo Roe, said ...") or an
    opening participle clause ("Speaking on Monday, Jo Roe said ...") is followed by the
    statement, not preceded by it.
    """
    phrase = before_src.rstrip("\"”’' ").rstrip(",").strip()
    words = phrase.split()
    if not words:
        return False
    if words[0].lower().endswith("ing") and words[0][:1].isupper() and "," not in phrase:
        return n_after >= 3  # "Speaking on Monday, X said A B C"; not "Rising prices hurt, X said"
    lower = [w for w in words if w[:1].islower() and w not in ("of", "the", "and", "for")]
    return len(words) <= 8 and bool(lower) and "," not in phrase and _is_source_np(phrase)


def _told_whom_where(first_clause: str) -> bool:
    """Whether what follows "told" is only a listener and circumstances, with no clause.

    "..., Jo Roe told TASS in an interview on the sidelines of the forum." is an inverted
    attribution; "Jo Roe told reporters the plan would fail" is not.
    """
    words = first_clause.split()
    return 0 < len(words) <= 16 and not any(w.lower() in _VERBISH for w in words)


_SUBORDINATORS = frozenset(
    "if while when whenever although though because since after before unless until once "
    "despite facing following given of in on at for from with during amid after".split()
)


def _is_adverbial(content: str) -> bool:
    """A single introductory clause ("If the vote fails", "Facing a deadline"), not a claim."""
    first = content.split(None, 1)[0].lower().strip("\"“‘'")
    return first in _SUBORDINATORS and not re.search(r"[,;:]", content)


_POSSESSOR = re.compile(
    r"(?:\b(his|her|their|its|our|my)|((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|[Tt]he\s+[a-z][\w\-]*)"
    r"[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}$"
)


def _noun_statement(text: str, s_start: int, body_end: int, c: _Cue) -> _Statement | None:
    """A statement named by a noun: "Jo Pike's claim that ...", "his warning that ..."."""
    m = _POSSESSOR.search(text, max(s_start, c.start - 80), c.start)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    src = (m.start(group), m.end(group))
    that = _THAT_NEXT.match(text, c.end, body_end)
    start = that.end() if that else c.end
    comma = text.find(",", start, body_end)  # "Contrary to his claim that A, B": A only
    cs, ce = _trim_content(text, start, body_end if comma < 0 else comma)
    if len(text[cs:ce].split()) < 2:
        return None
    return _Statement("indirect", cs, ce, c, src, -1)


_AS = frozenset(("as", "As", "AS"))


_ANSWERER = re.compile(
    r",\s*((?:he|she|they|we|I)\b|(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*(?=\s+[a-z]))"
)


_QUESTION_WORDS = frozenset("whether if why how what when who where which".split())


def _asked_first(text: str, body_end: int, c: _Cue, lex: dict[str, Any]) -> _Statement | None:
    """A question before its answer ("Asked whether X, Jo Pike said ..."); no named asker."""
    comma = text.find(",", c.end, body_end)
    if comma < 0:
        return None
    cs, ce = _trim_content(text, c.end, comma)
    words = text[cs:ce].split()
    required = lex["content_starts"].get(c.lemma)
    if len(words) < 2 or (required and not _starts_with(words, required)):
        return None
    if words[0].lower() not in _QUESTION_WORDS:
        return None  # "Asked about the plan, X said": a topic, not a question anyone put
    if _ANSWERER.match(text, comma, body_end) is None:
        return None  # someone must answer the question in the main clause
    return _Statement("indirect", cs, ce, c, None, -1)


def _as_clause(
    text: str, s_start: int, before_src: str, cue_end: int, rest: str, body_end: int
) -> tuple[int, int] | None:
    """The content of an "as X said" clause: "A, as X noted." / "As X noted, A."."""
    m = re.search(r"(?:^|[,;—–]\s*)as$", before_src, re.I) if before_src[-2:] in _AS else None
    if m is None:
        return None
    if m.start() == 0:
        lead = re.match(r"[^,;:]{0,40},", rest)
        if lead is None:
            return None
        span = _trim_content(text, cue_end + lead.end(), body_end)
    elif len(rest.split()) <= 4 and len(before_src[: m.start()].split()) >= 3:
        span = _trim_content(text, s_start, s_start + m.start())
    else:
        return None
    return span if len(text[span[0] : span[1]].split()) >= 2 else None


def _starts_with(words: list[str], required: frozenset[str]) -> bool:
    """Whether a content opens with a required word, maybe after a short object.

    "whether ...", "the minister whether ...", but not "for a pilot project".
    """
    for w in words[:5]:
        low = w.lower().strip(",")
        if low in required:
            return True
        if low in _VERBISH or low in _PREPOSITIONS or w.endswith((",", ".", ";", ":")):
            return False
    return False


def _forward(
    text: str,
    start: int | None,
    body_end: int,
    c: _Cue,
    src: tuple[int, int],
    lex: dict[str, Any],
) -> _Statement | None:
    """A statement whose content follows its cue: "SPEAKER CUE (that) CONTENT"."""
    if start is None:
        return None
    cs, ce = _trim_content(text, start, body_end)
    words = text[cs:ce].split()
    if len(words) < 2:
        return None
    required = lex["content_starts"].get(c.lemma)
    if required and not _starts_with(words, required):
        return None  # "asked for a pilot project" is a request, not a statement
    return _Statement("indirect", cs, ce, c, src, -1)


def _participle(
    text: str,
    sent: tuple[int, int],
    body_end: int,
    c: _Cue,
    prev_source: tuple[int, int] | None = None,
) -> _Statement | None:
    """Participle ("X did Y, saying Z"): the source is the subject, the content follows."""
    src = prev_source or _sentence_subject(text, sent[0], c.start)
    if src is None:
        return None
    start = _content_start(text, c, body_end)
    if start is None:
        return None
    cs, ce = _trim_content(text, start, body_end)
    if len(text[cs:ce].split()) < 2:
        return None
    return _Statement("indirect", cs, ce, c, src, -1)


_LEAD_ADVERBIAL = re.compile(
    r"(?:during|in|on|at|after|before|while|when|since|following|despite|amid|speaking|"
    r"as|earlier|later|last|this)\b[^,;:\"“”]{3,100},\s*",
    re.I,
)


def _sentence_subject(text: str, s_start: int, limit: int) -> tuple[int, int] | None:
    """The subject at the start of a sentence: a pronoun, a name, or "the/a ... noun".

    A leading adverbial up to its comma ("During a speech in Ohio, Jo Pike ...") is skipped.
    """
    lead = _LEAD_ADVERBIAL.match(text, s_start, limit)
    if lead:
        s_start = lead.end()
    head = text[s_start:limit]
    m = re.match(r"(?:[A-Z][\w’']*(?: [\w’']+){0,3}, )?(he|she|it|they|we|I)\b", head)
    if m:
        return s_start + m.start(1), s_start + m.end(1)
    m = re.match(
        r"(?:[A-Z][\w’']*(?: [\w’']+){0,3}, )?"
        r"((?:(?:the|a|an|its|his|her|their) )?(?:[A-Z][\w.’'\-]* ?){1,5}(?:[a-z][\w\-]*)?)",
        head,
    )
    if not m:
        return None
    words = m.group(1).split()
    # keep a lowercase head noun only after a determiner ("A New York judge")
    if (
        words
        and words[-1][0].islower()
        and words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their")
    ):
        words = words[:-1]
    if not words:
        return None
    start = s_start + m.start(1)
    end = start + len(" ".join(words))
    if text[start:end] != " ".join(words) or not _is_source_np(text[start:end]):
        return None
    return start, end


def _antecedent(
    text: str, s_start: int, who_at: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """The name a relative "who" refers to: "Ted Cruz endorsed Jane Roe, who says ...".

    With ``loose``, a short plain noun phrase also counts ("an architect who said ...").
    """
    before = text[s_start:who_at].rstrip().rstrip(",").rstrip()
    end = s_start + len(before)
    m = re.search(r"((?:[A-Z][\w.’'\-]* ?){1,4})$", before)
    if m and _is_name_like(text[s_start + m.start(1) : end]):
        return s_start + m.start(1), end
    if not loose:
        return None
    words: list[str] = []
    for w in reversed(before.split()[-4:]):
        low = w.lower()
        if low in _PREPOSITIONS or low in _VERBISH or (low.endswith("ed") and words):
            break
        words.insert(0, w)
        if low in _DETERMINERS:
            break  # "an architect", "senior lawmakers"
    phrase = " ".join(words)
    if not words or not before.endswith(phrase) or not _is_plain_np(phrase):
        return None
    return end - len(phrase), end


def _content_start(text: str, c: _Cue, body_end: int) -> int | None:
    pos = c.end
    rest = text[pos:body_end]
    if c.infinitive:
        m = _INFINITIVE.match(rest)
        if m:
            return pos + m.end()  # "agreed to share the costs": the content keeps its "to"
    if c.lemma in ("tell",) or c.lemma.startswith("told"):
        m = re.match(r"\s*[^,:;\"“”]{1,60}?\s+(?:that\b|:)\s*", rest)
        if m:
            return pos + m.end()
        m = re.match(
            r"\s*(?:[A-Z][\w.\-]*\s+){0,4}(?:the\s+\w+\s+|reporters\s+|journalists\s+)?", rest
        )
        return pos + (m.end() if m else 0)
    m = _CONTENT_STARTERS.match(rest.lstrip()) if rest.strip() else None
    lead = len(rest) - len(rest.lstrip())
    if m:
        return pos + lead + m.end()
    adv = _AFTER_CUE_ADVERBIAL.match(rest.lstrip())
    if adv and adv.end() > 0:
        after = rest.lstrip()[adv.end() :]
        m2 = re.match(r"(?:that,?\s+|:\s*)", after)
        return pos + lead + adv.end() + (m2.end() if m2 else 0)
    if c.object or c.kind in ("cognition", "speech"):
        return pos + lead
    return None


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    while start < end and text[start] in ",;:—–-":
        start += 1
    while end > start and text[end - 1] in ",;:—–-":
        end -= 1
    return _trim(text, start, end)


def _according_to(
    text: str, sent: tuple[int, int], body_end: int, c: _Cue, lex: dict[str, Any]
) -> _Statement | None:
    """Statements with "according to X": after, before or in the middle of the content."""
    s_start = sent[0]
    obj = _source_after(text, c.end, body_end)
    if obj is None:
        return None
    source = text[obj[0] : obj[1]]
    if source.lower() in lex["not_sources"] or not (_is_source_np(source) or _is_plain_np(source)):
        return None
    before = text[s_start : c.start].rstrip().rstrip("\"”’'")
    after = text[obj[1] : body_end]
    if (
        before.endswith(",")
        and len(before.split()) <= 6
        and re.match(r"[^,;:]{0,80}?,\s+\S", after)
    ):
        cs, ce = _trim_content(text, s_start, body_end)  # in the middle: the whole sentence
    elif before.endswith(",") and len(before.split()) >= 3:
        cs, ce = _trim_content(text, s_start, s_start + len(before) - 1)
    elif not before.strip():
        comma = re.match(r"[^,;:]{0,80}?,", after)
        cs, ce = _trim_content(text, obj[1] + (comma.end() if comma else 0), body_end)
    else:
        return None
    if len(text[cs:ce].split()) < 2:
        return None
    return _Statement("indirect", cs, ce, c, obj, -1)


def _source_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The source after "according to": up to the next punctuation, its first words if long."""
    m = re.match(r"\s*([^,;:.!?\"“”]{1,200}?)\s*(?=[,;:.!?\"“”]|$)", text[start:stop])
    if not m:
        return None
    s, e = start + m.start(1), start + m.end(1)
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) > 10:
        # "a survey conducted by ... after ...": a source, shortened to its first words
        words = words[:10]
        while len(words) > 1 and words[-1].group(0).lower() in _PREPOSITIONS | _DETERMINERS:
            words.pop()
        e = s + words[-1].end()
    return s, e


def _article_statements(
    text: str,
    bounds: list[tuple[int, int]],
    lex: dict[str, Any],
) -> list[_Statement]:
    cues = _cues(text, lex)
    verb_cues = [c for c in cues if c.kind != "noun"]
    starts = [s for s, _ in bounds]
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    para_starts = [p[0] for p in paragraphs]
    statements: list[_Statement] = []
    used_cues: set[int] = set()
    quote_spans = find_quote_spans(text)
    direct_blocked: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    orphans: list[tuple[int, int]] = []  # quotes with no cue and no quote before them
    cue_blocked: list[tuple[int, int]] = []  # quoted fragments inside reported clauses
    for span in quote_spans:
        p = paragraphs[_sentence_index(para_starts, span[0])] if paragraphs else (0, len(text))
        p_end = paragraphs[_sentence_index(para_starts, max(span[1] - 1, 0))] if paragraphs else p
        si = _sentence_index(starts, span[0])
        sent = bounds[si] if bounds else (0, len(text))
        last = bounds[_sentence_index(starts, max(span[1] - 1, 0))] if bounds else sent
        if _is_embedded(text, span, (sent[0], last[1])):
            cue_blocked.append((span[0] - 1, span[1] + 1))
            continue
        found = _attribute_direct(text, span, verb_cues, sent, (p[0], p_end[1]))
        if found is None:
            pending.append(span)
            continue
        cue, src = found
        if not _is_statement_like(text, span) and cue is None:
            continue
        # a second quote right after "..." he said, "..." joins the same statement
        if statements and statements[-1].kind == "direct" and statements[-1].cue is cue:
            statements[-1].end = span[1]
        else:
            statements.append(_Statement("direct", span[0], span[1], cue, src, si))
        used_cues.add(cue.start)
        direct_blocked.append((span[0] - 1, span[1] + 1))
    for span in pending:
        # a quote with no cue of its own, later in the paragraph of an attributed quote
        # ("...," he said. "...") continues that statement
        earlier = [
            st
            for st in statements
            if st.kind == "direct" and st.end <= span[0] and "\n" not in text[st.end : span[0]]
        ]
        # a quotation that opens its sentence or says something of its own goes on with the
        # speaker's words; a short scare quote inside a sentence ('decided on "the economy"')
        # does not
        long_or_first = len(text[span[0] : span[1]].split()) >= 4 or _opens_sentence(
            text, span[0], bounds, starts
        )
        after = earlier[-1].end if earlier else 0
        q_sent = bounds[_sentence_index(starts, span[0])][0] if bounds else 0
        after = max(after, q_sent)  # a cue of its own sentence, before it: "X said ... “...”"
        opens = long_or_first and not _cue_between(text, verb_cues, after, span[0], used_cues)
        if opens and earlier and earlier[-1].cue is not None and earlier[-1].cue.start < span[0]:
            earlier[-1].end = max(earlier[-1].end, span[1])
            direct_blocked.append((span[0] - 1, span[1] + 1))
        else:
            # no cue next to it: its words are no cues, but reported speech may quote it
            # ("Jo Pike told the paper that “...”")
            cue_blocked.append((span[0] - 1, span[1] + 1))
            if opens:
                orphans.append(span)
    for c in cues:
        if c.start in used_cues or c.kind == "noun":
            continue
        st = _colon_block(text, c, bounds[_sentence_index(starts, c.start)] if bounds else None)
        if st is not None and not any(o.start < st.end and st.start < o.end for o in statements):
            st.sentence = _sentence_index(starts, st.start)
            statements.append(st)
            used_cues.add(c.start)
            direct_blocked.append((st.start, st.end))
    for st in [*_opinion_frames(text, bounds, lex), *_quoted_as(text, bounds, quote_spans)]:
        if not any(o.start < st.end and st.start < o.end for o in statements):
            statements.append(st)
            used_cues.add(st.cue.start)
            direct_blocked.append((st.start, st.end))
    for st in _labelled(text, paragraphs, lex):
        if not any(o.start < st.end and st.start < o.end for o in statements):
            st.sentence = _sentence_index(starts, st.start)
            statements.append(st)
            direct_blocked.append((st.start, st.end))
    by_sentence: dict[int, list[_Cue]] = {}
    for c in cues:
        if c.start not in used_cues:
            by_sentence.setdefault(_sentence_index(starts, c.start), []).append(c)
    prior: dict[int, tuple[int, int] | None] = {}
    for st in statements:  # the speaker of a quote attributed in a sentence, by cue position
        if st.cue is not None:
            prior[_sentence_index(starts, st.cue.start)] = st.source
    blocked = sorted(direct_blocked + cue_blocked)
    blocked_starts = [b[0] for b in blocked]
    used = sorted(used_cues)
    direct = set(direct_blocked)
    for si in sorted(by_sentence):
        sent = bounds[si] if bounds else (0, len(text))
        in_sent = [c for c in by_sentence[si] if sent[0] <= c.start < sent[1]]
        if not in_sent:
            continue
        stops = used[bisect.bisect_left(used, sent[0]) : bisect.bisect_left(used, sent[1])]
        near = [b for b in blocked[: bisect.bisect_left(blocked_starts, sent[1])] if b[1] > sent[0]]
        found = _inside_inverted(_reported(text, sent, in_sent, near, lex, prior.get(si), stops))
        for st in found:
            if any(b0 <= st.start and st.end <= b1 for b0, b1 in near if (b0, b1) in direct):
                continue
            st.sentence = si
            statements.append(st)
    for st in statements:
        if st.kind == "indirect":
            st.end = _close_partial_quote(text, st.start, st.end)
    statements.sort(key=lambda s: s.start)
    follow = _continue_reported(text, statements, orphans)
    if follow:
        for st in follow:
            st.sentence = _sentence_index(starts, st.start)
        statements = sorted([*statements, *follow], key=lambda s: s.start)
    return statements


def _cue_between(text: str, cues: list[_Cue], start: int, end: int, used: set[int]) -> bool:
    """Whether a finite cue not yet ``used`` lies in ``[start, end)``: another attribution.

    Participles ("..., referring to X.") belong to the attribution before them.
    """
    return any(
        start <= c.start < end and c.start not in used and not text[c.start : c.end].endswith("ing")
        for c in cues
    )


def _opens_sentence(text: str, pos: int, bounds: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether only opening marks and spaces stand between its sentence's start and ``pos``."""
    if not bounds:
        return True
    s_start = bounds[_sentence_index(starts, pos)][0]
    return not text[s_start:pos].strip(" \t\n\"'“‘«")


def _continue_reported(
    text: str, statements: list[_Statement], orphans: list[tuple[int, int]]
) -> list[_Statement]:
    """Quotes with no cue that go on from the reported statement just before them.

    In 'Trade will grow, Jo Pike said. "We will double it."' the quotation is Jo Pike's too:
    a direct statement with the same speaker and cue, in the same paragraph only.
    """
    out: list[_Statement] = []
    if not orphans or not statements:
        return out
    starts = [st.start for st in statements]
    for qs, qe in orphans:
        i = bisect.bisect_left(starts, qs) - 1
        if i < 0:
            continue
        st = statements[i]
        if (
            st.kind == "indirect"
            and st.cue is not None
            and st.end <= qs
            and st.cue.start < qs
            and max(st.end, st.cue.end) <= qs
            and "\n" not in text[st.end : qs]
            and (i + 1 == len(statements) or statements[i + 1].start >= qe)
        ):
            out.append(_Statement("direct", qs, qe, st.cue, st.source, st.sentence))
    return out


def _close_partial_quote(text: str, start: int, end: int) -> int:
    """Take in the closing mark of a quoted fragment the content opened but did not close.

    'Roe said the plan was "a pillar of order."' keeps the fragment's closing mark.
    """
    content = text[start:end]
    straight_open = content.count('"') % 2 == 1
    curly_open = content.count("“") > content.count("”")
    if not (straight_open or curly_open):
        return end
    closer = '"' if straight_open else "”"
    at = text.find(closer, end, end + 3)
    if at < 0 or any(ch not in ".!?" for ch in text[end:at]):
        return end
    return at + 1


def _body_end(text: str, start: int, end: int) -> int:
    """The end of a sentence's words, before its final punctuation and closing marks."""
    while end > start and text[end - 1] in ".!?\"”’' ":
        end -= 1
    return end


def _inside_inverted(found: list[_Statement]) -> list[_Statement]:
    """Drop statements whose cue lies inside the content of an inverted attribution.

    In "President Roe proposed the plan in 2024, the secretary-general recalled." the whole
    clause is what the secretary-general said; Roe is only mentioned in it.
    """
    inverted = [(st.start, st.end) for st in found if st.cue is not None and st.cue.start >= st.end]
    if not inverted:
        return found
    return [
        st
        for st in found
        if st.cue is None
        or st.cue.start >= st.end
        or not any(a <= st.cue.start < b for a, b in inverted)
    ]


_QUOTED_AS = re.compile(
    r"\bquoted\s+(?P<who>[^,;:.!?\"“”]{1,80}?)\s+as\s+(?:"
    r"(?P<verb>saying|stating|warning|adding)\s*(?:that\s+|:\s*|,\s*)?"
    r"|(?P<told>telling)\s+[^,;:\"“”]{1,60}?\s+that\s+)"
)


def _quoted_as(
    text: str, bounds: list[tuple[int, int]], quote_spans: list[tuple[int, int]]
) -> list[_Statement]:
    """Statements an outlet quotes: "TASS quoted X as saying (that) A" is X's, not the outlet's.

    A quotation right after the phrase is a direct statement; otherwise the rest of the
    sentence is reported speech.
    """
    out: list[_Statement] = []
    if "quoted " not in text:
        return out
    opens = {qs - 1: (qs, qe) for qs, qe in quote_spans}  # opening mark -> quoted span
    for si, (start, end) in enumerate(bounds):
        m = _QUOTED_AS.search(text, start, end)
        if m is None:
            continue
        who = _trim(text, *m.span("who"))
        group = "verb" if m.group("verb") else "told"
        cue = _Cue(m.start(group), m.end(group), "say", "speech", False, False)
        if m.end() in opens:
            qs, qe = opens[m.end()]
            out.append(_Statement("direct", qs, qe, cue, who, si))
            continue
        cs, ce = _trim_content(text, m.end(), _body_end(text, m.end(), end))
        if len(text[cs:ce].split()) >= 2:
            out.append(_Statement("indirect", cs, ce, cue, who, si))
    return out


def _opinion_frames(
    text: str, bounds: list[tuple[int, int]], lex: dict[str, Any]
) -> list[_Statement]:
    """Statements framed as an opinion: "In his opinion, A" or "In the minister's view, A".

    The cue is the frame ("In his opinion"), the source the possessor without "'s".
    """
    out = []
    pattern = lex["opinion_re"]
    if pattern is None:
        return out
    for si, (start, end) in enumerate(bounds):
        if text[start : start + 3].lstrip("\"“‘'")[:1] not in ("I", "i"):
            continue  # frames open with "In"
        m = pattern.match(text, start, end)
        if m is None:
            continue
        owner_start, owner_end = m.span("owner" if m.group("owner") else "owner_of")
        if text[owner_end - 2 : owner_end] in ("'s", "’s"):
            owner_end -= 2
        cs, ce = _trim_content(text, m.end(), _body_end(text, m.end(), end))
        if len(text[cs:ce].split()) < 3:
            continue
        frame_end = m.end("frame") if m.group("owner") else text.rindex(" of", 0, owner_start) + 3
        cue = _Cue(m.start("frame"), frame_end, "opinion", "cognition", False, False)
        out.append(_Statement("indirect", cs, ce, cue, (owner_start, owner_end), si))
    return out


_COLON_END = re.compile(r"[ \t]*:[ \t]*\n+[ \t]*")


def _colon_block(text: str, c: _Cue, sent: tuple[int, int] | None) -> _Statement | None:
    """A paragraph closing with "Jo Pike added:": the next paragraph is what she said."""
    m = _COLON_END.match(text, c.end)
    if m is None or sent is None:
        return None
    end = text.find("\n", m.end())
    cs, ce = _trim(text, m.end(), len(text) if end < 0 else end)
    while cs < ce and text[cs] in _MARK_CHARS:
        cs += 1
    while ce > cs and text[ce - 1] in _MARK_CHARS:
        ce -= 1
    if len(text[cs:ce].split()) < 4:
        return None
    src = _subject_before(text, sent[0], c.start, loose=True)
    if src is None:
        return None
    return _Statement("direct", cs, ce, c, src, -1)


_LABEL = re.compile(
    r"[\"“”']?[ \t]*((?:[A-Z][\w.’'\-]*)(?:[ \t]+(?:[A-Z][\w.’'\-]*|of|the|de|van|von)){0,3})"
    r"[ \t]*(:)[ \t]+(?=\S)"
)


def _labelled(
    text: str, paragraphs: list[tuple[int, int]], lex: dict[str, Any]
) -> list[_Statement]:
    """Speaker labels: transcript turns ("SMITH: We will ...") and headlines ("Jo Pike: ...").

    An all-capitals label counts only in a transcript (two or more different labels in the
    article), so a dateline ("ASTANA: ...") is not a speaker; a title-case label must name
    someone the article mentions again. Words such as "Update" or "Watch" are never labels.
    """
    found: list[tuple[tuple[int, int], int, tuple[int, int]]] = []  # label, colon, content
    for p0, p1 in paragraphs:
        m = _LABEL.match(text, p0, p1)
        if not m:
            continue
        label = m.group(1)
        if label.lower() in lex["not_labels"] or not _is_name_like(label):
            continue
        content = _trim_content(text, m.end(), p1)
        if len(text[content[0] : content[1]].split()) >= 3:
            found.append((m.span(1), m.start(2), content))
    caps = {text[s:e] for (s, e), _, _ in found if text[s:e].isupper()}
    out = []
    for (ls, le), colon, (cs, ce) in found:
        label = text[ls:le]
        if label.isupper() and len(caps) < 2:
            continue  # a dateline, not a transcript
        last = label.split()[-1]
        if not label.isupper() and len(re.findall(rf"\b{re.escape(last)}\b", text)) < 2:
            continue
        cue = _Cue(colon, colon + 1, "colon", "speech", False, False)
        out.append(_Statement("direct", cs, ce, cue, (ls, le), -1))
    return out


def extract_quotes(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    people: Any = None,
    speech: Any = None,
    registries: dict[str, Registry] | None = None,
) -> pd.DataFrame:
    """Find statements (direct quotes and reported speech) and resolve their speakers.

    Args:
        articles: Table with ``article_id`` and ``text``.
        sentences: The ``sentences`` table of the same articles.
        mentions: Optional ``mentions`` table (countries, organisations, places) used to type
            speakers and to keep those names out of person names.
        people: Optional user people lexicon (file, folder or mapping) added to the packaged one.
        speech: Optional user speech-cue lexicon.
        registries: People of each article from ``speakers.build_registries`` (built here when
            not given).

    Returns:
        The ``quotes`` table: ``article_id, sentence_id, quote_id, speaker, speaker_surface,
        speaker_role, speaker_type, speaker_start, speaker_end, cue, cue_start, cue_end, kind,
        text, start, end``. ``text`` equals ``articles.text[start:end]``, ``speaker_surface``
        equals ``articles.text[speaker_start:speaker_end]`` and ``cue`` equals
        ``articles.text[cue_start:cue_end]``.
    """
    if articles.empty:
        return empty_table("quotes")
    lex = speech_lexicon(speech)
    by_article = sentence_bounds(sentences)
    ment_by_article = _mentions_by_article(mentions)
    rows: list[dict[str, Any]] = []
    for article_id, text in zip(
        articles["article_id"].tolist(), articles["text"].tolist(), strict=True
    ):
        sents = by_article.get(article_id)
        if sents is None or not isinstance(text, str):
            continue
        bounds = list(zip(sents[0].tolist(), sents[1].tolist(), strict=True))
        sentence_ids = sents[2].tolist()
        statements = _article_statements(text, bounds, lex)
        if not statements:
            continue
        ments = ment_by_article.get(article_id, [])
        registry = (registries or {}).get(article_id) or build_registry(
            text, bounds, [(m[0], m[1]) for m in ments], extra=people
        )
        rows.extend(
            _rows(article_id, text, statements, registry, ments, sentence_ids, bounds, people)
        )
    if not rows:
        return empty_table("quotes")
    return conform(pd.DataFrame(rows), "quotes")


def _mentions_by_article(
    mentions: pd.DataFrame | None,
) -> dict[str, list[tuple[int, int, str, str, str | None]]]:
    """Countries, organisations and places per article as plain tuples (people left out)."""
    out: dict[str, list[tuple[int, int, str, str, str | None]]] = {}
    if mentions is None or mentions.empty:
        return out
    kinds = mentions["kind"].astype("string").fillna("").tolist()
    isos = mentions["iso3"].astype("object").where(mentions["iso3"].notna(), None).tolist()
    for aid, s, e, k, ent, iso in zip(
        mentions["article_id"].tolist(),
        mentions["start"].tolist(),
        mentions["end"].tolist(),
        kinds,
        mentions["entity"].astype("string").fillna("").tolist(),
        isos,
        strict=True,
    ):
        if k != "person":
            out.setdefault(aid, []).append((int(s), int(e), k, ent, iso))
    return out


def _rows(
    article_id: str,
    text: str,
    statements: list[_Statement],
    registry: Registry,
    mentions: list[tuple[int, int, str, str, str | None]],
    sentence_ids: list[int],
    bounds: list[tuple[int, int]],
    people: Any,
) -> list[dict[str, Any]]:
    starts = [s for s, _ in bounds]
    rows = []
    for st in statements:
        src = st.source
        surface = text[src[0] : src[1]] if src else None
        speaker = role = None
        speaker_type = "unnamed"
        si = st.sentence if st.sentence >= 0 else _sentence_index(starts, st.start)
        if src:
            s_start = bounds[_sentence_index(starts, src[0])][0] if bounds else None
            speaker, speaker_type, role, person = classify_source(
                surface, src[0], registry, mentions, extra=people, sentence_start=s_start, text=text
            )
            if person is not None:
                person.spoke_at.append(src[0])
            if (
                st.cue is not None
                and st.cue.kind == "stance"
                and speaker_type in ("organization", "country")
            ):
                continue  # "The bank plans to lend", "Russia supports the plan": acts, not words
        rows.append(
            {
                "article_id": article_id,
                "sentence_id": sentence_ids[si] if si < len(sentence_ids) else si,
                "quote_id": f"{article_id}-q{len(rows)}",
                "speaker": speaker,
                "speaker_surface": surface,
                "speaker_role": role,
                "speaker_type": speaker_type,
                "speaker_start": src[0] if src else None,
                "speaker_end": src[1] if src else None,
                "cue": text[st.cue.start : st.cue.end] if st.cue else None,
                "cue_start": st.cue.start if st.cue else None,
                "cue_end": st.cue.end if st.cue else None,
                "kind": st.kind,
                "text": text[st.start : st.end],
                "start": st.start,
                "end": st.end,
            }
        )
    return rows
