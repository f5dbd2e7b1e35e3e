"""Vumi Go behaviour: contacts and groups, opt-outs, metrics, the conversation HTTP API and the JSON-RPC account API.

Everything is stored per account. Bearer tokens map to accounts (``sandbox-token`` → ``sandbox-account``,
``sandbox-token-2`` → ``sandbox-account-2``; a missing token is 401, an unknown one 403). Each account has one
HTTP API conversation, ``sandbox-conversation``, whose token is ``sandbox-conv-token``: the conversation API
takes HTTP Basic ``<account key>:<conversation token>``.

- Contact and group listings come in pages of :data:`PAGE_SIZE` (small, so tests cross several pages). A cursor
  looks like ``c+3&o=/`` on purpose: ``+``, ``&`` and ``/`` only survive when the client percent-encodes it.
  A cursor that does not parse answers 400.
- ``GET /contacts/?query=<field>=<value>`` answers the matching contacts, or 404 when there is none.
- A smart group's ``query`` is ``<field>:<value>`` (``*`` at the end of the value matches any suffix); a static
  group's members are the contacts whose ``groups`` hold its key.
- Sending to an address with an ``msisdn`` opt-out answers 400 ``{"success": false, "reason": "... has opted out"}``,
  as Vumi Go does. Conversation metrics are stored as ``conversations.<conversation key>.<name>.<aggregator>``,
  where the metrics API can read them back.
- Metrics are bucketed by ``interval`` from epoch-aligned bucket starts and aggregated by the name's suffix.
- The account API answers faults in the legacy txJSON-RPC shape (HTTP 200, ``{"fault", "faultCode",
  "faultString"}``) by default; ``POST /_sandbox/vumigo/jsonrpc {"style": "standard"}`` switches to JSON-RPC 2.0
  answers (no ``error`` on success, ``{"code", "message"}`` faults) until the next reset.
"""

from __future__ import annotations

import base64
import binascii
import copy
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..provider import ApiError, Clock, Provider, Result, SandboxRequest, control, operation, utc_now

