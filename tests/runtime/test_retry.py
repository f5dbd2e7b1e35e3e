"""Which requests are re-sent, how often and after how long; sync and async transports."""

from __future__ import annotations

import email.utils
import logging
import math
import random
from collections.abc import Iterator

import httpx
import pytest

from switchboard_core import RETRY_POLICY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from switchboard_core._retry import decide_after_error, decide_after_response

URL = "https://api.example.com/v1/messages"
NOW = 1_700_000_000.0
SECRET = "sk-live-0123456789"

Outcome = int | httpx.Response | type[httpx.TransportError]


class Script:
    """A MockTransport handler playing one outcome per attempt (the last one repeats) and recording requests."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = outcomes
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes[min(len(self.requests), len(self.outcomes)) - 1]
        if isinstance(outcome, type):
            raise outcome("boom", request=request)
        response = httpx.Response(outcome) if isinstance(outcome, int) else outcome
        self.responses.append(response)
        return response

    @property
    def attempts(self) -> int:
        return len(self.requests)


class Harness:
    """A sync client on a RetryTransport over a Script, with a fake sleep and clock."""

    def __init__(self, *outcomes: Outcome, policy: RetryPolicy | None = None) -> None:
        self.script = Script(*outcomes)
        self.sleeps: list[float] = []
        self.transport = RetryTransport(
            httpx.MockTransport(self.script), policy, sleep=self.sleeps.append, clock=lambda: NOW
        )
        self.client = httpx.Client(transport=self.transport)

    def send(self, method: str = "GET", **kwargs: object) -> httpx.Response:
        return self.client.request(method, URL, **kwargs)  # type: ignore[arg-type]


class AsyncHarness:
    """The async twin of :class:`Harness`."""

    def __init__(self, *outcomes: Outcome, policy: RetryPolicy | None = None) -> None:
        self.script = Script(*outcomes)
        self.sleeps: list[float] = []
        self.transport = AsyncRetryTransport(
            httpx.MockTransport(self.script), policy, sleep=self._sleep, clock=lambda: NOW
        )
        self.client = httpx.AsyncClient(transport=self.transport)

    async def _sleep(self, delay: float) -> None:
        self.sleeps.append(delay)

    async def send(self, method: str = "GET", **kwargs: object) -> httpx.Response:
        return await self.client.request(method, URL, **kwargs)  # type: ignore[arg-type]


IDEMPOTENCY = {"Idempotency-Key": "k-1"}
AFTER_SEND_ERRORS = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
]
NEVER_SENT_ERRORS = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]


# --- which requests are retried (sync) ----------------------------------------------------------------------


def test_get_503_is_retried_then_succeeds() -> None:
    h = Harness(503, 200)
    assert h.send().status_code == 200
    assert h.script.attempts == 2
    assert len(h.sleeps) == 1
    assert 0.375 <= h.sleeps[0] <= 0.5


def test_post_503_is_not_retried() -> None:
    h = Harness(503, 200)
    assert h.send("POST", json={"to": "+61"}).status_code == 503
    assert (h.script.attempts, h.sleeps) == (1, [])


def test_post_with_idempotency_key_is_retried() -> None:
    h = Harness(503, 502, 200)
    assert h.send("POST", json={"to": "+61"}, headers=IDEMPOTENCY).status_code == 200
    assert h.script.attempts == 3
    assert all(r.content == b'{"to":"+61"}' for r in h.script.requests)


def test_post_with_empty_idempotency_key_is_not_retried() -> None:
    h = Harness(503, 200)
    assert h.send("POST", headers={"Idempotency-Key": " "}).status_code == 503
    assert h.script.attempts == 1


def test_post_429_is_resent_only_when_the_policy_opts_in() -> None:
    limited = httpx.Response(429, headers={"X-Rate-Limit-Reset": str(int(NOW) + 30)})
    h = Harness(limited, 200)
    assert h.send("POST", json={"to": "+61"}).status_code == 429
    assert (h.script.attempts, h.sleeps) == (1, [])
    h = Harness(limited, 503, 200, policy=RetryPolicy(retry_rate_limited_posts=True))
    assert h.send("POST", json={"to": "+61"}).status_code == 503  # only the 429 is re-sent, not the 5xx
    assert h.script.attempts == 2
    assert h.sleeps == [30.0]
    assert all(r.content == b'{"to":"+61"}' for r in h.script.requests)


@pytest.mark.parametrize("error", NEVER_SENT_ERRORS)
def test_post_never_sent_is_retried(error: type[httpx.TransportError]) -> None:
    h = Harness(error, 201)
    assert h.send("POST", json={}).status_code == 201
    assert h.script.attempts == 2


@pytest.mark.parametrize("error", AFTER_SEND_ERRORS)
def test_post_error_after_send_is_not_retried(error: type[httpx.TransportError]) -> None:
    h = Harness(error, 201)
    with pytest.raises(error):
        h.send("POST", json={})
    assert (h.script.attempts, h.sleeps) == (1, [])


@pytest.mark.parametrize("error", AFTER_SEND_ERRORS)
def test_get_error_after_send_is_retried(error: type[httpx.TransportError]) -> None:
    h = Harness(error, 200)
    assert h.send().status_code == 200
    assert h.script.attempts == 2


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol, httpx.LocalProtocolError])
def test_errors_caused_by_the_request_are_never_retried(error: type[httpx.TransportError]) -> None:
    h = Harness(error, 200)
    with pytest.raises(error):
        h.send()
    assert (h.script.attempts, h.sleeps) == (1, [])


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(status: int) -> None:
    h = Harness(status, 200)
    assert h.send("PUT", json={}).status_code == status
    assert (h.script.attempts, h.sleeps) == (1, [])


@pytest.mark.parametrize("status", [408, 429, 500, 501, 502, 503, 504, 599])
def test_retryable_statuses(status: int) -> None:
    h = Harness(status, 200)
    assert h.send("DELETE").status_code == 200
    assert h.script.attempts == 2


def test_statuses_are_exhausted_after_max_retries() -> None:
    h = Harness(503, policy=RetryPolicy(max_retries=3))
    assert h.send().status_code == 503
    assert h.script.attempts == 4
    assert len(h.sleeps) == 3


def test_errors_are_exhausted_after_max_retries() -> None:
    h = Harness(httpx.ConnectError)
    with pytest.raises(httpx.ConnectError):
        h.send("POST")
    assert h.script.attempts == 3


def test_max_retries_zero_turns_retries_off() -> None:
    h = Harness(503, 200, policy=RetryPolicy(max_retries=0))
    assert h.send().status_code == 503
    h2 = Harness(httpx.ConnectError, 200, policy=RetryPolicy(max_retries=0))
    with pytest.raises(httpx.ConnectError):
        h2.send()
    assert (h.script.attempts, h2.script.attempts, h.sleeps, h2.sleeps) == (1, 1, [], [])


def test_discarded_responses_are_closed() -> None:
    h = Harness(503, 503, 200)
    response = h.send()
    assert [r.is_closed for r in h.script.responses[:2]] == [True, True]
    assert response is h.script.responses[2]


def test_backoff_grows_between_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    h = Harness(503, policy=RetryPolicy(max_retries=5, initial_delay=1.0, max_delay=6.0))
    h.send()
    assert h.sleeps == [1.0, 2.0, 4.0, 6.0, 6.0]


class WireTransport(httpx.BaseTransport):
    """Like a real transport (and unlike MockTransport): consumes the request stream without buffering it."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.script = Script(*outcomes)
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if isinstance(self.script.outcomes[min(self.script.attempts, len(self.script.outcomes) - 1)], int):
            assert isinstance(request.stream, httpx.SyncByteStream)
            self.bodies.append(b"".join(request.stream))
        return self.script(request)


