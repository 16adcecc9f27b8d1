"""The label tables (:mod:`sif_models.text.labels`): every key has both languages and is used by
the code or the notebooks, and every key the code asks for exists. Checked on the source."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from sif_models.text import labels

REPO = Path(__file__).resolve().parents[1]
TABLES = {Path(part.__file__).resolve() for part in labels.PARTS}
SOURCES = [
    p
    for p in sorted((REPO / "sif_models").rglob("*.py")) + sorted((REPO / "notebooks").glob("*.py"))
    if p.resolve() not in TABLES
]
# Keys looked up with a word of an input file: a cost's unit is free text in the catalogue and
# in proposals, and text.labels.unit() translates the units it knows.
INPUT_WORDS = ("unit.",)
# A string that may start a label key: "kf.", "meet.kind.", ...
KEY_PREFIX = re.compile(r"[a-z_]+\.([a-z_]+\.)*")


def _pattern(node: ast.AST) -> re.Pattern | None:
    """The keys an f-string (``f"heading.{key}"``) or a sum (``"role." + role``) may make: a
    regex whose groups are the parts filled in at run time; None if it does not start a key."""
    if isinstance(node, ast.JoinedStr):
        parts = node.values
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [node.left, node.right]
    else:
        return None
    first = parts[0] if parts else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None
    if not KEY_PREFIX.match(first.value):
        return None
    regex = "".join(re.escape(p.value) if isinstance(p, ast.Constant) else "(.+)" for p in parts)
    return re.compile(regex)


def _scan() -> tuple[set[str], list[re.Pattern], list[tuple[str, ast.AST]]]:
    """(string constants, key patterns, (where, first argument) of every label lookup)."""
    constants: set[str] = set()
    patterns: list[re.Pattern] = []
    lookups: list[tuple[str, ast.AST]] = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(REPO))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif (pattern := _pattern(node)) is not None:
                patterns.append(pattern)
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("text", "t"):
                    lookups.append((f"{where}:{node.lineno}", node.args[0]))
                elif name == "heading_md":  # heading_md("ask") looks up heading.ask
                    arg = node.args[0]
                    if isinstance(arg, ast.Constant):
                        lookups.append(
                            (f"{where}:{node.lineno}", ast.Constant("heading." + arg.value))
                        )
    return constants, patterns, lookups


CONSTANTS, PATTERNS, LOOKUPS = _scan()


def _used(key: str) -> bool:
    if key in CONSTANTS:
        return True
    for pattern in PATTERNS:
        match = pattern.fullmatch(key)
        if match is None:
            continue
        if key.startswith(INPUT_WORDS) or all(g in CONSTANTS for g in match.groups()):
            return True
    return False


def _asked(node: ast.AST) -> list[str | re.Pattern]:
    """The keys (or key patterns) a lookup's first argument asks for."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _asked(node.body) + _asked(node.orelse)
    pattern = _pattern(node)
    return [pattern] if pattern is not None else []


@pytest.mark.parametrize("key", sorted(labels.TEXT))
def test_every_label_has_both_languages_with_the_same_placeholders(key):
    words = labels.TEXT[key]
    assert set(words) == set(labels.LANGS)
    assert all(w.strip() for w in words.values())
    fields = [{f for _, f, _, _ in string.Formatter().parse(w) if f} for w in words.values()]
    assert all(f == fields[0] for f in fields), f"{key}: placeholders differ between languages"


def test_every_label_is_used_by_the_code_or_the_notebooks():
    unused = [key for key in labels.TEXT if not _used(key)]
    assert not unused, f"labels nothing uses (remove them): {unused}"


def test_every_label_the_code_asks_for_exists():
    assert len(LOOKUPS) > 300  # the scan sees the lookups
    missing = []
    for where, node in LOOKUPS:
        for asked in _asked(node):
            if isinstance(asked, str):
                ok = asked in labels.TEXT
            else:
                ok = any(asked.fullmatch(key) for key in labels.TEXT)
            if not ok:
                missing.append(f"{where}: {asked if isinstance(asked, str) else asked.pattern}")
    assert not missing, "labels the code asks for but no table has: " + "; ".join(missing)


def test_each_key_is_in_one_table():
    assert sum(len(part.TEXT) for part in labels.PARTS) == len(labels.TEXT)


def test_the_checks_see_unused_and_missing_keys():
    """The checker itself: a key nothing uses is unused; a key looked up that no table has is
    missing."""
    assert not _used("kf.nothing_uses_this")
    assert _used("heading.ask")  # heading_md("ask") via f"heading.{key}"
    assert _used("unit.week")  # a unit an input file may give
    tree = ast.parse('self.t("kf.no_such_key" if x else "kf.cost")\ntext(f"meet.kind.{k}", L)')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    asked = [a for c in calls for a in _asked(c.args[0])]
    assert "kf.no_such_key" in asked and "kf.cost" in asked
    assert any(isinstance(a, re.Pattern) and a.fullmatch("meet.kind.decision") for a in asked)
