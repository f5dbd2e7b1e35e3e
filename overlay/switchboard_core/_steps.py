"""Behaviour written once for sync and async (sans-IO): a generator yields what it needs done, a driver does it.

A facade's multi-request behaviour (polling loops, batched sends) is one generator function that yields
:class:`~switchboard_core.Call` objects (sent with the caller's options; the generator receives the parsed
answer, or has the error thrown into it), :class:`Handle` (call a user function; awaited if it returns an
awaitable), :class:`Gather` (several calls; the sync driver sends them in order, the async one at most
``concurrency`` at a time; the generator receives each answer or its :class:`SwitchboardError`) or
:class:`Download` (a streamed body, into memory or a file). :func:`run` and :func:`arun` are the only
sync/async pair.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from ._client import AsyncInvoker, Call, CallOptions, SyncInvoker
from ._download import StrPath, aread_body, asave_body, read_body, save_body
from ._errors import InvalidRequestError, SwitchboardError

T = TypeVar("T")
_DEFAULT = CallOptions()
Steps = Generator[Any, Any, T]


@dataclass(frozen=True)
class Handle:
    """Call ``function(argument)`` (a caller's handler); the generator receives its result."""

    function: Callable[[Any], object]
    argument: object


@dataclass(frozen=True)
class Gather:
    """Send every call; the generator receives a list of answers and :class:`SwitchboardError` s, in order."""

    calls: Sequence[Call[Any]]
    concurrency: int = 1


@dataclass(frozen=True)
class Download:
    """Send ``call`` and stream its body: the generator receives the bytes, or None once written to ``path``."""

    call: Call[Any]
    path: StrPath | None = None


def _checked(concurrency: int) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidRequestError(f"concurrency must be a positive integer, not {concurrency!r}")
    return concurrency


def run(steps: Steps[T], invoker: SyncInvoker, options: CallOptions = _DEFAULT) -> T:
    """Drive ``steps`` with blocking calls."""
    reply: Any = None
    failure: BaseException | None = None
    while True:
        try:
            step = steps.send(reply) if failure is None else steps.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        reply, failure = None, None
        try:
            if isinstance(step, Call):
                reply = invoker.run(step, options)
            elif isinstance(step, Handle):
                reply = step.function(step.argument)
            elif isinstance(step, Gather):
                _checked(step.concurrency)
                reply = [_attempt(partial(invoker.run, call, options)) for call in step.calls]
            elif isinstance(step, Download):
                consume = read_body if step.path is None else save_body(step.path)
                reply = invoker.stream(step.call, consume, options)
                reply = None if step.path is not None else reply
            else:
                raise TypeError(f"unknown step {step!r}")
        except Exception as exc:
            failure = exc


def _attempt(send: Callable[[], object]) -> object:
    try:
        return send()
    except SwitchboardError as exc:
        return exc


async def arun(steps: Steps[T], invoker: AsyncInvoker, options: CallOptions = _DEFAULT) -> T:
    """Drive ``steps`` with awaited calls; a :class:`Gather` runs up to ``concurrency`` calls at once."""
    reply: Any = None
    failure: BaseException | None = None
    while True:
        try:
            step = steps.send(reply) if failure is None else steps.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        reply, failure = None, None
        try:
            if isinstance(step, Call):
                reply = await invoker.run(step, options)
            elif isinstance(step, Handle):
                reply = step.function(step.argument)
                if inspect.isawaitable(reply):
                    reply = await reply
            elif isinstance(step, Gather):
                reply = await _gather(step, invoker, options)
            elif isinstance(step, Download):
                consume = aread_body if step.path is None else asave_body(step.path)
                reply = await invoker.stream(step.call, consume, options)
                reply = None if step.path is not None else reply
            else:
                raise TypeError(f"unknown step {step!r}")
        except Exception as exc:
            failure = exc


async def _gather(step: Gather, invoker: AsyncInvoker, options: CallOptions) -> list[object]:
    import asyncio  # not at module level: importing asyncio costs sync users start-up time

    gate = asyncio.Semaphore(_checked(step.concurrency))

    async def one(call: Call[Any]) -> object:
        async with gate:
            try:
                return await invoker.run(call, options)
            except SwitchboardError as exc:
                return exc

    return list(await asyncio.gather(*(one(call) for call in step.calls)))
