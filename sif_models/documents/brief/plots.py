"""The decision brief's charts as matplotlib figures: cumulative net by party, the distribution of
a money figure over the draws, the tornado, and both sides of the deal zone.

Each function takes plain arrays and returns a :class:`matplotlib.figure.Figure` in the documents'
style (:mod:`sif_models.documents.charts`), as wide as the page (``width=None``) or as a narrow
drawing for phones (:data:`NARROW_IN`); which chart the brief shows and the words under it are
:mod:`sif_models.documents.brief.charts`. Text from a proposal reaches a chart as literal text
(:func:`literal`: a ``$`` never starts mathtext) and a very long label is cut (:func:`short`);
negative figures on the axes carry the true minus sign.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from sif_models.documents.charts import (
    COLORS,
    KronerFormatter,
    kroner_axis,
    new_figure,
    set_title,
    with_rc,
    year_axis,
)
from sif_models.text.formatting import DocumentFormats, typeset
from sif_models.text.labels import text

# a white box behind a label on the chart
LABEL_BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"}
# the width of the drawings for phones (inches); the page-wide ones are the documents' width
NARROW_IN = 4.4
# a label from a proposal longer than this is cut with an ellipsis
LABEL_CHARS = 90


def literal(label: str) -> str:
    """Text from an input file as matplotlib shows it literally: every ``$`` escaped, so that
    ``Housed $\\foo$`` or ``Cost $5 and $10`` is never read as mathtext.

    >>> literal("Cost $5 and $10")
    'Cost \\\\$5 and \\\\$10'
    """
    return str(label).replace("$", r"\$")


def short(label: str, limit: int = LABEL_CHARS) -> str:
    """A label cut to ``limit`` characters (with an ellipsis) so a chart keeps its shape.

    >>> short("x" * 5, 3)
    'xx…'
    """
    folded = " ".join(str(label).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


class _TypesetKroner(KronerFormatter):
    """:class:`KronerFormatter` with the true minus sign."""

    def _format(self, x: float, pos: int | None = None) -> str:
        return typeset(super()._format(x, pos))


def money_axis(axis, values: np.ndarray, lang: str, label: str, width: float | None = None) -> None:
    """A kroner axis (:func:`kroner_axis`) whose negative ticks have the true minus sign; its
    label wrapped to a narrow figure's ``width``."""
    kroner_axis(axis, values, lang, label)
    plain = axis.get_major_formatter()
    axis.set_major_formatter(_TypesetKroner(plain.lang, plain.millions))
    axis.set_label_text(fit(axis.get_label_text(), width, LABEL_CHARS_PER_IN))


# characters a line holds per inch of figure: a title (11.5 pt bold), an axis label (9.5 pt)
TITLE_CHARS_PER_IN = 9.0
LABEL_CHARS_PER_IN = 12.0


def fit(words: str, width: float | None, per_inch: float) -> str:
    """``words`` wrapped to the lines a narrow figure of ``width`` inches holds (as they are on
    a page-wide figure, ``width=None``).

    >>> fit("alpha beta gamma delta", 1.0, 12.0), fit("alpha beta", None, 12.0)
    ('alpha beta\\ngamma delta', 'alpha beta')
    """
    if width is None:
        return words
    return "\n".join(textwrap.wrap(words, max(10, int(width * per_inch))))


def _title(fig: Figure, title: str, width: float | None) -> None:
    set_title(fig, fit(title, width, TITLE_CHARS_PER_IN))


def _figure(height: float, width: float | None) -> Figure:
    fig = new_figure(height)
    if width is not None:
        fig.set_size_inches(width, height)
    return fig


