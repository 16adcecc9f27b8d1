"""Reference values of the worked examples in docs/model.md, copied from the text, not computed.

One class per published case. ``proposal`` names its proposal file (relative to the repository);
every other attribute is a published value under a name that :data:`tests.results.check.CHECKS`
knows, which also says where sif's value is read and how closely the two must agree. Money is
in DKK: yearly series undiscounted, contract years t = 0 … H − 1; other money figures are
present values unless the name says otherwise. A mapping holds one value per payer or outcome.
"""

from __future__ import annotations


class WorkedExample:
    """docs/model.md §8: one outcome, no uncertainty in the central case, the fund finances all."""

    proposal = "data/examples/worked-example.yaml"

    # -- the proposal -------------------------------------------------------------------------
    start_year = 2021  # docs/model.md §9 (the example as a proposal file)
    horizon_years = 5  # docs/model.md §8: H = 5
    participants = 20  # docs/model.md §8: intake [10, 10]

    # -- yearly flows, undiscounted DKK, t = 0 … 4 ----------------------------------------------
    intervention_cost_by_year = [1_000_000, 1_000_000, 0, 0, 0]  # docs/model.md §8: C
    # docs/model.md §8: "A: 3 in year 1, 3 in year 2"
    additional_outcomes_by_year = {"housed": [0, 3, 3, 0, 0]}
    savings_by_year = {
        "kommune": [0, 600_000, 1_200_000, 1_200_000, 600_000],  # docs/model.md §8: S_kommune
        "region": [0, 0, 0, 0, 0],  # docs/model.md §8: the only unit cost's payer is the kommune
        "stat": [0, 0, 0, 0, 0],  # docs/model.md §8: idem
    }
    outcome_payments_by_year = [0, 450_000, 450_000, 0, 0]  # docs/model.md §8: Paid
    # docs/model.md §8: "cumulative public net by year"
    cumulative_public_net_by_year = [-1_000_000, -1_400_000, -200_000, 1_000_000, 1_600_000]
    # docs/model.md §8: the financiers' flows −C + Paid (no guarantee)
    financiers_flows_by_year = [-1_000_000, -550_000, 450_000, 0, 0]

    # -- present values, DKK --------------------------------------------------------------------
    intervention_cost = 1_966_183.57  # docs/model.md §8: PV(C)
    savings = {
        "kommune": 3_305_119.57,  # docs/model.md §8: PV(S_kommune)
        "region": 0.0,  # docs/model.md §8: the only unit cost's payer is the kommune
        "stat": 0.0,  # docs/model.md §8: idem
    }
    outcome_payments = 854_862.42  # docs/model.md §8: PV(Paid)
    public_net = 1_338_935.99  # docs/model.md §8
    kommune_net = 2_450_257.14  # docs/model.md §8
    benefit_cost_ratio = 1.68098  # docs/model.md §8 (five decimals)

    # -- break-even -----------------------------------------------------------------------------
    break_even_year = 2021 + 3  # docs/model.md §8: start_year + 3
    break_even_effect_share = 0.59489  # docs/model.md §8 (five decimals)
    # docs/model.md §8: break_even_effect_share = 1,966,183.57 / 3,305,119.57
    break_even_effect_share_exact = 1_966_183.57 / 3_305_119.57
    # docs/model.md §8: break-even success rate = 0.2 + 0.59489 · 0.3 = 0.37847 (five decimals)
    break_even_success_rates = {"housed": 0.37847}

    # -- financiers (capital and received undiscounted) ------------------------------------------
    financiers_capital = 2_000_000  # docs/model.md §8
    financiers_received = 900_000  # docs/model.md §8
    financiers_multiple = 0.45  # docs/model.md §8
    financiers_irr = -0.55  # docs/model.md §8


