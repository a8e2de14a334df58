"""axe-core, the accessibility engine browsers' developer tools use, on the exported pages in headless Chromium.

axe runs inside the page as Chromium renders it (layout, computed colours), so it checks
what the html5lib checker cannot: colour contrast, focusable elements, ARIA as the
browser's accessibility tree sees it. Every WCAG 2.0/2.1/2.2 A and AA rule and axe's best
practices run; the pages must have no violation.

axe-core comes from npm (``npm ci --prefix tests/exports/axe``, as ``.ci/run`` does) and
Chromium from Debian (``apt-get install chromium``); without them the tests are skipped
locally and fail in CI. No Node.js runs here: axe is put into a copy of the page, and
Chromium's ``--dump-dom`` hands back the page with the result that axe wrote into it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from editor.services.sample import sample_source
from exports.html_export import export_html
from tests.exports.html_checker import chromium, parse
from tests.exports.test_html_export import hostile_source

AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
STAND = dt.date(2026, 11, 26)
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

RUNNER = (
    f"var TAGS = {json.dumps(TAGS)};"
    + """
axe.run(document, {runOnly: {type: 'tag', values: TAGS}, resultTypes: ['violations', 'incomplete']}).then(function (result) {
  report({
    violations: result.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.html; })};
    }),
    passes: result.passes.map(function (p) { return p.id; }),
    incomplete: result.incomplete.map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return n.html + ' ' + n.any.map(function (c) { return c.message; }).join(';'); }).join(' | '); })
  });
}, function (error) { report({error: String(error)}); });
function report(data) {
  var out = document.createElement('template');
  out.id = 'axe-ergebnis';
  out.setAttribute('data-json', JSON.stringify(data));
  document.body.appendChild(out);
}
"""
)

pytestmark = pytest.mark.needs("chromium")


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail("axe-core fehlt in CI, .ci/run muss npm ci --prefix tests/exports/axe ausführen")
        pytest.skip("axe-core ist nicht installiert (npm ci --prefix tests/exports/axe)")
    return AXE.read_text(encoding="utf-8")


def run_axe(page: str, axe: str, folder: Path) -> dict[str, Any]:
    """Return axe's result for ``page``, rendered by headless Chromium."""
    head, marker, tail = page.rpartition("</body>")
    assert marker, "the page has no </body>"
    engine = axe.replace("</script", "<\\/script")
    scripts = f"<script>{engine}</script>\n<script>{RUNNER}</script>\n"
    path = folder / "seite.html"
    path.write_text(head + scripts + marker + tail, encoding="utf-8")
    command = chromium(folder, "--virtual-time-budget=60000", "--dump-dom", path.as_uri())
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    root, _ = parse(done.stdout)
    found = next((e for e in root.iter("template") if e.get("id") == "axe-ergebnis"), None)
    assert found is not None, f"axe lief nicht: {done.returncode} {done.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(found.get("data-json") or "{}")
    assert "error" not in result, result.get("error")
    return result


def violations(result: dict[str, Any]) -> list[str]:
    """Return axe's violations and what it could not decide (its "needs review"), one line each."""
    found = [f"{v['id']} ({v['impact']}): {v['help']} – {v['nodes'][:3]}" for v in result["violations"]]
    return found + [f"zu prüfen: {item[:300]}" for item in result["incomplete"]]


@pytest.mark.parametrize("index", [0, 1])
def test_axe_finds_no_violation_on_the_sample_pages(index: int, axe_source: str, tmp_path: Path) -> None:
    result = run_axe(export_html(sample_source(index), stand=STAND), axe_source, tmp_path)
    assert violations(result) == []
    # axe really looked: the rules that matter for a document passed.
    assert {"html-has-lang", "document-title", "heading-order", "image-alt", "color-contrast", "region"} <= set(
        result["passes"]
    )


def test_axe_finds_no_violation_on_hostile_content(axe_source: str, tmp_path: Path) -> None:
    result = run_axe(export_html(hostile_source(), stand=STAND), axe_source, tmp_path)
    assert violations(result) == []
    assert {"th-has-data-cells", "list", "link-name", "duplicate-id-aria"} & set(result["passes"])


def test_axe_reports_what_is_broken(axe_source: str, tmp_path: Path) -> None:
    page = export_html(sample_source(0), stand=STAND).replace('<html lang="de">', "<html>").replace(' alt=""', "")
    found = {v["id"] for v in run_axe(page, axe_source, tmp_path)["violations"]}
    assert {"html-has-lang", "image-alt"} <= found
