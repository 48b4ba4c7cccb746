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

This module attributes direct quotes and assembles each article's statements; its parts live
in ``quote_marks`` (quotation spans), ``cues`` (the speech lexicon, cue and statement
records), ``sources`` (source noun phrases around a cue) and ``reported`` (reported speech).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import pandas as pd

from sco_toolkit.cues import Cue, Statement, find_cues, speech_lexicon
from sco_toolkit.interview import answer_statements, interview_turns, titled_interviewee
from sco_toolkit.quote_marks import MARK_CHARS, find_quote_spans, trim
from sco_toolkit.reported import (
    PREP_BEFORE_PARTICIPLE,
    TIME_AFTER_CUE,
    WHAT_BEFORE,
    in_spans,
    issuer,
    lacks_clause,
    reported_statements,
    trim_content,
    words_end,
)
from sco_toolkit.schema import conform, empty_table
from sco_toolkit.sentences import (
    dateline_end,
    is_initial_or_abbreviation,
    sentence_bounds,
    sentence_spans,
)
from sco_toolkit.sources import (
    PRONOUN_SUBJECTS,
    VERBISH,
    is_name_like,
    is_plain_np,
    is_source_np,
    object_after,
    sentence_subject,
    subject_before,
)
from sco_toolkit.speakers import (
    Registry,
    build_registry,
    classify_source,
    gender_of_role,
    people_lexicon,
    role_heads,
    writer_name,
)
from sco_toolkit.speeches import SpeechTitle, speech_paragraphs, speech_title

__all__ = ["extract_quotes", "speech_lexicon", "find_quote_spans"]


_PARTICIPLE_BEFORE = re.compile(r",\s*(?:(?:and|but|even|also|while)\s+)?$")

_ATTRIBUTION_NEXT = re.compile(
    r"\s*(?:[a-z]|(?:[A-Z][\w.’'\-]*\s+){1,4}(?:said|says|told|added|asked|wrote)\b)"
)


def _sentence_index(bounds: list[int], pos: int) -> int:
    """Index of the span (by sorted start offsets) that contains ``pos``."""
    return max(bisect.bisect_right(bounds, pos) - 1, 0)


# Compiled once: these run for every quote (``re.search(string, ...)`` looks up a cache).
_ENDS_SENTENCE = re.compile(r"[.!?…]\W*$")
_ENDS_FULL_STOP = re.compile(r"[.]\W*$")
_ENDS_PUNCTUATED = re.compile(r"[,.!?…—–-]\W*$")
_ENDS_CLAUSE = re.compile(r"[,.!?…]\W*$")
_STARTS_CAPITAL = re.compile(r"\s*[A-Z]")
_STARTS_DASH_OR_COMMA = re.compile(r"\s*[,—–-]")
_SHORT_GAP = re.compile(r"\s*[,.!?—–-]?\s*(?:[^\"“”!?;]{0,110}?)")
#: Characters of a list bullet before a source.
_BULLETS = frozenset("-–—•*· ")

#: Conjunctions that open a clause of its own between a quotation and a later cue.
_CLAUSE_CONJUNCTIONS = frozenset("while whereas but although though and as after before".split())

_INTRO_GAP = re.compile(r"\s*(?:[:,]|that|\s)?\s*(?:[\w\s'’-]{0,40}[:,])?\s*")
_TITLE_WORDS = re.compile(r"[\w’'-]+")


#: A relative clause opening right before a cue: ", who asked", ", who has also said".
_WHO_BEFORE = re.compile(r",\s*who\s+(?:(?:also|has|had|have|later|then)\s+){0,2}\Z")


def _attribute_direct(
    text: str, span: tuple[int, int], cues: list[Cue], sent: tuple[int, int], para: tuple[int, int]
) -> tuple[Cue, tuple[int, int]] | None:
    """Find the cue and source that attribute a direct quote, after it or before it."""
    q_start, q_end = span
    close_end = q_end
    while close_end < para[1] and (text[close_end] in MARK_CHARS or text[close_end] == " "):
        close_end += 1  # past the closing mark
    while close_end > q_end and text[close_end - 1] == " ":
        close_end -= 1
    window_end = min(para[1], close_end + 120)
    after = [c for c in cues if close_end <= c.start < window_end]
    if len(after) > 1 and _WHO_BEFORE.search(text, close_end, after[0].start):
        # '"...," one of them, who asked not to be named, said.': the relative clause's verb
        # does not attribute the quote
        after = after[1:]
    ending = text[q_start:q_end].rstrip()
    nxt = text[close_end : min(window_end, close_end + 60)]
    name_then_cue = bool(after) and bool(
        re.fullmatch(r"\s*(?:[A-Z][\w.’'\-]*\s+){1,4}", text[close_end : after[0].start])
    )
    attribution_next = bool(_ATTRIBUTION_NEXT.match(nxt))
    if (
        after
        and _ENDS_FULL_STOP.search(ending)
        and any(sent[0] <= c.start and c.end <= q_start for c in cues)
    ):
        # 'Clinton says Trump's “... for him.” She says it ...': a quotation that closes a
        # sentence whose own cue comes before it is that sentence's; the next one's cue is not it
        after = []
    if after and (name_then_cue or attribution_next) and _ENDS_SENTENCE.search(ending):
        # '"... spirit." President Roe stressed the importance of ...': a new sentence with a
        # content of its own does not attribute the quote before it
        rest = re.match(r"[^.!?]*", text[after[0].end : min(para[1], after[0].end + 200)])
        words = rest.group(0).split() if rest else []
        own = len(words) > 3
        name_then_cue = name_then_cue and not own
        # "... said the deal would be tough": a clause; "... said in a statement on Tuesday"
        # or "... said, adding ...": circumstances of this attribution
        clause = own and not TIME_AFTER_CUE.match(rest.group(0)) and words[0] != "of"
        # (a pronoun there goes on with the speaker of the quote: '"..." He said that ...')
        first = nxt.split(None, 1)[0].lower() if nxt.split() else ""
        named = nxt.lstrip()[:1].isupper() and first not in PRONOUN_SUBJECTS
        attribution_next = attribution_next and not (clause and named)
    new_sentence = not (name_then_cue or attribution_next) and (
        bool(_ENDS_FULL_STOP.search(ending)) or bool(_STARTS_CAPITAL.match(nxt))
    )
    if after and not (new_sentence and _ENDS_SENTENCE.search(ending)):
        c = after[0]
        between = text[close_end : c.start]
        punctuated = bool(_ENDS_PUNCTUATED.search(ending) or _STARTS_DASH_OR_COMMA.match(between))
        if _SHORT_GAP.fullmatch(between) and not _crosses_sentence(between):
            gap = between.strip(" ,—–-")
            lead = gap.split(",", 1)[0].lower().split() if "," in gap else []
            if gap and (not punctuated or any(w in VERBISH for w in lead)):
                pass  # "“a fragment” against what the campaign sees": not an attribution
            elif gap and gap.split()[0].lower() in _CLAUSE_CONJUNCTIONS:
                pass  # '“desperate”, while the Liberal Democrats said it was ...': a new clause
            elif gap:
                # "..., the minister said" / "..." he added
                seg_start = c.start - len(between) + (len(between) - len(between.lstrip(" ,—–-")))
                loose = c.kind == "speech"
                src = subject_before(text, seg_start, c.start, loose=loose)
                if src and _is_direct_source(text[src[0] : src[1]], loose=loose):
                    return c, src
            elif punctuated or c.kind == "speech":
                # "...," said the minister / according to X (not 'the "new normal" worries
                # investors': a stance verb's object)
                obj = object_after(text, c.end, min(para[1], c.end + 140))
                loose = c.kind == "speech" and bool(_ENDS_CLAUSE.search(ending))
                if obj and _is_direct_source(text[obj[0] : obj[1]], loose=loose):
                    named = _NAME_AFTER_ROLE.match(text, obj[1], para[1])
                    if named and not is_name_like(text[obj[0] : obj[1]]):
                        # '..." said RNID technology director, Guido Gybels.': the name
                        return c, (named.start(1), named.end(1))
                    return c, obj
    open_start = q_start
    while open_start > para[0] and (
        text[open_start - 1] in MARK_CHARS or text[open_start - 1] == " "
    ):
        open_start -= 1
    while open_start < q_start and text[open_start] == " ":
        open_start += 1
    before = [c for c in cues if para[0] <= c.start and c.end <= open_start]
    if before:
        c = before[-1]
        gap = text[c.end : open_start]
        fragment_object = (
            c.kind != "speech" and not gap.strip() and text[q_start : q_start + 1].islower()
        )  # "Hanoi wanted “a substantive code”": a quoted object, no quotation of Hanoi's
        if _INTRO_GAP.fullmatch(gap) and not fragment_object:
            seg_start = max(para[0], sent[0] if sent[0] <= c.start else para[0])
            src = subject_before(text, seg_start, c.start, loose=c.kind == "speech")
            if text[c.start : c.end].lower().endswith("ing") and PREP_BEFORE_PARTICIPLE.search(
                text[seg_start : c.start]
            ):
                # "... ended the speech by asking: “...”": the subject of the sentence
                src = sentence_subject(text, seg_start, c.start)
                if src:
                    return c, src
            if src is None and _PARTICIPLE_BEFORE.search(text, seg_start, c.start):
                # "..., saying, “...”": the subject of the sentence
                src = sentence_subject(text, seg_start, c.start)
                if src and text[c.start : c.end].lower().endswith("ing"):
                    return c, src
            if c.source_after:
                obj = object_after(text, c.end, open_start)
                if obj:
                    return c, obj
            if src and any(src[0] <= o.start < src[1] for o in cues):
                src = None  # "The office said auditors had found “...”": said, not found
            if src and _parenthetical_cue_between(text, src, c.start, cues):
                # 'Sanctions, he said, had shown that “...”': the quotation is part of what he
                # said, not a quotation of the sanctions
                src = None
            if src and _is_direct_source(text[src[0] : src[1]], loose=c.kind == "speech"):
                return c, src
    return _attribute_by_punctuation(text, open_start, close_end, para, cues)


