"""OAuth 2 access tokens and where they are kept between requests."""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ._common import REDACTED


@dataclass(frozen=True, repr=False)
class Token:
    """An OAuth 2 access token as a token endpoint issued it (RFC 6749 §5.1)."""

    access_token: str
    token_type: str = "Bearer"  # noqa: S105 - a token type, not a secret
    expires_at: float | None = None
    """Epoch seconds after which the token is no longer valid; ``None`` if the server gave no lifetime."""
    scope: str | None = None
    refresh_token: str | None = None

    def __repr__(self) -> str:
        refresh = REDACTED if self.refresh_token is not None else None
        return (
            f"Token(access_token={REDACTED}, token_type={self.token_type!r}, expires_at={self.expires_at!r}, "
            f"scope={self.scope!r}, refresh_token={refresh})"
        )

    def expired(self, now: float, leeway: float) -> bool:
        """True if the token has expired at ``now`` or will within ``leeway`` seconds."""
        return self.expires_at is not None and now >= self.expires_at - leeway

    @classmethod
    def from_response(cls, payload: Mapping[str, Any], now: float) -> Token:
        """Build a token from a token endpoint's JSON object; ``expires_in`` counts from ``now``.

        Raises :class:`ValueError` (never quoting the payload, which holds the secrets) if ``access_token`` is
        missing or empty, or a field has the wrong type.
        """
        access_token = payload.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("the token response has no access_token string")
        token_type = payload.get("token_type", "Bearer")
        if not isinstance(token_type, str) or not token_type:
            raise ValueError("the token response's token_type is not a string")
        return cls(
            access_token=access_token,
            token_type=token_type,
            expires_at=_expires_at(payload.get("expires_in"), now),
            scope=_scope(payload.get("scope")),
            refresh_token=_optional_str(payload, "refresh_token"),
        )


def _expires_at(expires_in: object, now: float) -> float | None:
    if expires_in is None:
        return None
    if isinstance(expires_in, bool):
        raise ValueError("the token response's expires_in is not a number")
    if isinstance(expires_in, str):  # some servers send "3600"
        try:
            expires_in = float(expires_in)
        except ValueError:
            raise ValueError("the token response's expires_in is not a number") from None
    if not isinstance(expires_in, int | float) or not math.isfinite(expires_in):
        raise ValueError("the token response's expires_in is not a number")
    return now + float(expires_in)


def _scope(scope: object) -> str | None:
    if scope is None or isinstance(scope, str):
        return scope
    if isinstance(scope, list) and all(isinstance(item, str) for item in scope):  # a few servers send a list
        return " ".join(scope)
    raise ValueError("the token response's scope is not a string")


def _optional_str(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"the token response's {key} is not a string")


@runtime_checkable
class TokenCache(Protocol):
    """Where tokens are kept between requests, one per key. Implementations must be thread-safe."""

    def get(self, key: str) -> Token | None: ...

    def set(self, key: str, token: Token) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryTokenCache:
    """A process-local :class:`TokenCache`: a dict behind a lock. Share one instance to share tokens."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        with self._lock:
            return f"MemoryTokenCache(<{len(self._tokens)} tokens>)"

    def get(self, key: str) -> Token | None:
        with self._lock:
            return self._tokens.get(key)

    def set(self, key: str, token: Token) -> None:
        with self._lock:
            self._tokens[key] = token

    def delete(self, key: str) -> None:
        with self._lock:
            self._tokens.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._tokens)
