"""``HTTPClient``: what a client's models send through (``client.http``), sync or async.

Behaviour that sends requests is written once, as steps (generators yielding ``switchboard_core.Call``);
:meth:`HTTPClient.drive` runs them with blocking calls and :meth:`AsyncHTTPClient.drive` returns a coroutine
(so on an ``AsyncClient`` every model method that sends a request is awaited). Bad input found while the steps
build their calls is raised as :class:`pytweet.errors.InvalidRequest` before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from switchboard_core import AsyncInvoker, CallOptions, InvalidRequestError, Steps, SyncInvoker, drive

from .errors import InvalidRequest

T = TypeVar("T")
_DEFAULT = CallOptions()


def _typed_input_error(exc: InvalidRequestError) -> InvalidRequest:
    return exc if isinstance(exc, InvalidRequest) else InvalidRequest(str(exc))


def _typed_input(steps: Steps[T]) -> Steps[T]:
    """``steps`` with bad input (found by the steps or by the calls they yield) raised as ``InvalidRequest``."""
    try:
        return (yield from steps)
    except InvalidRequestError as exc:
        raise _typed_input_error(exc) from exc


class _Credentials:
    """The five credentials (secrets never shown in a repr) and the state 1.3.6 kept on its HTTP client."""

    def __init__(
        self,
        bearer_token: str | None,
        consumer_key: str | None,
        consumer_key_secret: str | None,
        access_token: str | None,
        access_token_secret: str | None,
    ) -> None:
        self.bearer_token = bearer_token
        self.consumer_key = consumer_key
        self.consumer_key_secret = consumer_key_secret
        self.access_token = access_token
        self.access_token_secret = access_token_secret
        self.message_cache: dict[int, Any] = {}
        """Direct messages by event id (filled by part 2's ``User.send``)."""
        self.tweet_cache: dict[int, Any] = {}
        """The client account's tweets by id (``fetch_tweet`` of its own tweets; ``Tweet.delete`` removes)."""
        self.account: Any = None
        """The client's ``User`` once fetched."""
        self.events: dict[str, Callable[..., Any]] = {}

    @property
    def access_token_user_id(self) -> str | None:
        """The authenticating user's id: the part of the access token before its first ``-`` (as on Twitter)."""
        return self.access_token.partition("-")[0] if self.access_token else None

    def me(self) -> str:
        user_id = self.access_token_user_id
        if not user_id:
            raise InvalidRequest("access_token is a required credentials that is missing!")
        return user_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user_id={self.access_token_user_id!r})"

    invoker: SyncInvoker | AsyncInvoker

    def drive(self, steps: Steps[T], options: CallOptions = _DEFAULT) -> T:
        """Run ``steps``: the value on a sync client; on an async one, typed as the value for the models' sake, a
        coroutine of it."""
        return cast(T, drive(_typed_input(steps), self.invoker, options))


class HTTPClient(_Credentials):
    """Sends a client's requests with blocking calls."""

    is_async = False
    invoker: SyncInvoker

    def __init__(self, invoker: SyncInvoker, *credentials: str | None) -> None:
        super().__init__(*credentials)
        self.invoker = invoker


class AsyncHTTPClient(_Credentials):
    """Sends a client's requests on an event loop: :meth:`drive` returns a coroutine."""

    is_async = True
    invoker: AsyncInvoker

    def __init__(self, invoker: AsyncInvoker, *credentials: str | None) -> None:
        super().__init__(*credentials)
        self.invoker = invoker


AnyHTTPClient = HTTPClient | AsyncHTTPClient
