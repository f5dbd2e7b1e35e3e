"""The Twitter sandbox's OAuth 1.0a three-legged flow: request token, authorization, access token, and
invalidation."""

from __future__ import annotations

from urllib.parse import urlencode

from ..provider import Raw, Result, SandboxRequest, operation
from .twitter_base import (
    AccessToken,
    Principal,
    RequestToken,
    TwitterBase,
    TwitterError,
)
from .twitter_oauth import parse_header


class TokensMixin(TwitterBase):
    """The OAuth 1.0a token endpoints."""

    # -- OAuth ----------------------------------------------------------------------------------------------------

    @operation("request_token")
    def request_token(self, request: SandboxRequest) -> Result:
        header = parse_header(request.headers.get("Authorization", ""))
        callback = header.params.get("oauth_callback") or request.query.get("oauth_callback")
        if not callback:
            raise TwitterError(401, "Callback URL not given (oauth_callback).", code=32)
        token, secret = f"sbxrt{self._id()}", f"sbxrts{self.counter}"
        self.request_tokens[token] = RequestToken(secret, callback, request.query.get("x_auth_access_type"))
        answer = urlencode({"oauth_token": token, "oauth_token_secret": secret, "oauth_callback_confirmed": "true"})
        return 200, Raw(answer.encode(), "text/html; charset=utf-8")

    @operation("authorize")
    def authorize(self, request: SandboxRequest) -> Result:
        """The user (always ``sandbox_me``) approves at once."""
        pending = self.request_tokens.get(request.query["oauth_token"])
        if pending is None:
            raise TwitterError(401, "Invalid or expired request token.", code=89)
        pending.verifier, pending.user_id = f"sbxv{self._id()}", self.me
        if pending.callback == "oob":
            page = f"<html><body><code>{pending.verifier}</code></body></html>"
            return 200, Raw(page.encode(), "text/html; charset=utf-8")
        separator = "&" if "?" in pending.callback else "?"
        query = urlencode({"oauth_token": request.query["oauth_token"], "oauth_verifier": pending.verifier})
        return 302, Raw(), {"Location": pending.callback + separator + query}

    @operation("access_token")
    def access_token(self, request: SandboxRequest) -> Result:
        if isinstance(request.principal, Principal):  # signed (RFC 5849): token and verifier in the header
            header = parse_header(request.headers.get("Authorization", ""))
            token = header.token or ""
            verifier = header.params.get("oauth_verifier") or request.query.get("oauth_verifier")
        else:  # unsigned (PyTweet 1.3.6): both in the query
            token, verifier = request.query.get("oauth_token", ""), request.query.get("oauth_verifier")
        pending = self.request_tokens.get(token)
        if pending is None or pending.verifier is None or verifier != pending.verifier or pending.user_id is None:
            raise TwitterError(401, "Invalid request token or verifier.", code=89)
        del self.request_tokens[token]
        access, secret = f"{pending.user_id}-sbxat{self._id()}", f"sbxats{self.counter}"
        self.access_tokens[access] = AccessToken(secret, pending.user_id)
        answer = urlencode(
            {
                "oauth_token": access,
                "oauth_token_secret": secret,
                "user_id": pending.user_id,
                "screen_name": self.users[pending.user_id]["username"],
            }
        )
        return 200, Raw(answer.encode(), "text/html; charset=utf-8")

    @operation("invalidate_token")
    def invalidate_token(self, request: SandboxRequest) -> Result:
        principal = request.principal
        if not isinstance(principal, Principal) or principal.token not in self.access_tokens:
            raise TwitterError(401, "Invalid or expired token.", code=89)
        del self.access_tokens[principal.token]
        return 200, {"access_token": principal.token}
