"""``DeleteScheduledCampaign``: the generated response model."""

from smscx_api.models import DeleteScheduledCampaign

__all__ = ["DeleteScheduledCampaign"]
