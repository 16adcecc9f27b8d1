"""The fund documents' words and figures without rendering: the Danish checker, literal chart
text, chances at their ends, the overview's assessment of a proposal (deal zone, value of
information, weak cases), the yearly report's count of investments, and the fund brief's two
probabilities (with and without the common shock)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from danish_text import english_words, wrong_numbers
from matplotlib.text import Text

from sif_models.case.business_case import run
from sif_models.documents import charts
from sif_models.documents.annual_report import AnnualPage
from sif_models.documents.assessment import WEAK_FUND_LOSS, Assessment
from sif_models.documents.common import chance
from sif_models.documents.fund_brief import build_fund_page
from sif_models.text.formatting import percent
from sif_models.text.labels import text
from sif_models.text.markdown import md_value

REPO = Path(__file__).resolve().parents[1]
PROPOSALS = REPO / "data" / "proposals"
DRAWS = 400


def test_the_checks_see_english_and_wrong_numbers():
    """The checker itself, on text as pypdf reads it from Typst."""
    bad = "Forventet (expected) 1,234,567 kr.; 12.5 %; -3 mio. kr.; 2020-2029; IRR; None"
    assert len(english_words(bad)) == 3
    kinds = {w.split(":")[0] for w in wrong_numbers(bad)}
    assert kinds == {
        "English thousands",
        "English decimals before %",
        "hyphen-minus before a figure",
        "hyphen in a period of years",
    }
    good = (
        "1.234.567 kr. −0,8 mio. kr. 12,5 % 2020–2029 90 %-interval 18-24 måneder type 2-diabetes"
    )
    assert english_words(good) == [] and wrong_numbers(good) == []


# ---------------------------------------------------------------------------- charts
MATH = r"Housed $\foo$ and 5 $ per night"


def _texts(fig) -> list[Text]:
    charts.to_png(fig)  # draws: tick labels exist, mathtext would have failed here
    return [t for t in fig.findobj(Text) if t.get_text()]


def test_chart_text_from_input_files_is_literal():
    """A proposal's outcome label or title with dollar signs is shown as written, never parsed
    as matplotlib math (which fails on unknown commands such as \\foo)."""
    rows = pd.DataFrame(
        [
            {
                "label": MATH,
                "expected": 0.5,
                "observed": 0.4,
                "updated": 0.45,
                "low": 0.3,
                "high": 0.6,
                "n": 10,
            }
        ]
    )
    texts = _texts(charts.estimates(rows))
    label = next(t for t in texts if "Housed" in t.get_text())
    assert "$\\foo$" in label.get_text() and not label.get_parse_math()
    years = np.arange(2020, 2025)
    series = [
        {
            "label": MATH,
            "band_label": MATH,
            "years": years,
            "central": years * 1e5,
            "p5": years * 0.9e5,
            "p95": years * 1.1e5,
        }
    ]
    texts = _texts(charts.fund_fan(series, ten_year_end=2022, lang="da", title=MATH))
    assert sum(MATH in t.get_text() for t in texts) >= 2  # the title and the legend
    assert not any(t.get_parse_math() for t in texts)


# ---------------------------------------------------------------------------- chances
@pytest.mark.parametrize(
    ("p", "da", "en"),
    [
        (0.0, "under 0,1 %", "below 0.1%"),
        (0.0004, "under 0,1 %", "below 0.1%"),
        (0.25, "25,0 %", "25.0%"),
        (0.9995, "over 99,9 %", "above 99.9%"),
        (1.0, "over 99,9 %", "above 99.9%"),
    ],
)
def test_a_chance_is_never_0_or_100_percent(p, da, en):
    assert (chance(p, "da"), chance(p, "en")) == (da, en)


# ---------------------------------------------------------------------------- the assessment
@pytest.fixture(scope="module")
def diabetes() -> Assessment:
    return Assessment.of(run(PROPOSALS / "type-2-diabetes.yaml", draws=DRAWS))


def test_the_assessment_reuses_the_cases_draws(diabetes):
    case = diabetes.case
    assert diabetes.mean("public_net_pv_dkk") == pytest.approx(
        case.risk.summary("public_net_pv_dkk")["mean"]
    )
    assert diabetes.deal == case.deal_zone()
    assert diabetes.voi.inputs == case.value_of_information()["public"].inputs


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_inputs_are_named_in_the_councils_words(diabetes, lang):
    """Success rates by their outcome, unit costs by the catalogue's item, in ``lang``; never
    the model's keys or its English labels in a Danish document."""
    names = {key: diabetes.input_words(key, lang) for key, _, _ in diabetes.voi.inputs}
    for key, words in names.items():
        assert ":" not in words and "success rate" not in words or lang == "en", (key, words)
    unit = next(k for k in names if k.startswith("unit_cost:"))
    item = diabetes.case.inputs.costs[unit.split(":", 1)[1]].item
    assert (item.label_da if lang == "da" else item.label_en) in names[unit]
    top = diabetes.top_input_words(lang)
    assert top.startswith("Succesraten for »" if lang == "da" else "The success rate of “")


