"""What the ``sif`` sub-commands share: exit codes, the console, argument types, the rendering
commands' options (``--out``, ``--draws``, ``--seed``, ``--lang``, ``--to``, ``--force``,
``--renderer``) and their error handling.
"""

from __future__ import annotations

import argparse
import errno
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

from sif_models.errors import Problem
from sif_models.inputs.limits import DEFAULT_DRAWS, MAX_DRAWS
from sif_models.publish.names import FORMATS, RENDERERS

RENDERER_HELP = (
    "auto: Quarto when `quarto` is on PATH, else the embedded pandoc + Typst (default); "
    "quarto or embedded: that one (`sif doctor` shows what is installed)"
)

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
EXIT_INTERNAL = EXIT_FAILED


def formats_argument(text: str) -> tuple[str, ...]:
    from sif_models.publish.settings import parse_formats

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
    """Add ``--out``, ``--draws``, ``--seed``, ``--lang``, ``--to`` (if ``formats``),
    ``--force`` and ``--renderer`` to a rendering command's parser, with the given help texts."""
    p.add_argument("--out", default="reports", metavar="DIR", help=out_help)
    add_draws_arguments(p, default=draws_default, draws_help=draws_help, seed_help=seed_help)
    p.add_argument("--lang", choices=("da", "en"), default="da", help=lang_help)
    if formats:
        p.add_argument(
            "--to",
            type=formats_argument,
            default=("html", "pdf"),
            metavar="FORMATS",
            help="comma-separated formats: html, pdf (default html,pdf)",
        )
    p.add_argument("--force", action="store_true", help=force_help)
    add_quiet_argument(p)
    add_renderer_argument(p)


def add_draws_arguments(
    p: argparse.ArgumentParser,
    *,
    default: int = DEFAULT_DRAWS,
    seed_default: int | None = None,
    draws_help: str | None = None,
    seed_help: str = "random seed (default: the proposal's)",
) -> None:
    """``--draws N`` (checked by :func:`draws_argument`) and ``--seed S``."""
    p.add_argument(
        "--draws",
        type=draws_argument,
        default=default,
        help=draws_help or f"Monte Carlo draws (default {default:,})",
    )
    p.add_argument("--seed", type=non_negative_int, default=seed_default, help=seed_help)


def add_renderer_argument(p: argparse.ArgumentParser) -> None:
    """``--renderer auto|quarto|embedded``."""
    p.add_argument("--renderer", choices=RENDERERS, default="auto", help=RENDERER_HELP)


def add_quiet_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--quiet", action="store_true", help="no progress lines on stderr (errors still shown)"
    )


def run_rendering(fn: Callable[[], int], prog: str) -> int:
    """``fn()``'s exit code; a missing tool is exit 2 and a failed notebook or render exit 1,
    each told as one line ``<prog>: <message>`` on stderr."""
    from sif_models.publish.kernel import BriefFailed
    from sif_models.publish.render import ToolMissing

    try:
        return fn()
    except ToolMissing as exc:
        say_line(f"{prog}: {exc}", sys.stderr)
        return EXIT_INPUT
    except BriefFailed as exc:
        say_line(f"{prog}: {exc}", sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        from sif_models.publish.files import disk_full_message

        say_line(f"{prog}: {disk_full_message(exc)}", sys.stderr)
        return EXIT_FAILED


def report_kept(n: int, what: str = "file(s)") -> None:
    """Tell on stderr that ``n`` earlier files were kept (nothing if none)."""
    if n:
        print(
            f"{n} earlier {what} kept unchanged; run again with --force to replace them",
            file=sys.stderr,
        )


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def print_problems(problems: list[Problem]) -> None:
    err = console(stderr=True)
    for p in problems:
        err.print(f"[red]error[/red] {escape(str(p))}")


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_NOT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: object, keep_newlines: bool = False) -> str:
    r"""Text for a terminal: control characters (escape sequences, carriage returns, bidi
    overrides) shown as ``\xNN`` / ``\uNNNN`` instead of acting on the terminal.

    >>> print(terminal_safe("a\x1b[31mb\rc"))
    a\x1b[31mb\x0dc
    """
    pattern = _CONTROL_NOT_NEWLINE if keep_newlines else _CONTROL

    def shown(m: re.Match) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return pattern.sub(shown, str(text))


def escape(text: object) -> str:
    """Text for rich's console: terminal-safe and with rich's markup escaped."""
    from rich.markup import escape as markup_escape

    return markup_escape(terminal_safe(text))


def reporter(args: argparse.Namespace) -> Callable[[str], None]:
    """The line printer of a rendering command: files written on stdout; progress (one line per
    document, with its time), what was kept and errors on stderr; ``--quiet`` silences progress.
    Plain lines, no control codes, so a log file reads as well as a terminal."""
    quiet = bool(getattr(args, "quiet", False))

    def say(line: str) -> None:
        if line.startswith("progress "):
            if not quiet:
                say_line(line.removeprefix("progress "), sys.stderr)
        elif line.startswith(("error ", "kept ", "unchanged ")):
            say_line(line, sys.stderr)
        else:
            say_line(line, sys.stdout)

    return say


def say_line(line: str, stream=None) -> None:
    """Print one progress or error line, terminal-safe."""
    print(terminal_safe(line, keep_newlines=True), file=stream or sys.stdout, flush=True)


# ---------------------------------------------------------------- check


def non_negative_int(text: str, most: int = 2**63 - 1) -> int:
    """A whole number from 0 to ``most`` (a seed, a number of workers)."""
    digits = text.strip().lstrip("+")
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(f"must be a whole number of 0 or more, got {text!r}")
    if len(digits) > 20:  # never convert a number of any length
        raise argparse.ArgumentTypeError(f"must be at most {most:,}, got {len(digits)} digits")
    value = int(digits)
    if value > most:
        raise argparse.ArgumentTypeError(f"must be at most {most:,}, got {value:,}")
    return value


def draws_argument(text: str) -> int:
    """Monte Carlo draws: a whole number from 0 to :data:`~sif_models.inputs.limits.MAX_DRAWS`."""
    return non_negative_int(text, MAX_DRAWS)


def settings_from_args(args: argparse.Namespace):
    """The checked :class:`~sif_models.publish.settings.Settings` of a rendering command."""
    from sif_models.publish.settings import Settings

    return Settings(
        draws=args.draws,
        seed=args.seed,
        lang=args.lang,
        formats=getattr(args, "to", None) or FORMATS,
        out_dir=getattr(args, "out", None) or "reports",
        force=bool(args.force),
        renderer=getattr(args, "renderer", None) or "auto",
    )
