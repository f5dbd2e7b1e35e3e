"""Contains all the data models used in inputs/outputs (imported lazily, on first attribute access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authorize_response_type import AuthorizeResponseType
    from .basic_profile import BasicProfile
    from .contact import Contact
    from .contact_list import ContactList
    from .contact_list_filter import ContactListFilter
    from .empty import Empty
    from .error import Error
    from .folder import Folder
    from .folder_list import FolderList
    from .friend_suggestion import FriendSuggestion
    from .full_profile import FullProfile
    from .gallery_item import GalleryItem
    from .link import Link
    from .link_parameters import LinkParameters
    from .o_auth_error import OAuthError
    from .profile_update import ProfileUpdate
    from .send_message_request import SendMessageRequest
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse

    pass

_LAZY: dict[str, str] = {
    "AuthorizeResponseType": ".authorize_response_type",
    "BasicProfile": ".basic_profile",
    "Contact": ".contact",
    "ContactList": ".contact_list",
    "ContactListFilter": ".contact_list_filter",
    "Empty": ".empty",
    "Error": ".error",
    "Folder": ".folder",
    "FolderList": ".folder_list",
    "FriendSuggestion": ".friend_suggestion",
    "FullProfile": ".full_profile",
    "GalleryItem": ".gallery_item",
    "Link": ".link",
    "LinkParameters": ".link_parameters",
    "OAuthError": ".o_auth_error",
    "ProfileUpdate": ".profile_update",
    "SendMessageRequest": ".send_message_request",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))


__all__ = (
    "AuthorizeResponseType",
    "BasicProfile",
    "Contact",
    "ContactList",
    "ContactListFilter",
    "Empty",
    "Error",
    "Folder",
    "FolderList",
    "FriendSuggestion",
    "FullProfile",
    "GalleryItem",
    "Link",
    "LinkParameters",
    "OAuthError",
    "ProfileUpdate",
    "SendMessageRequest",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
)
