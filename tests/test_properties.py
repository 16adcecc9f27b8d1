"""Property tests: random valid proposals always give a clean business case; random invalid
ones always give :class:`SifInputError`, never another exception.

The strategy builds proposal dicts in the shape of docs/model.md §9: 1–4 outcomes, intake over up to
the whole horizon, any rates, lags (also past the horizon), persistence and decay, payment cap and
return cap or none, a deficit guarantee, the capital split between the fund and an investor, and
the unit costs given in the proposal itself (so the shipped catalogue does not matter). Every
proposal has participants and a positive intervention cost.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sif_models.case.business_case import run
from sif_models.errors import SifInputError
from sif_models.inputs.catalogue import load_price_index
from sif_models.inputs.loading import read_yaml, validate
from sif_models.inputs.schema import PAYERS, Proposal
from sif_models.inputs.uncertainty import MIN_SHAPE, Z90_WIDTH, beta_problem
from sif_models.model import irr as irr_module
from sif_models.model.codes import WarningCode
from sif_models.model.figures import figures
from sif_models.model.irr import irr
from sif_models.model.simulate import central_draws, simulate
from tests.conftest import DETERMINISTIC_KEYS, SUMMARY_KEYS

PRICE_YEARS = sorted(load_price_index())
# 60 fixed examples keep the suite fast and repeatable; SIF_PROPERTY_EXAMPLES=3000 runs a deeper,
# random search (as was done when these tests were written).
_DEEP = os.environ.get("SIF_PROPERTY_EXAMPLES")
SETTINGS = settings(
    max_examples=int(_DEEP) if _DEEP else 60,
    derandomize=not _DEEP,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# The keys of `sif run --json` (docs/model.md §9), nested.
def money(high: float = 1e6) -> st.SearchStrategy[float]:
    return st.floats(0.0, high)


rates = st.floats(0.0, 1.0)


def assert_npv_zero_at(rate: float, flows: np.ndarray) -> None:
    """NPV(rate) = Σ f_t (1 + r)^(−t) is 0 up to floating point, checked relative to its terms.

    The terms are compared in log space, so a rate near −100 % (terms beyond 1e308) still works.
    Allowed: 1e-9 of the terms; what the rate's last bits move the NPV, |dNPV/dr| · 4 ε, which
    is mean(t) / (1 + r) · 4 ε of the terms; and the terms the solver treats as rounding noise
    (|f_t| ≤ NOISE_SHARE · max |f|, documented in irr.py).
    """
    nonzero = flows != 0
    t = np.arange(flows.size)[nonzero]
    f = flows[nonzero]
    log_terms = np.log(np.abs(f)) - t * np.log1p(rate)
    w = np.exp(log_terms - log_terms.max())  # |f_t| (1 + r)^(−t), scaled to a largest of 1
    residual = abs(float(np.sum(np.sign(f) * w))) / w.sum()
    mean_t = float(np.sum(t * w) / w.sum())
    noise = np.abs(f) <= getattr(irr_module, "NOISE_SHARE", 0.0) * np.abs(f).max()
    allowed = (
        1e-9
        + 4 * np.finfo(float).eps * max(1.0, abs(rate)) * mean_t / (1.0 + rate)
        + float(w[noise].sum() / w.sum())
    )
    assert residual <= allowed, (rate, flows.tolist(), residual, allowed)


AREAS = ["Sociale Forhold og Beskæftigelse", "Sundhed og Omsorg", "Børn og Unge"]


@st.composite
def payer_shares(draw) -> dict[str, float]:
    """{payer: share} summing to 1 (docs/model.md §3 v2): one to three payers."""
    payers = draw(st.lists(st.sampled_from(["kommune", "region", "stat"]), min_size=1, unique=True))
    cuts = sorted(
        draw(st.lists(st.floats(0.0, 1.0), min_size=len(payers) - 1, max_size=len(payers) - 1))
    )
    edges = [0.0, *cuts, 1.0]
    shares = {p: edges[i + 1] - edges[i] for i, p in enumerate(payers)}
    shares[payers[-1]] = 1.0 - sum(shares[p] for p in payers[:-1])  # sums to 1 in floating point
    return shares


@st.composite
def unit_costs(draw, n: int) -> list[dict]:
    out = []
    for m in range(n):
        cost = {
            "id": f"cost-{m}",
            "label": f"Cost {m}",
            "unit": draw(st.sampled_from(["year", "night", "month"])),
            "price_dkk": draw(money()),
            "price_year": draw(st.sampled_from(PRICE_YEARS)),
            "range": draw(st.none() | rates),
            "source": "assumption for a property test",
        }
        if draw(st.booleans()):
            cost["payer"] = draw(st.sampled_from(["kommune", "region", "stat"]))
        else:
            cost["payer_shares"] = draw(payer_shares())
        area = draw(st.none() | st.sampled_from(AREAS))
        if area is not None:
            cost["budget_area"] = area
        if draw(st.booleans()):
            cost["cashable"] = draw(st.booleans())
        out.append(cost)
    return out


@st.composite
def success_uncertainty(draw) -> dict:
    """A central success rate with a 90 % interval whose centred Beta the sampler can use
    (docs/model.md §6 v2): κ ≥ 1.1 · MIN_SHAPE / min(p, 1 − p), the interval inside (0, 1)."""
    p = draw(st.floats(0.001, 0.999))
    k_min = 1.1 * MIN_SHAPE / min(p, 1.0 - p)
    kappa = math.exp(draw(st.floats(math.log(max(k_min, 1e-3)), math.log(1e6))))
    width = min(Z90_WIDTH * math.sqrt(p * (1.0 - p) / (kappa + 1.0)), 0.99)
    low = max(1e-6, p - width * draw(st.floats(0.0, 1.0)))
    if low + width >= 1.0 - 1e-6:
        low = 1.0 - 1e-6 - width
    interval = [low, max(low + width, p)]
    assume(beta_problem(p, tuple(interval)) is None)
    return {"success_rate": p, "success_interval": interval}


@st.composite
def outcome(draw, k: int, horizon: int, cost_ids: list[str]) -> dict:
    out = {
        "id": f"outcome-{k}",
        "label": f"Outcome {k}",
        "baseline_rate": draw(rates),
        "lag_years": draw(st.integers(0, horizon + 1)),
        "persistence_years": draw(st.integers(0, 12)),
        "annual_decay": draw(rates),
        "price_dkk": draw(money()),
        "consequences": [
            {"cost": c, "quantity_per_year": draw(st.floats(-400.0, 400.0))}
            for c in draw(st.lists(st.sampled_from(cost_ids), max_size=3))
        ],
    }
    if draw(st.booleans()):
        out["payment_threshold_rate"] = draw(rates)
    kind = draw(st.sampled_from(["central", "interval", "evidence"]))
    if kind == "interval":
        out.update(draw(success_uncertainty()))
    elif kind == "evidence":
        trials = draw(st.integers(2, 500))
        successes = draw(st.integers(1, trials - 1))
        out.update(
            success_rate=successes / trials,
            success_evidence={"successes": successes, "trials": trials},
        )
    else:
        out["success_rate"] = draw(rates)
    return out


@st.composite
def contract_v2(draw, horizon: int) -> dict:
    """The contract's v2 fields (docs/model.md §4): outcome payers and transaction costs."""
    out: dict = {}
    if draw(st.booleans()):
        shares = draw(payer_shares())
        out["outcome_payers"] = [
            {"name": f"Payer {payer}", "payer": payer, "share": share}
            for payer, share in shares.items()
        ]
    costs = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "label": st.sampled_from(["Legal work", "Evaluation", "Validation"]),
                    "dkk": money(1e6),
                    "year": st.integers(0, horizon + 1),
                    "borne_by": st.sampled_from(["kommune", "fund"]),
                }
            ),
            max_size=3,
        )
    )
    if costs:
        out["transaction_costs"] = costs
    return out


