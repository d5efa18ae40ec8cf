"""A random style space: each rendering draws, from a seed, one value on every named dimension.

A :class:`Draw` holds the values; ``draw(seed)`` makes one (the same seed, the same draw), ``covering(n)``
makes ``n`` draws in which every value of every dimension appears (the fixed test subset). The dimensions
(:data:`DIMENSIONS`):

- ``content``: the seed report (its text export read by ``read_text``), a generated consistent report,
  or a generated report with one injected contradiction (``synth.inject``);
- ``rules``: the rule set (:mod:`lkjip.synth.rules`);
- ``split``: one table with a repeating header row, separate parts each repeating the header, separate
  parts without it, a page break inside a row; ``split_gap``: an empty paragraph or a page break;
- ``font`` (serif, sans, condensed, monospace) and ``size`` (7–12 pt);
- ``widths``, ``align``, ``running`` (:mod:`lkjip.synth.layout`); ``orientation``: portrait, landscape,
  landscape sections for wide tables; ``merges``: none, header spans, header spans and names merged down;
- ``numbering`` of budget rows, ``money`` printing and ``caption`` placement (these change the text);
- ``producer``: LibreOffice (from the DOCX) or Chromium (from an HTML rendering);
- ``scan``: for a share of draws, a scan (150–300 dpi, skew up to ±1.5°, noise, JPEG quality).

**The truth says what the draw prints.** :func:`apply` rewrites the Document and its truth together:

- ``numbering``: every numbered row of a budget table (program, kegiatan, sub kegiatan) is renumbered in
  the drawn style (``1.``, ``1)``, ``a.``, ``I.`` per level, counters restarting under each parent; ``1.1.2``
  hierarchical); the truth's ``nomor`` is the printed number. ``as_printed`` keeps the report's own.
- ``caption``: ``above`` keeps it; ``below`` moves the caption paragraph under its table (the label is
  unchanged); ``roman`` prints ``Tabel III.7`` (caption and list of tables) and the truth's table label is
  ``Tabel III.7``; ``missing`` drops the caption and the truth's label is the name lkjip's table finder
  gives an uncaptioned table at that place (``Tabel tanpa judul N``, or its title line above it).
- ``money``: amounts of budget tables print as ``1.234.567``, ``Rp. 1.234.567``, ``1.234.567,-``,
  ``1.234.567,00`` or ``Rp    1.234.567``; the numbers are the same, so the truth's amounts are too
  (their printed ``*_text`` twins are not scored).
- ``split``: a split table is still one table in the truth (one label, rows in order).
- ``rules``: ``side_bars_shaded`` also prints "SKPD : …" / "Tahun Anggaran : …" just over its PK and budget
  tables and "Jumlah Anggaran : …" (the table's total as printed) just under its budget tables, as the real
  report that style comes from: running text, no recorded field.
- Everything else (rules, fonts, widths, orientation, alignment, merges, running header and footer,
  producer, scan) changes no recorded field.
"""

from __future__ import annotations

import random
import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from lkjip.synth.render import RenderStyle
from lkjip.synth.rules import RULE_SETS

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "content": ("seed", "generated", "generated_contradiction"),
    "rules": RULE_SETS,
    "split": ("one_repeating", "parts_with_header", "parts_without_header", "break_in_row"),
    "split_gap": ("paragraph", "page_break"),
    "font": ("serif", "sans", "condensed", "mono"),
    "size": ("7", "8", "9", "10", "11", "12"),
    "widths": ("fit", "narrow_names", "narrow_amounts"),
    "orientation": ("portrait", "landscape", "wide_tables"),
    "align": ("numbers_right", "left", "center", "right", "justify"),
    "merges": ("none", "header_spans", "header_and_names"),
    "numbering": ("as_printed", "1.", "1)", "a.", "I.", "1.1.2"),
    "money": ("as_printed", "plain", "rp", "dash", "dec", "rp_spaces"),
    "caption": ("above", "below", "missing", "roman"),
    "running": ("none", "header", "footer", "both"),
    "producer": ("libreoffice", "chromium"),
}

FONTS = {"serif": "Liberation Serif", "sans": "Liberation Sans", "condensed": "DejaVu Sans Condensed",
         "mono": "Liberation Mono"}
