"""``InfoCampaign``: the generated response model."""

from smscx_api.models import InfoCampaign

__all__ = ["InfoCampaign"]
