"""Bad proposal files give one clear line per problem (file: field: message), exit code 2, and
never a traceback.

Every file in ``tests/bad_proposals/`` starts from the worked example and breaks one thing. Its
first line is a comment ``# <what is wrong> | expect: <message>``; the test asserts that
``<file>: <message>`` appears in what ``sif check`` prints, so each file pins both the field and
the wording. A few cases cannot be committed as files (an empty file, a file over 1 MB); those
are written here, in a temporary folder.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from sif_models.cli import main
from sif_models.errors import SifInputError
from sif_models.inputs.loading import MAX_FILE_BYTES, read_yaml

HERE = Path(__file__).resolve().parent
BAD_PROPOSALS = HERE / "bad_proposals"
WORKED_EXAMPLE = HERE.parent / "data" / "examples" / "worked-example.yaml"
CORPUS = sorted(BAD_PROPOSALS.glob("*.yaml"))


def expected_message(path: Path) -> str:
    """The text after ``expect:`` on the file's first line."""
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    assert first.startswith("# ") and "| expect: " in first, f"{path.name}: no expect comment"
    return first.split("| expect: ", 1)[1].strip()


def sif(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean_failure(code: int, out: str, err: str) -> None:
    assert code == 2, f"exit code {code}\nstdout:\n{out}\nstderr:\n{err}"
    assert "Traceback" not in out + err
    assert "internal error" not in out + err


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 24


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_check_names_file_and_field(path: Path, capsys):
    expect = expected_message(path)
    code, out, err = sif(capsys, "check", str(path))
    assert_clean_failure(code, out, err)
    assert f"{path}: {expect}" in err
    assert "1 of 1 file(s) have problems" in err


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_run_refuses_bad_file(path: Path, capsys):
    code, out, err = sif(capsys, "run", str(path), "--draws", "0", "--json")
    assert_clean_failure(code, out, err)
    assert f"{path}: {expected_message(path)}" in err
    assert out == ""  # no half-written JSON on stdout


def test_run_with_monte_carlo_refuses_bad_file_before_drawing(capsys):
    path = BAD_PROPOSALS / "success-rate-above-one.yaml"
    code, out, err = sif(capsys, "run", str(path))
    assert_clean_failure(code, out, err)
    assert "outcomes[0].success_rate: must be between 0 and 1, got 1.4" in err


def test_check_lists_every_problem_of_every_file(capsys):
    files = [str(p) for p in CORPUS]
    code, out, err = sif(capsys, "check", str(WORKED_EXAMPLE), *files)
    assert_clean_failure(code, out, err)
    for path in CORPUS:
        assert f"{path}: {expected_message(path)}" in err
    assert f"{len(CORPUS)} of {len(CORPUS) + 1} file(s) have problems" in err
    assert f"ok    {WORKED_EXAMPLE}" in out  # the good file is still reported as good


def test_several_problems_in_one_file_are_all_listed(tmp_path, capsys):
    text = WORKED_EXAMPLE.read_text(encoding="utf-8")
    for old, new in (
        ("success_rate: 0.5", "success_rate: 1.4"),
        ("payer: kommune", "payer: county"),
        ("lag_years: 1", "lag_year: 1"),
        ("intake: [10, 10]", "intake: [10, -3]"),
    ):
        assert text.count(old) == 1
        text = text.replace(old, new)
    path = tmp_path / "four-problems.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = sif(capsys, "check", str(path))
    assert_clean_failure(code, out, err)
    for line in (
        "outcomes[0].success_rate: must be between 0 and 1, got 1.4",
        "unit_costs[0].payer: must be one of 'kommune', 'region' or 'stat', got 'county'",
        "outcomes[0].lag_year: unknown field (did you mean 'lag_years'?)",
        "cohort.intake[1]: must be at least 0, got -3",
    ):
        assert f"{path}: {line}" in err


# ------------------------------------------------------------ files written by the test
def _check_one(capsys, path: Path) -> str:
    code, out, err = sif(capsys, "check", str(path))
    assert_clean_failure(code, out, err)
    return err


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    assert f"{path}: file is empty" in _check_one(capsys, path)


def test_whitespace_only_file(tmp_path, capsys):
    path = tmp_path / "blank.yaml"
    path.write_bytes(b"\n   \n\t\n")
    assert f"{path}: file is empty" in _check_one(capsys, path)


def test_huge_file_is_refused_before_parsing(tmp_path, capsys):
    text = WORKED_EXAMPLE.read_text(encoding="utf-8")
    padding = "description: " + "x" * (MAX_FILE_BYTES + 10) + "\n"
    path = tmp_path / "huge.yaml"
    path.write_text(text + padding, encoding="utf-8")
    size = path.stat().st_size
    assert size > 1_000_000
    started = time.perf_counter()
    err = _check_one(capsys, path)
    assert time.perf_counter() - started < 1.0
    assert f"{path}: is {size:,} bytes; input files may be at most 1,000,000" in err


def test_non_utf8_bytes_written_here(tmp_path, capsys):
    # UTF-16 (as some Windows editors save) starts with the byte-order mark FF FE.
    path = tmp_path / "utf16.yaml"
    path.write_bytes(WORKED_EXAMPLE.read_text(encoding="utf-8").encode("utf-16"))
    err = _check_one(capsys, path)
    assert f"{path}: is not UTF-8 text (byte 0xff at position 0); save it as UTF-8" in err


def test_nul_byte(tmp_path, capsys):
    path = tmp_path / "nul.yaml"
    path.write_bytes(b"id: worked\x00example\n")
    err = _check_one(capsys, path)
    assert f"{path}: line 1, column 11: holds the control character U+0000" in err


def test_missing_file_and_folder(tmp_path, capsys):
    missing = tmp_path / "nope.yaml"
    code, out, err = sif(capsys, "check", str(missing), str(tmp_path))
    assert_clean_failure(code, out, err)
    assert f"{missing}: file not found" in err
    assert f"{tmp_path}: is a folder, not a file" in err


@pytest.mark.parametrize(
    "nested",
    [
        "title: " + "[" * 5000 + "]" * 5000,
        "title: " + "{a: " * 5000 + "}" * 5000,
        "title:\n  " + "- " * 5000 + "x",
    ],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_deep_nesting_is_refused_fast(tmp_path, capsys, nested):
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\n" + nested + "\n", encoding="utf-8")
    started = time.perf_counter()
    err = _check_one(capsys, path)
    assert time.perf_counter() - started < 1.0
    assert f"{path}: is nested too deeply" in err


# ------------------------------------------------------------ safety
def test_alias_bomb_is_refused_fast_and_small():
    path = BAD_PROPOSALS / "alias-bomb.yaml"
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(SifInputError, match="anchors and aliases expand to more than"):
            read_yaml(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 20_000_000  # bytes; the expanded document would need gigabytes


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/apply:subprocess.call",
        "!!python/object/new:os.system",
    ],
)
def test_python_tags_never_run(tmp_path, capsys, tag):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f'id: x\ntitle: {tag} ["touch {marker}"]\n', encoding="utf-8")
    err = _check_one(capsys, path)
    assert "is not allowed: a proposal holds plain data only" in err
    assert not marker.exists()


