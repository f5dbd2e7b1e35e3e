"""Contains shared errors types that can be raised from API functions"""

from switchboard_core import ResponseParseError as _RuntimeParseError


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(_RuntimeParseError):
    """A documented answer that does not match its schema (content type, JSON types, required keys, nullability)
    or could not be parsed; keeps the status, headers and raw body (``response``), the reason as ``__cause__``.
    ``switchboard_core.relax_answers("mxit_api")`` turns the schema check off for this package."""


__all__ = ["ResponseParseError", "UnexpectedStatus"]
