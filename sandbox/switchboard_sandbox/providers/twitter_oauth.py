"""Server-side OAuth 1.0a (RFC 5849) HMAC-SHA1 verification for the Twitter sandbox.

Written from the RFC, independently of the client-side signer in ``switchboard_core`` (so a bug on either side
shows up): the signature base string covers the method, the base string URI (scheme and host lower-cased,
default port dropped, no query), every query parameter, the form parameters of an
``application/x-www-form-urlencoded`` body (no other body), and the ``oauth_*`` header parameters except
``oauth_signature``; the key is ``pct(consumer secret)&pct(token secret)``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_PARAM = re.compile(r'\s*([A-Za-z0-9_.~%-]+)\s*=\s*"([^"]*)"\s*')
REQUIRED = ("oauth_consumer_key", "oauth_nonce", "oauth_signature", "oauth_signature_method", "oauth_timestamp")


class OAuthHeaderError(ValueError):
    """The ``Authorization`` value is not a well-formed OAuth 1.0a HMAC-SHA1 header (the message says why)."""


@dataclass(frozen=True)
class OAuthHeader:
    """The parameters of an ``Authorization: OAuth ...`` header, percent-decoded."""

    params: Mapping[str, str]

    @property
    def consumer_key(self) -> str:
        return self.params["oauth_consumer_key"]

    @property
    def token(self) -> str | None:
        return self.params.get("oauth_token")

    @property
    def nonce(self) -> str:
        return self.params["oauth_nonce"]

    @property
    def timestamp(self) -> int:
        return int(self.params["oauth_timestamp"])

    @property
    def signature(self) -> str:
        return self.params["oauth_signature"]


def pct(value: str) -> str:
    """RFC 5849 §3.6 percent-encoding: everything but ``A-Z a-z 0-9 - . _ ~``, as UTF-8."""
    return quote(value, safe="-._~")


def parse_header(value: str) -> OAuthHeader:
    """Parse ``OAuth k="v", ...``; :class:`OAuthHeaderError` if it is malformed or not HMAC-SHA1."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "oauth":
        raise OAuthHeaderError("The Authorization header is not an OAuth 1.0a header")
    params: dict[str, str] = {}
    for part in rest.split(","):
        if not part.strip():
            continue
        match = _PARAM.fullmatch(part)
        if match is None:
            raise OAuthHeaderError("Malformed OAuth Authorization header")
        name, raw = unquote(match.group(1)), unquote(match.group(2))
        if name in params:
            raise OAuthHeaderError(f"The OAuth parameter {name} is given twice")
        params[name] = raw
    params.pop("realm", None)
    missing = [name for name in REQUIRED if not params.get(name)]
    if missing:
        raise OAuthHeaderError(f"Missing OAuth parameters: {', '.join(missing)}")
    if params["oauth_signature_method"] != "HMAC-SHA1":
        raise OAuthHeaderError("Only the HMAC-SHA1 signature method is supported")
    if params.get("oauth_version", "1.0") != "1.0":
        raise OAuthHeaderError("oauth_version must be 1.0")
    if not params["oauth_timestamp"].isdigit():
        raise OAuthHeaderError("oauth_timestamp must be a number of seconds")
    return OAuthHeader(params)


def base_string_uri(scheme: str, host: str, path: str) -> str:
    """``scheme://host[:port]/path`` as RFC 5849 §3.4.1.2 wants it (``host`` may carry a port)."""
    scheme = scheme.lower()
    name, _, port = host.lower().rpartition(":") if not host.endswith("]") else (host.lower(), "", "")
    if not name or not port.isdigit():
        name, port = host.lower(), ""
    if (scheme, port) in (("http", "80"), ("https", "443")):
        port = ""
    return f"{scheme}://{name}{':' + port if port else ''}{path or '/'}"


def base_string(method: str, uri: str, params: Sequence[tuple[str, str]]) -> str:
    """RFC 5849 §3.4.1: ``METHOD&pct(uri)&pct(normalized parameters)``."""
    normalized = "&".join(f"{k}={v}" for k, v in sorted((pct(k), pct(v)) for k, v in params))
    return "&".join((pct(method.upper()), pct(uri), pct(normalized)))


def hmac_sha1(base: str, consumer_secret: str, token_secret: str | None) -> str:
    """The base64 HMAC-SHA1 signature of ``base`` (RFC 5849 §3.4.2)."""
    key = f"{pct(consumer_secret)}&{pct(token_secret or '')}"
    return base64.b64encode(hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()).decode("ascii")


def signature_matches(
    header: OAuthHeader,
    *,
    method: str,
    uri: str,
    query: Sequence[tuple[str, str]],
    form: Sequence[tuple[str, str]],
    consumer_secret: str,
    token_secret: str | None,
) -> bool:
    """Whether the header's signature is the one of this request (constant-time comparison)."""
    oauth = [(k, v) for k, v in header.params.items() if k != "oauth_signature"]
    expected = hmac_sha1(base_string(method, uri, [*query, *form, *oauth]), consumer_secret, token_secret)
    try:
        given = base64.b64decode(header.signature, validate=True)
    except (binascii.Error, ValueError):
        return False
    return hmac.compare_digest(given, base64.b64decode(expected))
