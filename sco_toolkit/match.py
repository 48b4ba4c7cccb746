"""One phrase-matching engine for every lexicon: all phrases in one pass per text.

Built on pyahocorasick. Matching is case-insensitive by default; a phrase written in capitals
(an acronym such as ``SCO`` or ``US``) or flagged ``exact`` matches only with that exact case.
Matches respect word boundaries and overlapping candidates are resolved leftmost-longest.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from sco_toolkit.sentences import sentence_bounds

__all__ = ["Hit", "Matcher", "alternation", "build_matcher", "find", "find_in_articles"]


class Hit(NamedTuple):
    """One phrase found in a text: offsets, the text as written, and the phrase's payload."""

    start: int
    end: int
    surface: str
    payload: Any


@dataclass(frozen=True)
class Matcher:
    """A compiled set of phrases (build it once with ``build_matcher``, reuse it for every text)."""

    automaton: Any
    size: int
    exact: Any = None  # exact-case phrases the folded automaton cannot hold (see build_matcher)


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def build_matcher(
    phrases: Iterable[tuple[str, Hashable | Any]] | Iterable[tuple[str, Any, bool]],
) -> Matcher:
    """Compile phrases into one automaton.

    Args:
        phrases: ``(phrase, payload)`` pairs, or ``(phrase, payload, exact_case)`` triples.
            Acronyms (all capitals, up to six letters) are always matched with exact case.
            Several payloads may share a phrase; all are returned.

    Returns:
        A ``Matcher`` for ``find``.
    """
    folded: dict[str, list[tuple[str, Any, bool]]] = {}
    exact_table: dict[str, list[tuple[str, Any, bool]]] = {}
    for item in phrases:
        phrase, payload = item[0], item[1]
        exact = bool(item[2]) if len(item) > 2 else False  # type: ignore[arg-type]
        phrase = " ".join(str(phrase).split())
        if not phrase:
            continue
        exact = exact or _is_acronym(phrase)
        if exact:
            exact_table.setdefault(phrase, []).append((phrase, payload, True))
        else:
            folded.setdefault(_fold(phrase), []).append((phrase, payload, False))
    size = len(set(folded) | {_fold(k) for k in exact_table})
    if not folded:  # exact phrases only: search the text as written, nothing to fold
        return Matcher(automaton=None, size=size, exact=_automaton(exact_table, {}))
    # With case-folded phrases too, the exact ones ride along in the same automaton (keyed
    # by their folded form and checked against the text as written), so that each text is
    # scanned once instead of twice. A capital sigma lowers differently at the end of a word
    # ("Σ" -> "ς"), so its folded form need not match the folded text: such phrases keep
    # their own automaton.
    riding = {k: v for k, v in exact_table.items() if _FINAL_SIGMA not in k}
    alone = {k: v for k, v in exact_table.items() if _FINAL_SIGMA in k}
    return Matcher(automaton=_automaton(folded, riding), size=size, exact=_automaton(alone, {}))


#: The one letter whose lower case depends on its neighbours in ``str.lower``.
_FINAL_SIGMA = "\u03a3"

_Entries = list[tuple[str, Any, bool]]


def _automaton(table: dict[str, _Entries], exact: dict[str, _Entries]) -> Any:
    """An automaton over the keys of ``table`` and the folded forms of ``exact``'s phrases.

    Each key holds ``(length, entries, variants)``: the entries of ``table`` (found whatever
    the case) and ``(phrase, entries)`` pairs of ``exact``, which count only where the text
    reads exactly ``phrase``.
    """
    if not table and not exact:
        return None
    variants: dict[str, list[tuple[str, _Entries]]] = {}
    for phrase, entries in exact.items():
        variants.setdefault(_fold(phrase), []).append((phrase, entries))
    automaton = ahocorasick.Automaton()
    for key in {**table, **variants}:
        automaton.add_word(key, (len(key), table.get(key, []), tuple(variants.get(key, ()))))
    automaton.make_automaton()
    return automaton


