"""The synthetic report generator: deterministic, consistent unless told otherwise, and every injected
contradiction changes exactly the lines it names and breaks exactly the rule it names.

``violations`` below is an independent oracle over the truth records (values as printed); the text
itself is checked against the truth by re-reading each recorded line.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkjip.synth.generate import GeneratedReport, generate_report
from lkjip.synth.inject import CONTRADICTIONS
from lkjip.synth.plan import make_nip
from lkjip.synth.text import money, pct, persen_text
from lkjip.synth.truth import GeneratorError, Truth

KAB = "Kabupaten Lembah Hijau"


def gen(seed: int = 1, tahun: int = 2022, contradictions=(), variant=None, kec: str = "Sukamaju") -> GeneratedReport:
    return generate_report(seed, instansi=f"Kecamatan {kec}", kabupaten=KAB, tahun=tahun,
                           contradictions=list(contradictions), variant=variant)


# --- an independent reading of printed numbers ----------------------------------------------------------


def num(cell: str) -> Decimal:
    """Read an Indonesian number as the generator prints it ("1.234,00", "1.234,-", "Rp . 1.234", "-", "93,91 %")."""
    s = re.sub(r"^Rp\s*\.?\s*", "", cell.strip()).replace("%", "").strip()
    if s == "-":
        return Decimal(0)
    s = s.removesuffix(",-")
    return Decimal(s.replace(".", "").replace(",", "."))


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- the oracle: which rules does a truth violate? --------------------------------------------------------


def _key(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower().removeprefix("program "))


def violations(t: Truth) -> Counter:
    out: Counter = Counter()
    year = t.meta.tahun
    tables = {name: t.budget_table(name) for name in t.budget_tables()}
    for lines in tables.values():
        by_no = {b.line_no: b for b in lines}
        kids: dict[int, list] = {}
        for b in lines:
            if b.parent_line_no is not None:
                kids.setdefault(b.parent_line_no, []).append(b)
        for no, children in kids.items():
            parent = by_no[no]
            if parent.level in ("total", "belanja"):
                continue  # sums of programs: budget.total_sum below
            for f in ("anggaran", "realisasi"):
                if getattr(parent, f) is not None and sum(getattr(c, f) for c in children) != getattr(parent, f):
                    out["budget.children_sum"] += 1
        programs = [b for b in lines if b.level == "program"]
        for tot in (b for b in lines if b.level in ("total", "belanja")):
            for f in ("anggaran", "realisasi"):
                if getattr(tot, f) is not None and sum(getattr(p, f) for p in programs) != getattr(tot, f):
                    out["budget.total_sum"] += 1
        for b in lines:
            if b.persen is not None and b.persen != pct(b.realisasi, b.anggaran):
                out["budget.persen"] += 1
    # the same program / row in every table
    names = list(tables)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            pa = {_key(x.uraian): x for x in tables[a] if x.level in ("program", "total")}
            pb = {_key(x.uraian): x for x in tables[b] if x.level in ("program", "total")}
            ta = next((x for x in tables[a] if x.level == "total"), None)
            tb = next((x for x in tables[b] if x.level == "total"), None)
            pairs = [(pa[k], pb[k]) for k in pa.keys() & pb.keys()] + ([(ta, tb)] if ta and tb else [])
            if len(tables[a]) == len(tables[b]):  # Tabel 3.7 and Lampiran 3: row by row
                pairs += list(zip(tables[a], tables[b], strict=True))
            for x, y in pairs:
                for f in ("anggaran", "realisasi", "persen"):
                    fx, fy = getattr(x, f), getattr(y, f)
                    if fx is not None and fy is not None and fx != fy:
                        out["cross.budget_mismatch"] += 1
    # PK of the report year against the tables
    pk = t.pk_for(year)
    assert pk is not None
    t22 = {p.indikator: p for p in t.performance if p.source_table == "Tabel 2.2"}
    pkt = {x.indikator: x for x in pk.targets if x.level == "sasaran"}
    for ind, perf in t22.items():
        if ind not in pkt:
            out["pk.missing_indicator"] += 1
        elif pkt[ind].target != perf.target:
            out["pk.target_mismatch"] += 1
    realisasi = {_key(b.uraian): b for b in t.budget_table("Tabel 3.6")}
    for b in pk.budgets:
        ref = realisasi["total" if b.is_total else _key(b.program)]
        if ref.anggaran != b.anggaran:
            out["pk.budget_mismatch"] += 1
    # the narrative against the tables
    total = next(b for b in t.budget_table("Tabel 3.6") if b.level == "total")
    rinci = t.budget_table("Tabel 3.7")
    counts = {"count_program": sum(b.level == "program" for b in rinci),
              "count_kegiatan": sum(b.level == "kegiatan" for b in rinci),
              "count_sub_kegiatan": sum(b.level == "sub_kegiatan" for b in rinci)}
    for c in t.claims:
        if c.kind == "total_alokasi" and c.value != total.anggaran:
            out["text.total_alokasi"] += 1
        if c.kind in counts and c.value != counts[c.kind]:
            out["text.count"] += 1
    # one NIP per person, one year per report
    nips: dict[str, set] = {}
    for s in t.signatories:
        if s.nip:
            nips.setdefault(s.name, set()).add(s.nip)
    out["doc.nip_mismatch"] += sum(len(v) > 1 for v in nips.values())
    out["doc.year_mismatch"] += sum(m.tahun != year for m in t.year_mentions if m.context != "PK")
    return +out


def check_text_matches_truth(rep: GeneratedReport) -> None:
    """Every record's line holds the cells it says, and its numbers are the ones printed."""
    lines = rep.text.split("\n")
    t = rep.truth
    for b in t.budget_lines:
        cells = lines[b.source.line_no - 1].split("\t")
        assert cells == b.source.raw, (b.source_table, b.uraian)
        printed = {num(c) for c in cells if re.fullmatch(r"[\d.,\- %Rp]+", c) and re.search(r"\d|^-$", c)}
        assert b.anggaran in printed, (b.source_table, b.uraian, b.anggaran, cells)
        if b.realisasi is not None:
            assert b.realisasi in printed and b.persen in printed
        assert b.uraian in cells or b.uraian.upper() in cells
    for p in t.performance:
        cells = lines[p.source.line_no - 1].split("\t")
        assert p.indikator in cells
        for text in (p.target_text, p.realisasi_text, p.capaian_text):
            assert text is None or text in cells
    for pk in t.pks:
        for x in [*pk.targets, *pk.budgets]:
            assert x.source.raw == lines[x.source.line_no - 1].split("\t")
    for c in t.claims:
        assert c.raw in lines[c.source.line_no - 1]
    for s in t.signatories:
        block = "\n".join(lines[s.source.line_no - 1: s.source.line_no + 4])
        assert s.nip is None or s.nip_raw in block


