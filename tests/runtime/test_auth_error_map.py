"""error_map on the OAuth 2 classes: token endpoint failures raise a provider's own exception classes."""

from __future__ import annotations

import httpx
import pytest

from switchboard_core._errors import (
    APIStatusError,
    AuthenticationError,
    ErrorMap,
    InternalServerError,
    ResponseParseError,
)
from switchboard_core.auth import OAuth2ClientCredentials, OAuth2ScopedAuth

TOKEN_URL = "https://auth.example.test/token"


class ProviderError(APIStatusError):
    pass


class ProviderAuthError(ProviderError, AuthenticationError):
    status = 401


class ProviderServerError(ProviderError, InternalServerError):
    pass


class ProviderParseError(ProviderError, ResponseParseError):
    pass


ERRORS = ErrorMap(
    by_status={401: ProviderAuthError},
    server_error=ProviderServerError,
    fallback=ProviderError,
    parse_error=ProviderParseError,
)


def answer(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("POST", TOKEN_URL))


@pytest.mark.parametrize(
    ("status", "body", "raised"),
    [
        (401, {"error": "invalid_client"}, ProviderAuthError),
        (503, {}, ProviderServerError),
        (200, {"token_type": "bearer"}, ProviderParseError),
    ],
)
def test_token_failures_raise_the_providers_classes(status: int, body: object, raised: type[Exception]) -> None:
    credentials = OAuth2ClientCredentials(TOKEN_URL, "id", "secret", error_map=ERRORS)
    scoped = OAuth2ScopedAuth(TOKEN_URL, "id", "secret", error_map=ERRORS)
    with pytest.raises(raised):
        credentials.parse_token_response(answer(status, body))
    with pytest.raises(raised):
        scoped._parse(answer(status, body))


def test_without_an_error_map_the_runtime_classes_stay() -> None:
    with pytest.raises(AuthenticationError) as caught:
        OAuth2ClientCredentials(TOKEN_URL, "id", "secret").parse_token_response(answer(401, {}))
    assert not isinstance(caught.value, ProviderError)


def test_the_scoped_auth_names_the_token_and_keeps_the_runtime_message() -> None:
    scoped = OAuth2ScopedAuth(TOKEN_URL, "id", "secret", error_map=ERRORS)
    flow = scoped.app_token_flow("profile/public")
    next(flow)
    with pytest.raises(ProviderAuthError) as caught:
        flow.send(answer(401, {"error": "invalid_client"}))
    assert str(caught.value).startswith("Failed to retrieve app token for 'profile/public' scope: token endpoint")
    assert "invalid_client" in str(caught.value)
