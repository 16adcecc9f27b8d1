"""The vectorised IRR (sif_models/irr.py): against numpy-financial, analytic cases, nasty cases,
and the careful per-path method on flows with several sign changes.

Reference values: numpy_financial.irr (an independent implementation: numpy.roots of the same
polynomial); closed forms stated next to each case; docs/model.md §8 for the worked example.
"""

from __future__ import annotations

import glob

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sif_models.inputs.proposals import load_proposal
from sif_models.model.build import build_inputs
from sif_models.model.irr import (
    NOISE_SHARE,
    REASON_NO_INFLOW,
    REASON_NO_OUTLAY,
    REASON_NO_ROOT,
    REASON_NOT_FINITE,
    REASON_SEVERAL,
    REASON_ZERO,
    IRRResult,
    _careful_batch,
    irr,
    npv,
)
from sif_models.model.simulate import simulate
from sif_models.risk.montecarlo import sample_draws
from sif_models.text.reasons import reason_text


def conventional_flows(rng: np.random.Generator, n: int, horizon: int) -> np.ndarray:
    """Outlays then receipts (one sign change), with zeros sprinkled in, leading and trailing
    zeros, magnitudes over many orders, and a third of the paths turned round (loans)."""
    k = rng.integers(1, horizon, size=n)  # years of outlays
    t = np.arange(horizon)
    out = -np.exp(rng.normal(0, 2, (n, horizon)))
    inc = np.exp(rng.normal(0, 2, (n, horizon)))
    f = np.where(t < k[:, None], out, inc)
    f *= rng.random((n, horizon)) > 0.2  # zeros anywhere, including the ends
    f[:, 0] = np.where(f[:, 0] == 0, -1.0, f[:, 0])  # keep at least one outlay
    f[:, -1] = np.where(np.all(f[:, 1:] <= 0, axis=1), 1.0, f[:, -1])  # and one receipt
    flip = rng.random(n) < 1 / 3
    f[flip] *= -1
    return f * np.exp(rng.normal(0, 3, n))[:, None]


@pytest.mark.parametrize("horizon", [2, 3, 5, 10, 20, 40])
def test_matches_numpy_financial_on_conventional_flows(horizon):
    rng = np.random.default_rng(horizon)
    flows = conventional_flows(rng, 400, horizon)
    result = irr(flows)
    reference = np.array([npf.irr(row) for row in flows])
    assert np.all(np.isfinite(result.rate))  # one sign change: the IRR always exists
    assert np.all(np.isfinite(reference))
    np.testing.assert_allclose(result.rate, reference, rtol=1e-9, atol=1e-9)
    assert all(r is None for r in result.reason)


def test_worked_example_rate():
    # docs/model.md §8: flows −1,000,000, −550,000, 450,000, 0, 0 give irr = −0.55
    res = irr(np.array([[-1_000_000.0, -550_000.0, 450_000.0, 0.0, 0.0]]))
    assert res.rate.shape == (1,)
    assert res.rate[0] == pytest.approx(-0.55, abs=1e-14)
    assert res.reason[0] is None


@pytest.mark.parametrize(
    ("flows", "expected"),
    [
        ([-100.0, 110.0], 0.10),  # 110 / 100 − 1
        ([100.0, -110.0], 0.10),  # a loan: the same rate
        ([0.0, 0.0, -1.0, 0.0, 1.21, 0.0, 0.0], 0.10),  # −x² + 1.21 x⁴ = 0 → x = 1/1.1
        ([-1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0], 2.0 ** (1 / 9) - 1),
        ([-1.0, 1e6], 999_999.0),  # a huge rate
        ([-1.0, 0.5, 0.5], 0.0),  # money back, no more
    ],
)
def test_closed_forms(flows, expected):
    res = irr(np.array(flows))
    assert res.rate.shape == ()
    assert float(res.rate) == pytest.approx(expected, rel=1e-12, abs=1e-14)


def test_rate_near_minus_one():
    # −1 now, 1e-10 next year: 1 + r = 1e-10, so r = −1 + 1e-10 (absolute accuracy of r)
    res = irr(np.array([-1.0, 1e-10]))
    assert float(res.rate) == pytest.approx(-1.0 + 1e-10, abs=1e-16)
    # the same with a long horizon of trailing zeros, where (1 + r)^(−t) overflows
    long = np.zeros(70)
    long[:2] = [-1.0, 1e-10]
    assert float(irr(long).rate) == pytest.approx(-1.0 + 1e-10, abs=1e-16)
    assert np.isfinite(npv(float(irr(long).rate), long))


