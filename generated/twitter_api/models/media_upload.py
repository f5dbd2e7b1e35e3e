from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.media_upload_image import MediaUploadImage
    from ..models.media_upload_video import MediaUploadVideo
    from ..models.processing_info import ProcessingInfo


T = TypeVar("T", bound="MediaUpload")
_DECLARED_KEYS = frozenset(
    (
        "media_id",
        "media_id_string",
        "media_key",
        "size",
        "expires_after_secs",
        "image",
        "video",
        "processing_info",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class MediaUpload:
    """
    Attributes:
        media_id (int):
        media_id_string (str): A 64-bit id as a decimal string.
        media_key (str | Unset):
        size (int | Unset):
        expires_after_secs (int | Unset):
        image (MediaUploadImage | Unset):
        video (MediaUploadVideo | Unset):
        processing_info (ProcessingInfo | Unset):
    """

    media_id: int
    media_id_string: str
    media_key: str | Unset = UNSET
    size: int | Unset = UNSET
    expires_after_secs: int | Unset = UNSET
    image: MediaUploadImage | Unset = UNSET
    video: MediaUploadVideo | Unset = UNSET
    processing_info: ProcessingInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        media_id: int,
        media_id_string: str,
        media_key: str | Unset = UNSET,
        size: int | Unset = UNSET,
        expires_after_secs: int | Unset = UNSET,
        image: MediaUploadImage | Unset = UNSET,
        video: MediaUploadVideo | Unset = UNSET,
        processing_info: ProcessingInfo | Unset = UNSET,
    ) -> None:
        self.media_id = media_id
        self.media_id_string = media_id_string
        self.media_key = media_key
        self.size = size
        self.expires_after_secs = expires_after_secs
        self.image = image
        self.video = video
        self.processing_info = processing_info
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(media_id={self.media_id!r}, media_id_string={self.media_id_string!r}, media_key={self.media_key!r}, size={self.size!r}, expires_after_secs={self.expires_after_secs!r}, image={self.image!r}, video={self.video!r}, processing_info={self.processing_info!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.media_id == other.media_id
            and self.media_id_string == other.media_id_string
            and self.media_key == other.media_key
            and self.size == other.size
            and self.expires_after_secs == other.expires_after_secs
            and self.image == other.image
            and self.video == other.video
            and self.processing_info == other.processing_info
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_id_string = self.media_id_string

        media_key = self.media_key

        size = self.size

        expires_after_secs = self.expires_after_secs

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        processing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_info, Unset):
            processing_info = self.processing_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "media_id_string": media_id_string,
            }
        )
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if size is not UNSET:
            field_dict["size"] = size
        if expires_after_secs is not UNSET:
            field_dict["expires_after_secs"] = expires_after_secs
        if image is not UNSET:
            field_dict["image"] = image
        if video is not UNSET:
            field_dict["video"] = video
        if processing_info is not UNSET:
            field_dict["processing_info"] = processing_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media_id = d["media_id"]

        media_id_string = d["media_id_string"]

        media_key = d.get("media_key", UNSET)

        size = d.get("size", UNSET)

        expires_after_secs = d.get("expires_after_secs", UNSET)

        _image = d.get("image", UNSET)
        image: MediaUploadImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = MediaUploadImage.from_dict(_image)

        _video = d.get("video", UNSET)
        video: MediaUploadVideo | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = MediaUploadVideo.from_dict(_video)

        _processing_info = d.get("processing_info", UNSET)
        processing_info: ProcessingInfo | Unset
        if isinstance(_processing_info, Unset):
            processing_info = UNSET
        else:
            processing_info = ProcessingInfo.from_dict(_processing_info)

        if cls.__init__ is MediaUpload.__init__:
            _made = _new_instance(cls)
            _made.media_id = media_id
            _made.media_id_string = media_id_string
            _made.media_key = media_key
            _made.size = size
            _made.expires_after_secs = expires_after_secs
            _made.image = image
            _made.video = video
            _made.processing_info = processing_info
            media_upload = _made
        else:
            media_upload = cls(
                media_id=media_id,
                media_id_string=media_id_string,
                media_key=media_key,
                size=size,
                expires_after_secs=expires_after_secs,
                image=image,
                video=video,
                processing_info=processing_info,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        media_upload.additional_properties = d
        return media_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "media_id":
            if isinstance(self.media_id, Unset):
                raise KeyError(key)
            return self.media_id
        if key == "media_id_string":
            if isinstance(self.media_id_string, Unset):
                raise KeyError(key)
            return self.media_id_string
        if key == "media_key":
            if isinstance(self.media_key, Unset):
                raise KeyError(key)
            return self.media_key
        if key == "size":
            if isinstance(self.size, Unset):
                raise KeyError(key)
            return self.size
        if key == "expires_after_secs":
            if isinstance(self.expires_after_secs, Unset):
                raise KeyError(key)
            return self.expires_after_secs
        if key == "image":
            if isinstance(self.image, Unset):
                raise KeyError(key)
            return self.image
        if key == "video":
            if isinstance(self.video, Unset):
                raise KeyError(key)
            return self.video
        if key == "processing_info":
            if isinstance(self.processing_info, Unset):
                raise KeyError(key)
            return self.processing_info
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "media_id":
            self.media_id = value
            return
        if key == "media_id_string":
            self.media_id_string = value
            return
        if key == "media_key":
            self.media_key = value
            return
        if key == "size":
            self.size = value
            return
        if key == "expires_after_secs":
            self.expires_after_secs = value
            return
        if key == "image":
            self.image = value
            return
        if key == "video":
            self.video = value
            return
        if key == "processing_info":
            self.processing_info = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "media_id":
            return not isinstance(self.media_id, Unset)
        if key == "media_id_string":
            return not isinstance(self.media_id_string, Unset)
        if key == "media_key":
            return not isinstance(self.media_key, Unset)
        if key == "size":
            return not isinstance(self.size, Unset)
        if key == "expires_after_secs":
            return not isinstance(self.expires_after_secs, Unset)
        if key == "image":
            return not isinstance(self.image, Unset)
        if key == "video":
            return not isinstance(self.video, Unset)
        if key == "processing_info":
            return not isinstance(self.processing_info, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.media_upload_image import MediaUploadImage  # noqa: E402
from ..models.media_upload_video import MediaUploadVideo  # noqa: E402
from ..models.processing_info import ProcessingInfo  # noqa: E402
