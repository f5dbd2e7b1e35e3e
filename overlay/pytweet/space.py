"""``pytweet.space``: PyTweet 1.3.6's module path of ``Space`` (the class lives in :mod:`pytweet.models`)."""

from .models import Space

__all__ = ["Space"]
