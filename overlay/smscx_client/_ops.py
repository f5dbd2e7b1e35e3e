"""How one operation is described (the table itself is ``_operations.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Param:
    """A path or query parameter: Python name, wire name, kind (``str``/``int``/``bool``) and constraints."""

    py: str
    wire: str
    kind: str
    required: bool = False
    enum: tuple[Any, ...] = ()
    min_len: int | None = None
    max_len: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class Op:
    """One operation: the generated module (``<tag>.<operationId>``), method, path, parameters, body, answer.

    ``kind``: ``json`` (``response`` model), ``strings`` (a JSON array of strings), ``csv`` / ``xlsx`` (an export,
    downloaded with ``Accept: <accept>``). ``no_content``: a 204 answer (no body) is documented.
    """

    name: str
    module: str
    method: str
    path_template: str
    path: tuple[Param, ...] = ()
    query: tuple[Param, ...] = ()
    body: str | None = None
    response: str | None = None
    kind: str = "json"
    accept: str | None = None
    no_content: bool = False
