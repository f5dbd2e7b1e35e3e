"""OAuth 1.0a (RFC 5849) HMAC-SHA1 request signing on top of Authlib's framework-neutral ``ClientAuth``.

Authlib's own ``authlib.integrations.httpx_client.OAuth1Auth`` is not used: with default settings it sends JSON
and multipart requests with an empty body, and it changes base class when ``httpx2`` is installed. Here only
the ``Authorization`` header is added; the body is never touched. Form-encoded body parameters and query
parameters are signed, other bodies are not (RFC 5849 §3.4.1.3.1; no ``oauth_body_hash``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Generator
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from switchboard_core._errors import InvalidRequestError
from switchboard_core._redact import redact_url
from switchboard_core._retry import RESIGN_EXTENSION

from ._common import REDACTED

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class OAuth1Auth(httpx.Auth):
    """Signs every request with OAuth 1.0a HMAC-SHA1 in the ``Authorization`` header (needs Authlib)."""

    requires_request_body = True

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        token: str | None = None,
        token_secret: str | None = None,
        *,
        callback_uri: str | None = None,
        verifier: str | None = None,
    ) -> None:
        try:
            from authlib.oauth1 import ClientAuth
            from authlib.oauth1.rfc5849.errors import InsecureTransportError
        except ImportError as exc:
            raise ImportError(
                "OAuth1Auth needs Authlib; install it with: pip install 'switchboard-core[oauth1]'"
            ) from exc
        self._has_token = token is not None
        self._insecure_transport_error: type[Exception] = InsecureTransportError
        self._client: Any = ClientAuth(
            consumer_key,
            consumer_secret,
            token=token,
            token_secret=token_secret,
            redirect_uri=callback_uri,
            verifier=verifier,
        )

    def __repr__(self) -> str:
        token = REDACTED if self._has_token else None
        return f"OAuth1Auth(consumer_key={REDACTED}, token={token})"

    def authorization_header(self, request: httpx.Request) -> str:
        """A fresh ``OAuth …`` header value for ``request`` (new nonce and timestamp on every call)."""
        content_type = request.headers.get("content-type", "")
        is_form = content_type.split(";", 1)[0].strip().lower() == FORM_CONTENT_TYPE
        uri, headers = signing_target(request.url)
        body = ""
        if is_form:
            headers["Content-Type"] = FORM_CONTENT_TYPE
            body = _strict_form(request.content.decode("utf-8", errors="replace"))
        try:
            _, signed_headers, _ = self._client.sign(request.method, uri, headers, body)
        except self._insecure_transport_error:
            raise InvalidRequestError(
                f"OAuth 1 requests must use https:// (plain http only to loopback hosts, or with "
                f"AUTHLIB_INSECURE_TRANSPORT=1 set): {redact_url(request.url)}"
            ) from None
        value = signed_headers["Authorization"]
        if not isinstance(value, str):  # pragma: no cover - Authlib always renders a str
            raise TypeError("Authlib returned a non-string Authorization header")
        return value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._sign(request)
        request.extensions = {**request.extensions, RESIGN_EXTENSION: self._sign}  # a retry is signed afresh
        yield request

    def _sign(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self.authorization_header(request)


def signing_target(url: httpx.URL) -> tuple[str, dict[str, str]]:
    """The URI and headers to hand Authlib so that it signs exactly ``url``'s base string URI and query.

    * The query is re-encoded strictly (every reserved character percent-encoded). The signature base string
      only depends on the decoded parameters, but Authlib rejects characters that httpx leaves unescaped
      (``[]$'``).
    * Authlib refuses plain ``http://`` unless the host is loopback (1.9; older releases accept only
      ``http://localhost:<port>``, unless ``AUTHLIB_INSECURE_TRANSPORT`` is set). For a loopback host (a local
      sandbox) the URI handed over is ``http://localhost:<port>/…`` and the real host goes in a ``Host``
      header, which RFC 5849 §3.4.1.2 (and Authlib) use for the base string URI instead. The process
      environment is never changed. Other ``http://`` hosts are refused (``InvalidRequestError``).
    """
    query = url.query.decode("ascii")
    params = parse_qsl(query, keep_blank_values=True)
    url = url.copy_with(query=_strict_encode(params).encode("ascii") if params else None, fragment=None)
    headers: dict[str, str] = {}
    if url.scheme == "http" and _is_loopback(url.host):
        headers["Host"] = url.netloc.decode("ascii")
        url = url.copy_with(host="localhost", port=url.port or 80)
    return str(url), headers


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return isinstance(address, ipaddress.IPv4Address) and address.is_loopback


def _strict_encode(params: list[tuple[str, str]]) -> str:
    return urlencode(params, quote_via=quote, safe="")


def _strict_form(body: str) -> str:
    return _strict_encode(parse_qsl(body, keep_blank_values=True))
