"""(a) The rendered site, opened from disk with every non-file request blocked, draws its charts
and widget controls without a single console error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sco_toolkit.report import write_report
from tests.browser.conftest import STANDIN_NOTEBOOKS, screenshot
from tests.test_render import TEST_CHARTS, tiny_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The stand-in notebooks rendered by the command line (a report written first)."""
    out = tmp_path_factory.mktemp("site")
    corpus = tmp_path_factory.mktemp("corpus")
    write_report(tiny_corpus(), out / "report.html", charts=TEST_CHARTS)
    cmd = [
        sys.executable,
        "-m",
        "sco_toolkit.cli",
        "render",
        "--notebooks",
        str(STANDIN_NOTEBOOKS),
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--timeout",
        "120",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"site written: open {out / 'index.html'}" in proc.stdout
    return out


def open_file(open_page, path: Path):  # noqa: ANN001, ANN201
    page, log = open_page()
    page.goto(path.as_uri())
    return page, log


def assert_clean(log) -> None:  # noqa: ANN001
    assert not log.problems(), "\n".join(log.problems())
    remote = [u for u in log.requested if not u.startswith(("file:", "data:", "blob:"))]
    assert remote == [], f"requests that would need the network: {remote}"


def test_index_lists_every_page_and_the_report(site: Path, open_page) -> None:  # noqa: ANN001
    page, log = open_file(open_page, site / "index.html")
    links = page.locator("ol.pages a")
    assert links.all_inner_texts() == [
        "Parameters check",
        "Chart, map and control",
        "Explorer stand-in",
    ]
    assert page.locator('a[href="report.html"]').count() == 1
    assert page.locator(".desc").first.inner_text().startswith("Prints the corpus path")
    screenshot(page, "site_index")
    assert_clean(log)


def test_parameter_page_shows_the_injected_corpus(site: Path, open_page) -> None:  # noqa: ANN001
    page, log = open_file(open_page, site / "01_parameters.html")
    page.get_by_text("CORPUS=/", exact=False).first.wait_for()
    assert "CORPUS=" + str(site.parent) in page.inner_text("body")
    assert_clean(log)


def test_chart_map_and_control_draw_offline(site: Path, open_page) -> None:  # noqa: ANN001
    page, log = open_file(open_page, site / "02_chart_and_control.html")
    page.locator("svg.main-svg").first.wait_for(state="attached")
    page.wait_for_function("document.querySelectorAll('.choroplethlocation').length >= 4")
    dropdown = page.locator(".widget-dropdown select")
    dropdown.wait_for()
    assert dropdown.input_value() == "all outlets"
    assert page.locator(".jupyter-widgets").count() >= 1
    assert page.locator("g.point").count() == 3, "three bars"
    page.wait_for_timeout(500)  # late errors from the widget manager would show up here
    screenshot(page, "site_chart_and_control")
    assert_clean(log)


def test_figure_widget_draws_its_final_state_offline(site: Path, open_page) -> None:  # noqa: ANN001
    page, log = open_file(open_page, site / "03_explorer.html")
    page.locator(".widget-dropdown select").wait_for()
    page.locator("svg.main-svg").first.wait_for(state="attached")
    page.get_by_text("Statements in Outlet A").wait_for()
    assert page.locator("g.point").count() == 3
    page.wait_for_timeout(500)
    screenshot(page, "site_explorer_static")
    assert_clean(log)
