"""``client.messaging`` and ``client.users``: every python-mxit method, with its parameters and ``scope=``.

Each method checks its input (``MxitAPIParameterException`` before anything is sent), makes sure a token for
its scope is at hand (app tokens are fetched; a missing user token is a ``MxitAPIParameterException``), sends
the call and returns what python-mxit returned: plain strings unquoted, dicts/lists for JSON answers, bytes (or
a file written) for downloads, the raw answer text for the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from switchboard_core import (
    APIError,
    AsyncInvoker,
    Call,
    InvalidRequestError,
    SyncInvoker,
    aread_body,
    asave_body,
    read_body,
    save_body,
)
from switchboard_core.auth import OAUTH2_SCOPE_EXTENSION, ScopeRequirement

from . import _calls, _files, _inputs
from ._files import StrPath, guess_content_type
from ._oauth import AsyncOAuth, OAuth, translate
from .exceptions import MxitAPIParameterException

T = TypeVar("T")


def create_redirect_link(
    create_temporary_contact: bool,
    target_service: str,
    text: str,
    add_to_back_history: bool | None = None,
    parameters: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A link object for ``send_message(links=[...])`` (``AddToBackHistory``/``Parameters`` only when truthy)."""
    link: dict[str, Any] = {
        "CreateTemporaryContact": _inputs.boolean("create_temporary_contact", create_temporary_contact),
        "TargetService": _inputs.text("target_service", target_service),
        "Text": _inputs.text("text", text, allow_empty=True),
    }
    if add_to_back_history:
        link["AddToBackHistory"] = True
    if parameters:
        link["Parameters"] = dict(parameters)
    return link


def _content_type(given: str | None, *names: StrPath | None, default: str) -> str:
    if given is not None:
        return _inputs.text("content_type", given)
    return guess_content_type(*names, default=default)


def _requirement(call: Call[Any]) -> ScopeRequirement:
    requirement = call.extensions[OAUTH2_SCOPE_EXTENSION]
    assert isinstance(requirement, ScopeRequirement)
    return requirement


def _missing_user_token(scope: str) -> MxitAPIParameterException:
    return MxitAPIParameterException(
        f"no user token for scope {scope!r}: call client.oauth.get_user_token({scope!r}, code) first"
    )


class _SyncBase:
    def __init__(self, invoker: SyncInvoker, oauth: OAuth) -> None:
        self._invoker = invoker
        self._oauth = oauth

    def _authorize(self, call: Call[Any]) -> None:
        requirement = _requirement(call)
        if requirement.grant == "client_credentials":
            self._oauth.get_app_token(requirement.scope)
        elif not self._oauth.has_user_token(requirement.scope):
            raise _missing_user_token(requirement.scope)

    def _run(self, call: Call[T]) -> T:
        self._authorize(call)
        try:
            return self._invoker.run(call)
        except (APIError, InvalidRequestError) as exc:
            translate(exc, f"a token for {_requirement(call).scope!r} scope")

    def _download(self, call: Call[Any], output_file_path: StrPath | None) -> bytes | None:
        self._authorize(call)
        try:
            if output_file_path is None:
                return self._invoker.stream(call, read_body)
            self._invoker.stream(call, save_body(_files.resolve(output_file_path)))
            return None
        except (APIError, InvalidRequestError) as exc:
            translate(exc, f"a token for {_requirement(call).scope!r} scope")


class _AsyncBase:
    def __init__(self, invoker: AsyncInvoker, oauth: AsyncOAuth) -> None:
        self._invoker = invoker
        self._oauth = oauth

    async def _authorize(self, call: Call[Any]) -> None:
        requirement = _requirement(call)
        if requirement.grant == "client_credentials":
            await self._oauth.get_app_token(requirement.scope)
        elif not self._oauth.has_user_token(requirement.scope):
            raise _missing_user_token(requirement.scope)

    async def _run(self, call: Call[T]) -> T:
        await self._authorize(call)
        try:
            return await self._invoker.run(call)
        except (APIError, InvalidRequestError) as exc:
            translate(exc, f"a token for {_requirement(call).scope!r} scope")

    async def _download(self, call: Call[Any], output_file_path: StrPath | None) -> bytes | None:
        await self._authorize(call)
        try:
            if output_file_path is None:
                return await self._invoker.stream(call, aread_body)
            await self._invoker.stream(call, asave_body(_files.resolve(output_file_path)))
            return None
        except (APIError, InvalidRequestError) as exc:
            translate(exc, f"a token for {_requirement(call).scope!r} scope")


