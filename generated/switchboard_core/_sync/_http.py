# Derived from overlay/switchboard_core/_async/_http.py by `make generate` (unasync): edit that file, not this one.
"""The HTTP stack, in the form the sync one is derived from: sending with every failure typed (see
:mod:`switchboard_core._typed_http`), the client that retries above auth within a call's deadline
(:mod:`switchboard_core._retry_client`), the retrying transport (:mod:`switchboard_core._retry`), and a body
bounded by the deadline (:mod:`switchboard_core._deadline`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from logging import Logger
from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx._types import AuthTypes

from .._deadline import Checkable
from .._errors import DEFAULT_ERROR_MAP, ErrorMap, SwitchboardError, connection_error, invalid_request
from .._logging import logger
from .._retry import RetryPolicy, SyncSleep, _Attempts, _resign, policy_for, sleep
from .._retry_client import _Call
from .._typed_http import NO_ANSWER, UNBUILDABLE, SyncSend, encoded, lean_cookies, undecodable
from .._urls import joined_url


class SyncRawRecorder(httpx.SyncByteStream):
    """Keeps the raw bytes of an encoded body as they are read, for the error if decoding it fails."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream
        self.raw = bytearray()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self.raw += chunk
            yield chunk

    def close(self) -> None:
        self._stream.close()


def read(response: httpx.Response, errors: ErrorMap = DEFAULT_ERROR_MAP) -> None:
    """Read a streamed ``response``'s body, raising the typed error if that fails (the response is then closed)."""
    recorder = None
    if encoded(response) and isinstance(response.stream, httpx.SyncByteStream):
        recorder = response.stream = SyncRawRecorder(response.stream)
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        raise undecodable(response, bytes(recorder.raw if recorder else b""), exc, errors) from exc
    except NO_ANSWER as exc:
        response.close()
        raise connection_error(exc, response.request, errors) from exc


def send(
    send_streamed: SyncSend,
    request: httpx.Request,
    *,
    stream: bool = False,
    errors: ErrorMap = DEFAULT_ERROR_MAP,
) -> httpx.Response:
    """``send_streamed(request)`` (which sends with ``stream=True``), the body read unless ``stream``; typed errors."""
    try:
        response = send_streamed(request)
    except SwitchboardError:
        raise
    except UNBUILDABLE as exc:  # a redirect to a URL httpx cannot parse
        raise invalid_request(exc, errors) from exc
    except NO_ANSWER as exc:
        raise connection_error(exc, request, errors) from exc
    if not stream:
        read(response, errors)
    return response


class TypedClient(httpx.Client):
    """An httpx client whose ``build_request`` and ``send`` raise the :class:`ErrorMap`'s classes only."""

    def __init__(self, *, error_map: ErrorMap = DEFAULT_ERROR_MAP, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error_map = error_map
        lean_cookies(self)

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        if not args and (joined := joined_url(self, kwargs.get("url"), kwargs.get("params"))) is not None:
            kwargs["url"], kwargs["params"] = joined, None  # parsed once (the generated functions' relative URLs)
        try:
            return super().build_request(*args, **kwargs)
        except UNBUILDABLE as exc:
            raise invalid_request(exc, self.error_map) from exc

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        return send(
            lambda r: super(TypedClient, self).send(r, stream=True, **kwargs),
            request,
            stream=stream,
            errors=self.error_map,
        )


class SyncDeadlineStream(httpx.SyncByteStream):
    """``stream``, checking ``deadline`` before handing out each chunk."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: Checkable, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._deadline.check(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and re-sends failed requests according to a :class:`RetryPolicy`."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: SyncSleep = sleep,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self.log = log if log is not None else logger
        """Where attempts and retries are logged (``switchboard.<provider>``; default ``switchboard``)."""
        self._sleep = sleep
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        # While logging is off, created on the first failure: the common, successful call pays nothing more.
        attempts = _Attempts(request, policy, self._clock, self.log) if self.log.isEnabledFor(logging.INFO) else None
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                attempts = attempts or _Attempts(request, policy, self._clock, self.log)
                if (delay := attempts.after_error(exc)) is None:
                    raise
            else:
                if attempts is None and not policy.is_retryable_status(response.status_code):
                    return response
                attempts = attempts or _Attempts(request, policy, self._clock, self.log)
                if (delay := attempts.after_response(response)) is None:
                    return response
                response.close()
            self._sleep(delay)
            _resign(request)
            attempts.restart()

    def close(self) -> None:
        self.transport.close()


class RetryingClient(httpx.Client):
    """An httpx client whose :meth:`send` retries per ``retry`` (a :class:`RetryPolicy`), re-running auth for each
    attempt, and ends every call within ``deadline`` seconds (None: no total deadline)."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        sleep: SyncSleep = sleep,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline
        self.log = log if log is not None else logger
        self._sleep = sleep
        self._clock = clock

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        call = _Call(request, policy_for(request, self.retry), self.deadline, self._clock, self.log)
        while True:
            call.start_attempt()
            try:
                response = super().send(request, stream=True, auth=auth, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                if (delay := call.after_error(exc)) is None:
                    raise
                call.failed(exc)
            else:
                if (delay := call.after_response(response)) is None:
                    call.answered(response, SyncDeadlineStream)
                    if not stream:
                        try:
                            response.read()
                        finally:
                            response.close()
                    return response
                call.failed(response)
                response.close()
            self._sleep(delay)