# --- tests ------------------------------------------------------------------------------------------------


def test_deterministic():
    a, b = gen(5), gen(5)
    assert a.text == b.text
    assert a.truth == b.truth
    assert gen(6).text != a.text


def test_contradictions_do_not_move_the_rest():
    """The clean and the contradicted report share their plan: only the injected lines differ."""
    assert gen(5, contradictions=["text.count"]).truth.counts == gen(5).truth.counts


@pytest.mark.parametrize("seed", [1, 2, 3, 17, 99])
@pytest.mark.parametrize("tahun", [2022, 2023])
def test_consistent_report_has_no_violations(seed, tahun):
    rep = gen(seed, tahun)
    assert rep.truth.injected == []
    assert violations(rep.truth) == Counter()
    check_text_matches_truth(rep)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**9), tahun=st.integers(2021, 2025), repeat=st.booleans(), pagu=st.booleans(),
       numbering=st.sampled_from(["mixed", "letters", "digits", "roman", "hierarchical"]),
       order=st.sampled_from(["anggaran_realisasi_persen", "realisasi_anggaran_persen",
                              "persen_anggaran_realisasi"]))
def test_any_consistent_report_has_no_violations(seed, tahun, repeat, pagu, numbering, order):
    rep = gen(seed, tahun, variant={"repeat_header": repeat, "pagu": pagu, "numbering": numbering,
                                    "column_order": order, "numbering_gaps": True, "pk_total": True})
    assert violations(rep.truth) == Counter()
    check_text_matches_truth(rep)


