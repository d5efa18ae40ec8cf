"""A headerless column of words alone beside a headed text column (a justified cell a reader split at its word
gaps), in a table whose first column is empty (a cascading table printing no row numbers): the header stays over
the columns it names, not moved a column right as a centred header left of right-aligned numbers is."""

from __future__ import annotations

from lkjip.extract.headers import align_header

HEAD = [["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "", "Program", "Indikator Program"]]
BODY = [["", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa", "Persentase Maju",
         "Desa", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase partisipasi masyarakat"],
        ["", "", "", "", "", "", "", "Jumlah usulan program"],
        ["", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan",
         "Indeks Masyarakat", "Kepuasan", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "Persentase rekomendasi"]]


def test_a_headerless_column_of_words_does_not_pull_the_header_right():
    assert align_header(HEAD, BODY) == HEAD


def test_a_headerless_column_of_numbers_still_does():
    """The centred header left of its values: the values stand in the headerless column right of it."""
    head = [["No", "Program", "Anggaran", ""]]
    body = [["", "Program A", "", "1.000.000"], ["", "Program B", "", "2.000.000"]]
    assert align_header(head, body) == [["No", "Program", "", "Anggaran"]]
