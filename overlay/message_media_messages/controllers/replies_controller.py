"""``client.replies``: check for replies and confirm them (seed: RepliesController)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _calls
from ._base import NOT_GIVEN, AsyncInbox, Inbox, Timeout

if TYPE_CHECKING:
    from messagemedia_api.models import CheckRepliesResponse, ConfirmationResponse, Reply


class _Replies:
    check = staticmethod(_calls.replies)
    confirm = staticmethod(_calls.confirm_replies)

    @staticmethod
    def items(response: CheckRepliesResponse) -> list[Reply]:
        return response.replies

    @staticmethod
    def key(reply: Reply) -> str:
        return reply.reply_id


class RepliesController(_Replies, Inbox["CheckRepliesResponse", "Reply"]):
    """Replies not yet confirmed (at most 100 per check); see :meth:`poll` for the safe loop."""

    def get_check_replies(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CheckRepliesResponse:
        """Up to 100 replies that have not been confirmed yet."""
        return self._check(account_header, timeout, max_retries)

    def create_confirm_replies_as_received(
        self,
        body: object,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ConfirmationResponse:
        """Confirm up to 100 replies: ``{"reply_ids": [...]}``, the request model, or a list of ids."""
        return self._confirm(body, account_header, timeout, max_retries)

    check_replies = get_check_replies
    confirm_replies_as_received = create_confirm_replies_as_received


class AsyncRepliesController(_Replies, AsyncInbox["CheckRepliesResponse", "Reply"]):
    """Async :class:`RepliesController`."""

    async def get_check_replies(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CheckRepliesResponse:
        return await self._check(account_header, timeout, max_retries)

    async def create_confirm_replies_as_received(
        self,
        body: object,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ConfirmationResponse:
        return await self._confirm(body, account_header, timeout, max_retries)

    check_replies = get_check_replies
    confirm_replies_as_received = create_confirm_replies_as_received
