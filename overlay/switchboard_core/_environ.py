"""Where a client sends its requests when the caller names no URL: one environment-variable scheme for every provider.

``SWITCHBOARD_<PROVIDER>_BASE_URL`` (and, for a provider with a second host, ``SWITCHBOARD_<PROVIDER>_<NAME>``,
e.g. ``SWITCHBOARD_MXIT_AUTH_URL``) overrides the real host; the provider's older variable names (such as
``SMSCX_HOST`` or ``MESSAGEMEDIA_BASE_URL``) are still read after it. A URL passed to the client always wins.
"""

from __future__ import annotations

import os

from ._errors import InvalidRequestError


def env_name(provider: str, setting: str = "BASE_URL") -> str:
    """``SWITCHBOARD_<PROVIDER>_<SETTING>``, e.g. ``SWITCHBOARD_SMSCX_BASE_URL``."""
    return f"SWITCHBOARD_{provider.upper()}_{setting.upper()}"


def base_url_from_env(provider: str, default: str, *legacy: str, setting: str = "BASE_URL") -> str:
    """The URL from :func:`env_name` if set, else from the first of the ``legacy`` variables that is set, else
    ``default``. A value that is not an ``http(s)://`` URL raises :class:`InvalidRequestError` naming its variable.
    """
    for name in (env_name(provider, setting), *legacy):
        value = os.environ.get(name, "").strip()
        if value:
            if not value.startswith(("http://", "https://")):
                raise InvalidRequestError(f"{name} must be an http:// or https:// URL, not {value!r}")
            return value
    return default
