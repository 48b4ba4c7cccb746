"""Cleaning of scraped article text: small named ``str -> str`` steps composed in one place.

Each public step takes a text and returns the cleaned text. ``clean_text`` runs them all in
order and also returns what each step removed, so an editor can see what was taken out
(``Corpus.furniture``). The furniture patterns are data (``lexicons/furniture.yaml``).

Steps, in order:

0. ``decode_entities``: HTML character references left in scraped text ("F&#244;n", "&amp;").
1. ``normalize_whitespace``: non-breaking and zero-width spaces, CR/LF, runs of spaces, blank lines.
2. ``remove_inline_furniture``: caption links glued into paragraphs ("Caption / Go to the
   mediabank").
3. ``cut_page_tail``: a comment form or "related stories" block near the end, with all after it
   (before step 4, which would remove the "Related articles" line and leave its links); a
   "Read also" or "Tags" heading only when no paragraph follows it.
4. ``remove_menu_blocks``: two or more short or furniture lines before the first paragraph (a
   site's menu, its name and a time stamp), before step 5 removes some of them.
5. ``remove_furniture_lines``: whole lines of share/follow prompts, credits, cookie notices ...
6. ``strip_glued_tags``: section tags glued to the first word of a paragraph ("AsiaWorldThe ...").
7. ``split_glued_sentences``: a space between sentences glued by the scraper ("said.Zhang was").
8. ``remove_closing_credit``: a last line that only names the outlet ("VNA", "Philippine Daily
   Inquirer") or says who the author is ("The writer is a senior fellow at ...").
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sco_toolkit import lexicons
from sco_toolkit.sentences import abbreviations

__all__ = [
    "CleanResult",
    "STEPS",
    "clean_text",
    "cut_page_tail",
    "decode_entities",
    "is_furniture_line",
    "normalize_whitespace",
    "remove_closing_credit",
    "remove_furniture_lines",
    "remove_inline_furniture",
    "remove_menu_blocks",
    "split_glued_sentences",
    "strip_glued_tags",
]

Removed = list[str]


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text and the pieces each step removed, as ``(step, text)`` pairs."""

    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicons.load("furniture")

    def alternation(key: str) -> re.Pattern[str]:
        items = lex.get(key) or []
        if not items:
            return re.compile(r"(?!x)x")
        return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)

    return {
        "line": alternation("line"),
        "inline": alternation("inline"),
        "tail": alternation("tail"),
        "soft_tail": alternation("soft_tail"),
        "link_label": alternation("link_label"),
    }


@functools.cache
def _menu_max_words() -> int:
    return int(lexicons.load("furniture").get("menu_max_words") or 0)


