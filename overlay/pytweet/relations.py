"""The results of relationship calls (follow, like, retweet, hide)."""

from __future__ import annotations

from typing import Any


class _Relation:
    def __init__(self, data: dict[str, Any]) -> None:
        inner = data.get("data")
        self._payload: dict[str, Any] = inner if isinstance(inner, dict) else data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._payload!r})"


class RelationFollow(_Relation):
    """``following``; ``pending`` is True while a protected account has not accepted the request."""

    @property
    def following(self) -> bool:
        return bool(self._payload.get("following"))

    @property
    def pending(self) -> bool:
        """Twitter sends ``pending_follow`` (1.3.6 read ``pending``, so it was always False; reference U2)."""
        return bool(self._payload.get("pending_follow", self._payload.get("pending")))


class RelationLike(_Relation):
    @property
    def liked(self) -> bool:
        return bool(self._payload.get("liked"))


class RelationRetweet(_Relation):
    @property
    def retweeted(self) -> bool:
        return bool(self._payload.get("retweeted"))


class RelationHide(_Relation):
    @property
    def hidden(self) -> bool:
        return bool(self._payload.get("hidden"))


__all__ = ["RelationFollow", "RelationHide", "RelationLike", "RelationRetweet"]
