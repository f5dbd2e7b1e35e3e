"""Fuzzing a sandbox against its own OpenAPI document with schemathesis (issue 15: "the sandbox answers as its spec
says"): every operation, valid and invalid input, each answer checked for server errors, undocumented status
codes, content types and the documented response schema (error bodies included).

The sandbox runs in-process (WSGI) with a frozen clock; each request carries credentials the sandbox accepts for
the operation's security scheme, so the fuzz reaches validation and the handlers, not only the 401 in front.
"""

from __future__ import annotations

import base64
import os
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import schemathesis
import werkzeug
from hypothesis import HealthCheck, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.python import wsgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.transport.prepare import normalize_base_url
from werkzeug.test import EnvironBuilder

from switchboard_core.auth import OAuth1Auth
from switchboard_sandbox import SandboxApp, app, spec_path
from switchboard_sandbox.clock import SandboxClock
from switchboard_sandbox.providers import mxit as mxit_provider
from switchboard_sandbox.providers import smscx as smscx_provider
from switchboard_sandbox.providers import twitter_data
from switchboard_sandbox.validation import raw_path

EXAMPLES = int(os.environ.get("SWITCHBOARD_FUZZ_EXAMPLES", "1"))
"""Random examples per operation and generation mode, after schemathesis' coverage phase (the boundary values of
every parameter and property: most of the requests): one in ``make test``, many more in ``make chaos``."""
SEED = os.environ.get("SWITCHBOARD_FUZZ_SEED")
"""Unset: hypothesis derandomized (the same examples on every run, as ``make test`` needs); set (``make chaos``):
random exploration from that seed, reproducible with the same seed."""
FROZEN = datetime(2026, 1, 1, tzinfo=UTC)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
"""0 server errors, 0 undocumented status codes or content types, 0 answers (errors included) off their schema."""


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def sandbox(provider: str) -> SandboxApp:
    """The provider's sandbox with a frozen clock; its own answer check is off, schemathesis checks every answer."""
    return app(provider, clock=SandboxClock(start=FROZEN, frozen=True), check_responses=False)


def schema(provider: str, application: SandboxApp) -> Any:
    """The provider's document as schemathesis sees it, sending its requests to ``application``."""
    loaded = schemathesis.openapi.from_path(spec_path(provider))
    loaded.app = application
    loaded.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=EXAMPLES,
        with_security_parameters=False,
        deterministic=SEED is None,
    )
    return loaded


def hypothesis_settings() -> Any:
    return settings(
        max_examples=EXAMPLES,
        derandomize=SEED is None,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )


Credentials = Callable[[str], dict[str, str]]
"""operationId → the headers that authenticate it."""


def _http(application: SandboxApp) -> httpx.Client:
    return httpx.Client(transport=httpx.WSGITransport(app=application), base_url="http://sandbox.fuzz")


def messagemedia_credentials(application: SandboxApp) -> Credentials:
    header = {"Authorization": basic("sandbox-key", "sandbox-secret")}
    return lambda operation_id: header


def smscx_credentials(application: SandboxApp) -> Credentials:
    api_key = {"X-API-KEY": smscx_provider.API_KEY}
    token = {"Authorization": basic(*smscx_provider.APPLICATION)}
    return lambda operation_id: token if operation_id == "get_access_token" else api_key


def vumigo_credentials(application: SandboxApp) -> Credentials:
    bearer = {"Authorization": "Bearer sandbox-token"}
    conversation = {"Authorization": basic("sandbox-account", "sandbox-conv-token")}
    basic_operations = {
        str(operation["operationId"])
        for item in application.spec.api.spec.read_value()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and {"basicAuth": []} in operation.get("security", [])
    }
    return lambda operation_id: conversation if operation_id in basic_operations else bearer