class MessagingService(_SyncBase):
    """``client.messaging`` (python-mxit's MessagingService)."""

    def send_message(
        self,
        app_mxit_id: str,
        target_user_ids: Sequence[str],
        message: str = "",
        contains_markup: bool = True,
        spool: bool | None = None,
        spool_timeout: int | None = None,
        links: list[dict[str, Any]] | None = None,
        scope: str = "message/send",
    ) -> str:
        """Send ``message`` from the app ``app_mxit_id`` to each user id (app token); returns the raw answer."""
        call = _calls.message(
            app_mxit_id, target_user_ids, message, contains_markup, scope, _calls.APP,
            spool=spool, spool_timeout=spool_timeout, links=links,
        )  # fmt: skip
        return self._run(call)

    def send_user_to_user_message(
        self,
        from_user_id: str,
        target_user_ids: Sequence[str],
        message: str = "",
        contains_markup: bool = True,
        scope: str = "message/user",
    ) -> str:
        """Send ``message`` from the signed-in user ``from_user_id`` to each user id (user token)."""
        call = _calls.message(from_user_id, target_user_ids, message, contains_markup, scope, _calls.USER)
        return self._run(call)

    create_redirect_link = staticmethod(create_redirect_link)


class UserService(_SyncBase):
    """``client.users`` (python-mxit's UserService)."""

    def get_user_id(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The internal user id of ``mxit_id``."""
        return self._run(_calls.user_id(mxit_id, scope))

    def get_status(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The user's status message."""
        return self._run(_calls.status(mxit_id, scope))

    def set_status(self, message: str, scope: str = "status/write") -> str:
        """Set the signed-in user's status message."""
        return self._run(_calls.set_status_message(message, scope))

    def get_display_name(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The user's display name."""
        return self._run(_calls.display_name(mxit_id, scope))

    def get_avatar(
        self, mxit_id: str, output_file_path: StrPath | None = None, scope: str = "profile/public"
    ) -> bytes | None:
        """The avatar's bytes, or None after streaming them into ``output_file_path``."""
        return self._download(_calls.avatar(mxit_id, scope), output_file_path)

    def set_avatar(
        self,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        content_type: str | None = None,
        scope: str = "avatar/write",
    ) -> str:
        """Upload the avatar from ``data`` or ``input_file_path``; ``content_type`` is guessed from the file name
        when not given (default ``application/octet-stream``)."""
        payload = _inputs.upload_data(data, input_file_path, "an image file")
        kind = _content_type(content_type, input_file_path, default="application/octet-stream")
        return self._run(_calls.upload_avatar(payload, kind, scope))

    def delete_avatar(self, scope: str = "avatar/write") -> str:
        """Remove the signed-in user's avatar."""
        return self._run(_calls.remove_avatar(scope))

    def get_basic_profile(self, user_id: str, scope: str = "profile/public") -> dict[str, Any]:
        """The user's public profile (``UserId``, ``DisplayName``, ...)."""
        return self._run(_calls.basic_profile(user_id, scope))

    def get_full_profile(self, scope: str = "profile/private") -> dict[str, Any]:
        """The signed-in user's full profile."""
        return self._run(_calls.full_profile(scope))

    def update_profile(
        self,
        about_me: str | None = None,
        display_name: str | None = None,
        email: str | None = None,
        first_name: str | None = None,
        gender: int | None = None,
        last_name: str | None = None,
        mobile_number: str | None = None,
        relationship_status: int | None = None,
        title: str | None = None,
        where_am_i: str | None = None,
        scope: str = "profile/write",
    ) -> None:
        """Change the given fields (every one that is not None); nothing is sent when all are None."""
        fields = {
            "about_me": about_me, "display_name": display_name, "email": email, "first_name": first_name,
            "gender": gender, "last_name": last_name, "mobile_number": mobile_number,
            "relationship_status": relationship_status, "title": title, "where_am_i": where_am_i,
        }  # fmt: skip
        call = _calls.profile_update(fields, scope)
        if call is not None:
            self._run(call)

    def add_contact(self, contact_id: str, scope: str = "contact/invite") -> str:
        """Invite the user (or add the service) ``contact_id``."""
        return self._run(_calls.contact(contact_id, scope))

    def get_contact_list(
        self, list_filter: str, skip: int | None = None, count: int | None = None, scope: str = "graph/read"
    ) -> dict[str, Any]:
        """One page of contacts (``{"Contacts": [...]}``); ``list_filter`` from ``CONTACT_LIST_FILTER``."""
        return self._run(_calls.contact_list(list_filter, skip, count, scope))

    def get_friend_suggestions(self, scope: str = "graph/read") -> list[Any]:
        """Users the signed-in user may know."""
        return self._run(_calls.friend_suggestions(scope))

    def get_gallery_folder_list(self, scope: str = "content/read") -> dict[str, Any]:
        """The gallery's folders (``{"Folders": [...]}``)."""
        return self._run(_calls.folder_list(scope))

    def create_gallery_folder(self, folder_name: str, scope: str = "content/write") -> str:
        return self._run(_calls.create_folder(folder_name, scope))

    def delete_gallery_folder(self, folder_name: str, scope: str = "content/write") -> str:
        return self._run(_calls.delete_folder(folder_name, scope))

    def rename_gallery_folder(self, old_folder_name: str, new_folder_name: str, scope: str = "content/write") -> str:
        return self._run(_calls.rename_folder(old_folder_name, new_folder_name, scope))

    def delete_gallery_file(self, file_id: str, scope: str = "content/write") -> str:
        return self._run(_calls.delete_file(file_id, scope))

    def rename_gallery_file(self, file_id: str, new_file_name: str, scope: str = "content/write") -> str:
        return self._run(_calls.rename_file(file_id, new_file_name, scope))

    def upload_gallery_file(
        self,
        folder_name: str,
        file_name: str,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        prevent_share: bool = False,
        content_type: str | None = None,
        scope: str = "content/write",
    ) -> str:
        """Upload into ``folder_name``; returns the new file id. ``content_type`` is guessed from the file names
        when not given (default ``image/png``, as python-mxit)."""
        payload = _inputs.upload_data(data, input_file_path, "a file")
        kind = _content_type(content_type, input_file_path, file_name, default="image/png")
        return self._run(_calls.upload_file(folder_name, file_name, payload, prevent_share, kind, scope))

    def get_gallery_item_list(
        self, folder_name: str, skip: int | None = None, count: int | None = None, scope: str = "content/read"
    ) -> list[Any]:
        """One page of the folder's files (``FileId``, ``FileName``, ...)."""
        return self._run(_calls.item_list(folder_name, skip, count, scope))

    def get_gallery_file(
        self, file_id: str, output_file_path: StrPath | None = None, scope: str = "content/read"
    ) -> bytes | None:
        """The file's bytes, or None after streaming them into ``output_file_path``."""
        return self._download(_calls.gallery_file(file_id, scope), output_file_path)

    def upload_file_and_send_file_offer(
        self,
        file_name: str,
        user_id: str,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        content_type: str | None = None,
        auto_open: bool = False,
        prevent_share: bool = False,
        scope: str = "content/send",
    ) -> str:
        """Store a file and offer it to ``user_id`` (app token); returns the new file id."""
        payload = _inputs.upload_data(data, input_file_path, "a file")
        kind = _content_type(content_type, input_file_path, file_name, default="application/octet-stream")
        call = _calls.upload_and_offer(file_name, user_id, payload, kind, auto_open, prevent_share, scope)
        return self._run(call)

    def send_file_offer(self, file_id: str, user_id: str, auto_open: bool = False, scope: str = "content/send") -> str:
        """Offer the stored file ``file_id`` to ``user_id`` (app token)."""
        return self._run(_calls.offer(file_id, user_id, auto_open, scope))


class AsyncMessagingService(_AsyncBase):
    """``client.messaging`` of :class:`AsyncMxit`."""

    async def send_message(
        self,
        app_mxit_id: str,
        target_user_ids: Sequence[str],
        message: str = "",
        contains_markup: bool = True,
        spool: bool | None = None,
        spool_timeout: int | None = None,
        links: list[dict[str, Any]] | None = None,
        scope: str = "message/send",
    ) -> str:
        """Send ``message`` from the app ``app_mxit_id`` to each user id (app token); returns the raw answer."""
        call = _calls.message(
            app_mxit_id, target_user_ids, message, contains_markup, scope, _calls.APP,
            spool=spool, spool_timeout=spool_timeout, links=links,
        )  # fmt: skip
        return await self._run(call)

    async def send_user_to_user_message(
        self,
        from_user_id: str,
        target_user_ids: Sequence[str],
        message: str = "",
        contains_markup: bool = True,
        scope: str = "message/user",
    ) -> str:
        """Send ``message`` from the signed-in user ``from_user_id`` to each user id (user token)."""
        call = _calls.message(from_user_id, target_user_ids, message, contains_markup, scope, _calls.USER)
        return await self._run(call)

    create_redirect_link = staticmethod(create_redirect_link)


class AsyncUserService(_AsyncBase):
    """``client.users`` of :class:`AsyncMxit`."""

    async def get_user_id(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The internal user id of ``mxit_id``."""
        return await self._run(_calls.user_id(mxit_id, scope))

    async def get_status(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The user's status message."""
        return await self._run(_calls.status(mxit_id, scope))

    async def set_status(self, message: str, scope: str = "status/write") -> str:
        """Set the signed-in user's status message."""
        return await self._run(_calls.set_status_message(message, scope))

    async def get_display_name(self, mxit_id: str, scope: str = "profile/public") -> str:
        """The user's display name."""
        return await self._run(_calls.display_name(mxit_id, scope))

    async def get_avatar(
        self, mxit_id: str, output_file_path: StrPath | None = None, scope: str = "profile/public"
    ) -> bytes | None:
        """The avatar's bytes, or None after streaming them into ``output_file_path``."""
        return await self._download(_calls.avatar(mxit_id, scope), output_file_path)

    async def set_avatar(
        self,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        content_type: str | None = None,
        scope: str = "avatar/write",
    ) -> str:
        """Upload the avatar from ``data`` or ``input_file_path``; ``content_type`` is guessed from the file name
        when not given (default ``application/octet-stream``)."""
        payload = _inputs.upload_data(data, input_file_path, "an image file")
        kind = _content_type(content_type, input_file_path, default="application/octet-stream")
        return await self._run(_calls.upload_avatar(payload, kind, scope))

    async def delete_avatar(self, scope: str = "avatar/write") -> str:
        """Remove the signed-in user's avatar."""
        return await self._run(_calls.remove_avatar(scope))

    async def get_basic_profile(self, user_id: str, scope: str = "profile/public") -> dict[str, Any]:
        """The user's public profile (``UserId``, ``DisplayName``, ...)."""
        return await self._run(_calls.basic_profile(user_id, scope))

    async def get_full_profile(self, scope: str = "profile/private") -> dict[str, Any]:
        """The signed-in user's full profile."""
        return await self._run(_calls.full_profile(scope))

    async def update_profile(
        self,
        about_me: str | None = None,
        display_name: str | None = None,
        email: str | None = None,
        first_name: str | None = None,
        gender: int | None = None,
        last_name: str | None = None,
        mobile_number: str | None = None,
        relationship_status: int | None = None,
        title: str | None = None,
        where_am_i: str | None = None,
        scope: str = "profile/write",
    ) -> None:
        """Change the given fields (every one that is not None); nothing is sent when all are None."""
        fields = {
            "about_me": about_me, "display_name": display_name, "email": email, "first_name": first_name,
            "gender": gender, "last_name": last_name, "mobile_number": mobile_number,
            "relationship_status": relationship_status, "title": title, "where_am_i": where_am_i,
        }  # fmt: skip
        call = _calls.profile_update(fields, scope)
        if call is not None:
            await self._run(call)

    async def add_contact(self, contact_id: str, scope: str = "contact/invite") -> str:
        """Invite the user (or add the service) ``contact_id``."""
        return await self._run(_calls.contact(contact_id, scope))

    async def get_contact_list(
        self, list_filter: str, skip: int | None = None, count: int | None = None, scope: str = "graph/read"
    ) -> dict[str, Any]:
        """One page of contacts (``{"Contacts": [...]}``); ``list_filter`` from ``CONTACT_LIST_FILTER``."""
        return await self._run(_calls.contact_list(list_filter, skip, count, scope))

    async def get_friend_suggestions(self, scope: str = "graph/read") -> list[Any]:
        """Users the signed-in user may know."""
        return await self._run(_calls.friend_suggestions(scope))

    async def get_gallery_folder_list(self, scope: str = "content/read") -> dict[str, Any]:
        """The gallery's folders (``{"Folders": [...]}``)."""
        return await self._run(_calls.folder_list(scope))

    async def create_gallery_folder(self, folder_name: str, scope: str = "content/write") -> str:
        return await self._run(_calls.create_folder(folder_name, scope))

    async def delete_gallery_folder(self, folder_name: str, scope: str = "content/write") -> str:
        return await self._run(_calls.delete_folder(folder_name, scope))

    async def rename_gallery_folder(
        self, old_folder_name: str, new_folder_name: str, scope: str = "content/write"
    ) -> str:
        return await self._run(_calls.rename_folder(old_folder_name, new_folder_name, scope))

    async def delete_gallery_file(self, file_id: str, scope: str = "content/write") -> str:
        return await self._run(_calls.delete_file(file_id, scope))

    async def rename_gallery_file(self, file_id: str, new_file_name: str, scope: str = "content/write") -> str:
        return await self._run(_calls.rename_file(file_id, new_file_name, scope))

    async def upload_gallery_file(
        self,
        folder_name: str,
        file_name: str,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        prevent_share: bool = False,
        content_type: str | None = None,
        scope: str = "content/write",
    ) -> str:
        """Upload into ``folder_name``; returns the new file id. ``content_type`` is guessed from the file names
        when not given (default ``image/png``, as python-mxit)."""
        payload = _inputs.upload_data(data, input_file_path, "a file")
        kind = _content_type(content_type, input_file_path, file_name, default="image/png")
        return await self._run(_calls.upload_file(folder_name, file_name, payload, prevent_share, kind, scope))

    async def get_gallery_item_list(
        self, folder_name: str, skip: int | None = None, count: int | None = None, scope: str = "content/read"
    ) -> list[Any]:
        """One page of the folder's files (``FileId``, ``FileName``, ...)."""
        return await self._run(_calls.item_list(folder_name, skip, count, scope))

    async def get_gallery_file(
        self, file_id: str, output_file_path: StrPath | None = None, scope: str = "content/read"
    ) -> bytes | None:
        """The file's bytes, or None after streaming them into ``output_file_path``."""
        return await self._download(_calls.gallery_file(file_id, scope), output_file_path)

    async def upload_file_and_send_file_offer(
        self,
        file_name: str,
        user_id: str,
        data: bytes | None = None,
        input_file_path: StrPath | None = None,
        content_type: str | None = None,
        auto_open: bool = False,
        prevent_share: bool = False,
        scope: str = "content/send",
    ) -> str:
        """Store a file and offer it to ``user_id`` (app token); returns the new file id."""
        payload = _inputs.upload_data(data, input_file_path, "a file")
        kind = _content_type(content_type, input_file_path, file_name, default="application/octet-stream")
        call = _calls.upload_and_offer(file_name, user_id, payload, kind, auto_open, prevent_share, scope)
        return await self._run(call)

    async def send_file_offer(
        self, file_id: str, user_id: str, auto_open: bool = False, scope: str = "content/send"
    ) -> str:
        """Offer the stored file ``file_id`` to ``user_id`` (app token)."""
        return await self._run(_calls.offer(file_id, user_id, auto_open, scope))
