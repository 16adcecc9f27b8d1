"""A business case as an Excel workbook (``sif export FILE --xlsx OUT``), with openpyxl.

Sheets: key figures (central estimate beside the Monte Carlo mean and 5–95 % band), yearly cash
flows by party and item, every assumption with its source, the Monte Carlo summary, the deal
zone and the value of information. Numbers are stored as numbers (the figures of ``sif run
--json``), with kroner and percent formats in the cells, so a spreadsheet can compute with them;
headers are Danish by default (``lang="en"`` for English).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sif_models.case.business_case import BusinessCase
from sif_models.documents.assumptions import assumption_rows
from sif_models.text.sources import source_text
from sif_models.text.workbook import word

KR = '#,##0 "kr."'
PCT = "0.0%"
RATIO = "0.00"
FACTOR = "0.00"
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def _header(ws: Worksheet, titles: list[str]) -> None:
    ws.append(titles)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{ws.max_row + 1}"


def _widths(ws: Worksheet, widths: list[int]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _row(ws: Worksheet, values: list, formats: list[str | None]) -> None:
    ws.append(values)
    for cell, fmt in zip(ws[ws.max_row], formats, strict=False):
        if fmt and isinstance(cell.value, int | float):
            cell.number_format = fmt


def _key_figures(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    d = case.to_dict()["deterministic"]
    risk = case.risk
    _header(
        ws, [word(k, lang) for k in ("col.figure", "col.central", "col.mean", "col.p5", "col.p95")]
    )
    specs = [
        ("fig.intervention_cost", d["intervention_cost"], "intervention_cost_pv_dkk", KR),
        ("fig.savings_kommune", d["savings"]["kommune"], "savings_kommune_pv_dkk", KR),
        ("fig.savings_region", d["savings"]["region"], "savings_region_pv_dkk", KR),
        ("fig.savings_stat", d["savings"]["stat"], "savings_stat_pv_dkk", KR),
        ("fig.outcome_payments", d["outcome_payments"], "outcome_payments_pv_dkk", KR),
        ("fig.kommune_net", d["kommune_net"], "kommune_net_pv_dkk", KR),
        ("fig.public_net", d["public_net"], "public_net_pv_dkk", KR),
        ("fig.benefit_cost_ratio", d["benefit_cost_ratio"], "benefit_cost_ratio", RATIO),
        ("fig.financiers_capital", d["financiers"]["capital"], "financiers_capital_dkk", KR),
        ("fig.financiers_received", d["financiers"]["received"], "financiers_received_dkk", KR),
        ("fig.financiers_multiple", d["financiers"]["multiple"], "financiers_multiple", RATIO),
        ("fig.irr", d["financiers"]["irr"], "irr", PCT),
        ("fig.fund_net_pv", d["fund"]["net_pv"], "fund_net_pv_dkk", KR),
    ]
    _row(ws, [word("fig.participants", lang), case.participants], [None, "#,##0"])
    _row(ws, [word("fig.break_even_year", lang), d["break_even_year"]], [None, "0"])
    for key, central, figure, fmt in specs:
        values: list = [word(key, lang), central]
        if risk is not None:
            s = risk.summary(figure)
            values += [s["mean"], s["p5"], s["p95"]]
        _row(ws, values, [None, fmt, fmt, fmt, fmt])
    _widths(ws, [42, 18, 22, 18, 18])


def _cash_flows(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    frame = case.cash_flows()
    years = sorted(frame["year"].unique().tolist())
    _header(
        ws,
        [word("col.party", lang), word("col.item", lang), *years, word("col.pv", lang)],
    )
    keys = frame[["party", "item"]].drop_duplicates().itertuples(index=False)
    for party, item in keys:
        rows = frame[(frame.party == party) & (frame.item == item)].sort_values("year")
        values = [round(float(v), 2) + 0.0 for v in rows["amount_dkk"]]
        pv = round(float(rows["pv_dkk"].sum()), 2) + 0.0
        _row(
            ws,
            [party, word(f"item.{item}", lang), *values, pv],
            [None, None] + [KR] * (len(years) + 1),
        )
    ws.append([])
    ws.append([word("note.illustrative", lang)])
    _widths(ws, [22, 34] + [15] * (len(years) + 1))


def _assumptions(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    keys = ("col.group", "col.assumption", "col.value", "col.uncertainty", "col.source")
    _header(ws, [word(k, lang) for k in keys])
    for group, label, value, unc, src in assumption_rows(case, lang):
        ws.append([group, label, value, unc, source_text(src, lang) or ""])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _widths(ws, [26, 40, 26, 22, 60])


def _risk(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    risk = case.to_dict()["risk"]
    _header(ws, [word("col.figure", lang), word("col.value", lang)])
    if risk is None:
        return
    _row(ws, [word("fig.draws", lang), risk["draws"]], [None, "#,##0"])
    ws.append([word("fig.seed", lang), risk["seed"]])
    for key, name in (
        ("fig.p_public", "p_public_net_positive"),
        ("fig.p_kommune", "p_kommune_net_positive"),
        ("fig.p_fin_loss", "p_financiers_loss"),
        ("fig.p_fund_loss", "p_fund_loss"),
    ):
        _row(ws, [word(key, lang), risk[name]], [None, PCT])
    for perspective, value in (risk.get("evpi") or {}).items():
        _row(
            ws,
            [f"{word('fig.evpi', lang)}: {word('persp.' + perspective, lang)}", value],
            [None, KR],
        )
    _widths(ws, [52, 18])


def _deal(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    zone = case.deal_zone()
    _header(ws, [word("col.figure", lang), word("col.value", lang)])
    _row(ws, [word("fig.hurdle", lang), zone.hurdle_rate], [None, PCT])
    if zone.empty:
        ws.append([word("fig.zone_empty", lang), ""])
    else:
        _row(ws, [word("fig.m_low", lang), zone.m_low], [None, FACTOR])
        _row(ws, [word("fig.m_high", lang), zone.m_high], [None, FACTOR])
    ws.append([])
    cols = (
        "col.factor",
        "col.kommune_net",
        "col.financiers_npv",
        "col.p_kommune_gain",
        "col.p_financiers_loss",
    )
    ws.append([word(k, lang) for k in cols])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for p in zone.grid:
        _row(
            ws,
            [
                p.m,
                p.kommune_net_pv_dkk,
                p.financiers_npv_dkk,
                p.p_kommune_gain,
                p.p_financiers_loss,
            ],
            [FACTOR, KR, KR, PCT, PCT],
        )
    _widths(ws, [44, 24, 24, 22, 22])


def _voi(ws: Worksheet, case: BusinessCase, lang: str) -> None:
    values = case.value_of_information()
    _header(ws, [word(k, lang) for k in ("col.perspective", "col.input", "col.evppi")])
    for perspective, v in values.items():
        name = word(f"persp.{perspective}", lang)
        _row(ws, [name, word("fig.evpi", lang), v.evpi_dkk], [None, None, KR])
        for key, _label, value in v.inputs:
            _row(ws, [name, key, value], [None, None, KR])
    _widths(ws, [22, 46, 26])


SHEETS = (
    ("sheet.key_figures", _key_figures),
    ("sheet.cash_flows", _cash_flows),
    ("sheet.assumptions", _assumptions),
    ("sheet.risk", _risk),
    ("sheet.deal", _deal),
    ("sheet.voi", _voi),
)


def workbook(case: BusinessCase, lang: str = "da") -> Workbook:
    """The business case as an openpyxl :class:`~openpyxl.Workbook` (see the module docstring)."""
    wb = Workbook()
    wb.remove(wb.active)
    for key, fill in SHEETS:
        fill(wb.create_sheet(word(key, lang)[:31]), case, lang)
    wb.properties.title = case.proposal.title[:250]
    wb.properties.creator = "sif"
    return wb


def save_workbook(wb: Workbook, target: Path) -> None:
    """Save ``wb`` to ``target`` through a temporary file and a rename (never half-written)."""
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
