"""``OauthTokenResponse`` (``model.oauth_token_response``): the generated token model, with the access token kept out
of its repr."""

from typing import Any

from smscx_api.models import OauthTokenResponse as _GeneratedOauthTokenResponse
from switchboard_core import REDACTED

__all__ = ["OauthTokenResponse"]


class OauthTokenResponse(_GeneratedOauthTokenResponse):
    """``access_token``, ``expires_in`` (seconds), ``token_type`` and ``scope`` of a new access token."""

    def __repr__(self) -> str:
        extra: dict[str, Any] = self.additional_properties
        return (
            f"OauthTokenResponse(access_token={REDACTED}, expires_in={self.expires_in!r}, "
            f"token_type={self.token_type!r}, scope={self.scope!r}, additional_properties={sorted(extra)!r})"
        )
