"""Checking caller input against a spec's request schema before anything is sent (and answers, for facades
that return the JSON as it came: :func:`json_answer`).

The facade generator writes each request schema of a spec as a plain dict (refs resolved) into the generated
package's ``legacy.schemas``; :func:`check` enforces it on what a caller passed and returns the wire value.
It supports the JSON Schema subset the specs use: ``type``, ``enum``, ``pattern``, ``nullable``, ``anyOf`` /
``oneOf`` (the first form that fits), ``minimum`` / ``maximum``, ``minLength`` / ``maxLength``, ``minItems`` /
``maxItems``, ``items``, ``required``, ``properties``, ``additionalProperties``, ``minProperties`` /
``maxProperties``, ``format: date-time`` and the extensions ``x-key-max-length`` / ``x-key-pattern`` (OpenAPI 3.0
has no ``propertyNames``) and ``x-legacy-unchecked: [rule, ...]`` (``pattern``, ``minimum``, ``maximum``,
``minLength``, ``maxLength``, ``minItems``, ``maxItems``): a rule the API enforces that the legacy SDK left to the
server, so the facade sends the value and the server answers (drop-in; the spec and the sandbox still state and
enforce it). Numbers must be finite; a key no schema describes must hold a JSON value (string keys). Every problem
is an :class:`InvalidRequestError` naming the field (an :class:`InvalidRequestTypeError` when the value has the
wrong type).

Objects keep the caller's keys in the caller's order (minus keys whose value is ``None``: absent, unless the
property is ``nullable``); a generated model is taken as its ``to_dict()``; an aware ``datetime`` for a
``date-time`` becomes UTC ``...Z`` text, a string is kept as written.
"""

from __future__ import annotations

import importlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, Self, TypeVar

import httpx

from ._errors import InvalidRequestError, InvalidRequestTypeError
from ._inline_check import InlineCheck, inline_object_check

Schema = Mapping[str, Any]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)
T = TypeVar("T")


Where = str | tuple[Any, str, object]
"""A field's name, built lazily: ``(parent, separator, key)`` is only turned into text for an error message."""


def _label(where: Where) -> str:
    if isinstance(where, str):
        return where
    parent, separator, key = where
    if separator == "[":
        return f"{_label(parent)}[{key!r}]" if isinstance(key, str) else f"{_label(parent)}[{key}]"
    return f"{_label(parent)}{separator}{key!r}" if separator == " key " else f"{_label(parent)}{separator}{key}"


