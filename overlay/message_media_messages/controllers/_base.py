"""The poll-and-confirm loop the two inbox controllers (delivery reports, replies) share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from switchboard_core import AsyncInvoker, Call, SyncInvoker

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


class Inbox(_InboxCalls[R, I]):
    _invoker: SyncInvoker

    def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Hand every unconfirmed item to ``handler`` and confirm those it processed without raising.

        If ``handler`` raises, what it handled before is confirmed and the exception propagates; the rest
        stay unconfirmed for the next poll. Returns how many items were handled and confirmed.
        """
        return _polling.drain(
            lambda: self.items(self._invoker.run(self.check(account_header))),
            lambda ids: self._invoker.run(self.confirm(ids, account_header)),
            self.key,
            handler,
            max_rounds,
        )


class AsyncInbox(_InboxCalls[R, I]):
    _invoker: AsyncInvoker

    async def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Async :meth:`Inbox.poll`; ``handler`` may be a plain or an async function."""

        async def check() -> Sequence[I]:
            return self.items(await self._invoker.run(self.check(account_header)))

        async def confirm(ids: list[str]) -> object:
            return await self._invoker.run(self.confirm(ids, account_header))

        return await _polling.adrain(check, confirm, self.key, handler, max_rounds)