def _parenthetical_cue_between(text: str, src: tuple[int, int], end: int, cues: list[Cue]) -> bool:
    """Whether a cue set off by commas lies between a source and a later cue.

    "Sanctions, he said, had shown that": the parenthetical "he said" reports the whole
    clause, so "Sanctions" (or "he") is no source of "shown".

    Args:
        text: The article text.
        src: The source phrase found before the later cue.
        end: Where the later cue starts.
        cues: The article's cues.

    Returns:
        True when the source is the subject of a cue right after it that is followed by a
        comma, or when a cue between the source and ``end`` sits between two commas.
    """
    start = src[1]
    for o in cues:
        if (
            o.start >= start
            and o.end <= end
            and not text[start : o.start].strip()
            and text[o.end : end].lstrip().startswith(",")
        ):
            return True  # "he said, had shown": the source is the parenthetical's own subject
    gap = text[start:end]
    first = gap.find(",")
    if first < 0:
        return False
    second = gap.find(",", first + 1)
    if second < 0:
        return False
    lo, hi = start + first, start + second
    for o in cues:
        if not (lo < o.start and o.end <= hi) or text[o.start : o.end].split()[0].endswith("ing"):
            continue  # (", apparently talking about the EU,": a participle, no attribution)
        subject = text[lo + 1 : o.start].split()
        if subject and len(subject) <= 6 and subject[0].lower() not in _RELATIVE_WORDS:
            return True  # ", he said," / ", the minister noted on Monday,"
    return False


#: Words opening a relative clause between commas (", who argues he is right,"): no
#: parenthetical attribution.
_RELATIVE_WORDS = frozenset("who which whom whose that where when as while".split())


#: A name right after a role phrase and its comma, ending the sentence or the clause.
_NAME_AFTER_ROLE = re.compile(r",\s*((?:[A-Z](?:\.|[\w’'-]*)\s+){1,3}[A-Z][\w’'-]*)\s*(?=[.,;]|$)")


def _clause_before_quote(
    text: str, span: tuple[int, int], sent: tuple[int, int], cue: Cue, cues: list[Cue]
) -> int | None:
    """Where the clause opens that a quotation attributed after it ends, or None.

    In 'The plan was “dead on arrival,” Jo Roe said.' the quotation opens after a word of
    its sentence, so the statement is the whole clause; a quotation that opens its sentence
    or follows a colon or comma is the statement itself, and so is one after a clause with a
    cue of its own ('Jo Roe expressed doubts "I think ...," he said': a comma is missing).
    """
    if cue.start < span[1] or cue.kind != "speech":
        return None
    open_at = span[0]
    while open_at > sent[0] and text[open_at - 1] in MARK_CHARS:
        open_at -= 1
    fragment = text[span[0] : span[0] + 1].islower()
    if any(
        sent[0] <= c.start and c.end <= open_at and (c.kind == "speech" or not fragment)
        for c in cues
    ):
        return None  # but 'Hanoi wants “a binding code,” Jo Roe said' is one clause
    before = text[sent[0] : open_at]
    if not before.strip() or not before[-1:].isspace():
        return None
    words = before.split()
    if len(words) < 2 or not words[-1][-1:].isalnum():
        return None
    start, _ = trim_content(text, sent[0], open_at)
    return start if start < open_at else None


def _fragment_after_speech(
    text: str, span: tuple[int, int], sent: tuple[int, int], cues: list[Cue], cue: Cue
) -> bool:
    """Whether a quotation opens after a word of a clause that a speech verb reports."""
    open_at = span[0]
    while open_at > sent[0] and text[open_at - 1] in MARK_CHARS:
        open_at -= 1
    before = text[sent[0] : open_at].rstrip()
    if not before or not before[-1].isalnum():
        return False
    return any(
        sent[0] <= c.start and c.end <= open_at and c.kind == "speech" and not c.source_after
        for c in cues
        if c is not cue
    )


def _crosses_sentence(gap: str) -> bool:
    """Whether the words between a quotation and a cue hold a sentence end.

    In '„...“, sagte Jo Roe. Ada Lim said: ...' the cue belongs to the next sentence; "Mr." or
    an initial is no end.
    """
    if "." not in gap and "!" not in gap and "?" not in gap:
        return False
    return sum(1 for _ in sentence_spans(gap.strip(" ,—–-"))) > 1


def _attribute_by_punctuation(
    text: str, open_start: int, close_end: int, para: tuple[int, int], cues: list[Cue]
) -> tuple[Cue, tuple[int, int]] | None:
    """Colon introduction ("Name: “...”") or dash signature ("“...” ― Name")."""
    tail = text[close_end : para[1]]
    # (a name may have initials: "― Dana K. Omarova")
    m = re.match(r"\s*([―—–])\s*((?:[^\n.;:“”\"]|(?<=\s[A-Z])\.){2,60}?)\s*\.?\s*$", tail)
    if m and is_name_like(m.group(2)):
        cue = Cue(close_end + m.start(1), close_end + m.end(1), "dash", "speech", False, False)
        return cue, (close_end + m.start(2), close_end + m.end(2))
    head = text[para[0] : open_start]
    if not head.rstrip().endswith(":"):
        return None
    m = re.search(r"(?:^|[.!?]\s+)([^.!?:;\n]{1,60}?)\s*(:)\s*$", head)
    if (
        m
        and is_source_np(m.group(1))
        and not any(w.lower() in VERBISH for w in m.group(1).split())  # a clause: see below
    ):
        cue = Cue(para[0] + m.start(2), para[0] + m.end(2), "colon", "speech", False, False)
        return cue, (para[0] + m.start(1), para[0] + m.end(1))
    return _clause_then_colon(text, para[0], open_start, close_end, cues)


#: A short clause that ends with a colon, at the end of what precedes a quotation.
#: (``re.M``: the paragraph may start anywhere in the article, after a line break)
_CLAUSE_COLON = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?:;\n\"“”«»]{3,120}?)\s*(:)\s*$", re.M)
_CLAUSE_COLON_MAX_WORDS = 14


