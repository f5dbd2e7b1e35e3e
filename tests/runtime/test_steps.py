"""switchboard_core.run / arun: behaviour written once as steps, driven sync or async."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from switchboard_core import (
    PENDING,
    AsyncInvoker,
    Call,
    ClientSettings,
    Download,
    Gather,
    Handle,
    InvalidRequestError,
    RetryPolicy,
    Steps,
    SwitchboardError,
    SyncInvoker,
    arun,
    build_async_http_client,
    build_http_client,
    run,
)


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/fail":
        return httpx.Response(500, json={})
    return httpx.Response(200, json={"path": request.url.path})


SETTINGS = ClientSettings(
    base_url="https://x.test",
    retry=RetryPolicy(max_retries=0),
    transport=httpx.MockTransport(answer),
    async_transport=httpx.MockTransport(answer),
)


def get(path: str) -> Call[object]:
    return Call({"method": "GET", "url": path}, lambda r: r.json()["path"])


def steps(handler: Callable[[object], object], log: list[object]) -> Steps[list[object]]:
    first = yield get("/one")
    log.append((yield Handle(handler, first)))
    gathered = yield Gather([get("/two"), get("/fail"), get("/three")], concurrency=2)
    try:
        yield get("/fail")
    except SwitchboardError as exc:
        log.append(type(exc).__name__)
    return [first, *(g if isinstance(g, str) else "error" for g in gathered)]


def test_sync_and_async_drivers_give_the_same_result() -> None:
    sync_log: list[object] = []
    result = run(steps(lambda item: f"handled {item}", sync_log), SyncInvoker(build_http_client(SETTINGS), SETTINGS))
    assert result == ["/one", "/two", "error", "/three"]
    assert sync_log == ["handled /one", "InternalServerError"]


async def test_async_driver_awaits_async_handlers() -> None:
    async def handler(item: object) -> str:
        return f"handled {item}"

    log: list[object] = []
    invoker = AsyncInvoker(build_async_http_client(SETTINGS), SETTINGS)
    assert await arun(steps(handler, log), invoker) == ["/one", "/two", "error", "/three"]
    assert log == ["handled /one", "InternalServerError"]


def test_a_handler_error_runs_the_generators_finally_steps_then_propagates() -> None:
    sent: list[str] = []

    def cleanup_steps() -> Steps[None]:
        try:
            yield Handle(lambda _: (_ for _ in ()).throw(ValueError("stop")), None)
        finally:
            sent.append((yield get("/confirm")))

    with pytest.raises(ValueError, match="stop"):
        run(cleanup_steps(), SyncInvoker(build_http_client(SETTINGS), SETTINGS))
    assert sent == ["/confirm"]


def test_gather_checks_concurrency() -> None:
    def bad() -> Steps[object]:
        return (yield Gather([get("/one")], concurrency=0))

    with pytest.raises(InvalidRequestError, match="concurrency"):
        run(bad(), SyncInvoker(build_http_client(SETTINGS), SETTINGS))


def download(path: object) -> Steps[object]:
    return (yield Download(get("/file"), path))  # type: ignore[arg-type]


async def test_download_step_reads_or_writes_the_streamed_body(tmp_path: Path) -> None:
    sync = SyncInvoker(build_http_client(SETTINGS), SETTINGS)
    asynchronous = AsyncInvoker(build_async_http_client(SETTINGS), SETTINGS)
    assert run(download(None), sync) == b'{"path":"/file"}'
    assert await arun(download(None), asynchronous) == b'{"path":"/file"}'
    assert run(download(tmp_path / "a.json"), sync) is None
    assert await arun(download(tmp_path / "b.json"), asynchronous) is None
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes() == b'{"path":"/file"}'


def interrupted_gather(into: list[object], log: list[object], concurrency: int = 1) -> Steps[None]:
    try:
        yield Gather([get("/one"), get("/two"), get("/slow")], concurrency=concurrency, into=into)
    except BaseException as exc:
        log.append((type(exc).__name__, list(into)))
        raise


async def test_a_cancelled_gather_is_thrown_into_the_steps_with_the_answers_that_came() -> None:
    import asyncio

    arrived, release = asyncio.Event(), asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/slow":
            arrived.set()
            await release.wait()
        return httpx.Response(200, json={"path": request.url.path})

    settings = ClientSettings(
        base_url="https://x.test", retry=RetryPolicy(max_retries=0), async_transport=httpx.MockTransport(slow)
    )
    invoker = AsyncInvoker(build_async_http_client(settings), settings)
    into: list[object] = [PENDING] * 3
    log: list[object] = []
    task = asyncio.create_task(arun(interrupted_gather(into, log), invoker))
    await arrived.wait()  # /one and /two answered (one at a time), /slow in flight
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert log == [("CancelledError", ["/one", "/two", PENDING])]


def test_an_unexpected_error_mid_gather_reaches_the_steps_after_the_earlier_answers() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/slow":
            raise RuntimeError("boom")
        return httpx.Response(200, json={"path": request.url.path})

    settings = ClientSettings(
        base_url="https://x.test", retry=RetryPolicy(max_retries=0), transport=httpx.MockTransport(broken)
    )
    into: list[object] = [PENDING] * 3
    log: list[object] = []
    with pytest.raises(RuntimeError, match="boom"):
        run(interrupted_gather(into, log), SyncInvoker(build_http_client(settings), settings))
    assert log == [("RuntimeError", ["/one", "/two", PENDING])]
