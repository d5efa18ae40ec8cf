"""``python -m lkjip.synth``: write the sample corpus, the generated test documents, or one report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lkjip.errors import LkjipError
from lkjip.synth.generate import generate_report, truth_json
from lkjip.synth.inject import CONTRADICTIONS
from lkjip.synth.samples import SAMPLES, TEST_DATA, spec_report, write_sample_corpus, write_test_data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m lkjip.synth", description="Synthetic LKjIP reports with known answers.")
    ap.add_argument("--samples", type=Path, help="write the sample corpus into this folder")
    ap.add_argument("--test-data", type=Path, help="write rendered test reports + truth JSON into this folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--instansi", default="Kecamatan Sukamaju")
    ap.add_argument("--kabupaten", default="Kabupaten Lembah Hijau")
    ap.add_argument("--tahun", type=int, default=2023)
    ap.add_argument("--contradiction", action="append", default=[], choices=CONTRADICTIONS)
    ap.add_argument("--sample", choices=[s.name for s in SAMPLES + TEST_DATA],
                    help="take seed, names, year, contradictions and variant of this sample / test document")
    ap.add_argument("--out", type=Path, help="write one report's text export here")
    ap.add_argument("--truth-json", type=Path, help="write one report's truth here")
    args = ap.parse_args(argv)
    try:
        _run(args)
    except LkjipError as e:
        print(f"lkjip: error: {e}", file=sys.stderr)
        return 1
    return 0


def _run(args: argparse.Namespace) -> None:
    if args.samples:
        for p in write_sample_corpus(args.samples):
            print(p)
    if args.test_data:
        for p in write_test_data(args.test_data):
            print(p)
    if args.out or args.truth_json:
        if args.sample:
            rep = spec_report(next(s for s in SAMPLES + TEST_DATA if s.name == args.sample))
        else:
            rep = generate_report(args.seed, instansi=args.instansi, kabupaten=args.kabupaten,
                                  tahun=args.tahun, contradictions=args.contradiction)
        if args.out:
            args.out.write_text(rep.text, encoding="utf-8")
        if args.truth_json:
            args.truth_json.write_text(truth_json(rep.truth), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