def _clause_then_colon(
    text: str, para_start: int, open_start: int, close_end: int, cues: list[Cue]
) -> tuple[Cue, tuple[int, int]] | None:
    """A speaker's own clause introducing a quotation: 'He was blunt: “...”'.

    The clause has no cue of its own (those are attributed by their cue), is short and opens
    with a pronoun for people or a source noun phrase of a name or a head noun ("The state
    minister had a message for the bloc: “...”"); the quotation is a statement (four words
    or a sentence), not a title.
    """
    m = _CLAUSE_COLON.search(text, para_start, open_start)
    if m is None or len(m.group(1).split()) > _CLAUSE_COLON_MAX_WORDS:
        return None
    if not _is_statement_like(text, (open_start + 1, close_end - 1)):
        return None
    said = _WORDS_OF.fullmatch(text, m.start(1), m.end(1))
    if said is not None:
        # "His answer: “...”", "Lavrov's reply was blunt: “...”": whose words they are
        group = 1 if said.group(1) else 2
        return Cue(m.start(2), m.end(2), "colon", "speech", False, False), said.span(group)
    if any(m.start(1) <= c.start < m.start(2) for c in cues):
        return None
    subject = sentence_subject(text, m.start(1), m.end(1))
    if subject is None or subject[1] >= m.end(1):
        return None  # no verb after the subject: "Jo Roe of the bank:" is a label
    surface = text[subject[0] : subject[1]]
    if surface.lower() in _PEOPLE_PRONOUNS:
        return Cue(m.start(2), m.end(2), "colon", "speech", False, False), subject
    if surface.lower() in PRONOUN_SUBJECTS:
        return None  # "It was simple: “...”", "We asked: “...”"
    # the subject ends before its verb: "The state minister" (had a message for ...)
    verb = next((w for w in re.finditer(r"\S+", surface) if w.group(0).lower() in VERBISH), None)
    if verb is not None:
        surface = surface[: verb.start()].rstrip()
    if not surface or not is_source_np(surface):
        return None  # "The stakes are high: “...”"
    lex = people_lexicon()
    head = surface.split()[-1].lower()
    if len(surface.split()) < 2 and not (
        head in lex["generic"] or head in lex["org_heads"] or head in lex["role_words"]
    ):
        return None  # one capitalised word may open a longer subject ("Home affairs ...")
    source = (subject[0], subject[0] + len(surface))
    return Cue(m.start(2), m.end(2), "colon", "speech", False, False), source


_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})

#: Someone's words named before a colon: "His answer", "Lavrov's reply was blunt".
_WORDS_OF = re.compile(
    r"(?:([Hh]is|[Hh]er)|((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*)['’]s)\s+"
    r"(?:answer|reply|response|message|verdict|advice|warning|retort|explanation)"
    r"(?:\s+(?:was|is)(?:\s+\w+)?)?"
)


_THAT_COMMA = re.compile(r"\bthat,$")


def _is_embedded(text: str, span: tuple[int, int], sent: tuple[int, int]) -> bool:
    """A quoted fragment inside a clause ("said “budget cuts” would pay for it"), not a quote.

    The opening mark follows a word (not a colon or comma) and the clause goes on after the
    closing mark, so the statement is the whole clause, reported speech quoting a few words.
    """
    before = text[sent[0] : span[0]].rstrip().rstrip("".join(MARK_CHARS)).rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in ")%" or _THAT_COMMA.search(before)):
        return False
    after = text[span[1] : sent[1]].lstrip("".join(MARK_CHARS) + " ")
    if not after or after[0] in ",;:—–-(" or after[0].isupper():
        return False
    return len(re.findall(r"\w+", after)) >= 3


_TITLE_BEFORE = re.compile(
    r"(?:\b(?:of|on|in|at|from|for|by|with|about|the|a|an|his|her|their|its|our)|\w['’]s)"
    r"\s*[\"“‘'«]+\Z",
    re.I,
)

_TITLE_GLUE = frozenset("of the a an and on in at to for with".split())

#: A name given to an event, document or exercise right before the quotation.
_NAMED_BEFORE = re.compile(
    r"\b(?:titled|entitled|themed|headlined|codenamed|code-named|dubbed|"
    r"under\s+the\s+(?:theme|title|slogan|motto|banner))\s*[\"“‘'«]+\Z",
    re.I,
)


def _is_title(text: str, span: tuple[int, int]) -> bool:
    """A quoted title after a preposition or possessive, not a quotation.

    'On CBS's "Face the Nation," Jo Roe said ...', 'a boss on "The Apprentice"': a few
    capitalised words that name a show, book or film.
    """
    if _NAMED_BEFORE.search(text, max(0, span[0] - 40), span[0]) and span[1] - span[0] <= 120:
        return True  # 'a seminar titled "Connecting Eurasia: the SCO and the Sea"'
    words = []
    for m in _TITLE_WORDS.finditer(text, span[0], span[1]):
        words.append(m.group(0))
        if len(words) > 5:
            return False  # a title has at most five words: no need to read a long quote on
    if not words or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _TITLE_GLUE for w in words):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, span[0] - 40), span[0]))


def _is_direct_source(surface: str, *, loose: bool) -> bool:
    """A source next to a quotation: a source noun phrase, or (``loose``) a short plain phrase."""
    return is_source_np(surface) or (loose and is_plain_np(surface))


def _is_statement_like(text: str, span: tuple[int, int]) -> bool:
    content = text[span[0] : span[1]]
    words = content.split()
    return len(words) >= 4 or bool(re.search(r"[.!?]\W*$", content) and len(words) >= 2)


_DOUBLED_OPENING = re.compile(r"(?<=[.!?])[ \t]+(?=(?:''|``)\w)")


def _in_split_sentences(
    text: str,
    bounds: list[tuple[int, int]],
    lex: dict[str, Any],
    spans: list[tuple[int, int]] | None = None,
    titled: bool = False,
) -> list[Statement]:
    """The statements of an article, its sentences split before a doubled opening mark.

    In "Jo Roe said. ''It is done.''" the quotation opens a sentence of its own, though the
    sentence table may run the two together; statements keep the table's sentence index.
    """
    if "''" not in text and "``" not in text:
        return _article_statements(text, bounds, lex, spans, titled)
    split: list[tuple[int, int]] = []
    origin: list[int] = []
    for i, (start, end) in enumerate(bounds):
        for m in _DOUBLED_OPENING.finditer(text, start, end):
            split.append((start, m.start()))
            origin.append(i)
            start = m.end()
        split.append((start, end))
        origin.append(i)
    if len(split) == len(bounds):
        return _article_statements(text, bounds, lex, spans, titled)
    statements = _article_statements(text, split, lex, spans, titled)
    for st in statements:
        if st.sentence >= 0:
            st.sentence = origin[st.sentence]
    return statements


