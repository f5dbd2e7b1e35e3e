"""The error hierarchy: each class means one thing, parse failures are not status errors, the legacy bases stay."""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest

import go_http.exceptions
import message_media_messages.exceptions
import mxit.exceptions
import pytweet.errors
import smscx_client.exceptions
from switchboard_core import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ErrorMap,
    InvalidRequestError,
    ResponseError,
    ResponseParseError,
    SwitchboardError,
)
from switchboard_core.auth import MissingTokenError

MODULES: dict[str, ModuleType] = {
    "mxit": mxit.exceptions,
    "messagemedia": message_media_messages.exceptions.api_exception,
    "smscx": smscx_client.exceptions,
    "vumigo": go_http.exceptions,
    "twitter": pytweet.errors,
}
ROOTS: dict[str, type[Exception]] = {
    "mxit": mxit.exceptions.MxitAPIException,
    "messagemedia": message_media_messages.exceptions.APIException,
    "smscx": smscx_client.exceptions.ApiExceptionBase,
    "twitter": pytweet.errors.PytweetException,
}


def test_a_parse_failure_of_a_successful_answer_is_not_a_status_error() -> None:
    assert issubclass(ResponseParseError, ResponseError)
    assert not issubclass(ResponseParseError, APIStatusError)
    assert issubclass(APIStatusError, ResponseError)


@pytest.mark.parametrize("provider", sorted(MODULES))
def test_each_providers_error_map_keeps_each_kind_apart(provider: str) -> None:
    errors: ErrorMap = MODULES[provider].ERROR_MAP
    assert issubclass(errors.parse_error, ResponseParseError)
    assert not issubclass(errors.parse_error, APIStatusError)
    for cls in [*errors.by_status.values(), errors.server_error, errors.fallback]:
        assert issubclass(cls, APIStatusError), cls
        assert not issubclass(cls, ResponseParseError | APIConnectionError | InvalidRequestError), cls
    assert issubclass(errors.connection, APIConnectionError)
    assert issubclass(errors.timeout, APITimeoutError)
    assert issubclass(errors.invalid_request, InvalidRequestError)
    assert not issubclass(errors.connection, ResponseError)


@pytest.mark.parametrize("provider", sorted(ROOTS))
def test_the_providers_root_catches_its_status_and_parse_errors(provider: str) -> None:
    errors: ErrorMap = MODULES[provider].ERROR_MAP
    root = ROOTS[provider]
    assert issubclass(errors.parse_error, root)
    for cls in [*errors.by_status.values(), errors.server_error, errors.fallback]:
        assert issubclass(cls, root), cls


@pytest.mark.parametrize("provider", ["mxit", "smscx", "twitter"])
def test_connection_and_input_errors_are_the_providers_own_where_its_root_allows(provider: str) -> None:
    errors: ErrorMap = MODULES[provider].ERROR_MAP
    for cls in (errors.connection, errors.timeout, errors.invalid_request):
        assert issubclass(cls, ROOTS[provider]), cls


@pytest.mark.parametrize("provider", sorted(MODULES))
def test_every_exception_class_is_a_switchboard_error(provider: str) -> None:
    classes = [
        obj
        for _, obj in inspect.getmembers(MODULES[provider], inspect.isclass)
        if issubclass(obj, BaseException) and obj.__module__ == MODULES[provider].__name__
    ]
    assert classes
    for cls in classes:
        assert issubclass(cls, SwitchboardError), cls


def test_the_legacy_relationships_stay() -> None:
    assert issubclass(smscx_client.ApiTypeError, TypeError)
    assert issubclass(smscx_client.ApiValueError, ValueError)
    assert issubclass(smscx_client.ApiKeyError, KeyError)
    assert issubclass(smscx_client.ApiAttributeError, AttributeError)
    assert issubclass(smscx_client.ApiException, smscx_client.OpenApiException)
    assert issubclass(mxit.MxitAPIParameterException, ValueError)
    assert issubclass(mxit.MxitAPIAuthException, mxit.MxitAPIException)
    assert issubclass(pytweet.InvalidType, TypeError)
    assert issubclass(pytweet.NotFoundError, pytweet.APIException)
    assert issubclass(pytweet.Unauthorized, pytweet.HTTPException)
    assert issubclass(message_media_messages.exceptions.BadRequestException, message_media_messages.APIException)
    assert issubclass(go_http.exceptions.UserOptedOutException, go_http.exceptions.HTTPError)
    assert issubclass(go_http.exceptions.JsonRpcException, go_http.exceptions.HTTPError)


def test_a_missing_user_token_is_not_a_value_error() -> None:
    assert issubclass(MissingTokenError, SwitchboardError)
    assert not issubclass(MissingTokenError, ValueError | InvalidRequestError)
