"""``InfoMultichannelCampaign``: the generated response model."""

from smscx_api.models import InfoMultichannelCampaign

__all__ = ["InfoMultichannelCampaign"]