def test_one_shot_stream_body_is_not_resent_after_it_was_sent() -> None:
    wire = WireTransport(503, 200)
    with httpx.Client(transport=RetryTransport(wire, sleep=lambda _: None)) as client:
        assert client.put(URL, content=iter([b"chunk"])).status_code == 503
    assert wire.bodies == [b"chunk"]


def test_one_shot_stream_body_is_retried_when_never_sent() -> None:
    wire = WireTransport(httpx.ConnectError, 200)
    with httpx.Client(transport=RetryTransport(wire, sleep=lambda _: None)) as client:
        assert client.put(URL, content=iter([b"chunk"])).status_code == 200
    assert (wire.script.attempts, wire.bodies) == (2, [b"chunk"])


def test_multipart_body_is_replayed() -> None:
    h = Harness(503, 200)
    assert h.send("PUT", files={"f": ("a.txt", b"data")}).status_code == 200
    assert all(b"data" in r.read() for r in h.script.requests)


# --- per-request override -----------------------------------------------------------------------------------


def test_per_request_policy_overrides_the_transport() -> None:
    h = Harness(503, policy=RetryPolicy(max_retries=0))
    request = h.client.build_request("GET", URL, extensions={RETRY_POLICY_EXTENSION: RetryPolicy(max_retries=3)})
    assert h.client.send(request).status_code == 503
    assert h.script.attempts == 4


