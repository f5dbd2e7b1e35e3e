"""``go_http.send.HttpApiSender``: send messages and fire metrics through an HTTP API conversation.

    sender = HttpApiSender(account_key, conversation_key, conversation_token)
    sender.send_text("+27831234567", "Hello!")

Auth is HTTP Basic ``account_key:conversation_token``. Sending to an address that opted out raises
:class:`~go_http.exceptions.UserOptedOutException` (the API's 400 whose ``reason`` says "opted out").
Sends are PUT requests but are never re-sent automatically (a retried send could deliver twice); only
connection failures before anything was sent are retried. Unlike go-http, a trailing ``/`` on ``api_url``
is dropped (go-http produced ``//``). :class:`LoggingSender` logs instead of sending.
"""

from __future__ import annotations

import logging
import pprint
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

import httpx

from switchboard_core import (
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncLifecycle,
    Handle,
    Steps,
    SyncLifecycle,
    TimeoutLike,
    check,
)
from switchboard_core.auth import BasicAuth
from switchboard_core.requests_transport import checked_session, with_session
from vumigo_api.legacy import schemas
from vumigo_api.legacy.conversation import (
    AsyncHttpApiSenderOperations,
    HttpApiSenderOperations,
    fire_conversation_metrics_call,
    send_conversation_message_call,
)

from ._base import GoClient, credential, default_sender_url, settings
from .exceptions import BadRequestException, UserOptedOutException

if TYPE_CHECKING:
    import requests

    from switchboard_core import SyncInvoker
    from vumigo_api import AuthenticatedClient

NOT_RESENT = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "TRACE"})
"""Methods retried on 5xx/429: PUT is left out, since this API sends messages with it."""
AGGREGATOR = schemas.FIRE_METRICS_ANSWER["items"]["properties"]["aggregator"]
"""The spec's ``Aggregator`` enum."""


def payload(
    to_addr: object, content: object, session_event: object, speech_url: object = None, wait_for: object = None
) -> dict[str, Any]:
    """The message body (``helper_metadata.voice`` for voice options), checked against the spec."""
    voice = {name: value for name, value in (("speech_url", speech_url), ("wait_for", wait_for)) if value is not None}
    body = {"to_addr": to_addr, "content": content, "session_event": session_event}
    if voice:
        body["helper_metadata"] = {"voice": voice}
    return check("body", body, schemas.SEND_MESSAGE_REQUEST)  # type: ignore[no-any-return]


def metric_triples(metric: object, value: object, agg: object) -> list[list[Any]]:
    """``[[metric, value, agg]]``: a non-empty name, a finite number and one of the spec's aggregators."""
    name = check("metric", metric, {"type": "string", "minLength": 1})
    return [[name, check("value", value, {"type": "number"}), check("agg", agg, AGGREGATOR)]]


def opted_out_reason(error: BadRequestException) -> str | None:
    """The ``reason`` if ``error`` is the API refusing an opted-out recipient: 400, a JSON object body whose
    ``reason`` (a string) contains "opted out" and whose ``success`` is false. None otherwise."""
    body = error.json()
    if error.status_code != 400 or not isinstance(body, dict):
        return None
    reason = body.get("reason")
    if not isinstance(reason, str) or "opted out" not in reason or body.get("success"):
        return None
    return reason


def sending(conversation_key: str, message: dict[str, Any]) -> Steps[dict[str, Any]]:
    """Send ``message``; an opted-out recipient raises :class:`UserOptedOutException`."""
    try:
        return (yield send_conversation_message_call(conversation_key, message))  # type: ignore[no-any-return]
    except BadRequestException as exc:
        reason = opted_out_reason(exc)
        if reason is None:
            raise
        raise UserOptedOutException(message["to_addr"], message["content"], reason, response=exc.response) from exc


class _Sender(GoClient):
    """The sender's methods, written once as steps: the generated sync and async classes drive these hooks."""

    account_key: str
    conversation_key: str
    conversation_token: str
    """go-http's attributes; the token is never in a repr, log record or error message."""

    def _setup(self, account_key: object, conversation_key: object, conversation_token: object) -> httpx.Auth:
        self.account_key = credential("account_key", account_key)
        self.conversation_key = credential("conversation_key", conversation_key)
        self.conversation_token = credential("conversation_token", conversation_token)
        return BasicAuth(self.account_key, self.conversation_token)

    def _typed_client(self) -> AuthenticatedClient:
        """A generated client whose own (unused) token is empty: requests go through the facade's httpx client,
        whose auth adds the real credentials, so they never sit in the generated client's repr."""
        from vumigo_api import AuthenticatedClient

        return AuthenticatedClient(base_url=self.api_url, token="", prefix="")

    def _deliver(self, message: dict[str, Any]) -> Steps[dict[str, Any]]:
        return sending(self.conversation_key, message)

    def _fire(self, triples: list[list[Any]]) -> Steps[dict[str, Any]]:
        return (yield fire_conversation_metrics_call(self.conversation_key, triples))  # type: ignore[no-any-return]

    def _send_text_steps(self, to_addr: object, content: object, session_event: object) -> Steps[dict[str, Any]]:
        """Send ``content`` to ``to_addr``; ``session_event`` (e.g. ``new`` or ``close``) for session-based channels
        such as USSD. Returns the API's answer (the queued message)."""
        return self._deliver(payload(to_addr, content, session_event))

    def _send_voice_steps(
        self, to_addr: object, content: object, speech_url: object, wait_for: object, session_event: object
    ) -> Steps[dict[str, Any]]:
        """A voice message: text-to-speech of ``content``, or the file at ``speech_url``; ``wait_for`` collects key
        presses up to that character before a reply is sent."""
        return self._deliver(payload(to_addr, content, session_event, speech_url, wait_for))

    def _fire_metric_steps(self, metric: object, value: object, agg: object) -> Steps[dict[str, Any]]:
        """Fire ``value`` for ``metric`` aggregated by ``agg`` (one of the spec's aggregators: ``last``, ``sum``...)."""
        return self._fire(metric_triples(metric, value, agg))