def _article_statements(
    text: str,
    bounds: list[tuple[int, int]],
    lex: dict[str, Any],
    spans: list[tuple[int, int]] | None = None,
    titled: bool = False,
) -> list[Statement]:
    cues = find_cues(text, lex)
    verb_cues = [c for c in cues if c.kind != "noun"]
    starts = [s for s, _ in bounds]
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    para_starts = [p[0] for p in paragraphs]
    statements: list[Statement] = []
    used_cues: set[int] = set()
    quote_spans = spans if spans is not None else find_quote_spans(text)
    direct_blocked: list[tuple[int, int]] = []
    quoted: set[tuple[int, int]] = set()  # quotations with a cue of their own
    pending: list[tuple[int, int]] = []
    orphans: list[tuple[int, int]] = []  # quotes with no cue and no quote before them
    cue_blocked: list[tuple[int, int]] = []  # quoted fragments inside reported clauses
    for span in quote_spans:
        p = paragraphs[_sentence_index(para_starts, span[0])] if paragraphs else (0, len(text))
        p_end = paragraphs[_sentence_index(para_starts, max(span[1] - 1, 0))] if paragraphs else p
        si = _sentence_index(starts, span[0])
        sent = bounds[si] if bounds else (0, len(text))
        last = bounds[_sentence_index(starts, max(span[1] - 1, 0))] if bounds else sent
        if _is_embedded(text, span, (sent[0], last[1])) or _is_title(text, span):
            cue_blocked.append((span[0] - 1, span[1] + 1))
            continue
        found = _attribute_direct(text, span, verb_cues, sent, (p[0], p_end[1]))
        if found is None:
            pending.append(span)
            continue
        cue, src = found
        if not _is_statement_like(text, span) and cue is None:
            continue
        if (
            cue is not None
            and cue.lemma in lex["naming_verbs"]
            and cue.end <= span[0]
            and WHAT_BEFORE.search(text, max(0, cue.start - 60), cue.start)
        ):
            # 'pay for what he called “diversification”': a word of his inside the writer's own
            # clause, not a statement
            cue_blocked.append((span[0] - 1, span[1] + 1))
            continue
        if cue.source_after and _fragment_after_speech(text, span, sent, verb_cues, cue):
            # 'Xi told Modi they should be "partners rather than rivals", according to CCTV':
            # Xi's words inside his reported statement, which the broadcaster carried
            cue_blocked.append((span[0] - 1, span[1] + 1))
            continue
        lead = _clause_before_quote(text, span, sent, cue, verb_cues)
        if lead is not None:
            # 'The plan was “dead on arrival,” Jo Roe said.': reported speech quoting a few
            # words, like 'Jo Roe said the plan was “dead on arrival.”'
            statements.append(Statement("indirect", lead, span[1], cue, src, si))
            used_cues.add(cue.start)
            direct_blocked.append((lead - 1, span[1] + 1))
            continue
        # a second quote right after "..." he said, "..." joins the same statement
        if statements and statements[-1].kind == "direct" and statements[-1].cue is cue:
            statements[-1].end = span[1]
        else:
            statements.append(Statement("direct", span[0], span[1], cue, src, si))
        used_cues.add(cue.start)
        direct_blocked.append((span[0] - 1, span[1] + 1))
        quoted.add((span[0] - 1, span[1] + 1))
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
        if earlier:
            # a cue in a sentence between the two quotations is another attribution ("He
            # said the answer was ..."); one in the attributing sentence itself is not ('"...,"
            # Jo Roe said after a hearing he was called to. "..."')
            after = earlier[-1].end
            cue = earlier[-1].cue
            if cue is not None and bounds:
                after = max(after, bounds[_sentence_index(starts, cue.start)][1])
        else:
            after = bounds[_sentence_index(starts, span[0])][0] if bounds else 0
        opens = long_or_first and not _cue_between(text, verb_cues, after, span[0], used_cues)
        if opens and earlier and earlier[-1].cue is not None and earlier[-1].cue.start < span[0]:
            earlier[-1].end = max(earlier[-1].end, span[1])
            direct_blocked.append((span[0] - 1, span[1] + 1))
        else:
            # no cue next to it: its words are no cues, but reported speech may quote it
            # ("Jo Pike told the paper that “...”")
            cue_blocked.append((span[0] - 1, span[1] + 1))
            if opens or (earlier and _opens_sentence(text, span[0], bounds, starts)):
                orphans.append(span)  # may go on from a reported statement before it
    for c in cues:
        if c.start in used_cues or c.kind == "noun" or not _COLON_END.match(text, c.end):
            continue  # (the colon is tested here so that most cues need no sentence lookup)
        st = _colon_block(text, c, bounds[_sentence_index(starts, c.start)] if bounds else None)
        if st is not None and not any(o.start < st.end and st.start < o.end for o in statements):
            st.sentence = _sentence_index(starts, st.start)
            statements.append(st)
            used_cues.add(c.start)
            direct_blocked.append((st.start, st.end))
    framed = [
        *_opinion_frames(text, bounds, lex),
        *_quoted_as(text, bounds, quote_spans),
        *_stated_by(text, bounds),
    ]
    for st in framed:
        if not any(o.start < st.end and st.start < o.end for o in statements):
            statements.append(st)
            used_cues.add(st.cue.start)
            direct_blocked.append((st.start, st.end))
            at = st.source[0] if st.source is not None else -1
            lead = _QUOTED_BEFORE.search(text, max(0, at - 10), at) if at > 0 else None
            if lead is not None:
                used_cues.add(lead.start())  # "TASS cited X as saying": no statement of TASS
    turns, questions = _labelled(text, paragraphs, lex)
    for qs, qe in questions:
        # a journalist's question in a transcript says nothing of its own, nor do the cues
        # inside it ("Does China object to India's proposal that ...?")
        statements = [o for o in statements if not (qs <= o.start < qe)]
        direct_blocked.append((qs, qe))
    for st in turns:
        inner = [o for o in statements if o.start < st.end and st.start < o.end]
        if inner and all(
            o.cue is not None and st.cue is not None and o.cue.start == st.cue.start for o in inner
        ):
            # 'Jo Roe: "Move away" is the wrong phrase. We ...': the quotation opening the
            # turn, taken at the same colon, is part of the whole answer
            statements = [o for o in statements if o not in inner]
            inner = []
        if not inner:
            st.sentence = _sentence_index(starts, st.start)
            statements.append(st)
            direct_blocked.append((st.start, st.end))
    by_sentence: dict[int, list[Cue]] = {}
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
        found = _inside_inverted(
            reported_statements(text, sent, in_sent, near, lex, prior.get(si), stops)
        )
        for st in found:
            if any(b0 <= st.start and st.end <= b1 for b0, b1 in near if (b0, b1) in direct):
                continue
            cut = min(
                (
                    b0
                    for b0, b1 in near
                    if st.start < b0 < st.end and (b0, b1) in quoted and text[b0 + 1].isupper()
                ),
                default=0,
            )
            if cut:
                # 'Jo Roe expressed doubts “I think ...,” Jo Pike said': a quoted sentence with a
                # speaker of its own ends the content before it (a fragment, 'she was “very
                # excited”', stays in)
                st.end = trim_content(text, st.start, cut)[1]
                if len(text[st.start : st.end].split()) < 2:
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
    statements = answer_statements(
        text, interview_turns(text, paragraphs), statements, titled=titled
    )
    for st in statements:
        if st.sentence < 0:
            st.sentence = _sentence_index(starts, st.start)
        if st.source is not None:
            st.source = issuer(text, st.source, lex)  # "a statement issued by the Kremlin"
            s0, s1 = st.source
            while s0 < s1 and text[s0] in _BULLETS:
                s0 += 1  # "- Arsenal boss Arsene Wenger said": a list bullet is no part of him
            st.source = (s0, s1) if s0 < s1 else st.source
    return statements


def _cue_between(text: str, cues: list[Cue], start: int, end: int, used: set[int]) -> bool:
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
    text: str, statements: list[Statement], orphans: list[tuple[int, int]]
) -> list[Statement]:
    """Quotes with no cue that go on from the reported statement just before them.

    In 'Trade will grow, Jo Pike said. "We will double it."' the quotation is Jo Pike's too:
    a direct statement with the same speaker and cue, in the same paragraph only.
    """
    out: list[Statement] = []
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
            out.append(Statement("direct", qs, qe, st.cue, st.source, st.sentence))
        elif (
            st.cue is not None
            and st.source is not None
            and (i + 1 == len(statements) or statements[i + 1].start >= qe)
            and _next_paragraph_quotation(text, max(st.end, st.cue.end), qs, qe)
        ):
            # '"...," Jo Roe said.\n\n"The threat has not gone away ..."': a paragraph that is
            # only a quotation goes on with the speaker who closes the paragraph before it
            out.append(Statement("direct", qs, qe, st.cue, st.source, st.sentence))
    return out


def _next_paragraph_quotation(text: str, after: int, qs: int, qe: int) -> bool:
    """Whether ``[qs, qe)`` is a quotation filling the paragraph right after ``after``'s.

    The paragraph holding ``after`` must end with the sentence at ``after``; the quotation
    must open the next paragraph and run to its end (or over the paragraphs it spans).
    """
    brk = text.find("\n", after)
    if brk < 0 or brk >= qs:
        return False
    quoted = text[qs:qe].rstrip()
    words = quoted.split()
    if len(words) < 4 or not quoted.endswith((".", "!", "?")):
        return False  # "‘Not holding our breath’": a quoted subheading, no statement
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if len(words) <= 8 and sum(w[:1].isupper() for w in content) >= 0.8 * len(content):
        return False  # "'Legend in the Coal Fields.'": a subheading in title case
    if not _SENTENCE_TAIL.fullmatch(text, after, brk):
        return False  # more words after the attribution: someone else may speak there
    opening = text[brk:qs].strip()
    if len(opening) != 1 or opening not in MARK_CHARS:
        return False  # the paragraph opens with the mark, right before the quotation
    line_end = text.find("\n", qe)
    tail = text[qe : len(text) if line_end < 0 else line_end]
    return not tail.strip(" " + "".join(MARK_CHARS) + ".,!?")


#: Short words a title leaves in lower case ("Legend in the Coal Fields").
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as".split())

#: What may end a paragraph after an attribution: its last words up to the full stop
#: ('Jo Roe said.', ', he added on Monday.'), with no new sentence.
_SENTENCE_TAIL = re.compile(r"[^.!?\n]*[.!?]?[\"”’'»]?[ \t]*")


#: Single quotation marks: the closing mark, and patterns of an opening and a closing one
#: (not an apostrophe: "Russia’s", "’90s").
_SINGLE_MARKS = (
    ("’", re.compile(r"(?:^|(?<=\s))‘(?=\w)"), re.compile(r"(?<=[\w.,!?])’(?!\w)")),
    ("'", re.compile(r"(?:^|(?<=\s))'(?=\w)"), re.compile(r"(?<=[\w.,!?])'(?!\w)")),
)