def test_counts_in_range():
    for seed in range(30):
        c = gen(seed).truth.counts
        assert 3 <= c.program <= 6
        assert c.program <= c.kegiatan <= c.sub_kegiatan
        rinci = gen(seed).truth.budget_table("Tabel 3.7")
        for k in (b for b in rinci if b.level == "kegiatan"):
            assert 1 <= sum(s.parent_line_no == k.line_no for s in rinci) <= 7


def _diff(clean: str, dirty: str) -> tuple[set[int], list[str]]:
    """Lines of ``dirty`` that differ from ``clean`` and lines of ``clean`` that are gone."""
    a, b = clean.split("\n"), dirty.split("\n")
    changed: set[int] = set()
    gone: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            changed.update(range(j1 + 1, j2 + 1))
            gone += a[i1:i2]
    return changed, gone


@pytest.mark.parametrize("rule", CONTRADICTIONS)
@pytest.mark.parametrize("seed", [3, 4, 21])
def test_each_contradiction_changes_what_it_says(rule, seed):
    clean = gen(seed)
    dirty = gen(seed, contradictions=[rule])
    inj = dirty.truth.injected
    assert inj and {i.rule for i in inj} == {rule}
    changed, gone = _diff(clean.text, dirty.text)
    lines = dirty.text.split("\n")
    if rule == "pk.missing_indicator":
        (i,) = inj
        assert i.line_no is None and changed == set()
        assert len(gone) == 1 and i.original in gone[0]
    else:
        assert changed == {i.line_no for i in inj}
        for i in inj:
            assert i.changed in lines[i.line_no - 1]
            assert i.original in clean.text.split("\n")[i.line_no - 1]
            assert i.expected != i.found
    # the oracle sees the named rule break, and nothing beyond what the entry allows
    found = violations(dirty.truth)
    assert rule in found
    allowed = {rule, *(r for i in inj for r in i.may_also_fire)}
    assert set(found) <= allowed, found
    check_text_matches_truth(dirty)


def test_all_contradictions_at_once():
    dirty = gen(8, contradictions=CONTRADICTIONS)
    assert {i.rule for i in dirty.truth.injected} == set(CONTRADICTIONS)
    changed, _ = _diff(gen(8).text, dirty.text)
    assert changed == {i.line_no for i in dirty.truth.injected if i.line_no}
    assert set(violations(dirty.truth)) == set(CONTRADICTIONS)
    check_text_matches_truth(dirty)


def test_injected_values_as_printed():
    dirty = gen(4, contradictions=["budget.children_sum", "pk.budget_mismatch", "text.total_alokasi"])
    for i in dirty.truth.injected:
        if i.rule == "budget.children_sum":
            parent = next(b for b in dirty.truth.budget_table(i.table) if b.uraian == i.flagged_row)
            kids = [b for b in dirty.truth.budget_table(i.table) if b.parent_line_no == parent.line_no]
            assert Decimal(i.found) == parent.anggaran and Decimal(i.expected) == sum(k.anggaran for k in kids)
        if i.rule == "pk.budget_mismatch":
            b = next(b for b in dirty.truth.pk_for(2022).budgets if b.program == i.row)
            assert b.anggaran == Decimal(i.found) and b.anggaran_text == i.changed
        if i.rule == "text.total_alokasi":
            claim = [c for c in dirty.truth.claims if c.kind == "total_alokasi"][-1]
            assert claim.value == Decimal(i.found)


def test_unknown_contradiction_is_refused():
    with pytest.raises(GeneratorError, match="unknown contradiction"):
        gen(1, contradictions=["budget.nonsense"])


def test_injector_registry_lists_each_contradiction_once_and_each_is_a_validator_rule():
    from lkjip.synth import inject
    from lkjip.validate import RULES

    # every injector, in the order they run (budget.persen avoids the kegiatan budget.children_sum changed)
    assert CONTRADICTIONS == (
        "budget.children_sum", "budget.total_sum", "budget.persen", "cross.budget_mismatch", "pk.target_mismatch",
        "pk.budget_mismatch", "pk.missing_indicator", "text.total_alokasi", "text.count", "doc.nip_mismatch",
        "doc.year_mismatch",
    )
    assert set(CONTRADICTIONS) <= set(RULES)
    with pytest.raises(ValueError, match="registered twice"):
        inject.injector("budget.persen")(lambda job, rng: None)
    assert inject.INJECTORS["budget.persen"] is inject.persen


