"""`make bench`: how fast lkjip is on this machine, as whole processes.

Measures, each as a separate process timed by a fresh `bench.measure` wrapper (wall time and
peak memory of that one command), the median of several runs:

- start-up: `python -c pass`, importing the mandatory libraries, `lkjip --help`;
- `lkjip validate` and `lkjip build` on the example and on generated datasets of scale 1, 4, 16;
- the main budget table written by lkjip, python-docx, docxtpl, raw lxml (and pandoc);
- 40 generated scale-1 datasets built by one `lkjip build … --out-dir` command.

Prints a table and writes `bench/results.json` (machine, settings, every sample with its unit,
ratios, and the targets of issue 6 with met / not met).

    python -m bench.run            # full run (several minutes)
    python -m bench.run --quick    # smoke run: fewer repeats, no scale 16, no 40-dataset run
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bench import tables
from bench.generate import generate, pilih_instansi

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dumai_kota_2022"
CACHE = ROOT / "bench" / ".cache"
PYTHON = sys.executable
LKJIP = str(Path(sys.executable).with_name("lkjip"))
MANDATORY = "import typer, yaml, pydantic, jinja2, docx"
TABLE_ROWS = (600, 2000)
PARALLEL_DATASETS = 40

BELUM_TERSEDIA = "belum tersedia"
TIDAK_TERPASANG = "tidak terpasang"
DILEWATI = "dilewati (--quick)"


@dataclass
class Measurement:
    """One measured command: every sample, and the median the tables report."""

    key: str
    label: str
    command: list[str]
    unit: str = "s"
    samples: list[float] = field(default_factory=list)
    peak_rss_mb: float | None = None  # the largest of the runs
    status: str = "ok"
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["median"] = self.median
        data["min"] = min(self.samples) if self.samples else None
        data["max"] = max(self.samples) if self.samples else None
        data["peak_rss_unit"] = "MB"
        return data


# --- running --------------------------------------------------------------------------------


def measure_once(command: list[str]) -> dict[str, Any]:
    """One run of `command` inside a fresh measuring process."""
    wrapper = [PYTHON, "-m", "bench.measure", "--", *command]
    done = subprocess.run(wrapper, capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def run(key: str, label: str, command: list[str], repeat: int) -> Measurement:
    m = Measurement(key, label, command)
    for _ in range(repeat):
        result = measure_once(command)
        if result["exit"] != 0:
            m.status = f"gagal (kode keluar {result['exit']})"
            m.note = result["stderr_tail"].strip()
            break
        m.samples.append(result["wall_s"])
        m.peak_rss_mb = max(m.peak_rss_mb or 0.0, result["peak_rss_mb"])
    print(f"  {label:<44} {_median_text(m)}", flush=True)
    return m


def paired_ratio(label: str, a: list[str], b: list[str], pairs: int) -> Measurement:
    """The ratio a/b from runs taken in turn (a b a b …), as the median of the pairs' ratios.

    On a shared machine the speed drifts from one second to the next; two medians taken
    minutes apart can differ by a third, while a pair taken back to back sees the same
    machine. The samples are the ratios, the unit "×"."""
    m = Measurement(f"pair.{label}", label, a, unit="×")
    for _ in range(pairs):
        ta, tb = measure_once(a), measure_once(b)
        if ta["exit"] != 0 or tb["exit"] != 0:
            m.status = "gagal"
            break
        m.samples.append(ta["wall_s"] / tb["wall_s"])
    shown = m.status if m.median is None else f"{angka(m.median, 2)}×"
    print(f"  {label:<44} {shown}", flush=True)
    return m


def skipped(key: str, label: str, status: str, command: list[str] | None = None) -> Measurement:
    print(f"  {label:<44} {status}", flush=True)
    return Measurement(key, label, command or [], status=status)


def _median_text(m: Measurement) -> str:
    if m.median is None:
        return m.status
    return f"{angka(m.median, 3)} s"


def angka(value: float, places: int) -> str:
    """Indonesian decimals for what people read: 1,234."""
    return f"{value:.{places}f}".replace(".", ",")


# --- the datasets ---------------------------------------------------------------------------


def dataset(scale: int) -> Path:
    return generate(scale, CACHE / "data" / f"skala-{scale}")


def parallel_datasets() -> Path:
    """40 scale-1 datasets with different seeds (so 40 different agencies) in one folder."""
    parent = CACHE / "paralel"
    if parent.exists():
        shutil.rmtree(parent)
    for seed in range(PARALLEL_DATASETS):
        generate(1, parent / f"dinas-{seed:02d}", seed=seed)
    names = {pilih_instansi(seed).nama for seed in range(PARALLEL_DATASETS)}
    assert len(names) == PARALLEL_DATASETS, "nama instansi harus berbeda"
    return parent


def out_file(name: str) -> str:
    folder = CACHE / "out"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / name)


# --- groups of measurements -----------------------------------------------------------------


def compile_bytecode() -> None:
    """Compile lkjip's modules to bytecode first, as pip and pipx do when they install the
    wheel. An editable checkout under PYTHONDONTWRITEBYTECODE=1 (as in CI) never gets any, and
    every command would then spend a fifth of `validate` compiling lkjip's own source, a cost
    no user pays; the libraries it is compared with were installed with their bytecode."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "lkjip")], check=True)


