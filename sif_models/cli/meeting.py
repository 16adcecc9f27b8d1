"""``sif meeting``: the meeting pack of one council meeting (every brief, an overview, one PDF).

Registered by :mod:`sif_models.cli.app` through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import sys

from sif_models.case.business_case import DEFAULT_DRAWS
from sif_models.cli.common import (
    add_render_arguments,
    non_negative_int,
    report_kept,
    reporter,
    run_rendering,
    settings_from_args,
)


def cmd_meeting(args: argparse.Namespace) -> int:
    from sif_models.publish.meeting import make_meeting_pack

    say = reporter(args)

    def run() -> int:
        pack = make_meeting_pack(
            args.file,
            settings_from_args(args),
            fund_file=args.fund,
            workers=args.workers,
            report=say,
        )
        made = sum(1 for i in pack.items if i.state in ("ok", "kept"))
        bad = [i for i in pack.items if i.state in ("invalid", "failed")]
        kept = sum(len(i.result.kept) for i in pack.items if i.result is not None)
        if pack.overview is not None:
            kept += len(pack.overview.kept)
        kept += int(pack.pack_pdf_kept)
        counts = (
            f"{made} of {len(pack.items)} briefs, {pack.workers} worker(s), {pack.seconds:.1f} s"
        )
        if pack.overview_error is None and pack.index.is_file():
            print(f"pack: {pack.index} ({counts})")
        else:  # no overview: the briefs are there, but there is no pack to open
            print(f"sif meeting: no pack: the overview was not made ({counts})", file=sys.stderr)
        report_kept(kept)
        if bad or pack.overview_error:
            n = len(bad) + (1 if pack.overview_error else 0)
            where = "see above" if pack.overview_error else "the overview lists them"
            print(f"sif meeting: {n} problem(s); {where} (exit {pack.exit_code})", file=sys.stderr)
        return pack.exit_code

    return run_rendering(run, "sif meeting")


def register(subparsers) -> None:
    """Add ``sif meeting`` to the ``sif`` command."""
    p = subparsers.add_parser(
        "meeting",
        help="make a meeting pack: every brief on the agenda, an overview and one PDF",
        description=(
            "Render the brief of every proposal on a meeting's agenda (in parallel), an "
            "overview page (index.html) with the proposals side by side and the fund before "
            "and after, and one PDF of it all (pack.pdf), in <out>/<date>/. Existing files are "
            "kept unless --force. A proposal with errors does not stop the pack: the overview "
            "lists it and the exit code is 2 (1 if a brief failed to run)."
        ),
    )
    p.add_argument("file", metavar="MEETING", help="meeting file (data/meetings/<date>.yaml)")
    p.add_argument(
        "--fund", default=None, metavar="FILE", help="fund file (default data/fund.yaml)"
    )
    p.add_argument(
        "--workers",
        type=non_negative_int,
        default=None,
        help="parallel kernels (default: one per core)",
    )
    add_render_arguments(
        p,
        formats=False,
        out_help="folder for the pack's folder <date>/ (default reports)",
        draws_help=f"Monte Carlo draws per proposal and for the fund (default {DEFAULT_DRAWS:,})",
        seed_help="random seed (default: each proposal's own; sif's default for the fund)",
    )
    p.set_defaults(func=cmd_meeting)
