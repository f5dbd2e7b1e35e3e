"""``OtpApi`` and ``AsyncOtpApi``: the SMS.CX otp operations (generated:
``smscx_api.legacy.otp``)."""

from smscx_api.legacy.otp import AsyncOtpApiOperations, OtpApiOperations

from .._api import AsyncApi, SyncApi
from ..model.new_otp_request import NewOtpRequest
from ..model.verify_pin_request import VerifyPinRequest

__all__ = ["AsyncOtpApi", "NewOtpRequest", "OtpApi", "VerifyPinRequest"]


class OtpApi(SyncApi, OtpApiOperations):
    """SMS.CX otp operations (sync)."""


class AsyncOtpApi(AsyncApi, AsyncOtpApiOperations):
    """SMS.CX otp operations (async): ``await api.method(...)``."""
