"""A stand-in extractor whose module never finishes importing.

A worker imports its extractor before it says it is ready, so a worker given this one never starts:
the batch must give up on it after its start limit ("worker tidak merespons") and still finish.
"""

import time

while True:
    time.sleep(3600)


def extract(path, **kwargs):  # pragma: no cover - never reached
    raise AssertionError("unreachable")
