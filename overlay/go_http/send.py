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
import uuid
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from switchboard_core import DEFAULT_TIMEOUT, InvalidRequestError, TimeoutLike, base_url_from_env
from switchboard_core.auth import BasicAuth, basic_authorization

if TYPE_CHECKING:
    from vumigo_api import AuthenticatedClient

from . import _calls, _inputs
from ._base import DEFAULT_SENDER_URL, AsyncBase, Setup, SyncBase, api_url, credential, setup
from .exceptions import BadRequestException, UserOptedOutException

NOT_RESENT = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "TRACE"})
"""Methods retried on 5xx/429: PUT is left out, since this API sends messages with it."""


def text_payload(to_addr: object, content: object, session_event: object) -> dict[str, Any]:
    payload: dict[str, Any] = {"to_addr": _inputs.text("to_addr", to_addr), "content": _content(content)}
    event = _inputs.session_event(session_event)
    if event is not None:
        payload["session_event"] = event
    return payload


def voice_payload(
    to_addr: object, content: object, speech_url: object, wait_for: object, session_event: object
) -> dict[str, Any]:
    payload = text_payload(to_addr, content, session_event)
    voice: dict[str, str] = {}
    if speech_url is not None:
        voice["speech_url"] = _inputs.text("speech_url", speech_url)
    if wait_for is not None:
        voice["wait_for"] = _inputs.text("wait_for", wait_for)
    if voice:
        payload["helper_metadata"] = {"voice": voice}
    return payload


def metric_triples(metric: object, value: object, agg: object) -> list[list[Any]]:
    return [[_inputs.text("metric", metric), _inputs.number("value", value), _inputs.aggregator("agg", agg)]]


