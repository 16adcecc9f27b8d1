"""The proposals of a meeting side by side (the overview's main table): each proposal's expected
figures with the chance of gain and loss, the central estimate only where it differs
materially, whether the rate card lies inside the deal zone, the input most worth learning
about and whether the case is weak (:mod:`sif_models.documents.assessment`).
"""

from __future__ import annotations

import pandas as pd

from sif_models.documents.agenda import AgendaEntry
from sif_models.documents.assessment import Assessment
from sif_models.documents.common import chance, differs_materially
from sif_models.text.formatting import dkk, number, percent
from sif_models.text.labels import text


def side_by_side(entries: list[AgendaEntry], found: list[Assessment], lang: str) -> pd.DataFrame:
    """The proposals side by side: one column per usable agenda item (or per entry given),
    figures as rows.

    The figures are each proposal's expected ones (the mean over the draws of its brief and
    of ``sif run --json``) with the chance of gain or loss; the central estimate only where
    it differs materially; then whether the rate card lies inside the deal zone, the input
    most worth learning about (:func:`decision_tools`), and whether the case is weak. A row
    that repeats another row
    of its kind (the fund's and the financiers' chance of loss when the fund is the only
    financier) is left out.
    """
    L = lang

    def t(key: str, **values: object) -> str:
        return text(key, L, **values)

    drawn = all(a.drawn for a in found)
    est = t("pk.est.mean" if drawn else "pk.est.central")
    rows: list[tuple[str, str, list[str]]] = []  # (kind of row, label, cells)

    def add(kind: str, label: str, cells: list[str]) -> None:
        rows.append((kind, label, cells))

    def money_row(kind: str, key: str, name: str) -> None:
        add(kind, t(key, est=est), [dkk(a.mean(name), L) for a in found])
        central = [a.central(name) for a in found]
        if drawn and any(
            differs_materially(a.mean(name), c) for a, c in zip(found, central, strict=True)
        ):
            near = t("meet.near_mean")
            cells = [
                dkk(c, L) if differs_materially(a.mean(name), c) else near
                for a, c in zip(found, central, strict=True)
            ]
            add(kind, t(key, est=t("pk.est.central")), cells)

    def chance_row(kind: str, key: str, event: str) -> None:
        if drawn:
            add(kind, t(key), [chance(a.chance_of(event), L) for a in found])

    add("kind", t("meet.row.kind"), [t(f"meet.kind.{e.kind}") for e in entries])
    add("people", t("kf.participants"), [_participants(a, L) for a in found])
    money_row("cost", "meet.row.cost", "intervention_cost_pv_dkk")
    money_row("net", "meet.row.public_net", "public_net_pv_dkk")
    chance_row("gain", "kf.p_public", "public_net_positive")
    money_row("net", "meet.row.kommune_net", "kommune_net_pv_dkk")
    chance_row("gain", "meet.row.p_kommune", "kommune_net_positive")
    add(
        "ratio",
        t("meet.row.bcr", est=est),
        [number(a.mean("benefit_cost_ratio"), 2, L) for a in found],
    )
    add("year", t("meet.row.break_even"), [_break_even(a, L) for a in found])
    _fund_rows(found, est, L, add, chance_row)
    add(
        "weak",
        t("meet.row.weak"),
        [t("meet.weak.yes" if a.weak_reasons(L) else "meet.weak.no") for a in found],
    )
    kept = without_repeats(rows)
    return pd.DataFrame(
        [[label, *cells] for _, label, cells in kept],
        columns=[t("kf.figure"), *[a.case.proposal.text_in("title", lang) for a in found]],
    )


def _fund_rows(found: list[Assessment], est: str, lang: str, add, chance_row) -> None:
    """The fund's share, what it puts in and gets back, its and the financiers' chance of
    loss and the financiers' money back per krone."""
    L = lang

    def t(key: str, **values: object) -> str:
        return text(key, L, **values)

    share = [a.case.inputs.fund_share for a in found]
    add("share", t("meet.row.fund_share"), [percent(x, 0, L) for x in share])
    put = [x * a.central("financiers_capital_dkk") for x, a in zip(share, found, strict=True)]
    add("fund", t("meet.row.fund_in"), [dkk(x, L) for x in put])
    add("fund", t("meet.row.fund_back", est=est), [dkk(a.fund_back(), L) for a in found])
    chance_row("loss", "kf.p_fund_loss", "fund_loss")
    add(
        "multiple",
        t("meet.row.multiple", est=est),
        [number(a.mean("financiers_multiple"), 2, L) for a in found],
    )
    chance_row("loss", "kf.p_fin_loss", "financiers_loss")


def _participants(a: Assessment, lang: str) -> str:
    p = a.case.proposal
    return text(
        "meet.participants_value",
        lang,
        n=a.case.participants,
        first=p.start_year,
        last=p.start_year + p.horizon_years - 1,
    )


def _break_even(a: Assessment, lang: str) -> str:
    year = a.case.break_even_year
    if year is not None:
        return str(year)
    p = a.case.proposal
    return text("meet.no_break_even", lang, last=p.start_year + p.horizon_years - 1)


def decision_tools(found: list[Assessment], lang: str) -> pd.DataFrame:
    """One row per proposal, in words that wrap: whether the rate card as written lies inside
    the deal zone, and the input most worth learning about before deciding."""
    return pd.DataFrame(
        [
            [a.case.proposal.text_in("title", lang), a.deal_words(lang), a.top_input_words(lang)]
            for a in found
        ],
        columns=[
            text("meet.col.proposal", lang),
            text("meet.row.deal", lang),
            text("meet.row.voi", lang),
        ],
    )


def without_repeats(
    rows: list[tuple[str, str, list[str]]],
) -> list[tuple[str, str, list[str]]]:
    """The rows less any whose cells repeat an earlier row of the same kind.

    >>> rows = [("loss", "fund", ["69 %"]), ("x", "y", ["1"]), ("loss", "financiers", ["69 %"])]
    >>> [label for _, label, _ in without_repeats(rows)]
    ['fund', 'y']
    """
    kept, seen = [], set()
    for kind, label, cells in rows:
        key = (kind, tuple(cells))
        if key not in seen:
            seen.add(key)
            kept.append((kind, label, cells))
    return kept


__all__ = ["decision_tools", "side_by_side", "without_repeats"]