class WorkedExampleV2:
    """docs/model.md §11: the §8 example with shared payers, a budget area, a capacity saving, an
    added cost, a payment threshold, the state's fund as a second outcome payer, transaction
    costs and half the kommune's cashable net gain back to the fund."""

    proposal = "data/examples/worked-example-v2.yaml"

    # -- the proposal (docs/model.md §11: "the example of §8 with these changes") --------------
    start_year = 2021  # docs/model.md §8, unchanged
    horizon_years = 5  # docs/model.md §8, unchanged
    participants = 20  # docs/model.md §8, unchanged

    # -- yearly flows, undiscounted DKK, t = 0 … 4 ----------------------------------------------
    intervention_cost_by_year = [1_000_000, 1_000_000, 0, 0, 0]  # docs/model.md §8, unchanged
    # docs/model.md §8, unchanged: no rate changes in §11
    additional_outcomes_by_year = {"housed": [0, 3, 3, 0, 0]}
    savings_by_year = {
        "kommune": [0, 540_000, 1_080_000, 1_080_000, 540_000],  # docs/model.md §11: S_kommune
        "stat": [0, 150_000, 300_000, 300_000, 150_000],  # docs/model.md §11: S_stat
    }
    # docs/model.md §11: S^cash
    kommune_savings_cashable_by_year = [0, 390_000, 780_000, 780_000, 390_000]
    outcome_payments_by_year = [0, 450_000, 450_000, 0, 0]  # docs/model.md §11: Paid
    outcome_payments_by_payer_by_year = {
        "kommune": [0, 225_000, 225_000, 0, 0],  # docs/model.md §11: Paid^kommune
        "stat": [0, 225_000, 225_000, 0, 0],  # docs/model.md §11: Paid^stat
    }
    to_fund_by_year = [0, 82_500, 277_500, 390_000, 195_000]  # docs/model.md §11: to_fund
    transaction_costs_by_year = [100_000, 50_000, 0, 0, 0]  # docs/model.md §11: T
    # docs/model.md §11: "public net by year" and its cumulative sum
    public_net_by_year = [-1_100_000, -360_000, 1_380_000, 1_380_000, 690_000]
    cumulative_public_net_by_year = [-1_100_000, -1_460_000, -80_000, 1_300_000, 1_990_000]
    kommune_net_by_year = [-100_000, 232_500, 577_500, 690_000, 345_000]  # docs/model.md §11
    fund_flows_by_year = [-1_000_000, -517_500, 727_500, 390_000, 195_000]  # docs/model.md §11
    # docs/model.md §11: "the financiers' figures are those of §8"
    financiers_flows_by_year = [-1_000_000, -550_000, 450_000, 0, 0]
    # docs/model.md §11: "it is met, since 0.5 ≥ 0.45"
    payment_threshold_met = {"housed": True}

    # -- present values, DKK --------------------------------------------------------------------
    intervention_cost = 1_966_183.57  # docs/model.md §8: PV(C), unchanged
    transaction_costs = 148_309.18  # docs/model.md §11: PV(T)
    savings = {
        "kommune": 2_974_607.61,  # docs/model.md §11: PV(S_kommune)
        "stat": 826_279.89,  # docs/model.md §11: PV(S_stat)
    }
    kommune_savings_cashable = 2_148_327.72  # docs/model.md §11: PV(S^cash)
    kommune_savings_by_budget_area = {
        "Sociale Forhold og Beskæftigelse": 2_478_839.68,  # docs/model.md §11
        "Borgmesterens Afdeling": 826_279.89,  # docs/model.md §11
        "": -330_511.96,  # docs/model.md §11: not assigned
    }
    outcome_payments = 854_862.42  # docs/model.md §11
    outcome_payments_by_payer = {
        "kommune": 427_431.21,  # docs/model.md §11
        "stat": 427_431.21,  # docs/model.md §11
    }
    public_net = 1_686_394.75  # docs/model.md §11
    kommune_net = 1_586_728.15  # docs/model.md §11
    benefit_cost_ratio = 1.79754  # docs/model.md §11 (five decimals)
    fund_net_pv = -299_182.08  # docs/model.md §11

    # -- break-even -----------------------------------------------------------------------------
    break_even_year = 2021 + 3  # docs/model.md §11: start_year + 3

    # -- financiers (docs/model.md §11: "the financiers' figures are those of §8") -------------
    financiers_capital = 2_000_000  # docs/model.md §8
    financiers_received = 900_000  # docs/model.md §8
    financiers_multiple = 0.45  # docs/model.md §8
    financiers_irr = -0.55  # docs/model.md §8
