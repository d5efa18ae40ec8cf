"""Facts recall on the real documents of ``../shared/real``: ``python -m bench.real_facts [--json OUT]``.

Every document of the folder is batched together (so cross-document checks see their neighbours) and
scored on three things:

* **identity** — ``document_type``, ``instansi`` and ``tahun`` against :data:`IDENTITY` (all 16 documents);
* **facts** — every fact of ``FACTS.json`` (what a careful reader found, as printed), looked up in the
  dataset rows of its report: a fact is recalled when one row carries a name matching the fact's label
  and every amount, percent or target the fact gives, exactly (counts: the number of rows);
* **contradictions** — every contradiction FACTS.json lists is recalled when a flag or parse warning of
  that document shows its evidence (:data:`CONTRADICTION_EVIDENCE`: strings any of which the flag's
  message, expected, found or evidence must contain).

The expected values are parsed here with a deliberately simple reader of printed numbers, independent of
``lkjip.normalize``, so the measurement does not share the extractor's mistakes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lkjip.normalize import name_key, similarity

ROOT = Path(__file__).resolve().parents[1]
#: the real documents: $LKJIP_SHARED/real (as tests/conftest.py), else ../shared/real beside the checkout
REAL = Path(os.environ.get("LKJIP_SHARED", ROOT.parent / "shared")) / "real"
LABEL_MATCH = 0.80

#: what each document is: (document_type, instansi as the document names it, tahun)
IDENTITY: dict[str, tuple[str, str, int]] = {
    "jabar_BPMPD_LKIP2016_full.pdf": ("lkjip", "Badan Pemberdayaan Masyarakat dan Pemerintahan Desa", 2016),
    "jabar_DinasKUMKM_LKIP2016_Lampiran3_PK.pdf": ("pk", "Dinas Koperasi dan Usaha Mikro Kecil dan Menengah", 2016),
    "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf": ("pk", "Inspektorat", 2016),
    "tangsel_Evaluasi_Renja_TW_I-IV_2023_Kec_Ciputat_Pamulang.pdf": ("evaluasi_renja", "Kecamatan Ciputat", 2023),
    "wonogiri_PK_Camat_Jatisrono_2019_scan.pdf": ("pk", "Kecamatan Jatisrono", 2019),
    "wonogiri_Renstra_Kec_Batuwarno_2016-2021.pdf": ("renstra", "Kecamatan Batuwarno", 2016),
    "sulut_Diskominfo_PK_2021_scan.pdf": (
        "pk", "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah", 2021),
    "sulut_Diskominfo_PK_2021_Pengukuran_2020.pdf": (
        "pk", "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah", 2021),
    "sulut_Diskominfo_LRA_2021.pdf": ("lra", "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah", 2021),
    # the DPPA itself prints the office without "Daerah" ("Organisasi : 2.16… DINAS KOMUNIKASI, INFORMATIKA,
    # PERSANDIAN DAN STATISTIK", its footer and its signature alike): expected as printed
    "sulut_Diskominfo_DPPA_Rekap_2021.pdf": (
        "dpa_perubahan", "Dinas Komunikasi, Informatika, Persandian dan Statistik", 2021),
    "kediri_Bappeda_PK_2018_scan.pdf": ("pk", "Badan Perencanaan Pembangunan Daerah", 2018),
    "cianjur_DKP_LAKIP_2015.pdf": ("lkjip", "Dinas Kebersihan dan Pertamanan", 2015),
    "banyuwangi_Kec_Muncar_Renstra_2025-2029.pdf": ("renstra", "Kecamatan Muncar", 2025),
    "jabar_Dinkes_PK_2017.docx": ("pk", "Dinas Kesehatan", 2017),
    "wonogiri_IKU_Kec_Batuwarno_2019.pdf": ("iku", "Kecamatan Batuwarno", 2019),
    "wonogiri_Renja_Kec_Ngadirojo_2019.pdf": ("renja", "Kecamatan Ngadirojo", 2019),
}

#: per document, one entry per FACTS.json contradiction (same order): strings any of which a flag shows
CONTRADICTION_EVIDENCE: dict[str, list[tuple[str, ...]]] = {
    "sulut_Diskominfo_PK_2021_scan.pdf": [("sulut_Diskominfo_PK_2021_Pengukuran_2020.pdf",)],
    "sulut_Diskominfo_PK_2021_Pengukuran_2020.pdf": [("sulut_Diskominfo_PK_2021_scan.pdf",)],
    "sulut_Diskominfo_LRA_2021.pdf": [("2021-01-01", "1 Januari 2021")],
    "cianjur_DKP_LAKIP_2015.pdf": [
        ("6.418.400.500", "6418400500", "1.439.351.000", "1439351000"),
        ("133.825.00,00",),
        ("10.924024.550", "549.481.005.00", "650.290.147.50", "2.807.870.000.00"),
        ("3.564.173.500", "3564173500"),
    ],
    "banyuwangi_Kec_Muncar_Renstra_2025-2029.pdf": [
        ("Tabel 4.4", "Tabel 3.1"),
        ("120.13", "120,13", "90.10", "90,10"),
        ("2030",),
    ],
}


# ---------------------------------------------------------------- expected values, read independently
def printed_number(raw: str) -> Decimal | None:
    """A printed amount, percent or count → Decimal; None when it holds no number."""
    s = raw.replace("Rp", "").replace("%", "").strip(" .:")
    s = re.sub(r"[,.]-$", "", s)
    neg = s.startswith("(") and s.endswith(")")
    s = re.sub(r"(?<=[\d.,])\s+(?=[\d.,])", "", s.strip("() "))
    m = re.search(r"\d[\d.,]*", s)
    if not m:
        return None
    num = m.group(0).rstrip(".,")
    value = _separators(num)
    return -value if (neg and value is not None) else value


def _separators(num: str) -> Decimal | None:
    if "." in num and "," in num:
        dec = "." if num.rfind(".") > num.rfind(",") else ","
        thousands = "," if dec == "." else "."
        num = num.replace(thousands, "").replace(dec, ".")
    elif "," in num:
        num = num.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", num) else num.replace(",", ".")
    elif re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+", num):
        num = num.replace(".", "")
    try:
        return Decimal(num)
    except InvalidOperation:
        return None


# ---------------------------------------------------------------- the dataset rows of each report
@dataclass
class Dataset:
    reports: dict[str, dict]                              # source_file → reports row
    rows: dict[str, list[tuple[str, dict]]]               # report_id → (table, row)
    flags: dict[str, list[dict]]                          # report_id → flags and parse warnings


def batch(files: list[Path], lkjip: str) -> Dataset:
    with tempfile.TemporaryDirectory(prefix="real-facts-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for f in files:
            (src / f.name).symlink_to(f)
        res = subprocess.run([lkjip, "batch", str(src), "--out", str(Path(tmp) / "out"), "--quiet"],
                             capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"lkjip batch failed ({res.returncode}): {res.stderr.strip()}")
        return load(Path(tmp) / "out" / "lkjip.sqlite")


def load(db: Path) -> Dataset:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        reports = {r["source_file"]: dict(r) for r in conn.execute("SELECT * FROM reports")}
        rows: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        flags: dict[str, list[dict]] = defaultdict(list)
        for t in tables:
            cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')]
            if t in ("reports", "files") or "report_id" not in cols:
                continue
            for r in conn.execute(f'SELECT * FROM "{t}"'):
                (flags if t in ("flags", "parse_warnings") else rows)[r["report_id"]].append(
                    dict(r) if t in ("flags", "parse_warnings") else (t, dict(r)))
        return Dataset(reports, rows, flags)
    finally:
        conn.close()


def _texts(row: dict) -> list[str]:
    """A row's label texts; a claim's only label is its sentence (``raw``), other rows' raw cells hold values."""
    skip = ("report_id",) if row.get("kind") and "value" in row and "raw" in row else ("report_id", "raw")
    return [v for k, v in row.items() if isinstance(v, str) and k not in skip and len(v) > 1]