def test_per_request_policy_can_disable_retries() -> None:
    h = Harness(503)
    request = h.client.build_request("GET", URL, extensions={RETRY_POLICY_EXTENSION: RetryPolicy(max_retries=0)})
    assert h.client.send(request).status_code == 503
    assert h.script.attempts == 1


def test_per_request_policy_of_the_wrong_type_is_rejected() -> None:
    h = Harness(200)
    request = h.client.build_request("GET", URL, extensions={RETRY_POLICY_EXTENSION: 3})
    with pytest.raises(TypeError, match="must be a RetryPolicy"):
        h.client.send(request)
    assert h.script.attempts == 0


# --- server-requested delays --------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "delay"), [("3", 3.0), ("1.5", 1.5), ("0", 0.0), ("-4", 0.0)])
def test_retry_after_seconds_is_honoured(value: str, delay: float) -> None:
    h = Harness(httpx.Response(429, headers={"Retry-After": value}), 200)
    assert h.send().status_code == 200
    assert h.sleeps == [delay]


def test_retry_after_http_date_is_honoured() -> None:
    date = email.utils.formatdate(NOW + 7, usegmt=True)
    h = Harness(httpx.Response(503, headers={"Retry-After": date}), 200)
    assert h.send().status_code == 200
    assert h.sleeps == [7.0]


@pytest.mark.parametrize("header", ["X-Rate-Limit-Reset", "X-RateLimit-Reset"])
def test_reset_header_is_honoured_with_the_clock(header: str) -> None:
    h = Harness(httpx.Response(429, headers={header: str(int(NOW) + 12)}), 200)
    assert h.send().status_code == 200
    assert h.sleeps == [12.0]


def test_retry_after_takes_precedence_over_reset() -> None:
    h = Harness(httpx.Response(429, headers={"Retry-After": "2", "X-Rate-Limit-Reset": str(int(NOW) + 40)}), 200)
    h.send()
    assert h.sleeps == [2.0]


@pytest.mark.parametrize(
    "headers", [{"Retry-After": "120"}, {"X-Rate-Limit-Reset": str(int(NOW) + 3600)}, {"Retry-After": "60.5"}]
)
def test_too_long_server_delay_is_not_retried(headers: dict[str, str]) -> None:
    h = Harness(httpx.Response(429, headers=headers), 200)
    response = h.send()
    assert response.status_code == 429
    assert (h.script.attempts, h.sleeps) == (1, [])
    assert response is h.script.responses[0]


def test_unparseable_retry_after_falls_back_to_backoff() -> None:
    h = Harness(httpx.Response(503, headers={"Retry-After": "tomorrow"}), 200)
    h.send()
    assert 0.375 <= h.sleeps[0] <= 0.5


