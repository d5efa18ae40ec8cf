"""A table of problems set in a monospaced font with its cells justified: each cell line but a cell's last is
stretched to the cell's width, its spaces all as wide. Two things hid such lines (:mod:`lkjip.extract.layout.justified`):
a short cell's column left empty under its last line looked like white running down a column gap (only lines
printing beside a gap witness white there), and a phrase repeated word for word in the next rows ("Faktor
Internal: …" opening every row's last cell) lined its words up with themselves, which looked like column starts
(the same word in the same place witnesses nothing)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces

PITCH, SIZE, STEP = 4.2, 7.0, 8.5
#: the columns: left edge, right edge
COLS = [(43.0, 56.0), (63.0, 212.0), (223.0, 354.0), (365.0, 542.0)]


def _cell_line(words: list[str], col: int, top: float, justify: bool) -> list[Word]:
    left, right = COLS[col]
    widths = [PITCH * len(w) for w in words]
    space = PITCH
    if justify and len(words) > 1:
        space = (right - left - sum(widths)) / (len(words) - 1)
    out, x = [], left
    for w, wd in zip(words, widths, strict=True):
        out.append(Word(w, x, top, x + wd, top + 6.0, size=SIZE))
        x += wd + space
    return out


def _row(top: float, cells: list[list[str]]) -> list[TextLine]:
    """A row: each cell's text (one string a line) set from ``top``, every line but the cell's last justified."""
    n = max(len(c) for c in cells)
    lines = []
    for k in range(n):
        words = []
        for col, cell in enumerate(cells):
            if k < len(cell):
                words += _cell_line(cell[k].split(), col, top + k * STEP, justify=k < len(cell) - 1)
        lines.append(TextLine(sorted(words, key=lambda w: w.x0)))
    return lines


def _table() -> list[TextLine]:
    head = TextLine(_cell_line(["No"], 0, 100.0, False) + _cell_line(["Masalah"], 1, 100.0, False)
                    + _cell_line(["Pokok", "Masalah"], 2, 100.0, False) + _cell_line(["Akar", "Masalah"], 3, 100.0, False))
    rest = ["Faktor Internal: Terbatasnya SDM pada", "kantor dalam menjalankan tugas", "pelayanan umum Faktor",
            "Eksternal: Kurang kuatnya server", "layanan dari dinas yang terkait", "dengan urusan pelayanan",
            "kependudukan"]
    lines = [head]
    top = 110.0
    for key, problem, cause in (("1.", ["Layanan kepada warga belum", "optimal"], ["Sarana layanan yang", "belum memadai"]),
                                ("2.", ["Gangguan keamanan lingkungan", "masih ada"], ["Angka kejadian masih", "tinggi"]),
                                ("3.", ["Tata kelola desa yang", "kurang baik"], ["Administrasi desa", "belum tertib"])):
        rows = _row(top, [[key], problem, cause, rest])
        lines += rows
        top += STEP * len(rows) + 3.0
    return lines


def test_justified_mono_cells_read_as_one_table():
    tables, rest = find_text_tables(_table(), [], page_no=1)
    assert len(tables) == 1 and not rest
    rows = [r.cells for r in tables[0].table.rows]
    first = next(r for r in rows if r[0] == "1.")
    assert first[1:3] == ["Layanan kepada warga belum optimal", "Sarana layanan yang belum memadai"]


def test_stretched_spaces_of_a_short_cell_and_of_a_repeated_phrase_are_found():
    lines = _table()
    stretched = stretched_spaces(lines)
    first = lines[1]  # "1." row's first line
    marked = [w.text for w in first.words if id(w) in stretched]
    assert {"kepada", "warga", "belum"} <= set(marked)  # the short cell's column empty under its last line
    assert {"Internal:", "Terbatasnya", "SDM", "pada"} <= set(marked)  # the phrase every row's cell opens with
