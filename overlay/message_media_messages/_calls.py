"""Each MessageMedia operation as a :class:`~switchboard_core.Call`, built from the generated modules.

Method, path, headers and parsing come from ``messagemedia_api`` (the spec); this module only feeds it
validated input. Sync and async controllers send the same ``Call`` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from messagemedia_api import Client
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
    ConfirmDeliveryReportsAsReceivedRequest,
    ConfirmRepliesAsReceivedRequest,
    CreditsRemainingResponse,
    SendMessagesRequest,
    SendMessagesResponse,
    SentMessage,
)
from messagemedia_api.types import UNSET, Unset
from switchboard_core import Call

from . import _inputs


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)

_PARSER_CLIENT = Client(base_url="")  # the generated parsers only read its raise_on_unexpected_status (False)


def _parser(parse: Callable[..., object], model: type[M]) -> Callable[[httpx.Response], M]:
    """The generated parser, narrowed to the success model; an undocumented 2xx is parsed the same way."""

    def parse_success(response: httpx.Response) -> M:
        result = parse(client=_PARSER_CLIENT, response=response)
        if isinstance(result, model):
            return result
        return model.from_dict(response.json())

    return parse_success


def _account(value: object) -> str | Unset:
    checked = _inputs.account(value)
    return UNSET if checked is None else checked


def send(messages: list[dict[str, Any]], account: object = None) -> Call[SendMessagesResponse]:
    """Send one batch (already validated wire dicts, at most 100)."""
    kwargs = send_messages._get_kwargs(
        body=SendMessagesRequest.from_dict({"messages": messages}), account=_account(account)
    )
    kwargs["json"] = {"messages": messages}  # the caller's dicts exactly, not a re-serialised model
    return Call(kwargs, _parser(send_messages._parse_response, SendMessagesResponse))


def status(message_id: object, account: object = None) -> Call[SentMessage]:
    checked = _inputs.identifier("message_id", message_id)
    kwargs = get_message_status._get_kwargs(checked, account=_account(account))
    return Call(kwargs, _parser(get_message_status._parse_response, SentMessage))


def cancel(message_id: object, body: object = None, account: object = None) -> Call[CancelScheduledMessageResponse]:
    checked = _inputs.identifier("message_id", message_id)
    request = _inputs.cancel_body(body)
    kwargs = cancel_scheduled_message._get_kwargs(checked, body=request, account=_account(account))
    return Call(kwargs, _parser(cancel_scheduled_message._parse_response, CancelScheduledMessageResponse))


def credits(account: object = None) -> Call[CreditsRemainingResponse]:
    kwargs = check_credits_remaining._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_credits_remaining._parse_response, CreditsRemainingResponse))


def delivery_reports(account: object = None) -> Call[CheckDeliveryReportsResponse]:
    kwargs = check_delivery_reports._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_delivery_reports._parse_response, CheckDeliveryReportsResponse))


def confirm_delivery_reports(body: object, account: object = None) -> Call[ConfirmationResponse]:
    ids = _inputs.ids(body, "delivery_report_ids", ConfirmDeliveryReportsAsReceivedRequest)
    request = ConfirmDeliveryReportsAsReceivedRequest(delivery_report_ids=ids)
    kwargs = confirm_delivery_reports_as_received._get_kwargs(body=request, account=_account(account))
    return Call(kwargs, _parser(confirm_delivery_reports_as_received._parse_response, ConfirmationResponse))


def replies(account: object = None) -> Call[CheckRepliesResponse]:
    kwargs = check_replies._get_kwargs(account=_account(account))
    return Call(kwargs, _parser(check_replies._parse_response, CheckRepliesResponse))


def confirm_replies(body: object, account: object = None) -> Call[ConfirmationResponse]:
    ids = _inputs.ids(body, "reply_ids", ConfirmRepliesAsReceivedRequest)
    request = ConfirmRepliesAsReceivedRequest(reply_ids=ids)
    kwargs = confirm_replies_as_received._get_kwargs(body=request, account=_account(account))
    return Call(kwargs, _parser(confirm_replies_as_received._parse_response, ConfirmationResponse))
