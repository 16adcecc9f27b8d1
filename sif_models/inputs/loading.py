"""Reading YAML input files safely and turning schema errors into plain words.

* Only ``yaml.SafeLoader`` builds objects: tags such as ``!!python/object`` are refused.
* Files must be UTF-8 text of at most :data:`MAX_FILE_BYTES`.
* Anchors and aliases are allowed, but a document whose aliases expand to more than
  :data:`MAX_EXPANDED_NODES` nodes (an "alias bomb") is refused before it is built.
* A key given twice in one mapping is an error (PyYAML would silently keep the last). Keys
  brought in by a merge key (``<<: *defaults``) may be overridden, as YAML intends.
* Numbers in exponent form without a dot or a signed exponent (``2e6``, ``1.5e6``) are read as
  numbers, as YAML 1.2 does; PyYAML's YAML 1.1 rules would read them as text.
* Control characters that YAML forbids are reported with their line and column.
* More than :data:`MAX_FLOW_DEPTH` levels of nested ``[ ]``/``{ }`` are refused before parsing
  (PyYAML's scanner takes seconds on a few hundred levels).
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from sif_models.errors import Problem, SifInputError
from sif_models.inputs.files import read_text
from sif_models.inputs.limits import MAX_YAML_BYTES

MAX_FILE_BYTES = MAX_YAML_BYTES
MAX_EXPANDED_NODES = 100_000
MAX_FLOW_DEPTH = 100  # nested [ ] / { }; PyYAML's scanner slows down quadratically with depth


class _StrictSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys."""


_MERGE_TAGS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")


def _construct_mapping(loader: _StrictSafeLoader, node: yaml.MappingNode, deep: bool = False):
    # Check the keys written in this mapping before merge keys bring in others: a merged key
    # may be overridden here, a key written twice may not.
    seen: set = set()
    for key_node, _ in node.value:
        if key_node.tag in _MERGE_TAGS:
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in seen
            seen.add(key)
        except TypeError:  # an unhashable key: construct_mapping reports it
            continue
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"key '{key}' is given twice", key_node.start_mark
            )
    loader.flatten_mapping(node)
    return loader.construct_mapping(node, deep=deep)


class _FastStrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same rules as :class:`_StrictSafeLoader`, scanned and parsed by libyaml (C), about
    ten times faster. Used first; any problem is left to the careful loader to word."""


# YAML 1.2 floats that YAML 1.1 reads as text: 2e6, 1.5e6, -3E-2 (a dot and a signed exponent,
# which YAML 1.1 requires, already resolve as floats).
_YAML12_FLOAT = re.compile(r"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)[eE][-+]?[0-9]+$")


def _construct_int(loader: _StrictSafeLoader, node: yaml.ScalarNode) -> int:
    """An integer, or a plain-words error for one longer than Python converts (4,300 digits)."""
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"a number with {len(str(node.value)):,} digits; no field takes a number that long",
            node.start_mark,
        ) from None


# Both loaders follow the same rules: no key twice, YAML 1.2 floats, integers Python can convert.
for _loader in (_StrictSafeLoader, _FastStrictLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_implicit_resolver("tag:yaml.org,2002:float", _YAML12_FLOAT, list("-+0123456789."))
    _loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
del _loader


def _field_at(root: yaml.Node, mark: Any) -> str:
    """The field path (``outcomes[0].price_dkk``) of the value at ``mark`` in the document."""
    if mark is None:
        return ""

    def walk(node: yaml.Node, path: str, depth: int) -> str | None:
        if node.start_mark.index == mark.index and isinstance(node, yaml.ScalarNode):
            return path
        if depth > MAX_FLOW_DEPTH:
            return None
        if isinstance(node, yaml.SequenceNode):
            for i, child in enumerate(node.value):
                found = walk(child, f"{path}[{i}]", depth + 1)
                if found is not None:
                    return found
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
                found = walk(value, f"{path}.{name}" if path else name, depth + 1)
                if found is not None:
                    return found
        return None

    return walk(root, "", 0) or ""


def _distinct_nodes(node: yaml.Node, limit: int) -> int:
    """Number of distinct nodes (aliases counted once), capped at ``limit + 1``."""
    seen: set[int] = set()
    stack = [node]
    while stack and len(seen) <= limit:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
    return len(seen)


def _expanded_size(node: yaml.Node, memo: dict[int, int], limit: int) -> int:
    """Number of nodes the document would have with every alias expanded (capped at ``limit``)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # guards against recursive structures
    size = 1
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            size += _expanded_size(child, memo, limit)
            if size > limit:
                break
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo, limit) + _expanded_size(v, memo, limit)
            if size > limit:
                break
    memo[key] = min(size, limit + 1)
    return memo[key]