def _fold(text: str) -> str:
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find(matcher: Matcher, text: str, *, overlapping: bool = False) -> list[Hit]:
    """Find every phrase of ``matcher`` in ``text``.

    Args:
        matcher: From ``build_matcher``.
        text: The text to search.
        overlapping: Keep overlapping hits (default: leftmost-longest, no overlaps).

    Returns:
        Hits in text order; a phrase with several payloads gives one hit per payload.

    Examples:
        >>> m = build_matcher([("Russia", "RUS"), ("Russian Federation", "RUS"), ("US", "USA")])
        >>> [(h.surface, h.payload) for h in find(m, "The Russian Federation told us and the US.")]
        [('Russian Federation', 'RUS'), ('US', 'USA')]
    """
    if (matcher.automaton is None and matcher.exact is None) or not text:
        return []
    n = len(text)
    candidates: list[tuple[int, int, list[tuple[str, Any, bool]]]] = []
    add = candidates.append
    if matcher.automaton is not None:
        _collect(matcher.automaton, _fold(text), text, n, add)
    if matcher.exact is not None:
        _collect(matcher.exact, text, text, n, add)
        if matcher.automaton is not None and candidates:
            candidates = _merge_same_spans(candidates)
    if not overlapping:
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        chosen = []
        last_end = -1
        for cand in candidates:
            if cand[0] >= last_end:
                chosen.append(cand)
                last_end = cand[1]
        candidates = chosen
    else:
        candidates.sort(key=lambda c: (c[0], c[1]))
    return [
        Hit(start, end, text[start:end], payload)
        for start, end, entries in candidates
        for _, payload, _ in entries
    ]


def _collect(automaton: Any, haystack: str, text: str, n: int, add: Any) -> None:
    """Pass ``(start, end, entries)`` of each hit of ``automaton`` within word bounds to ``add``."""
    for end_index, (length, entries, variants) in automaton.iter(haystack):
        start = end_index - length + 1
        end = end_index + 1
        # word boundaries: no letter or digit glued to either end of the phrase
        if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            continue
        if end < n and text[end].isalnum() and text[end - 1].isalnum():
            continue
        if variants:  # exact-case phrases: only the one written here (after the folded ones)
            surface = text[start:end]
            for phrase, more in variants:
                if phrase == surface:
                    entries = entries + more
                    break
            if not entries:
                continue
        add((start, end, entries))


def _merge_same_spans(
    candidates: list[tuple[int, int, list[tuple[str, Any, bool]]]],
) -> list[tuple[int, int, list[tuple[str, Any, bool]]]]:
    """One candidate per span, with the entries of both searches (case-folded ones first).

    One automaton reports a span at most once (its phrases differ, so same-length phrases end
    at different places or are the same key); only a span found by both searches repeats.
    """
    spans: dict[tuple[int, int], list[tuple[str, Any, bool]]] = {}
    for start, end, entries in candidates:
        found = spans.get((start, end))
        spans[(start, end)] = entries if found is None else found + entries
    return [(start, end, entries) for (start, end), entries in spans.items()]


def find_in_articles(
    matcher: Matcher, articles: pd.DataFrame, sentences: pd.DataFrame
) -> pd.DataFrame:
    """Run ``find`` over every article and place each hit in its sentence.

    Args:
        matcher: From ``build_matcher``.
        articles: Table with ``article_id`` and ``text``.
        sentences: The ``sentences`` table of the same articles.

    Returns:
        A frame with ``article_id, sentence_id, start, end, surface, payload`` (one row per hit).
    """
    rows: list[tuple[str, int, int, int, str, Any]] = []
    index = sentence_bounds(sentences)
    for article_id, text in zip(
        articles["article_id"].tolist(), articles["text"].tolist(), strict=True
    ):
        if not isinstance(text, str) or article_id not in index:
            continue
        hits = find(matcher, text)
        if not hits:
            continue
        bounds, _, ids = index[article_id]
        pos = np.searchsorted(bounds, [h.start for h in hits], side="right") - 1
        for hit, p in zip(hits, pos, strict=True):
            rows.append(
                (article_id, int(ids[max(p, 0)]), hit.start, hit.end, hit.surface, hit.payload)
            )
    return pd.DataFrame(
        rows, columns=["article_id", "sentence_id", "start", "end", "surface", "payload"]
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (no enclosing group).

    Regexes try alternatives in order, so the longest first makes "press release" win over
    "release" where both match. Used by the small word-list patterns that stand beside the
    phrase matcher (a word before or after a name, a noun in a fixed frame).

    Examples:
        >>> alternation(["note", "statement"])
        'statement|note'
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
