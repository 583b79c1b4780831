"""Run one command and report its wall time and peak memory, as one JSON line.

    python -m bench.measure -- lkjip build DIR --out x.docx

A fresh process per measured command: `RUSAGE_CHILDREN.ru_maxrss` is the largest resident set
of the children *this* process waited for, so it belongs to exactly one command. The clock
starts just before the child is spawned, so interpreter start-up of the child is included (that
is what a user waits for) and this wrapper's own start-up is not.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def measure(command: list[str]) -> dict[str, object]:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    # ru_maxrss is in KiB on Linux.
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "wall_s": wall,
        "peak_rss_mb": peak_kib / 1024,
        "exit": done.returncode,
        "stderr_tail": done.stderr.decode("utf-8", "replace")[-2000:],
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        sys.exit("pakai: python -m bench.measure -- PERINTAH [ARG …]")
    print(json.dumps(measure(argv)))


if __name__ == "__main__":
    main(sys.argv[1:])