def _fail(where: Where, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{_label(where)}: {problem}")


def _wrong_type(where: Where, problem: str) -> InvalidRequestError:
    return InvalidRequestTypeError(f"{_label(where)}: {problem}")


def _rule(schema: Schema, name: str, default: Any) -> Any:
    """The schema's ``name`` rule, or ``default`` when it is absent or listed in ``x-legacy-unchecked``."""
    return default if name in schema.get("x-legacy-unchecked", ()) else schema.get(name, default)


def check(where: str, value: object, schema: Schema) -> Any:
    """``value`` checked against ``schema``, as it goes on the wire; :class:`InvalidRequestError` if it breaks it."""
    return _checker(schema)(where, value)


Checker = Callable[[Where, object], Any]
_CHECKERS: dict[int, tuple[Schema, Checker]] = {}


def _checker(schema: Schema) -> Checker:
    """``schema`` compiled once into a function (schemas are module constants of the generated package)."""
    found = _CHECKERS.get(id(schema))
    if found is not None and found[0] is schema:
        return found[1]
    checker = _compile(schema)
    _CHECKERS[id(schema)] = (schema, checker)  # the schema is kept, so its id is never reused
    return checker


def _compile(schema: Schema) -> Checker:
    checker = _compile_type(schema)
    if not schema.get("nullable"):
        return checker
    return lambda where, value: None if value is None else checker(where, value)


def _compile_type(schema: Schema) -> Checker:
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives and "type" not in schema:
        return _alternatives_checker([_compile(alternative) for alternative in alternatives])
    kind = schema.get("type")
    if kind == "string":
        return _string_checker(schema)
    if kind == "object" or "properties" in schema:
        return _object_checker(schema)
    if kind == "array":
        return _array_checker(schema)
    if kind == "boolean":

        def boolean(where: Where, value: object) -> bool:
            if not isinstance(value, bool):
                raise _wrong_type(where, "must be true or false")
            return value

        return boolean
    if kind in ("integer", "number"):
        allowed = int if kind == "integer" else int | float
        article = "an" if kind == "integer" else "a"
        least, most = _rule(schema, "minimum", None), _rule(schema, "maximum", None)

        def numeric(where: Where, value: object) -> object:
            if isinstance(value, bool) or not isinstance(value, allowed):
                raise _wrong_type(where, f"must be {article} {kind}, not {type(value).__name__}")
            if isinstance(value, float) and not math.isfinite(value):
                raise _fail(where, f"must be a finite number, not {value!r}")
            if least is not None and value < least:
                raise _fail(where, f"must be at least {least}, not {value!r}")
            if most is not None and value > most:
                raise _fail(where, f"must be at most {most}, not {value!r}")
            return value

        return numeric
    return lambda where, value: value


def _nullable(schema: Schema) -> bool:
    return bool(schema.get("nullable")) or any(_nullable(sub) for sub in schema.get("anyOf", schema.get("oneOf", ())))


def _alternatives_checker(alternatives: list[Checker]) -> Checker:
    def any_of(where: Where, value: object) -> Any:
        problems = []
        for alternative in alternatives:
            try:
                return alternative(where, value)
            except InvalidRequestError as exc:
                problems.append(str(exc))
        raise _fail(where, "matches none of its allowed forms: " + "; ".join(problems))

    return any_of


def _json(where: Where, value: object) -> Any:
    """Any JSON value (where the schema says nothing): JSON types, string keys, finite numbers."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(where, f"must be a finite number, not {value!r}")
        return value
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise _fail(where, f"keys must be strings, not {key!r}")
            _json((where, "[", key), item)
        return value
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _json((where, "[", i), item)
        return value
    raise _fail(where, f"cannot be sent as JSON: {type(value).__name__}")


def _string_checker(schema: Schema) -> Checker:
    if schema.get("format") == "date-time":
        return _timestamp
    enum = schema.get("enum")
    allowed = frozenset(enum) if enum is not None else None
    least, most = _rule(schema, "minLength", 0), _rule(schema, "maxLength", None)
    pattern = re.compile(schema["pattern"]) if _rule(schema, "pattern", None) else None

    def string(where: Where, value: object) -> str:
        if not isinstance(value, str):
            raise _wrong_type(where, f"must be a string, not {type(value).__name__}")
        if allowed is not None and value not in allowed:
            raise _fail(where, f"must be one of {', '.join(sorted(allowed))}, not {value!r}")
        if allowed is not None:
            return WireEnum(value)
        if len(value) < least:
            raise _fail(where, "must not be empty" if least == 1 else f"must be at least {least} characters")
        if most is not None and len(value) > most:
            raise _fail(where, f"must be at most {most} characters, not {len(value)}")
        if pattern is not None and not pattern.search(value):
            raise _fail(where, f"must match {pattern.pattern}")
        return value

    return string


class WireEnum(str):
    """A checked enum string as its wire text. Generated ``build_request`` functions read ``.value`` from an
    enum query parameter; this text answers with itself."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


class WireTimestamp(str):
    """A checked ``date-time`` as its wire text. Generated ``build_request`` functions call ``.isoformat()`` on
    a date-time query parameter; this text answers that with itself (``...Z`` kept, as checked)."""

    __slots__ = ()

    def isoformat(self) -> str:
        return str(self)


def _timestamp(where: Where, value: object) -> str:
    return WireTimestamp(_timestamp_text(where, value))


def _timestamp_text(where: Where, value: object) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise _fail(where, "datetime must be timezone-aware (the API expects UTC)")
        utc = value.astimezone(UTC)
        millis = f".{utc.microsecond // 1000:03d}" if utc.microsecond else ""
        return utc.strftime("%Y-%m-%dT%H:%M:%S") + millis + "Z"
    if not isinstance(value, str) or not value:
        raise _fail(where, f"must be an ISO 8601 date-time, not {type(value).__name__}")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"{value!r} is not an ISO 8601 date-time") from None
    return value


