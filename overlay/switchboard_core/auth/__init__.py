"""``httpx.Auth`` implementations shared by the provider clients.

Every class works with both ``httpx.Client`` and ``httpx.AsyncClient`` and keeps its secrets out of
``repr()``/``str()`` and exception messages.
"""

from typing import TYPE_CHECKING

from switchboard_core._lazy import lazy_exports

if TYPE_CHECKING:
    from ._common import basic_authorization
    from ._flight import LockedFlow
    from ._hmac import MessageMediaHmacAuth, content_md5, hmac_signature, request_path, signing_string
    from ._oauth1 import OAuth1Auth
    from ._oauth2 import TOKEN_REQUEST_EXTENSION, OAuth2ClientCredentials, TokenResponseReader, parse_token_response
    from ._oauth2_scoped import (
        OAUTH2_SCOPE_EXTENSION,
        MissingTokenError,
        OAuth2ScopedAuth,
        ScopeBoundAuth,
        ScopeRequirement,
        arun_token_flow,
        run_token_flow,
    )
    from ._schemes import AUTH_EXTENSION, SECURITY_SCHEME_EXTENSION, SecuritySchemeAuth
    from ._simple import BasicAuth, BearerAuth, HeaderAuth
    from ._tokens import MemoryTokenCache, Token, TokenCache

# Each name loads its module on first use (PEP 562): a client that only needs Basic auth does not pay for
# importing the OAuth flows, and the other way round.
_MODULES = {
    "._hmac": ("MessageMediaHmacAuth", "content_md5", "hmac_signature", "request_path", "signing_string"),
    "._flight": ("LockedFlow",),
    "._oauth1": ("OAuth1Auth",),
    "._oauth2": ("TOKEN_REQUEST_EXTENSION", "OAuth2ClientCredentials", "TokenResponseReader", "parse_token_response"),
    "._oauth2_scoped": (
        "OAUTH2_SCOPE_EXTENSION",
        "MissingTokenError",
        "OAuth2ScopedAuth",
        "ScopeBoundAuth",
        "ScopeRequirement",
        "arun_token_flow",
        "run_token_flow",
    ),
    "._schemes": ("AUTH_EXTENSION", "SECURITY_SCHEME_EXTENSION", "SecuritySchemeAuth"),
    "._common": ("basic_authorization",),
    "._simple": ("BasicAuth", "BearerAuth", "HeaderAuth"),
    "._tokens": ("MemoryTokenCache", "Token", "TokenCache"),
}
__getattr__ = lazy_exports(__name__, _MODULES)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AUTH_EXTENSION",
    "OAUTH2_SCOPE_EXTENSION",
    "SECURITY_SCHEME_EXTENSION",
    "TOKEN_REQUEST_EXTENSION",
    "BasicAuth",
    "BearerAuth",
    "HeaderAuth",
    "LockedFlow",
    "MemoryTokenCache",
    "MessageMediaHmacAuth",
    "MissingTokenError",
    "OAuth1Auth",
    "OAuth2ClientCredentials",
    "OAuth2ScopedAuth",
    "ScopeBoundAuth",
    "ScopeRequirement",
    "SecuritySchemeAuth",
    "Token",
    "TokenCache",
    "TokenResponseReader",
    "arun_token_flow",
    "basic_authorization",
    "content_md5",
    "hmac_signature",
    "parse_token_response",
    "request_path",
    "run_token_flow",
    "signing_string",
]