TOKENS = {"sandbox-token": "sandbox-account", "sandbox-token-2": "sandbox-account-2"}
"""Bearer token → account key."""
CONVERSATION_KEY = "sandbox-conversation"
CONVERSATION_TOKEN = "sandbox-conv-token"  # noqa: S105 (a public sandbox credential)
PAGE_SIZE = 3
CURSOR = re.compile(r"c\+(\d+)&o=/")
ADDRESS_FIELDS = ("msisdn", "twitter_handle", "bbm_pin", "mxit_id", "facebook_id", "wechat_id", "gtalk_id")
CONTACT_FIELDS = (
    "name",
    "surname",
    "groups",
    "msisdn",
    "twitter_handle",
    "bbm_pin",
    "mxit_id",
    "dob",
    "facebook_id",
    "wechat_id",
    "email_address",
    "gtalk_id",
    "extra",
    "subscription",
)
AGGREGATORS = ("avg", "sum", "max", "min", "last")
DURATION = re.compile(r"(-?\d+)(s|min|h|d|w)")
UNITS = {"s": 1, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
MAX_BUCKETS = 10_000
FAULT_CODE = 8002
"""The faultCode of every account API fault (txJSON-RPC's generic ``Fault``)."""
STANDARD_FAULT_CODE = -32000
"""The JSON-RPC 2.0 ``code`` of the same faults (an implementation-defined server error)."""


def created_at(moment: datetime) -> str:
    """Vumi Go's timestamp format: ``2014-07-25 12:44:11.159151`` (UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def cursor_for(offset: int) -> str:
    return f"c+{offset}&o=/"


def _endpoint(uuid: str) -> dict[str, str]:
    return {"uuid": uuid, "name": "default"}


def _initial_routing(account: str) -> dict[str, Any]:
    conversation = {
        "uuid": CONVERSATION_KEY,
        "type": "http_api",
        "name": "Sandbox HTTP API",
        "description": "The sandbox's HTTP API conversation",
        "status": "running",
        "endpoints": [_endpoint(f"CONVERSATION:http_api:{CONVERSATION_KEY}::default")],
    }
    channel = {
        "uuid": "sandbox-pool:default",
        "tag": ["sandbox-pool", "default"],
        "name": "default",
        "description": "Sandbox SMS channel",
        "endpoints": [_endpoint("TRANSPORT_TAG:sandbox-pool:default::default")],
    }
    router = {
        "uuid": "sandbox-router",
        "type": "keyword",
        "name": "Keywords",
        "description": "Routes inbound messages by keyword",
        "status": "running",
        "channel_endpoints": [_endpoint("ROUTER:keyword:sandbox-router:INBOUND::default")],
        "conversation_endpoints": [_endpoint("ROUTER:keyword:sandbox-router:OUTBOUND::default")],
    }
    pairs = [
        ("TRANSPORT_TAG:sandbox-pool:default::default", "ROUTER:keyword:sandbox-router:INBOUND::default"),
        ("ROUTER:keyword:sandbox-router:OUTBOUND::default", f"CONVERSATION:http_api:{CONVERSATION_KEY}::default"),
    ]
    entries = [{"source": {"uuid": a}, "target": {"uuid": b}} for a, b in pairs]
    entries += [{"source": {"uuid": b}, "target": {"uuid": a}} for a, b in pairs]
    return {"channels": [channel], "conversations": [conversation], "routers": [router], "routing_entries": entries}


@dataclass
class Account:
    """One account's data."""

    key: str
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    optouts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    metrics: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    """Metric name → ``(epoch seconds, value)`` in firing order."""
    outbound: list[dict[str, Any]] = field(default_factory=list)
    routing: dict[str, Any] = field(default_factory=dict)
    conversation_tokens: dict[str, str] = field(default_factory=dict)


class Fault(Exception):
    """An account API fault (answered with HTTP 200)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class VumiGo(Provider):
    """The Vumi Go behaviour (see the module docstring)."""

    name = "vumigo"
    title = "Vumi Go"
    accounts: dict[str, Account]
    jsonrpc_style: str

    def __init__(self, *, clock: Clock = utc_now) -> None:
        super().__init__(clock=clock)

    def environment(self, url: str) -> dict[str, str]:
        token, account = next(iter(TOKENS.items()))
        return {
            "SWITCHBOARD_VUMIGO_BASE_URL": f"{url}/api/v1/go",
            "VUMIGO_AUTH_TOKEN": token,
            "VUMIGO_ACCOUNT_KEY": account,
            "VUMIGO_CONVERSATION_KEY": CONVERSATION_KEY,
            "VUMIGO_CONVERSATION_TOKEN": CONVERSATION_TOKEN,
        }

    def reset(self) -> None:
        super().reset()
        self.accounts = {}
        for account in TOKENS.values():
            self.accounts[account] = Account(
                key=account,
                routing=_initial_routing(account),
                conversation_tokens={CONVERSATION_KEY: CONVERSATION_TOKEN},
            )
        self.jsonrpc_style = "legacy"

    # -- errors and authentication ---------------------------------------------------------------------------------

    def error_body(self, error: ApiError, path: str) -> Any:
        """Each service's own error shape: opt-outs nest a status, the conversation API says ``success: false``."""
        reason = error.message
        if "/http_api_nostream/" in path:
            return {"success": False, "reason": reason}
        if "/optouts/" in path:
            return {"status": {"code": error.status, "reason": reason}}
        return {"status_code": error.status, "reason": reason}

    def authenticate(self, request: SandboxRequest) -> Account:
        value = request.headers.get("Authorization", "")
        scheme, _, credential = value.partition(" ")
        if "/http_api_nostream/" in request.path:
            if scheme.lower() != "basic":
                raise ApiError(401, "Authentication required: HTTP Basic <account key>:<conversation token>")
            try:
                user, _, password = base64.b64decode(credential, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise ApiError(401, "Malformed Basic credentials") from None
            account = self.accounts.get(user)
            if account is None or password not in account.conversation_tokens.values():
                raise ApiError(401, "Unauthorized: unknown account key or conversation token")
            return account
        if scheme.lower() != "bearer" or not credential:
            raise ApiError(401, "Authentication required: Authorization: Bearer <token>")
        key = TOKENS.get(credential)
        if key is None:
            raise ApiError(403, "Forbidden: the access token is not valid")
        return self.accounts[key]

    # -- contacts -----------------------------------------------------------------------------------------------------

    def _page(self, items: list[dict[str, Any]], cursor: str | None, limit: str | None) -> Result:
        offset = 0
        if cursor is not None:
            match = CURSOR.fullmatch(cursor)
            if match is None:
                raise ApiError(400, f"Invalid cursor {cursor!r}")
            offset = int(match.group(1))
        size = PAGE_SIZE if limit is None else max(1, min(PAGE_SIZE, int(limit)))
        data = [copy.deepcopy(c) for c in items[offset : offset + size]]
        following = offset + size
        return 200, {"cursor": cursor_for(following) if following < len(items) else None, "data": data}

    @operation("list_contacts")
    def list_contacts(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        query = request.query.get("query")
        if query is not None:
            name, _, value = query.partition("=")
            found = [c for c in account.contacts.values() if c.get(name) == value]
            if not found:
                raise ApiError(404, f"Object not found: no contact has {name} {value!r}")
            return 200, {"cursor": None, "data": copy.deepcopy(found)}
        return self._page(
            list(account.contacts.values()), request.query.get("cursor"), request.query.get("max_results")
        )

    @operation("create_contact")
    def create_contact(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        key = self.ids.next("contact").replace("-", "")
        contact: dict[str, Any] = {
            "key": key,
            "$VERSION": 2,
            "user_account": account.key,
            "created_at": created_at(self.clock()),
            **{name: None for name in CONTACT_FIELDS},
            "groups": [],
            "extra": {},
            "subscription": {},
        }
        contact.update(copy.deepcopy(request.body))
        account.contacts[key] = contact
        return 200, copy.deepcopy(contact)

    def _contact(self, request: SandboxRequest) -> tuple[Account, dict[str, Any]]:
        account: Account = request.principal
        key = request.path_params["contact_key"]
        contact = account.contacts.get(key)
        if contact is None:
            raise ApiError(404, f"Contact {key!r} not found")
        return account, contact

    @operation("get_contact")
    def get_contact(self, request: SandboxRequest) -> Result:
        return 200, copy.deepcopy(self._contact(request)[1])

    @operation("update_contact")
    def update_contact(self, request: SandboxRequest) -> Result:
        _, contact = self._contact(request)
        contact.update(copy.deepcopy(request.body))
        return 200, copy.deepcopy(contact)

    @operation("delete_contact")
    def delete_contact(self, request: SandboxRequest) -> Result:
        account, contact = self._contact(request)
        del account.contacts[contact["key"]]
        return 200, contact

    # -- groups -------------------------------------------------------------------------------------------------------

    @operation("create_group")
    def create_group(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        body = request.body
        if "name" not in body:
            raise ApiError(400, "A group needs a name")
        key = self.ids.next("group").replace("-", "")
        group = {
            "key": key,
            "$VERSION": None,
            "user_account": account.key,
            "created_at": created_at(self.clock()),
            "name": body["name"],
            "query": body.get("query"),
        }
        account.groups[key] = group
        return 200, copy.deepcopy(group)

    def _group(self, request: SandboxRequest) -> tuple[Account, dict[str, Any]]:
        account: Account = request.principal
        key = request.path_params["group_key"]
        group = account.groups.get(key)
        if group is None:
            raise ApiError(404, f"Group {key!r} not found")
        return account, group

    @operation("get_group")
    def get_group(self, request: SandboxRequest) -> Result:
        return 200, copy.deepcopy(self._group(request)[1])

    @operation("update_group")
    def update_group(self, request: SandboxRequest) -> Result:
        _, group = self._group(request)
        group.update(copy.deepcopy(request.body))
        return 200, copy.deepcopy(group)

    @operation("delete_group")
    def delete_group(self, request: SandboxRequest) -> Result:
        account, group = self._group(request)
        del account.groups[group["key"]]
        return 200, group

    @operation("list_group_contacts")
    def list_group_contacts(self, request: SandboxRequest) -> Result:
        account, group = self._group(request)
        if group.get("query"):
            name, _, pattern = str(group["query"]).partition(":")
            members = [c for c in account.contacts.values() if _matches(c.get(name), pattern)]
        else:
            members = [c for c in account.contacts.values() if group["key"] in (c.get("groups") or [])]
        return self._page(members, request.query.get("cursor"), request.query.get("max_results"))

    # -- opt-outs -----------------------------------------------------------------------------------------------------

    def _optout_key(self, request: SandboxRequest) -> tuple[Account, tuple[str, str]]:
        account: Account = request.principal
        return account, (request.path_params["address_type"], request.path_params["address"])

    @staticmethod
    def _optout_answer(record: dict[str, Any]) -> Result:
        return 200, {"opt_out": copy.deepcopy(record), "status": {"code": 200, "reason": "OK"}}

    @operation("get_optout")
    def get_optout(self, request: SandboxRequest) -> Result:
        account, key = self._optout_key(request)
        record = account.optouts.get(key)
        if record is None:
            raise ApiError(404, "Opt out not found.")
        return self._optout_answer(record)

    @operation("set_optout")
    def set_optout(self, request: SandboxRequest) -> Result:
        account, key = self._optout_key(request)
        if key in account.optouts:
            raise ApiError(409, "Opt out already exists.")
        record = {"created_at": created_at(self.clock()), "message": None, "user_account": account.key}
        account.optouts[key] = record
        return self._optout_answer(record)

    @operation("delete_optout")
    def delete_optout(self, request: SandboxRequest) -> Result:
        account, key = self._optout_key(request)
        record = account.optouts.pop(key, None)
        if record is None:
            raise ApiError(404, "Opt out not found.")
        return self._optout_answer(record)

    @operation("count_optouts")
    def count_optouts(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        return 200, {"opt_out_count": len(account.optouts), "status": {"code": 200, "reason": "OK"}}

    # -- metrics ------------------------------------------------------------------------------------------------------

    def _store_metric(self, account: Account, name: str, value: float) -> None:
        account.metrics.setdefault(name, []).append((self.clock().timestamp(), float(value)))

    @operation("fire_metrics")
    def fire_metrics(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        body: dict[str, float] = request.body
        bad = sorted(name for name in body if name.rpartition(".")[2] not in AGGREGATORS)
        if bad:
            raise ApiError(400, f"Metric names must end in an aggregator ({', '.join(AGGREGATORS)}): {bad}")
        fired = []
        for name, value in body.items():
            self._store_metric(account, name, value)
            fired.append({"name": name, "value": value, "aggregator": name.rpartition(".")[2]})
        return 200, fired

    @operation("get_metric")
    def get_metric(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        name = request.query["m"]
        now = self.clock().timestamp()
        start = now + _seconds("from", request.query["from"])
        end = now + _seconds("until", request.query["until"]) if "until" in request.query else now
        interval = _seconds("interval", request.query["interval"])
        nulls = request.query["nulls"]
        if nulls not in ("omit", "zeroize", "keep"):
            raise ApiError(400, f"nulls must be omit, zeroize or keep, not {nulls!r}")
        if interval <= 0 or start > end:
            raise ApiError(400, "interval must be positive and from must not be after until")
        first = int(start // interval) * interval
        if (end - first) / interval > MAX_BUCKETS:
            raise ApiError(400, f"At most {MAX_BUCKETS} buckets can be asked for")
        aggregator = name.rpartition(".")[2]
        samples = account.metrics.get(name, [])
        points: list[dict[str, Any]] = []
        bucket = first
        while bucket <= end:
            values = [v for t, v in samples if bucket <= t < bucket + interval and start <= t <= end]
            y = _aggregate(aggregator, values)
            if y is not None or nulls != "omit":
                points.append({"x": int(bucket * 1000), "y": 0.0 if y is None and nulls == "zeroize" else y})
            bucket += interval
        return 200, {name: points}

    # -- conversation HTTP API ----------------------------------------------------------------------------------------

    def _conversation(self, request: SandboxRequest) -> tuple[Account, str]:
        account: Account = request.principal
        key = request.path_params["conversation_key"]
        token = account.conversation_tokens.get(key)
        if token is None:
            raise ApiError(404, f"Conversation {key!r} not found")
        password = base64.b64decode(request.headers["Authorization"].partition(" ")[2]).decode().partition(":")[2]
        if password != token:
            raise ApiError(403, "Forbidden: the token is not this conversation's")
        return account, key

    @operation("send_conversation_message")
    def send_conversation_message(self, request: SandboxRequest) -> Result:
        account, key = self._conversation(request)
        body: dict[str, Any] = request.body
        to_addr = body["to_addr"]
        if ("msisdn", to_addr) in account.optouts:
            raise ApiError(400, f"Recipient with msisdn {to_addr} has opted out")
        message = {
            "message_id": self.ids.next("message").replace("-", ""),
            "to_addr": to_addr,
            "from_addr": None,
            "content": body["content"],
            "session_event": body.get("session_event"),
            "in_reply_to": body.get("in_reply_to"),
            "transport_type": "sms",
            "message_type": "user_message",
            "message_version": "20110921",
            "timestamp": created_at(self.clock()),
            "helper_metadata": {**copy.deepcopy(body.get("helper_metadata") or {}), "go": {"conversation_key": key}},
        }
        account.outbound.append(message)
        return 200, copy.deepcopy(message)

    @operation("fire_conversation_metrics")
    def fire_conversation_metrics(self, request: SandboxRequest) -> Result:
        account, key = self._conversation(request)
        problems = []
        for index, triple in enumerate(request.body):
            name, value, aggregator = triple
            if not isinstance(name, str) or isinstance(value, str) or aggregator not in AGGREGATORS:
                problems.append(f"[{index}] must be [name, number, one of {', '.join(AGGREGATORS)}]")
        if problems:
            raise ApiError(400, "Invalid metrics", details=problems)
        for name, value, aggregator in request.body:
            self._store_metric(account, f"conversations.{key}.{name}.{aggregator}", value)
        return 200, {"success": True, "reason": "Metrics published"}

    @control("POST", "contacts")
    def seed_contact(self, request: SandboxRequest) -> Result:
        """``{"account": <account key>, "contact": {"key": ..., ...}}``: store a contact under a chosen key (the API
        always assigns keys itself; the seed documentation's examples look up ``abcdef123456``)."""
        body = request.body or {}
        account = self.accounts.get(body.get("account", ""))
        contact = body.get("contact")
        if account is None or not isinstance(contact, dict) or not isinstance(contact.get("key"), str):
            raise ApiError(400, 'Expected {"account": "<account key>", "contact": {"key": "...", ...}}')
        unknown = sorted(set(contact) - {"key", *CONTACT_FIELDS})
        if unknown:
            raise ApiError(400, f"Unknown contact fields: {unknown}")
        stored: dict[str, Any] = {
            "$VERSION": 2,
            "user_account": account.key,
            "created_at": created_at(self.clock()),
            **{name: None for name in CONTACT_FIELDS},
            "groups": [],
            "extra": {},
            "subscription": {},
            **copy.deepcopy(contact),
        }
        account.contacts[contact["key"]] = stored
        return 200, copy.deepcopy(stored)

    @control("GET", "outbound")
    def outbound(self, request: SandboxRequest) -> Result:
        """Every message sent through the conversation API, per account key."""
        return 200, {key: copy.deepcopy(a.outbound) for key, a in self.accounts.items()}

    # -- account API (JSON-RPC) ---------------------------------------------------------------------------------------

    @control("POST", "jsonrpc")
    def set_jsonrpc_style(self, request: SandboxRequest) -> Result:
        """``{"style": "legacy" | "standard"}``: the shape of account API answers until the next reset."""
        style = (request.body or {}).get("style")
        if style not in ("legacy", "standard"):
            raise ApiError(400, 'Expected {"style": "legacy"} or {"style": "standard"}')
        self.jsonrpc_style = style
        return 200, {"style": style}

    @operation("account_rpc")
    def account_rpc(self, request: SandboxRequest) -> Result:
        account: Account = request.principal
        body: dict[str, Any] = request.body
        method, params, call_id = body["method"], body["params"], body["id"]
        try:
            result = self._rpc(account, method, params)
        except Fault as fault:
            if self.jsonrpc_style == "standard":
                error = {"code": STANDARD_FAULT_CODE, "message": fault.message}
                return 200, {"jsonrpc": "2.0", "id": call_id, "error": error}
            error = {"fault": "Fault", "faultCode": FAULT_CODE, "faultString": fault.message}
            return 200, {"jsonrpc": "2.0", "id": call_id, "result": None, "error": error}
        if self.jsonrpc_style == "standard":
            return 200, {"jsonrpc": "2.0", "id": call_id, "result": result}
        return 200, {"jsonrpc": "2.0", "id": call_id, "result": result, "error": None}

    def _rpc(self, account: Account, method: str, params: list[Any]) -> Any:
        if method == "campaigns":
            return [{"key": account.key, "name": "Your Campaign"}]
        campaign = params[0]
        if campaign != account.key:
            raise Fault(f"Campaign or account {campaign!r} not found")
        routing = account.routing
        if method in ("conversations", "channels", "routers", "routing_entries"):
            return copy.deepcopy(routing[method])
        if method == "routing_table":
            return copy.deepcopy(routing)
        table = params[1]
        if not isinstance(table, dict):
            raise Fault("The routing table must be an object")
        _check_routing_table(routing, table)
        account.routing = {**copy.deepcopy(routing), "routing_entries": copy.deepcopy(table["routing_entries"])}
        return None


def _check_routing_table(current: dict[str, Any], table: dict[str, Any]) -> None:
    """Every conversation, channel and router must be the account's, and every entry must join known endpoints."""
    for kind in ("conversations", "channels", "routers"):
        known = {item["uuid"] for item in current[kind]}
        unknown = sorted({item.get("uuid") for item in table[kind]} - known)
        if unknown:
            raise Fault(f"Unknown {kind[:-1]} {unknown[0]!r}")
    endpoints = {
        endpoint["uuid"]
        for kind, names in (
            ("conversations", ("endpoints",)),
            ("channels", ("endpoints",)),
            ("routers", ("channel_endpoints", "conversation_endpoints")),
        )
        for item in current[kind]
        for name in names
        for endpoint in item[name]
    }
    for entry in table["routing_entries"]:
        for end in ("source", "target"):
            if entry[end]["uuid"] not in endpoints:
                raise Fault(f"Unknown routing endpoint {entry[end]['uuid']!r}")


def _matches(value: Any, pattern: str) -> bool:
    if not isinstance(value, str):
        return False
    if pattern.endswith("*"):
        return value.startswith(pattern[:-1])
    return value == pattern


def _seconds(name: str, text: str) -> float:
    match = DURATION.fullmatch(text)
    if match is None:
        raise ApiError(400, f"{name} must look like -30d, 1h or 15min, not {text!r}")
    return int(match.group(1)) * UNITS[match.group(2)]


def _aggregate(aggregator: str, values: list[float]) -> float | None:
    if not values:
        return None
    if aggregator == "sum":
        return sum(values)
    if aggregator == "avg":
        return sum(values) / len(values)
    if aggregator == "max":
        return max(values)
    if aggregator == "min":
        return min(values)
    return values[-1]


__all__ = ["CONVERSATION_KEY", "CONVERSATION_TOKEN", "PAGE_SIZE", "TOKENS", "VumiGo", "cursor_for"]
