"""``sif brief``: the decision brief of each proposal file, as HTML and PDF.

Registered by :mod:`sif_models.cli.app` through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse

from sif_models.case.business_case import DEFAULT_DRAWS
from sif_models.cli.common import (
    EXIT_OK,
    add_render_arguments,
    report_kept,
    reporter,
    run_rendering,
    settings_from_args,
)


def cmd_brief(args: argparse.Namespace) -> int:
    from sif_models.publish.briefs import make_briefs

    say = reporter(args)

    def run() -> int:
        results = make_briefs(args.files, settings_from_args(args), report=say)
        report_kept(sum(len(r.kept) for r in results), "brief file(s)")
        return EXIT_OK

    return run_rendering(run, "sif brief")


def register(subparsers) -> None:
    """Add ``sif brief`` to the ``sif`` command."""
    p = subparsers.add_parser(
        "brief",
        help="make the decision brief (HTML and PDF) of proposal files",
        description=(
            "Run the brief notebook for each proposal and render it to HTML and PDF "
            "(reports/<id>.html, reports/<id>.pdf). An existing brief is kept unless --force."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="proposal YAML file(s)")
    add_render_arguments(
        p,
        draws_help=f"Monte Carlo draws (default {DEFAULT_DRAWS:,}; 0 = central case only)",
        seed_help="random seed (default: the proposal's seed)",
        lang_help="language of the brief (default da)",
        force_help="replace briefs that already exist",
    )
    p.set_defaults(func=cmd_brief)
