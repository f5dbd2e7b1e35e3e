"""Serving a sandbox over HTTP on loopback: :func:`running` in a background thread, :func:`serve` until a signal."""

from __future__ import annotations

import ipaddress
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from types import FrameType

from werkzeug.serving import WSGIRequestHandler, make_server

from .engine import CONTROL_PREFIX, SandboxApp
from .registry import app

URL_PREFIX = "SANDBOX_URL="
SERVER_HEADER = "switchboard-sandbox"


class SandboxRequestHandler(WSGIRequestHandler):
    """Werkzeug's handler, with a ``Date`` header from the sandbox's clock and a fixed ``Server`` header (so a
    recorded answer does not depend on the wall clock or on the Python and Werkzeug versions)."""

    def version_string(self) -> str:
        return SERVER_HEADER

    def date_time_string(self, timestamp: float | None = None) -> str:
        application = getattr(self.server, "app", None)
        if timestamp is None and isinstance(application, SandboxApp):
            timestamp = application.clock.now().timestamp()
        return formatdate(timestamp, usegmt=True)


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
    server = make_server(check_loopback(host), port, application, threaded=True, request_handler=SandboxRequestHandler)
    thread = threading.Thread(target=server.serve_forever, name=f"sandbox-{server.port}", daemon=True)
    thread.start()
    try:
        yield _url(host, server.port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def banner(application: SandboxApp, url: str) -> str:
    """What :func:`serve` prints first: ``SANDBOX_URL=<url>`` (the line scripts read), then a block to paste into a
    shell that points the provider's Switchboard client at the sandbox with credentials it accepts."""
    provider = application.provider
    lines = [
        f"{URL_PREFIX}{url}",
        f"# {provider.title or provider.name} sandbox on {url}; paste to point switchboard-{provider.name} at it:",
        *(f"export {name}={value}" for name, value in provider.environment(url).items()),
        f"# clock: {application.clock.as_json()['now']}{' (frozen)' if application.clock.frozen else ''}; "
        f"control endpoints under {url}{CONTROL_PREFIX} (GET {url}{CONTROL_PREFIX}status); Ctrl-C stops it",
    ]
    return "\n".join(lines) + "\n"


def serve(provider: str | SandboxApp, host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until SIGTERM/SIGINT, after printing :func:`banner` (its first line ``SANDBOX_URL=<base URL>``)."""
    application = app(provider) if isinstance(provider, str) else provider
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with running(application, host, port) as url:
            sys.stdout.write(banner(application, url))
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
