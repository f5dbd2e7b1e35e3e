"""``ReportsCampaignResponse``: the generated response model."""

from smscx_api.models import ReportsCampaignResponse

__all__ = ["ReportsCampaignResponse"]
