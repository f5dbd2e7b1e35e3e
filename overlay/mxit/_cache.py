"""Token caches for the Mxit client: python-mxit's key names, and its external ``cache=`` object.

python-mxit accepted any object with ``get(key)`` and ``set(key, value, timeout)`` (a Django cache, say) and kept
each access token there as a plain string under ``oauth_app_<scope>_<client_id>`` / ``oauth_user_<scope>_<client_id>``
(``/`` in the scope replaced by ``_``), for ``expires_in - 300`` seconds. :class:`ExternalTokenCache` keeps that
layout, so processes running python-mxit and this client can share tokens, and adds an in-process layer that
also remembers refresh tokens and expiry times. Unlike python-mxit, storing a token never evicts the other
scopes' tokens, and user tokens work with an external cache too (python-mxit raised TypeError).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from switchboard_core.auth import MemoryTokenCache, Token

EXTERNAL_TTL_MARGIN = 300
"""Seconds python-mxit took off ``expires_in`` for the external cache's timeout."""


@runtime_checkable
class LegacyCache(Protocol):
    """What python-mxit's ``cache=`` had to provide."""

    def get(self, key: str) -> Any: ...

    def set(self, key: str, value: Any, timeout: Any) -> Any: ...


def legacy_key(client_id: str) -> Callable[[str, str], str]:
    """``(grant, scope) -> key`` with python-mxit's key names."""

    def key(grant: str, scope: str) -> str:
        kind = "app" if grant == "client_credentials" else "user"
        return f"oauth_{kind}_{scope.replace('/', '_')}_{client_id}"

    return key


class ExternalTokenCache:
    """A :class:`~switchboard_core.auth.TokenCache` over python-mxit's external cache, with an in-process layer."""

    def __init__(self, external: LegacyCache, *, clock: Callable[[], float] = time.time) -> None:
        self.external = external
        self._memory = MemoryTokenCache()
        self._clock = clock

    def __repr__(self) -> str:
        return f"ExternalTokenCache({type(self.external).__name__})"

    def get(self, key: str) -> Token | None:
        token = self._memory.get(key)
        if token is not None:
            return token
        value = self.external.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if isinstance(value, str) and value:
            return Token(access_token=value)  # the external cache drops it when it expires
        return None

    def set(self, key: str, token: Token) -> None:
        self._memory.set(key, token)
        timeout: int | None = None
        if token.expires_at is not None:
            timeout = max(1, round(token.expires_at - self._clock()) - EXTERNAL_TTL_MARGIN)
        self.external.set(key, token.access_token, timeout)

    def delete(self, key: str) -> None:
        self._memory.delete(key)
        delete = getattr(self.external, "delete", None)
        if callable(delete):
            with contextlib.suppress(Exception):  # a cache that cannot delete keeps it until its timeout
                delete(key)
