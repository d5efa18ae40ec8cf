"""Document facts: signatures and NIPs, years on covers and PKs, references to tables and lampiran."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex as re

from lkjip.errors import NormalizeError
from lkjip.model import Flag, Reference, Report, Signatory
from lkjip.normalize.names import name_key, similarity
from lkjip.normalize.nip import format_nip, parse_nip
from lkjip.validate.engine import Ctx, misread_warning, rule, short

SAME_PERSON = 0.92
OTHER_PERSON = 0.60
#: a list-of-contents title is the title of a caption when this share of its words appear there
TITLE_MATCH = 0.6
#: a caption's title is claimed by another list entry when it scores at least this
TITLE_CLAIM = 0.8
_STOP = {"dan", "di", "ke", "dari", "yang", "untuk", "per", "pada", "dengan", "atau", "tahun", "ada", "the", "of"}
_CAPTION_STOP = re.compile(r"^\s*(di\s*atas|diatas|berikut|tersebut|menunjukkan|dibawah|di\s*bawah)\b", re.I)


# --- NIP ---------------------------------------------------------------------------------


def _person_key(name: str) -> str:
    return name_key(name.split(",")[0])


@dataclass
class SignedPerson:
    key: str
    name: str
    sigs: list[Signatory] = field(default_factory=list)
    uncertain: bool = False


def _people(sigs: list[Signatory]) -> list[SignedPerson]:
    people: list[SignedPerson] = []
    for s in sigs:
        k = _person_key(s.name)
        p = next((p for p in people if p.key == k), None)
        if p is None:
            p = next((p for p in people if similarity(p.key, k) >= SAME_PERSON), None)
            if p is not None:
                p.uncertain = True
        if p is None:
            p = SignedPerson(k, s.name)
            people.append(p)
        p.sigs.append(s)
    return people


def _nip_text(s: Signatory) -> str:
    return " ".join((s.nip_raw or format_nip(s.nip or "")).split())


def _places(ctx: Ctx, sigs: list[Signatory]) -> str:
    by_ctx: dict[str, list[int | None]] = {}
    for s in sigs:
        by_ctx.setdefault(s.context, []).append(s.source.line_no)
    return ", ".join(f"{c} {ctx.lines_span(ls)}".rstrip() for c, ls in by_ctx.items())


@rule("doc.nip_mismatch", "error", "one official signs with one NIP")
def nip_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The same person (name without degrees, fuzzy when not identical) signs everywhere with the
    same NIP. The NIP printed in the most sections (Kata Pengantar, each PK, lampiran) is expected;
    a tie goes to the NIP of the main signature (Kata Pengantar).
    Two clearly different names printed with one NIP are flagged too."""
    sigs = [s for s in report.signatories if s.nip]
    for person in _people(sigs):
        nips: dict[str, list[Signatory]] = {}
        for s in person.sigs:
            nips.setdefault(s.nip, []).append(s)
        if len(nips) < 2:
            continue
        signer = next((s.nip for s in person.sigs if s.context == "Kata Pengantar"), None)
        main = max(nips, key=lambda n: (len({s.context for s in nips[n]}), n == signer,
                                        -person.sigs.index(nips[n][0])))
        exp = _nip_text(nips[main][0])
        for nip, ss in nips.items():
            if nip == main:
                continue
            found = _nip_text(ss[0])
            flag = ctx.flag(
                f"{person.name} menandatangani dengan NIP {exp} di {_places(ctx, nips[main])}, tetapi dengan NIP "
                f"{found} di {_places(ctx, ss)}",
                f"{person.name} signs with NIP {exp} in {_places(ctx, nips[main])}, but with NIP {found} in "
                f"{_places(ctx, ss)}",
                expected=exp, found=found, source_table=ss[0].context, page=ss[0].source.page,
                line_no=ss[0].source.line_no,
                evidence=f"{_places(ctx, nips[main])}: {exp} vs {_places(ctx, ss)}: {found}",
                uncertain=person.uncertain)
            yield _misread_nips(ctx, flag, main, nip, [*nips[main], *ss])
    by_nip: dict[str, list[Signatory]] = {}
    for s in sigs:
        by_nip.setdefault(s.nip, []).append(s)
    for ss in by_nip.values():
        first = ss[0]
        others = [s for s in ss if similarity(_person_key(s.name), _person_key(first.name)) < OTHER_PERSON]
        if not others:
            continue
        o = others[0]
        # a name read with no jabatan under it may be any line above the NIP (a table's head a reader ran into the
        # signature block): a doubtful reading, not two people
        yield ctx.flag(
            f"NIP {_nip_text(first)} dipakai oleh {first.name} ({first.context}) dan {o.name} ({o.context})",
            f"NIP {_nip_text(first)} is used by {first.name} ({first.context}) and {o.name} ({o.context})",
            expected=first.name, found=o.name, source_table=o.context, page=o.source.page, line_no=o.source.line_no,
            evidence=f"{_places(ctx, [first])} vs {_places(ctx, [o])}",
            **({} if first.jabatan and o.jabatan else {"severity": "warning", "uncertain": True}))


