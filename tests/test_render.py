"""The brief's building blocks without a kernel: escaping, tables, labels, charts, the notebook
to Markdown conversion, the filter, the pandoc and Quarto command lines and Quarto's project
file, atomic publishing.

These run in well under a second each (pandoc is called a handful of times).
"""

from __future__ import annotations

import base64
import json
import random
import subprocess
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from sif_models.documents.brief import build_brief
from sif_models.documents.brief.plots import cumulative_net, distribution
from sif_models.documents.charts import KronerFormatter, to_png
from sif_models.publish.briefs import brief_parameters
from sif_models.publish.files import publish
from sif_models.publish.quarto import project_yaml, quarto_command, quarto_error
from sif_models.publish.render import (
    LUA_FILTER,
    READER,
    RenderError,
    notebook_markdown,
    pandoc_path,
)
from sif_models.publish.settings import parse_formats
from sif_models.text import labels
from sif_models.text.formatting import dkk, number, percent, typeset
from sif_models.text.markdown import escape_md, front_matter, md_table

WORKED_EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "worked-example.yaml"

NASTY = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "*bold* _it_ **x** __y__ `code` ``` fence",
    "# heading\n## two\n---\ntitle: injected\n---",
    "$x^2$ $$y$$ \\(z\\) \\[w\\]",
    "@cite [@key] [text](http://x) ![img](x.png) <http://x>",
    "#set page(fill: red) #pagebreak() #let a = 1 <label> // comment /* c */",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "1. list\n- item\n+ item\n> quote\n= typst heading\n/ term: def",
    "back\\slash \\ trailing\\",
    "&lt;escaped&gt; &amp; &#60;script&#62; ~nbsp~ ^sup^ ~~strike~~",
    "::: {.ask}\nfake box\n:::",
    "æøå ÆØÅ é ü – — “quotes” «guillemets»",
    "{#id .class} [span]{.smallcaps} <!-- comment -->",
]


def _pandoc_text(markdown: str) -> list[str]:
    """The plain text of each paragraph pandoc reads from ``markdown`` (our reader settings)."""
    out = subprocess.run(
        [pandoc_path(), "--from", READER, "--to", "json"],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    )
    doc = json.loads(out.stdout)

    def flat(inlines) -> str:
        parts = []
        for node in inlines:
            t = node["t"]
            if t == "Str":
                parts.append(node["c"])
            elif t in ("Space", "SoftBreak"):
                parts.append(" ")
            else:  # any other node means the text became markup
                parts.append(f"<<{t}>>")
        return "".join(parts)

    return [
        flat(block["c"]) if block["t"] == "Para" else f"<<{block['t']}>>" for block in doc["blocks"]
    ]


def test_escaped_text_reads_back_as_the_same_plain_text():
    """Every nasty string, and 300 random strings of punctuation, come back from pandoc as
    exactly the text (whitespace folded): no markup, no raw HTML or Typst, no lost character."""
    rng = random.Random(20200429)
    alphabet = "<>*_`#$@[]()\\|!&~^=:+-./{}\"' \n\tæøåÆØÅ0123456789abc"
    samples = NASTY + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(300)
    ]
    expected = [" ".join(s.split()) for s in samples]
    keep = [i for i, e in enumerate(expected) if e]
    markdown = "\n\n".join(escape_md(samples[i]) for i in keep)
    got = _pandoc_text(markdown)
    assert got == [expected[i] for i in keep]


def test_escape_md_drops_control_characters_and_line_breaks():
    assert escape_md("a\x00b\x1bc\u2028d\ne") == "abc d e"
    assert "\n" not in escape_md("x\n\n# y")


def test_md_table_escapes_cells_and_keeps_figures_together():
    frame = pd.DataFrame({"label": ["<b>|x"], "value": ["1.234 kr."]})
    text = md_table(frame, "lr", values={"value"})
    assert "\\<b\\>\\|x" in text
    assert "1\\.234\u00a0kr\\." in text
    [row] = _pandoc_text("x\n\n" + text)[1:] or ["<<Table>>"]
    assert row == "<<Table>>"


