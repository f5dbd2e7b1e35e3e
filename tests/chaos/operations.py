"""What the fault campaign calls: per provider, its facade clients (sync and async, default settings, pointed at
that provider's sandbox) and the operations it drives through them, each with the kind of effect it has.

Effect kinds: ``read`` (no effect), ``once`` (each processed request is a new effect: a send, a create, and
Vumi Go's PUT ``send_text``), ``idempotent`` (repeating it changes nothing more: a delete, a cancel, a status
update) and ``keyed`` (a POST carrying an idempotency key). A ``setup`` runs untagged (no fault) before the call
and gives the call its own resource (the message to cancel, the group to delete), so calls never share one.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

import go_http
import message_media_messages as mm
import mxit
import pytweet
import smscx_client
from go_http.contacts import AsyncContactsApiClient, ContactsApiClient
from go_http.metrics import AsyncMetricsApiClient, MetricsApiClient
from go_http.optouts import AsyncOptOutsApiClient, OptOutsApiClient
from messagemedia_api.api.messages import cancel_scheduled_message as typed_cancel_scheduled_message
from messagemedia_api.api.messages import get_message_status as typed_get_message_status
from messagemedia_api.api.messages import send_messages as typed_send_messages
from messagemedia_api.models import (
    CancelScheduledMessageRequest,
    CancelScheduledMessageResponse,
    SendMessagesRequest,
    SendMessagesResponse,
    SentMessage,
)
from mxit_api.api.gallery import delete_gallery_folder as typed_delete_gallery_folder
from smscx_api.api.account import get_account_balance as typed_get_account_balance
from smscx_api.api.groups import delete_group as typed_delete_group
from smscx_api.models import AccountBalance, DeleteGroup
from smscx_client.api import account_api, groups_api, numbers_api, sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from switchboard_core import SwitchboardError
from vumigo_api.api.contacts import delete_contact as typed_delete_contact
from vumigo_api.api.contacts import get_contact as typed_get_contact
from vumigo_api.models import Contact

READ, ONCE, IDEMPOTENT, KEYED = "read", "once", "idempotent", "keyed"
NUMBER_AU, NUMBER_NL, NUMBER_ZA = "+61491570156", "+31612469000", "+27831234567"
MXIT_SCOPES = "status/write graph/read content/read content/write profile/private"


def environment(urls: dict[str, str]) -> dict[str, str]:
    """The environment variables pointing every facade at its sandbox, with credentials the sandboxes accept."""
    return {
        "SWITCHBOARD_MESSAGEMEDIA_BASE_URL": urls["messagemedia"],
        "MESSAGEMEDIA_API_KEY": "sandbox-key",
        "MESSAGEMEDIA_API_SECRET": "sandbox-secret",
        "SWITCHBOARD_MXIT_BASE_URL": urls["mxit"],
        "SWITCHBOARD_MXIT_AUTH_URL": urls["mxit"],
        "SWITCHBOARD_SMSCX_BASE_URL": urls["smscx"],
        "SWITCHBOARD_VUMIGO_BASE_URL": urls["vumigo"] + "/api/v1/go",
        "SWITCHBOARD_TWITTER_BASE_URL": urls["twitter"],
        "TWITTER_BEARER_TOKEN": "sandbox-bearer-token",
        "TWITTER_CONSUMER_KEY": "sandbox-consumer-key",
        "TWITTER_CONSUMER_KEY_SECRET": "sandbox-consumer-secret",
        "TWITTER_ACCESS_TOKEN": "1000000001-sandbox-access-token",
        "TWITTER_ACCESS_TOKEN_SECRET": "sandbox-access-token-secret",
    }


class Clients:
    """The facade clients of every provider: sync ones built at once, async ones by :meth:`aopen` in the loop
    that uses them. Every client has the facade's default settings (timeouts, retries, pool)."""

    def __init__(self) -> None:
        self.mm = mm.MessageMediaMessagesClient()
        self.mm_hmac = mm.MessageMediaMessagesClient(use_hmac_authentication=True)
        self.mxit = mxit.Mxit("sandbox-client-id", "sandbox-client-secret", redirect_uri="http://localhost/cb")
        self.smscx = smscx_client.ApiClient(smscx_client.Configuration(api_key="sandbox-api-key"))
        self.contacts = ContactsApiClient("sandbox-token")
        self.optouts = OptOutsApiClient("sandbox-token")
        self.metrics = MetricsApiClient("sandbox-token")
        self.sender = go_http.HttpApiSender("sandbox-account", "sandbox-conversation", "sandbox-conv-token")
        self.twitter = pytweet.Client(None)
        self.mxit_gallery = self.mxit.typed("content/write", user=True)
        self.amm: Any = None
        self.amxit: Any = None
        self.asmscx: Any = None
        self.acontacts: Any = None
        self.aoptouts: Any = None
        self.ametrics: Any = None
        self.asender: Any = None
        self.atwitter: Any = None
        self.amxit_gallery: Any = None

    def authorize(self) -> None:
        """The Mxit user token (the authorization-code flow, untagged), for the sync and async clients."""
        code = _mxit_code(self.mxit.oauth.auth_url(MXIT_SCOPES))
        self.mxit.oauth.get_user_token(MXIT_SCOPES, code)

    async def aopen(self) -> None:
        self.amm = mm.AsyncMessageMediaMessagesClient(use_hmac_authentication=True)
        self.amxit = mxit.AsyncMxit("sandbox-client-id", "sandbox-client-secret", redirect_uri="http://localhost/cb")
        self.asmscx = smscx_client.AsyncApiClient(smscx_client.Configuration(api_key="sandbox-api-key"))
        self.acontacts = AsyncContactsApiClient("sandbox-token")
        self.aoptouts = AsyncOptOutsApiClient("sandbox-token")
        self.ametrics = AsyncMetricsApiClient("sandbox-token")
        self.asender = go_http.AsyncHttpApiSender("sandbox-account", "sandbox-conversation", "sandbox-conv-token")
        self.atwitter = pytweet.AsyncClient(None)
        self.amxit_gallery = self.amxit.typed("content/write", user=True)
        code = _mxit_code(self.amxit.oauth.auth_url(MXIT_SCOPES))
        await self.amxit.oauth.get_user_token(MXIT_SCOPES, code)

    async def aclose(self) -> None:
        for client in (
            self.amm,
            self.amxit,
            self.asmscx,
            self.acontacts,
            self.aoptouts,
            self.ametrics,
            self.asender,
            self.atwitter,
            self.amxit_gallery,
        ):
            if client is not None:
                await client.__aexit__(None, None, None)

    def close(self) -> None:
        for client in (self.mm, self.mm_hmac, self.mxit, self.smscx, self.contacts, self.optouts, self.metrics):
            client.__exit__(None, None, None)
        self.sender.__exit__(None, None, None)
        self.twitter.__exit__(None, None, None)
        self.mxit_gallery.__exit__(None, None, None)


