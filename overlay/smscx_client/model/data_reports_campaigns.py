"""``DataReportsCampaigns``: the generated response model."""

from smscx_api.models import DataReportsCampaigns

__all__ = ["DataReportsCampaigns"]
