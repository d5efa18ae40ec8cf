"""Facts several rules share, computed once per report (lazily): table kinds,
budget lines matched across tables, indicators matched across tables."""

from __future__ import annotations

from functools import cached_property

from lkjip.model import Report


class Facts:
    def __init__(self, report: Report) -> None:
        self.report = report

    @cached_property
    def table_kinds(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for t in self.report.tables_found:
            out.setdefault(t.label, t.kind)
        return out
