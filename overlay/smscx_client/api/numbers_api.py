"""``NumbersApi`` (sync) and ``AsyncNumbersApi``: the SMS.CX numbers operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.numbers_lookup_request import NumbersLookupRequest
from ..model.numbers_validate_request import NumbersValidateRequest
from ..model.renew_rent_request import RenewRentRequest
from ..model.rent_number_request import RentNumberRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        CancelRentResponse,
        DataNumberLookup,
        GetInboundSMSResponse,
        GetRentStatusResponse,
        NumberLookupResponse,
        NumbersBulkLookupResult,
        NumbersLookupResponse,
        NumbersValidateResponse,
        NumberValidateResponse,
        RentedNumbersResponse,
        RentNumberResponse,
        RentNumbersResponse,
    )


class NumbersApi(SyncApi):
    """SMS.CX numbers operations (sync)."""

    def cancel_rent(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> CancelRentResponse:
        """Cancel rent for phone number."""
        result: CancelRentResponse = self._run(
            "cancel_rent", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_available_numbers(
        self, country_iso: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> RentNumbersResponse:
        """Get available numbers for rent."""
        result: RentNumbersResponse = self._run(
            "get_available_numbers", (country_iso,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_bulk_lookup_status(
        self, lookup_bulk_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumbersBulkLookupResult:
        """Get Bulk Lookup result."""
        result: NumbersBulkLookupResult = self._run(
            "get_bulk_lookup_status", (lookup_bulk_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_inbound_sms(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetInboundSMSResponse:
        """Get inbound SMS from rented number."""
        result: GetInboundSMSResponse = self._run(
            "get_inbound_sms", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_rent_status(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetRentStatusResponse:
        """Get status of rent."""
        result: GetRentStatusResponse = self._run(
            "get_rent_status", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_rented_numbers(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> RentedNumbersResponse:
        """Get list of your rented numbers."""
        result: RentedNumbersResponse = self._run(
            "get_rented_numbers", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_single_lookup_status(
        self, lookup_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DataNumberLookup:
        """Get Single Lookup result."""
        result: DataNumberLookup = self._run(
            "get_single_lookup_status", (lookup_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def lookup_number(
        self, phone_number: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumberLookupResponse:
        """Lookup number."""
        result: NumberLookupResponse = self._run(
            "lookup_number", (phone_number,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def lookup_numbers(
        self,
        numbers_lookup_request: NumbersLookupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NumbersLookupResponse:
        """Lookup numbers in bulk."""
        result: NumbersLookupResponse = self._run(
            "lookup_numbers", (), body=numbers_lookup_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def renew_rent(
        self,
        rent_id: str,
        renew_rent_request: RenewRentRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> RentNumberResponse:
        """Renew rent for phone number."""
        result: RentNumberResponse = self._run(
            "renew_rent", (rent_id,), body=renew_rent_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def rent_number(
        self,
        rent_number_request: RentNumberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> RentNumberResponse:
        """Rent phone number."""
        result: RentNumberResponse = self._run(
            "rent_number", (), body=rent_number_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def validate_number(
        self, phone_number: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumberValidateResponse:
        """Validate number."""
        result: NumberValidateResponse = self._run(
            "validate_number", (phone_number,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def validate_numbers(
        self,
        numbers_validate_request: NumbersValidateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NumbersValidateResponse:
        """Validate numbers in bulk."""
        result: NumbersValidateResponse = self._run(
            "validate_numbers", (), body=numbers_validate_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncNumbersApi(AsyncApi):
    """SMS.CX numbers operations (async): ``await api.method(...)``."""

    async def cancel_rent(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> CancelRentResponse:
        """Cancel rent for phone number."""
        result: CancelRentResponse = await self._run(
            "cancel_rent", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_available_numbers(
        self, country_iso: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> RentNumbersResponse:
        """Get available numbers for rent."""
        result: RentNumbersResponse = await self._run(
            "get_available_numbers", (country_iso,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_bulk_lookup_status(
        self, lookup_bulk_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumbersBulkLookupResult:
        """Get Bulk Lookup result."""
        result: NumbersBulkLookupResult = await self._run(
            "get_bulk_lookup_status", (lookup_bulk_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_inbound_sms(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetInboundSMSResponse:
        """Get inbound SMS from rented number."""
        result: GetInboundSMSResponse = await self._run(
            "get_inbound_sms", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_rent_status(
        self, rent_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetRentStatusResponse:
        """Get status of rent."""
        result: GetRentStatusResponse = await self._run(
            "get_rent_status", (rent_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_rented_numbers(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> RentedNumbersResponse:
        """Get list of your rented numbers."""
        result: RentedNumbersResponse = await self._run(
            "get_rented_numbers", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_single_lookup_status(
        self, lookup_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DataNumberLookup:
        """Get Single Lookup result."""
        result: DataNumberLookup = await self._run(
            "get_single_lookup_status", (lookup_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def lookup_number(
        self, phone_number: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumberLookupResponse:
        """Lookup number."""
        result: NumberLookupResponse = await self._run(
            "lookup_number", (phone_number,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def lookup_numbers(
        self,
        numbers_lookup_request: NumbersLookupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NumbersLookupResponse:
        """Lookup numbers in bulk."""
        result: NumbersLookupResponse = await self._run(
            "lookup_numbers", (), body=numbers_lookup_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def renew_rent(
        self,
        rent_id: str,
        renew_rent_request: RenewRentRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> RentNumberResponse:
        """Renew rent for phone number."""
        result: RentNumberResponse = await self._run(
            "renew_rent", (rent_id,), body=renew_rent_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def rent_number(
        self,
        rent_number_request: RentNumberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> RentNumberResponse:
        """Rent phone number."""
        result: RentNumberResponse = await self._run(
            "rent_number", (), body=rent_number_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def validate_number(
        self, phone_number: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> NumberValidateResponse:
        """Validate number."""
        result: NumberValidateResponse = await self._run(
            "validate_number", (phone_number,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def validate_numbers(
        self,
        numbers_validate_request: NumbersValidateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NumbersValidateResponse:
        """Validate numbers in bulk."""
        result: NumbersValidateResponse = await self._run(
            "validate_numbers", (), body=numbers_validate_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result
