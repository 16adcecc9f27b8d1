"""Internal rate of return for many cash-flow paths at once, with a reason where none exists.

docs/model.md §5: the financiers' IRR, null where it does not exist, "never a number from a failed
solve". docs/model.md §6 needs it for every Monte Carlo draw, so it is vectorised over paths.

NPV(r) = Σ_t f_t · (1 + r)^(−t). With x = 1/(1 + r) this is the polynomial P(x) = Σ_t f_t x^t, and
an IRR is a real root x > 0 (a rate above −100 %). A rate is reported only when exactly one
exists. Each path (a row of cash flows, scaled to a largest entry of 1) is sorted out like this:

1. No outlay, no receipt, all zero or not finite: no IRR, and the reason says which.
2. One sign change in time (all outlays before all receipts or the other way round, zeros
   ignored): by Descartes' rule of signs P has exactly one positive root.
3. Several sign changes. Descartes' bound applied to P(x)·(1 + x)^m (multiplying by (1 + x)
   adds no positive root; by Pólya's theorem the bound becomes exact for large m unless complex
   roots lie near the positive axis): a bound of one proves exactly one root, zero proves none.
   Coefficients whose sign rounding could flip leave a path open. Open paths are scanned on a
   grid between Cauchy's bounds on the roots: two reliable sign changes of the NPV prove several
   IRRs (each is refined for the reason text). Cell-by-cell bounds (R and N below both grow with
   x, so on [x_a, x_b] R(x_b) < N(x_a) proves P < 0 and R(x_a) > N(x_b) proves P > 0) prove
   that there is none, or exactly one: P negative below some point, positive above another and
   h (below) rising in between (see :func:`_scan`). Cheap tests run first and each test only
   sees the paths still open (:data:`STAGES`).
4. The few paths still open go through the careful method, :func:`_careful_batch`: every root
   of P from the eigenvalues of its companion matrix, each real positive one polished by Newton
   steps on the NPV and checked. The tests compare the fast route with it.

The solver for kinds 2 and 3 (:mod:`sif_models.model.irr_roots`), all paths at once. Orient each path so that P < 0 just above x = 0
and split it into receipts R(x) = Σ p_t x^t and outlays N(x) = Σ n_t x^t (p, n ≥ 0). With
y = ln x, h(y) = ln R(e^y) − ln N(e^y) is zero exactly where P is, negative below the root and
positive above it. Its derivative h' = t̄_R − t̄_N (t̄ = the mean year weighted by the discounted
amounts) and |h''| ≤ (H − 1)²/4 (a difference of two variances of years in 0 … H−1). For kind 2,
h' ≥ 1 everywhere, so the root lies between 0 and −h(0) = ln(Σ n / Σ p): the starting bracket.
For kind 3 the bracket comes from Cauchy's bounds. Newton's method on h starts at r = 0 (y = 0;
its first step is the familiar estimate from the undiscounted multiple); a step that leaves the
current bracket is replaced by bisection, so every path converges. A Newton step s is final
when the error it leaves, at most (H − 1)²/(8 h') · s², is below 1e-15 (relative). The sums are
Horner evaluations with non-negative coefficients (no cancellation); where they over- or
underflow they are recomputed with the powers of x scaled to at most 1.

Entries with |f_t| ≤ 1e-13 · max |f| (far below the rounding error of the sums that produce cash
flows) are treated as zero, so rounding noise cannot create a sign change.

References
----------
.. [1] Pólya, G. (1928). Über positive Darstellung von Polynomen. *Vierteljahrsschrift der
   Naturforschenden Gesellschaft in Zürich* 73: 141–145 (the bound of Descartes' rule of signs
   on P(x)·(1 + x)^m becomes exact for large m).
.. [2] Edelman, A. & Murakami, H. (1995). Polynomial roots from companion matrix eigenvalues.
   *Mathematics of Computation* 64(210): 763–776 (the careful method).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from sif_models.model.irr_roots import (  # noqa: F401  (the reason codes are part of this API)
    NOISE_SHARE,
    REASON_NO_INFLOW,
    REASON_NO_OUTLAY,
    REASON_NO_ROOT,
    REASON_NOT_FINITE,
    REASON_SEVERAL,
    REASON_ZERO,
    _careful_batch,
    _multi,
    _solve,
    _split,
)


@dataclass(frozen=True)
class IRRResult:
    """IRR per path (NaN where none) and the reason per path (None where there is a rate).

    Returned by :func:`irr`; docs/model.md §5.

    Attributes
    ----------
    rate : numpy.ndarray of float, shape (...)
        The IRR of each path (rate per year; −0.55 = −55 %), NaN where none is reported.
    reason : numpy.ndarray of object, shape (...)
        None where there is a rate, else why there is none: a :class:`~sif_models.model.codes.Reason`
        (one of the ``REASON_*`` codes).
    roots : numpy.ndarray of object, shape (...)
        Where the reason is ``REASON_SEVERAL``: the rates that make the NPV zero (a sorted
        tuple); None elsewhere.
    """

    rate: np.ndarray
    reason: np.ndarray  # object array of Reason | None
    roots: np.ndarray  # object array of tuple[float, ...] | None

    def reason_counts(self) -> dict[str, int]:
        """How many paths have no IRR, by reason code.

        For the Monte Carlo's report of draws without an IRR (docs/model.md §5, §6).

        Returns
        -------
        dict of str to int
            Reason code → number of paths, sorted by code; paths with a rate are not counted.

        Examples
        --------
        >>> irr(np.array([[-1.0, 2.0], [0.0, 0.0], [-1.0, 0.0]])).reason_counts()
        {'no_inflow': 1, 'zero': 1}
        """
        reasons = np.asarray(self.reason, dtype=object).ravel()
        missing = reasons[np.not_equal(reasons, None)]
        return dict(sorted(Counter(str(r) for r in missing.tolist()).items()))


def npv(rate: float | np.ndarray, flows: np.ndarray) -> np.ndarray:
    """Net present value at ``rate`` of yearly flows, year 0 undiscounted.

    The IRR of docs/model.md §5 is the rate at which this is zero.

    Parameters
    ----------
    rate : float or numpy.ndarray, shape (...)
        r (rate per year, > −1); an array must broadcast against the flows' leading axes.
    flows : numpy.ndarray, shape (..., H)
        f_t, yearly cash flows (DKK per year; outlays negative), the last axis the year.

    Returns
    -------
    numpy.ndarray, shape (...)
        NPV(r) (DKK). A zero flow adds nothing even where (1 + r)^(−t) overflows.

    Notes
    -----
    ::

        NPV(r) = Σ_t f_t · (1 + r)^(−t)

    Examples
    --------
    >>> float(npv(-0.55, np.array([-1_000_000., -550_000., 450_000., 0., 0.])))
    0.0
    >>> float(npv(-1 + 1e-12, np.array([-1.0, 1e-12] + [0.0] * 68)))
    0.0
    """
    flows = np.asarray(flows, dtype=float)
    t = np.arange(flows.shape[-1])
    rate = np.asarray(rate, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        discounted = flows * (1.0 + rate[..., None]) ** (-t)
    # a zero flow adds nothing, even where (1 + r)^(−t) overflows (r near −100 %, long horizon)
    return np.sum(np.where(flows != 0, discounted, 0.0), axis=-1)


def _sign_order(f: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For scaled flows f (H, n), one pass over the years: is there a receipt, an outlay, an
    outlay after a receipt, a receipt after an outlay (each (n,))."""
    pos, neg = f > 0, f < 0
    seen_pos, seen_neg = pos[0].copy(), neg[0].copy()
    neg_after_pos = np.zeros(f.shape[1], dtype=bool)
    pos_after_neg = np.zeros(f.shape[1], dtype=bool)
    for t in range(1, f.shape[0]):
        neg_after_pos |= neg[t] & seen_pos
        pos_after_neg |= pos[t] & seen_neg
        seen_pos |= pos[t]
        seen_neg |= neg[t]
    return seen_pos, seen_neg, neg_after_pos, pos_after_neg


