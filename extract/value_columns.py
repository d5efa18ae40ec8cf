"""A column of a table whose header names values but whose body holds none, or only units or words, while the
columns beside it hold the numbers: the header was read shifted over the body, or the columns were cut in the
wrong place. Each check returns the reason the table's reading is doubtful (issue #12 item 5), else None; the
stitcher (:func:`lkjip.extract.stitch.stitch_document`) sets it as the table's doubt."""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table
from lkjip.extract.headers import build_columns, is_numbering_row, split_header

#: a number as a table's value cell prints it ("1.250.000", "Rp. 5.000,-", "(12,5)", "90 %")
NUMBER = re.compile(r"^\(?-?\s*(?:rp\s*\.?\s*)?[\d.,]*\d[\d.,]*\s*%?\)?(?:,-)?$", re.I)
#: a quantity printed with its unit in one cell ("16 Laporan", "1.950 Unit", "0 ASN"): a target's or an output's
#: value, of the same kind as the bare numbers ("100%") other rows of its column hold
QUANTITY = re.compile(r"^[\d.,]*\d[\d.,]*\s*[^\W\d_][^\W\d_.]{0,11}(?:\s[^\W\d_]{1,12})?$")

#: header words of a column that must hold values
_VALUE_HEADER = re.compile(r"anggaran|realisasi|target|capaian|pagu|jumlah|%", re.I)


def empty_value_column(table: Table) -> str | None:
    """A value column ("Anggaran", "Realisasi", "%") left empty while a cell beside it holds two numbers: the
    columns were cut in the wrong place (the reason, else None)."""
    head, n_head = split_header([r.cells for r in table.rows])
    body = [r.cells for r in table.rows[n_head:]]
    if not head or len(body) < 3:
        return None
    for k, col in enumerate(build_columns(head, table.n_cols)):
        if not _VALUE_HEADER.search(col.leaf or col.text) or any(k < len(r) and r[k].strip() for r in body):
            continue
        beside = [r[j] for r in body for j in (k - 1, k + 1) if 0 <= j < len(r)]
        if any(sum(bool(NUMBER.match(w)) for w in c.split()) >= 2 for c in beside):
            return f"kolom '{col.leaf or col.text}' kosong, nilainya terbaca di kolom sebelahnya"
    return None


#: a unit printed in a column of its own ("%", "Dokumen", "Rp"): no value
_UNIT = re.compile(r"^[^\W\d_][^\d]{0,15}$|^%$")


def text_value_column(table: Table) -> str | None:
    """A column whose header names values (target, realisasi, capaian) over a body holding only units ("%") while
    the columns beside it hold numbers: the header was read shifted over the body (the reason, else None)."""
    head, n_head = split_header([r.cells for r in table.rows])
    body = [r.cells for r in table.rows[n_head:]]
    if not head or len(body) < 2:
        return None
    for k, col in enumerate(build_columns(head, table.n_cols)):
        name = col.leaf or col.text
        if not _VALUE_HEADER.search(name) or re.search(r"satuan", name, re.I):
            continue
        cells = [r[k].strip() for r in body if k < len(r) and r[k].strip()]
        if len(cells) >= 2 and all(_UNIT.match(c) for c in cells) and k + 1 < table.n_cols and all(
                k + 1 < len(r) and NUMBER.match(r[k + 1].strip()) for r in body if r[k].strip()):
            return f"kolom '{name}' hanya berisi satuan ('{cells[0]}'), judul kolom terbaca bergeser dari isinya"
    return None


def worded_value_column(table: Table) -> str | None:
    """A column whose header names values (target, realisasi) holding words and no number in any row, while a
    column with no header of its own holds numbers: the columns were cut in the wrong place, a name's words fell
    under the value's header and the values under no header (the reason, else None)."""
    head, n_head = split_header([r.cells for r in table.rows])
    body = [r.cells for r in table.rows[n_head:] if not is_numbering_row(r.cells)]
    if not head or len(body) < 2:
        return None
    columns = build_columns(head, table.n_cols)

    def cells(k: int) -> list[str]:
        return [r[k].strip() for r in body if k < len(r) and r[k].strip()]

    headerless = [c.index for c in columns if not c.leaf.strip() and sum(bool(NUMBER.match(v)) for v in cells(c.index)) >= 2]
    if not headerless:
        return None
    for col in columns:
        name = col.leaf or col.text
        got = cells(col.index)
        if (col.leaf.strip() and _VALUE_HEADER.search(name) and not re.search(r"satuan", name, re.I) and len(got) >= 2
                and not any(re.search(r"\d", v) for v in got) and not all(_UNIT.match(v) for v in got)):
            return f"kolom '{name}' berisi kata tanpa angka, angkanya di kolom tanpa judul (kolom terbaca bergeser)"
    return None


