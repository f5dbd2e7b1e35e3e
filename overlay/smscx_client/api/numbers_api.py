"""``NumbersApi`` and ``AsyncNumbersApi``: the SMS.CX numbers operations (generated:
``smscx_api.legacy.numbers``)."""

from smscx_api.legacy.numbers import AsyncNumbersApi, NumbersApi

from ..model.numbers_lookup_request import NumbersLookupRequest
from ..model.numbers_validate_request import NumbersValidateRequest
from ..model.renew_rent_request import RenewRentRequest
from ..model.rent_number_request import RentNumberRequest

__all__ = [
    "AsyncNumbersApi",
    "NumbersApi",
    "NumbersLookupRequest",
    "NumbersValidateRequest",
    "RenewRentRequest",
    "RentNumberRequest",
]
