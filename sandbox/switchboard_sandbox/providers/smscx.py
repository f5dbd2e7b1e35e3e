"""SMS.CX behaviour: keys, OAuth2 tokens with scopes, a balance that sends consume, phone number validation, and
stateful groups, contacts, templates, shortlinks, opt-outs, originators, OTPs, scheduled messages, number
lookups and rentals, conversations and reports.

Delivery is instant: a message sent now is ``ACCEPTED`` (and reported ``DELIVERED``); one scheduled in the future
stays ``SCHEDULED`` until it is cancelled (its cost is credited back). Control endpoints under
``/_sandbox/smscx/`` set the balance, arm 429 rate limits, move the clock, read an OTP's PIN, approve templates,
switch channels off and start conversations (see :class:`Smscx`'s ``control`` methods).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from ..provider import ApiError, Clock, Provider, Result, SandboxRequest, control, operation, timestamp, utc_now
from .smscx_callbacks import SmscxCallbacks
from .smscx_support import (
    COUNTRIES,
    Number,
    SmscxError,
    access_denied,
    analyse,
    as_smscx,
    export,
    invalid_param,
    is_uuid,
    not_found,
    page,
    parse_number,
    parse_when,
    render,
)

API_KEY = "sandbox-api-key"
"""The API key the sandbox accepts (env ``SANDBOX_SMSCX_API_KEY`` overrides); ``YOUR_API_KEY`` (the seed's
placeholder) is accepted too."""
APPLICATION = ("sandbox-app-id", "sandbox-app-secret")
"""Application ID and secret for ``POST /oauth/token`` (env ``SANDBOX_SMSCX_APP_ID`` / ``_APP_SECRET``)."""
SEED_API_KEY = "YOUR_API_KEY"
SEED_APPLICATION = ("YOUR_APPLICATION_ID", "YOUR_APPLICATION_SECRET")
SEED_ACCESS_TOKEN = "YOUR_ACCESS_TOKEN"  # noqa: S105 - the seed's placeholder, accepted with every scope
SCOPES = (
    "account", "applications", "attachments", "conversations", "groups", "multichannel", "numbers", "optouts",
    "originators", "otp", "reports", "shortlinks", "sms", "templates", "viber", "whatsapp",
)  # fmt: skip
TOKEN_LIFETIME = 86_400
INITIAL_BALANCE = 100.0
PRICE = {"sms": 0.05, "viber": 0.04, "whatsapp": 0.06}
LOOKUP_PRICE = 0.01
REPLY_WINDOW = timedelta(hours=24)
RATE_LIMIT = 100


def _scope_of(path: str) -> str:
    return path.strip("/").split("/", 1)[0]


@dataclass
class Principal:
    kind: str  # "api_key", "token", "application"
    scopes: frozenset[str] = frozenset(SCOPES)
    application_id: str | None = None


@dataclass
class Token:
    scopes: frozenset[str]
    expires_at: datetime
    application_id: str


@dataclass
class Message:
    msg_id: str
    campaign_id: str
    channel: str
    to: str
    country_iso: str
    sender: str
    text: str
    parts: int
    cost: float
    status: str
    created_at: datetime
    scheduled_at: datetime | None = None
    track_data: str | None = None
    source: str = "api"

    def data(self, *, analysis: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "msgId": self.msg_id,
            "status": self.status,
            "statusCode": 0 if self.status in ("ACCEPTED", "SCHEDULED", "DELIVERED") else 1,
            "errorCode": None,
            "createdAt": timestamp(self.created_at),
            "inQuietHours": False,
            "cost": round(self.cost, 4),
            "to": self.to,
            "countryIso": self.country_iso,
            "from": self.sender,
            "text": self.text,
            "parts": self.parts,
        }
        if analysis:
            out["textAnalysis"] = analyse(self.text)
        if self.track_data:
            out["trackData"] = self.track_data
        if self.scheduled_at is not None:
            out["scheduledAt"] = timestamp(self.scheduled_at)
        return out


@dataclass
class Campaign:
    campaign_id: str
    channel: str
    sender: str
    text: str
    created_at: datetime
    scheduled_at: datetime | None
    groups: list[dict[str, Any]] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)
    source: str = "api"


def _flag(query: Mapping[str, str], name: str) -> bool:
    """A boolean query parameter: ``true`` as the spec spells it, or ``True`` as smscx 0.1.x's ``urlencode`` sent
    it (the API answers that spelling too: reference §10 F)."""
    return query.get(name, "").lower() == "true"


def _b(value: Any, default: bool = False) -> bool:
    return value if isinstance(value, bool) else default


class Smscx(SmscxCallbacks, Provider):
    """The SMS.CX behaviour (state is reset by ``POST /_sandbox/reset``)."""

    name = "smscx"
    title = "SMS.CX"

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self.api_keys = {os.environ.get("SANDBOX_SMSCX_API_KEY") or API_KEY, SEED_API_KEY}
        app_id = os.environ.get("SANDBOX_SMSCX_APP_ID") or APPLICATION[0]
        app_secret = os.environ.get("SANDBOX_SMSCX_APP_SECRET") or APPLICATION[1]
        self.applications = {app_id: app_secret, SEED_APPLICATION[0]: SEED_APPLICATION[1]}
        self.callbacks = self.new_callback_sender()
        super().__init__(clock=clock)

    def environment(self, url: str) -> dict[str, str]:
        api_key = next(key for key in sorted(self.api_keys) if key != SEED_API_KEY)
        app_id, app_secret = next((k, v) for k, v in self.applications.items() if k != SEED_APPLICATION[0])
        return {
            "SWITCHBOARD_SMSCX_BASE_URL": url,
            "SMSCX_API_KEY": api_key,
            "SMSCX_APPLICATION_ID": app_id,
            "SMSCX_APPLICATION_SECRET": app_secret,
        }

    def reset(self) -> None:
        super().reset()
        self.reset_callbacks()
        self.balance = INITIAL_BALANCE
        self.tokens: dict[str, Token] = {}
        self.rate_limited = 0
        self.rate_reset_in = 2
        self.channels = {"sms": True, "viber": True, "whatsapp": True, "multichannel": True}
        self.messages: dict[str, Message] = {}
        self.campaigns: dict[str, Campaign] = {}
        self.idempotent: dict[str, tuple[int, Any]] = {}
        self.groups: dict[int, dict[str, Any]] = {}
        self.contacts: dict[str, dict[str, Any]] = {}
        self.templates: dict[int, dict[str, Any]] = {}
        self.shortlinks: dict[str, dict[str, Any]] = {}
        self.attachments: dict[str, dict[str, Any]] = {}
        self.optouts: dict[int, dict[str, Any]] = {}
        self.originators: dict[int, dict[str, Any]] = {}
        self.otps: dict[str, dict[str, Any]] = {}
        self.lookups: dict[str, dict[str, Any]] = {}
        self.bulk_lookups: dict[str, dict[str, Any]] = {}
        self.rents: dict[str, dict[str, Any]] = {}
        self.conversations: dict[str, dict[str, Any]] = {}
        self.counters: dict[str, int] = {}
        now = self.clock()
        self.originators[self._next("originator")] = {
            "originator": "InfoText", "isDefault": True, "approved": True, "createdAt": timestamp(now)
        }  # fmt: skip
        self.attachments["Ab12Cd"] = {
            "id": "Ab12Cd", "name": "Summer catalogue", "shortUrl": "https://sms.cx/a/Ab12Cd",
            "fileUrl": "https://files.sms.cx/catalogue.pdf", "fileType": "pdf", "dateCreated": timestamp(now),
            "hits": [],
        }  # fmt: skip
        optout_id = self._next("optout")
        self.optouts[optout_id] = {
            "id": optout_id, "phoneNumber": "+33612345600", "countryIso": "FR", "optoutFrom": "link",
            "datetime": timestamp(now), "campaignId": None, "groupId": None, "campaignName": None,
        }  # fmt: skip

    def _next(self, kind: str) -> int:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return self.counters[kind]

    # -- errors and authentication -------------------------------------------------------------------------------------

    own_path_patterns = True  # a malformed id gets the API's own code (1115, ...), as the handlers check it

    def error_body(self, error: ApiError, path: str) -> Any:
        return as_smscx(error, path)

    def authenticate(self, request: SandboxRequest) -> Principal:
        if self.rate_limited > 0:
            self.rate_limited -= 1
            # in the caller's time, not the advanced sandbox clock: the client waits reset_in seconds, as armed
            reset = int(self.caller_clock().timestamp()) + self.rate_reset_in
            headers = {
                "X-Rate-Limit-Limit": str(RATE_LIMIT),
                "X-Rate-Limit-Remaining": "0",
                "X-Rate-Limit-Reset": str(reset),
            }
            raise SmscxError(429, "rate_limit", 1005, "Too many requests", headers=headers)
        if request.path.rstrip("/").endswith("/oauth/token"):
            app_id = self._basic(request.headers.get("Authorization", ""))
            if app_id is None:
                raise SmscxError(401, "invalid_client", 1600, "Invalid client")
            return Principal("application", application_id=app_id)
        principal: Principal | None = None
        key = request.headers.get("X-API-KEY")
        if key is not None:
            if key not in self.api_keys:
                raise SmscxError(401, "invalid_api_key", 1001, "Invalid API key")
            principal = Principal("api_key")
        authorization = request.headers.get("Authorization", "")
        if authorization:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() != "bearer":
                raise SmscxError(401, "invalid_api_key", 1001, "Use an API key or a Bearer access token")
            principal = self._bearer(value.strip()) if principal is None else principal
        if principal is None:
            raise SmscxError(401, "invalid_api_key", 1001, "Missing API key or access token")
        scope = _scope_of(request.path)
        if scope in SCOPES and scope not in principal.scopes:
            raise SmscxError(403, "insufficient_scope", 1002, f"The access token has no `{scope}` scope")
        return principal

    def _basic(self, value: str) -> str | None:
        scheme, _, encoded = value.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            app_id, sep, secret = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
        except (ValueError, binascii.Error, UnicodeDecodeError):
            return None
        expected = self.applications.get(app_id)
        if not sep or expected is None or not hmac.compare_digest(secret.encode(), expected.encode()):
            return None
        return app_id

    def _bearer(self, value: str) -> Principal:
        if value == SEED_ACCESS_TOKEN:
            return Principal("token")
        token = self.tokens.get(value)
        if token is None:
            raise SmscxError(401, "invalid_api_key", 1001, "Invalid access token")
        if self.clock() >= token.expires_at:
            raise SmscxError(401, "invalid_api_key", 1001, "The access token has expired")
        return Principal("token", token.scopes, token.application_id)

    @operation("get_access_token")
    def get_access_token(self, request: SandboxRequest) -> Result:
        form = {k: v[-1] for k, v in parse_qs(request.raw_body.decode(errors="replace")).items()}
        grant = form.get("grant_type")
        if not grant:
            raise SmscxError(400, "invalid_request", 1600, "The request is missing a required parameter (grant_type)")
        if grant != "client_credentials":
            raise SmscxError(
                400, "unsupported_grant_type", 1600, "The grant type is not supported (only client_credentials)"
            )
        requested = form.get("scope", "").split()
        unknown = [s for s in requested if s not in SCOPES]
        if unknown:
            raise SmscxError(400, "invalid_scope", 1600, "The requested scope is invalid, unknown, or malformed")
        scopes = frozenset(requested) if requested else frozenset(SCOPES)
        value = hashlib.sha256(f"{self.ids.next('token')}".encode()).hexdigest()
        app_id = request.principal.application_id or ""
        self.tokens[value] = Token(scopes, self.clock() + timedelta(seconds=TOKEN_LIFETIME), app_id)
        scope_text = " ".join(s for s in SCOPES if s in scopes)
        body = {"access_token": value, "expires_in": TOKEN_LIFETIME, "token_type": "Bearer", "scope": scope_text}
        return 200, body

    # -- money ---------------------------------------------------------------------------------------------------------

    def _charge(self, cost: float, *, estimate: bool = False) -> None:
        if round(cost, 4) > round(self.balance, 4):
            raise SmscxError(400, "insufficient_credit", 1113, "Insufficient credit")
        if not estimate:
            self.balance = round(self.balance - cost, 4)

    @operation("get_account_balance")
    def get_account_balance(self, request: SandboxRequest) -> Result:
        return 200, {"balance": round(self.balance, 4), "currency": "eur", "billing": "prepaid"}

    def _pricing(self, channel: str, traffic: str, only: str | None) -> dict[str, Any]:
        factor = {"transactional": 1.0, "promotional": 0.9, "2way": 1.2}[traffic]
        out: dict[str, Any] = {}
        for iso, _country, operator, _tz in COUNTRIES.values():
            if iso in ("IR",) or (only and iso != only):
                continue
            price = round(PRICE[channel] * factor, 4)
            if channel == "sms":
                out[iso] = {operator: price}
            else:
                out[iso] = {"TRANSACTIONAL": round(PRICE[channel], 4), "PROMOTIONAL": round(PRICE[channel] * 0.9, 4)}
        return out

    @operation("get_channel_pricing")
    def get_channel_pricing(self, request: SandboxRequest) -> Result:
        p = request.path_params
        return 200, self._pricing(p["channel"], p["trafficType"], None)

    @operation("get_channel_pricing_by_country_iso")
    def get_channel_pricing_by_country_iso(self, request: SandboxRequest) -> Result:
        p = request.path_params
        iso = p["countryIso"].upper()
        prices = self._pricing(p["channel"], p["trafficType"], iso)
        if not prices:
            raise SmscxError(403, "no_coverage", 1523, "No coverage")
        return 200, prices

    @operation("get_channels_status")
    def get_channels_status(self, request: SandboxRequest) -> Result:
        return 200, dict(self.channels)

    # -- applications --------------------------------------------------------------------------------------------------

    def _application(self, app_id: str) -> dict[str, Any]:
        return {
            "applicationId": app_id,
            "name": f"Application {app_id}",
            "scopes": " ".join(SCOPES),
            "tokenExpiration": "1 day",
        }

    @operation("get_applications_list")
    def get_applications_list(self, request: SandboxRequest) -> Result:
        data = []
        for n, (app_id, secret) in enumerate(sorted(self.applications.items()), start=1):
            app = self._application(app_id)
            data.append({
                "id": n, "applicationId": app_id, "applicationSecret": secret, "applicationName": app["name"],
                "scopes": app["scopes"], "tokenExpiration": app["tokenExpiration"], "createdAt": "2030-01-01 00:00:00",
            })  # fmt: skip
        return 200, {"data": data}

    @operation("get_application_settings")
    def get_application_settings(self, request: SandboxRequest) -> Result:
        app_id = request.path_params["applicationId"]
        if app_id not in self.applications:
            raise not_found(1500, "Application ID not found")
        quiet = {"start": "22:00", "stop": "08:00"}
        callbacks = {"dlrCallback": None, "receiveCallback": None, "quietHours": quiet}
        settings = {
            "sms": {
                **callbacks,
                "enforceOriginator": None,
                "transliteration": {"alphabet": "NONE", "removeEmojis": False},
            },
            "viber": dict(callbacks),
            "whatsapp": dict(callbacks),
            "multichannel": {**callbacks, "ttl": 300, "expireAfterTtl": False},
            "shortlinks": {"shortlinksCallback": None},
            "attachments": {"attachmentsCallback": None},
            "optouts": {"optoutsCallback": None},
            "lookup": {"lookupCallback": None},
            "otp": {
                "template": "Your verification code is {{pin}}", "from": "InfoText", "pinType": "numbers",
                "pinLength": 4, "ttl": 180, "maxAttempts": 3, "otpCallback": None,
            },
        }  # fmt: skip
        return 200, {**self._application(app_id), "settings": settings}

    @operation("get_scopes")
    def get_scopes(self, request: SandboxRequest) -> Result:
        return 200, list(SCOPES)

    # -- numbers -------------------------------------------------------------------------------------------------------

    def _numbers(self, raw: list[Any], country_iso: str | None) -> tuple[list[Number], list[str], int]:
        """Valid numbers (deduplicated, in order), invalid inputs, duplicates removed."""
        valid: list[Number] = []
        seen: set[str] = set()
        invalid: list[str] = []
        duplicates = 0
        for item in raw:
            number = parse_number(item, country_iso)
            if number is None:
                invalid.append(str(item))
            elif number.e164 in seen:
                duplicates += 1
            else:
                seen.add(number.e164)
                valid.append(number)
        return valid, invalid, duplicates

    def _phone_numbers_body(self, body: dict[str, Any], limit: int) -> list[Any]:
        numbers = body.get("phoneNumbers")
        if not numbers:
            raise invalid_param(1203, "The parameter `phoneNumbers` is empty or not set")
        if len(numbers) > limit:
            raise invalid_param(1205, f"The phone numbers array is too big (max. allowed: {limit} numbers)")
        return list(numbers)

    @staticmethod
    def _by_country(numbers: list[Number]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for number in numbers:
            counts[number.iso] = counts.get(number.iso, 0) + 1
        return counts

    @operation("validate_number")
    def validate_number(self, request: SandboxRequest) -> Result:
        raw = request.path_params["phoneNumber"]
        number = parse_number(raw if raw.startswith("+") else "+" + raw)
        if number is None:
            raise SmscxError(400, "invalid_param", 1207, "The phone number is invalid", invalid=[raw])
        data = {"phoneNumber": number.e164, "countryIso": number.iso, "networkOperator": number.operator,
                "timezone": number.timezone}  # fmt: skip
        return 200, {"data": data}

    @operation("validate_numbers")
    def validate_numbers(self, request: SandboxRequest) -> Result:
        raw = self._phone_numbers_body(request.body, 40_000)
        data, valid = [], []
        for item in raw:
            number = parse_number(item, request.body.get("countryIso"))
            if number is None:
                data.append({"phoneNumber": str(item), "invalid": True})
            else:
                valid.append(number)
                data.append({"phoneNumber": number.e164, "invalid": False, "countryIso": number.iso,
                             "networkOperator": number.operator, "timezone": number.timezone})  # fmt: skip
        info = {"totalPhoneNumbers": len(raw), "totalValid": len(valid), "totalInvalid": len(raw) - len(valid),
                "phoneNumbersByCountry": self._by_country(valid)}  # fmt: skip
        return 200, {"info": info, "data": data}

    def _lookup_data(self, number: Number, lookup_id: str) -> dict[str, Any]:
        mnc = "08"
        network = {"name": number.operator, "mnc": mnc}
        return {
            "phoneNumber": number.e164, "lookupId": lookup_id, "cost": LOOKUP_PRICE, "mcc": "204",
            "mccmnc": "204" + mnc, "countryIso": number.iso, "countryName": COUNTRIES_BY_ISO[number.iso][1],
            "countryNameLocale": COUNTRIES_BY_ISO[number.iso][1], "status": "ACTIVE",
            "statusDescription": "The number is active", "ported": False, "roaming": False,
            "originalNetwork": network, "portedNetwork": network,
            "roamingNetwork": {"countryIso": number.iso, "countryName": COUNTRIES_BY_ISO[number.iso][1], "mcc": "204",
                               "mnc": mnc, "name": number.operator},
            "datetime": timestamp(self.clock()),
        }  # fmt: skip

    @operation("lookup_number")
    def lookup_number(self, request: SandboxRequest) -> Result:
        raw = request.path_params["phoneNumber"]
        number = parse_number(raw if raw.startswith("+") else "+" + raw)
        if number is None:
            raise SmscxError(400, "invalid_param", 1207, "The phone number is invalid", invalid=[raw])
        if not number.covered:
            raise SmscxError(403, "no_coverage", 1214, "No coverage or restricted destination")
        self._charge(LOOKUP_PRICE)
        lookup_id = self.ids.next("lookup")
        self.lookups[lookup_id] = self._lookup_data(number, lookup_id)
        return 200, {"data": self.lookups[lookup_id]}

    @operation("lookup_numbers")
    def lookup_numbers(self, request: SandboxRequest) -> Result:
        raw = self._phone_numbers_body(request.body, 40_000)
        valid, invalid, _dups = self._numbers(raw, request.body.get("countryIso"))
        covered = [n for n in valid if n.covered]
        if not covered:
            raise invalid_param(1216, "No valid numbers provided or no coverage")
        self._charge(LOOKUP_PRICE * len(covered))
        bulk_id = self.ids.next("bulk_lookup")
        items = []
        for number in covered:
            lookup_id = self.ids.next("lookup")
            self.lookups[lookup_id] = self._lookup_data(number, lookup_id)
            items.append(self.lookups[lookup_id])
        info = {"lookupBulkId": bulk_id, "totalPhoneNumbers": len(raw), "totalValid": len(covered),
                "totalInvalid": len(raw) - len(covered), "totalCost": round(LOOKUP_PRICE * len(covered), 4),
                "phoneNumbersByCountry": self._by_country(covered), "invalid": invalid}  # fmt: skip
        self.bulk_lookups[bulk_id] = {"info": info, "data": items}
        self.send_lookup_callback(request.body.get("lookupCallbackUrl"), bulk_id, items)
        data = [{"phoneNumber": i["phoneNumber"], "countryIso": i["countryIso"], "cost": i["cost"],
                 "lookupId": i["lookupId"], "datetime": i["datetime"]} for i in items]  # fmt: skip
        return 200, {"info": info, "data": data}

    @operation("get_single_lookup_status")
    def get_single_lookup_status(self, request: SandboxRequest) -> Result:
        lookup_id = request.path_params["lookupId"]
        if not is_uuid(lookup_id):
            raise invalid_param(1217, "The lookupId provided is invalid")
        if lookup_id not in self.lookups:
            raise not_found(1219, "Lookup ID not found")
        return 200, self.lookups[lookup_id]

    @operation("get_bulk_lookup_status")
    def get_bulk_lookup_status(self, request: SandboxRequest) -> Result:
        bulk_id = request.path_params["lookupBulkId"]
        if not is_uuid(bulk_id):
            raise invalid_param(1218, "The lookupBulkId provided is invalid")
        if bulk_id not in self.bulk_lookups:
            raise not_found(1220, "Lookup Bulk ID not found")
        return 200, self.bulk_lookups[bulk_id]

    def _available(self, iso: str) -> list[dict[str, Any]]:
        code = CALLING_CODE_BY_ISO.get(iso)
        if code is None:
            raise invalid_param(2003, "Country ISO provided is invalid")
        out = []
        for n in range(1, 4):
            number_id = hashlib.md5(f"{iso}-{n}".encode(), usedforsecurity=False).hexdigest()
            number_id = f"{number_id[:8]}-{number_id[8:12]}-{number_id[12:16]}-{number_id[16:20]}-{number_id[20:32]}"
            out.append({
                "numberId": number_id, "phoneNumber": f"+{code}97000000{n}", "countryIso": iso,
                "networkOperator": COUNTRIES_BY_ISO[iso][2], "sms": ["inbound", "outbound"], "voice": [],
                "minRent": "1", "maxRent": "30", "setupCost": 1.0,
                "rentalCost": {"1": 0.5, "7": 2.5, "30": 8.0}, "inboundSmsCost": 0.01,
            })  # fmt: skip
        return out

    @operation("get_available_numbers")
    def get_available_numbers(self, request: SandboxRequest) -> Result:
        iso = request.path_params["countryIso"].upper()
        rented = {r["phoneNumber"] for r in self.rents.values() if r["active"]}
        return 200, {"data": [n for n in self._available(iso) if n["phoneNumber"] not in rented]}

    def _rent_info(self, rent: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in rent.items() if k not in ("active", "started", "inbound")}

    @operation("rent_number")
    def rent_number(self, request: SandboxRequest) -> Result:
        body = request.body
        if not is_uuid(body["numberId"]):
            raise invalid_param(1222, "Invalid parameter `numberId`")
        offer = next(
            (n for iso in CALLING_CODE_BY_ISO for n in self._available(iso) if n["numberId"] == body["numberId"]), None
        )
        if offer is None:
            raise not_found(1230, "Number ID not found or number is not available for rent anymore")
        if any(r["phoneNumber"] == offer["phoneNumber"] and r["active"] for r in self.rents.values()):
            raise access_denied(1231, "Cannot rent this phone number (already rented by someone else)")
        period = body["rentPeriod"]
        cost = offer["rentalCost"][str(period)]
        self._charge(cost + offer["setupCost"])
        now = self.clock()
        rent_id = self.ids.next("rent")
        self.rents[rent_id] = {
            "rentId": rent_id, "rentCost": cost, "setupCost": offer["setupCost"], "rentPeriod": period,
            "rentStart": timestamp(now), "rentEnd": timestamp(now + timedelta(days=period)),
            "phoneNumber": offer["phoneNumber"], "countryIso": offer["countryIso"],
            "networkOperator": offer["networkOperator"], "autoRenew": _b(body.get("autoRenew")),
            "sms": offer["sms"], "voice": [], "minRent": "1", "maxRent": "30", "rentalCost": offer["rentalCost"],
            "inboundSmsCost": offer["inboundSmsCost"], "callbackUrl": body.get("callbackUrl"),
            "active": True, "started": now, "inbound": [],
        }  # fmt: skip
        return 200, {"info": self._rent_info(self.rents[rent_id])}

    def _rent(self, request: SandboxRequest) -> dict[str, Any]:
        rent_id = request.path_params["rentId"]
        if not is_uuid(rent_id):
            raise invalid_param(1221, "Invalid parameter `rentId`")
        rent = self.rents.get(rent_id)
        if rent is None:
            raise not_found(1223, "Rent ID not found")
        return rent

    @operation("get_rent_status")
    def get_rent_status(self, request: SandboxRequest) -> Result:
        return 200, {"info": self._rent_info(self._rent(request))}

    @operation("cancel_rent")
    def cancel_rent(self, request: SandboxRequest) -> Result:
        rent = self._rent(request)
        if not rent["active"] or self.clock() - rent["started"] > timedelta(minutes=30):
            raise access_denied(
                1227, "Cannot cancel this rent. More than 30 minutes passed from start of renting period"
            )
        rent["active"] = False
        returned = rent["rentCost"] + rent["setupCost"]
        self.balance = round(self.balance + returned, 4)
        info = {"rentId": rent["rentId"], "phoneNumber": rent["phoneNumber"], "countryIso": rent["countryIso"],
                "creditReturned": returned}  # fmt: skip
        return 200, {"info": info}

    @operation("renew_rent")
    def renew_rent(self, request: SandboxRequest) -> Result:
        rent = self._rent(request)
        if not rent["active"]:
            raise access_denied(
                1228,
                "The rent cannot be renewed (rent already expired or phone number will not be available in the future)",
            )
        body = request.body or {}
        period = body.get("rentPeriod", rent["rentPeriod"])
        cost = rent["rentalCost"][str(period)]
        self._charge(cost)
        end = datetime.fromisoformat(rent["rentEnd"].replace("Z", "+00:00")) + timedelta(days=period)
        rent.update(rentPeriod=period, rentCost=cost, rentEnd=timestamp(end))
        if "autoRenew" in body:
            rent["autoRenew"] = body["autoRenew"]
        if "callbackUrl" in body:
            rent["callbackUrl"] = body["callbackUrl"]
        return 200, {"info": self._rent_info(rent)}

    @operation("get_rented_numbers")
    def get_rented_numbers(self, request: SandboxRequest) -> Result:
        return 200, {"data": [self._rent_info(r) for r in self.rents.values() if r["active"]]}

    @operation("get_inbound_sms")
    def get_inbound_sms(self, request: SandboxRequest) -> Result:
        rent = self._rent(request)
        items, paging = page(rent["inbound"], request.query)
        return 200, {"info": {"phoneNumber": rent["phoneNumber"], "countryIso": rent["countryIso"]}, "data": items,
                     "paging": paging}  # fmt: skip

    # -- sending -------------------------------------------------------------------------------------------------------

    def _scheduled(self, body: dict[str, Any]) -> datetime | None:
        if "scheduledDate" not in body:
            return None
        when = parse_when(body["scheduledDate"])
        if when is None:
            raise invalid_param(1108, "The parameter `scheduledDate` is not a valid date")
        if when <= self.clock():
            raise invalid_param(1116, "The scheduled date is in the past")
        return when

    def _check_common(self, body: dict[str, Any]) -> None:
        if not body.get("from"):
            raise invalid_param(1105, "The parameter `from` is empty or not set")
        url = body.get("dlrCallbackUrl")
        if url is not None and not str(url).startswith(("http://", "https://")):
            raise invalid_param(1109, "The parameter `dlrCallbackUrl` is not a valid URL")
        if "idempotencyId" in body and not is_uuid(body["idempotencyId"]):
            raise invalid_param(1111, "Idempotency Id provided is not a valid UUID (v1-v5)")

    def _destinations(self, body: dict[str, Any]) -> tuple[list[Number], list[str], int, list[dict[str, Any]]]:
        """Numbers to send to: ``to`` (validated) or the contacts of ``groups``; invalid ones; duplicates; groups."""
        if "groups" in body:
            group_ids = body["groups"]
            if not group_ids:
                raise invalid_param(1101, "The parameter `groups` is empty or not set")
            numbers: list[str] = []
            groups = []
            for group_id in group_ids:
                group = self.groups.get(group_id)
                if group is None:
                    raise invalid_param(1140, "Group ID is not a valid group")
                members = [c["phoneNumber"] for c in self.contacts.values() if c["groupId"] == group_id]
                if not members:
                    raise invalid_param(1102, "Group is empty")
                numbers += members
                groups.append({"id": group_id, "name": group["name"], "phoneNumbers": len(members)})
            if len(numbers) > 25_000:
                raise invalid_param(1103, "The phone numbers array is too big (max. allowed: 25000 numbers)")
            valid, invalid, duplicates = self._numbers(numbers, None)
            return valid, invalid, duplicates, groups
        to = body.get("to")
        if not to:
            raise invalid_param(1104, "The parameter `to` is empty or not set")
        if len(to) > 25_000:
            raise invalid_param(1103, "The phone numbers array is too big (max. allowed: 25000 numbers)")
        valid, invalid, duplicates = self._numbers(to, body.get("countryIso"))
        if invalid and not (_b(body.get("allowInvalid")) and valid):
            code, text = (1207, "The phone number provided is not valid") if len(to) == 1 else (
                1210, "The phone numbers provided are invalid")  # fmt: skip
            raise SmscxError(400, "invalid_param", code, text, invalid=invalid)
        return valid, invalid, duplicates, []

    def _template(self, body: dict[str, Any], channel: str) -> dict[str, Any]:
        if "templateId" not in body:
            raise invalid_param(1126, "The parameter `templateId` is not set")
        template = self.templates.get(body["templateId"])
        if template is None or template["channel"] != channel:
            raise invalid_param(1128, "The template ID provided is not a valid template")
        if not template["approved"]:
            raise access_denied(1132, "The template ID provided is not approved")
        if not template["locked"]:
            raise access_denied(1133, "The template ID provided is not locked")
        return template

    def _channel_active(self, channel: str) -> None:
        if not self.channels.get(channel, True):
            code = {"viber": 1606, "whatsapp": 1608}.get(channel, 1131)
            raise access_denied(code, f"Channel {channel} is not active. Contact us to register it")

    def _send(self, request: SandboxRequest, channel: str, *, estimate: bool) -> Result:
        body: dict[str, Any] = request.body
        key = body.get("idempotencyId")
        replay = self.idempotent.get(key) if key and not estimate else None
        if replay is not None:
            return replay[0], replay[1], {"X-Idempotency-Id": str(key)}
        self._check_common(body)
        strategy = body.get("strategy")
        if channel == "multichannel":
            strategy = self._strategy(body)
            first = strategy[0]
            channels = [s["channel"] for s in strategy]
            for name in channels:
                self._channel_active(name)
            text = self._strategy_text(first)
            price_channel = first["channel"]
        elif channel == "sms":
            if not body.get("text"):
                raise invalid_param(1107, "The parameter `text` is empty or not set")
            text = body["text"]
            price_channel = "sms"
        else:
            self._channel_active(channel)
            text = self._template(body, channel)["text"]
            price_channel = channel
        if (
            channel == "sms"
            and body.get("transliteration") is not None
            and not isinstance(body["transliteration"], dict)
        ):
            raise invalid_param(1135, "The parameter 'transliteration' should be an object")
        when = self._scheduled(body)
        valid, invalid, duplicates, groups = self._destinations(body)
        rendered = render(text)
        parts = analyse(rendered)["parts"] if price_channel == "sms" else 1
        opted_out = {o["phoneNumber"] for o in self.optouts.values()}
        covered = [n for n in valid if n.covered]
        if not covered:
            raise SmscxError(403, "no_coverage", 1119, "No coverage or restricted destination")
        billable = [n for n in covered if n.e164 not in opted_out]
        cost = round(PRICE[price_channel] * parts * len(billable), 4)
        self._charge(cost, estimate=estimate)
        now = self.clock()
        campaign_id = self.ids.next("campaign")
        messages = []
        for number in valid:
            status = "SCHEDULED" if when else "ACCEPTED"
            price = PRICE[price_channel] * parts
            if not number.covered:
                status, price = "NO COVERAGE", 0.0
            elif number.e164 in opted_out:
                status, price = "REJECTED", 0.0
            message = Message(
                msg_id=self.ids.next("message"), campaign_id=campaign_id,
                channel=price_channel, to=number.e164,
                country_iso=number.iso, sender=body["from"], text=rendered, parts=parts, cost=price, status=status,
                created_at=now, scheduled_at=when, track_data=body.get("trackData"),
            )  # fmt: skip
            messages.append(message)
        if not estimate:
            for message in messages:
                if message.status == "ACCEPTED":
                    message.status = "DELIVERED"  # delivered at once; the send answer still says ACCEPTED
                self.messages[message.msg_id] = message
            self.campaigns[campaign_id] = Campaign(
                campaign_id, channel, body["from"], rendered, now, when, groups, [m.msg_id for m in messages]
            )
            self.send_dlr_callbacks(body.get("dlrCallbackUrl"), messages)
        info: dict[str, Any] = {
            "campaignId": campaign_id, "totalPhoneNumbers": len(valid) + len(invalid) + duplicates,
            "totalValid": len(valid), "totalInvalid": len(invalid), "totalCost": cost,
            "totalParts": parts * len(billable), "dlrCallbackUrl": body.get("dlrCallbackUrl"),
            "scheduled": when is not None, "totalInQuietHours": 0,
        }  # fmt: skip
        if invalid:
            info["invalid"] = invalid
        if (channel != "viber" and channel != "whatsapp") or groups:
            info["phoneNumbersByCountry"] = self._by_country(valid)
        if groups:
            info["duplicatesRemoved"] = duplicates
            info["groups"] = groups
        data = []
        if not _b(body.get("shortResponse")):
            for message in messages:
                item = message.data(analysis=channel == "sms")
                if item["status"] == "DELIVERED":
                    item["status"] = "ACCEPTED"
                if channel == "multichannel":
                    item["channel"] = message.channel
                data.append(item)
        result = {"info": info, "data": data}
        headers = {}
        if key and not estimate:
            self.idempotent[key] = (200, result)
            headers["X-Idempotency-Id"] = key
        return 200, result, headers

    def _strategy(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        strategy = body.get("strategy") or []
        if not strategy:
            raise invalid_param(1120, "The parameter `strategy` is empty or not set")
        if len(strategy) < 2:
            raise invalid_param(1121, "The parameter `strategy` must have at least two channels")
        channels = [s["channel"] for s in strategy]
        if channels[-1] != "sms":
            raise invalid_param(1122, "The parameter `strategy` must have channel `sms` as last element")
        if len(set(channels)) != len(channels):
            raise invalid_param(1129, "The parameter `strategy` contains duplicate channels")
        ttl = body.get("ttl", 300)
        if ttl < 300:
            raise invalid_param(1125, "Min value for `ttl` is 300 seconds")
        if ttl > 1_209_600:
            raise invalid_param(1134, "Max value for `ttl` is 1209600 seconds (14 days)")
        for step in strategy:
            if step["channel"] == "sms" and not step.get("text"):
                raise invalid_param(1107, "The parameter `text` is empty or not set")
            if step["channel"] != "sms":
                self._template(step, step["channel"])
        return list(strategy)

    def _strategy_text(self, step: dict[str, Any]) -> str:
        if step["channel"] == "sms":
            return str(step["text"])
        return str(self.templates[step["templateId"]]["text"])

    @operation("send_sms")
    def send_sms(self, request: SandboxRequest) -> Result:
        return self._send(request, "sms", estimate=False)

    @operation("estimate_sms")
    def estimate_sms(self, request: SandboxRequest) -> Result:
        return self._send(request, "sms", estimate=True)

    @operation("send_sms_campaign")
    def send_sms_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "sms", estimate=False)

    @operation("estimate_sms_campaign")
    def estimate_sms_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "sms", estimate=True)

    @operation("send_viber_message")
    def send_viber_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "viber", estimate=False)

    @operation("estimate_viber_message")
    def estimate_viber_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "viber", estimate=True)

    @operation("send_viber_campaign")
    def send_viber_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "viber", estimate=False)

    @operation("estimate_viber_campaign")
    def estimate_viber_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "viber", estimate=True)

    @operation("send_whatsapp_message")
    def send_whatsapp_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "whatsapp", estimate=False)

    @operation("estimate_whatsapp_message")
    def estimate_whatsapp_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "whatsapp", estimate=True)

    @operation("send_multichannel_message")
    def send_multichannel_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "multichannel", estimate=False)

    @operation("estimate_multichannel_message")
    def estimate_multichannel_message(self, request: SandboxRequest) -> Result:
        return self._send(request, "multichannel", estimate=True)

    @operation("send_multichannel_campaign")
    def send_multichannel_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "multichannel", estimate=False)

    @operation("estimate_multichannel_campaign")
    def estimate_multichannel_campaign(self, request: SandboxRequest) -> Result:
        return self._send(request, "multichannel", estimate=True)

    # -- scheduled messages --------------------------------------------------------------------------------------------

    def _delete_scheduled_message(self, request: SandboxRequest, channel: str) -> Result:
        msg_id = request.path_params["msgId"]
        if not is_uuid(msg_id):
            raise invalid_param(1115, "Message ID provided is not valid")
        message = self.messages.get(msg_id)
        campaign = self.campaigns.get(message.campaign_id) if message else None
        if message is None or campaign is None or campaign.channel != channel:
            raise not_found(1100, "Message ID provided was not found or is not scheduled")
        if message.status != "SCHEDULED":
            raise access_denied(1118, "Only scheduled campaigns/messages can be deleted")
        message.status = "CANCELLED"
        self.balance = round(self.balance + message.cost, 4)
        info = {"msgId": msg_id, "parts": message.parts, "creditReturned": round(message.cost, 4), "channel": channel}
        return 200, {"info": info}

    def _delete_scheduled_campaign(self, request: SandboxRequest, channel: str) -> Result:
        campaign_id = request.path_params["campaignId"]
        if not is_uuid(campaign_id):
            raise invalid_param(1155, "Campaign ID provided is not valid")
        campaign = self.campaigns.get(campaign_id)
        if campaign is None or campaign.channel != channel:
            raise not_found(1150, "Campaign ID provided was not found or is not scheduled")
        messages = [self.messages[m] for m in campaign.message_ids]
        pending = [m for m in messages if m.status == "SCHEDULED"]
        if not pending:
            raise access_denied(1118, "Only scheduled campaigns/messages can be deleted")
        returned = round(sum(m.cost for m in pending), 4)
        for message in pending:
            message.status = "CANCELLED"
        self.balance = round(self.balance + returned, 4)
        info = {
            "campaignId": campaign_id, "totalPhoneNumbers": len(messages), "totalParts": sum(m.parts for m in messages),
            "phoneNumbersDeleted": len(pending), "partsDeleted": sum(m.parts for m in pending),
            "creditReturned": returned, "channel": channel,
        }  # fmt: skip
        return 200, {"info": info}

    @operation("delete_scheduled_sms")
    def delete_scheduled_sms(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_message(request, "sms")

    @operation("delete_scheduled_sms_campaign")
    def delete_scheduled_sms_campaign(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_campaign(request, "sms")

    @operation("delete_scheduled_viber_message")
    def delete_scheduled_viber_message(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_message(request, "viber")

    @operation("delete_scheduled_viber_campaign")
    def delete_scheduled_viber_campaign(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_campaign(request, "viber")

    @operation("delete_scheduled_whatsapp_message")
    def delete_scheduled_whatsapp_message(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_message(request, "whatsapp")

    @operation("delete_scheduled_multichannel_message")
    def delete_scheduled_multichannel_message(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_message(request, "multichannel")

    @operation("delete_scheduled_multichannel_campaign")
    def delete_scheduled_multichannel_campaign(self, request: SandboxRequest) -> Result:
        return self._delete_scheduled_campaign(request, "multichannel")

    # -- groups and contacts -------------------------------------------------------------------------------------------

    def _group(self, request: SandboxRequest) -> dict[str, Any]:
        group = self.groups.get(int(request.path_params["groupId"]))
        if group is None:
            raise not_found(1200, "Group ID not found")
        return group

    def _members(self, group_id: int) -> list[dict[str, Any]]:
        return [c for c in self.contacts.values() if c["groupId"] == group_id]

    def _group_info(self, group: dict[str, Any]) -> dict[str, Any]:
        members = self._members(group["id"])
        opted = {o["phoneNumber"] for o in self.optouts.values()}
        optouts = sum(1 for m in members if m["phoneNumber"] in opted)
        return {"id": group["id"], "name": group["name"], "totalPhoneNumbers": len(members), "totalCost": 0.0,
                "totalOptouts": optouts, "createdAt": group["createdAt"]}  # fmt: skip

    @operation("create_group")
    def create_group(self, request: SandboxRequest) -> Result:
        name = request.body["name"].strip()
        if not name:
            raise invalid_param(1204, "The name is empty or parameter `name` not set")
        if any(g["name"] == name for g in self.groups.values()):
            raise SmscxError(400, "duplicate_value", 1211, "You already have a group with this name")
        group_id = self._next("group")
        self.groups[group_id] = {"id": group_id, "name": name, "createdAt": timestamp(self.clock())}
        return 201, {"info": {"id": group_id, "name": name}}

    @operation("get_groups_list")
    def get_groups_list(self, request: SandboxRequest) -> Result:
        return 200, {"data": [self._group_info(g) for g in reversed(self.groups.values())]}

    @operation("get_group_details")
    def get_group_details(self, request: SandboxRequest) -> Result:
        group = self._group(request)
        members = [self._contact(c) for c in self._members(group["id"])]
        items, paging = page(members, request.query)
        if _flag(request.query, "short_response"):
            items = []
        return 200, {"info": self._group_info(group), "data": items, "paging": paging}

    def _contact(self, contact: dict[str, Any]) -> dict[str, Any]:
        opted = {o["phoneNumber"] for o in self.optouts.values()}
        return {**contact, "optout": contact["phoneNumber"] in opted}

    @operation("add_contacts_to_group")
    def add_contacts_to_group(self, request: SandboxRequest) -> Result:
        group = self._group(request)
        raw = self._phone_numbers_body(request.body, 25_000)
        valid, invalid, duplicates = self._numbers(raw, request.body.get("countryIso"))
        allow = _b(request.body.get("allowInvalid"))
        if invalid and not (allow and valid):
            code, text = (1207, "The phone number provided is not valid") if len(raw) == 1 else (
                1210, "The phone numbers provided are invalid")  # fmt: skip
            raise SmscxError(400, "invalid_param", code, text, invalid=invalid)
        existing = {c["phoneNumber"] for c in self._members(group["id"])}
        added = 0
        for number in valid:
            if number.e164 in existing:
                duplicates += 1
                continue
            contact_id = self.ids.next("contact")
            self.contacts[contact_id] = {
                "id": contact_id, "phoneNumber": number.e164, "countryIso": number.iso, "firstName": None,
                "lastName": None, "email": None, "field1": None, "field2": None, "field3": None, "field4": None,
                "field5": None, "groupId": group["id"], "dateAdded": timestamp(self.clock()),
            }  # fmt: skip
            added += 1
        info = {"totalCost": 0.0, "totalValid": added, "totalInvalid": len(invalid), "totalDuplicates": duplicates,
                "totalPhoneNumbers": len(raw), "invalid": invalid}  # fmt: skip
        return 200, {"info": info}

    def _group_contact(self, request: SandboxRequest) -> dict[str, Any]:
        group = self._group(request)
        contact = self.contacts.get(request.path_params["phoneNumberId"])
        if contact is None or contact["groupId"] != group["id"]:
            raise not_found(1202, "Phone number ID not found")
        return contact

    @operation("delete_contact_from_group")
    def delete_contact_from_group(self, request: SandboxRequest) -> Result:
        contact = self._group_contact(request)
        del self.contacts[contact["id"]]
        info = {"id": contact["id"], "phoneNumber": contact["phoneNumber"], "countryIso": contact["countryIso"]}
        return 200, {"info": info}

    @operation("update_contact_from_group")
    def update_contact_from_group(self, request: SandboxRequest) -> Result:
        contact = self._group_contact(request)
        body = {k: v for k, v in (request.body or {}).items()}
        if not body:
            raise invalid_param(1213, "At least one parameter required (phoneNumber, firstName, lastName, email, "
                                      "field1, field2, field3, field4, field5, customFields)")  # fmt: skip
        if "phoneNumber" in body:
            number = parse_number(body["phoneNumber"], contact["countryIso"])
            if number is None:
                raise SmscxError(400, "invalid_param", 1207, "The phone number provided is not valid",
                                 invalid=[body["phoneNumber"]])  # fmt: skip
            clash = any(
                c["phoneNumber"] == number.e164 and c["id"] != contact["id"] for c in self._members(contact["groupId"])
            )
            if clash:
                raise SmscxError(400, "duplicate_value", 1215, "The phone number already exists")
            body["phoneNumber"] = number.e164
        changed = {k: v for k, v in body.items() if contact.get(k) != v}
        if not changed:
            return 204, None
        contact.update(changed)
        return 200, {"info": {"id": contact["id"], "groupId": str(contact["groupId"])}}

    @operation("delete_group")
    def delete_group(self, request: SandboxRequest) -> Result:
        group = self._group(request)
        info = {"id": group["id"], "name": group["name"], "totalPhoneNumbers": len(self._members(group["id"]))}
        for contact in self._members(group["id"]):
            del self.contacts[contact["id"]]
        del self.groups[group["id"]]
        return 200, {"info": info}

    @operation("empty_group")
    def empty_group(self, request: SandboxRequest) -> Result:
        group = self._group(request)
        members = self._members(group["id"])
        if not members:
            return 204, None
        for contact in members:
            del self.contacts[contact["id"]]
        return 200, {"info": {"id": group["id"], "name": group["name"]}}

    def _export_group(self, request: SandboxRequest, kind: str) -> Result:
        group = self._group(request)
        header = ["phoneNumber", "countryIso", "firstName", "lastName", "email", "dateAdded"]
        rows = [[c[h] for h in header] for c in self._members(group["id"])]
        return 200, export(kind, header, rows)

    @operation("export_group_to_csv")
    def export_group_to_csv(self, request: SandboxRequest) -> Result:
        return self._export_group(request, "csv")

    @operation("export_group_to_xlsx")
    def export_group_to_xlsx(self, request: SandboxRequest) -> Result:
        return self._export_group(request, "xlsx")

    # -- templates -----------------------------------------------------------------------------------------------------

    def _template_by_id(self, request: SandboxRequest) -> dict[str, Any]:
        template = self.templates.get(int(request.path_params["templateId"]))
        if template is None:
            raise not_found(1800, "Template ID not found")
        return template

    def _check_template_fields(self, body: dict[str, Any], own_id: int | None) -> None:
        if "text" in body:
            if not body["text"].strip():
                raise invalid_param(1801, "The text message is empty or parameter `text` not set")
            if len(body["text"]) > 1000:
                raise invalid_param(1811, "Text message too long (max 1000 characters)")
        if "name" in body and any(t["name"] == body["name"] and t["id"] != own_id for t in self.templates.values()):
            raise SmscxError(400, "duplicate_value", 1805, "You already have a template with this name")
        rich = body.get("richMedia")
        if isinstance(rich, dict):
            for key, code, text in (("imageUrl", 1810, "Invalid image URL"), ("targetUrl", 1809, "Invalid target URL")):
                value = rich.get(key)
                if value is not None and not str(value).startswith(("http://", "https://")):
                    raise invalid_param(code, text)

    @operation("create_template")
    def create_template(self, request: SandboxRequest) -> Result:
        body = request.body
        self._check_template_fields(body, None)
        template_id = self._next("template")
        channel = body.get("channel", "sms")
        template = {
            "id": template_id, "name": body.get("name") or f"Template {template_id}", "text": body["text"],
            "channel": channel, "type": "transactional", "createdAt": timestamp(self.clock()),
            "richMedia": body.get("richMedia") or {"imageUrl": None, "buttonCaption": None, "targetUrl": None},
            "approved": channel == "sms", "locked": channel == "sms",
        }  # fmt: skip
        self.templates[template_id] = template
        info = {k: template[k] for k in ("id", "name", "text", "channel", "type", "approved")}
        return 201, {"info": info}

    @operation("get_template")
    def get_template(self, request: SandboxRequest) -> Result:
        return 200, {"data": dict(self._template_by_id(request))}

    @operation("get_templates_list")
    def get_templates_list(self, request: SandboxRequest) -> Result:
        keys = ("id", "name", "channel", "text", "createdAt", "approved")
        return 200, {"data": [{k: t[k] for k in keys} for t in reversed(self.templates.values())]}

    @operation("update_template")
    def update_template(self, request: SandboxRequest) -> Result:
        template = self._template_by_id(request)
        body = request.body or {}
        if not body:
            raise invalid_param(1804, "At least one parameter required (name, text)")
        if template["locked"] and template["channel"] != "sms":
            raise access_denied(1812, "Template is locked for editing")
        self._check_template_fields(body, template["id"])
        changed = {k: v for k, v in body.items() if template.get(k) != v}
        if not changed:
            return 204, None
        template.update(changed)
        return 200, {"info": {"id": template["id"]}}

    @operation("delete_template")
    def delete_template(self, request: SandboxRequest) -> Result:
        template = self._template_by_id(request)
        del self.templates[template["id"]]
        return 200, {"info": {"id": template["id"]}}

    # -- shortlinks and attachments ------------------------------------------------------------------------------------

    def _shortlink(self, request: SandboxRequest) -> dict[str, Any]:
        link = self.shortlinks.get(request.path_params["shortId"])
        if link is None:
            raise not_found(1400, "Shortlink ID not found")
        return link

    @staticmethod
    def _check_url(url: object) -> None:
        if not url:
            raise invalid_param(1401, "The URL is empty or parameter `url` not set")
        if not str(url).startswith(("http://", "https://")) or "." not in str(url):
            raise invalid_param(1402, "The URL provided is invalid")

    @operation("create_shortlink")
    def create_shortlink(self, request: SandboxRequest) -> Result:
        body = request.body
        self._check_url(body.get("url"))
        n = self._next("shortlink")
        short_id = base64.b32encode(hashlib.sha1(str(n).encode(), usedforsecurity=False).digest()).decode()[:6]
        name = body.get("name") or f"Shortlink {n}"
        if any(s["name"] == name for s in self.shortlinks.values()):
            raise SmscxError(400, "duplicate_id", 1405, "Short ID already exists")
        self.shortlinks[short_id] = {
            "id": short_id, "name": name, "shortUrl": f"https://sms.cx/{short_id}", "originalUrl": body["url"],
            "dateCreated": timestamp(self.clock()), "hits": [],
        }  # fmt: skip
        link = self.shortlinks[short_id]
        return 201, {"info": {k: link[k] for k in ("id", "name", "originalUrl", "shortUrl")}}

    def _link_summary(self, link: dict[str, Any]) -> dict[str, Any]:
        keys = ("id", "name", "shortUrl", "originalUrl", "dateCreated")
        return {**{k: link[k] for k in keys}, "hits": len(link["hits"])}

    @operation("get_shortlinks_list")
    def get_shortlinks_list(self, request: SandboxRequest) -> Result:
        return 200, {"data": [self._link_summary(s) for s in reversed(self.shortlinks.values())]}

    @operation("get_shortlink_hits")
    def get_shortlink_hits(self, request: SandboxRequest) -> Result:
        link = self._shortlink(request)
        items, paging = page(link["hits"], request.query)
        return 200, {"info": self._link_summary(link), "data": items, "paging": paging}

    @operation("update_shortlink")
    def update_shortlink(self, request: SandboxRequest) -> Result:
        link = self._shortlink(request)
        body = request.body
        self._check_url(body.get("url"))
        if any(s["name"] == body["name"] and s["id"] != link["id"] for s in self.shortlinks.values()):
            raise SmscxError(400, "duplicate_value", 1407, "You already have a shortlink with this name")
        if link["name"] == body["name"] and link["originalUrl"] == body["url"]:
            return 204, None
        link.update(name=body["name"], originalUrl=body["url"])
        return 200, {"info": {"id": link["id"]}}

    @operation("delete_shortlink")
    def delete_shortlink(self, request: SandboxRequest) -> Result:
        link = self._shortlink(request)
        del self.shortlinks[link["id"]]
        return 200, {"info": {"id": link["id"]}}

    HIT_HEADER = ("hitId", "device", "browser", "os", "countryIso", "city", "datetime", "phoneNumber")

    def _export_hits(self, hits: list[dict[str, Any]], kind: str) -> Result:
        return 200, export(kind, self.HIT_HEADER, [[h.get(k) for k in self.HIT_HEADER] for h in hits])

    @operation("export_shortlink_hits_to_csv")
    def export_shortlink_hits_to_csv(self, request: SandboxRequest) -> Result:
        return self._export_hits(self._shortlink(request)["hits"], "csv")

    @operation("export_shortlink_hits_to_xlsx")
    def export_shortlink_hits_to_xlsx(self, request: SandboxRequest) -> Result:
        return self._export_hits(self._shortlink(request)["hits"], "xlsx")

    def _attachment(self, request: SandboxRequest) -> dict[str, Any]:
        attachment = self.attachments.get(request.path_params["attachmentId"])
        if attachment is None:
            raise not_found(1420, "Attachment ID not found")
        return attachment

    def _attachment_summary(self, a: dict[str, Any]) -> dict[str, Any]:
        keys = ("id", "name", "shortUrl", "fileUrl", "fileType", "dateCreated")
        return {**{k: a[k] for k in keys}, "hits": len(a["hits"])}

    @operation("get_attachments_list")
    def get_attachments_list(self, request: SandboxRequest) -> Result:
        return 200, {"data": [self._attachment_summary(a) for a in self.attachments.values()]}

    @operation("get_attachment_hits")
    def get_attachment_hits(self, request: SandboxRequest) -> Result:
        attachment = self._attachment(request)
        items, paging = page(attachment["hits"], request.query)
        return 200, {"info": self._attachment_summary(attachment), "data": items, "paging": paging}

    @operation("delete_attachment")
    def delete_attachment(self, request: SandboxRequest) -> Result:
        attachment = self._attachment(request)
        del self.attachments[attachment["id"]]
        return 200, {"info": {"id": attachment["id"]}}

    @operation("export_attachment_hits_to_csv")
    def export_attachment_hits_to_csv(self, request: SandboxRequest) -> Result:
        return self._export_hits(self._attachment(request)["hits"], "csv")

    @operation("export_attachment_hits_to_xlsx")
    def export_attachment_hits_to_xlsx(self, request: SandboxRequest) -> Result:
        return self._export_hits(self._attachment(request)["hits"], "xlsx")

    # -- opt-outs and originators --------------------------------------------------------------------------------------

    @operation("add_contact_to_optouts_list")
    def add_contact_to_optouts_list(self, request: SandboxRequest) -> Result:
        raw = self._phone_numbers_body(request.body, 25_000)
        valid, invalid, duplicates = self._numbers(raw, request.body.get("countryIso"))
        if invalid and not _b(request.body.get("allowInvalid")):
            raise SmscxError(400, "invalid_param", 1210, "The phone numbers provided are invalid", invalid=invalid)
        existing = {o["phoneNumber"] for o in self.optouts.values()}
        fresh = [n for n in valid if n.e164 not in existing]
        if not fresh:
            raise invalid_param(1441, "No valid phone numbers were provided or already in the optout list")
        for number in fresh:
            optout_id = self._next("optout")
            self.optouts[optout_id] = {
                "id": optout_id, "phoneNumber": number.e164, "countryIso": number.iso, "optoutFrom": "admin",
                "datetime": timestamp(self.clock()), "campaignId": None, "groupId": None, "campaignName": None,
            }  # fmt: skip
        repeated = duplicates + len(valid) - len(fresh)
        by_country = self._by_country(fresh)
        info = {"totalValid": len(fresh), "totalInvalid": len(invalid), "totalDuplicates": repeated,
                "totalPhoneNumbers": len(raw), "phoneNumbersByCountry": by_country, "invalid": invalid}  # fmt: skip
        return 200, {"info": info}

    @operation("get_optouts_list")
    def get_optouts_list(self, request: SandboxRequest) -> Result:
        items, paging = page(list(reversed(self.optouts.values())), request.query)
        info = {"id": "optouts", "link": "https://sms.cx/o/Ab3dE", "total": len(self.optouts)}
        return 200, {"info": info, "data": items, "paging": paging}

    @operation("delete_contact_from_optouts_list")
    def delete_contact_from_optouts_list(self, request: SandboxRequest) -> Result:
        optout = self.optouts.get(int(request.path_params["optoutId"]))
        if optout is None:
            raise not_found(1202, "Phone number ID not found")
        if optout["optoutFrom"] != "admin":
            raise access_denied(1443, "Cannot delete this phone number from the optout list because it was added via "
                                      "optout type `link`. Allowed optout type to delete: `admin`")  # fmt: skip
        del self.optouts[optout["id"]]
        return 200, {"info": {"id": str(optout["id"]), "phoneNumber": optout["phoneNumber"]}}

    def _export_optouts(self, kind: str) -> Result:
        header = ["phoneNumber", "countryIso", "optoutFrom", "datetime"]
        return 200, export(kind, header, [[o[h] for h in header] for o in self.optouts.values()])

    @operation("export_optouts_to_csv")
    def export_optouts_to_csv(self, request: SandboxRequest) -> Result:
        return self._export_optouts("csv")

    @operation("export_optouts_to_xlsx")
    def export_optouts_to_xlsx(self, request: SandboxRequest) -> Result:
        return self._export_optouts("xlsx")

    @operation("create_originator")
    def create_originator(self, request: SandboxRequest) -> Result:
        text = request.body["originator"]
        if not text.isdigit() and len(text) > 11:
            raise invalid_param(1304, "The alphanumeric originator provided is invalid (min 3, max 11 characters)")
        if any(o["originator"] == text for o in self.originators.values()):
            raise SmscxError(400, "duplicate_value", 1306, "Originator already exists")
        originator_id = self._next("originator")
        self.originators[originator_id] = {
            "originator": text, "isDefault": False, "approved": False, "createdAt": timestamp(self.clock())
        }  # fmt: skip
        return 201, {"info": {"id": originator_id, "originator": text}}

    @operation("get_originators_list")
    def get_originators_list(self, request: SandboxRequest) -> Result:
        return 200, {"data": [{"id": k, **v} for k, v in self.originators.items()]}

    @operation("delete_originator")
    def delete_originator(self, request: SandboxRequest) -> Result:
        originator_id = int(request.path_params["originatorId"])
        originator = self.originators.pop(originator_id, None)
        if originator is None:
            raise not_found(1300, "Originator ID not found")
        return 200, {"info": {"id": originator_id, "originator": originator["originator"]}}

    # -- OTP -----------------------------------------------------------------------------------------------------------

    def _pin(self, otp_id: str, pin_type: str, length: int) -> str:
        alphabet = {"numbers": "0123456789", "letters": "ABCDEFGHJKLMNPQRSTUVWXYZ"}.get(
            pin_type, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")  # fmt: skip
        digest = hashlib.sha256(otp_id.encode()).digest()
        return "".join(alphabet[b % len(alphabet)] for b in digest[:length])

    def _otp_data(self, otp: dict[str, Any]) -> dict[str, Any]:
        if otp["status"] == "PENDING" and self.clock() >= otp["expires"]:
            otp["status"] = "EXPIRED"
        return {k: v for k, v in otp.items() if k not in ("pin", "expires")}

    @operation("new_otp")
    def new_otp(self, request: SandboxRequest) -> Result:
        body = request.body
        number = parse_number(body["phoneNumber"], body.get("countryIso"))
        if number is None:
            raise SmscxError(400, "invalid_param", 2020, "The phone number provided is invalid")
        template = body.get("template", "Your verification code is {{pin}}")
        if "{{pin}}" not in template:
            raise invalid_param(2006, "The parameter 'template' does not contain placeholder {{pin}}")
        track_id = body.get("trackId")
        callback = body.get("otpCallbackUrl")
        if callback is not None and not str(callback).startswith(("http://", "https://")):
            raise invalid_param(2019, "The parameter 'otpCallbackUrl' is not a valid URL")
        if not number.covered:
            raise SmscxError(403, "no_coverage", 1119, "No coverage or restricted destination")
        otp_id = self.ids.next("otp")
        pin = self._pin(otp_id, body.get("pinType", "numbers"), body.get("pinLength", 4))
        parts = analyse(template.replace("{{pin}}", pin))["parts"]
        cost = round(PRICE["sms"] * parts, 4)
        self._charge(cost)
        now = self.clock()
        ttl = body.get("ttl", 180)
        self.otps[otp_id] = {
            "otpId": otp_id, "trackId": track_id, "phoneNumber": number.e164, "countryIso": number.iso,
            "status": "PENDING", "cost": cost, "parts": parts, "maxAttempts": body.get("maxAttempts", 3),
            "attempts": 0, "ttl": ttl, "otpCallbackUrl": callback, "dateCreated": timestamp(now),
            "dateExpires": timestamp(now + timedelta(seconds=ttl)), "pin": pin, "expires": now + timedelta(seconds=ttl),
        }  # fmt: skip
        return 201, self._otp_data(self.otps[otp_id])

    def _otp(self, request: SandboxRequest) -> dict[str, Any]:
        otp = self.otps.get(request.path_params["otpId"])
        if otp is None:
            raise not_found(2021, "Otp ID not found")
        self._otp_data(otp)
        return otp

    @operation("get_otp_status")
    def get_otp_status(self, request: SandboxRequest) -> Result:
        return 200, self._otp_data(self._otp(request))

    @operation("verify_otp")
    def verify_otp(self, request: SandboxRequest) -> Result:
        otp = self._otp(request)
        pin = request.body.get("pin")
        if not pin:
            raise invalid_param(2022, "The parameter pin is empty or not set")
        status = otp["status"]
        if status == "VERIFIED":
            raise SmscxError(400, "otp_verified", 2023, "The OTP was already verified")
        if status == "CANCELLED":
            raise SmscxError(400, "otp_cancelled", 2024, "The OTP was canceled")
        if status == "EXPIRED":
            raise SmscxError(400, "otp_expired", 2025, "The OTP has expired")
        if status == "FAILED":
            raise SmscxError(400, "otp_failed", 2026, "The OTP has failed, maximum attempts reached")
        otp["attempts"] += 1
        if not hmac.compare_digest(str(pin).encode(), otp["pin"].encode()):
            if otp["attempts"] >= otp["maxAttempts"]:
                otp["status"] = "FAILED"
                self.send_otp_callback(otp)
                raise SmscxError(400, "otp_failed", 2027, "Max attempts reached")
            raise SmscxError(400, "invalid_pin", 2029, "The PIN provided does not verify")
        otp["status"] = "VERIFIED"
        self.send_otp_callback(otp)
        return 200, {"status": "VERIFIED"}

    @operation("cancel_otp")
    def cancel_otp(self, request: SandboxRequest) -> Result:
        otp = self._otp(request)
        if otp["status"] == "CANCELLED":
            raise access_denied(2030, "Otp already cancelled")
        if otp["status"] != "PENDING":
            raise access_denied(2031, "You cannot cancel a non-pending Otp")
        otp["status"] = "CANCELLED"
        self.send_otp_callback(otp)
        return 200, {"info": {"id": otp["otpId"]}}

    # -- conversations -------------------------------------------------------------------------------------------------

    def _conversation(self, request: SandboxRequest) -> dict[str, Any]:
        conversation = self.conversations.get(request.path_params["conversationId"])
        if conversation is None:
            raise not_found(1180, "Conversation ID not found")
        return conversation

    def _conversation_summary(self, c: dict[str, Any]) -> dict[str, Any]:
        last = c["messages"][-1]
        return {
            "conversationId": c["id"], "phoneNumber": c["phoneNumber"], "countryIso": c["countryIso"],
            "firstName": None, "lastName": "", "unreadMessages": c["unread"], "lastReply": last["text"],
            "lastUpdate": last["datetime"],
        }  # fmt: skip

    @operation("get_converstions_list")
    def get_converstions_list(self, request: SandboxRequest) -> Result:
        return 200, {"data": [self._conversation_summary(c) for c in self.conversations.values()]}

    @operation("get_conversation")
    def get_conversation(self, request: SandboxRequest) -> Result:
        c = self._conversation(request)
        info = {"conversationId": c["id"], "phoneNumber": c["phoneNumber"], "countryIso": c["countryIso"],
                "firstName": "", "lastName": ""}  # fmt: skip
        data = [{k: v for k, v in m.items() if k != "at"} for m in c["messages"]]
        return 200, {"info": info, "data": data}

    @operation("mark_conversation_as_read")
    def mark_conversation_as_read(self, request: SandboxRequest) -> Result:
        c = self._conversation(request)
        c["unread"] = 0
        return 200, {"info": {"id": c["id"]}}

    def _reply(self, request: SandboxRequest, channel: str) -> Result:
        c = self._conversation(request)
        text = request.body.get("text", "")
        if not text.strip():
            raise invalid_param(1801, "The text message is empty or parameter `text` not set")
        if channel != "sms":
            last_in = max((m["at"] for m in c["messages"] if m["type"] == "received"), default=None)
            if last_in is None or self.clock() - last_in > REPLY_WINDOW:
                code = 1181 if channel == "viber" else 1182
                raise access_denied(
                    code, f"Cannot reply with channel {channel.title()}. More than 24 hours since user reply"
                )
            self._channel_active(channel)
        parts = analyse(text)["parts"] if channel == "sms" else 1
        cost = round(PRICE[channel] * parts, 4)
        self._charge(cost)
        now = self.clock()
        msg_id = self.ids.next("message")
        c["messages"].append({
            "msgId": msg_id, "type": "sent", "text": text, "richMedia": request.body.get("richMedia", {}),
            "status": "DELIVERED", "cost": cost, "channel": channel, "datetime": timestamp(now), "at": now,
        })  # fmt: skip
        info = {
            "campaignId": self.ids.next("campaign"), "totalPhoneNumbers": 1, "totalValid": 1, "totalInvalid": 0,
            "totalCost": cost, "totalParts": parts, "dlrCallbackUrl": None,
            "phoneNumbersByCountry": {c["countryIso"]: 1}, "scheduled": False,
        }  # fmt: skip
        message = Message(msg_id, str(info["campaignId"]), channel, c["phoneNumber"], c["countryIso"], "InfoText", text,
                          parts, cost, "ACCEPTED", now)  # fmt: skip
        if channel == "sms":
            keep = ("msgId", "status", "createdAt", "cost", "to", "countryIso", "from", "text", "parts", "textAnalysis")
            data = {k: v for k, v in message.data().items() if k in keep}
        else:
            data = message.data(analysis=False)
        return 200, {"info": info, "data": data}

    @operation("send_conversation_reply_sms")
    def send_conversation_reply_sms(self, request: SandboxRequest) -> Result:
        return self._reply(request, "sms")

    @operation("send_conversation_reply_viber")
    def send_conversation_reply_viber(self, request: SandboxRequest) -> Result:
        return self._reply(request, "viber")

    @operation("send_conversation_reply_whatsapp")
    def send_conversation_reply_whatsapp(self, request: SandboxRequest) -> Result:
        return self._reply(request, "whatsapp")

    # -- reports -------------------------------------------------------------------------------------------------------

    def _window(self, query: dict[str, str]) -> tuple[datetime, datetime]:
        period, start, end = query.get("period"), query.get("start_date"), query.get("end_date")
        if period:
            try:
                if len(period) == 4:
                    first = datetime(int(period), 1, 1, tzinfo=self.clock().tzinfo)
                    return first, first.replace(year=first.year + 1)
                year, month = (int(x) for x in period.split("-"))
                first = datetime(year, month, 1, tzinfo=self.clock().tzinfo)
            except ValueError:
                raise invalid_param(1820, "The parameter `period` is not a valid date (format Y-m or Y)") from None
            following = first.replace(year=year + 1, month=1) if month == 12 else first.replace(month=month + 1)
            return first, following
        if not start or not end:
            raise invalid_param(1824, "No `period` parameter or interval (`start_date`, `end_date`)")
        low, high = parse_when(start), parse_when(end)
        if low is None:
            raise invalid_param(1821, "The parameter `start_date` is not a valid date")
        if high is None:
            raise invalid_param(1822, "The parameter `end_date` is not a valid date")
        if high < low:
            raise invalid_param(1823, "The end date is before the start date")
        return low, high + timedelta(days=1)

    def _report_rows(self, query: dict[str, str]) -> list[Message]:
        low, high = self._window(query)
        country = query.get("country_iso")
        if country and country.upper() not in CALLING_CODE_BY_ISO:
            raise invalid_param(1827, "The parameter `country_iso` is not for a valid country")
        delivery = query.get("delivery_report")
        rows = []
        for message in reversed(self.messages.values()):
            if not low <= message.created_at < high:
                continue
            if query.get("channel") and message.channel != query["channel"]:
                continue
            if query.get("source") and message.source != query["source"]:
                continue
            if country and message.country_iso != country.upper():
                continue
            if delivery and message.status.lower() != delivery:
                continue
            rows.append(message)
        return rows

    def _report_item(self, message: Message) -> dict[str, Any]:
        item = message.data()
        scheduled = timestamp(message.scheduled_at) if message.scheduled_at else None
        channel = message.channel if message.channel != "multichannel" else "sms"
        item.update(source=message.source, channel=channel, updatedAt=None, scheduledAt=scheduled)
        item.pop("trackData", None)
        return item

    @operation("get_advanced_report")
    def get_advanced_report(self, request: SandboxRequest) -> Result:
        rows = self._report_rows(dict(request.query))
        items, paging = page([self._report_item(m) for m in rows], request.query)
        if _flag(request.query, "short_response"):
            items = []
        info = {"totalPhoneNumbers": len(rows), "totalCost": round(sum(m.cost for m in rows), 4),
                "totalParts": sum(m.parts for m in rows)}  # fmt: skip
        return 200, {"info": info, "data": items, "paging": paging}

    REPORT_HEADER = ("msgId", "status", "to", "countryIso", "from", "text", "parts", "cost", "createdAt", "channel")

    def _export_rows(self, rows: list[Message], kind: str) -> Result:
        data = [self._report_item(m) for m in rows]
        return 200, export(kind, self.REPORT_HEADER, [[d[h] for h in self.REPORT_HEADER] for d in data])

    @operation("export_advanced_report_to_csv")
    def export_advanced_report_to_csv(self, request: SandboxRequest) -> Result:
        return self._export_rows(
            self._report_rows(dict(request.query))[: int(request.query.get("limit") or 500)], "csv"
        )

    @operation("export_advanced_report_to_xlsx")
    def export_advanced_report_to_xlsx(self, request: SandboxRequest) -> Result:
        return self._export_rows(
            self._report_rows(dict(request.query))[: int(request.query.get("limit") or 500)], "xlsx"
        )

    def _campaign(self, request: SandboxRequest, bad: int, missing: int, text: str) -> Campaign:
        campaign_id = request.path_params["campaignId"]
        if not is_uuid(campaign_id):
            raise invalid_param(bad, f"Campaign ID{' or msg ID' if bad == 1165 else ''} provided is not valid")
        campaign = self.campaigns.get(campaign_id)
        if campaign is None:
            raise not_found(missing, text)
        return campaign

    @operation("get_campaign_report")
    def get_campaign_report(self, request: SandboxRequest) -> Result:
        campaign = self._campaign(request, 1155, 1150, "Campaign ID provided was not found")
        messages = [self.messages[m] for m in campaign.message_ids]
        items, paging = page([self._report_item(m) for m in messages], request.query)
        if _flag(request.query, "short_response"):
            items = []
        info = {"campaignId": campaign.campaign_id, "campaignName": f"Campaign {campaign.campaign_id[:8]}",
                "totalPhoneNumbers": len(messages), "totalCost": round(sum(m.cost for m in messages), 4),
                "totalParts": sum(m.parts for m in messages), "channel": campaign.channel}  # fmt: skip
        return 200, {"info": info, "data": items, "paging": paging}

    @operation("export_campaign_report_to_csv")
    def export_campaign_report_to_csv(self, request: SandboxRequest) -> Result:
        campaign = self._campaign(request, 1165, 1160, "Campaign ID or msg ID provided was not found")
        return self._export_rows([self.messages[m] for m in campaign.message_ids], "csv")

    @operation("export_campaign_report_to_xlsx")
    def export_campaign_report_to_xlsx(self, request: SandboxRequest) -> Result:
        campaign = self._campaign(request, 1165, 1160, "Campaign ID or msg ID provided was not found")
        return self._export_rows([self.messages[m] for m in campaign.message_ids], "xlsx")

    @operation("get_campaigns_list")
    def get_campaigns_list(self, request: SandboxRequest) -> Result:
        campaigns = [
            c
            for c in reversed(self.campaigns.values())
            if not request.query.get("source") or c.source == request.query["source"]
        ]
        rows = []
        for c in campaigns:
            messages = [self.messages[m] for m in c.message_ids]
            row: dict[str, Any] = {
                "id": c.campaign_id, "name": f"Campaign {c.campaign_id[:8]}", "from": c.sender, "groups": c.groups,
                "totalPhoneNumers": len(messages), "parts": sum(m.parts for m in messages),
                "cost": round(sum(m.cost for m in messages), 4), "text": c.text, "source": c.source,
                "channel": "sms" if c.channel == "multichannel" else c.channel,
                "datetimeAdded": timestamp(c.created_at),
                "datetimeScheduled": timestamp(c.scheduled_at) if c.scheduled_at else None,
            }  # fmt: skip
            if _flag(request.query, "delivery_reports"):
                count = {
                    s: sum(1 for m in messages if m.status == s)
                    for s in ("ACCEPTED", "DELIVERED", "FAILED", "SCHEDULED", "NO COVERAGE")
                }
                names = {"ACCEPTED": "accepted", "DELIVERED": "delivered", "FAILED": "failed", "SCHEDULED": "scheduled"}
                row["status"] = {**{v: count[k] for k, v in names.items()}, "noCoverage": count["NO COVERAGE"]}
            rows.append(row)
        items, paging = page(rows, request.query)
        return 200, {"info": {"totalCampaigns": len(rows)}, "data": items, "paging": paging}

    @operation("get_single_report")
    def get_single_report(self, request: SandboxRequest) -> Result:
        msg_id = request.path_params["msgId"]
        if not is_uuid(msg_id):
            raise invalid_param(1165, "Campaign ID or msg ID provided is not valid")
        message = self.messages.get(msg_id)
        if message is None:
            raise not_found(1160, "Campaign ID or msg ID provided was not found")
        return 200, {"data": self._report_item(message)}

    @operation("get_summary_reports")
    def get_summary_reports(self, request: SandboxRequest) -> Result:
        dimension = request.path_params["dimension"]
        rows = self._report_rows(dict(request.query))
        key: Callable[[Message], str] = {
            "source": lambda m: m.source,
            "channel": lambda m: m.channel,
            "country": lambda m: m.country_iso,
            "traffic": lambda m: m.created_at.date().isoformat(),
            "delivery": lambda m: m.created_at.date().isoformat(),
        }[dimension]
        data: dict[str, Any] = {}
        for message in rows:
            bucket = data.setdefault(key(message), {"phoneNumbers": 0, "parts": 0, "costParts": 0.0})
            if dimension in ("source", "channel"):
                bucket["value"] = key(message)
            bucket["phoneNumbers"] += 1
            bucket["parts"] += message.parts
            bucket["costParts"] = round(bucket["costParts"] + message.cost, 4)
            if dimension == "delivery":
                name = {"DELIVERED": "delivered", "SCHEDULED": "scheduled", "NO COVERAGE": "noCoverage"}.get(
                    message.status, "accepted"
                )
                for state in ("accepted", "delivered", "failed", "scheduled", "noCoverage"):
                    bucket.setdefault(state, {"parts": 0, "costParts": 0.0})
                bucket[name]["parts"] += message.parts
                bucket[name]["costParts"] = round(bucket[name]["costParts"] + message.cost, 4)
        return 200, {"data": data}

    # -- control endpoints ---------------------------------------------------------------------------------------------

    @control("POST", "balance")
    def set_balance(self, request: SandboxRequest) -> Result:
        """``{"balance": 0}``: set the account balance (e.g. to test InsufficientBalance)."""
        value = (request.body or {}).get("balance")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ApiError(400, "balance must be a number >= 0")
        self.balance = float(value)
        return 200, {"balance": self.balance}

    @control("POST", "rate_limit")
    def arm_rate_limit(self, request: SandboxRequest) -> Result:
        """``{"times": 1, "reset_in": 2}``: the next ``times`` API calls answer 429 with the X-Rate-Limit-* headers."""
        body = request.body or {}
        times, reset_in = body.get("times", 1), body.get("reset_in", 2)
        if (
            not isinstance(times, int)
            or not 1 <= times <= 100
            or not isinstance(reset_in, int)
            or not 0 <= reset_in <= 3600
        ):
            raise ApiError(400, "times must be 1..100 and reset_in 0..3600 seconds")
        self.rate_limited, self.rate_reset_in = times, reset_in
        return 200, {"times": times, "reset_in": reset_in}

    @control("POST", "clock")
    def advance_clock(self, request: SandboxRequest) -> Result:
        """``{"advance": 3600}``: move the sandbox clock forward (OTP expiry, token lifetime, reply windows)."""
        seconds = (request.body or {}).get("advance")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ApiError(400, "advance must be a number of seconds >= 0")
        self.advance_clock_by(seconds)
        return 200, {"now": timestamp(self.clock())}

    @control("POST", "otp_pin")
    def otp_pin(self, request: SandboxRequest) -> Result:
        """``{"otpId": "..."}``: the PIN the sandbox sent for that OTP (the SMS the user would read)."""
        otp = self.otps.get((request.body or {}).get("otpId", ""))
        if otp is None:
            raise ApiError(404, "no such OTP")
        return 200, {"pin": otp["pin"]}

    @control("POST", "templates")
    def approve_template(self, request: SandboxRequest) -> Result:
        """``{"templateId": 1, "approved": true, "locked": true}``: what SMS.CX staff do for Viber/WhatsApp
        templates."""
        body = request.body or {}
        template = self.templates.get(body.get("templateId", -1))
        if template is None:
            raise ApiError(404, "no such template")
        template["approved"] = bool(body.get("approved", True))
        template["locked"] = bool(body.get("locked", True))
        return 200, {"id": template["id"], "approved": template["approved"], "locked": template["locked"]}

    @control("POST", "channels")
    def set_channels(self, request: SandboxRequest) -> Result:
        """``{"whatsapp": false}``: switch channels on or off."""
        for name, value in (request.body or {}).items():
            if name not in self.channels or not isinstance(value, bool):
                raise ApiError(400, f"unknown channel or not a boolean: {name}")
            self.channels[name] = value
        return 200, dict(self.channels)

    @control("POST", "conversations")
    def start_conversation(self, request: SandboxRequest) -> Result:
        """``{"phoneNumber": "+3161...", "text": "Hi", "channel": "sms", "hoursAgo": 1}``: a user writes in."""
        body = request.body or {}
        number = parse_number(body.get("phoneNumber"))
        if number is None:
            raise ApiError(400, "phoneNumber must be a valid E.164 number")
        when = self.clock() - timedelta(hours=float(body.get("hoursAgo", 0)))
        conversation_id = self.ids.next("conversation")
        self.conversations[conversation_id] = {
            "id": conversation_id, "phoneNumber": number.e164, "countryIso": number.iso, "unread": 1,
            "messages": [{
                "msgId": self.ids.next("message"), "type": "received", "text": str(body.get("text", "Hello")),
                "richMedia": {}, "status": "DELIVERED", "cost": 0.0, "channel": body.get("channel", "sms"),
                "datetime": timestamp(when), "at": when,
            }],
        }  # fmt: skip
        return 200, {"conversationId": conversation_id}

    @control("POST", "hits")
    def add_hit(self, request: SandboxRequest) -> Result:
        """``{"shortId": "..."}`` or ``{"attachmentId": "..."}``: someone opens the link."""
        body = request.body or {}
        target = self.shortlinks.get(body.get("shortId", "")) or self.attachments.get(body.get("attachmentId", ""))
        if target is None:
            raise ApiError(404, "no such shortlink or attachment")
        target["hits"].append({
            "hitId": len(target["hits"]) + 1, "device": "mobile", "browser": "Safari", "browserVersion": "17",
            "os": "iOS", "osVersion": "17.1", "brand": "Apple", "model": "iPhone", "screenResolution": "1179x2556",
            "acceptLanguage": "en", "referrer": None, "ipAddress": "192.0.2.10", "countryIso": "NL",
            "city": "Amsterdam", "datetime": timestamp(self.clock()), "phoneNumber": None,
        })  # fmt: skip
        kind = "shortlink" if target in self.shortlinks.values() else "attachment"
        self.send_hit_callback(kind, target, target["hits"][-1])
        return 200, {"hits": len(target["hits"])}


COUNTRIES_BY_ISO = {iso: (code, country, operator, tz) for code, (iso, country, operator, tz) in COUNTRIES.items()}
CALLING_CODE_BY_ISO = {iso: code for iso, (code, *_rest) in COUNTRIES_BY_ISO.items()}