def test_front_matter_is_json_quoted_yaml_and_escaped():
    import yaml

    fm = front_matter('A "quoted" title\n---\nlang: en', "da")
    body = fm.strip().strip("-").strip()
    data = yaml.safe_load(body)
    assert data["lang"] == "da"
    assert data["pagetitle"] == escape_md('A "quoted" title\n---\nlang: en')


def test_every_label_has_both_languages():
    for key, value in labels.TEXT.items():
        assert set(value) == set(labels.LANGS), key
        assert all(v.strip() for v in value.values()), key


def test_label_language_is_checked():
    with pytest.raises(ValueError, match="language"):
        labels.text("heading.key_figures", "de")


def test_kroner_formatter_uses_danish_and_english_numbers():
    f = KronerFormatter("da", millions=True)
    assert f.format_ticks([-2_500_000.0, 0.0, 2_500_000.0, 5_000_000.0]) == [
        "-2,5",
        "0",
        "2,5",
        "5,0",
    ]
    assert KronerFormatter("en").format_ticks([0.0, 1_250.0, 2_500.0]) == ["0", "1,250", "2,500"]


def test_charts_are_titled_and_have_kroner_axes():
    years = np.arange(2021, 2026)
    data = {
        "years": years,
        "series": {"Offentlig": np.array([-1e6, -1.4e6, -2e5, 1e6, 1.6e6])},
        "public": "Offentlig",
    }
    fig = cumulative_net(data, 2024, "da")
    assert fig._suptitle.get_text() == labels.text("chart.cumulative.title", "da")
    assert fig.axes[0].get_ylabel().endswith("(mio. kr.)")
    assert to_png(fig).startswith(b"\x89PNG")
    fig = distribution(np.linspace(-1e5, 3e5, 1000), 1e5, "T", "Nutidsværdi", "da")
    assert fig.axes[0].get_xlabel() == "Nutidsværdi (kr.)"


def test_brief_content_matches_the_run_summary():
    """Without draws the key figures are the central estimate: the ``sif run`` summary
    (case.to_dict) in the document's Danish number format (the true minus sign)."""
    brief = build_brief(WORKED_EXAMPLE, draws=0, lang="da")
    d = brief.case.to_dict()["deterministic"]
    table = brief.key_figures()
    assert list(table.columns) == ["Nøgletal", "Centralt skøn"]  # nothing is expected
    values = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    assert values[labels.text("bkf.public_net")] == dkk(d["public_net"]) == "1.338.936 kr."
    assert values[labels.text("bkf.kommune_net")] == dkk(d["kommune_net"]) == "2.450.257 kr."
    assert values[labels.text("bkf.cost")] == "1.966.184 kr."
    assert values[labels.text("bkf.bcr")] == number(d["benefit_cost_ratio"], 2) == "1,68"
    assert values[labels.text("bkf.break_even_year")] == "2024"
    assert values[labels.text("bkf.irr")] == typeset(percent(-0.55)) == "\u221255,0 %"
    # docs/model.md §8: the break-even success rate is 0.37847 -> 37,8 %
    out = brief.outcomes_table()
    assert out.iloc[0, -1] == "37,8 %"
    assert out.iloc[0, 1] == "6"  # 3 + 3 additional housed
    cf = brief.cash_flow_table()
    # docs/model.md §8 cumulative public net: -1,000,000 ... 1,600,000 (in 1,000 kr.)
    assert list(cf[labels.text("cf.cumulative")][:5]) == [
        "\u22121.000",
        "\u22121.400",
        "\u2212200",
        "1.000",
        "1.600",
    ]
    assert brief.chart_png("public_net") is None  # needs draws
    assert "Region og stat sparer intet og er ikke vist." in brief.cash_flows_explain()


