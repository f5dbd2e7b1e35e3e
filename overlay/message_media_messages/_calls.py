"""Each MessageMedia operation as a :class:`~switchboard_core.Call`, built from the generated modules.

Method, path, headers and parsing come from ``messagemedia_api`` (the spec); this module only feeds it
validated input. Sync and async controllers send the same ``Call`` objects. The generated modules are
imported on first use, so ``import message_media_messages`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast

import httpx

from switchboard_core import PARSE_CLIENT, Call, WireBody, lazy_module

from . import _inputs

if TYPE_CHECKING:
    from messagemedia_api import models, types
    from messagemedia_api.api.delivery_reports import check_delivery_reports, confirm_delivery_reports_as_received
    from messagemedia_api.api.messages import (
        cancel_scheduled_message,
        check_credits_remaining,
        get_message_status,
        send_messages,
    )
    from messagemedia_api.api.replies import check_replies, confirm_replies_as_received
    from messagemedia_api.models import (
        CancelScheduledMessageResponse,
        CheckDeliveryReportsResponse,
        CheckRepliesResponse,
        ConfirmationResponse,
        CreditsRemainingResponse,
        SendMessagesRequest,
        SendMessagesResponse,
        SentMessage,
    )
    from messagemedia_api.types import Unset
else:  # imported when first used: ``import message_media_messages`` does not load the generated package
    _API = "messagemedia_api.api."
    models = lazy_module("messagemedia_api.models")
    types = lazy_module("messagemedia_api.types")
    check_delivery_reports = lazy_module(_API + "delivery_reports.check_delivery_reports")
    confirm_delivery_reports_as_received = lazy_module(_API + "delivery_reports.confirm_delivery_reports_as_received")
    cancel_scheduled_message = lazy_module(_API + "messages.cancel_scheduled_message")
    check_credits_remaining = lazy_module(_API + "messages.check_credits_remaining")
    get_message_status = lazy_module(_API + "messages.get_message_status")
    send_messages = lazy_module(_API + "messages.send_messages")
    check_replies = lazy_module(_API + "replies.check_replies")
    confirm_replies_as_received = lazy_module(_API + "replies.confirm_replies_as_received")


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)


def _parser(parse: Callable[..., object], model: type[M]) -> Callable[[httpx.Response], M]:
    """The generated parser, narrowed to the success model; an undocumented 2xx is parsed the same way."""

    def parse_success(response: httpx.Response) -> M:
        result = parse(client=PARSE_CLIENT, response=response)
        if isinstance(result, model):
            return result
        return model.from_dict(response.json())

    return parse_success


def _account(value: object) -> str | Unset:
    checked = _inputs.account(value)
    return types.UNSET if checked is None else checked


def send(messages: list[dict[str, Any]], account: object = None) -> Call[SendMessagesResponse]:
    """Send one batch (already validated wire dicts, at most 100)."""
    body = cast("SendMessagesRequest", WireBody({"messages": messages}))  # the caller's dicts exactly
    kwargs = send_messages._get_kwargs(body=body, account=_account(account))
    return Call(kwargs, _parser(send_messages._parse_response, models.SendMessagesResponse))


def status(message_id: object, account: object = None) -> Call[SentMessage]:
    checked = _inputs.identifier("message_id", message_id)
    kwargs = get_message_status._get_kwargs(checked, account=_account(account))
    return Call(kwargs, _parser(get_message_status._parse_response, models.SentMessage))


def cancel(message_id: object, body: object = None, account: object = None) -> Call[CancelScheduledMessageResponse]:
    checked = _inputs.identifier("message_id", message_id)
    request = _inputs.cancel_body(body)
    kwargs = cancel_scheduled_message._get_kwargs(checked, body=request, account=_account(account))
    return Call(kwargs, _parser(cancel_scheduled_message._parse_response, models.CancelScheduledMessageResponse))


def credits(account: object = None) -> Call[CreditsRemainingResponse]:
    kwargs = check_credits_remaining._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_credits_remaining._parse_response, models.CreditsRemainingResponse))


def delivery_reports(account: object = None) -> Call[CheckDeliveryReportsResponse]:
    kwargs = check_delivery_reports._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_delivery_reports._parse_response, models.CheckDeliveryReportsResponse))


def confirm_delivery_reports(body: object, account: object = None) -> Call[ConfirmationResponse]:
    ids = _inputs.ids(body, "delivery_report_ids", models.ConfirmDeliveryReportsAsReceivedRequest)
    request = models.ConfirmDeliveryReportsAsReceivedRequest(delivery_report_ids=ids)
    kwargs = confirm_delivery_reports_as_received._get_kwargs(body=request, account=_account(account))
    return Call(kwargs, _parser(confirm_delivery_reports_as_received._parse_response, models.ConfirmationResponse))


def replies(account: object = None) -> Call[CheckRepliesResponse]:
    kwargs = check_replies._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_replies._parse_response, models.CheckRepliesResponse))


def confirm_replies(body: object, account: object = None) -> Call[ConfirmationResponse]:
    ids = _inputs.ids(body, "reply_ids", models.ConfirmRepliesAsReceivedRequest)
    request = models.ConfirmRepliesAsReceivedRequest(reply_ids=ids)
    kwargs = confirm_replies_as_received._get_kwargs(body=request, account=_account(account))
    return Call(kwargs, _parser(confirm_replies_as_received._parse_response, models.ConfirmationResponse))
