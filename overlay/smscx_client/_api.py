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


class SyncApi(_Legacy):
    api_client: ApiClient

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()
        self._invoker = self.api_client.invoker

    def _legacy_call(self, call: Call[T], options: CallOptions, extra: dict[str, Any]) -> T:
        shaped_call = shaped(call, extra) if extra else call
        if extra.get("async_req"):
            run = partial(self._invoker.run, shaped_call, options)
            return cast(T, self.api_client.pool.apply_async(run))
        return cast(T, self._invoker.run(shaped_call, options))


class AsyncApi(_Legacy):
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()
        self._invoker = self.api_client.invoker

    async def _legacy_call(self, call: Call[T], options: CallOptions, extra: dict[str, Any]) -> T:
        return cast(T, await self._invoker.run(shaped(call, extra, async_api=True) if extra else call, options))
