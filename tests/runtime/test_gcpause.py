"""The collector pause around large parses: off inside, restored after, nested and threaded safely."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import httpx
import pytest

from switchboard_core import Call, ClientSettings, ResponseParseError, SyncInvoker, build_http_client
from switchboard_core._gcpause import LARGE_BODY, gc_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_restored_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_exception() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_caller_who_disabled_it_keeps_it_disabled() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_threads_leave_it_enabled() -> None:
    inside, release = threading.Barrier(2), threading.Event()

    def parse() -> None:
        with gc_paused():
            inside.wait()
            release.wait(5)

    first = threading.Thread(target=parse)
    first.start()
    with gc_paused():
        inside.wait()
        release.set()
        first.join()
        assert not gc.isenabled()
    assert gc.isenabled()


def _invoker(body: bytes) -> SyncInvoker:
    settings = ClientSettings(
        base_url="https://api.example", transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body))
    )
    return SyncInvoker(build_http_client(settings), settings)


def test_large_bodies_are_parsed_with_the_collector_paused() -> None:
    seen: list[bool] = []

    def parse(response: httpx.Response) -> int:
        seen.append(gc.isenabled())
        return len(response.content)

    assert _invoker(b"x" * LARGE_BODY).run(Call({"method": "GET", "url": "/big"}, parse)) == LARGE_BODY
    assert _invoker(b"small").run(Call({"method": "GET", "url": "/small"}, parse)) == 5
    assert seen == [False, True]
    assert gc.isenabled()


def test_a_failing_large_parse_still_restores_it() -> None:
    def parse(response: httpx.Response) -> int:
        raise KeyError("missing")

    with pytest.raises(ResponseParseError):
        _invoker(b"{" * LARGE_BODY).run(Call({"method": "GET", "url": "/big"}, parse))
    assert gc.isenabled()
