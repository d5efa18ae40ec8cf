"""Benchmarks of lkjip (accuracy, baselines, speed, memory): ``python -m bench.run``.

Not part of the installed ``lkjip`` package; run from the repository root.
"""
