"""MessageMedia callbacks: delivery reports and replies POSTed to each message's ``callback_url``, signed like the
real API once a signature key is enabled (``POST /_sandbox/messagemedia/sign``).

The real scheme (Signature Key Management API): ``X-Messagemedia-Signature`` = base64 RSA PKCS#1 v1.5 signature,
with the key's digest, of ``<request line><Date header><body>``. The sandbox makes one 2048-bit RSA key per process
(needs ``cryptography``) and signs with SHA224, the digest of the API's own example.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from email.utils import formatdate
from typing import Any

from ..callbacks import CallbackControls, CallbackSender
from ..provider import ApiError, Result, SandboxRequest, control

DIGEST = "SHA224"
KEY_ID = "6f4b7d1e-5a3c-4c59-9d0e-2b8f1a7c3e90"
SIGNATURE_HEADER = "X-Messagemedia-Signature"

_KEY_LOCK = threading.Lock()
_KEY: Any = None


def _private_key() -> Any:
    """The process's signing key (made on first use; :class:`ApiError` 501 without ``cryptography``)."""
    global _KEY
    with _KEY_LOCK:
        if _KEY is None:
            try:
                from cryptography.hazmat.primitives.asymmetric import rsa
            except ImportError:
                raise ApiError(501, "signing callbacks needs the cryptography package") from None
            _KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return _KEY


def public_key_b64() -> str:
    """The public key as the Signature Key API returns it: base64 of the DER SubjectPublicKeyInfo."""
    from cryptography.hazmat.primitives import serialization

    der = (
        _private_key()
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return base64.b64encode(der).decode()


def sign(request_line: str, date: str, body: bytes) -> Mapping[str, str]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    message = request_line.encode("latin-1") + date.encode("latin-1") + body
    signature = _private_key().sign(message, padding.PKCS1v15(), hashes.SHA224())
    return {SIGNATURE_HEADER: base64.b64encode(signature).decode()}


class MessageMediaCallbacks(CallbackControls):
    """Mixin of the MessageMedia behaviour: its :class:`CallbackSender` and the signature key control."""

    clock: Callable[[], datetime]
    signing: bool

    def new_callback_sender(self) -> CallbackSender:
        return CallbackSender(signer=self._sign, date=lambda: formatdate(self.clock().timestamp(), usegmt=True))

    def reset_callbacks(self) -> None:
        self.callbacks.reset()
        self.signing = False

    def _sign(self, request_line: str, date: str, body: bytes) -> Mapping[str, str]:
        return sign(request_line, date, body) if self.signing else {}

    @control("POST", "sign")
    def enable_signature_key(self, request: SandboxRequest) -> Result:
        """Sign callbacks from now on (until a reset); answers the key as the Signature Key API shows it."""
        public_key = public_key_b64()
        self.signing = True
        return 200, {"key_id": KEY_ID, "public_key": public_key, "digest": DIGEST, "cipher": "RSA", "enabled": True}
