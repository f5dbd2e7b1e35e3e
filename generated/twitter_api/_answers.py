"""What each operation documents as its answers (generated from the spec: do not edit)."""

from typing import Any

COMPONENTS: dict[str, Any] = {
    "BlockingResult": {
        "type": "object",
        "properties": {
            "data": {"type": "object", "properties": {"blocking": {"type": "boolean"}}, "required": ["blocking"]}
        },
        "required": ["data"],
    },
    "CreateTweetResult": {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {"id": {"$ref": "#/components/schemas/Id"}, "text": {"type": "string"}},
                "required": ["id", "text"],
            }
        },
        "required": ["data"],
    },
    "Cta": {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "label": {"type": "string"},
            "url": {"type": "string"},
            "tco_url": {"type": "string"},
        },
        "required": ["type", "label", "url"],
        "additionalProperties": False,
    },
    "CustomProfileResponse": {
        "type": "object",
        "properties": {
            "custom_profile": {
                "type": "object",
                "properties": {
                    "id": {"$ref": "#/components/schemas/Id"},
                    "created_timestamp": {"type": "string"},
                    "name": {"type": "string"},
                    "avatar": {
                        "type": "object",
                        "properties": {
                            "media": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}
                        },
                        "required": ["media"],
                    },
                },
                "required": ["id", "created_timestamp", "name", "avatar"],
            }
        },
        "required": ["custom_profile"],
    },
    "DeletedResult": {
        "type": "object",
        "properties": {
            "data": {"type": "object", "properties": {"deleted": {"type": "boolean"}}, "required": ["deleted"]}
        },
        "required": ["data"],
    },
    "DmEvent": {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "id": {"$ref": "#/components/schemas/Id"},
            "created_timestamp": {"type": "string"},
            "initiated_via": {"type": "object", "additionalProperties": True},
            "message_create": {
                "type": "object",
                "properties": {
                    "target": {
                        "type": "object",
                        "properties": {"recipient_id": {"$ref": "#/components/schemas/Id"}},
                        "required": ["recipient_id"],
                    },
                    "sender_id": {"$ref": "#/components/schemas/Id"},
                    "source_app_id": {"$ref": "#/components/schemas/Id"},
                    "custom_profile_id": {"$ref": "#/components/schemas/Id"},
                    "message_data": {"$ref": "#/components/schemas/MessageData"},
                },
                "required": ["target", "sender_id", "message_data"],
            },
        },
        "required": ["type", "id", "created_timestamp", "message_create"],
    },
    "DmEventResponse": {
        "type": "object",
        "properties": {"event": {"$ref": "#/components/schemas/DmEvent"}},
        "required": ["event"],
    },
    "Expansions": {
        "type": "object",
        "properties": {
            "users": {"type": "array", "items": {"$ref": "#/components/schemas/User"}},
            "tweets": {"type": "array", "items": {"$ref": "#/components/schemas/Tweet"}},
            "media": {"type": "array", "items": {"$ref": "#/components/schemas/Media"}},
            "polls": {"type": "array", "items": {"$ref": "#/components/schemas/Poll"}},
            "places": {"type": "array", "items": {"$ref": "#/components/schemas/Place"}},
        },
    },
    "FollowingResult": {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {"following": {"type": "boolean"}, "pending_follow": {"type": "boolean"}},
                "required": ["following"],
            }
        },
        "required": ["data"],
    },
    "GeoSearchResponse": {
        "type": "object",
        "properties": {
            "query": {"type": "object", "additionalProperties": True},
            "result": {
                "type": "object",
                "properties": {"places": {"type": "array", "items": {"$ref": "#/components/schemas/V1Place"}}},
                "required": ["places"],
            },
        },
        "required": ["result"],
    },
    "HiddenResult": {
        "type": "object",
        "properties": {
            "data": {"type": "object", "properties": {"hidden": {"type": "boolean"}}, "required": ["hidden"]}
        },
        "required": ["data"],
    },
    "Id": {"type": "string"},
    "InvalidateTokenResult": {
        "type": "object",
        "properties": {"access_token": {"type": "string"}},
        "required": ["access_token"],
    },
    "LikedResult": {
        "type": "object",
        "properties": {"data": {"type": "object", "properties": {"liked": {"type": "boolean"}}, "required": ["liked"]}},
        "required": ["data"],
    },
    "Media": {
        "type": "object",
        "properties": {
            "media_key": {"type": "string"},
            "type": {"type": "string"},
            "url": {"type": "string"},
            "preview_image_url": {"type": "string"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "duration_ms": {"type": "integer"},
            "public_metrics": {"type": "object", "additionalProperties": True},
        },
        "required": ["media_key", "type"],
    },
    "MediaUpload": {
        "type": "object",
        "properties": {
            "media_id": {"type": "integer"},
            "media_id_string": {"$ref": "#/components/schemas/Id"},
            "media_key": {"type": "string"},
            "size": {"type": "integer"},
            "expires_after_secs": {"type": "integer"},
            "image": {"type": "object", "additionalProperties": True},
            "video": {"type": "object", "additionalProperties": True},
            "processing_info": {"$ref": "#/components/schemas/ProcessingInfo"},
        },
        "required": ["media_id", "media_id_string"],
    },
    "MentionEntity": {
        "type": "object",
        "properties": {
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "username": {"type": "string"},
            "id": {"$ref": "#/components/schemas/Id"},
        },
        "required": ["start", "end", "username"],
    },
    "MessageData": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "entities": {"$ref": "#/components/schemas/V1Entities"},
            "attachment": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "media": {"type": "object", "additionalProperties": True}},
                "required": ["type", "media"],
            },
            "quick_reply": {"$ref": "#/components/schemas/QuickReply"},
            "ctas": {"type": "array", "items": {"$ref": "#/components/schemas/Cta"}},
            "quick_reply_response": {"type": "object", "additionalProperties": True},
        },
        "required": ["text", "entities"],
    },
    "MutingResult": {
        "type": "object",
        "properties": {
            "data": {"type": "object", "properties": {"muting": {"type": "boolean"}}, "required": ["muting"]}
        },
        "required": ["data"],
    },
    "PageMeta": {
        "type": "object",
        "properties": {
            "result_count": {"type": "integer"},
            "next_token": {"type": "string"},
            "previous_token": {"type": "string"},
            "newest_id": {"$ref": "#/components/schemas/Id"},
            "oldest_id": {"$ref": "#/components/schemas/Id"},
        },
        "required": ["result_count"],
    },
    "PartialError": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "detail": {"type": "string"},
            "type": {"type": "string"},
            "value": {"type": "string"},
            "parameter": {"type": "string"},
            "resource_type": {"type": "string"},
            "resource_id": {"type": "string"},
            "section": {"type": "string"},
        },
        "required": ["title", "detail", "type"],
    },
    "Place": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "full_name": {"type": "string"},
            "name": {"type": "string"},
            "country": {"type": "string"},
            "country_code": {"type": "string"},
            "place_type": {"type": "string"},
            "contained_within": {"type": "array", "items": {"type": "string"}},
            "geo": {"type": "object", "additionalProperties": True},
        },
        "required": ["id", "full_name"],
    },
    "Poll": {
        "type": "object",
        "properties": {
            "id": {"$ref": "#/components/schemas/Id"},
            "options": {"type": "array", "items": {"$ref": "#/components/schemas/PollOption"}},
            "duration_minutes": {"type": "integer"},
            "end_datetime": {"type": "string"},
            "voting_status": {"type": "string"},
        },
        "required": ["id", "options"],
    },
    "PollOption": {
        "type": "object",
        "properties": {"position": {"type": "integer"}, "label": {"type": "string"}, "votes": {"type": "integer"}},
        "required": ["position", "label", "votes"],
    },
    "Problem": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "detail": {"type": "string"},
            "type": {"type": "string"},
            "status": {"type": "integer"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ProblemError"}},
            "connection_issue": {"type": "string"},
        },
    },
    "ProblemError": {
        "type": "object",
        "properties": {
            "message": {"type": "string"},
            "parameters": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            "code": {"type": "integer"},
        },
    },
    "ProcessingInfo": {
        "type": "object",
        "properties": {
            "state": {"type": "string"},
            "check_after_secs": {"type": "integer"},
            "progress_percent": {"type": "integer"},
            "error": {
                "type": "object",
                "properties": {"code": {"type": "integer"}, "name": {"type": "string"}, "message": {"type": "string"}},
                "required": ["code", "name", "message"],
            },
        },
        "required": ["state"],
    },
    "QuickReply": {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "options": {"type": "array", "items": {"$ref": "#/components/schemas/QuickReplyOption"}},
        },
        "required": ["type", "options"],
        "additionalProperties": False,
    },
    "QuickReplyOption": {
        "type": "object",
        "properties": {
            "label": {"type": "string"},
            "description": {"type": "string", "nullable": True},
            "metadata": {"type": "string", "nullable": True},
        },
        "required": ["label"],
        "additionalProperties": False,
    },
    "ReferencedTweet": {
        "type": "object",
        "properties": {"type": {"type": "string"}, "id": {"$ref": "#/components/schemas/Id"}},
        "required": ["type", "id"],
    },
    "ReplySettings": {"type": "string"},
    "RetweetedResult": {
        "type": "object",
        "properties": {
            "data": {"type": "object", "properties": {"retweeted": {"type": "boolean"}}, "required": ["retweeted"]}
        },
        "required": ["data"],
    },
    "Rule": {
        "type": "object",
        "properties": {
            "id": {"$ref": "#/components/schemas/Id"},
            "value": {"type": "string"},
            "tag": {"type": "string"},
        },
        "required": ["id", "value"],
    },
    "RuleError": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "type": {"type": "string"},
            "value": {"type": "string"},
            "id": {"type": "string"},
            "details": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["title"],
    },
    "RulesMeta": {
        "type": "object",
        "properties": {
            "sent": {"type": "string"},
            "result_count": {"type": "integer"},
            "summary": {"$ref": "#/components/schemas/RulesSummary"},
        },
        "required": ["sent"],
    },
    "RulesResponse": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}},
            "meta": {"$ref": "#/components/schemas/RulesMeta"},
        },
        "required": ["meta"],
    },
    "RulesSummary": {
        "type": "object",
        "properties": {
            "created": {"type": "integer"},
            "not_created": {"type": "integer"},
            "valid": {"type": "integer"},
            "invalid": {"type": "integer"},
            "deleted": {"type": "integer"},
            "not_deleted": {"type": "integer"},
        },
    },
    "Space": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "state": {"type": "string"},
            "title": {"type": "string"},
            "lang": {"type": "string"},
            "creator_id": {"$ref": "#/components/schemas/Id"},
            "host_ids": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}},
            "speaker_ids": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}},
            "invited_user_ids": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}},
            "participant_count": {"type": "integer"},
            "is_ticketed": {"type": "boolean"},
            "created_at": {"type": "string"},
            "started_at": {"type": "string"},
            "updated_at": {"type": "string"},
            "scheduled_start": {"type": "string"},
        },
        "required": ["id", "state"],
    },
    "SpaceResponse": {
        "type": "object",
        "properties": {
            "data": {"$ref": "#/components/schemas/Space"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
    },
    "SpacesResponse": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Space"}},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
        "required": ["meta"],
    },
    "TagEntity": {
        "type": "object",
        "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "tag": {"type": "string"}},
        "required": ["start", "end", "tag"],
    },
    "Tweet": {
        "type": "object",
        "properties": {
            "id": {"$ref": "#/components/schemas/Id"},
            "text": {"type": "string"},
            "author_id": {"$ref": "#/components/schemas/Id"},
            "created_at": {"type": "string"},
            "conversation_id": {"$ref": "#/components/schemas/Id"},
            "in_reply_to_user_id": {"$ref": "#/components/schemas/Id"},
            "lang": {"type": "string"},
            "source": {"type": "string"},
            "possibly_sensitive": {"type": "boolean"},
            "reply_settings": {"$ref": "#/components/schemas/ReplySettings"},
            "public_metrics": {"$ref": "#/components/schemas/TweetPublicMetrics"},
            "referenced_tweets": {"type": "array", "items": {"$ref": "#/components/schemas/ReferencedTweet"}},
            "attachments": {"$ref": "#/components/schemas/TweetAttachments"},
            "geo": {"$ref": "#/components/schemas/TweetGeo"},
            "entities": {"$ref": "#/components/schemas/TweetEntities"},
            "context_annotations": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
            "withheld": {"type": "object", "additionalProperties": True},
        },
        "required": ["id", "text"],
    },
    "TweetAttachments": {
        "type": "object",
        "properties": {
            "media_keys": {"type": "array", "items": {"type": "string"}},
            "poll_ids": {"type": "array", "items": {"$ref": "#/components/schemas/Id"}},
        },
    },
    "TweetEntities": {
        "type": "object",
        "properties": {
            "urls": {"type": "array", "items": {"$ref": "#/components/schemas/UrlEntity"}},
            "mentions": {"type": "array", "items": {"$ref": "#/components/schemas/MentionEntity"}},
            "hashtags": {"type": "array", "items": {"$ref": "#/components/schemas/TagEntity"}},
            "cashtags": {"type": "array", "items": {"$ref": "#/components/schemas/TagEntity"}},
            "annotations": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
        },
    },
    "TweetGeo": {
        "type": "object",
        "properties": {"place_id": {"type": "string"}, "coordinates": {"type": "object", "additionalProperties": True}},
    },
    "TweetPublicMetrics": {
        "type": "object",
        "properties": {
            "retweet_count": {"type": "integer"},
            "reply_count": {"type": "integer"},
            "like_count": {"type": "integer"},
            "quote_count": {"type": "integer"},
        },
        "required": ["retweet_count", "reply_count", "like_count", "quote_count"],
    },
    "TweetResponse": {
        "type": "object",
        "properties": {
            "data": {"$ref": "#/components/schemas/Tweet"},
            "includes": {"$ref": "#/components/schemas/Expansions"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
    },
    "TweetsResponse": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Tweet"}},
            "includes": {"$ref": "#/components/schemas/Expansions"},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
        "required": ["meta"],
    },
    "UpdateRulesResponse": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}},
            "meta": {"$ref": "#/components/schemas/RulesMeta"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/RuleError"}},
        },
        "required": ["meta"],
    },
    "UrlEntity": {
        "type": "object",
        "properties": {
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "url": {"type": "string"},
            "expanded_url": {"type": "string"},
            "display_url": {"type": "string"},
            "unwound_url": {"type": "string"},
            "title": {"type": "string"},
            "description": {"type": "string"},
            "status": {"type": "integer"},
            "images": {"type": "array", "items": {"$ref": "#/components/schemas/UrlImage"}},
        },
        "required": ["start", "end", "url"],
    },
    "UrlImage": {
        "type": "object",
        "properties": {"url": {"type": "string"}, "width": {"type": "integer"}, "height": {"type": "integer"}},
        "required": ["url", "width", "height"],
    },
    "User": {
        "type": "object",
        "properties": {
            "id": {"$ref": "#/components/schemas/Id"},
            "name": {"type": "string"},
            "username": {"type": "string"},
            "created_at": {"type": "string"},
            "description": {"type": "string"},
            "location": {"type": "string"},
            "pinned_tweet_id": {"$ref": "#/components/schemas/Id"},
            "profile_image_url": {"type": "string"},
            "protected": {"type": "boolean"},
            "verified": {"type": "boolean"},
            "url": {"type": "string"},
            "public_metrics": {"$ref": "#/components/schemas/UserPublicMetrics"},
            "entities": {"type": "object", "additionalProperties": True},
            "withheld": {"type": "object", "additionalProperties": True},
        },
        "required": ["id", "name", "username"],
    },
    "UserExpansionObjects": {
        "type": "object",
        "properties": {"tweets": {"type": "array", "items": {"$ref": "#/components/schemas/Tweet"}}},
    },
    "UserPublicMetrics": {
        "type": "object",
        "properties": {
            "followers_count": {"type": "integer"},
            "following_count": {"type": "integer"},
            "tweet_count": {"type": "integer"},
            "listed_count": {"type": "integer"},
        },
        "required": ["followers_count", "following_count", "tweet_count", "listed_count"],
    },
    "UserResponse": {
        "type": "object",
        "properties": {
            "data": {"$ref": "#/components/schemas/User"},
            "includes": {"$ref": "#/components/schemas/UserExpansionObjects"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
    },
    "UsersResponse": {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/User"}},
            "includes": {"$ref": "#/components/schemas/Expansions"},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/PartialError"}},
        },
        "required": ["meta"],
    },
    "V1Entities": {
        "type": "object",
        "properties": {
            "hashtags": {"type": "array", "items": {"$ref": "#/components/schemas/V1TagEntity"}},
            "symbols": {"type": "array", "items": {"$ref": "#/components/schemas/V1TagEntity"}},
            "user_mentions": {"type": "array", "items": {"$ref": "#/components/schemas/V1MentionEntity"}},
            "urls": {"type": "array", "items": {"$ref": "#/components/schemas/V1UrlEntity"}},
        },
        "required": ["hashtags", "symbols", "user_mentions", "urls"],
    },
    "V1Error": {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
        "required": ["code", "message"],
    },
    "V1Errors": {
        "type": "object",
        "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/V1Error"}}},
        "required": ["errors"],
    },
    "V1MentionEntity": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "screen_name": {"type": "string"},
            "id": {"type": "integer"},
            "id_str": {"type": "string"},
            "indices": {"type": "array", "items": {"type": "integer"}},
        },
        "required": ["screen_name", "id_str", "indices"],
    },
    "V1Place": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "url": {"type": "string"},
            "name": {"type": "string"},
            "full_name": {"type": "string"},
            "place_type": {"type": "string"},
            "country": {"type": "string"},
            "country_code": {"type": "string"},
            "centroid": {"type": "array", "items": {"type": "number"}},
            "bounding_box": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "coordinates": {
                        "type": "array",
                        "items": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
                    },
                },
                "required": ["type", "coordinates"],
            },
            "contained_within": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
            "attributes": {"type": "object", "additionalProperties": True},
        },
        "required": ["id", "name", "full_name", "place_type", "country", "country_code"],
    },
    "V1Status": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "id_str": {"type": "string"},
            "text": {"type": "string"},
            "created_at": {"type": "string"},
            "in_reply_to_status_id": {"type": "integer", "nullable": True},
            "in_reply_to_status_id_str": {"type": "string", "nullable": True},
            "in_reply_to_user_id_str": {"type": "string", "nullable": True},
            "user": {"$ref": "#/components/schemas/V1User"},
        },
        "required": ["id", "id_str", "text", "created_at", "user"],
    },
    "V1TagEntity": {
        "type": "object",
        "properties": {"text": {"type": "string"}, "indices": {"type": "array", "items": {"type": "integer"}}},
        "required": ["text", "indices"],
    },
    "V1UrlEntity": {
        "type": "object",
        "properties": {
            "url": {"type": "string"},
            "display_url": {"type": "string"},
            "expanded_url": {"type": "string"},
            "indices": {"type": "array", "items": {"type": "integer"}},
        },
        "required": ["url", "indices"],
    },
    "V1User": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "id_str": {"type": "string"},
            "name": {"type": "string"},
            "screen_name": {"type": "string"},
            "protected": {"type": "boolean"},
            "verified": {"type": "boolean"},
            "followers_count": {"type": "integer"},
            "friends_count": {"type": "integer"},
            "created_at": {"type": "string"},
        },
        "required": ["id", "id_str", "name", "screen_name"],
    },
    "WelcomeMessage": {
        "type": "object",
        "properties": {
            "id": {"$ref": "#/components/schemas/Id"},
            "created_timestamp": {"type": "string"},
            "message_data": {"$ref": "#/components/schemas/MessageData"},
            "source_app_id": {"$ref": "#/components/schemas/Id"},
            "name": {"type": "string"},
        },
        "required": ["id", "created_timestamp", "message_data"],
    },
    "WelcomeMessageResponse": {
        "type": "object",
        "properties": {
            "welcome_message": {"$ref": "#/components/schemas/WelcomeMessage"},
            "name": {"type": "string"},
            "apps": {"type": "object", "additionalProperties": True},
        },
        "required": ["welcome_message"],
    },
    "WelcomeMessageRuleResponse": {
        "type": "object",
        "properties": {
            "welcome_message_rule": {
                "type": "object",
                "properties": {
                    "id": {"$ref": "#/components/schemas/Id"},
                    "created_timestamp": {"type": "string"},
                    "welcome_message_id": {"$ref": "#/components/schemas/Id"},
                },
                "required": ["id", "created_timestamp", "welcome_message_id"],
            }
        },
        "required": ["welcome_message_rule"],
    },
}

