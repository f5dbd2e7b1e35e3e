"""``Configuration``: where the API is, how to authenticate, and openapi-generator's connection settings.

The seed's keywords (``host``, ``api_key``, ``access_token``, ``username``, ``password``, in openapi-generator's
positional order) and its settings, as keywords or as attributes set before the ``ApiClient`` is built:
``ssl_ca_cert`` / ``verify_ssl`` (TLS verification), ``cert_file`` / ``key_file`` (a client certificate), ``proxy``
/ ``proxy_headers``, ``connection_pool_maxsize``, ``retries`` (an int: ``max_retries``), ``debug`` /
``logger_file`` (the ``switchboard.smscx`` logger) and ``temp_folder_path`` (where XLSX exports are written).
Settings with no meaning on httpx or no effect in 0.1.x (``api_key_prefix``: 0.1.x sent the key bare, reference
§3; ``client_side_validation``, ``server_index``, ...) are accepted with a :class:`DeprecationWarning` when the
client is built."""

from __future__ import annotations

import copy
import sys
from collections.abc import Mapping
from typing import Any, ClassVar

from smscx_api.legacy import API_VERSION as _API_VERSION
from smscx_api.legacy import SERVERS as _SERVERS
from switchboard_core import DEFAULT_TIMEOUT, TimeoutLike, base_url_from_env
from switchboard_core import REDACTED as _REDACTED
from switchboard_core.auth import TokenCache, basic_authorization

from .exceptions import ApiTypeError, ApiValueError

DEFAULT_HOST = _SERVERS[""]  # the spec's server
HOST_ENV = "SMSCX_HOST"
"""Environment variable overriding the default host (e.g. a sandbox)."""


IGNORED: dict[str, Any] = {
    "api_key_prefix": {},
    "discard_unknown_keys": False,
    "disabled_client_side_validations": "",
    "server_index": None,
    "server_variables": None,
    "server_operation_index": None,
    "server_operation_variables": None,
    "client_side_validation": True,
    "assert_hostname": None,
    "safe_chars_for_path_param": "",
    "logger_format": "%(asctime)s %(levelname)s %(message)s",
    "socket_options": None,
}
"""openapi-generator settings that have no meaning here, with their defaults (another value warns)."""


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
        api_key_prefix: Mapping[str, str] | None = None,
        access_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        discard_unknown_keys: bool = False,
        disabled_client_side_validations: str = "",
        server_index: int | None = None,
        server_variables: Mapping[str, str] | None = None,
        server_operation_index: Mapping[str, int] | None = None,
        server_operation_variables: Mapping[str, Mapping[str, str]] | None = None,
        ssl_ca_cert: str | None = None,
        *,
        scope: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        token_cache: TokenCache | None = None,
        verify_ssl: bool = True,
        cert_file: str | None = None,
        key_file: str | None = None,
        proxy: str | None = None,
        proxy_headers: Mapping[str, str] | None = None,
        connection_pool_maxsize: int | None = None,
        retries: int | None = None,
        debug: bool = False,
        logger_file: str | None = None,
        temp_folder_path: str | None = None,
        **ignored: Any,
    ) -> None:
        """openapi-generator's positional order (0.1.x's: ``host, api_key, api_key_prefix, access_token, username,
        password, ..., ssl_ca_cert``); the rest are keywords."""
        ignored.update(discard_unknown_keys=discard_unknown_keys, server_index=server_index,
                       disabled_client_side_validations=disabled_client_side_validations,
                       server_variables=server_variables, server_operation_index=server_operation_index,
                       server_operation_variables=server_operation_variables)  # fmt: skip
        unknown = set(ignored) - set(IGNORED)
        if unknown:
            raise TypeError(f"Configuration() got unexpected keyword arguments: {sorted(unknown)}")
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
        ignored["api_key_prefix"] = dict(api_key_prefix or {})
        self.ssl_ca_cert, self.verify_ssl, self.cert_file, self.key_file = ssl_ca_cert, verify_ssl, cert_file, key_file
        self.proxy, self.proxy_headers = proxy, proxy_headers
        self.connection_pool_maxsize, self.retries = connection_pool_maxsize, retries
        self.debug, self.logger_file, self.temp_folder_path = debug, logger_file, temp_folder_path
        for name, default in IGNORED.items():
            setattr(self, name, ignored.get(name, default))

    _default: ClassVar[Configuration | None] = None

    @classmethod
    def set_default(cls, default: Configuration | None) -> None:
        """0.1.x's: ``ApiClient()`` given no configuration uses a (shallow) copy of ``default`` from now on."""
        cls._default = copy.copy(default)

    @classmethod
    def get_default_copy(cls) -> Configuration:
        """A copy of the configuration given to :meth:`set_default`, else a new ``Configuration()``."""
        return copy.copy(cls._default) if cls._default is not None else cls()

    def get_api_key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        """The ``ApiKeyAuth`` key after its ``api_key_prefix``, if set (the wire gets it bare, as from 0.1.x)."""
        if self.api_key is None or "ApiKeyAuth" not in (identifier, alias):
            return None
        prefix = getattr(self, "api_key_prefix", {}).get(identifier)  # accepted, kept, never sent (reference §3)
        return f"{prefix} {self.api_key}" if prefix else self.api_key

    def get_basic_auth_token(self) -> str:
        """The ``Authorization`` value of the application ID and secret (``username`` / ``password``)."""
        return basic_authorization(self.username or "", self.password or "")

    def auth_settings(self) -> dict[str, dict[str, str]]:
        """0.1.x's description of the credentials each scheme sends (values included: it is asked for)."""
        auth = {}
        if self.api_key:
            auth["ApiKeyAuth"] = {"type": "api_key", "in": "header", "key": "X-API-KEY", "value": self.api_key}
        if self.username is not None and self.password is not None:
            value = self.get_basic_auth_token()
            auth["BasicAuth"] = {"type": "basic", "in": "header", "key": "Authorization", "value": value}
        if self.access_token is not None:
            value = f"Bearer {self.access_token}"
            auth["BearerAuth"] = {"type": "bearer", "in": "header", "key": "Authorization", "value": value}
        return auth

    def to_debug_report(self) -> str:
        """0.1.x's debug report, naming this package's versions."""
        from . import __version__

        return (f"Python SDK Debug Report:\nOS: {sys.platform}\nPython Version: {sys.version}\n"
                f"Version of the API: {_API_VERSION}\nSDK Package Version: {__version__}")  # fmt: skip

    def get_host_settings(self) -> list[dict[str, str]]:
        """The spec's servers, as 0.1.x listed them."""
        return [{"url": DEFAULT_HOST, "description": "API URL"}]

    def get_host_from_settings(
        self, index: int | None, variables: Mapping[str, str] | None = None, servers: list[Any] | None = None
    ) -> str:
        """The URL of server ``index`` (None: this configuration's ``host``); the spec's servers have no variables."""
        try:
            return self.host if index is None else str((servers or self.get_host_settings())[index]["url"])
        except IndexError:
            raise ValueError(f"Invalid index {index} when selecting the host settings") from None

    def __repr__(self) -> str:
        def shown(value: str | None) -> str:
            return "None" if value is None else _REDACTED

        return (
            f"Configuration(host={self.host!r}, api_key={shown(self.api_key)}, "
            f"access_token={shown(self.access_token)}, username={shown(self.username)}, "
            f"password={shown(self.password)}, scope={self.scope!r})"
        )
