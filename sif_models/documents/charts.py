"""The brief's charts: matplotlib figures with kroner axes in the reader's number format.

Each function takes plain arrays and returns a :class:`matplotlib.figure.Figure` built without
pyplot (no global figure state, nothing shown by accident); :func:`to_png` turns it into bytes.
Money axes use :class:`KronerFormatter`, a ``FuncFormatter`` over :mod:`sif_models.text.formatting`:
``1.500.000`` or ``1,5`` with the unit (``kr.`` / ``mio. kr.``) in the axis label.
"""

from __future__ import annotations

import io
import textwrap

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from sif_models.text.formatting import number, percent
from sif_models.text.labels import text

WIDTH_IN = 7.6
DPI = 150
COLORS = {
    "public": "#1f4e79",
    "kommune": "#2e8b57",
    "financiers": "#c0504d",
    "fund": "#e49b0f",
    "gain": "#2e8b57",
    "loss": "#c0504d",
    "neutral": "#7f7f7f",
    "low": "#9dc3e6",
    "high": "#1f4e79",
}
RC = {
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.titlesize": 11.5,
    "axes.titleweight": "bold",
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.fontsize": 9,
    "legend.frameon": False,
}


class KronerFormatter(FuncFormatter):
    """Tick labels for kroner: thousands separators, or millions with just enough decimals.

    Examples
    --------
    >>> f = KronerFormatter("da", millions=True)
    >>> f.format_ticks([-500_000.0, 0.0, 500_000.0, 1_000_000.0])
    ['-0,5', '0', '0,5', '1,0']
    >>> KronerFormatter("da").format_ticks([0.0, 250_000.0])
    ['0', '250.000']
    """

    def __init__(self, lang: str = "da", millions: bool = False):
        self.lang = lang
        self.millions = millions
        self.decimals = 0
        super().__init__(self._format)

    def set_locs(self, locs) -> None:
        super().set_locs(locs)
        scale = 1e6 if self.millions else 1.0
        values = np.asarray(locs, dtype=float) / scale
        self.decimals = 3
        for decimals in range(4):  # the fewest decimals that show every tick exactly
            if np.allclose(np.round(values, decimals), values, rtol=0, atol=1e-9):
                self.decimals = decimals
                break

    def _format(self, x: float, pos: int | None = None) -> str:
        value = x / 1e6 if self.millions else x
        if abs(value) < 1e-12:
            return "0"
        return number(value, self.decimals, self.lang)


def kroner_axis(axis, values: np.ndarray, lang: str, label: str) -> None:
    """Give ``axis`` (ax.xaxis or ax.yaxis) a kroner formatter and a label with the unit."""
    span = float(np.nanmax(np.abs(values))) if np.size(values) else 0.0
    millions = span >= 1e6
    axis.set_major_formatter(KronerFormatter(lang, millions))
    axis.set_major_locator(MaxNLocator(nbins=7, steps=[1, 2, 2.5, 5, 10]))
    unit = (
        ("mio. kr." if lang == "da" else "DKK m")
        if millions
        else ("kr." if lang == "da" else "DKK")
    )
    axis.set_label_text(f"{label} ({unit})")