def _content(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidRequestError(f"content must be a string (or None), not {type(value).__name__}")
    return value


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


def _sender_setup(
    account_key: object,
    conversation_token: object,
    url: object,
    session: object,
    *,
    is_async: bool,
    timeout: TimeoutLike,
    max_retries: int,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> Setup:
    account = credential("account_key", account_key)
    token = credential("conversation_token", conversation_token)
    return setup(
        BasicAuth(account, token),
        basic_authorization(account, token),
        api_url(url, default_sender_url()),
        session,
        is_async=is_async,
        timeout=timeout,
        max_retries=max_retries,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
        idempotent_methods=NOT_RESENT,
    )


def default_sender_url() -> str:
    """``SWITCHBOARD_VUMIGO_SENDER_URL``, else ``<SWITCHBOARD_VUMIGO_BASE_URL or VUMIGO_API_URL>/http_api_nostream``,
    else :data:`DEFAULT_SENDER_URL`."""
    base = base_url_from_env("vumigo", "", "VUMIGO_API_URL").rstrip("/")
    default = f"{base}/http_api_nostream" if base else DEFAULT_SENDER_URL
    return base_url_from_env("vumigo", default, setting="SENDER_URL")


def _typed(url: str) -> AuthenticatedClient:
    """A generated client whose own (unused) token is empty: requests go through the facade's httpx client,
    whose auth adds the real credentials, so they never sit in the generated client's repr."""
    from vumigo_api import AuthenticatedClient

    return AuthenticatedClient(base_url=url, token="", prefix="")


class HttpApiSender(SyncBase):
    """Sends text and voice messages and fires metrics through one Vumi Go HTTP API conversation.

    ``HttpApiSender(account_key, conversation_key, conversation_token, api_url=None, session=None)``;
    ``api_url`` defaults to ``https://go.vumi.org/api/v1/go/http_api_nostream``.
    """

    def __init__(
        self,
        account_key: str,
        conversation_key: str,
        conversation_token: str,
        api_url: str | None = None,
        session: httpx.Client | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.conversation_key = credential("conversation_key", conversation_key)
        self._setup = _sender_setup(
            account_key,
            conversation_token,
            api_url,
            session,
            is_async=False,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            async_transport=None,
        )

    @cached_property
    def typed(self) -> AuthenticatedClient:
        """The generated client on this sender's HTTP stack, which carries the Basic credentials:
        ``send_conversation_message.sync_detailed(key, client=sender.typed, body=...)``."""
        return _typed(self.api_url).set_httpx_client(self._invoker.http)

    def _send(self, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._run(_calls.send_message(self.conversation_key, payload))
        except BadRequestException as exc:
            reason = opted_out_reason(exc)
            if reason is None:
                raise
            raise UserOptedOutException(payload["to_addr"], payload["content"], reason, response=exc.response) from exc

    def _fire(self, triples: list[list[Any]]) -> dict[str, Any]:
        return self._run(_calls.fire_conversation_metric(self.conversation_key, triples))

    def send_text(self, to_addr: str, content: str, session_event: str | None = None) -> dict[str, Any]:
        """Send ``content`` to ``to_addr``; ``session_event`` (``new``, ``resume``, ``close``) for session-based
        channels such as USSD. Returns the API's answer (the queued message)."""
        return self._send(text_payload(to_addr, content, session_event))

    def send_voice(
        self,
        to_addr: str,
        content: str,
        speech_url: str | None = None,
        wait_for: str | None = None,
        session_event: str | None = None,
    ) -> dict[str, Any]:
        """Send a voice message: text-to-speech of ``content``, or the file at ``speech_url``; ``wait_for`` collects
        key presses up to that character before a reply is sent."""
        return self._send(voice_payload(to_addr, content, speech_url, wait_for, session_event))

    def fire_metric(self, metric: str, value: float, agg: str = "last") -> dict[str, Any]:
        """Fire ``value`` for ``metric`` aggregated by ``agg`` (``last``, ``sum``, ``avg``, ``max`` or ``min``)."""
        return self._fire(metric_triples(metric, value, agg))


class AsyncHttpApiSender(AsyncBase):
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
        self.conversation_key = credential("conversation_key", conversation_key)
        self._setup = _sender_setup(
            account_key,
            conversation_token,
            api_url,
            session,
            is_async=True,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=None,
            async_transport=transport,
        )

    @cached_property
    def typed(self) -> AuthenticatedClient:
        """The generated client on this stack: ``await send_conversation_message.asyncio(..., client=sender.typed)``."""
        return _typed(self.api_url).set_async_httpx_client(self._invoker.http)

    async def _send(self, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            return await self._run(_calls.send_message(self.conversation_key, payload))
        except BadRequestException as exc:
            reason = opted_out_reason(exc)
            if reason is None:
                raise
            raise UserOptedOutException(payload["to_addr"], payload["content"], reason, response=exc.response) from exc

    async def send_text(self, to_addr: str, content: str, session_event: str | None = None) -> dict[str, Any]:
        return await self._send(text_payload(to_addr, content, session_event))

    async def send_voice(
        self,
        to_addr: str,
        content: str,
        speech_url: str | None = None,
        wait_for: str | None = None,
        session_event: str | None = None,
    ) -> dict[str, Any]:
        return await self._send(voice_payload(to_addr, content, speech_url, wait_for, session_event))

    async def fire_metric(self, metric: str, value: float, agg: str = "last") -> dict[str, Any]:
        triples = metric_triples(metric, value, agg)
        return await self._run(_calls.fire_conversation_metric(self.conversation_key, triples))


class LoggingSender(HttpApiSender):
    """A sender that logs what it would send and makes no HTTP requests (for development and tests).

    ``LoggingSender(logger, level=logging.INFO)``: ``logger`` is a ``logging.Logger`` or a logger name.
    ``send_text`` / ``send_voice`` return the payload plus a random ``message_id``; ``fire_metric`` returns
    ``{"success": True, "reason": "Metrics published"}``. Input is checked as :class:`HttpApiSender` does.
    """

    def __init__(self, logger: logging.Logger | str, level: int = logging.INFO) -> None:  # no HTTP set-up at all
        self._logger = logger if isinstance(logger, logging.Logger) else logging.getLogger(logger)
        self._level = level

    def __repr__(self) -> str:
        return f"LoggingSender(logger={self._logger.name!r}, level={self._level!r})"

    def _send(self, payload: dict[str, Any]) -> dict[str, Any]:
        message = {**payload, "message_id": uuid.uuid4().hex}
        self._logger.log(self._level, "Message: %r", message)
        return message

    def _fire(self, triples: list[list[Any]]) -> dict[str, Any]:
        for metric, value, agg in triples:
            self._logger.log(self._level, "Metric: %r [%s] -> %g", metric, agg, float(value))
        return {"success": True, "reason": "Metrics published"}

    def close(self) -> None:
        """Nothing to close."""


__all__ = ["AsyncHttpApiSender", "HttpApiSender", "LoggingSender"]
