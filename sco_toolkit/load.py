"""Readers: files, folders, zip archives and DataFrames in; an ``articles`` table and a report out.

Supported inputs:

* ``.txt`` / ``.md``: first non-empty line is the title, the rest the body (unless that line
  reads like the lead: a dateline sentence, or a long sentence; then all is body). An optional
  sidecar ``<name>.json`` / ``<name>.yaml`` / ``<name>.yml`` next to it gives outlet, url,
  published, author, language. A ``.txt`` / ``.md`` file that holds an HTML page (it opens
  with ``<!DOCTYPE html>`` or ``<html>``) is read as HTML, with a warning in the report.
* ``.html`` / ``.htm``: main text and metadata through trafilatura.
* ``.json`` (one object, a list of objects, or an object with an ``articles`` list), ``.jsonl``,
  ``.csv``, ``.parquet``: one article per record; columns are matched case-insensitively
  (see ``FIELD_ALIASES``).
* ``.zip``: members are read in memory (never extracted to disk), within size caps.
* a folder (searched recursively), a list of any of these, or a DataFrame with a text column.

Every file or record ends up in the load report as ``loaded``, ``warning`` or ``skipped``, with
the reason: nothing is dropped silently and one bad file never stops the batch.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import io
import json
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import yaml

from sco_toolkit import lexicons
from sco_toolkit.clean import clean_text, is_furniture_line
from sco_toolkit.schema import conform, empty_table

__all__ = [
    "FIELD_ALIASES",
    "SUPPORTED_SUFFIXES",
    "LoadError",
    "Loaded",
    "articles_from_frame",
    "decode_bytes",
    "load_articles",
]

#: File types read as articles.
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".parquet", ".zip")
_SIDECAR_SUFFIXES = (".json", ".yaml", ".yml")
_DOC_STEMS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})

#: Accepted column / key names for each field (compared case-insensitively), first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "article_text",
        "full_text",
        "fulltext",
        "story",
    ),
    "title": ("title", "headline", "heading", "name"),
    "published": ("published", "date", "pubdate", "publication_date", "published_at", "datetime"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher", "newspaper", "media"),
    "url": ("url", "link", "href", "permalink"),
    "author": ("author", "authors", "byline", "writer"),
    "language": ("language", "lang", "locale"),
}

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ZIP_MEMBER_BYTES = 50 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 500 * 1024 * 1024
MAX_ZIP_MEMBERS = 100_000


class LoadError(ValueError):
    """An input cannot be loaded at all (missing path, unsupported single file, no text column)."""


class Loaded(NamedTuple):
    """What ``load_articles`` returns: the articles table and the load report."""

    articles: pd.DataFrame
    load_report: pd.DataFrame
    furniture: pd.DataFrame


@dataclass
class _Record:
    source: str
    fields: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    seq: int = 0


@dataclass
class _Batch:
    """Records read so far and report rows, each numbered in input order (``seq``)."""

    records: list[_Record] = field(default_factory=list)
    report: list[dict[str, Any]] = field(default_factory=list)
    seq: int = 0

    def skip(self, source: str, reason: str) -> None:
        self.seq += 1
        self.report.append(
            {"source": source, "status": "skipped", "reason": reason, "seq": self.seq}
        )

    def add(self, record: _Record) -> None:
        self.seq += 1
        record.seq = self.seq
        self.records.append(record)


# --- decoding ----------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode bytes of unknown encoding.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; UTF-16 without a
    BOM is recognised by its zero bytes; anything else goes through charset-normalizer.

    Args:
        data: Raw file content.

    Returns:
        ``(text, warning)``, where ``warning`` names the encoding when it was not UTF-8.

    Raises:
        UnicodeError: If the bytes look binary or no encoding fits.
    """
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(name)
            return text, None if name == "utf-8-sig" else f"decoded as {name} (byte-order mark)"
    sample = data[:4096]
    zeros = sample.count(0)
    if not zeros:
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            pass
    else:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        one_parity = odd >= 0.95 * zeros or even >= 0.95 * zeros
        if zeros >= max(2, len(sample) // 50) and one_parity:
            name = "utf-16-le" if odd > even else "utf-16-be"
            try:
                return data.decode(name), f"decoded as {name} (no byte-order mark)"
            except UnicodeDecodeError:
                pass
        raise UnicodeError("binary file (contains zero bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnicodeError("could not detect a text encoding")
    return str(best), f"decoded as {best.encoding}"


# --- field mapping -----------------------------------------------------------------------------
def _pick(record: dict[str, Any], field_name: str) -> Any:
    lowered = {str(k).lower(): k for k in record}
    for alias in FIELD_ALIASES[field_name]:
        if alias in lowered:
            value = record[lowered[alias]]
            if field_name == "outlet" and alias == "source" and isinstance(value, dict):
                value = value.get("name")
            if _present(value):
                return value
    return None


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and value != value:
        return False
    if value is pd.NA or value is pd.NaT:
        return False
    return not (isinstance(value, str) and not value.strip())


def _standard_fields(record: dict[str, Any]) -> dict[str, Any]:
    out = {name: _pick(record, name) for name in FIELD_ALIASES}
    if isinstance(out["author"], list):
        out["author"] = ", ".join(str(a) for a in out["author"])
    return out


# --- readers by type -----------------------------------------------------------------------------
def _read_text_file(
    data: bytes, source: str, sidecar: dict[str, Any] | None, batch: _Batch
) -> None:
    try:
        text, warning = decode_bytes(data)
    except UnicodeError as exc:
        batch.skip(source, str(exc))
        return
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        batch.skip(source, "no text (only whitespace)")
        return
    # the title is the first line that is not page furniture (breadcrumbs, share buttons);
    # furniture above it stays in the body, where cleaning removes and records it
    at = next(
        (i for i, line in enumerate(lines) if line.strip() and not is_furniture_line(line)), 0
    )
    title = lines[at].strip()
    if source.lower().endswith(".md"):
        title = title.lstrip("#").strip()
    if _body_not_title(title):
        # a file that opens with its lead ("ASTANA, March 3 (Kazinform) - The minister said
        # ..."): no title, and the lead stays in the text
        fields: dict[str, Any] = {"title": None, "text": "\n".join(lines)}
    else:
        fields = {"title": title, "text": "\n".join(lines[:at] + lines[at + 1 :])}
    if sidecar:
        fields.update({k: v for k, v in _standard_fields(sidecar).items() if k != "text" and v})
    record = _Record(source, fields, [warning] if warning else [])
    batch.add(record)


#: The most words a first line may have and still be a headline.
_TITLE_MAX_WORDS = 30
#: A first line this long that ends with a full stop is the lead, not a headline (of 2,722
#: titles of the BBC corpus and the team's regional articles, three end with a full stop: two
#: with an ellipsis, one of 14 words).
_LEAD_MIN_WORDS = 15


def _body_not_title(line: str) -> bool:
    """Whether the first line of a text file is body text, not a headline.

    A line that opens with a wire dateline ("ASTANA, March 3 (Kazinform) - ...") and ends with
    a full stop is the lead; so is any long line that ends with one, or a very long line.
    Headlines are short and rarely end with a full stop.
    """
    from sco_toolkit.sentences import dateline_end

    words = len(line.split())
    if words > _TITLE_MAX_WORDS:
        return True
    stop = line.rstrip("\"'”’»").endswith(".") and not line.rstrip("\"'”’»").endswith("..")
    if stop and dateline_end(line, 0) > 0:
        return True  # (not "SCO: A bigger club, but can it still speak with one voice?")
    return stop and words >= _LEAD_MIN_WORDS


#: The start of an HTML page, after a byte-order mark, spaces or a comment.
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


def _read_html(data: bytes, source: str, batch: _Batch, note: str | None = None) -> None:
    import trafilatura

    try:
        html, warning = decode_bytes(data)
    except UnicodeError as exc:
        batch.skip(source, str(exc))
        return
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        batch.skip(source, "trafilatura found no main text in this HTML page")
        return
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    title = meta.get("title")
    first, _, rest = text.partition("\n")
    if title and first.strip() == str(title).strip():
        text = rest  # trafilatura repeats the <h1> title as the first line
    fields = {
        "text": text,
        "title": title,
        "published": meta.get("date"),
        "outlet": meta.get("sitename") or meta.get("hostname"),
        "url": meta.get("url"),
        "author": meta.get("author"),
        "language": meta.get("language"),
    }
    notes = [n for n in (note, warning) if n]
    batch.add(_Record(source, fields, notes))


def _add_records(rows: Iterable[Any], source: str, batch: _Batch, numbered: bool = True) -> None:
    for i, row in enumerate(rows):
        where = f"{source}#{i}" if numbered else source
        if not isinstance(row, dict):
            batch.skip(where, f"record is a {type(row).__name__}, expected an object")
            continue
        fields = _standard_fields(row)
        if fields["text"] is None:
            keys = ", ".join(map(str, row)) or "none"
            batch.skip(where, f"record has no text field (keys: {keys})")
            continue
        batch.add(_Record(where, fields))


def _read_json(data: bytes, source: str, batch: _Batch) -> None:
    try:
        text, _ = decode_bytes(data)
        doc = json.loads(text)
    except (UnicodeError, json.JSONDecodeError) as exc:
        batch.skip(source, f"invalid JSON: {exc}")
        return
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        doc = doc["articles"]
    if isinstance(doc, dict):
        _add_records([doc], source, batch, numbered=False)
    elif isinstance(doc, list):
        if not doc:
            batch.skip(source, "empty JSON list")
        _add_records(doc, source, batch)
    else:
        batch.skip(source, f"JSON top level is {type(doc).__name__}, expected an object or a list")


def _read_jsonl(data: bytes, source: str, batch: _Batch) -> None:
    try:
        text, _ = decode_bytes(data)
    except UnicodeError as exc:
        batch.skip(source, str(exc))
        return
    any_line = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        any_line = True
        where = f"{source}#line{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            batch.skip(where, f"broken JSON line: {exc.msg} at column {exc.colno}")
            continue
        _add_records([row], where, batch, numbered=False)
    if not any_line:
        batch.skip(source, "empty file")


def _read_table(frame: pd.DataFrame, source: str, batch: _Batch) -> None:
    columns = {str(c).lower() for c in frame.columns}
    if not any(a in columns for a in FIELD_ALIASES["text"]):
        batch.skip(
            source,
            f"no text column: found {list(map(str, frame.columns))}, "
            f"expected one of {list(FIELD_ALIASES['text'])}",
        )
        return
    if frame.empty:
        batch.skip(source, "table has no rows")
        return
    _add_records(frame.to_dict("records"), source, batch)


def _read_csv(data: bytes, source: str, batch: _Batch) -> None:
    try:
        text, warning = decode_bytes(data)
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (UnicodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        batch.skip(source, f"unreadable CSV: {exc}")
        return
    start = len(batch.records)
    _read_table(frame, source, batch)
    if warning:
        for record in batch.records[start:]:
            record.warnings.append(warning)


def _read_parquet(data: bytes, source: str, batch: _Batch) -> None:
    try:
        frame = pd.read_parquet(io.BytesIO(data))
    except Exception as exc:  # pyarrow raises several unrelated types for corrupt files
        batch.skip(source, f"unreadable Parquet: {exc}")
        return
    _read_table(frame, source, batch)


def _read_zip(data: bytes, source: str, batch: _Batch) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        batch.skip(source, f"invalid zip archive: {exc}")
        return
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_ZIP_MEMBERS:
        batch.skip(source, f"zip has {len(members)} members, more than {MAX_ZIP_MEMBERS}")
        return
    total = 0
    names = {m.filename for m in members}
    for member in sorted(members, key=lambda m: m.filename):
        where = f"{source}!{member.filename}"
        if member.file_size > MAX_ZIP_MEMBER_BYTES:
            batch.skip(where, f"member is {member.file_size} bytes, over {MAX_ZIP_MEMBER_BYTES}")
            continue
        total += member.file_size
        if total > MAX_ZIP_TOTAL_BYTES:
            batch.skip(where, f"archive expands past {MAX_ZIP_TOTAL_BYTES} bytes; rest not read")
            break
        suffix = Path(member.filename).suffix.lower()
        stem = member.filename[: -len(suffix)] if suffix else member.filename
        if suffix in _SIDECAR_SUFFIXES and any(stem + s in names for s in (".txt", ".md")):
            continue  # sidecar metadata, merged into its article below
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, RuntimeError, OSError) as exc:
            batch.skip(where, f"cannot read zip member: {exc}")
            continue
        sidecar = None
        if suffix in (".txt", ".md"):
            sidecar = _zip_sidecar(archive, stem, names, where, batch)
        _dispatch(content, suffix, where, sidecar, batch)


def _zip_sidecar(
    archive: zipfile.ZipFile, stem: str, names: set[str], where: str, batch: _Batch
) -> dict[str, Any] | None:
    for s in _SIDECAR_SUFFIXES:
        if stem + s in names:
            return _parse_sidecar(archive.read(stem + s), stem + s, where, batch)
    return None


def _parse_sidecar(data: bytes, name: str, where: str, batch: _Batch) -> dict[str, Any] | None:
    try:
        raw = data.decode("utf-8-sig")
        meta = json.loads(raw) if name.lower().endswith(".json") else yaml.safe_load(raw)
    except (UnicodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        batch.skip(name, f"unreadable sidecar of {where}: {exc}")
        return None
    if not isinstance(meta, dict):
        batch.skip(name, "sidecar is not a mapping of fields")
        return None
    return meta


def _dispatch(
    data: bytes, suffix: str, source: str, sidecar: dict[str, Any] | None, batch: _Batch
) -> None:
    if not data.strip():
        batch.skip(source, "empty file")
        return
    if suffix in (".txt", ".md") and _HTML_START.match(data[:512]):
        # a page saved with the wrong name ("article.txt" holding "<!DOCTYPE html>..."): its
        # markup would be read as words
        _read_html(data, source, batch, note=f"an HTML page in a {suffix} file: read as HTML")
        if sidecar and batch.records and batch.records[-1].source == source:
            fields = _standard_fields(sidecar).items()
            batch.records[-1].fields.update({k: v for k, v in fields if k != "text" and v})
    elif suffix in (".txt", ".md"):
        _read_text_file(data, source, sidecar, batch)
    elif suffix in (".html", ".htm"):
        _read_html(data, source, batch)
    elif suffix == ".json":
        _read_json(data, source, batch)
    elif suffix == ".jsonl":
        _read_jsonl(data, source, batch)
    elif suffix == ".csv":
        _read_csv(data, source, batch)
    elif suffix == ".parquet":
        _read_parquet(data, source, batch)
    elif suffix == ".zip":
        _read_zip(data, source, batch)
    else:
        batch.skip(source, f"unsupported file type {suffix or '(none)'}; supported: {_supported()}")


def _supported() -> str:
    return ", ".join(SUPPORTED_SUFFIXES)


# --- walking paths -----------------------------------------------------------------------------
def _expand(source: str | Path | Sequence[str | Path]) -> list[tuple[Path, str, bool]]:
    """Turn the user's source into ``(path, shown_as, found_in_folder)`` triples.

    Raises:
        LoadError: For a path that does not exist or a single file of an unsupported type.
    """
    items = [source] if isinstance(source, (str, Path)) else list(source)
    files: list[tuple[Path, str, bool]] = []
    for item in items:
        path = Path(item)
        if not path.exists():
            raise LoadError(
                f"Path {str(item)!r} does not exist. Pass a file, a folder or a list of them "
                f"(supported formats: {_supported()})."
            )
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue  # hidden files and folders (.git, .DS_Store, .ipynb_checkpoints)
                files.append((child, str(child), True))
        else:
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                raise LoadError(
                    f"Cannot read {str(item)!r}: unsupported file type "
                    f"{path.suffix or '(none)'!r}. Supported formats: {_supported()}."
                )
            files.append((path, str(item), False))
    return files


def _sidecars_for(path: Path, listed: set[Path] | None = None) -> list[Path]:
    """The sidecar files of an article file, in ``_SIDECAR_SUFFIXES`` order.

    Args:
        path: The article file.
        listed: The files of the folder walk that found ``path`` (at least those with a
            sidecar suffix), which hold its sidecars too (no file-system look-up then); None
            for a file given by name.

    Returns:
        The sidecars that exist.
    """
    if path.suffix.lower() not in (".txt", ".md") or (listed is not None and not listed):
        return []
    candidates = [path.with_suffix(s) for s in _SIDECAR_SUFFIXES]
    if listed is not None:
        return [c for c in candidates if c in listed]
    return [c for c in candidates if c.is_file()]


def _is_sidecar(path: Path, present: set[Path]) -> bool:
    if path.suffix.lower() not in _SIDECAR_SUFFIXES:
        return False
    return any(path.with_suffix(s) in present for s in (".txt", ".md"))


def _progress(items: list[Any], progress: bool | None) -> Iterator[Any]:
    from tqdm.auto import tqdm

    disable = (not sys.stderr.isatty()) if progress is None else not progress
    if len(items) < 200 and progress is None:
        disable = True
    yield from tqdm(items, desc="loading", unit="file", disable=disable)


def _read_paths(source: str | Path | Sequence[str | Path], progress: bool | None) -> _Batch:
    files = _expand(source)
    present = {p for p, _, _ in files}
    # the files a sidecar look-up can find (``with_suffix`` gives these exact suffixes); usually
    # none, and then no article needs its three candidate paths built and hashed
    sidecar_files = {p for p in present if p.suffix in _SIDECAR_SUFFIXES}
    batch = _Batch()
    for path, shown, in_folder in _progress(files, progress):
        if _is_sidecar(path, present):
            continue  # merged into its article
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            batch.skip(
                shown, f"unsupported file type {suffix or '(none)'}; supported: {_supported()}"
            )
            continue
        if in_folder and path.stem.upper() in _DOC_STEMS:
            batch.skip(shown, "documentation file (README, LICENSE ...), not an article")
            continue
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                batch.skip(shown, f"file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit")
                continue
            data = path.read_bytes()
        except OSError as exc:
            batch.skip(shown, f"cannot read file: {exc.strerror or exc}")
            continue
        sidecar = None
        sides = _sidecars_for(path, sidecar_files if in_folder else None)
        if sides:
            sidecar = _parse_sidecar(sides[0].read_bytes(), str(sides[0]), shown, batch)
            for extra in sides[1:]:
                batch.skip(str(extra), f"second sidecar of {shown}; only {sides[0].name} is read")
        _dispatch(data, suffix, shown, sidecar, batch)
    return batch


# --- assembling the table -----------------------------------------------------------------------
def _article_id(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


_LANG_WORD = re.compile(r"[^\W\d_]+")
# The same words in ASCII text (``[^\W\d_]`` holds no other ASCII character), where a plain
# range is much faster to match than a class with Unicode categories.
_ASCII_WORD = re.compile(r"[A-Za-z]+")


@functools.cache
def _function_words() -> tuple[float, int, dict[str, frozenset[str]]]:
    """``(min_share, sample_words, {language: function words})`` from ``languages.yaml``."""
    lex = lexicons.load("languages")
    words = lex.get("function_words") or {}
    lexicons.check(isinstance(words, dict), "languages", "function_words", "must be a mapping")
    share = float(lex.get("min_share", 0.25))
    lexicons.check(0 < share <= 1, "languages", "min_share", f"is {share}, expected 0 < x <= 1")
    sets = {str(lang): frozenset(str(w).lower() for w in ws) for lang, ws in words.items()}
    return share, int(lex.get("sample_words", 40)), sets


def _detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: function words first, py3langid when they do not decide."""
    sample = text[:200]
    if len(sample.split()) < 3:
        return None
    share, n_words, sets = _function_words()
    head = text[: n_words * 12].lower()
    words = (_ASCII_WORD if head.isascii() else _LANG_WORD).findall(head)[:n_words]
    if len(words) >= 10:
        for lang, vocab in sets.items():
            if sum(w in vocab for w in words) >= share * len(words):
                return lang
    import py3langid

    lang, _ = py3langid.classify(sample)
    return lang


def _finish(batch: _Batch, keep_duplicates: bool) -> Loaded:
    rows: list[dict[str, Any]] = []
    removed_rows: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    report = list(batch.report)

    def note(record: _Record, status: str, reason: str | None, article_id: str | None) -> None:
        report.append(
            {
                "source": record.source,
                "status": status,
                "reason": reason,
                "article_id": article_id,
                "seq": record.seq,
            }
        )

    for record in batch.records:
        f = record.fields
        raw = f.get("text")
        if not _present(raw):
            note(record, "skipped", "no article text", None)
            continue
        cleaned = clean_text(str(raw))
        if not cleaned.text:
            note(record, "skipped", "nothing left after removing page furniture", None)
            continue
        article_id = _article_id(cleaned.text)
        warnings = list(record.warnings)
        if article_id in seen:
            duplicate = f"duplicate of {article_id} ({seen[article_id]})"
            if not keep_duplicates:
                note(record, "skipped", duplicate, article_id)
                continue
            n = 2
            while f"{article_id}-{n}" in seen:
                n += 1
            warnings.append(duplicate)
            article_id = f"{article_id}-{n}"
        seen[article_id] = record.source
        published = f.get("published")
        stamp = _parse_date(published)
        if _present(published) and stamp is None:
            warnings.append(f"unreadable date {str(published)!r} left empty")
        if not _present(published):
            found = _date_in_furniture(cleaned.removed)
            if found is not None:
                stamp = found[0]
                warnings.append(f"published date taken from the page line {found[1]!r}")
        author = f.get("author")
        if not _present(author):
            author = _author_in_furniture(cleaned.removed)
            if author is not None:
                warnings.append(f"author taken from the byline {author!r}")
        language = f.get("language") or _detect_language(cleaned.text)
        title = f.get("title")
        rows.append(
            {
                "article_id": article_id,
                "title": str(title).strip() if _present(title) else None,
                "outlet": f.get("outlet"),
                "published": stamp,
                "url": f.get("url"),
                "author": author,
                "language": language,
                "text": cleaned.text,
                "source": record.source,
            }
        )
        removed_rows.extend(
            {"article_id": article_id, "step": step, "text": piece}
            for step, piece in cleaned.removed
        )
        status = "warning" if warnings else "loaded"
        note(record, status, "; ".join(warnings) if warnings else None, article_id)
    report.sort(key=lambda r: r["seq"])
    if rows:
        articles = pd.DataFrame(rows)
        articles["n_words"] = [len(t.split()) for t in articles["text"]]  # runs of non-space
        for col in ("outlet", "url", "author", "language"):
            articles[col] = articles[col].map(lambda v: str(v).strip() if _present(v) else None)
        articles = conform(articles, "articles")
    else:
        articles = empty_table("articles")
    furniture = (
        conform(pd.DataFrame(removed_rows), "furniture")
        if removed_rows
        else empty_table("furniture")
    )
    load_report = (
        conform(pd.DataFrame(report).drop(columns="seq"), "load_report")
        if report
        else empty_table("load_report")
    )
    return Loaded(articles, load_report, furniture)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_IN_LINE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH},? \d{{4}}"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date_in_furniture(removed: list[tuple[str, str]]) -> tuple[pd.Timestamp, str] | None:
    """The first date written in a removed byline or time-stamp line, with that line."""
    for step, piece in removed:
        if step not in ("furniture_lines", "menu_blocks"):
            continue
        m = _DATE_IN_LINE.search(piece)
        if m:
            dotted = _DOTTED_DATE.fullmatch(m.group(1))
            if dotted:  # "05.06.2025": day first, as sites that write dates with dots do
                day, month, year = dotted.groups()
                stamp = _parse_date(f"{year}-{int(month):02d}-{int(day):02d}")
            else:  # "June 28th, 2025", "28th of June 2025": no ordinal suffix or "of"
                stamp = _parse_date(_ORDINAL.sub(r"\1", m.group(1)).replace(" of ", " "))
            if stamp is not None:
                return stamp, piece
    return None


_BYLINE_NAME = re.compile(
    r"[Bb][Yy]\s+((?:[A-Z][\w'’-]*\.?)(?:\s+(?:[A-Z][\w'’-]*\.?|de|van|von|da|bin|al)){0,4}"
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\s*(?:[|·•,]|$)"
)


def _author_in_furniture(removed: list[tuple[str, str]]) -> str | None:
    """The name in a removed byline line ("By Jo Roe | Delhi | Updated: ..." gives "Jo Roe")."""
    for step, piece in removed:
        if step not in ("furniture_lines", "menu_blocks"):
            continue
        m = _BYLINE_NAME.match(piece.strip())
        if m:
            return m.group(1).strip()
    return None


def _parse_date(value: Any) -> pd.Timestamp | None:
    if not _present(value):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        try:
            stamp = pd.to_datetime(str(value), utc=True, format="mixed", dayfirst=False)
        except (ValueError, TypeError, OverflowError):
            return None
    if stamp is pd.NaT:
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def articles_from_frame(frame: pd.DataFrame, *, source: str = "dataframe") -> _Batch:
    """Read a user's DataFrame (one article per row) into records; used by ``load_articles``."""
    columns = {str(c).lower() for c in frame.columns}
    if not any(a in columns for a in FIELD_ALIASES["text"]):
        raise LoadError(
            f"The DataFrame has no text column: found {list(map(str, frame.columns))}, "
            f"expected one of {list(FIELD_ALIASES['text'])}. Rename the column that holds the "
            "article body, e.g. df.rename(columns={'my_col': 'text'})."
        )
    batch = _Batch()
    _add_records(frame.to_dict("records"), source, batch)
    return batch


def load_articles(
    source: str | Path | Sequence[str | Path] | pd.DataFrame,
    *,
    keep_duplicates: bool = False,
    progress: bool | None = None,
) -> Loaded:
    """Load articles from files, folders, zip archives or a DataFrame, and clean their text.

    Args:
        source: A file, a folder (searched recursively), a list of files and folders, or a
            DataFrame with a text column (``text``, ``body``, ``content`` ...).
        keep_duplicates: Keep articles whose cleaned text repeats an earlier one (their id gets a
            ``-2`` suffix and a warning). By default they are skipped and reported.
        progress: Show a progress bar; by default only on a terminal and for 200+ files.

    Returns:
        ``Loaded(articles, load_report, furniture)``: the ``articles`` table
        (``article_id, title, outlet, published, url, author, language, text, source, n_words``),
        one report row per input file or record (``source, status, reason, article_id``), and the
        page furniture removed from each article (``article_id, step, text``).

    Raises:
        LoadError: If a path does not exist, a single file has an unsupported type, or a
            DataFrame has no text column.
    """
    if isinstance(source, pd.DataFrame):
        batch = articles_from_frame(source)
    else:
        batch = _read_paths(source, progress)
    return _finish(batch, keep_duplicates)