def _stub(p_fund_loss: float, public: float, empty: bool) -> Assessment:
    figures = SimpleNamespace(public_net_pv_dkk=np.array([public]))
    risk = SimpleNamespace(figures=figures, probability=lambda event: p_fund_loss)
    case = SimpleNamespace(risk=risk, figures=figures)
    deal = SimpleNamespace(empty=empty)
    return Assessment(case, deal, None)


def test_a_weak_case_is_flagged_with_its_reasons():
    assert _stub(WEAK_FUND_LOSS - 0.01, 1e6, False).weak_reasons("da") == []
    reasons = _stub(0.692, -1_063_000, True).weak_reasons("da")
    assert reasons == [
        "Der er 69,2 % risiko for, at fonden ikke vil få alle pengene tilbage.",
        "Det offentlige forventes at tabe 1,1 mio. kr. (nutidsværdi): de sparede udgifter vil "
        "ikke dække indsatsens udgift.",
        "Intet takstblad kan gøre både kommunen og finansiererne skadesløse.",
    ]
    assert len(_stub(WEAK_FUND_LOSS, 1e6, False).weak_reasons("en")) == 1


# ---------------------------------------------------------------------------- the yearly report
@pytest.mark.parametrize(
    ("states", "da"),
    [
        (["running"] * 9, "Alle fondens 9 investeringer er i gang."),
        (["ended"], "Fondens ene investering er afsluttet."),
        (
            ["running"] * 7 + ["not started", "ended"],
            "Fonden har 9 investeringer: 7 i gang, 1 endnu ikke startet og 1 afsluttet.",
        ),
        (["running", "running", "ended"], "Fonden har 3 investeringer: 2 i gang og 1 afsluttet."),
    ],
)
def test_the_yearly_report_counts_only_the_states_there_are(states, da):
    investments = [SimpleNamespace(status=s) for s in states]
    page = SimpleNamespace(
        report=SimpleNamespace(investments=investments),
        lang="da",
        t=lambda key, **values: text(key, "da", **values),
    )
    assert AnnualPage.count_sentence(page) == da


# ---------------------------------------------------------------------------- the fund brief
def test_the_fund_brief_gives_both_chances_and_what_the_shock_is():
    page = build_fund_page(REPO / "data" / "fund.yaml", draws=DRAWS)
    o = page.before
    assert o.common_shock > 0
    summary, figures = page.summary_md(), page.key_figures_md()
    assert "fælles stød" in summary and "svagt arbejdsmarked" in summary
    for p in (o.p_active, o.p_active_without_shock):
        assert md_value(chance(p, "da")) in summary
    assert "Samme sandsynlighed uden fælles stød" in figures
    words = " ".join([summary, figures, page.portfolio_md(), page.method_md()])
    assert english_words(words.replace("\\", "")) == []
    assert "Forventet tilbage" not in words and "centralt skøn" in words
    assert percent(0.0) not in summary  # chances never read 0,0 %


def test_the_fund_brief_names_a_new_proposal_in_quotes_and_says_also_when_the_same():
    """A new proposal's title (it may hold a dash of its own) stands in »quotes« in a sentence;
    when the chance without the common shock reads the same, the sentence says so ("også")
    rather than repeat the figure as if it were news."""
    page = build_fund_page(
        REPO / "data" / "fund.yaml",
        [REPO / "data" / "examples" / "tidlig-familieindsats.yaml"],
        draws=DRAWS,
    )
    summary = page.summary_md()
    title = page.new_titles[0]
    assert f"»{md_value(title)}«" in summary
    o = page.before
    same = chance(o.p_active, "da") == chance(o.p_active_without_shock, "da")
    assert ("også være" in summary) == same
    assert "90 %-sikkerhed" not in page.key_figures_md()


def test_the_fund_chart_comes_wide_narrow_and_with_its_note():
    """As in the brief: the wide drawing, the narrow one for phones and the note in a
    chart-note div, which the documents' filter groups (docs: brief.lua)."""
    pytest.importorskip("IPython")
    page = build_fund_page(REPO / "data" / "fund.yaml", draws=DRAWS)
    wide, narrow, note = page.chart_outputs()
    assert wide.data != narrow.data
    assert note.data.startswith("::: {.chart-note}")
    assert "Hver linje" in note.data
