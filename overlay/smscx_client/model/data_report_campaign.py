"""``DataReportCampaign``: the generated response model."""

from smscx_api.models import DataReportCampaign

__all__ = ["DataReportCampaign"]
