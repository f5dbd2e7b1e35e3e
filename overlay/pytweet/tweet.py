"""``pytweet.tweet``: PyTweet 1.3.6's module path of ``Tweet`` (the class lives in :mod:`pytweet.models`)."""

from .models import Tweet

__all__ = ["Tweet"]
