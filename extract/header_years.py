"""A header's lower line read as text between the header and its body, its year labels put back
(:func:`years_put_back`).

A header whose tall cells wrap ("Realisasi" / "Tahun 2023", "Capaian" / "Tahun 2024") can be cut from its body by a
page break; a reader may then read the header's lower line as a line of text ("Tahun 2023 Tahun 2024") and the
stitcher joins the header over its body without it (:func:`lkjip.extract.piece_gap.head_over_body`). Dropped, the
years are lost: the values under "Realisasi" belong to no year. The line's year labels ("Tahun 2023", "2024",
"(2022)") go, in order, under the header's value labels that name no year ("Realisasi", "Capaian", "Target"), when
they are as many.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table

#: a year label of a header line: "Tahun 2023", "TA 2024", "(2022)", "2021"
_YEAR_LABEL = re.compile(r"(?:(?:tahun|th\.?|ta\.?)\s+)?\(?(?:19|20)\d\d\)?", re.I)
#: a header label naming values, which a year may qualify
_VALUE_LABEL = re.compile(r"realisasi|target|capaian|anggaran|pagu", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a header cell holding a year label alone, bracketed whole or in part: "(TAHUN 2026)", "Tahun (2026)"
_LONE_YEAR = re.compile(r"\(?\s*(?:(?:tahun|th\.?|ta\.?)\s*)?\(?(?:19|20)\d\d\)?", re.I)


def years_put_back(table: Table, text: str) -> bool:
    """``text`` (a line of ``table``'s header read as text) holding nothing but year labels, put under the value
    labels of ``table``'s last row (a header alone) that name no year, in order, when as many (True); else False."""
    labels = [m.group(0) for m in _YEAR_LABEL.finditer(text)]
    if not labels or _YEAR_LABEL.sub("", text).strip():
        return False
    if not table.rows:
        return False
    row = table.rows[-1]  # the header's lowest row: the line stood under it
    slots = [k for k, c in enumerate(row.cells) if _VALUE_LABEL.search(c) and not _YEAR.search(c)]
    if len(slots) != len(labels):
        return False
    for k, label in zip(slots, labels, strict=True):
        row.cells[k] = f"{row.cells[k].strip()} {label}"
    return True


def lone_years_moved(head: list[list[str]]) -> list[list[str]]:
    """``head`` (header rows, top first) with a lower row's year labels that stand under a label naming no values
    ("SASARAN STRATEGIS" / "(TAHUN 2026)") moved under the value labels that name no year ("TARGET AKHIR
    RENSTRA"), in order, when as many. A header cell wrapped across a page break leaves its last line ("(Tahun
    2026)") at the top of the next page, where a reader may set it in the first column: read there it dates the
    names' column and leaves the values under no year (read as the report's). A row holding anything but year
    labels, or a label under a value column, stays."""
    out = [list(r) for r in head]
    for k in range(1, len(out)):
        row = out[k]
        filled = [i for i, c in enumerate(row) if c.strip()]
        if not filled or any(not _LONE_YEAR.fullmatch(row[i].strip()) for i in filled):
            continue
        above = [" ".join(r[i] for r in out[:k] if i < len(r)) for i in range(len(row))]
        if any(_VALUE_LABEL.search(above[i]) for i in filled):
            continue
        slots = [i for i in range(len(row)) if not row[i].strip() and _VALUE_LABEL.search(above[i])
                 and not _YEAR.search(above[i])]
        if len(slots) != len(filled):
            continue
        labels = [row[i] for i in filled]
        for i in filled:
            row[i] = ""
        for i, label in zip(slots, labels, strict=True):
            row[i] = label
    return out
