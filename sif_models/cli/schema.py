"""``sif schema``: the proposal file's JSON Schema, for editors."""

from __future__ import annotations

import argparse
import json
import sys

from sif_models.cli.common import EXIT_OK
from sif_models.inputs.schema import Proposal


def cmd_schema(args: argparse.Namespace) -> int:
    schema = Proposal.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "sif proposal"
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


# ---------------------------------------------------------------- parser


def register(sub) -> None:
    """Add ``sif schema`` to the ``sif`` command."""
    p = sub.add_parser("schema", help="print the proposal JSON Schema")
    p.set_defaults(func=cmd_schema)