def _figure(height_in: float) -> Figure:
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _title(fig: Figure, title: str) -> None:
    """The chart title, left-aligned over the whole figure (long tick labels cannot push it)."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=RC["axes.titlesize"], fontweight="bold")


def to_png(fig: Figure) -> bytes:
    """The figure as PNG bytes (at the figure's dpi)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, facecolor="white")
    return buf.getvalue()


def _with_rc(build):
    """Run ``build`` with the brief's matplotlib style, restoring the caller's afterwards."""
    import matplotlib

    with matplotlib.rc_context(RC):
        return build()


def cumulative_net(data: dict, break_even_year: int | None, lang: str = "da") -> Figure:
    """Lines of cumulative undiscounted net by party over the years, break-even marked.

    ``data`` = {"years": (H,), "series": {label: (H,) cumulative}, "public": label of the public
    series}, as :meth:`sif_models.documents.brief.Brief.cumulative_series` gives.
    """

    def build() -> Figure:
        years = np.asarray(data["years"])
        fig = _figure(3.7)
        ax = fig.add_subplot()
        palette = [COLORS["public"], COLORS["kommune"], COLORS["financiers"], COLORS["fund"]]
        styles = ["-", "-", "--", ":"]
        all_values = []
        for i, (label, values) in enumerate(data["series"].items()):
            all_values.append(values)
            ax.plot(
                years,
                values,
                styles[i % 4],
                color=palette[i % 4],
                lw=2.4 if i == 0 else 1.8,
                marker="o",
                ms=3.5,
                label=label,
            )
        ax.axhline(0, color="black", lw=0.8)
        public = np.asarray(data["series"][data["public"]])
        if break_even_year is not None:
            i = int(np.searchsorted(years, break_even_year))
            y = float(public[i])
            ax.axvline(break_even_year, color=COLORS["neutral"], lw=0.8, ls=":")
            ax.plot([break_even_year], [y], "o", ms=9, mfc="none", mec=COLORS["public"], mew=2)
            ax.annotate(
                text("chart.cumulative.break_even", lang, year=break_even_year),
                (break_even_year, y),
                xytext=(8, -16),
                textcoords="offset points",
                fontsize=9,
                fontweight="bold",
                color=COLORS["public"],
            )
        _title(fig, text("chart.cumulative.title", lang))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos: f"{int(round(x))}"))
        ax.set_xlabel(text("chart.year", lang))
        kroner_axis(
            ax.yaxis, np.concatenate(all_values), lang, text("chart.cumulative.ylabel", lang)
        )
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=len(data["series"]))
        return fig

    return _with_rc(build)


def _expected_label_place(
    expected: float, lo: float, hi: float, top: float
) -> tuple[tuple[float, float], dict]:
    """Where the "expected" label goes: ((x, y), keyword arguments of ``annotate``).

    >>> _expected_label_place(0.5, 0.0, 1.0, 1.0)[1]["ha"], _expected_label_place(0.95, 0.0, 1.0, 1.0)[1]["ha"]
    ('center', 'right')
    """
    share = (expected - lo) / (hi - lo) if hi > lo else 0.5
    if 0.3 <= share <= 0.7:
        return (expected, top * 1.08), {"ha": "center", "va": "bottom"}
    side = "right" if share > 0.7 else "left"
    return (expected, top * 0.78), {
        "ha": side,
        "va": "center",
        "xytext": (-5 if side == "right" else 5, 0),
        "textcoords": "offset points",
    }


