"""Lexicons: the domain words of the toolkit, kept as YAML data files in this folder.

``load(name)`` reads one lexicon (a packaged file, or a user's file or folder that adds to or
overrides it) and validates it, so a typo in a user's file is reported with the file, the key
and the problem instead of surfacing later as a wrong result.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

PACKAGE_DIR = Path(__file__).parent
T = TypeVar("T")
#: libyaml's loader when PyYAML was built with it (about ten times faster), else the Python one.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SAFE_LOADER(_BASE_LOADER):  # type: ignore[misc,valid-type]  # noqa: N801
    """A safe loader that refuses a key written twice in one mapping (YAML keeps the last)."""


def _unique_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"key {key!r} appears twice (lines {seen[key]} and {line}); "
                "YAML would silently keep only the last one. Merge the two entries.",
                key_node.start_mark,
            )
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


_SAFE_LOADER.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


class LexiconError(ValueError):
    """A lexicon file is missing, unreadable or does not have the expected shape."""


def available() -> list[str]:
    """Return the names of the packaged lexicons (file stems), sorted."""
    return sorted(p.stem for p in PACKAGE_DIR.glob("*.yaml"))


@functools.cache
def _read_packaged(name: str) -> dict[str, Any]:
    path = PACKAGE_DIR / f"{name}.yaml"
    if not path.exists():
        raise LexiconError(
            f"No packaged lexicon named {name!r}. Expected one of {available()}; "
            "pass a path to use a file of your own."
        )
    return read_yaml(path)


def read_yaml(path: str | Path) -> dict[str, Any]:
    """Read one YAML lexicon file into a dict.

    Args:
        path: The file to read.

    Returns:
        The parsed mapping.

    Raises:
        LexiconError: If the file cannot be parsed or its top level is not a mapping.
    """
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc}). Fix the YAML syntax.") from exc
    if not isinstance(data, Mapping):
        raise LexiconError(
            f"{path}: top level is {type(data).__name__}, expected a mapping of keys to entries."
        )
    return dict(data)


def load(name: str, extra: str | Path | Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Load the packaged lexicon ``name``, merged with a user's additions.

    Args:
        name: Stem of a packaged lexicon file, e.g. ``"themes"``.
        extra: Optional user lexicon: a YAML file, a folder holding ``<name>.yaml``, or a mapping.
            Top-level lists are extended and mappings are updated key by key (user entries win).

    Returns:
        The merged lexicon as a new dict (the cached packaged data is never mutated).
    """
    base = _read_packaged(name)
    if extra is None:
        return _copy(base)
    if isinstance(extra, Mapping):
        user = dict(extra)
    else:
        path = Path(extra)
        if path.is_dir():
            path = path / f"{name}.yaml"
            if not path.exists():
                return _copy(base)
        user = read_yaml(path)
    return merge(base, user)


def merge(base: Mapping[str, Any], user: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a user lexicon into a base one: lists extend, mappings update, scalars replace."""
    out = _copy(base)
    for key, value in user.items():
        if key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + list(value)
        elif key in out and isinstance(out[key], dict) and isinstance(value, Mapping):
            merged = dict(out[key])
            merged.update(value)
            out[key] = merged
        else:
            out[key] = value
    return out


def compile_cached(
    lexicon: str | Path | Mapping[str, Any] | None,
    load_fn: Callable[[Any], Any],
    compile_fn: Callable[[Any], T],
) -> T:
    """Load and compile a lexicon once: packaged, or a user file keyed by path and mtime.

    Args:
        lexicon: None (packaged), a mapping (compiled every call) or a file/folder path
            (recompiled when the file changes).
        load_fn: Loads and validates the lexicon from ``lexicon``.
        compile_fn: Turns the loaded lexicon into what the extractor uses.

    Returns:
        The compiled lexicon.
    """
    if isinstance(lexicon, Mapping):
        return compile_fn(load_fn(lexicon))
    if lexicon is None:
        return _compiled(load_fn, compile_fn, None)
    path = Path(lexicon).resolve()
    stamp = path.stat().st_mtime_ns if path.exists() else 0
    return _compiled(load_fn, compile_fn, (str(path), stamp))


@functools.lru_cache(maxsize=32)
def _compiled(load_fn: Callable[[Any], Any], compile_fn: Callable[[Any], T], key: Any) -> T:
    return compile_fn(load_fn(None if key is None else key[0]))


def check(condition: bool, name: str, key: str, problem: str, fix: str = "") -> None:
    """Raise ``LexiconError`` naming the lexicon, the key and the problem unless ``condition``.

    Args:
        condition: What must hold.
        name: The lexicon (file stem or path) being validated.
        key: Where in it, e.g. ``"themes.energy.terms"``.
        problem: What is wrong, e.g. ``"is empty"``.
        fix: Optional hint on how to fix it.
    """
    if not condition:
        hint = f" {fix}" if fix else ""
        raise LexiconError(f"Lexicon {name!r}, key {key!r}: {problem}.{hint}")


def phrases(
    value: Any, name: str, key: str, *, required: bool = True, example: str = "[trade, investment]"
) -> list[str]:
    """Validate a YAML list of phrases and return it with whitespace normalised, duplicates dropped.

    Args:
        value: The entry read from the lexicon.
        name: The lexicon being validated (for the error message).
        key: Where the list is, e.g. ``"themes.energy.terms"``.
        required: Whether a missing or empty list is an error.
        example: An example list shown in the error message.

    Raises:
        LexiconError: If it is not a list of non-empty strings.
    """
    if value is None and not required:
        return []
    check(
        isinstance(value, list) and (bool(value) or not required),
        name,
        key,
        "is missing or empty" if required else f"is a {type(value).__name__}, not a list",
        f"Give a YAML list of phrases, e.g. `{example}`.",
    )
    seen: dict[str, None] = {}
    for i, item in enumerate(value):
        check(
            isinstance(item, str) and bool(item.strip()),
            name,
            f"{key}[{i}]",
            f"is {item!r}, expected a non-empty phrase",
            "Quote entries YAML would read as something else (yes, no, on, numbers).",
        )
        seen.setdefault(" ".join(item.split()), None)
    return list(seen)


def _copy(data: Mapping[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(dict(data))
