"""The Twitter sandbox's credentials, field sets and starting data (users, tweets, polls, media, places, spaces).

Everything here is the sandbox's own invention: ids are made-up 64-bit snowflake-like numbers, names start with
``sandbox_``. The access token belongs to ``sandbox_me`` (its part before ``-`` is that user's id, as on Twitter).
"""

from __future__ import annotations

import os
from typing import Any

BEARER_TOKEN = "sandbox-bearer-token"  # noqa: S105 (public sandbox credentials)
CONSUMER_KEY = "sandbox-consumer-key"
CONSUMER_SECRET = "sandbox-consumer-secret"  # noqa: S105
ME = "1000000001"
ACCESS_TOKEN = f"{ME}-sandbox-access-token"
ACCESS_TOKEN_SECRET = "sandbox-access-token-secret"  # noqa: S105
"""What the sandbox accepts; ``SANDBOX_TWITTER_BEARER_TOKEN``, ``SANDBOX_TWITTER_CONSUMER_KEY``,
``SANDBOX_TWITTER_CONSUMER_SECRET``, ``SANDBOX_TWITTER_ACCESS_TOKEN`` (``<user id>-...``) and
``SANDBOX_TWITTER_ACCESS_TOKEN_SECRET`` override them."""

FRIEND, DEV, PRIVATE, STREAMER = "1000000002", "1000000003", "1000000004", "1000000005"


def credentials() -> dict[str, str]:
    env = os.environ.get
    return {
        "bearer_token": env("SANDBOX_TWITTER_BEARER_TOKEN") or BEARER_TOKEN,
        "consumer_key": env("SANDBOX_TWITTER_CONSUMER_KEY") or CONSUMER_KEY,
        "consumer_secret": env("SANDBOX_TWITTER_CONSUMER_SECRET") or CONSUMER_SECRET,
        "access_token": env("SANDBOX_TWITTER_ACCESS_TOKEN") or ACCESS_TOKEN,
        "access_token_secret": env("SANDBOX_TWITTER_ACCESS_TOKEN_SECRET") or ACCESS_TOKEN_SECRET,
    }


USER_FIELDS = frozenset(
    {
        "created_at",
        "description",
        "entities",
        "id",
        "location",
        "name",
        "pinned_tweet_id",
        "profile_image_url",
        "protected",
        "public_metrics",
        "url",
        "username",
        "verified",
        "withheld",
    }
)
TWEET_FIELDS = frozenset(
    {
        "attachments",
        "author_id",
        "context_annotations",
        "conversation_id",
        "created_at",
        "entities",
        "geo",
        "id",
        "in_reply_to_user_id",
        "lang",
        "possibly_sensitive",
        "public_metrics",
        "referenced_tweets",
        "reply_settings",
        "source",
        "text",
        "withheld",
    }
)
MEDIA_FIELDS = frozenset(
    {"duration_ms", "height", "media_key", "preview_image_url", "public_metrics", "type", "url", "width", "alt_text"}
)
PLACE_FIELDS = frozenset(
    {"contained_within", "country", "country_code", "full_name", "geo", "id", "name", "place_type"}
)
POLL_FIELDS = frozenset({"duration_minutes", "end_datetime", "id", "options", "voting_status"})
SPACE_FIELDS = frozenset(
    {
        "host_ids",
        "created_at",
        "creator_id",
        "id",
        "lang",
        "invited_user_ids",
        "participant_count",
        "speaker_ids",
        "started_at",
        "state",
        "title",
        "updated_at",
        "scheduled_start",
        "is_ticketed",
    }
)
TWEET_EXPANSIONS = frozenset(
    {
        "attachments.poll_ids",
        "attachments.media_keys",
        "author_id",
        "geo.place_id",
        "in_reply_to_user_id",
        "referenced_tweets.id",
        "entities.mentions.username",
        "referenced_tweets.id.author_id",
    }
)
USER_EXPANSIONS = frozenset({"pinned_tweet_id"})
DEFAULTS = {
    "user": ("id", "name", "username"),
    "tweet": ("id", "text"),
    "media": ("media_key", "type"),
    "place": ("id", "full_name"),
    "poll": ("id", "options"),
    "space": ("id", "state"),
}


def _user(uid: str, username: str, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": uid,
        "name": name,
        "username": username,
        "created_at": "2015-03-01T10:00:00.000Z",
        "description": f"{name}, an account of the Switchboard sandbox",
        "location": "Cape Town",
        "url": "",
        "profile_image_url": f"https://pbs.twimg.com/profile_images/{uid}/sandbox_normal.png",
        "protected": False,
        "verified": False,
        **extra,
    }


def users() -> dict[str, dict[str, Any]]:
    return {
        user["id"]: user
        for user in (
            _user(ME, "sandbox_me", "Sandbox Me", pinned_tweet_id="1460000000000000001"),
            _user(FRIEND, "sandbox_friend", "Sandbox Friend"),
            _user(DEV, "sandbox_dev", "Sandbox Dev", verified=True, url="https://t.co/sbxdev"),
            _user(PRIVATE, "sandbox_private", "Sandbox Private", protected=True),
            _user(STREAMER, "sandbox_stream", "Sandbox Stream"),
        )
    }


