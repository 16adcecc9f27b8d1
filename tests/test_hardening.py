"""Hardening (issue 12): every input sif reads gives exit 2 naming the file and the field, within
bounded time and memory — never a hang, an ``internal error`` or a traceback.

Each test is a reproducer of one finding of the red-team pass: the input that broke sif, and what
sif must answer now. Run in-process (``sif_models.cli.main``), so the timings measure sif's work
and not Python's start-up.
"""

from __future__ import annotations

import os
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml

from sif_models.cli import main
from sif_models.cli.common import terminal_safe

REPO = Path(__file__).resolve().parents[1]
WORKED = REPO / "data" / "examples" / "worked-example.yaml"
DATA = REPO / "data"


def sif(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_input_error(code: int, out: str, err: str, *expected: str) -> None:
    text = out + err
    assert code == 2, f"exit {code}\n{text}"
    assert "Traceback" not in text and "internal error" not in text, text
    for e in expected:
        assert e in text, f"{e!r} not in:\n{text}"


def worked(**changes) -> dict:
    data = yaml.safe_load(WORKED.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. files of any kind
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("fifo", "is a named pipe (FIFO), not a file"),
        ("zero", "is a device, not a file"),
        ("symlink-urandom", "is a device, not a file"),
        ("folder", "is a folder, not a file"),
    ],
)
def test_check_refuses_what_is_not_a_file_at_once(tmp_path, capsys, kind, message):
    sif(capsys, "check", WORKED)  # warm: the timing is sif's answer, not Python's imports
    path = tmp_path / "p.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path = Path("/dev/zero")
    elif kind == "symlink-urandom":
        path.symlink_to("/dev/urandom")
    else:
        path.mkdir()
    t0 = time.perf_counter()
    code, out, err = sif(capsys, "check", path)
    assert time.perf_counter() - t0 < 1.0
    assert_input_error(code, out, err, f"{path}: {message}")


def test_a_huge_file_is_refused_without_reading_it(tmp_path, capsys):
    sif(capsys, "check", WORKED)  # warm
    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:
        fh.truncate(2_000_000_000)  # 2 GB, sparse
    tracemalloc.start()
    t0 = time.perf_counter()
    code, out, err = sif(capsys, "check", path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - t0 < 1.0 and peak < 20_000_000
    assert_input_error(code, out, err, "is 2,000,000,000 bytes; input files may be at most")


def test_a_fifo_in_the_fund_file_is_named_as_such(tmp_path, capsys):
    (tmp_path / "proposals").mkdir()
    os.mkfifo(tmp_path / "proposals" / "x.yaml")
    fund = yaml.safe_load((DATA / "fund.yaml").read_text(encoding="utf-8"))
    fund["portfolio"] = [{"proposal": "proposals/x.yaml", "start_year": 2021}]
    path = write(tmp_path / "fund.yaml", fund)
    code, out, err = sif(capsys, "fund", "--fund", path, "--no-brief", "--draws", "0")
    assert_input_error(code, out, err, "portfolio[0].proposal: is a named pipe (FIFO), not a file")


# ---------------------------------------------------------------- 2. bounded work
@pytest.mark.parametrize(
    ("draws", "message"),
    [
        ("10000000", "must be at most 1,000,000, got 10,000,000"),
        ("1" + "0" * 22, "must be at most 1,000,000, got 23 digits"),
        ("-5", "must be a whole number of 0 or more"),
    ],
)
def test_draws_are_bounded(capsys, draws, message):
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(WORKED), "--draws", draws])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_draws_times_horizon_is_bounded():
    from sif_models.case.business_case import run
    from sif_models.errors import SifInputError
    from sif_models.inputs.proposals import load_proposal

    proposal = load_proposal(WORKED).model_copy(update={"horizon_years": 70})
    with pytest.raises(SifInputError, match="times the 70 contract years must be at most"):
        run(proposal, draws=1_000_000)


@pytest.mark.parametrize(
    ("what", "message"),
    [
        ("outcomes", "outcomes: must have at most 50 item(s)"),
        ("consequences", "outcomes[0].consequences: must have at most 50 item(s)"),
        ("financing", "contract.financing: must have at most 20 item(s)"),
    ],
)
def test_proposal_sizes_are_bounded(tmp_path, capsys, what, message):
    data = worked()
    if what == "outcomes":
        base = data["outcomes"][0]
        data["outcomes"] = [{**base, "id": f"o-{i}"} for i in range(51)]
    elif what == "consequences":
        data["outcomes"][0]["consequences"] = data["outcomes"][0]["consequences"] * 51
    else:
        data["contract"]["financing"] = [
            {"name": f"F{i}", "role": "investor", "share": 1 / 21} for i in range(21)
        ]
    path = write(tmp_path / "p.yaml", data)
    t0 = time.perf_counter()
    code, out, err = sif(capsys, "check", path)
    assert time.perf_counter() - t0 < 2.0
    assert_input_error(code, out, err, message)


