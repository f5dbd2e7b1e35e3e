"""Serving a sandbox over HTTP on loopback: :func:`running` in a background thread, :func:`serve` until a signal."""

from __future__ import annotations

import ipaddress
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from werkzeug.serving import make_server

from .engine import SandboxApp
from .registry import app

URL_PREFIX = "SANDBOX_URL="


def check_loopback(host: str) -> str:
    """``host`` itself if it is a loopback address (or ``localhost``), else :class:`ValueError`."""
    if host == "localhost":
        return host
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise ValueError(f"the sandbox only listens on loopback addresses, not {host!r}")


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


@contextmanager
def running(provider: str | SandboxApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``provider`` (a name or a ready app) from a background thread; yield its base URL; stop on exit."""
    application = app(provider) if isinstance(provider, str) else provider
    server = make_server(check_loopback(host), port, application, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name=f"sandbox-{server.port}", daemon=True)
    thread.start()
    try:
        yield _url(host, server.port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def serve(provider: str, host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until SIGTERM/SIGINT, after printing exactly one ``SANDBOX_URL=http://127.0.0.1:<port>`` line."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with running(provider, host, port) as url:
            sys.stdout.write(f"{URL_PREFIX}{url}\n")
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
