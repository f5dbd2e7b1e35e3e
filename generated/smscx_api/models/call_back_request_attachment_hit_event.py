from enum import StrEnum


class CallBackRequestAttachmentHitEvent(StrEnum):
    ATTACHMENT_HIT = "attachment_hit"
    ATTACHMENT_HIT_UPDATE = "attachment_hit_update"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallBackRequestAttachmentHitEvent | None":
        """Open enum: a value the spec does not list yet parses as a pseudo-member named UNKNOWN."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
