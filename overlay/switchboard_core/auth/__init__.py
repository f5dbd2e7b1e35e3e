"""``httpx.Auth`` implementations shared by the provider clients.

Every class works with both ``httpx.Client`` and ``httpx.AsyncClient`` and keeps its secrets out of
``repr()``/``str()`` and exception messages.
"""

from ._hmac import MessageMediaHmacAuth, content_md5, hmac_signature, request_path, signing_string
from ._oauth1 import OAuth1Auth
from ._oauth2 import OAuth2ClientCredentials, parse_token_response
from ._simple import BasicAuth, BearerAuth, HeaderAuth
from ._tokens import MemoryTokenCache, Token, TokenCache

__all__ = [
    "BasicAuth",
    "BearerAuth",
    "HeaderAuth",
    "MemoryTokenCache",
    "MessageMediaHmacAuth",
    "OAuth1Auth",
    "OAuth2ClientCredentials",
    "Token",
    "TokenCache",
    "content_md5",
    "hmac_signature",
    "parse_token_response",
    "request_path",
    "signing_string",
]
