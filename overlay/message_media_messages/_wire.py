"""1.1.0's JSON body text (reference §2): ``jsonpickle`` under Python 3, i.e. ``json.dumps`` with sorted keys,
``", "`` / ``": "`` separators and ``\\uXXXX`` escapes, sent as ``application/json; charset=utf-8``. The same JSON
value as httpx's compact form, but the same bytes too, so an HMAC ``x-Content-MD5`` is 1.1.0's (§3.2's vector)."""

from __future__ import annotations

import json
from collections.abc import Generator

import httpx

CONTENT_TYPE = "application/json; charset=utf-8"


class LegacyJsonBody(httpx.Auth):
    """Rewrites a JSON body as 1.1.0 wrote it, then lets ``inner`` (Basic or HMAC) authenticate the request."""

    requires_request_body = True

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner

    def __repr__(self) -> str:
        return repr(self.inner)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.content and request.headers.get("content-type", "").startswith("application/json"):
            text = json.dumps(json.loads(request.content), sort_keys=True).encode()
            # in place, as httpx's own auths change a request: no second parse of the URL and headers
            request.headers["content-type"], request.headers["content-length"] = CONTENT_TYPE, str(len(text))
            request.stream = httpx.ByteStream(text)
            request._content = text
        yield from self.inner.auth_flow(request)
