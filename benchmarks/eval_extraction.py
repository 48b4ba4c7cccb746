"""Evaluate extraction quality and speed on the evaluation data in ../shared.

Usage::

    python benchmarks/eval_extraction.py
        [--section {all,seed,speakers,team_speakers,domain,polnear,throughput}]
        [--split {dev,test}] [--limit N] [--json PATH] [--shared DIR]

Sections (each prints markdown tables; a final summary table follows):

* ``seed``: the seed article in ``data/articles/`` against ``eval/seed_gold.yaml``.
* ``speakers``: named speakers of 40 BBC articles (``eval/dev_speakers/``), via ``analyze``.
* ``team_speakers``: the same on the team's annotations of 240 other BBC articles
  (``benchmarks/data/bbc_speakers/``: a ``tuning`` set and a ``heldout`` set); the article
  text still comes from ../shared.
* ``domain``: statements, speakers, countries, cooperation areas and themes on the team's
  invented SCO/BRICS/ASEAN articles with their gold files (``benchmarks/data/domain/``: a
  ``tuning`` set and a ``heldout`` set; needs nothing from ../shared).
* ``polnear``: quote spans against PolNeAR (``eval/quotes_gold/polnear/``), Gender Gap Tracker
  style overlap scoring, on the raw text through ``split_sentences`` + ``extract_quotes``.
* ``throughput``: ``analyze`` over the BBC corpus, words per second.

The gold files are read at run time and never copied here. A section whose data is absent, or
whose extractor module does not exist yet, prints why and is skipped; an error in one section is
reported and the others still run. See benchmarks/README.md for what every number means.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import re
import sys
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import py3langid
import yaml

import sco_toolkit
from sco_toolkit.load import load_articles
from sco_toolkit.schema import conform
from sco_toolkit.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SECTIONS = ("seed", "speakers", "team_speakers", "domain", "polnear", "throughput")
TEAM_SPEAKERS = ROOT / "benchmarks" / "data" / "bbc_speakers"
TEAM_SETS = ("tuning", "heldout")
DOMAIN = ROOT / "benchmarks" / "data" / "domain"
PRF_KEYS = ("precision", "recall", "f1", "n_pred", "n_gold")

#: Theme ids the seed article should get (from the issue, not from the gold file).
SEED_THEMES = (
    "dedollarization",
    "regional_security",
    "counterterrorism",
    "transnational_crime",
    "information_security",
    "trade_investment",
    "enlargement",
    "external_partnerships",
    "culture_sports",
)

#: Honorifics dropped from the front of a name before comparing (not "Lord": the dev_speakers
#: gold keeps a peer's "Lord X" when the article gives no first name).
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "reverend"}
)

#: Speech and cognition verbs (base forms) whose gold cues count for "speech-cue recall".
SPEECH_VERBS = (
    "say tell add note write argue claim insist warn state explain ask reply respond tweet "
    "announce declare suggest believe think stress acknowledge admit recall report comment "
    "predict concede urge promise pledge vow agree contend assert maintain remark observe "
    "emphasize emphasise caution complain conclude confirm deny estimate testify joke boast "
    "recount reveal describe call repeat echo sigh accuse criticize criticise question dismiss "
    "express clarify cite quote blast praise fear feel hope"
).split()
IRREGULAR_FORMS = frozenset({"said", "told", "wrote", "written", "thought", "according"})

#: Gold area spellings that a short predicted area may stand for (loose area matching).
AREA_ALIASES = {"smes": "small and medium sized enterprises", "sme": "small medium enterprises"}
#: Phrases rewritten before comparing area names.
AREA_PHRASES = {"cross border": "transnational", "hi tech": "high tech"}
AREA_STOPWORDS = frozenset({"and", "of", "the", "in", "on", "for", "a", "an", "to", "with"})
#: Words too generic to match an area on their own ("security" must not find "food security").
AREA_GENERIC = frozenset({"security", "cooperation", "development", "economic", "economy", "area"})

QUOTE_CHARS = "\"'“”„‟«»‘’‚‛‹›`´"
_QUOTE_TABLE = str.maketrans("", "", QUOTE_CHARS)


# --- small helpers -------------------------------------------------------------------------------
def fmt(value: Any) -> str:
    """Format a cell: floats with 3 decimals, None and NA as n/a, booleans as yes/no."""
    if value is None or value is pd.NA:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def markdown(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Return a markdown table; ``|`` and newlines inside cells are escaped."""

    def cell(v: Any) -> str:
        return fmt(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def heading(title: str) -> None:
    """Print a markdown section heading."""
    print(f"\n## {title}\n")


def prf(correct_pred: int, n_pred: int, found_gold: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 (None where the denominator is 0) with the counts."""
    p = correct_pred / n_pred if n_pred else None
    r = found_gold / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else None
    if f is None and (n_pred or n_gold):
        f = 0.0  # nothing found, nothing right, or one side empty
    return {"precision": p, "recall": r, "f1": f, "n_pred": n_pred, "n_gold": n_gold}


def try_import(name: str) -> tuple[ModuleType | None, str]:
    """Import ``name``; return ``(module, "")`` or ``(None, reason)`` if it is not there yet."""
    try:
        return importlib.import_module(name), ""
    except Exception as exc:  # a half-written module may fail in any way
        return None, f"{name} not available ({type(exc).__name__}: {exc})"


def not_available(reason: str) -> dict[str, Any]:
    """Print and return the result of a part that cannot run."""
    print(f"_not available_: {reason}")
    return {"status": "not available", "reason": reason}


def quotes_table(frame: pd.DataFrame | None) -> pd.DataFrame:
    """Return ``frame`` conformed to the quotes columns (missing columns become NA)."""
    if frame is None:
        frame = pd.DataFrame()
    return conform(frame, "quotes")


def normalise_text(text: Any) -> str:
    """Lower-case, drop quote marks, collapse whitespace (for matching statement prefixes)."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_TABLE)
    return " ".join(text.lower().split())


def normalise_name(name: Any) -> str:
    """Lower-case, strip accents and full stops, drop leading honorifics ("Dr", "Sir" ...)."""
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    tokens = re.findall(r"[a-z0-9'\-]+", text)
    while tokens and tokens[0] in TITLES:
        tokens.pop(0)
    return " ".join(tokens)


# --- seed article --------------------------------------------------------------------------------
def section_seed(args: argparse.Namespace) -> dict[str, Any]:
    """Score the seed article against seed_gold.yaml: statements, areas, countries, themes."""
    heading("Seed article (data/articles vs eval/seed_gold.yaml)")
    files = sorted((ROOT / "data" / "articles").glob("*.txt"))
    gold_path = args.shared / "eval" / "seed_gold.yaml"
    if not files:
        print("_absent_: no seed article in data/articles/; section skipped.")
        return {"status": "absent"}
    if not gold_path.exists():
        print(f"_absent_: {gold_path} not found; section skipped.")
        return {"status": "absent"}
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    corpus = sco_toolkit.analyze(files, progress=False)
    article_id = seed_article_id(corpus.articles, gold)
    pick = lambda t: t[t["article_id"] == article_id]  # noqa: E731
    out: dict[str, Any] = {"status": "ok"}
    out["statements"] = seed_statements(pick(quotes_table(corpus.quotes)), gold)
    out["cooperation"] = seed_cooperation(pick(corpus.cooperation), gold)
    out["countries"] = seed_countries(pick(corpus.mentions), gold)
    out["themes"] = seed_themes(pick(corpus.themes))
    return out


def seed_article_id(articles: pd.DataFrame, gold: dict[str, Any]) -> str | None:
    """Return the id of the article whose title is the gold title (else the first article)."""
    if articles.empty:
        return None
    title = gold.get("article", {}).get("title")
    hits = articles[articles["title"] == title]
    return str((hits if len(hits) else articles)["article_id"].iloc[0])


def statement_match(quote_text: str, starts: str) -> int:
    """2 if the quote starts with the gold prefix, 1 if it contains it, else 0 (normalised).

    A full stop or comma ending the gold prefix is dropped: a statement's text ends before its
    sentence's full stop.
    """
    q, s = normalise_text(quote_text), normalise_text(starts).rstrip(".,;:!? ")
    if not s:
        return 0
    return 2 if q.startswith(s) else int(s in q)


def best_quote(quotes: pd.DataFrame, starts: str) -> pd.Series | None:
    """The predicted quote that best matches a gold prefix (starts-with first, then earliest)."""
    scores = quotes["text"].map(lambda t: statement_match(t, starts))
    hits = quotes.assign(_score=scores)[scores > 0]
    if hits.empty:
        return None
    return hits.sort_values(["_score", "start"], ascending=[False, True]).iloc[0]


def seed_statements(quotes: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Gold statements found, right speaker, right kind, extras, and unquoted people as speakers."""
    mod, why = try_import("sco_toolkit.quotes")
    if mod is None:
        return not_available(why)
    statements = gold.get("statements", [])
    optional = gold.get("optional_statements", [])
    rows, found, speaker_ok, kind_ok = [], 0, 0, 0
    for i, st in enumerate(statements, 1):
        hit = best_quote(quotes, st["starts"])
        sp = None if hit is None else hit["speaker"]
        kind = None if hit is None else hit["kind"]
        good_sp = hit is not None and normalise_name(sp) == normalise_name(st["speaker"])
        good_kind = hit is not None and str(kind) == st["kind"]
        found += hit is not None
        speaker_ok += good_sp
        kind_ok += good_kind
        rows.append(
            [i, st["cue"], st["kind"], "yes" if hit is not None else "NO", sp, kind, good_sp]
        )
    print(markdown(["#", "gold cue", "gold kind", "found", "speaker", "kind", "speaker ok"], rows))
    every = [s["starts"] for s in statements + optional]
    extra = quotes[[not any(statement_match(t, s) for s in every) for t in quotes["text"]]]
    unquoted = seed_unquoted_speakers(quotes, gold)
    n = len(statements)
    result = {
        "gold": n,
        "predicted": len(quotes),
        "found": found,
        "right_speaker": speaker_ok,
        "right_kind": kind_ok,
        "extra": len(extra),
        "optional_matched": sum(
            any(statement_match(t, s["starts"]) for t in quotes["text"]) for s in optional
        ),
        "unquoted_people_as_speakers": unquoted,
    }
    print()
    print(
        markdown(
            ["statements found", "right speaker", "right kind", "extra", "optional matched"],
            [
                [
                    f"{found}/{n}",
                    f"{speaker_ok}/{n}",
                    f"{kind_ok}/{n}",
                    len(extra),
                    f"{result['optional_matched']}/{len(optional)}",
                ]
            ],
        )
    )
    if len(extra):
        print("\nExtra statements (no gold or optional statement matches them):\n")
        cols = ["speaker", "kind", "cue", "start", "end"]
        print(markdown(cols, extra[cols].itertuples(index=False)))
    print()
    print(markdown(["mentioned, not quoted", "is a speaker"], unquoted.items()))
    return result


def seed_unquoted_speakers(quotes: pd.DataFrame, gold: dict[str, Any]) -> dict[str, bool]:
    """For each gold person mentioned but not quoted: is the person ever given as a speaker?"""
    out = {}
    said_by = [normalise_name(s) for s in pd.concat([quotes["speaker"], quotes["speaker_surface"]])]
    for person in gold.get("people_mentioned_not_quoted", []):
        surname = normalise_name(person["name"]).split()[-1]
        out[person["name"]] = any(surname in s.split() for s in said_by if s)
    return out


def area_tokens(area: str) -> tuple[str, set[str]]:
    """Compact form and content tokens of an area name (aliases applied)."""
    text = normalise_name(str(area).replace("_", " ").replace("-", " "))
    text = AREA_ALIASES.get(text.replace(" ", ""), text)
    for phrase, replacement in AREA_PHRASES.items():
        text = text.replace(phrase, replacement)
    tokens = {t for t in text.split() if t not in AREA_STOPWORDS}
    return text.replace(" ", ""), tokens - AREA_GENERIC


def tokens_match(a: str, b: str) -> bool:
    """Equal, one a prefix (4+ letters) of the other, or a shared prefix of 6+ letters."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 6


def areas_match(gold_area: str, predicted_area: str) -> bool:
    """Loose area match: one compact name inside the other, or all content words of one matched."""
    (cg, tg), (cp, tp) = area_tokens(gold_area), area_tokens(predicted_area)
    if cg == cp:
        return True
    if not tg or not tp:
        return False  # a generic name ("security") matches only itself
    if min(len(cg), len(cp)) >= 4 and (cg in cp or cp in cg):
        return True
    short, long_ = sorted((tg, tp), key=len)
    return bool(short) and all(any(tokens_match(s, t) for t in long_) for s in short)


def partner_matches(predicted: Any, gold_partner: str) -> bool:
    """Whether a predicted partner names the gold partner.

    Normalised substring either way ("ASEAN" in "ASEAN partners"), or the same entity for the
    toolkit's lexicons ("EAEU" and "Eurasian Economic Union").
    """
    p, g = normalise_name(predicted), normalise_name(gold_partner)
    if not (p and g):
        return False
    if g in p or p in g:
        return True
    return bool(entities_named(str(predicted)) & entities_named(gold_partner))


@functools.cache
def entities_named(name: str) -> frozenset[str]:
    """The canonical countries and organisations the toolkit finds in a name."""
    from sco_toolkit.entities import extract_mentions

    frame = pd.DataFrame({"article_id": ["name"], "text": [name]})
    return frozenset(str(e) for e in extract_mentions(frame, split_sentences(frame))["entity"])


def seed_cooperation(coop: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Gold cooperation areas found among predicted areas whose partner is the gold partner."""
    mod, why = try_import("sco_toolkit.cooperation")
    if mod is None:
        return not_available(why)
    spec = gold.get("cooperation", {})
    partner = spec.get("partner", "")
    with_partner = coop[[partner_matches(p, partner) for p in coop["partner"]]]
    predicted = sorted({str(a) for a in with_partner["area"].dropna()})
    every = sorted({str(a) for a in coop["area"].dropna()})
    rows, found = [], 0
    for area in spec.get("areas", []):
        hits = [p for p in predicted if areas_match(area, p)]
        found += bool(hits)
        rows.append([area, "yes" if hits else "NO", ", ".join(hits)])
    print(f"\nCooperation areas with partner {partner}:\n")
    print(markdown(["gold area", "found", "predicted area(s)"], rows))
    also = spec.get("also_named_as_priority_or_field", [])
    also_found = [a for a in also if any(areas_match(a, p) for p in every)]
    gold_all = list(spec.get("areas", [])) + list(also)
    extra = [p for p in predicted if not any(areas_match(g, p) for g in gold_all)]
    print(f"\npredicted areas (partner {partner}): {predicted}")
    print(f"predicted areas (any partner): {every}")
    print(f"also named as priority/field, found with any partner: {len(also_found)}/{len(also)}")
    print(f"predicted {partner} areas matching no gold area: {extra}")
    return {
        "gold": len(spec.get("areas", [])),
        "found": found,
        "predicted": predicted,
        "also_named_found": len(also_found),
        "also_named": len(also),
        "extra": extra,
    }


@functools.cache
def country_iso3(name: str) -> str | None:
    """ISO3 code of a country name through pycountry (exact lookup, then fuzzy search).

    A common name pycountry does not hold ("Turkey" for Türkiye) is looked up in the toolkit's
    own country lexicon as a last resort.
    """
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(name)[0].alpha_3
        except LookupError:
            from sco_toolkit.entities import extract_mentions

            frame = pd.DataFrame({"article_id": ["name"], "text": [name]})
            codes = extract_mentions(frame, split_sentences(frame))["iso3"].dropna()
            return str(codes.iloc[0]) if len(codes) else None


def country_name(iso3: str) -> str:
    """Short country name for an ISO3 code (common name where pycountry has one)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def seed_countries(mentions: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Unique ISO3 codes among the article's mentions vs the gold countries in the body."""
    mod, why = try_import("sco_toolkit.entities")
    if mod is None:
        return not_available(why)
    predicted = sorted({str(c) for c in mentions["iso3"].dropna()})
    gold_names = gold.get("countries_in_body", [])
    gold_codes = {country_iso3(n): n for n in gold_names}
    rows = [[n, c, "yes" if c in predicted else "NO"] for c, n in gold_codes.items()]
    extra = [c for c in predicted if c not in gold_codes]
    print("\nCountries (unique iso3 in mentions):\n")
    print(markdown(["gold country", "iso3", "found"], rows))
    print(f"\nextra countries: {[f'{c} {country_name(c)}' for c in extra]}")
    found = sum(c in predicted for c in gold_codes)
    return {"gold": len(gold_codes), "found": found, "predicted": predicted, "extra": extra}


def seed_themes(themes: pd.DataFrame) -> dict[str, Any]:
    """Predicted theme ids vs the themes the issue expects for the seed article."""
    mod, why = try_import("sco_toolkit.themes")
    if mod is None:
        return not_available(why)
    key = lambda t: str(t).lower().replace("-", "_")  # noqa: E731
    predicted = sorted({key(t) for t in themes["theme"].dropna()})
    rows = [[t, "yes" if t in predicted else "NO"] for t in SEED_THEMES]
    extra = [t for t in predicted if t not in SEED_THEMES]
    print("\nThemes:\n")
    print(markdown(["expected theme", "found"], rows))
    print(f"\nother predicted themes: {extra}")
    found = sum(t in predicted for t in SEED_THEMES)
    return {"expected": len(SEED_THEMES), "found": found, "predicted": predicted, "extra": extra}


# --- team's invented regional articles -------------------------------------------------------
def section_domain(args: argparse.Namespace) -> dict[str, Any]:
    """Statements, speakers, countries, areas and themes on the team's regional articles.

    The articles in ``benchmarks/data/domain/`` are invented by the team in the house styles of
    agencies and dailies that cover the SCO, BRICS and ASEAN, each with a gold YAML file written
    without seeing the toolkit's output. ``tuning`` was read while rules were written;
    ``heldout`` is only measured (see benchmarks/data/domain/README.md).
    """
    heading("Regional articles (benchmarks/data/domain, team-written and annotated)")
    return score_team_sets(DOMAIN, score_domain_set, args)


def score_team_sets(
    root: Path,
    scorer: Callable[[Path, argparse.Namespace], dict[str, Any]],
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Run ``scorer`` on the ``tuning`` and ``heldout`` folders under ``root``.

    The section's status is the first set's that is not "ok" (absent data, missing module).
    """
    results: dict[str, Any] = {"status": "ok"}
    for name in TEAM_SETS:
        print(f"### {name}\n")
        results[name] = scorer(root / name, args)
        if results[name].get("status") != "ok":
            results["status"] = results[name].get("status")
    return results


def score_domain_set(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Score ``analyze`` on every ``NAME.txt`` in a folder against its ``NAME.yaml``."""
    golds = sorted(folder.glob("*.yaml"))
    if args.limit:
        golds = golds[: args.limit]
    if not golds:
        print(f"_absent_: no gold files in {folder}; section skipped.")
        return {"status": "absent"}
    corpus = sco_toolkit.analyze([g.with_suffix(".txt") for g in golds], progress=False)
    quotes = quotes_table(corpus.quotes)
    discussed = sco_toolkit.article_themes(corpus)  # not a theme named only in a list of areas
    stems = corpus.articles["source"].map(lambda s: Path(s).stem)
    ids = dict(zip(stems, corpus.articles["article_id"], strict=True))
    per_article = []
    for path in golds:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        article_id = ids.get(path.stem)
        pick = lambda t, a=article_id: t[t["article_id"] == a]  # noqa: E731
        text = corpus.articles.loc[corpus.articles["article_id"] == article_id, "text"]
        per_article.append(
            {
                "file": path.stem,
                **domain_statements(pick(quotes), gold),
                **domain_countries(pick(corpus.mentions), gold),
                **domain_areas(pick(corpus.cooperation), gold),
                **domain_themes(pick(discussed), gold),
                "boilerplate_left": furniture_left(
                    text.iloc[0] if len(text) else "", gold["article"].get("boilerplate") or []
                ),
            }
        )
    if getattr(args, "details", False) and folder.name == "heldout":
        print("_details withheld: the held-out set is only ever measured as totals._\n")
    elif getattr(args, "details", False):
        for a in per_article:
            problems = a["problems"] + [
                f"{key}: {a[key]}"
                for key in (
                    "countries_missed",
                    "countries_extra",
                    "areas_missed",
                    "areas_extra_names",
                    "themes_missed",
                    "themes_extra",
                )
                if a[key]
            ]
            print(f"- {a['file']}: " + ("; ".join(problems) or "all right"))
        print()
    return domain_totals(per_article, show_articles=folder.name != "heldout")


def furniture_left(text: str, boilerplate: list[str]) -> int:
    """How many furniture lines of the page are still a line of the cleaned text.

    A line is compared whole ("Share", "SCO" in a tag list), so that a word that is furniture
    on the page but also occurs in the article's sentences is not counted.
    """
    lines = {line.strip() for line in text.splitlines()}
    return sum(b.strip() in lines for b in boilerplate)


def speaker_matches(hit: pd.Series, statement: dict[str, Any]) -> bool:
    """Whether a predicted quote's speaker is the gold speaker (by name, type or country)."""
    kind = statement.get("speaker_type") or "person"
    predicted_type = str(hit["speaker_type"])
    if kind == "person":
        return same_person(hit["speaker"], statement["speaker"])
    if kind == "country":
        return predicted_type == "country" and country_iso3(str(hit["speaker"])) == country_iso3(
            str(statement["speaker"])
        )
    return predicted_type == kind


def same_person(predicted: Any, gold: Any) -> bool:
    """Whether two names are one person: equal when normalised, the same known actor
    ("Aleksandr" and "Alexander Lukashenko"), or the same family name with a given name and
    its initial ("S Jaishankar" and "Subrahmanyam Jaishankar")."""
    p, g = normalise_name(predicted), normalise_name(gold)
    if not (p and g):
        return False
    if p == g:
        return True
    from sco_toolkit.speakers import people_lexicon

    actors = people_lexicon()["actors"]
    known = [actors.get(n) for n in (p, g)]
    if known[0] is not None and known[0] is known[1]:
        return True
    pw, gw = p.split(), g.split()
    return (
        len(pw) >= 2
        and len(gw) >= 2
        and pw[-1] == gw[-1]
        and (pw[0].startswith(gw[0]) or gw[0].startswith(pw[0]))
        and min(len(pw[0]), len(gw[0])) == 1
    )


def domain_statements(quotes: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Gold statements found, right speaker and kind; predicted statements matching no gold."""
    statements = gold.get("statements") or []
    every = [s["starts"] for s in statements + (gold.get("optional_statements") or [])]
    found = speaker_ok = kind_ok = 0
    misses = []
    for st in statements:
        hit = best_quote(quotes, st["starts"])
        if hit is None:
            misses.append(f"missed: {st['cue']}")
            continue
        found += 1
        speaker_ok += speaker_matches(hit, st)
        kind_ok += str(hit["kind"]) == st["kind"]
        if not speaker_matches(hit, st):
            misses.append(f"speaker {hit['speaker']} ({hit['speaker_type']}) for {st['cue']}")
    extra = quotes[[not any(statement_match(t, s) for s in every) for t in quotes["text"]]]
    misses += [f"extra: {r.speaker_surface} {r.cue} @{r.start}" for r in extra.itertuples()]
    unquoted = seed_unquoted_speakers(quotes, gold)
    return {
        "gold_statements": len(statements),
        "predicted_statements": len(quotes),
        "found": found,
        "right_speaker": speaker_ok,
        "right_kind": kind_ok,
        "extra": len(extra),
        "mentioned_as_speaker": sum(unquoted.values()),
        "problems": misses,
    }


def domain_countries(mentions: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Unique ISO3 codes in the article's mentions against the gold countries in the body."""
    predicted = {str(c) for c in mentions["iso3"].dropna()}
    wanted = {country_iso3(n) for n in gold.get("countries_in_body") or []}
    return set_counts("countries", predicted, wanted)


def set_counts(prefix: str, predicted: set[str], wanted: set[str]) -> dict[str, Any]:
    """True positives, sizes, misses and extras of a predicted set against a gold set."""
    return {
        f"{prefix}_tp": len(predicted & wanted),
        f"{prefix}_pred": len(predicted),
        f"{prefix}_gold": len(wanted),
        f"{prefix}_missed": sorted(wanted - predicted),
        f"{prefix}_extra": sorted(predicted - wanted),
    }


def domain_areas(coop: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Gold areas found with (one of) their gold partners; predicted areas matching no gold."""
    found = total = with_partner = 0
    missed = []
    gold_areas = []
    for group in gold.get("cooperation") or []:
        partners = group.get("partner") or []
        for area in group.get("areas") or []:
            total += 1
            gold_areas.append(area)
            rows = coop[[row_matches(area, r) for r in coop.itertuples()]]
            found += not rows.empty
            ok = not rows.empty and (
                not partners
                or any(partner_matches(p, g) for p in rows["partner"] for g in partners)
            )
            with_partner += ok
            if not ok:
                missed.append(area)
    extra = [
        str(r.area) for r in coop.itertuples() if not any(row_matches(g, r) for g in gold_areas)
    ]
    return {
        "areas_gold": total,
        "areas_found": found,
        "areas_with_partner": with_partner,
        "areas_pred": len(coop),
        "areas_extra": len(extra),
        "areas_missed": missed,
        "areas_extra_names": sorted(set(extra)),
    }


def row_matches(gold_area: str, row: Any) -> bool:
    """Whether a cooperation row is the gold area, by its normalised area or as written."""
    return areas_match(gold_area, str(row.area)) or areas_match(gold_area, str(row.surface))


def domain_themes(themes: pd.DataFrame, gold: dict[str, Any]) -> dict[str, Any]:
    """Predicted theme ids of the article against the gold ids."""
    predicted = {str(t) for t in themes["theme"].dropna()}
    return set_counts("themes", predicted, set(gold.get("themes") or []))


def domain_totals(per_article: list[dict[str, Any]], show_articles: bool = True) -> dict[str, Any]:
    """Print the total tables (and the per-article table if asked); return the totals."""
    total = lambda key: sum(a[key] for a in per_article)  # noqa: E731
    rows = [
        [
            a["file"],
            f"{a['found']}/{a['gold_statements']}",
            a["right_speaker"],
            a["right_kind"],
            a["extra"],
            f"{a['countries_tp']}/{a['countries_gold']} (+{len(a['countries_extra'])})",
            f"{a['areas_with_partner']}/{a['areas_gold']} (+{a['areas_extra']})",
            f"{a['themes_tp']}/{a['themes_gold']} (+{a['themes_pred'] - a['themes_tp']})",
        ]
        for a in per_article
    ]
    if show_articles:
        print(
            markdown(
                [
                    *("article", "found", "speaker ok", "kind ok", "extra"),
                    *("countries", "areas", "themes"),
                ],
                rows,
            )
        )
    matched_pred = total("predicted_statements") - total("extra")
    out = {
        "status": "ok",
        "articles": len(per_article),
        "statements": prf(
            matched_pred, total("predicted_statements"), total("found"), total("gold_statements")
        ),
        "speaker_accuracy": round(total("right_speaker") / max(total("found"), 1), 3),
        "kind_accuracy": round(total("right_kind") / max(total("found"), 1), 3),
        "mentioned_as_speaker": total("mentioned_as_speaker"),
        "countries": prf(
            total("countries_tp"),
            total("countries_pred"),
            total("countries_tp"),
            total("countries_gold"),
        ),
        "areas_recall": round(total("areas_with_partner") / max(total("areas_gold"), 1), 3),
        "areas_extra": total("areas_extra"),
        "themes": prf(
            total("themes_tp"), total("themes_pred"), total("themes_tp"), total("themes_gold")
        ),
        "boilerplate_left": total("boilerplate_left"),
        "per_article": per_article,
    }
    st, co, th = out["statements"], out["countries"], out["themes"]
    print()
    print(
        markdown(
            ["measure", "precision", "recall", "F1", "predicted", "gold"],
            [
                ["statements", st["precision"], st["recall"], st["f1"], st["n_pred"], st["n_gold"]],
                ["countries", co["precision"], co["recall"], co["f1"], co["n_pred"], co["n_gold"]],
                ["themes", th["precision"], th["recall"], th["f1"], th["n_pred"], th["n_gold"]],
            ],
        )
    )
    print()
    print(
        markdown(
            [
                "speaker accuracy",
                "kind accuracy",
                "areas with partner (recall)",
                "extra areas",
                "people mentioned given statements",
                "furniture left",
            ],
            [
                [
                    out["speaker_accuracy"],
                    out["kind_accuracy"],
                    out["areas_recall"],
                    out["areas_extra"],
                    out["mentioned_as_speaker"],
                    out["boilerplate_left"],
                ]
            ],
        )
    )
    print()
    return out


# --- dev_speakers ------------------------------------------------------------------------------
def section_speakers(args: argparse.Namespace) -> dict[str, Any]:
    """Named-speaker sets and statement counts on the 40 dev_speakers BBC articles."""
    heading("Speakers (eval/dev_speakers, BBC articles)")
    return score_speaker_set(args.shared / "eval" / "dev_speakers", args)


def section_team_speakers(args: argparse.Namespace) -> dict[str, Any]:
    """The same scores on the team's two annotated sets of other BBC articles (160 and 80).

    ``tuning`` was read while rules were written; ``heldout`` was annotated afterwards and is
    only measured (see benchmarks/data/bbc_speakers/README.md).
    """
    heading("Speakers (benchmarks/data/bbc_speakers, team-annotated BBC articles)")
    return score_team_sets(TEAM_SPEAKERS, score_speaker_set, args)


def score_speaker_set(gold_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Score ``analyze`` against one folder holding ``index.csv`` and ``speaker_detail.csv``."""
    bbc = args.shared / "data" / "news_corpus" / "bbc"
    if not (gold_dir / "index.csv").exists() or not bbc.exists():
        print(f"_absent_: {gold_dir} or {bbc} not found; section skipped.")
        return {"status": "absent"}
    mod, why = try_import("sco_toolkit.quotes")
    if mod is None:
        return not_available(why)
    index = pd.read_csv(gold_dir / "index.csv", dtype=str, keep_default_na=False)
    detail = pd.read_csv(gold_dir / "speaker_detail.csv", dtype=str, keep_default_na=False)
    if args.limit:
        index = index.head(args.limit)
    corpus = sco_toolkit.analyze([bbc / f for f in index["file"]], progress=False)
    predicted = predicted_speakers(corpus, bbc)
    per_article = [
        score_article(row.file, gold_names(row.speakers), predicted.get(row.file, {}))
        for row in index.itertuples(index=False)
    ]
    result = speaker_scores(per_article)
    result.update(statement_scores(index, detail, per_article))
    # the held-out set is only measured: its articles' misses are not printed (nor tuned on)
    result["held_out"] = gold_dir.name == "heldout"
    result["worst"] = [] if result["held_out"] else worst_articles(per_article)
    if quotes_table(corpus.quotes).empty:
        result["note"] = "analyze returned no quotes at all (extractor not wired in yet?)"
        print(f"_note_: {result['note']}\n")
    print_speaker_tables(result)
    return result


def gold_names(field: str) -> list[str]:
    """Split an index.csv ``speakers`` field (``;``-separated) into names."""
    return [n.strip() for n in field.split(";") if n.strip()]


def statement_keys(quotes: pd.DataFrame) -> list[str]:
    """One key per statement: the cue position if known (one cue, one statement), else the row."""
    return [
        f"{aid}:{'row' + str(n) if pd.isna(cue) else int(cue)}"
        for n, (aid, cue) in enumerate(zip(quotes["article_id"], quotes["cue_start"], strict=True))
    ]


def predicted_speakers(corpus: Any, bbc: Path) -> dict[str, dict[str, int]]:
    """``{file: {speaker: statements}}`` for person speakers, file relative to the bbc folder."""
    quotes = quotes_table(corpus.quotes)
    people = quotes[(quotes["speaker_type"] == "person") & quotes["speaker"].notna()].copy()
    people["_key"] = statement_keys(people)
    files = {
        aid: Path(src).resolve().relative_to(bbc.resolve()).as_posix()
        for aid, src in zip(corpus.articles["article_id"], corpus.articles["source"], strict=True)
    }
    out: dict[str, dict[str, int]] = {}
    for (aid, speaker), group in people.groupby(["article_id", "speaker"], observed=True):
        out.setdefault(files[aid], {})[str(speaker)] = group["_key"].nunique()
    return out


def match_names(
    predicted: Iterable[str], gold: Sequence[str], *, surname: bool
) -> tuple[dict[str, str], list[str], list[str]]:
    """Match predicted names to gold names of one article.

    Strict: normalised full names must be equal. With ``surname=True``, a one-word prediction
    also matches a gold name whose last word it equals, if exactly one gold name of the
    article has that last word and that name is not matched already.

    Returns:
        ``(pairs {predicted: gold}, missed gold names, spurious predicted names)``.
    """
    by_key = {normalise_name(g): g for g in gold}
    pairs: dict[str, str] = {}
    rest = []
    for p in sorted(predicted):
        g = by_key.get(normalise_name(p))
        if g is not None and g not in pairs.values():
            pairs[p] = g
        else:
            rest.append(p)
    spurious = []
    for p in rest:
        key = normalise_name(p)
        same = [g for k, g in by_key.items() if k.split()[-1:] == [key]]
        if surname and " " not in key and len(same) == 1 and same[0] not in pairs.values():
            pairs[p] = same[0]
        else:
            spurious.append(p)
    missed = [g for g in gold if g not in pairs.values()]
    return pairs, missed, spurious


def score_article(file: str, gold: list[str], predicted: dict[str, int]) -> dict[str, Any]:
    """Strict and surname-unique matches of one article."""
    pairs, missed, spurious = match_names(predicted, gold, surname=False)
    loose, _, loose_spurious = match_names(predicted, gold, surname=True)
    return {
        "file": file,
        "gold": gold,
        "predicted": predicted,
        "pairs": pairs,
        "missed": missed,
        "spurious": spurious,
        "tp_surname": len(loose),
        "spurious_surname": len(loose_spurious),
    }


def article_f1(n_tp: int, n_pred: int, n_gold: int) -> float:
    """F1 of one article; 1.0 when both gold and prediction are empty."""
    if n_pred == 0 and n_gold == 0:
        return 1.0
    return 2 * n_tp / (n_pred + n_gold)


def speaker_scores(per_article: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro P/R/F1 over (article, speaker) pairs, strict and surname-unique; macro F1."""
    n_pred = sum(len(a["predicted"]) for a in per_article)
    n_gold = sum(len(a["gold"]) for a in per_article)
    tp = sum(len(a["pairs"]) for a in per_article)
    tp_s = sum(a["tp_surname"] for a in per_article)
    macro = [article_f1(len(a["pairs"]), len(a["predicted"]), len(a["gold"])) for a in per_article]
    return {
        "status": "ok",
        "articles": len(per_article),
        "strict": prf(tp, n_pred, tp, n_gold),
        "surname_unique": prf(tp_s, n_pred, tp_s, n_gold),
        "macro_f1": sum(macro) / len(macro) if macro else None,
    }


def gold_counts(detail: pd.DataFrame) -> dict[tuple[str, str], int]:
    """Gold statements per (file, speaker); a joint row ("A & B") counts for each person."""
    out: dict[tuple[str, str], int] = {}
    for row in detail.itertuples(index=False):
        for name in row.speaker.split(" & "):
            key = (row.file, name.strip())
            out[key] = out.get(key, 0) + int(row.statements)
    return out


def statement_scores(
    index: pd.DataFrame, detail: pd.DataFrame, per_article: list[dict[str, Any]]
) -> dict[str, Any]:
    """Total statements predicted vs gold, and count errors on strictly matched speakers."""
    counts = gold_counts(detail)
    errors = [
        abs(a["predicted"][p] - counts.get((a["file"], g), 0))
        for a in per_article
        for p, g in a["pairs"].items()
    ]
    return {
        "statements_gold": int(index["statements"].astype(int).sum()),
        "statements_predicted": sum(sum(a["predicted"].values()) for a in per_article),
        "matched_speakers": len(errors),
        "statement_mae": sum(errors) / len(errors) if errors else None,
        "statement_within_1": sum(e <= 1 for e in errors) / len(errors) if errors else None,
    }


def worst_articles(per_article: list[dict[str, Any]], n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` articles with most missed + spurious speakers (strict), names only."""
    bad = [a for a in per_article if a["missed"] or a["spurious"]]
    bad.sort(key=lambda a: (-(len(a["missed"]) + len(a["spurious"])), a["file"]))
    keys = ("file", "gold", "predicted", "missed", "spurious")
    return [{k: a[k] if k != "predicted" else sorted(a[k]) for k in keys} for a in bad[:n]]


def print_speaker_tables(result: dict[str, Any]) -> None:
    """Print the speaker scores, statement counts and the worst 10 articles."""
    rows = [
        [name, *(m[k] for k in PRF_KEYS)]
        for name, m in (("strict", result["strict"]), ("surname-unique", result["surname_unique"]))
    ]
    print(markdown(["matching", "precision", "recall", "F1", "predicted", "gold"], rows))
    print(f"\nmacro F1 (strict, per article, mean over {result['articles']}): ", end="")
    print(fmt(result["macro_f1"]))
    print()
    print(
        markdown(
            ["statements predicted", "statements gold", "matched speakers", "MAE", "within ±1"],
            [
                [
                    result["statements_predicted"],
                    result["statements_gold"],
                    result["matched_speakers"],
                    result["statement_mae"],
                    result["statement_within_1"],
                ]
            ],
        )
    )
    worst = result["worst"]
    print("\nWorst articles (strict):\n")
    if result.get("held_out"):
        print("_withheld: the held-out set is only ever measured as totals._")
        return
    if not worst:
        print("(none: every article's speaker set is right)")
        return
    print(
        markdown(
            ["file", "gold", "predicted", "missed", "spurious"],
            [
                [
                    a["file"],
                    len(a["gold"]),
                    len(a["predicted"]),
                    "; ".join(a["missed"]),
                    "; ".join(s[:40] for s in a["spurious"]),
                ]
                for a in worst
            ],
        )
    )


# --- PolNeAR -----------------------------------------------------------------------------------
def section_polnear(args: argparse.Namespace) -> dict[str, Any]:
    """Quote spans and speakers against PolNeAR gold attributions (raw text, no cleaning)."""
    heading(f"PolNeAR ({args.split} split, primary annotator)")
    base = args.shared / "eval" / "quotes_gold" / "polnear"
    if not (base / "polnear_attributions.jsonl").exists():
        print(f"_absent_: {base} not found; section skipped.")
        return {"status": "absent"}
    mod, why = try_import("sco_toolkit.quotes")
    if mod is None or not hasattr(mod, "extract_quotes"):
        return not_available(why or "sco_toolkit.quotes has no extract_quotes")
    articles = polnear_articles(base, args.split, args.limit)
    gold = polnear_gold(base, args.split, set(articles["article_id"]))
    sentences = split_sentences(articles)
    t0 = time.perf_counter()
    quotes = quotes_table(mod.extract_quotes(articles, sentences))
    seconds = time.perf_counter() - t0
    # PolNeAR scores quotation spans: a statement with two speakers ("Putin and Xi said ...")
    # has a row for each speaker but is one predicted span
    quotes = quotes.drop_duplicates(["article_id", "start", "end", "kind"], ignore_index=True)
    result = score_polnear(gold, quotes)
    result.update(
        {
            "status": "ok",
            "split": args.split,
            "documents": len(articles),
            "extract_seconds": seconds,
            "offset_mismatches": offset_mismatches(articles, quotes),
        }
    )
    result["baseline_every_sentence"] = baseline_scores(gold, sentences)
    print_polnear(result)
    return result


def baseline_scores(gold: pd.DataFrame, sentences: pd.DataFrame) -> dict[str, Any]:
    """Scores of a trivial extractor that calls every sentence a reported quote (for scale)."""
    fake = sentences[["article_id", "start", "end", "text"]].assign(kind="indirect")
    scores = score_polnear(gold, quotes_table(fake))
    return {level: scores[level]["all"] for level in ("lenient", "strict")}


def polnear_articles(base: Path, split: str, limit: int | None) -> pd.DataFrame:
    """Articles frame of one split: ``article_id`` = doc name, ``text`` = raw UTF-8 file text."""
    paths = sorted((base / split / "text").glob("*.txt"))
    if limit:
        paths = paths[:limit]
    texts = [p.read_bytes().decode("utf-8") for p in paths]  # bytes: keep offsets exact
    frame = pd.DataFrame({"article_id": [p.stem for p in paths], "text": texts})
    frame["source"] = [str(p) for p in paths]
    frame["n_words"] = frame["text"].str.count(r"\S+")
    return conform(frame, "articles")


def merge_spans(spans: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``[start, end)`` spans."""
    out: list[list[int]] = []
    for s, e in sorted((int(a), int(b)) for a, b in spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


@functools.cache
def speech_forms() -> frozenset[str]:
    """Inflected forms of ``SPEECH_VERBS`` (say, says, said, saying ...)."""
    forms = set(IRREGULAR_FORMS)
    for verb in SPEECH_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms.update({verb, verb + "s", verb + "es", verb + "d", stem + "ed", stem + "ing"})
        if verb.endswith("y"):
            forms.update({verb[:-1] + "ies", verb[:-1] + "ied"})
    return frozenset(forms)


def is_speech_cue(cue: str) -> bool:
    """Whether a gold cue contains a speech or cognition verb (or "according to")."""
    return any(w in speech_forms() for w in re.findall(r"[a-z]+", cue.lower()))


def polnear_gold(base: Path, split: str, docs: set[str]) -> pd.DataFrame:
    """Primary gold attributions of ``split`` for ``docs``, in document order.

    Returns:
        One row per attribution with content: ``doc, id, content`` (merged spans), ``source``
        (merged spans, may be empty), ``direct`` (content has quote marks), ``speech_cue``.
    """
    rows = []
    with (base / "polnear_attributions.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["split"] != split or not d["primary"] or d["doc"] not in docs:
                continue
            content = merge_spans(d["content"]["spans"])
            if not content:
                continue  # one dev attribution has no content span
            rows.append(
                {
                    "doc": d["doc"],
                    "id": d["id"],
                    "content": content,
                    "source": merge_spans(d["source"]["spans"]),
                    "direct": bool(d["content_has_quote_marks"]),
                    "speech_cue": is_speech_cue(d["cue"]["text"]),
                }
            )
    frame = pd.DataFrame(rows, columns=["doc", "id", "content", "source", "direct", "speech_cue"])
    frame["_start"] = [c[0][0] for c in frame["content"]]
    frame = frame.sort_values(["doc", "_start", "id"], kind="stable", ignore_index=True)
    return frame.drop(columns="_start")


def coverage(start: int, end: int, spans: Sequence[tuple[int, int]]) -> float:
    """Share of the characters of ``spans`` that ``[start, end)`` covers."""
    total = sum(e - s for s, e in spans)
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
    return inside / total if total else 0.0


def overlaps(start: Any, end: Any, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` shares a character with any span (False when start/end are NA)."""
    if pd.isna(start) or pd.isna(end):
        return False
    return any(min(e, int(end)) > max(s, int(start)) for s, e in spans)


def coverage_table(gold: pd.DataFrame, quotes: pd.DataFrame) -> list[dict[int, float]]:
    """``cov[g] = {q: share of gold g's content characters covered by quote q}`` (same doc, > 0)."""
    by_doc: dict[str, list[int]] = {}
    for j, doc in enumerate(quotes["article_id"]):
        by_doc.setdefault(str(doc), []).append(j)
    starts, ends = quotes["start"].tolist(), quotes["end"].tolist()
    cov: list[dict[int, float]] = []
    for doc, spans in zip(gold["doc"], gold["content"], strict=True):
        row = {}
        for j in by_doc.get(doc, []):
            if not (pd.isna(starts[j]) or pd.isna(ends[j])):
                c = coverage(int(starts[j]), int(ends[j]), spans)
                if c > 0:
                    row[j] = c
        cov.append(row)
    return cov


def tie_key(
    j: int, c: float, quotes: pd.DataFrame, content: list[tuple[int, int]]
) -> tuple[float, float, int]:
    """Rank candidate quote ``j`` for a gold content: coverage, then tightness, then position.

    Tightness is the share of the quote's own characters inside the gold content, so a quote
    that also spans neighbouring attributions loses a tie to an exact one.
    """
    size = sum(e - s for s, e in content)
    length = int(quotes["end"].iat[j]) - int(quotes["start"].iat[j])
    return c, c * size / length if length > 0 else 0.0, -j


def greedy_pairs(
    gold: pd.DataFrame,
    quotes: pd.DataFrame,
    cov: list[dict[int, float]],
    threshold: float,
    gold_mask: Sequence[bool],
    pred_mask: Sequence[bool],
) -> dict[int, int]:
    """One-to-one matching as in the Gender Gap Tracker's evaluate_quotes.py.

    Gold attributions (those selected by ``gold_mask``) are taken in document order; each takes
    the best still unmatched quote (among those selected by ``pred_mask``) that covers at least
    ``threshold`` of its content characters.

    Returns:
        ``{gold row: quote row}``.
    """
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for i, content in enumerate(gold["content"]):
        if not gold_mask[i]:
            continue
        cands = [
            (j, c) for j, c in cov[i].items() if c >= threshold and pred_mask[j] and j not in taken
        ]
        if cands:
            j = max(cands, key=lambda jc: tie_key(jc[0], jc[1], quotes, content))[0]
            pairs[i] = j
            taken.add(j)
    return pairs


def score_polnear(gold: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, Any]:
    """P/R/F1 at 30% and 80% coverage (all, direct, reported), speech-cue recall, speakers.

    Each subset is matched on its own (direct gold against quotes of kind ``direct``, reported
    gold against the other quotes), one-to-one (``greedy_pairs``). Speech-cue recall comes from
    the ``all`` matching. ``any_match`` is the many-to-many variant: a gold is found by any quote
    covering enough of it, and a quote is correct if it covers enough of any gold.
    """
    quotes = quotes.sort_values(["article_id", "start", "end"], kind="stable", ignore_index=True)
    cov = coverage_table(gold, quotes)
    direct_gold = gold["direct"].tolist()
    direct_pred = (quotes["kind"].astype("string") == "direct").fillna(False).tolist()
    masks = {
        "all": ([True] * len(gold), [True] * len(quotes)),
        "direct": (direct_gold, direct_pred),
        "reported": ([not d for d in direct_gold], [not d for d in direct_pred]),
    }
    speech = gold["speech_cue"].tolist()
    out: dict[str, Any] = {"gold": len(gold), "predicted": len(quotes)}
    for name, t in (("lenient", 0.3), ("strict", 0.8)):
        out[name] = {}
        for part, (g_mask, p_mask) in masks.items():
            pairs = greedy_pairs(gold, quotes, cov, t, g_mask, p_mask)
            out[name][part] = prf(len(pairs), sum(p_mask), len(pairs), sum(g_mask))
            if part == "all":
                hits = sum(speech[i] for i in pairs)
                out[name]["speech_cue_recall"] = hits / sum(speech) if any(speech) else None
                if name == "lenient":
                    out.update(pair_agreement(gold, quotes, pairs))
        out[name]["any_match"] = any_match(cov, len(quotes), t)
    out["speech_cue_gold"] = sum(speech)
    return out


def any_match(cov: list[dict[int, float]], n_quotes: int, threshold: float) -> dict[str, Any]:
    """Many-to-many P/R/F1: found = some quote covers enough; correct = covers enough of a gold."""
    found = sum(any(c >= threshold for c in row.values()) for row in cov)
    correct = {j for row in cov for j, c in row.items() if c >= threshold}
    return prf(len(correct), n_quotes, found, len(cov))


def pair_agreement(
    gold: pd.DataFrame, quotes: pd.DataFrame, pairs: dict[int, int]
) -> dict[str, Any]:
    """On matched pairs: predicted speaker span overlaps the gold source; same direct/reported."""
    n_src = ok_src = ok_kind = 0
    for i, j in pairs.items():
        row, q = gold.iloc[i], quotes.iloc[j]
        ok_kind += (str(q["kind"]) == "direct") == bool(row["direct"])
        if row["source"]:
            n_src += 1
            ok_src += overlaps(q["speaker_start"], q["speaker_end"], row["source"])
    return {
        "speaker_matched": n_src,
        "speaker_accuracy": ok_src / n_src if n_src else None,
        "kind_matched": len(pairs),
        "kind_accuracy": ok_kind / len(pairs) if pairs else None,
    }


def offset_mismatches(articles: pd.DataFrame, quotes: pd.DataFrame) -> int:
    """Number of quotes whose ``text`` is not ``articles.text[start:end]``."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    bad = 0
    rows = zip(quotes["article_id"], quotes["start"], quotes["end"], quotes["text"], strict=True)
    for aid, s, e, t in rows:
        ok = not pd.isna(s) and not pd.isna(e) and texts.get(aid, "")[int(s) : int(e)] == t
        bad += not ok
    return bad


def print_polnear(r: dict[str, Any]) -> None:
    """Print the PolNeAR tables."""
    rows = [
        [level, part, *(r[level][part][k] for k in PRF_KEYS)]
        for level in ("lenient", "strict")
        for part in ("all", "direct", "reported")
    ]
    rows += [
        [level, "all, any-match", *(r[level]["any_match"][k] for k in PRF_KEYS)]
        for level in ("lenient", "strict")
    ]
    rows += [
        [
            level,
            "baseline: every sentence",
            *(r["baseline_every_sentence"][level][k] for k in PRF_KEYS),
        ]
        for level in ("lenient", "strict")
    ]
    print(markdown(["match", "quotes", "precision", "recall", "F1", "predicted", "gold"], rows))
    print()
    print(
        markdown(
            ["documents", "speech-cue gold", "its recall lenient", "its recall strict"],
            [
                [
                    r["documents"],
                    r["speech_cue_gold"],
                    r["lenient"]["speech_cue_recall"],
                    r["strict"]["speech_cue_recall"],
                ]
            ],
        )
    )
    print()
    print(
        markdown(
            ["speaker accuracy", "on", "kind accuracy", "on", "offset mismatches", "extract s"],
            [
                [
                    r["speaker_accuracy"],
                    r["speaker_matched"],
                    r["kind_accuracy"],
                    r["kind_matched"],
                    r["offset_mismatches"],
                    round(r["extract_seconds"], 2),
                ]
            ],
        )
    )


# --- throughput ----------------------------------------------------------------------------------
def section_throughput(args: argparse.Namespace) -> dict[str, Any]:
    """Time ``analyze`` on the BBC corpus; load+split timed separately, the rest is extraction."""
    heading("Throughput (analyze on data/news_corpus/bbc)")
    bbc = args.shared / "data" / "news_corpus" / "bbc"
    if not bbc.exists():
        print(f"_absent_: {bbc} not found; section skipped.")
        return {"status": "absent"}
    files = sorted(p for p in bbc.rglob("*.txt") if p.stem.upper() != "README")
    source: Path | list[Path] = files[: args.limit] if args.limit else bbc
    sco_toolkit.analyze(files[:1], progress=False)  # warm-up: imports, lexicons, caches
    py3langid.classify("warm-up")  # the language model loads once (0.4 s) per process
    t0 = time.perf_counter()
    corpus = sco_toolkit.analyze(source, progress=False)
    total = time.perf_counter() - t0
    t1 = time.perf_counter()
    split_sentences(load_articles(source, progress=False).articles)
    load_split = time.perf_counter() - t1
    words = int(corpus.articles["n_words"].sum()) if len(corpus.articles) else 0
    rest = max(total - load_split, 0.0)
    stages = {"load+split": load_split, "extraction (rest)": rest, "analyze total": total}
    rows = [[k, round(v, 3), int(words / v) if v > 0 else None] for k, v in stages.items()]
    print(f"articles {len(corpus.articles):,}, words {words:,}, statements {len(corpus.quotes):,}")
    print()
    print(markdown(["stage", "seconds", "words/s"], rows))
    return {
        "status": "ok",
        "articles": len(corpus.articles),
        "words": words,
        "seconds": total,
        "words_per_second": words / total if total > 0 else None,
        "load_split_seconds": load_split,
        "extraction_seconds": rest,
    }


# --- summary and CLI -----------------------------------------------------------------------------
def dig(data: dict[str, Any], *keys: str) -> Any:
    """``data[k1][k2]...`` or None when any level is missing."""
    for k in keys:
        if not isinstance(data, dict) or k not in data:
            return None
        data = data[k]
    return data


def ratio(part: Any, whole: Any) -> str | None:
    """``"x/y"`` or None."""
    return None if part is None or whole is None else f"{part}/{whole}"


def print_summary(results: dict[str, Any], split: str) -> None:
    """Print the headline numbers of every section that ran."""
    heading("Summary")
    s = results.get("seed", {})
    p = results.get("polnear", {})
    sp = results.get("speakers", {})
    rows = [
        [
            "seed statements found",
            ratio(dig(s, "statements", "found"), dig(s, "statements", "gold")),
        ],
        [
            "seed right speaker",
            ratio(dig(s, "statements", "right_speaker"), dig(s, "statements", "gold")),
        ],
        ["seed extra statements", dig(s, "statements", "extra")],
        ["seed areas found", ratio(dig(s, "cooperation", "found"), dig(s, "cooperation", "gold"))],
        ["seed countries", ratio(dig(s, "countries", "found"), dig(s, "countries", "gold"))],
        ["seed themes", ratio(dig(s, "themes", "found"), dig(s, "themes", "expected"))],
        *[
            [f"seed: {name} is a speaker", flag]
            for name, flag in (dig(s, "statements", "unquoted_people_as_speakers") or {}).items()
        ],
        ["speaker F1 (dev_speakers, strict)", dig(sp, "strict", "f1")],
        ["speaker F1 (dev_speakers, surname-unique)", dig(sp, "surname_unique", "f1")],
        [
            "statements predicted / gold (dev_speakers)",
            ratio(dig(sp, "statements_predicted"), dig(sp, "statements_gold")),
        ],
        *[
            [
                f"speaker F1 (team {name} set, strict)",
                dig(results, "team_speakers", name, "strict", "f1"),
            ]
            for name in TEAM_SETS
        ],
        *[
            row
            for name in TEAM_SETS
            for row in (
                [
                    f"regional {name}: statements F1",
                    dig(results, "domain", name, "statements", "f1"),
                ],
                [
                    f"regional {name}: speaker accuracy",
                    dig(results, "domain", name, "speaker_accuracy"),
                ],
                [f"regional {name}: countries F1", dig(results, "domain", name, "countries", "f1")],
                [f"regional {name}: areas recall", dig(results, "domain", name, "areas_recall")],
                [f"regional {name}: themes F1", dig(results, "domain", name, "themes", "f1")],
            )
        ],
        [f"PolNeAR {split} lenient F1 all", dig(p, "lenient", "all", "f1")],
        [f"PolNeAR {split} lenient F1 direct", dig(p, "lenient", "direct", "f1")],
        [f"PolNeAR {split} lenient F1 reported", dig(p, "lenient", "reported", "f1")],
        [f"PolNeAR {split} strict F1 all", dig(p, "strict", "all", "f1")],
        [f"PolNeAR {split} speaker accuracy", p.get("speaker_accuracy")],
        [
            f"PolNeAR {split} lenient F1, every-sentence baseline",
            dig(p, "baseline_every_sentence", "lenient", "f1"),
        ],
        ["throughput words/s", dig(results, "throughput", "words_per_second")],
    ]
    for name, part in results.items():
        if part.get("status") not in (None, "ok"):
            rows.append([f"{name} section", part["status"]])
        if part.get("note"):
            rows.append([f"{name} note", part["note"]])
    table = [
        [k, int(v) if k == "throughput words/s" and isinstance(v, float) else v] for k, v in rows
    ]  # ("throughput section" holds a status such as "absent", not a number)
    print(markdown(["metric", "value"], table))


def run_section(name: str, fn: Callable[[argparse.Namespace], dict[str, Any]], args: Any) -> Any:
    """Run one section; an exception is printed (traceback on stderr) and recorded, not raised."""
    try:
        return fn(args)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        print(f"_error_ in section {name}: {type(exc).__name__}: {exc}")
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--section", choices=("all", *SECTIONS), default="all")
    parser.add_argument("--split", choices=("dev", "test"), default="test", help="PolNeAR split")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents per section")
    parser.add_argument("--json", type=Path, default=None, help="also write all numbers here")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument(
        "--details",
        action="store_true",
        help="list each tuning article's misses (domain section; never held-out ones)",
    )
    return parser.parse_args(argv)


def to_json(value: Any) -> Any:
    """Make numpy / pandas scalars JSON-serialisable."""
    if hasattr(value, "item"):
        return value.item()
    if value is pd.NA:
        return None
    return str(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen sections, print the summary and optionally write JSON."""
    args = parse_args(argv)
    functions = {
        "seed": section_seed,
        "speakers": section_speakers,
        "team_speakers": section_team_speakers,
        "domain": section_domain,
        "polnear": section_polnear,
        "throughput": section_throughput,
    }
    chosen = SECTIONS if args.section == "all" else (args.section,)
    print("# Extraction evaluation")
    results = {name: run_section(name, functions[name], args) for name in chosen}
    print_summary(results, args.split)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=to_json) + "\n", "utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