# ---------------------------------------------------------------- 5. data files
@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.setenv("SIF_DATA_DIR", str(folder))
    return folder


def _edit_csv(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        ("catalogue-folder", "unit_costs.csv: is a folder, not a file"),
        ("index-folder", "price_index.csv: is a folder, not a file"),
        ("long-cell", "unit_costs.csv: line 2: is not a readable CSV table: a cell is longer than"),
        ("price-overflow", "price_dkk must be from 0 to 1,000,000,000,000"),
        ("index-tiny", "index must be a number from 0.001 to 1,000,000, got 1e-320"),
        ("index-repeated-year", "year 2021 is given twice (also on line"),
    ],
)
def test_bad_data_files_are_input_errors(data_copy, capsys, break_it, message):
    costs, index = data_copy / "unit_costs.csv", data_copy / "price_index.csv"
    if break_it == "catalogue-folder":
        costs.unlink()
        costs.mkdir()
    elif break_it == "index-folder":
        index.unlink()
        index.mkdir()
    elif break_it == "long-cell":
        lines = costs.read_text(encoding="utf-8").splitlines()
        lines[1] = lines[1] + ',"' + "x" * 200_000 + '"'
        costs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif break_it == "price-overflow":
        lines = costs.read_text(encoding="utf-8").splitlines()
        cells = lines[1].split(",")
        header = lines[0].split(",")
        cells[header.index("price_dkk")] = "1e308"
        lines[1] = ",".join(cells)
        costs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        lines = index.read_text(encoding="utf-8").splitlines()
        row = next(i for i, line in enumerate(lines) if line.startswith("2021,"))
        if break_it == "index-tiny":
            cells = lines[row].split(",")
            cells[1] = "1e-320"
            lines[row] = ",".join(cells)
        else:
            lines.insert(row + 1, lines[row].replace(lines[row].split(",")[1], "200.0", 1))
        index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = sif(capsys, "run", WORKED, "--draws", "0")
    assert_input_error(code, out, err, message)


def test_sif_data_dir_naming_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SIF_DATA_DIR", str(WORKED))
    code, out, err = sif(capsys, "run", WORKED, "--draws", "0")
    assert_input_error(code, out, err, "SIF_DATA_DIR: ", "is not a folder")


# ---------------------------------------------------------------- 5, 6. results and the fund
def _results(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / "r.csv").write_text(
        "proposal,outcome,cohort_start_year,measured_year,participants,successes,source\n" + text,
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "ungifokus\n",
            "line 2: outcome, cohort_start_year, measured_year, participants, "
            "successes: must not be empty",
        ),
        (
            "ungifokus,in-school,2021,2022,100,40,x\n" * 3,
            "line 3: repeats the measurement on line 2",
        ),
    ],
)
def test_results_rows(tmp_path, rows, message):
    from sif_models.errors import SifInputError
    from sif_models.inputs.results import read_results

    with pytest.raises(SifInputError) as exc:
        read_results(_results(tmp_path, rows))
    assert message in str(exc.value)


def test_a_results_file_that_is_a_folder(tmp_path):
    from sif_models.errors import SifInputError
    from sif_models.inputs.results import read_results

    (tmp_path / "x.csv").mkdir()
    with pytest.raises(SifInputError, match="x.csv: is a folder, not a file"):
        read_results(tmp_path)


@pytest.mark.parametrize("spelling", ["./proposals/ungifokus.yaml", "copy"])
def test_the_same_proposal_twice_in_the_fund(tmp_path, capsys, spelling):
    shutil.copytree(DATA / "proposals", tmp_path / "proposals")
    fund = yaml.safe_load((DATA / "fund.yaml").read_text(encoding="utf-8"))
    entry = next(e for e in fund["portfolio"] if e["proposal"].endswith("ungifokus.yaml"))
    twin = dict(entry)
    if spelling == "copy":
        shutil.copyfile(tmp_path / "proposals/ungifokus.yaml", tmp_path / "proposals/copy.yaml")
        twin["proposal"] = "proposals/copy.yaml"
        message = "proposal 'ungifokus' is also portfolio["
    else:
        twin["proposal"] = spelling
        message = "portfolio names a proposal more than once: proposals/ungifokus.yaml"
    fund["portfolio"].append(twin)
    path = write(tmp_path / "fund.yaml", fund)
    code, out, err = sif(capsys, "fund", "--fund", path, "--no-brief", "--draws", "0")
    assert_input_error(code, out, err, message)