class HttpApiSender(_Sender, SyncLifecycle, HttpApiSenderOperations):
    """Sends text and voice messages and fires metrics through one Vumi Go HTTP API conversation.

    ``HttpApiSender(account_key, conversation_key, conversation_token, api_url=None, session=None)``;
    ``api_url`` defaults to :data:`~go_http.DEFAULT_SENDER_URL` (the spec's server of the conversation API).
    """

    def __init__(
        self,
        account_key: str,
        conversation_key: str,
        conversation_token: str,
        api_url: str | None = None,
        session: httpx.Client | requests.Session | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        auth = self._setup(account_key, conversation_key, conversation_token)
        options = {"timeout": timeout, "max_retries": max_retries, "headers": headers, "transport": transport}
        config = settings(auth, api_url, default_sender_url(), options, idempotent_methods=NOT_RESENT)
        super().__init__(*with_session(config, session))

    @property
    def typed(self) -> AuthenticatedClient:
        """The generated client on this sender's HTTP stack, which carries the Basic credentials:
        ``send_conversation_message.sync_detailed(key, client=sender.typed, body=...)``."""
        return cast("AuthenticatedClient", super().typed)


class AsyncHttpApiSender(_Sender, AsyncLifecycle, AsyncHttpApiSenderOperations):
    """The async twin of :class:`HttpApiSender` (``session`` is an ``httpx.AsyncClient``)."""

    def __init__(
        self,
        account_key: str,
        conversation_key: str,
        conversation_token: str,
        api_url: str | None = None,
        session: httpx.AsyncClient | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        auth = self._setup(account_key, conversation_key, conversation_token)
        options = {"timeout": timeout, "max_retries": max_retries, "headers": headers, "async_transport": transport}
        config = settings(auth, api_url, default_sender_url(), options, idempotent_methods=NOT_RESENT)
        super().__init__(config, checked_session(session, httpx.AsyncClient))

    @property
    def typed(self) -> AuthenticatedClient:
        """The generated client on this stack: ``await send_conversation_message.asyncio(..., client=sender.typed)``."""
        return cast("AuthenticatedClient", super().typed)


class LoggingSender(HttpApiSender):
    """A sender that logs what it would send and makes no HTTP requests (for development and tests).

    ``LoggingSender(logger, level=logging.INFO)``: ``logger`` is a logger name (as in go-http) or a
    ``logging.Logger``. The records are go-http's, already formatted: ``Message: 'Hi' sent to '+2783...'``
    (plus `` [session_event: close]`` and `` [voice: {...}]``) and ``Metric: 'name' [sum] -> 1.5``. ``send_text`` /
    ``send_voice`` return the payload plus a random ``message_id``; ``fire_metric`` returns ``{"success": True,
    "reason": "Metrics published"}``. Input is checked as :class:`HttpApiSender` does.
    """

    def __init__(self, logger: logging.Logger | str, level: int = logging.INFO) -> None:  # no HTTP set-up at all
        self._logger = logger if isinstance(logger, logging.Logger) else logging.getLogger(logger)
        self._level = level
        self._invoker = cast("SyncInvoker", None)  # only Handle steps run: nothing is sent

    def __repr__(self) -> str:
        return f"LoggingSender(logger={self._logger.name!r}, level={self._level!r})"

    def with_options(
        self,
        *,
        timeout: object = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: object = NOT_GIVEN,
    ) -> Self:
        """This sender itself: it sends nothing, so timeouts, retries and deadlines change nothing."""
        return self

    def _deliver(self, message: dict[str, Any]) -> Steps[dict[str, Any]]:
        return (yield Handle(self._log_message, message))  # type: ignore[no-any-return]

    def _fire(self, triples: list[list[Any]]) -> Steps[dict[str, Any]]:
        return (yield Handle(self._log_metrics, triples))  # type: ignore[no-any-return]

    def _log_message(self, message: Any) -> dict[str, Any]:
        sent = {key: value for key, value in message.items() if value is not None}
        sent["message_id"] = uuid.uuid4().hex
        text = f"Message: {sent['content']!r} sent to {sent['to_addr']!r}"
        if sent.get("session_event"):
            text += f" [session_event: {sent['session_event']}]"
        for key, value in sorted(sent.get("helper_metadata", {}).items()):
            text += f" [{key}: {pprint.pformat(value)}]"
        self._logger.log(self._level, text)
        return sent

    def _log_metrics(self, triples: Any) -> dict[str, Any]:
        for metric, value, agg in triples:
            self._logger.log(self._level, f"Metric: {metric!r} [{agg}] -> {float(value):g}")
        return {"success": True, "reason": "Metrics published"}

    def close(self) -> None:
        """Nothing to close."""


__all__ = ["AsyncHttpApiSender", "HttpApiSender", "LoggingSender"]