def test_english_brief_content():
    brief = build_brief(WORKED_EXAMPLE, draws=0, lang="en")
    table = brief.key_figures()
    values = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    assert values["Public net benefit (PV)"] == "DKK 1,338,936"
    assert brief.heading_md("key_figures") == "## Key figures"


def _png() -> str:
    from sif_models.documents.charts import new_figure as _figure

    return base64.b64encode(to_png(_figure(1.0))).decode()


def test_notebook_markdown_keeps_outputs_and_drops_code(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_raw_cell('---\npagetitle: "T"\n---'),
        nbformat.v4.new_markdown_cell("Static *markdown*"),
        nbformat.v4.new_code_cell(
            "secret_code()",
            outputs=[
                nbformat.v4.new_output("display_data", data={"text/markdown": "## Heading"}),
                nbformat.v4.new_output(
                    "display_data",
                    data={"image/png": _png(), "text/plain": "<Figure>"},
                    metadata={"image/png": {"alt": "Chart: <x>"}},
                ),
                nbformat.v4.new_output("stream", name="stderr", text="a warning"),
                nbformat.v4.new_output("execute_result", data={"text/plain": "```x```"}),
            ],
        ),
    ]
    text = notebook_markdown(nb, tmp_path)
    assert text.startswith('---\npagetitle: "T"\n---')
    assert "secret_code" not in text and "a warning" not in text
    assert "## Heading" in text
    assert "![Chart\\: \\<x\\>](figure-1.png){width=100%}" in text
    assert (tmp_path / "figure-1.png").read_bytes().startswith(b"\x89PNG")
    assert "````\n```x```\n````" in text  # plain text stays text, in a fence it cannot close


def test_notebook_markdown_refuses_an_error_output(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "1/0",
            outputs=[
                nbformat.v4.new_output(
                    "error", ename="ZeroDivisionError", evalue="boom", traceback=[]
                )
            ],
        )
    ]
    with pytest.raises(RenderError, match="ZeroDivisionError"):
        notebook_markdown(nb, tmp_path)


def test_quarto_command_is_an_argument_list():
    cmd = quarto_command("/opt/quarto/bin/quarto", "a b.ipynb")
    assert cmd == ["/opt/quarto/bin/quarto", "render", "a b.ipynb", "--no-execute"]


