"""SMS.CX sandbox helpers: the error shape, phone numbers, message text analysis, CSV/XLSX exports, cursors."""

from __future__ import annotations

import base64
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from ..provider import ApiError, Raw

DOCS = "https://developers.sms.cx/docs/errors"
CSV_TYPE = "application/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class SmscxError(ApiError):
    """An SMS.CX error answer: ``{"error": {"type", "code", "message", "uri"}}`` (+ ``invalid`` numbers)."""

    def __init__(
        self,
        status: int,
        type_: str,
        code: int,
        message: str,
        *,
        invalid: list[str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status, message, headers=headers)
        self.type = type_
        self.code = code
        self.invalid = invalid

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "type": self.type,
            "code": self.code,
            "message": self.message,
            "uri": f"{DOCS}#{self.code}",
        }
        body: dict[str, Any] = {"error": error}
        if self.invalid is not None:  # where the API model puts them, and where the seed README reads them
            body["invalid"] = list(self.invalid)
            error["invalid"] = list(self.invalid)
        return body


GENERIC = {
    400: ("invalid_param", 1000),
    401: ("invalid_api_key", 1001),
    403: ("access_denied", 1002),
    404: ("not_found", 1003),
    405: ("invalid_method", 1004),
    429: ("rate_limit", 1005),
}
"""How the engine's own errors (validation, unknown path, ...) are typed; the codes are sandbox choices."""


DOCUMENTED_ARRAYS = {
    "to": (1104, "The parameter `to` is empty or not set"),
    "groups": (1101, "The parameter `groups` is empty or not set"),
    "phoneNumbers": (1203, "The parameter `phoneNumbers` is empty or not set"),
    "strategy": (1120, "The parameter `strategy` is empty or not set"),
}
"""Array fields whose ``minItems`` (stated in the spec) the API answers with its own documented code."""
_TOO_FEW = re.compile(r"^\$\.(\w+): has (\d+) items; at least \d+ are allowed$")
_TEXT = re.compile(r"^\$\.text: '\s*' does not match")


def documented_validation_error(error: ApiError, path: str) -> SmscxError | None:
    """The documented SMS.CX error for a spec validation failure that has one (an empty ``to``: 1104, an empty
    template text: 1801...), else ``None``."""
    detail = error.details[0] if error.status == 400 and error.details else ""
    found = _TOO_FEW.match(detail)
    if found is not None and found.group(1) in DOCUMENTED_ARRAYS:
        field, items = found.group(1), int(found.group(2))
        if field == "strategy" and items > 0:
            return SmscxError(400, "invalid_param", 1121, "The parameter `strategy` must have at least two channels")
        code, message = DOCUMENTED_ARRAYS[field]
        return SmscxError(400, "invalid_param", code, message)
    if _TEXT.match(detail):
        if not path.startswith(("/templates", "/conversations")):
            return SmscxError(400, "invalid_param", 1107, "The parameter `text` is empty or not set")
        return SmscxError(400, "invalid_param", 1801, "The text message is empty or parameter `text` not set")
    return None


def as_smscx(error: ApiError, path: str = "") -> dict[str, Any]:
    """Any :class:`ApiError` in the SMS.CX shape (the engine's validation errors keep their first detail, or take
    the code the API documents for them)."""
    if isinstance(error, SmscxError):
        return error.body()
    documented = documented_validation_error(error, path)
    if documented is not None:
        return documented.body()
    type_, code = GENERIC.get(
        error.status, ("server_error", 1006) if error.status >= 500 else ("invalid_request", 1000)
    )
    message = error.message
    return SmscxError(error.status, type_, code, message).body()


def invalid_param(code: int, message: str) -> SmscxError:
    return SmscxError(400, "invalid_param", code, message)


def not_found(code: int, message: str) -> SmscxError:
    return SmscxError(404, "not_found", code, message)


def access_denied(code: int, message: str) -> SmscxError:
    return SmscxError(403, "access_denied", code, message)


UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and UUID_RE.fullmatch(value) is not None


# -- phone numbers ------------------------------------------------------------------------------------------------

COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    # calling code: ISO, country, network operator, timezone
    "1": ("US", "United States", "Verizon", "America/New_York"),
    "30": ("GR", "Greece", "Cosmote", "Europe/Athens"),
    "31": ("NL", "Netherlands", "KPN", "Europe/Amsterdam"),
    "33": ("FR", "France", "Orange", "Europe/Paris"),
    "34": ("ES", "Spain", "Movistar", "Europe/Madrid"),
    "351": ("PT", "Portugal", "MEO", "Europe/Lisbon"),
    "359": ("BG", "Bulgaria", "A1", "Europe/Sofia"),
    "39": ("IT", "Italy", "TIM", "Europe/Rome"),
    "40": ("RO", "Romania", "Orange", "Europe/Bucharest"),
    "41": ("CH", "Switzerland", "Swisscom", "Europe/Zurich"),
    "420": ("CZ", "Czech Republic", "O2", "Europe/Prague"),
    "43": ("AT", "Austria", "A1", "Europe/Vienna"),
    "44": ("GB", "United Kingdom", "Vodafone", "Europe/London"),
    "49": ("DE", "Germany", "Telekom", "Europe/Berlin"),
    "61": ("AU", "Australia", "Telstra", "Australia/Sydney"),
    "98": ("IR", "Iran", "MCI", "Asia/Tehran"),
}
CALLING_CODE = {iso: code for code, (iso, *_rest) in COUNTRIES.items()}
NO_COVERAGE = frozenset({"IR"})
"""Restricted destinations: sends there are answered ``no_coverage``."""
_DIGITS = re.compile(r"[0-9x]+")


