"""``SendViberMessageResponse``: the generated response model."""

from smscx_api.models import SendViberMessageResponse

__all__ = ["SendViberMessageResponse"]
