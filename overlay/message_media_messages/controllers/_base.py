"""What the controllers share: their invoker, per-call options, and the poll-and-confirm inbox shape."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from switchboard_core import AsyncInvoker, Call, CallOptions, SyncInvoker
from switchboard_core._client import NOT_GIVEN, TimeoutLike, _NotGiven

from .. import _polling

if TYPE_CHECKING:
    from messagemedia_api.models import ConfirmationResponse

R = TypeVar("R")  # a check response
I = TypeVar("I")  # noqa: E741  # one delivery report or reply

Timeout = TimeoutLike | _NotGiven
__all__ = ["NOT_GIVEN", "AsyncController", "AsyncInbox", "Inbox", "SyncController", "Timeout"]


class SyncController:
    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker


class AsyncController:
    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker


class _InboxCalls(Generic[R, I]):
    """How one inbox (delivery reports or replies) is checked, confirmed and keyed."""

    check: Callable[[object], Call[R]]
    confirm: Callable[[object, object], Call[ConfirmationResponse]]
    items: Callable[[R], Sequence[I]]
    key: Callable[[I], str]


class Inbox(SyncController, _InboxCalls[R, I]):
    def _check(self, account_header: object, timeout: Timeout, max_retries: int | None) -> R:
        return self._invoker.run(self.check(account_header), CallOptions(timeout, max_retries))

    def _confirm(
        self, body: object, account_header: object, timeout: Timeout, max_retries: int | None
    ) -> ConfirmationResponse:
        return self._invoker.run(self.confirm(body, account_header), CallOptions(timeout, max_retries))

    def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Hand every unconfirmed item to ``handler`` and confirm those it processed without raising.

        If ``handler`` raises, what it handled before is confirmed and the exception propagates; the rest
        stay unconfirmed for the next poll. Returns how many items were handled and confirmed.
        """
        return _polling.drain(
            lambda: self.items(self._check(account_header, NOT_GIVEN, None)),
            lambda ids: self._confirm(ids, account_header, NOT_GIVEN, None),
            self.key,
            handler,
            max_rounds,
        )


class AsyncInbox(AsyncController, _InboxCalls[R, I]):
    async def _check(self, account_header: object, timeout: Timeout, max_retries: int | None) -> R:
        return await self._invoker.run(self.check(account_header), CallOptions(timeout, max_retries))

    async def _confirm(
        self, body: object, account_header: object, timeout: Timeout, max_retries: int | None
    ) -> ConfirmationResponse:
        return await self._invoker.run(self.confirm(body, account_header), CallOptions(timeout, max_retries))

    async def poll(
        self, handler: Callable[[I], object], *, account_header: str | None = None, max_rounds: int | None = None
    ) -> int:
        """Async :meth:`Inbox.poll`; ``handler`` may be a plain or an async function."""

        async def check() -> Sequence[I]:
            return self.items(await self._check(account_header, NOT_GIVEN, None))

        async def confirm(ids: list[str]) -> object:
            return await self._confirm(ids, account_header, NOT_GIVEN, None)

        return await _polling.adrain(check, confirm, self.key, handler, max_rounds)