# ---------------------------------------------------------------------------- cumulative net
def cumulative_net(
    data: dict, break_even_year: int | None, lang: str = "da", width: float | None = None
) -> Figure:
    """Lines of cumulative undiscounted net by party over the years, break-even marked.

    ``data`` = {"years": (H,), "series": {label: (H,) cumulative}, "public": label of the public
    series}, as :meth:`sif_models.documents.brief.charts.Charts.cumulative_series` gives.
    """

    def build() -> Figure:
        years = np.asarray(data["years"])
        fig = _figure(3.7 if width is None else 3.6, width)
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
                label=literal(label),
            )
        ax.axhline(0, color="black", lw=0.8)
        if break_even_year is not None:
            public = np.asarray(data["series"][data["public"]])
            _mark_break_even(ax, years, public, break_even_year, lang)
        _title(fig, text("chart.cumulative.title", lang), width)
        year_axis(ax, lang)
        money_axis(
            ax.yaxis, np.concatenate(all_values), lang, text("chart.cumulative.ylabel", lang), width
        )
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        n = len(data["series"])
        fig.legend(loc="outside lower center", ncols=n if width is None else min(n, 2))
        return fig

    return with_rc(build)


def _mark_break_even(ax, years: np.ndarray, public: np.ndarray, year: int, lang: str) -> None:
    """A dotted line at the break-even year, a ring on the public line and its label, above and
    beside the ring (on a white box), so that neither the zero line nor a grid line crosses it."""
    y = float(public[int(np.searchsorted(years, year))])
    ax.axvline(year, color=COLORS["neutral"], lw=0.8, ls=":")
    ax.plot([year], [y], "o", ms=9, mfc="none", mec=COLORS["public"], mew=2)
    # in the upper left corner, with a thin arrow to the ring: the cumulative lines start low
    # and rise, so the corner is free, and neither the zero line nor a grid line crosses it
    ax.annotate(
        text("chart.cumulative.break_even", lang, year=year),
        (year, y),
        xytext=(0.02, 0.96),
        textcoords="axes fraction",
        ha="left",
        va="top",
        fontsize=9,
        fontweight="bold",
        color=COLORS["public"],
        bbox=LABEL_BOX,
        arrowprops={"arrowstyle": "-", "color": COLORS["public"], "lw": 0.8, "shrinkB": 6},
        zorder=5,
    )


# ---------------------------------------------------------------------------- distributions
def _label_place(x: float, lo: float, hi: float, top: float) -> tuple[tuple[float, float], dict]:
    """Where a line's label goes: ((x, y), keyword arguments of ``annotate``).

    >>> _label_place(0.5, 0.0, 1.0, 1.0)[1]["ha"], _label_place(0.95, 0.0, 1.0, 1.0)[1]["ha"]
    ('center', 'right')
    """
    share = (x - lo) / (hi - lo) if hi > lo else 0.5
    if 0.3 <= share <= 0.7:
        return (x, top * 1.04), {"ha": "center", "va": "bottom"}
    side = "right" if share > 0.7 else "left"
    return (x, top * 0.78), {
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
        text("chart.p_zero", lang, p=_chance(p_zero, lang)),
        (-width if right_half else width, p_zero / 2),
        xytext=(-4 if right_half else 4, 0),
        textcoords="offset points",
        ha="right" if right_half else "left",
        va="center",
        fontsize=8.5,
        color="#4d4d4d",
        bbox=LABEL_BOX,
    )


def _chance(p: float, lang: str) -> str:
    """A share of the draws for a chart: never 0,0 % for a share that is not zero, and none or
    all of them in words ("Gevinst i ingen af simuleringerne", not "Gevinst i 0 %").

    >>> _chance(0.0, "da"), _chance(1.0, "da"), _chance(0.0002, "da")
    ('ingen af simuleringerne', 'alle simuleringerne', 'under 0,1 %')
    """
    f = DocumentFormats(lang)
    if p <= 0:
        return text("p.none", lang)
    if p >= 1:
        return text("p.all", lang)
    if 0 < p < 0.0005:
        return text("p.below", lang, p=f.percent(0.001))
    if 0.9995 < p < 1:
        return text("p.above", lang, p=f.percent(0.999))
    return f.percent(p)


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
            text(key, lang, p=_chance(p, lang)),
            transform=ax.transAxes,
            ha=ha,
            va="top",
            color=color,
            fontweight="bold",
            bbox=box,
        )


