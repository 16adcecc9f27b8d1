"""Benchmark: one decision brief end to end (HTML + PDF), split into its stages, with each renderer.

    .venv/bin/python benchmarks/bench_brief.py [FILE] [--draws N] [--warm K] [--cli]

Stages: importing sif in the parent process; starting the Jupyter kernel (with the warm-up
imports of numpy, pandas, matplotlib, scipy and sif); executing the notebook with papermill
(model, Monte Carlo, tornado, charts); rendering HTML and PDF with the embedded renderer (pandoc
+ Typst) and, when ``quarto`` is on PATH, the same executed notebook with Quarto (in its
temporary project); publishing the files. Prints the brief end to end with each renderer and
their ratio. Target: at most 8 s for the whole brief on a 2-core machine (embedded renderer).

``--warm K`` then executes and renders K more briefs in the same kernel, the saving a meeting
pack gets from :class:`sif_models.publish.kernel.KernelSession`. ``--cli`` also times ``sif brief`` as a
user runs it (a fresh process, including Python start-up and kernel shut-down), with each renderer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 8.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", default=str(ROOT / "data/examples/worked-example.yaml"))
    parser.add_argument("--draws", type=int, default=None, help="default: sif's default draws")
    parser.add_argument("--warm", type=int, default=2, help="more briefs in the same kernel")
    parser.add_argument("--cli", action="store_true", help="also time `sif brief` as a process")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    import nbformat

    from sif_models.case.business_case import DEFAULT_DRAWS
    from sif_models.inputs.proposals import load_proposal
    from sif_models.publish.briefs import brief_parameters
    from sif_models.publish.documents import with_front_matter
    from sif_models.publish.files import publish
    from sif_models.publish.kernel import KernelSession
    from sif_models.publish.render import render_embedded

    draws = DEFAULT_DRAWS if args.draws is None else args.draws
    t_import = time.perf_counter() - t0
    proposal = load_proposal(args.file)
    params = brief_parameters(args.file, draws, None, "da")
    rows: list[tuple[str, float]] = [("import sif (parent process)", t_import)]

    with tempfile.TemporaryDirectory(prefix="sif-bench-") as tmp:
        out = Path(tmp)
        session = KernelSession()
        session.start()
        try:
            rows.append(("kernel start + warm-up imports", session.start_seconds))
            nb, t_exec = session.execute(params)
            rows.append(("notebook execution (papermill)", t_exec))
            nb = with_front_matter(nb, proposal.title, "da")
            t1 = time.perf_counter()
            (out / "_executed").mkdir()
            executed = out / "_executed" / f"{proposal.id}.ipynb"
            nbformat.write(nb, executed)
            rendered = render_embedded(nb, out / "work", proposal.id)
            t_render = time.perf_counter() - t1
            rows.append(("  render HTML (pandoc)", rendered.seconds["html"]))
            rows.append(("  render PDF (pandoc + Typst)", rendered.seconds["pdf"]))
            t2 = time.perf_counter()
            for fmt, path in rendered.files.items():
                publish(path, out / f"{proposal.id}.{fmt}", force=True)
            rows.append(("rendering + writing in all", t_render + time.perf_counter() - t2))
            before_render = t_import + session.start_seconds + t_exec
            total = before_render + (time.perf_counter() - t1)
            ends = {"embedded": total}
            t_quarto = _time_quarto(executed, out, proposal.id)
            if t_quarto is not None:
                rows.append(("render HTML + PDF with Quarto + writing", t_quarto))
                ends["quarto"] = before_render + t_quarto
            warm = []
            for i in range(args.warm):
                w0 = time.perf_counter()
                nb_i, _ = session.execute(params)
                render_embedded(with_front_matter(nb_i, proposal.title, "da"), out / f"w{i}", "x")
                warm.append(time.perf_counter() - w0)
        finally:
            session.close()

    width = max(len(name) for name, _ in rows) + 2
    print(f"sif brief benchmark: {Path(args.file).name}, {draws:,} draws, HTML + PDF")
    for name, seconds in rows:
        print(f"  {name:<{width}}{seconds:6.2f} s")
    verdict = "within" if total <= TARGET_S else "OVER"
    print(
        f"  {'one brief end to end':<{width}}{total:6.2f} s  ({verdict} the {TARGET_S:.0f} s target)"
    )
    if "quarto" in ends:
        print(f"  {'one brief end to end with Quarto':<{width}}{ends['quarto']:6.2f} s")
        ratio = ends["quarto"] / ends["embedded"]
        print(f"  {'Quarto / embedded, end to end':<{width}}{ratio:6.2f}")
    else:
        print("  (no quarto on PATH: Quarto not timed)")
    if warm:
        mean = sum(warm) / len(warm)
        print(f"  {'each further brief, warm kernel':<{width}}{mean:6.2f} s  (mean of {len(warm)})")
    if args.cli:
        for renderer in ends:
            seconds = _time_cli(args.file, draws, renderer)
            print(f"  {f'`sif brief --renderer {renderer}`':<{width}}{seconds:6.2f} s")
    return 0


def _time_quarto(executed: Path, out: Path, stem: str) -> float | None:
    """Seconds to render the executed notebook with Quarto and write the files (None: no
    quarto on PATH)."""
    from sif_models.publish.files import publish
    from sif_models.publish.quarto import find_quarto, render_quarto
    from sif_models.publish.render import FORMATS

    quarto = find_quarto()
    if quarto is None:
        return None
    t0 = time.perf_counter()
    files = render_quarto(quarto, executed, out / "quarto", stem, FORMATS)
    for fmt, path in files.items():
        publish(path, out / f"{stem}-quarto.{fmt}", force=True)
    return time.perf_counter() - t0


def _time_cli(file: str, draws: int, renderer: str) -> float:
    """Seconds for ``sif brief FILE --renderer RENDERER`` as a fresh process."""
    with tempfile.TemporaryDirectory(prefix="sif-bench-cli-") as tmp:
        t0 = time.perf_counter()
        cmd = [str(Path(sys.executable).parent / "sif"), "brief", file, "--out", tmp]
        cmd += ["--draws", str(draws), "--renderer", renderer]
        subprocess.run(cmd, check=True, capture_output=True)
        return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
