"""Mxit behaviour: an OAuth 2 server (app and user tokens, authorization codes, refresh tokens) and the REST API
with per-user profiles, statuses, avatars, contacts and gallery folders/files.

The user signed in at ``/authorize`` is always the sandbox user ``example_mxit_id`` (user id
``example_user_id``), who grants whatever scope is asked for at once. State starts with the identities the
python-mxit documentation's examples use, so those examples run: users ``example_mxit_id``, ``mxit_id_1``
(``mxit_user_id_1``) and ``mxit_id_2`` (``mxit_user_id_2``), a gallery folder ``old example folder name`` holding
the file ``example_file_id``, and a service ``example_service``.

Every REST call needs a bearer token of the kind its operation accepts (app or user) that was granted the
operation's scope (403 otherwise); unknown or expired tokens get 401. Tokens live ``TOKEN_LIFETIME`` seconds;
``POST /_sandbox/mxit/expire_tokens`` expires every access token at once (refresh tokens stay valid).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import struct
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

from ..provider import ApiError, Clock, Provider, Raw, Result, SandboxRequest, control, operation, utc_now

CLIENT_ID = "sandbox-client-id"
CLIENT_SECRET = "sandbox-client-secret"  # noqa: S105 (a public sandbox credential)
"""The client the sandbox accepts (env ``SANDBOX_MXIT_CLIENT_ID`` / ``SANDBOX_MXIT_CLIENT_SECRET`` override)."""
TOKEN_LIFETIME = 3600
SIGNED_IN_MXIT_ID = "example_mxit_id"
SIGNED_IN_USER_ID = "example_user_id"

Kind = Literal["app", "user"]
SCOPES: dict[str, dict[Kind, str]] = {
    "send_message": {"app": "message/send", "user": "message/user"},
    "get_user_id": {"app": "profile/public"},
    "get_status": {"app": "profile/public"},
    "set_status": {"user": "status/write"},
    "get_display_name": {"app": "profile/public"},
    "get_avatar": {"app": "profile/public"},
    "set_avatar": {"user": "avatar/write"},
    "delete_avatar": {"user": "avatar/write"},
    "get_cover_image": {"user": "profile/public"},
    "set_cover_image": {"user": "avatar/write"},
    "get_basic_profile": {"app": "profile/public"},
    "get_full_profile": {"user": "profile/private"},
    "update_profile": {"user": "profile/write"},
    "add_contact": {"user": "contact/invite"},
    "get_contact_list": {"user": "graph/read"},
    "get_friend_suggestions": {"user": "graph/read"},
    "get_gallery_folder_list": {"user": "content/read"},
    "create_gallery_folder": {"user": "content/write"},
    "delete_gallery_folder": {"user": "content/write"},
    "rename_gallery_folder": {"user": "content/write"},
    "delete_gallery_file": {"user": "content/write"},
    "rename_gallery_file": {"user": "content/write"},
    "upload_gallery_file": {"user": "content/write"},
    "get_gallery_item_list": {"user": "content/read"},
    "get_gallery_file": {"user": "content/read"},
    "upload_file_and_send_file_offer": {"app": "content/send"},
    "send_file_offer": {"app": "content/send"},
}
"""Which token kinds each operation accepts, and the scope each kind must have been granted."""

FILTERS = {
    "@All": None,
    "@Friends": "Friends",
    "@Apps": "Apps",
    "@Invites": "Invites",
    "@Connections": "Connections",
    "@Rejected": "Rejected",
    "@Pending": "Pending",
    "@Deleted": "Deleted",
    "@Blocked": "Blocked",
}
"""Contact list filter → the contact ``State`` it selects (None: every contact)."""


def png(red: int, green: int, blue: int) -> bytes:
    """A valid 2x2 PNG of one colour (deterministic bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes([red, green, blue]) * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def clients() -> dict[str, str]:
    client_id = os.environ.get("SANDBOX_MXIT_CLIENT_ID") or CLIENT_ID
    secret = os.environ.get("SANDBOX_MXIT_CLIENT_SECRET") or CLIENT_SECRET
    return {client_id: secret}


@dataclass
class Grant:
    """An access token, refresh token or authorization code and what it stands for."""

    client_id: str
    kind: Kind
    scope: str
    user_id: str | None = None
    expires_at: datetime | None = None
    redirect_uri: str | None = None

    @property
    def scopes(self) -> set[str]:
        return set(self.scope.split())


@dataclass
class StoredFile:
    file_id: str
    owner: str | None
    """The user whose gallery holds it (None: stored by an app for a file offer)."""
    folder: str | None
    name: str
    content_type: str
    data: bytes
    prevent_share: bool = False


@dataclass
class User:
    user_id: str
    mxit_id: str
    profile: dict[str, Any]
    status: str = ""
    avatar: tuple[bytes, str] | None = None
    cover: tuple[bytes, str] | None = None
    contacts: dict[str, str] = field(default_factory=dict)
    """Contact user id → state (Friends, Pending, Apps, ...)."""
    folders: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Principal:
    """Who a REST call acts for."""

    client_id: str
    kind: Kind
    user_id: str | None


def _profile(user_id: str, display: str, first: str, last: str, gender: int) -> dict[str, Any]:
    return {
        "UserId": user_id,
        "DisplayName": display,
        "FirstName": first,
        "LastName": last,
        "Gender": gender,
        "LanguageCode": "en",
        "RegisteredCountry": "ZA",
        "LastModified": "2013-06-01T10:00:00Z",
        "LastOnline": "2013-06-01T10:00:00Z",
        "AboutMe": "",
        "Email": "",
        "MobileNumber": "",
        "RelationshipStatus": 0,
        "Title": "",
        "WhereAmI": "",
        "DateOfBirth": "1990-01-01",
    }


BASIC_KEYS = (
    "UserId",
    "DisplayName",
    "FirstName",
    "LastName",
    "Gender",
    "LanguageCode",
    "RegisteredCountry",
    "StatusMessage",
    "LastModified",
    "LastOnline",
)


class Mxit(Provider):
    """The Mxit behaviour (see the module docstring)."""

    name = "mxit"
    title = "Mxit"
    users: dict[str, User]
    services: set[str]
    files: dict[str, StoredFile]
    codes: dict[str, Grant]
    tokens: dict[str, Grant]
    refresh_tokens: dict[str, Grant]
    messages: list[dict[str, Any]]
    offers: list[dict[str, Any]]

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self.clients = clients()
        super().__init__(clock=clock)

    def environment(self, url: str) -> dict[str, str]:
        [(client_id, secret)] = clients().items()
        return {
            "SWITCHBOARD_MXIT_BASE_URL": url,
            "SWITCHBOARD_MXIT_AUTH_URL": url,
            "MXIT_CLIENT_ID": client_id,
            "MXIT_CLIENT_SECRET": secret,
        }

    def reset(self) -> None:
        super().reset()
        self.counter = 0
        me = User(
            SIGNED_IN_USER_ID,
            SIGNED_IN_MXIT_ID,
            {**_profile(SIGNED_IN_USER_ID, "Example User", "Example", "User", 1), "Email": "example@example.org"},
            status="Exploring the sandbox",
            avatar=(png(200, 30, 30), "image/png"),
            contacts={"mxit_user_id_1": "Friends", "mxit_user_id_2": "Friends", "example_service": "Apps"},
            folders=["old example folder name"],
        )
        one = User("mxit_user_id_1", "mxit_id_1", _profile("mxit_user_id_1", "User One", "Una", "One", 2), "Hi")
        two = User("mxit_user_id_2", "mxit_id_2", _profile("mxit_user_id_2", "User Two", "Tom", "Two", 1), "Busy")
        three = User("mxit_user_id_3", "mxit_id_3", _profile("mxit_user_id_3", "User Three", "Thea", "Three", 2))
        one.contacts = {SIGNED_IN_USER_ID: "Friends", "mxit_user_id_3": "Friends"}
        two.contacts = {SIGNED_IN_USER_ID: "Friends", "mxit_user_id_3": "Friends"}
        self.users = {u.user_id: u for u in (me, one, two, three)}
        self.services = {"example_service"}
        self.files = {
            "example_file_id": StoredFile(
                "example_file_id",
                SIGNED_IN_USER_ID,
                "old example folder name",
                "example.png",
                "image/png",
                png(0, 90, 200),
            )
        }
        self.codes = {}
        self.tokens = {}
        self.refresh_tokens = {}
        self.messages = []
        self.offers = []

    def _next(self, kind: str) -> str:
        """Deterministic identifiers (stable cassettes): ``<kind>-<n>``."""
        self.counter += 1
        return f"sbx-{kind}-{self.counter:04d}"

    # -- authentication -------------------------------------------------------------------------------------------

    def authenticate(self, request: SandboxRequest) -> Principal | None:
        accepted = SCOPES.get(request.operation_id or "")
        if accepted is None:  # authorize and token: checked by their handlers
            return None
        value = request.headers.get("Authorization", "")
        scheme, _, token = value.partition(" ")
        grant = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if grant is None:
            raise ApiError(401, "Unknown access token")
        if grant.expires_at is not None and self.clock() >= grant.expires_at:
            raise ApiError(401, "The access token has expired")
        scope = accepted.get(grant.kind)
        if scope is None:
            other = "a user" if grant.kind == "app" else "an app"
            raise ApiError(
                403, f"This operation needs {other} token, not {'an app' if grant.kind == 'app' else 'a user'} one"
            )
        if scope not in grant.scopes:
            raise ApiError(403, f"The token was not granted the scope {scope!r}")
        return Principal(grant.client_id, grant.kind, grant.user_id)

    def _user(self, request: SandboxRequest) -> User:
        principal = request.principal
        assert isinstance(principal, Principal)
        assert principal.user_id is not None
        return self.users[principal.user_id]

    def _by_mxit_id(self, mxit_id: str) -> User:
        for user in self.users.values():
            if user.mxit_id == mxit_id:
                return user
        raise ApiError(404, f"No Mxit user {mxit_id!r}")

    # -- OAuth 2 ----------------------------------------------------------------------------------------------------

    @operation("authorize")
    def authorize(self, request: SandboxRequest) -> Result:
        client_id = request.query.get("client_id", "")
        if client_id not in self.clients:
            raise ApiError(400, f"Unknown client_id {client_id!r}")
        redirect_uri = request.query.get("redirect_uri", "")
        code = self._next("code")
        self.codes[code] = Grant(
            client_id, "user", request.query["scope"], SIGNED_IN_USER_ID, redirect_uri=redirect_uri
        )
        params = {"code": code}
        if "state" in request.query:
            params["state"] = request.query["state"]
        separator = "&" if "?" in redirect_uri else "?"
        return 302, Raw(), {"Location": redirect_uri + separator + urlencode(params)}

    def error_body(self, error: ApiError, path: str) -> Any:
        """The token endpoint answers in the OAuth 2 error shape (RFC 6749 §5.2), everything else ``{"message"}``."""
        if path.rstrip("/").endswith("/token"):
            kind = {401: "invalid_client", 405: "invalid_request"}.get(error.status, "invalid_request")
            return {"error": kind, "error_description": error.message}
        return super().error_body(error, path)

    def _oauth_error(self, status: int, error: str, description: str) -> Result:
        return status, {"error": error, "error_description": description}

    def _client(self, request: SandboxRequest) -> str | None:
        value = request.headers.get("Authorization", "")
        scheme, _, encoded = value.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            client_id, sep, secret = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
        except (ValueError, binascii.Error):
            return None
        expected = self.clients.get(client_id)
        if not sep or expected is None or not hmac.compare_digest(secret.encode(), expected.encode()):
            return None
        return client_id

    def _issue(self, client_id: str, kind: Kind, scope: str, user_id: str | None) -> Result:
        access = self._next(f"{kind}-token")
        expires_at = self.clock() + timedelta(seconds=TOKEN_LIFETIME)
        self.tokens[access] = Grant(client_id, kind, scope, user_id, expires_at)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": TOKEN_LIFETIME,
            "scope": scope,
        }
        if kind == "user":
            refresh = self._next("refresh-token")
            self.refresh_tokens[refresh] = Grant(client_id, kind, scope, user_id)
            body["refresh_token"] = refresh
        return 200, body

    @operation("get_token")
    def get_token(self, request: SandboxRequest) -> Result:
        client_id = self._client(request)
        if client_id is None:
            return self._oauth_error(401, "invalid_client", "Unknown client or wrong secret")
        form = dict(parse_qsl(request.raw_body.decode("utf-8", errors="replace"), keep_blank_values=True))
        grant_type = form.get("grant_type")
        if grant_type == "client_credentials":
            scope = " ".join(form.get("scope", "").split())
            if not scope:
                return self._oauth_error(400, "invalid_scope", "client_credentials needs a scope")
            return self._issue(client_id, "app", scope, None)
        if grant_type == "authorization_code":
            code = self.codes.pop(form.get("code", ""), None)
            if code is None or code.client_id != client_id:
                return self._oauth_error(400, "invalid_grant", "Unknown, used or foreign authorization code")
            if form.get("redirect_uri", "") != (code.redirect_uri or ""):
                return self._oauth_error(400, "invalid_grant", "redirect_uri differs from the one authorized")
            return self._issue(client_id, "user", code.scope, code.user_id)
        refresh = self.refresh_tokens.get(form.get("refresh_token", ""))
        if refresh is None or refresh.client_id != client_id:
            return self._oauth_error(400, "invalid_grant", "Unknown refresh token")
        del self.refresh_tokens[form["refresh_token"]]
        return self._issue(client_id, "user", refresh.scope, refresh.user_id)

    # -- messaging --------------------------------------------------------------------------------------------------

    @operation("send_message")
    def send_message(self, request: SandboxRequest) -> Result:
        body = request.body
        targets = [t for t in body["To"].split(",") if t]
        unknown = [t for t in targets if t not in self.users]
        if not targets or unknown:
            raise ApiError(400, f"Unknown recipients: {', '.join(unknown) or '(none)'}")
        self.messages.append({**body, "kind": request.principal.kind})
        return 200, Raw()

    # -- users ----------------------------------------------------------------------------------------------------

    @operation("get_user_id")
    def get_user_id(self, request: SandboxRequest) -> Result:
        return 200, self._by_mxit_id(request.path_params["mxitId"]).user_id

    @operation("get_status")
    def get_status(self, request: SandboxRequest) -> Result:
        return 200, self._by_mxit_id(request.path_params["mxitId"]).status

    @operation("get_display_name")
    def get_display_name(self, request: SandboxRequest) -> Result:
        return 200, self._by_mxit_id(request.path_params["mxitId"]).profile["DisplayName"]

    @operation("set_status")
    def set_status(self, request: SandboxRequest) -> Result:
        self._user(request).status = request.body
        return 200, Raw()

    @operation("get_avatar")
    def get_avatar(self, request: SandboxRequest) -> Result:
        user = self._by_mxit_id(request.path_params["mxitId"])
        if user.avatar is None:
            raise ApiError(404, f"{user.mxit_id} has no avatar")
        data, content_type = user.avatar
        return 200, Raw(data, content_type)

    @operation("set_avatar")
    def set_avatar(self, request: SandboxRequest) -> Result:
        content_type = request.headers.get("Content-Type", "application/octet-stream")
        if not request.raw_body:
            raise ApiError(400, "The avatar is empty")
        self._user(request).avatar = (request.raw_body, content_type)
        return 200, Raw()

    @operation("delete_avatar")
    def delete_avatar(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        if user.avatar is None:
            raise ApiError(404, "There is no avatar to delete")
        user.avatar = None
        return 204, Raw()

    @operation("get_cover_image")
    def get_cover_image(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        if user.cover is None:
            raise ApiError(404, "There is no cover image")
        data, content_type = user.cover
        return 200, Raw(data, content_type)

    @operation("set_cover_image")
    def set_cover_image(self, request: SandboxRequest) -> Result:
        if not request.raw_body:
            raise ApiError(400, "The cover image is empty")
        self._user(request).cover = (request.raw_body, request.headers.get("Content-Type", "application/octet-stream"))
        return 200, Raw()

    def _basic(self, user: User) -> dict[str, Any]:
        profile = {**user.profile, "StatusMessage": user.status}
        return {key: profile[key] for key in BASIC_KEYS}

    @operation("get_basic_profile")
    def get_basic_profile(self, request: SandboxRequest) -> Result:
        user = self.users.get(request.path_params["userId"])
        if user is None:
            raise ApiError(404, f"No user {request.path_params['userId']!r}")
        return 200, self._basic(user)

    @operation("get_full_profile")
    def get_full_profile(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        return 200, {**user.profile, "StatusMessage": user.status}

    @operation("update_profile")
    def update_profile(self, request: SandboxRequest) -> Result:
        self._user(request).profile.update(request.body)
        return 200, Raw()

    @operation("add_contact")
    def add_contact(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        contact_id = request.path_params["contactId"]
        if contact_id in self.services:
            user.contacts[contact_id] = "Apps"
        else:
            other = self._by_mxit_id(contact_id)
            if other.user_id == user.user_id:
                raise ApiError(404, "You cannot invite yourself")
            user.contacts.setdefault(other.user_id, "Pending")
        return 200, Raw()

    def _contact(self, contact_id: str, state: str) -> dict[str, Any]:
        user = self.users.get(contact_id)
        name = user.profile["DisplayName"] if user is not None else contact_id
        return {"UserId": contact_id, "DisplayName": name, "Type": 1 if state == "Apps" else 0, "State": state}

    @staticmethod
    def _page(items: list[Any], query: dict[str, str] | Any) -> list[Any]:
        skip = int(query.get("skip", 0))
        count = query.get("count")
        return items[skip : skip + int(count)] if count is not None else items[skip:]

    @operation("get_contact_list")
    def get_contact_list(self, request: SandboxRequest) -> Result:
        wanted = FILTERS.get(request.query["filter"], "?")
        contacts = [
            self._contact(cid, state)
            for cid, state in self._user(request).contacts.items()
            if wanted is None or state == wanted
        ]
        return 200, {"Contacts": self._page(contacts, request.query), "TotalCount": len(contacts)}

    @operation("get_friend_suggestions")
    def get_friend_suggestions(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        friends = {cid for cid, state in user.contacts.items() if state == "Friends"}
        mutual: dict[str, int] = {}
        for friend in sorted(friends):
            for cid, state in self.users[friend].contacts.items() if friend in self.users else ():
                if state == "Friends" and cid != user.user_id and cid not in user.contacts:
                    mutual[cid] = mutual.get(cid, 0) + 1
        return 200, [
            {"UserId": cid, "DisplayName": self.users[cid].profile["DisplayName"], "NumberOfMutualFriends": n}
            for cid, n in sorted(mutual.items())
        ]

    # -- gallery --------------------------------------------------------------------------------------------------

    def _folder(self, user: User, name: str) -> str:
        if name not in user.folders:
            raise ApiError(404, f"No gallery folder {name!r}")
        return name

    def _file(self, user: User, file_id: str) -> StoredFile:
        found = self.files.get(file_id)
        if found is None or found.owner != user.user_id:
            raise ApiError(404, f"No gallery file {file_id!r}")
        return found

    def _files_in(self, user: User, folder: str) -> list[StoredFile]:
        return [f for f in self.files.values() if f.owner == user.user_id and f.folder == folder]

    @operation("get_gallery_folder_list")
    def get_gallery_folder_list(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        return 200, {"Folders": [{"Name": n, "FileCount": len(self._files_in(user, n))} for n in user.folders]}

    @operation("create_gallery_folder")
    def create_gallery_folder(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        name = request.path_params["folderName"]
        if name in user.folders:
            raise ApiError(409, f"A gallery folder {name!r} exists already")
        user.folders.append(name)
        return 201, Raw()

    @operation("delete_gallery_folder")
    def delete_gallery_folder(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        name = self._folder(user, request.path_params["folderName"])
        for stored in self._files_in(user, name):
            del self.files[stored.file_id]
        user.folders.remove(name)
        return 204, Raw()

    @operation("rename_gallery_folder")
    def rename_gallery_folder(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        old = self._folder(user, request.path_params["folderName"])
        new = request.body
        if not new:
            raise ApiError(400, "The new folder name is empty")
        if new in user.folders and new != old:
            raise ApiError(409, f"A gallery folder {new!r} exists already")
        for stored in self._files_in(user, old):
            stored.folder = new
        user.folders[user.folders.index(old)] = new
        return 200, Raw()

    @operation("delete_gallery_file")
    def delete_gallery_file(self, request: SandboxRequest) -> Result:
        stored = self._file(self._user(request), request.path_params["target"])
        del self.files[stored.file_id]
        return 204, Raw()

    @operation("rename_gallery_file")
    def rename_gallery_file(self, request: SandboxRequest) -> Result:
        stored = self._file(self._user(request), request.path_params["target"])
        if not request.body:
            raise ApiError(400, "The new file name is empty")
        stored.name = request.body
        return 200, Raw()

    @staticmethod
    def _flag(request: SandboxRequest, name: str) -> bool:
        return request.query.get(name, "false").lower() == "true"

    @operation("upload_gallery_file")
    def upload_gallery_file(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        folder = self._folder(user, request.path_params["target"])
        name = request.query["fileName"]
        if any(f.name == name for f in self._files_in(user, folder)):
            raise ApiError(409, f"{folder!r} holds a file {name!r} already")
        file_id = self._next("file")
        content_type = request.headers.get("Content-Type", "application/octet-stream")
        self.files[file_id] = StoredFile(
            file_id, user.user_id, folder, name, content_type, request.raw_body, self._flag(request, "preventShare")
        )
        return 201, file_id

    @operation("get_gallery_item_list")
    def get_gallery_item_list(self, request: SandboxRequest) -> Result:
        user = self._user(request)
        folder = self._folder(user, request.path_params["folderName"])
        items = [
            {
                "FileId": f.file_id,
                "FileName": f.name,
                "ContentType": f.content_type,
                "Size": len(f.data),
                "PreventShare": f.prevent_share,
            }
            for f in self._files_in(user, folder)
        ]
        return 200, self._page(items, request.query)

    @operation("get_gallery_file")
    def get_gallery_file(self, request: SandboxRequest) -> Result:
        stored = self._file(self._user(request), request.path_params["fileId"])
        return 200, Raw(stored.data, stored.content_type)

    # -- file offers ----------------------------------------------------------------------------------------------

    def _recipient(self, user_id: str) -> User:
        user = self.users.get(user_id)
        if user is None:
            raise ApiError(404, f"No user {user_id!r}")
        return user

    @operation("upload_file_and_send_file_offer")
    def upload_file_and_send_file_offer(self, request: SandboxRequest) -> Result:
        recipient = self._recipient(request.query["userId"])
        file_id = self._next("file")
        content_type = request.headers.get("Content-Type", "application/octet-stream")
        self.files[file_id] = StoredFile(
            file_id, None, None, request.query["fileName"], content_type, request.raw_body,
            self._flag(request, "preventShare"),
        )  # fmt: skip
        self.offers.append(
            {"FileId": file_id, "UserId": recipient.user_id, "AutoOpen": self._flag(request, "autoOpen")}
        )
        return 200, file_id

    @operation("send_file_offer")
    def send_file_offer(self, request: SandboxRequest) -> Result:
        recipient = self._recipient(request.query["UserId"])
        file_id = request.path_params["fileId"]
        if file_id not in self.files:
            raise ApiError(404, f"No file {file_id!r}")
        self.offers.append(
            {"FileId": file_id, "UserId": recipient.user_id, "AutoOpen": self._flag(request, "autoOpen")}
        )
        return 200, Raw()

    # -- control endpoints ----------------------------------------------------------------------------------------

    @control("POST", "expire_tokens")
    def expire_tokens(self, request: SandboxRequest) -> Result:
        """Expire every access token now (refresh tokens stay valid)."""
        now = self.clock()
        for grant in self.tokens.values():
            grant.expires_at = now
        return 200, {"expired": len(self.tokens)}

    @control("GET", "state")
    def state(self, request: SandboxRequest) -> Result:
        """What the API does not show: sent messages and file offers."""
        return 200, {"messages": self.messages, "offers": self.offers}


__all__ = ["CLIENT_ID", "CLIENT_SECRET", "SCOPES", "Mxit", "png"]