def _mark(ax, x: float, key: str, lo: float, hi: float, top: float, lang: str, style: str) -> None:
    """A vertical line at ``x`` and its label (``chart.expected`` or ``chart.central``)."""
    color = COLORS["public"] if style == "--" else "#4d4d4d"
    ax.axvline(x, color=color, lw=1.6, ls=style)
    xy, where = _label_place(x, lo, hi, top)
    ax.annotate(text(key, lang), xy, **where, fontsize=8.5, color=color, bbox=LABEL_BOX)


def _both_marks(fig, ax, expected: float, central: float, top: float, lang: str) -> None:
    """The expected value and the central estimate, named in a legend below the chart: labels
    beside the lines would have one line run through the other's label, and the central
    estimate often lies on the zero line (money exactly paid back), so a triangle above the
    bars marks where it is."""
    ax.axvline(expected, color=COLORS["public"], lw=1.6, ls="--")
    grey = "#4d4d4d"
    ax.axvline(central, color=grey, lw=1.6, ls=":", zorder=3)
    ax.plot([central], [top * 1.12], marker="v", ms=7, color=grey, ls="none", zorder=4)
    handles = [
        Line2D([], [], color=COLORS["public"], lw=1.6, ls="--", label=text("chart.expected", lang)),
        Line2D(
            [], [], color=grey, lw=1.6, ls=":", marker="v", ms=6, label=text("chart.central", lang)
        ),
    ]
    fig.legend(handles=handles, loc="outside lower center", ncols=2, fontsize=8.5)