def startup(fast: int) -> list[Measurement]:
    print("Waktu mulai")
    validate = [LKJIP, "validate", str(EXAMPLE)]
    return [
        run("startup.python", "python -c pass", [PYTHON, "-c", "pass"], fast),
        run("startup.imports", "impor pustaka wajib", [PYTHON, "-c", MANDATORY], fast),
        run("startup.help", "lkjip --help", [LKJIP, "--help"], fast),
        paired_ratio("validate contoh / impor", validate, [PYTHON, "-c", MANDATORY], 4 * fast),
    ]


def commands(fast: int, slow: int, quick: bool) -> list[Measurement]:
    print("validate dan build")
    out: list[Measurement] = []
    targets: list[tuple[str, Path | None, int, int]] = [
        ("contoh", EXAMPLE, fast, fast),
        ("skala 1", None, fast, slow),
        ("skala 4", None, slow, slow),
        ("skala 16", None, slow, slow),
    ]
    for name, folder, n_validate, n_build in targets:
        key = name.replace(" ", "")
        if quick and name == "skala 16":
            out.append(skipped(f"validate.{key}", f"validate {name}", DILEWATI))
            out.append(skipped(f"build.{key}", f"build {name}", DILEWATI))
            continue
        folder = folder or dataset(int(name.split()[1]))
        out.append(
            run(f"validate.{key}", f"validate {name}", [LKJIP, "validate", str(folder)], n_validate)
        )
        command = [LKJIP, "build", str(folder), "--out", out_file(f"{key}.docx")]
        out.append(run(f"build.{key}", f"build {name}", command, n_build))
    return out


def build_help() -> str:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    done = subprocess.run([LKJIP, "build", "--help"], capture_output=True, text=True, env=env)
    return done.stdout


def parallel(quick: bool) -> Measurement:
    print("build banyak dataset sekaligus")
    label = f"build {PARALLEL_DATASETS} dataset skala 1"
    if quick:
        return skipped("build.paralel40", label, DILEWATI)
    help_text = build_help()
    if "--out-dir" not in help_text:
        return skipped("build.paralel40", label, BELUM_TERSEDIA)
    parent = parallel_datasets()
    out_dir = CACHE / "out" / "paralel"
    if out_dir.exists():
        shutil.rmtree(out_dir)
    command = [LKJIP, "build", str(parent), "--out-dir", str(out_dir)]
    jobs = os.cpu_count() or 1
    if "--jobs" in help_text:
        command += ["--jobs", str(jobs)]
    m = run("build.paralel40", label, command, 1)
    written = len(list(out_dir.glob("*.docx"))) if out_dir.exists() else 0
    m.note = f"{written} berkas .docx ditulis, --jobs {jobs}"
    if m.status == "ok" and written != PARALLEL_DATASETS:
        m.status = f"gagal ({written} dari {PARALLEL_DATASETS} laporan)"
    return m


def table_runs(fast: int) -> list[Measurement]:
    print("Tabel anggaran utama (6 kolom), waktu tulis tabel + simpan")
    out = []
    for n in TABLE_ROWS:
        for variant in tables.VARIANTS:
            key, label = f"table.{variant}.{n}", f"tabel {n} baris: {variant}"
            command = [PYTHON, "-m", "bench.tables", variant, str(n), out_file(f"tabel-{key}.docx")]
            if variant == "pandoc" and not tables.pandoc_available():
                out.append(skipped(key, label, TIDAK_TERPASANG, command))
                continue
            m = Measurement(key, label, command, unit="ms")
            for _ in range(fast):
                done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
                if done.returncode != 0:
                    m.status = f"gagal (kode keluar {done.returncode})"
                    m.note = done.stderr[-2000:]
                    break
                m.samples.append(json.loads(done.stdout)["ms"])
            median = f"{angka(m.median, 1)} ms" if m.median is not None else m.status
            print(f"  {label:<44} {median}", flush=True)
            out.append(m)
    return out