def _mxit_code(url: str) -> str:
    """What the redirect handler reads (the sandbox's /authorize approves at once)."""
    response = httpx.get(url)
    return str(httpx.URL(response.headers["location"]).params["code"])


Setup = Callable[[Clients, str], Any]
SyncCall = Callable[[Clients, Any], Any]
AsyncCall = Callable[[Clients, Any], Awaitable[Any]]


@dataclass(frozen=True)
class Op:
    """One operation as the campaign drives it: ``operation`` is the spec's operationId (what the ledger names)."""

    provider: str
    operation: str
    effect: str
    call: SyncCall
    acall: AsyncCall | None = None
    setup: Setup | None = None
    label: str = ""

    @property
    def name(self) -> str:
        return f"{self.provider}.{self.label or self.operation}"


class ErrorValue(SwitchboardError):
    """The typed client answered with its error value (``Error`` or ``None``: errors are values there); the
    campaign counts it as that call's typed failure."""


def _typed(result: object, expected: type) -> object:
    if not isinstance(result, expected):
        raise ErrorValue(f"the typed client returned {type(result).__name__}, not {expected.__name__}")
    return result


async def _atyped(result: Awaitable[object], expected: type) -> object:
    return _typed(await result, expected)


class Detailed(Protocol):
    """What every generated package's ``types.Response`` has (each package has its own class)."""

    @property
    def status_code(self) -> int: ...
    @property
    def parsed(self) -> Any: ...
    @property
    def reconciled(self) -> str | None: ...