def _one_sign_change(f: np.ndarray, cols: np.ndarray, receipts_first: np.ndarray) -> np.ndarray:
    """The IRR of the paths ``cols`` of f that change sign once (NaN where the solve failed)."""
    g = f if cols.size == f.shape[1] else f[:, cols]
    pos_g, neg_g = _split(g, receipts_first)
    root_side = np.log(neg_g.sum(axis=0) / pos_g.sum(axis=0))
    lo, hi = np.minimum(root_side, 0.0), np.maximum(root_side, 0.0)
    return np.expm1(-_solve(pos_g, neg_g, lo, hi, np.zeros(g.shape[1])))


def irr(flows: np.ndarray) -> IRRResult:
    """IRR of each path of yearly cash flows, NaN with a reason where none exists.

    Implements the financiers' ``irr`` of docs/model.md §5 ("null where it does not exist",
    never a number from a failed solve); docs/model.md §6 needs it for every Monte Carlo draw.
    All paths are solved together (see the module docstring); a rate is returned only where
    exactly one rate above −100 % makes the NPV zero, and that is proven.

    Parameters
    ----------
    flows : array_like, shape (..., H)
        f_t, yearly cash flows per path (DKK per year; outlays negative), e.g. the financiers'
        flows −C + Paid + G of shape (D, H).

    Returns
    -------
    IRRResult
        ``rate`` (rate per year) and ``reason``, each of shape (...).

    Notes
    -----
    The IRR is the r > −1 with ::

        NPV(r) = Σ_t f_t · (1 + r)^(−t) = 0

    i.e. a positive root x = 1/(1 + r) of P(x) = Σ_t f_t x^t. Descartes' rule of signs, its
    refinement by Pólya's theorem [1]_ and the companion-matrix roots [2]_ decide whether exactly
    one exists.

    References
    ----------
    .. [1] Pólya, G. (1928). Über positive Darstellung von Polynomen. *Vierteljahrsschrift der
       Naturforschenden Gesellschaft in Zürich* 73: 141–145.
    .. [2] Edelman, A. & Murakami, H. (1995). Polynomial roots from companion matrix
       eigenvalues. *Mathematics of Computation* 64(210): 763–776.

    Examples
    --------
    >>> res = irr(np.array([[-1_000_000., -550_000., 450_000., 0., 0.], [-1., -1., 0., 0., 0.]]))
    >>> res.rate.round(10).tolist(), [str(r) if r else r for r in res.reason.tolist()]
    ([-0.55, nan], [None, 'no_inflow'])
    >>> res = irr(np.array([-100., 230., -132.]))  # roots at 10 % and 20 %
    >>> float(res.rate), str(res.reason), [round(r, 10) for r in res.roots.item()]
    (nan, 'several', [0.1, 0.2])
    """
    flows = np.asarray(flows, dtype=float)
    shape = flows.shape[:-1]
    horizon = flows.shape[-1]
    flat = flows.reshape(int(np.prod(shape, dtype=np.int64)), horizon)
    tm = np.ascontiguousarray(flat.T)  # (H, n): time first, so each year is a fast row
    n_paths = tm.shape[1]
    rate = np.full(n_paths, np.nan)
    reason = np.full(n_paths, None, dtype=object)
    roots = np.full(n_paths, None, dtype=object)
    if horizon == 0:
        reason[:] = REASON_ZERO
        return IRRResult(rate.reshape(shape), reason.reshape(shape), roots.reshape(shape))

    finite = np.isfinite(tm).all(axis=0)
    if not finite.all():
        tm = np.where(finite, tm, 0.0)
        reason[~finite] = REASON_NOT_FINITE
    scale = np.abs(tm).max(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        f = tm / np.where(scale > 0, scale, 1.0)
    f *= np.abs(f) > NOISE_SHARE
    seen_pos, seen_neg, neg_after_pos, pos_after_neg = _sign_order(f)
    reason[finite & ~seen_pos & ~seen_neg] = REASON_ZERO
    reason[finite & seen_neg & ~seen_pos] = REASON_NO_INFLOW
    reason[finite & seen_pos & ~seen_neg] = REASON_NO_OUTLAY

    both = finite & seen_pos & seen_neg
    one = np.flatnonzero(both & (~neg_after_pos | ~pos_after_neg))
    if one.size:  # one sign change: h' ≥ 1, so the root lies between 0 and −h(0)
        rate[one] = _one_sign_change(f, one, ~pos_after_neg[one])
        failed = one[~np.isfinite(rate[one])]  # never seen: the careful method decides
        if failed.size:
            rate[failed], reason[failed], roots[failed] = _careful_batch(flat[failed])

    multi = np.flatnonzero(both & neg_after_pos & pos_after_neg)
    if multi.size:
        _multi(f[:, multi], rate, reason, roots, flat, multi)
    return IRRResult(rate.reshape(shape), reason.reshape(shape), roots.reshape(shape))
