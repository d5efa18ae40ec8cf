"""The terminal summary of ``lkjip extract``: parse warnings of one kind in one table are one line (a scanned
report carries dozens of unsure numbers per table), the rest stay one line each."""

from lkjip.model import ParseWarning
from lkjip.summary import GROUP_FROM, warning_lines


def unsure(raw: str, table: str, page: int) -> ParseWarning:
    return ParseWarning(code="ocr.unsure_number", message=f"OCR tidak yakin: {raw!r}", raw=raw, table=table, page=page)


def test_many_unsure_numbers_of_a_table_are_one_line_with_pages_and_examples():
    ws = [unsure(f"{i}.250.000", "Tabel 3.7", 12 + i // 5) for i in range(1, 11)]
    ws.append(ParseWarning(code="number.unparseable", message="angka tidak terbaca '12,3,4'", raw="12,3,4",
                           table="Tabel 3.1", page=6))
    lines = warning_lines(ws)
    assert lines == [
        "ocr.unsure_number: 10 kali di Tabel 3.7 hal. 12–14, mis. '1.250.000', '2.250.000', '3.250.000'",
        "number.unparseable: angka tidak terbaca '12,3,4' hal. 6",
    ]


def test_a_few_warnings_stay_one_line_each_and_tables_are_not_mixed():
    ws = [unsure("85,16", "Tabel 3.1", 7)] * (GROUP_FROM - 1) + [unsure("72,44", "Tabel 3.10", 9)] * GROUP_FROM
    lines = warning_lines(ws)
    assert lines[: GROUP_FROM - 1] == ["ocr.unsure_number: OCR tidak yakin: '85,16' hal. 7"] * (GROUP_FROM - 1)
    assert lines[GROUP_FROM - 1:] == [f"ocr.unsure_number: {GROUP_FROM} kali di Tabel 3.10 hal. 9, "
                                      "mis. '72,44', '72,44', '72,44'"]