def _array_checker(schema: Schema) -> Checker:
    items: Schema = schema.get("items", {})
    item = _compile(items)
    noun = "URLs" if items.get("format") == "uri" else f"{items.get('type', 'item')}s"
    least, most = _rule(schema, "minItems", 0), _rule(schema, "maxItems", None)
    bounds = f"{least} to {most}" if most is not None else f"at least {least}"

    def array(where: Where, value: object) -> list[Any]:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise _wrong_type(where, f"must be a list of {noun}, not {type(value).__name__}")
        if len(value) < least or (most is not None and len(value) > most):
            raise _fail(where, f"must hold {bounds} items, not {len(value)}")
        return [item((where, "[", i), entry) for i, entry in enumerate(value)]

    return array


def _object_checker(schema: Schema) -> Checker:
    required = tuple(schema.get("required", ()))
    least, most = schema.get("minProperties", 0), schema.get("maxProperties")
    nullable = frozenset(name for name, sub in schema.get("properties", {}).items() if _nullable(sub))
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    extra_schema = schema.get("additionalProperties")
    extra = _compile(extra_schema) if isinstance(extra_schema, Mapping) else None
    key_limit, key_pattern = schema.get("x-key-max-length"), schema.get("x-key-pattern")
    key = None
    if key_limit is not None or key_pattern is not None:
        key = _string_checker({"minLength": 1, "maxLength": key_limit, "pattern": key_pattern})

    def obj(where: Where, value: object) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            to_dict = getattr(value, "to_dict", None)
            if to_dict is None:
                raise _wrong_type(where, f"must be a mapping, not {type(value).__name__}")
            value = to_dict()  # a generated model: already its wire form
            assert isinstance(value, Mapping)
        out = {name: item for name, item in value.items() if item is not None or name in nullable}
        for name in required:
            if name not in out:
                raise _fail((where, ".", name), "is required")
        if len(out) < least:
            raise _fail(where, f"at least {least} pairs are needed, not {len(out)}")
        if most is not None and len(out) > most:
            raise _fail(where, f"at most {most} pairs are allowed, not {len(out)}")
        for name, item in out.items():
            known = properties.get(name)
            if known is not None:
                out[name] = known((where, ".", name), item)
            elif extra is not None:
                if key is not None:
                    key((where, " key ", name), name)
                out[name] = extra((where, "[", name), item)
            elif isinstance(name, str):
                out[name] = _json((where, "[", name), item)
            else:
                raise _fail(where, f"keys must be strings, not {name!r}")
        return out

    return obj


def expect(parse: Callable[[httpx.Response], object], model: type[M]) -> Callable[[httpx.Response], M]:
    """A generated ``parse_response`` narrowed to its success model; an undocumented 2xx is parsed the same way."""

    def parse_success(response: httpx.Response) -> M:
        result = parse(response)
        if isinstance(result, model):
            return result
        return model.from_dict(response.json())

    return parse_success


def json_answer(schema: Schema | None, member: str | None = None) -> Callable[[httpx.Response], Any]:
    """A parser that returns the answer's JSON as it came (dicts and lists) after checking it against ``schema``
    (the operation's success schema), or only its ``member``. An empty body is None unless a member is wanted."""
    checker = None if schema is None else _checker(schema)

    def parse_json(response: httpx.Response) -> Any:
        if member is None and not response.content.strip():
            return None
        data = response.json()
        if checker is not None:
            checker("answer", data)
        return data if member is None else data[member]

    return parse_json


def expect_or_none(parse: Callable[[httpx.Response], object], model: type[M]) -> Callable[[httpx.Response], M | None]:
    """:func:`expect` for an operation that also documents ``204 No Content``: that answer is ``None``."""
    parse_success = expect(parse, model)

    def parse_answer(response: httpx.Response) -> M | None:
        return None if response.status_code == 204 else parse_success(response)

    return parse_answer


def require_one_of(where: str, given: Mapping[str, object], groups: Sequence[Sequence[str]]) -> None:
    """:class:`InvalidRequestError` unless every parameter of at least one of ``groups`` was given (not ``None``)."""
    if not any(all(given.get(name) is not None for name in group) for group in groups):
        options = " or ".join(" and ".join(group) for group in groups)
        raise InvalidRequestError(f"{where}: give {options}")


# --- Answers: every parsed response checked against its operation's documented schema -------------------------