def test_print_style_reaches_the_tables():
    """A print style changes how amounts print, not what the truth holds (besides the printed text)."""
    from lkjip.synth.style import PrintStyle
    from lkjip.synth.truth import Variant

    base = gen(3)
    styled = generate_report(3, instansi="Kecamatan Sukamaju", kabupaten=KAB, tahun=2022,
                             style=PrintStyle(variant=Variant(), realisasi_money="rp", nip_words=("NIP :",)))
    rows = [b.source.raw for b in styled.truth.budget_table("Tabel 3.6")]
    assert rows and all(r[1].startswith("Rp. ") and r[2].startswith("Rp. ") for r in rows)
    assert [(b.anggaran, b.realisasi) for b in styled.truth.budget_table("Tabel 3.6")] == \
        [(b.anggaran, b.realisasi) for b in base.truth.budget_table("Tabel 3.6")]
    assert "NIP : " in styled.text and "Nip. " not in styled.text
    with pytest.raises(GeneratorError, match="not both"):
        generate_report(3, instansi="Sukamaju", kabupaten=KAB, tahun=2022, variant={}, style=PrintStyle())


def test_truth_and_report_share_the_record_lists_and_keep_their_key_order():
    import json

    from conftest import DATA

    from lkjip.model import RecordLists, Report

    shared = set(RecordLists.model_fields)
    assert {"signatories", "budget_lines", "pks", "year_mentions"} <= shared
    assert shared <= set(Truth.model_fields) and shared <= set(Report.model_fields)
    # the report JSON keeps the key order of the committed golden report (pydantic would put inherited fields first)
    golden = json.loads((DATA / "golden" / "seed.json").read_text(encoding="utf-8"))
    assert list(Report.model_fields) == list(golden)
    rep = gen(2)
    assert list(rep.truth.model_dump())[:5] == ["generator_version", "seed", "variant", "meta", "counts"]
    assert list(rep.truth.model_dump())[-2:] == ["captions", "injected"]
    assert rep.truth.budget_table("Tabel 3.6") and rep.truth.pk_for(2022) is not None
    with pytest.raises(TypeError, match="field_order must name each field once"):
        class Partial(RecordLists):
            field_order = ("signatories",)


def test_names_and_meta():
    rep = generate_report(2, instansi="Sukamaju", kabupaten="Lembah Hijau", tahun=2023)
    m = rep.truth.meta
    assert (m.instansi, m.kabupaten, m.tahun) == ("Kecamatan Sukamaju", "Lembah Hijau", 2023)
    assert len(m.signer_nip) == 18 and m.signer_nip in rep.text.replace(" ", "")
    assert "PERJANJIAN KINERJA TAHUN 2023" in rep.text and "PERJANJIAN KINERJA TAHUN 2024" in rep.text
    assert "LAMPIRAN PERJANJIAN KINERJA TAHUN 2023" in rep.text
    assert "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023" in rep.text
    assert re.search(r"^Lembah Hijau, \d\d (Januari|Februari|Maret) 2024$", rep.text, re.M)
    assert re.search(r"alokasi dana sebesar Rp\. [\d.]+,- .* \d+ kegiatan dan \d+ sub kegiatan dari \d+ program",
                     rep.text)
    for label in [f"Tabel {n}" for n in ("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
                                         "3.7")]:
        assert re.search(rf"^{re.escape(label)} \S", rep.text, re.M), label
    assert "Sokobanah" not in rep.text and "Sampang" not in rep.text


def test_nip_is_valid():
    import datetime as dt
    import random

    rng = random.Random(0)
    for _ in range(200):
        nip = make_nip(rng)
        assert len(nip) == 18 and nip.isdigit()
        birth = dt.date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        assert 1 <= int(nip[12:14]) <= 12 and 20 <= int(nip[8:12]) - birth.year <= 32
        assert nip[14] in "12" and int(nip[15:]) >= 1


