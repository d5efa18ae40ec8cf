"""A flag computed from a value that another flag already shows to be a likely misread: uncertain as well.

On a scanned page a cell misread ("77" read as "1") gives two flags: the value compared with the same indicator in
the other tables (``cross.indicator_mismatch``: "tercetak 1, tetapi 77 di Tabel 3.1"), which the engine may find
doubtful (OCR unsure of the number, the table doubtful, a digit Tesseract confuses), and the row's own arithmetic
computed from it (``performance.capaian``: "tercetak 7, padahal realisasi / target = 1,00"). The second flag is
the first misread carried into a formula; left an error, a misread looks like the report's contradiction.

:func:`disputed_inputs` makes an error flag on a page read through OCR an uncertain warning when its evidence
names the same row (evidence opening "Tabel 3.3 hal. 8 (indicator)") as an uncertain flag comparing a value
with other tables (:data:`VALUE_RULES`), and lists that very value, under the same name
("realisasi 1"), among the numbers it computed from. A flag whose inputs no other flag disputes is left as it is,
and so is every flag when the comparing flag is an error itself (then both say the report contradicts itself).
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.model import Flag

#: rules comparing an indicator's value with the value other tables (the PK, the Renstra) print for it
VALUE_RULES = ("cross.indicator_mismatch", "pk.target_mismatch", "renstra.target_mismatch")


def _inputs(f: Flag) -> list[tuple[str, str]]:
    """(name, value) of each number a flag's evidence lists after its row ("…): target 100, realisasi 1, tercetak
    7" → [("target", "100"), ("realisasi", "1")]); the last piece (the printed value checked) is left out."""
    if "): " not in f.evidence:
        return []
    pieces = [p.split() for p in f.evidence.split("): ", 1)[1].split(";")[0].split(",")]
    return [(p[0].lower(), p[-1]) for p in pieces[:-1] if len(p) >= 2]


def disputed_inputs(flags: list[Flag], ocr: set[int], because: Callable[[str, str, str], str]) -> list[Flag]:
    """The flags with each error computed from a value an uncertain comparison disputes made an uncertain warning
    (module doc). ``because(row, name, value)`` words the reason."""
    disputed: dict[str, set[tuple[str, str]]] = {}
    for f in flags:
        if f.rule in VALUE_RULES and f.uncertain and f.page in ocr and f.found and " vs " in f.evidence:
            row = f.evidence.split(" vs ", 1)[0]
            name = f.message.split(" ", 1)[0].lower()
            disputed.setdefault(row, set()).add((name, f.found.strip()))
    if not disputed:
        return flags
    out = []
    for f in flags:
        hit = None
        if f.severity == "error" and f.page in ocr and f.rule not in VALUE_RULES:
            row = next((r for r in disputed if f.evidence.startswith(r + ":")), None)
            if row is not None:
                hit = next(((n, v) for n, v in _inputs(f) if (n, v) in disputed[row]), None)
        if hit is None:
            out.append(f)
            continue
        why = because(row, *hit)
        out.append(f.model_copy(update={"severity": "warning", "uncertain": True, "message": f"{f.message} ({why})"}))
    return out
