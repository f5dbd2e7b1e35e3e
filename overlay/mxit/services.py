"""``client.messaging`` and ``client.users``: every python-mxit method, with its parameters and ``scope=``.

The operations are generated (``mxit_api.legacy``, one method per spec operation, ``scope`` defaulting to the
operation's ``x-mxit-scope``); every call goes through :meth:`_Service._send`: input is checked
(``MxitAPIParameterException`` before anything is sent), an app token for the scope is fetched first (a missing
user token is a ``MxitAPIParameterException``), and the answer is read as python-mxit did (``mxit._answers``).
This module adds python-mxit's own input shapes: messages, uploads, downloads, profile fields, filters.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from mxit_api.legacy import schemas
from mxit_api.legacy.files import AsyncFileOffersOperations, FileOffersOperations, upload_file_and_send_file_offer_call
from mxit_api.legacy.gallery import (
    AsyncGalleryOperations,
    GalleryOperations,
    get_gallery_file_call,
    upload_gallery_file_call,
)
from mxit_api.legacy.messaging import AsyncMessagingServiceOperations, MessagingServiceOperations, send_message_call
from mxit_api.legacy.users import (
    AsyncUserServiceOperations,
    UserServiceOperations,
    get_avatar_call,
    get_cover_image_call,
    set_avatar_call,
    set_cover_image_call,
    update_profile_call,
)
from switchboard_core import Call, Download, Steps, check
from switchboard_core.auth import OAUTH2_SCOPE_EXTENSION, ScopeRequirement
from switchboard_core.auth._oauth2_scoped import Grant

from . import _files
from ._files import StrPath
from ._oauth import _OAuthBase
from .exceptions import MxitAPIParameterException, _parameter_errors

if TYPE_CHECKING:
    from switchboard_core import AsyncInvoker, SyncInvoker

    from ._oauth import AsyncOAuth, OAuth

P = ParamSpec("P")
T = TypeVar("T")


def _text(value: T) -> T:
    """python-mxit took byte strings wherever it took text (Python 2 ``str``): UTF-8 bytes are decoded, in lists
    and dicts too; anything else is returned as it is (and checked by the call)."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")  # type: ignore[return-value]
        except UnicodeDecodeError as exc:
            raise MxitAPIParameterException(f"{value!r} is not UTF-8 text: {exc.reason}") from None
    if isinstance(value, list | tuple):
        return type(value)(_text(item) for item in value)
    if isinstance(value, dict):
        return {_text(key): _text(item) for key, item in value.items()}  # type: ignore[return-value]
    return value


