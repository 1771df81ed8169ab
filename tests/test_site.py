"""The site that ``python3 tasks.py build`` writes: offline, linked, and drawn in a browser.

The site is built once per run (every notebook executed) into a temporary folder. The
browser tests open each page in headless Chromium with the network blocked and save a
screenshot per page under ``build/screenshots/`` to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from nbconvert import HTMLExporter

from aidlib import claims, events, load_corpus
from aidlib.records import counted_claims
from aidlib.render import NOTEBOOK_DIR, build_site

from .browser import Browser, find_chromium

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "screenshots"
PAGES = ["index", *sorted(p.stem for p in NOTEBOOK_DIR.glob("*.ipynb"))]
_REMOTE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//",
                     re.IGNORECASE)
_LOCAL_REF = re.compile(r"<(?:script|link|a)\b[^>]*\b(?:src|href)=\"([^\"#:]+)\"")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site's folder (built once per test run)."""
    out = tmp_path_factory.mktemp("site")
    steps: list[str] = []
    index = build_site(None, out, "EUR", progress=steps.append)
    assert index == out / "index.html"
    assert steps and steps[-1] == "writing index.html"
    return out


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_nothing_from_the_network(site: Path, page: str) -> None:
    text = (site / f"{page}.html").read_text(encoding="utf-8")
    assert not _REMOTE.search(text), _REMOTE.search(text)
    assert "require.min.js" not in text and "MathJax.js" not in text
    assert text.count('src="plotly.min.js"') == 1
    assert "plotly.js v" not in text, "plotly.js is inlined instead of shared"


@pytest.mark.parametrize("page", PAGES)
def test_every_local_link_resolves(site: Path, page: str) -> None:
    text = (site / f"{page}.html").read_text(encoding="utf-8")
    refs = set(_LOCAL_REF.findall(text))
    assert {"index.html", "site.css", "plotly.min.js"} <= refs | {f"{page}.html"}
    assert not [ref for ref in refs if not (site / ref).is_file()]


def test_plotly_js_is_shipped_once_for_the_whole_site(site: Path) -> None:
    js = (site / "plotly.min.js").read_text(encoding="utf-8")
    assert js.lstrip().startswith("/**") and "plotly.js v" in js[:200]
    assert sum(p.stat().st_size for p in site.glob("*.html")) < len(js)


def test_landing_page_states_what_the_tables_say(site: Path) -> None:
    text = (site / "index.html").read_text(encoding="utf-8")
    corpus = load_corpus()
    money = counted_claims(claims(corpus)).query("measure == 'money' and status == 'parsed'")
    assert f"The {len(corpus)} articles were published" in text
    assert f"They report {len(money)} money figures" in text
    assert f"They report {len(events(corpus))} meetings" in text
    for article in corpus:
        assert article.id in text
    for page in PAGES[1:]:
        assert f'href="{page}.html"' in text


def test_notebook_pages_fold_code_and_checks(site: Path) -> None:
    text = (site / f"{PAGES[1]}.html").read_text(encoding="utf-8")
    assert '<details class="site-code"><summary>code</summary>' in text
    assert re.search(r'<details class="site-section"><summary>Check', text)
    assert text.count("<details") == text.count("</details>")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = find_chromium()
    if binary is None:
        reason = ("Chromium is not installed: `python3 tasks.py test` installs Debian's "
                  "`chromium` when run as root; otherwise `apt-get install chromium`")
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test. {reason}")
        pytest.skip(reason)
    with Browser(binary) as chromium:
        yield chromium


def test_browser_really_is_offline(browser: Browser) -> None:
    assert browser.fetch_fails("https://cdn.plot.ly/plotly-latest.min.js")


@pytest.mark.parametrize("page", PAGES)
def test_page_draws_every_chart_without_errors(site: Path, browser: Browser,
                                               page: str) -> None:
    report = browser.visit((site / f"{page}.html").as_uri(), SCREENSHOTS / f"{page}.png")
    assert report.charts > 0, f"{page}: no chart on the page"
    assert report.drawn == report.charts, f"{page}: {report.drawn} of {report.charts} drew"
    assert report.clipped == 0, f"{page}: {report.clipped} charts wider than their box"
    assert report.overlapping == 0, f"{page}: {report.overlapping} charts with overlapping " \
        "title, legend, buttons or axis title"
    assert report.errors == [], f"{page}: console errors {report.errors}"
    assert report.screenshot is not None and report.screenshot.stat().st_size > 10_000


def test_a_plain_nbconvert_export_draws_its_charts(tmp_path: Path, browser: Browser) -> None:
    """What nbviewer, Jupyter Book and Quarto do: nbconvert's own template, no help from us.

    Its CDN scripts (require.js, MathJax) fail offline; the charts must draw regardless.
    """
    path = NOTEBOOK_DIR / f"{PAGES[-1]}.ipynb"
    page = tmp_path / "plain.html"
    exporter = HTMLExporter(template_name="lab")  # type: ignore[no-untyped-call]
    page.write_text(exporter.from_filename(str(path))[0],
                    encoding="utf-8")
    report = browser.visit(page.as_uri(), SCREENSHOTS / "plain-nbconvert.png")
    assert report.charts > 0 and report.drawn == report.charts
    assert not [e for e in report.errors if "Plotly" in e or "uncaught" in e]


def test_landing_page_reports_in_the_chosen_currency() -> None:
    from aidlib.landing import overview

    findings = " ".join(overview(None, "USD").findings)
    assert "US$" in findings and "€" not in findings.replace("“more than €", "")