@dataclass(frozen=True)
class Number:
    """A valid destination: E.164 text, ISO country, operator, timezone, and whether it is covered."""

    e164: str
    iso: str
    country: str
    operator: str
    timezone: str

    @property
    def covered(self) -> bool:
        return self.iso not in NO_COVERAGE


def parse_number(raw: object, country_iso: str | None = None) -> Number | None:
    """The number ``raw`` names, or None if it is not valid.

    E.164 (``+31612469000``), or national digits with ``country_iso``. A trailing ``x`` counts as a digit: the
    seed documentation masks its example numbers that way (``+31612469xxx``), and those must run unchanged.
    """
    if not isinstance(raw, str):
        return None
    text = re.sub(r"[\s().-]", "", raw)
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+"):
        code = CALLING_CODE.get((country_iso or "").upper())
        if code is None or not _DIGITS.fullmatch(text):
            return None
        text = "+" + code + text.lstrip("0")
    digits = text[1:]
    if not _DIGITS.fullmatch(digits) or digits.startswith(("0", "x")) or "x" in digits.rstrip("x"):
        return None
    for length in (3, 2, 1):
        code = digits[:length]
        if code in COUNTRIES:
            national = digits[length:]
            if not 6 <= len(national) <= 12:
                return None
            iso, country, operator, timezone = COUNTRIES[code]
            return Number("+" + digits, iso, country, operator, timezone)
    return None


# -- message text -------------------------------------------------------------------------------------------------

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)
PLACEHOLDERS = re.compile(r"\{\{\s*([a-zA-Z]+)(?::([^}]*))?\s*\}\}")


def render(text: str, sample: Mapping[str, str] | None = None) -> str:
    """``text`` with its placeholders filled the way the sandbox fills them (deterministically)."""

    def fill(match: re.Match[str]) -> str:
        name, arg = match.group(1), match.group(2)
        if sample and name in sample:
            return sample[name]
        if name in ("numbers", "letters", "alphanumeric"):
            count = int(arg) if arg and arg.isdigit() else 4
            if not 1 <= count <= 20:
                raise invalid_param(1137, "Number of characters for placeholders can be between 1 and 20")
            return {"numbers": "7", "letters": "K", "alphanumeric": "A"}[name] * count
        if name == "optoutLink":
            return "https://sms.cx/o/Ab3dE"
        if name in ("shortlink", "attachement", "attachment"):
            return f"https://sms.cx/{(arg or 'link').strip()}"
        if name == "today":
            return "2030-01-01"
        return ""

    return PLACEHOLDERS.sub(fill, text)


def analyse(text: str) -> dict[str, Any]:
    """``{"length", "unicode", "parts"}``: GSM-7 160/153 characters per part, UCS-2 70/67."""
    unicode = any(ch not in GSM7 for ch in text)
    single, multi = (70, 67) if unicode else (160, 153)
    length = len(text)
    parts = 1 if length <= single else -(-length // multi)
    return {"length": length, "unicode": unicode, "parts": parts}


# -- exports ------------------------------------------------------------------------------------------------------


def csv_body(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Raw:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return Raw(out.getvalue().encode(), CSV_TYPE)


def _cell(ref: str, value: Any) -> str:
    if isinstance(value, bool) or value is None or not isinstance(value, int | float):
        text = "" if value is None else escape(str(value))
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


FIXED_ZIP_TIME = (2030, 1, 1, 0, 0, 0)
"""Every XLSX member gets this timestamp, so the same export is the same bytes (stable cassettes)."""


def xlsx_body(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Raw:
    """A minimal valid XLSX workbook with one sheet (inline strings, no shared-strings part)."""
    all_rows = [list(header), *[list(r) for r in rows]]
    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(_cell(f"{_column(c)}{r + 1}", v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(all_rows)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rels}">'
            '<sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData>'
            "</worksheet>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return Raw(out.getvalue(), XLSX_TYPE)


def export(kind: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Raw:
    return csv_body(header, rows) if kind == "csv" else xlsx_body(header, rows)


# -- cursor pages ---------------------------------------------------------------------------------------------------


def page(items: Sequence[Any], query: Mapping[str, str]) -> tuple[list[Any], dict[str, Any]]:
    """One page of ``items`` for the ``limit`` / ``next`` / ``previous`` query, and its ``paging`` object.

    Cursors are opaque base64 offsets (with ``=`` padding, so clients must encode them in query strings).
    """
    limit = int(query.get("limit") or 500)
    if limit < 1:
        raise invalid_param(1000, "The parameter `limit` must be at least 1")
    limit = min(limit, 500)  # the reference states only the server default, 500: a larger limit gets pages of 500
    cursor = query.get("next") or query.get("previous")
    start = 0
    if cursor:
        try:
            start = int(base64.b64decode(cursor.encode(), validate=True).decode().removeprefix("offset:"))
        except (ValueError, UnicodeDecodeError):
            raise invalid_param(1000, "The page cursor is not valid") from None
    chunk = list(items[start : start + limit])
    following = start + limit
    return chunk, {
        "next": _cursor(following) if following < len(items) else None,
        "previous": _cursor(max(start - limit, 0)) if start > 0 else None,
        "size": len(chunk),
    }


def _cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def parse_when(value: object) -> datetime | None:
    """A scheduled date: ``YYYY-MM-DD HH:MM:SS`` (documented) or ISO 8601; naive means UTC."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
