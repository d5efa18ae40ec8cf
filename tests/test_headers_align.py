"""Header rows a PDF reader misplaced or wrapped (issue #12): the logical layer maps them by what the body holds.

Each test is one mechanism, on the cells a reader produced for a generated report (header spans, narrow
amount columns, right-aligned numbers), cut down to a few rows.
"""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.headers import align_header, build_columns, refine_columns
from lkjip.extract.records import Sink, performance, renstra_targets
from lkjip.extract.records_front import permasalahan


def _doc(caption: str, rows: list[list[str]]) -> Document:
    table = Table(rows=[TableRow(cells=r) for r in rows])
    return Document(source_file="t.pdf", input_format="pdf", blocks=[Paragraph(text=caption), table])


def _found(caption: str, rows: list[list[str]]):
    (ft,) = find_tables(_doc(caption, rows))
    return ft


# --- a centred header left of right-aligned values ----------------------------------------------------------


def test_one_row_header_left_of_its_values_moves_right():
    """"TARGET AKHIR" stands over an empty column, its values one column right, "REALISASI" over them and
    the realisasi under no header: both headers move one column right."""
    rows = [["SASARAN", "INDIKATOR", "TARGET AKHIR RENSTRA (TAHUN 2026)", "REALISASI TAHUN 2023", "",
             "TINGKAT KEMAJUAN (%)"],
            ["(1)", "(2)", "(3)", "(4)", "", "(5)"],
            ["Meningkatnya tata kelola desa", "Persentase desa tertib", "", "100", "92", "92"]]
    ft = _found("Tabel 3.3 Kemajuan Capaian Renstra", rows)
    assert ft.kind is TableKind.renstra_progress
    assert [c.text for c in ft.columns][2:5] == ["", "TARGET AKHIR RENSTRA (TAHUN 2026)", "REALISASI TAHUN 2023"]
    recs = {p.tahun: p for p in performance(ft, Sink(), 2023)}
    assert recs[2026].target == D(100) and recs[2023].realisasi == D(92)


def test_header_block_left_of_its_values_shifts_over_a_headerless_column():
    """Every header row is one column left of the values from an empty column up to a column of values
    with no header at all: the whole block moves, spans and year leaves included."""
    head = [["SASARAN", "INDIKATOR", "TARGET 2023", "REALISASI", "", "", "", ""],
            ["", "", "", "2020", "2021", "2022", "2023", ""]]
    body = [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", ""],
            ["Sasaran A", "Indikator A", "", "75", "57", "65", "71", "75"]]
    cols = build_columns(align_header(head, body), 8)
    assert [c.text for c in cols[3:]] == ["TARGET 2023", "REALISASI / 2020", "REALISASI / 2021",
                                          "REALISASI / 2022", "REALISASI / 2023"]


def test_header_pieces_left_of_their_values_move_within_their_row():
    """A three-row header: a wrapped "Kondisi / Awal / (2020)" cell and the first year under "Target" fell one
    column left in the lower rows only; each row's pieces move right up to the gap they left."""
    rows = [["Misi", "Sasaran", "Indikator", "", "Kondisi", "Target", "", "", "Kondisi Akhir (2024)"],
            ["", "", "", "Awal", "", "", "", "", ""],
            ["", "", "", "(2020)", "2021", "", "2022", "2023", ""],
            ["1", "Sasaran A", "Indikator A", "", "47,90", "50,95", "54,00", "57,05", "57,05"]]
    ft = _found("Tabel 2.1 Target Kinerja Renstra", rows)
    assert ft.kind is TableKind.renstra
    assert [c.text for c in ft.columns][4:6] == ["Kondisi Awal (2020)", "Target / 2021"]
    got = {(t.jenis, t.tahun): t.target for t in renstra_targets(ft, Sink())}
    assert got == {("kondisi_awal", 2020): D("47.90"), ("target", 2021): D("50.95"), ("target", 2022): D("54.00"),
                   ("target", 2023): D("57.05"), ("kondisi_akhir", 2024): D("57.05")}


def test_a_header_over_its_own_values_stays():
    """No move where every headed column has values, nor where the move would push a group label off the
    leaves below it."""
    head = [["No", "Uraian", "Keterangan", "Anggaran", ""], ["", "", "", "Pagu", "Realisasi"]]
    body = [["1", "Program A", "", "1.000", "900"]]
    assert align_header(head, body) == head
    full = [["No", "Uraian", "Anggaran", "Realisasi"]]
    assert align_header(full, [["1", "Program A", "1.000", "900"]]) == full


# --- a header cell wrapped onto several rows ----------------------------------------------------------------


def test_wrapped_header_cell_joins_its_rows_but_a_span_stays_a_group():
    head = [["Sub", "Anggaran", "", "Realisasi"], ["Kegiatan", "Pagu", "Realisasi", "2021"]]
    cols = build_columns(head, 4)
    assert cols[0].text == "Sub Kegiatan"
    assert (cols[1].group, cols[1].leaf) == ("Anggaran", "Pagu") and cols[2].group == "Anggaran"
    assert (cols[3].group, cols[3].leaf) == ("Realisasi", "2021")  # a label over a year stays a group
    repeated = build_columns([["Realisasi", "Realisasi"], ["2020", "2021"]], 2)  # a merged cell read per column
    assert [(c.group, c.leaf) for c in repeated] == [("Realisasi", "2020"), ("Realisasi", "2021")]


def test_bullet_column_header_never_moves_onto_an_empty_column():
    cols = refine_columns(build_columns([["TARGET", ""]], 2), [["90", ""], ["83", ""]])
    assert [c.text for c in cols] == ["TARGET", ""]
    moved = refine_columns(build_columns([["Program", ""]], 2), [["1.", "Program A"], ["2.", "Program B"]])
    assert [c.text for c in moved] == ["", "Program"]


# --- permasalahan ---------------------------------------------------------------------------------------------


def test_permasalahan_number_joined_to_the_masalah_cell_and_akar_cell_on_its_own_row():
    rows = [["No Masalah", "Pokok Masalah", "Akar Masalah"],
            ["1. Pelayanan belum optimal", "Waktu layanan lama", "Faktor Internal: Petugas sedikit"],
            ["", "", "Faktor Eksternal: Jaringan putus"],
            ["2. Desa belum tertib", "Laporan terlambat", "Faktor Internal: A Faktor Eksternal: B"]]
    ft = _found("Tabel 1.1 Pemetaan Permasalahan", rows)
    assert ft.kind is TableKind.permasalahan
    recs = permasalahan(ft)
    assert [(r.no, r.masalah) for r in recs] == [("1.", "Pelayanan belum optimal"), ("2.", "Desa belum tertib")]
    assert recs[0].akar_masalah == "Faktor Internal: Petugas sedikit Faktor Eksternal: Jaringan putus"
    assert (recs[0].akar_masalah_internal, recs[0].akar_masalah_eksternal) == ("Petugas sedikit", "Jaringan putus")


def test_header_shift_passes_over_an_empty_sliver_column():
    """A reader's empty column (no header, no value) between a header and its values is passed over."""
    head = [["Program", "Anggaran (Rp.)", "", ""]]
    body = [["Program A", "", "", "15.279.011,-"], ["Program B", "", "", "6.964.161,-"]]
    assert align_header(head, body) == [["Program", "", "", "Anggaran (Rp.)"]]
