"""Internal rate of return, with a stated reason where none exists (MODEL.md §5).

NPV(r) = Σ_t f_t · (1 + r)^(−t). With x = 1/(1 + r) this is the polynomial Σ_t f_t x^t; an IRR
is a real root x > 0. A rate is reported only when exactly one exists and the NPV at it is
checked to be zero; otherwise the rate is NaN and the reason says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

REASON_ZERO = "all cash flows are zero"
REASON_NO_INFLOW = "nothing comes back: every cash flow is an outlay"
REASON_NO_OUTLAY = "no money is put in: every cash flow is a receipt"
REASON_NO_ROOT = "no rate above −100 % makes the net present value zero"
REASON_SEVERAL = "several rates make the net present value zero"


@dataclass(frozen=True)
class IRRResult:
    """IRR per path (NaN where none) and the reason per path (None where there is a rate)."""

    rate: np.ndarray
    reason: np.ndarray  # object array of str | None

    def reason_counts(self) -> dict[str, int]:
        """How many paths have no IRR, by reason."""
        out: dict[str, int] = {}
        for r in self.reason:
            if r is not None:
                out[r] = out.get(r, 0) + 1
        return out


def npv(rate: float | np.ndarray, flows: np.ndarray) -> np.ndarray:
    """NPV at ``rate`` of flows (…, H), year 0 undiscounted.

    Examples
    --------
    >>> float(npv(-0.55, np.array([-1_000_000., -550_000., 450_000., 0., 0.])))
    0.0
    """
    flows = np.asarray(flows, dtype=float)
    t = np.arange(flows.shape[-1])
    rate = np.asarray(rate, dtype=float)
    return np.sum(flows * (1.0 + rate[..., None]) ** (-t), axis=-1)


def _irr_one(flows: np.ndarray) -> tuple[float, str | None]:
    scale = np.max(np.abs(flows))
    if scale == 0:
        return np.nan, REASON_ZERO
    if not np.any(flows > 0):
        return np.nan, REASON_NO_INFLOW
    if not np.any(flows < 0):
        return np.nan, REASON_NO_OUTLAY
    f = flows / scale
    nz = np.flatnonzero(f)
    f = f[nz[0] : nz[-1] + 1]  # leading zeros shift time; trailing zeros lower the degree
    if f.size == 1:
        return np.nan, REASON_NO_ROOT
    roots = np.roots(f[::-1])
    x = roots.real[(np.abs(roots.imag) <= 1e-9 * np.maximum(1.0, np.abs(roots))) & (roots.real > 0)]
    rates = []
    for xi in np.sort(x):
        r = 1.0 / xi - 1.0
        for _ in range(50):  # Newton polish on the original flows
            t = np.arange(f.size)
            v = np.sum(f * (1 + r) ** (-t))
            dv = np.sum(-t * f * (1 + r) ** (-t - 1))
            if dv == 0 or not np.isfinite(dv):
                break
            step = v / dv
            if not np.isfinite(step) or (1 + r - step) <= 0:
                break
            r -= step
            if abs(step) < 1e-15 * max(1.0, abs(r)):
                break
        value = np.sum(f * (1 + r) ** (-np.arange(f.size)))
        if np.isfinite(r) and abs(value) <= 1e-8 * np.sum(np.abs(f)):
            if not any(abs(r - q) <= 1e-7 * max(1.0, abs(q)) for q in rates):
                rates.append(r)
    if not rates:
        return np.nan, REASON_NO_ROOT
    if len(rates) > 1:
        shown = ", ".join(f"{q:.1%}" for q in rates)
        return np.nan, f"{REASON_SEVERAL} ({shown})"
    return float(rates[0]), None


def irr(flows: np.ndarray) -> IRRResult:
    """IRR of each row of ``flows`` (…, H), NaN with a reason where none exists.

    Examples
    --------
    >>> res = irr(np.array([[-1_000_000., -550_000., 450_000., 0., 0.], [-1., -1., 0., 0., 0.]]))
    >>> res.rate.round(10).tolist(), res.reason.tolist()
    ([-0.55, nan], [None, 'nothing comes back: every cash flow is an outlay'])
    """
    flows = np.asarray(flows, dtype=float)
    flat = flows.reshape(-1, flows.shape[-1])
    rates = np.full(flat.shape[0], np.nan)
    reasons = np.empty(flat.shape[0], dtype=object)
    for i, row in enumerate(flat):
        rates[i], reasons[i] = _irr_one(row)
    return IRRResult(rates.reshape(flows.shape[:-1]), reasons.reshape(flows.shape[:-1]))
