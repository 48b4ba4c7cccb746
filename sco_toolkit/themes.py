"""Themes: evidence from the theme taxonomy, per-article theme scores, and topic discovery.

The taxonomy is data (``lexicons/themes.yaml``): each theme has a label, a description and the
phrases that are evidence for it. ``extract_themes`` finds every phrase in one pass per article
with the shared matcher (``sco_toolkit.match``), so every row points at the words that justify it.
``theme_scores`` turns the evidence into an article x theme table, ``article_themes`` keeps the
themes an article discusses beyond a list of cooperation areas, and ``discover_topics`` finds
recurring subjects that nobody put in the taxonomy (TF-IDF + NMF over sentences).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from sco_toolkit import lexicons, match
from sco_toolkit.schema import conform, empty_table

__all__ = [
    "article_themes",
    "discover_topics",
    "extract_themes",
    "load_themes",
    "theme_scores",
    "theme_table",
]

LexiconSource = str | Path | Mapping[str, Any] | None

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_WORD = re.compile(r"\w+")


# --- lexicon --------------------------------------------------------------------------------


def load_themes(lexicon: LexiconSource = None) -> dict[str, dict[str, Any]]:
    """Load and validate the theme taxonomy.

    Args:
        lexicon: Optional user additions: a YAML file, a folder holding ``themes.yaml``, or a
            mapping shaped like the packaged file (``{"themes": {id: {...}}}``). A user theme
            with the id of a packaged one replaces it whole.

    Returns:
        ``{theme_id: {"label", "description", "terms", "exclude", "min_mentions",
        "co_mention", "outsider_mention", "context_terms"}}`` in file order (``co_mention`` is
        None or ``{"kinds", "min_sentences"}``; ``outsider_mention`` is None or
        ``{"min_sentences"}``; ``context_terms`` is None or ``{"kinds", "terms"}``).

    Raises:
        LexiconError: If the taxonomy is malformed (the message names the key and the fix).
    """
    name = "themes" if lexicon is None or isinstance(lexicon, Mapping) else str(lexicon)
    data = lexicons.load("themes", lexicon)
    return _validate(data, name)


def _validate(data: Mapping[str, Any], name: str) -> dict[str, dict[str, Any]]:
    check = lexicons.check
    themes = data.get("themes")
    check(
        isinstance(themes, Mapping) and bool(themes),
        name,
        "themes",
        "is missing or empty",
        "Write `themes:` followed by one entry per theme id.",
    )
    _phrases(data.get("topic_stop_words"), name, "topic_stop_words", required=False)
    out: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}
    for theme_id, entry in themes.items():
        key = f"themes.{theme_id}"
        check(
            isinstance(theme_id, str) and bool(_ID.match(theme_id)),
            name,
            key,
            "is not a valid theme id",
            "Use lower-case snake_case such as `food_security`.",
        )
        check(
            isinstance(entry, Mapping),
            name,
            key,
            f"is a {type(entry).__name__}, expected a mapping with label, description, terms",
        )
        label = entry.get("label")
        check(
            isinstance(label, str) and bool(label.strip()),
            name,
            f"{key}.label",
            "is missing or empty",
            "Give every theme a short label; a user entry with a packaged id replaces it whole.",
        )
        check(
            label.strip().lower() not in labels,
            name,
            f"{key}.label",
            f"repeats the label of theme {labels.get(label.strip().lower())!r}",
            "Labels must be unique.",
        )
        labels[label.strip().lower()] = theme_id
        description = entry.get("description", "")
        check(
            description is None or isinstance(description, str),
            name,
            f"{key}.description",
            "is not text",
        )
        terms = _phrases(entry.get("terms"), name, f"{key}.terms", required=True)
        exclude = _phrases(entry.get("exclude"), name, f"{key}.exclude", required=False)
        clash = {t.lower() for t in terms} & {t.lower() for t in exclude}
        check(
            not clash,
            name,
            f"{key}.exclude",
            f"lists {sorted(clash)} both as terms and as exclusions",
            "Remove them from one of the two lists.",
        )
        min_mentions = entry.get("min_mentions", 1)
        check(
            isinstance(min_mentions, int)
            and not isinstance(min_mentions, bool)
            and min_mentions >= 1,
            name,
            f"{key}.min_mentions",
            f"is {min_mentions!r}, expected a whole number of 1 or more",
            "Write e.g. `min_mentions: 2`, or leave it out (1).",
        )
        co_mention = entry.get("co_mention")
        if co_mention is not None:
            check(
                isinstance(co_mention, Mapping)
                and bool(co_mention.get("kinds"))
                and isinstance(co_mention.get("min_sentences", 1), int)
                and not isinstance(co_mention.get("min_sentences", 1), bool)
                and co_mention.get("min_sentences", 1) >= 1,
                name,
                f"{key}.co_mention",
                "is not a mapping with `kinds` (a list) and an optional `min_sentences` (>= 1)",
                "Write e.g. `co_mention: {kinds: [intergovernmental], min_sentences: 2}`.",
            )
            co_mention = {
                "kinds": frozenset(
                    _phrases(co_mention["kinds"], name, f"{key}.co_mention.kinds", required=True)
                ),
                "min_sentences": int(co_mention.get("min_sentences", 1)),
            }
        outsider = entry.get("outsider_mention")
        if outsider is not None:
            minimum = outsider.get("min_sentences", 1) if isinstance(outsider, Mapping) else None
            check(
                isinstance(minimum, int) and not isinstance(minimum, bool) and minimum >= 1,
                name,
                f"{key}.outsider_mention",
                "is not a mapping with an optional `min_sentences` (a whole number >= 1)",
                "Write e.g. `outsider_mention: {min_sentences: 2}`.",
            )
            outsider = {"min_sentences": int(minimum)}
        context_terms = _context_terms(entry.get("context_terms"), name, key, terms, exclude)
        out[theme_id] = {
            "label": label.strip(),
            "description": " ".join((description or "").split()),
            "terms": terms,
            "exclude": exclude,
            "min_mentions": min_mentions,
            "co_mention": co_mention,
            "outsider_mention": outsider,
            "context_terms": context_terms,
        }
    return out


def _context_terms(
    value: Any, name: str, key: str, terms: list[str], exclude: list[str]
) -> dict[str, Any] | None:
    """Validate a theme's ``context_terms``: words that count only beside a bloc's name."""
    if value is None:
        return None
    lexicons.check(
        isinstance(value, Mapping) and bool(value.get("kinds")) and bool(value.get("terms")),
        name,
        f"{key}.context_terms",
        "is not a mapping with `kinds` and `terms` (two lists)",
        "Write e.g. `context_terms: {kinds: [intergovernmental], terms: [security]}`.",
    )
    words = _phrases(value["terms"], name, f"{key}.context_terms.terms", required=True)
    clash = {t.lower() for t in words} & {t.lower() for t in [*terms, *exclude]}
    lexicons.check(
        not clash,
        name,
        f"{key}.context_terms.terms",
        f"lists {sorted(clash)} also under `terms` or `exclude`",
        "Keep each phrase in one list.",
    )
    kinds = _phrases(value["kinds"], name, f"{key}.context_terms.kinds", required=True)
    return {"kinds": frozenset(kinds), "terms": words}


def _phrases(value: Any, name: str, key: str, *, required: bool) -> list[str]:
    return lexicons.phrases(
        value, name, key, required=required, example="terms: [energy security, oil]"
    )


@dataclass(frozen=True)
class _Compiled:
    matcher: match.Matcher
    themes: dict[str, dict[str, Any]]


def _compiled(lexicon: LexiconSource) -> _Compiled:
    return lexicons.compile_cached(lexicon, load_themes, _compile)


def _compile(themes: dict[str, dict[str, Any]]) -> _Compiled:
    phrases: list[tuple[str, str | None]] = []
    for theme_id, entry in themes.items():
        phrases.extend((term, theme_id) for term in entry["terms"])
        if entry.get("context_terms"):
            phrases.extend((term, theme_id) for term in entry["context_terms"]["terms"])
        phrases.extend((term, None) for term in entry["exclude"])
    return _Compiled(matcher=match.build_matcher(phrases), themes=themes)


def theme_table(lexicon: LexiconSource = None) -> pd.DataFrame:
    """Describe the theme taxonomy.

    Args:
        lexicon: Optional user additions (see ``load_themes``).

    Returns:
        One row per theme: ``theme`` (category, in taxonomy order), ``label``, ``description``,
        ``n_terms`` (number of evidence phrases), ``min_mentions`` (evidence outside lists of
        cooperation areas that ``article_themes`` needs before it names the theme).
    """
    themes = _compiled(lexicon).themes
    ids = list(themes)
    return pd.DataFrame(
        {
            "theme": pd.Categorical(ids, categories=ids),
            "label": pd.array([themes[t]["label"] for t in ids], dtype="string"),
            "description": pd.array(
                [themes[t]["description"] or pd.NA for t in ids], dtype="string"
            ),
            "n_terms": pd.array([len(themes[t]["terms"]) for t in ids], dtype="Int64"),
            "min_mentions": pd.array([themes[t]["min_mentions"] for t in ids], dtype="Int64"),
        }
    )


# --- extraction -----------------------------------------------------------------------------


def _require(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{what} lacks column(s) {missing}; it has {list(frame.columns)}. "
            f"Pass the `{what}` table of a Corpus (see sco_toolkit.schema.TABLES)."
        )


def _text_articles(articles: pd.DataFrame) -> pd.DataFrame:
    keep = articles["text"].map(lambda t: isinstance(t, str) and bool(t))
    return articles.loc[keep.astype(bool), ["article_id", "text"]]


def extract_themes(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    lexicon: LexiconSource = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find theme evidence: every taxonomy phrase in every article.

    Matching is one pass per article (Aho-Corasick), case-insensitive except for acronyms,
    on word boundaries, leftmost-longest ("counter-terrorism" is one hit, not two).

    With ``mentions``, a theme with a ``co_mention`` rule in the taxonomy also takes evidence
    from sentences that name two different organisations of the listed kinds ("The SCO and the
    CSTO complement each other" is about a bloc's external partnerships), when an article has
    at least ``min_sentences`` such sentences; the row's ``term`` is the second organisation's
    name as written. A theme with an ``outsider_mention`` rule takes evidence from sentences that
    name a bloc with dated membership and a country outside it on the article's date ("ASEAN and
    China agreed to ..."), in articles with at least ``min_sentences`` of them; the row is the
    country's name. A theme's ``context_terms`` (bare words such as "security") give rows only in
    an article whose ``mentions`` name an organisation of the rule's kinds; without ``mentions``
    they give none.

    Args:
        articles: The ``articles`` table (``article_id``, ``text``).
        sentences: The ``sentences`` table of the same articles.
        lexicon: Optional user additions to the taxonomy (see ``load_themes``).
        mentions: Optional ``mentions`` table of the same articles (from ``extract_mentions``).

    Returns:
        The ``themes`` table, one row per phrase occurrence: ``article_id, sentence_id,
        theme`` (category, taxonomy order), ``term`` (the phrase as written in the text),
        ``start, end`` (``articles.text[start:end] == term``).

    Examples:
        >>> from sco_toolkit.sentences import split_sentences
        >>> arts = pd.DataFrame({"article_id": ["a1"], "text": ["Both sides condemned terrorism."]})
        >>> extract_themes(arts, split_sentences(arts))[["theme", "term", "start"]].values.tolist()
        [['counterterrorism', 'terrorism', 21]]
    """
    compiled = _compiled(lexicon)
    ids = list(compiled.themes)
    _require(articles, ["article_id", "text"], "articles")
    _require(sentences, ["article_id", "sentence_id", "start"], "sentences")
    if articles.empty or sentences.empty:
        return _with_categories(empty_table("themes"), ids)
    hits = match.find_in_articles(compiled.matcher, _text_articles(articles), sentences)
    hits = hits[hits["payload"].notna()]
    frame = pd.DataFrame(
        {
            "article_id": hits["article_id"],
            "sentence_id": hits["sentence_id"],
            "theme": hits["payload"],
            "term": hits["surface"],
            "start": hits["start"],
            "end": hits["end"],
        }
    )
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    frame = _in_context(frame, compiled.themes, mentions, texts)
    if mentions is not None and not mentions.empty:
        extra = [_co_mentions(compiled.themes, mentions), _outsiders(compiled.themes, mentions)]
        extra = [e for e in extra if not e.empty]
        if extra:
            frame = pd.concat([frame, *extra], ignore_index=True)
            frame = frame.sort_values(["article_id", "start", "end"], kind="stable")
    return _with_categories(conform(frame.reset_index(drop=True), "themes"), ids)