#: an amount followed in the same cell by the currency sign of another ("76.176.435 Rp."), or two percents
#: ("86,44 % 96,32 %"): a value cell holding the values of two rows
_TWO_ROWS = re.compile(r"\d\s+rp\.?(?:\s|$)|\d\s*%\s+[\d.,]*\d\s*%", re.I)


def two_rows_in_a_cell(table: Table) -> str | None:
    """A value column's cell ("Anggaran", "%") holding an amount and the currency sign of the next, or two
    percents: the rows were cut in the wrong place, two rows read as one (the reason, else None)."""
    head, n_head = split_header([r.cells for r in table.rows])
    body = [r.cells for r in table.rows[n_head:]]
    if not head:
        return None
    for k, col in enumerate(build_columns(head, table.n_cols)):
        if not _VALUE_HEADER.search(col.leaf or col.text):
            continue
        got = next((r[k].strip() for r in body if k < len(r) and _TWO_ROWS.search(r[k])), None)
        if got:
            return f"sel '{got[:40]}' kolom '{col.leaf or col.text}' berisi nilai dua baris, baris terbaca menyatu"
    return None


#: a year a header labels a column of values with ("2022", "Target 2023", "Realisasi 2021")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def year_column_unfilled(table: Table) -> str | None:
    """The header's year labels and the columns holding values not as many: a column labelled with a year
    ("2021", "Target 2022") empty in every row of the body while at least two other year columns hold values in
    most rows. The header was read over the body with a column too many, or a column of values was read into
    its neighbour (issue #12 item 5: a header column receiving no values; the reason, else None)."""
    head, n_head = split_header([r.cells for r in table.rows])
    body = [r.cells for r in table.rows[n_head:] if not is_numbering_row(r.cells)]
    if not head or len(body) < 2:
        return None
    years = [c for c in build_columns(head, table.n_cols) if _YEAR.search(c.text)]
    if len(years) < 3:
        return None

    def held(k: int) -> int:
        return sum(1 for r in body if k < len(r) and r[k].strip())

    empty = [c for c in years if not held(c.index)]
    filled = [c for c in years if 2 * held(c.index) >= len(body)]
    if empty and len(filled) >= 2:
        name = empty[0].leaf or empty[0].text
        return (f"kolom '{name}' tanpa nilai: {len(years)} kolom berjudul tahun, {len(years) - len(empty)} berisi "
                f"nilai (judul kolom dan kolom nilai tidak sama banyak)")
    return None


def numbered_column_unfilled(table: Table) -> str | None:
    """The header's row of column numbers ("(1) (2) (3) …") and the columns holding values disagree: a numbered
    column empty in every row of the body while a column the numbers skip holds numbers in two rows at least. The
    header was cut into one column more than the body prints (a header cell's words split in two), so the values
    stand one column right of their header and each is read as the next column's (issue #12 item 5: a misread
    there is no contradiction; the reason, else None)."""
    rows = [r.cells for r in table.rows]
    numbering = next((r for r in rows[:4] if is_numbering_row(r)), None)
    if numbering is None:
        return None
    _, n_head = split_header(rows)
    # a page's repeated numbering row (a cut cell's rest read into its first cell) is no row of values
    body = [r for r in rows[n_head:] if [c.strip() for c in r[1:]] != [c.strip() for c in numbering[1:]]]
    if len(body) < 2:
        return None

    def held(k: int) -> int:
        return sum(1 for r in body if k < len(r) and r[k].strip())

    numbered = [k for k, c in enumerate(numbering) if c.strip()]
    unfilled = [k for k in numbered if not held(k)]
    skipped = [k for k, c in enumerate(numbering) if not c.strip()
               and sum(1 for r in body if k < len(r) and NUMBER.match(r[k].strip())) >= 2]
    # only the shift tells: the values moved one column right, from the empty numbered column to the skipped one,
    # every column between them numbered and filled. An empty Keterangan right of the values, or a header span
    # over two sub-columns under one number, is how such tables are printed, no misread.
    shifted = next((u for u in unfilled for s in skipped
                    if u < s and all(k in numbered and held(k) for k in range(u + 1, s))), None)
    if shifted is None:
        return None
    return (f"kolom bernomor '{numbering[shifted].strip()}' tanpa nilai, nilainya di kolom tanpa nomor "
            "(judul kolom terbaca bergeser dari isinya)")
