"""``OauthApi`` (sync) and ``AsyncOauthApi``: the token operation, whose legacy keywords are its form body."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from switchboard_core import NOT_GIVEN, Call, CallOptions, InvalidRequestError, Steps, Timeout, arun, check, expect, run

from .._api import AsyncApi, SyncApi
from .._models import input_error

if TYPE_CHECKING:
    from smscx_api.api.oauth import get_access_token
    from smscx_api.legacy import schemas

    from ..model import oauth_token_response
    from ..model.oauth_token_response import OauthTokenResponse
else:  # imported on the first call
    from switchboard_core import lazy_module

    get_access_token = lazy_module("smscx_api.api.oauth.get_access_token")
    schemas = lazy_module("smscx_api.legacy.schemas")
    oauth_token_response = lazy_module("smscx_client.model.oauth_token_response")

__all__ = ["AsyncOauthApi", "OauthApi"]


class _Form(dict[str, Any]):
    def to_dict(self) -> dict[str, Any]:  # what the generated form builder sends, in the legacy order
        return dict(self)


def _token(grant_type: object, scope: object) -> Steps[OauthTokenResponse]:
    try:  # the optional field first, as the legacy client sent it
        form = check("get_access_token", {"scope": scope, "grant_type": grant_type}, schemas.OAUTH_TOKEN_REQUEST)
    except InvalidRequestError as exc:
        raise input_error(exc) from None
    request = get_access_token.build_request(body=_Form(form))  # type: ignore[arg-type]
    parse = expect(get_access_token.parse_response, oauth_token_response.OauthTokenResponse)
    token: OauthTokenResponse = yield Call(request, parse)
    return token


class OauthApi(SyncApi):
    """SMS.CX oauth operations (sync)."""

    def get_access_token(
        self,
        grant_type: str = "client_credentials",
        *,
        scope: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OauthTokenResponse:
        """Get access token."""
        return run(_token(grant_type, scope), self._invoker, CallOptions(_request_timeout, _max_retries))


class AsyncOauthApi(AsyncApi):
    """SMS.CX oauth operations (async): ``await api.method(...)``."""

    async def get_access_token(
        self,
        grant_type: str = "client_credentials",
        *,
        scope: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OauthTokenResponse:
        """Get access token."""
        return await arun(_token(grant_type, scope), self._invoker, CallOptions(_request_timeout, _max_retries))
