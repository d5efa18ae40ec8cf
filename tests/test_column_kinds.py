"""What a column mostly holds, numbers or words, decided by one evidence (:mod:`lkjip.extract.column_kinds`) for the
stitchers (does a part continue its table column for column) and the part laid over by its words (never a column of
numbers over one of words)."""

from __future__ import annotations

from lkjip.extract.column_kinds import column_leaning, kinds, kinds_agree, leaning, numeric_cell
from lkjip.extract.document import TableRow


def _rows(*cells: list[str]) -> list[TableRow]:
    return [TableRow(cells=c) for c in cells]


def test_amounts_percents_and_quantities_with_their_unit_are_numbers_a_dash_no_value():
    assert all(numeric_cell(c) for c in ("1.250.000", "Rp. 5.000,-", "(12,5)", "90 %", "16 Laporan", "1.950 Unit"))
    assert not any(numeric_cell(c) for c in ("Program Pelayanan", "Dokumen", "Persentase desa"))
    rows = _rows(["Program Pelayanan Administrasi", "12 Dokumen", "120.000.000", "-"],
                 ["Program Peningkatan Sarana", "4 Laporan", "80.000.000", "–"],
                 ["Program Pemberdayaan Desa", "100 %", "Lihat lampiran", ""])
    assert kinds(rows, 4) == [(0, 3), (3, 0), (2, 1), (0, 0)]
    assert [column_leaning(rows, k) for k in range(4)] == ["text", "num", None, None]


def test_a_column_leans_only_on_enough_cells():
    assert leaning(1, 0) is None and leaning(1, 0, least=1) == "num" and leaning(0, 2) == "text"
    one = _rows(["Program Pelayanan", "12 Dokumen"])
    assert column_leaning(one, 1) is None and column_leaning(one, 1, least=1) == "num"


def test_readings_agree_unless_a_column_of_numbers_meets_one_of_words():
    assert kinds_agree([(3, 0), (0, 3), (1, 1)], [(2, 0), (0, 0), (0, 2)])
    assert not kinds_agree([(3, 0), (0, 3)], [(0, 2), (0, 3)])
