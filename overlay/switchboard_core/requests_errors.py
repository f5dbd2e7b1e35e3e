"""Errors that are also ``requests.exceptions`` classes, for facades whose legacy SDK raised those (go-http).

Users of such an SDK write ``except requests.exceptions.HTTPError``, which needs ``requests`` imported before the
error is raised. So a :class:`RequestsCompatible` error checks, when it is created, whether ``requests`` is
imported, and if so is created from a twin class that also derives from the requests class: the ``except``
clauses keep working, whether requests was imported before or after the facade, and importing the facade does not
import requests (an error created before requests was imported is not an instance of it).
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar, Self


class RequestsCompatible(Exception):
    """An error that is also the ``requests.exceptions`` class its subclass names in ``_requests_base``, once
    ``requests`` is imported: each instance is then created from a twin class deriving from both."""

    _requests_base: ClassVar[str]

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        exceptions = sys.modules.get("requests.exceptions")
        base = getattr(exceptions, cls._requests_base, None)
        if base is None:
            return super().__new__(cls, *args, **kwargs)
        return base.__new__(cls if issubclass(cls, base) else _twin(cls, base))  # type: ignore[no-any-return]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.args = args  # OSError (a requests base) leaves ``args`` as ``__new__`` had them


_TWINS: dict[tuple[type, type], type] = {}


def _twin(cls: type, base: type) -> type:
    """``cls`` deriving from ``base`` too (one class per pair, whichever thread creates it first)."""
    twin = _TWINS.get((cls, base))
    if twin is None:
        namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
        twin = _TWINS.setdefault((cls, base), type(cls.__name__, (cls, base), namespace))
    return twin


__all__ = ["RequestsCompatible"]
