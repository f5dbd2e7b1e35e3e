"""Session-wide test set-up: the sandbox's pytest plugin (``<provider>_sandbox`` fixtures; installed wheels load it
through its ``pytest11`` entry point, the repository loads it from ``sandbox/``), and, while recording against a
sandbox (scripts/record.py), what makes a re-record write the same bytes: the tests' own clock frozen at the
sandbox's frozen instant, and concurrent async requests sent one at a time in the order they were started."""

from __future__ import annotations

import asyncio
import functools
import sys
import weakref
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from importlib.metadata import entry_points
from typing import Any

import httpx
import pytest
import time_machine
from vcr.patch import CassettePatcherBuilder
from vcr.stubs.httpx_stubs import vcr_handle_async_request

from switchboard_core import AiohttpTransport
from switchboard_sandbox.clock import parse_instant
from tests import cassettes

PLUGIN = "switchboard_sandbox.pytest_plugin"
pytest_plugins = [] if any(ep.value == PLUGIN for ep in entry_points(group="pytest11")) else [PLUGIN]
"""Loaded from the repository unless the installed ``switchboard-sandbox`` wheel already registered it."""

AsyncHandler = Callable[[httpx.AsyncHTTPTransport, httpx.Request], Awaitable[httpx.Response]]


def _one_at_a_time(handle: AsyncHandler) -> AsyncHandler:
    """``handle`` (the async transport's) under one FIFO lock per event loop, reading the whole answer inside it:
    concurrent requests (``asyncio.gather``) then reach the sandbox, and the cassette, in the order they started,
    instead of the order the sandbox's threads happened to answer them."""
    locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()

    @functools.wraps(handle)
    async def serialized(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        lock = locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
        async with lock:
            response = await handle(transport, request)
            stream = response.stream
            assert isinstance(stream, httpx.AsyncByteStream)
            content = b"".join([part async for part in stream])
            await stream.aclose()
            return httpx.Response(
                response.status_code,
                headers=response.headers,
                stream=httpx.ByteStream(content),
                extensions=response.extensions,
                request=request,
            )

    return serialized


if cassettes.MODE == "sandbox" and cassettes.RECORD_NOW:
    # patched before vcrpy wraps the transport, so vcrpy records each answer as soon as the lock is released
    httpx.AsyncHTTPTransport.handle_async_request = _one_at_a_time(  # type: ignore[method-assign,assignment]
        httpx.AsyncHTTPTransport.handle_async_request
    )
    AiohttpTransport.handle_async_request = _one_at_a_time(  # type: ignore[method-assign,assignment]
        AiohttpTransport.handle_async_request  # type: ignore[arg-type]
    )


def _httpx_and_aiohttp_patchers(
    builder: CassettePatcherBuilder, httpx_patchers: Callable[[CassettePatcherBuilder], Iterator[Any]]
) -> Iterator[Any]:
    """vcrpy's httpx patchers, and one more that records and replays the async clients' default aiohttp transport
    (:class:`switchboard_core.AiohttpTransport`) at the same layer as ``httpx.AsyncHTTPTransport``: the same httpx
    requests and answers, so one cassette serves both transports."""
    yield from httpx_patchers(builder)
    handle = vcr_handle_async_request(builder._cassette, _AIOHTTP_HANDLE, httpx)
    yield builder._build_patcher(AiohttpTransport, "handle_async_request", handle)


_AIOHTTP_HANDLE = AiohttpTransport.handle_async_request
CassettePatcherBuilder._httpx = functools.partialmethod(_httpx_and_aiohttp_patchers, CassettePatcherBuilder._httpx)


@pytest.fixture(autouse=True)
def _recording_clock() -> Iterator[None]:
    """Freeze ``time.time`` and ``datetime.now`` at :data:`cassettes.RECORD_NOW` while recording (HMAC ``date``
    headers, token expiries and rate-limit waits then repeat on every re-record); nothing otherwise."""
    if cassettes.MODE != "sandbox" or not cassettes.RECORD_NOW:
        yield
        return
    with time_machine.travel(parse_instant(cassettes.RECORD_NOW), tick=False):
        yield


_WORKERS_FUZZ_REQUESTS: Counter[str] = Counter()
"""On the pytest-xdist controller: the fuzz requests its workers reported, per provider."""


def _fuzz_requests() -> Counter[str]:
    """The schemathesis fuzz's requests per provider sent in this process (none if it did not run here)."""
    fuzz = sys.modules.get("tests.sandbox.fuzz")
    return Counter(getattr(fuzz, "REQUESTS", {}))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On a pytest-xdist worker: hand the fuzz's request counts to the controller, which prints the summary."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["sandbox_fuzz_requests"] = dict(_fuzz_requests())


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """On the pytest-xdist controller: add up what each finished worker reported."""
    _WORKERS_FUZZ_REQUESTS.update(getattr(node, "workeroutput", {}).get("sandbox_fuzz_requests", {}))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """How many requests the schemathesis fuzz (tests/sandbox/test_fuzz.py) sent, per provider, in every worker.
    Here, not in tests/sandbox/conftest.py: the pytest-xdist controller loads only this conftest."""
    requests = _fuzz_requests() + _WORKERS_FUZZ_REQUESTS
    if requests:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(requests.items()))
        terminalreporter.write_line(f"sandbox fuzz: {sum(requests.values())} requests ({counts})")
