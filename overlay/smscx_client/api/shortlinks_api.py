"""``ShortlinksApi`` and ``AsyncShortlinksApi``: the SMS.CX shortlinks operations (generated:
``smscx_api.legacy.shortlinks``)."""

from smscx_api.legacy.shortlinks import AsyncShortlinksApi, ShortlinksApi

from ..model.shortlink_new_request import ShortlinkNewRequest
from ..model.shortlink_update_request import ShortlinkUpdateRequest

__all__ = ["AsyncShortlinksApi", "ShortlinkNewRequest", "ShortlinkUpdateRequest", "ShortlinksApi"]