@st.composite
def proposals(draw) -> dict:
    """A random valid proposal as plain data."""
    horizon = draw(st.integers(1, 40))
    intake = draw(st.lists(st.integers(0, 200), min_size=1, max_size=horizon))
    someone = draw(st.integers(0, len(intake) - 1))
    intake[someone] = max(intake[someone], draw(st.integers(1, 50)))
    costs = draw(unit_costs(draw(st.integers(1, 3))))
    cost_ids = [c["id"] for c in costs]
    n_outcomes = draw(st.integers(1, 4))
    fund_share = draw(rates)
    financing = draw(
        st.sampled_from(
            [
                [{"name": "Fonden", "role": "fund", "share": 1}],
                [{"name": "Investor", "role": "investor", "share": 1}],
                [
                    {"name": "Fonden", "role": "fund", "share": fund_share},
                    {"name": "Investor", "role": "investor", "share": 1.0 - fund_share},
                ],
            ]
        )
    )
    guarantee = draw(st.sampled_from([0.0, None]))
    v2 = draw(contract_v2(horizon))
    correlation = draw(st.none() | st.floats(0.0, 0.999))
    extra = {} if correlation is None else {"success_correlation": correlation}
    return {
        **extra,
        "id": "property-test",
        "title": "Property test",
        "target_group": "Random",
        "start_year": draw(st.integers(2015, 2030)),
        "price_year": draw(st.sampled_from(PRICE_YEARS)),
        "horizon_years": horizon,
        "discount_rate": draw(st.floats(0.0, 0.1)),
        "cohort": {"intake": intake},
        "intervention": {
            "cost_per_participant_dkk": draw(st.floats(1.0, 1e6)),
            "delivery_years": draw(st.integers(1, 4)),
            "fixed_cost_dkk_per_year": draw(money()),
            "fixed_cost_years": draw(st.integers(0, horizon + 2)),
            "range": draw(st.none() | rates),
        },
        "outcomes": [draw(outcome(k, horizon, cost_ids)) for k in range(n_outcomes)],
        "unit_costs": costs,
        "contract": {
            "pay_for": draw(st.sampled_from(["all", "above_baseline"])),
            "payment_cap_dkk": draw(st.none() | money(1e7)),
            "return_cap_rate": draw(st.none() | st.floats(0.0, 0.3)),
            "guarantee_dkk": guarantee if guarantee is not None else draw(money(1e7)),
            "savings_share_to_fund": draw(rates),
            "financing": financing,
            **v2,
        },
    }