def distribution(
    draws: np.ndarray,
    expected: float,
    title: str,
    xlabel: str,
    lang: str = "da",
    tolerance: float = 0.5,
) -> Figure:
    """Histogram of a money figure over the draws: losses red, gains green, the expected value
    and zero marked, the chance of a gain and of a loss written on the chart.

    Bars are shares of all draws. Zero is a bin edge, so no bar mixes gains and losses; draws
    within ``tolerance`` kroner of zero (exactly paid back, say) form their own grey bar.
    """

    def build() -> Figure:
        x = np.asarray(draws, dtype=float)
        x = x[np.isfinite(x)]
        n = max(x.size, 1)
        zero = np.abs(x) <= tolerance
        p_gain, p_loss, p_zero = (
            float(np.sum(m)) / n for m in (x > tolerance, x < -tolerance, zero)
        )
        fig = _figure(3.2)
        ax = fig.add_subplot()
        lo, hi = np.percentile(x, [0.5, 99.5]) if x.size else (-1.0, 1.0)
        lo, hi = min(lo, 0.0), max(hi, 0.0)
        if hi - lo <= 0:
            lo, hi = lo - 1.0, hi + 1.0
        width = (hi - lo) / 40
        edges = width * np.arange(np.floor(lo / width), np.ceil(hi / width) + 1)
        # the outer 1 % of draws fall outside the axis; bar heights stay shares of all draws
        counts, edges = np.histogram(x[~zero], bins=edges)
        counts = counts / n
        centres = 0.5 * (edges[:-1] + edges[1:])
        colors = [COLORS["gain"] if c > 0 else COLORS["loss"] for c in centres]
        ax.bar(centres, counts, width=np.diff(edges), color=colors, alpha=0.85, lw=0)
        top = max(counts.max() if counts.size else 0.0, p_zero, 1e-9)
        if p_zero > 0:
            ax.bar([0.0], [p_zero], width=width, color=COLORS["neutral"], alpha=0.9, lw=0)
            right_half = (0.0 - lo) / (hi - lo) > 0.5
            ax.annotate(
                text("chart.p_zero", lang, p=percent(p_zero, 1, lang)),
                (-width if right_half else width, p_zero / 2),
                xytext=(-4 if right_half else 4, 0),
                textcoords="offset points",
                ha="right" if right_half else "left",
                va="center",
                fontsize=8.5,
                color="#4d4d4d",
                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"),
            )
        ax.axvline(0, color="black", lw=1.0)
        ax.axvline(expected, color=COLORS["public"], lw=1.6, ls="--")
        # above the bars in the middle; lower down near the edges, where the boxes with the
        # chances of a gain and a loss sit, beside the line
        xy, where = _expected_label_place(expected, lo, hi, top)
        ax.annotate(
            text("chart.expected", lang),
            xy,
            **where,
            fontsize=8.5,
            color=COLORS["public"],
            bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none"),
        )
        box = dict(boxstyle="round,pad=0.3", fc="white", ec="#cccccc")
        for xpos, ha, key, p, color in (
            (0.99, "right", "chart.p_positive", p_gain, COLORS["gain"]),
            (0.01, "left", "chart.p_loss", p_loss, COLORS["loss"]),
        ):
            ax.text(
                xpos,
                0.95,
                text(key, lang, p=percent(p, 1, lang)),
                transform=ax.transAxes,
                ha=ha,
                va="top",
                color=color,
                fontweight="bold",
                bbox=box,
            )
        ax.set_ylim(0, top * 1.25)
        _title(fig, title)
        kroner_axis(ax.xaxis, np.array([lo, hi, expected]), lang, xlabel)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, pos: percent(v, 0 if top > 0.05 else 1, lang))
        )
        ax.set_ylabel(text("chart.share_of_draws", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        return fig

    return _with_rc(build)


def tornado(rows: pd.DataFrame, central: float, lang: str = "da", max_rows: int = 10) -> Figure:
    """Horizontal bars of public net with each input at its low and high value.

    ``rows`` has columns label, range_text, public_net_low, public_net_high (largest swing
    first); at most ``max_rows`` are drawn.
    """

    def build() -> Figure:
        swing = (rows["public_net_high"] - rows["public_net_low"]).abs()
        scale = max(1.0, float(swing.max()) if len(swing) else 1.0)
        data = rows[swing > 1e-6 * scale].head(max_rows).iloc[::-1]
        n = len(data)
        fig = _figure(1.2 + 0.5 * n)
        ax = fig.add_subplot()
        y = np.arange(n)
        low = data["public_net_low"].to_numpy(float)
        high = data["public_net_high"].to_numpy(float)
        ax.barh(
            y,
            low - central,
            left=central,
            color=COLORS["low"],
            height=0.6,
            label=text("chart.tornado.low", lang),
        )
        ax.barh(
            y,
            high - central,
            left=central,
            color=COLORS["high"],
            height=0.6,
            label=text("chart.tornado.high", lang),
        )
        ax.axvline(central, color="black", lw=1.0)
        ax.axvline(0, color=COLORS["loss"], lw=0.8, ls=":")
        labels = [
            "\n".join(textwrap.wrap(str(lab), 36) + ([str(rng)] if rng else []))
            for lab, rng in zip(data["label"], data.get("range_text", [""] * n), strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=8.5)
        _title(fig, text("chart.tornado.title", lang))
        kroner_axis(
            ax.xaxis,
            np.concatenate([low, high, [central, 0.0]]),
            lang,
            text("chart.tornado.xlabel", lang),
        )
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=2)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        return fig

    return _with_rc(build)


def fund_fan(
    series: list[dict],
    ten_year_end: int,
    n_years: int = 10,
    lang: str = "da",
    title: str | None = None,
) -> Figure:
    """The fund's balance by year: per scenario a central line and a p5–p95 band.

    ``series`` items have ``label``, ``years`` (Y,), ``central`` (Y,) and ``p5``/``p95`` (Y,)
    or None (no draws). Zero is always on the axis (how far the fund is from running dry) and
    the end of the first ``n_years`` years is marked at ``ten_year_end``.
    """

    def build() -> Figure:
        fig = _figure(3.6)
        ax = fig.add_subplot()
        palette = [COLORS["public"], COLORS["fund"], COLORS["kommune"], COLORS["financiers"]]
        values = [np.zeros(1)]
        for i, s in enumerate(series):
            color = palette[i % len(palette)]
            years = np.asarray(s["years"])
            central = np.asarray(s["central"], dtype=float)
            values.append(central)
            if s.get("p5") is not None and s.get("p95") is not None:
                lo = np.asarray(s["p5"], dtype=float)
                hi = np.asarray(s["p95"], dtype=float)
                values += [lo, hi]
                ax.fill_between(
                    years,
                    lo,
                    hi,
                    color=color,
                    alpha=0.16 if i == 0 else 0.22,
                    lw=0,
                    label=text("chart.fund.band", lang, label=s["label"]),
                )
                ax.plot(years, lo, color=color, lw=0.6, alpha=0.6)
                ax.plot(years, hi, color=color, lw=0.6, alpha=0.6)
            ax.plot(
                years,
                central,
                "-" if i == 0 else "--",
                color=color,
                lw=2.2,
                marker="o",
                ms=3.2,
                label=text("chart.fund.central", lang, label=s["label"]),
            )
        all_values = np.concatenate(values)
        top = float(np.nanmax(all_values))
        bottom = min(0.0, float(np.nanmin(all_values)))
        pad = 0.06 * (top - bottom if top > bottom else 1.0)
        ax.set_ylim(bottom - (pad if bottom < 0 else 0.0), top + pad)
        ax.axhline(0, color="black", lw=0.9)
        ax.axvline(ten_year_end + 0.5, color=COLORS["neutral"], lw=1.0, ls=":")
        ax.annotate(
            text("chart.fund.ten_years", lang, n=n_years),
            (ten_year_end + 0.5, top + pad),
            xytext=(-4, -4),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=8.5,
            color="#4d4d4d",
        )
        _title(fig, title or text("chart.fund.title", lang))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos: f"{int(round(x))}"))
        ax.set_xlabel(text("chart.year", lang))
        kroner_axis(ax.yaxis, all_values, lang, text("chart.fund.ylabel", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=2 if len(series) > 1 else 2)
        return fig

    return _with_rc(build)


def estimates(rows: pd.DataFrame, lang: str = "da") -> Figure:
    """Measured outcomes: the expected success rate, the observed rate and the updated estimate
    with its 90 % interval, one row each.

    ``rows`` has columns label, expected, observed, updated, low, high, n.
    """

    def build() -> Figure:
        data = rows.iloc[::-1].reset_index(drop=True)
        n = len(data)
        fig = _figure(1.25 + 0.42 * n)
        ax = fig.add_subplot()
        y = np.arange(n)
        ax.hlines(
            y,
            data["low"],
            data["high"],
            color=COLORS["public"],
            lw=4,
            alpha=0.35,
            label=text("chart.estimates.band", lang),
        )
        ax.plot(
            data["updated"],
            y,
            "o",
            color=COLORS["public"],
            ms=6,
            label=text("chart.estimates.updated", lang),
        )
        ax.plot(
            data["expected"],
            y,
            "D",
            mfc="white",
            mec=COLORS["fund"],
            mew=1.6,
            ms=6,
            label=text("chart.estimates.expected", lang),
        )
        ax.plot(
            data["observed"],
            y,
            "x",
            color=COLORS["financiers"],
            ms=7,
            mew=1.8,
            label=text("chart.estimates.observed", lang),
        )
        labels = [
            "\n".join(textwrap.wrap(f"{lab} (n = {number(k, 0, lang)})", 34))
            for lab, k in zip(data["label"], data["n"], strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=8)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: percent(v, 0, lang)))
        ax.set_ylim(-0.7, n - 0.3)
        _title(fig, text("chart.estimates.title", lang))
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        fig.legend(loc="outside lower center", ncols=4)
        return fig

    return _with_rc(build)


__all__ = [
    "KronerFormatter",
    "cumulative_net",
    "distribution",
    "estimates",
    "fund_fan",
    "kroner_axis",
    "to_png",
    "tornado",
]
