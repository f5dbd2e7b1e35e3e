"""``go_http.metrics.MetricsApiClient``: fire metric values and read a metric's buckets back."""

from __future__ import annotations

from typing import Any

from . import _calls, _inputs
from ._base import AsyncBearerClient, BearerClient


def _query(metric: object, start: object, interval: object, nulls: object, end: object) -> tuple[Any, ...]:
    return (
        _inputs.text("metric", metric),
        _inputs.text("start", start),
        _inputs.text("interval", interval),
        _inputs.text("nulls", nulls),
        _inputs.optional_text("end", end),
    )


class MetricsApiClient(BearerClient):
    """Client for Vumi Go's metrics API: ``MetricsApiClient(auth_token, api_url=None, session=None)``."""

    def fire(self, metrics: dict[str, float]) -> list[dict[str, Any]]:
        """Fire ``{name: value}``; each name ends in its aggregator (``.avg``, ``.sum``, ``.max``, ``.min``,
        ``.last``), checked before sending. Returns what the API reports as fired."""
        return self._run(_calls.fire_metrics_(_inputs.metrics(metrics)))

    def get_metric(self, metric: str, start: str, interval: str, nulls: str, end: str | None = None) -> dict[str, Any]:
        """``{metric: [{"x": <epoch ms>, "y": <value>}, ...]}`` from ``start`` (e.g. ``-30d``) in ``interval``
        buckets (e.g. ``1d``) until ``end`` (default now); ``nulls`` says what to do with empty buckets."""
        return self._run(_calls.get_metric_(*_query(metric, start, interval, nulls, end)))


class AsyncMetricsApiClient(AsyncBearerClient):
    """The async twin of :class:`MetricsApiClient`."""

    async def fire(self, metrics: dict[str, float]) -> list[dict[str, Any]]:
        return await self._run(_calls.fire_metrics_(_inputs.metrics(metrics)))

    async def get_metric(
        self, metric: str, start: str, interval: str, nulls: str, end: str | None = None
    ) -> dict[str, Any]:
        return await self._run(_calls.get_metric_(*_query(metric, start, interval, nulls, end)))


__all__ = ["AsyncMetricsApiClient", "MetricsApiClient"]
