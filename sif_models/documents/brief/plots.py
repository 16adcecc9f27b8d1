"""The decision brief's charts as matplotlib figures: cumulative net by party, the distribution of
a money figure over the draws, and the tornado.

Each function takes plain arrays and returns a :class:`matplotlib.figure.Figure` in the documents'
style (:mod:`sif_models.documents.charts`); which chart the brief shows and the words under it
are :mod:`sif_models.documents.brief.charts`.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from sif_models.documents.charts import (
    COLORS,
    kroner_axis,
    new_figure,
    set_title,
    with_rc,
    year_axis,
)
from sif_models.text.formatting import percent
from sif_models.text.labels import text

# a white box behind a label on the chart
LABEL_BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"}


def cumulative_net(data: dict, break_even_year: int | None, lang: str = "da") -> Figure:
    """Lines of cumulative undiscounted net by party over the years, break-even marked.

    ``data`` = {"years": (H,), "series": {label: (H,) cumulative}, "public": label of the public
    series}, as :meth:`sif_models.documents.brief.charts.Charts.cumulative_series` gives.
    """

    def build() -> Figure:
        years = np.asarray(data["years"])
        fig = new_figure(3.7)
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
        if break_even_year is not None:
            public = np.asarray(data["series"][data["public"]])
            _mark_break_even(ax, years, public, break_even_year, lang)
        set_title(fig, text("chart.cumulative.title", lang))
        year_axis(ax, lang)
        kroner_axis(
            ax.yaxis, np.concatenate(all_values), lang, text("chart.cumulative.ylabel", lang)
        )
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=len(data["series"]))
        return fig

    return with_rc(build)


def _mark_break_even(ax, years: np.ndarray, public: np.ndarray, year: int, lang: str) -> None:
    """A dotted line at the break-even year, a ring on the public line and its label."""
    y = float(public[int(np.searchsorted(years, year))])
    ax.axvline(year, color=COLORS["neutral"], lw=0.8, ls=":")
    ax.plot([year], [y], "o", ms=9, mfc="none", mec=COLORS["public"], mew=2)
    ax.annotate(
        text("chart.cumulative.break_even", lang, year=year),
        (year, y),
        xytext=(8, -16),
        textcoords="offset points",
        fontsize=9,
        fontweight="bold",
        color=COLORS["public"],
    )


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


def _histogram(ax, x: np.ndarray, zero: np.ndarray, n: int) -> tuple[float, float, float, float]:
    """Bars of the draws as shares of all ``n`` draws, losses red and gains green, with zero a bin
    edge; the draws marked ``zero`` are left out. Returns (lo, hi, bin width, highest bar)."""
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
    return lo, hi, width, (counts.max() if counts.size else 0.0)


def _zero_bar(ax, p_zero: float, lo: float, hi: float, width: float, lang: str) -> None:
    """The grey bar of draws at zero (neither gain nor loss) and its label beside it."""
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
        bbox=LABEL_BOX,
    )


def _chances(ax, p_gain: float, p_loss: float, lang: str) -> None:
    """The chance of a gain (top right) and of a loss (top left), in boxes."""
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
        fig = new_figure(3.2)
        ax = fig.add_subplot()
        lo, hi, width, highest = _histogram(ax, x, zero, n)
        top = max(highest, p_zero, 1e-9)
        if p_zero > 0:
            _zero_bar(ax, p_zero, lo, hi, width, lang)
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
            bbox=LABEL_BOX,
        )
        _chances(ax, p_gain, p_loss, lang)
        ax.set_ylim(0, top * 1.25)
        set_title(fig, title)
        kroner_axis(ax.xaxis, np.array([lo, hi, expected]), lang, xlabel)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, pos: percent(v, 0 if top > 0.05 else 1, lang))
        )
        ax.set_ylabel(text("chart.share_of_draws", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        return fig

    return with_rc(build)


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
        fig = new_figure(1.2 + 0.5 * n)
        ax = fig.add_subplot()
        y = np.arange(n)
        low = data["public_net_low"].to_numpy(float)
        high = data["public_net_high"].to_numpy(float)
        for values, color, key in (
            (low, "low", "chart.tornado.low"),
            (high, "high", "chart.tornado.high"),
        ):
            ax.barh(
                y,
                values - central,
                left=central,
                color=COLORS[color],
                height=0.6,
                label=text(key, lang),
            )
        ax.axvline(central, color="black", lw=1.0)
        ax.axvline(0, color=COLORS["loss"], lw=0.8, ls=":")
        labels = [
            "\n".join(textwrap.wrap(str(lab), 36) + ([str(rng)] if rng else []))
            for lab, rng in zip(data["label"], data.get("range_text", [""] * n), strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=8.5)
        set_title(fig, text("chart.tornado.title", lang))
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

    return with_rc(build)


__all__ = ["cumulative_net", "distribution", "tornado"]
