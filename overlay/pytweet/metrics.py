"""Public metrics of users and tweets."""

from __future__ import annotations

from typing import Any


class _Metrics:
    _fields: tuple[str, ...] = ()

    def __init__(self, data: dict[str, Any]) -> None:
        metrics = data.get("public_metrics") if isinstance(data.get("public_metrics"), dict) else data
        self._metrics: dict[str, Any] = dict(metrics or {})

    def _count(self, name: str) -> int:
        return int(self._metrics.get(name) or 0)

    def __repr__(self) -> str:
        counts = " ".join(f"{name}={self._count(name)}" for name in self._fields)
        return f"{type(self).__name__}({counts})"


class PublicUserMetrics(_Metrics):
    """A user's follower, following, tweet and listed counts."""

    _fields = ("followers_count", "following_count", "tweet_count", "listed_count")

    @property
    def followers_count(self) -> int:
        return self._count("followers_count")

    @property
    def following_count(self) -> int:
        return self._count("following_count")

    @property
    def tweet_count(self) -> int:
        return self._count("tweet_count")

    @property
    def listed_count(self) -> int:
        return self._count("listed_count")


class PublicTweetMetrics(_Metrics):
    """A tweet's like, retweet, reply and quote counts."""

    _fields = ("like_count", "retweet_count", "reply_count", "quote_count")

    @property
    def like_count(self) -> int:
        return self._count("like_count")

    @property
    def retweet_count(self) -> int:
        return self._count("retweet_count")

    @property
    def reply_count(self) -> int:
        return self._count("reply_count")

    @property
    def quote_count(self) -> int:
        return self._count("quote_count")


UserPublicMetrics = PublicUserMetrics
TweetPublicMetrics = PublicTweetMetrics

__all__ = ["PublicTweetMetrics", "PublicUserMetrics", "TweetPublicMetrics", "UserPublicMetrics"]