# --- step 1 -------------------------------------------------------------------------------
_SPACE_CHARS = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r"^ +| +$", re.MULTILINE)
_SPACE_NEWLINE = re.compile(r" *\n *")
_MANY_BLANKS = re.compile(r"\n{3,}")


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Decode HTML character references left in scraped text ("F&#244;n", "AT&amp;T").

    Only complete references (ending in ";") are decoded, so "R&D" or "AT&T" stay as written;
    an unknown name ("&foo;") is kept.

    Examples:
        >>> decode_entities("Bryn F&#244;n and AT&amp;T; R&D stays")
        'Bryn Fôn and AT&T; R&D stays'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def normalize_whitespace(text: str) -> str:
    r"""Turn odd spaces into plain ones, drop zero-width characters, tidy lines and blank lines.

    Examples:
        >>> normalize_whitespace("a\u00a0b \r\n\r\n\r\n c")
        'a b\n\nc'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACE_CHARS.sub(" ", text)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = _SPACE_CHARS.sub(" ", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip()


# --- step 2 -------------------------------------------------------------------------------
def _remove_inline_furniture(text: str) -> tuple[str, Removed]:
    matches = list(_patterns()["inline"].finditer(text))
    if not matches:
        return text, []
    limit = int(lexicons.load("furniture").get("caption_max", 80))
    removed: Removed = []
    pieces: list[str] = []
    kept_from = 0
    for m in matches:
        start = m.start()
        floor = max(kept_from, start - limit)
        while start > floor and text[start - 1] not in "\n./":
            start -= 1
        pieces.append(text[kept_from:start])
        removed.append(text[start : m.end()].strip())
        kept_from = m.end()
    pieces.append(text[kept_from:])
    return _LINE_EDGES.sub("", "".join(pieces)), removed


def remove_inline_furniture(text: str) -> str:
    """Remove caption links glued into paragraphs, e.g. ``"Summit / Go to the mediabank"``."""
    return _remove_inline_furniture(text)[0]


# --- step 3 -------------------------------------------------------------------------------
_MAX_FURNITURE_LINE = 600  # longer lines are paragraphs, never furniture


def _remove_furniture_lines(text: str) -> tuple[str, Removed]:
    pattern, label = _patterns()["line"], _patterns()["link_label"]
    kept: list[str] = []
    removed: Removed = []
    linked = False  # under a link's label ("Read next") and its links so far
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            linked = False
            continue
        if (
            linked
            and len(stripped.split()) <= _LINK_MAX_WORDS
            and not _SENTENCE_END.search(stripped)
        ):
            removed.append(stripped)  # a headline of the links under the label
            continue
        short = len(stripped) <= _MAX_FURNITURE_LINE
        linked = short and label.fullmatch(stripped) is not None
        if linked or (short and pattern.fullmatch(stripped)):
            removed.append(stripped)
        else:
            kept.append(line)
    text = "\n".join(kept)
    if "\n\n\n" in text:  # the substitution scans the whole text; most texts have no such run
        text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip(), removed


#: At most this many words in the headline of a link under a label ("Read next").
_LINK_MAX_WORDS = 16


def is_furniture_line(line: str) -> bool:
    """Whether one line is page furniture (a breadcrumb, share prompt, byline, time stamp ...).

    Examples:
        >>> is_furniture_line("Home | World | Asia-Pacific"), is_furniture_line("Talks resume")
        (True, False)
    """
    stripped = line.strip()
    return bool(
        stripped
        and len(stripped) <= _MAX_FURNITURE_LINE
        and _patterns()["line"].fullmatch(stripped)
    )


def remove_furniture_lines(text: str) -> str:
    """Remove whole lines that are page furniture (share prompts, credits, cookie notices ...)."""
    return _remove_furniture_lines(text)[0]


# --- step 4 -------------------------------------------------------------------------------
def _cut_page_tail(text: str) -> tuple[str, Removed]:
    pattern, soft = _patterns()["tail"], _patterns()["soft_tail"]
    half = len(text) // 2
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        starts_tail = bool(stripped) and pos >= half
        if (
            starts_tail
            and (
                pattern.fullmatch(stripped)
                or (
                    soft.fullmatch(stripped)
                    # (a long copyright or cookie line after the links is no paragraph)
                    and not any(
                        _is_paragraph(x) and not is_furniture_line(x) for x in lines[i + 1 :]
                    )
                )
            )
        ):
            return text[:pos].rstrip(), [text[pos:].strip()]
        pos += len(line) + 1
    return text, []


_SENTENCE_END = re.compile(r"[.!?…:;,][\"”’'»)\]]*\Z")


def _is_paragraph(line: str) -> bool:
    """A line of article text: long, and ending a sentence."""
    stripped = line.strip()
    return len(stripped.split()) >= _menu_max_words() + 6 and bool(_SENTENCE_END.search(stripped))


def _is_menu_line(line: str) -> bool:
    """A short line with no sentence end: a menu item, a site's name, a time stamp, a tag."""
    stripped = line.strip()
    words = stripped.split()
    if len(words) > _menu_max_words() and _NAV_LINE.fullmatch(stripped):
        return True  # "Home News Asia World Business Opinion Video Podcasts": a navigation bar
    return (
        0 < len(words) <= _menu_max_words()
        and len(stripped) <= 60
        and not _SENTENCE_END.search(stripped)
    )


