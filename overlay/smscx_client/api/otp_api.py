"""``OtpApi`` (sync) and ``AsyncOtpApi``: the SMS.CX otp operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.new_otp_request import NewOtpRequest
from ..model.verify_pin_request import VerifyPinRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import CancelOtpResponse, DataOtp, NewOtpResponse, VerifyPinResponse


class OtpApi(SyncApi):
    """SMS.CX otp operations (sync)."""

    def cancel_otp(
        self, otp_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> CancelOtpResponse:
        """Cancel OTP."""
        result: CancelOtpResponse = self._run(
            "cancel_otp", (otp_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_otp_status(
        self, otp_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DataOtp:
        """Get OTP status."""
        result: DataOtp = self._run("get_otp_status", (otp_id,), options=CallOptions(_request_timeout, _max_retries))
        return result

    def new_otp(
        self,
        new_otp_request: NewOtpRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NewOtpResponse:
        """New OTP."""
        result: NewOtpResponse = self._run(
            "new_otp", (), body=new_otp_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def verify_otp(
        self, otp_id: str, pin: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> VerifyPinResponse:
        """Verify OTP."""
        result: VerifyPinResponse = self._run(
            "verify_otp", (otp_id,), body=VerifyPinRequest(pin=pin), options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncOtpApi(AsyncApi):
    """SMS.CX otp operations (async): ``await api.method(...)``."""

    async def cancel_otp(
        self, otp_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> CancelOtpResponse:
        """Cancel OTP."""
        result: CancelOtpResponse = await self._run(
            "cancel_otp", (otp_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_otp_status(
        self, otp_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DataOtp:
        """Get OTP status."""
        result: DataOtp = await self._run(
            "get_otp_status", (otp_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def new_otp(
        self,
        new_otp_request: NewOtpRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NewOtpResponse:
        """New OTP."""
        result: NewOtpResponse = await self._run(
            "new_otp", (), body=new_otp_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def verify_otp(
        self, otp_id: str, pin: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> VerifyPinResponse:
        """Verify OTP."""
        result: VerifyPinResponse = await self._run(
            "verify_otp", (otp_id,), body=VerifyPinRequest(pin=pin), options=CallOptions(_request_timeout, _max_retries)
        )
        return result