def test_quarto_project_has_only_the_formats_asked_for():
    """The staged _quarto.yml: valid for Quarto's schema (no null values), the formats asked
    for, code hidden, the HTML self-contained without MathJax, the PDF with sif's template,
    fonts and the filter run last."""
    import yaml

    project = yaml.safe_load(project_yaml(("html", "pdf"), fonts=["/fonts"]))
    assert list(project["format"]) == ["html", "typst"]
    html, typst = project["format"]["html"], project["format"]["typst"]
    assert html["embed-resources"] is True and html["minimal"] is True
    assert html["html-math-method"] == "plain" and html["css"] == "brief.css"
    assert typst["template"] == "brief.typ" and typst["font-paths"] == ["/fonts"]
    assert project["filters"] == [{"path": "brief.lua", "at": "post-render"}]
    assert project["execute"] == {"enabled": False, "echo": False, "warning": False, "error": False}

    def values(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from values(v)
        elif isinstance(node, list):
            for v in node:
                yield from values(v)
        else:
            yield node

    assert None not in list(values(project))
    assert list(yaml.safe_load(project_yaml(("pdf",)))["format"]) == ["typst"]
    assert "typst" not in yaml.safe_load(project_yaml(("html",)))["format"]


def test_quarto_error_is_quartos_message_without_the_stack_trace():
    output = (
        "\x1b[1mpandoc\x1b[22m\n  to: typst\n"
        "ERROR: Project _quarto.yml validation failed.\n\n"
        '(line 24) Field "section-numbering" has value null\n'
        "Stack trace:\n    at readAndValidateYamlFromFile (file:///x.ts:51:11)\n"
    )
    assert quarto_error(output) == (
        "ERROR: Project _quarto.yml validation failed.\n"
        '(line 24) Field "section-numbering" has value null'
    )
    typst = (
        "[typst]: Compiling x.typ to x.pdf...\nerror: pagebreaks are not allowed\n  ┌─ x.typ:9:1"
    )
    assert quarto_error(typst).startswith("error: pagebreaks are not allowed")
    assert quarto_error("a\nb\nc", max_lines=2) == "b\nc"


def _filtered_typst(markdown: str) -> str:
    """``markdown`` through pandoc and the documents' filter to Typst, with narrow source
    columns (as Quarto reads a notebook: long table lines would give fixed column widths)."""
    out = subprocess.run(
        [pandoc_path(), "--from", "markdown", "--to", "typst", "--columns", "20"]
        + ["--lua-filter", str(LUA_FILTER)],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_filter_lets_a_long_word_break_in_the_pdf_and_groups_a_chart():
    """A 2,000-letter word gets zero-width spaces in the Typst (and none in the HTML, where the
    stylesheet breaks it); a chart's wide and narrow images and its note are one unbreakable
    block in the PDF (the narrow one left out) and a div.chart in the HTML."""
    word = "x" * 2000
    typst = _filtered_typst(word)
    assert "\u200b" in typst and max(len(w) for w in typst.replace("\u200b", " ").split()) <= 16
    chart = "![Wide](wide.png)\n\n![Narrow](narrow.png)\n\n::: {.chart-note}\nNote\n:::\n"
    typst = _filtered_typst(chart)
    assert "#block(breakable: false, width: 100%)[" in typst
    assert "wide.png" in typst and "narrow.png" not in typst
    html = subprocess.run(
        [pandoc_path(), "--from", "markdown", "--to", "html", "--lua-filter", str(LUA_FILTER)],
        input=chart + "\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" + word,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '<div class="chart">' in html and '<div class="chart-narrow">' in html
    assert '<div class="table-scroll">' in html and word in html


def test_filter_unwraps_quartos_cells_and_fits_tables_to_their_content():
    """A page break inside Quarto's cell wrappers lands at the top level (Typst allows no
    pagebreak in a block); tables size to their content unless a sif-table gives widths."""
    table = "| a long first header | another long header |\n|:---|---:|\n| x | 1 |\n"
    markdown = (
        "::: {.cell}\n::: {.cell-output .cell-output-display}\n::: {.pagebreak}\n:::\n:::\n:::\n\n"
        + table
        + '\n::: {.sif-table widths="3,1"}\n'
        + table
        + ":::\n\n::: {.cell-output-display}\n::: {.ask}\nAsk\n:::\n:::\n"
    )
    typst = _filtered_typst(markdown)
    assert "#block[" not in typst
    assert typst.lstrip().startswith("#pagebreak(weak: true)")
    assert "columns: 2," in typst  # content widths
    assert "columns: (75%, 25%)" in typst  # the sif-table's widths
    assert '#block(fill: rgb("#eef4fa")' in typst  # the ask box


def test_parameters_are_plain_json_types(tmp_path):
    params = brief_parameters(tmp_path / "p.yaml", 2000, None, "en")
    assert json.loads(json.dumps(params)) == params
    assert params["seed"] == -1 and params["draws"] == 2000 and params["lang"] == "en"
    with pytest.raises(ValueError):
        brief_parameters("p.yaml", 1, 1, "fr")


def test_parse_formats():
    assert parse_formats("pdf,html") == ("html", "pdf")
    with pytest.raises(ValueError, match="docx"):
        parse_formats("html,docx")


def test_publish_keeps_an_existing_file_unless_forced(tmp_path):
    src = tmp_path / "new.html"
    src.write_text("new")
    target = tmp_path / "out" / "x.html"
    assert publish(src, target, force=False) is True
    assert target.read_text() == "new"
    src.write_text("newer")
    assert publish(src, target, force=False) is False
    assert target.read_text() == "new"
    assert publish(src, target, force=True) is True
    assert target.read_text() == "newer"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.html"]  # no temp files left
