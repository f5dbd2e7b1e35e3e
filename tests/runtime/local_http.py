"""A local HTTP/1.1 server for runtime tests that need real sockets: it counts the connections it accepts and
serves a few fixed paths (``/ok``, ``/trickle``: one byte every 0.2 s, ``/unavailable``: 503 with Retry-After)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRICKLE_BYTES = 60
TRICKLE_EVERY = 0.2


class CountingServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    connections = 0
    requests = 0
    _lock = threading.Lock()

    def count(self, what: str) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + 1)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingServer

    def setup(self) -> None:
        self.server.count("connections")
        super().setup()

    def log_message(self, format: str, *args: object) -> None:
        return

    def _head(self, status: int, length: int, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(length))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def do_GET(self) -> None:
        self.server.count("requests")
        if self.path == "/trickle":
            self._head(200, TRICKLE_BYTES, Content_Type="text/plain")
            try:
                for _ in range(TRICKLE_BYTES):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(TRICKLE_EVERY)
            except OSError:  # the client gave up
                self.close_connection = True
        elif self.path == "/unavailable":
            self._head(503, 0, Retry_After="1")
        else:
            self._head(200, 2, Content_Type="text/plain")
            self.wfile.write(b"ok")


@contextmanager
def local_server() -> Iterator[CountingServer]:
    """A running :class:`CountingServer` on 127.0.0.1 (its URL: ``f"http://127.0.0.1:{server.server_port}"``)."""
    server = CountingServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
