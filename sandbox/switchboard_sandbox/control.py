"""A client for a running sandbox's control endpoints (``/_sandbox/...``, not part of any API).

    control = SandboxControl("http://127.0.0.1:8080", provider="smscx")
    control.reset()
    control.fail_next(503, times=2, retry_after=1)
    control.freeze(); control.advance(3600)
    control.requests()  # what the sandbox received since the last reset

Each call is one plain HTTP request, so a test recorded with vcrpy replays the same state changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx


class SandboxControl:
    """Control client for one provider's sandbox at ``url``; a subclass may name its ``provider`` and add that
    provider's own controls (``control(name, body)`` posts to ``/_sandbox/<provider>/<name>``)."""

    provider: ClassVar[str] = ""

    def __init__(self, url: str, provider: str | None = None) -> None:
        self.url = url
        self.provider_name = provider or self.provider
        """The provider under ``/_sandbox/<provider>/`` (the class's ``provider`` unless given)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r}, provider={self.provider_name!r})"

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """``method path`` (a POST always carries a JSON object, ``{}`` when ``body`` is None); the JSON answer.
        :class:`httpx.HTTPStatusError` when the sandbox refuses it (its body says why)."""
        with httpx.Client(base_url=self.url) as http:
            response = http.request(method, path, json=(body or {}) if method == "POST" else None)
        response.raise_for_status()
        return response.json() if response.content else None

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.request("POST", path, body)

    def control(self, name: str, body: dict[str, Any] | None = None) -> Any:
        """``POST /_sandbox/<provider>/<name>``: one of the provider's own controls."""
        if not self.provider_name:
            raise ValueError("this control client was not given a provider")
        return self.post(f"/_sandbox/{self.provider_name}/{name}", body)

    def reset(self) -> None:
        """Forget all state, armed failures and received requests; the clock goes back to its start."""
        self.post("/_sandbox/reset")

    def status(self) -> dict[str, Any]:
        """Provider, operations, operations without a handler, armed failures and the clock."""
        result: dict[str, Any] = self.get("/_sandbox/status")
        return result

    def fail_next(self, status: int, times: int = 1, **extra: Any) -> None:
        """The next ``times`` API requests answer ``status`` (``retry_after=<seconds>``, ``html=True`` as wanted;
        ``after=True``: processed first, only the answer replaced)."""
        self.control("fail", {"status": status, "times": times, **extra})

    # -- the clock --------------------------------------------------------------------------------------------------

    def clock(self, **change: Any) -> dict[str, Any]:
        """The sandbox clock, ``{"now": "<ISO 8601>", "frozen": bool}``, after ``change`` (``set=``, ``freeze=``,
        ``advance=``, applied in that order) when one is given."""
        result: dict[str, Any] = self.post("/_sandbox/clock", change) if change else self.get("/_sandbox/clock")
        return result

    def freeze(self, at: str | None = None) -> str:
        """Stop the clock (at the ISO 8601 instant ``at``, or where it is); the frozen time."""
        change: dict[str, Any] = {"freeze": True} if at is None else {"set": at, "freeze": True}
        return str(self.clock(**change)["now"])

    def unfreeze(self) -> str:
        """Let the clock run again from where it stands; its time."""
        return str(self.clock(freeze=False)["now"])

    def advance(self, seconds: float) -> str:
        """Move the clock forward by ``seconds``; its new time."""
        return str(self.clock(advance=seconds)["now"])

    def now(self) -> str:
        """The sandbox's current time (ISO 8601, UTC)."""
        return str(self.clock()["now"])

    # -- what was sent ----------------------------------------------------------------------------------------------

    def requests(self) -> list[dict[str, Any]]:
        """The API requests the sandbox received since the last reset, oldest first: ``method``, ``path``,
        ``query`` (``[name, value]`` pairs), ``headers`` (credentials redacted) and ``body`` (JSON, or text)."""
        result: list[dict[str, Any]] = self.get("/_sandbox/requests")["requests"]
        return result

    # -- fault campaigns --------------------------------------------------------------------------------------------

    def arm_chaos(self, calls: dict[str, dict[str, Any]]) -> int:
        """Arm faults per campaign call (``{"<call id>": {"operation": ..., "faults": [...]}}``, see
        :mod:`switchboard_sandbox.chaos`); how many faults were armed."""
        return int(self.post("/_sandbox/chaos", {"calls": calls})["armed_faults"])

    def chaos_ledger(self) -> list[dict[str, Any]]:
        """Every request tagged ``X-Sandbox-Call`` since the last reset: call, operation, method, attempt, fault
        and the status its handler answered (None when it did not run)."""
        result: list[dict[str, Any]] = self.get("/_sandbox/chaos")["records"]
        return result
