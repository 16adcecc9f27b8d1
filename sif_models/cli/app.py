"""The ``sif`` command. It only orchestrates: every figure comes from the library.

Exit codes: 0 success, 2 bad input (every problem listed, file: field: message), 1 an internal
error (a short message; set ``SIF_DEBUG=1`` for the traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from sif_models import __version__
from sif_models.cli.common import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, print_problems, say_line
from sif_models.errors import SifInputError

# The sub-commands, in the order ``sif --help`` lists them: each module has
# ``register(subparsers)``, which adds its parser and sets ``func`` to (args) -> exit code.
COMMAND_MODULES = (
    "new",
    "check",
    "run",
    "schema",
    "deal",
    "voi",
    "export",
    "brief",
    "fund",
    "meeting",
    "annual",
    "doctor",
)
# command name as typed → module, where the two differ
COMMAND_NAMES = {"annual-report": "annual"}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a one-line message (its default, made explicit)."""

    def error(self, message: str) -> None:  # pragma: no cover - argparse path
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: error: {message}\n")


def _chosen(argv: list[str]) -> str | None:
    """The module of the sub-command ``argv`` names (its first word), or None."""
    if not argv or argv[0].startswith("-"):
        return None
    module = COMMAND_NAMES.get(argv[0], argv[0])
    return module if module in COMMAND_MODULES else None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The ``sif`` parser. Given the command line, only the chosen sub-command's module is
    imported (a quick ``sif check``/``sif run``); otherwise every one (``sif --help``)."""
    parser = _Parser(prog="sif", description="Business cases for social impact investments.")
    parser.add_argument("--version", action="version", version=f"sif {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    chosen = _chosen(argv) if argv is not None else None
    for name in (chosen,) if chosen else COMMAND_MODULES:
        importlib.import_module(f"sif_models.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except SifInputError as exc:
        print_problems(exc.problems)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("sif: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        if os.environ.get("SIF_DEBUG"):
            raise
        say_line(
            f"sif: internal error: {type(exc).__name__}: {exc} (set SIF_DEBUG=1 for details)",
            sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
