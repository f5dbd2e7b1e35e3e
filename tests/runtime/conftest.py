"""The sync transports the runtime runs on: tests that use real sockets take ``sync_transport`` and run on each."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from switchboard_core import DEFAULT_LIMITS, FastHTTPTransport

TransportFactory = Callable[..., httpx.BaseTransport]

SYNC_TRANSPORTS: dict[str, TransportFactory] = {"httpx": httpx.HTTPTransport, "fast": FastHTTPTransport}


@pytest.fixture(params=sorted(SYNC_TRANSPORTS))
def sync_transport(request: pytest.FixtureRequest) -> TransportFactory:
    """Builds the transport under test (``limits=`` defaults to the runtime's pool)."""
    factory = SYNC_TRANSPORTS[request.param]

    def build(**options: object) -> httpx.BaseTransport:
        options.setdefault("limits", DEFAULT_LIMITS)
        return factory(**options)

    return build
