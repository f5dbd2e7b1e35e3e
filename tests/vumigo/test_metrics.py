"""The metrics API through go_http, sync and async."""

from __future__ import annotations

import pytest

from go_http import AsyncMetricsApiClient, MetricsApiClient
from go_http.exceptions import BadRequestException, PermissionDeniedException

from .conftest import api_url

pytestmark = pytest.mark.vcr


def test_fire_then_read_back(metrics_api: MetricsApiClient) -> None:
    fired = metrics_api.fire({"clinic.visits.sum": 3, "clinic.wait.avg": 12.5})
    assert fired == [
        {"name": "clinic.visits.sum", "value": 3, "aggregator": "sum"},
        {"name": "clinic.wait.avg", "value": 12.5, "aggregator": "avg"},
    ]
    metrics_api.fire({"clinic.visits.sum": 4})
    series = metrics_api.get_metric("clinic.visits.sum", "-1d", "1d", "omit")
    [points] = series.values()
    assert list(series) == ["clinic.visits.sum"]
    assert points[-1]["y"] == 7.0
    assert isinstance(points[-1]["x"], int)


def test_get_metric_with_end_and_nulls(metrics_api: MetricsApiClient) -> None:
    series = metrics_api.get_metric("never.fired.last", "-3d", "1d", "zeroize", end="-1d")
    assert [p["y"] for p in series["never.fired.last"]] == [0.0] * len(series["never.fired.last"])
    assert series["never.fired.last"]


def test_bad_range_is_400(metrics_api: MetricsApiClient) -> None:
    with pytest.raises(BadRequestException) as caught:
        metrics_api.get_metric("a.last", "thirty days ago", "1d", "omit")
    assert "from" in caught.value.json()["reason"]


def test_wrong_token_is_403() -> None:
    with MetricsApiClient("not-a-valid-token", api_url()) as api, pytest.raises(PermissionDeniedException):
        api.fire({"a.last": 1})


async def test_async_fire_and_get(async_metrics_api: AsyncMetricsApiClient) -> None:
    fired = await async_metrics_api.fire({"async.metric.max": 2})
    assert fired == [{"name": "async.metric.max", "value": 2, "aggregator": "max"}]
    series = await async_metrics_api.get_metric("async.metric.max", "-1d", "1h", "omit")
    assert series["async.metric.max"][-1]["y"] == 2.0
