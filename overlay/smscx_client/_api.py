"""What every API class adds to its generated operations (``smscx_api.legacy.<tag>``): the legacy constructor
``XxxApi(api_client)``, the request models as bodies, the seed's exceptions for input refused before sending,
and the exports' 0.1.x answers."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import IO, Any, TypeVar, cast

from switchboard_core import Call, CallOptions, InvalidRequestError

from ._call_options import shaped
from ._exports import legacy_export
from ._models import input_error, legacy_body
from .api_client import ApiClient, AsyncApiClient

T = TypeVar("T")


class _Legacy:
    api_client: ApiClient | AsyncApiClient

    def _legacy_export(self, call: Call[Any], media_type: str) -> Call[str | bytes | Path | IO[bytes]]:
        export = legacy_export(call, media_type, self.api_client.configuration.temp_folder_path)
        return cast("Call[str | bytes | Path | IO[bytes]]", export)

    @staticmethod
    def _legacy_body(schema: str, body: object) -> Any:
        return legacy_body(schema, body)

    @staticmethod
    def _input_error(error: InvalidRequestError) -> Exception:
        return input_error(error)

    @staticmethod
    def _legacy_shape(call: Call[T], extra: dict[str, Any]) -> Call[T]:
        return shaped(call, extra)


class SyncApi(_Legacy):
    api_client: ApiClient

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()
        self._invoker = self.api_client.invoker

    def _legacy_call(self, call: Call[T], options: CallOptions, extra: dict[str, Any]) -> T:
        """0.1.x's ``async_req=True``: the call runs on the client's thread pool (an ``ApplyResult``)."""
        rest = {name: value for name, value in extra.items() if name != "async_req"}
        if not extra.get("async_req"):
            return cast(T, super()._legacy_call(call, options, rest))  # type: ignore[misc]
        run = partial(self._invoker.run, shaped(call, rest) if rest else call, options)
        return cast(T, self.api_client.pool.apply_async(run))


class AsyncApi(_Legacy):
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()
        self._invoker = self.api_client.invoker