def mxit_credentials(application: SandboxApp) -> Credentials:
    client = basic(mxit_provider.CLIENT_ID, mxit_provider.CLIENT_SECRET)
    app_scopes = sorted({s["app"] for s in mxit_provider.SCOPES.values() if "app" in s})
    user_scopes = sorted({s["user"] for s in mxit_provider.SCOPES.values() if "user" in s})
    redirect = "http://example.org/cb"
    with _http(application) as http:
        grant = http.post(
            "/token",
            data={"grant_type": "client_credentials", "scope": " ".join(app_scopes)},
            headers={"Authorization": client},
        )
        grant.raise_for_status()
        app_token = grant.json()["access_token"]
        authorize = http.get(
            "/authorize",
            params={"response_type": "code", "client_id": mxit_provider.CLIENT_ID, "redirect_uri": redirect,
                    "scope": " ".join(user_scopes)},
        )  # fmt: skip
        code = httpx.URL(authorize.headers["location"]).params["code"]
        grant = http.post(
            "/token",
            data={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect},
            headers={"Authorization": client},
        )
        grant.raise_for_status()
        user_token = grant.json()["access_token"]

    def credentials(operation_id: str) -> dict[str, str]:
        if operation_id == "get_token":
            return {"Authorization": client}
        kinds = mxit_provider.SCOPES.get(operation_id, {})
        return {"Authorization": f"Bearer {user_token if 'user' in kinds else app_token}"}

    return credentials


Signer = Callable[[Any, "str | None"], dict[str, str]]
"""(case, its base URL) → the headers that authenticate that exact request: OAuth 1.0a signs the method, the URL,
the query and a form body, so the signature is made per request, over what the sandbox will receive."""


def _wire(case: Any, url: str | None) -> werkzeug.Request:
    """The request as the sandbox receives it: schemathesis' WSGI serialization of ``case``, built by werkzeug."""
    data = case.as_transport_kwargs(base_url=normalize_base_url(url, host=wsgi.HOST))
    return werkzeug.Request(EnvironBuilder(**data).get_environ())


def _oauth1_header(auth: OAuth1Auth, request: werkzeug.Request) -> str:
    """``auth``'s ``Authorization`` header for ``request``, signed over the URL, query and form the sandbox sees."""
    environ = request.environ
    url = f"{environ['wsgi.url_scheme']}://{request.host}{raw_path(request)}"
    query = environ.get("QUERY_STRING", "")
    signed = httpx.Request(
        request.method,
        url + (f"?{query}" if query else ""),
        content=request.get_data(),
        headers={"Content-Type": request.headers.get("Content-Type", "")},
    )
    return auth.authorization_header(signed)


