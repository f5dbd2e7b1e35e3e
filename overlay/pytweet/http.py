"""``pytweet.http``: PyTweet 1.3.6's module path of ``HTTPClient`` (``client.http``)."""

from ._http import AsyncHTTPClient, HTTPClient

__all__ = ["AsyncHTTPClient", "HTTPClient"]