def _flow_depth(text: str) -> int:
    """Deepest nesting of ``[``/``{`` (counting brackets in quoted text too: an upper bound)."""
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:
        return 0  # too few brackets to be too deep; skip the scan
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _mark(mark: Any) -> str:
    if mark is None:
        return ""
    return f"line {mark.line + 1}, column {mark.column + 1}: "


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> str:
    """A character YAML does not allow (a control character such as NUL or BEL)."""
    before = text[: exc.position]
    line = before.count("\n") + 1
    column = exc.position - (before.rfind("\n") + 1) + 1
    char = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return (
        f"line {line}, column {column}: holds the control character U+{char:04X}, "
        "which YAML does not allow; remove it"
    )


def _fast_load(text: str) -> tuple[Any] | None:
    """(data,) from the C loader when the document is well formed and within the limits, else
    None (the careful Python loader then reads it again and says what is wrong)."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    loader = _FastStrictLoader(text)
    try:
        node = loader.get_single_node()
        if node is None or _distinct_nodes(node, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES:
            return None
        if _expanded_size(node, {}, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES:
            return None
        return (loader.construct_document(node),)
    except Exception:  # noqa: BLE001 - any problem: the careful loader words it
        return None
    finally:
        loader.dispose()


def read_yaml(path: str | Path) -> Any:
    """Read one YAML file as plain data, or raise :class:`SifInputError` saying what is wrong.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
    ...     _ = f.write("a: 1\\nb: [1, 2]\\n")
    >>> read_yaml(f.name)
    {'a': 1, 'b': [1, 2]}
    >>> os.unlink(f.name)
    """
    name = str(path)
    text = read_text(path, MAX_FILE_BYTES)
    if not text.strip():
        raise SifInputError(Problem(name, "", "file is empty"))
    if _flow_depth(text) > MAX_FLOW_DEPTH:
        raise SifInputError(
            Problem(name, "", f"is nested too deeply (more than {MAX_FLOW_DEPTH} levels)")
        )
    fast = _fast_load(text)
    if fast is not None:
        return fast[0]
    try:
        loader = _StrictSafeLoader(text)
    except yaml.reader.ReaderError as exc:
        raise SifInputError(Problem(name, "", _reader_problem(text, exc))) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise SifInputError(Problem(name, "", "file holds no YAML document"))
        if _distinct_nodes(node, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES:
            raise SifInputError(
                Problem(
                    name,
                    "",
                    f"holds more than {MAX_EXPANDED_NODES:,} values; input files are limited to "
                    "that",
                )
            )
        if _expanded_size(node, {}, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES:
            raise SifInputError(
                Problem(
                    name,
                    "",
                    f"its anchors and aliases expand to more than {MAX_EXPANDED_NODES:,} "
                    "values; refusing to load it",
                )
            )
        data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        detail = exc.problem or str(exc)
        if "could not determine a constructor" in detail:
            tag = detail.split("tag", 1)[-1].strip()
            detail = f"the tag {tag} is not allowed: a proposal holds plain data only"
        field = _field_at(node, exc.problem_mark) if "digits" in detail else ""
        raise SifInputError(Problem(name, field, _mark(exc.problem_mark) + detail)) from None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        mark = getattr(exc, "problem_mark", None)
        raise SifInputError(Problem(name, "", f"{_mark(mark)}malformed YAML: {problem}")) from None
    except RecursionError:
        raise SifInputError(Problem(name, "", "is nested too deeply")) from None
    except SifInputError:
        raise
    except (ValueError, OverflowError) as exc:  # e.g. an impossible date such as 2021-13-01
        raise SifInputError(Problem(name, "", f"holds a value YAML cannot read: {exc}")) from None
    finally:
        loader.dispose()
    return data


def _loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _show(value: Any) -> str:
    if value is None:  # `field:` with nothing after it, or `~` / `null`
        return "nothing (the value is empty)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _quoted_hint(value: Any) -> str:
    """' (text: remove the quotes)' when a number was written as quoted text."""
    if isinstance(value, str):
        try:
            float(value.replace("_", ""))
        except ValueError:
            return ""
        return " (text: remove the quotes)"
    return ""


def _message(err: dict, model: type[BaseModel]) -> tuple[str, str]:
    """Pydantic error -> (field path, plain words)."""
    kind = err["type"]
    loc = tuple(err["loc"])
    ctx = err.get("ctx", {})
    value = err.get("input")
    # A validator of a whole block reports at the block; drop pydantic's internal loc parts.
    loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith("function-")))
    if kind == "invalid_key" or (loc and loc[-1] == "[key]"):
        # A mapping key that is not text: pydantic puts the key itself in the location.
        parent = loc[:-2] if loc and loc[-1] == "[key]" else loc[:-1]
        return _loc(parent), f"has the key {_show(value)}; keys must be text (field names)"
    field = _loc(loc)
    if kind == "missing":
        return field, "required field is missing"
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else "?"
        parent = loc[:-1]
        known = _known_fields(model, parent)
        hint = difflib.get_close_matches(name, known, n=1)
        more = f" (did you mean '{hint[0]}'?)" if hint else ""
        return field, f"unknown field{more}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return field, f"must be a whole number, got {_show(value)}{_quoted_hint(value)}"
    if kind in ("float_type", "float_parsing"):
        return field, f"must be a number, got {_show(value)}{_quoted_hint(value)}"
    if kind == "finite_number":
        return field, f"must be a finite number, got {_show(value)}"
    if kind in ("string_type",):
        return field, f"must be text, got {_show(value)}"
    if kind in ("list_type",):
        return field, f"must be a list, got {_show(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return field, f"must be a mapping of fields, got {_show(value)}"
    if kind == "string_pattern_mismatch":
        return field, (
            f"must be an id of lower-case letters, digits and single '-' (like 'housing-first'), "
            f"got {_show(value)}"
        )
    if kind == "literal_error":
        return field, f"must be one of {ctx.get('expected')}, got {_show(value)}"
    if kind == "greater_than_equal":
        return field, f"must be at least {ctx.get('ge')}, got {_show(value)}"
    if kind == "less_than_equal":
        return field, f"must be at most {ctx.get('le')}, got {_show(value)}"
    if kind == "too_short":
        return field, f"must have at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return field, f"must have at most {ctx.get('max_length')} item(s)"
    if kind == "string_too_short":
        return field, "must not be empty"
    if kind == "string_too_long":
        return field, f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "value_error":
        msg = err["msg"]
        return field, msg.removeprefix("Value error, ")
    if kind == "bool_type":
        return field, f"must be true or false, got {_show(value)}"
    return field, err["msg"]


def _known_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the block at ``loc`` (for 'did you mean')."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", {})
        if part not in fields:
            return []
        annotation = fields[part].annotation
        current = _inner_model(annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def validate(data: Any, model: type[BaseModel], file: str) -> Any:
    """Validate plain data against ``model``; raise :class:`SifInputError` listing every problem."""
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise SifInputError(
            Problem(file, "", f"must hold a mapping of fields at the top, got a {kind}")
        )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            field, message = _message(err, model)
            problems.append(Problem(file, field, message))
        raise SifInputError(problems) from None
