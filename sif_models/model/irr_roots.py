"""The root-finding behind :func:`sif_models.model.irr.irr`: every path's IRR proven unique, all
paths at once (docs/model.md §5). See the method in :mod:`sif_models.model.irr`.

Kinds 2 and 3 (one or several sign changes) are solved by :func:`_solve` (safeguarded Newton on
h(y) = ln R(e^y) − ln N(e^y)); several sign changes are first sorted by Descartes' bound on
P(x)·(1 + x)^m (:func:`_descartes_bound`) and by grid scans with cell-by-cell bounds
(:func:`_scan`); what stays open goes to the careful method (:func:`_careful_batch`: every real
root from companion-matrix eigenvalues, polished by Newton).
"""

from __future__ import annotations

import numpy as np

from sif_models.model.codes import Reason

# Why a path has no IRR: codes (their words are in sif_models.text.reasons).
REASON_ZERO = Reason.ZERO
REASON_NO_INFLOW = Reason.NO_INFLOW
REASON_NO_OUTLAY = Reason.NO_OUTLAY
REASON_NO_ROOT = Reason.NO_ROOT
REASON_SEVERAL = Reason.SEVERAL
REASON_NOT_FINITE = Reason.NOT_FINITE
NOISE_SHARE = 1e-13  # entries this small relative to the path's largest are treated as zero


# Tests for paths with several sign changes, cheapest first: Descartes' bound on P(x)·(1 + x)^m,
# and scans of the NPV on a grid of this many points between Cauchy's bounds.
STAGES = (
    ("descartes", 1),
    ("scan", 32),
    ("descartes", 4),
    ("descartes", 16),
    ("descartes", 64),
    ("scan", 128),
    ("scan", 1024),
)
_SIGN_TOL = 1e-12  # a computed value smaller than this share of its terms has no reliable sign
_MAX_ITERATIONS = 200  # bisection alone narrows any bracket to 1e-15 well within this
_Y_TOL = 1e-15  # converged when the error left in y = −ln(1 + r) is this small (relative)


def _several(rates: list[float]) -> tuple[Reason, tuple[float, ...]]:
    """The reason and the rates for a path with several IRRs."""
    return REASON_SEVERAL, tuple(sorted(rates))


# ------------------------------------------------------------------ the vectorised solver


def _nonzero_rows(*coefs: np.ndarray) -> np.ndarray:
    """The years (rows) in which some coefficient array has a nonzero entry."""
    mask = np.zeros(coefs[0].shape[0], dtype=bool)
    for c in coefs:
        mask |= c.any(axis=1)
    return np.flatnonzero(mask)