def test_server_delay_unit() -> None:
    policy = RetryPolicy()
    assert policy.server_delay(httpx.Response(503), NOW) is None
    assert policy.server_delay(httpx.Response(503, headers={"X-Rate-Limit-Reset": "100"}), NOW) == 0.0
    assert policy.server_delay(httpx.Response(503, headers={"Retry-After": "inf"}), NOW) is None
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert policy.server_delay(httpx.Response(503, headers={"Retry-After": past}), NOW) == 0.0


# --- policy -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("retry_number", range(21))
def test_backoff_is_jittered_within_bounds(retry_number: int) -> None:
    policy = RetryPolicy()
    ceiling = min(0.5 * 2**retry_number, 8.0)
    delays = [policy.backoff(retry_number) for _ in range(200)]
    assert all(0.75 * ceiling <= d <= ceiling <= policy.max_delay for d in delays)


@pytest.mark.parametrize(("random_value", "factor"), [(0.0, 1.0), (0.999999, 0.75)])
def test_backoff_jitter_extremes(monkeypatch: pytest.MonkeyPatch, random_value: float, factor: float) -> None:
    monkeypatch.setattr(random, "random", lambda: random_value)
    assert math.isclose(RetryPolicy().backoff(1), 1.0 * factor, rel_tol=1e-5)
    assert math.isclose(RetryPolicy().backoff(10_000), 8.0 * factor, rel_tol=1e-5)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retries": True},
        {"max_retries": "2"},
        {"initial_delay": -0.1},
        {"max_delay": math.nan},
        {"max_retry_after": math.inf},
    ],
)
def test_policy_validation(kwargs: dict[str, object]) -> None:
    name = next(iter(kwargs))
    with pytest.raises(ValueError, match=name):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_with_max_retries() -> None:
    policy = RetryPolicy(initial_delay=1.0)
    assert policy.with_max_retries(5) == RetryPolicy(max_retries=5, initial_delay=1.0)
    assert policy.max_retries == 2
    with pytest.raises(ValueError, match="max_retries"):
        policy.with_max_retries(-1)


@pytest.mark.parametrize(
    ("method", "headers", "expected"),
    [
        ("GET", {}, True),
        ("put", {}, True),
        ("DELETE", {}, True),
        ("POST", {}, False),
        ("PATCH", {}, False),
        ("POST", {"idempotency-key": "abc"}, True),
        ("POST", {"Idempotency-Key": ""}, False),
    ],
)
def test_is_idempotent(method: str, headers: dict[str, str], expected: bool) -> None:
    assert RetryPolicy().is_idempotent(httpx.Request(method, URL, headers=headers)) is expected


def test_custom_idempotency_settings() -> None:
    policy = RetryPolicy(idempotent_methods=frozenset({"get"}), idempotency_headers=("X-Request-Id",))
    assert policy.is_idempotent(httpx.Request("GET", URL))
    assert not policy.is_idempotent(httpx.Request("PUT", URL))
    assert policy.is_idempotent(httpx.Request("POST", URL, headers={"X-Request-Id": "r"}))


def test_pure_decisions() -> None:
    policy = RetryPolicy()
    post = httpx.Request("POST", URL)
    get = httpx.Request("GET", URL)
    assert decide_after_error(policy, post, httpx.ConnectError("x"), 0).retry
    refused = decide_after_error(policy, post, httpx.ReadTimeout("x"), 0)
    assert not refused.retry
    assert "POST without Idempotency-Key" in refused.reason
    assert not decide_after_error(policy, get, httpx.ReadTimeout("x"), 2).retry
    ok = decide_after_response(policy, get, httpx.Response(429, headers={"Retry-After": "9"}), 1, NOW)
    assert (ok.retry, ok.delay) == (True, 9.0)
    assert not decide_after_response(policy, get, httpx.Response(200), 0, NOW).retry
    assert not decide_after_response(policy, post, httpx.Response(503), 0, NOW).retry