class AnswerMismatch(ValueError):
    """An answer that does not match what its operation documents (content type, JSON type, required key, null).
    Parsers raise it; the typed client and the invoker turn it into the provider's parse error."""


_RELAXED: set[str] = set()


def relax_answers(package: str, relaxed: bool = True) -> None:
    """The one switch per provider (its typed package, e.g. ``"smscx_api"``, which its facade parses with):
    ``relaxed=True`` skips the schema check of its answers (for an API known to send extra or odd fields); what
    the parser cannot read still raises the parse error. ``relaxed=False`` turns the check back on (the default)."""
    if relaxed:
        _RELAXED.add(package)
    else:
        _RELAXED.discard(package)


AnswerCheck = Callable[[Where, Any], None]
_Compiled = frozenset[type] | AnswerCheck
"""A compiled answer schema: the exact JSON types a plain leaf allows (cheap to test inline), or a checker."""

_JSON_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "number": frozenset({int, float}),
    "boolean": frozenset({bool}),
    "array": frozenset({list}),
    "object": frozenset({dict}),
}
_TYPE_NAMES = {str: "a JSON string", int: "a JSON integer", float: "a JSON number", bool: "a JSON boolean"}
_TYPE_NAMES |= {list: "a JSON array", dict: "a JSON object", type(None): "null"}


def _mismatch(where: Where, problem: str) -> AnswerMismatch:
    return AnswerMismatch(f"{_label(where)}: {problem}")


def _wrong_answer_type(where: Where, value: object, allowed: frozenset[type]) -> AnswerMismatch:
    wanted = " or ".join(sorted(_TYPE_NAMES.get(kind, kind.__name__) for kind in allowed))
    return _mismatch(where, f"must be {wanted}, not {_TYPE_NAMES.get(type(value), type(value).__name__)}")


def _as_check(compiled: _Compiled) -> AnswerCheck:
    if not isinstance(compiled, frozenset):
        return compiled
    allowed = compiled

    def leaf(where: Where, value: object) -> None:
        if type(value) not in allowed:
            raise _wrong_answer_type(where, value, allowed)

    return leaf


_SHAPES = 64
"""Shapes remembered per object schema (answers of one API come in few shapes)."""


