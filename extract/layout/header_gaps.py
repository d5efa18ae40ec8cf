"""Column gaps a header line shows over white down the body (:func:`header_channels`).

A region's channels grow from its first line, and a header label may cover the
white between two columns; the body shows that white and the header's own word
gaps say where a column starts. Two narrow centred columns side by side
("TARGET  REALISASI" over "29 Orang  29 Orang") may leave less than an em of
white between them, in the header as in the body: a segment gap (1.2 em) sees
none, a word gap of half an em or more over body white does.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import TextLine, mono_space
from lkjip.extract.layout.justified import joined

#: a gap between two header words this wide (em) is more than a word space (about 0.25-0.3 em)
LABEL_GAP_EM = 0.5


def label_spans(line: TextLine, pitch: float = 0.0) -> list[tuple[float, float]]:
    """The spans of a header line cut at word gaps wider than a word space: half an em, and more than a monospaced
    font's space (0.6 em, its glyph boxes may leave about that between words)."""
    least = max(LABEL_GAP_EM * line.size, 1.02 * max(mono_space(line), pitch))
    words = sorted(line.words, key=lambda w: w.x0)
    spans = [(words[0].x0, words[0].x1)]
    for w in words[1:]:
        if w.x0 - spans[-1][1] >= least:
            spans.append((w.x0, w.x1))
        else:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w.x1))
    return spans


def body_white(body: Sequence[TextLine], size: float) -> list[tuple[float, float]]:
    """White running down the body between words, wider than a word space (half an em, and a monospaced font's
    pitch): two columns less than a segment gap apart show it only between their words. A justified line's
    stretched spaces (:func:`~.justified.joined`) are no white: its words make one span."""
    least = max(LABEL_GAP_EM * size, 1.02 * mono_space(TextLine([w for ln in body for w in ln.words])))
    spans: list[tuple[float, float]] = []
    for ln in body:
        words = sorted(ln.words, key=lambda w: w.x0)
        line_spans = [(words[0].x0, words[0].x1)] if words else []
        for w in words[1:]:
            if w.x0 - line_spans[-1][1] >= least and not joined(w):
                line_spans.append((w.x0, w.x1))
            else:
                line_spans[-1] = (line_spans[-1][0], max(line_spans[-1][1], w.x1))
        spans += line_spans
    white: list[tuple[float, float]] = []
    spans.sort()
    reach = spans[0][1] if spans else 0.0
    for a, b in spans[1:]:
        if a - reach >= least:
            white.append((reach, a))
        reach = max(reach, b)
    return white


def header_channels(
    head: Sequence[TextLine],
    body_gaps: Sequence[tuple[float, float]],
    known: Sequence[tuple[float, float]],
    size: float,
) -> list[tuple[float, float]]:
    """Column gaps where a header line's gap and the body's meet.

    Left-aligned labels over right-aligned amounts ("Target  Realisasi" over
    "72   70") leave no channel down the whole table: "72" runs under the
    gap between the labels. The gap between two labels of a header line
    (:func:`label_spans`) and a white gap down the body, where they overlap by half an em or more, are a
    column gap (one of them too many, between a label and its own amounts, is
    dropped by :func:`~.columns_cut.merge_exclusive_columns`: the two never share a line).
    """
    out: list[tuple[float, float]] = []
    # a monospaced header's pitch, from all its lines: a line of word pieces ("i Awal") shows too few words
    pitch = mono_space(TextLine([w for ln in head for w in ln.words])) if any(ln.words for ln in head) else 0.0
    spans = [label_spans(ln, pitch) if ln.words else [] for ln in head]
    for k, sp in enumerate(spans):
        for (_, a1), (b0, _) in zip(sp, sp[1:], strict=False):
            for g0, g1 in body_gaps:
                c = (max(a1, g0), min(b0, g1))
                if c[1] - c[0] >= LABEL_GAP_EM * size - 0.01 and not any(c[0] < y and c[1] > x for x, y in [*known, *out]) \
                        and not _in_wrapped_label(c, b0, [s for j, other in enumerate(spans) if j != k for s in other]):
                    out.append(c)
    return out


def _in_wrapped_label(c: tuple[float, float], b0: float, others: Sequence[tuple[float, float]]) -> bool:
    """The gap ``c`` of a header line, its next label starting at ``b0``, lies inside one label of another line
    that ends before ``b0``: the ragged right of a label wrapped in its cell ("TARGET AKHIR" / "RENSTRA" / "(TAHUN
    2026)", "RENSTRA" ending short), not a gap between two columns (a label spanning two, "Tahun 2023" over
    "Target  Realisasi", reaches over the next label's start)."""
    return any(s0 < c[0] and s1 > c[1] and s1 < b0 for s0, s1 in others)
