"""``Configuration``: 1.1.0's settings as class attributes, shared by every client built after they are set.

1.1.0 configured through this class (reference §3): ``Configuration.base_uri = ...`` and the credentials
``basic_auth_user_name`` / ``basic_auth_password`` / ``hmac_auth_user_name`` / ``hmac_auth_password``. A client
reads them when it is built, for what its arguments leave out (an argument, then these, then the environment).
Unlike 1.1.0 a client does not write its own credentials back here (one client's HMAC keys signed another's
requests). Without any credentials it sends 1.1.0's placeholder pair ``TODO: Replace`` (the API answers 401).
"""

from __future__ import annotations

from typing import ClassVar

PLACEHOLDER = "TODO: Replace"
"""1.1.0's default Basic credentials (sent, and refused by the API, when nothing else is configured)."""


class Configuration:
    """Process-wide defaults for :class:`~message_media_messages.MessageMediaMessagesClient` (1.1.0's names)."""

    base_uri: ClassVar[str | None] = None
    """The API's base URI; ``None``: ``$SWITCHBOARD_MESSAGEMEDIA_BASE_URL``, ``$MESSAGEMEDIA_BASE_URL``, or
    ``https://api.messagemedia.com`` (1.1.0's ``http://`` default is not kept: reference §1)."""
    basic_auth_user_name: ClassVar[str | None] = None
    basic_auth_password: ClassVar[str | None] = None
    hmac_auth_user_name: ClassVar[str | None] = None
    hmac_auth_password: ClassVar[str | None] = None

    @classmethod
    def credentials(cls, key: str | None, secret: str | None, hmac: bool) -> tuple[str | None, str | None, bool]:
        """A client's ``(key, secret, hmac)``: its own arguments, else these settings (HMAC when both HMAC ones
        are set, as 1.1.0 chose)."""
        if key and secret:
            return key, secret, hmac
        if cls.hmac_auth_user_name and cls.hmac_auth_password:
            return cls.hmac_auth_user_name, cls.hmac_auth_password, True
        return cls.basic_auth_user_name, cls.basic_auth_password, hmac
