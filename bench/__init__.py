"""Benchmark tooling for lkjip: a synthetic dataset generator and the `make bench` runner.

Not part of the installed package; run from the repository root (`python -m bench.generate`,
`python -m bench.run`).
"""
