"""``OauthApi`` (sync) and ``AsyncOauthApi`` (``api.oauth_api``): the token operation (generated:
``smscx_api.legacy.oauth``), whose legacy keywords are its form body."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from smscx_api.legacy.oauth import AsyncOauthApiOperations, OauthApiOperations, get_access_token_call
from switchboard_core import InvalidRequestError, Steps, check, expect

from ._api import AsyncApi, SyncApi
from ._models import input_error

if TYPE_CHECKING:
    from smscx_api.legacy import schemas

    from . import _token
    from ._token import OauthTokenResponse
else:  # imported on the first call
    from switchboard_core import lazy_module

    schemas = lazy_module("smscx_api.legacy.schemas")
    _token = lazy_module("smscx_client._token")

__all__ = ["AsyncOauthApi", "OauthApi"]


class _Form(dict[str, Any]):
    def to_dict(self) -> dict[str, Any]:  # what the generated form builder sends, in the legacy order
        return dict(self)


class _Token:
    def _get_access_token_steps(self, grant_type: object, *, scope: object) -> Steps[OauthTokenResponse]:
        try:  # the optional field first, as the legacy client sent it
            form = check("get_access_token", {"scope": scope, "grant_type": grant_type}, schemas.OAUTH_TOKEN_REQUEST)
        except InvalidRequestError as exc:
            raise input_error(exc) from None
        call = get_access_token_call(_Form(form))
        parse = expect(call.parse, _token.OauthTokenResponse)
        token: OauthTokenResponse = yield replace(call, parse=parse)
        return token


class OauthApi(_Token, SyncApi, OauthApiOperations):
    """SMS.CX oauth operations (sync)."""


class AsyncOauthApi(_Token, AsyncApi, AsyncOauthApiOperations):
    """SMS.CX oauth operations (async): ``await api.method(...)``."""
