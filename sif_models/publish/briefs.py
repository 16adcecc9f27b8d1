"""Decision briefs: the brief notebook run for each proposal and rendered to HTML and PDF.

``sif brief FILE...`` calls :func:`make_briefs`, which

1. validates every proposal (ids become file names only after validation),
2. keeps any brief that already exists unless ``force`` is given (it never overwrites silently),
3. executes ``notebooks/business_case.ipynb`` with papermill, one Jupyter kernel for all files
   (:class:`~sif_models.publish.kernel.KernelSession`), and keeps the executed notebook as
   ``<out>/_executed/<id>.ipynb``,
4. renders it (:func:`~sif_models.publish.documents.render_and_publish`) in a worker thread while
   the kernel executes the next brief, and publishes each file atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sif_models.documents.agenda import PROPOSED_KINDS
from sif_models.inputs.proposals import load_proposals
from sif_models.publish.documents import (
    DocumentResult,
    DocumentSpec,
    check_tools,
    choose_renderer,
    execute_and_keep,
    render_and_publish,
)
from sif_models.publish.files import EXECUTED_DIR, prepare_output_folder, safe_id, targets_for
from sif_models.publish.freshness import stored_key
from sif_models.publish.kernel import KernelSession
from sif_models.publish.settings import Settings
from sif_models.text.labels import check_lang


def brief_parameters(
    proposal_path: str | Path, draws: int, seed: int | None, lang: str, agenda: str | None = None
) -> dict:
    """The papermill parameters of the brief notebook, as plain JSON types.

    ``agenda`` is the kind of agenda item the brief is made for in a meeting pack
    (``decision`` or ``discussion``: the brief's header then says what the council is to do
    instead of the proposal's own status); it is left out otherwise.

    >>> brief_parameters("/x/p.yaml", 2000, None, "da")
    {'proposal_path': '/x/p.yaml', 'draws': 2000, 'seed': -1, 'lang': 'da'}
    >>> brief_parameters("/x/p.yaml", 0, 7, "en", agenda="decision")["agenda"]
    'decision'
    """
    parameters = {
        "proposal_path": str(Path(proposal_path).resolve()),
        "draws": int(draws),
        "seed": -1 if seed is None else int(seed),
        "lang": str(check_lang(lang)),
    }
    if agenda is not None:
        if agenda not in PROPOSED_KINDS:
            raise ValueError(f"agenda must be one of {', '.join(PROPOSED_KINDS)}, got {agenda!r}")
        parameters["agenda"] = agenda
    return parameters


def brief_spec(
    path: Path, proposal_id: str, title: str, settings: Settings, agenda: str | None = None
) -> DocumentSpec:
    """The brief of one (validated) proposal as a document to make (``agenda``: see
    :func:`brief_parameters`)."""
    return DocumentSpec(
        notebook=None,
        parameters=brief_parameters(path, settings.draws, settings.seed, settings.lang, agenda),
        name=safe_id(proposal_id),
        title=title,
        kind="brief",
        source=path,
        inputs=(Path(path),),
    )


def make_briefs(
    files: Iterable[str | Path],
    settings: Settings | None = None,
    session: KernelSession | None = None,
    report: Callable[[str], None] | None = None,
) -> list[DocumentResult]:
    """Make the decision brief of every proposal file; see the module docstring.

    ``session`` lets a caller share one running kernel across calls (a meeting pack);
    otherwise one is started for this call and closed at the end. ``report`` is called with a
    line of progress per file written or kept.
    """
    settings = settings or Settings()
    say = report or (lambda line: None)
    proposals = load_proposals(files)  # every file first: nothing runs if any proposal is bad
    renderer = choose_renderer(settings.renderer)
    check_tools(renderer, settings.formats)
    prepare_output_folder(settings.out_dir)
    executed_dir = settings.out_dir / EXECUTED_DIR

    results: list[DocumentResult] = []
    own_session = session is None
    # Rendering brief i (pandoc, Typst) runs in a worker thread while the kernel executes
    # brief i + 1: the two use different cores.
    renders = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sif-render")
    pending: list[Future] = []
    try:
        for path, p in proposals:
            spec = brief_spec(path, p.id, p.text_in("title", settings.lang), settings)
            result = DocumentResult(id=spec.name, source=path, renderer=renderer.name)
            result.key = spec.freshness(renderer)
            results.append(result)
            fresh = stored_key(settings.out_dir, spec.name) == result.key["key"]
            targets, todo, result.kept = targets_for(
                settings.out_dir, spec.name, settings.formats, settings.force, say, fresh
            )
            if not todo:
                continue
            if session is None:
                session = KernelSession().start()
                result.seconds["kernel_start"] = session.start_seconds
            nb, executed_path = execute_and_keep(
                session, spec, result, executed_dir, settings.lang, say
            )
            pending.append(
                renders.submit(
                    render_and_publish,
                    *(result, nb, executed_path, renderer, todo, targets, settings, say),
                )
            )
        for future in pending:
            future.result()  # re-raises a failed render
    finally:
        renders.shutdown(wait=True, cancel_futures=True)
        if own_session and session is not None:
            session.close()
    return results
