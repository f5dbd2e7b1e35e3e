"""``OauthTokenRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import OauthTokenRequest

__all__ = ["OauthTokenRequest"]
