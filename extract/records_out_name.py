"""The output's name column of a budget table whose header lost its group (:func:`output_name_column`).

A budget table's part continued on a later page repeats its two header rows; a reader can shift the group row
against the leaves ("URAIAN / ANGGARAN", "ANGGARAN / URAIAN", "OUTPUT/KELUARAN / TARGET"), so the output's name
column no longer says "output" anywhere, while its target and realisasi still do. Unmapped, the column's names are
lost on every row of the part.
"""

from __future__ import annotations

from lkjip.extract.headers import Column

_OUTPUT_MEASURES = ("output_target", "output_realisasi", "output_persen")


def output_name_column(columns: list[Column], cols: dict[str, int]) -> dict[str, int]:
    """``cols`` with the output's name mapped, when the table maps an output's target or realisasi but no output
    name: the one unmapped column whose leaf names a name ("uraian", "indikator", "keluaran") right of the
    table's amounts and left of the output's measures."""
    if "output_uraian" in cols or not any(f in cols for f in _OUTPUT_MEASURES):
        return cols
    money = [cols[f] for f in ("anggaran", "realisasi", "persen") if f in cols]
    first_out = min(cols[f] for f in _OUTPUT_MEASURES if f in cols)
    used = set(cols.values())
    found = [c.index for c in columns if c.index not in used and money and max(money) < c.index < first_out
             and c.has("uraian", "indikator", "keluaran", where="leaf")]
    return {**cols, "output_uraian": found[0]} if len(found) == 1 else cols
