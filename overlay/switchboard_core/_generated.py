"""Glue between a facade and its generated modules: a checked wire body through a generated ``_get_kwargs``,
and the ``client=`` a generated ``_parse_response`` is given."""

from __future__ import annotations

from typing import Any


class WireBody:
    """Stands in for a generated request model whose wire dict the facade already built and checked.

    A generated ``_get_kwargs(body=...)`` sends ``body.to_dict()``, so the dict goes on the wire exactly as
    built (the caller's keys, no model round trip). Pass it as ``cast("TheModel", WireBody(wire))``.
    """

    __slots__ = ("_wire",)

    def __init__(self, wire: Any) -> None:
        self._wire = wire

    def to_dict(self) -> Any:
        return self._wire

    def __repr__(self) -> str:
        return f"WireBody({type(self._wire).__name__})"  # never the content: it may hold secrets


class _ParseClient:
    """Generated parsers only read ``raise_on_unexpected_status``: an undocumented status gives ``None``."""

    raise_on_unexpected_status = False


PARSE_CLIENT: Any = _ParseClient()
"""What to pass as ``client=`` to a generated ``_parse_response`` (no generated ``Client`` needs building)."""