def _numbers(row: dict) -> set[Decimal]:
    out = set()
    for k, v in row.items():
        if k in ("report_id", "page", "source_line", "line_no", "parent_line_no", "row_no") or v is None:
            continue
        if isinstance(v, bool):
            continue
        try:
            out.add(Decimal(str(v)).normalize())
        except InvalidOperation:
            continue
    return out


_CODE = re.compile(r"^(?:[0-9IVXLC]+[.)]?\s+|[\d.]+\s+)+")
_YEAR_SUFFIX = re.compile(r"\s+(20\d\d)$")


def label_matches(label: str, row: dict) -> bool:
    joined = name_key(" ".join(_texts(row)))
    parts = [k for p in _CODE.sub("", label).split("...") if (k := name_key(p))]  # "APBD Dinas ... Tahun": elided
    if parts and _in_order(parts, joined):
        return True
    return any(similarity(_CODE.sub("", label), t) >= LABEL_MATCH for t in _texts(row))


def _in_order(parts: list[str], text: str) -> bool:
    at = 0
    for p in parts:
        at = text.find(p, at)
        if at < 0:
            return False
        at += len(p)
    return True


# ---------------------------------------------------------------- one fact
_VALUE_FIELDS = ("value", "anggaran", "realisasi", "persen", "target", "capaian", "sebelum", "sesudah",
                 "bertambah", "rasio", "pagu")