@pytest.mark.parametrize("scale", [1e-300, 1e-150, 1.0, 1e150, 1e300])
def test_scale_does_not_matter(scale):
    flows = np.array([-3.0, -1.0, 0.5, 2.0, 2.5, 0.0])
    base = float(irr(flows).rate)
    assert float(irr(flows * scale).rate) == pytest.approx(base, rel=1e-13)
    assert base == pytest.approx(npf.irr(flows), rel=1e-10)


def test_nasty_cases_have_a_reason():
    flows = np.array(
        [
            [-1.0, -2.0, -3.0],  # all outlays
            [1.0, 0.0, 2.0],  # all receipts
            [0.0, 0.0, 0.0],  # nothing
            [-1.0, np.nan, 2.0],  # not a number
            [-1.0, np.inf, 2.0],
            [-100.0, 230.0, -132.0],  # roots at 10 % and 20 %: (1.1 − x⁻¹)(1.2 − x⁻¹) form
            [1.0, -1.0, 1.0],  # 1 − x + x² > 0: no real root
            [-1.0, 0.0, 0.0],  # a single outlay
        ]
    )
    res = irr(flows)
    assert np.all(np.isnan(res.rate))
    assert res.reason.tolist() == [
        REASON_NO_INFLOW,
        REASON_NO_OUTLAY,
        REASON_ZERO,
        REASON_NOT_FINITE,
        REASON_NOT_FINITE,
        REASON_SEVERAL,
        REASON_NO_ROOT,
        REASON_NO_INFLOW,
    ]
    # the rates of the several-roots path come with its code (docs/model.md §5)
    assert res.roots[5] == pytest.approx((0.10, 0.20), abs=1e-9)
    assert [r for i, r in enumerate(res.roots) if i != 5] == [None] * 7
    assert res.reason_counts() == {
        REASON_NOT_FINITE: 2,
        REASON_NO_ROOT: 1,
        REASON_NO_OUTLAY: 1,
        REASON_ZERO: 1,
        REASON_SEVERAL: 1,
        REASON_NO_INFLOW: 2,
    }


def test_empty_horizon():
    res = irr(np.zeros((3, 0)))
    assert res.rate.shape == (3,)
    assert res.reason.tolist() == [REASON_ZERO] * 3


def test_several_sign_changes_with_one_root():
    # −1 + 3x − 3x² + 2x³: three sign changes but one real root (numpy.roots: one positive)
    flows = np.array([-1.0, 3.0, -3.0, 2.0])
    res = irr(flows)
    assert float(res.rate) == pytest.approx(npf.irr(flows), rel=1e-10)
    assert abs(float(npv(float(res.rate), flows))) < 1e-12


def test_one_root_where_descartes_bound_stays_three():
    # A financiers' path of the synthetic benchmark proposal (the guarantee pays 10 mio. in the
    # last of 30 years): three sign changes, and Descartes' bound on P(x)·(1 + x)^m stays 3 up to
    # m = 64; the grid scan proves the single root.
    flows = np.zeros(30)
    flows[[0, 1, 2, 3, 4, 5, 29]] = [
        -16044904.0,
        -13278711.0,
        2227617.0,
        13999721.0,
        17718794.0,
        -16044904.0,
        10000000.0,
    ]
    res = irr(flows)
    rate, reason, _ = _careful_batch(flows[None, :])
    assert reason[0] is None and res.reason.item() is None
    assert float(res.rate) == pytest.approx(rate[0], abs=1e-12)
    assert float(res.rate) == pytest.approx(npf.irr(flows), abs=1e-12)  # −0.4268 %


def test_rounding_noise_is_not_a_sign_change():
    # +1e-15 (below NOISE_SHARE of the largest entry) between outlays counts as zero
    assert 1e-15 < NOISE_SHARE * 3.0
    noisy = irr(np.array([-1.0, 1e-15, -1.0, 3.0]))
    clean = irr(np.array([-1.0, 0.0, -1.0, 3.0]))
    assert float(noisy.rate) == pytest.approx(float(clean.rate), rel=1e-12)


