"""``OauthTokenRequest``: a request model, validated on construction."""

from .._models import RequestModel


class OauthTokenRequest(RequestModel):
    """The ``OauthTokenRequest`` body of specs/smscx.yaml."""