def _detailed(response: Detailed, expected: type | None) -> object:
    """A typed ``*_detailed`` answer: a reconciled retry (``response.reconciled``: an earlier attempt took effect,
    ``parsed`` is None) is success; otherwise a 2xx whose answer is ``expected`` (any, when None)."""
    if response.reconciled:
        return None
    if not 200 <= response.status_code < 300:
        raise ErrorValue(f"the typed client answered {response.status_code}")
    return response.parsed if expected is None else _typed(response.parsed, expected)


async def _adetailed(response: Awaitable[Detailed], expected: type | None) -> object:
    return _detailed(await response, expected)


def _typed_cancel(c: Clients, message_id: str) -> object:
    body = CancelScheduledMessageRequest.from_dict({"status": "cancelled"})
    answer = typed_cancel_scheduled_message.sync_detailed(message_id, client=c.mm.typed, body=body)
    return _detailed(answer, CancelScheduledMessageResponse)


async def _atyped_cancel(c: Clients, message_id: str) -> object:
    body = CancelScheduledMessageRequest.from_dict({"status": "cancelled"})
    answer = typed_cancel_scheduled_message.asyncio_detailed(message_id, client=c.amm.typed, body=body)
    return await _adetailed(answer, CancelScheduledMessageResponse)


def _typed_delete_folder(c: Clients, name: str) -> object:
    return _detailed(typed_delete_gallery_folder.sync_detailed(name, client=c.mxit_gallery), None)


async def _atyped_delete_folder(c: Clients, name: str) -> object:
    return await _adetailed(typed_delete_gallery_folder.asyncio_detailed(name, client=c.amxit_gallery), None)


def _message(call_id: str, **fields: Any) -> dict[str, Any]:
    return {"messages": [{"content": f"chaos {call_id}", "destination_number": NUMBER_AU, **fields}]}


def _request(call_id: str) -> SendMessagesRequest:
    return SendMessagesRequest.from_dict(_message(call_id))


def _mm_sent(c: Clients, call_id: str) -> str:
    return str(c.mm.messages.create_send_messages(_message(call_id)).messages[0].message_id)


def _mm_scheduled(c: Clients, call_id: str) -> str:
    sent = c.mm.messages.create_send_messages(_message(call_id, scheduled="2099-01-01T00:00:00Z"))
    return str(sent.messages[0].message_id)


def _mxit_folder(c: Clients, call_id: str) -> str:
    name = f"chaos{call_id.replace('-', '')}"
    c.mxit.users.create_gallery_folder(name)
    return name


def _smscx_group(c: Clients, call_id: str) -> int:
    return int(groups_api.GroupsApi(c.smscx).create_group({"name": f"chaos {call_id}"}).info.id)


def _sms(call_id: str, *, keyed: bool) -> SendSmsMessageRequest:
    key = {"idempotency_id": str(uuid.uuid5(uuid.NAMESPACE_URL, call_id))} if keyed else {}
    return SendSmsMessageRequest(to=[NUMBER_NL], _from="InfoText", text=f"chaos {call_id}", **key)


def _vumi_contact(c: Clients, call_id: str) -> str:
    return str(c.contacts.create_contact({"msisdn": NUMBER_ZA, "name": f"chaos {call_id}"})["key"])