def test_shapes_are_kept():
    rng = np.random.default_rng(1)
    flows = conventional_flows(rng, 6, 5).reshape(2, 3, 5)
    res = irr(flows)
    assert res.rate.shape == (2, 3) and res.reason.shape == (2, 3)
    flat = irr(flows.reshape(6, 5))
    np.testing.assert_array_equal(res.rate.ravel(), flat.rate)


@pytest.mark.parametrize("horizon", [3, 5, 8, 13, 30])
def test_fast_route_agrees_with_the_careful_method(horizon):
    # random signs: many paths with several sign changes, several roots or none
    rng = np.random.default_rng(100 + horizon)
    flows = rng.normal(size=(600, horizon)) * np.exp(rng.normal(0, 1, (600, horizon)))
    flows *= rng.random(flows.shape) > 0.2
    fast = irr(flows)
    rate, reason, _ = _careful_batch(flows)
    kinds = [(r or "").split(" (")[0] for r in reason]
    assert [(r or "").split(" (")[0] for r in fast.reason] == kinds
    np.testing.assert_allclose(fast.rate, rate, rtol=1e-9, atol=1e-12)
    assert REASON_SEVERAL in kinds and REASON_NO_ROOT in kinds  # the hard kinds did occur


def test_fast_route_agrees_on_model_flows():
    """Financiers' flows of every example proposal's Monte Carlo: often several sign changes."""
    paths = sorted(glob.glob("data/proposals/*.yaml")) + ["data/examples/worked-example.yaml"]
    for i, path in enumerate(paths):
        inputs = build_inputs(load_proposal(path))
        flows = simulate(inputs, sample_draws(inputs, 400, np.random.default_rng(i))).financiers
        fast = irr(flows)
        rate, reason, _ = _careful_batch(flows)
        assert [(r or "").split(" (")[0] for r in fast.reason] == [
            (r or "").split(" (")[0] for r in reason
        ], path
        np.testing.assert_allclose(fast.rate, rate, rtol=1e-9, atol=1e-12, err_msg=path)


def test_several_reason_lists_the_rates():
    # (x − 0.5)(x − 0.8)(x + 1) = x³ − 0.3x² − 0.9x + 0.4: rates 1/0.5 − 1 and 1/0.8 − 1
    res = irr(np.array([0.4, -0.9, -0.3, 1.0]))
    assert res.reason.item() == REASON_SEVERAL
    assert res.roots.item() == pytest.approx((0.25, 1.0), abs=1e-9)
    # the words live in the text layer, the rates in brackets as before
    assert reason_text(res.reason.item(), "en", res.roots.item(), full=True) == (
        "several rates make the net present value zero (25.0%, 100.0%)"
    )


# amounts from 0.001 to 1e9: the smallest stays above NOISE_SHARE of the largest (1e-12 > 1e-13)
money = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(
    outlays=st.lists(money, min_size=1, max_size=6),
    gap=st.integers(min_value=0, max_value=5),
    receipts=st.lists(money, min_size=1, max_size=6),
)
def test_property_one_sign_change_always_has_a_checked_rate(outlays, gap, receipts):
    flows = np.array([-x for x in outlays] + [0.0] * gap + receipts)
    res = irr(flows)
    rate = float(res.rate)
    assert np.isfinite(rate) and rate > -1.0 and res.reason.item() is None
    # The NPV changes sign across the rate: just below and just above 1 + r (a relative 1e-9
    # plus a few units of the last place of r, which is all r holds near −100 %).
    q = 1.0 + rate
    eps = 4 * np.finfo(float).eps
    below, above = max(q * (1 - 1e-9) - eps, q / 2), q * (1 + 1e-9) + eps
    t = np.arange(flows.size)

    def sign_of_npv(q: float) -> float:  # in logs, scaled: no overflow
        log_terms = -t * np.log(q)
        return np.sign(np.sum(flows * np.exp(log_terms - log_terms.max())))

    assert sign_of_npv(below) * sign_of_npv(above) <= 0


def test_result_type():
    res = irr(np.array([[-1.0, 2.0]]))
    assert isinstance(res, IRRResult)
    assert res.rate.dtype == float and res.reason.dtype == object
