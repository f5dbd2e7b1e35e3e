"""``go_http.metrics.MetricsApiClient``: fire metric values and read a metric's buckets back.

The methods are generated (``vumigo_api.legacy.metrics``): ``fire({name: value})`` (each name ends in its
aggregator, e.g. ``foo.last``, checked against the spec before sending) and
``get_metric(metric, start, interval, nulls, end=None)`` (``{metric: [{"x": <epoch ms>, "y": <value>}, ...]}``).
"""

from __future__ import annotations

from vumigo_api.legacy.metrics import AsyncMetricsApiClient, MetricsApiClient

__all__ = ["AsyncMetricsApiClient", "MetricsApiClient"]