SCAN_SHARE = 0.1


class Scan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    dpi: int = 200
    skew: float = 0.0  # degrees
    noise: bool = True
    quality: int = 60  # JPEG


class Draw(BaseModel):
    """One value on every dimension, and the seed it was drawn from (which also seeds the content)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seed: int
    content: str = "generated"
    rules: str = "bordered"
    split: str = "one_repeating"
    split_gap: str = "paragraph"
    font: str = "serif"
    size: str = "10"
    widths: str = "fit"
    orientation: str = "portrait"
    align: str = "numbers_right"
    merges: str = "header_spans"
    numbering: str = "as_printed"
    money: str = "as_printed"
    caption: str = "above"
    running: str = "none"
    producer: str = "libreoffice"
    scan: Scan | None = None
    content_seed: int | None = None  # the generated report's seed, when not ``seed``

    @property
    def name(self) -> str:
        return f"draw-{self.seed:05d}"

    def values(self) -> dict[str, str]:
        """Dimension -> value (the scan as "scan"/"no scan")."""
        return {d: getattr(self, d) for d in DIMENSIONS}


def _scan(rng: random.Random) -> Scan:
    return Scan(dpi=rng.choice((150, 200, 250, 300)), skew=round(rng.uniform(-1.5, 1.5), 2),
                noise=rng.random() < 0.8, quality=rng.choice((40, 55, 70, 85)))


def draw(seed: int, *, scan_share: float = SCAN_SHARE) -> Draw:
    """The draw of ``seed``: every value uniformly, a scan for ``scan_share`` of the seeds."""
    rng = random.Random(f"lkjip-draw:{seed}")
    values = {d: rng.choice(vals) for d, vals in DIMENSIONS.items()}
    scan = _scan(rng) if rng.random() < scan_share else None
    return Draw(seed=seed, scan=scan, **values)


def covering(n: int = 24, *, base_seed: int = 9000) -> list[Draw]:
    """``n`` draws in which every value of every dimension appears at least once (``n`` ≥ the largest
    dimension): each dimension's column is a run of shuffled rounds of its values, shuffled apart from the
    other dimensions' so that no two dimensions move together."""
    if n < max(map(len, DIMENSIONS.values())):
        raise ValueError(f"{n} draws cannot cover dimensions of up to {max(map(len, DIMENSIONS.values()))} values")
    columns = {}
    for d, vals in DIMENSIONS.items():
        rng = random.Random(f"lkjip-cover:{base_seed}:{d}")
        col: list[str] = []
        while len(col) < n:
            round_ = list(vals)
            rng.shuffle(round_)
            col += round_
        columns[d] = col[:n]
    return [Draw(seed=base_seed + i, **{d: c[i] for d, c in columns.items()}) for i in range(n)]


def one_factor(base: Draw | None = None, *, seed: int = 8000) -> list[Draw]:
    """``base`` (default: the plain draw — full grid, one table, serif 10 pt, the report's own numbering,
    money and captions, LibreOffice) and, for every other value of every dimension but ``content``, a copy
    of ``base`` changed in that one value: what each value costs on its own."""
    base = base or Draw(seed=seed)
    out = [base]
    for dim, values in DIMENSIONS.items():
        if dim == "content":
            continue
        out += [base.model_copy(update={dim: v, "seed": base.seed + len(out) + k,
                                        "content_seed": base.content_seed or base.seed})
                for k, v in enumerate(x for x in values if x != getattr(base, dim))]
    return out


def render_style(d: Draw, title: str = "") -> RenderStyle:
    """The :class:`RenderStyle` of a draw (DOCX, LibreOffice and Chromium read the same one)."""
    size = float(d.size)
    split = "none" if d.split == "one_repeating" else d.split
    return RenderStyle(
        name=d.name, borders=d.rules, font=FONTS[d.font], size=size, table_size=max(6.5, size - 1),
        landscape={"portrait": "none", "landscape": "all", "wide_tables": "wide_tables"}[d.orientation],
        repeat_header=d.split == "one_repeating", split=split, split_gap=d.split_gap,
        split_parts=2 + d.seed % 2, widths=d.widths, align=d.align,
        merge_header_cells=d.merges != "none", merge_names=d.merges == "header_and_names",
        running=d.running, running_title=title, margin_cm=1.5 if size <= 8 else 2.0,
    )


