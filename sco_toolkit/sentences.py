"""Paragraph and sentence segmentation with character offsets into the cleaned text.

A paragraph is a non-empty line. Within a paragraph a sentence ends at ``.``, ``!``, ``?`` or an
ellipsis (with any closing quotes or brackets after it) when whitespace and a capital letter,
digit or opening quote follow, unless the full stop ends an abbreviation ("Mr.", "Jan."), an
initial ("S. Jaishankar") or a token with inner full stops ("U.S.", "e.g."). A line without a
final full stop (a headline) is a sentence of its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pandas as pd

from sco_toolkit import lexicons
from sco_toolkit.schema import conform, empty_table

__all__ = ["dateline_end", "sentence_bounds", "sentence_spans", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
# A run of ``.!?`` or one ellipsis, written so that the pattern opens with a character set:
# the regex engine then skips straight to candidate marks instead of trying every position.
_END = re.compile(
    r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)"
    r"[\"”’'»)\]]*(?=\s+[\"“”‘'«»(\[]?[A-Z0-9\u00c0-\u024f\u0400-\u04ff])"
)
_DOTTED = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{0,4}")


#: Weekdays and months, lower-cased: capitalised words that name no person and no body.
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)

_MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?"  # "JAN 14"
)
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} {_MONTH})(?:,? \d{{4}}|/\d{{4}})?\.?"
#: "(Reuters)", "(24.kg)", "/TASS/", or a news site after a comma: ", 24.kg", ", Kun.uz".
_AGENCY = (
    r"(?:\([A-Z0-9][\w&.-]*(?: [A-Z][\w&.-]*){0,3}\)|/[A-Z][\w-]*/\.?"
    r"|, ?[A-Za-z0-9][\w-]*\.[a-z]{2,4})"
)
_CAPS_PLACE = r"(?![A-Z]\.[A-Z]\.)[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}"  # (not "U.S. ")
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
#: "ASTANA, May 21 (Reuters) - ", "BEIJING, June 5 (Xinhua) -- ", "MOSCOW, June 5. /TASS/. ",
#: "NEW DELHI: ", "TASHKENT, Uzbekistan (AP) — ", "Islamabad, June 5 (APP): ",
#: "New Delhi, July 15 (PTI) ", "BISHKEK, 24.kg - ".
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}(?:, {_TITLE_PLACE})?(?:,? {_DATE})?(?: ?{_AGENCY})?"
    rf"|{_TITLE_PLACE}(?:, {_TITLE_PLACE})?"
    rf"(?:,? {_DATE}(?: ?{_AGENCY})?|(?:,? {_DATE})? ?{_AGENCY}))"
    r"(?:\s*(?:--|[-—–:])\s+|(?<=[/.)]) +)(?=[\"“‘'«A-Z0-9])"
)


def dateline_end(text: str, start: int) -> int:
    """Where a wire dateline that opens the paragraph at ``start`` ends (else ``start``).

    A dateline is a place in capitals, or a place with a date or an agency, then a dash or a
    colon: "ASTANA, May 21 (Reuters) - ", "NEW DELHI: ", "Islamabad, June 5 (APP): ". It is
    not part of what anybody said.

    Examples:
        >>> t = "BEIJING, June 5 (Xinhua) -- China will attend, an aide said."
        >>> t[dateline_end(t, 0):]
        'China will attend, an aide said.'
        >>> dateline_end("Trade: it grew, he said.", 0)
        0
        >>> dateline_end("New Delhi: India will attend.", 0)
        11
        >>> dateline_end("ASTANA. KAZINFORM – Talks began.", 8)
        20
    """
    if start > 0 and text[start - 1] != "\n":
        line = text.rfind("\n", max(0, start - 40), start) + 1
        if line == 0 and start > 40:
            return start
        # "ASTANA. KAZINFORM – ...": a span opening after the dateline's own full stop
        end = dateline_end(text, line)
        return end if end > start else start
    m = _DATELINE.match(text, start, start + 80)
    if m is None:
        stamp = _TIME_STAMP.match(text, start, start + 40)
        if stamp is not None:
            return stamp.end()  # "09:40 Putin says ...": a live blog's time stamp
        city = _CITY_COLON.match(text, start, start + 40)
        if city is not None and city.group(1) in _cities():
            return city.end()  # "New Delhi: ": a city the lexicons know
        return start
    if m.group(0).rstrip().endswith(")") and not any(c.isdigit() for c in m.group(0)):
        return start  # "Jo Roe (Labour) Said": a bare agency needs a date or a dash
    return m.end()


#: A time stamp opening a paragraph of a live blog: "09:40 ", "9.15am - ", "14:05 GMT: ".
_TIME_STAMP = re.compile(
    r"(?:[0-2]?\d:[0-5]\d|[0-2]?\d\.[0-5]\d(?=\s*[ap]\.?m))"  # ("2.50 Billion" is none)
    r"(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|local time))?"
    r"(?:\s*[-–—:|]\s*|\s+)(?=[\"“A-Z])"
)

#: A title-case place and a colon opening a paragraph: a dateline when it is a city.
_CITY_COLON = re.compile(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s+(?=[\"“A-Z])")


@functools.cache
def _cities() -> frozenset[str]:
    """Capitals (countries lexicon) and cities (places lexicon), as written."""
    countries = lexicons.load("countries").get("countries") or {}
    places = lexicons.load("places").get("places") or {}
    names = {
        str(c["capital"]) for c in countries.values() if isinstance(c, dict) and c.get("capital")
    }
    names |= {str(n) for n, e in places.items() if isinstance(e, dict) and e.get("type") == "city"}
    return frozenset(names)


@functools.cache
def abbreviations() -> frozenset[str]:
    """The lower-cased words that a full stop does not end: "mr", "gen", "no" (abbreviations.yaml).

    The one loader of the list: sentence splitting, furniture cleaning and the speaker finder
    ("Mr. Li", "according to Gen. Petrov") all read it from here.
    """
    return frozenset(str(a).lower() for a in lexicons.load("abbreviations")["abbreviations"])


def is_initial_or_abbreviation(token: str) -> bool:
    """Whether a word written before a full stop leaves the sentence open.

    Args:
        token: The word without its full stop ("S", "Mr", "Gen").

    Returns:
        True for a single capital letter (an initial) or a listed abbreviation.
    """
    return (len(token) == 1 and token.isalpha() and token.isupper()) or token.lower() in (
        abbreviations()
    )


@functools.cache
def _before_numbers() -> frozenset[str]:
    """Abbreviations that hold only before a number ("Jun. 5"); "Dong Jun. The" ends there."""
    words = lexicons.load("abbreviations").get("before_numbers", [])
    return frozenset(str(a).lower() for a in words)


@functools.cache
def _given_name_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Given names written short ("Ma", "Mohd") and the title words that may precede them.

    Both come from people.yaml: ``given_name_abbreviations``, and every word of the roles, the
    portfolio words and the honorifics ("Undersecretary for Policy Ma. Teresa Villaruel"), the
    words the speaker finder's name runs accept there too.
    """
    people = lexicons.load("people")
    given = frozenset(str(w).lower() for w in people.get("given_name_abbreviations") or [])
    titles = {w.lower() for r in people.get("roles") or [] for w in str(r).split()}
    titles |= {str(w).lower() for w in people.get("portfolio_words") or []}
    titles |= {str(h).lower().rstrip(".") for h in people.get("honorifics") or {}}
    return given, frozenset(titles)


