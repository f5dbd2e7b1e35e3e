"""Each Mxit operation as a :class:`~switchboard_core.Call`, built from the generated ``mxit_api`` modules.

Method, path (each value percent-encoded, ``/`` included) and query come from the spec; this module feeds it
checked input, names the OAuth 2 token each call needs (request extension), and says how to read the answer.
The generated modules are module-level lazy proxies (imported on first attribute read, no import statement
per call), so ``import mxit`` stays cheap.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from switchboard_core import Call, WireBody, lazy_module
from switchboard_core.auth import ScopeRequirement

from . import _inputs

if TYPE_CHECKING:
    from mxit_api import models, types
    from mxit_api.api.files import send_file_offer, upload_file_and_send_file_offer
    from mxit_api.api.gallery import (
        create_gallery_folder,
        delete_gallery_file,
        delete_gallery_folder,
        get_gallery_file,
        get_gallery_folder_list,
        get_gallery_item_list,
        rename_gallery_file,
        rename_gallery_folder,
        upload_gallery_file,
    )
    from mxit_api.api.messaging import send_message
    from mxit_api.api.users import (
        add_contact,
        delete_avatar,
        get_avatar,
        get_basic_profile,
        get_contact_list,
        get_display_name,
        get_friend_suggestions,
        get_full_profile,
        get_status,
        get_user_id,
        set_avatar,
        set_status,
        update_profile,
    )
    from mxit_api.models import ProfileUpdate, SendMessageRequest
    from mxit_api.types import File, Unset
else:  # imported when first used: ``import mxit`` does not load the generated package
    _API = "mxit_api.api."
    models = lazy_module("mxit_api.models")
    types = lazy_module("mxit_api.types")
    send_file_offer = lazy_module(_API + "files.send_file_offer")
    upload_file_and_send_file_offer = lazy_module(_API + "files.upload_file_and_send_file_offer")
    create_gallery_folder = lazy_module(_API + "gallery.create_gallery_folder")
    delete_gallery_file = lazy_module(_API + "gallery.delete_gallery_file")
    delete_gallery_folder = lazy_module(_API + "gallery.delete_gallery_folder")
    get_gallery_file = lazy_module(_API + "gallery.get_gallery_file")
    get_gallery_folder_list = lazy_module(_API + "gallery.get_gallery_folder_list")
    get_gallery_item_list = lazy_module(_API + "gallery.get_gallery_item_list")
    rename_gallery_file = lazy_module(_API + "gallery.rename_gallery_file")
    rename_gallery_folder = lazy_module(_API + "gallery.rename_gallery_folder")
    upload_gallery_file = lazy_module(_API + "gallery.upload_gallery_file")
    send_message = lazy_module(_API + "messaging.send_message")
    add_contact = lazy_module(_API + "users.add_contact")
    delete_avatar = lazy_module(_API + "users.delete_avatar")
    get_avatar = lazy_module(_API + "users.get_avatar")
    get_basic_profile = lazy_module(_API + "users.get_basic_profile")
    get_contact_list = lazy_module(_API + "users.get_contact_list")
    get_display_name = lazy_module(_API + "users.get_display_name")
    get_friend_suggestions = lazy_module(_API + "users.get_friend_suggestions")
    get_full_profile = lazy_module(_API + "users.get_full_profile")
    get_status = lazy_module(_API + "users.get_status")
    get_user_id = lazy_module(_API + "users.get_user_id")
    set_avatar = lazy_module(_API + "users.set_avatar")
    set_status = lazy_module(_API + "users.set_status")
    update_profile = lazy_module(_API + "users.update_profile")

APP = "client_credentials"
USER = "authorization_code"


def body_text(response: httpx.Response) -> str:
    """The body as text (python-mxit returned the raw body of most calls; usually empty)."""
    return response.text


def json_string(response: httpx.Response) -> str:
    """A JSON string answer, decoded (``"m12345"`` → ``m12345``, escapes included). A body that is not a JSON
    string has one pair of surrounding quotes removed, as python-mxit did."""
    text = response.text
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if isinstance(value, str):
        return value
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def json_object(response: httpx.Response) -> dict[str, Any]:
    value = response.json()
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value


def json_array(response: httpx.Response) -> list[Any]:
    value = response.json()
    if not isinstance(value, list):
        raise ValueError(f"expected a JSON array, got {type(value).__name__}")
    return value


def nothing(response: httpx.Response) -> None:
    return None


def _call(kwargs: dict[str, Any], parse: Callable[[httpx.Response], Any], scope: object, grant: str) -> Call[Any]:
    requirement = ScopeRequirement(_inputs.scope(scope), grant)  # type: ignore[arg-type]
    return Call(kwargs, parse, requirement.extensions())


def _file(data: bytes, content_type: str) -> File:
    return types.File(payload=io.BytesIO(data), mime_type=content_type)


def _binary(kwargs: dict[str, Any], data: bytes, content_type: str) -> dict[str, Any]:
    """Raw upload bytes with their content type (python-mxit also sent it as ``Accept``)."""
    kwargs["content"] = data  # bytes, not the file object: the async client cannot send a sync stream
    kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Type": content_type, "Accept": content_type}
    return kwargs


def _download(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": "*/*"}
    return kwargs


def _empty_object(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs["json"] = {}  # python-mxit sent `{}`
    kwargs.setdefault("headers", {})["Content-Type"] = "application/json"
    return kwargs


# -- messaging ------------------------------------------------------------------------------------------------------


def message(
    sender: object,
    target_user_ids: object,
    body: object,
    contains_markup: object,
    scope: object,
    grant: str,
    *,
    spool: object = None,
    spool_timeout: object = None,
    links: object = None,
) -> Call[str]:
    wire: dict[str, Any] = {
        "From": _inputs.text("from", sender),
        "To": _inputs.user_ids(target_user_ids),
        "Body": _inputs.text("message", body, allow_empty=True),
        "ContainsMarkup": _inputs.boolean("contains_markup", contains_markup),
    }
    if spool:  # python-mxit sent these three only when truthy
        wire["Spool"] = _inputs.boolean("spool", spool)
    if spool_timeout:
        wire["SpoolTimeOut"] = _inputs.integer("spool_timeout", spool_timeout, minimum=1)
    if links:
        if not isinstance(links, list) or not all(isinstance(link, dict) for link in links):
            raise _inputs.fail("links must be a list of dicts (see create_redirect_link)")
        wire["Links"] = links
    kwargs = send_message._get_kwargs(body=cast("SendMessageRequest", WireBody(wire)))  # python-mxit's keys exactly
    return _call(kwargs, body_text, scope, grant)


# -- users ----------------------------------------------------------------------------------------------------------


def user_id(mxit_id: object, scope: object) -> Call[str]:
    return _call(get_user_id._get_kwargs(_inputs.text("mxit_id", mxit_id)), json_string, scope, APP)


def status(mxit_id: object, scope: object) -> Call[str]:
    return _call(get_status._get_kwargs(_inputs.text("mxit_id", mxit_id)), json_string, scope, APP)


def set_status_message(message: object, scope: object) -> Call[str]:
    kwargs = set_status._get_kwargs(body=_inputs.text("message", message, allow_empty=True))
    return _call(kwargs, body_text, scope, USER)


def display_name(mxit_id: object, scope: object) -> Call[str]:
    return _call(get_display_name._get_kwargs(_inputs.text("mxit_id", mxit_id)), json_string, scope, APP)


def avatar(mxit_id: object, scope: object) -> Call[None]:
    return _call(_download(get_avatar._get_kwargs(_inputs.text("mxit_id", mxit_id))), nothing, scope, APP)


def upload_avatar(data: bytes, content_type: str, scope: object) -> Call[str]:
    kwargs = _binary(set_avatar._get_kwargs(body=_file(data, content_type)), data, content_type)
    return _call(kwargs, body_text, scope, USER)


def remove_avatar(scope: object) -> Call[str]:
    return _call(delete_avatar._get_kwargs(), body_text, scope, USER)


def basic_profile(user_id_value: object, scope: object) -> Call[dict[str, Any]]:
    return _call(get_basic_profile._get_kwargs(_inputs.text("user_id", user_id_value)), json_object, scope, APP)


def full_profile(scope: object) -> Call[dict[str, Any]]:
    return _call(get_full_profile._get_kwargs(), json_object, scope, USER)


PROFILE_FIELDS = {
    "about_me": "AboutMe",
    "display_name": "DisplayName",
    "email": "Email",
    "first_name": "FirstName",
    "gender": "Gender",
    "last_name": "LastName",
    "mobile_number": "MobileNumber",
    "relationship_status": "RelationshipStatus",
    "title": "Title",
    "where_am_i": "WhereAmI",
}
INTEGER_FIELDS = frozenset({"gender", "relationship_status"})


def profile_update(fields: Mapping[str, object], scope: object) -> Call[None] | None:
    """Every field that is not None (python-mxit dropped falsy ones); None when there is nothing to send."""
    wire: dict[str, Any] = {}
    for name, key in PROFILE_FIELDS.items():
        value = fields.get(name)
        if value is None:
            continue
        if name in INTEGER_FIELDS:
            wire[key] = _inputs.integer(name, value, minimum=0)
        else:
            wire[key] = _inputs.text(name, value, allow_empty=True)
    requirement = _inputs.scope(scope)
    if not wire:
        return None
    kwargs = update_profile._get_kwargs(body=cast("ProfileUpdate", WireBody(wire)))
    return _call(kwargs, nothing, requirement, USER)


def contact(contact_id: object, scope: object) -> Call[str]:
    kwargs = add_contact._get_kwargs(_inputs.text("contact_id", contact_id), body=models.Empty())
    return _call(_empty_object(kwargs), body_text, scope, USER)


def _paging(skip: object, count: object) -> tuple[int | Unset, int | Unset]:
    checked_skip = types.UNSET if skip is None else _inputs.integer("skip", skip, minimum=0)
    checked_count = types.UNSET if count is None else _inputs.integer("count", count, minimum=1)
    return (types.UNSET if checked_skip == 0 else checked_skip), checked_count  # skip=0 is the default: not sent


def contact_list(list_filter: object, skip: object, count: object, scope: object) -> Call[dict[str, Any]]:
    wire_filter = models.ContactListFilter(_inputs.contact_filter(list_filter))
    checked_skip, checked_count = _paging(skip, count)
    kwargs = get_contact_list._get_kwargs(filter_=wire_filter, skip=checked_skip, count=checked_count)
    return _call(kwargs, json_object, scope, USER)


def friend_suggestions(scope: object) -> Call[list[Any]]:
    return _call(get_friend_suggestions._get_kwargs(), json_array, scope, USER)


# -- gallery --------------------------------------------------------------------------------------------------------


def folder_list(scope: object) -> Call[dict[str, Any]]:
    return _call(get_gallery_folder_list._get_kwargs(), json_object, scope, USER)


def create_folder(folder_name: object, scope: object) -> Call[str]:
    kwargs = create_gallery_folder._get_kwargs(_inputs.text("folder_name", folder_name), body=models.Empty())
    return _call(_empty_object(kwargs), body_text, scope, USER)


def delete_folder(folder_name: object, scope: object) -> Call[str]:
    kwargs = delete_gallery_folder._get_kwargs(_inputs.text("folder_name", folder_name))
    return _call(kwargs, body_text, scope, USER)


def rename_folder(old: object, new: object, scope: object) -> Call[str]:
    kwargs = rename_gallery_folder._get_kwargs(
        _inputs.text("old_folder_name", old), body=_inputs.text("new_folder_name", new)
    )
    return _call(kwargs, body_text, scope, USER)


def delete_file(file_id: object, scope: object) -> Call[str]:
    return _call(delete_gallery_file._get_kwargs(_inputs.text("file_id", file_id)), body_text, scope, USER)


def rename_file(file_id: object, new_file_name: object, scope: object) -> Call[str]:
    kwargs = rename_gallery_file._get_kwargs(
        _inputs.text("file_id", file_id), body=_inputs.text("new_file_name", new_file_name)
    )
    return _call(kwargs, body_text, scope, USER)


def upload_file(
    folder_name: object, file_name: object, data: bytes, prevent_share: object, content_type: str, scope: object
) -> Call[str]:
    kwargs = upload_gallery_file._get_kwargs(
        _inputs.text("folder_name", folder_name),
        body=_file(data, content_type),
        file_name=_inputs.text("file_name", file_name),
        prevent_share=_inputs.boolean("prevent_share", prevent_share),
    )
    return _call(_binary(kwargs, data, content_type), json_string, scope, USER)


def item_list(folder_name: object, skip: object, count: object, scope: object) -> Call[list[Any]]:
    checked_skip, checked_count = _paging(skip, count)
    kwargs = get_gallery_item_list._get_kwargs(
        _inputs.text("folder_name", folder_name), skip=checked_skip, count=checked_count
    )
    return _call(kwargs, json_array, scope, USER)


def gallery_file(file_id: object, scope: object) -> Call[None]:
    return _call(_download(get_gallery_file._get_kwargs(_inputs.text("file_id", file_id))), nothing, scope, USER)


# -- file offers ----------------------------------------------------------------------------------------------------


def upload_and_offer(
    file_name: object,
    user_id_value: object,
    data: bytes,
    content_type: str,
    auto_open: object,
    prevent_share: object,
    scope: object,
) -> Call[str]:
    kwargs = upload_file_and_send_file_offer._get_kwargs(
        body=_file(data, content_type),
        file_name=_inputs.text("file_name", file_name),
        user_id=_inputs.text("user_id", user_id_value),
        auto_open=_inputs.boolean("auto_open", auto_open),
        prevent_share=_inputs.boolean("prevent_share", prevent_share),
    )
    return _call(_binary(kwargs, data, content_type), json_string, scope, APP)


def offer(file_id: object, user_id_value: object, auto_open: object, scope: object) -> Call[str]:
    kwargs = send_file_offer._get_kwargs(
        _inputs.text("file_id", file_id),
        body=models.Empty(),
        user_id=_inputs.text("user_id", user_id_value),
        auto_open=_inputs.boolean("auto_open", auto_open),
    )
    return _call(_empty_object(kwargs), body_text, scope, APP)
