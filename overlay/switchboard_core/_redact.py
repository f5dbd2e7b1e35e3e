"""Keeping credentials out of messages and logs.

Everything that turns a request into text (error messages, reprs, log lines) goes through
:func:`redact_url` / :func:`redact_headers`, and a transport error's own text through :func:`redact_reason`;
request bodies are never shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from urllib.parse import unquote

import httpx

REDACTED = "REDACTED"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "cookie",
        "set-cookie",
        "x-auth-token",
        "x-access-token",
    }
)
"""Lower-cased header names whose values are never shown."""

SECRET_NAMES = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "password",
        "secret",
        "api_key",
        "apikey",
        "token",
    }
)
"""Lower-cased names that hold a credential wherever they appear: query and form parameters, model fields (the
generator's model template leaves these out of ``repr()``; tests/runtime/test_secret_names.py keeps its list equal
to this one)."""

SENSITIVE_PARAMS = SECRET_NAMES | frozenset(
    {
        "key",
        "client_id_secret",
        "signature",
        "oauth_signature",
        "oauth_token",
        "oauth_verifier",
        "code",
        "pin",
    }
)
"""Lower-cased query (and fragment) parameter names whose values are never shown."""


def _redact_pairs(raw: str) -> str:
    """``a=1&api_key=x`` -> ``a=1&api_key=REDACTED``, leaving the other pairs byte for byte."""
    pairs = []
    for pair in raw.split("&"):
        name, sep, _ = pair.partition("=")
        if sep and unquote(name.replace("+", " ")).strip().lower() in SENSITIVE_PARAMS:
            pair = f"{name}={REDACTED}"
        pairs.append(pair)
    return "&".join(pairs)


def redact_url(url: httpx.URL | str) -> str:
    """The URL without userinfo and with the values of sensitive query/fragment parameters replaced."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        changes: dict[str, object] = {}
        if parsed.userinfo:
            changes["userinfo"] = b""
        if parsed.query:
            changes["query"] = _redact_pairs(parsed.query.decode("ascii")).encode("ascii")
        if parsed.fragment:  # OAuth implicit flows put tokens there
            changes["fragment"] = _redact_pairs(parsed.fragment)
        return str(parsed.copy_with(**changes) if changes else parsed)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<invalid URL>"


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """A plain copy of ``headers`` with the values of :data:`SENSITIVE_HEADERS` replaced."""
    return {name: REDACTED if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}


_KNOWN_LIMIT = 4096
_known: dict[str, None] = {}
"""Credential values the clients built so far were given (insertion-ordered, bounded), for :func:`redact_known`."""


def register_secret(value: str) -> None:
    """Remember ``value`` (8 or more characters) as a credential :func:`redact_known` replaces wherever it shows.
    Shorter values are too likely to be ordinary words of a log line (a Vumi Go account key ``account``), so
    they are left to the header and URL-parameter redaction."""
    if len(value) >= 8 and value not in _known:
        if len(_known) >= _KNOWN_LIMIT:
            del _known[next(iter(_known))]
        _known[value] = None
        stripped = value.strip()
        if stripped != value:
            register_secret(stripped)


def redact_known(text: str) -> str:
    """``text`` with every registered credential replaced (see :func:`register_secret`)."""
    return redact_text(text, _known) if _known and text else text


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret of 4 or more characters replaced (longest first)."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def request_secrets(request: httpx.Request) -> list[str]:
    """The credentials a request carries: its URL's userinfo, the values of sensitive query parameters and
    headers, and each word of a sensitive header (``Bearer <token>`` -> the token)."""
    found: list[str] = []
    url = request.url
    if url.userinfo:
        found += [unquote(part) for part in url.userinfo.decode("ascii", "replace").split(":")]
    for name, value in url.params.multi_items():
        if name.strip().lower() in SENSITIVE_PARAMS:
            found.append(value)
    for name, value in request.headers.items():
        if name.lower() in SENSITIVE_HEADERS:
            found += [value, *value.split()[1:]]  # the credential after the scheme word
    return found


def redact_reason(exc: BaseException, request: httpx.Request | None) -> str:
    """``str(exc)`` safe to show: the request's URL redacted and every credential it carries replaced."""
    text = str(exc)
    if request is None:
        return text
    text = text.replace(str(request.url), redact_url(request.url))
    return redact_text(text, request_secrets(request))


REDACTED_EXTENSION = "switchboard.redacted"
"""Set (to True) on the redacted copies :func:`redacted_request` makes."""

_FORM = "application/x-www-form-urlencoded"


def _redacted_content(request: httpx.Request) -> bytes:
    """The request's body if it was read (a form body with its sensitive fields redacted), else ``b""``."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        return b""
    if content and request.headers.get("content-type", "").split(";")[0].strip().lower() == _FORM:
        return _redact_pairs(content.decode("latin-1")).encode("latin-1")
    return content


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` safe to keep on an exception: the URL redacted (:func:`redact_url`), the values of
    :data:`SENSITIVE_HEADERS` replaced by :data:`REDACTED` and a form body's sensitive fields too."""
    if request.extensions.get(REDACTED_EXTENSION):
        return request
    headers = [
        (name, REDACTED if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    url = redact_url(request.url)
    if url == "<invalid URL>":
        url = str(request.url.copy_with(userinfo=b"", query=None, fragment=None))
    extensions = {**request.extensions, REDACTED_EXTENSION: True}
    return httpx.Request(
        request.method, url, headers=headers, content=_redacted_content(request), extensions=extensions
    )


def redact_response_request(response: httpx.Response) -> None:
    """Replace ``response.request`` (if it has one) by its :func:`redacted_request` copy."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return
    response.request = redacted_request(request)


def redact_exception_chain(exc: BaseException, secrets: Iterable[str]) -> None:
    """Replace every secret in the string arguments of ``exc`` and of its causes and contexts, in place (h11 quotes
    an illegal header value into its message; httpcore and httpx copy it into theirs)."""
    known = [s for s in secrets if s]
    known += [s.strip() for s in known if s.strip() != s]
    seen: set[int] = set()
    current: BaseException | None = exc
    pending: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if known and any(isinstance(arg, str) for arg in current.args):
            current.args = tuple(redact_text(a, known) if isinstance(a, str) else a for a in current.args)
        request = getattr(current, "_request", None)  # httpx.RequestError keeps the request it failed on
        if isinstance(request, httpx.Request) and isinstance(current, httpx.HTTPError):
            current.request = redacted_request(request)
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
        current = pending.pop() if pending else None