class _AnswerCompiler:
    """Compiles answer schemas of one package (``$ref`` resolved against its components, recursion allowed);
    ``inline=False`` leaves out the objects' fast path (:mod:`._inline_check`), for the tests that compare both."""

    def __init__(self, components: Mapping[str, Schema], *, inline: bool = True) -> None:
        self.components = components
        self.inline = inline
        self.refs: dict[str, AnswerCheck] = {}
        self.fast: dict[AnswerCheck, InlineCheck] = {}
        """Each object check's fast path (a nested object, or an array's items, try it before the check)."""

    def compile(self, schema: Schema) -> _Compiled:
        ref = schema.get("$ref")
        if ref is not None:
            return self._ref(ref.rsplit("/", 1)[-1])
        nullable = bool(schema.get("nullable"))
        for key in ("allOf", "anyOf", "oneOf"):
            if schema.get(key):
                parts = [_as_check(self.compile(part)) for part in schema[key]]
                if len(parts) == 1 and key != "anyOf" and key != "oneOf":
                    combined = parts[0]
                else:
                    combined = _all_of(parts) if key == "allOf" else _any_of(parts)
                return _or_null(combined) if nullable else combined
        kind = schema.get("type")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind is None:
            return lambda where, value: None  # any JSON value
        allowed = _JSON_TYPES[kind] | ({type(None)} if nullable else set())
        if kind == "object" and ("properties" in schema or "required" in schema or "additionalProperties" in schema):
            return self._object(schema, allowed)
        if kind == "array" and "items" in schema:
            return self._array(schema["items"], allowed)
        return allowed  # an enum's values are not checked: the models keep enums open (a new value parses)

    def _ref(self, name: str) -> AnswerCheck:
        found = self.refs.get(name)
        if found is not None:
            return found
        compiled: list[AnswerCheck] = []
        self.refs[name] = lambda where, value: compiled[0](where, value)  # while compiling (a recursive schema)
        compiled.append(_as_check(self.compile(self.components[name])))
        self.refs[name] = compiled[0]
        return compiled[0]

    def _array(self, items: Schema, allowed: frozenset[type]) -> AnswerCheck:
        item = self.compile(items)
        fast = None if isinstance(item, frozenset) else self.fast.get(item)

        def array(where: Where, value: object) -> None:
            if type(value) is not list:
                if type(value) in allowed:
                    return  # null, where allowed
                raise _wrong_answer_type(where, value, allowed)
            if isinstance(item, frozenset):
                for i, entry in enumerate(value):
                    if type(entry) not in item:
                        raise _wrong_answer_type((where, "[", i), entry, item)
            else:
                for i, entry in enumerate(value):
                    where_i = (where, "[", i)
                    if fast is None or not fast(where_i, entry):
                        item(where_i, entry)

        return array

    def _object(self, schema: Schema, allowed: frozenset[type]) -> AnswerCheck:
        required = frozenset(schema.get("required", ()))
        leaves: dict[str, frozenset[type]] = {}
        deep: dict[str, AnswerCheck] = {}
        for name, sub in schema.get("properties", {}).items():
            compiled = self.compile(sub)
            if isinstance(compiled, frozenset):
                leaves[name] = compiled
            else:
                deep[name] = compiled
        extra_schema = schema.get("additionalProperties", True)
        closed = extra_schema is False
        extra = _as_check(self.compile(extra_schema)) if isinstance(extra_schema, Mapping) else None

        shapes: dict[tuple[object, ...], tuple[tuple[str, str, AnswerCheck], ...]] = {}
        """Shapes (keys and their values' types) that passed the key-by-key checks, with the checks their nested
        values need: of a list of 25,000 alike objects, one is checked key by key, the others only where nested."""

        fast = {name: self.fast[check] for name, check in deep.items() if check in self.fast}
        inline = inline_object_check(required, leaves, deep, fast) if self.inline else None

        def obj(where: Where, value: object) -> None:
            if inline is not None and inline(where, value):
                return  # the usual case, tested without a loop (see ._inline_check)
            if type(value) is not dict:
                if type(value) in allowed:
                    return  # null, where allowed
                raise _wrong_answer_type(where, value, allowed)
            shape = (*value, *map(type, value.values()))
            nested = shapes.get(shape)
            if nested is None:
                nested = by_key(where, value)
                if len(shapes) < _SHAPES:
                    shapes[shape] = nested
                return
            for name, separator, check in nested:
                check((where, separator, name), value[name])

        def by_key(where: Where, value: dict[str, object]) -> tuple[tuple[str, str, AnswerCheck], ...]:
            """Check ``value`` key by key; the checks its nested values need (what a value of its shape needs)."""
            nested: list[tuple[str, str, AnswerCheck]] = []
            if required and not required <= value.keys():
                missing = ", ".join(repr(name) for name in sorted(required - value.keys()))
                plural = "s" if "," in missing else ""
                raise _mismatch(where, f"required key{plural} {missing} {'are' if plural else 'is'} missing")
            for name, item in value.items():
                leaf = leaves.get(name)
                if leaf is not None:
                    if type(item) not in leaf:
                        raise _wrong_answer_type((where, ".", name), item, leaf)
                    continue
                check = deep.get(name)
                if check is not None:
                    check((where, ".", name), item)
                    nested.append((name, ".", check))
                elif extra is not None:
                    extra((where, "[", name), item)
                    nested.append((name, "[", extra))
                elif closed:
                    raise _mismatch(where, f"undocumented key {name!r}")
            return tuple(nested)

        if inline is not None:
            self.fast[obj] = inline
        return obj


def _or_null(check: AnswerCheck) -> AnswerCheck:
    return lambda where, value: None if value is None else check(where, value)


def _all_of(parts: list[AnswerCheck]) -> AnswerCheck:
    def all_of(where: Where, value: object) -> None:
        for part in parts:
            part(where, value)

    return all_of


def _any_of(parts: list[AnswerCheck]) -> AnswerCheck:
    def any_of(where: Where, value: object) -> None:
        problems = []
        for part in parts:
            try:
                part(where, value)
                return
            except AnswerMismatch as exc:
                problems.append(str(exc))
        raise _mismatch(where, "matches none of its documented forms: " + "; ".join(problems))

    return any_of


