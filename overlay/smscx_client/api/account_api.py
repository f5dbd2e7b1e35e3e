"""``AccountApi`` (sync) and ``AsyncAccountApi``: the SMS.CX account operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import AccountBalance, ChannelsStatus, GetChannelPricing200Response


class AccountApi(SyncApi):
    """SMS.CX account operations (sync)."""

    def get_account_balance(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AccountBalance:
        """Get account balance."""
        result: AccountBalance = self._run(
            "get_account_balance", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_channel_pricing(
        self, channel: str, traffic_type: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetChannelPricing200Response:
        """Get channels pricing."""
        result: GetChannelPricing200Response = self._run(
            "get_channel_pricing",
            (
                channel,
                traffic_type,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def get_channel_pricing_by_country_iso(
        self,
        channel: str,
        traffic_type: str,
        country_iso: str,
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GetChannelPricing200Response:
        """Get pricing for channel by country iso."""
        result: GetChannelPricing200Response = self._run(
            "get_channel_pricing_by_country_iso",
            (
                channel,
                traffic_type,
                country_iso,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def get_channels_status(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ChannelsStatus:
        """Get status of all channels."""
        result: ChannelsStatus = self._run(
            "get_channels_status", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncAccountApi(AsyncApi):
    """SMS.CX account operations (async): ``await api.method(...)``."""

    async def get_account_balance(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AccountBalance:
        """Get account balance."""
        result: AccountBalance = await self._run(
            "get_account_balance", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_channel_pricing(
        self, channel: str, traffic_type: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GetChannelPricing200Response:
        """Get channels pricing."""
        result: GetChannelPricing200Response = await self._run(
            "get_channel_pricing",
            (
                channel,
                traffic_type,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def get_channel_pricing_by_country_iso(
        self,
        channel: str,
        traffic_type: str,
        country_iso: str,
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GetChannelPricing200Response:
        """Get pricing for channel by country iso."""
        result: GetChannelPricing200Response = await self._run(
            "get_channel_pricing_by_country_iso",
            (
                channel,
                traffic_type,
                country_iso,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def get_channels_status(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ChannelsStatus:
        """Get status of all channels."""
        result: ChannelsStatus = await self._run(
            "get_channels_status", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result