# ---------------------------------------------------------------- 7. terminal escapes
def test_control_characters_never_reach_the_terminal(tmp_path, capsys):
    path = write(tmp_path / "p\x1b[2J.yaml", worked(title="Evil \x1b]0;owned\x07 title\r"))
    code, out, err = sif(capsys, "check", path)
    assert code == 0 and "\x1b" not in out + err and "\\x1b" in out
    code, out, err = sif(capsys, "run", path, "--draws", "0")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\r" not in out
    bad = write(tmp_path / "bad\r.yaml", {**worked(), "oops\x1b": 1})
    code, out, err = sif(capsys, "check", bad)
    assert code == 2 and "\r" not in err and "\x1b" not in err
    assert terminal_safe("a\u202eb") == "a\\u202eb"


# ---------------------------------------------------------------- 11. paths outside the data
def test_agenda_paths_must_stay_inside_the_data_folder(tmp_path, capsys):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "creds.yaml").write_text("aws_secret_key: hunter2\n", encoding="utf-8")
    data = tmp_path / "work" / "data"
    (data / "meetings").mkdir(parents=True)
    meeting = data / "meetings" / "2021-03-01.yaml"
    meeting.write_text(
        "date: 2021-03-01\ntitle: Møde\nitems:\n"
        "  - {proposal: ../../../secret/creds.yaml, kind: decision, title: X}\n",
        encoding="utf-8",
    )
    code, out, err = sif(capsys, "meeting", meeting, "--out", tmp_path / "out", "--draws", "0")
    assert code == 2
    assert "lies outside the data folder" in err
    assert "aws_secret_key" not in out + err and "hunter2" not in out + err
    link = data / "proposals"
    link.symlink_to(secret, target_is_directory=True)  # a symlink out of the folder, too
    meeting.write_text(meeting.read_text().replace("../../../secret/", "../proposals/"))
    code, out, err = sif(capsys, "meeting", meeting, "--out", tmp_path / "out2", "--draws", "0")
    assert code == 2 and "lies outside the data folder" in err
    assert "aws_secret_key" not in out + err


# ---------------------------------------------------------------- 12. messages
def test_a_5000_digit_number_names_its_field(tmp_path, capsys):
    data = worked()
    path = tmp_path / "p.yaml"
    text = yaml.safe_dump(data).replace("price_dkk: 150000", "price_dkk: " + "9" * 5000)
    path.write_text(text, encoding="utf-8")
    code, out, err = sif(capsys, "check", path)
    assert_input_error(code, out, err, "outcomes[0].price_dkk:", "a number with 5,000 digits")
    assert "set_int_max_str_digits" not in err


def test_a_long_plain_list_is_not_called_an_alias_bomb(tmp_path, capsys):
    path = tmp_path / "p.yaml"
    path.write_text("a: [" + ",".join(["1"] * 150_000) + "]\n", encoding="utf-8")
    code, out, err = sif(capsys, "check", path)
    assert_input_error(code, out, err, "holds more than 100,000 values")
    assert "anchors" not in err and err.count(str(path)) == 1


# ---------------------------------------------------------------- 4, 9, 12. publishing
def _mount_tmpfs(folder: Path, options: str) -> bool:
    """Mount a small tmpfs at ``folder`` (root only); False where this machine does not allow it."""
    import subprocess

    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


def _umount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.mark.parametrize("where", ["file", "under-file"])
def test_an_output_folder_that_is_a_file(tmp_path, capsys, where):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = blocker if where == "file" else blocker / "reports"
    code, stdout, err = sif(
        capsys, "brief", WORKED, "--out", out, "--draws", "0", "--renderer", "embedded"
    )
    message = (
        "is a file, not a folder" if where == "file" else f"lies under {blocker}, which is a file"
    )
    assert_input_error(code, stdout, err, f"{out}: --out: {message}; choose another --out")
    assert blocker.read_text() == "x"


