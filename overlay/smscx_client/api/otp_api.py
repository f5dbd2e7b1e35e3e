"""``OtpApi`` and ``AsyncOtpApi``: the SMS.CX otp operations (generated:
``smscx_api.legacy.otp``)."""

from smscx_api.legacy.otp import AsyncOtpApi, OtpApi

from ..model.new_otp_request import NewOtpRequest
from ..model.verify_pin_request import VerifyPinRequest

__all__ = ["AsyncOtpApi", "NewOtpRequest", "OtpApi", "VerifyPinRequest"]