def _is_false_end(line: str, end: re.Match[str]) -> bool:
    mark = end.group(0)
    if not mark.startswith(".") or mark.startswith(".."):
        return False
    # the non-space token before the mark, within 40 characters: ``rsplit`` finds it from the
    # right in C (``str.split`` and the regex ``\s`` agree on what whitespace is)
    before = line[max(0, end.start() - 40) : end.start()]
    if not before or before[-1].isspace():
        return False
    token = before.rsplit(None, 1)[-1].lstrip("\"'“‘«([")
    if not token:
        return False
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "S. Jaishankar"
    if "." in token and _DOTTED.fullmatch(token):
        return True  # "U.S.", "e.g.", "a.m." (but "£1.3bn." ends its sentence)
    word = token.lower()
    if word in _before_numbers():
        return line[end.end() :].lstrip()[:1].isdigit()
    given, titles = _given_name_abbreviations()
    if word in given:
        # "spokesperson Ma. Teresita Daza told", "Undersecretary Ma. Lourdes Reyes said": a
        # given name before two more name words, after a title or a lower-case word (not "said
        # Jack Ma. Alibaba Group shares fell")
        ahead = line[end.end() : end.end() + 60].split()[:2]
        behind = before[: -len(token)].split()[-1:]
        return (
            len(ahead) == 2
            and all(w[:1].isupper() and w[1:2].islower() for w in ahead)
            and not (behind and behind[0][:1].isupper() and behind[0].lower() not in titles)
        )
    return word in abbreviations()


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    r"""Yield ``(paragraph_id, start, end)`` for every sentence of ``text``.

    ``text[start:end]`` is the sentence, without surrounding whitespace.

    Examples:
        >>> t = "Mr. Li met Dr. Wu in the U.S. on Jan. 5. It rained.\nHeadline"
        >>> [t[s:e] for _, s, e in sentence_spans(t)]
        ['Mr. Li met Dr. Wu in the U.S. on Jan. 5.', 'It rained.', 'Headline']
    """
    for paragraph_id, line in enumerate(_LINE.finditer(text)):
        line_text = line.group(0)
        offset = line.start()
        start = 0
        for end in _END.finditer(line_text):
            if _is_false_end(line_text, end):
                continue
            stop = end.end()
            yield from _trimmed(paragraph_id, line_text, offset, start, stop)
            start = stop
        yield from _trimmed(paragraph_id, line_text, offset, start, len(line_text))


