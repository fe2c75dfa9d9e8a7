"""The one loader for the data files under ``newsevents/data/`` (YAML, CSV, TSV) and their schemas.

Why one loader: PyYAML reads YAML 1.1, where a bare ``on``, ``off``, ``yes``, ``no``, ``y`` or
``n`` is a boolean. In a word list that silently turns the preposition "on" into ``True`` and the
rule that needed it stops matching ("Published on March 14, 2025" got no date). This module
reads YAML with the YAML 1.2 core booleans only (``true``/``false``), so every other bare word
stays a string, and no sexagesimal numbers (``1:30`` stays the string "1:30"). libyaml's C
parser is used when present, so large pattern files load fast.

Why a schema: a data file is edited by hand, far from the code that reads it. Each loader passes
a small declarative schema (see :func:`validate`); a file that does not fit fails at load time
with the file, the path inside it and the reason, instead of misbehaving later.

Public API (see docs/data-files.md): :func:`load_yaml`, :func:`load_csv`, :func:`read_text`,
:func:`header`, :class:`DataFileError`, and the schema markers :class:`Choice`, :data:`REGEX`,
:data:`ANY`, :func:`optional`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = [
    "ANY",
    "REGEX",
    "Choice",
    "DataFileError",
    "header",
    "load_csv",
    "load_yaml",
    "optional",
    "read_text",
    "validate",
]


class DataFileError(ValueError):
    """A data file that cannot be read or does not fit its schema: file, path inside, reason."""

    def __init__(self, file: str, path: str, reason: str) -> None:
        self.file, self.path, self.reason = file, path, reason
        where = f"{file}: {path}" if path else file
        super().__init__(f"{where}: {reason}")


# --------------------------------------------------------------------------- YAML 1.2 booleans

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~20x faster

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"


class Loader(_BASE):
    """Safe YAML with the YAML 1.2 core booleans and numbers: ``on``/``no``/``y`` are words."""


Loader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] not in (_BOOL, _INT, _FLOAT)]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
Loader.add_implicit_resolver(
    _INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)


class _IntConstructor:
    """YAML 1.2 ints: decimal (leading zeros allowed, still decimal), 0o octal, 0x hex."""

    @staticmethod
    def construct(loader: Any, node: yaml.ScalarNode) -> int:
        value = str(loader.construct_scalar(node))
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value, 10)


Loader.add_constructor(_INT, _IntConstructor.construct)


def _unique_mapping(loader: Any, node: yaml.MappingNode) -> dict[Any, Any]:
    """A mapping whose keys are each written once.

    YAML keeps only the last of two equal keys, so a word list written twice under one key
    silently loses the first list (``accusing_governors`` in ``events/modality.yaml`` lost four
    verbs that way); a repeated key is an error naming its line instead.
    """
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            repeated = key in seen
        except TypeError:  # an unhashable key: the base constructor reports it
            continue
        if repeated:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping",
                node.start_mark,
                f"found the key {key!r} a second time",
                key_node.start_mark,
            )
        seen.add(key)
    loader.flatten_mapping(node)
    return dict(loader.construct_mapping(node, deep=True))


Loader.add_constructor("tag:yaml.org,2002:map", _unique_mapping)


# --------------------------------------------------------------------------- schemas


@dataclass(frozen=True)
class Choice:
    """A value that must be one of ``values`` (e.g. ``Choice("verb", "noun", "adj")``)."""

    values: tuple[Any, ...]

    def __init__(self, *values: Any) -> None:
        object.__setattr__(self, "values", values)


class _Regex:
    """A string that must compile as a Python regular expression."""

    def __repr__(self) -> str:
        return "REGEX"


class _Any:
    def __repr__(self) -> str:
        return "ANY"


#: Schema marker: a string holding a regular expression (checked by compiling it).
REGEX = _Regex()
#: Schema marker: anything (use for values another part of the code checks itself).
ANY = _Any()

_OPTIONAL = "?"


def optional(key: str) -> str:
    """Mark a mapping key as optional: ``{optional("rationale"): str}``."""
    return key + _OPTIONAL


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {value}"
    return f"{type(value).__name__} {value!r}"[:80]


def _fail(file: str, path: str, reason: str) -> DataFileError:
    return DataFileError(file, path or "(top)", reason)


def validate(value: Any, schema: Any, *, file: str = "<data>", path: str = "") -> None:
    """Check ``value`` against ``schema``; raise :class:`DataFileError` on the first misfit.

    A schema is plain Python:

    - ``str``, ``int``, ``float`` (an int is accepted), ``bool``: that type (a bool is never an
      int or a string: it is what a bare ``on``/``no`` would have become);
    - ``None``: null; ``ANY``: anything; ``REGEX``: a string that compiles;
      ``Choice(a, b, …)``: one of those values;
    - a tuple ``(s1, s2, …)``: any one of the alternatives;
    - a list ``[s]``: a list whose every item fits ``s``;
    - a dict: a mapping. String keys are required keys (``optional("k")`` or ``"k?"`` for an
      optional one); a type key (``str``, ``int``) fits every other key of that type; the key
      ``...`` fits any other key (an open mapping, for files other branches extend).
    """
    if schema is ANY:
        return
    if schema is None:
        if value is not None:
            raise _fail(file, path, f"expected null, got {_describe(value)}")
        return
    if isinstance(schema, tuple):
        errors = []
        for alternative in schema:
            try:
                validate(value, alternative, file=file, path=path)
                return
            except DataFileError as exc:
                errors.append(exc.reason)
        raise _fail(file, path, " or ".join(dict.fromkeys(errors)))
    if isinstance(schema, Choice):
        if value not in schema.values:
            allowed = ", ".join(repr(v) for v in schema.values)
            raise _fail(file, path, f"{_describe(value)} is not one of {allowed}")
        return
    if schema is REGEX:
        validate(value, str, file=file, path=path)
        try:
            re.compile(value)
        except re.error as exc:
            raise _fail(file, path, f"not a regular expression ({exc})") from None
        return
    if isinstance(schema, type):
        _check_type(value, schema, file, path)
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise _fail(file, path, f"expected a list, got {_describe(value)}")
        (item_schema,) = schema
        for i, item in enumerate(value):
            validate(item, item_schema, file=file, path=f"{path}[{i}]")
        return
    if isinstance(schema, dict):
        _check_mapping(value, schema, file, path)
        return
    raise TypeError(f"not a schema: {schema!r}")


def _check_type(value: Any, schema: type, file: str, path: str) -> None:
    ok = isinstance(value, schema) and not (isinstance(value, bool) and schema is not bool)
    if schema is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if ok:
        return
    reason = f"expected {_TYPE_NAMES.get(schema, schema.__name__)}, got {_describe(value)}"
    if isinstance(value, bool) and schema is str:
        reason += " (quote the word in the file)"
    raise _fail(file, path, reason)


def _check_mapping(value: Any, schema: dict[Any, Any], file: str, path: str) -> None:
    if not isinstance(value, dict):
        raise _fail(file, path, f"expected a mapping, got {_describe(value)}")
    named = {k.rstrip(_OPTIONAL): s for k, s in schema.items() if isinstance(k, str)}
    required = [k for k in schema if isinstance(k, str) and not k.endswith(_OPTIONAL)]
    typed = [(k, s) for k, s in schema.items() if isinstance(k, type)]
    for key in required:
        if key not in value:
            raise _fail(file, path, f"missing key {key!r}")
    for key, item in value.items():
        where = f"{path}.{key}" if path else str(key)
        if isinstance(key, str) and key in named:
            validate(item, named[key], file=file, path=where)
            continue
        fitting = [s for t, s in typed if isinstance(key, t) and not isinstance(key, bool)]
        if fitting:
            validate(item, fitting[0], file=file, path=where)
        elif ... in schema:
            validate(item, schema[...], file=file, path=where)
        else:
            allowed = ", ".join(sorted(named)) or "none"
            raise _fail(file, path, f"unknown key {key!r} (known: {allowed})")


# --------------------------------------------------------------------------- files


def _resource(name: str) -> Any:
    return resources.files("newsevents").joinpath("data", *name.split("/"))


def _label(name: str) -> str:
    return f"newsevents/data/{name}"


def read_text(name: str) -> str:
    """The text of ``newsevents/data/<name>`` (for formats this module does not parse)."""
    try:
        text: str = _resource(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(_label(name), "", f"cannot be read ({exc})") from None
    return text


def header(name: str) -> dict[str, str]:
    """The ``# key: value`` lines at the top of a data file (``source``, ``licence`` …)."""
    out: dict[str, str] = {}
    for line in read_text(name).splitlines():
        if not line.startswith("#"):
            break
        found = re.match(r"#\s*([A-Za-z_-]+):\s*(.*)$", line)
        if found:
            out.setdefault(found[1].lower(), found[2].strip())
    return out


