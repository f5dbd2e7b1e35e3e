"""The sandbox's control endpoints (``/_sandbox/...``, not part of any API), as the provider tests drive them.

Their calls are recorded in the cassettes like any other, so a test replays the same state changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx


class SandboxControl:
    """Control client for one provider's sandbox; provider conftests subclass it with their own controls."""

    provider: ClassVar[str]

    def __init__(self, url: str) -> None:
        self.url = url

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """``method path`` (a POST always carries a JSON object, ``{}`` when ``body`` is None); the JSON answer."""
        with httpx.Client(base_url=self.url) as http:
            response = http.request(method, path, json=(body or {}) if method == "POST" else None)
        response.raise_for_status()
        return response.json() if response.content else None

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.request("POST", path, body)

    def control(self, name: str, body: dict[str, Any] | None = None) -> Any:
        """``POST /_sandbox/<provider>/<name>``."""
        return self.post(f"/_sandbox/{self.provider}/{name}", body)

    def reset(self) -> None:
        """Forget all state (every provider's sandbox)."""
        self.post("/_sandbox/reset")

    def fail_next(self, status: int, times: int = 1, **extra: Any) -> None:
        """The next ``times`` API requests answer ``status`` (``retry_after``, ``html``... as the sandbox allows)."""
        self.control("fail", {"status": status, "times": times, **extra})
