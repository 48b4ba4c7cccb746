"""Browser-test fixtures: Debian's Chromium through Playwright, and servers started per test.

Nothing here downloads a browser: Chromium is ``/usr/bin/chromium`` (``apt-get install chromium``)
and every test in this folder is skipped when it is missing. Servers (Voila, JupyterLab) run on
a free port of 127.0.0.1 with private Jupyter config/runtime/data folders and are stopped by pid
in a finalizer, also when the test fails. Every wait is bounded.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "build" / "screenshots"
STANDIN_NOTEBOOKS = ROOT / "tests" / "fixtures" / "notebooks"

#: Notebook served by the Voila and JupyterLab tests: the real explorer, run on the fixture
#: corpus (its ``parameters`` cell is overridden in a copy, see ``served_notebook``); the test
#: picks the first ``.widget-dropdown select`` on the page, so that corpus gives it a second
#: value. Set ``SCO_EXPLORER_NOTEBOOK`` to serve another notebook for one run.
EXPLORER_NOTEBOOK = Path(
    os.environ.get("SCO_EXPLORER_NOTEBOOK") or ROOT / "notebooks" / "05_explorer.ipynb"
).resolve()
#: Corpus the served notebook reads.
EXPLORER_CORPUS = ROOT / "tests" / "fixtures" / "mixed"


def served_notebook(folder: Path) -> Path:
    """Copy ``EXPLORER_NOTEBOOK`` into ``folder`` with ``CORPUS`` set to ``EXPLORER_CORPUS``."""
    import nbformat

    from sco_toolkit.render import inject_parameters

    nb = nbformat.read(EXPLORER_NOTEBOOK, as_version=4)
    if any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb.cells):
        nb = inject_parameters(nb, {"CORPUS": str(EXPLORER_CORPUS)})
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / EXPLORER_NOTEBOOK.name
    nbformat.write(nb, target)
    return target


#: Bounded waits (seconds).
SERVER_START_TIMEOUT = 90
PAGE_TIMEOUT_MS = 60_000


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test of this folder ``browser``; skip them all when Chromium is missing."""
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not found: apt-get install chromium")
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Keep each phase's report on the item, so fixtures can screenshot failed tests."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """A headless Chromium (Debian's), shared by a test module.

    Module scope, not session: Playwright's sync API holds an asyncio loop while it runs, and
    tests after this folder run notebooks through nbclient's own loop.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class PageLog:
    """What a page did that a test may want to assert on."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and blocked requests, for an assert message."""
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            + [f"blocked request: {u}" for u in self.blocked]
        )


