"""Amounts a narrow column wrapped over lines the reader split into rows of their own, put back together by the
records stage (:mod:`lkjip.extract.records`): a head that reads whole carried on by a thousands group (".038,-"),
rows holding nothing but pieces of cut amounts, a second cent digit alone on its line, an amount over three lines.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import TableRow
from lkjip.extract.layout.cues import amount_cut, amount_whole, whole_amount_text

#: a piece of an amount a narrow column wrapped: digits and separators only
NUMBER_PIECE = re.compile(r"^\d[\d.,]*$")
#: an amount in groups of three with a single cent digit: money prints two, the second wrapped onto the next line
CENTS_CUT = re.compile(r"^(rp\.?)?\d{1,3}(\.\d{3})+,\d$", re.IGNORECASE)


def amount_of(pieces: list[str]) -> str:
    """An amount's pieces, wrapped line by line in a narrow column, as one amount when they add up to one
    (:func:`~lkjip.extract.layout.cues.whole_amount_text`: "127." + "652." + "765,-" → "127.652.765,-"; or a head
    that reads whole by itself carried on by pieces opening with a thousands dot, "96.630" + ".038,-" →
    "96.630.038,-": no value of its own starts with a separator); else the first piece as printed ("82.5" above
    "75" stays 82.5; "127." over "652." waits for its end)."""
    if not pieces:
        return ""
    flat = ["".join(p.split()) for p in pieces]
    if len(flat) >= 2 and all(p.startswith(".") for p in flat[1:]) and amount_whole("".join(flat)):
        return "".join(flat)
    return whole_amount_text(pieces) or pieces[0]


def _text(row: TableRow, i: int) -> str:
    return row.cells[i].strip() if 0 <= i < len(row.cells) else ""


def amount_pieces_only(row: TableRow, above: TableRow, text_cols: dict[str, int], measures: list[int],
                       amounts: list[int]) -> bool:
    """A row holding nothing but pieces of amounts, each under an amount of the row above still cut short
    (:func:`~lkjip.extract.layout.cues.amount_cut`: "136." over "701." over "253,-"): the lines of a narrow
    amount column the reader split into rows of their own."""
    filled = [i for i, c in enumerate(row.cells) if c.strip()]
    if not filled or any(i not in amounts for i in filled):
        return False
    if any(_text(row, i) for i in [*text_cols.values(), *measures]):
        return False
    return all(amount_cut("".join(_text(above, i).split())) for i in filled)


def amount_tails_only(row: TableRow, above: TableRow, text_cols: dict[str, int], amounts: list[int],
                      pieces: dict[int, list[str]] | None = None) -> bool:
    """A row whose amounts are the trailing groups of the amounts cut short above it, each making one whole amount
    with its head (:func:`~lkjip.extract.layout.cues.whole_amount_text`: "53.47" over "8.954,-" → "53.478.954,-"),
    every cut head above given its tail and no value of its own besides (names' rests in any case: "Indeks Kepuasan"
    over "Masyarakat (IKM)"): the wrapped line of a row the reader read as a row of its own, whose tails would
    otherwise be read as whole small amounts. ``pieces``: the pieces of each amount of ``above`` so far."""
    texts = set(text_cols.values())
    filled = [i for i, c in enumerate(row.cells) if c.strip()]
    if any(i not in texts and i not in amounts for i in filled):
        return False
    tails = {i for i in filled if i in amounts}
    heads = {i for i in amounts if re.search(r"\d", _text(above, i)) and amount_cut("".join(_text(above, i).split()))}
    if not tails or tails != heads:
        return False
    got = pieces or {}
    return all(whole_amount_text([*got.get(i, [_text(above, i)]), _text(row, i)]) is not None for i in tails)
