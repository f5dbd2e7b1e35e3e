"""PyTweet 1.3.6's surface on Switchboard's generated Twitter client: ``pytweet.Client`` and its models,
enums and exceptions, with ``AsyncClient`` for asyncio. See the switchboard-twitter README."""

from ._http import AsyncHTTPClient, HTTPClient
from ._version import __version__
from .attachments import Embed, EmbedsImages, Geo, Media, Poll, PollOption
from .client import AsyncClient, Client
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
from .message import DirectMessage, Message
from .metrics import PublicTweetMetrics, PublicUserMetrics, TweetPublicMetrics, UserPublicMetrics
from .models import Space, Tweet, User
from .oauth import OauthSession, OauthTokens
from .relations import RelationFollow, RelationHide, RelationLike, RelationRetweet

__all__ = [
    "APIException",
    "AsyncClient",
    "AsyncHTTPClient",
    "BadRequests",
    "ButtonType",
    "Client",
    "Conflict",
    "DirectMessage",
    "Embed",
    "EmbedsImages",
    "Forbidden",
    "Geo",
    "HTTPClient",
    "HTTPException",
    "InvalidRequest",
    "InvalidType",
    "Media",
    "MediaType",
    "Message",
    "MessageEventTypeEnum",
    "MessageTypeEnum",
    "NotFound",
    "NotFoundError",
    "OauthSession",
    "OauthTokens",
    "ParseError",
    "Poll",
    "PollOption",
    "PublicTweetMetrics",
    "PublicUserMetrics",
    "PytweetException",
    "RelationFollow",
    "RelationHide",
    "RelationLike",
    "RelationRetweet",
    "ReplySetting",
    "ServerError",
    "Space",
    "SpaceState",
    "TooManyRequests",
    "Tweet",
    "TweetPublicMetrics",
    "UnKnownSpaceState",
    "Unauthorized",
    "User",
    "UserPublicMetrics",
    "__version__",
]
