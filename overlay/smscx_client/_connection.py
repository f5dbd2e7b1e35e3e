"""openapi-generator's connection settings of a :class:`Configuration`, mapped onto the httpx stack."""

from __future__ import annotations

import logging
import ssl
import warnings

import httpx

from switchboard_core import DEFAULT_LIMITS, default_async_transport

from .configuration import IGNORED, Configuration

LOGGER = "switchboard.smscx"


def transports(configuration: Configuration) -> tuple[httpx.HTTPTransport | None, httpx.AsyncBaseTransport | None]:
    """Transports for the TLS, client certificate, proxy and pool settings; ``(None, None)`` when all are unset.
    The async one is :func:`~switchboard_core.default_async_transport`'s (aiohttp's when it is installed)."""
    c = configuration
    if c.ssl_ca_cert is None and c.verify_ssl and not c.cert_file and not c.proxy and not c.connection_pool_maxsize:
        return None, None
    verify: ssl.SSLContext | bool = False
    if c.verify_ssl:
        verify = ssl.create_default_context(cafile=c.ssl_ca_cert)
        if c.cert_file:
            verify.load_cert_chain(c.cert_file, c.key_file)
    proxy = httpx.Proxy(c.proxy, headers=dict(c.proxy_headers or {})) if c.proxy else None
    size = c.connection_pool_maxsize
    # Every connection the pool allows is kept alive (httpx.Limits() would keep only 20 of its 100).
    limits = httpx.Limits(max_connections=size, max_keepalive_connections=size) if size else DEFAULT_LIMITS
    options = {"verify": verify, "proxy": proxy, "limits": limits}
    return httpx.HTTPTransport(**options), default_async_transport(**options)  # type: ignore[arg-type]


def apply_logging(configuration: Configuration) -> None:
    """``debug`` sets the ``switchboard.smscx`` logger to DEBUG; ``logger_file`` adds a file handler to it."""
    logger = logging.getLogger(LOGGER)
    if configuration.debug:
        logger.setLevel(logging.DEBUG)
    path = configuration.logger_file
    if path and not any(getattr(h, "baseFilename", None) == path for h in logger.handlers):
        logger.addHandler(logging.FileHandler(path))


def warn_ignored(configuration: Configuration) -> None:
    """A :class:`DeprecationWarning` for each setting that was changed but has no meaning on httpx."""
    for name, default in IGNORED.items():
        if getattr(configuration, name, default) != default:
            warnings.warn(f"Configuration.{name} has no effect in this client", DeprecationWarning, stacklevel=4)
