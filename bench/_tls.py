"""Row 6's TLS material and server process: a throwaway CA and a server certificate for 127.0.0.1, made at run
time with ``cryptography``, and :mod:`bench.tls_server` started in its own process on its own CPU."""

from __future__ import annotations

import datetime
import ipaddress
import selectors
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ._env import ROOT, child_env
from ._env import cpus as cpus  # row 6 (and its test) name it here

START_TIMEOUT = 30.0
PORT_PREFIX = "PORT="


@dataclass(frozen=True)
class Material:
    """Where the CA certificate (what clients trust) and the server's certificate and key were written."""

    ca: Path
    cert: Path
    key: Path


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_material(folder: Path) -> Material:
    """A fresh CA (P-256) and a server certificate it signed for 127.0.0.1 and localhost, as PEM files."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Switchboard bench CA")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )  # digital_signature, key_cert_sign, crl_sign
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    material = Material(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    material.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    material.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    material.key.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return material


@dataclass(frozen=True)
class Server:
    """A running :mod:`bench.tls_server`: its base URL, the CA its certificate chains to, and its CPU."""

    url: str
    ca: Path
    cpu: int | None


@contextmanager
def server(max_seconds: float = 3600.0) -> Iterator[Server]:
    """Make fresh TLS material, start the server pinned to the first CPU, yield it, stop it."""
    server_cpu, _ = cpus()
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as folder:
        material = make_material(Path(folder))
        command = [sys.executable, "-m", "bench.tls_server", "--cert", str(material.cert), "--key", str(material.key)]
        command += ["--max-seconds", str(max_seconds)]
        if server_cpu is not None:
            command += ["--cpu", str(server_cpu)]
        log = (Path(folder) / "server.log").open("w")
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=ROOT,
            env=child_env(),
        )
        try:
            port = _wait_for_port(process, Path(folder) / "server.log")
            yield Server(f"https://127.0.0.1:{port}", material.ca, server_cpu)
        finally:
            assert process.stdin is not None
            process.stdin.close()  # the server stops when its standard input closes
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()


def _wait_for_port(process: subprocess.Popen[str], log: Path) -> int:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if selector.select(timeout=START_TIMEOUT):
            line = process.stdout.readline()
            if line.startswith(PORT_PREFIX):
                return int(line[len(PORT_PREFIX) :])
    process.kill()
    raise RuntimeError(f"the TLS server did not print {PORT_PREFIX}: {log.read_text()[-2000:]}")
