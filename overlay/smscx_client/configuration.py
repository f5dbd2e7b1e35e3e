"""``Configuration``: where the API is and how to authenticate (the seed's constructor keywords)."""

from __future__ import annotations

from collections.abc import Mapping

from switchboard_core import DEFAULT_TIMEOUT, TimeoutLike, base_url_from_env
from switchboard_core import REDACTED as _REDACTED
from switchboard_core.auth import TokenCache

from .exceptions import ApiTypeError, ApiValueError

DEFAULT_HOST = "https://api.sms.cx"
HOST_ENV = "SMSCX_HOST"
"""Environment variable overriding the default host (e.g. a sandbox)."""


def _optional_str(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiTypeError(f"Configuration: {name} must be a str, not {type(value).__name__}")
    return value


class Configuration:
    """Credentials and connection settings.

    One of: ``api_key`` (sent as ``X-API-KEY``), ``access_token`` (an OAuth2 token, sent as ``Bearer``), or
    ``username`` + ``password`` (the application ID and secret: used for ``OauthApi.get_access_token`` and, when
    no key or token is set, to fetch and refresh tokens automatically, limited to ``scope`` if given).
    ``host`` defaults to ``$SMSCX_HOST`` or ``https://api.sms.cx``. ``timeout`` (seconds or ``httpx.Timeout``)
    and ``max_retries`` shape every call.
    """

    def __init__(
        self,
        host: str | None = None,
        api_key: str | Mapping[str, str] | None = None,
        access_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        scope: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        token_cache: TokenCache | None = None,
    ) -> None:
        if isinstance(api_key, Mapping):  # the generator's {"ApiKeyAuth": "..."} form
            api_key = api_key.get("ApiKeyAuth")
        host = _optional_str("host", host) or base_url_from_env("smscx", DEFAULT_HOST, HOST_ENV)
        if not host.startswith(("http://", "https://")):
            raise ApiValueError(f"Configuration: host must be an http(s) URL, not {host!r}")
        self.host = host.rstrip("/")
        self.api_key = _optional_str("api_key", api_key)
        self.access_token = _optional_str("access_token", access_token)
        self.username = _optional_str("username", username)
        self.password = _optional_str("password", password)
        self.scope = _optional_str("scope", scope)
        self.timeout = timeout
        self.max_retries = max_retries
        self.token_cache = token_cache

    def __repr__(self) -> str:
        def shown(value: str | None) -> str:
            return "None" if value is None else _REDACTED

        return (
            f"Configuration(host={self.host!r}, api_key={shown(self.api_key)}, "
            f"access_token={shown(self.access_token)}, username={shown(self.username)}, "
            f"password={shown(self.password)}, scope={self.scope!r})"
        )
