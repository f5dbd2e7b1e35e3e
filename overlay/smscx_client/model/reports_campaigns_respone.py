"""``ReportsCampaignsRespone``: the generated response model."""

from smscx_api.models import ReportsCampaignsRespone

__all__ = ["ReportsCampaignsRespone"]