def _is_tagline(line: str) -> bool:
    """A site's tagline under its name: short, no sentence end, its words mostly capitalised.

    "Economics, Politics and Public Policy in East Asia and the Pacific".
    """
    stripped = line.strip()
    words = stripped.split()
    capitals = sum(w[:1].isupper() for w in words)
    return (
        len(words) <= 16
        and len(stripped) <= 100
        and not _SENTENCE_END.search(stripped)
        and capitals * 2 > len(words)
    )


#: A navigation bar: capitalised one-word items only ("Home News Asia World Business Opinion").
_NAV_LINE = re.compile(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){4,15}")


def cut_page_tail(text: str) -> str:
    """Cut a comment form or related-links block in the text's second half, and all after it."""
    return _cut_page_tail(text)[0]


# --- step 5 -------------------------------------------------------------------------------
_CAMEL_SEGMENT = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])")
_FUNCTION_STARTS = frozenset(
    (
        "The A An In On At As For It Its This That These Those He She They We Our His Her "
        "When While After Before During Since Despite According"
    ).split()
)


def _glued_tag_split(line: str) -> tuple[str, str] | None:
    """Return ``(tags, rest)`` when ``line`` starts with a run of tags glued to its first word.

    The glued token may follow up to eight capitalised tag words or separators ("SCO
    SummitWorldAsiaThe ...", "Diplomacy | Asia-Pacific | InterviewsThe ...").
    """
    pos = 0
    for _ in range(9):
        m = _NEXT_TOKEN.match(line, pos)
        if not m:
            return None
        split = _camel_tags(line, m.start(1), m.group(1))
        if split is not None:
            return split
        if not m.group(1)[:1].isupper() and m.group(1) not in _TAG_SEPARATORS:
            return None  # tags are capitalised words; a lower-case word ends the search
        pos = m.end()
    return None


#: Separators between tags written on one line ("Diplomacy | Asia-Pacific | InterviewsThe ...").
_TAG_SEPARATORS = frozenset({"|", "/", "·", "•", ">", "»", "›"})


_NEXT_TOKEN = re.compile(r"(\S+) ?")


_LETTERS = re.compile(r"[A-Za-z]+")


def _camel_tags(line: str, at: int, token: str) -> tuple[str, str] | None:
    word = _LETTERS.match(token)
    if not word:
        return None
    letters = word.group(0)
    if not "A" <= letters[0] <= "Z" or letters[1:].islower():
        # cheap test first: glued tags need a capital first and another capital after it
        # (most words, "The" or "said", have neither)
        return None
    segments = _CAMEL_SEGMENT.findall(word.group(0))
    if "".join(segments) != word.group(0) or len(segments) < 2:
        return None
    last = segments[-1]
    tags = segments[:-1]
    if any(len(s) < 2 for s in tags):
        return None
    if len(segments) == 2 and (last not in _FUNCTION_STARTS or len(tags[0]) < 4):
        return None
    if last not in _FUNCTION_STARTS and len(segments) < 4:
        return None  # "GlaxoSmithKline": a company name, not tags before a sentence
    cut = at + len(word.group(0)) - len(last)
    return line[:cut], line[cut:]


def _strip_glued_tags(text: str) -> tuple[str, Removed]:
    removed: Removed = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for _ in range(3):  # "SecurityInterviewsSCOCentral AsiaThe ...": two glued runs
            split = _glued_tag_split(line)
            if not split:
                break
            tags, line = split
            removed.append(tags.strip())
            lines[i] = line
    return "\n".join(lines), removed


def strip_glued_tags(text: str) -> str:
    """Remove section tags glued to the first word of a paragraph.

    Examples:
        >>> strip_glued_tags("WorldAsiaEconomyThe bank said so.")
        'The bank said so.'
        >>> strip_glued_tags("YouTube said so.")
        'YouTube said so.'
    """
    return _strip_glued_tags(text)[0]


