"""An opt-in sync transport on plain sockets: HTTP/1.1 with far less per-call CPU than httpcore.

``FastHTTPTransport`` is an ``httpx.BaseTransport`` the runtime's clients take as ``transport=``. It keeps what
the default transport promises: a bounded pool with a pool timeout, keep-alive reuse, per-phase timeouts (from
``request.extensions["timeout"]``), TLS verification as httpx sets it up (``verify=``, ``cert=``, an
``SSLContext``), streamed request and response bodies, and httpx's exception classes, so the runtime's typed errors
and retries work unchanged. A request that is not idempotent is never sent twice: only an idempotent one with a
replayable body is re-sent, once, on a fresh connection when a pooled connection turns out to be closed by the
server. A proxy or HTTP/2 is not handled here: with ``proxy=`` or ``http2=True`` every request goes through an
``httpx.HTTPTransport`` built from the same arguments, and with ``trust_env`` the requests an environment proxy
(``HTTPS_PROXY``, ``ALL_PROXY``, ... less ``NO_PROXY``) applies to.
"""

from __future__ import annotations

import io
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any, cast

import httpx
from httpx._config import DEFAULT_LIMITS as HTTPX_LIMITS
from httpx._types import CertTypes, ProxyTypes
from httpx._utils import URLPattern, get_environment_proxies

CHUNK = 65536
"""Most bytes read or written at once; also the largest body read whole before the response is returned."""
_MAX_LINE = 65536
_MAX_HEADERS = 100
_IDEMPOTENT = frozenset((b"GET", b"HEAD", b"OPTIONS", b"PUT", b"DELETE", b"TRACE"))
_NO_BODY_STATUS = frozenset((204, 304))
_DEFAULT_PORTS = {b"http": 80, b"https": 443}

Origin = tuple[bytes, bytes, int]


