"""(b) The one-file report draws its charts offline, filters the ledger, and opens an article at
the clicked quote with the highlights in place."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sco_toolkit.report import CHARTS, write_report
from tests.browser.conftest import screenshot
from tests.test_render import TEST_CHARTS, tiny_corpus


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(
        tiny_corpus(), tmp_path_factory.mktemp("report") / "report.html", charts=TEST_CHARTS
    )


def test_report_draws_filters_and_highlights(report: Path, open_page) -> None:  # noqa: ANN001
    page, log = open_page()
    page.goto(report.as_uri())
    # charts: the bar chart and the map draw; the broken chart shows its notice instead
    page.locator("#chart-top_speakers svg.main-svg").first.wait_for(state="attached")
    page.wait_for_function(
        "document.querySelectorAll('#chart-country_map .choroplethlocation').length === 3"
    )
    assert "Chart could not be drawn" in page.locator("#section-theme_prevalence").inner_text()
    # the first article is shown on load, its markup as text
    view = page.locator("#article-view")
    assert "Ministers meet <b>in Tashkent</b> & agree on trade" in view.inner_text()
    assert view.locator("b").count() == 0 and view.locator("script").count() == 0
    # search filters the ledger rows
    rows = page.locator("tr.ledger-row")
    assert rows.count() == 3
    search = page.locator("#ledger-search")
    search.fill("li wen")
    assert page.locator("tr.ledger-row:visible").count() == 1
    assert page.locator("#ledger-count").inner_text() == "1 of 3 statements"
    search.fill("beketova minister")
    assert page.locator("tr.ledger-row:visible").count() == 2
    search.fill("nobody at all")
    assert page.locator("tr.ledger-row:visible").count() == 0
    search.fill("")
    assert page.locator("tr.ledger-row:visible").count() == 3
    # clicking a row opens its article at the quote
    rows.nth(2).click()
    assert page.locator("#article-select").input_value() == "1"
    assert (
        page.locator("#article-title").inner_text() == 'Editorial <script>alert("title")</script>'
    )
    focus = view.locator("mark.hl-focus")
    assert focus.count() == 2, "the quote and its speaker"
    assert view.locator("mark.hl-quote.hl-focus").inner_text() == "We disagree,"
    assert view.locator("mark.hl-speaker.hl-focus").inner_text() == "Li Wen"
    assert "<b>bold claims</b>" in view.inner_text()
    # the first article again, from the selector: overlapping highlights are split
    page.locator("#article-select").select_option("0")
    assert view.locator("mark.hl-quote.hl-theme").inner_text() == "local currencies"
    assert view.locator("mark.hl-quote.hl-cooperation").count() >= 1
    rows.nth(0).click()
    page.wait_for_timeout(200)
    screenshot(page, "report")
    assert not log.problems(), "\n".join(log.problems())
    assert [u for u in log.requested if not u.startswith(("file:", "data:"))] == []


@pytest.mark.skipif(
    importlib.util.find_spec("sco_toolkit.charts") is None,
    reason="sco_toolkit.charts not written yet",
)
def test_report_with_the_real_charts(tmp_path: Path, open_page) -> None:  # noqa: ANN001
    """Every chart of sco_toolkit.charts either draws or says why not, and nothing errors."""
    report = write_report(tiny_corpus(), tmp_path / "report.html")
    page, log = open_page()
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(1000)
    for name in CHARTS:
        section = page.locator(f"#section-{name}")
        drawn = section.locator("svg.main-svg").count() > 0
        notice = section.locator(".notice").all_inner_texts()
        assert drawn or notice, f"{name}: neither drawn nor explained"
        if not drawn:
            print(f"{name}: {notice}")
    screenshot(page, "report_real_charts")
    assert not log.page_errors, log.page_errors
    assert not log.blocked, log.blocked