def _tweet(c: Clients, call_id: str) -> str:
    return str(c.twitter.tweet(f"chaos setup {call_id}").id)


def _fetched(tweet: pytweet.Tweet | None) -> pytweet.Tweet:
    if tweet is None:
        raise LookupError("the setup's tweet is gone")
    return tweet


async def _adelete_tweet(c: Clients, tweet_id: str) -> None:
    tweet = await c.atwitter.fetch_tweet(tweet_id)
    await tweet.delete()


async def _alike_tweet(c: Clients, tweet_id: str) -> object:
    tweet = await c.atwitter.fetch_tweet(tweet_id)
    return await tweet.like()


def _vumi_group(c: Clients, call_id: str) -> str:
    return str(c.contacts.create_group({"name": f"chaos {call_id}"})["key"])


def _address(c: Clients, call_id: str) -> str:
    """An MSISDN of this call's own (never :data:`NUMBER_ZA`, which the sends use)."""
    return "+2784" + str(int(uuid.uuid5(uuid.NAMESPACE_URL, call_id)) % 10**7).zfill(7)


def _optout(c: Clients, call_id: str) -> str:
    address = _address(c, call_id)
    c.optouts.set_optout("msisdn", address)
    return address


def _liked(c: Clients, call_id: str) -> str:
    tweet_id = _tweet(c, call_id)
    _fetched(c.twitter.fetch_tweet(tweet_id)).like()
    return tweet_id


async def _aunlike_tweet(c: Clients, tweet_id: str) -> object:
    tweet = await c.atwitter.fetch_tweet(tweet_id)
    return await tweet.unlike()


async def _aretweet(c: Clients, tweet_id: str) -> object:
    tweet = await c.atwitter.fetch_tweet(tweet_id)
    return await tweet.retweet()


def _arg(c: Clients, call_id: str) -> str:
    return call_id


