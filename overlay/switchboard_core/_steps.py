"""Behaviour written once for sync and async (sans-IO): a generator yields what it needs done, a driver does it.

A facade's multi-request behaviour (polling loops, batched sends) is one generator function that yields
:class:`~switchboard_core.Call` objects (sent with the caller's options; the generator receives the parsed
answer, or has the error thrown into it), :class:`Handle` (call a user function; awaited if it returns an
awaitable), :class:`Gather` (several calls; the sync driver sends them in order, the async one at most
``concurrency`` at a time, in a task group; the generator receives each answer or its :class:`SwitchboardError`)
or :class:`Download` (a streamed body, into memory or a file) or :class:`TokenFlow` (a single-flight OAuth 2
token flow, run on the invoker's HTTP client). :func:`run` and :func:`arun` are the only
sync/async pair; :func:`drive` picks one by the invoker, for behaviour whose public methods are generated in both
forms. Anything that interrupts a step (an unexpected error, ``KeyboardInterrupt``, the task's
cancellation) is thrown into the generator at its ``yield``, so it can report what was done before re-raising;
a :class:`Gather` given ``into`` has every answer that came written there as it came.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from ._async._client import AsyncInvoker, aread_body
from ._client import Call, CallOptions
from ._download import StrPath, asave_body, save_body
from ._errors import InvalidRequestError, SwitchboardError
from ._sync._client import SyncInvoker, read_body

if TYPE_CHECKING:
    from .auth import Token
    from .auth._flight import LockedFlow

T = TypeVar("T")
_DEFAULT = CallOptions()
Steps = Generator[Any, Any, T]


@dataclass(frozen=True)
class Handle:
    """Call ``function(argument)`` (a caller's handler); the generator receives its result."""

    function: Callable[[Any], object]
    argument: object


@dataclass(frozen=True)
class TokenFlow:
    """Run a single-flight token ``flow`` (``switchboard_core.auth``) on the invoker's HTTP client (its lock steps
    with thread or asyncio locks); the generator receives the token."""

    flow: LockedFlow[Token]


PENDING: Any = type("Pending", (), {"__repr__": lambda self: "PENDING"})()
"""What a :class:`Gather`'s ``into`` holds for a call that has no answer yet."""


@dataclass(frozen=True)
class Gather:
    """Send every call; the generator receives a list of answers and :class:`SwitchboardError` s, in order.

    ``into`` (optional, as long as ``calls``, e.g. ``[PENDING] * len(calls)``) receives each answer as it comes,
    so a generator interrupted during the gather knows which calls were answered."""

    calls: Sequence[Call[Any]]
    concurrency: int = 1
    into: list[object] | None = None


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
            elif isinstance(step, TokenFlow):
                from .auth import run_token_flow  # not at module level: the auth package builds on this one

                reply = run_token_flow(step.flow, invoker.http)
            elif isinstance(step, Gather):
                _checked(step.concurrency)
                into = step.into if step.into is not None else [PENDING] * len(step.calls)
                for i, call in enumerate(step.calls):
                    into[i] = _attempt(partial(invoker.run, call, options))
                reply = list(into)
            elif isinstance(step, Download):
                consume = read_body if step.path is None else save_body(step.path)
                reply = invoker.stream(step.call, consume, options)
                reply = None if step.path is not None else reply
            else:
                raise TypeError(f"unknown step {step!r}")
        except BaseException as exc:  # thrown into the generator at its yield (it re-raises what it does not handle)
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
            elif isinstance(step, TokenFlow):
                from .auth import arun_token_flow  # not at module level: the auth package builds on this one

                reply = await arun_token_flow(step.flow, invoker.http)
            elif isinstance(step, Gather):
                reply = await _gather(step, invoker, options)
            elif isinstance(step, Download):
                consume = aread_body if step.path is None else asave_body(step.path)
                reply = await invoker.stream(step.call, consume, options)
                reply = None if step.path is not None else reply
            else:
                raise TypeError(f"unknown step {step!r}")
        except BaseException as exc:  # thrown into the generator at its yield (it re-raises what it does not handle)
            failure = exc


async def _gather(step: Gather, invoker: AsyncInvoker, options: CallOptions) -> list[object]:
    import asyncio  # not at module level: importing asyncio costs sync users start-up time

    gate = asyncio.Semaphore(_checked(step.concurrency))
    into = step.into if step.into is not None else [PENDING] * len(step.calls)

    async def one(i: int, call: Call[Any]) -> None:
        async with gate:
            try:
                into[i] = await invoker.run(call, options)
            except SwitchboardError as exc:
                into[i] = exc

    try:
        async with asyncio.TaskGroup() as group:
            for i, call in enumerate(step.calls):
                group.create_task(one(i, call))
    except BaseExceptionGroup as group_error:  # an unexpected error in one call: raised as itself
        raise group_error.exceptions[0] from None
    return list(into)


def drive(steps: Steps[T], invoker: SyncInvoker | AsyncInvoker, options: CallOptions = _DEFAULT) -> Any:
    """Drive ``steps`` on either invoker: the value on a sync one, a coroutine of it on an async one."""
    return arun(steps, invoker, options) if isinstance(invoker, AsyncInvoker) else run(steps, invoker, options)