# --- step 6 -------------------------------------------------------------------------------
# ``[.!?][.!?]*`` rather than ``[.!?]+``: the same matches, but a pattern that opens with a plain
# character set lets the regex engine skip straight to the marks instead of trying every position.
_GLUED = re.compile(
    r"[.!?][.!?]*[\"”’»)]*(?=[\"“‘«]?(?:[A-Z][a-z]|[AI] [A-Za-z]))"  # ("year.A man")
    r"|(?<=[a-z])[.!?](?=[A-Z]{2,}(?![\w.]))"  # ("Vietnam.IRNA said", though not "U.S.A.")
)
_TOKEN_END = re.compile(r"\S*$")


def split_glued_sentences(text: str) -> str:
    """Put a space between sentences that the scraper glued together.

    Abbreviations ("Mr.Smith"), tokens with inner full stops ("U.S."), URLs and e-mail addresses
    are left alone.

    Examples:
        >>> split_glued_sentences("It grew.The bank said so.”It rose. The U.S.Army")
        'It grew. The bank said so.” It rose. The U.S.Army'
        >>> split_glued_sentences("It grew.A member said so.")
        'It grew. A member said so.'
        >>> split_glued_sentences("Firms came from Turkey.AZPROMO said so.")
        'Firms came from Turkey. AZPROMO said so.'
    """
    pieces: list[str] = []
    kept_from = 0
    for m in _GLUED.finditer(text):
        token_match = _TOKEN_END.search(text, max(0, m.start() - 60), m.start())
        token = token_match.group(0) if token_match else ""
        bare = token.lstrip("\"'“‘«(")
        if (
            not bare
            or "." in bare
            or "/" in bare
            or "@" in bare
            or (m.group(0)[0] == "." and (len(bare) == 1 or bare.lower() in abbreviations()))
        ):
            continue
        pieces.append(text[kept_from : m.end()])
        pieces.append(" ")
        kept_from = m.end()
    pieces.append(text[kept_from:])
    return "".join(pieces)


# --- composition ----------------------------------------------------------------------------
_Step = Callable[[str], tuple[str, Removed]]


# --- step 5 -------------------------------------------------------------------------------
def _remove_menu_blocks(text: str) -> tuple[str, Removed]:
    lines = text.split("\n")
    block: list[int] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not (
            _is_menu_line(line)
            or is_furniture_line(line)
            # a site's name, then its tagline
            or (block and len(lines[block[-1]].split()) <= 4 and _is_tagline(line))
        ):
            break
        block.append(i)
    else:
        return text, []  # nothing but short lines: no article after them to tell them apart
    if len(block) < 2:
        return text, []
    rest = "\n".join(lines[block[-1] + 1 :]).strip()
    return rest, [lines[i].strip() for i in block]


def remove_menu_blocks(text: str) -> str:
    r"""Remove two or more short lines before the first paragraph.

    "Russian News Agency / Menu / World / 22 APR 2025, 13:41" above a wire story is a site's
    menu, its name and a time stamp, not the article. A short line that ends a sentence, or a
    single short line (a kicker, a dateline), stays; so do short lines after the first
    paragraph (a list of members or fixtures is part of the story).

    Examples:
        >>> remove_menu_blocks("Menu\nWorld\n\nTalks resumed in Astana on Monday after a year.")
        'Talks resumed in Astana on Monday after a year.'
    """
    return _remove_menu_blocks(text)[0]


@functools.cache
def _media_names() -> frozenset[str]:
    """Names, aliases and keys of the media outlets of the organisations lexicon."""
    orgs = lexicons.load("organizations").get("organizations") or {}
    names: set[str] = set()
    for key, entry in orgs.items():
        if isinstance(entry, dict) and entry.get("kind") == "media":
            names.add(str(key))
            names.add(str(entry.get("name")))
            names.update(str(a) for a in entry.get("aliases") or [])
    return frozenset(names)