def expected_values(fact: dict) -> set[Decimal]:
    vals = set()
    for k in _VALUE_FIELDS:
        if isinstance(fact.get(k), str):
            v = printed_number(fact[k])
            if v is not None:
                vals.add(v.normalize())
    return vals


def _year_ok(row: dict, year: str | None) -> bool:
    return year is None or str(row.get("tahun")) == year or year in " ".join(_texts(row))


def fact_found(fact: dict, rows: list[tuple[str, dict]]) -> bool:
    kind = fact["kind"]
    if kind in ("pk_indicator_count", "program_count"):
        return _count_found(fact, rows)
    if kind == "date":
        year = re.search(r"20\d\d", fact["value"]).group(0)
        return any(str(r.get("date") or "").startswith(year) for t, r in rows if t == "signatories")
    if kind == "iku_target":
        return all(_row_found(fact["label"], {printed_number(v).normalize()}, rows, y)
                   for y, v in fact["targets"].items())
    label = fact.get("label", "")
    m = _YEAR_SUFFIX.search(label)
    year = m.group(1) if m else None
    label = _YEAR_SUFFIX.sub("", label) if m else label
    return _row_found(label, expected_values(fact), rows, year)


def _row_found(label: str, values: set[Decimal], rows: list[tuple[str, dict]], year: str | None) -> bool:
    return any(values <= _numbers(r) and _year_ok(r, year) and label_matches(label, r) for _, r in rows)


def _count_found(fact: dict, rows: list[tuple[str, dict]]) -> bool:
    n = [int(x) for x in re.findall(r"\d+", fact["value"])]
    if fact["kind"] == "pk_indicator_count":
        targets = [r for t, r in rows if t == "pk_targets"]
        by_year: dict = defaultdict(list)
        for r in targets:
            by_year[r.get("pk_tahun")].append(r)
        return any(len(ts) == n[0] and len({r.get("sasaran") for r in ts}) == n[1] for ts in by_year.values())
    programs = defaultdict(int)
    for t, r in rows:
        if (t == "budget_lines" and r.get("level") == "program") or (t == "pk_budgets" and not r.get("is_total")):
            programs[(t, r.get("source_table"), r.get("tahun"))] += 1
    return n[0] in programs.values()


