"""Single-flight token fetches: one fetch or refresh per key (grant and scope) at a time, sync and async alike.

A token flow is written once, as a generator. Besides the requests it sends, it yields :class:`Acquire` and
:class:`Release` steps around the part that must not run twice at once (check the cache again, fetch, store).
Each step names the :class:`FlightLocks` of the auth object it belongs to; whoever drives the flow carries it out
with a thread lock when the flow runs on a sync client, an ``asyncio.Lock`` (per event loop) on an async one.
A driver releases whatever the flow still holds when the flow ends, fails or is abandoned.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

if TYPE_CHECKING:
    import asyncio

R = TypeVar("R")


@dataclass(frozen=True)
class Acquire:
    """Step: wait until no other flow holds ``key`` of ``locks``, then hold it."""

    locks: FlightLocks
    key: str


@dataclass(frozen=True)
class Release:
    """Step: stop holding ``key`` of ``locks``."""

    locks: FlightLocks
    key: str


FlightStep = Acquire | Release
LockedFlow = Generator[httpx.Request | FlightStep, httpx.Response, R]
"""A flow that sends requests (answered with their responses) and takes locks (answered with :data:`DONE`).
A flow that takes no locks (``Generator[httpx.Request, httpx.Response, R]``) is one too."""

DONE: Any = None
"""What a lock step is answered with (the flow ignores it)."""


class FlightLocks:
    """The locks of one auth object: one thread lock per key, one asyncio lock per key and event loop."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._threads: dict[str, threading.Lock] = {}
        self._tasks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return "FlightLocks()"

    def thread_lock(self, key: str) -> threading.Lock:
        with self._guard:
            return self._threads.setdefault(key, threading.Lock())

    def task_lock(self, key: str) -> asyncio.Lock:
        import asyncio  # here: sync users do not pay for importing it

        loop = asyncio.get_running_loop()
        with self._guard:
            return self._tasks.setdefault(loop, {}).setdefault(key, asyncio.Lock())

    def acquire(self, key: str) -> Acquire:
        return Acquire(self, key)

    def release(self, key: str) -> Release:
        return Release(self, key)


class _Holds:
    """The locks one flow holds; leaving the ``with`` block releases them."""

    def __init__(self) -> None:
        self._held: dict[tuple[int, str], threading.Lock | asyncio.Lock] = {}

    def _release(self, step: FlightStep) -> None:
        lock = self._held.pop((id(step.locks), step.key), None)
        if lock is not None:
            lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        for name in reversed(list(self._held)):
            self._held.pop(name).release()


class ThreadHolds(_Holds):
    """The thread locks a sync flow holds."""

    def apply(self, step: FlightStep) -> None:
        if isinstance(step, Release):
            self._release(step)
        elif (name := (id(step.locks), step.key)) not in self._held:
            lock = step.locks.thread_lock(step.key)
            lock.acquire()
            self._held[name] = lock


class TaskHolds(_Holds):
    """The asyncio locks an async flow holds."""

    async def apply(self, step: FlightStep) -> None:
        if isinstance(step, Release):
            self._release(step)
        elif (name := (id(step.locks), step.key)) not in self._held:
            lock = step.locks.task_lock(step.key)
            await lock.acquire()
            self._held[name] = lock


def requests_only(flow: LockedFlow[R]) -> Generator[httpx.Request, httpx.Response, R]:
    """``flow`` with its lock steps carried out with thread locks: what is left are its requests."""
    answer: httpx.Response = DONE
    with ThreadHolds() as holds:
        while True:
            try:
                step = flow.send(answer)
            except StopIteration as done:
                result: R = done.value
                return result
            if isinstance(step, Acquire | Release):
                holds.apply(step)
                answer = DONE
            else:
                answer = yield step


async def arun_flow(flow: LockedFlow[R], send: Callable[[httpx.Request], Awaitable[httpx.Response]]) -> R:
    """Drive ``flow`` with asyncio locks, answering each request with ``await send(request)``."""
    answer: httpx.Response = DONE
    with TaskHolds() as holds:
        while True:
            try:
                step = flow.send(answer)
            except StopIteration as done:
                result: R = done.value
                return result
            if isinstance(step, Acquire | Release):
                await holds.apply(step)
                answer = DONE
            else:
                answer = await send(step)