def test_a_read_only_output_folder(tmp_path, capsys):
    ro = tmp_path / "ro"
    if not _mount_tmpfs(ro, "ro,size=100k"):
        pytest.skip("needs root and mount to make a read-only disk")
    try:
        code, out, err = sif(
            capsys, "brief", WORKED, "--out", ro, "--draws", "0", "--renderer", "embedded"
        )
        assert_input_error(
            code, out, err, f"{ro}: --out: is on a read-only disk; choose another --out"
        )
    finally:
        _umount(ro)


def test_a_full_disk_gives_a_clear_message_and_leaves_nothing_half_written(tmp_path, capsys):
    small = tmp_path / "small"
    if not _mount_tmpfs(small, "size=400k"):
        pytest.skip("needs root and mount to make a small disk")
    try:
        code, out, err = sif(
            capsys, "brief", WORKED, "--out", small, "--draws", "200", "--renderer", "embedded"
        )
        assert code == 1, out + err
        assert "the disk is full" in err and "free some space" in err
        assert "Traceback" not in err and "internal error" not in err and "Haskell" not in err
        leftovers = [p.name for p in small.rglob("*") if p.name.startswith(".")]
        assert leftovers == []
        for final in small.glob("worked-example.*"):  # a file that is there is whole
            data = final.read_bytes()
            assert data.endswith(b"</html>\n") or data.rstrip().endswith(b"%%EOF")
    finally:
        _umount(small)


def test_stale_leftovers_of_a_killed_run_are_cleaned(tmp_path):
    from sif_models.publish.files import STALE_SECONDS, clean_stale

    (tmp_path / "_executed").mkdir()
    old = [tmp_path / "_executed" / ".x.ab12.ipynb", tmp_path / ".x.html.ab12.tmp"]
    render = tmp_path / ".x-render-ab12"
    render.mkdir()
    (render / "x.md").write_text("#")
    young = tmp_path / ".y.html.cd34.tmp"
    for f in old:
        f.write_bytes(b"")
    young.write_bytes(b"")
    kept = tmp_path / "x.html"
    kept.write_text("<html></html>")
    past = time.time() - STALE_SECONDS - 10
    for p in [*old, render, kept]:
        os.utime(p, (past, past))
    removed = clean_stale(tmp_path)
    assert sorted(p.name for p in removed) == sorted([old[0].name, old[1].name, render.name])
    assert young.exists() and kept.exists()


def test_a_dead_kernel_fails_one_item_and_the_pack_is_still_made(tmp_path, monkeypatch, capsys):
    """The kernel is killed while one brief runs: that item fails alone, a fresh kernel makes
    the next brief, and the overview and pack.pdf are written."""
    from sif_models.publish.kernel import KernelSession

    write(tmp_path / "doomed.yaml", worked(id="doomed", title="Dømt"))
    shutil.copyfile(WORKED, tmp_path / "worked-example.yaml")
    meetings = tmp_path / "meetings"
    meetings.mkdir()
    meeting = meetings / "2021-03-01.yaml"
    meeting.write_text(
        "date: 2021-03-01\ntitle: Prøvemøde\nitems:\n"
        "  - {proposal: ../doomed.yaml, kind: decision, title: Dømt}\n"
        "  - {proposal: ../worked-example.yaml, kind: decision, title: Regneeksemplet}\n",
        encoding="utf-8",
    )
    original = KernelSession.execute

    def execute(self, parameters, output_path=None, notebook=None):
        if str(parameters.get("proposal_path", "")).endswith("doomed.yaml"):
            if self.km is None:
                self.start()
            self.km.provisioner.process.kill()  # the kernel dies under the brief
            self.km.provisioner.process.wait()
        return original(self, parameters, output_path=output_path, notebook=notebook)

    monkeypatch.setattr(KernelSession, "execute", execute)
    out = tmp_path / "reports"
    code, stdout, err = sif(
        capsys,
        "meeting",
        meeting,
        "--out",
        out,
        "--draws",
        "0",
        "--workers",
        "1",
        "--renderer",
        "embedded",
    )
    assert code == 1, stdout + err
    folder = out / "2021-03-01"
    assert (folder / "index.html").is_file() and (folder / "pack.pdf").is_file()
    assert (folder / "worked-example.pdf").is_file() and not (folder / "doomed.pdf").exists()
    assert "doomed.yaml" in err and "kernel" in err and "Traceback" not in err
    assert "pack: " in stdout
