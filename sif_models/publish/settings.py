"""How a document is made: one frozen settings object passed through every pipeline.

:class:`Settings` holds what every rendering command shares — Monte Carlo draws and seed, the
language, the output formats and folder, whether existing files are replaced, and the renderer —
checked once when it is made, so the pipelines below never re-validate loose arguments.

>>> s = Settings(draws=2000, lang="en", formats="pdf")
>>> s.formats, s.out_dir.name, s.run_parameters()
(('pdf',), 'reports', {'draws': 2000, 'seed': -1, 'lang': 'en'})
>>> s.replace(force=True).force
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.limits import DEFAULT_DRAWS, draws_problem
from sif_models.publish.names import FORMATS, RENDERERS  # noqa: F401
from sif_models.text.labels import check_lang


def parse_formats(text: str | Sequence[str]) -> tuple[str, ...]:
    """``"html,pdf"`` -> ("html", "pdf"), checked, in a fixed order, without repeats.

    >>> parse_formats("pdf, html"), parse_formats(["html"])
    (('html', 'pdf'), ('html',))
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower() for i in items if i.strip()}
    bad = sorted(wanted - set(FORMATS))
    if bad or not wanted:
        raise ValueError(
            f"formats must be among {', '.join(FORMATS)}, got {', '.join(bad) or 'nothing'}"
        )
    return tuple(f for f in FORMATS if f in wanted)


def check_draws(draws: int) -> None:
    """A negative number of Monte Carlo draws is an input error (exit 2), before anything runs."""
    problem = draws_problem(int(draws))
    if problem:
        raise SifInputError(Problem("<arguments>", "draws", problem))


def run_parameters(draws: int, seed: int | None, lang: str) -> dict[str, Any]:
    """The papermill parameters every sif notebook shares, as plain JSON types: draws, seed
    (-1 for none: the notebook's default) and language.

    >>> run_parameters(1000, None, "en"), run_parameters(5, 42, "da")["seed"]
    ({'draws': 1000, 'seed': -1, 'lang': 'en'}, 42)
    """
    return {
        "draws": int(draws),
        "seed": -1 if seed is None or int(seed) < 0 else int(seed),
        "lang": str(check_lang(lang)),
    }


@dataclass(frozen=True)
class Settings:
    """What a rendering command was asked for, checked.

    ``draws`` Monte Carlo draws (0: the central case only); ``seed`` (None: each proposal's
    own, else sif's default); ``lang`` ``da`` or ``en``; ``formats`` among ``html``, ``pdf``
    (a comma-separated string is accepted); ``out_dir`` the output folder; ``force`` replace
    files that exist; ``renderer`` ``auto`` (Quarto when on PATH), ``quarto`` or ``embedded``.
    """

    draws: int = DEFAULT_DRAWS
    seed: int | None = None
    lang: str = "da"
    formats: tuple[str, ...] = FORMATS
    out_dir: Path = Path("reports")
    force: bool = False
    renderer: str = "auto"

    def __post_init__(self) -> None:
        check_lang(self.lang)
        check_draws(int(self.draws))
        if self.renderer not in RENDERERS:
            raise ValueError(
                f"renderer must be one of {', '.join(RENDERERS)}, got {self.renderer!r}"
            )
        object.__setattr__(self, "draws", int(self.draws))
        object.__setattr__(self, "formats", parse_formats(self.formats))
        object.__setattr__(self, "out_dir", Path(self.out_dir))

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (checked again)."""
        return dataclasses.replace(self, **changes)

    def run_parameters(self) -> dict[str, Any]:
        """draws, seed and lang as a notebook's papermill parameters (see :func:`run_parameters`)."""
        return run_parameters(self.draws, self.seed, self.lang)
