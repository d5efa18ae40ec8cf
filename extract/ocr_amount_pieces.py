"""The pieces of an amount a very narrow column wraps over three lines or more ("6.966" / ".778," / "-").

The head ("6.966", a well-formed number of its own, or "2.128.601.", :data:`~lkjip.extract.ocr_numbers.AMOUNT_HEAD`)
is read again like an amount; a middle piece opens with the separator the break left it (".778,", ".348,") and
is no number of any kind, so it was never read again: a "7" the page pass read "1" in it ("6.966.178,-" for
"6.966.778,-") made a sound sum a false contradiction. :data:`AMOUNT_PIECE` tells such a piece; :func:`piece_shape`
says what shape a reading again must have to count for a word first read as a head or a piece.
"""

from __future__ import annotations

import re

from lkjip.extract.ocr_numbers import AMOUNT_HEAD

#: a piece of an amount after its head: groups of three opening with a separator, maybe ending with one or with
#: the cents ("", ".778,", ".140.000,00", ",-" excluded: no digit)
AMOUNT_PIECE = re.compile(r"^[.,]\d{3}([.,]\d{3})*([.,]|,\d{2}|,-)?$")


def piece_shape(expect: str, heads: bool = False) -> re.Pattern[str] | None:
    """The shape a reading again of a word first read ``expect`` may have besides a well-formed number: a piece
    for a piece, a head for a head (or for any word when ``heads`` says it may be one), else None."""
    if AMOUNT_PIECE.match(expect):
        return AMOUNT_PIECE
    return AMOUNT_HEAD if heads or AMOUNT_HEAD.match(expect) else None
