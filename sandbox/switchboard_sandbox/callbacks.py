"""Callbacks the sandbox POSTs to the caller's URLs (delivery reports, replies, opt-outs, ...), as the real APIs do.

A :class:`CallbackSender` queues each callback and a background thread POSTs it as JSON, retrying a failed
attempt (no answer, or a status other than 2xx) a bounded number of times with a short doubling pause; neither
MessageMedia nor SMS.CX documents its schedule, so the sandbox's is compressed (3 attempts, 0.2 s then 0.4 s;
``SANDBOX_CALLBACK_ATTEMPTS`` / ``SANDBOX_CALLBACK_BACKOFF`` change it). Only loopback URLs (``127.0.0.1``,
``localhost``, ``[::1]``) are called: any other host is refused and logged, never contacted. A reset drops what
is still queued. ``GET /_sandbox/callbacks`` lists every callback since the last reset with its attempts.
"""

from __future__ import annotations

import http.client
import json
import os
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .provider import Result, SandboxRequest, control

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
IDLE_EXIT = 5.0
"""Seconds the worker thread waits for work before it ends (the next callback starts another)."""
Signer = Callable[[str, str, bytes], Mapping[str, str]]
"""``signer(request_line, date, body)`` → extra headers (a signature) for one attempt."""


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class Callback:
    """One callback: where it goes, what it carries, and what happened to it."""

    kind: str
    url: str
    payload: Any
    generation: int
    state: str = "queued"
    """``queued``, ``delivered``, ``failed`` (every attempt failed) or ``refused`` (not a loopback URL)."""
    attempts: list[str] = field(default_factory=list)
    """Per attempt: the status answered, or the connection error."""

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "url": self.url, "state": self.state, "attempts": list(self.attempts),
                "payload": self.payload}  # fmt: skip


def is_loopback_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in LOOPBACK_HOSTS


class CallbackSender:
    """Queues callbacks and POSTs them from one daemon thread (started on the first callback)."""

    def __init__(
        self,
        *,
        attempts: int | None = None,
        backoff: float | None = None,
        timeout: float = 5.0,
        signer: Signer | None = None,
        date: Callable[[], str] | None = None,
    ) -> None:
        self.attempts = max(1, int(attempts or _env_number("SANDBOX_CALLBACK_ATTEMPTS", 3)))
        self.backoff = backoff if backoff is not None else _env_number("SANDBOX_CALLBACK_BACKOFF", 0.2)
        self.timeout = timeout
        self.signer = signer
        self.date = date
        """The ``Date`` header of each attempt (the sandbox clock's HTTP date); none when not given."""
        self._queue: queue.Queue[Callback] = queue.Queue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._generation = 0
        self.log: list[Callback] = []
        self._thread: threading.Thread | None = None

    def reset(self) -> None:
        """Forget the log; callbacks still queued are dropped."""
        with self._lock:
            self._generation += 1
            self.log = []

    def send(self, kind: str, url: str | None, payload: Any) -> Callback | None:
        """Queue ``payload`` for ``url`` (nothing when ``url`` is empty); a non-loopback URL is refused."""
        if not url:
            return None
        with self._lock:
            callback = Callback(kind, url, payload, self._generation)
            self.log.append(callback)
            if not is_loopback_url(url):
                callback.state = "refused"
                callback.attempts.append("refused: the sandbox only calls back loopback URLs")
                return callback
            self._pending += 1
            self._queue.put(callback)  # under the lock: an idle worker cannot end between this put and the check
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="sandbox-callbacks", daemon=True)
                self._thread.start()
        return callback

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until nothing is queued or in flight; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [c.as_json() for c in self.log]

    # -- the worker ---------------------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            try:
                callback = self._queue.get(timeout=IDLE_EXIT)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():  # send() starts a new worker when this one is gone
                        self._thread = None
                        return
                continue
            try:
                self._deliver(callback)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _current(self, callback: Callback) -> bool:
        with self._lock:
            return callback.generation == self._generation

    def _deliver(self, callback: Callback) -> None:
        body = json.dumps(callback.payload).encode()
        for attempt in range(self.attempts):
            if not self._current(callback):
                return
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            outcome = self._post(callback.url, body)
            with self._lock:
                callback.attempts.append(outcome)
                if outcome.isdigit() and 200 <= int(outcome) < 300:
                    callback.state = "delivered"
                    return
        with self._lock:
            callback.state = "failed"

    def _post(self, url: str, body: bytes) -> str:
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": "application/json", "User-Agent": "switchboard-sandbox callbacks"}
        if self.date is not None:
            headers["Date"] = self.date()
        if self.signer is not None:
            headers.update(self.signer(f"POST {target} HTTP/1.1", headers.get("Date", ""), body))
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname or "", parts.port, timeout=self.timeout)
        try:
            connection.request("POST", target, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            return str(response.status)
        except OSError as exc:
            return f"error: {type(exc).__name__}: {exc}"
        finally:
            connection.close()


class CallbackControls:
    """Mixin for a provider that sends callbacks: ``self.callbacks`` and ``GET /_sandbox/<provider>/callbacks``."""

    callbacks: CallbackSender

    @control("GET", "callbacks")
    def list_callbacks(self, request: SandboxRequest) -> Result:
        """Every callback since the last reset, with its state and attempts.

        Each entry: ``kind``, ``url``, ``state`` (``queued`` while attempts remain, then ``delivered`` or
        ``failed``; ``refused`` for a URL that is not loopback), ``attempts`` and ``payload``."""
        return 200, {"callbacks": self.callbacks.snapshot()}
