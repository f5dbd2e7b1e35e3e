"""Credentials checked when a client is built, and remembered so that no log record shows them.

:func:`check_credentials` reads the credentials a client's settings carry (its default headers, and the string
attributes of its auth object and of the auth objects inside it whose names say they hold a credential: ``key``,
``secret``, ``token``, ``password``, a header value), refuses one with a control character (a trailing newline
from a file would reach the HTTP layer, which quotes it into its error messages and logs) with the settings'
input error naming the parameter, never its value, and registers each with :func:`register_secret`.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx

from ._errors import DEFAULT_ERROR_MAP, ErrorMap
from ._redact import SENSITIVE_HEADERS, register_secret

_CREDENTIAL_WORDS = ("key", "secret", "token", "password", "authorization", "credential", "client_id", "verifier")
_NOT_CREDENTIALS = ("url", "uri", "cache", "has_")
_DEPTH = 3


def _holds_credential(attribute: str) -> bool:
    name = attribute.lower()
    if any(word in name for word in _NOT_CREDENTIALS):
        return False
    return any(word in name for word in _CREDENTIAL_WORDS) or name in ("_value", "_header")


def _walkable(value: object) -> bool:
    """Auth objects and the credential holders inside them (e.g. Authlib's signer), not caches, locks or maps."""
    module = type(value).__module__
    return isinstance(value, httpx.Auth) or module.startswith("authlib")


def credential_strings(auth: object, depth: int = 0) -> Iterator[tuple[str, str]]:
    """``(parameter name, value)`` for each credential string held by ``auth`` or the auth objects inside it."""
    try:
        attributes: dict[str, Any] = vars(auth)
    except TypeError:  # no __dict__
        return
    for attribute, value in attributes.items():
        if isinstance(value, str):
            if _holds_credential(attribute):  # not HeaderAuth.header (the header's name): only "_header"
                yield attribute.lstrip("_"), value
        elif depth < _DEPTH and value is not None and _walkable(value):
            yield from credential_strings(value, depth + 1)
        elif depth < _DEPTH and isinstance(value, dict) and attribute == "schemes":  # SecuritySchemeAuth
            for scheme in value.values():
                if _walkable(scheme):
                    yield from credential_strings(scheme, depth + 1)


def _basic_pair(name: str, value: str) -> list[tuple[str, str]]:
    """A ``Basic`` header value's user and password (what the caller gave), else nothing."""
    scheme, _, encoded = value.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return []
    try:
        user, _, password = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return []
    return [(f"{name} (user)", user), (f"{name} (password)", password)]


def _has_control_character(value: str) -> bool:
    return any(ord(character) < 32 or ord(character) == 127 for character in value)


def _refused(name: str, errors: ErrorMap) -> Exception:
    reason = "contains a control character (a trailing newline?): credentials must be printable"
    return errors.invalid_request(f"{name} {reason}")


def check_printable(errors: ErrorMap = DEFAULT_ERROR_MAP, /, **credentials: object) -> None:
    """The same check, done by a facade on its constructor's own arguments so that the error names the caller's
    parameter (``auth_token``, not the auth object's attribute); values that are not strings are left alone."""
    for name, value in credentials.items():
        if isinstance(value, str) and _has_control_character(value):
            raise _refused(name, errors)


def check_credentials(
    auth: httpx.Auth | None, headers: dict[str, str] | None = None, errors: ErrorMap = DEFAULT_ERROR_MAP
) -> None:
    """Refuse a credential with a control character (``errors.invalid_request``, naming the parameter); remember
    every credential for the log filter (:func:`~switchboard_core._redact.register_secret`)."""
    found: list[tuple[str, str]] = list(credential_strings(auth)) if auth is not None else []
    found += [(name, value) for name, value in (headers or {}).items() if name.lower() in SENSITIVE_HEADERS]
    found += [pair for name, value in found for pair in _basic_pair(name, value)]
    for name, value in found:
        if _has_control_character(value):
            raise _refused(name, errors)
    for _, value in found:
        register_secret(value)
        for word in value.split()[1:]:  # "Bearer <token>", "Basic <credentials>"
            register_secret(word)