def _via_file(data: dict) -> dict:
    """Write the dict as YAML and read it back the way the command line does."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return read_yaml(path)


@SETTINGS
@given(proposals())
def test_valid_proposals_give_a_clean_business_case(data):
    assert _via_file(data) == data  # YAML round trip through the safe loader is lossless
    proposal = validate(data, Proposal, "<property>")
    case = run(proposal)
    p = proposal.contract
    f = case.figures
    flows = case.flows

    # No NaN or inf in any figure (cost > 0, so even the ratios exist).
    bad = {k: v for k, v in f.as_dict().items() if not math.isfinite(v)}
    assert not bad
    assert f.intervention_cost_pv_dkk > 0

    # The contract: Paid ≤ Due, payments within the cap, guarantee within its amount.
    scale = max(1.0, float(np.abs(flows.due).max()), float(flows.intervention_cost.sum()))
    tol = 1e-9 * scale
    assert np.all(flows.paid >= -tol)
    assert np.all(flows.paid <= flows.due + tol)
    if p.payment_cap_dkk is not None:
        assert np.all(np.cumsum(flows.paid, axis=-1) <= p.payment_cap_dkk + tol)
    assert np.all(flows.guarantee >= 0)
    assert flows.guarantee.sum() <= p.guarantee_dkk + tol
    shortfall = max(flows.intervention_cost.sum() - flows.paid.sum(), 0.0)
    assert flows.guarantee.sum() <= shortfall + tol

    # The identities of docs/model.md §5, transaction costs included (v2).
    savings = f.savings_kommune_pv_dkk + f.savings_region_pv_dkk + f.savings_stat_pv_dkk
    scale_pv = max(1.0, abs(savings), f.intervention_cost_pv_dkk, f.transaction_costs_pv_dkk)
    assert f.public_net_pv_dkk == pytest.approx(
        savings - f.intervention_cost_pv_dkk - f.transaction_costs_pv_dkk, abs=1e-9 * scale_pv
    )
    assert_v2_identities(case, data)

    # The IRR, where one is reported, makes the financiers' NPV zero and respects the cap.
    if case.irr is not None:
        # case.irr is rounded to 12 decimals; check the solver's own rate, and that it is the one.
        flows_f = flows.financiers[0]
        rate = float(irr(flows_f).rate)
        assert case.irr == pytest.approx(rate, abs=1e-12)
        assert_npv_zero_at(rate, flows_f)
        if p.return_cap_rate is not None:
            assert case.irr <= p.return_cap_rate + 1e-8
    else:
        assert case.irr_reason

    # Break-even year (docs/model.md §5): from it on the cumulative public net stays ≥ 0, and the year
    # before it is still negative; none means the last year is negative. Same 1e-6 tolerance as
    # sif_models.model.figures.break_even_year (rounding noise in a sum that should be 0).
    cumulative = np.cumsum(flows.public[0])
    noise = 1e-6 * max(1.0, float(np.abs(flows.public[0]).sum()))
    if case.break_even_year is None:
        assert cumulative[-1] < -noise
    else:
        y = case.break_even_year - proposal.start_year
        assert 0 <= y < proposal.horizon_years
        assert np.all(cumulative[y:] >= -noise)
        assert y == 0 or cumulative[y - 1] < -noise

    # Switching values make public net 0 (relative to the amounts involved).
    size = f.intervention_cost_pv_dkk + abs(savings)
    share = case.break_even_effect_share.value
    if share is not None:
        at = figures(case.inputs, simulate(case.inputs, central_draws(case.inputs), share))
        assert abs(at.public_net_pv_dkk[0]) <= 1e-8 * max(size, share * abs(savings))
    else:
        assert case.break_even_effect_share.reason

    # The tidy cash-flow frame adds up to the figures.
    frame = case.cash_flows()
    for role, key in (("kommune", "kommune_net_pv_dkk"), ("fund", "fund_net_pv_dkk")):
        rows = frame[frame["role"] == role]
        # rows of ~1e10 kr. that cancel leave rounding noise of ~1e-6 kr.: scale the tolerance
        noise = 1e-12 * float(rows["pv_dkk"].abs().sum())
        assert float(rows["pv_dkk"].sum()) == pytest.approx(
            getattr(f, key), rel=1e-9, abs=max(1e-6, noise)
        )

    # The summary: JSON without NaN, exactly the keys of docs/model.md §9.
    summary = case.to_dict()
    text = json.dumps(summary, allow_nan=False)
    assert json.loads(text) == summary
    assert set(summary) == SUMMARY_KEYS
    det = summary["deterministic"]
    assert set(det) == DETERMINISTIC_KEYS
    assert set(det["savings"]) == {"kommune", "region", "stat"}
    assert set(det["financiers"]) == {"capital", "received", "multiple", "irr"}
    assert set(det["fund"]) == {"net_pv"}
    assert summary["risk"] is None
    assert det["benefit_cost_ratio"] is not None
    assert summary["participants"] == sum(data["cohort"]["intake"])


def assert_v2_identities(case, data: dict) -> None:
    """docs/model.md §3–5 v2: the payers' shares add up to the totals, the kommune's savings
    split into budget areas add up to S_kommune, the thresholds decide what is paid, and the
    transaction costs are counted where they fall."""
    flows, f, inputs = case.flows, case.figures, case.inputs
    scale = max(1.0, float(np.abs(flows.avoided).max()), float(np.abs(flows.paid).max()))
    # Paid^kommune + Paid^region + Paid^stat = Paid, per year
    np.testing.assert_allclose(flows.paid_by_payer.sum(axis=1), flows.paid, atol=1e-9 * scale)
    assert math.fsum(f.outcome_payments_by_payer_pv_dkk(p) for p in PAYERS) == pytest.approx(
        f.outcome_payments_pv_dkk, abs=1e-9 * scale
    )
    # S^area over the areas = S_kommune; S^cash = S_kommune when every item is cashable
    np.testing.assert_allclose(
        flows.kommune_by_area.sum(axis=1), flows.avoided[:, 0], atol=1e-9 * scale
    )
    if all(c.get("cashable", True) for c in data["unit_costs"]):
        np.testing.assert_allclose(flows.kommune_cashable, flows.avoided[:, 0], atol=1e-9 * scale)
    # an outcome below its threshold is paid nothing
    met = flows.threshold_met[0]
    for k, o in enumerate(data["outcomes"]):
        assert met[k] == (o["success_rate"] >= o.get("payment_threshold_rate", 0.0))
        if not met[k]:
            assert flows.verified_rate[0, k] == 0.0
    # transaction costs inside the horizon are counted, the rest warned about
    horizon = data["horizon_years"]
    costs = data["contract"].get("transaction_costs", [])
    inside = math.fsum(c["dkk"] for c in costs if c["year"] < horizon)
    assert float(flows.transaction_costs[0].sum()) == pytest.approx(inside, abs=1e-6)
    late = [w for w in case.warnings if w.code == WarningCode.TRANSACTION_COST_AFTER_HORIZON]
    assert len(late) == sum(c["year"] >= horizon for c in costs)
    assert f.transaction_costs_pv_dkk == pytest.approx(
        f.transaction_costs_kommune_pv_dkk + f.transaction_costs_fund_pv_dkk, abs=1e-6
    )
    assert inputs.success_correlation == data.get("success_correlation", 0.5)


# ------------------------------------------------------------ invalid mutations
def _mutations(data: dict) -> st.SearchStrategy[tuple[str, tuple, object]]:
    """(field path as printed, path into the dict, bad value)."""
    k = st.integers(0, len(data["outcomes"]) - 1)
    m = st.integers(0, len(data["unit_costs"]) - 1)
    i = st.integers(0, len(data["cohort"]["intake"]) - 1)
    above_one = st.floats(1.0, 1e6, exclude_min=True)
    negative = st.floats(-1e9, 0.0, exclude_max=True)
    not_finite = st.sampled_from([math.nan, math.inf, -math.inf])
    text = st.sampled_from(["abc", "", "0,5", "1.2.3"])
    o = "outcomes"
    return st.one_of(
        st.tuples(k, above_one).map(lambda a: (f"{o}[{a[0]}].success_rate", (o, a[0], "success_rate"), a[1])),
        st.tuples(k, negative).map(lambda a: (f"{o}[{a[0]}].baseline_rate", (o, a[0], "baseline_rate"), a[1])),
        st.tuples(k, above_one).map(lambda a: (f"{o}[{a[0]}].annual_decay", (o, a[0], "annual_decay"), a[1])),
        st.tuples(k, negative).map(lambda a: (f"{o}[{a[0]}].price_dkk", (o, a[0], "price_dkk"), a[1])),
        st.tuples(k, not_finite).map(lambda a: (f"{o}[{a[0]}].price_dkk", (o, a[0], "price_dkk"), a[1])),
        st.tuples(k, text).map(lambda a: (f"{o}[{a[0]}].baseline_rate", (o, a[0], "baseline_rate"), a[1])),
        st.tuples(k, st.integers(-100, -1)).map(lambda a: (f"{o}[{a[0]}].lag_years", (o, a[0], "lag_years"), a[1])),
        st.tuples(m, negative).map(lambda a: (f"unit_costs[{a[0]}].price_dkk", ("unit_costs", a[0], "price_dkk"), a[1])),
        st.tuples(i, st.integers(-1000, -1)).map(lambda a: (f"cohort.intake[{a[0]}]", ("cohort", "intake", a[0]), a[1])),
        negative.map(lambda v: ("intervention.cost_per_participant_dkk", ("intervention", "cost_per_participant_dkk"), v)),
        above_one.map(lambda v: ("contract.savings_share_to_fund", ("contract", "savings_share_to_fund"), v)),
        negative.map(lambda v: ("contract.guarantee_dkk", ("contract", "guarantee_dkk"), v)),
        st.floats(1e12, 1e300, exclude_min=True).map(lambda v: ("contract.payment_cap_dkk", ("contract", "payment_cap_dkk"), v)),
        st.sampled_from([True, "ten", 2.5, [1]]).map(lambda v: ("horizon_years", ("horizon_years",), v)),
        # v2 fields (docs/model.md §3, §4, §6)
        st.tuples(k, above_one).map(lambda a: (f"{o}[{a[0]}].payment_threshold_rate", (o, a[0], "payment_threshold_rate"), a[1])),
        st.tuples(k, st.floats(1e6, 1e9, exclude_min=True)).map(lambda a: (f"{o}[{a[0]}].consequences[0].quantity_per_year", (o, a[0], "consequences"), [{"cost": "cost-0", "quantity_per_year": -a[1]}])),
        st.floats(1.0, 1e6).map(lambda v: ("success_correlation", ("success_correlation",), v)),
        negative.map(lambda v: ("success_correlation", ("success_correlation",), v)),
        st.tuples(m, st.floats(0.01, 0.49)).map(lambda a: (f"unit_costs[{a[0]}].payer_shares", ("unit_costs", a[0], "payer_shares"), {"kommune": 0.5, "stat": a[1]})),
        st.sampled_from(["region", "investor", ""]).map(lambda v: ("contract.transaction_costs[0].borne_by", ("contract", "transaction_costs"), [{"label": "x", "dkk": 1.0, "borne_by": v}])),
        # each share valid, their sum (2v ≤ 0.9) never 1: the error is the contract's
        st.floats(0.01, 0.45).map(lambda v: ("contract", ("contract", "outcome_payers"), [{"name": "K", "payer": "kommune", "share": v}, {"name": "S", "payer": "stat", "share": v}])),
    )  # fmt: skip


@SETTINGS
@given(st.data())
def test_invalid_mutations_raise_sif_input_error(data):
    proposal = data.draw(proposals())
    field, path, value = data.draw(_mutations(proposal))
    target = proposal
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    with pytest.raises(SifInputError) as caught:
        run(validate(proposal, Proposal, "<property>"))
    fields = [p.field for p in caught.value.problems]
    assert field in fields, (field, [str(p) for p in caught.value.problems])
    assert all(p.file == "<property>" for p in caught.value.problems)


# ------------------------------------------------------------ garbled files
EXAMPLE_BYTES = (
    Path(__file__).resolve().parents[1] / "data" / "examples" / "worked-example.yaml"
).read_bytes()
YAML_NOISE = st.sampled_from(
    [b":", b"-", b"[", b"]", b"{", b"}", b"&a", b"*a", b"!!", b"!!python/name:os.system", b"|",
     b">", b"'", b'"', b"#", b"%", b"@", b"`", b",", b"?", b"\n", b"\t", b" ", b"  ", b"<<: *a",
     b"\x00", b"\xff", b"\xc3", b".nan", b"1e400", b"-1", b"~", b"x", b"0", b"---", b"..."]
)  # fmt: skip


@st.composite
def garbled(draw) -> bytes:
    """The worked example's bytes with a few random insertions, deletions and swapped lines."""
    text = EXAMPLE_BYTES
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "swap"]))
        if action == "insert":
            text = text[:at] + draw(YAML_NOISE | st.binary(max_size=8)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            lines = text.split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = b"\n".join(lines)
    return text


@SETTINGS
@given(garbled())
def test_garbled_files_give_sif_input_error_or_load(content):
    """Whatever the bytes, loading either succeeds or raises SifInputError naming the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "garbled.yaml"
        path.write_bytes(content)
        try:
            case = run(path)
        except SifInputError as exc:
            assert exc.problems
            assert all(p.file == str(path) for p in exc.problems)
            assert all(p.message for p in exc.problems)
        else:
            assert math.isfinite(case.figures.public_net_pv_dkk)