def _trimmed(
    paragraph_id: int, line: str, offset: int, start: int, stop: int
) -> Iterator[tuple[int, int, int]]:
    while start < stop and line[start].isspace():
        start += 1
    while stop > start and line[stop - 1].isspace():
        stop -= 1
    if stop > start:
        yield paragraph_id, offset + start, offset + stop


def split_sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split every article into paragraphs and sentences.

    Args:
        articles: A frame with ``article_id`` and ``text`` columns.

    Returns:
        The ``sentences`` table: ``article_id, sentence_id, paragraph_id, start, end, text``,
        where ``text`` equals ``articles.text[start:end]``. Paragraph ids count non-empty lines.
    """
    if articles.empty:
        return empty_table("sentences")
    ids: list[str] = []
    sids: list[int] = []
    pids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        if not isinstance(text, str):
            continue
        paragraph_seen = -1
        paragraph_id = -1
        for n, (para, s, e) in enumerate(sentence_spans(text)):
            if para != paragraph_seen:
                paragraph_seen = para
                paragraph_id += 1
            ids.append(article_id)
            sids.append(n)
            pids.append(paragraph_id)
            starts.append(s)
            ends.append(e)
            texts.append(text[s:e])
    frame = pd.DataFrame(
        {
            "article_id": ids,
            "sentence_id": sids,
            "paragraph_id": pids,
            "start": starts,
            "end": ends,
            "text": texts,
        }
    )
    return conform(frame, "sentences")


def sentence_bounds(
    sentences: pd.DataFrame,
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Index the sentences table by article for fast offset lookups.

    Args:
        sentences: The ``sentences`` table.

    Returns:
        ``{article_id: (starts, ends, sentence_ids)}`` as int64 arrays in text order.
    """
    if sentences.empty:
        return {}
    starts = sentences["start"].to_numpy(dtype=np.int64)
    ends = sentences["end" if "end" in sentences else "start"].to_numpy(dtype=np.int64)
    ids = sentences["sentence_id"].to_numpy(dtype=np.int64)
    # One stable sort by (article, start) for the whole table, then a slice per article: a
    # ``groupby`` with a sort per article cost ~15 ms per call, and every stage calls this.
    # Codes follow first appearance (as ``groupby(sort=False)`` orders its groups); -1 is a
    # missing article id, which ``groupby`` drops too.
    codes, article_ids = pd.factorize(sentences["article_id"], sort=False)
    order = np.lexsort((starts, codes))  # stable: equal starts keep their row order
    starts, ends, ids = starts[order], ends[order], ids[order]
    sizes = np.bincount(codes[codes >= 0], minlength=len(article_ids))
    first = int(np.count_nonzero(codes < 0))  # rows of missing ids sort first; skip them
    out = {}
    for article_id, size in zip(article_ids.tolist(), sizes.tolist(), strict=True):
        last = first + size
        out[article_id] = (starts[first:last], ends[first:last], ids[first:last])
        first = last
    return out
