"""Benchmark: the IRR of 100,000 cash-flow paths at once (sif_models.model.irr.irr) against a Python
loop over numpy_financial.irr and a loop over pyxirr.irr, printed as ratios.

Two sets of paths:

- conventional: random outlays then receipts over 10 years (one sign change), the common case;
- model: the financiers' cash flows of the Monte Carlo of the example proposal whose flows have
  the most paths with several sign changes (the hard case: several rates or none occur).

Targets (the issue): at least 100 times the numpy-financial loop and 3 times the pyxirr loop.
The numpy-financial loop is slow (about 0.1 ms a path), so it runs on ``--npf-paths`` paths and
its time is scaled up to the full count; the pyxirr loop runs on all paths. Each time is the best
of ``--repeat`` runs.

Run: ``.venv/bin/python benchmarks/bench_irr.py [--paths N] [--npf-paths M] [--repeat R]``
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from pathlib import Path

import numpy as np
import numpy_financial as npf
import pyxirr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from sif_models.inputs.proposals import load_proposal  # noqa: E402
from sif_models.model.build import build_inputs  # noqa: E402
from sif_models.model.irr import irr  # noqa: E402
from sif_models.model.simulate import simulate  # noqa: E402
from sif_models.risk.montecarlo import sample_draws  # noqa: E402


def conventional(n: int, horizon: int = 10, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    f = np.zeros((n, horizon))
    f[:, 0] = -1e6
    f[:, 1] = -rng.uniform(0, 1e6, n)
    f[:, 2:] = rng.uniform(0, 5e5, (n, horizon - 2))
    return f


def sign_changes(flows: np.ndarray) -> np.ndarray:
    s = np.sign(flows)
    out = np.zeros(len(flows), dtype=int)
    last = np.zeros(len(flows))
    for col in s.T:
        out += col * last < 0
        last = np.where(col != 0, col, last)
    return out


def model_flows(n: int, seed: int = 1) -> tuple[str, np.ndarray]:
    """The proposal whose Monte Carlo gives the most paths with several sign changes."""
    best = None
    paths = sorted(glob.glob("data/proposals/*.yaml")) or ["data/examples/worked-example.yaml"]
    for path in paths:
        inputs = build_inputs(load_proposal(path))
        flows = simulate(inputs, sample_draws(inputs, 2_000, np.random.default_rng(seed)))
        share = float(np.mean(sign_changes(flows.financiers) >= 2))
        if best is None or share > best[0]:
            best = (share, path, inputs)
    _, path, inputs = best
    return path, simulate(inputs, sample_draws(inputs, n, np.random.default_rng(seed))).financiers


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def npf_loop(flows: np.ndarray) -> np.ndarray:
    return np.array([npf.irr(row) for row in flows])


def pyxirr_loop(flows: np.ndarray) -> np.ndarray:
    out = [pyxirr.irr(row, silent=True) for row in flows]
    return np.array([np.nan if v is None else v for v in out])


def compare(name: str, flows: np.ndarray, npf_paths: int, repeat: int) -> None:
    n = len(flows)
    ours = best_of(lambda: irr(flows), repeat)
    sub = flows[:npf_paths]
    npf_time = best_of(lambda: npf_loop(sub), 1) * n / len(sub)
    pyx_time = best_of(lambda: pyxirr_loop(flows), repeat)
    res = irr(flows)
    ref = npf_loop(sub)
    both = np.isfinite(ref) & np.isfinite(res.rate[: len(sub)])
    diff = np.max(np.abs(res.rate[: len(sub)][both] - ref[both]), initial=0.0)
    changes = sign_changes(flows)
    print(f"\n{name}: {n:,} paths of {flows.shape[1]} years")
    print(
        f"  paths with one sign change {np.mean(changes == 1):.1%}, several "
        f"{np.mean(changes >= 2):.1%}; without an IRR: "
        + (", ".join(f"{k} {v:,}" for k, v in res.reason_counts().items()) or "none")
    )
    print(
        f"  sif_models.model.irr.irr (all paths at once): {ours:8.3f} s  ({ours / n * 1e6:.2f} µs a path)"
    )
    print(
        f"  numpy_financial.irr loop:               {npf_time:8.3f} s  "
        f"(timed on {len(sub):,} paths)  ratio {npf_time / ours:7.1f}x  (target ≥ 100x)"
    )
    print(
        f"  pyxirr.irr loop:                        {pyx_time:8.3f} s  "
        f"ratio {pyx_time / ours:7.1f}x  (target ≥ 3x)"
    )
    print(f"  largest difference from numpy-financial where both give a rate: {diff:.1e}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", type=int, default=100_000)
    parser.add_argument("--npf-paths", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(
        f"IRR benchmark: best of {args.repeat}; numpy {np.__version__}, "
        f"numpy-financial {npf.__version__}, pyxirr {pyxirr.__version__}, {os.cpu_count()} CPUs"
    )
    compare("Conventional flows", conventional(args.paths), args.npf_paths, args.repeat)
    path, flows = model_flows(args.paths)
    compare(f"Model flows ({path})", flows, args.npf_paths, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
