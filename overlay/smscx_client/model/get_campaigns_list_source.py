"""``GetCampaignsListSource``: the generated response model."""

from smscx_api.models import GetCampaignsListSource

__all__ = ["GetCampaignsListSource"]
