from enum import StrEnum


class CallBackRequestNewOptoutEvent(StrEnum):
    NEW_OPTOUT = "new_optout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallBackRequestNewOptoutEvent | None":
        """Open enum: a value the spec does not list yet parses as a pseudo-member named UNKNOWN."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
