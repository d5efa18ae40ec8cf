"""Name keys and fuzzy matching, on program and indicator names as printed in real reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip.normalize.names import Match, acronym, best_match, name_key, program_key, similarity

PROGRAMS_RENJA = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota",
    "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    "Program Koordinasi Ketentraman dan Ketertiban Umum",
    "Program Pembinaan dan Pengawasan Pemerintahan Desa",
]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota",
            "A.\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        ),
        ("Indeks Kepuasan Masyarakat (IKM)", "Indeks kepuasan masyarakat"),
        ("Presentase penunjang urusan", "Persentase Penunjang Urusan"),
        ("Prosentase desa maju", "persentase desa maju"),
        (
            "1.\tKoordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
            "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum",
        ),
        ("administrasi desa /kelurahan yang baik", "Administrasi Desa/Kelurahan yang baik"),
        ("I. Program Pembinaan", "Program Pembinaan"),
        ("IV. Program Pembinaan", "program pembinaan"),
        (
            "a) Persentase pelayanan administrasi masy. yang difasilitasi",
            "Persentase pelayanan administrasi masyarakat yang difasilitasi",
        ),
        ("1.1 Administrasi Keuangan", "Administrasi  Keuangan"),
        ("1.01.02. Administrasi Keuangan", "Administrasi Keuangan."),
        ("(2) Sarana & Prasarana", "Sarana dan Prasarana"),
    ],
)
def test_same_key(a, b):
    assert name_key(a) == name_key(b)
    assert similarity(a, b) == 1.0


def test_key_shape():
    assert name_key("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota") == (
        "program penunjang urusan pemerintahan daerah kabupaten/kota"
    )
    assert name_key("Indeks Kepuasan Masyarakat (IKM)") == "indeks kepuasan masyarakat"
    assert name_key("desa /kelurahan") == "desa/kelurahan"
    assert name_key("  Persentase,  Desa:  Maju! ") == "persentase desa maju"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Indonesia Maju", "Maju"),  # "Indonesia" is not a numbering prefix
        ("Ibu kota", "kota"),
        ("Civil service", "service"),
        ("Program Pembinaan", "Pembinaan"),  # name_key keeps "program"
        ("1.950 Unit", "Unit"),  # a number, not a section number
    ],
)
def test_words_are_kept(a, b):
    assert name_key(a) != name_key(b)


def test_program_key():
    assert program_key("A. PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA") == (
        "penunjang urusan pemerintahan daerah kabupaten/kota"
    )
    assert program_key("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota") == program_key(
        PROGRAMS_RENJA[0]
    )
    assert program_key("Programmer") == "programmer"


def test_acronym():
    assert acronym("Indeks Kepuasan Masyarakat (IKM)") == "IKM"
    assert acronym("Survei (SKM) tahunan (IKM)") == "IKM"
    assert acronym("Persentase Desa Maju") is None
    assert acronym("Capaian (Hijau)") is None


def test_similarity_orders_plausibly():
    short = "Pemberdayaan Masyarakat Desa"
    full = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
    other = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
    s_full = similarity(short, full, key=program_key)
    s_other = similarity(short, other, key=program_key)
    assert 0.85 <= s_full < 1.0
    assert s_other < 0.7
    assert similarity("", "x") == 0.0


@pytest.mark.parametrize(
    ("name", "index", "exact", "uncertain"),
    [
        ("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 0, True, False),
        ("Penyelenggaraan Pemerintahan dan Pelayanan Publik", 1, True, False),
        ("Pemberdayaan Masyarakat Desa", 2, False, True),
        ("Koordinasi Ketenteraman dan Ketertiban Umum", 3, True, False),
        ("Pembinaan dan Pengawasan Pemerintahan Desa", 4, True, False),
        ("Pembinaan dan Pengawasan Pemerintahan Desaa", 4, False, False),
    ],
)
def test_best_match_seed_programs(name, index, exact, uncertain):
    m = best_match(name, PROGRAMS_RENJA, key=program_key)
    assert isinstance(m, Match)
    assert (m.index, m.candidate, m.exact, m.uncertain) == (index, PROGRAMS_RENJA[index], exact, uncertain)


def test_best_match_none_below_threshold():
    assert best_match("Administrasi Keuangan Perangkat Daerah", PROGRAMS_RENJA, key=program_key) is None
    assert best_match("anything", []) is None


def test_best_match_close_runner_up_is_uncertain():
    m = best_match("Persentase desa maju", ["Persentase desa maju sekali", "Persentase desa maju sekalu"])
    assert m is not None and m.index == 0 and m.uncertain


_words = st.lists(
    st.sampled_from(["program", "desa", "pelayanan", "publik", "kota", "umum", "kinerja"]), max_size=6
)


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_bounds_and_symmetry(a, b):
    s = similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == pytest.approx(similarity(b, a))
    assert similarity(a, a) == 1.0


@given(st.text(max_size=60))
def test_name_key_idempotent(s):
    k = name_key(s)
    assert name_key(k) == k
    assert k == k.strip() and "  " not in k


@given(_words, st.sampled_from(["", "1. ", "A. ", "IV. ", "a) ", "1.2 "]), st.booleans())
def test_key_ignores_numbering_and_case(words, prefix, upper):
    name = " ".join(words)
    printed = prefix + (name.upper() if upper else name.title())
    assert name_key(printed) == name_key(name)


@given(st.lists(st.text(max_size=30), min_size=1, max_size=6), st.data())
def test_best_match_finds_an_exact_candidate(candidates, data):
    i = data.draw(st.integers(min_value=0, max_value=len(candidates) - 1))
    m = best_match(candidates[i], candidates)
    assert m is not None and m.exact and m.score == 1.0
    assert name_key(m.candidate) == name_key(candidates[i])
    assert m.index <= i
