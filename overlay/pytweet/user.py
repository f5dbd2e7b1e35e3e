"""``pytweet.user``: PyTweet 1.3.6's module path of ``User`` (the class lives in :mod:`pytweet.models`)."""

from .models import User

__all__ = ["User"]