def _in_context(
    frame: pd.DataFrame,
    themes: Mapping[str, dict[str, Any]],
    mentions: pd.DataFrame | None,
    texts: Mapping[str, Any],
) -> pd.DataFrame:
    """Drop the rows of ``context_terms`` in articles that name no body of the listed kinds.

    The bare word "security" is regional security in a piece that names the SCO or the CSTO,
    and mostly computer or job security elsewhere. Without ``mentions`` such rows are dropped.
    The word as the end of a hyphenated compound ("eco-security", "cyber-security") is never
    the bare word.
    """
    rules = {t: e["context_terms"] for t, e in themes.items() if e.get("context_terms")}
    if not rules or frame.empty:
        return frame
    from sco_toolkit.entities import organization_kinds

    keep = pd.Series(True, index=frame.index)
    kinds = organization_kinds()
    orgs = (
        mentions[mentions["kind"] == "organization"]
        if mentions is not None and not mentions.empty
        else None
    )
    for theme, rule in rules.items():
        weak = (frame["theme"] == theme) & frame["term"].str.lower().isin(
            {t.lower() for t in rule["terms"]}
        )
        if not weak.any():
            continue
        names = {n for n, k in kinds.items() if k in rule["kinds"]}
        named = set() if orgs is None else set(orgs.loc[orgs["entity"].isin(names), "article_id"])
        compound = pd.Series(
            [
                w and str(texts.get(a, ""))[max(st - 1, 0) : st] == "-"
                for w, a, st in zip(weak, frame["article_id"], frame["start"], strict=True)
            ],
            index=frame.index,
        )
        keep &= ~weak | (frame["article_id"].isin(named) & ~compound)
    return frame[keep]


