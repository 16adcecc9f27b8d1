"""The analyst's explorer: sliders for a case's assumptions, the figures following at once.

:class:`Explorer` holds a case and the value of each slider — every outcome's success rate and
price, every unit cost the case uses, each year's intake — and :meth:`Explorer.update` runs the
case again with the sliders' values (:meth:`~sif_models.case.business_case.BusinessCase.with_changes`,
deterministic: a few hundredths of a second) and gives its display. :meth:`Explorer.widget` puts
it in ipywidgets for ``notebooks/explore.ipynb``, with a button that runs the Monte Carlo.

>>> from sif_models.case.business_case import run
>>> explorer = Explorer(run("data/examples/worked-example.yaml"))
>>> [s.key for s in explorer.sliders][:2]
['success_rate:housed', 'price_dkk:housed']
>>> round(explorer.update({"success_rate:housed": 0.45}).figures.public_net_pv_dkk)
788083
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sif_models.documents.notebook import case_html, risk_html

if TYPE_CHECKING:
    from sif_models.case.business_case import BusinessCase

MONTE_CARLO_DRAWS = 10_000


@dataclass(frozen=True)
class Slider:
    """One assumption the explorer can move: ``key`` (``success_rate:<outcome>``,
    ``price_dkk:<outcome>``, ``unit_cost:<cost>``, ``intake:<year index>``), its label, its value
    now and its range."""

    key: str
    label: str
    value: float
    low: float
    high: float
    step: float


def sliders_of(case: BusinessCase) -> list[Slider]:
    """A slider for every success rate and outcome price, every unit cost, each year's intake."""
    out = []
    for o in case.proposal.outcomes:
        out.append(Slider(f"success_rate:{o.id}", o.label, o.success_rate, 0.0, 1.0, 0.01))
        top = max(3 * o.price_dkk, 10_000.0)
        out.append(Slider(f"price_dkk:{o.id}", o.label, o.price_dkk, 0.0, top, top / 300))
    for cid, cost in case.inputs.costs.items():
        price = cost.price_dkk
        top = max(3 * price, 1.0)
        out.append(Slider(f"unit_cost:{cid}", cost.item.label_da, price, 0.0, top, top / 300))
    start = case.proposal.start_year
    for i, n in enumerate(case.proposal.cohort.intake):
        out.append(Slider(f"intake:{i}", str(start + i), float(n), 0.0, max(3.0 * n, 10.0), 1.0))
    return out


class Explorer:
    """A case and its sliders; :meth:`update` gives the case at the sliders' values."""

    def __init__(self, case: BusinessCase, lang: str = "da"):
        self.base = case
        self.lang = lang
        self.sliders = sliders_of(case)
        self.case = case
        self.seconds = 0.0

    def changes(self, values: dict[str, float]) -> dict[str, Any]:
        """The slider values as :meth:`BusinessCase.with_changes` arguments."""
        out: dict[str, Any] = {}
        intake = list(self.base.proposal.cohort.intake)
        for key, value in values.items():
            kind, _, name = key.partition(":")
            if kind == "intake":
                intake[int(name)] = int(round(value))
            elif kind == "unit_cost":
                out.setdefault("unit_costs", {})[name] = float(value)
            else:
                out.setdefault(kind, {})[name] = float(value)
        if intake != list(self.base.proposal.cohort.intake):
            out["intake"] = intake
        return out

    def update(self, values: dict[str, float]) -> BusinessCase:
        """The case with the sliders at ``values`` (deterministic), timed in :attr:`seconds`."""
        t0 = time.perf_counter()
        base = self.base if self.base.risk is None else self._deterministic()
        self.case = base.with_changes(**self.changes(values)) if values else base
        self.seconds = time.perf_counter() - t0
        return self.case

    def _deterministic(self) -> BusinessCase:
        from sif_models.case.business_case import run

        return run(self.base.proposal)

    def html(self) -> str:
        return case_html(self.case, self.lang)

    def monte_carlo(self, draws: int = MONTE_CARLO_DRAWS) -> str:
        """The current case with a Monte Carlo, as HTML."""
        from sif_models.case.business_case import run

        case = run(self.case.proposal, draws=draws)
        return case_html(case, self.lang) + risk_html(case.risk, self.lang)

    def widget(self):
        """ipywidgets: a slider per assumption, the figures and chart, a Monte Carlo button."""
        import ipywidgets as w

        out = w.HTML(self.html())
        timing = w.HTML()
        controls = {}
        for s in self.sliders:
            label = f"{s.key.split(':')[0]}: {s.label}"
            box = w.FloatSlider if "intake" not in s.key else w.IntSlider
            controls[s.key] = box(
                value=s.value,
                min=s.low,
                max=s.high,
                step=s.step,
                description=label[:40],
                continuous_update=False,
                style={"description_width": "initial"},
                layout=w.Layout(width="95%"),
            )

        def changed(_change=None):
            values = {k: c.value for k, c in controls.items()}
            moved = {
                s.key: values[s.key] for s in self.sliders if abs(values[s.key] - s.value) > 1e-12
            }
            try:
                self.update(moved)
                out.value = self.html()
                timing.value = f"<small>{self.seconds * 1000:.0f} ms</small>"
            except Exception as exc:  # noqa: BLE001 - shown in the notebook, not raised
                out.value = f"<pre>{exc}</pre>"

        for c in controls.values():
            c.observe(changed, names="value")
        button = w.Button(description=f"Monte Carlo ({MONTE_CARLO_DRAWS:,} draws)")

        def simulate(_button):
            out.value = self.monte_carlo()

        button.on_click(simulate)
        return w.HBox(
            [
                w.VBox(list(controls.values()), layout=w.Layout(width="45%")),
                w.VBox([out, timing, button], layout=w.Layout(width="55%")),
            ]
        )
