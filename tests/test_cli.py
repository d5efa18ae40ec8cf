"""The lkjip command: exit codes, one clean error line, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lkjip.cli import build_parser, main


def test_extract_seed_writes_json(seed_path, tmp_path, capsys):
    out = tmp_path / "seed.json"
    assert main(["extract", str(seed_path), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Kecamatan Sokobanah" in printed and "Tabel 3.7" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_name"] == "lkjip.report" and data["meta"]["tahun"] == 2022


def test_missing_file_exit_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lkjip: error:") and "no such file" in err and "Traceback" not in err


def test_directory_exit_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\xff\xfe binary junk \x00" * 50, b"Daftar belanja dapur minggu ini.\n"],
    ids=["empty", "binary", "not-a-report"],
)
def test_unreadable_or_not_a_report_exit_1(tmp_path, capsys, content):
    f = tmp_path / "input.txt"
    f.write_bytes(content)
    assert main(["extract", str(f)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("lkjip: error:") and "Traceback" not in err


def test_console_script_no_traceback(tmp_path):
    exe = [sys.executable, "-m", "lkjip.cli", "extract", str(tmp_path / "missing.docx")]
    proc = subprocess.run(exe, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {a.dest: a.help for a in sub._choices_actions}
    assert {"extract", "validate"} <= set(helps)
    assert all(h and len(h) > 10 for h in helps.values()), helps