def create_redirect_link(
    create_temporary_contact: bool,
    target_service: str,
    text: str,
    add_to_back_history: bool | None = None,
    parameters: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A link object for ``send_message(links=[...])``, built as python-mxit did (no checks: it is checked with the
    message); ``AddToBackHistory`` / ``Parameters`` only when truthy, byte strings decoded."""
    link: dict[str, Any] = {"CreateTemporaryContact": create_temporary_contact, "TargetService": target_service,
                            "Text": text}  # fmt: skip
    if add_to_back_history:
        link["AddToBackHistory"] = add_to_back_history
    if parameters:
        link["Parameters"] = parameters
    return _text(link)


def _user_ids(value: object) -> str:
    """``target_user_ids`` joined with ``,`` (a single string is one id, not a list of characters)."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Iterable) or not all(isinstance(item, str) and item for item in items):
        raise MxitAPIParameterException(f"target_user_ids must be a list of non-empty user ids, not {value!r}")
    ids = list(items)
    bad = [i for i in ids if "," in i]
    if bad or not ids:
        raise MxitAPIParameterException(f"a user id cannot contain ',': {bad[0]!r}" if bad else "no target_user_ids")
    return ",".join(ids)


def _upload_data(data: object, input_file_path: StrPath | None, what: str) -> bytes:
    """The bytes to upload: ``data`` (bytes, text or a binary file object), or the content of ``input_file_path``."""
    if data is not None:
        content = data.read() if callable(getattr(data, "read", None)) else data  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content.encode("utf-8")
        if isinstance(content, bytes | bytearray | memoryview):
            return bytes(content)
        raise MxitAPIParameterException(f"data must be bytes or a binary file object, not {type(data).__name__}")
    if input_file_path is not None:
        if not isinstance(input_file_path, str | os.PathLike):
            raise MxitAPIParameterException(f"input_file_path must be a path, not {type(input_file_path).__name__}")
        return _files.resolve(input_file_path).read_bytes()
    raise MxitAPIParameterException(f"Either the data of {what} or the path to {what} must be provided")


def _upload_call(build: Callable[..., Call[T]], payload: bytes, kind: str, *args: Any, **kwargs: Any) -> Call[T]:
    """Raw upload bytes with their content type (python-mxit also sent it as ``Accept``)."""
    from mxit_api.types import File

    call = build(*args, body=File(payload=io.BytesIO(payload), mime_type=kind), **kwargs)
    headers = {**call.kwargs.get("headers", {}), "Content-Type": kind, "Accept": kind}
    return replace(call, kwargs={**call.kwargs, "content": payload, "headers": headers})  # bytes: async can send it


def _empty(body: object) -> dict[str, Any]:
    return {}  # python-mxit sent `{}`


class _Service:
    """What every Mxit call does before it is sent, and the steps of python-mxit's own input shapes."""

    def __init__(self, invoker: Any, oauth: OAuth | AsyncOAuth) -> None:  # the sync or async invoker
        self._invoker = invoker
        self._oauth = oauth

    def _authorized(self, build: Callable[P, Call[T]], *args: P.args, **kwargs: P.kwargs) -> Steps[Call[T]]:
        if build is not _upload_call:  # an upload's own arguments were decoded by _upload; its payload is bytes
            args, kwargs = _text(args), _text(kwargs)
        with _parameter_errors():
            call = build(*args, **kwargs)
        requirement: ScopeRequirement = call.extensions[OAUTH2_SCOPE_EXTENSION]
        headers = {"Content-Type": "application/json", **call.kwargs.get("headers", {})}  # python-mxit's, bodiless too
        provider = cast(Any, self._oauth)  # Mxit(oauth_provider=...) gives a duck-typed python-mxit helper
        if not isinstance(provider, _OAuthBase):  # its tokens, sent as python-mxit sent them
            app = requirement.grant == "client_credentials"
            token = provider.get_app_token(requirement.scope) if app else provider.get_user_token(requirement.scope)
            headers["Authorization"] = f"Bearer {token}"
            extensions = {key: value for key, value in call.extensions.items() if key != OAUTH2_SCOPE_EXTENSION}
            return replace(call, kwargs={**call.kwargs, "headers": headers}, extensions=extensions)
        if requirement.grant == "client_credentials":
            yield from self._oauth._app_token(requirement.scope)
        elif not self._oauth.has_user_token(requirement.scope):
            scope = requirement.scope
            raise MxitAPIParameterException(
                f"no user token for scope {scope!r}: call client.oauth.get_user_token({scope!r}, code) first"
            )
        return replace(call, kwargs={**call.kwargs, "headers": headers})

    def _send(self, build: Callable[P, Call[T]], *args: P.args, **kwargs: P.kwargs) -> Steps[T]:
        call = yield from self._authorized(build, *args, **kwargs)
        answer: T = yield call
        return answer

    def _download(
        self, build: Callable[P, Call[Any]], path: StrPath | None, *args: P.args, **kwargs: P.kwargs
    ) -> Steps[bytes | None]:
        call = yield from self._authorized(build, *args, **kwargs)  # Accept: application/json, as python-mxit sent
        result: bytes | None = yield Download(call, None if path is None else _files.resolve(path))
        return result

    def _upload(self, build: Callable[..., Call[T]], data: object, path: StrPath | None, content_type: str | None,
                what: str, default: str, *args: Any, **kwargs: Any) -> Steps[T]:  # fmt: skip
        """Upload ``data`` or the file at ``path`` as ``content_type``, python-mxit's ``default`` when not given."""
        payload = _upload_data(data, path, what)
        kind = _text(content_type) or default
        answer: T = yield from self._send(_upload_call, build, payload, kind, *_text(args), **_text(kwargs))
        return answer

    def _message(self, sender: str, target_user_ids: Sequence[str], message: str, contains_markup: bool, scope: str,
                 grant: Grant, **extra: object) -> Steps[str]:  # fmt: skip
        sender, target_user_ids, message = _text(sender), _text(target_user_ids), _text(message)
        wire = {"From": sender, "To": _user_ids(target_user_ids), "Body": message, "ContainsMarkup": contains_markup}
        wire.update({key: value for key, value in extra.items() if value})  # python-mxit sent these only when truthy
        return (yield from self._send(send_message_call, wire, scope, grant))

    def _profile(self, fields: dict[str, object], scope: str) -> Steps[None]:
        wire = {"".join(part.title() for part in name.split("_")): (name, _text(value))
                for name, value in fields.items() if value is not None}  # fmt: skip
        with _parameter_errors():  # each field checked under python-mxit's name
            body = {
                key: check(name, value, schemas.PROFILE_UPDATE["properties"][key])
                for key, (name, value) in wire.items()
            }
        if body:  # nothing is sent when every field is None
            yield from self._send(update_profile_call, body, scope)


def _list_filter(value: object) -> object:
    """A python-mxit filter name (``"all"``) or its wire value (``"@All"``, as ``CONTACT_LIST_FILTER`` gives)."""
    value = _text(value)
    return value if not isinstance(value, str) or value.startswith("@") else "@" + value.title()


class _Messaging(_Service):
    create_redirect_link = staticmethod(create_redirect_link)

    def _send_message_steps(self, app_mxit_id: str, target_user_ids: Sequence[str], message: str,
                            contains_markup: bool, spool: bool | None, spool_timeout: int | None,
                            links: list[dict[str, Any]] | None, scope: str) -> Steps[str]:  # fmt: skip
        """Send ``message`` from the app ``app_mxit_id`` to each user id (app token); returns the raw answer."""
        return (yield from self._message(app_mxit_id, target_user_ids, message, contains_markup, scope,
                                         "client_credentials", Spool=spool, SpoolTimeOut=spool_timeout,
                                         Links=links))  # fmt: skip

    def _send_user_to_user_message_steps(self, from_user_id: str, target_user_ids: Sequence[str], message: str,
                                         contains_markup: bool, scope: str) -> Steps[str]:  # fmt: skip
        """Send ``message`` from the signed-in user ``from_user_id`` to each user id (user token)."""
        return (yield from self._message(from_user_id, target_user_ids, message, contains_markup, scope,
                                         "authorization_code"))  # fmt: skip


class MessagingService(_Messaging, MessagingServiceOperations):
    """``client.messaging`` (python-mxit's MessagingService)."""

    def __init__(self, invoker: SyncInvoker, oauth: OAuth) -> None:
        super().__init__(invoker, oauth)


class AsyncMessagingService(_Messaging, AsyncMessagingServiceOperations):
    """``client.messaging`` of :class:`AsyncMxit`."""

    def __init__(self, invoker: AsyncInvoker, oauth: AsyncOAuth) -> None:
        super().__init__(invoker, oauth)


class _Users(_Service):
    _add_contact_body = _create_gallery_folder_body = _send_file_offer_body = staticmethod(_empty)
    _get_contact_list_list_filter = staticmethod(_list_filter)

    def _get_avatar_steps(self, mxit_id: str, output_file_path: StrPath | None, scope: str) -> Steps[bytes | None]:
        """The avatar's bytes, or None after streaming them into ``output_file_path``."""
        return (yield from self._download(get_avatar_call, output_file_path, mxit_id, scope))

    def _set_avatar_steps(self, data: bytes | None, input_file_path: StrPath | None, content_type: str | None,
                          scope: str) -> Steps[str]:  # fmt: skip
        """Upload the avatar from ``data`` or ``input_file_path``; ``content_type`` defaults to
        ``application/octet-stream``, as in python-mxit."""
        return (yield from self._upload(set_avatar_call, data, input_file_path, content_type, "an image file",
                                        "application/octet-stream", scope=scope))  # fmt: skip

    def _update_profile_steps(self, about_me: str | None, display_name: str | None, email: str | None,
                              first_name: str | None, gender: int | None, last_name: str | None,
                              mobile_number: str | None, relationship_status: int | None, title: str | None,
                              where_am_i: str | None, scope: str) -> Steps[None]:  # fmt: skip
        """Change the given fields (every one that is not None); nothing is sent when all are None."""
        fields = {name: value for name, value in locals().items() if name not in ("self", "scope")}
        return (yield from self._profile(fields, scope))

    def _get_cover_image_steps(self, output_file_path: StrPath | None, scope: str) -> Steps[bytes | None]:
        """The signed-in user's cover image (user token), or None after streaming it into ``output_file_path``."""
        return (yield from self._download(get_cover_image_call, output_file_path, scope))

    def _set_cover_image_steps(self, data: bytes | None, input_file_path: StrPath | None, scope: str,
                               content_type: str | None) -> Steps[str]:  # fmt: skip
        """Upload the cover image from ``data`` or ``input_file_path`` (python-mxit's order: ``scope`` before
        ``content_type``, which defaults to ``application/octet-stream``)."""
        return (yield from self._upload(set_cover_image_call, data, input_file_path, content_type, "an image file",
                                        "application/octet-stream", scope=scope))  # fmt: skip

    def _upload_gallery_file_steps(self, folder_name: str, file_name: str, data: bytes | None,
                                   input_file_path: StrPath | None, prevent_share: bool, content_type: str | None,
                                   scope: str) -> Steps[str]:  # fmt: skip
        """Upload into ``folder_name``; returns the new file id. ``content_type`` defaults to ``image/png``,
        as in python-mxit."""
        return (yield from self._upload(upload_gallery_file_call, data, input_file_path, content_type, "a file",
                                        "image/png", folder_name, file_name=file_name, prevent_share=prevent_share,
                                        scope=scope))  # fmt: skip

    def _get_gallery_file_steps(self, file_id: str, output_file_path: StrPath | None,
                                scope: str) -> Steps[bytes | None]:  # fmt: skip
        """The file's bytes, or None after streaming them into ``output_file_path``."""
        return (yield from self._download(get_gallery_file_call, output_file_path, file_id, scope))

    def _upload_file_and_send_file_offer_steps(self, file_name: str, user_id: str, data: bytes | None,
                                               input_file_path: StrPath | None, content_type: str | None,
                                               auto_open: bool, prevent_share: bool,
                                               scope: str) -> Steps[str]:  # fmt: skip
        """Store a file and offer it to ``user_id`` (app token); returns the new file id."""
        return (yield from self._upload(upload_file_and_send_file_offer_call, data, input_file_path, content_type,
                                        "a file", "application/octet-stream", file_name=file_name, user_id=user_id,
                                        auto_open=auto_open, prevent_share=prevent_share,
                                        scope=scope))  # fmt: skip


class UserService(_Users, UserServiceOperations, GalleryOperations, FileOffersOperations):
    """``client.users`` (python-mxit's UserService, with the gallery and file offers)."""

    def __init__(self, invoker: SyncInvoker, oauth: OAuth) -> None:
        super().__init__(invoker, oauth)


class AsyncUserService(_Users, AsyncUserServiceOperations, AsyncGalleryOperations, AsyncFileOffersOperations):
    """``client.users`` of :class:`AsyncMxit`."""

    def __init__(self, invoker: AsyncInvoker, oauth: AsyncOAuth) -> None:
        super().__init__(invoker, oauth)
