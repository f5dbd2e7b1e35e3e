"""``InfoViberCampaign``: the generated response model."""

from smscx_api.models import InfoViberCampaign

__all__ = ["InfoViberCampaign"]
