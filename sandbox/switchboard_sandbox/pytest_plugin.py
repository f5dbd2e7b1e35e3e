"""pytest plugin (entry point ``pytest11``): a running sandbox per provider as a fixture.

    def test_send(smscx_sandbox):                  # also messagemedia_sandbox, mxit_sandbox, vumigo_sandbox
        client = MyApp(base_url=smscx_sandbox.url, **smscx_sandbox.environment)
        smscx_sandbox.control.fail_next(503)       # inject a fault
        smscx_sandbox.control.freeze(); smscx_sandbox.control.advance(3600)
        assert smscx_sandbox.control.requests()[-1]["path"] == "/sms"

Each provider's sandbox is served once per test session on a free loopback port, and reset before every test
that asks for it (state, armed faults, received requests, clock). ``switchboard_sandbox("smscx")`` does the same
for a provider chosen at run time. The clock follows the real time unless the test freezes it.

``callback_receiver`` is a loopback endpoint that records the callbacks the sandbox POSTs (delivery reports,
replies, opt-outs...): give ``callback_receiver.url_for("/hooks")`` as the callback URL, then
``callback_receiver.wait_for(1)``. Under pytest-recording's ``--block-network``, mark such a test
``@pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import pytest

from .control import SandboxControl
from .engine import SandboxApp
from .receiver import CallbackReceiver
from .registry import PROVIDERS, app
from .server import running


@dataclass
class RunningSandbox:
    """A provider's sandbox served on loopback: its base ``url``, its ``control`` client and the WSGI ``app``."""

    provider: str
    url: str
    app: SandboxApp = field(repr=False)
    control: SandboxControl = field(repr=False)

    @property
    def environment(self) -> dict[str, str]:
        """Environment variables pointing the provider's Switchboard client here, with credentials it accepts."""
        return self.app.provider.environment(self.url)


class SandboxServers:
    """Sandboxes started on demand, one per provider, stopped when the session ends."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._running: dict[str, RunningSandbox] = {}

    def get(self, provider: str) -> RunningSandbox:
        if provider not in PROVIDERS:
            raise ValueError(f"unknown provider {provider!r}; known: {', '.join(sorted(PROVIDERS))}")
        if provider not in self._running:
            application = app(provider)
            url = self._stack.enter_context(running(application))
            self._running[provider] = RunningSandbox(provider, url, application, SandboxControl(url, provider))
        return self._running[provider]

    def close(self) -> None:
        self._stack.close()
        self._running.clear()


@pytest.fixture(scope="session")
def switchboard_sandbox_servers() -> Iterator[SandboxServers]:
    """The session's sandbox servers (use :func:`switchboard_sandbox` or a ``<provider>_sandbox`` fixture)."""
    servers = SandboxServers()
    try:
        yield servers
    finally:
        servers.close()


@pytest.fixture
def switchboard_sandbox(switchboard_sandbox_servers: SandboxServers) -> Callable[[str], RunningSandbox]:
    """``switchboard_sandbox("smscx")``: that provider's running sandbox, reset for this test."""

    def get(provider: str) -> RunningSandbox:
        sandbox = switchboard_sandbox_servers.get(provider)
        sandbox.app.reset()
        return sandbox

    return get


def _provider_fixture(provider: str) -> Callable[..., RunningSandbox]:
    @pytest.fixture(name=f"{provider}_sandbox")
    def fixture(switchboard_sandbox: Callable[[str], RunningSandbox]) -> RunningSandbox:
        """This provider's sandbox, running and reset for this test."""
        return switchboard_sandbox(provider)

    return fixture


messagemedia_sandbox = _provider_fixture("messagemedia")
mxit_sandbox = _provider_fixture("mxit")
smscx_sandbox = _provider_fixture("smscx")
vumigo_sandbox = _provider_fixture("vumigo")


@pytest.fixture
def callback_receiver() -> Iterator[CallbackReceiver]:
    """A running :class:`~switchboard_sandbox.receiver.CallbackReceiver` on loopback, stopped after the test."""
    with CallbackReceiver() as receiver:
        yield receiver
