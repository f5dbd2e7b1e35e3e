"""A scriptable HTTP/1.1 server on raw sockets, for transport tests that need exact bytes on the wire: each accepted
connection runs ``handler(connection, server)``; :func:`read_request` reads one request (head and body, by
Content-Length or chunked). Optionally TLS, with a self-signed certificate made on the fly."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RawServer:
    port: int
    connections: int = 0
    requests: list[tuple[str, str, int]] = field(default_factory=list)
    """``(method, path, body length)`` of each request read by :func:`read_request`."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


Handler = Callable[[socket.socket, RawServer], None]


def read_request(conn: socket.socket, server: RawServer, reader: Iterator[bytes] | None = None) -> bytes | None:
    """One request from ``conn`` (None if the client closed the connection first); returns its body."""
    file = conn.makefile("rb")
    line = file.readline()
    if not line:
        return None
    method, path, _ = line.decode().split(" ", 2)
    headers: dict[str, str] = {}
    while (header := file.readline()) not in (b"\r\n", b""):
        name, _, value = header.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = bytearray()
        total = 0
        while (size := int(file.readline().split(b";")[0], 16)) != 0:
            total += size
            chunk = file.read(size)
            if len(body) < 1024:
                body += chunk[:1024]
            file.readline()
        file.readline()
        length = total
        data = bytes(body)
    else:
        length = int(headers.get("content-length", "0"))
        data = b""
        left = length
        while left:  # count without keeping more than a little of a large upload
            chunk = file.read(min(left, 1 << 20))
            if not chunk:
                break
            if len(data) < 1024:
                data += chunk[:1024]
            left -= len(chunk)
    with server.lock:
        server.requests.append((method, path, length))
    return data


def respond(conn: socket.socket, status: int = 200, body: bytes = b"ok", *headers: str, length: bool = True) -> None:
    head = [f"HTTP/1.1 {status} X", *headers]
    if length:
        head.append(f"Content-Length: {len(body)}")
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files in ``directory``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@contextmanager
def raw_server(handler: Handler, tls: tuple[Path, Path] | None = None) -> Iterator[RawServer]:
    """A server on 127.0.0.1 running ``handler`` for each connection (over TLS with ``tls=(cert, key)``)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server = RawServer(listener.getsockname()[1])
    context = None
    if tls is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
    stopping = threading.Event()

    def serve(conn: socket.socket) -> None:
        try:
            if context is not None:
                conn = context.wrap_socket(conn, server_side=True)
            handler(conn, server)
        except (OSError, ValueError):
            pass
        finally:
            conn.close()

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with server.lock:
                server.connections += 1
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stopping.set()
        listener.close()
