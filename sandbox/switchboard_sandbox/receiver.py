"""A loopback HTTP endpoint that records the callbacks it receives: the sandbox's callbacks land here in tests.

with CallbackReceiver() as receiver:              # or the pytest fixture ``callback_receiver``
    send(..., callback_url=receiver.url_for("/mm"))
    [callback] = receiver.wait_for(1)             # the POSTs received so far, once there is at least one
    event = parse_event(callback.body, callback.headers)
    receiver.fail_next(503, times=2)              # the next two answers fail (to see the sandbox retry)
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self


@dataclass(frozen=True)
class ReceivedCallback:
    """One request the receiver got: its request line parts, headers, raw body and the status it answered."""

    method: str
    target: str
    """Path and query, as on the request line."""
    headers: dict[str, str]
    body: bytes = field(repr=False)
    status: int = 200
    http_version: str = "HTTP/1.1"

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def request_line(self) -> str:
        return f"{self.method} {self.target} {self.http_version}"

    def json(self) -> Any:
        return json.loads(self.body)


class CallbackReceiver:
    """Serves on ``127.0.0.1`` (a free port) from a background thread; answers 200 unless told to fail."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._lock = threading.Condition()
        self._received: list[ReceivedCallback] = []
        self._failures: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                receiver._record(self, body)

            do_PUT = do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="callback-receiver", daemon=True)
        self._thread.start()
        self.url = f"http://{host}:{self._server.server_address[1]}"
        """The base URL (``http://127.0.0.1:<port>``)."""

    def __repr__(self) -> str:
        return f"CallbackReceiver({self.url!r}, received={len(self._received)})"

    def url_for(self, path: str = "/") -> str:
        return self.url + (path if path.startswith("/") else "/" + path)

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        with self._lock:
            status = self._failures.pop(0) if self._failures else 200
            headers = {k: v for k, v in handler.headers.items()}
            self._received.append(
                ReceivedCallback(handler.command, handler.path, headers, body, status, handler.request_version)
            )
            self._lock.notify_all()
        payload = b'{"ok": true}' if status < 300 else b'{"ok": false}'
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    @property
    def received(self) -> list[ReceivedCallback]:
        """Every request so far, failed ones included (each with the ``status`` it was answered)."""
        with self._lock:
            return list(self._received)

    @property
    def accepted(self) -> list[ReceivedCallback]:
        """The requests answered 2xx."""
        return [r for r in self.received if r.status < 300]

    def fail_next(self, status: int = 503, times: int = 1) -> None:
        """Answer ``status`` to the next ``times`` requests."""
        with self._lock:
            self._failures.extend([status] * times)

    def wait_for(self, count: int = 1, timeout: float = 10.0, *, accepted: bool = True) -> list[ReceivedCallback]:
        """The accepted requests (every request when ``accepted=False``) once there are at least ``count``;
        :class:`TimeoutError` after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [r for r in self._received if r.status < 300 or not accepted]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(found)} of {count} callbacks arrived within {timeout:g} s")
                self._lock.wait(left)

    def clear(self) -> None:
        with self._lock:
            self._received.clear()
            self._failures.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
