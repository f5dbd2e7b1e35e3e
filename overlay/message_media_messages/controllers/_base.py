"""The poll-and-confirm hook the two inbox controllers (delivery reports, replies) share; the generated
``poll`` methods (sync and async) drive it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .. import _polling
from ..exceptions.api_exception import InvalidInputException

if TYPE_CHECKING:
    from switchboard_core import Call, Steps

R = TypeVar("R")  # a check response
I = TypeVar("I")  # noqa: E741  # one delivery report or reply


class Inbox(Generic[R, I]):
    """How one inbox is checked, confirmed and keyed (its controller sets these)."""

    check: Callable[[object], Call[R]]
    confirm: Callable[[object, object], Call[dict[str, Any]]]
    items: Callable[[R], Sequence[I]]
    key: Callable[[I], str]
    _input_error = staticmethod(InvalidInputException.from_error)

    def _poll_steps(
        self, handler: Callable[[I], object], account_header: str | None = None, max_rounds: int | None = None
    ) -> Steps[int]:
        self.check(account_header)  # input is checked now, before anything is sent
        check, confirm = (lambda: self.check(account_header)), (lambda ids: self.confirm(ids, account_header))
        return _polling.drain(check, self.items, confirm, self.key, handler, max_rounds)