OPERATIONS: tuple[Op, ...] = (
    # MessageMedia: the facade (basic and HMAC auth, sync and async) and the typed client
    Op("messagemedia", "send_messages", ONCE,
       lambda c, a: c.mm.messages.create_send_messages(_message(a)),
       lambda c, a: c.amm.messages.create_send_messages(_message(a)), _arg),
    Op("messagemedia", "get_message_status", READ,
       lambda c, a: c.mm_hmac.messages.get_message_status(a),
       lambda c, a: c.amm.messages.get_message_status(a), _mm_sent),
    Op("messagemedia", "cancel_scheduled_message", IDEMPOTENT,
       lambda c, a: c.mm.messages.update_cancel_scheduled_message(a, {"status": "cancelled"}),
       lambda c, a: c.amm.messages.update_cancel_scheduled_message(a, {"status": "cancelled"}), _mm_scheduled),
    Op("messagemedia", "check_credits_remaining", READ,
       lambda c, a: c.mm.messages.check_credits_remaining(),
       lambda c, a: c.amm.messages.check_credits_remaining()),
    Op("messagemedia", "check_delivery_reports", READ,
       lambda c, a: c.mm_hmac.delivery_reports.get_check_delivery_reports(),
       lambda c, a: c.amm.delivery_reports.get_check_delivery_reports()),
    Op("messagemedia", "get_message_status", READ,
       lambda c, a: _typed(typed_get_message_status.sync(a, client=c.mm.typed), SentMessage),
       lambda c, a: _atyped(typed_get_message_status.asyncio(a, client=c.amm.typed), SentMessage),
       _mm_sent, "typed.get_message_status"),
    Op("messagemedia", "send_messages", ONCE,
       lambda c, a: _typed(typed_send_messages.sync(client=c.mm.typed, body=_request(a)), SendMessagesResponse),
       lambda c, a: _atyped(typed_send_messages.asyncio(client=c.amm.typed, body=_request(a)), SendMessagesResponse),
       _arg, "typed.send_messages"),
    Op("messagemedia", "cancel_scheduled_message", IDEMPOTENT, _typed_cancel, _atyped_cancel, _mm_scheduled,
       "typed.cancel_scheduled_message"),
    Op("messagemedia", "check_replies", READ,
       lambda c, a: c.mm.replies.get_check_replies(),
       lambda c, a: c.amm.replies.get_check_replies()),
    Op("messagemedia", "confirm_delivery_reports_as_received", ONCE,
       lambda c, a: c.mm.delivery_reports.create_confirm_delivery_reports_as_received(
           {"delivery_report_ids": [str(uuid.uuid5(uuid.NAMESPACE_URL, a))]}),
       lambda c, a: c.amm.delivery_reports.create_confirm_delivery_reports_as_received(
           {"delivery_report_ids": [str(uuid.uuid5(uuid.NAMESPACE_URL, a))]}), _arg),
    # Mxit: app-token lookups, user-token status and gallery folders
    Op("mxit", "get_user_id", READ,
       lambda c, a: c.mxit.users.get_user_id("example_mxit_id"),
       lambda c, a: c.amxit.users.get_user_id("example_mxit_id")),
    Op("mxit", "get_display_name", READ,
       lambda c, a: c.mxit.users.get_display_name("example_mxit_id"),
       lambda c, a: c.amxit.users.get_display_name("example_mxit_id")),
    Op("mxit", "set_status", IDEMPOTENT,
       lambda c, a: c.mxit.users.set_status(f"chaos {a}"),
       lambda c, a: c.amxit.users.set_status(f"chaos {a}"), _arg),
    Op("mxit", "create_gallery_folder", ONCE,
       lambda c, a: c.mxit.users.create_gallery_folder(f"chaos{a.replace('-', '')}"),
       lambda c, a: c.amxit.users.create_gallery_folder(f"chaos{a.replace('-', '')}"), _arg),
    Op("mxit", "delete_gallery_folder", IDEMPOTENT,
       lambda c, a: c.mxit.users.delete_gallery_folder(a),
       lambda c, a: c.amxit.users.delete_gallery_folder(a), _mxit_folder),
    Op("mxit", "delete_gallery_folder", IDEMPOTENT, _typed_delete_folder, _atyped_delete_folder, _mxit_folder,
       "typed.delete_gallery_folder"),
    Op("mxit", "get_status", READ,
       lambda c, a: c.mxit.users.get_status("example_mxit_id"),
       lambda c, a: c.amxit.users.get_status("example_mxit_id")),
    Op("mxit", "get_contact_list", READ,
       lambda c, a: c.mxit.users.get_contact_list("@Friends"),
       lambda c, a: c.amxit.users.get_contact_list("@Friends")),
    Op("mxit", "get_full_profile", READ,
       lambda c, a: c.mxit.users.get_full_profile(),
       lambda c, a: c.amxit.users.get_full_profile()),
    # SMS.CX
    Op("smscx", "get_account_balance", READ,
       lambda c, a: _typed(typed_get_account_balance.sync(client=c.smscx.typed), AccountBalance),
       lambda c, a: _atyped(typed_get_account_balance.asyncio(client=c.asmscx.typed), AccountBalance),
       label="typed.get_account_balance"),
    Op("smscx", "delete_group", IDEMPOTENT,
       lambda c, a: _detailed(typed_delete_group.sync_detailed(a, client=c.smscx.typed), DeleteGroup),
       lambda c, a: _adetailed(typed_delete_group.asyncio_detailed(a, client=c.asmscx.typed), DeleteGroup),
       _smscx_group, "typed.delete_group"),
    Op("smscx", "get_groups_list", READ,
       lambda c, a: groups_api.GroupsApi(c.smscx).get_groups_list(),
       lambda c, a: groups_api.AsyncGroupsApi(c.asmscx).get_groups_list()),
    Op("smscx", "add_contacts_to_group", ONCE,
       lambda c, a: groups_api.GroupsApi(c.smscx).add_contacts_to_group(a, {"phone_numbers": [NUMBER_NL]}),
       lambda c, a: groups_api.AsyncGroupsApi(c.asmscx).add_contacts_to_group(a, {"phone_numbers": [NUMBER_NL]}),
       _smscx_group),
    Op("smscx", "validate_number", READ,
       lambda c, a: numbers_api.NumbersApi(c.smscx).validate_number(NUMBER_NL),
       lambda c, a: numbers_api.AsyncNumbersApi(c.asmscx).validate_number(NUMBER_NL)),
    Op("smscx", "get_account_balance", READ,
       lambda c, a: account_api.AccountApi(c.smscx).get_account_balance(),
       lambda c, a: account_api.AsyncAccountApi(c.asmscx).get_account_balance()),
    Op("smscx", "send_sms", KEYED,
       lambda c, a: sms_api.SmsApi(c.smscx).send_sms(_sms(a, keyed=True)),
       lambda c, a: sms_api.AsyncSmsApi(c.asmscx).send_sms(_sms(a, keyed=True)), _arg, "send_sms(idempotency_id)"),
    Op("smscx", "send_sms", ONCE,
       lambda c, a: sms_api.SmsApi(c.smscx).send_sms(_sms(a, keyed=False)),
       lambda c, a: sms_api.AsyncSmsApi(c.asmscx).send_sms(_sms(a, keyed=False)), _arg),
    Op("smscx", "create_group", ONCE,
       lambda c, a: groups_api.GroupsApi(c.smscx).create_group({"name": f"chaos {a}"}),
       lambda c, a: groups_api.AsyncGroupsApi(c.asmscx).create_group({"name": f"chaos {a}"}), _arg),
    Op("smscx", "get_group_details", READ,
       lambda c, a: groups_api.GroupsApi(c.smscx).get_group_details(a),
       lambda c, a: groups_api.AsyncGroupsApi(c.asmscx).get_group_details(a), _smscx_group),
    Op("smscx", "delete_group", IDEMPOTENT,
       lambda c, a: groups_api.GroupsApi(c.smscx).delete_group(a),
       lambda c, a: groups_api.AsyncGroupsApi(c.asmscx).delete_group(a), _smscx_group),
    # Vumi Go
    Op("vumigo", "create_contact", ONCE,
       lambda c, a: c.contacts.create_contact({"msisdn": NUMBER_ZA, "name": f"chaos {a}"}),
       lambda c, a: c.acontacts.create_contact({"msisdn": NUMBER_ZA, "name": f"chaos {a}"}), _arg),
    Op("vumigo", "get_contact", READ,
       lambda c, a: c.contacts.get_contact(a),
       lambda c, a: c.acontacts.get_contact(a), _vumi_contact),
    Op("vumigo", "update_contact", IDEMPOTENT,
       lambda c, a: c.contacts.update_contact(a, {"name": "chaos updated"}),
       lambda c, a: c.acontacts.update_contact(a, {"name": "chaos updated"}), _vumi_contact),
    Op("vumigo", "delete_contact", IDEMPOTENT,
       lambda c, a: c.contacts.delete_contact(a),
       lambda c, a: c.acontacts.delete_contact(a), _vumi_contact),
    Op("vumigo", "set_optout", IDEMPOTENT,
       lambda c, a: c.optouts.set_optout("msisdn", a),
       lambda c, a: c.aoptouts.set_optout("msisdn", a), _address),
    Op("vumigo", "send_conversation_message", ONCE,
       lambda c, a: c.sender.send_text(NUMBER_ZA, f"chaos {a}"),
       lambda c, a: c.asender.send_text(NUMBER_ZA, f"chaos {a}"), _arg, "send_text"),
    Op("vumigo", "get_contact", READ,
       lambda c, a: _typed(typed_get_contact.sync(a, client=c.contacts.typed), Contact),
       lambda c, a: _atyped(typed_get_contact.asyncio(a, client=c.acontacts.typed), Contact),
       _vumi_contact, "typed.get_contact"),
    Op("vumigo", "delete_contact", IDEMPOTENT,
       lambda c, a: _detailed(typed_delete_contact.sync_detailed(a, client=c.contacts.typed), Contact),
       lambda c, a: _adetailed(typed_delete_contact.asyncio_detailed(a, client=c.acontacts.typed), Contact),
       _vumi_contact, "typed.delete_contact"),
    Op("vumigo", "create_group", ONCE,
       lambda c, a: c.contacts.create_group({"name": f"chaos {a}"}),
       lambda c, a: c.acontacts.create_group({"name": f"chaos {a}"}), _arg),
    Op("vumigo", "get_group", READ,
       lambda c, a: c.contacts.get_group(a),
       lambda c, a: c.acontacts.get_group(a), _vumi_group),
    Op("vumigo", "update_group", IDEMPOTENT,
       lambda c, a: c.contacts.update_group(a, {"name": "chaos updated"}),
       lambda c, a: c.acontacts.update_group(a, {"name": "chaos updated"}), _vumi_group),
    Op("vumigo", "delete_group", IDEMPOTENT,
       lambda c, a: c.contacts.delete_group(a),
       lambda c, a: c.acontacts.delete_group(a), _vumi_group),
    Op("vumigo", "count_optouts", READ,
       lambda c, a: c.optouts.count(),
       lambda c, a: c.aoptouts.count()),
    Op("vumigo", "get_optout", READ,
       lambda c, a: c.optouts.get_optout("msisdn", a),
       lambda c, a: c.aoptouts.get_optout("msisdn", a), _optout),
    Op("vumigo", "delete_optout", IDEMPOTENT,
       lambda c, a: c.optouts.delete_optout("msisdn", a),
       lambda c, a: c.aoptouts.delete_optout("msisdn", a), _optout),
    Op("vumigo", "fire_metrics", ONCE,
       lambda c, a: c.metrics.fire({f"chaos.{a}.sum": 1.0}),
       lambda c, a: c.ametrics.fire({f"chaos.{a}.sum": 1.0}), _arg),
    # Twitter (pytweet): bearer-token reads, OAuth 1.0a-signed writes
    Op("twitter", "get_user_by_username", READ,
       lambda c, a: c.twitter.fetch_user_by_name("@sandbox_dev"),
       lambda c, a: c.atwitter.fetch_user_by_name("@sandbox_dev")),
    Op("twitter", "get_tweet", READ,
       lambda c, a: c.twitter.fetch_tweet(a),
       lambda c, a: c.atwitter.fetch_tweet(a), _tweet),
    Op("twitter", "delete_tweet", IDEMPOTENT,
       lambda c, a: _fetched(c.twitter.fetch_tweet(a)).delete(),
       _adelete_tweet, _tweet),
    Op("twitter", "like_tweet", ONCE,
       lambda c, a: _fetched(c.twitter.fetch_tweet(a)).like(),
       _alike_tweet, _tweet),
    Op("twitter", "unlike_tweet", IDEMPOTENT,
       lambda c, a: _fetched(c.twitter.fetch_tweet(a)).unlike(),
       _aunlike_tweet, _liked),
    Op("twitter", "retweet", ONCE,
       lambda c, a: _fetched(c.twitter.fetch_tweet(a)).retweet(),
       _aretweet, _tweet),
    Op("twitter", "create_tweet", ONCE,
       lambda c, a: c.twitter.tweet(f"chaos {a}"),
       lambda c, a: c.atwitter.tweet(f"chaos {a}"), _arg),
)  # fmt: skip
"""The operations of the campaign (round-robin: every one meets faults in every run that is long enough)."""

PROVIDERS = ("messagemedia", "mxit", "smscx", "twitter", "vumigo")