# ---------------------------------------------------------------- scoring
@dataclass
class DocScore:
    file: str
    identity: dict = field(default_factory=dict)
    facts: list[dict] = field(default_factory=list)
    contradictions: list[dict] = field(default_factory=list)


def _flag_text(f: dict) -> str:
    return " ".join(str(f.get(k) or "") for k in ("message", "expected", "found", "evidence", "raw"))


def score_doc(name: str, facts: dict | None, data: Dataset) -> DocScore:
    rep = data.reports.get(name, {})
    rid = rep.get("report_id")
    want = IDENTITY[name]
    got = (rep.get("document_type"), rep.get("instansi"), rep.get("tahun"))
    ds = DocScore(name, {"expected": want, "got": got, "ok": [want[0] == got[0],
                                                               bool(got[1]) and want[1] in (got[1] or ""),
                                                               want[2] == got[2]]})
    rows = data.rows.get(rid, [])
    for f in (facts or {}).get("facts", []):
        ds.facts.append({"kind": f["kind"], "label": f.get("label") or f.get("value"), "found": fact_found(f, rows)})
    texts = [_flag_text(f) for f in data.flags.get(rid, [])]
    for c, tokens in zip((facts or {}).get("contradictions", []), CONTRADICTION_EVIDENCE.get(name, []),
                         strict=False):
        ds.contradictions.append({"what": c["what"], "found": any(t in x for x in texts for t in tokens)})
    return ds


def run(lkjip: str) -> list[DocScore]:
    facts = {d["file"]: d for d in json.loads((REAL / "FACTS.json").read_text(encoding="utf-8"))}
    files = sorted(REAL / n for n in IDENTITY if (REAL / n).exists())
    data = batch(files, lkjip)
    return [score_doc(f.name, facts.get(f.name), data) for f in files]


def summary(scores: list[DocScore]) -> dict:
    facts = [f for s in scores for f in s.facts]
    cons = [c for s in scores for c in s.contradictions]
    return {
        "documents": len(scores),
        "identity_ok": sum(all(s.identity["ok"]) for s in scores),
        "facts": len(facts), "facts_found": sum(f["found"] for f in facts),
        "contradictions": len(cons), "contradictions_found": sum(c["found"] for c in cons),
    }


def print_table(scores: list[DocScore]) -> None:
    print(f"{'document':58} {'type/instansi/tahun':22} {'facts':>7} {'contradictions':>14}")
    for s in scores:
        ok = "".join("✓" if x else "✗" for x in s.identity["ok"])
        nf, ff = len(s.facts), sum(f["found"] for f in s.facts)
        nc, fc = len(s.contradictions), sum(c["found"] for c in s.contradictions)
        print(f"{s.file[:58]:58} {ok:22} {f'{ff}/{nf}':>7} {f'{fc}/{nc}':>14}")
    t = summary(scores)
    rec = t["facts_found"] / t["facts"] if t["facts"] else 0
    print(f"identity {t['identity_ok']}/{t['documents']}; facts {t['facts_found']}/{t['facts']} ({rec:.1%}); "
          f"contradictions {t['contradictions_found']}/{t['contradictions']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the scores as JSON")
    ap.add_argument("--lkjip", default=str(Path(sys.executable).with_name("lkjip")))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every fact and contradiction missed")
    args = ap.parse_args(argv)
    if not (REAL / "FACTS.json").exists():
        sys.exit(f"{REAL} is absent")
    scores = run(args.lkjip)
    print_table(scores)
    if args.verbose:
        for s in scores:
            for f in s.facts + s.contradictions:
                if not f["found"]:
                    print(f"  missed {s.file}: {f.get('kind', 'contradiction')} {f.get('label') or f.get('what')}")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary(scores), "documents": [asdict(s) for s in scores]},
                                        indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
