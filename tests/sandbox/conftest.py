"""Fixtures for the sandbox tests: an in-process MessageMedia sandbox with a fixed clock, httpx clients on it,
an independent HMAC signer, and a check of any answer against the spec with openapi-core."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from switchboard_sandbox import SandboxApp, app, spec_path

NOW = datetime(2030, 5, 17, 9, 30, 15, 123000, tzinfo=UTC)
NOW_TEXT = "2030-05-17T09:30:15.123Z"
KEY, SECRET = "sandbox-key", "sandbox-secret"
SERVER = "https://api.messagemedia.com"
BASE = "http://sandbox.test"
NUMBER = "+61491570156"


@pytest.fixture(scope="session")
def spec() -> OpenAPI:
    """The MessageMedia document, loaded by the tests themselves (not through the sandbox)."""
    return OpenAPI.from_file_path(str(spec_path("messagemedia")))


@pytest.fixture
def sandbox() -> SandboxApp:
    return app("messagemedia", clock=lambda: NOW)


@pytest.fixture
def client(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    """Basic-authenticated client on the in-process sandbox."""
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, auth=(KEY, SECRET)) as c:
        yield c


@pytest.fixture
def anonymous(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    """A client that sends no credentials (for control endpoints and 401s)."""
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE) as c:
        yield c


def sign(
    request: httpx.Request,
    *,
    date: str | None = None,
    secret: str = SECRET,
    method: str | None = None,
    path: str | None = None,
) -> httpx.Request:
    """Sign ``request`` the MessageMedia HMAC way, written out here independently of the sandbox's checker."""
    date = date or format_datetime(NOW, usegmt=True)
    lines = [f"date: {date}"]
    body = request.content
    if body:
        md5 = hashlib.md5(body, usedforsecurity=False).hexdigest()
        request.headers["x-Content-MD5"] = md5
        lines.append(f"x-Content-MD5: {md5}")
    lines.append(f"{method or request.method} {path or request.url.raw_path.decode()} HTTP/1.1")
    digest = hmac.new(secret.encode(), "\n".join(lines).encode(), hashlib.sha1).digest()
    signed = "date x-Content-MD5 request-line" if body else "date request-line"
    request.headers["date"] = date
    request.headers["Authorization"] = (
        f'hmac username="{KEY}", algorithm="hmac-sha1", headers="{signed}", '
        f'signature="{base64.b64encode(digest).decode()}"'
    )
    return request


def conforms(spec: OpenAPI, response: httpx.Response) -> Any:
    """Validate ``response`` against the spec's response for its operation and status; return its JSON."""
    request = response.request
    openapi_request = MockRequest(
        SERVER,
        request.method,
        request.url.path,
        headers=dict(request.headers),
        data=request.content,
        content_type=request.headers.get("content-type", "application/json"),
    )
    openapi_response = MockResponse(
        response.content,
        status_code=response.status_code,
        headers=dict(response.headers),
        content_type=response.headers["content-type"].split(";")[0],
    )
    spec.validate_response(openapi_request, openapi_response)
    return response.json()


def message(**fields: Any) -> dict[str, Any]:
    return {"content": "hello", "destination_number": NUMBER, **fields}


def send(client: httpx.Client, *messages: dict[str, Any]) -> list[dict[str, Any]]:
    response = client.post("/v1/messages", json={"messages": list(messages) or [message()]})
    assert response.status_code == 202, response.text
    sent: list[dict[str, Any]] = response.json()["messages"]
    return sent


def state(client: httpx.Client) -> dict[str, Any]:
    result: dict[str, Any] = client.get("/_sandbox/messagemedia/state").json()
    return result


def dumps(body: Any) -> bytes:
    return json.dumps(body).encode()
