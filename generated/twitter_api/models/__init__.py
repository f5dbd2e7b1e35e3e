"""Contains all the data models used in inputs/outputs (imported lazily, on first attribute access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .blocking_result import BlockingResult
    from .blocking_result_data import BlockingResultData
    from .create_custom_profile_request import CreateCustomProfileRequest
    from .create_custom_profile_request_custom_profile import CreateCustomProfileRequestCustomProfile
    from .create_custom_profile_request_custom_profile_avatar import CreateCustomProfileRequestCustomProfileAvatar
    from .create_custom_profile_request_custom_profile_avatar_media import (
        CreateCustomProfileRequestCustomProfileAvatarMedia,
    )
    from .create_dm_event_request import CreateDmEventRequest
    from .create_dm_event_request_event import CreateDmEventRequestEvent
    from .create_dm_event_request_event_message_create import CreateDmEventRequestEventMessageCreate
    from .create_dm_event_request_event_message_create_target import CreateDmEventRequestEventMessageCreateTarget
    from .create_dm_event_request_event_type import CreateDmEventRequestEventType
    from .create_tweet_request import CreateTweetRequest
    from .create_tweet_request_geo import CreateTweetRequestGeo
    from .create_tweet_request_media import CreateTweetRequestMedia
    from .create_tweet_request_poll import CreateTweetRequestPoll
    from .create_tweet_request_reply import CreateTweetRequestReply
    from .create_tweet_result import CreateTweetResult
    from .create_tweet_result_data import CreateTweetResultData
    from .create_welcome_message_request import CreateWelcomeMessageRequest
    from .create_welcome_message_request_welcome_message import CreateWelcomeMessageRequestWelcomeMessage
    from .create_welcome_message_rule_request import CreateWelcomeMessageRuleRequest
    from .create_welcome_message_rule_request_welcome_message_rule import (
        CreateWelcomeMessageRuleRequestWelcomeMessageRule,
    )
    from .cta import Cta
    from .cta_type import CtaType
    from .custom_profile_response import CustomProfileResponse
    from .custom_profile_response_custom_profile import CustomProfileResponseCustomProfile
    from .custom_profile_response_custom_profile_avatar import CustomProfileResponseCustomProfileAvatar
    from .custom_profile_response_custom_profile_avatar_media import CustomProfileResponseCustomProfileAvatarMedia
    from .deleted_result import DeletedResult
    from .deleted_result_data import DeletedResultData
    from .dm_event import DmEvent
    from .dm_event_initiated_via import DmEventInitiatedVia
    from .dm_event_message_create import DmEventMessageCreate
    from .dm_event_message_create_target import DmEventMessageCreateTarget
    from .dm_event_response import DmEventResponse
    from .dm_event_type import DmEventType
    from .expansions import Expansions
    from .following_result import FollowingResult
    from .following_result_data import FollowingResultData
    from .geo_search_response import GeoSearchResponse
    from .geo_search_response_query import GeoSearchResponseQuery
    from .geo_search_response_result import GeoSearchResponseResult
    from .get_media_upload_status_command import GetMediaUploadStatusCommand
    from .hidden_result import HiddenResult
    from .hidden_result_data import HiddenResultData
    from .hide_reply_request import HideReplyRequest
    from .invalidate_token_result import InvalidateTokenResult
    from .liked_result import LikedResult
    from .liked_result_data import LikedResultData
    from .media import Media
    from .media_attachment import MediaAttachment
    from .media_attachment_media import MediaAttachmentMedia
    from .media_attachment_type import MediaAttachmentType
    from .media_public_metrics import MediaPublicMetrics
    from .media_upload import MediaUpload
    from .media_upload_image import MediaUploadImage
    from .media_upload_video import MediaUploadVideo
    from .mention_entity import MentionEntity
    from .message_data import MessageData
    from .message_data_attachment import MessageDataAttachment
    from .message_data_attachment_media import MessageDataAttachmentMedia
    from .message_data_quick_reply_response import MessageDataQuickReplyResponse
    from .message_data_request import MessageDataRequest
    from .muting_result import MutingResult
    from .muting_result_data import MutingResultData
    from .new_rule import NewRule
    from .page_meta import PageMeta
    from .partial_error import PartialError
    from .place import Place
    from .place_geo import PlaceGeo
    from .poll import Poll
    from .poll_option import PollOption
    from .poll_voting_status import PollVotingStatus
    from .problem import Problem
    from .problem_error import ProblemError
    from .problem_error_parameters import ProblemErrorParameters
    from .processing_info import ProcessingInfo
    from .processing_info_error import ProcessingInfoError
    from .processing_info_state import ProcessingInfoState
    from .quick_reply import QuickReply
    from .quick_reply_option import QuickReplyOption
    from .quick_reply_type import QuickReplyType
    from .referenced_tweet import ReferencedTweet
    from .referenced_tweet_type import ReferencedTweetType
    from .reply_settings import ReplySettings
    from .request_token_x_auth_access_type import RequestTokenXAuthAccessType
    from .retweeted_result import RetweetedResult
    from .retweeted_result_data import RetweetedResultData
    from .rule import Rule
    from .rule_error import RuleError
    from .rules_meta import RulesMeta
    from .rules_response import RulesResponse
    from .rules_summary import RulesSummary
    from .search_geo_granularity import SearchGeoGranularity
    from .search_spaces_state import SearchSpacesState
    from .space import Space
    from .space_response import SpaceResponse
    from .space_state import SpaceState
    from .spaces_response import SpacesResponse
    from .stream_line import StreamLine
    from .stream_line_matching_rules_item import StreamLineMatchingRulesItem
    from .tag_entity import TagEntity
    from .target_tweet_request import TargetTweetRequest
    from .target_user_request import TargetUserRequest
    from .tweet import Tweet
    from .tweet_attachments import TweetAttachments
    from .tweet_context_annotations_item import TweetContextAnnotationsItem
    from .tweet_entities import TweetEntities
    from .tweet_entities_annotations_item import TweetEntitiesAnnotationsItem
    from .tweet_geo import TweetGeo
    from .tweet_geo_coordinates import TweetGeoCoordinates
    from .tweet_public_metrics import TweetPublicMetrics
    from .tweet_response import TweetResponse
    from .tweet_withheld import TweetWithheld
    from .tweets_response import TweetsResponse
    from .update_rules_request import UpdateRulesRequest
    from .update_rules_request_delete import UpdateRulesRequestDelete
    from .update_rules_response import UpdateRulesResponse
    from .update_welcome_message_request import UpdateWelcomeMessageRequest
    from .url_entity import UrlEntity
    from .url_image import UrlImage
    from .user import User
    from .user_entities import UserEntities
    from .user_expansion_objects import UserExpansionObjects
    from .user_public_metrics import UserPublicMetrics
    from .user_response import UserResponse
    from .user_withheld import UserWithheld
    from .users_response import UsersResponse
    from .v1_entities import V1Entities
    from .v1_error import V1Error
    from .v1_errors import V1Errors
    from .v1_mention_entity import V1MentionEntity
    from .v1_place import V1Place
    from .v1_place_attributes import V1PlaceAttributes
    from .v1_place_bounding_box import V1PlaceBoundingBox
    from .v1_place_contained_within_item import V1PlaceContainedWithinItem
    from .v1_status import V1Status
    from .v1_tag_entity import V1TagEntity
    from .v1_url_entity import V1UrlEntity
    from .v1_user import V1User
    from .welcome_message import WelcomeMessage
    from .welcome_message_response import WelcomeMessageResponse
    from .welcome_message_response_apps import WelcomeMessageResponseApps
    from .welcome_message_rule_response import WelcomeMessageRuleResponse
    from .welcome_message_rule_response_welcome_message_rule import WelcomeMessageRuleResponseWelcomeMessageRule

    pass

_LAZY: dict[str, str] = {
    "BlockingResult": ".blocking_result",
    "BlockingResultData": ".blocking_result_data",
    "CreateCustomProfileRequest": ".create_custom_profile_request",
    "CreateCustomProfileRequestCustomProfile": ".create_custom_profile_request_custom_profile",
    "CreateCustomProfileRequestCustomProfileAvatar": ".create_custom_profile_request_custom_profile_avatar",
    "CreateCustomProfileRequestCustomProfileAvatarMedia": ".create_custom_profile_request_custom_profile_avatar_media",
    "CreateDmEventRequest": ".create_dm_event_request",
    "CreateDmEventRequestEvent": ".create_dm_event_request_event",
    "CreateDmEventRequestEventMessageCreate": ".create_dm_event_request_event_message_create",
    "CreateDmEventRequestEventMessageCreateTarget": ".create_dm_event_request_event_message_create_target",
    "CreateDmEventRequestEventType": ".create_dm_event_request_event_type",
    "CreateTweetRequest": ".create_tweet_request",
    "CreateTweetRequestGeo": ".create_tweet_request_geo",
    "CreateTweetRequestMedia": ".create_tweet_request_media",
    "CreateTweetRequestPoll": ".create_tweet_request_poll",
    "CreateTweetRequestReply": ".create_tweet_request_reply",
    "CreateTweetResult": ".create_tweet_result",
    "CreateTweetResultData": ".create_tweet_result_data",
    "CreateWelcomeMessageRequest": ".create_welcome_message_request",
    "CreateWelcomeMessageRequestWelcomeMessage": ".create_welcome_message_request_welcome_message",
    "CreateWelcomeMessageRuleRequest": ".create_welcome_message_rule_request",
    "CreateWelcomeMessageRuleRequestWelcomeMessageRule": ".create_welcome_message_rule_request_welcome_message_rule",
    "Cta": ".cta",
    "CtaType": ".cta_type",
    "CustomProfileResponse": ".custom_profile_response",
    "CustomProfileResponseCustomProfile": ".custom_profile_response_custom_profile",
    "CustomProfileResponseCustomProfileAvatar": ".custom_profile_response_custom_profile_avatar",
    "CustomProfileResponseCustomProfileAvatarMedia": ".custom_profile_response_custom_profile_avatar_media",
    "DeletedResult": ".deleted_result",
    "DeletedResultData": ".deleted_result_data",
    "DmEvent": ".dm_event",
    "DmEventInitiatedVia": ".dm_event_initiated_via",
    "DmEventMessageCreate": ".dm_event_message_create",
    "DmEventMessageCreateTarget": ".dm_event_message_create_target",
    "DmEventResponse": ".dm_event_response",
    "DmEventType": ".dm_event_type",
    "Expansions": ".expansions",
    "FollowingResult": ".following_result",
    "FollowingResultData": ".following_result_data",
    "GeoSearchResponse": ".geo_search_response",
    "GeoSearchResponseQuery": ".geo_search_response_query",
    "GeoSearchResponseResult": ".geo_search_response_result",
    "GetMediaUploadStatusCommand": ".get_media_upload_status_command",
    "HiddenResult": ".hidden_result",
    "HiddenResultData": ".hidden_result_data",
    "HideReplyRequest": ".hide_reply_request",
    "InvalidateTokenResult": ".invalidate_token_result",
    "LikedResult": ".liked_result",
    "LikedResultData": ".liked_result_data",
    "Media": ".media",
    "MediaAttachment": ".media_attachment",
    "MediaAttachmentMedia": ".media_attachment_media",
    "MediaAttachmentType": ".media_attachment_type",
    "MediaPublicMetrics": ".media_public_metrics",
    "MediaUpload": ".media_upload",
    "MediaUploadImage": ".media_upload_image",
    "MediaUploadVideo": ".media_upload_video",
    "MentionEntity": ".mention_entity",
    "MessageData": ".message_data",
    "MessageDataAttachment": ".message_data_attachment",
    "MessageDataAttachmentMedia": ".message_data_attachment_media",
    "MessageDataQuickReplyResponse": ".message_data_quick_reply_response",
    "MessageDataRequest": ".message_data_request",
    "MutingResult": ".muting_result",
    "MutingResultData": ".muting_result_data",
    "NewRule": ".new_rule",
    "PageMeta": ".page_meta",
    "PartialError": ".partial_error",
    "Place": ".place",
    "PlaceGeo": ".place_geo",
    "Poll": ".poll",
    "PollOption": ".poll_option",
    "PollVotingStatus": ".poll_voting_status",
    "Problem": ".problem",
    "ProblemError": ".problem_error",
    "ProblemErrorParameters": ".problem_error_parameters",
    "ProcessingInfo": ".processing_info",
    "ProcessingInfoError": ".processing_info_error",
    "ProcessingInfoState": ".processing_info_state",
    "QuickReply": ".quick_reply",
    "QuickReplyOption": ".quick_reply_option",
    "QuickReplyType": ".quick_reply_type",
    "ReferencedTweet": ".referenced_tweet",
    "ReferencedTweetType": ".referenced_tweet_type",
    "ReplySettings": ".reply_settings",
    "RequestTokenXAuthAccessType": ".request_token_x_auth_access_type",
    "RetweetedResult": ".retweeted_result",
    "RetweetedResultData": ".retweeted_result_data",
    "Rule": ".rule",
    "RuleError": ".rule_error",
    "RulesMeta": ".rules_meta",
    "RulesResponse": ".rules_response",
    "RulesSummary": ".rules_summary",
    "SearchGeoGranularity": ".search_geo_granularity",
    "SearchSpacesState": ".search_spaces_state",
    "Space": ".space",
    "SpaceResponse": ".space_response",
    "SpaceState": ".space_state",
    "SpacesResponse": ".spaces_response",
    "StreamLine": ".stream_line",
    "StreamLineMatchingRulesItem": ".stream_line_matching_rules_item",
    "TagEntity": ".tag_entity",
    "TargetTweetRequest": ".target_tweet_request",
    "TargetUserRequest": ".target_user_request",
    "Tweet": ".tweet",
    "TweetAttachments": ".tweet_attachments",
    "TweetContextAnnotationsItem": ".tweet_context_annotations_item",
    "TweetEntities": ".tweet_entities",
    "TweetEntitiesAnnotationsItem": ".tweet_entities_annotations_item",
    "TweetGeo": ".tweet_geo",
    "TweetGeoCoordinates": ".tweet_geo_coordinates",
    "TweetPublicMetrics": ".tweet_public_metrics",
    "TweetResponse": ".tweet_response",
    "TweetWithheld": ".tweet_withheld",
    "TweetsResponse": ".tweets_response",
    "UpdateRulesRequest": ".update_rules_request",
    "UpdateRulesRequestDelete": ".update_rules_request_delete",
    "UpdateRulesResponse": ".update_rules_response",
    "UpdateWelcomeMessageRequest": ".update_welcome_message_request",
    "UrlEntity": ".url_entity",
    "UrlImage": ".url_image",
    "User": ".user",
    "UserEntities": ".user_entities",
    "UserExpansionObjects": ".user_expansion_objects",
    "UserPublicMetrics": ".user_public_metrics",
    "UserResponse": ".user_response",
    "UserWithheld": ".user_withheld",
    "UsersResponse": ".users_response",
    "V1Entities": ".v1_entities",
    "V1Error": ".v1_error",
    "V1Errors": ".v1_errors",
    "V1MentionEntity": ".v1_mention_entity",
    "V1Place": ".v1_place",
    "V1PlaceAttributes": ".v1_place_attributes",
    "V1PlaceBoundingBox": ".v1_place_bounding_box",
    "V1PlaceContainedWithinItem": ".v1_place_contained_within_item",
    "V1Status": ".v1_status",
    "V1TagEntity": ".v1_tag_entity",
    "V1UrlEntity": ".v1_url_entity",
    "V1User": ".v1_user",
    "WelcomeMessage": ".welcome_message",
    "WelcomeMessageResponse": ".welcome_message_response",
    "WelcomeMessageResponseApps": ".welcome_message_response_apps",
    "WelcomeMessageRuleResponse": ".welcome_message_rule_response",
    "WelcomeMessageRuleResponseWelcomeMessageRule": ".welcome_message_rule_response_welcome_message_rule",
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
    "BlockingResult",
    "BlockingResultData",
    "CreateCustomProfileRequest",
    "CreateCustomProfileRequestCustomProfile",
    "CreateCustomProfileRequestCustomProfileAvatar",
    "CreateCustomProfileRequestCustomProfileAvatarMedia",
    "CreateDmEventRequest",
    "CreateDmEventRequestEvent",
    "CreateDmEventRequestEventMessageCreate",
    "CreateDmEventRequestEventMessageCreateTarget",
    "CreateDmEventRequestEventType",
    "CreateTweetRequest",
    "CreateTweetRequestGeo",
    "CreateTweetRequestMedia",
    "CreateTweetRequestPoll",
    "CreateTweetRequestReply",
    "CreateTweetResult",
    "CreateTweetResultData",
    "CreateWelcomeMessageRequest",
    "CreateWelcomeMessageRequestWelcomeMessage",
    "CreateWelcomeMessageRuleRequest",
    "CreateWelcomeMessageRuleRequestWelcomeMessageRule",
    "Cta",
    "CtaType",
    "CustomProfileResponse",
    "CustomProfileResponseCustomProfile",
    "CustomProfileResponseCustomProfileAvatar",
    "CustomProfileResponseCustomProfileAvatarMedia",
    "DeletedResult",
    "DeletedResultData",
    "DmEvent",
    "DmEventInitiatedVia",
    "DmEventMessageCreate",
    "DmEventMessageCreateTarget",
    "DmEventResponse",
    "DmEventType",
    "Expansions",
    "FollowingResult",
    "FollowingResultData",
    "GeoSearchResponse",
    "GeoSearchResponseQuery",
    "GeoSearchResponseResult",
    "GetMediaUploadStatusCommand",
    "HiddenResult",
    "HiddenResultData",
    "HideReplyRequest",
    "InvalidateTokenResult",
    "LikedResult",
    "LikedResultData",
    "Media",
    "MediaAttachment",
    "MediaAttachmentMedia",
    "MediaAttachmentType",
    "MediaPublicMetrics",
    "MediaUpload",
    "MediaUploadImage",
    "MediaUploadVideo",
    "MentionEntity",
    "MessageData",
    "MessageDataAttachment",
    "MessageDataAttachmentMedia",
    "MessageDataQuickReplyResponse",
    "MessageDataRequest",
    "MutingResult",
    "MutingResultData",
    "NewRule",
    "PageMeta",
    "PartialError",
    "Place",
    "PlaceGeo",
    "Poll",
    "PollOption",
    "PollVotingStatus",
    "Problem",
    "ProblemError",
    "ProblemErrorParameters",
    "ProcessingInfo",
    "ProcessingInfoError",
    "ProcessingInfoState",
    "QuickReply",
    "QuickReplyOption",
    "QuickReplyType",
    "ReferencedTweet",
    "ReferencedTweetType",
    "ReplySettings",
    "RequestTokenXAuthAccessType",
    "RetweetedResult",
    "RetweetedResultData",
    "Rule",
    "RuleError",
    "RulesMeta",
    "RulesResponse",
    "RulesSummary",
    "SearchGeoGranularity",
    "SearchSpacesState",
    "Space",
    "SpaceResponse",
    "SpacesResponse",
    "SpaceState",
    "StreamLine",
    "StreamLineMatchingRulesItem",
    "TagEntity",
    "TargetTweetRequest",
    "TargetUserRequest",
    "Tweet",
    "TweetAttachments",
    "TweetContextAnnotationsItem",
    "TweetEntities",
    "TweetEntitiesAnnotationsItem",
    "TweetGeo",
    "TweetGeoCoordinates",
    "TweetPublicMetrics",
    "TweetResponse",
    "TweetsResponse",
    "TweetWithheld",
    "UpdateRulesRequest",
    "UpdateRulesRequestDelete",
    "UpdateRulesResponse",
    "UpdateWelcomeMessageRequest",
    "UrlEntity",
    "UrlImage",
    "User",
    "UserEntities",
    "UserExpansionObjects",
    "UserPublicMetrics",
    "UserResponse",
    "UsersResponse",
    "UserWithheld",
    "V1Entities",
    "V1Error",
    "V1Errors",
    "V1MentionEntity",
    "V1Place",
    "V1PlaceAttributes",
    "V1PlaceBoundingBox",
    "V1PlaceContainedWithinItem",
    "V1Status",
    "V1TagEntity",
    "V1UrlEntity",
    "V1User",
    "WelcomeMessage",
    "WelcomeMessageResponse",
    "WelcomeMessageResponseApps",
    "WelcomeMessageRuleResponse",
    "WelcomeMessageRuleResponseWelcomeMessageRule",
)