def _co_mentions(themes: Mapping[str, dict[str, Any]], mentions: pd.DataFrame) -> pd.DataFrame:
    """Evidence rows of ``co_mention`` rules: two different organisations in one sentence."""
    from sco_toolkit.entities import organization_kinds

    rules = {t: e["co_mention"] for t, e in themes.items() if e.get("co_mention")}
    columns = ["article_id", "sentence_id", "theme", "term", "start", "end"]
    if not rules:
        return pd.DataFrame(columns=columns)
    kinds = organization_kinds()
    orgs = mentions[mentions["kind"] == "organization"]
    frames = []
    for theme, rule in rules.items():
        names = {n for n, k in kinds.items() if k in rule["kinds"]}
        wanted = orgs[orgs["entity"].isin(names)].sort_values(["article_id", "start"])
        if wanted.empty:
            continue
        keys = ["article_id", "sentence_id"]
        first = wanted.groupby(keys, sort=False)["entity"].transform("first")
        other = wanted[wanted["entity"] != first]  # a second, different body in the sentence
        hits = other.drop_duplicates(keys)  # the first such mention of each sentence
        per_article = hits.groupby("article_id", sort=False)["sentence_id"].transform("size")
        hits = hits[per_article >= rule["min_sentences"]]
        frames.append(
            pd.DataFrame(
                {
                    "article_id": hits["article_id"],
                    "sentence_id": hits["sentence_id"],
                    "theme": theme,
                    "term": hits["surface"],
                    "start": hits["start"].astype(int),
                    "end": hits["end"].astype(int),
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def _outsiders(themes: Mapping[str, dict[str, Any]], mentions: pd.DataFrame) -> pd.DataFrame:
    """Evidence rows of ``outsider_mention`` rules: a bloc and a country outside it.

    A sentence that names a bloc with dated membership (SCO, ASEAN, BRICS) and a country that
    is not a member of it on the article's date (the ``blocs`` column of the country's mention)
    is about the bloc's dealings with an outside partner: "ASEAN and China agreed to speed up
    talks". The row is the first such country of the sentence, in articles with at least
    ``min_sentences`` such sentences.
    """
    from sco_toolkit.entities import bloc_names

    rules = {t: e["outsider_mention"] for t, e in themes.items() if e.get("outsider_mention")}
    columns = ["article_id", "sentence_id", "theme", "term", "start", "end"]
    if not rules or "blocs" not in mentions.columns:
        return pd.DataFrame(columns=columns)
    names = bloc_names()
    kind = mentions["kind"].astype("string")
    bodies = mentions[(kind == "organization").fillna(False) & mentions["entity"].isin(names)]
    blocs_in: dict[tuple[Any, Any], set[str]] = {}
    for aid, sid, entity in zip(
        bodies["article_id"], bodies["sentence_id"], bodies["entity"], strict=True
    ):
        blocs_in.setdefault((aid, sid), set()).add(names[entity])
    if not blocs_in:
        return pd.DataFrame(columns=columns)
    countries = mentions[(kind == "country").fillna(False)].sort_values(["article_id", "start"])
    found: dict[tuple[Any, Any], tuple[str, int, int]] = {}
    for aid, sid, surface, s, e, label in zip(
        countries["article_id"],
        countries["sentence_id"],
        countries["surface"],
        countries["start"],
        countries["end"],
        countries["blocs"],
        strict=True,
    ):
        key = (aid, sid)
        if key in found or key not in blocs_in:
            continue
        held = str(label) if isinstance(label, str) else ""
        if any(f"{bloc} member" not in held for bloc in blocs_in[key]):
            found[key] = (str(surface), int(s), int(e))
    per_article: dict[Any, int] = {}
    for aid, _ in found:
        per_article[aid] = per_article.get(aid, 0) + 1
    frames = []
    for theme, rule in rules.items():
        rows = [
            (aid, sid, theme, surface, s, e)
            for (aid, sid), (surface, s, e) in found.items()
            if per_article[aid] >= rule["min_sentences"]
        ]
        frames.append(pd.DataFrame(rows, columns=columns))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def _with_categories(table: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    out = table.copy()
    extra = [c for c in out["theme"].cat.categories if c not in ids]
    out["theme"] = out["theme"].cat.set_categories(pd.Index(ids + extra, dtype="string"))
    return out


# --- scores ---------------------------------------------------------------------------------

_SCORE_COLUMNS = {
    "article_id": "string",
    "theme": "category",
    "n_hits": "Int64",
    "n_sentences": "Int64",
    "share_of_sentences": "float64",
    "score": "float64",
}


def theme_scores(
    source: Any,
    sentences: pd.DataFrame | None = None,
    *,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How strongly each article carries each theme.

    Args:
        source: A ``Corpus`` (its ``themes``, ``sentences`` and ``articles`` are used) or a
            ``themes`` table.
        sentences: The ``sentences`` table, required when ``source`` is a themes table.
        articles: Optional ``articles`` table for word counts (``n_words``); without it words
            are counted in the sentences.

    Returns:
        One row per article and theme with at least one hit (themes with no evidence are
        absent): ``article_id``, ``theme``, ``n_hits`` (phrase occurrences), ``n_sentences``
        (sentences with at least one hit), ``share_of_sentences`` (``n_sentences`` / sentences
        in the article), ``score`` (hits per 1,000 words of the article: a density that is
        comparable across articles of different lengths and needs nothing but the article
        itself). Sorted by article, then score from high to low.

    Raises:
        ValueError: If ``source`` is neither a Corpus nor a themes table, or ``sentences`` is
            missing.
    """
    if isinstance(source, pd.DataFrame):
        themes = source
        if sentences is None:
            raise ValueError(
                "theme_scores(themes_table) needs the sentences table too: "
                "theme_scores(corpus) or theme_scores(corpus.themes, corpus.sentences)."
            )
    elif all(hasattr(source, a) for a in ("themes", "sentences", "articles")):
        themes = source.themes
        sentences = source.sentences if sentences is None else sentences
        articles = source.articles if articles is None else articles
    else:
        raise ValueError(
            f"theme_scores expects a Corpus or a themes DataFrame, got {type(source).__name__}."
        )
    _require(themes, ["article_id", "sentence_id", "theme"], "themes")
    _require(sentences, ["article_id", "sentence_id"], "sentences")
    if themes.empty:
        return _typed(pd.DataFrame({c: [] for c in _SCORE_COLUMNS}), themes)
    n_sent = sentences.groupby("article_id", sort=False).size()
    if articles is not None and "n_words" in articles.columns and len(articles):
        n_words = articles.set_index("article_id")["n_words"].astype("Float64")
    elif "text" in sentences.columns:
        counts = sentences["text"].astype("string").fillna("").str.count(r"\w+")
        n_words = counts.groupby(sentences["article_id"], sort=False).sum().astype("Float64")
    else:
        n_words = pd.Series(dtype="Float64")  # no way to count words: score is NA
    grouped = themes.groupby(["article_id", "theme"], observed=True, sort=False)
    out = pd.DataFrame(
        {
            "n_hits": grouped.size(),
            "n_sentences": grouped["sentence_id"].nunique(),
        }
    ).reset_index()
    total = out["article_id"].map(n_sent).astype("Float64")
    out["share_of_sentences"] = (out["n_sentences"] / total).astype("float64")
    words = out["article_id"].map(n_words).astype("Float64")
    words = words.mask(words <= 0)
    out["score"] = (out["n_hits"] * 1000 / words).astype("float64")
    order = {aid: i for i, aid in enumerate(pd.unique(themes["article_id"]))}
    out["_order"] = out["article_id"].map(order)
    out = out.sort_values(["_order", "score", "n_hits"], ascending=[True, False, False])
    return _typed(out.drop(columns="_order"), themes)


def article_themes(
    corpus: Any, *, include_listed: bool = False, lexicon: LexiconSource = None
) -> pd.DataFrame:
    """The themes each article discusses, beyond naming them in passing or in a list of areas.

    "Cooperation in trade, agriculture, tourism and public health" names four themes in one
    breath; an article is about food security or health when it says more than that. A theme
    counts here when at least ``min_mentions`` of its evidence rows (a setting of each theme in
    the taxonomy, 1 unless set: broad words such as "military" or "health" need 2) lie outside
    every enumeration in the ``cooperation`` table. The evidence itself is unchanged:
    ``corpus.themes`` keeps every row, and ``theme_scores`` counts them all.

    Args:
        corpus: A ``Corpus`` (its ``themes`` and ``cooperation`` tables are used).
        include_listed: Also return the themes named only inside cooperation lists or only in
            passing (flagged by ``listed_only`` and ``in_passing``).
        lexicon: The theme taxonomy the corpus was analysed with, if not the packaged one (see
            ``load_themes``); only its ``min_mentions`` settings are read.

    Returns:
        One row per article and theme: ``article_id``, ``theme``, ``n_sentences`` (sentences
        with evidence), ``n_outside_lists`` (evidence rows outside cooperation lists),
        ``listed_only`` (True when every row is inside a list) and ``in_passing`` (True when
        fewer than the theme's ``min_mentions`` rows are outside lists). Sorted by article,
        then by ``n_sentences`` from high to low.

    Raises:
        ValueError: If ``corpus`` has no ``themes`` or ``cooperation`` table.
    """
    if not all(hasattr(corpus, a) for a in ("themes", "cooperation")):
        raise ValueError(
            f"article_themes expects a Corpus (from analyze), got {type(corpus).__name__}."
        )
    themes, coop = corpus.themes, corpus.cooperation
    _require(themes, ["article_id", "sentence_id", "theme", "start", "end"], "themes")
    columns = ["article_id", "theme", "n_sentences", "n_outside_lists", "listed_only", "in_passing"]
    if themes.empty:
        return pd.DataFrame({c: [] for c in columns})
    spans: dict[Any, list[tuple[int, int]]] = {}
    if coop is not None and not coop.empty:
        for aid, s, e in zip(coop["article_id"], coop["start"], coop["end"], strict=True):
            spans.setdefault(aid, []).append((int(s), int(e)))
    outside = [
        not any(s <= st and en <= e for s, e in spans.get(aid, ()))
        for aid, st, en in zip(themes["article_id"], themes["start"], themes["end"], strict=True)
    ]
    frame = themes.assign(_outside=outside)
    grouped = frame.groupby(["article_id", "theme"], observed=True, sort=False)
    out = pd.DataFrame(
        {
            "n_sentences": grouped["sentence_id"].nunique(),
            "n_outside_lists": grouped["_outside"].sum(),
        }
    ).reset_index()
    out["n_sentences"] = out["n_sentences"].astype("Int64")
    out["n_outside_lists"] = out["n_outside_lists"].astype("Int64")
    out["listed_only"] = (out["n_outside_lists"] == 0).astype("boolean")
    taxonomy = _compiled(lexicon).themes
    needed = out["theme"].map(lambda t: taxonomy.get(str(t), {}).get("min_mentions", 1))
    out["in_passing"] = (out["n_outside_lists"] < needed.astype("Int64")).astype("boolean")
    if not include_listed:
        out = out[~out["in_passing"]]
    out = out.sort_values(["article_id", "n_sentences"], ascending=[True, False], kind="stable")
    return out[columns].reset_index(drop=True)


def _typed(frame: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=frame.index)
    for col, dtype in _SCORE_COLUMNS.items():
        out[col] = frame[col].astype(dtype) if col != "theme" else frame[col]
    cats = (
        themes["theme"].cat.categories
        if isinstance(themes["theme"].dtype, pd.CategoricalDtype)
        else pd.Index(pd.unique(themes["theme"].dropna()))
    )
    out["theme"] = pd.Categorical(frame["theme"].astype("object"), categories=cats)
    return out.reset_index(drop=True)


# --- topic discovery ------------------------------------------------------------------------


@functools.cache
def _topic_stop_words() -> frozenset[str]:
    words = lexicons.load("themes").get("topic_stop_words") or []
    return frozenset(str(w).lower() for w in words)


def discover_topics(
    corpus: Any,
    *,
    n_topics: int = 8,
    n_terms: int = 10,
    random_state: int = 0,
    min_words: int = 5,
    exclude_themed: bool = False,
) -> pd.DataFrame:
    """Find recurring subjects in the sentences with TF-IDF and NMF (scikit-learn).

    Use it to spot themes the taxonomy does not list: read each topic's top terms and its
    example sentence, then add terms to ``themes.yaml`` (or a user lexicon) if it matters.

    Args:
        corpus: A ``Corpus`` or a ``sentences`` table (``article_id, sentence_id, start, end,
            text``).
        n_topics: Number of topics to find.
        n_terms: Number of top terms listed per topic.
        random_state: Seed for NMF; the same input and seed give the same topics.
        min_words: Sentences with fewer words (headlines, bylines) are left out.
        exclude_themed: Leave out sentences that already carry taxonomy evidence (needs a
            Corpus), so the topics show what the taxonomy misses.

    Returns:
        One row per topic, largest first: ``topic`` (0 = largest), ``top_terms`` (the
        ``n_terms`` heaviest words and bigrams joined by ", "), ``weight`` (the topic's share
        of all sentence-topic weight, summing to 1), ``n_sentences`` (sentences whose
        strongest topic it is), ``example_sentence`` (the sentence that loads most on the
        topic), ``example_article_id``, ``example_sentence_id``, ``example_start``,
        ``example_end`` (``articles.text[example_start:example_end] == example_sentence``).

    Raises:
        ValueError: If there are fewer usable sentences or distinct words than topics, or
            ``n_topics`` / ``n_terms`` is not positive.
    """
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    if n_topics < 1 or n_terms < 1:
        raise ValueError(
            f"n_topics and n_terms must be at least 1, got n_topics={n_topics}, n_terms={n_terms}."
        )
    sentences = corpus if isinstance(corpus, pd.DataFrame) else getattr(corpus, "sentences", None)
    if sentences is None:
        raise ValueError(
            f"discover_topics expects a Corpus or a sentences DataFrame, "
            f"got {type(corpus).__name__}."
        )
    _require(sentences, ["article_id", "sentence_id", "start", "end", "text"], "sentences")
    docs = sentences[sentences["text"].notna()]
    if exclude_themed:
        themes = getattr(corpus, "themes", None)
        if themes is None:
            raise ValueError(
                "exclude_themed=True needs a Corpus with a themes table; pass the Corpus."
            )
        themed = pd.MultiIndex.from_frame(themes[["article_id", "sentence_id"]].astype(object))
        key = pd.MultiIndex.from_frame(docs[["article_id", "sentence_id"]].astype(object))
        docs = docs[~key.isin(themed)]
    n_words = docs["text"].astype(str).map(lambda t: len(_WORD.findall(t)))
    docs = docs[(n_words >= min_words).to_numpy()].reset_index(drop=True)
    if len(docs) < n_topics:
        raise ValueError(
            f"Too few sentences for {n_topics} topics: {len(docs)} sentence(s) of at least "
            f"{min_words} words. Analyse more articles, lower n_topics, or lower min_words."
        )
    large = len(docs) >= 50
    vectorizer = TfidfVectorizer(
        stop_words=sorted(ENGLISH_STOP_WORDS | _topic_stop_words()),
        token_pattern=r"(?u)\b[^\W\d_]{2,}(?:-[^\W\d_]+)*\b",
        ngram_range=(1, 2),
        min_df=2 if large else 1,
        max_df=0.5 if large else 1.0,
        sublinear_tf=True,
        max_features=20_000,
    )
    try:
        matrix = vectorizer.fit_transform(docs["text"].astype(str))
    except ValueError as exc:  # empty vocabulary
        raise ValueError(
            f"No usable words to build topics from ({exc}). The sentences hold only stop "
            "words or numbers; analyse more articles."
        ) from exc
    vocab = vectorizer.get_feature_names_out()
    if len(vocab) < n_topics:
        raise ValueError(
            f"Too few distinct words ({len(vocab)}) for {n_topics} topics. "
            "Analyse more articles or lower n_topics."
        )
    model = NMF(n_components=n_topics, init="nndsvd", random_state=random_state, max_iter=500)
    doc_topic = model.fit_transform(matrix)
    topic_term = model.components_
    mass = doc_topic.sum(axis=0)
    total = mass.sum()
    weights = mass / total if total > 0 else np.full(n_topics, 1.0 / n_topics)
    dominant = np.bincount(doc_topic.argmax(axis=1), minlength=n_topics)
    order = sorted(range(n_topics), key=lambda k: (-weights[k], k))
    rows = []
    for rank, k in enumerate(order):
        top = np.argsort(-topic_term[k], kind="stable")[:n_terms]
        # the example: a sentence that loads on the topic AND uses several of its top terms
        # (the plain argmax tends to be a three-word sentence holding one heavy word)
        covered = np.asarray((matrix[:, top] > 0).sum(axis=1)).ravel()
        fit = doc_topic[:, k] * covered
        best = int(np.argmax(fit)) if fit.max() > 0 else int(np.argmax(doc_topic[:, k]))
        example = docs.iloc[best]
        rows.append(
            {
                "topic": rank,
                "top_terms": ", ".join(vocab[i] for i in top if topic_term[k, i] > 0),
                "weight": float(weights[k]),
                "n_sentences": int(dominant[k]),
                "example_sentence": example["text"],
                "example_article_id": example["article_id"],
                "example_sentence_id": example["sentence_id"],
                "example_start": example["start"],
                "example_end": example["end"],
            }
        )
    out = pd.DataFrame(rows)
    return out.astype(
        {
            "topic": "Int64",
            "top_terms": "string",
            "weight": "float64",
            "n_sentences": "Int64",
            "example_sentence": "string",
            "example_article_id": "string",
            "example_sentence_id": "Int64",
            "example_start": "Int64",
            "example_end": "Int64",
        }
    )
