"""``sif doctor``: which renderer, kernel and versions sif will use, and what is missing.

Exit 0 when everything the chosen renderer needs is there, else 2, naming what to install.
The look-ups are :func:`sif_models.publish.tools.check_setup`.
"""

from __future__ import annotations

import argparse

from rich.table import Table

from sif_models.cli.common import EXIT_INPUT, EXIT_OK, console, escape
from sif_models.publish.settings import RENDERERS


def cmd_doctor(args: argparse.Namespace) -> int:
    from sif_models.publish.tools import check_setup

    setup = check_setup(args.renderer)
    out = console()
    how = "Quarto" if setup.renderer == "quarto" else "the embedded renderer (pandoc + Typst)"
    why = {
        "auto": "quarto is on PATH" if setup.renderer == "quarto" else "no quarto on PATH",
        "quarto": "asked for with --renderer quarto",
        "embedded": "asked for with --renderer embedded",
    }[setup.asked]
    out.print(f"renderer: {how} ({why})")
    table = Table(show_header=True, box=None, pad_edge=False)
    for column in ("", "version", "needed"):
        table.add_column(column, no_wrap=True)
    table.add_column("where", overflow="fold")
    for tool in setup.tools:
        version = tool.version or ("[red]missing[/red]" if tool.needed else "–")
        table.add_row(
            escape(tool.name), version, "yes" if tool.needed else "no", escape(tool.where)
        )
    out.print(table)
    missing = setup.missing()
    if not missing:
        out.print("[green]ok[/green]: everything sif needs to render is installed")
        return EXIT_OK
    err = console(stderr=True)
    for tool in missing:
        err.print(f"[red]missing[/red] {escape(tool.name)}: {escape(tool.hint)}")
    return EXIT_INPUT


def register(sub) -> None:
    """Add ``sif doctor`` to the ``sif`` command."""
    p = sub.add_parser(
        "doctor",
        help="show which renderer, kernel and versions sif will use, and what is missing",
        description=(
            "Show the renderer sif will use (Quarto when `quarto` is on PATH, else the embedded "
            "pandoc + Typst), the Jupyter kernel, and the versions of the programs and Python "
            "packages it needs. Exit 0 when everything needed is installed, else 2."
        ),
    )
    p.add_argument(
        "--renderer",
        choices=RENDERERS,
        default="auto",
        help="check for this renderer (default auto, as the rendering commands)",
    )
    p.set_defaults(func=cmd_doctor)