def twitter_signer(application: SandboxApp) -> Signer:
    """Bearer for app-context operations (the reference's table, ``x-legacy-security``), OAuth 1.0a user context
    signed per request for the others; the three-legged flow's operations get what they need at their step: the
    consumer and a callback (request token), a fresh authorized request token and its verifier (access token), a
    fresh access token (invalidation, which would otherwise revoke the one every other operation uses)."""
    accepted = twitter_data.credentials()
    consumer = (accepted["consumer_key"], accepted["consumer_secret"])
    user = OAuth1Auth(*consumer, accepted["access_token"], accepted["access_token_secret"])
    bearer = {"Authorization": f"Bearer {accepted['bearer_token']}"}
    schemes: dict[str, str | None] = {}
    for item in application.spec.api.spec.read_value()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                listed = [name for entry in operation.get("security", []) for name in entry]
                schemes[operation["operationId"]] = operation.get("x-legacy-security") or next(iter(listed), None)

    def request_token(http: httpx.Client) -> tuple[str, str, str]:
        """A request token, authorized by the sandbox user: (token, secret, verifier)."""
        answer = http.post("/oauth/request_token", auth=OAuth1Auth(*consumer, callback_uri="https://example.org/cb"))
        answer.raise_for_status()
        token = dict(httpx.QueryParams(answer.text))
        authorize = http.get("/oauth/authorize", params={"oauth_token": token["oauth_token"]})
        verifier = httpx.URL(authorize.headers["location"]).params["oauth_verifier"]
        return token["oauth_token"], token["oauth_token_secret"], verifier

    def access_token(http: httpx.Client) -> tuple[str, str]:
        token, secret, verifier = request_token(http)
        answer = http.post("/oauth/access_token", auth=OAuth1Auth(*consumer, token, secret, verifier=verifier))
        answer.raise_for_status()
        granted = dict(httpx.QueryParams(answer.text))
        return granted["oauth_token"], granted["oauth_token_secret"]

    def sign(case: Any, url: str | None) -> dict[str, str]:
        operation_id = case.operation.definition.raw.get("operationId", "")
        scheme = schemes.get(operation_id)
        if scheme is None:
            return {}
        if scheme == "bearerAuth":
            return bearer
        auth = user
        wire = _wire(case, url)
        if any(name.startswith("oauth_") for name in wire.args):
            return {}  # 1.3.6's access-token form (token and verifier in the query, unsigned): the spec's `{}`
        if operation_id in {"request_token", "access_token", "invalidate_token"}:
            with httpx.Client(transport=httpx.WSGITransport(app=application), base_url="http://localhost") as http:
                if operation_id == "request_token":
                    auth = OAuth1Auth(*consumer, callback_uri="https://example.org/cb")
                elif operation_id == "access_token":
                    token, secret, verifier = request_token(http)
                    auth = OAuth1Auth(*consumer, token, secret, verifier=verifier)
                else:
                    auth = OAuth1Auth(*consumer, *access_token(http))
        return {"Authorization": _oauth1_header(auth, wire)}

    return sign


SIGNERS: dict[str, Callable[[SandboxApp], Signer]] = {"twitter": twitter_signer}
"""Providers whose credentials depend on the whole request (not only on the operation)."""


CREDENTIALS: dict[str, Callable[[SandboxApp], Credentials]] = {
    "messagemedia": messagemedia_credentials,
    "mxit": mxit_credentials,
    "smscx": smscx_credentials,
    "vumigo": vumigo_credentials,
}


def base_url(case: Any) -> str | None:
    """The operation's own server (an operation or path-level ``servers``), which schemathesis does not apply."""
    operation = case.operation
    spec = operation.schema.raw_schema
    servers = operation.definition.raw.get("servers") or spec["paths"][operation.path].get("servers")
    return str(servers[0]["url"]) if servers else None


REQUESTS: Counter[str] = Counter()
"""Requests sent per provider in this process (printed at the end of the run by tests/sandbox/conftest.py)."""


def check(case: Any, provider: str, credentials: Credentials | None = None, signer: Signer | None = None) -> None:
    """Send ``case`` with credentials for its operation (or for the request itself, from ``signer``) and validate
    the answer (raises on any failure)."""
    operation_id = case.operation.definition.raw.get("operationId", "")
    REQUESTS[provider] += 1
    url = base_url(case)
    if signer is not None:
        headers = signer(case, url)
    else:
        assert credentials is not None
        headers = credentials(operation_id)
    case.call_and_validate(base_url=url, headers=headers, checks=CHECKS)


def fuzz_test(provider: str) -> Callable[..., None]:
    """A pytest test fuzzing every operation of ``provider``'s sandbox (one test item per operation)."""
    application = sandbox(provider)
    credentials = CREDENTIALS[provider](application) if provider in CREDENTIALS else None
    signer = SIGNERS[provider](application) if provider in SIGNERS else None

    def test(case: Any) -> None:
        check(case, provider, credentials, signer)

    test.__name__ = f"test_{provider}"
    seeded = test if SEED is None else seed(int(SEED))(test)
    decorated: Callable[..., None] = schema(provider, application).parametrize()(hypothesis_settings()(seeded))
    return decorated
