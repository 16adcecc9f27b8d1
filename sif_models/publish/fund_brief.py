"""The fund brief: ``notebooks/fund.ipynb`` rendered to ``<out>/fund.html`` and ``.pdf``.

``sif fund`` prints the outlook and then calls :func:`render_fund_brief`. With ``--with FILE``
the brief is named ``fund-with-<ids>`` (the new proposals' ids joined by ``+``), so a brief
for the portfolio alone is never replaced by one with new proposals, or the reverse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sif_models.fund.loading import load_fund
from sif_models.inputs.limits import DEFAULT_DRAWS
from sif_models.inputs.proposals import load_proposal
from sif_models.publish.documents import DocumentResult, DocumentSpec, render_document
from sif_models.publish.kernel import KernelSession
from sif_models.publish.settings import Settings, run_parameters
from sif_models.text.labels import text

NOTEBOOK = "fund"
MAX_NAME = 120


def fund_parameters(
    fund_path: str | Path,
    with_paths: Sequence[str | Path] = (),
    draws: int = DEFAULT_DRAWS,
    seed: int | None = None,
    lang: str = "da",
) -> dict[str, Any]:
    """The papermill parameters of ``notebooks/fund.ipynb``, as plain JSON types.

    >>> fund_parameters("/d/fund.yaml", ["/d/p.yaml"], 1000, None, "en")
    {'fund_path': '/d/fund.yaml', 'with_paths': ['/d/p.yaml'], 'draws': 1000, 'seed': -1, 'lang': 'en'}
    """
    return {
        "fund_path": str(Path(fund_path).resolve()),
        "with_paths": [str(Path(p).resolve()) for p in with_paths],
        **run_parameters(draws, seed, lang),
    }


def fund_brief_name(with_ids: Sequence[str] = ()) -> str:
    """The brief's file name (without extension).

    Many or long ids give ``fund-with-<n>-proposals-<hash>`` instead, so the name stays short.

    >>> fund_brief_name(), fund_brief_name(["ips-plus", "din-vej-i-job"])
    ('fund', 'fund-with-ips-plus+din-vej-i-job')
    >>> fund_brief_name(["a" * 60, "b" * 60])
    'fund-with-2-proposals-a34b4b72'
    """
    if not with_ids:
        return "fund"
    name = "fund-with-" + "+".join(with_ids)
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.sha256("+".join(with_ids).encode("utf-8")).hexdigest()[:8]
    return f"fund-with-{len(with_ids)}-proposals-{digest}"


def make_fund_brief(
    fund_path: str | Path,
    with_paths: Sequence[str | Path] = (),
    settings: Settings | None = None,
    session: KernelSession | None = None,
    report: Callable[[str], None] | None = None,
) -> DocumentResult:
    """Render the fund brief; files that exist are kept unless ``settings.force``."""
    settings = settings or Settings()
    ids = []
    for p in with_paths:
        pid = load_proposal(p).id  # a bad file is an input error, before anything runs
        if pid not in ids:
            ids.append(pid)
    fund = load_fund(fund_path)  # a bad fund file is an input error, before anything runs
    spec = DocumentSpec(
        notebook=NOTEBOOK,
        parameters=fund_parameters(
            fund_path, with_paths, settings.draws, settings.seed, settings.lang
        ),
        name=fund_brief_name(ids),
        title=text("fund.title", settings.lang, n=fund.min_active_years),
        kind="fund",
        source=Path(fund_path),
        inputs=(*fund.proposal_paths(), *(Path(p) for p in with_paths)),
    )
    return render_document(spec, settings, session=session, report=report)


def render_fund_brief(
    fund_file: str | Path,
    with_files: Sequence[str | Path],
    settings: Settings,
    report: Callable[[str], None] | None = None,
) -> list[Path]:
    """What ``sif fund`` calls: render the fund brief; returns the files written now (progress
    and what was kept are told to ``report``)."""
    result = make_fund_brief(
        fund_file, with_paths=list(with_files), settings=settings, report=report
    )
    return [result.written[f] for f in settings.formats if f in result.written]


__all__ = ["fund_brief_name", "fund_parameters", "make_fund_brief", "render_fund_brief"]