def _close_partial_quote(text: str, start: int, end: int) -> int:
    """Take in the closing mark of a quoted fragment the content opened but did not close.

    'Roe said the plan was "a pillar of order."' keeps the fragment's closing mark.
    """
    content = text[start:end]
    straight_open = content.count('"') % 2 == 1
    curly_open = content.count("“") > content.count("”")
    doubled_open = content.count("''") % 2 == 1  # ''a pillar of order,''
    # single marks, told from apostrophes by what is around them: "called it ‘illegal’"
    single = next(
        (
            mark
            for mark, opening, closing in _SINGLE_MARKS
            if len(opening.findall(content)) > len(closing.findall(content))
        ),
        None,
    )
    if not (straight_open or curly_open or doubled_open or single):
        return end
    closer = '"' if straight_open else "”" if curly_open else "''" if doubled_open else single
    at = text.find(closer, end, end + 3)
    if at < 0 or any(ch not in ".!?" for ch in text[end:at]):
        return end
    return at + len(closer)


def _inside_inverted(found: list[Statement]) -> list[Statement]:
    """Drop statements whose cue lies inside the content of an inverted attribution.

    In "President Roe proposed the plan in 2024, the secretary-general recalled." the whole
    clause is what the secretary-general said; Roe is only mentioned in it. An inverted
    attribution that holds another one whole ("A, Roe said, Trend reports.") is a credit to
    the outlet and is dropped instead.
    """
    inverted = [st for st in found if st.cue is not None and st.cue.start >= st.end]
    if not inverted:
        return found
    spans = [(st.start, st.end) for st in inverted]
    # "A, Jo Roe said at the forum, Trend reports.": the outer inverted attribution holds an
    # inner one whole; it credits the outlet that carried Roe's words and is no statement
    credits = {
        id(outer)
        for outer in inverted
        for inner in inverted
        if inner is not outer
        and outer.start <= inner.start
        and inner.cue is not None
        and inner.cue.end <= outer.end
    }
    return [
        st
        for st in found
        if st.cue is None
        or (st.cue.start >= st.end and id(st) not in credits)
        or (st.cue.start < st.end and not any(a <= st.cue.start < b for a, b in spans))
    ]


_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?!by\s)(?P<who>[^,;:.!?\"“”]{1,80}?)\s+as\s+(?:"
    r"(?P<verb>saying|stating|warning|adding)\s*(?:that\s+|:\s*|,\s*)?"
    r"|(?P<told>telling)\s+[^,;:\"“”]{1,60}?\s+that\s+)"
)


_QUOTED_BEFORE = re.compile(r"\b(?:quoted|cited)\s+\Z")


def _quoted_as(
    text: str, bounds: list[tuple[int, int]], quote_spans: list[tuple[int, int]]
) -> list[Statement]:
    """Statements an outlet quotes: "TASS quoted (cited) X as saying that A" is X's, not TASS's.

    A quotation right after the phrase is a direct statement; otherwise the rest of the
    sentence is reported speech, or, when the phrase ends the sentence ("A, Xinhua quoted Jo
    Roe as saying."), what comes before its comma.
    """
    out: list[Statement] = []
    if "quoted " not in text and "cited " not in text:
        return out
    opens = {qs - 1: (qs, qe) for qs, qe in quote_spans}  # opening mark -> quoted span
    for si, (start, end) in enumerate(bounds):
        m = _QUOTED_AS.search(text, start, end)
        if m is None:
            continue
        who = trim(text, *m.span("who"))
        group = "verb" if m.group("verb") else "told"
        cue = Cue(m.start(group), m.end(group), "say", "speech", False, False)
        if m.end() in opens:
            qs, qe = opens[m.end()]
            out.append(Statement("direct", qs, qe, cue, who, si))
            continue
        if not text[m.end() : end].strip(" .!?\n"):
            # "A, Xinhua quoted Jo Roe as saying.": the content comes before the attribution
            comma = text.rfind(",", start, m.start())
            quoted = [
                (qs, qe) for qs, qe in quote_spans if qs >= start and comma - 1 <= qe <= comma + 2
            ]
            if comma > start and quoted:
                # '"A," the agency quoted Jo Roe as saying.': the quotation is Jo Roe's
                out.append(Statement("direct", *quoted[-1], cue, who, si))
            elif comma > start and not any(
                qs <= comma + 1 and qe > start for qs, qe in quote_spans
            ):
                cs, ce = trim_content(text, start, comma)
                if len(text[cs:ce].split()) >= 3:
                    out.append(Statement("indirect", cs, ce, cue, who, si))
            continue
        cs, ce = trim_content(text, m.end(), words_end(text, m.end(), end))
        if len(text[cs:ce].split()) >= 2:
            out.append(Statement("indirect", cs, ce, cue, who, si))
    return out


#: ``", in " in sentence.lower()`` without lower-casing every sentence: only "I",
#: "N" and "İ" lower to one of its characters, and "İ" lowers to "i" and a combining dot,
#: which cannot be followed by "n".
_COMMA_IN = re.compile(", [iI][nN] ")


#: A sentence that gives the source of what went before: "This was stated by Deputy Minister
#: Jo Roe at a seminar ...", "This was announced by the ministry's press service."
_STATED_BY = re.compile(
    r"(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:(?:also|earlier)\s+)?"
    r"(?:stated|said|announced|reported|noted|emphasi[sz]ed|declared|underlined|stressed|"
    r"pointed\s+out|confirmed)\s+by\s+(?=\S)"
)
#: Where the source after "stated by" ends: a place, a time, a clause or punctuation.
_STATED_BY_END = re.compile(
    r"\s(?:at|on|during|in|while|when|after|before|speaking|who|as|via|through)\s|[,;:]|\.(?=\s|$)"
)

_THAT_OR_TO = re.compile(r"\s(?:that|to)\s")


def _stated_by(text: str, bounds: list[tuple[int, int]]) -> list[Statement]:
    """Statements whose source a following sentence gives: "A. This was stated by Jo Roe ...".

    The content is the sentence before, or the whole paragraph before when the attribution
    opens a paragraph of its own (news-agency style: the lead, then "This was stated by ...").
    """
    out = []
    for si in range(1, len(bounds)):
        start, end = bounds[si]
        if text[start : start + 1] not in ("T", "I"):
            continue  # (the cheap test first)
        m = _STATED_BY.match(text, start, end)
        if m is None:
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        stop = _STATED_BY_END.search(text, m.end(), line_end)
        while (
            stop is not None
            and stop.group(0) == "."
            and is_initial_or_abbreviation(text[m.end() : stop.start()].rsplit(None, 1)[-1])
        ):
            # "Mr. Somphone Keomanivong at a seminar": a title's full stop (the sentence may
            # have been cut there: the line is searched)
            stop = _STATED_BY_END.search(text, stop.end(), line_end)
        src_end = stop.start() if stop is not None else line_end
        ss, se = trim(text, m.end(), src_end)
        if _THAT_OR_TO.search(text, m.end(), src_end):
            continue  # "It was reported by the BBC that ...": the content follows
        if se <= ss or not (is_name_like(text[ss:se]) or is_source_np(text[ss:se])):
            continue
        first = si - 1
        if "\n" in text[bounds[first][1] : start]:
            while first > 0 and "\n" not in text[bounds[first - 1][1] : bounds[first][0]]:
                first -= 1  # the whole paragraph before
        cs, ce = trim_content(text, bounds[first][0], bounds[si - 1][1])
        if len(text[cs:ce].split()) < 4:
            continue
        cue = Cue(
            m.start(), text.rindex("by", m.start(), m.end()) + 2, "state", "speech", False, True
        )
        out.append(Statement("indirect", cs, ce, cue, (ss, se), first))
    return out


def _opinion_frames(
    text: str, bounds: list[tuple[int, int]], lex: dict[str, Any]
) -> list[Statement]:
    """Statements framed as an opinion: "In his opinion, A" or "In the minister's view, A".

    The cue is the frame ("In his opinion"), the source the possessor without "'s".
    """
    out = []
    pattern, middle = lex["opinion_re"], lex["opinion_mid_re"]
    if pattern is None:
        return out
    for si, (start, end) in enumerate(bounds):
        m = None
        if text[start : start + 3].lstrip("\"“‘'")[:1] in ("I", "i"):  # frames open with "In"
            m = pattern.match(text, start, end)
        if m is not None:
            cs, ce = trim_content(text, m.end(), words_end(text, m.end(), end))
        else:
            m = middle.search(text, start, end) if _COMMA_IN.search(text[start:end]) else None
            if m is None:
                continue
            # a parenthetical frame: the sentence is the content, as with "Trade, he said, is
            # growing"; a closing frame ends it
            closing = text[m.end() : m.end() + 1] != ","
            cs, ce = trim_content(
                text, start, m.start() if closing else words_end(text, m.end(), end)
            )
        if len(text[cs:ce].split()) < 3:
            continue
        owner_start, owner_end = m.span("owner" if m.group("owner") else "owner_of")
        if text[owner_end - 2 : owner_end] in ("'s", "’s"):
            owner_end -= 2
        frame_end = m.end("frame") if m.group("owner") else text.rindex(" of", 0, owner_start) + 3
        cue = Cue(m.start("frame"), frame_end, "opinion", "cognition", False, False)
        out.append(Statement("indirect", cs, ce, cue, (owner_start, owner_end), si))
    return out


_COLON_END = re.compile(r"[ \t]*:[ \t]*\n+[ \t]*")


def _colon_block(text: str, c: Cue, sent: tuple[int, int] | None) -> Statement | None:
    """A paragraph closing with "Jo Pike added:": the next paragraph is what she said."""
    m = _COLON_END.match(text, c.end)
    if m is None or sent is None:
        return None
    end = text.find("\n", m.end())
    cs, ce = trim(text, m.end(), len(text) if end < 0 else end)
    while cs < ce and text[cs] in MARK_CHARS:
        cs += 1
    while ce > cs and text[ce - 1] in MARK_CHARS:
        ce -= 1
    if len(text[cs:ce].split()) < 4:
        return None
    src = subject_before(text, sent[0], c.start, loose=True)
    if src is None:
        return None
    return Statement("direct", cs, ce, c, src, -1)


_LABEL = re.compile(
    # a live blog's time stamp before the label: "14:20 — Modi: “...”"
    r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]*[—–-]{1,2}[ \t]*)?"
    r"[\"“”']?[ \t]*((?:[A-Z][\w.’'\-]*)(?:[ \t]+(?:[A-Z][\w.’'\-]*|of|the|de|van|von)){0,3}"
    r"(?:,[ \t]+[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3})?)"  # "Spokesperson, Shri Jo Roe"
    r"[ \t]*(:)[ \t]+(?=\S)"
)