def test_money_and_percent_styles():
    d = Decimal(2525442492)
    assert money(d) == "2.525.442.492"
    assert money(d, "dec") == "2.525.442.492,00"
    assert money(Decimal(15279011), "dash") == "15.279.011,-"
    assert money(d, "rp") == "Rp. 2.525.442.492"
    assert money(Decimal(0)) == "-" and money(Decimal(0), "dec") == "-"
    assert persen_text(Decimal("93.91"), "sign") == "93,91 %"
    assert persen_text(Decimal("100.00"), "sign") == "100 %"
    assert persen_text(Decimal("100.00")) == "100,00"
    assert pct(Decimal(1), Decimal(3)) == Decimal("33.33") and pct(Decimal(5), Decimal(0)) == 0


# --- variants -----------------------------------------------------------------------------------------------


def _table_lines(text: str, caption_start: str) -> list[list[str]]:
    lines = text.split("\n")
    i = next(n for n, ln in enumerate(lines) if ln.startswith(caption_start) and "\t" not in ln)
    while "\t" not in lines[i]:
        i += 1
    out = []
    while i < len(lines) and lines[i]:
        out.append(lines[i].split("\t"))
        i += 1
    return out


def test_variant_pagu_and_column_order():
    rep = gen(3, variant={"pagu": True, "column_order": "realisasi_anggaran_persen"})
    head = _table_lines(rep.text, "Tabel 3.6")[0]
    assert head == ["Program", "Realisasi", "Pagu", "%"]
    total = _table_lines(rep.text, "Tabel 3.6")[-1]
    line = next(b for b in rep.truth.budget_table("Tabel 3.6") if b.level == "total")
    assert num(total[1]) == line.realisasi and num(total[2]) == line.anggaran
    rinci = _table_lines(rep.text, "Tabel 3.7")
    assert rinci[1][2:5] == ["REALISASI", "PAGU", "%"]
    rep = gen(3, variant={"column_order": "persen_anggaran_realisasi"})
    assert _table_lines(rep.text, "Tabel 3.6")[0] == ["Program", "%", "Anggaran", "Realisasi"]
    assert violations(rep.truth) == Counter()


def test_variant_missing_caption():
    rep = gen(3, variant={"missing_caption": "Tabel 3.6"})
    assert not re.search(r"^Tabel 3\.6 ", rep.text.split("DAFTAR LAMPIRAN")[1], re.M)
    assert "Tabel 3.6" not in rep.truth.captions and "Tabel 3.7" in rep.truth.captions
    assert re.search(r"^Tabel 3\.6 ", rep.text.split("DAFTAR LAMPIRAN")[0], re.M)  # still listed
    assert rep.truth.budget_table("Tabel 3.6")


def test_variant_repeated_header():
    rep = gen(9, variant={"repeat_header": True, "repeat_every": 5})
    head = "NO\tURAIAN\tANGGARAN\t\t"
    n_rows = len(rep.truth.budget_table("Tabel 3.7"))
    assert rep.text.count(head + "\n") == 1 + (n_rows - 1) // 5
    # the Document keeps one table per logical table, its header once
    doc_tables = [t for t in rep.document.tables() if t.rows[0].cells[:2] == ["NO", "URAIAN"]]
    assert len(doc_tables) == 2
    assert all(sum(r.is_header for r in t.rows) == 2 for t in doc_tables)
    assert len(doc_tables[0].rows) == n_rows + 2


def test_variant_wording_and_numbering():
    rep = gen(3, variant={"section_wording": "alternative", "numbering": "roman"})
    assert "3.2 Akuntabilitas Keuangan" in rep.text
    assert "PELAKSANAAN PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN ANGGARAN 2022" in rep.text
    progs = [b.nomor for b in rep.truth.budget_table("Tabel 3.7") if b.level == "program"]
    assert progs[:3] == ["I.", "II.", "III."]
    rep = gen(3, variant={"numbering": "hierarchical"})
    subs = [b.nomor for b in rep.truth.budget_table("Tabel 3.7") if b.level == "sub_kegiatan"]
    assert subs[0] == "1.1.1" and all(s.count(".") == 2 for s in subs)


def test_document_mirrors_text():
    rep = gen(12, variant={"repeat_header": True})
    lines = rep.text.split("\n")
    for block in rep.document.blocks:
        if hasattr(block, "rows"):
            for row in block.rows:
                assert lines[row.line_no - 1].split("\t") == row.cells
        else:
            assert lines[block.line_no - 1].strip("*") == block.text
    assert sum(len(t.rows) for t in rep.document.tables()) < sum("\t" in ln for ln in lines)