# --- ratios and targets ---------------------------------------------------------------------


def ratios(by_key: dict[str, Measurement]) -> dict[str, float | None]:
    def ratio(a: str, b: str) -> float | None:
        x, y = by_key.get(a), by_key.get(b)
        if x is None or y is None or x.median is None or not y.median:
            return None
        return x.median / y.median

    out = {
        "build_skala16_per_skala4": ratio("build.skala16", "build.skala4"),
        "validate_skala16_per_skala4": ratio("validate.skala16", "validate.skala4"),
        "build_skala4_per_skala1": ratio("build.skala4", "build.skala1"),
        "help_per_impor": ratio("startup.help", "startup.imports"),
    }
    pair = by_key.get("pair.validate contoh / impor")
    out["validate_contoh_per_impor"] = pair.median if pair is not None else None
    for n in TABLE_ROWS:
        out[f"tabel_{n}_lkjip_per_lxml"] = ratio(f"table.lkjip.{n}", f"table.lxml.{n}")
        out[f"tabel_{n}_python_docx_per_lkjip"] = ratio(
            f"table.python-docx.{n}", f"table.lkjip.{n}"
        )
        out[f"tabel_{n}_docxtpl_per_lkjip"] = ratio(f"table.docxtpl.{n}", f"table.lkjip.{n}")
    return out


@dataclass
class Target:
    name: str
    limit: str
    measured: str
    met: bool | None  # None: not measured in this run


def targets(by_key: dict[str, Measurement], r: dict[str, float | None]) -> list[Target]:
    def med(key: str) -> float | None:
        m = by_key.get(key)
        return m.median if m is not None else None

    def check(name: str, limit: str, value: float | None, ok: Any, shown: str) -> Target:
        if value is None:
            return Target(name, limit, "tidak diukur", None)
        return Target(name, limit, shown, bool(ok(value)))

    help_s, imports_s = med("startup.help"), med("startup.imports")
    b16 = by_key.get("build.skala16")
    rss16 = b16.peak_rss_mb if b16 is not None else None
    par = med("build.paralel40")
    return [
        check(
            "lkjip --help tidak lebih lambat dari impor pustaka wajib",
            f"≤ {angka(imports_s, 3)} s" if imports_s else "≤ impor",
            help_s,
            lambda v: imports_s is not None and v <= imports_s,
            f"{angka(help_s or 0, 3)} s",
        ),
        check("validate contoh (median)", "≤ 0,6 s", med("validate.contoh"),
              lambda v: v <= 0.6, f"{angka(med('validate.contoh') or 0, 3)} s"),
        check("validate contoh / impor pustaka wajib", "≤ 1,7×", r["validate_contoh_per_impor"],
              lambda v: v <= 1.7, f"{angka(r['validate_contoh_per_impor'] or 0, 2)}×"),
        check("build contoh (median)", "≤ 1,2 s", med("build.contoh"),
              lambda v: v <= 1.2, f"{angka(med('build.contoh') or 0, 3)} s"),
        check("build skala 16 / skala 4", "≤ 4,5×", r["build_skala16_per_skala4"],
              lambda v: v <= 4.5, f"{angka(r['build_skala16_per_skala4'] or 0, 2)}×"),
        check("build skala 16 (waktu)", "≤ 10 s", med("build.skala16"),
              lambda v: v <= 10, f"{angka(med('build.skala16') or 0, 2)} s"),
        check("build skala 16 (memori puncak)", "≤ 400 MB", rss16,
              lambda v: v <= 400, f"{angka(rss16 or 0, 0)} MB"),
        check("tabel 2.000 baris: lkjip / lxml", "≤ 1,5×", r["tabel_2000_lkjip_per_lxml"],
              lambda v: v <= 1.5, f"{angka(r['tabel_2000_lkjip_per_lxml'] or 0, 2)}×"),
        check("tabel 2.000 baris: python-docx / lkjip", "≥ 10×",
              r["tabel_2000_python_docx_per_lkjip"], lambda v: v >= 10,
              f"{angka(r['tabel_2000_python_docx_per_lkjip'] or 0, 2)}×"),
        check(f"build {PARALLEL_DATASETS} dataset skala 1, satu perintah", "< 60 s", par,
              lambda v: v < 60, f"{angka(par or 0, 1)} s"),
    ]  # fmt: skip