_Documented = tuple[frozenset[str], AnswerCheck | None]
"""What one status of an operation documents: its media types, and the JSON schema's check (None: not JSON)."""


class _PackageAnswers:
    """A typed package's ``_answers`` module (what ``make generate`` wrote from the spec), compiled on demand."""

    def __init__(self, package: str) -> None:
        module = importlib.import_module(f"{package}._answers")
        self.operations: Mapping[str, Mapping[str, tuple[Sequence[str], Schema | None]]] = module.ANSWERS
        self.compiler = _AnswerCompiler(module.COMPONENTS)

    def documented(self, operation: str) -> dict[str, _Documented]:
        out: dict[str, _Documented] = {}
        for status, (media, schema) in self.operations.get(operation, {}).items():
            check = None if schema is None else _as_check(self.compiler.compile(schema))
            out[status] = (frozenset(media), check)
        return out


_PACKAGES: dict[str, _PackageAnswers] = {}


def _media_type(content_type: str) -> str:
    return content_type.partition(";")[0].strip().lower()


class Answers:
    """The documented answers of one generated operation; its ``parse_response`` reads JSON through :meth:`json`.

    Built at import with the operation module's ``__name__`` (``<package>.api.<tag>.<operation>``); the package's
    schemas are loaded and compiled on the first answer."""

    __slots__ = ("_by_status", "_documented", "operation", "package")

    def __init__(self, module: str) -> None:
        self.package = module.partition(".")[0]
        self.operation = module.rpartition(".")[2]
        self._documented: dict[str, _Documented] | None = None
        self._by_status: dict[int, _Documented | None] = {}

    def _lookup(self, status: int) -> _Documented | None:
        documented = self._documented
        if documented is None:
            package = _PACKAGES.get(self.package)
            if package is None:
                package = _PACKAGES.setdefault(self.package, _PackageAnswers(self.package))
            documented = self._documented = package.documented(self.operation)
        found = documented.get(str(status)) or documented.get(f"{status // 100}XX") or documented.get("default")
        self._by_status[status] = found
        return found

    def json(self, response: httpx.Response) -> Any:
        """The answer's JSON, checked against what the operation documents for its status (content type, then
        the schema: JSON types, required keys, nullability; not enum values, which stay open, nor formats and
        lengths); :class:`AnswerMismatch` if it breaks them."""
        status = response.status_code
        documented = self._by_status[status] if status in self._by_status else self._lookup(status)
        if documented is None or self.package in _RELAXED:
            return json.loads(response.content)
        media, check = documented
        content_type = response.headers.get("content-type")
        if content_type is not None and content_type not in media and _media_type(content_type) not in media:
            raise AnswerMismatch(f"answer: content type {content_type!r} is not the documented {' or '.join(media)}")
        try:
            data = json.loads(response.content)
        except ValueError as exc:
            raise AnswerMismatch(f"answer: not JSON ({exc})") from None
        if check is not None:
            check("answer", data)
        return data

    def check(self, response: httpx.Response) -> None:
        """:meth:`json`'s check alone, for a facade's own parser; nothing when the status documents no JSON.
        The checked JSON is what ``response.json()`` then returns (the body is decoded once)."""
        status = response.status_code
        documented = self._by_status[status] if status in self._by_status else self._lookup(status)
        if documented is not None and documented[1] is not None:
            data = self.json(response)
            response.__dict__["json"] = lambda **kwargs: data if not kwargs else json.loads(response.content, **kwargs)


_BY_MODULE: dict[str, Answers] = {}


def checked_answer(
    module: str, parse: Callable[[httpx.Response], T], *, empty: bool = False
) -> Callable[[httpx.Response], T]:
    """``parse`` (a facade's own parser for the generated operation ``module``) run after the answer passed the
    operation's documented schema (:meth:`Answers.check`), so garbage is a parse error, never a legacy result.
    ``empty=True``: an empty body goes to ``parse`` unchecked (a facade that documents it, e.g. as ``None``)."""
    answers = _BY_MODULE.get(module)
    if answers is None:
        answers = _BY_MODULE.setdefault(module, Answers(module))

    def parse_checked(response: httpx.Response) -> T:
        if not (empty and not response.content.strip()):
            answers.check(response)
        return parse(response)

    return parse_checked
