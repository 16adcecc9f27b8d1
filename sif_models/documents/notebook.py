"""How a case, its risk and the fund's outlook show themselves in a Jupyter notebook.

:func:`case_html`, :func:`risk_html` and :func:`outlook_html` give an HTML block — the key
figures and a small chart (inline SVG) — that IPython shows for a
:class:`~sif_models.case.business_case.BusinessCase`, a :class:`~sif_models.risk.montecarlo.Risk`
and a :class:`~sif_models.fund.outlook.FundOutlook` (``import sif_models`` registers them when it
runs inside IPython). Danish by default, like the documents.
"""

from __future__ import annotations

import html
import io
from typing import TYPE_CHECKING

import numpy as np

from sif_models.text.formatting import dkk, number, percent
from sif_models.text.notebook import word

if TYPE_CHECKING:
    from sif_models.case.business_case import BusinessCase
    from sif_models.fund.outlook import FundOutlook
    from sif_models.risk.montecarlo import Risk

STYLE = (
    "<style>.sif-nb table{border-collapse:collapse;font-size:13px}"
    ".sif-nb td,.sif-nb th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:right}"
    ".sif-nb td:first-child,.sif-nb th:first-child{text-align:left}"
    ".sif-nb h4{margin:4px 0}</style>"
)


def _svg(draw, width: float = 5.6, height: float = 2.4) -> str:
    """A small matplotlib chart as inline SVG (text as text, readable at any size)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    with matplotlib.rc_context({"text.parse_math": False, "svg.fonttype": "none"}):
        ax = fig.add_subplot()
        draw(ax)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def case_html(case: BusinessCase, lang: str = "da") -> str:
    """A case: its key figures (central estimate, and the expected value with its 90 % interval
    when it has draws) and the cumulative net by year."""
    f, risk = case.figures, case.risk
    money = [
        ("cost", f.intervention_cost_pv_dkk, "intervention_cost_pv_dkk"),
        ("public_net", f.public_net_pv_dkk, "public_net_pv_dkk"),
        ("kommune_net", f.kommune_net_pv_dkk, "kommune_net_pv_dkk"),
        ("fund_net", f.fund_net_pv_dkk, "fund_net_pv_dkk"),
    ]
    header = ["", word("central", lang)]
    if risk is not None:
        header += [word("expected", lang), word("band", lang)]
    rows = [[word("participants", lang), number(case.participants, 0, lang)]]
    for key, central, name in money:
        row = [word(key, lang), dkk(central, lang)]
        if risk is not None:
            s = risk.summary(name)
            row += [dkk(s["mean"], lang), f"{dkk(s['p5'], lang)} – {dkk(s['p95'], lang)}"]
        rows.append(row)
    rows.append([word("bcr", lang), number(f.benefit_cost_ratio, 2, lang)])
    year = case.break_even_year
    rows.append([word("break_even", lang), str(year) if year else word("none", lang)])
    if risk is not None:
        p = risk.probability("public_net_positive")
        rows.append([word("p_public", lang), percent(p, 1, lang)])
    years = case.inputs.years
    public = np.cumsum(case.flows.public[0]) / 1e6
    kommune = np.cumsum(case.flows.kommune[0]) / 1e6

    def draw(ax):
        ax.axhline(0, color="#999", lw=0.8)
        ax.plot(years, public, marker="o", label=word("public", lang), color="#1f4e79")
        ax.plot(years, kommune, marker="s", label=word("kommune", lang), color="#e49b0f")
        ax.set_ylabel(word("mio", lang))
        ax.set_title(word("cumulative", lang), fontsize=10)
        ax.legend(frameon=False, fontsize=8)

    title = html.escape(case.proposal.title)
    return f"{STYLE}<div class='sif-nb'><h4>{title}</h4>{_table(header, rows)}{_svg(draw)}</div>"


def risk_html(risk: Risk, lang: str = "da") -> str:
    """The Monte Carlo: public and kommune net over the draws, the chances, a histogram."""
    rows = []
    for key, name in (("public_net", "public_net_pv_dkk"), ("kommune_net", "kommune_net_pv_dkk")):
        s = risk.summary(name)
        rows.append([word(key, lang), *(dkk(s[c], lang) for c in ("mean", "p5", "p50", "p95"))])
    header = ["", word("expected", lang), "p5", "p50", "p95"]
    chances = [
        [word("p_public", lang), percent(risk.probability("public_net_positive"), 1, lang)],
        [word("p_fund_loss", lang), percent(risk.probability("fund_loss"), 1, lang)],
    ]
    values = risk.figures.public_net_pv_dkk / 1e6

    def draw(ax):
        ax.hist(values[np.isfinite(values)], bins=40, color="#1f4e79", alpha=0.8)
        ax.axvline(0, color="#999", lw=0.8)
        ax.set_xlabel(word("mio", lang))
        ax.set_title(word("distribution", lang), fontsize=10)

    draws = html.escape(word("draws", lang, n=number(risk.draws, 0, lang)))
    return (
        f"{STYLE}<div class='sif-nb'><h4>{draws}</h4>{_table(header, rows)}"
        f"{_table(['', ''], chances)}{_svg(draw)}</div>"
    )


def outlook_html(outlook: FundOutlook, lang: str = "da") -> str:
    """The fund's outlook: P(active), with and without the common shock, capacity, the band."""
    table = outlook.table()
    rows = [
        [word("p_active", lang, n=outlook.min_active_years), percent(outlook.p_active, 1, lang)],
    ]
    if outlook.draws_without_shock is not None:
        rows.append(
            [word("p_active_no_shock", lang), percent(outlook.p_active_without_shock, 1, lang)]
        )
    rows.append([word("capacity", lang), dkk(outlook.capacity_left_dkk, lang)])

    def draw(ax):
        years = table["year"]
        ax.fill_between(
            years,
            table["balance_p5_dkk"] / 1e6,
            table["balance_p95_dkk"] / 1e6,
            color="#1f4e79",
            alpha=0.2,
        )
        ax.plot(years, table["balance_dkk"] / 1e6, color="#1f4e79", marker="o")
        ax.axhline(0, color="#999", lw=0.8)
        ax.set_ylabel(word("mio", lang))
        ax.set_title(word("balance", lang), fontsize=10)

    name = html.escape(outlook.name)
    return f"{STYLE}<div class='sif-nb'><h4>{name}</h4>{_table(['', ''], rows)}{_svg(draw)}</div>"