@pytest.fixture
def open_page(
    browser: object, request: pytest.FixtureRequest
) -> Iterator[Callable[..., tuple[object, PageLog]]]:
    """Factory: ``open_page(allow_origins=())`` -> ``(page, log)`` with network fenced off.

    Every request that is not ``file:``, ``data:``, ``blob:`` or to one of ``allow_origins``
    (``http://127.0.0.1:PORT``) is aborted and recorded in ``log.blocked``.
    """
    contexts = []

    def factory(allow_origins: Sequence[str] = ()) -> tuple[object, PageLog]:
        log = PageLog()
        context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        contexts.append(context)

        def route(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            log.requested.append(url)
            parsed = urlparse(url)
            origin = f"{parsed.scheme}://{parsed.netloc}"
            if parsed.scheme in ("file", "data", "blob") or origin in allow_origins:
                route.continue_()  # type: ignore[attr-defined]
            else:
                log.blocked.append(url)
                route.abort()  # type: ignore[attr-defined]

        context.route("**/*", route)
        page = context.new_page()
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
        page.on("pageerror", lambda e: log.page_errors.append(str(e)))
        return page, log

    yield factory
    report = getattr(request.node, "report_call", None)
    failed = report is not None and report.failed
    for number, context in enumerate(contexts):
        if failed:  # what the page looked like when the test failed
            for page_number, page in enumerate(context.pages):
                with contextlib.suppress(Exception):
                    screenshot(page, f"FAILED-{request.node.name}-{number}-{page_number}")
        with contextlib.suppress(Exception):
            context.close()


def screenshot(page: object, name: str) -> Path:
    """Save a full-page screenshot as ``build/screenshots/<name>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A server process started for a test."""

    name: str
    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    token: str = ""

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the server printed."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def jupyter_env(home: Path) -> dict[str, str]:
    """Environment with private Jupyter config, runtime and data folders under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "PLOTLY_"))}
    for name in ("config", "runtime", "data"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_PLATFORM_DIRS="1",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


def start_server(
    name: str,
    cmd: Sequence[str],
    *,
    port: int,
    env: dict[str, str],
    cwd: Path,
    log: Path,
    ready_path: str,
    token: str = "",
    timeout: float = SERVER_START_TIMEOUT,
) -> Server:
    """Start ``cmd`` and wait (bounded) until ``ready_path`` answers any HTTP status.

    Raises:
        RuntimeError: If the process exits or does not answer within ``timeout`` (the process
            is stopped first; the message holds the end of its log).
    """
    handle = log.open("wb")
    process = subprocess.Popen(
        list(cmd),
        cwd=cwd,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    handle.close()
    server = Server(name, f"http://127.0.0.1:{port}", port, process, log, token)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{name} exited with {process.returncode} before answering:\n{server.log_tail()}"
            )
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=3)
            conn.request("GET", ready_path)
            status = conn.getresponse().status
            conn.close()
            if status < 500:
                return server
        except OSError:
            pass
        time.sleep(0.25)
    stop_server(server)
    raise RuntimeError(
        f"{name} did not answer on port {port} within {timeout} s:\n{server.log_tail()}"
    )


def stop_server(server: Server) -> None:
    """Stop the process by its pid: SIGTERM (it shuts its kernels down), then SIGKILL."""
    process = server.process
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture
def voila_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    """Voila serving ``EXPLORER_NOTEBOOK`` on 127.0.0.1 (run in the notebook's folder)."""
    notebook = served_notebook(tmp_path / "served")
    port = free_port()
    cmd = [
        str(BIN / "voila"),
        str(notebook),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
    ]
    server = start_server(
        "voila",
        cmd,
        port=port,
        env=jupyter_env(tmp_path / "jupyter"),
        cwd=notebook.parent,
        log=tmp_path / "voila.log",
        ready_path="/voila/static/",
    )
    request.addfinalizer(lambda: _stop_and_report(server, request))
    yield server


def _stop_and_report(server: Server, request: pytest.FixtureRequest) -> None:
    """Stop the server; when the test failed, keep its log next to the screenshots."""
    stop_server(server)
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            shutil.copyfile(
                server.log, SCREENSHOTS / f"FAILED-{request.node.name}-{server.name}.log"
            )


#: Settings for the test JupyterLab: no news or update pop-up over the page, no autosave (the
#: notebook opened is a file of the repository).
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    # start the notebook's kernel without the "Select Kernel" dialog (it can block Run All)
    "@jupyterlab/notebook-extension:tracker": {"autoStartDefaultKernel": True},
}


@pytest.fixture
def lab_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    """JupyterLab rooted at ``EXPLORER_NOTEBOOK``'s folder, with a token, on 127.0.0.1."""
    notebook = served_notebook(tmp_path / "served")
    port = free_port()
    token = secrets.token_hex(16)
    home = tmp_path / "jupyter"
    settings = home / "lab-settings"
    settings.mkdir(parents=True)
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES), encoding="utf-8")
    env = jupyter_env(home)
    env["JUPYTERLAB_SETTINGS_DIR"] = str(home / "user-settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(home / "workspaces")
    cmd = [
        str(BIN / "jupyter"),
        "lab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={notebook.parent}",
        f"--LabApp.app_settings_dir={settings}",
        # checkpoints in the test's folder, not next to the repository's notebook
        f"--FileCheckpoints.checkpoint_dir={home / 'checkpoints'}",
    ]
    server = start_server(
        "jupyterlab",
        cmd,
        port=port,
        env=env,
        cwd=notebook.parent,
        log=tmp_path / "lab.log",
        ready_path=f"/api/status?token={token}",
        token=token,
    )
    request.addfinalizer(lambda: _stop_and_report(server, request))
    yield server