def following() -> dict[str, list[str]]:
    """Who follows whom (in follow order)."""
    return {ME: [FRIEND, DEV], FRIEND: [ME, DEV], DEV: [ME], PRIVATE: [], STREAMER: [ME, FRIEND, DEV]}


PLACES: dict[str, dict[str, Any]] = {
    "5a110d312052166f": {
        "id": "5a110d312052166f",
        "url": "https://api.twitter.com/1.1/geo/id/5a110d312052166f.json",
        "place_type": "city",
        "name": "San Francisco",
        "full_name": "San Francisco, CA",
        "country_code": "US",
        "country": "United States",
        "centroid": [-122.4461400159226, 37.759828999999996],
        "bounding_box": {
            "type": "Polygon",
            "coordinates": [
                [
                    [-122.514926, 37.708075],
                    [-122.357031, 37.708075],
                    [-122.357031, 37.833238],
                    [-122.514926, 37.833238],
                    [-122.514926, 37.708075],
                ]
            ],
        },
        "contained_within": [],
        "attributes": {},
    },
    "1d9a5370a355ab0c": {
        "id": "1d9a5370a355ab0c",
        "url": "https://api.twitter.com/1.1/geo/id/1d9a5370a355ab0c.json",
        "place_type": "neighborhood",
        "name": "Mission District",
        "full_name": "Mission District, San Francisco",
        "country_code": "US",
        "country": "United States",
        "centroid": [-122.4194, 37.7599],
        "bounding_box": {
            "type": "Polygon",
            "coordinates": [
                [
                    [-122.4286, 37.7479],
                    [-122.4059, 37.7479],
                    [-122.4059, 37.7700],
                    [-122.4286, 37.7700],
                    [-122.4286, 37.7479],
                ]
            ],
        },
        "contained_within": [],
        "attributes": {},
    },
    "4c6d2b31a3a0d4b8": {
        "id": "4c6d2b31a3a0d4b8",
        "url": "https://api.twitter.com/1.1/geo/id/4c6d2b31a3a0d4b8.json",
        "place_type": "city",
        "name": "Cape Town",
        "full_name": "Cape Town, South Africa",
        "country_code": "ZA",
        "country": "South Africa",
        "centroid": [18.4241, -33.9249],
        "bounding_box": {
            "type": "Polygon",
            "coordinates": [[[18.30, -34.36], [18.98, -34.36], [18.98, -33.47], [18.30, -33.47], [18.30, -34.36]]],
        },
        "contained_within": [],
        "attributes": {},
    },
    "96683cc9126741d1": {
        "id": "96683cc9126741d1",
        "url": "https://api.twitter.com/1.1/geo/id/96683cc9126741d1.json",
        "place_type": "country",
        "name": "United States",
        "full_name": "United States",
        "country_code": "US",
        "country": "United States",
        "centroid": [-98.5795, 39.8283],
        "bounding_box": {
            "type": "Polygon",
            "coordinates": [[[-179.2, 18.9], [-66.9, 18.9], [-66.9, 71.4], [-179.2, 71.4], [-179.2, 18.9]]],
        },
        "contained_within": [],
        "attributes": {},
    },
}
GRANULARITY = ["poi", "neighborhood", "city", "admin", "country"]


def v2_place(place: dict[str, Any]) -> dict[str, Any]:
    """A v1.1 place in the v2 ``includes.places`` shape (all fields)."""
    ring = place["bounding_box"]["coordinates"][0]
    longitudes, latitudes = [p[0] for p in ring], [p[1] for p in ring]
    return {
        "id": place["id"],
        "full_name": place["full_name"],
        "name": place["name"],
        "country": place["country"],
        "country_code": place["country_code"],
        "place_type": place["place_type"],
        "contained_within": [],
        "geo": {
            "type": "Feature",
            "bbox": [min(longitudes), min(latitudes), max(longitudes), max(latitudes)],
            "properties": {},
        },
    }


def spaces() -> dict[str, dict[str, Any]]:
    return {
        "1SbxLiveSpace": {
            "id": "1SbxLiveSpace",
            "state": "live",
            "title": "Sandbox live space",
            "lang": "en",
            "creator_id": ME,
            "host_ids": [ME],
            "speaker_ids": [FRIEND],
            "invited_user_ids": [DEV],
            "participant_count": 12,
            "is_ticketed": False,
            "created_at": "2030-01-01T10:00:00.000Z",
            "started_at": "2030-01-01T10:05:00.000Z",
            "updated_at": "2030-01-01T10:10:00.000Z",
        },
        "1SbxPlannedSp": {
            "id": "1SbxPlannedSp",
            "state": "scheduled",
            "title": "Sandbox scheduled space",
            "lang": "en",
            "creator_id": DEV,
            "host_ids": [DEV],
            "speaker_ids": [],
            "invited_user_ids": [],
            "participant_count": 0,
            "is_ticketed": True,
            "created_at": "2030-01-01T09:00:00.000Z",
            "updated_at": "2030-01-01T09:00:00.000Z",
            "scheduled_start": "2030-12-31T18:00:00.000Z",
        },
    }
