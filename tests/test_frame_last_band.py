"""A table boxed by a frame (sides and a rule under its header, no rule between rows) with the next table's frame
opening lower on the page, aligned with it: the band between the first frame's bottom and the next frame's top
rule holds a signature block and a title, no row of the first table (half_ruled.py ``split_stack``). Read as its
last row, the first table swallowed the signature block (its names and NIP lost to the signatories). An empty
last band between two boxed pieces of one table (a row the page break cut, boxed apart) stays with it."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import split_stack

NO, PROGRAM, ANGGARAN, KET = 57.0, 94.0, 393.0, 460.0
X0, X1 = 51.0, 534.0


def _vrule(x: float, top: float, bottom: float) -> Ruling:
    return Ruling(x - 0.25, top, x + 0.25, bottom)


HEAD = [cells_line(222.0, (PROGRAM, "Program"), (ANGGARAN, "Anggaran"), (KET, "Keterangan"))]
BODY = [cells_line(238.0 + 28.0 * k, (NO, str(k + 1)), (PROGRAM, f"Program Pelayanan Publik {k + 1}"),
                   (ANGGARAN, "Rp."), (KET, "APBD")) for k in range(3)]
BODY += [cells_line(252.0 + 28.0 * k, (ANGGARAN, "84.699.552")) for k in range(3)]
BODY.sort(key=lambda ln: ln.top)
SIGNATURE = [cells_line(340.0 + 20.0 * k, (NO, text)) for k, text in enumerate(
    ["Lembah Hijau, 11 Januari 2022", "Pihak Kedua", "BUPATI LEMBAH HIJAU,", "H. CAHYO RAHMAN", "Pihak Pertama",
     "CAMAT TANJUNG LESTARI", "MOH. MULYADI PERMANA, S.IP, M.Si", "Nip. 19690514 199506 2 004"])]
TITLE = [cells_line(505.0, (150.0, "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2021"))]
YS = [221.0, 236.0, 320.0, 530.0]  # frame top, rule under the header, frame bottom, the next frame's top
FRAME = [_vrule(X0, 220.0, 320.0), _vrule(X1, 220.0, 320.0), _vrule(X0, 529.0, 573.0), _vrule(X1, 529.0, 573.0)]
RULES = [*(hrule(y, X0, X1) for y in YS), *FRAME]
LINES = HEAD + BODY + SIGNATURE + TITLE
BOX = (X0, YS[0], X1, YS[-1])


def test_a_band_below_the_frame_of_the_table_above_is_no_last_row():
    assert split_stack(LINES, BOX, YS, RULES) == [((X0, 221.0, X1, 320.0), [221.0, 236.0, 320.0])]


def test_a_last_band_inside_the_frame_stays_the_tables_last_row():
    sides = [_vrule(X0, 220.0, 530.0), _vrule(X1, 220.0, 530.0)]  # the frame runs down to the last rule
    rules = [*(hrule(y, X0, X1) for y in YS), *sides]
    assert split_stack(HEAD + BODY + [cells_line(340.0, (NO, "4"), (PROGRAM, "Program Lain"), (ANGGARAN, "Rp."))],
                       BOX, YS, rules) == [(BOX, YS)]


def test_an_empty_last_band_between_two_boxed_pieces_of_one_table_stays():
    # the row a page break cut is boxed apart under the frame above: nothing stands in the white between them
    ys = [221.0, 236.0, 320.0, 335.0]
    sides = [_vrule(X0, 220.0, 320.0), _vrule(X1, 220.0, 320.0), _vrule(X0, 334.0, 842.0), _vrule(X1, 334.0, 842.0)]
    rules = [*(hrule(y, X0, X1) for y in ys), *sides]
    box = (X0, ys[0], X1, ys[-1])
    assert split_stack(HEAD + BODY, box, ys, rules) == [(box, ys)]
