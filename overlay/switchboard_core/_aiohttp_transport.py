"""An ``httpx.AsyncBaseTransport`` on aiohttp: the async clients' default when aiohttp is installed.

httpx's own async stack (httpcore on anyio) costs about 2 ms of CPU per call at 200 concurrent calls; aiohttp's
C-accelerated HTTP/1.1 client costs a few tens of µs. httpx stays the API (auth, hooks, retries, typed errors run
unchanged above the transport); only the wire moves. Per request it honours httpx's timeout extension (``connect``,
``read``, ``write``, ``pool``), raises only httpx's exception classes (never an aiohttp one, not even as a cause or
context: their arguments can hold URLs, headers and proxy credentials), streams both ways with bounded memory,
and keeps at most ``limits.max_connections`` connections.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from yarl import URL

UPLOAD_CHUNK = 64 * 1024
"""A body larger than this is sent in chunks of this size, under the write timeout; a smaller one in one write
(it fits the socket buffer, so the write cannot stall)."""

_SKIP_AUTO_HEADERS = frozenset({"User-Agent", "Accept", "Accept-Encoding", "Content-Type"})
"""Headers aiohttp would add on its own: httpx already chose them (or chose to leave them out)."""


class _Slot:
    """One place in the pool, given back once: when the answer is closed, or when the request fails."""

    __slots__ = ("_semaphore",)

    def __init__(self, semaphore: asyncio.Semaphore | None) -> None:
        self._semaphore = semaphore

    def release(self) -> None:
        if self._semaphore is not None:
            self._semaphore.release()
            self._semaphore = None


class _ResponseStream(httpx.AsyncByteStream):
    """The answer's body as aiohttp receives it (its reader pauses the socket when its buffer is full)."""

    __slots__ = ("_read", "_request", "_response", "_slot")

    def __init__(
        self, response: aiohttp.ClientResponse, slot: _Slot, request: httpx.Request, read: float | None = None
    ) -> None:
        self._response = response
        self._slot = slot
        self._request = request
        self._read = read  # set when aiohttp's own read timeout was off (see AiohttpTransport._send)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        while True:
            try:
                if self._read is None:
                    chunk = await content.read(UPLOAD_CHUNK)
                else:
                    async with asyncio.timeout(self._read):
                        chunk = await content.read(UPLOAD_CHUNK)
            except Exception as exc:  # mapped below, outside the except block: no aiohttp exception is chained
                error = _mapped(exc, httpx.ReadError, self._request)
            except BaseException:  # cancelled: the connection (mid-answer) is dropped, its place in the pool freed
                self.close_now()
                raise
            else:
                if not chunk:
                    return
                yield chunk
                continue
            self.close_now()
            raise error

    def close_now(self) -> None:
        self._response.release()
        self._slot.release()

    async def aclose(self) -> None:
        self.close_now()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An async httpx transport sending HTTP/1.1 through one ``aiohttp.ClientSession``.

    ``verify``, ``cert``, ``trust_env`` (``SSL_CERT_FILE``/``SSL_CERT_DIR``) and ``proxy`` mean what they mean for
    ``httpx.AsyncHTTPTransport``; ``limits.max_connections`` bounds the connections (waiting for one longer than the
    ``pool`` timeout raises ``httpx.PoolTimeout``) and ``limits.keepalive_expiry`` is how long an idle one is kept.
    HTTP/2 and SOCKS proxies are not supported: :func:`switchboard_core.default_async_transport` chooses
    ``httpx.AsyncHTTPTransport`` for them. The session is opened on the first request, in its event loop, and
    closed by :meth:`aclose` (the clients' ``aclose``/``async with``).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits | None = None,
        proxy: httpx.Proxy | str | None = None,
    ) -> None:
        limits = limits if limits is not None else httpx.Limits()
        if isinstance(proxy, str):
            proxy = httpx.Proxy(proxy)
        if proxy is not None and proxy.url.scheme not in ("http", "https"):
            raise ValueError(f"aiohttp cannot use a {proxy.url.scheme} proxy; use httpx.AsyncHTTPTransport")
        self._ssl: ssl.SSLContext | bool = (
            verify if isinstance(verify, ssl.SSLContext) and cert is None else _ssl_context(verify, cert, trust_env)
        )
        self._limits = limits
        self._proxy_url = URL(str(proxy.url)) if proxy is not None else None  # httpx keeps its credentials apart
        self._proxy_headers = _proxy_headers(proxy) if proxy is not None else None
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def __repr__(self) -> str:
        return f"AiohttpTransport(limits={self._limits!r}, proxy={'set' if self._proxy_url else None})"

    def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        if self._session is not None:  # opened in another event loop, which cannot close it any more
            self._session.detach()
        limit = self._limits.max_connections
        keep = self._limits.max_keepalive_connections != 0
        connector = aiohttp.TCPConnector(
            limit=limit or 0,
            limit_per_host=0,
            ssl=self._ssl,
            force_close=not keep,
            keepalive_timeout=self._limits.keepalive_expiry if keep else None,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,  # httpx decodes Content-Encoding
            trust_env=False,  # like an httpx client given a transport: proxies come from ``proxy`` only
            timeout=aiohttp.ClientTimeout(total=None),
            requote_redirect_url=False,
        )
        # aiohttp re-sends an idempotent request by itself when a kept-alive connection drops before the answer
        # (one more copy, with the same OAuth 1.0a nonce, unseen by the retry layer, which alone decides whether
        # an attempt may have been processed and reconciles it); we keep retries in one place.
        self._session._retry_connection = False
        self._loop = loop
        self._slots = asyncio.Semaphore(limit) if limit else None
        return self._session

    def _timeout(self, phases: Any) -> aiohttp.ClientTimeout:
        key = (phases.get("connect"), phases.get("read"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = aiohttp.ClientTimeout(total=None, connect=None, sock_connect=key[0], sock_read=key[1])
            self._timeouts[key] = timeout
        return timeout

    async def _slot(self, pool: float | None) -> _Slot:
        slots = self._slots
        if slots is None:
            return _Slot(None)
        if slots.locked():
            try:
                async with asyncio.timeout(pool):
                    await slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no connection was free within the pool timeout") from None
        else:
            await slots.acquire()  # returns at once
        return _Slot(slots)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = asyncio.get_running_loop()
        session = self._session if self._loop is loop and self._session is not None else self._open(loop)
        phases = request.extensions.get("timeout", {})
        slot = await self._slot(phases.get("pool"))
        try:
            response, read_timeout = await self._send(session, request, phases)
        except BaseException:
            slot.release()
            raise
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        stream: httpx.AsyncByteStream
        if response.content.is_eof():  # the whole body came with the head: no need to hold the connection
            stream = httpx.ByteStream(response.content.read_nowait())
            response.release()
            slot.release()
        else:
            stream = _ResponseStream(response, slot, request, read_timeout)
        return httpx.Response(
            response.status, headers=response.raw_headers, stream=stream, extensions=extensions, request=request
        )

    async def _send(
        self, session: aiohttp.ClientSession, request: httpx.Request, phases: Any
    ) -> tuple[aiohttp.ClientResponse, float | None]:
        """aiohttp's answer, and the read timeout its body must be read under (None: aiohttp applies it)."""
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        stream = request.stream
        upload: _Upload | None = None
        data: Any = None
        if isinstance(stream, httpx.ByteStream):
            body = request.content
            if len(body) > UPLOAD_CHUNK:
                upload = _Upload(_chunks(body), phases)
            elif body:
                data = body
        else:
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]  # aiohttp chunks on its own
            upload = _Upload(aiter(stream), phases)  # type: ignore[arg-type]
        try:
            if upload is None:
                return await self._request(session, request, headers, data, self._timeout(phases)), None
            # aiohttp's read timeout would run while the body is still being written: ours starts once it is sent
            async with upload.deadline:
                timeout = self._timeout({"connect": phases.get("connect")})
                return await self._request(session, request, headers, upload.chunks(), timeout), phases.get("read")
        except Exception as exc:
            if upload is not None and upload.deadline.expired():
                error: Exception = (
                    httpx.ReadTimeout("no answer within the read timeout")
                    if upload.sent
                    else httpx.WriteTimeout("the request body was not sent within the write timeout")
                )
            elif isinstance(exc, httpx.HTTPError | httpx.StreamError):  # raised by the request's own body stream
                raise
            else:
                error = _mapped(exc, httpx.ConnectError if _before_sending(exc) else httpx.ReadError, request)
        raise error  # outside the except block: no aiohttp exception is chained

    async def _request(
        self,
        session: aiohttp.ClientSession,
        request: httpx.Request,
        headers: list[tuple[str, str]],
        data: Any,
        timeout: aiohttp.ClientTimeout,
    ) -> aiohttp.ClientResponse:
        return await session.request(
            request.method,
            URL(str(request.url), encoded=True),
            headers=headers,
            data=data,
            allow_redirects=False,
            timeout=timeout,
            proxy=self._proxy_url,
            proxy_headers=self._proxy_headers,
            server_hostname=request.extensions.get("sni_hostname"),
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            if self._loop is asyncio.get_running_loop():
                await session.close()
            else:
                session.detach()


def _ssl_context(verify: ssl.SSLContext | str | bool, cert: Any, trust_env: bool) -> ssl.SSLContext:
    """httpx's context for these options (its defaults: certifi's CA bundle, SSL_CERT_FILE/DIR with trust_env)."""
    import warnings

    with warnings.catch_warnings():  # httpx deprecates verify=<path> and cert=; they still mean what they meant
        warnings.simplefilter("ignore", DeprecationWarning)
        return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)


def _proxy_headers(proxy: httpx.Proxy) -> dict[str, str] | None:
    """The proxy's own headers, with ``Proxy-Authorization`` from its credentials (httpx keeps them apart)."""
    headers = dict(proxy.headers)
    if proxy.auth:
        token = base64.b64encode(f"{proxy.auth[0]}:{proxy.auth[1]}".encode()).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
    return headers or None


def _chunks(body: bytes) -> AsyncIterator[bytes]:
    async def chunks() -> AsyncIterator[bytes]:
        view = memoryview(body)
        for start in range(0, len(view), UPLOAD_CHUNK):
            yield bytes(view[start : start + UPLOAD_CHUNK])

    return chunks()


class _Upload:
    """A request body sent chunk by chunk, each within the ``write`` timeout (producing one is not counted); once
    all is sent, the same deadline becomes the ``read`` timeout for the answer's head."""

    def __init__(self, source: AsyncIterator[bytes], phases: Any) -> None:
        self.deadline = asyncio.timeout(None)
        self.sent = False
        self._source = source
        self._write: float | None = phases.get("write")
        self._read: float | None = phases.get("read")

    async def chunks(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        async for chunk in self._source:
            if self._write is not None:
                self.deadline.reschedule(loop.time() + self._write)
            yield chunk
            self.deadline.reschedule(None)
        self.sent = True
        self.deadline.reschedule(None if self._read is None else loop.time() + self._read)


def _before_sending(exc: BaseException) -> bool:
    """aiohttp failed before the request left: connecting, the TLS handshake or the proxy."""
    return isinstance(exc, aiohttp.ClientConnectorError)


def _mapped(exc: BaseException, default: type[httpx.TransportError], request: httpx.Request) -> Exception:
    """The httpx exception for an aiohttp (or socket) failure, with a message that names no URL or header."""
    error: Exception
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        error = httpx.ConnectTimeout(_reason(exc))
    elif isinstance(exc, aiohttp.ServerTimeoutError | TimeoutError):
        error = httpx.ReadTimeout("no data was received within the read timeout")
    elif isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        error = httpx.ProxyError(_reason(exc))
    elif isinstance(exc, aiohttp.ClientConnectorError):
        error = httpx.ConnectError(_reason(exc))
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        error = httpx.RemoteProtocolError(_reason(exc))
    elif isinstance(exc, aiohttp.NonHttpUrlClientError):
        error = httpx.UnsupportedProtocol("the request URL's scheme is not http or https")
    elif isinstance(exc, aiohttp.InvalidURL | ValueError):
        error = httpx.LocalProtocolError(f"the request cannot be sent: {type(exc).__name__}")
    elif isinstance(exc, aiohttp.ClientError | OSError):
        error = default(_reason(exc))
    else:
        raise exc
    if isinstance(error, httpx.RequestError):
        error.request = request
    return error


def _reason(exc: BaseException) -> str:
    """What went wrong, without aiohttp's URLs, headers or connection keys (which hold proxy credentials)."""
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return f"the proxy answered {exc.status} {exc.message}".rstrip()
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"invalid answer: {exc.message}" if exc.message else "invalid answer"
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        why = cause.strerror or type(cause).__name__ if isinstance(cause, OSError) else type(cause).__name__
        return f"cannot connect to {exc.host}:{exc.port}: {why}"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "the answer's body was cut short"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "the server closed the connection without answering"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return "no connection within the connect timeout"
    if isinstance(exc, OSError) and exc.errno is not None and exc.strerror:  # aiohttp's own (errno None) name URLs
        return f"[Errno {exc.errno}] {exc.strerror}"
    return type(exc).__name__
