"""``InfoReportsCampaigns``: the generated response model."""

from smscx_api.models import InfoReportsCampaigns

__all__ = ["InfoReportsCampaigns"]
