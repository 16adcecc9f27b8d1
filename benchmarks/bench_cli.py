"""Benchmark: how quickly the command line answers (issue 13: `sif run FILE --draws 0` ≤ 0.5 s).

Times whole processes — `sif check FILE`, `sif run FILE --draws 0` — against `python -c "import
numpy"` (the floor any numerical Python tool pays) and prints minimum and median of several runs
and the ratio to the floor, so a loaded machine still gives a comparable figure.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FILE = ROOT / "data" / "proposals" / "ips-plus.yaml"
RUNS = 7


# As on a user's machine: Python may cache compiled modules (some sandboxes set
# PYTHONDONTWRITEBYTECODE, which makes every start compile sif and its libraries anew).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> list[float]:
    subprocess.run(cmd, check=True, capture_output=True, env=ENV)  # warm: compiled modules cached
    out = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=ENV)
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    floor = timed([sys.executable, "-c", "import numpy"])
    rows = [("python -c 'import numpy'", floor)]
    rows.append(("sif check FILE", timed([str(BIN / "sif"), "check", str(FILE)])))
    rows.append(
        ("sif run FILE --draws 0", timed([str(BIN / "sif"), "run", str(FILE), "--draws", "0"]))
    )
    base = min(floor)
    print(f"{'command':30} {'min':>7} {'median':>7} {'× numpy':>8}   (seconds, {RUNS} runs)")
    for name, times in rows:
        print(
            f"{name:30} {min(times):7.3f} {statistics.median(times):7.3f} {min(times) / base:8.2f}"
        )
    run_min = min(rows[-1][1])
    print(
        f"sif run --draws 0: {run_min:.3f} s ({'meets' if run_min <= 0.5 else 'misses'} the 0.5 s target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
