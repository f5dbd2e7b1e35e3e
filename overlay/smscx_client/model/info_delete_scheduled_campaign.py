"""``InfoDeleteScheduledCampaign``: the generated response model."""

from smscx_api.models import InfoDeleteScheduledCampaign

__all__ = ["InfoDeleteScheduledCampaign"]
