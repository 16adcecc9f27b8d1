"""Benchmark: one decision brief end to end (HTML + PDF), split into its stages.

    .venv/bin/python benchmarks/bench_brief.py [FILE] [--draws N] [--warm K] [--cli]

Stages: importing sif in the parent process; starting the Jupyter kernel (with the warm-up
imports of numpy, pandas, matplotlib, scipy and sif); executing the notebook with papermill
(model, Monte Carlo, tornado, charts); rendering HTML and PDF (pandoc + Typst); publishing the
files. Target: at most 8 s for the whole brief on a 2-core machine.

``--warm K`` then executes and renders K more briefs in the same kernel, the saving a meeting
pack gets from :class:`sif_models.publish.kernel.KernelSession`. ``--cli`` also times ``sif brief`` as a
user runs it (a fresh process, including Python start-up and kernel shut-down).
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
            nbformat.write(nb, out / "_executed" / f"{proposal.id}.ipynb")
            rendered = render_embedded(nb, out / "work", proposal.id)
            t_render = time.perf_counter() - t1
            rows.append(("  render HTML (pandoc)", rendered.seconds["html"]))
            rows.append(("  render PDF (pandoc + Typst)", rendered.seconds["pdf"]))
            t2 = time.perf_counter()
            for fmt, path in rendered.files.items():
                publish(path, out / f"{proposal.id}.{fmt}", force=True)
            rows.append(("rendering + writing in all", t_render + time.perf_counter() - t2))
            total = t_import + session.start_seconds + t_exec + (time.perf_counter() - t1)
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
    if warm:
        mean = sum(warm) / len(warm)
        print(f"  {'each further brief, warm kernel':<{width}}{mean:6.2f} s  (mean of {len(warm)})")
    if args.cli:
        with tempfile.TemporaryDirectory(prefix="sif-bench-cli-") as tmp:
            c0 = time.perf_counter()
            cmd = [str(Path(sys.executable).parent / "sif"), "brief", args.file, "--out", tmp]
            cmd += ["--draws", str(draws)]
            subprocess.run(cmd, check=True, capture_output=True)
            print(f"  {'`sif brief` as a process':<{width}}{time.perf_counter() - c0:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
