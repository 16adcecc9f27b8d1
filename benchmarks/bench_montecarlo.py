"""Benchmark: the 100,000-draw Monte Carlo of a business case (docs/model.md §6).

Prints, on this machine, for the largest proposal in data/proposals/ (by participants × outcomes
× years; data/examples/ when there is none) and for a synthetic proposal with 10 outcomes over
30 years: the deterministic run, and the Monte Carlo split into sampling, model (simulate +
figures + break-even year) and IRR time, with the peak memory the Monte Carlo allocates
(tracemalloc, measured in a separate run because tracing slows numpy down).

Target (the issue): 100,000 draws within 1 s over the deterministic run on 2 cores.

Run: ``.venv/bin/python benchmarks/bench_montecarlo.py [--draws N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from sif_models.case.business_case import run  # noqa: E402
from sif_models.inputs.loading import validate  # noqa: E402
from sif_models.inputs.proposals import load_proposal  # noqa: E402
from sif_models.inputs.schema import Proposal  # noqa: E402
from sif_models.model.build import build_inputs  # noqa: E402
from sif_models.model.figures import break_even_year, figures  # noqa: E402
from sif_models.model.irr import irr  # noqa: E402
from sif_models.model.simulate import simulate  # noqa: E402
from sif_models.risk import montecarlo  # noqa: E402


def synthetic_proposal(outcomes: int = 10, horizon_years: int = 30) -> Proposal:
    """A large proposal that uses every part of the model: 10 outcomes over 30 years,
    intake over five years, intervals and evidence, unit-cost ranges for all three payers,
    payment cap, return cap, guarantee and a share of the savings to the fund."""
    costs = [
        ("cost-kommune", "kommune", 120_000.0),
        ("cost-region", "region", 60_000.0),
        ("cost-stat", "stat", 90_000.0),
    ]
    outs = []
    for k in range(outcomes):
        p = 0.30 + 0.03 * k
        outcome = {
            "id": f"outcome-{k}",
            "label": f"Outcome {k}",
            "baseline_rate": round(p - 0.12, 4),
            "success_rate": round(p, 4),
            "lag_years": 1 + k % 4,
            "persistence_years": 5 + k,
            "annual_decay": 0.05,
            "price_dkk": 150_000.0 + 10_000.0 * k,
            "consequences": [
                {"cost": costs[k % 3][0], "quantity_per_year": 0.5},
                {"cost": costs[(k + 1) % 3][0], "quantity_per_year": 0.25},
            ],
        }
        if k % 3 == 2:
            outcome["success_evidence"] = {"successes": int(100 * p), "trials": 100}
        else:
            outcome["success_interval"] = [round(p - 0.08, 4), round(p + 0.08, 4)]
        outs.append(outcome)
    data = {
        "id": "synthetic-large",
        "title": "Synthetic large proposal (benchmark)",
        "target_group": "benchmark",
        "start_year": 2025,
        "price_year": 2025,
        "horizon_years": horizon_years,
        "cohort": {"intake": [200, 200, 200, 200, 200]},
        "intervention": {
            "cost_per_participant_dkk": 150_000,
            "delivery_years": 2,
            "fixed_cost_dkk_per_year": 500_000,
            "fixed_cost_years": 6,
            "range": 0.15,
        },
        "outcomes": outs,
        "unit_costs": [
            {
                "id": cid,
                "label": cid,
                "unit": "year",
                "price_dkk": price,
                "price_year": 2025,
                "payer": payer,
                "range": 0.25,
                "source": "benchmark",
            }
            for cid, payer, price in costs
        ],
        "contract": {
            "pay_for": "above_baseline",
            "payment_cap_dkk": 150_000_000,
            "return_cap_rate": 0.05,
            "guarantee_dkk": 10_000_000,
            "savings_share_to_fund": 0.1,
            "financing": [
                {"name": "Fonden", "role": "fund", "share": 0.5},
                {"name": "Investor", "role": "investor", "share": 0.5},
            ],
        },
    }
    return validate(data, Proposal, "<synthetic>")


def largest_proposal() -> tuple[str, Proposal]:
    """The proposal with the most participants × outcomes × years (the most model work)."""
    paths = sorted(glob.glob("data/proposals/*.yaml")) or sorted(glob.glob("data/examples/*.yaml"))
    best = None
    for path in paths:
        proposal = load_proposal(path)
        size = proposal.participants * len(proposal.outcomes) * proposal.horizon_years
        if best is None or size > best[0]:
            best = (size, path, proposal)
    return best[1], best[2]


def timed(fn, repeat: int):
    """Best wall time of ``repeat`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def split_times(inputs, draws: int, seed: int, repeat: int) -> dict[str, float]:
    """Sampling, model and IRR time of the Monte Carlo, in its chunks and IRR batches."""
    chunk = min(draws, montecarlo.chunk_draws(inputs))
    batch = min(draws, max(chunk, montecarlo.IRR_BATCH_DRAWS))
    best = {"sampling": float("inf"), "model": float("inf"), "irr": float("inf")}
    for _ in range(repeat):
        stream = montecarlo._DrawStream(inputs, np.random.default_rng(seed))
        t = {"sampling": 0.0, "model": 0.0, "irr": 0.0}
        waiting: list[np.ndarray] = []
        done = 0
        while done < draws:
            n = min(chunk, draws - done)
            a = time.perf_counter()
            d = stream.take(n)
            b = time.perf_counter()
            flows = simulate(inputs, d)
            figures(inputs, flows)
            break_even_year(inputs, flows)
            c = time.perf_counter()
            waiting.append(flows.financiers)
            done += n
            if sum(len(w) for w in waiting) >= batch or done == draws:
                irr(np.concatenate(waiting))
                waiting = []
            e = time.perf_counter()
            t["sampling"] += b - a
            t["model"] += c - b
            t["irr"] += e - c
        for key in best:
            best[key] = min(best[key], t[key])
    return best


def peak_memory_mb(inputs, draws: int, seed: int) -> float:
    tracemalloc.start()
    montecarlo.monte_carlo(inputs, draws, seed)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def bench(name: str, proposal: Proposal, draws: int, repeat: int, seed: int = 1) -> None:
    inputs = build_inputs(proposal)
    deterministic, _ = timed(lambda: run(proposal, draws=0), repeat)
    with_mc, case = timed(lambda: run(proposal, draws=draws, seed=seed), repeat)
    mc_only, _ = timed(lambda: montecarlo.monte_carlo(inputs, draws, seed), repeat)
    parts = split_times(inputs, draws, seed, repeat)
    peak = peak_memory_mb(inputs, draws, seed)
    risk = case.risk
    print(f"\n{name}")
    print(
        f"  {proposal.participants} participants, {len(inputs.outcome_ids)} outcomes, "
        f"{inputs.horizon_years} years, {len(inputs.cost_ids)} unit costs; "
        f"{draws:,} draws in chunks of {min(draws, montecarlo.chunk_draws(inputs)):,}, "
        f"IRR in batches of {max(montecarlo.chunk_draws(inputs), montecarlo.IRR_BATCH_DRAWS):,}"
    )
    print(f"  deterministic run (sif run --draws 0):   {deterministic:8.3f} s")
    print(f"  run with {draws:,} draws:              {with_mc:8.3f} s")
    over = with_mc - deterministic
    verdict = "meets" if over <= 1.0 else "MISSES"
    print(f"  over the deterministic run:             {over:8.3f} s  ({verdict} the 1 s target)")
    print(f"  monte_carlo() alone:                    {mc_only:8.3f} s")
    print(
        f"    sampling {parts['sampling']:.3f} s, model {parts['model']:.3f} s, "
        f"IRR {parts['irr']:.3f} s"
    )
    print(f"  peak memory allocated by monte_carlo(): {peak:8.1f} MB")
    reasons = ", ".join(f"{k}: {v:,}" for k, v in risk.irr_reasons.items()) or "none"
    print(f"  draws without an IRR: {reasons}")
    print(
        f"  P(public net > 0) = {risk.probability('public_net_positive'):.3f}, "
        f"P(financiers lose) = {risk.probability('financiers_loss'):.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args(argv)
    print(
        f"Monte Carlo benchmark: {args.draws:,} draws, best of {args.repeat}; "
        f"numpy {np.__version__}, {os.cpu_count()} CPUs"
    )
    path, proposal = largest_proposal()
    bench(f"Largest proposal: {path}", proposal, args.draws, args.repeat)
    bench(
        "Synthetic proposal: 10 outcomes, 30 years", synthetic_proposal(), args.draws, args.repeat
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