_QUESTION_LABEL = re.compile(
    r"^[ \t]*(?:Q|Question)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:.]", re.M
)  # "Q:", "Question (Kazinform):"


#: What may follow a question's "?" at the end of a turn: closing marks and spaces.
_AFTER_QUESTION = "".join(MARK_CHARS) + " "


def _asks(text: str, content: tuple[int, int]) -> bool:
    """Whether a labelled turn is a question: it ends with a question mark."""
    return text[content[0] : content[1]].rstrip(_AFTER_QUESTION).endswith("?")


def _labelled(
    text: str, paragraphs: list[tuple[int, int]], lex: dict[str, Any]
) -> tuple[list[Statement], list[tuple[int, int]]]:
    """Speaker labels: transcript turns ("SMITH: We will ...") and headlines ("Jo Pike: ...").

    An all-capitals label counts only in a transcript (two or more different labels in the
    article), so a dateline ("ASTANA: ...") is not a speaker; a title-case label must name
    someone the article mentions again. Words such as "Update" or "Watch" are never labels.

    Returns:
        The turns as statements, and the spans of the transcript's questions ("AFP: Does
        China plan ...?", even under a label named once): journalists' questions, which are
        no statements.
    """
    # label, colon, content, paragraph index
    found: list[tuple[tuple[int, int], int, tuple[int, int], int]] = []
    stamped: set[int] = set()  # paragraphs of a live blog's labelled quotations
    for i, (p0, p1) in enumerate(paragraphs):
        m = _LABEL.match(text, p0, p1)
        if not m:
            continue
        label = m.group(1)
        if label.lower() in lex["not_labels"] or not is_name_like(label):
            continue
        if not label.isupper() and dateline_end(text, p0) > p0 and not text[p0].isdigit():
            continue  # "New Delhi: India will ...": a dateline, not a speaker
        content = trim_content(text, m.end(), p1)
        if any(ch in MARK_CHARS for ch in text[m.start() : m.start(1)]):
            # '"PENCE: Well, I think ..."': the paragraph's closing mark is no part of the turn
            cs, ce = content
            while ce > cs and text[ce - 1] in MARK_CHARS:
                ce -= 1
            content = trim_content(text, cs, ce)
        if text[m.start()].isdigit() and text[m.end() : m.end() + 1] in MARK_CHARS:
            # "14:20 — Modi: “...” The Indian prime minister called for ...": the quotation
            # after a live blog's label is the turn; the rest of the entry reports
            quoted = [q for q in find_quote_spans(text[m.end() : p1]) if q[0] == 1]
            if not quoted:
                continue
            content = (m.end() + quoted[0][0], m.end() + quoted[0][1])
            stamped.add(i)
        if len(text[content[0] : content[1]].split()) >= 3:
            found.append((m.span(1), m.start(2), content, i))
    caps = {text[s:e] for (s, e), _, _, _ in found if text[s:e].isupper()}
    kept = []
    asking = []  # labels named once whose turn is a question ("Bloomberg: Will ...?")
    for (ls, le), colon, content, i in found:
        label = text[ls:le]
        if label.isupper() and len(caps) < 2:
            if _asks(text, content):
                asking.append(((ls, le), colon, content, i))  # "AFP: ...?" among other turns
            continue  # a dateline, not a transcript
        last = label.split()[-1]
        if (
            not label.isupper()
            and i not in stamped
            and len(re.findall(rf"\b{re.escape(last)}\b", text)) < 2
            and not _QUESTION_LABEL.search(text, paragraphs[i][1])
        ):
            # (a label before a "Q:" turn opens a press conference's transcript)
            if _asks(text, content):
                asking.append(((ls, le), colon, content, i))
            continue
        kept.append(((ls, le), colon, content, i))
    # two speakers, or one speaker answering several outlets' questions ("Reuters: ...?",
    # "Spokesperson: ...", "AFP: ...?", "Spokesperson: ...")
    transcript = len({text[s:e] for (s, e), _, _, _ in kept}) >= 2 or (
        len(kept) >= 2 and len(asking) >= 2
    )
    if transcript:
        kept = sorted(kept + asking, key=lambda turn: turn[3])
    out = []
    questions = []
    for n, ((ls, le), colon, (cs, ce), i) in enumerate(kept):
        following = kept[n + 1][3] if n + 1 < len(kept) else i + 1
        asked = [
            j
            for j in range(i + 1, following)
            if _QUESTION_LABEL.match(text, paragraphs[j][0], paragraphs[j][1])
        ]
        following = asked[0] if asked else following  # a turn ends at the next "Question:"
        if transcript and _asks(text, (cs, ce)):
            # a journalist's question, its own paragraph: no statement
            questions.append((ls, trim_content(text, cs, paragraphs[following - 1][1])[1]))
            continue
        if transcript and following > i + 1:
            # "Mao Ning: ..." and the unlabelled paragraphs after it, up to the next label:
            # one turn of a press conference's transcript
            ce = trim_content(text, cs, paragraphs[following - 1][1])[1]
        cue = Cue(colon, colon + 1, "colon", "speech", False, False)
        out.append(Statement("direct", cs, ce, cue, (ls, le), -1))
    if transcript:
        # "Question (Kazinform): Pashinyan said last week that ...?": a journalist's question,
        # with whatever it cites
        asked = [(p0, p1) for p0, p1 in paragraphs if _QUESTION_LABEL.match(text, p0, p1)]
        questions += asked
    return out, questions


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
        ``articles.text[cue_start:cue_end]``. One row per statement and speaker: "Putin and Xi
        said ..." gives a row for each of them, with the same text and offsets. When the
        ``title`` column announces a speech's text ("Full text: Speech by President Jo Roe at
        ..."), each paragraph of the speech is a direct statement of the title's speaker; its
        ``speaker_surface`` and ``cue`` are words of the title, so their offsets are NA. When
        the title names who answers a transcript's questions ("Spokesperson Jo Roe's Regular
        Press Conference", "Interview with Jo Roe") and the text does not, each answer is that
        person's, with ``speaker_surface`` from the title (offsets NA) and the answer's marker
        ("A:") as its cue. When the byline (``author``) is one person's name, a bare "I" outside
        quotation marks is that writer.
    """
    if articles.empty:
        return empty_table("quotes")
    lex = speech_lexicon(speech)
    by_article = sentence_bounds(sentences)
    ment_by_article = _mentions_by_article(mentions)
    titles = articles["title"].tolist() if "title" in articles.columns else None
    authors = articles["author"].tolist() if "author" in articles.columns else None
    rows: list[dict[str, Any]] = []
    for n, (article_id, text) in enumerate(
        zip(articles["article_id"].tolist(), articles["text"].tolist(), strict=True)
    ):
        sents = by_article.get(article_id)
        if sents is None or not isinstance(text, str):
            continue
        bounds = list(zip(sents[0].tolist(), sents[1].tolist(), strict=True))
        sentence_ids = sents[2].tolist()
        known = (registries or {}).get(article_id)
        # the registry found the article's quotations already: the same text, the same spans
        title = titles[n] if titles is not None else None
        announced = speech_title(title, lex)
        # "Spokesperson Mao Ning's Regular Press Conference": who answers the questions below
        host = titled_interviewee(title) if announced is None else None
        statements = _in_split_sentences(
            text, bounds, lex, known.quoted if known else None, titled=host is not None
        )
        spoken = speech_paragraphs(text) if announced is not None else []
        if len(spoken) < _MIN_SPEECH_PARAGRAPHS:
            spoken = []
        if spoken:
            # a speech's text: what its paragraphs say is the title's speaker's
            statements = [st for st in statements if not in_spans(spoken, st.start)]
        if not statements and not spoken:
            continue
        ments = ment_by_article.get(article_id, [])
        registry = known or build_registry(
            text, bounds, [(m[0], m[1]) for m in ments], extra=people
        )
        found = _rows(
            article_id, text, statements, registry, ments, sentence_ids, bounds, people, lex
        )
        if host is not None:
            _with_title_host(found, str(title), host, statements, people)
        writer = writer_name(authors[n], people) if authors is not None else None
        if writer is not None:
            _writer_as_i(found, writer, registry.quoted)
        if spoken and announced is not None:
            found = _with_speech(
                article_id, text, str(title), announced, spoken, found, bounds, sentence_ids, people
            )
        rows.extend(found)
    if not rows:
        return empty_table("quotes")
    return conform(pd.DataFrame(rows), "quotes")


def _with_title_host(
    rows: list[dict[str, Any]],
    title: str,
    host: tuple[int, int],
    statements: list[Statement],
    people: Any,
) -> None:
    """Give the answers of a transcript the person its title names as answering them.

    The person is named in the title only, so ``speaker_surface`` is the title's words and its
    offsets are NA; the answer's marker ("A:") is its cue, with offsets.
    """
    answers = {
        st.cue.start
        for st in statements
        if st.source is None and st.cue is not None and st.cue.lemma == "answer"
    }
    if not answers:
        return
    own = build_registry(title, [(0, len(title))], extra=people)
    speaker, speaker_type, role, _ = classify_source(
        title[host[0] : host[1]], host[0], own, [], extra=people, text=title
    )
    for row in rows:
        if row["cue_start"] in answers and row["speaker_surface"] is None:
            row["speaker"] = speaker
            row["speaker_type"] = speaker_type
            row["speaker_role"] = role
            row["speaker_surface"] = title[host[0] : host[1]]


def _writer_as_i(rows: list[dict[str, Any]], writer: str, quoted: list[tuple[int, int]]) -> None:
    """Give the writer the statements of a bare "I" outside quotations ("I would argue that").

    In an opinion piece the first person is the byline's writer; inside a quotation it is the
    person quoted, whose row the quotation already has.
    """
    for row in rows:
        if (
            row["speaker_surface"] == "I"
            and pd.isna(row["speaker"])
            and not in_spans(quoted, int(row["speaker_start"]))
        ):
            row["speaker"] = writer
            row["speaker_type"] = "person"


#: The fewest paragraphs of speech that make an article a speech's text.
_MIN_SPEECH_PARAGRAPHS = 2


def _with_speech(
    article_id: str,
    text: str,
    title: str,
    announced: SpeechTitle,
    spoken: list[tuple[int, int]],
    found: list[dict[str, Any]],
    bounds: list[tuple[int, int]],
    sentence_ids: list[int],
    people: Any,
) -> list[dict[str, Any]]:
    """The rows of an article with a speech's paragraphs as the title speaker's statements.

    The speaker is named in the title, not in the text: ``speaker_surface`` and ``cue`` are the
    title's words and their offsets are NA.
    """
    s0, s1 = announced.speaker
    own = build_registry(title, [(0, len(title))], extra=people)
    speaker, speaker_type, role, _ = classify_source(
        title[s0:s1], s0, own, [], extra=people, text=title
    )
    starts = [s for s, _ in bounds]
    rows = list(found)
    for start, end in spoken:
        st = Statement("direct", start, end, None, None, -1)
        si = _sentence_index(starts, start)
        row = _row(article_id, text, st, None, speaker, speaker_type, role, rows, si, sentence_ids)
        row["speaker_surface"] = title[s0:s1]
        row["cue"] = title[announced.noun[0] : announced.noun[1]]
        rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for i, row in enumerate(rows):
        row["quote_id"] = f"{article_id}-q{i}"
    return rows


#: One unnamed person described: "One Almaty-based freight forwarder", "a senior diplomat".
_ONE_DESCRIBED = re.compile(r"(?:a|an|one)\s+\S", re.IGNORECASE)


def _described_one(surface: str) -> bool:
    """Whether an unnamed source is one person described ("a diplomat"), not a group."""
    words = surface.split()
    return (
        _ONE_DESCRIBED.match(surface) is not None
        and not words[-1].lower().endswith("s")  # ("a group of analysts", "one of the banks")
        and " of " not in surface
    )


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
    statements: list[Statement],
    registry: Registry,
    mentions: list[tuple[int, int, str, str, str | None]],
    sentence_ids: list[int],
    bounds: list[tuple[int, int]],
    people: Any,
    lex: dict[str, Any],
) -> list[dict[str, Any]]:
    starts = [s for s, _ in bounds]
    rows = []
    for st in statements:
        src = st.source
        si = st.sentence if st.sentence >= 0 else _sentence_index(starts, st.start)
        sources: list[tuple[tuple[int, int] | None, Any, str, Any]] = [(src, None, "unnamed", None)]
        if src:
            s_start = bounds[_sentence_index(starts, src[0])][0] if bounds else None

            def classify(
                span: tuple[int, int], s_start: int | None = s_start
            ) -> tuple[Any, str, Any, Any]:
                return classify_source(
                    text[span[0] : span[1]],
                    span[0],
                    registry,
                    mentions,
                    extra=people,
                    sentence_start=s_start,
                    text=text,
                )

            joined = _joined_sources(text, src, classify)
            if joined:
                sources = joined  # "Putin and Xi said": a row for each of them
            else:
                speaker, speaker_type, role, person = classify(src)
                if speaker_type == "unnamed" and role is None:
                    label = _capitals_label(text, src, st, registry, lex)
                    if label is not None:
                        speaker, speaker_type, role, person = label
                if speaker_type == "unnamed":
                    issued = _document_issuer(text, src, rows, bounds, starts)
                    if issued is not None:  # "the statement said" after "X said in a statement"
                        speaker, speaker_type, role = issued
                sources = [(src, speaker, speaker_type, role)]
                if person is not None:
                    person.spoke_at.append(src[0])
                elif speaker_type == "organization" and isinstance(speaker, str):
                    registry.bodies_spoke.append((src[0], src[1], speaker))
                elif speaker_type == "unnamed":
                    if role and _introduced_unnamed(text[src[0] : src[1]], str(role), registry):
                        registry.unnamed_roles.append((src[0], str(role).lower()))
                    gender = gender_of_role(role, people)
                    if gender:  # "a spokeswoman said": her "she" is not a named woman's
                        registry.unnamed_spoke.append((src[0], gender))
                    elif _described_one(text[src[0] : src[1]]):
                        # "One freight forwarder, who ..., said A. He warned B": either pronoun
                        # may be the unnamed one's, unless someone is named in between
                        registry.unnamed_spoke.append((src[0], None))
            if (
                st.cue is not None
                and st.cue.kind == "stance"
                and sources[0][2] in ("organization", "country")
            ):
                continue  # "The bank plans to lend", "Russia supports the plan": acts, not words
        if (
            st.kind == "indirect"
            and st.cue is not None
            and st.cue.lemma in lex["topic_only"]
            and lacks_clause(text[st.start : st.end].split())
        ):
            continue  # "He pointed to the corridor": who spoke (kept above), but no statement
        if (
            st.kind == "indirect"
            and st.cue is not None
            and st.cue.lemma in lex["short_object_only"]
            and not text[st.cue.end : st.start].strip()
            and len(words := text[st.start : st.end].split()) <= _SHORT_OBJECT_WORDS
            and lacks_clause(words)
        ):
            continue  # "Karimov acknowledged the concern.": who spoke, but an attitude only
        for span, speaker, speaker_type, role in sources:
            rows.append(
                _row(
                    article_id, text, st, span, speaker, speaker_type, role, rows, si, sentence_ids
                )
            )
    _unresolve_unconfirmed_cataphora(rows, registry)
    return rows


#: The most words of a noun phrase that a ``short_object_only`` cue reports no statement with.
_SHORT_OBJECT_WORDS = 5


def _capitals_label(
    text: str, src: tuple[int, int], st: Statement, registry: Registry, lex: dict[str, Any]
) -> tuple[str, str, Any, Any] | None:
    """The person a transcript's label in capitals names: "LAVROV: ...", "NURTLEU: ...".

    The label is a surname (or a full name) in capitals with no role in it ("HOST" and
    "ANCHOR" stay unnamed: the speech lexicon's ``transcript_roles``): the person the article
    named with it, else the name as a person of its own.
    """
    label = text[src[0] : src[1]]
    if st.cue is None or text[st.cue.start : st.cue.end] != ":" or not label.isupper():
        return None
    words = label.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and len(w) >= 3 for w in words):
        return None
    if any(w.lower() in lex["transcript_roles"] for w in words):
        return None
    person = registry.by_token(words[-1], src[0])
    if person is not None:
        return person.name, "person", person.role, person
    return " ".join(w.capitalize() for w in words), "person", None, None


def _unresolve_unconfirmed_cataphora(rows: list[dict[str, Any]], registry: Registry) -> None:
    """Leave unnamed a post resolved to someone named only after it who never speaks.

    "The minister said ... Minister Jo Roe told reporters ..." names the speaker; "The
    minister said ... President Jo Roe will visit in May" only mentions Roe, who must not
    become a speaker for it.
    """
    first_named = {p.name: min((s for s, _ in p.mentions), default=-1) for p in registry.people}
    counts: dict[Any, int] = {}
    for row in rows:
        counts[row["speaker"]] = counts.get(row["speaker"], 0) + 1
    for row in rows:
        end = row["speaker_end"]
        if (
            row["speaker_type"] == "person"
            and end is not None
            and first_named.get(row["speaker"], -1) >= end  # named only after this source
            and counts.get(row["speaker"], 0) < 2
            and not set(str(row["speaker"]).split()) & set(str(row["speaker_surface"]).split())
        ):  # (a surname written before the full name is the person: "Wenger said")
            row["speaker"], row["speaker_type"] = None, "unnamed"


def _introduced_unnamed(surface: str, role: str, registry: Registry) -> bool:
    """Whether an unnamed source is one person the article introduces without a name.

    "A senior official" (indefinite, singular) is; "the official" is when such an official
    was introduced before; "officials" and an unresolved "the prime minister" are not.
    """
    low, role = surface.lower().lstrip(), role.lower()
    if role.endswith("s"):
        return False
    if low.startswith(("a ", "an ", "one ")):
        return True
    heads = role_heads(role)
    return any(heads & role_heads(r) for _, r in registry.unnamed_roles)


def _joined_sources(
    text: str, src: tuple[int, int], classify: Any
) -> list[tuple[tuple[int, int], Any, str, Any]] | None:
    """The sources of "A and B said" (or "A, B and C said") when all are people, or countries.

    "Putin and Xi said", "South Korea and Japan denied", "Russia, Iran and China said": each
    is a speaker of the statement.
    Names with "and" inside ("the Food and Agriculture Organisation", "Trade and Industry
    Secretary Jo Roe") resolve to one body or one person and give no split.
    """
    m = _JOINED.fullmatch(text, src[0], src[1])
    if m is None:
        return None
    halves = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
    if _LISTED.fullmatch(text, m.start(1), m.end(1)):
        # "Russia, Iran and China said": each name of the list before "and"
        halves = [
            (n.start(), n.end()) for n in _LIST_ITEM.finditer(text, m.start(1), m.end(1))
        ] + halves[1:]
    found = []
    for span in halves:
        speaker, speaker_type, role, person = classify(span)
        if speaker is None or speaker_type not in ("person", "country"):
            return None
        found.append((span, speaker, speaker_type, role, person))
    if len({f[2] for f in found}) != 1 or len({f[1] for f in found}) != len(found):
        return None
    for span, _, _, _, person in found:
        if person is not None:
            person.spoke_at.append(span[0])
    return [(span, speaker, kind, role) for span, speaker, kind, role, _ in found]


#: Names separated by commas before the "and" of a list: "Russia, Iran".
_LIST_ITEM = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
_LISTED = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)+,?"
)

#: Two sources joined by "and": "Putin and Xi", "Mr Magnier and Mr McManus".
_JOINED = re.compile(
    r"(?:(?:[Bb]oth|[Tt]he)\s+)?((?:[A-Z][\w.’'-]*,?\s+)*?[A-Z][\w.’'-]*),?\s+and\s+"
    r"((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)"
)  # capitalised words only on both sides: "Lawyers for Mr Roe and Ms Lim" is no pair


#: A document named by a definite noun phrase as a source: "the statement", "the communique".
_BODY_DOCUMENTS = frozenset(("report", "study", "survey"))
_THE_DOCUMENT = re.compile(
    r"(?:the|this|that)\s+((?:joint\s+|ministry['’]s\s+|press\s+)?(?:statement|communiqu[eé]|"
    r"release|declaration|document|report|study|survey))\Z",
    re.I,
)


def _document_issuer(
    text: str,
    src: tuple[int, int],
    rows: list[dict[str, Any]],
    bounds: list[tuple[int, int]],
    starts: list[int],
) -> tuple[Any, str, Any] | None:
    """Who issued "the statement" a source names, from a statement row just before it.

    "The ISPR said in a statement that ... The statement said ...": the ISPR. The issuer is
    the speaker of the last row in the three sentences before whose sentence names the same
    kind of document.
    """
    m = _THE_DOCUMENT.fullmatch(text, src[0], src[1])
    if m is None or not rows:
        return None
    noun = m.group(1).split()[-1].lower()[:8]  # "communiqué" and "communique" alike
    here = _sentence_index(starts, src[0])
    for row in reversed(rows[-6:]):
        if row["speaker_type"] == "unnamed" or row["speaker_start"] is None:
            continue
        at = _sentence_index(starts, int(row["speaker_start"]))
        if here - at > 3:
            break
        s, e = bounds[at]
        if noun in text[s:e].lower() and (
            noun not in _BODY_DOCUMENTS or row["speaker_type"] in ("organization", "country")
        ):  # (a report is a body's, not that of the person who spoke about it)
            return row["speaker"], row["speaker_type"], row["speaker_role"]
    for row in reversed(rows[-6:]):
        # "The ISPR said that ... According to the ISPR, ... The statement said ...": a body
        # that spoke in the two sentences before issued it
        if row["speaker_start"] is None:
            continue
        if here - _sentence_index(starts, int(row["speaker_start"])) > 2:
            break
        if row["speaker_type"] == "organization" and not pd.isna(row["speaker"]):
            return row["speaker"], row["speaker_type"], row["speaker_role"]
    return None


def _row(
    article_id: str,
    text: str,
    st: Statement,
    src: tuple[int, int] | None,
    speaker: Any,
    speaker_type: str,
    role: Any,
    rows: list[dict[str, Any]],
    si: int,
    sentence_ids: list[int],
) -> dict[str, Any]:
    """One row of the quotes table: a statement and one of its speakers."""
    return {
        "article_id": article_id,
        "sentence_id": sentence_ids[si] if si < len(sentence_ids) else si,
        "quote_id": f"{article_id}-q{len(rows)}",
        "speaker": speaker,
        "speaker_surface": text[src[0] : src[1]] if src else None,
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
