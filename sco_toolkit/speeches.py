"""Speech transcripts: an article that prints one speaker's speech, remarks or statement.

A title such as "Full text: Speech by Chinese President Xi Jinping at the SCO summit",
"Remarks by Secretary-General Lin Tao at the opening ceremony" or "Full text of Jo Roe's address
to parliament" says that the body is the speaker's own words. Each paragraph of the speech is
then a direct statement of the title's speaker, its cue the title's noun ("Speech"). The
publisher's lines before the speech ("Following is the full text of the speech:"), salutations
("Dear colleagues,") and closing thanks are no statements.

A title that goes on with a verb ("Speech by Jo Roe sparks anger") is news about a speech, not
its text; so is a title with a possessive but no "full text" ("Jo Roe's speech at the summit").
The title noun comes from the speech lexicon's ``speech_titles``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

__all__ = ["SpeechTitle", "speech_paragraphs", "speech_title"]


class SpeechTitle(NamedTuple):
    """The speaker phrase and the noun of a transcript's title, with their offsets in it."""

    speaker: tuple[int, int]
    noun: tuple[int, int]


#: "Full text:", "Full text of", "Transcript of the", "Text of" opening a title.
_FULL_TEXT = re.compile(
    r"\s*(?:full\s+text|transcript|text)(?:\s+of(?:\s+the)?)?\s*(?:[:|–—-]\s*)?", re.I
)
#: "(full text)", "- full text", "[Transcript]" closing a title.
_FULL_TEXT_AFTER = re.compile(r"[\s(\[|:–—-]*(?:full\s+text|transcript)[\s)\].]*\Z", re.I)
#: Words that may stand inside a speaker phrase besides capitalised ones.
_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "del", "da", "van", "von", "al", "bin"})
#: Where the speaker phrase ends: "at the summit", "to parliament", ", 4 July".
_PHRASE_END = re.compile(
    r"\s+(?:at|to|on|before|during|in|for|from|via|with)\s+|\s*[,:;|(\[–—]|\s+-\s+|\s*\Z"
)


def speech_title(title: Any, lex: dict[str, Any]) -> SpeechTitle | None:
    """The speaker and noun of a title that announces a speech's text, or None.

    Args:
        title: The article's title (anything not a string gives None).
        lex: The speech lexicon (its ``speech_titles`` nouns).

    Returns:
        Offsets in ``title`` of the speaker phrase ("Chinese President Xi Jinping") and of the
        title's noun ("Speech"), or None when the title does not announce a transcript.

    Examples:
        >>> from sco_toolkit.cues import speech_lexicon
        >>> t = "Full text: Remarks by Secretary-General Lin Tao at the forum"
        >>> found = speech_title(t, speech_lexicon())
        >>> t[slice(*found.speaker)], t[slice(*found.noun)]
        ('Secretary-General Lin Tao', 'Remarks')
        >>> speech_title("Speech by Lin Tao sparks debate", speech_lexicon()) is None
        True
    """
    nouns = lex.get("speech_titles_re")
    if not isinstance(title, str) or nouns is None or len(title) > 200:
        return None
    marked = _FULL_TEXT.match(title)
    pos = marked.end() if marked and marked.end() > 0 else 0
    full_text = pos > 0 or _FULL_TEXT_AFTER.search(title) is not None
    by = nouns.match(title, pos)
    if by is not None and by.group("by"):
        # "Speech by Xi Jinping at ...", "Keynote address of President Jo Roe to ..."
        start = by.end()
        end = _PHRASE_END.search(title, start).start()
        if not _speaker_phrase(title[start:end]) or not _ends_the_title(title, end):
            return None
        return SpeechTitle((start, end), (by.start("noun"), by.end("noun")))
    if not full_text:
        return None  # "Jo Roe's speech at the summit": maybe news about it
    owner = _POSSESSIVE.match(title, pos)
    if owner is None:
        return None
    noun = nouns.match(title, owner.end())
    if noun is None or noun.group("by"):
        return None
    end = noun.end()
    if not _speaker_phrase(owner.group(1)) or not _ends_the_title(title, end):
        return None
    return SpeechTitle(owner.span(1), (noun.start("noun"), noun.end("noun")))


#: "Xi Jinping's " opening what follows "Full text of".
_POSSESSIVE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.-]*)['’]s\s+")


def _speaker_phrase(phrase: str) -> bool:
    """Whether a phrase can name a speaker: capitalised words and name glue, two to ten."""
    words = phrase.split()
    if not 1 <= len(words) <= 10 or (not words[0][:1].isupper() and words[0].lower() != "the"):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words) and any(
        w[:1].isupper() for w in words
    )


def _ends_the_title(title: str, end: int) -> bool:
    """Whether only a place, an occasion or a date follows the speaker, never a verb."""
    rest = title[end:].strip()
    if not rest or rest[0] in ",:;|([–—-":
        return True
    return _PHRASE_END.match(title, end) is not None


#: Lines of the publisher before the speech: "Following is the full text of the speech:".
_PUBLISHER_LINE = re.compile(
    r"(?:.*\b(?:full\s+text|following\s+is|the\s+text\s+of|transcript)\b.*|\(.*\))\Z", re.I
)
#: A salutation: "Dear colleagues,", "Your Excellency President Tokayev,", "Ladies and
#: gentlemen!".
_SALUTATION_END = (",", ":", "!")
_MIN_WORDS = 4


def speech_paragraphs(text: str) -> list[tuple[int, int]]:
    r"""The paragraphs of a transcript's body that are the speech's words.

    Publisher's lines that introduce the text (in the first three paragraphs), salutations and
    lines of fewer than four words ("Thank you.") are left out. A speech speaks in the first
    person: when fewer than half of the paragraphs say "I", "we" or "our", the body is news
    about a speech, and no paragraph is returned.

    Examples:
        >>> t = "Dear friends,\nOur trade grew by a third this year.\nThank you."
        >>> [t[s:e] for s, e in speech_paragraphs(t)]
        ['Our trade grew by a third this year.']
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for i, (s, e) in enumerate(paragraphs[:3]):
        line = text[s:e].strip()
        if line.endswith(":") and _PUBLISHER_LINE.match(line):
            paragraphs = paragraphs[i + 1 :]
            break
    out = []
    for s, e in paragraphs:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        line = text[s:e]
        words = line.split()
        if len(words) < _MIN_WORDS or (len(words) <= 8 and line.endswith(_SALUTATION_END)):
            continue
        if line.startswith("(") and line.endswith(")"):
            continue  # "(Applause)", "(Source: Xinhua)"
        out.append((s, e))
    first_person = sum(1 for s, e in out if _FIRST_PERSON.search(text, s, e))
    return out if first_person * 2 >= len(out) else []  # news about a speech is not one


#: A speech speaks in the first person: "I", "we", "our" ...
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
