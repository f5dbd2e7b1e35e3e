"""Tweet attachments and what tweets carry: ``Poll`` / ``PollOption``, ``Geo``, ``Media``, ``Embed``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._payload import parse_time
from .enums import MediaType


class PollOption:
    """One option of a poll: its ``label``, ``position`` (1-based) and ``votes``."""

    def __init__(self, label: str, **kwargs: Any) -> None:
        self.label = label
        self.position: int = int(kwargs.get("position") or 0)
        self.votes: int = int(kwargs.get("votes") or 0)

    def __repr__(self) -> str:
        return f"PollOption(label={self.label!r} position={self.position} votes={self.votes})"


class Poll:
    """A poll: build one with ``Poll(duration_minutes)`` and ``add_option(label=...)``; tweets carry them too.

    ``len(poll)`` is its number of options; polls compare by id.
    """

    def __init__(self, duration: int, **kwargs: Any) -> None:
        self.duration = duration
        self.id: int | None = int(kwargs["id"]) if kwargs.get("id") else None
        self._voting_status: str | None = kwargs.get("voting_status")
        self._end_date: str | None = kwargs.get("end_datetime") or kwargs.get("end_date")
        self._options: list[PollOption] = []
        for position, option in enumerate(kwargs.get("options") or [], start=1):
            fields = dict(option)
            self._options.append(PollOption(fields.pop("label"), **{"position": position, **fields}))

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Poll:
        return cls(data.get("duration_minutes") or 0, **{k: v for k, v in data.items() if k != "duration_minutes"})

    def add_option(self, *, label: str, **kwargs: Any) -> Poll:
        """Add an option (only its label is sent); returns the poll, so calls chain."""
        self._options.append(PollOption(label, **{"position": len(self._options) + 1, **kwargs}))
        return self

    @property
    def options(self) -> list[PollOption]:
        return list(self._options)

    @property
    def voting_status(self) -> bool:
        """True while the poll is open."""
        return self._voting_status == "open"

    @property
    def end_date(self) -> datetime | None:
        return parse_time(self._end_date)

    def wire(self) -> dict[str, Any]:
        """The ``poll`` of a create-tweet body: the labels in order and the duration in minutes."""
        return {"options": [option.label for option in self._options], "duration_minutes": int(self.duration)}

    def __len__(self) -> int:
        return len(self._options)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Poll) and self.id is not None and self.id == other.id

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Poll(id={self.id} duration={self.duration} options={self._options!r})"


class Geo:
    """A place: from ``Client.search_geo``, or ``Geo({"id": place_id})`` to attach to a tweet."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._payload = data

    @property
    def id(self) -> str:
        return str(self._payload.get("id"))

    @property
    def name(self) -> str | None:
        return self._payload.get("name")

    @property
    def fullname(self) -> str | None:
        return self._payload.get("full_name")

    full_name = fullname

    @property
    def type(self) -> str | None:
        return self._payload.get("place_type")

    @property
    def country(self) -> str | None:
        return self._payload.get("country")

    @property
    def country_code(self) -> str | None:
        return self._payload.get("country_code")

    @property
    def centroid(self) -> list[float] | None:
        return self._payload.get("centroid")

    @property
    def bounding_box(self) -> dict[str, Any] | None:
        return self._payload.get("bounding_box")

    @property
    def coordinates(self) -> Any:
        box = self.bounding_box
        return box.get("coordinates") if isinstance(box, dict) else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Geo) and self.id == other.id

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Geo(id={self.id!r} name={self.name!r} country_code={self.country_code!r})"


class Media:
    """A photo, video or GIF attached to a tweet."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._payload = data

    @property
    def type(self) -> MediaType:
        return MediaType(self._payload.get("type"))

    @property
    def media_key(self) -> str | None:
        return self._payload.get("media_key")

    @property
    def url(self) -> str | None:
        return self._payload.get("url")

    @property
    def preview_image_url(self) -> str | None:
        return self._payload.get("preview_image_url")

    @property
    def width(self) -> int | None:
        return self._payload.get("width")

    @property
    def height(self) -> int | None:
        return self._payload.get("height")

    def __repr__(self) -> str:
        return f"Media(type={self._payload.get('type')!r} media_key={self.media_key!r})"


class EmbedsImages:
    """One preview image of an embedded URL."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._payload = data

    @property
    def url(self) -> str | None:
        return self._payload.get("url")

    @property
    def width(self) -> int | None:
        return self._payload.get("width")

    @property
    def height(self) -> int | None:
        return self._payload.get("height")

    def __repr__(self) -> str:
        return f"EmbedsImages(url={self.url!r} width={self.width} height={self.height})"


class Embed:
    """A URL embedded in a tweet (``entities.urls[]``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._payload = data

    @property
    def url(self) -> str | None:
        return self._payload.get("url")

    @property
    def expanded_url(self) -> str | None:
        return self._payload.get("expanded_url")

    @property
    def display_url(self) -> str | None:
        return self._payload.get("display_url")

    @property
    def unwound_url(self) -> str | None:
        return self._payload.get("unwound_url")

    @property
    def title(self) -> str | None:
        return self._payload.get("title")

    @property
    def description(self) -> str | None:
        return self._payload.get("description")

    @property
    def start(self) -> int | None:
        return self._payload.get("start")

    @property
    def end(self) -> int | None:
        return self._payload.get("end")

    @property
    def status_code(self) -> int | None:
        return self._payload.get("status")

    @property
    def images(self) -> list[EmbedsImages]:
        return [EmbedsImages(image) for image in self._payload.get("images") or []]

    def __repr__(self) -> str:
        return f"Embed(url={self.url!r} expanded_url={self.expanded_url!r})"


__all__ = ["Embed", "EmbedsImages", "Geo", "Media", "Poll", "PollOption"]
