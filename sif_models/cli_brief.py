"""``sif brief``: the decision brief of each proposal file, as HTML and PDF.

Registered by :mod:`sif_models.cli` through ``register(subparsers)``. Also holds what the
rendering commands (``sif brief``, ``sif meeting``, ``sif annual-report``, ``sif fund``) share:
:func:`add_render_arguments`, :func:`run_rendering` and :func:`report_kept`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .case import DEFAULT_DRAWS
from .cli import _non_negative_int

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


def _formats(text: str) -> tuple[str, ...]:
    from .brief import parse_formats

    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_render_arguments(
    p: argparse.ArgumentParser,
    *,
    formats: bool = True,
    out_help: str = "output folder (default reports)",
    draws_default: int = DEFAULT_DRAWS,
    draws_help: str | None = None,
    seed_help: str = "random seed",
    lang_help: str = "language (default da)",
    force_help: str = "replace files that already exist",
) -> None:
    """Add ``--out``, ``--draws``, ``--seed``, ``--lang``, ``--to`` (if ``formats``) and
    ``--force`` to a rendering command's parser, with the given help texts."""
    p.add_argument("--out", default="reports", metavar="DIR", help=out_help)
    p.add_argument(
        "--draws",
        type=_non_negative_int,
        default=draws_default,
        help=draws_help or f"Monte Carlo draws (default {draws_default:,})",
    )
    p.add_argument("--seed", type=_non_negative_int, default=None, help=seed_help)
    p.add_argument("--lang", choices=("da", "en"), default="da", help=lang_help)
    if formats:
        p.add_argument(
            "--to",
            type=_formats,
            default=("html", "pdf"),
            metavar="FORMATS",
            help="comma-separated formats: html, pdf (default html,pdf)",
        )
    p.add_argument("--force", action="store_true", help=force_help)


def run_rendering(fn: Callable[[], int], prog: str) -> int:
    """``fn()``'s exit code; a missing tool is exit 2 and a failed notebook or render exit 1,
    each told as one line ``<prog>: <message>`` on stderr."""
    from .brief import BriefFailed, ToolMissing

    try:
        return fn()
    except ToolMissing as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BriefFailed as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_FAILED


def report_kept(n: int, what: str = "file(s)") -> None:
    """Tell on stderr that ``n`` earlier files were kept (nothing if none)."""
    if n:
        print(
            f"{n} earlier {what} kept unchanged; run again with --force to replace them",
            file=sys.stderr,
        )


def cmd_brief(args: argparse.Namespace) -> int:
    from .brief import make_briefs

    def say(line: str) -> None:
        print(line, flush=True)

    def run() -> int:
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