def test_python_name_tag_is_refused(tmp_path):
    path = tmp_path / "name.yaml"
    path.write_text("title: !!python/name:os.system\n", encoding="utf-8")
    with pytest.raises(SifInputError, match="python/name:os.system' is not allowed"):
        read_yaml(path)


# ------------------------------------------------------------ valid YAML that must stay valid
def test_merge_keys_may_override(tmp_path):
    """A key brought in by ``<<`` may be overridden; only a key written twice is an error."""
    path = tmp_path / "merge.yaml"
    path.write_text(
        "base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  b: 3\n",
        encoding="utf-8",
    )
    assert read_yaml(path) == {"base": {"a": 1, "b": 2}, "derived": {"a": 1, "b": 3}}


def test_exponent_numbers_are_numbers(tmp_path):
    """``2e6`` is a number (YAML 1.2), not the text '2e6' PyYAML's YAML 1.1 rules would give."""
    path = tmp_path / "exp.yaml"
    path.write_text(
        "a: 2e6\nb: 1.5E-3\nc: -3e+2\nd: 1_000e1\ne: 2e6x\nf: '2e6'\n", encoding="utf-8"
    )
    assert read_yaml(path) == {
        "a": 2e6,
        "b": 1.5e-3,
        "c": -300.0,
        "d": 1e4,
        "e": "2e6x",
        "f": "2e6",
    }