# --- machine --------------------------------------------------------------------------------


def _proc_value(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip()


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    mem = _proc_value("/proc/meminfo", "MemTotal")
    return {
        "cpu_model": _proc_value("/proc/cpuinfo", "model name"),
        "cpu_count": os.cpu_count(),
        "cpu_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "ram_mb": round(int(mem.split()[0]) / 1024) if mem else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "lkjip_commit": _git("rev-parse", "HEAD"),
        "lkjip_dirty": bool(_git("status", "--porcelain")),
        "versions": {p: _version(p) for p in ("python-docx", "lxml", "pydantic", "docxtpl")},
        "pandoc": shutil.which("pandoc"),
        "date_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        # Other processes on the machine slow every figure down; the load says whether any ran.
        "loadavg_start": list(os.getloadavg()),
    }


# --- output ---------------------------------------------------------------------------------


def print_summary(
    results: list[Measurement], r: dict[str, float | None], goals: list[Target]
) -> None:
    print()
    print(f"{'pengukuran':<46} {'median':>10} {'min':>9} {'maks':>9} {'memori':>9}  n")
    for m in results:
        if m.median is None:
            print(f"{m.label:<46} {m.status}")
            continue
        if m.unit == "ms":
            cols = [f"{angka(v, 1)} ms" for v in (m.median, min(m.samples), max(m.samples))]
        elif m.unit == "×":
            cols = [f"{angka(v, 2)}×" for v in (m.median, min(m.samples), max(m.samples))]
        else:
            cols = [f"{angka(v, 3)} s" for v in (m.median, min(m.samples), max(m.samples))]
        rss = f"{angka(m.peak_rss_mb, 0)} MB" if m.peak_rss_mb else ""
        print(f"{m.label:<46} {cols[0]:>10} {cols[1]:>9} {cols[2]:>9} {rss:>9}  {len(m.samples)}")
    print("\nRasio")
    for name, value in r.items():
        print(f"  {name:<44} {'–' if value is None else angka(value, 2) + '×'}")
    print("\nTarget (issue 6; validate / impor: issue 11)")
    for t in goals:
        verdict = {True: "tercapai", False: "TIDAK tercapai", None: "tidak diukur"}[t.met]
        print(f"  {t.name:<56} {t.limit:>10}  {t.measured:>12}  {verdict}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description="Uji kinerja lkjip pada mesin ini."
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="uji singkat: ulangan sedikit, tanpa skala 16 dan 40 dataset",
    )
    parser.add_argument(
        "--repeat-fast", type=int, default=5, help="ulangan untuk perintah cepat (bawaan 5)"
    )
    parser.add_argument(
        "--repeat-slow", type=int, default=3, help="ulangan untuk perintah besar (bawaan 3)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "bench" / "results.json",
        help="berkas hasil JSON (bawaan bench/results.json)",
    )
    args = parser.parse_args(argv)  # fmt: skip
    fast, slow = args.repeat_fast, args.repeat_slow
    if args.quick:
        fast, slow = min(fast, 2), 1

    info = machine()
    print(f"Mesin: {info['cpu_model']}, {info['cpu_count']} inti, {info['ram_mb']} MB RAM, "
          f"Python {info['python']}, lkjip {info['lkjip_commit'][:10]}"
          f"{' (ada perubahan)' if info['lkjip_dirty'] else ''}")  # fmt: skip
    beban = info["loadavg_start"][0]
    if beban > 0.5:
        print(f"peringatan: mesin sedang sibuk (beban 1 menit {angka(beban, 2)}); angka akan "
              "lebih lambat dari seharusnya")  # fmt: skip
    compile_bytecode()
    results = startup(fast) + commands(fast, slow, args.quick)
    results += table_runs(fast)
    results.append(parallel(args.quick))

    info["loadavg_end"] = list(os.getloadavg())
    by_key = {m.key: m for m in results}
    r = ratios(by_key)
    goals = targets(by_key, r)
    print_summary(results, r, goals)
    report = {
        "machine": info,
        "settings": {"quick": args.quick, "repeat_fast": fast, "repeat_slow": slow},
        "measurements": [m.as_json() for m in results],
        "ratios": r,
        "targets": [asdict(t) for t in goals],
    }
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nhasil ditulis ke {args.out}")


if __name__ == "__main__":
    main()
