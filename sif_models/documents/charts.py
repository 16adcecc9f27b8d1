"""What the documents' charts share: the look, kroner axes in the reader's number format, PNG.

The charts of the fund documents are here too: the fund's balance year by year
(:func:`fund_fan`), which the fund brief, the meeting overview and the yearly report all show,
and the yearly report's estimates (:func:`estimates`). The decision brief's charts are in
:mod:`sif_models.documents.brief.plots`. Each takes plain arrays and returns a
:class:`matplotlib.figure.Figure` built without pyplot (no global figure state, nothing shown by
accident) from :func:`new_figure` inside :func:`with_rc`; :func:`to_png` turns it into bytes.
Money axes use :class:`KronerFormatter`, a ``FuncFormatter`` over
:mod:`sif_models.text.formatting`: ``1.500.000`` or ``1,5`` with the unit (``kr.`` /
``mio. kr.``) in the axis label.
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
NARROW_IN = 4.4  # a phone's drawing: the text stays readable where the wide one would shrink
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
    # text from input files (titles, outcome labels) is literal: "$…$" is not matplotlib math
    "text.parse_math": False,
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


def new_figure(height_in: float, width_in: float | None = None) -> Figure:
    """A figure of the documents' width (or ``width_in``), ``height_in`` inches high, with its
    own canvas."""
    fig = Figure(figsize=(width_in or WIDTH_IN, height_in), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def set_title(fig: Figure, title: str) -> None:
    """The chart title, left-aligned over the whole figure (long tick labels cannot push it)."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=RC["axes.titlesize"], fontweight="bold")


def to_png(fig: Figure) -> bytes:
    """The figure as PNG bytes (at the figure's dpi)."""
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context(RC):  # text made while drawing (ticks) is literal too
        fig.savefig(buf, format="png", dpi=fig.dpi, facecolor="white")
    return buf.getvalue()


def with_rc(build):
    """Run ``build`` with the documents' matplotlib style, restoring the caller's afterwards."""
    import matplotlib

    with matplotlib.rc_context(RC):
        return build()


def year_axis(ax, lang: str) -> None:
    """Whole years along the x axis of ``ax``, labelled "År" / "Year"."""
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos: f"{int(round(x))}"))
    ax.set_xlabel(text("chart.year", lang))


# ---------------------------------------------------------------------------- the fund's chart
def fund_fan(
    series: list[dict],
    ten_year_end: int,
    n_years: int = 10,
    lang: str = "da",
    title: str | None = None,
    width_in: float | None = None,
) -> Figure:
    """The fund's balance by year: per scenario a line (the expected path) and a p5–p95 band.
    ``width_in``: the figure's width (default the page's; :data:`NARROW_IN` for phones).

    ``series`` items have ``label`` (the line's legend), ``band_label`` (the band's), ``years``
    (Y,), ``central`` (Y,, the line) and ``p5``/``p95`` (Y,) or None (no draws). Zero is always on the axis (how far the fund is from running dry) and
    the end of the first ``n_years`` years is marked at ``ten_year_end``.
    """

    def build() -> Figure:
        narrow = width_in is not None and width_in < WIDTH_IN
        fig = new_figure(3.9 if narrow else 3.6, width_in)
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
                    label=s.get("band_label") or s["label"],
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
                label=s["label"],
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
        set_title(fig, title or text("chart.fund.title", lang))
        year_axis(ax, lang)
        kroner_axis(ax.yaxis, all_values, lang, text("chart.fund.ylabel", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=1 if narrow else 2)
        return fig

    return with_rc(build)


# ---------------------------------------------------------------------- the yearly report's chart
def estimates(rows: pd.DataFrame, lang: str = "da", width_in: float | None = None) -> Figure:
    """Measured outcomes: the expected success rate, the observed rate and the updated estimate
    with its 90 % interval, one row each. ``width_in``: as for :func:`fund_fan`.

    ``rows`` has columns label, expected, observed, updated, low, high, n.
    """

    def build() -> Figure:
        data = rows.iloc[::-1].reset_index(drop=True)
        n = len(data)
        narrow = width_in is not None and width_in < WIDTH_IN
        fig = new_figure((1.6 + 0.5 * n) if narrow else (1.25 + 0.42 * n), width_in)
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
            "\n".join(
                textwrap.wrap(f"{lab} (n\u00a0=\u00a0{number(k, 0, lang)})", 22 if narrow else 34)
            )
            for lab, k in zip(data["label"], data["n"], strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=8)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: percent(v, 0, lang)))
        ax.set_ylim(-0.7, n - 0.3)
        set_title(fig, text("chart.estimates.title", lang))
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        fig.legend(loc="outside lower center", ncols=2 if narrow else 4)
        return fig

    return with_rc(build)


__all__ = [
    "COLORS",
    "KronerFormatter",
    "NARROW_IN",
    "estimates",
    "fund_fan",
    "kroner_axis",
    "new_figure",
    "set_title",
    "to_png",
    "with_rc",
    "year_axis",
]
