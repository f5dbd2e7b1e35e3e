"""One ``httpx.Auth`` for a client whose operations use different security schemes (Twitter: an app's bearer
token for some calls, OAuth 1.0a user context for others).

Each request names its scheme in the extension :data:`SECURITY_SCHEME_EXTENSION` (the generated facade
builders set it from the spec's ``x-legacy-security``); requests without one use the default scheme. A request
may instead carry its own ``httpx.Auth`` in :data:`AUTH_EXTENSION` (e.g. a one-off OAuth 1.0a signer for a
token exchange). A scheme whose credentials are missing raises ``missing(scheme)`` before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping

import httpx

from switchboard_core._errors import InvalidRequestError

SECURITY_SCHEME_EXTENSION = "switchboard.security_scheme"
"""``request.extensions`` key: the name of the security scheme (as in the spec) to send the request with."""
AUTH_EXTENSION = "switchboard.auth"
"""``request.extensions`` key: an ``httpx.Auth`` for this request only (takes precedence over the scheme)."""


def _missing(scheme: str) -> Exception:
    return InvalidRequestError(f"this call needs the {scheme!r} credentials, which the client was not given")


class SecuritySchemeAuth(httpx.Auth):
    """Authenticates each request with the auth of the security scheme it names."""

    requires_request_body = True  # an OAuth 1.0a scheme signs form bodies

    def __init__(
        self,
        schemes: Mapping[str, httpx.Auth | None],
        default: str,
        *,
        missing: Callable[[str], Exception] = _missing,
    ) -> None:
        if default not in schemes:
            raise ValueError(f"the default scheme {default!r} is not one of {sorted(schemes)}")
        self.schemes = dict(schemes)
        self.default = default
        self._missing = missing

    def __repr__(self) -> str:  # each auth keeps its own redacted repr
        return f"SecuritySchemeAuth({self.schemes!r}, default={self.default!r})"

    def auth_for(self, request: httpx.Request) -> httpx.Auth:
        """The auth ``request`` is sent with (raises ``missing(scheme)`` when that scheme has no credentials)."""
        override = request.extensions.get(AUTH_EXTENSION)
        if isinstance(override, httpx.Auth):
            return override
        scheme = str(request.extensions.get(SECURITY_SCHEME_EXTENSION, self.default))
        auth = self.schemes.get(scheme)
        if auth is None:
            raise self._missing(scheme)
        return auth

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield from self.auth_for(request).auth_flow(request)
