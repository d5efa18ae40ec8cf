"""Two years a reader glued together in a header cell parted again (:func:`header_years_unglued`).

A narrow header of wrapped cells ("TARGET AKHIR RENSTRA (TAHUN 2026)" beside "REALISASI TAHUN 2024") can be read
with the lines of two cells mixed into one cell, their years run together with no space: "AKHIR REALISASI TAHUN
20242026)". An eight-digit number is no header word: the header then reads as a row of values, the table finds no
header and no kind. In the rows a reader marks as the header, a run of two years with nothing between them
("20242026") is two years. When the second closes a bracket ("20242026)") that the cell on the left opened and left
open ("(TAHUN"), that year is the left cell's: it goes back there ("TARGET RENSTRA (TAHUN 2026)" | "AKHIR
REALISASI TAHUN 2024"); otherwise the two years stay in the cell, parted by a space.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table

_GLUED = re.compile(r"(?<!\d)((?:19|20)\d\d)((?:19|20)\d\d)(?!\d)(\))?")


def _open(cell: str) -> bool:
    return cell.count("(") > cell.count(")")


def _unglued(cells: list[str]) -> list[str]:
    out = list(cells)
    for j, cell in enumerate(cells):
        m = _GLUED.search(cell)
        if m is None:
            continue
        if m.group(3) and j > 0 and _open(out[j - 1]):
            out[j - 1] = f"{out[j - 1].rstrip()} {m.group(2)})"
            out[j] = " ".join((cell[:m.start()] + m.group(1) + cell[m.end():]).split())
        else:
            out[j] = _GLUED.sub(lambda g: f"{g.group(1)} {g.group(2)}{g.group(3) or ''}", cell)
    return out


def header_years_unglued(table: Table) -> bool:
    """Part two glued years in ``table``'s marked header rows (module doc); say if any were."""
    done = False
    for row in table.rows:
        if not row.is_header:
            break
        cells = _unglued(row.cells)
        if cells != row.cells:
            row.cells, done = cells, True
    return done