def test_extract_reads_generated_text_if_reader_present():
    """The extractor's text reader sees every generated table row (a second, independent reader)."""
    read_text = pytest.importorskip("lkjip.extract.read_text")
    rep = gen(5)
    doc = read_text.read_text_string(rep.text)
    def trim(cells):
        cells = list(cells)
        while cells and not cells[-1]:
            cells.pop()
        return tuple(cells)

    cells = {trim(r.cells) for t in doc.tables() for r in t.rows}
    for b in rep.truth.budget_lines:
        assert trim(b.source.raw) in cells


@pytest.mark.parametrize("belanja", [True, False])
def test_program_parents(belanja):
    t = gen(3, variant={"belanja_row": belanja}).truth
    for name in ("Tabel 2.3", "Tabel 3.6", "Tabel 3.7", "Lampiran 3"):
        lines = t.budget_table(name)
        # the programs' parent: the BELANJA row when printed (a single one is a total), else the closing total
        top = next(b for b in lines if b.level == "total")
        assert {b.parent_line_no for b in lines if b.level == "program"} == {top.line_no}
        for b in lines:
            if b.level == "kegiatan":
                assert next(x for x in lines if x.line_no == b.parent_line_no).level == "program"
            if b.level == "sub_kegiatan":
                assert next(x for x in lines if x.line_no == b.parent_line_no).level == "kegiatan"


def test_successive_years_of_one_kecamatan_agree():
    """Last year's realisasi, next year's PK, the camat: the same in both reports of a kecamatan."""
    y22, y23 = gen(40, 2022), gen(40, 2023)
    prev = {p.indikator: p.realisasi for p in y23.truth.performance if p.source_table == "Tabel 3.1" and p.tahun == 2022}
    own = {p.indikator: p.realisasi for p in y22.truth.performance if p.source_table == "Tabel 3.1" and p.tahun == 2022}
    assert prev and prev == own
    hist22 = {(p.indikator, p.tahun): p.realisasi for p in y22.truth.performance if p.source_table == "Tabel 3.2"}
    hist23 = {(p.indikator, p.tahun): p.realisasi for p in y23.truth.performance if p.source_table == "Tabel 3.2"}
    common = hist22.keys() & hist23.keys()
    assert len(common) >= 3 * len(prev) and all(hist22[k] == hist23[k] for k in common)
    pk_then, pk_now = y22.truth.pk_for(2023), y23.truth.pk_for(2023)
    assert [(b.program, b.anggaran) for b in pk_then.budgets] == [(b.program, b.anggaran) for b in pk_now.budgets]
    assert [(t.indikator, t.target) for t in pk_then.targets if t.level == "sasaran"] == \
        [(t.indikator, t.target) for t in pk_now.targets if t.level == "sasaran"]
    assert y22.truth.meta.signer_nip == y23.truth.meta.signer_nip
    renstra = {(r.indikator, r.tahun, r.jenis): r.target for r in y22.truth.renstra_targets}
    assert renstra == {(r.indikator, r.tahun, r.jenis): r.target for r in y23.truth.renstra_targets}


def test_kecamatan_differ_and_share_their_bupati():
    a, b = gen(40, kec="Sukamaju"), gen(40, kec="Mekarwangi")
    assert a.truth.meta.signer_nip != b.truth.meta.signer_nip
    assert a.truth.budget_table("Tabel 3.6")[-1].anggaran != b.truth.budget_table("Tabel 3.6")[-1].anggaran
    bupati = {s.name for r in (a, b) for s in r.truth.signatories if s.role == "pihak_kedua"}
    assert len(bupati) == 1


def test_variant_does_not_change_numbers():
    plain_ = gen(41).truth
    varied = gen(41, variant={"numbering": "roman", "numbering_gaps": True, "pagu": True,
                              "column_order": "persen_anggaran_realisasi", "repeat_header": True}).truth
    assert [(b.uraian, b.anggaran, b.realisasi) for b in plain_.budget_lines] == \
        [(b.uraian, b.anggaran, b.realisasi) for b in varied.budget_lines]