def distribution(
    draws: np.ndarray,
    expected: float,
    title: str,
    xlabel: str,
    lang: str = "da",
    tolerance: float = 0.5,
    central: float | None = None,
    width: float | None = None,
) -> Figure:
    """Histogram of a money figure over the draws: losses red, gains green, the expected value
    (the mean of the draws) and zero marked — and the central estimate when it is given (where
    it differs from the expected) — with the chance of a gain and of a loss on the chart.

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
        fig = _figure(3.2 if width is None else 3.4, width)
        ax = fig.add_subplot()
        lo, hi, bin_width, highest = _histogram(ax, x, zero, n)
        top = max(highest, p_zero, 1e-9)
        if p_zero > 0:
            _zero_bar(ax, p_zero, lo, hi, bin_width, lang)
        ax.axvline(0, color="black", lw=1.0)
        if central is None:
            _mark(ax, expected, "chart.expected", lo, hi, top, lang, "--")
        else:
            _both_marks(fig, ax, expected, central, top, lang)
        _chances(ax, p_gain, p_loss, lang)
        # room above the bars for the lines' labels, below the boxes with the chances
        ax.set_ylim(0, top * 1.45)
        _title(fig, title, width)
        money_axis(ax.xaxis, np.array([lo, hi, expected]), lang, xlabel, width)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, pos: DocumentFormats(lang).percent(v, 0 if top > 0.05 else 1))
        )
        ax.set_ylabel(text("chart.share_of_draws", lang))
        ax.grid(axis="y", color="#dddddd", lw=0.6)
        return fig

    return with_rc(build)


# ---------------------------------------------------------------------------- tornado
def tornado(
    rows: pd.DataFrame,
    central: float,
    lang: str = "da",
    max_rows: int = 10,
    width: float | None = None,
) -> Figure:
    """Horizontal bars of public net with each input at its low and high value.

    ``rows`` has columns label, range_text, public_net_low, public_net_high (largest swing
    first); at most ``max_rows`` are drawn.
    """

    def build() -> Figure:
        swing = (rows["public_net_high"] - rows["public_net_low"]).abs()
        scale = max(1.0, float(swing.max()) if len(swing) else 1.0)
        data = rows[swing > 1e-6 * scale].head(max_rows).iloc[::-1]
        n = len(data)
        wrap = 36 if width is None else 28
        fig = _figure(1.3 + (0.5 if width is None else 0.62) * n, width)
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
            literal("\n".join(textwrap.wrap(short(lab), wrap) + ([str(rng)] if rng else [])))
            for lab, rng in zip(data["label"], data.get("range_text", [""] * n), strict=True)
        ]
        ax.set_yticks(y, labels, fontsize=8.5)
        _title(fig, text("chart.tornado.title", lang), width)
        money_axis(
            ax.xaxis,
            np.concatenate([low, high, [central, 0.0]]),
            lang,
            text("chart.tornado.xlabel", lang),
            None if width is None else 0.55 * width,  # the bars take about half the width
        )
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        fig.legend(loc="outside lower center", ncols=2)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        return fig

    return with_rc(build)


# ---------------------------------------------------------------------------- the deal zone
def deal_zone(
    m: np.ndarray,
    kommune: np.ndarray,
    financiers: np.ndarray,
    zone: tuple[float, float] | None,
    lang: str = "da",
    m_view: float | None = None,
    width: float | None = None,
) -> Figure:
    """Both sides' expectations against the factor m on the rate card, one panel each (their
    scales differ): the kommune's expected net and the financiers' expected net present value at
    their hurdle rate, the deal zone (where both are ≥ 0) shaded and m = 1, the rate card as
    written, marked (docs/model.md §10). ``m_view`` limits the x axis (the grid may reach far
    past where anything happens)."""

    def build() -> Figure:
        fig = _figure(4.2 if width is None else 4.8, width)
        top, bottom = fig.subplots(2, 1, sharex=True)
        upto = float(m[-1]) if m_view is None else float(m_view)
        keep = np.asarray(m) <= upto + 1e-9
        sides = (
            (top, kommune, COLORS["kommune"], "-", "chart.deal.kommune"),
            (bottom, financiers, COLORS["financiers"], "--", "chart.deal.financiers"),
        )
        for ax, values, color, style, key in sides:
            if zone is not None:
                ax.axvspan(zone[0], min(zone[1], upto), color=COLORS["gain"], alpha=0.14, lw=0)
            ax.plot(m[keep], values[keep], style, color=color, lw=2.2)
            ax.axhline(0, color="black", lw=0.8)
            ax.axvline(1.0, color="#4d4d4d", lw=1.0, ls=":")
            ax.set_title(
                fit(text(key, lang), width, LABEL_CHARS_PER_IN),
                loc="left",
                fontsize=9.5,
                fontweight="bold",
                color=color,
            )
            money_axis(ax.yaxis, values[keep], lang, text("chart.deal.ylabel", lang), width)
            ax.grid(axis="y", color="#dddddd", lw=0.6)
        top.annotate(
            text("chart.deal.as_written", lang),
            (1.0, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(4, -4),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=8.5,
            color="#4d4d4d",
            bbox=LABEL_BOX,
        )
        bottom.set_xlim(0, upto)
        bottom.xaxis.set_major_formatter(
            FuncFormatter(lambda v, pos: DocumentFormats(lang).number(v, 0 if upto > 4 else 1))
        )
        bottom.set_xlabel(fit(text("chart.deal.xlabel", lang), width, LABEL_CHARS_PER_IN))
        _title(fig, text("chart.deal.title", lang), width)
        if zone is not None:
            shade = Patch(color=COLORS["gain"], alpha=0.14, label=text("chart.deal.zone", lang))
            fig.legend(handles=[shade], loc="outside lower center")
        return fig

    return with_rc(build)


__all__ = ["cumulative_net", "deal_zone", "distribution", "literal", "short", "tornado"]
