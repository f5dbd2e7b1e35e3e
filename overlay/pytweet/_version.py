"""The PyTweet release whose surface this package keeps."""

__version__ = "1.3.6"
