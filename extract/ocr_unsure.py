"""How sure OCR is of a table's numbers: a table whose numbers Tesseract was unsure of is a doubtful reading
(:func:`unsure_numbers`), and each number read with middling confidence is named in the table's warnings
(:func:`unsure_digits`), so that a flag built on it is an uncertain warning, never an error."""

from __future__ import annotations

from lkjip.extract.document import Table
from lkjip.extract.layout.geometry import Word, inside
from lkjip.extract.ocr_numbers import unsure_digits_note
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE


def unsure_numbers(unsure: list[Word], page_no: int) -> str | None:
    """Why a table read through OCR is a doubtful reading: numbers Tesseract was unsure of (a sum that fails
    over them is more likely a misread digit than the report's contradiction; its flags become uncertain
    warnings), or None."""
    # two digits at least: a column's number "(1)" or a row's "1." adds nothing up
    numbers = [w.text for w in unsure if sum(c.isdigit() for c in w.text) >= 2]
    if not numbers:
        return None
    return f"OCR tidak yakin pada {len(numbers)} angka di hal. {page_no} (mis. {numbers[0]!r})"


#: a number Tesseract reads with less confidence than this (0-100) may hold a misread digit: clean print reads at
#: 93 and more, while "17,96" for "77,96" read at 87, "150" for "75%" at 60 (a sure misread is rarer than an unsure
#: one; below :data:`MIN_CONFIDENCE` the whole table is doubtful, see :func:`unsure_numbers`)
SURE_DIGITS = 90


def unsure_digits(words: list[Word], box: tuple[float, float, float, float], page_no: int) -> list[str]:
    """A table warning for each number of two digits or more inside ``box`` that Tesseract read with a
    confidence between :data:`MIN_CONFIDENCE` and :data:`SURE_DIGITS`: a flag built on one of its values is an
    uncertain warning, never an error (the value may be a misread, not the report's contradiction)."""
    return [unsure_digits_note(page_no, w.text, w.conf) for w in words
            if MIN_CONFIDENCE <= w.conf < SURE_DIGITS and sum(c.isdigit() for c in w.text) >= 2 and inside(w, box)]


def unsure_cells(table: Table, words: list[Word], box: tuple[float, float, float, float], page_no: int) -> list[str]:
    """A table warning (as :func:`unsure_digits` writes them) for each cell holding a number read in several
    words ("Rp 64 2176 404": a spaced amount, or one wrapped in its cell) one of which Tesseract was unsure of:
    the amount the cell is read as holds that word's digits inside it, where the word's own note would not name
    it, so a flag built on that amount is an uncertain warning too."""
    unsure: dict[str, float] = {}
    for w in words:
        if MIN_CONFIDENCE <= w.conf < SURE_DIGITS and sum(c.isdigit() for c in w.text) >= 2 and inside(w, box):
            unsure[w.text] = min(w.conf, unsure.get(w.text, 100.0))
    notes = []
    for row in table.rows:
        for cell in row.cells:
            tokens = cell.split()
            if sum(any(c.isdigit() for c in t) for t in tokens) < 2:
                continue
            confs = [unsure[t] for t in tokens if t in unsure]
            if confs:
                notes.append(unsure_digits_note(page_no, cell.strip(), min(confs)))
    return notes
