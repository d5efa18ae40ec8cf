"""Readable terminal summaries for ``lkjip extract`` and ``lkjip validate``."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from lkjip.model import ParseWarning, Report

SEVERITY_ORDER = ("error", "warning", "info")
_HEAD = {
    "id": {"error": "GALAT", "warning": "PERINGATAN", "info": "INFO", "none": "Tidak ada temuan."},
    "en": {"error": "ERRORS", "warning": "WARNINGS", "info": "INFO", "none": "No findings."},
}


#: warnings of one code in one table from this many on are summed up in one line (a scanned report carries
#: dozens of ``ocr.unsure_number`` notes per table: one line per table tells the analyst where to look)
GROUP_FROM = 3


def _where(w: ParseWarning) -> str:
    return f"hal. {w.page}" if w.page else f"baris {w.line_no}" if w.line_no else ""


def _pages(ws: list[ParseWarning]) -> str:
    pages = sorted({w.page for w in ws if w.page})
    if not pages:
        return ""
    return f"hal. {pages[0]}" if len(pages) == 1 else f"hal. {pages[0]}–{pages[-1]}"


def warning_lines(warnings: list[ParseWarning]) -> list[str]:
    """One line per parse warning, except that warnings sharing a code and a table from :data:`GROUP_FROM` on
    are one line (count, the table, its pages, the first raw values), in the order they first occur."""
    groups: dict[tuple[str, str | None], list[ParseWarning]] = {}
    for w in warnings:
        groups.setdefault((w.code, w.table), []).append(w)
    lines: list[str] = []
    for (code, table), ws in groups.items():
        if len(ws) < GROUP_FROM:
            lines.extend(f"{w.code}: {w.message} {_where(w)}".rstrip() for w in ws)
            continue
        raws = ", ".join(repr(w.raw) for w in ws[:3] if w.raw)
        place = f" di {table}" if table else ""
        lines.append(f"{code}: {len(ws)} kali{place} {_pages(ws)}".rstrip() + (f", mis. {raws}" if raws else ""))
    return lines


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def print_summary(report: Report, *, json_path: str | None = None) -> None:
    c = _console()
    m = report.meta
    c.print(f"[bold]{escape(m.instansi or '?')}[/] — {escape(m.kabupaten or m.provinsi or '?')} — {m.tahun or '?'}  "
            f"({report.input_format}, {report.document_type}, status {report.status})")
    if m.signer_name:
        c.print(f"Penandatangan: {escape(m.signer_name)} NIP {m.signer_nip or '-'}")
    t = Table(title="Tabel ditemukan")
    for col in ("label", "jenis", "halaman/baris", "baris data", "ditemukan lewat"):
        t.add_column(col)
    for info in report.tables_found:
        where = f"hal. {info.page}" if info.page else f"baris {info.line_no}"
        t.add_row(escape(info.label), info.kind, where, str(info.n_rows), info.found_by)
    c.print(t)
    counts = report.to_tables()
    c.print("Baris per tabel dataset: " + ", ".join(f"{k} {len(v)}" for k, v in counts.items() if k != "reports"))
    sev = {s: sum(1 for f in report.flags if f.severity == s) for s in SEVERITY_ORDER}
    c.print(f"Temuan: {sev['error']} galat, {sev['warning']} peringatan, {sev['info']} info; "
            f"{len(report.warnings)} peringatan pembacaan")
    lines = warning_lines(report.warnings)
    for line in lines[:20]:
        c.print(f"  [yellow]![/] {escape(line)}")
    if len(lines) > 20:
        c.print(f"  … {len(lines) - 20} lagi (lihat JSON)")
    for e in report.errors:
        c.print(f"  [red]x[/] {escape(e.component)}/{escape(e.category)}: {escape(e.message)}")
    if json_path:
        c.print(f"JSON: {json_path}")


def print_flags(report: Report, *, lang: str = "id") -> None:
    c = _console()
    head = _HEAD.get(lang, _HEAD["id"])
    if not report.flags:
        c.print(head["none"])
        return
    for sev in SEVERITY_ORDER:
        flags = [f for f in report.flags if f.severity == sev]
        if not flags:
            continue
        c.print(f"[bold]{head[sev]} ({len(flags)})[/]")
        for f in flags:
            c.print(f"  {escape('[' + f.rule + ']')} {escape(f.message)}")
            if f.expected is not None or f.found is not None:
                c.print(f"      expected: {escape(str(f.expected))}   found: {escape(str(f.found))}")
            if f.evidence:
                c.print(f"      {escape(f.evidence)}")
