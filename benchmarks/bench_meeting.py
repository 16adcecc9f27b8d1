"""Benchmark: a nine-proposal meeting pack against nine single ``sif brief`` runs in a row.

    .venv/bin/python benchmarks/bench_meeting.py [--draws N] [--workers K] [--skip-single]
                                                 [--renderer auto|quarto|embedded]

A temporary meeting file lists all nine proposals in data/proposals. The pack is
``sif meeting`` as a user runs it (a fresh process: Python start-up, one kernel per core, the
briefs executed in parallel with rendering overlapped, the overview, pack.pdf). The baseline is
nine ``sif brief FILE`` processes one after another (each starts Python and a kernel, executes
one brief and renders it). Target: the pack takes at most 0.6 of the baseline on 2 cores.
Both use ``--renderer`` (default ``auto``: Quarto when it is on PATH), named in the output.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 0.6


def _meeting_file(folder: Path, proposals: list[Path]) -> Path:
    (folder / "meetings").mkdir()
    lines = ["date: 2021-12-31", "title: Alle ni forslag (benchmark)", "items:"]
    for p in proposals:
        rel = os.path.relpath(p, folder / "meetings")
        lines.append(f"  - {{proposal: {rel}, kind: decision, title: {p.stem}}}")
    path = folder / "meetings" / "2021-12-31.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--draws", type=int, default=None, help="default: sif's default draws")
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument(
        "--skip-single", action="store_true", help="time the pack only (no baseline)"
    )
    parser.add_argument("--renderer", choices=("auto", "quarto", "embedded"), default="auto")
    args = parser.parse_args(argv)
    sif = str(Path(sys.executable).parent / "sif")
    proposals = sorted((ROOT / "data" / "proposals").glob("*.yaml"))
    extra = [] if args.draws is None else ["--draws", str(args.draws)]
    extra += ["--renderer", args.renderer]
    renderer = args.renderer
    if renderer == "auto":
        from sif_models.publish.quarto import find_quarto

        renderer = "quarto" if find_quarto() else "embedded"

    with tempfile.TemporaryDirectory(prefix="sif-bench-meeting-") as tmp:
        folder = Path(tmp)
        meeting = _meeting_file(folder, proposals)
        cmd = [sif, "meeting", str(meeting), "--out", str(folder / "pack"), *extra]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        t_pack = _timed(cmd)
        pack = folder / "pack" / "2021-12-31"
        made = sorted(p.name for p in pack.glob("*.pdf"))
        assert len(made) == len(proposals) + 2, made  # briefs, overview.pdf, pack.pdf
        t_single = None
        if not args.skip_single:
            t0 = time.perf_counter()
            for i, p in enumerate(proposals):
                _timed([sif, "brief", str(p), "--out", str(folder / f"single-{i}"), *extra])
            t_single = time.perf_counter() - t0

    cores = os.cpu_count() or 1
    n = len(proposals)
    label = f"{n} proposals, {'default' if args.draws is None else args.draws} draws"
    print(f"sif meeting benchmark: {label}, {cores} core(s), renderer {renderer}")
    print(f"  meeting pack (sif meeting, {n} briefs + overview + pack.pdf)  {t_pack:7.2f} s")
    if t_single is not None:
        ratio = t_pack / t_single
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(f"  {n} × sif brief, one after another                      {t_single:7.2f} s")
        print(f"  ratio pack / single runs: {ratio:.2f} ({verdict} the {TARGET_RATIO} target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
