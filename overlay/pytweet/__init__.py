"""PyTweet 1.3.6's surface on Switchboard's generated Twitter client: ``pytweet.Client`` and its models,
enums and exceptions, with ``AsyncClient`` for asyncio. See the switchboard-twitter README."""

from ._http import AsyncHTTPClient, HTTPClient
from ._version import __version__
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
from .message import DirectMessage, Message
from .metrics import PublicTweetMetrics, PublicUserMetrics, TweetPublicMetrics, UserPublicMetrics
from .models import Space, Tweet, User
from .oauth import OauthSession, OauthTokens
from .relations import RelationFollow, RelationHide, RelationLike, RelationRetweet
from .stream import Stream, StreamConnection, StreamRule
from .upload import File, MediaProcessingError
from .welcome import WelcomeMessage, WelcomeMessageRule

__all__ = [
    "CTA",
    "APIException",
    "AsyncClient",
    "AsyncHTTPClient",
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