ANSWERS: dict[str, Any] = {
    "get_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UserResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_user_by_username": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UserResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_followers": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UsersResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_following": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UsersResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "follow_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/FollowingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "unfollow_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/FollowingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "block_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/BlockingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "unblock_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/BlockingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "mute_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/MutingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "unmute_user": {
        "200": (["application/json"], {"$ref": "#/components/schemas/MutingResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_user_tweets": {
        "200": (["application/json"], {"$ref": "#/components/schemas/TweetsResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_user_mentions": {
        "200": (["application/json"], {"$ref": "#/components/schemas/TweetsResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "like_tweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/LikedResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "unlike_tweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/LikedResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "retweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/RetweetedResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "unretweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/RetweetedResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "create_tweet": {
        "201": (["application/json"], {"$ref": "#/components/schemas/CreateTweetResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_tweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/TweetResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "delete_tweet": {
        "200": (["application/json"], {"$ref": "#/components/schemas/DeletedResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "hide_reply": {
        "200": (["application/json"], {"$ref": "#/components/schemas/HiddenResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_retweeters": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UsersResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_liking_users": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UsersResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "update_status": {
        "200": (["application/json"], {"$ref": "#/components/schemas/V1Status"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "report_spam": {
        "200": (["application/json"], {"$ref": "#/components/schemas/V1User"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "search_spaces": {
        "200": (["application/json"], {"$ref": "#/components/schemas/SpacesResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_space": {
        "200": (["application/json"], {"$ref": "#/components/schemas/SpaceResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "get_stream_rules": {
        "200": (["application/json"], {"$ref": "#/components/schemas/RulesResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "update_stream_rules": {
        "200": (["application/json"], {"$ref": "#/components/schemas/UpdateRulesResponse"}),
        "201": (["application/json"], {"$ref": "#/components/schemas/UpdateRulesResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "search_stream": {
        "200": (["application/x-ndjson"], None),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "503": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "sample_stream": {
        "200": (["application/x-ndjson"], None),
        "400": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
        "503": (["application/json"], {"$ref": "#/components/schemas/Problem"}),
    },
    "create_dm_event": {
        "200": (["application/json"], {"$ref": "#/components/schemas/DmEventResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "get_dm_event": {
        "200": (["application/json"], {"$ref": "#/components/schemas/DmEventResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "delete_dm_event": {
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "indicate_typing": {
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "mark_read": {
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "create_welcome_message": {
        "200": (["application/json"], {"$ref": "#/components/schemas/WelcomeMessageResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "get_welcome_message": {
        "200": (["application/json"], {"$ref": "#/components/schemas/WelcomeMessageResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "update_welcome_message": {
        "200": (["application/json"], {"$ref": "#/components/schemas/WelcomeMessageResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "delete_welcome_message": {
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "create_welcome_message_rule": {
        "200": (["application/json"], {"$ref": "#/components/schemas/WelcomeMessageRuleResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "409": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "get_welcome_message_rule": {
        "200": (["application/json"], {"$ref": "#/components/schemas/WelcomeMessageRuleResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "delete_welcome_message_rule": {
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "create_custom_profile": {
        "200": (["application/json"], {"$ref": "#/components/schemas/CustomProfileResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "search_geo": {
        "200": (["application/json"], {"$ref": "#/components/schemas/GeoSearchResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "get_media_upload_status": {
        "200": (["application/json"], {"$ref": "#/components/schemas/MediaUpload"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "upload_media": {
        "200": (["application/json"], {"$ref": "#/components/schemas/MediaUpload"}),
        "201": (["application/json"], {"$ref": "#/components/schemas/MediaUpload"}),
        "202": (["application/json"], {"$ref": "#/components/schemas/MediaUpload"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "request_token": {
        "200": (["text/html"], None),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "authorize": {
        "200": (["text/html"], None),
        "400": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "access_token": {
        "200": (["text/html"], None),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
    "invalidate_token": {
        "200": (["application/json"], {"$ref": "#/components/schemas/InvalidateTokenResult"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
        "429": (["application/json"], {"$ref": "#/components/schemas/V1Errors"}),
    },
}

RECONCILE: dict[str, tuple[tuple[int, ...], str | None]] = {
    "delete_dm_event": ((404,), None),
    "delete_welcome_message": ((404,), None),
    "delete_welcome_message_rule": ((404,), None),
}
