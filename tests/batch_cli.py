"""``lkjip batch`` with a stand-in extractor, for tests that run the command in a process of its own.

    python tests/batch_cli.py test_batch_fake:slow_faulty_extractor batch IN --out OUT …

The command line has no switch for the extractor; this passes one through ``run_batch(extractor=)``,
the hook the library offers. Workers import the stand-in by name: this folder is on their path.
"""

from __future__ import annotations

import functools
import sys

from lkjip import cli
from lkjip.corpus import batch

if __name__ == "__main__":
    batch.run_batch = functools.partial(batch.run_batch, extractor=sys.argv[1])
    sys.exit(cli.main(sys.argv[2:]))
