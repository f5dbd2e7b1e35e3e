"""``OauthTokenRequestGrantType``: the generated response model."""

from smscx_api.models import OauthTokenRequestGrantType

__all__ = ["OauthTokenRequestGrantType"]
