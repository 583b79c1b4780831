"""`make bench`: how long validate, calc and build take on a dataset (never asserted in tests).

Runs each stage a few times in-process and prints the best and median wall time, plus the
CLI's cold start (import time) measured in a subprocess.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _time(fn, repeat: int = 5) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return min(samples), statistics.median(samples)


def main(example: Path) -> None:
    from lkjip import calc, pipeline

    project, _ = pipeline.validate(example)
    assert project is not None, "dataset tidak valid"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "laporan.docx"
        rows = [
            ("validate", lambda: pipeline.validate(example)),
            ("calc", lambda: calc.compute(project)),
            ("build", lambda: pipeline.build(example, out)),
        ]
        print(f"{'tahap':<10} {'terbaik':>10} {'median':>10}")
        for name, fn in rows:
            best, median = _time(fn)
            print(f"{name:<10} {best * 1000:>8.1f}ms {median * 1000:>8.1f}ms")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lkjip", "validate", str(example)], check=False, capture_output=True
    )
    print(f"{'cli cold':<10} {(time.perf_counter() - start) * 1000:>8.1f}ms")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/dumai_kota_2022"))
