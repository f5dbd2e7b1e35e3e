"""``AccountApi`` and ``AsyncAccountApi``: the SMS.CX account operations (generated:
``smscx_api.legacy.account``)."""

from smscx_api.legacy.account import AccountApi, AsyncAccountApi

__all__ = ["AccountApi", "AsyncAccountApi"]
