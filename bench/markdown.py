"""Markdown helpers shared by the benchmark reports."""

from __future__ import annotations


def md_table(header: list[str], rows: list[list[str]], align: str = "") -> str:
    if not rows:
        return "_(nothing measured)_"
    align = align or "l" * len(header)
    sep = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)
