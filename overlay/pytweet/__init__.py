"""PyTweet 1.3.6's surface on Switchboard's generated Twitter client: ``pytweet.Client`` and its models,
enums and exceptions, with ``AsyncClient`` for asyncio. See the switchboard-twitter README.

Every name but ``__version__`` loads on first use (PEP 562), so ``import pytweet`` costs next to nothing."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._http import AsyncHTTPClient, HTTPClient
    from .attachments import Embed, EmbedsImages, Geo, Media, Poll, PollOption
    from .client import AsyncClient, Client
    from .dm_attachments import CTA, Button, CustomProfile, Option, QuickReply
    from .enums import ButtonType, MediaType, MessageEventTypeEnum, MessageTypeEnum, ReplySetting, SpaceState
    from .errors import (
        APIException,
        BadRequests,
        Conflict,
        Forbidden,
        HTTPException,
        InvalidRequest,
        InvalidType,
        NotFound,
        NotFoundError,
        ParseError,
        PytweetException,
        ServerError,
        TooManyRequests,
        Unauthorized,
        UnKnownSpaceState,
    )
    from .message import AsyncDirectMessage, DirectMessage, Message
    from .metrics import PublicTweetMetrics, PublicUserMetrics, TweetPublicMetrics, UserPublicMetrics
    from .models import AsyncTweet, AsyncUser, Space, Tweet, User
    from .oauth import AsyncOauthSession, OauthSession, OauthTokens
    from .relations import RelationFollow, RelationHide, RelationLike, RelationRetweet
    from .stream import AsyncStream, AsyncStreamConnection, Stream, StreamConnection, StreamRule
    from .upload import File, MediaProcessingError
    from .welcome import AsyncWelcomeMessage, AsyncWelcomeMessageRule, WelcomeMessage, WelcomeMessageRule

_LAZY = {
    "._http": ("AsyncHTTPClient", "HTTPClient"),
    ".attachments": ("Embed", "EmbedsImages", "Geo", "Media", "Poll", "PollOption"),
    ".client": ("AsyncClient", "Client"),
    ".dm_attachments": ("CTA", "Button", "CustomProfile", "Option", "QuickReply"),
    ".enums": ("ButtonType", "MediaType", "MessageEventTypeEnum", "MessageTypeEnum", "ReplySetting", "SpaceState"),
    ".errors": (
        "APIException",
        "BadRequests",
        "Conflict",
        "Forbidden",
        "HTTPException",
        "InvalidRequest",
        "InvalidType",
        "NotFound",
        "NotFoundError",
        "ParseError",
        "PytweetException",
        "ServerError",
        "TooManyRequests",
        "Unauthorized",
        "UnKnownSpaceState",
    ),
    ".message": ("AsyncDirectMessage", "DirectMessage", "Message"),
    ".metrics": ("PublicTweetMetrics", "PublicUserMetrics", "TweetPublicMetrics", "UserPublicMetrics"),
    ".models": ("AsyncTweet", "AsyncUser", "Space", "Tweet", "User"),
    ".oauth": ("AsyncOauthSession", "OauthSession", "OauthTokens"),
    ".relations": ("RelationFollow", "RelationHide", "RelationLike", "RelationRetweet"),
    ".stream": ("AsyncStream", "AsyncStreamConnection", "Stream", "StreamConnection", "StreamRule"),
    ".upload": ("File", "MediaProcessingError"),
    ".welcome": ("AsyncWelcomeMessage", "AsyncWelcomeMessageRule", "WelcomeMessage", "WelcomeMessageRule"),
}

_WHERE = {name: module for module, names in _LAZY.items() for name in names}
_MODULES = frozenset(
    {"attachments", "client", "enums", "errors", "http", "message", "metrics", "models", "oauth", "relations"}
    | {"space", "tweet", "user"}
)
"""Modules reachable as attributes after ``import pytweet`` (``pytweet.user.User``), as 1.3.6's were."""


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_MODULES})


def __getattr__(name: str) -> Any:
    """A public name (imported from its module, then kept here) or one of 1.3.6's modules, on first use."""
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(import_module(module, __name__), name)
    return value


__all__ = [
    "CTA",
    "APIException",
    "AsyncClient",
    "AsyncDirectMessage",
    "AsyncHTTPClient",
    "AsyncOauthSession",
    "AsyncStream",
    "AsyncStreamConnection",
    "AsyncTweet",
    "AsyncUser",
    "AsyncWelcomeMessage",
    "AsyncWelcomeMessageRule",
    "BadRequests",
    "Button",
    "ButtonType",
    "Client",
    "Conflict",
    "CustomProfile",
    "DirectMessage",
    "Embed",
    "EmbedsImages",
    "File",
    "Forbidden",
    "Geo",
    "HTTPClient",
    "HTTPException",
    "InvalidRequest",
    "InvalidType",
    "Media",
    "MediaProcessingError",
    "MediaType",
    "Message",
    "MessageEventTypeEnum",
    "MessageTypeEnum",
    "NotFound",
    "NotFoundError",
    "OauthSession",
    "OauthTokens",
    "Option",
    "ParseError",
    "Poll",
    "PollOption",
    "PublicTweetMetrics",
    "PublicUserMetrics",
    "PytweetException",
    "QuickReply",
    "RelationFollow",
    "RelationHide",
    "RelationLike",
    "RelationRetweet",
    "ReplySetting",
    "ServerError",
    "Space",
    "SpaceState",
    "Stream",
    "StreamConnection",
    "StreamRule",
    "TooManyRequests",
    "Tweet",
    "TweetPublicMetrics",
    "UnKnownSpaceState",
    "Unauthorized",
    "User",
    "UserPublicMetrics",
    "WelcomeMessage",
    "WelcomeMessageRule",
    "__version__",
]