class _Connection:
    """One socket to one origin, with a buffered reader; used by one request at a time."""

    __slots__ = ("fresh", "idle_since", "origin", "reader", "sock")

    def __init__(self, origin: Origin, sock: socket.socket) -> None:
        self.origin = origin
        self.sock = sock
        self.reader = cast(io.BufferedReader, sock.makefile("rb", buffering=CHUNK))
        self.idle_since = 0.0
        self.fresh = True
        """Not yet used for a request: a failure on it is not a stale keep-alive connection."""

    def stale(self) -> bool:
        """Closed by the server (or sent something unasked) while idle: readable before a request is written."""
        try:
            readable, _, _ = select.select((self.sock,), (), (), 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def close(self) -> None:
        try:
            self.reader.close()
        finally:
            self.sock.close()


class _Pool:
    """At most ``max_connections`` connections, idle ones kept up to ``max_keepalive`` for ``expiry`` seconds."""

    def __init__(self, limits: httpx.Limits) -> None:
        self.max_connections = limits.max_connections
        self.max_keepalive = limits.max_keepalive_connections
        self.expiry = limits.keepalive_expiry
        self.idle: dict[Origin, list[_Connection]] = {}
        self.idle_count = 0
        self.total = 0
        self.closed = False
        self.cond = threading.Condition(threading.Lock())

    def acquire(self, origin: Origin, timeout: float | None, request: httpx.Request) -> _Connection | None:
        """An idle connection to ``origin``, or None when the caller may open a new one (its slot is reserved)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        discard: list[_Connection] = []
        try:
            with self.cond:
                while True:
                    if self.closed:
                        raise httpx.PoolTimeout("The connection pool is closed", request=request)
                    idle = self.idle.get(origin)
                    now = time.monotonic()
                    while idle:
                        connection = idle.pop()
                        self.idle_count -= 1
                        if self.expiry is not None and now - connection.idle_since > self.expiry:
                            self.total -= 1
                            discard.append(connection)
                            continue
                        return connection
                    if self.max_connections is None or self.total < self.max_connections:
                        self.total += 1
                        return None
                    if self.idle_count:  # the pool is full but idle connections to other origins can go
                        self._evict_one(discard)
                        continue
                    remaining = None if deadline is None else deadline - now
                    if remaining is not None and remaining <= 0:
                        raise httpx.PoolTimeout("Timed out waiting for a connection from the pool", request=request)
                    self.cond.wait(remaining)
        finally:
            for connection in discard:
                connection.close()

    def _evict_one(self, discard: list[_Connection]) -> None:
        for connections in self.idle.values():
            if connections:
                discard.append(connections.pop(0))
                self.idle_count -= 1
                self.total -= 1
                return

    def release(self, connection: _Connection | None, reusable: bool) -> None:
        """Give back a connection (kept idle if ``reusable`` and there is room) or a reserved slot (None)."""
        keep = False
        with self.cond:
            if connection is not None and reusable and not self.closed:
                keep = self.max_keepalive is None or self.idle_count < self.max_keepalive
            if keep and connection is not None:
                connection.idle_since = time.monotonic()
                connection.fresh = False
                self.idle.setdefault(connection.origin, []).append(connection)
                self.idle_count += 1
            else:
                self.total -= 1
            self.cond.notify()
        if connection is not None and not keep:
            connection.close()

    def close(self) -> None:
        with self.cond:
            self.closed = True
            connections = [c for idle in self.idle.values() for c in idle]
            self.idle.clear()
            self.total -= self.idle_count
            self.idle_count = 0
            self.cond.notify_all()
        for connection in connections:
            connection.close()


class _Body(httpx.SyncByteStream):
    """A response body read from the connection as it is iterated; the connection goes back to the pool (or is
    closed) when the body has been read to its end or the response is closed."""

    __slots__ = ("_chunks", "_connection", "_done", "_request", "_reusable", "_transport")

    def __init__(
        self,
        transport: FastHTTPTransport,
        connection: _Connection,
        chunks: Iterator[bytes],
        reusable: bool,
        request: httpx.Request,
    ) -> None:
        self._transport = transport
        self._connection: _Connection | None = connection
        self._chunks = chunks
        self._done = False
        self._reusable = reusable
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        if self._connection is None:
            raise httpx.StreamClosed()
        try:
            yield from self._chunks
        except BaseException:
            self._finish(reusable=False)
            raise
        self._done = True
        self._finish(self._reusable)

    def _finish(self, reusable: bool) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._transport._pool.release(connection, reusable)

    def close(self) -> None:
        self._finish(self._reusable and self._done)


def _read_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout(str(exc) or "timed out", request=request)
    return httpx.ReadError(str(exc) or type(exc).__name__, request=request)


def _fixed(reader: io.BufferedReader, length: int, request: httpx.Request) -> Iterator[bytes]:
    remaining = length
    while remaining:
        try:
            data = reader.read1(min(remaining, CHUNK))
        except OSError as exc:
            raise _read_error(exc, request) from exc
        if not data:
            raise httpx.RemoteProtocolError(
                f"peer closed connection without sending complete message body: received {length - remaining} "
                f"bytes, expected {length}",
                request=request,
            )
        remaining -= len(data)
        yield data


def _until_close(reader: io.BufferedReader, request: httpx.Request) -> Iterator[bytes]:
    while True:
        try:
            data = reader.read1(CHUNK)
        except OSError as exc:
            raise _read_error(exc, request) from exc
        if not data:
            return
        yield data


def _peek(reader: io.BufferedReader, request: httpx.Request) -> bytes:
    """The bytes buffered, after one read of the socket if there were none."""
    try:
        return reader.peek(1)
    except OSError as exc:
        raise _read_error(exc, request) from exc


def _line(reader: io.BufferedReader, request: httpx.Request) -> bytes:
    try:
        line = reader.readline(_MAX_LINE + 1)
    except OSError as exc:
        raise _read_error(exc, request) from exc
    if len(line) > _MAX_LINE:
        raise httpx.RemoteProtocolError("line too long in the response", request=request)
    return line


def _chunked(reader: io.BufferedReader, request: httpx.Request) -> Iterator[bytes]:
    while True:
        line = _line(reader, request)
        if not line.endswith(b"\n"):
            raise httpx.RemoteProtocolError("peer closed connection inside a chunked body", request=request)
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise httpx.RemoteProtocolError(f"invalid chunk size {line[:40]!r}", request=request) from None
        if size < 0:
            raise httpx.RemoteProtocolError("invalid chunk size", request=request)
        if size == 0:
            while _line(reader, request).strip():  # trailers are read and dropped
                pass
            return
        yield from _fixed(reader, size, request)
        if _line(reader, request).strip():
            raise httpx.RemoteProtocolError("missing CRLF after a chunk", request=request)


def _tokens(headers: list[tuple[bytes, bytes]], name: bytes) -> list[bytes]:
    return [t.strip().lower() for k, v in headers if k.lower() == name for t in v.split(b",")]


class FastHTTPTransport(httpx.BaseTransport):
    """A sync HTTP/1.1 transport on sockets (see the module doc); the arguments are ``httpx.HTTPTransport``'s."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        trust_env: bool = True,
        http2: bool = False,
        limits: httpx.Limits = HTTPX_LIMITS,
        proxy: ProxyTypes | None = None,
    ) -> None:
        options: dict[str, Any] = {"verify": verify, "cert": cert, "trust_env": trust_env, "limits": limits}
        self._fallback: httpx.HTTPTransport | None = None
        if proxy is not None or http2:
            self._fallback = httpx.HTTPTransport(proxy=proxy, http2=http2, **options)
        self._mounts: list[tuple[URLPattern, httpx.HTTPTransport | None]] = []
        if self._fallback is None and trust_env:
            proxies = get_environment_proxies()
            if any(proxies.values()):
                self._mounts = sorted(
                    (
                        (URLPattern(pattern), None if url is None else httpx.HTTPTransport(proxy=url, **options))
                        for pattern, url in proxies.items()
                    ),
                    key=lambda mount: mount[0],
                )
        self._verify = verify
        self._cert = cert
        self._trust_env = trust_env
        self._ssl: ssl.SSLContext | None = None
        self._ssl_lock = threading.Lock()
        self._pool = _Pool(limits)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(fallback={self._fallback is not None})"

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            with self._ssl_lock:
                if self._ssl is None:
                    if isinstance(self._verify, ssl.SSLContext):
                        context = self._verify
                        if self._cert is not None:  # as httpx: a cert is loaded into the caller's context
                            context = httpx.create_ssl_context(verify=context, cert=self._cert)
                    else:
                        context = httpx.create_ssl_context(self._verify, self._cert, self._trust_env)
                        context.set_alpn_protocols(["http/1.1"])
                    self._ssl = context
        return self._ssl

    def _proxied(self, url: httpx.URL) -> httpx.HTTPTransport | None:
        if self._fallback is not None:
            return self._fallback
        for pattern, transport in self._mounts:
            if pattern.matches(url):
                return transport
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._fallback is not None or self._mounts:
            transport = self._proxied(request.url)
            if transport is not None:
                return transport.handle_request(request)
        url = request.url
        scheme = url.raw_scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme.decode()}://'.")
        origin = (scheme, url.raw_host, url.port or _DEFAULT_PORTS[scheme])
        timeouts = request.extensions.get("timeout") or {}
        head = self._head(request)
        body = request.stream
        if not isinstance(body, httpx.SyncByteStream):
            raise RuntimeError("FastHTTPTransport is sync: the request has an async body")
        replayable = isinstance(body, httpx.ByteStream)
        retry_stale = replayable and request.method.encode() in _IDEMPOTENT
        while True:
            connection = self._pool.acquire(origin, timeouts.get("pool"), request)
            if connection is not None and connection.stale():
                self._pool.release(connection, reusable=False)
                continue
            if connection is None:
                try:
                    connection = self._connect(origin, url, timeouts, request)
                except BaseException:
                    self._pool.release(None, reusable=False)
                    raise
            try:
                return self._exchange(connection, request, head, body, timeouts)
            except _StaleConnection as stale:
                self._pool.release(connection, reusable=False)
                if connection.fresh or not retry_stale:
                    raise stale.error from stale.error.__cause__
                retry_stale = False  # once only, on a new or another pooled connection
            except BaseException:
                self._pool.release(connection, reusable=False)
                raise

    def _head(self, request: httpx.Request) -> bytes:
        raw = request.headers.raw
        lines = b"".join([b"%b: %b\r\n" % header for header in raw])
        names = b"".join([name for name, _ in raw])
        if (
            lines.count(b"\n") != len(raw)
            or lines.count(b"\r") != len(raw)
            or b"\0" in lines
            or b":" in names
            or not all(names and name for name, _ in raw)
        ):
            raise httpx.LocalProtocolError("Illegal header name or value", request=request)
        return b"%b %b HTTP/1.1\r\n%b\r\n" % (request.method.encode("ascii"), request.url.raw_path, lines)

    def _connect(
        self, origin: Origin, url: httpx.URL, timeouts: dict[str, float | None], request: httpx.Request
    ) -> _Connection:
        scheme, host, port = origin
        timeout = timeouts.get("connect")
        try:
            sock = socket.create_connection((host.decode("ascii"), port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == b"https":
                server_hostname = request.extensions.get("sni_hostname") or url.host
                sock = self._ssl_context().wrap_socket(sock, server_hostname=server_hostname)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            raise httpx.ConnectError(str(exc), request=request) from exc
        return _Connection(origin, sock)

    def _exchange(
        self,
        connection: _Connection,
        request: httpx.Request,
        head: bytes,
        body: httpx.SyncByteStream,
        timeouts: dict[str, float | None],
    ) -> httpx.Response:
        sock = connection.sock
        sock.settimeout(timeouts.get("write"))
        chunked = False
        try:
            if isinstance(body, httpx.ByteStream):
                content = b"".join(body)
                if len(content) <= CHUNK:
                    sock.sendall(head + content)
                else:
                    sock.sendall(head)
                    for start in range(0, len(content), CHUNK):
                        sock.sendall(content[start : start + CHUNK])
            else:
                chunked = b"chunked" in _tokens(request.headers.raw, b"transfer-encoding")
                sock.sendall(head)
                for chunk in body:
                    if chunk:
                        sock.sendall(b"%x\r\n%b\r\n" % (len(chunk), chunk) if chunked else chunk)
                if chunked:
                    sock.sendall(b"0\r\n\r\n")
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:
            error = httpx.WriteError(str(exc) or type(exc).__name__, request=request)
            error.__cause__ = exc
            raise _StaleConnection(error) from exc
        sock.settimeout(timeouts.get("read"))
        return self._response(connection, request)

    def _response(self, connection: _Connection, request: httpx.Request) -> httpx.Response:
        reader = connection.reader
        while True:
            try:
                line = reader.readline(_MAX_LINE + 1)
            except TimeoutError as exc:
                raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
            except OSError as exc:
                error = httpx.ReadError(str(exc) or type(exc).__name__, request=request)
                error.__cause__ = exc
                raise _StaleConnection(error) from exc
            if not line:
                raise _StaleConnection(
                    httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
                )
            parts = line.split(None, 2)
            if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit() or len(parts[1]) != 3:
                raise httpx.RemoteProtocolError(f"invalid status line {line[:80]!r}", request=request)
            version, status = parts[0], int(parts[1])
            reason = parts[2].rstrip(b"\r\n") if len(parts) > 2 else b""
            headers = self._headers(reader, request)
            if not 100 <= status < 200 or status == 101:
                break
        method = request.method
        reusable = version == b"HTTP/1.1"
        connection_tokens = _tokens(headers, b"connection")
        if b"close" in connection_tokens or b"close" in _tokens(request.headers.raw, b"connection"):
            reusable = False
        elif version == b"HTTP/1.0" and b"keep-alive" in connection_tokens:
            reusable = True
        extensions = {"http_version": version, "reason_phrase": reason}
        if method == "HEAD" or status in _NO_BODY_STATUS or status < 200:
            self._pool.release(connection, reusable and status != 101)
            return httpx.Response(status, headers=headers, stream=httpx.ByteStream(b""), extensions=extensions)
        transfer = _tokens(headers, b"transfer-encoding")
        chunks: Iterator[bytes]
        if transfer and transfer[-1] == b"chunked":
            chunks = _chunked(reader, request)
        elif transfer:
            reusable = False
            chunks = _until_close(reader, request)
        else:
            lengths = {v.strip() for k, v in headers if k.lower() == b"content-length"}
            if not lengths:
                reusable = False
                chunks = _until_close(reader, request)
            else:
                if len(lengths) > 1 or not (length_text := lengths.pop()).isdigit():
                    raise httpx.RemoteProtocolError("invalid Content-Length", request=request)
                length = int(length_text)
                if length == 0 or (length <= CHUNK and len(_peek(reader, request)) >= length):
                    # all there already (one read at most): the connection goes back to the pool at once
                    content = reader.read(length)
                    self._pool.release(connection, reusable)
                    return httpx.Response(
                        status, headers=headers, stream=httpx.ByteStream(content), extensions=extensions
                    )
                chunks = _fixed(reader, length, request)
        stream = _Body(self, connection, chunks, reusable, request)
        return httpx.Response(status, headers=headers, stream=stream, extensions=extensions)

    @staticmethod
    def _headers(reader: io.BufferedReader, request: httpx.Request) -> list[tuple[bytes, bytes]]:
        headers: list[tuple[bytes, bytes]] = []
        while True:
            line = _line(reader, request)
            if line in (b"\r\n", b"\n"):
                return headers
            if not line.endswith(b"\n"):
                raise httpx.RemoteProtocolError("peer closed connection inside the response head", request=request)
            if line[0] in b" \t" and headers:  # obsolete line folding: part of the previous value
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip())
                continue
            name, sep, value = line.partition(b":")
            if not sep or not name or name != name.strip():
                raise httpx.RemoteProtocolError(f"invalid header line {line[:80]!r}", request=request)
            headers.append((name, value.strip()))
            if len(headers) > _MAX_HEADERS:
                raise httpx.RemoteProtocolError("too many headers in the response", request=request)

    def close(self) -> None:
        self._pool.close()
        if self._fallback is not None:
            self._fallback.close()
        for _, transport in self._mounts:
            if transport is not None:
                transport.close()


class _StaleConnection(Exception):
    """A failure before any byte of the answer arrived: on a pooled connection, the server may have closed it."""

    def __init__(self, error: httpx.TransportError) -> None:
        super().__init__(str(error))
        self.error = error


__all__ = ["FastHTTPTransport"]