# --- money ------------------------------------------------------------------------------------------------------

_AMOUNT = re.compile(r"^(?:Rp\.?\s*\.?\s*)?(\d{1,3}(?:\.\d{3})+)(?:,(\d{2})|,-)?$")


def print_money(cell: str, style: str) -> str:
    """``cell`` (an amount with thousands separators) in money ``style``; other cells unchanged."""
    m = _AMOUNT.match(cell.strip())
    if style == "as_printed" or not m:
        return cell
    digits, cents = m.group(1), m.group(2)
    if cents and cents != "00":
        return {"rp": f"Rp. {digits},{cents}", "rp_spaces": f"Rp    {digits},{cents}"}.get(style, f"{digits},{cents}")
    return {"plain": digits, "rp": f"Rp. {digits}", "dash": f"{digits},-", "dec": f"{digits},00",
            "rp_spaces": f"Rp    {digits}"}[style]


# --- numbering --------------------------------------------------------------------------------------------------

NUMBER = re.compile(r"^\(?([A-Za-z]|\d{1,3}|[IVXLivxl]{1,6}|\d+(?:\.\d+)+)[.)]?$")
LEVELS = ("program", "kegiatan", "sub_kegiatan")


def roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _letters(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def number_text(path: list[int], style: str) -> str:
    """The printed number of a row at hierarchy ``path`` (counters from the program down) in ``style``."""
    n = path[-1]
    if style == "1.1.2":
        return ".".join(map(str, path))
    return {"1.": f"{n}.", "1)": f"{n})", "a.": f"{_letters(n)}.", "I.": f"{roman(n)}."}[style]


def renumber(levels: list[str], style: str) -> list[str]:
    """Printed numbers of rows at ``levels`` (program / kegiatan / sub_kegiatan), counters restarting
    under each parent."""
    counters = [0, 0, 0]
    out = []
    for lv in levels:
        depth = LEVELS.index(lv)
        counters[depth] += 1
        counters[depth + 1:] = [0] * (2 - depth)
        path = [max(c, 1) for c in counters[:depth + 1]]
        out.append(number_text(path, style))
    return out


# --- captions ---------------------------------------------------------------------------------------------------

_CAPTION = re.compile(r"^(\s*(?:Tabel|Table)\s+)(\d+)(\s*\.\s*)(\d+)", re.IGNORECASE)


def roman_caption(text: str) -> str:
    """"Tabel 3.7 …" -> "Tabel III.7 …" (the chapter number in Roman numerals)."""
    return _CAPTION.sub(lambda m: f"{m.group(1)}{roman(int(m.group(2)))}{m.group(3)}{m.group(4)}", text, count=1)


def caption_label(text: str) -> str | None:
    """"Tabel 3.7" of a caption line "Tabel 3.7 …" (Arabic numbers only), else None."""
    m = _CAPTION.match(text)
    return f"Tabel {m.group(2)}.{m.group(4)}" if m else None


def roman_label(label: str) -> str:
    """"Tabel 3.7" -> "Tabel III.7"."""
    return roman_caption(label)


def relabel_truth(truth: Any, mapping: dict[str, str]) -> Any:
    """The truth with table labels renamed (``source_table`` and ``source.table`` of every record)."""
    if not mapping:
        return truth
    update = {}
    for name in ("permasalahan", "cascading", "renstra_targets", "performance", "budget_lines"):
        recs = []
        for r in getattr(truth, name):
            upd = {}
            if getattr(r, "source_table", None) in mapping:
                upd["source_table"] = mapping[r.source_table]
            if r.source.table in mapping:
                upd["source"] = r.source.model_copy(update={"table": mapping[r.source.table]})
            recs.append(r.model_copy(update=upd) if upd else r)
        update[name] = recs
    return truth.model_copy(update=update)


__all__ = ["DIMENSIONS", "Draw", "Scan", "draw", "covering", "one_factor", "render_style", "print_money", "renumber",
           "roman_caption", "caption_label", "relabel_truth"]