def parse_yaml(text: str, schema: Any, *, file: str = "<string>") -> Any:
    """Parse YAML text with this module's rules and check it against ``schema``."""
    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        raise DataFileError(file, "", f"not valid YAML ({' '.join(str(exc).split())})") from None
    validate(data, schema, file=file)
    return data


def load_yaml(name: str, schema: Any) -> Any:
    """``newsevents/data/<name>`` parsed (YAML 1.2 booleans) and checked against ``schema``."""
    return parse_yaml(read_text(name), schema, file=_label(name))


def parse_csv(
    text: str, columns: Mapping[Any, Any], *, file: str = "<string>", delimiter: str = ","
) -> list[dict[str, str]]:
    """Rows of CSV text: ``#`` lines are comments, cells stripped, columns checked.

    ``columns`` maps each required column to the schema of its cells: ``str``, ``int`` or
    ``float`` (the cell must parse as one; it stays a string in the row), ``Choice``, ``REGEX``
    or a tuple of alternatives (``(int, Choice(""))`` for an optional number). A ``...`` key
    allows other columns; without it an unknown column fails.
    """
    body = [line for line in text.splitlines() if not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(body)), delimiter=delimiter)
    found = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in columns if isinstance(c, str) and c not in found]
    if missing:
        raise DataFileError(file, "header", f"missing column(s) {', '.join(missing)}")
    unknown = [c for c in found if c not in columns]
    if unknown and ... not in columns:
        raise DataFileError(file, "header", f"unknown column(s) {', '.join(unknown)}")
    rows: list[dict[str, str]] = []
    for number, row in enumerate(reader, 1):
        if None in row:
            raise DataFileError(file, f"row {number}", "more cells than columns")
        clean = {k.strip(): (v or "").strip() for k, v in row.items()}
        for column, schema in columns.items():
            if isinstance(column, str):
                _check_cell(clean[column], schema, file, f"row {number}, column {column}")
        rows.append(clean)
    return rows


def load_csv(
    name: str, columns: Mapping[Any, Any], *, delimiter: str = ","
) -> list[dict[str, str]]:
    """Rows of ``newsevents/data/<name>`` (CSV, or TSV with ``delimiter="\\t"``); see
    :func:`parse_csv` for the column schema."""
    return parse_csv(read_text(name), columns, file=_label(name), delimiter=delimiter)


def _check_cell(cell: str, schema: Any, file: str, path: str) -> None:
    alternatives: Iterable[Any] = schema if isinstance(schema, tuple) else (schema,)
    reasons = []
    for alternative in alternatives:
        if alternative in (int, float):
            try:
                alternative(cell)
                return
            except ValueError:
                reasons.append(f"expected {_TYPE_NAMES[alternative]}, got {cell!r}")
                continue
        try:
            validate(cell, alternative, file=file, path=path)
            return
        except DataFileError as exc:
            reasons.append(exc.reason)
    raise DataFileError(file, path, " or ".join(dict.fromkeys(reasons)))
