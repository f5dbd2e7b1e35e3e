"""The recorded cassettes cover every operation of the spec: a success and an error each, sync and async, and
every exception class of the error map at least once."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

import smscx_client.exceptions as exc
from smscx_client.exceptions import ApiException, exception_class

from .spec_operations import OPERATIONS

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CASSETTES = Path(__file__).parent / "cassettes"
ROUTES = [
    (op.name, op.method, re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", op.path_template) + "$"))
    for op in sorted(OPERATIONS.values(), key=lambda o: -len(o.path_template))  # literal paths before templates
]


def _operation(method: str, path: str) -> str | None:
    literal = [
        name
        for name, m, rx in ROUTES
        if m == method and rx.fullmatch(path) and "{" not in OPERATIONS[name].path_template
    ]
    if literal:
        return literal[0]
    return next((name for name, m, rx in ROUTES if m == method and rx.fullmatch(path)), None)


@functools.cache
def _interactions(flavour: str) -> list[tuple[str, int, dict[str, Any] | None]]:
    found = []
    for cassette in sorted(CASSETTES.rglob(f"*[[]{flavour}[]].yaml")):
        for interaction in yaml.load(cassette.read_text(), Loader=_LOADER)["interactions"]:  # noqa: S506 - a safe loader (C or pure Python)
            request, response = interaction["request"], interaction["response"]
            name = _operation(request["method"], urlsplit(request["uri"]).path)
            if name is None:
                continue
            body = response["body"]["string"]
            try:
                error = json.loads(body).get("error") if response["status"]["code"] >= 400 else None
            except (ValueError, AttributeError):
                error = None
            found.append((name, response["status"]["code"], error))
    return found


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_operation_has_a_success_and_an_error(flavour: str) -> None:
    seen = _interactions(flavour)
    successes = {name for name, status, _ in seen if status < 300}
    errors = {name for name, status, _ in seen if status >= 400}
    assert sorted(set(OPERATIONS) - successes) == []
    assert sorted(set(OPERATIONS) - errors) == []


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_exception_class_is_recorded(flavour: str) -> None:
    raised: set[type[ApiException]] = set()
    for _name, status, error in _interactions(flavour):
        if error is not None:
            raised.add(exception_class(status, error.get("type"), error.get("code")))
    expected = {
        exc.InvalidRequestException, exc.InsufficientBalanceException, exc.DuplicateIdException,
        exc.DuplicateValueException, exc.InvalidPhoneNumberException, exc.InvalidScopeException,
        exc.InvalidPinException, exc.OtpAlreadyVerifiedException, exc.OtpExpiredException, exc.OtpFailedException,
        exc.OtpCancelledException, exc.InvalidCredentialsException, exc.InsufficientScopeException,
        exc.NoCoverageException, exc.AccessDeniedException, exc.TemplateNotApprovedException,
        exc.ChannelNotActiveException, exc.OtpActionNotAllowedException, exc.ResourceNotFoundException,
        exc.RateLimitExcedeedException,
    }  # fmt: skip
    assert sorted(c.__name__ for c in expected - raised) == []
