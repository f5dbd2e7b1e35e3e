"""Canned SMS.CX and Twitter answers, credentials and headers: standard library only, so the TLS server and the
TLS row's workers (one of which runs in the originals' throwaway virtualenv) can import them."""

from __future__ import annotations

import json

SMSCX_API_KEY = "bench-smscx-key"
SMSCX_USER_AGENT = "smscx-client/0.1.0/python"
SMSCX_HEADERS = {
    "User-Agent": SMSCX_USER_AGENT,
    "Accept": "application/json",
    "Accept-Encoding": "identity",  # 0.1.10's (urllib3's), which the facade sends too
    "X-API-KEY": SMSCX_API_KEY,
}
"""Every header the SMS.CX facade sends on the balance call: the raw baselines send the same request."""
BALANCE_PATH = "/account/balance"
BALANCE = 1234.5678
BALANCE_RESPONSE = json.dumps({"balance": BALANCE, "currency": "eur", "billing": "prepaid"}).encode()

TWITTER_BEARER = "bench-twitter-bearer"
TWITTER_USER_ID = "2244994945"
TWITTER_USERNAME = "TwitterDev"
TWITTER_USER_PATH = f"/2/users/{TWITTER_USER_ID}"
TWITTER_USER_RESPONSE = json.dumps(
    {
        "data": {
            "id": TWITTER_USER_ID,
            "name": "Twitter Dev",
            "username": TWITTER_USERNAME,
            "created_at": "2013-12-14T04:35:55.000Z",
            "description": "The voice of the #TwitterDev team",
            "protected": False,
            "verified": True,
            "url": "https://t.co/3ZX3TNiZCY",
            "location": "127.0.0.1",
            "profile_image_url": "https://pbs.twimg.com/profile_images/1/a_normal.jpg",
            "pinned_tweet_id": "1460323737035677698",
            "public_metrics": {"followers_count": 10, "following_count": 2, "tweet_count": 3, "listed_count": 4},
        }
    }
).encode()