def _horner(coef: np.ndarray, x: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Σ_t coef[t] · x^(t − rows[0]) per column, over the given rows (all other rows are zero).

    Years without any cash flow cost one multiplication by a power of x, not a step each. The
    common factor x^(rows[0]) is left out: every use is a ratio of sums over the same rows.
    ``x`` may be (n,) or (G, n) (then the sums are (G, n)).
    """
    if rows.size == 0:
        return np.zeros(np.broadcast_shapes(coef.shape[1:], x.shape))
    acc = np.broadcast_to(coef[rows[-1]], np.broadcast_shapes(coef.shape[1:], x.shape)).copy()
    powers: dict[int, np.ndarray] = {1: x}
    for upper, lower in zip(rows[:0:-1].tolist(), rows[-2::-1].tolist(), strict=True):
        gap = upper - lower
        if gap not in powers:
            powers[gap] = x**gap
        acc *= powers[gap]
        acc += coef[lower]
    return acc


def _sums(
    coefs: tuple[np.ndarray, ...], y: np.ndarray, rows: np.ndarray | None = None
) -> list[np.ndarray]:
    """Σ_t c_t · x^t at x = e^y for each coefficient array (all ≥ 0), times a common factor.

    Horner in x (no cancellation: the coefficients are ≥ 0); where R/N over- or underflows, the
    powers are rescaled to x^(t − ref) ≤ 1 (ref = 0 when x ≤ 1, H − 1 when x > 1). The common
    factor cancels in h and h'.
    """
    if rows is None:
        rows = _nonzero_rows(*coefs)
    x = np.exp(y)
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        sums = [_horner(c, x, rows) for c in coefs]
        ratio = sums[0] / sums[1]
    bad = ~((ratio > 0) & (ratio < np.inf))
    if bad.any():
        horizon = coefs[0].shape[0]
        t = np.arange(horizon, dtype=float)
        yb = y[bad]
        with np.errstate(under="ignore"):
            w = np.exp(np.outer(t, yb) - np.where(yb > 0, horizon - 1.0, 0.0) * yb)  # (H, b)
        for s, c in zip(sums, coefs, strict=True):
            s[bad] = np.einsum("ij,ij->j", c[:, bad], w)
    return sums


def _solve(
    pos: np.ndarray, neg: np.ndarray, lo: np.ndarray, hi: np.ndarray, y: np.ndarray
) -> np.ndarray:
    """The root y* = ln x* of h = ln R − ln N in [lo, hi], per column, by safeguarded Newton.

    ``pos``, ``neg`` (H, n) are R's and N's coefficients; h(lo) < 0 < h(hi) and the start ``y``
    lies in the bracket. Columns that do not converge (none are known) give NaN.
    """
    horizon = pos.shape[0]
    t = np.arange(horizon, dtype=float)[:, None]
    coefs = (pos, neg, pos * t, neg * t)
    rows = _nonzero_rows(pos, neg)  # a superset stays right when columns are dropped
    out = np.full(pos.shape[1], np.nan)
    active = np.arange(pos.shape[1])
    pending = np.ones(pos.shape[1], dtype=bool)
    tol = _Y_TOL / max(1.0, (horizon - 1) ** 2 / 8.0)
    at_zero = np.all(y == 0)
    for iteration in range(_MAX_ITERATIONS):
        if iteration == 0 and at_zero:
            sums = [c.sum(axis=0) for c in coefs]  # x = 1: plain sums
        else:
            sums = _sums(coefs, y, rows)
        r_sum, n_sum, r_t, n_t = sums
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            h = np.log(r_sum / n_sum)
            slope = r_t / r_sum - n_t / n_sum
            step = -h / slope
        yy = 1.0 + y * y
        converged = (slope > 0) & (step * step <= tol * yy * slope)  # False for NaN
        # shrink the bracket around the root; bisect where Newton leaves it
        lo = np.where(h < 0, y, lo)
        hi = np.where(h > 0, y, hi)
        newton = y + step
        bisect = ~(converged | ((slope > 0) & (newton > lo) & (newton < hi)))  # catches NaN
        y = np.where(bisect, 0.5 * (lo + hi), newton)
        done = converged | (hi - lo <= _Y_TOL * yy) | (h == 0)
        finished = done & pending
        if finished.any():
            out[active[finished]] = y[finished]
            pending &= ~done
            left = np.count_nonzero(pending)
            if left == 0:
                break
            if left <= pending.size // 2:  # compress only when it pays for the copying
                active, y, lo, hi = active[pending], y[pending], lo[pending], hi[pending]
                coefs = tuple(c.compress(pending, axis=1) for c in coefs)
                pending = np.ones(left, dtype=bool)
    return out


def _split(f: np.ndarray, flip: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Receipts and outlays (both ≥ 0) of f (H, n), the sign turned where ``flip``."""
    g = f * np.where(flip, -1.0, 1.0) if flip.any() else f
    return np.fmax(g, 0.0), np.fmax(-g, 0.0)


# ------------------------------------------------------------------ counting roots


def _sign_changes(values: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sign changes down each column of ``values`` (L, n), skipping zeros.

    ``weight`` is the sum of the absolute terms behind each value: where it is 0 the value is an
    exact zero (skipped); where |value| ≤ 1e-12 · weight its sign is unreliable. Returns the
    count and whether any sign was unreliable.
    """
    small = np.abs(values) <= _SIGN_TOL * weight
    unreliable = (small & (weight > 0)).any(axis=0)
    signs = np.where(small, 0.0, np.sign(values))
    return _count_changes(signs), unreliable


def _count_changes(signs: np.ndarray) -> np.ndarray:
    """Sign changes down each column of ``signs`` (L, n) of −1, 0, +1, skipping the zeros."""
    count = np.count_nonzero(signs[1:] * signs[:-1] < 0, axis=0)
    # adjacent products miss a change across a zero inside a column: redo those columns
    nonzero = signs != 0
    first = np.argmax(nonzero, axis=0)
    last = signs.shape[0] - 1 - np.argmax(nonzero[::-1], axis=0)
    gaps = np.flatnonzero(np.count_nonzero(nonzero, axis=0) < last - first + 1)
    if gaps.size:
        sub = signs[:, gaps]
        rows = np.arange(sub.shape[0])[:, None]
        last_nonzero = np.maximum.accumulate(np.where(sub != 0, rows, 0), axis=0)
        filled = np.take_along_axis(sub, last_nonzero, axis=0)  # a zero takes the sign before
        count[gaps] = np.count_nonzero(filled[1:] * filled[:-1] < 0, axis=0)
    return count


def _descartes_bound(f: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Sign changes of the coefficients of P(x)·(1 + x)^m for each column of f (H, n)."""
    horizon = f.shape[0]
    if m == 1:  # a shift and an add; each value sums two terms of size ≤ 1 (|f| ≤ 1)
        values = np.zeros((horizon + 1, f.shape[1]))
        values[:-1] = f
        values[1:] += f
        small = np.abs(values) <= 2.0 * _SIGN_TOL  # exact zeros included: both terms are 0
        exact = np.zeros_like(small)
        exact[:-1] = f == 0
        exact[1:] &= f == 0
        exact[-1] = f[-1] == 0
        unreliable = (small & ~exact).any(axis=0)
        return _count_changes(np.where(small, 0.0, np.sign(values))), unreliable
    from scipy.special import comb  # only for paths with several sign changes

    weights = comb(m, np.arange(m + 1)) / 2.0**m
    # Σ_j w_j · f shifted down by j rows: shifted adds (small products are slow in BLAS when
    # its threads compete for the cores)
    size = np.abs(f)
    values = np.zeros((horizon + m, f.shape[1]))
    weight = np.zeros_like(values)
    for j, w in enumerate(weights):
        values[j : j + horizon] += w * f
        weight[j : j + horizon] += w * size
    return _sign_changes(values, weight)


def _first_last(f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first and the last nonzero entry of each column of f (H, n)."""
    mask = f != 0
    cols = np.arange(f.shape[1])
    first = np.argmax(mask, axis=0)
    last = f.shape[0] - 1 - np.argmax(mask[::-1], axis=0)
    return f[first, cols], f[last, cols]


def _cauchy(f: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bounds lo < ln x < hi on every positive root (Cauchy; |f| ≤ 1), and P's sign at 0+."""
    first, last = _first_last(f)
    return -np.log1p(1.0 / np.abs(first)), np.log1p(1.0 / np.abs(last)), np.sign(first)


def _h_grid(pos: np.ndarray, neg: np.ndarray, y: np.ndarray) -> np.ndarray:
    """h = ln R − ln N at the points y (G, n) for each column of pos, neg (H, n).

    Horner in x = e^y; where that over- or underflows, again with u = e^(−|y|) ≤ 1:
    Σ c_t u^t for y ≤ 0 and Σ c_t u^(H−1−t) (the sums times x^(−(H−1))) for y > 0.
    """
    every = np.arange(pos.shape[0])
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        x = np.exp(y)
        rows = _nonzero_rows(pos, neg)
        ratio = _horner(pos, x, rows) / _horner(neg, x, rows)
        bad = ~((ratio > 0) & (ratio < np.inf))
        if bad.any():
            g, c = np.nonzero(bad)
            u = np.exp(-np.abs(y[g, c]))
            p, n = pos[:, c], neg[:, c]
            forward = _horner(p, u, every) / _horner(n, u, every)
            backward = _horner(p[::-1], u, every) / _horner(n[::-1], u, every)
            ratio[g, c] = np.where(y[g, c] > 0, backward, forward)
        return np.log(ratio)


def _scan(f: np.ndarray, points: int):
    """Scan P between Cauchy's bounds on ``points`` grid points per column of f (H, n).

    Returns ``found`` (reliable sign changes on the grid: a lower bound on the number of roots),
    ``no_root`` and ``unique`` (proven), the brackets (column, y_left, y_right) of the sign
    changes, and for each ``unique`` column its bracket.

    The proofs work cell by cell. On a cell [y_a, y_b] R and N grow with y, and ln R, ln N grow
    at most T_R, T_N (the last year with a receipt, an outlay) per unit of y. So P < 0 on the cell
    when h(y_b) + T_N·Δy < 0 or h(y_a) + T_R·Δy < 0, and P > 0 when h(y_a) − T_N·Δy > 0 or
    h(y_b) − T_R·Δy > 0. No root: every cell negative. One root: the cells up to some y_L
    negative, those from some y_U positive, and h rising on [y_L, y_U], shown by
    t̄_R(y_L) > t̄_N(y_U) (the weighted mean years t̄ grow with y, so h' = t̄_R − t̄_N ≥ that).
    """
    n = f.shape[1]
    lo, hi, sign0 = _cauchy(f)
    pos, neg = _split(f, sign0 > 0)  # oriented: P < 0 just above 0
    years = np.arange(f.shape[0], dtype=float)[:, None]
    last_r = np.max(years * (pos > 0), axis=0)
    last_n = np.max(years * (neg > 0), axis=0)
    y = lo + (hi - lo) * np.linspace(0.0, 1.0, points)[:, None]  # (G, n)
    dy = (hi - lo) / (points - 1)
    h = _h_grid(pos, neg, y)
    with np.errstate(invalid="ignore"):
        cell_neg = np.minimum(h[1:] + last_n * dy, h[:-1] + last_r * dy) < 0  # (G − 1, n)
        cell_pos = np.maximum(h[:-1] - last_n * dy, h[1:] - last_r * dy) > 0
        signs = np.sign(h) * (np.abs(h) > _SIGN_TOL)  # 0 where unreliable (or NaN)
    signs = np.nan_to_num(signs)
    rows = np.arange(points)[:, None]
    last_nonzero = np.maximum.accumulate(np.where(signs != 0, rows, -1), axis=0)
    before = np.take_along_axis(signs, np.maximum(last_nonzero, 0), axis=0) * (last_nonzero >= 0)
    change = np.zeros_like(signs, dtype=bool)
    change[1:] = signs[1:] * before[:-1] < 0  # a reliable sign that differs from the last one
    g, cols = np.nonzero(change)
    left_index = last_nonzero[g - 1, cols]
    found = np.bincount(cols, minlength=n)
    no_root = np.all(cell_neg, axis=0) & (found == 0)

    # One root: cells 0 … L−1 negative, cells U+1 … G−2 positive, h rising on [y_L, y_(U+1)].
    cells = points - 1
    neg_prefix = np.logical_and.accumulate(cell_neg, axis=0)
    pos_suffix = np.logical_and.accumulate(cell_pos[::-1], axis=0)
    first_open = np.where(neg_prefix.all(axis=0), cells, np.argmin(neg_prefix, axis=0))
    last_open = cells - 1 - np.where(pos_suffix.all(axis=0), cells, np.argmin(pos_suffix, axis=0))
    unique = np.zeros(n, dtype=bool)
    c1 = np.flatnonzero((first_open <= last_open) & (found <= 1) & ~no_root)
    a, b = first_open[c1], last_open[c1] + 1
    if c1.size:
        p, q = pos[:, c1], neg[:, c1]
        coefs = (p, q, p * years, q * years)
        at_a = _sums(coefs, y[a, c1])
        at_b = _sums(coefs, y[b, c1])
        with np.errstate(invalid="ignore", divide="ignore"):
            rising = at_a[2] / at_a[0] - at_b[3] / at_b[1] > 0
        unique[c1[rising]] = True
        c1, a, b = c1[rising], a[rising], b[rising]
    unique_brackets = (c1, y[a, c1], y[b, c1])
    brackets = (cols, y[left_index, cols], y[g, cols])
    return found, no_root, unique, brackets, unique_brackets


def _careful_batch(flat: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The careful method for many paths (n, H): every real root x > 0 of each P, polished.

    Paths are grouped by their first and last nonzero year; each group's roots come from the
    eigenvalues of its stacked companion matrices (:func:`numpy.linalg.eigvals`). Each root that
    is real (|imag| ≤ 1e-9 · max(1, |x|)) and positive is polished by Newton steps on the NPV and
    kept if the NPV there vanishes relative to the discounted flows (≤ 1e-9). One rate: the IRR;
    none: no root; several: no IRR, the reason lists them.
    """
    n_paths, horizon = flat.shape
    rate = np.full(n_paths, np.nan)
    reason = np.full(n_paths, None, dtype=object)
    several = np.full(n_paths, None, dtype=object)
    finite = np.isfinite(flat).all(axis=1)
    flat = np.where(finite[:, None], flat, 0.0)
    scale = np.abs(flat).max(axis=1)
    f = flat / np.where(scale > 0, scale, 1.0)[:, None]
    f = f * (np.abs(f) > NOISE_SHARE)
    any_pos, any_neg = (f > 0).any(axis=1), (f < 0).any(axis=1)
    reason[~any_pos & ~any_neg] = REASON_ZERO
    reason[any_neg & ~any_pos] = REASON_NO_INFLOW
    reason[any_pos & ~any_neg] = REASON_NO_OUTLAY
    reason[~finite] = REASON_NOT_FINITE
    nonzero = f != 0
    first = np.argmax(nonzero, axis=1)
    last = horizon - 1 - np.argmax(nonzero[:, ::-1], axis=1)
    both = any_pos & any_neg
    first, last = np.where(both, first, -1), np.where(both, last, -1)
    for a, b in sorted(set(zip(first[both].tolist(), last[both].tolist(), strict=True))):
        rows = np.flatnonzero((first == a) & (last == b))
        c = f[rows, a : b + 1]  # P(x) / x^a, degree d = b − a ≥ 1 (both signs occur)
        d = b - a
        companion = np.zeros((rows.size, d, d))
        companion[:, np.arange(1, d), np.arange(d - 1)] = 1.0
        companion[:, :, -1] = -c[:, :d] / c[:, d : d + 1]
        roots = np.linalg.eigvals(companion)
        real = (np.abs(roots.imag) <= 1e-9 * np.maximum(1.0, np.abs(roots))) & (roots.real > 0)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            r = np.where(real, 1.0 / roots.real - 1.0, np.nan)  # (n_g, d)
            t = np.arange(d + 1, dtype=float)
            for _ in range(50):  # Newton polish on the NPV, all candidates at once
                disc = (1.0 + r[..., None]) ** (-t)
                v = np.einsum("nk,ndk->nd", c, disc)
                dv = np.einsum("nk,ndk->nd", -t * c, disc / (1.0 + r[..., None]))
                step = v / dv
                ok = np.isfinite(step) & (1.0 + r - step > 0)
                r = np.where(ok, r - step, r)
                if not np.any(ok & (np.abs(step) >= 1e-15 * np.maximum(1.0, np.abs(r)))):
                    break
            disc = (1.0 + r[..., None]) ** (-t)
            value = np.abs(np.einsum("nk,ndk->nd", c, disc))
            size = np.einsum("nk,ndk->nd", np.abs(c), disc)
        good = np.isfinite(r) & (value <= 1e-9 * size)
        for row, cand, keep in zip(rows.tolist(), r.tolist(), good.tolist(), strict=True):
            found: list[float] = []
            for q, k in zip(cand, keep, strict=True):
                if k and not any(abs(q - p) <= 1e-7 * max(1.0, abs(p)) for p in found):
                    found.append(q)
            if not found:
                reason[row] = REASON_NO_ROOT
            elif len(found) > 1:
                reason[row], several[row] = _several(found)
            else:
                rate[row] = found[0]
    return rate, reason, several


def _multi(
    f: np.ndarray,
    rate: np.ndarray,
    reason: np.ndarray,
    roots: np.ndarray,
    flat: np.ndarray,
    idx: np.ndarray,
):
    """Paths ``idx`` with several sign changes (f: their scaled flows, (H, n)).

    Cheap tests first, each only on the paths still open (:data:`STAGES`), then the careful
    method for whatever is left.
    """
    undecided = np.ones(idx.size, dtype=bool)
    unique = np.zeros(idx.size, dtype=bool)
    several: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    single: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for kind, size in STAGES:
        sub = np.flatnonzero(undecided)
        if sub.size == 0:
            break
        g = f if sub.size == idx.size else f[:, sub]
        if kind == "descartes":
            count, unreliable = _descartes_bound(g, size)
            none = ~unreliable & (count == 0)
            one = ~unreliable & (count == 1)
            unique[sub[one]] = True
            undecided[sub[one]] = False
        else:
            found, none, one, (cols, left, right), (c1, l1, r1) = _scan(g, size)
            many = found >= 2
            keep = many[cols]
            several.append((sub[cols[keep]], left[keep], right[keep]))
            single.append((sub[c1], l1, r1))
            undecided[sub[many | one]] = False
        reason[idx[sub[none]]] = REASON_NO_ROOT
        undecided[sub[none]] = False

    one = np.flatnonzero(unique)
    if one.size:  # exactly one root: Cauchy's bounds bracket it; orient so that P(0+) < 0
        g = f[:, one]
        lo, hi, sign0 = _cauchy(g)
        y = _solve(*_split(g, sign0 > 0), lo, hi, np.zeros(one.size))
        rate[idx[one]] = np.expm1(-y)
        failed = one[~np.isfinite(y)]  # never seen: the careful method decides
        if failed.size:
            rate[idx[failed]], reason[idx[failed]], roots[idx[failed]] = _careful_batch(
                flat[idx[failed]]
            )

    cols, y = _refine(f, single)  # exactly one root, bracketed by a scan
    rate[idx[cols]] = np.expm1(-y)
    failed = cols[~np.isfinite(y)]
    if failed.size:
        rate[idx[failed]], reason[idx[failed]], roots[idx[failed]] = _careful_batch(
            flat[idx[failed]]
        )

    cols, y = _refine(f, several)  # several roots: each bracket refined for the reason text
    found: dict[int, list[float]] = {}
    for c, v in zip(cols.tolist(), np.expm1(-y).tolist(), strict=True):
        found.setdefault(c, []).append(v)
    for c, rates in found.items():
        reason[idx[c]], roots[idx[c]] = _several(rates)

    rest = np.flatnonzero(undecided)
    if rest.size:  # rare: the careful method decides
        rate[idx[rest]], reason[idx[rest]], roots[idx[rest]] = _careful_batch(flat[idx[rest]])


def _refine(
    f: np.ndarray, brackets: list[tuple[np.ndarray, np.ndarray, np.ndarray]]
) -> tuple[np.ndarray, np.ndarray]:
    """The root in each bracket (column of f, y_left, y_right) that has a sign change."""
    if not brackets or not sum(b[0].size for b in brackets):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    cols = np.concatenate([b[0] for b in brackets])
    left = np.concatenate([b[1] for b in brackets])
    right = np.concatenate([b[2] for b in brackets])
    g = f[:, cols]
    _, _, sign0 = _cauchy(g)
    pos, neg = _split(g, sign0 > 0)
    h_left = _h_grid(pos, neg, left[None, :])[0]
    pos, neg = _split(g, (sign0 > 0) != (h_left > 0))  # oriented: h(left) < 0
    return cols, _solve(pos, neg, left, right, 0.5 * (left + right))
