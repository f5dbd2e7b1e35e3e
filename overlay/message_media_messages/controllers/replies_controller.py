"""``client.replies``: check for replies and confirm them (seed: RepliesController). The operations and ``poll``
are generated (``messagemedia_api.legacy.replies``); this adds the legacy body shapes and the poll loop's hooks."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from messagemedia_api.legacy.replies import (
    AsyncRepliesControllerOperations,
    RepliesControllerOperations,
    check_replies_call,
    confirm_replies_as_received_call,
)

from .. import _inputs
from ._base import Inbox

if TYPE_CHECKING:
    from messagemedia_api.models import CheckRepliesResponse, Reply
    from switchboard_core import Call


def _confirm(body: object, account: object = None) -> Call[dict[str, Any]]:
    return confirm_replies_as_received_call(_inputs.ids("reply_ids", body), account)


class _Replies(Inbox["CheckRepliesResponse", "Reply"]):
    check = staticmethod(check_replies_call)
    confirm = staticmethod(_confirm)
    _confirm_replies_as_received_body = staticmethod(partial(_inputs.ids, "reply_ids"))

    @staticmethod
    def items(response: CheckRepliesResponse) -> list[Reply]:
        return response.replies

    @staticmethod
    def key(reply: Reply) -> str:
        return reply.reply_id


class RepliesController(_Replies, RepliesControllerOperations):
    """Replies not yet confirmed; see :meth:`poll` for the safe loop."""


class AsyncRepliesController(_Replies, AsyncRepliesControllerOperations):
    """Async :class:`RepliesController`."""
