"""Benchmark: the decision tools on 10,000 draws beside the Monte Carlo run itself.

For every shipped proposal: the Monte Carlo (sif_models.risk.montecarlo.monte_carlo), the deal zone
(sif_models.risk.deal.deal_zone: all rate cards of the grid settled at once, then root finding)
and the value of information (sif_models.risk.voi.value_of_information: binned regression over all
inputs at once). Target (issue 11): each tool within 1 s over the Monte Carlo run. Prints the best
of three runs. Not a timed test: run it by hand or with `make bench`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sif_models.inputs.proposals import load_proposal  # noqa: E402
from sif_models.model.build import build_inputs  # noqa: E402
from sif_models.risk.deal import deal_zone  # noqa: E402
from sif_models.risk.montecarlo import monte_carlo  # noqa: E402
from sif_models.risk.voi import value_of_information  # noqa: E402

DRAWS = 10_000
SEED = 20200429


def best(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    print(f"decision tools on {DRAWS:,} draws (best of 3; seconds)")
    print(f"{'proposal':28} {'Monte Carlo':>12} {'deal zone':>10} {'VOI':>8}   target: tool ≤ 1 s")
    worst = 0.0
    for path in sorted((ROOT / "data" / "proposals").glob("*.yaml")):
        proposal = load_proposal(path)
        inputs = build_inputs(proposal)
        rate = proposal.discount_rate
        mc = best(lambda i=inputs: monte_carlo(i, DRAWS, SEED))
        deal = best(lambda i=inputs, r=rate: deal_zone(i, DRAWS, SEED, r))
        voi = best(lambda i=inputs: value_of_information(i, DRAWS, SEED))
        worst = max(worst, deal, voi)
        print(f"{proposal.id:28} {mc:12.3f} {deal:10.3f} {voi:8.3f}")
    print(f"slowest tool: {worst:.3f} s ({'meets' if worst <= 1.0 else 'misses'} the 1 s target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