# --- the truth says what is printed (benchmark issue #6) ------------------------------------------------------


def test_satuan_only_where_printed():
    """Tabel 2.1 prints no Satuan column and no unit: no satuan. Tabel 2.2 prints "82 %": satuan "%"."""
    rep = gen(7, 2022)
    assert rep.truth.renstra_targets and all(r.satuan is None for r in rep.truth.renstra_targets)
    t22 = [p for p in rep.truth.performance if p.source_table == "Tabel 2.2"]
    assert any(p.satuan == "%" for p in t22)
    for p in t22:
        assert (p.satuan == "%") == p.target_text.endswith("%"), p.target_text


@pytest.mark.parametrize("tahun", [2021, 2022, 2025])
def test_renstra_end_target_stands_at_the_year_its_header_prints(tahun):
    rep = gen(7, tahun)
    lines = rep.text.split("\n")
    rows = [p for p in rep.truth.performance if p.source_table == "Tabel 3.3"]
    ends = [p for p in rows if p.target is not None]
    assert ends and len(rows) == 2 * len(ends)
    for p in ends:
        header = next(x for x in reversed(lines[: p.source.line_no]) if x.startswith("SASARAN STRATEGIS"))
        assert f"TARGET AKHIR RENSTRA (TAHUN {p.tahun})" in header and p.tahun > tahun
        assert p.realisasi is None and p.capaian is None
    for p in rows:
        assert p.target is not None or (p.tahun == tahun and p.realisasi is not None and p.capaian is not None)


def test_signatures_as_printed():
    """Each signature is a record, jabatan as the block prints it; the camat signs a PK and its lampiran."""
    rep = gen(7, 2022)
    lines = rep.text.split("\n")
    for s in rep.truth.signatories:
        if s.nip is None:
            continue
        assert lines[s.source.line_no - 1] == s.name
        assert s.jabatan in lines[s.source.line_no - 4: s.source.line_no - 1], (s.context, s.jabatan)
    assert rep.truth.meta.signer_jabatan == "CAMAT SUKAMAJU"
    for year in (2022, 2023):
        first = [s for s in rep.truth.signatories if s.context == f"PK {year}" and s.role == "pihak_pertama"]
        assert len(first) == 2 and first[0].source.line_no < first[1].source.line_no
        assert len([s for s in rep.truth.signatories if s.context == f"PK {year}" and s.role == "pihak_kedua"]) == 1


_VARIANTS = {
    "default": {},
    "hierarchical": {"column_order": "realisasi_anggaran_persen", "section_wording": "alternative",
                     "numbering": "hierarchical", "program_upper": False},
    "digits_pagu_repeat": {"pagu": True, "numbering": "digits", "repeat_header": True, "pk_total": True},
}


@pytest.mark.parametrize(("seed", "tahun", "kec", "kab", "variant"), [
    (7, 2022, "Cibeureum", "Tasikmalaya", "default"),
    (31, 2021, "Tanah Merah", "Bangkalan", "hierarchical"),  # a kegiatan numbered 1.5 whose 1.5.x have no budget
    (19, 2023, "Wonosari", "Gunungkidul", "digits_pagu_repeat"),
])
def test_text_export_extracts_to_its_truth(tmp_path, seed, tahun, kec, kab, variant):
    """lkjip reads a consistent text export back to exactly its truth, with no error flag."""
    import sys

    from conftest import REPO

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.metrics import report_fields, score
    from lkjip import extract_report

    rep = generate_report(seed, instansi=f"Kecamatan {kec}", kabupaten=f"Kabupaten {kab}", tahun=tahun,
                          variant=_VARIANTS[variant])
    if variant == "hierarchical":
        assert any(b.level == "kegiatan" and b.anggaran == 0 and (b.nomor or "").count(".") == 1
                   for b in rep.truth.budget_table("Tabel 3.7"))
    path = tmp_path / "report.txt"
    path.write_text(rep.text, encoding="utf-8")
    got = extract_report(path)
    sc = score(report_fields(rep.truth), report_fields(got))
    assert sc.total.f1 == 1.0, [m.as_dict() for m in sc.mismatches[:10]]
    assert [f.message for f in got.flags if f.severity == "error"] == []
