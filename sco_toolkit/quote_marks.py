"""Quotation marks: find the quoted passages of a text, whatever the style of its marks.

Straight, curly and mismatched double quotes, ``''doubled''`` marks, guillemets and single
quotes (not apostrophes) are scanned and paired, including a quotation that runs into the next
paragraph when that paragraph opens with a mark again.
"""

from __future__ import annotations

import re

__all__ = ["MARK_CHARS", "find_quote_spans", "trim"]


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
    if "- " in text or "– " in text or "— " in text:
        spans.extend(dash_quotes(text))
    spans.sort()
    # drop single-quoted spans nested inside double-quoted ones
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


#: A paragraph quoted the Russian way: opened by a dash, closed by punctuation and a dash before
#: a short attribution that ends the paragraph ("- Our routes work, - Tokayev said.").
_DASH_QUOTE = re.compile(
    r"^[ \t]*[-–—][ \t]+(?P<quote>[^\n]{10,}?[,.!?…])[ \t]+[-–—][ \t]+"
    r"(?P<credit>[^\n\-–—\"“”«»]{3,90}?)\.?[ \t]*$",
    re.MULTILINE,
)


def dash_quotes(text: str) -> list[tuple[int, int]]:
    """Paragraphs quoted with dashes: ``(start, end)`` of the words between the dashes.

    Examples:
        >>> t = "- Our routes already work, - Tokayev emphasized."
        >>> [t[s:e] for s, e in dash_quotes(t)]
        ['Our routes already work,']
    """
    out = []
    for m in _DASH_QUOTE.finditer(text):
        credit = m.group("credit").split()
        if len(credit) <= 12 and any(w[:1].islower() for w in credit):
            out.append((m.start("quote"), m.end("quote")))
    return out


MARK_CHARS = frozenset("\"'“”‘’«»„‟‹›`")

# Two straight single quotes, two backticks or one double mark (``''|``|[...]``), written to
# open with one character set (the look-behinds tell which first character needs a second) so
# that the regex engine skips straight to candidate marks instead of trying every position.
_DOUBLE = re.compile(r"[\"“”«»„‟'`](?:(?<=')'|(?<=`)`|(?<=[\"“”«»„‟]))")


#: Doubled marks read as one double mark (a module constant: looked up for every mark).
_AS_SINGLE_MARK = {"''": '"', "``": "“"}


def _marks(text: str, kind: str) -> list[tuple[int, str, int]]:
    """Quotation marks of one kind as ``(position, mark, width)``; ``''`` counts as ``"``."""
    if kind == "double":
        out = []
        for m in _DOUBLE.finditer(text):
            mark = m.group(0)
            out.append((m.start(), _AS_SINGLE_MARK.get(mark, mark), len(mark)))
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
    nested = 0  # closers still owed to quotations opened inside the open one
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
        if is_open and open_at is not None and ch in "“„" and _closes_like(text, pos, width):
            spans.append((open_at, pos))  # “...,“ he said: an opening mark used as a closer
            open_at = None
        elif is_open and open_at is None:
            open_at = pos + width
        elif is_open and open_at is not None and ch in "“«„‘":
            if _nested_here(text, marks, idx):
                nested += 1  # “... what he calls “hell” than ...”: a quotation inside
            else:
                open_at = pos + width  # a new opener: the earlier one was never closed
        elif is_close and open_at is not None and nested:
            nested -= 1  # the inner quotation's closer
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
    return [trim(text, s, e) for s, e in spans if e > s and text[s:e].strip()]


def _nested_here(text: str, marks: list[tuple[int, str, int]], idx: int) -> bool:
    """Whether the opener at ``marks[idx]`` opens a quotation inside the open one.

    It does when it follows a word inside the sentence ("what he calls “hell”") and the
    paragraph has two closers before any other opener: one for it, one for the outer quote.
    """
    pos = marks[idx][0]
    if pos == 0 or not (text[pos - 1] == " " and pos > 1 and text[pos - 2].isalnum()):
        return False
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    closers = 0
    for p, c, _ in marks[idx + 1 :]:
        if p >= line_end or c in "“«„‘":
            break
        closers += c in "”»‟"
    return closers >= 2


def _closes_like(text: str, pos: int, width: int) -> bool:
    """Whether a mark sits where a quote closes: after a word or punctuation, before a space."""
    before = text[pos - 1] if pos else " "
    after = text[pos + width] if pos + width < len(text) else " "
    return (before.isalnum() or before in ".,!?;:…") and (after.isspace() or after in ".,;:)")


def _opens_straight(text: str, pos: int, width: int) -> bool:
    """A straight quotation mark with a space before it and a letter after it opens a quote."""
    before = text[pos - 1] if pos else " "
    after = text[pos + width] if pos + width < len(text) else " "
    return before.isspace() and (after.isalnum() or after in "‘'(")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` without its leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