# --- logging and lifecycle ----------------------------------------------------------------------------------


def test_retry_log_line_has_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="switchboard")
    h = Harness(503, 200)
    h.client.get(
        f"https://user:{SECRET}@api.example.com/v1/x?api_key={SECRET}",
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    (record,) = [r for r in caplog.records if r.name == "switchboard" and r.getMessage().startswith("retrying")]
    assert record.levelno == logging.INFO
    message = record.getMessage()
    assert message.startswith(
        "retrying GET https://api.example.com/v1/x?api_key=REDACTED after 503 Service Unavailable"
    )
    assert message.endswith("(attempt 2/3)")
    assert SECRET not in caplog.text


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_close_closes_the_inner_transport() -> None:
    inner = RecordingTransport()
    with httpx.Client(transport=RetryTransport(inner)):
        pass
    assert inner.closed == 1


async def test_aclose_closes_the_inner_transport() -> None:
    inner = RecordingTransport()
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner)):
        pass
    assert inner.closed == 1


async def test_default_inner_transports() -> None:
    with RetryTransport() as sync_transport:
        assert isinstance(sync_transport.transport, httpx.HTTPTransport)
        assert sync_transport.policy == RetryPolicy()
    async with AsyncRetryTransport() as async_transport:
        assert isinstance(async_transport.transport, httpx.AsyncHTTPTransport)


# --- async twins --------------------------------------------------------------------------------------------


async def test_async_get_503_is_retried_then_succeeds() -> None:
    h = AsyncHarness(503, 200)
    assert (await h.send()).status_code == 200
    assert h.script.attempts == 2
    assert h.script.responses[0].is_closed


async def test_async_post_503_is_not_retried() -> None:
    h = AsyncHarness(503, 200)
    assert (await h.send("POST", json={})).status_code == 503
    assert (h.script.attempts, h.sleeps) == (1, [])


async def test_async_post_with_idempotency_key_is_retried() -> None:
    h = AsyncHarness(502, 200)
    assert (await h.send("POST", json={}, headers=IDEMPOTENCY)).status_code == 200
    assert h.script.attempts == 2


async def test_async_post_connect_error_is_retried() -> None:
    h = AsyncHarness(httpx.ConnectError, 201)
    assert (await h.send("POST", json={})).status_code == 201
    assert h.script.attempts == 2


async def test_async_post_read_timeout_is_not_retried() -> None:
    h = AsyncHarness(httpx.ReadTimeout, 201)
    with pytest.raises(httpx.ReadTimeout):
        await h.send("POST", json={})
    assert h.script.attempts == 1


async def test_async_get_read_timeout_is_retried_until_exhausted() -> None:
    h = AsyncHarness(httpx.ReadTimeout)
    with pytest.raises(httpx.ReadTimeout):
        await h.send()
    assert (h.script.attempts, len(h.sleeps)) == (3, 2)


async def test_async_retry_after_and_override() -> None:
    h = AsyncHarness(httpx.Response(429, headers={"Retry-After": "4"}), 200, policy=RetryPolicy(max_retries=0))
    request = h.client.build_request("GET", URL, extensions={RETRY_POLICY_EXTENSION: RetryPolicy(max_retries=1)})
    assert (await h.client.send(request)).status_code == 200
    assert h.sleeps == [4.0]


async def test_async_too_long_retry_after_is_not_retried() -> None:
    h = AsyncHarness(httpx.Response(429, headers={"Retry-After": "3600"}), 200)
    assert (await h.send()).status_code == 429
    assert h.sleeps == []


@pytest.fixture
def no_retries_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO, logger="switchboard")
    yield caplog
    assert all("retrying" not in r.getMessage() for r in caplog.records)


def test_success_is_returned_untouched(no_retries_logged: pytest.LogCaptureFixture) -> None:
    h = Harness(httpx.Response(200, json={"id": 1}))
    response = h.send()
    assert response.json() == {"id": 1}
    assert (h.script.attempts, h.sleeps) == (1, [])
