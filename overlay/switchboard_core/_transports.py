"""Which transport an async client gets when the caller passes none: aiohttp's when it is installed.

``pip install switchboard-<provider>[aiohttp]`` installs it. ``SWITCHBOARD_ASYNC_TRANSPORT=httpcore`` (or passing
``async_transport=httpx.AsyncHTTPTransport(...)``) keeps httpx's own; ``=aiohttp`` insists on aiohttp (an
ImportError names the extra when it is missing). HTTP/2 and SOCKS proxies always use httpx's own (aiohttp has
neither).
"""

from __future__ import annotations

import os
import ssl
from importlib.util import find_spec
from typing import Any

import httpx

ENV = "SWITCHBOARD_ASYNC_TRANSPORT"
"""``aiohttp``, ``httpcore`` or unset (aiohttp when installed)."""


def aiohttp_installed() -> bool:
    return find_spec("aiohttp") is not None


def use_aiohttp(proxy: httpx.Proxy | str | None = None, http2: bool = False) -> bool:
    """Whether :func:`default_async_transport` chooses aiohttp for these options (see the module)."""
    choice = os.environ.get(ENV, "").strip().lower()
    if choice not in ("", "aiohttp", "httpcore"):
        raise ValueError(f"{ENV} must be 'aiohttp' or 'httpcore', not {choice!r}")
    if choice == "httpcore" or http2:
        return False
    scheme = (httpx.Proxy(proxy) if isinstance(proxy, str) else proxy).url.scheme if proxy is not None else "http"
    if scheme not in ("http", "https"):
        return False
    if choice == "aiohttp" and not aiohttp_installed():
        raise ImportError(f"{ENV}=aiohttp needs aiohttp: pip install 'switchboard-<provider>[aiohttp]'")
    return aiohttp_installed()


def default_async_transport(
    *,
    verify: ssl.SSLContext | str | bool = True,
    cert: Any = None,
    trust_env: bool = True,
    limits: httpx.Limits | None = None,
    proxy: httpx.Proxy | str | None = None,
    http2: bool = False,
) -> httpx.AsyncBaseTransport:
    """An :class:`~switchboard_core.AiohttpTransport` when :func:`use_aiohttp` says so, else an
    ``httpx.AsyncHTTPTransport``; the options mean what they mean for ``httpx.AsyncHTTPTransport``."""
    limits = limits if limits is not None else httpx.Limits()
    if use_aiohttp(proxy, http2):
        from ._aiohttp_transport import AiohttpTransport

        return AiohttpTransport(verify=verify, cert=cert, trust_env=trust_env, limits=limits, proxy=proxy)
    return httpx.AsyncHTTPTransport(
        verify=verify, cert=cert, trust_env=trust_env, limits=limits, proxy=proxy, http2=http2
    )
