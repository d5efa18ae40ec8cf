"""A stand-in extractor for batch tests: the input file *is* a Report as JSON.

Lets the batch tests control every number of every report exactly (corpus checks, the
workbook, the HTML page) without depending on the real extractor. Workers import it by
name (``test_batch_fake:json_extractor``), so it imports nothing heavy. It holds no tests.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lkjip.model import ErrorItem, Report


def json_extractor(path: Path, **kwargs) -> Report:
    data = Path(path).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        return Report.failed(source_file=str(path), sha256=sha, input_format="unknown",
                             error=ErrorItem(component="reader", category="input", message="empty file"))
    try:
        return Report.model_validate_json(data)
    except ValueError:
        return Report.failed(source_file=str(path), sha256=sha, input_format="text",
                             error=ErrorItem(component="extract", category="not_a_report",
                                             message="no LKjIP structure found"))
