"""MessageMedia's HMAC-SHA1 request signing (wire reference ``messagemedia.md`` §3.2), without the 1.1.0 bugs.

The legacy 1.1.0 SDK signed ``POST``/``GET`` instead of the real method, the unsubstituted path template, and
crashed on Python 3. Here the request-line carries the real method and the real percent-encoded path (no
query string), and ``x-Content-MD5`` is the MD5 of the exact body bytes sent.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator
from email.utils import formatdate

import httpx

from ._common import REDACTED

CONTENT_MD5_HEADER = "x-Content-MD5"
DATE_HEADER = "date"


def content_md5(body: bytes) -> str | None:
    """Lower-case hex MD5 of ``body``, or ``None`` for an empty body (then no ``x-Content-MD5`` is sent)."""
    if not body:
        return None
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def request_path(url: httpx.URL) -> str:
    """The percent-encoded path of ``url`` as sent on the request line, without the query string."""
    return url.raw_path.split(b"?", 1)[0].decode("ascii")


def signing_string(date: str, method: str, path: str, content_md5: str | None) -> str:
    """The text that is signed: ``date: …``, ``x-Content-MD5: …`` (only with a body), the request-line."""
    lines = [f"{DATE_HEADER}: {date}"]
    if content_md5 is not None:
        lines.append(f"{CONTENT_MD5_HEADER}: {content_md5}")
    lines.append(f"{method.upper()} {path} HTTP/1.1")
    return "\n".join(lines)


def hmac_signature(secret: str, date: str, method: str, path: str, content_md5: str | None) -> str:
    """Base64 HMAC-SHA1 of :func:`signing_string`, keyed with the API secret (28 characters).

    ``path`` is the percent-encoded request path without the query string; ``content_md5`` the lower-case hex
    MD5 of the body, or ``None`` when there is no body. A server verifies a request by recomputing this from
    what it received and comparing with :func:`hmac.compare_digest`.
    """
    text = signing_string(date, method, path, content_md5)
    digest = hmac.new(secret.encode(), text.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def authorization_header(api_key: str, signature: str, *, with_body: bool) -> str:
    """The ``Authorization`` value: ``hmac username="…", algorithm="hmac-sha1", headers="…", signature="…"``."""
    signed = f"{DATE_HEADER} {CONTENT_MD5_HEADER} request-line" if with_body else f"{DATE_HEADER} request-line"
    return f'hmac username="{api_key}", algorithm="hmac-sha1", headers="{signed}", signature="{signature}"'


class MessageMediaHmacAuth(httpx.Auth):
    """Signs each request with MessageMedia's HMAC scheme: sets ``date``, ``x-Content-MD5`` and ``Authorization``."""

    requires_request_body = True

    def __init__(self, api_key: str, api_secret: str, *, clock: Callable[[], float] = time.time) -> None:
        self._api_key = api_key
        self._api_secret = api_secret
        self._clock = clock

    def __repr__(self) -> str:
        return f"MessageMediaHmacAuth(api_key={REDACTED})"

    def sign(self, request: httpx.Request) -> None:
        """Add the signature headers to ``request`` in place (its body must already be read)."""
        date = formatdate(self._clock(), usegmt=True)
        md5 = content_md5(request.content)
        signature = hmac_signature(self._api_secret, date, request.method, request_path(request.url), md5)
        request.headers[DATE_HEADER] = date
        if md5 is None:
            request.headers.pop(CONTENT_MD5_HEADER, None)
        else:
            request.headers[CONTENT_MD5_HEADER] = md5
        request.headers["Authorization"] = authorization_header(self._api_key, signature, with_body=md5 is not None)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
