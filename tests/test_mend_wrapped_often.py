"""A long word a narrow column wraps ("Efektifi tas", "Verifi kasi"), the same name printed in several tables of that
column so the break is printed more often than the word: made whole when the document prints the word whole
somewhere and neither piece stands anywhere but beside the other (:meth:`lkjip.pipeline.DocumentWords.wrapped`).
Two real words printed apart, or two words of a title a reader glued, stay as read."""

from __future__ import annotations

from lkjip.pipeline import DocumentWords, mend_words

_NAME = "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan"
_BROKEN = "Peningkatan Efektifi tas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan"


def _cells() -> list[str]:
    # the wide table of the plan prints the name whole; the narrow budget table and its appendix wrap it, and
    # the appendix also prints the output "Jumlah Laporan ..." in the same narrow column
    return [_NAME, "Jumlah Laporan " + _NAME,
            _BROKEN, _BROKEN, "Jumlah Laporan " + _BROKEN.replace("Peningkatan ", "Peningkatan "),
            "Pelaksanaan Penatausahaan dan Pengujian / Verifikasi Keuangan SKPD",
            "Pelaksanaan Penatausahaan dan Pengujian / Verifi kasi Keuangan SKPD",
            "Jumlah Dokumen Penatausahaan dan Pengujian/Verifi kasi Keuangan SKPD",
            "Persentase permohonan layanan umum yang ditindaklanjuti",
            "Persentase permohonan layanan umum yang ditindaklanju ti"]


def test_a_wrapped_word_printed_broken_more_often_than_whole_is_made_whole():
    vocab = DocumentWords(_cells())
    assert mend_words(_BROKEN, vocab) == _NAME
    assert mend_words("Jumlah Dokumen Penatausahaan dan Pengujian/Verifi kasi Keuangan SKPD", vocab) \
        == "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD"
    assert mend_words("Persentase permohonan layanan umum yang ditindaklanju ti", vocab) \
        == "Persentase permohonan layanan umum yang ditindaklanjuti"


def test_two_words_printed_apart_often_are_never_glued():
    # a reader glued "dan pelayanan" once; both words stand apart all over the document
    vocab = DocumentWords(["Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Penyelenggaraan Pemerintahan "
                           "danPelayanan Publik", "Pelayanan Administrasi Perkantoran", "Rapat dan Koordinasi"])
    assert mend_words("Penyelenggaraan Pemerintahan dan Pelayanan Publik", vocab) \
        == "Penyelenggaraan Pemerintahan dan Pelayanan Publik"


def test_two_words_of_a_title_always_side_by_side_stay_apart_though_a_reader_glued_them_once():
    # "Sokobanah Daya" is only ever printed as a pair; a tight cell read it glued once
    vocab = DocumentWords(["Kantor Desa Sokobanah Daya", "Kantor Desa Sokobanah Daya", "Kantor Desa SokobanahDaya"])
    assert mend_words("Kantor Desa Sokobanah Daya", vocab) == "Kantor Desa Sokobanah Daya"


def test_two_words_the_document_also_writes_as_one_elsewhere_stay_apart():
    # "sumber daya" always printed as a pair in running text, "sumberdaya" once in another sentence
    vocab = DocumentWords(["peningkatan sumber daya manusia satuan perlindungan masyarakat",
                           "pengembangan kemampuan sumber daya masyarakat",
                           "mengikutkan sumberdaya manusia yang ada dalam pelatihan",
                           "Meningkatnya kualitas sumber daya aparatur"])
    assert mend_words("Meningkatnya kualitas sumber daya aparatur", vocab) == "Meningkatnya kualitas sumber daya aparatur"
