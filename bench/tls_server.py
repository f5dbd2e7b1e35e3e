"""Row 6's HTTPS server: canned SMS.CX balance and Twitter user answers over TLS, keep-alive, HTTP/1.1.

Cheap on purpose, so the clients' cost dominates: one thread, ``selectors`` over non-blocking TLS sockets (the
handshake, encryption and decryption run in OpenSSL), prebuilt answers, no header parsing beyond the request line,
``Content-Length`` and the presence of an auth header (a request without one gets 401, so a client that loses its
credentials fails the row instead of passing quietly).

    python -m bench.tls_server --cert server.pem --key server.key [--cpu 0] [--max-seconds 3600]

It prints ``PORT=<n>`` once listening on 127.0.0.1, and stops on its own when its standard input closes (its
parent went away) or after ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import os
import selectors
import socket
import ssl
import sys
import time

from ._canned import BALANCE_PATH, BALANCE_RESPONSE, TWITTER_USER_PATH, TWITTER_USER_RESPONSE

HOST = "127.0.0.1"
READ_SIZE = 65536


def _answer(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


BALANCE = _answer("200 OK", BALANCE_RESPONSE)
USER = _answer("200 OK", TWITTER_USER_RESPONSE)
UNAUTHORIZED = _answer("401 Unauthorized", b'{"error": "no credentials"}')
NOT_FOUND = _answer("404 Not Found", b'{"error": "not found"}')
ROUTES = {
    BALANCE_PATH.encode(): (BALANCE, (b"\r\nx-api-key:", b"\r\nauthorization:")),
    TWITTER_USER_PATH.encode(): (USER, (b"\r\nauthorization:",)),
}


def answer(head: bytes) -> bytes:
    """The canned answer to one request head (request line and headers, without the blank line)."""
    path = head.split(b" ", 2)[1].split(b"?", 1)[0]
    route = ROUTES.get(path)
    if route is None:
        return NOT_FOUND
    canned, auth_headers = route
    lowered = head.lower()
    return canned if any(name in lowered for name in auth_headers) else UNAUTHORIZED


def body_length(head: bytes) -> int:
    """The request's ``Content-Length`` (0 when absent)."""
    lowered = head.lower()
    at = lowered.find(b"\r\ncontent-length:")
    if at < 0:
        return 0
    end = lowered.find(b"\r\n", at + 2)
    return int(lowered[at + 17 : end if end >= 0 else None])


class Connection:
    """One client connection: handshake, then requests parsed from ``inbox`` and answers queued in ``outbox``."""

    def __init__(self, tls: ssl.SSLSocket, selector: selectors.BaseSelector) -> None:
        self.tls, self.selector = tls, selector
        self.handshaken = False
        self.events = selectors.EVENT_READ
        self.inbox = b""
        self.outbox = b""

    def close(self) -> None:
        self.selector.unregister(self.tls)
        self.tls.close()

    def _watch(self, events: int) -> None:
        if events != self.events:
            self.events = events
            self.selector.modify(self.tls, events, self)

    def handle(self) -> None:
        try:
            if not self.handshaken:
                self.tls.do_handshake()
                self.handshaken = True
            if self.outbox and not self._flush():
                return
            self._read()
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
            self._watch(selectors.EVENT_READ | (selectors.EVENT_WRITE if self.outbox else 0))
        except (OSError, ValueError):  # a peer that went away, a TLS alert, a malformed request
            self.close()

    def _read(self) -> None:
        while True:
            try:
                data = self.tls.recv(READ_SIZE)
            except ssl.SSLWantReadError:
                break
            if not data:
                self.close()
                return
            self.inbox += data
        while (end := self.inbox.find(b"\r\n\r\n")) >= 0:
            head = self.inbox[:end]
            size = end + 4 + body_length(head)
            if len(self.inbox) < size:
                break
            self.inbox = self.inbox[size:]
            self.outbox += answer(head)
        if self.outbox and self._flush():
            self._watch(selectors.EVENT_READ)

    def _flush(self) -> bool:
        """Send what is queued; False (and wait to be writable) if the socket takes only part of it."""
        try:
            while self.outbox:
                self.outbox = self.outbox[self.tls.send(self.outbox) :]
        except ssl.SSLWantWriteError:
            self._watch(selectors.EVENT_READ | selectors.EVENT_WRITE)
            return False
        return True


def serve(cert: str, key: str, max_seconds: float) -> None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.set_alpn_protocols(["http/1.1"])
    listener = socket.create_server((HOST, 0), backlog=1024)
    listener.setblocking(False)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ, "listener")
    selector.register(sys.stdin, selectors.EVENT_READ, "parent")
    print(f"PORT={listener.getsockname()[1]}", flush=True)
    deadline = time.monotonic() + max_seconds
    while time.monotonic() < deadline:
        for key_, _ in selector.select(timeout=1.0):
            if key_.data == "parent":
                if not sys.stdin.readline():
                    return
            elif key_.data == "listener":
                _accept(listener, context, selector)
            else:
                key_.data.handle()


def _accept(listener: socket.socket, context: ssl.SSLContext, selector: selectors.BaseSelector) -> None:
    while True:
        try:
            sock, _ = listener.accept()
        except BlockingIOError:
            return
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        tls = context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        connection = Connection(tls, selector)
        selector.register(tls, selectors.EVENT_READ, connection)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.tls_server", description=__doc__)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--cpu", type=int, default=None, help="pin this process to one CPU")
    parser.add_argument("--max-seconds", type=float, default=3600.0)
    args = parser.parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    serve(args.cert, args.key, args.max_seconds)


if __name__ == "__main__":
    main()
