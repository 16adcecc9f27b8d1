"""``sif brief``: the decision brief of each proposal file, as HTML and PDF.

Registered by :mod:`sif_models.cli` through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import sys

from .case import DEFAULT_DRAWS
from .cli import _non_negative_int

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


def _formats(text: str) -> tuple[str, ...]:
    from .brief import parse_formats

    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_brief(args: argparse.Namespace) -> int:
    from .brief import BriefFailed, ToolMissing, make_briefs

    def say(line: str) -> None:
        print(line, flush=True)

    try:
        results = make_briefs(
            args.files,
            lang=args.lang,
            formats=args.to,
            out_dir=args.out,
            draws=args.draws,
            seed=args.seed,
            force=args.force,
            report=say,
        )
    except ToolMissing as exc:
        print(f"sif brief: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BriefFailed as exc:
        print(f"sif brief: {exc}", file=sys.stderr)
        return EXIT_FAILED
    kept = sum(len(r.kept) for r in results)
    if kept:
        print(
            f"{kept} earlier brief file(s) kept unchanged; run again with --force to replace them",
            file=sys.stderr,
        )
    return EXIT_OK


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
    p.add_argument(
        "--lang", choices=("da", "en"), default="da", help="language of the brief (default da)"
    )
    p.add_argument(
        "--to",
        type=_formats,
        default=("html", "pdf"),
        metavar="FORMATS",
        help="comma-separated formats: html, pdf (default html,pdf)",
    )
    p.add_argument(
        "--out", default="reports", metavar="DIR", help="output folder (default reports)"
    )
    p.add_argument(
        "--draws",
        type=_non_negative_int,
        default=DEFAULT_DRAWS,
        help=f"Monte Carlo draws (default {DEFAULT_DRAWS:,}; 0 = central case only)",
    )
    p.add_argument(
        "--seed",
        type=_non_negative_int,
        default=None,
        help="random seed (default: the proposal's seed)",
    )
    p.add_argument("--force", action="store_true", help="replace briefs that already exist")
    p.set_defaults(func=cmd_brief)
