"""RSA-signed webhook requests (PKCS#1 v1.5 over text the provider names, plus an HTTP ``Date`` freshness check).

Needs ``cryptography``, imported on first use (a provider's ``webhooks`` extra installs it).
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal

Digest = Literal["SHA224", "SHA256", "SHA512"]


def public_key(key: str | bytes, extra: str) -> Any:
    """A public key from PEM, or from the base64 DER some signature-key APIs return; ``extra`` names the package
    extra that installs ``cryptography`` (for the ImportError)."""
    try:
        from cryptography.hazmat.primitives.serialization import load_der_public_key, load_pem_public_key
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f'verifying webhook signatures needs "{extra}"') from exc
    raw = key.encode() if isinstance(key, str) else key
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return load_pem_public_key(raw)
        return load_der_public_key(base64.b64decode(raw, validate=True))
    except (ValueError, binascii.Error) as exc:
        raise ValueError("public_key is neither PEM nor a base64 DER key") from exc


def check_date(date: str | None, tolerance: float, now: datetime | None, error: type[Exception]) -> None:
    """``error`` unless ``date`` is an HTTP date within ``tolerance`` seconds of ``now`` (either way)."""
    if not date:
        raise error("no Date header (it is part of what is signed)")
    try:
        sent = parsedate_to_datetime(date)
    except (TypeError, ValueError):
        raise error(f"the Date header {date!r} is not an HTTP date") from None
    moment = now or datetime.now(UTC)
    if sent.tzinfo is None or abs((moment - sent).total_seconds()) > tolerance:
        raise error(f"the Date header {date!r} is outside the {tolerance:g} s tolerance")


def verify_pkcs1(key: Any, signature_b64: str, message: bytes, digest: Digest, error: type[Exception]) -> None:
    """``error`` unless ``signature_b64`` is the base64 RSA PKCS#1 v1.5 signature of ``message`` under ``key``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except binascii.Error:
        raise error("the signature is not base64") from None
    algorithms: dict[str, hashes.HashAlgorithm] = {"SHA224": hashes.SHA224(), "SHA256": hashes.SHA256(),
                                                   "SHA512": hashes.SHA512()}  # fmt: skip
    algorithm = algorithms[digest]
    try:
        key.verify(signature, message, padding.PKCS1v15(), algorithm)
    except InvalidSignature:
        raise error("the signature does not match this request") from None


__all__ = ["Digest", "check_date", "public_key", "verify_pkcs1"]
