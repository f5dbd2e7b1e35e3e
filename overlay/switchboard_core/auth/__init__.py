"""``httpx.Auth`` implementations shared by the provider clients.

Every class works with both ``httpx.Client`` and ``httpx.AsyncClient`` and keeps its secrets out of
``repr()``/``str()`` and exception messages.
"""

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
from ._simple import BasicAuth, BearerAuth, HeaderAuth
from ._tokens import MemoryTokenCache, Token, TokenCache

__all__ = [
    "OAUTH2_SCOPE_EXTENSION",
    "TOKEN_REQUEST_EXTENSION",
    "BasicAuth",
    "BearerAuth",
    "HeaderAuth",
    "MemoryTokenCache",
    "MessageMediaHmacAuth",
    "MissingTokenError",
    "OAuth1Auth",
    "OAuth2ClientCredentials",
    "OAuth2ScopedAuth",
    "ScopeBoundAuth",
    "ScopeRequirement",
    "Token",
    "TokenCache",
    "TokenResponseReader",
    "arun_token_flow",
    "content_md5",
    "hmac_signature",
    "parse_token_response",
    "request_path",
    "run_token_flow",
    "signing_string",
]
