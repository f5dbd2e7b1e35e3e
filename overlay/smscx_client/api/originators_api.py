"""``OriginatorsApi`` and ``AsyncOriginatorsApi``: the SMS.CX originators operations (generated:
``smscx_api.legacy.originators``)."""

from smscx_api.legacy.originators import AsyncOriginatorsApi, OriginatorsApi

from ..model.originator_new_request import OriginatorNewRequest

__all__ = ["AsyncOriginatorsApi", "OriginatorNewRequest", "OriginatorsApi"]
