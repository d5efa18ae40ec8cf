"""Indonesian formats → typed values: numbers, NIPs, dates, names."""

from lkjip.normalize.dates import find_dates, format_indonesian_date, parse_indonesian_date
from lkjip.normalize.names import Match, acronym, best_match, name_key, program_key, similarity
from lkjip.normalize.nip import NIP, format_nip, nip_digits, parse_nip
from lkjip.normalize.numbers import (
    MalformedNumberError,
    NumberKind,
    ParsedValue,
    Quantity,
    Target,
    is_dash,
    parse_decimal,
    parse_money,
    parse_number,
    parse_percent,
    parse_quantity,
    parse_target,
)

__all__ = [
    "NIP",
    "MalformedNumberError",
    "Match",
    "NumberKind",
    "ParsedValue",
    "Quantity",
    "Target",
    "acronym",
    "best_match",
    "find_dates",
    "format_indonesian_date",
    "format_nip",
    "is_dash",
    "name_key",
    "nip_digits",
    "parse_decimal",
    "parse_indonesian_date",
    "parse_money",
    "parse_nip",
    "parse_number",
    "parse_percent",
    "parse_quantity",
    "parse_target",
    "program_key",
    "similarity",
]
