"""What every API class adds to its generated operations (``smscx_api.legacy.<tag>``): the legacy constructor
``XxxApi(api_client)``, the request models as bodies, and the seed's exceptions for input refused before
sending."""

from __future__ import annotations

from typing import Any

from switchboard_core import InvalidRequestError

from ._models import input_error, legacy_body
from .api_client import ApiClient, AsyncApiClient


class _Legacy:
    @staticmethod
    def _legacy_body(schema: str, body: object) -> Any:
        return legacy_body(schema, body)

    @staticmethod
    def _input_error(error: InvalidRequestError) -> Exception:
        return input_error(error)


class SyncApi(_Legacy):
    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()
        self._invoker = self.api_client.invoker


class AsyncApi(_Legacy):
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()
        self._invoker = self.api_client.invoker
