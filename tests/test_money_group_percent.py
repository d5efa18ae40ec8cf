"""A "%" column under the same header group as money columns is that money's absorption (serapan), whatever
the group's own word reads: a scan that lost the last letter of "Biaya" (a word the document broke over two
lines) must not turn the budget percent into a second capaian."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

TABLE = """Tabel 3.4 Capaian Kinerja dan Anggaran Tahun 2023

Sasaran Strategis\tIndikator Kinerja\tKinerja\t\t\t{group}\t\t
\t\tTarget\tRealisasi\t%\tAnggaran (Rp)\tRealisasi (Rp)\t%
Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00\t84,00\t105\t41.250.000,-\t39.187.500,-\t95,00

"""


@pytest.mark.parametrize("group", ["Biaya", "Biay", "Sumber Daya"])
def test_percent_beside_money_columns_is_serapan(group):
    r = extract_document(read_text_string(TABLE.format(group=group)))
    validate_report(r)
    (p,) = [p for p in r.performance if p.anggaran is not None]
    assert (p.target, p.realisasi, p.capaian) == (D("80.00"), D("84.00"), D("105"))
    assert (p.anggaran, p.realisasi_anggaran, p.serapan) == (D("41250000"), D("39187500"), D("95.00"))
    assert not [f for f in r.flags if f.rule == "performance.capaian"]
