# Derived from overlay/switchboard_core/_async/_base_client.py by `make generate` (unasync): edit that file, not this one.
"""The client lifecycle (see :mod:`switchboard_core._base_client`): the invoker built in ``__init__``, closing,
the context manager, ``typed`` and ``base_url``."""

from __future__ import annotations

from typing import Any, Self

import httpx

from .._base_client import _WithOptions
from .._client import ClientSettings, build_http_client
from ._invoker import SyncInvoker


class SyncLifecycle(_WithOptions):
    """The lifecycle (the facade's sync or async client subclasses it): the invoker built in ``__init__`` (on
    ``session``, a caller's httpx client, when given: see the invoker's class), closing, the context manager and
    ``with_options``; no ``base_url`` (a facade names it)."""

    _invoker: SyncInvoker

    def __init__(self, settings: ClientSettings, session: httpx.Client | None = None) -> None:
        self._settings = settings
        http = build_http_client(settings) if session is None else session
        self._invoker = SyncInvoker(http, settings, session=session is not None)

    @property
    def typed(self) -> Any:
        """The generated client on this client's stack (auth, retries, timeouts, logging); errors are values there
        (async: ``await op.asyncio_detailed(client=client.typed, ...)``)."""
        return self._typed_on(self._invoker.http)

    def close(self) -> None:
        """Close the HTTP client this object built (a caller's ``session`` is left open)."""
        if not self._invoker.session:
            self._invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SyncAPIClient(SyncLifecycle):
    """The lifecycle and ``base_url``."""

    @property
    def base_url(self) -> str:
        return self._settings.base_url
