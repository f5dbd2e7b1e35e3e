"""The sandbox's callback sender: loopback only, bounded retries, reset drops the queue, idle worker ends."""

from __future__ import annotations

import time

import pytest

from switchboard_sandbox import callbacks
from switchboard_sandbox.callbacks import CallbackSender, is_loopback_url
from switchboard_sandbox.receiver import CallbackReceiver

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080/hooks", True),
        ("http://localhost/hooks", True),
        ("https://[::1]:9/x", True),
        ("http://127.0.0.1.evil.example/hooks", False),
        ("http://localhost@evil.example/hooks", False),
        ("https://my.callback.url.com", False),
        ("ftp://127.0.0.1/x", False),
        ("http://10.0.0.1/x", False),
    ],
)
def test_only_loopback_urls_are_called(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback


def test_a_refused_url_is_logged_and_never_queued() -> None:
    sender = CallbackSender()
    callback = sender.send("dlr", "http://203.0.113.5/hooks", {"a": 1})
    assert callback is not None
    assert callback.state == "refused"
    assert sender.send("dlr", None, {}) is None
    assert sender.wait(0.1)
    assert [c["state"] for c in sender.snapshot()] == ["refused"]


@LOOPBACK
def test_retries_are_bounded_and_a_reset_drops_what_is_queued(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(callbacks, "IDLE_EXIT", 0.2)
    with CallbackReceiver() as receiver:
        sender = CallbackSender(attempts=2, backoff=0.01)
        receiver.fail_next(502, times=5)
        sender.send("dlr", receiver.url_for("/a"), {"n": 1})
        assert sender.wait(5)
        [entry] = sender.snapshot()
        assert (entry["state"], entry["attempts"]) == ("failed", ["502", "502"])

        receiver.clear()
        sender.reset()
        sender.send("dlr", receiver.url_for("/b"), {"n": 2})
        assert sender.wait(5)
        assert [r.json() for r in receiver.accepted] == [{"n": 2}]
        assert [c["state"] for c in sender.snapshot()] == ["delivered"]

        deadline = time.monotonic() + 5
        while sender._thread is not None and time.monotonic() < deadline:  # the idle worker ends...
            time.sleep(0.05)
        assert sender._thread is None
        sender.send("dlr", receiver.url_for("/c"), {"n": 3})  # ...and the next callback starts another
        receiver.wait_for(2)


@LOOPBACK
def test_an_unreachable_receiver_counts_as_a_failed_attempt() -> None:
    with CallbackReceiver() as receiver:
        url = receiver.url_for("/gone")
    sender = CallbackSender(attempts=2, backoff=0.01, timeout=1)
    sender.send("dlr", url, {})
    assert sender.wait(5)
    [entry] = sender.snapshot()
    assert entry["state"] == "failed"
    assert all(a.startswith("error: ConnectionRefusedError") for a in entry["attempts"])
