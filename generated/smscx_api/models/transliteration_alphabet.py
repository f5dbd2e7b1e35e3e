from enum import StrEnum


class TransliterationAlphabet(StrEnum):
    BELARUSIAN_CYRILLIC = "BELARUSIAN_CYRILLIC"
    BULGARIAN_CYRILLIC = "BULGARIAN_CYRILLIC"
    GREEK = "GREEK"
    NONE = "NONE"
    NON_GSM = "NON_GSM"
    POLISH = "POLISH"
    ROMANIAN = "ROMANIAN"
    RUSSIAN_CYRILLIC = "RUSSIAN_CYRILLIC"
    SERBIAN_CYRILLIC = "SERBIAN_CYRILLIC"
    TURKISH = "TURKISH"
    UKRAINIAN_CYRILLIC = "UKRAINIAN_CYRILLIC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TransliterationAlphabet | None":
        """Open enum: a value the spec does not list yet parses as a pseudo-member named UNKNOWN."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