@functools.cache
def _closing_words(key: str) -> frozenset[str]:
    return frozenset(str(w) for w in lexicons.load("furniture").get(key) or [])


#: "Jo Roe is a ...", "The writer is an ...": an author's bio line.
_BIO = re.compile(
    r"(?:The\s+(?:writer|author)|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"\s+is\s+(?:a|an|the)\s+[^\n]{3,240}[.]"
)
_BIO_MAX_WORDS = 45


def _is_closing_credit(line: str, *, bio: bool = True) -> bool:
    """Whether a line is an outlet's credit or (with ``bio``) its author's bio."""
    stripped = line.strip().strip("()—–-").strip()
    if stripped.lower().startswith("source:"):
        stripped = stripped[7:].strip()
    words = stripped.split()
    if not words:
        return False
    if (
        len(words) <= _menu_max_words()
        and not _SENTENCE_END.search(stripped)
        and all(w[:1].isupper() for w in words)
    ):
        return stripped in _media_names() or any(
            w in _closing_words("closing_credit_words") for w in words
        )
    return (
        bio
        and len(words) <= _BIO_MAX_WORDS
        and _BIO.fullmatch(stripped) is not None
        and any(w.strip(",.").lower() in _closing_words("author_bio_words") for w in words)
    )


def _remove_closing_credit(text: str) -> tuple[str, Removed]:
    removed: Removed = []
    body = text.strip()
    first = body.find("\n")
    if first > 0 and _is_closing_credit(body[:first], bio=False):
        removed.append(body[:first].strip())
        body = body[first:].strip()
    cut = body.rfind("\n")
    if cut > 0 and _is_closing_credit(body[cut + 1 :]):
        removed.append(body[cut + 1 :].strip())
        body = body[:cut].rstrip()
    return (body, removed) if removed else (text, [])


def remove_closing_credit(text: str) -> str:
    r"""Remove a line that credits the outlet ("VNA") or, at the end, gives the author's bio.

    An outlet's name may stand as the first or the last line; a bio only as the last.

    Examples:
        >>> remove_closing_credit("Trade grew.\nPhilippine Daily Inquirer")
        'Trade grew.'
        >>> remove_closing_credit("Philippine Daily Inquirer\nTrade grew.")
        'Trade grew.'
        >>> remove_closing_credit("Trade grew.\nThe writer is a fellow at a think tank.")
        'Trade grew.'
        >>> remove_closing_credit("Trade grew.\nJo Roe is a good friend of ours.")
        'Trade grew.\nJo Roe is a good friend of ours.'
    """
    return _remove_closing_credit(text)[0]


def _no_removal(fn: Callable[[str], str]) -> _Step:
    return lambda text: (fn(text), [])


#: The cleaning steps in the order ``clean_text`` applies them: ``(name, function)``.
STEPS: list[tuple[str, _Step]] = [
    ("entities", _no_removal(decode_entities)),
    ("whitespace", _no_removal(normalize_whitespace)),
    ("inline_furniture", _remove_inline_furniture),
    ("page_tail", _cut_page_tail),  # before the lines: "Related articles" heads its links
    ("menu_blocks", _remove_menu_blocks),  # before the lines, which may be part of a block
    ("furniture_lines", _remove_furniture_lines),
    ("glued_tags", _strip_glued_tags),
    ("glued_sentences", _no_removal(split_glued_sentences)),
    ("closing_credit", _remove_closing_credit),
    ("whitespace", _no_removal(normalize_whitespace)),
]


def clean_text(text: str) -> CleanResult:
    """Run every cleaning step on ``text``.

    Args:
        text: Raw article body as scraped.

    Returns:
        The cleaned text and the removed pieces as ``(step, text)`` pairs.
    """
    removed: list[tuple[str, str]] = []
    for name, step in STEPS:
        text, pieces = step(text)
        removed.extend((name, p) for p in pieces if p)
    return CleanResult(text=text, removed=removed)
