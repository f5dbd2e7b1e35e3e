"""What a direct message or welcome message carries besides its text: ``QuickReply`` options, ``CTA`` buttons and
the ``CustomProfile`` it is sent as.

The builders check Twitter's documented limits as options and buttons are added (at most 20 options with labels
of up to 36, descriptions of up to 72 and metadata of up to 1000 characters; at most 3 buttons with labels of up
to 36 characters and an ``http(s)`` URL), so bad input is refused before anything is sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._payload import as_int
from .enums import ButtonType
from .errors import InvalidRequest, InvalidType

MAX_OPTIONS = 20
MAX_OPTION_LABEL = 36
MAX_OPTION_DESCRIPTION = 72
MAX_OPTION_METADATA = 1000
MAX_BUTTONS = 3
MAX_BUTTON_LABEL = 36


def _text(name: str, value: object, limit: int, *, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InvalidType(f"{name} must be a string, not {type(value).__name__}")
    if required and not value:
        raise InvalidRequest(f"{name} must not be empty")
    if len(value) > limit:
        raise InvalidRequest(f"{name} must be at most {limit} characters, not {len(value)}")
    return value


class Option:
    """One quick-reply option: ``label``, ``description`` and ``metadata`` (made by ``QuickReply.add_option``)."""

    def __init__(self, label: str, description: str | None = None, metadata: str | None = None) -> None:
        self.label = _text("label", label, MAX_OPTION_LABEL)
        self.description = _text("description", description, MAX_OPTION_DESCRIPTION, required=False)
        self.metadata = _text("metadata", metadata, MAX_OPTION_METADATA, required=False)

    def wire(self) -> dict[str, Any]:
        """1.3.6's form: every key present, ``None`` sent as JSON null."""
        return {"label": self.label, "description": self.description, "metadata": self.metadata}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Option) and self.wire() == other.wire()

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Option(label={self.label!r} description={self.description!r} metadata={self.metadata!r})"


class QuickReply:
    """Quick-reply options shown under a direct message; ``add_option`` chains."""

    def __init__(self, type: str = "options") -> None:
        if type != "options":
            raise InvalidRequest(f"a QuickReply's type must be 'options', not {type!r}")
        self.type = "options"
        self._options: list[Option] = []

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> QuickReply:
        """A received message's quick reply (limits are not re-checked: Twitter sent it)."""
        quick = cls()
        for raw in data.get("options") or []:
            option = Option.__new__(Option)
            option.label, option.description, option.metadata = (
                raw.get("label"),
                raw.get("description"),
                raw.get("metadata"),
            )
            quick._options.append(option)
        return quick

    def add_option(self, *, label: str, description: str | None = None, metadata: str | None = None) -> QuickReply:
        """Add an option (at most 20); returns this ``QuickReply``."""
        if len(self._options) >= MAX_OPTIONS:
            raise InvalidRequest(f"a QuickReply takes at most {MAX_OPTIONS} options")
        self._options.append(Option(label, description, metadata))
        return self

    @property
    def options(self) -> list[Option]:
        return list(self._options)

    @property
    def raw_options(self) -> list[dict[str, Any]]:
        return [option.wire() for option in self._options]

    def wire(self) -> dict[str, Any]:
        if not self._options:
            raise InvalidRequest("a QuickReply needs at least one option")
        return {"type": self.type, "options": self.raw_options}

    def __len__(self) -> int:
        return len(self._options)

    def __repr__(self) -> str:
        return f"QuickReply(type={self.type!r} options={self._options!r})"


class Button:
    """One call-to-action button: ``label``, ``url``, ``type`` (``ButtonType.web_url``) and ``tco_url``."""

    def __init__(
        self, label: str, url: str, type: ButtonType | str = ButtonType.web_url, tco_url: str | None = None
    ) -> None:
        self.label = _text("label", label, MAX_BUTTON_LABEL)
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise InvalidRequest(f"a button's url must be an http(s) URL, not {url!r}")
        self.url = url
        try:
            self.type = type if isinstance(type, ButtonType) else ButtonType(type)
        except ValueError:
            raise InvalidRequest(f"a button's type must be 'web_url', not {type!r}") from None
        self.tco_url = tco_url

    def wire(self) -> dict[str, Any]:
        """What goes on the wire (``tco_url`` is Twitter's, never sent)."""
        return {"type": self.type.value, "label": self.label, "url": self.url}

    def __repr__(self) -> str:
        return f"Button(label={self.label!r} url={self.url!r} type={self.type})"


class CTA:
    """Call-to-action buttons under a direct message; ``add_button`` chains."""

    def __init__(self) -> None:
        self._buttons: list[Button] = []

    @classmethod
    def from_payload(cls, data: list[dict[str, Any]]) -> CTA:
        cta = cls()
        for raw in data:
            button = Button.__new__(Button)
            button.label, button.url, button.tco_url = raw.get("label"), raw.get("url"), raw.get("tco_url")  # type: ignore[assignment]
            button.type = ButtonType.web_url
            cta._buttons.append(button)
        return cta

    def add_button(
        self, *, label: str, url: str, type: ButtonType | str = ButtonType.web_url, tco_url: str | None = None
    ) -> CTA:
        """Add a button (at most 3); returns this ``CTA``."""
        if len(self._buttons) >= MAX_BUTTONS:
            raise InvalidRequest(f"a CTA takes at most {MAX_BUTTONS} buttons")
        self._buttons.append(Button(label, url, type, tco_url))
        return self

    @property
    def buttons(self) -> list[Button]:
        return list(self._buttons)

    @property
    def raw_buttons(self) -> list[dict[str, Any]]:
        return [button.wire() for button in self._buttons]

    def wire(self) -> list[dict[str, Any]]:
        if not self._buttons:
            raise InvalidRequest("a CTA needs at least one button")
        return self.raw_buttons

    def __len__(self) -> int:
        return len(self._buttons)

    def __repr__(self) -> str:
        return f"CTA(buttons={self._buttons!r})"


def timestamp_time(value: object) -> datetime | None:
    """A millisecond ``created_timestamp`` as a local datetime (1.3.6 read its first 10 digits as seconds)."""
    millis = as_int(value)
    return None if millis is None else datetime.fromtimestamp(int(str(millis)[:10]))


class CustomProfile:
    """A custom profile direct messages can be sent as (``Client.create_custom_profile``)."""

    def __init__(self, name: str, id: str | int, timestamp: str | int | None, media: dict[str, Any] | None) -> None:
        self.name = name
        self.id = int(id)
        self.timestamp = timestamp
        self.media = media
        """The avatar as Twitter sent it (``{"media": {"url": ...}}``)."""

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> CustomProfile:
        profile = data.get("custom_profile", data)
        return cls(profile["name"], profile["id"], profile.get("created_timestamp"), profile.get("avatar"))

    @property
    def avatar_url(self) -> str | None:
        return ((self.media or {}).get("media") or {}).get("url")

    @property
    def created_at(self) -> datetime | None:
        return timestamp_time(self.timestamp)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomProfile) and self.id == other.id

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"CustomProfile(name={self.name!r} id={self.id})"


__all__ = ["CTA", "Button", "CustomProfile", "Option", "QuickReply"]
