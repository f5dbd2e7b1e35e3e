"""``InfoReportCampaign``: the generated response model."""

from smscx_api.models import InfoReportCampaign

__all__ = ["InfoReportCampaign"]
