"""``sif new ID``: a new proposal file from the council's template, with placeholders that
``sif check`` lists until they are filled in."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import tempfile
from pathlib import Path

from sif_models.cli.common import EXIT_INPUT, EXIT_OK, console, escape
from sif_models.inputs.schema import SLUG_PATTERN
from sif_models.inputs.skeleton import skeleton


def _proposal_id(text: str) -> str:
    if not re.fullmatch(SLUG_PATTERN, text) or len(text) > 80:
        raise argparse.ArgumentTypeError(
            f"must be lowercase letters, digits and single hyphens (e.g. ny-indsats), got {text!r}"
        )
    return text


def cmd_new(args: argparse.Namespace) -> int:
    target = Path(args.out) if args.out else Path(f"{args.id}.yaml")
    err = console(stderr=True)
    if target.exists() and not args.force:
        err.print(f"sif new: {escape(target)} exists; use --force to replace it")
        return EXIT_INPUT
    if not target.parent.is_dir():
        err.print(f"sif new: the folder {escape(target.parent)} does not exist")
        return EXIT_INPUT
    text = skeleton(args.id, args.start_year)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    out = console()
    out.print(f"wrote {escape(target)}")
    out.print(f'Fill in every "<udfyld: …>", then run: sif check {escape(target)}')
    return EXIT_OK


def register(sub) -> None:
    """Add ``sif new`` to the ``sif`` command."""
    p = sub.add_parser(
        "new",
        help="write a new proposal file from the council's template",
        description=(
            "Write <ID>.yaml: a proposal skeleton whose sections follow the council's template "
            "(the intervention and partners, the target group, the cost, where the kommune "
            "spends less). `sif check` lists the placeholders still to fill in."
        ),
    )
    p.add_argument("id", type=_proposal_id, metavar="ID", help="the proposal's id, e.g. ny-indsats")
    p.add_argument("--out", default=None, metavar="FILE", help="file to write (default ID.yaml)")
    p.add_argument(
        "--start-year",
        type=int,
        default=dt.date.today().year + 1,
        help="calendar year of contract year 0 (default: next year)",
    )
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=cmd_new)
