"""``client.replies``: check for replies and confirm them (seed: RepliesController).
The operations are generated (``messagemedia_api.legacy.replies``); this adds the legacy body shapes
and the loss-free :meth:`poll`."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from messagemedia_api.legacy.replies import (
    AsyncRepliesControllerOperations,
    RepliesControllerOperations,
    check_replies_call,
    confirm_replies_as_received_call,
)
from switchboard_core import Call

from .. import _inputs
from ._base import AsyncInbox, Inbox

if TYPE_CHECKING:
    from messagemedia_api.models import CheckRepliesResponse, ConfirmationResponse, Reply


def _confirm(body: object, account: object = None) -> Call[ConfirmationResponse]:
    return confirm_replies_as_received_call(_inputs.ids("reply_ids", body), account)


class _Replies:
    check = staticmethod(check_replies_call)
    confirm = staticmethod(_confirm)
    _confirm_replies_as_received_body = staticmethod(partial(_inputs.ids, "reply_ids"))

    @staticmethod
    def items(response: CheckRepliesResponse) -> list[Reply]:
        return response.replies

    @staticmethod
    def key(reply: Reply) -> str:
        return reply.reply_id


class RepliesController(_Replies, RepliesControllerOperations, Inbox["CheckRepliesResponse", "Reply"]):
    """Replies not yet confirmed (at most 100 per check); see :meth:`poll` for the safe loop."""


class AsyncRepliesController(
    _Replies,
    AsyncRepliesControllerOperations,
    AsyncInbox["CheckRepliesResponse", "Reply"],
):
    """Async :class:`RepliesController`."""
