"""report.html: self-contained, escaped, with charts and every flag's evidence; checked in a real headless browser.

The page embeds its data as JSON and draws it in the browser (see lkjip.corpus.html_report), so the data
is checked here as the page embeds it, and the drawing in Chromium.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest
from conftest import require_tool
from test_batch_fake import make_report

from lkjip.corpus.html_report import render_html, write_html
from lkjip.model import Flag
from lkjip.tables import CONTRACT

_DATA = r'<textarea hidden readonly autocomplete="off" class="data" id="([^"]+)">(.*?)</textarea>'
XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


def _tables(*reports):
    per = [r.to_tables() for r in reports]
    return {t: pd.concat([p[t] for p in per], ignore_index=True) for t in CONTRACT}


def _corpus():
    reps = [make_report(f"Kecamatan K{i}", anggaran="1000000.00", realisasi=str(900000 + 20000 * i),
                        ikm_real=f"{80 + i}.00", source_file=f"k{i}.txt", flags=[]) for i in range(4)]
    evil = make_report(XSS, source_file="</svg><script>alert(1)</script>.txt", flags=[
        Flag(rule="budget.children_sum", severity="error", message=XSS, evidence="Tabel 3.6 line 4 & <b>5</b>",
             expected="100", found="99", source_table="Tabel 3.6", line_no=4),
        Flag(rule="pk.target_mismatch", severity="warning", message="target differs"),
        Flag(rule="meta.year", severity="info", message="just so you know"),
    ])
    evil.performance[0].indikator = "Indeks kepuasan masyarakat (IKM)"
    failed = make_report("Kecamatan Gagal", status="failed", flags=[])
    failed.budget_lines, failed.performance, failed.pks = [], [], []
    return reps + [evil, failed]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self.attrs = [], 0, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        self.scripts += tag == "script"


def embedded(page: str) -> dict:
    """Every JSON block of the page, decoded, by id."""
    return {m.group(1): json.loads(html.unescape(m.group(2))) for m in
            re.finditer(_DATA, page, re.S)}


def reports_of(page: str) -> list[dict]:
    """The embedded report rows as dicts, each with its flags (dicts too), in page order."""
    data = embedded(page)
    meta = data["lkjip-meta"]
    out = []
    for k in range(meta["chunks"]):
        for row, flags in zip(data[f"lkjip-reports-{k}"], data[f"lkjip-flags-{k}"], strict=True):
            rec = dict(zip(meta["report_fields"], row, strict=True))
            rec["flags"] = [dict(zip(meta["flag_fields"], f, strict=True)) for f in flags]
            out.append(rec)
    return out


def groups_of(page: str, element: str) -> list[dict]:
    data = embedded(page)
    return [dict(zip(data["lkjip-meta"]["group_fields"], g, strict=True)) for g in data[element]]


def assert_self_contained(page: str) -> None:
    p = _Collect()
    p.feed(page)
    for name, value in p.attrs:
        if name in ("src", "href"):
            assert value.startswith("#"), (name, value)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert not re.search(r"\b(?:fetch|XMLHttpRequest|WebSocket|import)\s*\(", page)  # the script loads nothing


def test_strings_from_documents_are_escaped():
    page = render_html(_tables(*_corpus()))
    p = _Collect()
    p.feed(page)
    assert "img" not in p.tags and p.scripts == 1  # only our own inline script
    for _, body in re.findall(_DATA, page, re.S):
        assert "<" not in body and ">" not in body  # nothing in the data can close its element
    assert '&lt;script&gt;document.title=\\"pwned\\"&lt;/script&gt;' in page  # HTML-escaped JSON
    assert "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;.txt" in page
    assert "&lt;b&gt;5&lt;/b&gt;" in page
    evil = next(r for r in reports_of(page) if r["instansi"] == XSS)  # ... and decodes to the very text
    assert evil["source_file"] == "</svg><script>alert(1)</script>.txt"
    assert evil["flags"][0]["message"] == XSS and evil["flags"][0]["evidence"] == "Tabel 3.6 line 4 & <b>5</b>"


def test_page_is_self_contained():
    assert_self_contained(render_html(_tables(*_corpus())))


def test_charts_flags_by_severity_and_failure_reason():
    reps = _corpus()
    page = render_html(_tables(*reps))
    serapan = re.search(r'<svg[^>]*id="chart-serapan".*?</svg>', page, re.S).group(0)
    assert serapan.count('<rect class="bar"') == 5  # every report with a budget, not the failed one
    assert "90,00 %" in serapan and "96,00 %" in serapan
    ikm = re.search(r'<svg[^>]*id="chart-indikator-1".*?</svg>', page, re.S).group(0)
    assert "IKM" in ikm or "kepuasan" in ikm
    assert ikm.count('class="bar realisasi"') == 5 and ikm.count('class="bar target"') == 5
    rows = {r["report_id"]: r for r in reports_of(page)}
    evil = rows[reps[4].report_id]
    assert [f["severity"] for f in evil["flags"]] == ["error", "warning", "info"]
    assert (evil["n_error"], evil["n_warning"], evil["n_info"]) == (1, 1, 1)
    first = evil["flags"][0]
    assert (first["rule"], first["expected"], first["found"], first["source_table"], first["line_no"]) == \
        ("budget.children_sum", "100", "99", "Tabel 3.6", 4)
    assert (evil["anggaran"], evil["realisasi"], evil["serapan"], evil["budget_table"]) == \
        ("1.000.000", "950.000", "95,00", "Tabel 3.6")
    assert rows[reps[5].report_id]["status"] == "failed"
    assert "budget.children_sum" in evil["rules"].split()  # a rule finds its reports in the search


def _chromium(url: str, tmp_path, *mode: str) -> subprocess.CompletedProcess:
    exe = require_tool("chromium", "chromium")
    return subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--window-size=1200,2000", *mode, url],
        capture_output=True, text=True, timeout=120)


@pytest.mark.browser
def test_page_renders_in_a_headless_browser_without_script_errors(tmp_path):
    reps = _corpus()
    path = write_html(_tables(*reps), tmp_path / "report.html")
    evil_id = reps[4].report_id
    dom = _chromium(path.as_uri() + f"#r-{evil_id}", tmp_path, "--dump-dom")  # a link opens one report
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Uncaught" not in dom.stderr, dom.stderr[-2000:]
    html = dom.stdout
    assert 'data-ready="1"' in html  # our inline script ran to its end
    assert "<title>pwned</title>" not in html and "<img" not in html  # nothing from a document executed
    assert html.count('class="chart"') >= 2 and 'id="chart-serapan"' in html
    assert html.count("<tr class=\"pick") >= 6 + 6 + 1  # reports, offices, the kabupaten
    section = html[html.index(f'id="r-{evil_id}"'):]
    section = section[: section.index("</section>")]
    assert section.index("error (1)") < section.index("warning (1)") < section.index("info (1)")
    assert "Tabel 3.6 line 4 &amp; &lt;b&gt;5&lt;/b&gt;" in section  # the evidence, as text
    assert "diharapkan <b>100</b>, tertulis <b>99</b>" in section
    assert 'class="badge failed"' in html
    shot = tmp_path / "shot.png"
    res = _chromium(path.as_uri(), tmp_path, f"--screenshot={shot}")
    assert res.returncode == 0 and shot.stat().st_size > 10_000
    assert "Uncaught" not in res.stderr


@pytest.mark.browser
def test_the_console_check_catches_a_script_error(tmp_path):
    """The 'no Uncaught on stderr' check above is real: a broken page trips it."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><body><script>nosuchfunction();</script></body></html>")
    res = _chromium(bad.as_uri(), tmp_path, "--dump-dom")
    assert "Uncaught" in res.stderr
