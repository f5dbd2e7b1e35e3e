"""``SendMultichannelMessageResponse``: the generated response model."""

from smscx_api.models import SendMultichannelMessageResponse

__all__ = ["SendMultichannelMessageResponse"]