@rule("doc.nip_invalid", "error", "a NIP's embedded birth date and TMT are possible")
def nip_invalid(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A NIP (18 digits: birth date yyyymmdd, TMT CPNS yyyymm, gender, sequence) decodes to a real
    birth date, a TMT between age 18 and 60 and not after the report (checked against the end of
    the year after the report year), and a gender digit 1 or 2 (:func:`lkjip.normalize.nip.parse_nip`).
    A NIP printed with the wrong number of digits is flagged too. One flag per distinct NIP."""
    today = dt.date(ctx.year + 1, 12, 31) if ctx.year else None
    seen: set[str] = set()
    for s in report.signatories:
        if not s.nip or s.nip in seen:
            continue
        seen.add(s.nip)
        try:
            nip = parse_nip(s.nip, today=today)
        except NormalizeError:
            continue
        if nip.valid:
            continue
        problems = "; ".join(nip.problems)
        yield _ocr_nip(ctx, ctx.flag(
            f"NIP {_nip_text(s)} ({s.name}) tidak mungkin: {problems}",
            f"NIP {_nip_text(s)} ({s.name}) is impossible: {problems}",
            expected=None, found=_nip_text(s), source_table=s.context, page=s.source.page, line_no=s.source.line_no,
            evidence=ctx.where(s.context, s.source.page, s.source.line_no, s.name)))
    for w in report.warnings:
        if w.code != "nip.unparseable" or (w.raw or "") in seen:
            continue
        seen.add(w.raw or "")
        yield _ocr_nip(ctx, ctx.flag(
            f"NIP {w.raw} tidak terdiri dari 18 angka", f"NIP {w.raw} does not have 18 digits",
            expected=None, found=w.raw, source_table=w.table, page=w.page, line_no=w.line_no,
            evidence=ctx.where(w.table, w.page, w.line_no)))


#: two NIPs of one person differing in at most this many digits, one of them read through OCR, are one NIP misread
NIP_MISREAD_DIGITS = 2
_NIP_OCR = ("NIP dibaca dari halaman hasil OCR, angkanya mungkin salah baca",
            "a NIP read through OCR, its digits may be misread")


def _ocr_nip(ctx: Ctx, flag: Flag) -> Flag:
    """A NIP flag from a page read through OCR is an uncertain warning: its digits may be misread."""
    return misread_warning(ctx, flag, *_NIP_OCR, table=False) if flag.page in ctx.report.ocr_pages else flag


def _misread_nips(ctx: Ctx, flag: Flag, a: str, b: str, sigs: list[Signatory]) -> Flag:
    """One person's two NIPs differing in a digit or two, one of them printed on a page read through OCR: more
    likely a digit misread than two NIPs (an uncertain warning); else ``flag`` as it is."""
    ocr = set(ctx.report.ocr_pages)
    differ = sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
    if differ > NIP_MISREAD_DIGITS or not any(s.source.page in ocr for s in sigs):
        return flag
    why = (f"{_NIP_OCR[0]} ({differ} angka berbeda)", f"{_NIP_OCR[1]} ({differ} digits differ)")
    return misread_warning(ctx, flag, *why, table=False)


# --- years -------------------------------------------------------------------------------


@rule("doc.year_mismatch", "error", "years on lampiran covers and PKs fit the report year")
def year_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The year printed on a lampiran cover is the report year; a PK (heading or table) is for the
    report year or the year after (the next year's PK is often attached)."""
    year = ctx.year
    if year is None:
        return
    seen: set[int] = set()
    for m in report.year_mentions:
        if m.context == "Sampul lampiran":
            ok, exp = m.tahun == year, str(year)
        else:
            ok, exp = m.tahun in (year, year + 1), ctx.t(f"{year} atau {year + 1}", f"{year} or {year + 1}")
            seen.add(m.tahun)
        if ok:
            continue
        yield ctx.flag(
            f"{m.context} bertahun {m.tahun} (\"{short(m.raw)}\") dalam laporan tahun {year}",
            f"{m.context} says {m.tahun} (\"{short(m.raw)}\") in a report for {year}",
            expected=exp, found=m.raw, source_table=m.context, page=m.source.page, line_no=m.source.line_no,
            evidence=ctx.where(m.context, m.source.page, m.source.line_no))
    for pk in report.pks:
        if pk.tahun is None or pk.tahun in (year, year + 1) or pk.tahun in seen:
            continue
        src = (pk.targets or pk.budgets or [None])[0]
        page, line = (src.source.page, src.source.line_no) if src is not None else (None, None)
        yield ctx.flag(
            f"{pk.label} bertahun {pk.tahun} dalam laporan tahun {year}",
            f"{pk.label} is for {pk.tahun} in a report for {year}",
            expected=ctx.t(f"{year} atau {year + 1}", f"{year} or {year + 1}"), found=str(pk.tahun),
            source_table=pk.label, page=page, line_no=line, evidence=ctx.where(pk.label, page, line))


# --- references ----------------------------------------------------------------------------


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", (text or "").casefold()) if w not in _STOP and len(w) > 1}


def _containment(a: str | None, b: str | None) -> float:
    """How far one title is contained in the other (0..1, the larger direction)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    return max(common / len(wa), common / len(wb))


def _share_in(title: str | None, sentence: str) -> float:
    """The share of a title's words that appear in a sentence."""
    wt = _words(title)
    return len(wt & _words(sentence)) / len(wt) if wt else 0.0


def _label_num(label: str) -> str:
    return label.split(" ", 1)[1] if " " in label else label


def _caption_title(r: Reference) -> str | None:
    """The title of a caption line (``"Tabel 2.1 Tujuan …"``), None for a mention inside a sentence."""
    m = re.match(rf"^\s*{r.kind}\s*[-–]?\s*{re.escape(_label_num(r.label))}\b\.?\s*(.*)$", r.raw, re.I | re.S)
    if not m or len(r.raw) > 250:
        return None
    rest = m.group(1).strip()
    if not rest or _CAPTION_STOP.match(rest):
        return None
    return rest


def _kind_word(ctx: Ctx, kind: str) -> str:
    return {"tabel": ctx.t("Daftar Tabel", "list of tables"), "lampiran": ctx.t("Daftar Lampiran", "list of annexes"),
            "gambar": ctx.t("Daftar Gambar", "list of figures")}[kind]


def _ref_flag(ctx: Ctx, r: Reference, id_text: str, en_text: str, *, expected, found, evidence, severity=None,
              uncertain=False) -> Flag:
    return ctx.flag(id_text, en_text, severity=severity, expected=expected, found=found, source_table=None,
                    page=r.source.page, line_no=r.source.line_no, evidence=evidence, uncertain=uncertain)


def _uncaptioned(ctx: Ctx, report: Report, r: Reference, flag: Flag) -> Flag:
    """A table or lampiran the text refers to, not found while tables read through OCR were found without their
    caption ("Tabel tanpa judul"): one of them may be it, its caption misread or lost. An uncertain warning."""
    ocr = set(report.ocr_pages)
    nameless = [t for t in report.tables_found if "caption" not in t.found_by and t.page in ocr]
    if r.kind == "gambar" or not nameless:
        return flag
    return misread_warning(ctx, flag, f"{len(nameless)} tabel hasil OCR tanpa judul terbaca, {r.label} mungkin "
                                      "salah satunya", f"{len(nameless)} tables read through OCR with no caption "
                                      f"read, {r.label} may be one of them", table=False)


def _untitled_entry(ctx: Ctx, r: Reference, flag: Flag) -> Flag:
    """The list holds the text's own entry with no title: a list always titles its entries, so a reader lost or
    moved it (labels of a narrow list column run together, "Lampiran 1 Lampiran 2 | Perjanjian …", leave the
    title after the second label). Which title is whose is not known: an uncertain warning."""
    return misread_warning(ctx, flag, f"judul {r.label} di {_kind_word(ctx, r.kind)} tidak terbaca",
                           f"the {_kind_word(ctx, r.kind)} title of {r.label} was not read", table=False)


@rule("doc.reference", "error", "references point to a table / lampiran that exists, and to the right one")
def reference(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A Tabel / Lampiran / Gambar mentioned in the text exists (in its list of contents, as a
    caption, or as a table found), and a sentence that says what a Lampiran holds ("Rincian
    anggaran … ada di Lampiran-N") names the Lampiran whose listed title it describes.
    A caption whose title the list of contents gives to another number, or that the list does not
    hold while another entry has its title, is a warning (uncertain: titles are matched by words)."""
    daftar: dict[str, list[Reference]] = {}
    for r in report.references:
        if r.context == "daftar":
            daftar.setdefault(r.kind, []).append(r)
    captions = [(r, t) for r in report.references if r.context == "text" and (t := _caption_title(r))]
    caption_labels = {(r.kind, r.label) for r, _ in captions}
    found_tables = {t.label for t in report.tables_found}
    for r in report.references:
        if r.context != "text" or _caption_title(r):
            continue
        listed = daftar.get(r.kind, [])
        known = {d.label for d in listed} | {lab for k, lab in caption_labels if k == r.kind}
        if r.kind == "tabel":
            known |= found_tables
        if not listed and not any(k == r.kind for k, _ in caption_labels):
            continue
        here = ctx.where(ctx.t("teks", "text"), r.source.page, r.source.line_no)
        if r.label not in known:
            yield _uncaptioned(ctx, report, r, _ref_flag(
                ctx, r, f"Teks merujuk {r.label}, yang tidak ada", f"The text refers to {r.label}, which does not exist",
                expected=None, found=r.label, evidence=f"{here}: \"{short(r.raw, 80)}\" vs {_kind_word(ctx, r.kind)}"))
            continue
        if r.kind != "lampiran" or not listed:
            continue
        sentence = re.sub(rf"{r.kind}\s*[-–]?\s*{re.escape(_label_num(r.label))}", " ", r.raw, flags=re.I)
        scores = [(_share_in(d.title, sentence), d) for d in listed]
        own = max((s for s, d in scores if d.label == r.label), default=0.0)
        best_s, best = max(scores, key=lambda x: x[0])
        if best.label != r.label and best_s >= TITLE_MATCH and own < best_s - 0.3:
            own_title = next((d.title for d in listed if d.label == r.label), None)
            flag = _ref_flag(
                ctx, r,
                f"Teks menyebut \"{short(r.raw, 60)}\", tetapi menurut {_kind_word(ctx, r.kind)} {r.label} adalah "
                f"\"{short(own_title or '')}\" dan \"{short(best.title or '')}\" adalah {best.label}",
                f"The text says \"{short(r.raw, 60)}\", but the {_kind_word(ctx, r.kind)} gives {r.label} as "
                f"\"{short(own_title or '')}\" and \"{short(best.title or '')}\" as {best.label}",
                expected=best.label, found=r.label,
                evidence=f"{here} vs {ctx.where(_kind_word(ctx, r.kind), best.source.page, best.source.line_no)}")
            yield flag if own_title else _untitled_entry(ctx, r, flag)
    for r, title in captions:
        listed = daftar.get(r.kind, [])
        if not listed:
            continue
        own = max((_containment(title, d.title) for d in listed if d.label == r.label), default=None)
        if own is not None and own >= TITLE_MATCH:
            continue
        others = [(_containment(title, d.title), d) for d in listed if d.label != r.label]
        best_s, best = max(others, key=lambda x: x[0], default=(0.0, None))
        if best is None or best_s < TITLE_CLAIM:
            continue
        here = ctx.where(ctx.t("teks", "text"), r.source.page, r.source.line_no, f"{r.label} {title}")
        there = ctx.where(_kind_word(ctx, r.kind), best.source.page, best.source.line_no, f"{best.label} {best.title}")
        yield _ref_flag(
            ctx, r,
            f"Judul {r.label} \"{short(title)}\" tercantum sebagai {best.label} di {_kind_word(ctx, r.kind)}",
            f"The title of {r.label} \"{short(title)}\" is listed as {best.label} in the {_kind_word(ctx, r.kind)}",
            severity="warning", expected=r.label, found=best.label, evidence=f"{here} vs {there}", uncertain=True)


@rule("doc.duplicate_label", "warning", "a list of contents does not number two entries alike")
def duplicate_label(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The Daftar Tabel / Gambar / Lampiran gives each number once (two entries "Tabel 2.3" with
    different titles mean the numbering is off)."""
    seen: dict[tuple[str, str], Reference] = {}
    for r in report.references:
        if r.context != "daftar":
            continue
        first = seen.setdefault((r.kind, r.label), r)
        if first is r:
            continue
        a = ctx.where(_kind_word(ctx, r.kind), first.source.page, first.source.line_no, first.title)
        b = ctx.where(_kind_word(ctx, r.kind), r.source.page, r.source.line_no, r.title)
        yield ctx.flag(
            f"{_kind_word(ctx, r.kind)} memuat {r.label} dua kali: \"{short(first.title or '')}\" dan "
            f"\"{short(r.title or '')}\"",
            f"The {_kind_word(ctx, r.kind)} lists {r.label} twice: \"{short(first.title or '')}\" and "
            f"\"{short(r.title or '')}\"",
            expected=None, found=r.label, source_table=_kind_word(ctx, r.kind), page=r.source.page,
            line_no=r.source.line_no, evidence=f"{a} vs {b}")
