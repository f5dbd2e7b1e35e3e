"""The poll-and-confirm loop the two inbox controllers (delivery reports, replies) share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from switchboard_core import AsyncInvoker, Call, Steps, SyncInvoker, arun, run

from .. import _polling

if TYPE_CHECKING:
    from messagemedia_api.models import ConfirmationResponse

R = TypeVar("R")  # a check response
I = TypeVar("I")  # noqa: E741  # one delivery report or reply


class _InboxCalls(Generic[R, I]):
    """How one inbox is checked, confirmed and keyed (its controller sets these)."""

    check: Callable[[object], Call[R]]
    confirm: Callable[[object, object], Call[ConfirmationResponse]]
    items: Callable[[R], Sequence[I]]
    key: Callable[[I], str]

    def _poll(self, handler: Callable[[I], object], account: str | None, max_rounds: int | None) -> Steps[int]:
        check, confirm = (lambda: self.check(account)), (lambda ids: self.confirm(ids, account))
        return _polling.drain(check, self.items, confirm, self.key, handler, max_rounds)


class Inbox(_InboxCalls[R, I]):
    _invoker: SyncInvoker

    def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Hand every unconfirmed item to ``handler`` and confirm those it processed without raising.

        If ``handler`` raises, what it handled before is confirmed and the exception propagates; the rest
        stay unconfirmed for the next poll. Returns how many items were handled and confirmed.
        """
        return run(self._poll(handler, account_header, max_rounds), self._invoker)


class AsyncInbox(_InboxCalls[R, I]):
    _invoker: AsyncInvoker

    async def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Async :meth:`Inbox.poll`; ``handler`` may be a plain or an async function."""
        return await arun(self._poll(handler, account_header, max_rounds), self._invoker)
