"""Static credentials: HTTP Basic, an API key in a header, and a bearer token."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._common import REDACTED, basic_authorization


class BasicAuth(httpx.Auth):
    """``Authorization: Basic base64(username:password)`` (RFC 7617, UTF-8)."""

    def __init__(self, username: str, password: str) -> None:
        self._header = basic_authorization(username, password)

    def __repr__(self) -> str:
        return f"BasicAuth(username={REDACTED})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class HeaderAuth(httpx.Auth):
    """A credential in one header: ``<header>: [<prefix> ]<value>`` (e.g. ``X-API-KEY: abc``)."""

    def __init__(self, header: str, value: str, *, prefix: str = "") -> None:
        if not header or header != header.strip():
            raise ValueError(f"invalid header name {header!r}")
        self.header = header
        self.prefix = prefix
        self._value = f"{prefix} {value}" if prefix else value

    def __repr__(self) -> str:
        return f"HeaderAuth(header={self.header!r}, value={REDACTED}, prefix={self.prefix!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self._value
        yield request


class BearerAuth(HeaderAuth):
    """``Authorization: Bearer <token>`` (RFC 6750)."""

    def __init__(self, token: str) -> None:
        super().__init__("Authorization", token, prefix="Bearer")

    def __repr__(self) -> str:
        return f"BearerAuth(token={REDACTED})"
