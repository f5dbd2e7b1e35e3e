"""Each Vumi Go operation as a :class:`~switchboard_core.Call`, built from the generated ``vumigo_api`` modules.

Method, path, query and path escaping come from the spec (generated ``_get_kwargs``); bodies go on the wire as
the caller gave them. Results are the JSON as plain dicts and lists, as go-http returned them, after the generated
model has parsed them (a body of the wrong shape raises ResponseParseException instead of failing later). The
generated modules are bound as lazy module proxies (``switchboard_core.lazy_module``), loaded on first use, so
``import go_http`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, cast

import httpx

from switchboard_core import (
    Call,
    JsonRpcOutcome,
    Page,
    WireBody,
    jsonrpc_request,
    lazy_module,
    parse_jsonrpc_response,
)

if TYPE_CHECKING:
    from vumigo_api import models, types
    from vumigo_api.api.account import account_rpc
    from vumigo_api.api.contacts import create_contact, delete_contact, get_contact, list_contacts, update_contact
    from vumigo_api.api.conversation import fire_conversation_metrics, send_conversation_message
    from vumigo_api.api.groups import create_group, delete_group, get_group, list_group_contacts, update_group
    from vumigo_api.api.metrics import fire_metrics, get_metric
    from vumigo_api.api.optouts import count_optouts, delete_optout, get_optout, set_optout
    from vumigo_api.models import (
        CampaignsCall,
        ContactInput,
        CreateGroupBody,
        GroupInput,
        MetricValues,
        SendMessageRequest,
    )
else:  # imported when first used: ``import go_http`` does not load the generated package
    _API = "vumigo_api.api."
    models = lazy_module("vumigo_api.models")
    types = lazy_module("vumigo_api.types")
    account_rpc = lazy_module(_API + "account.account_rpc")
    create_contact = lazy_module(_API + "contacts.create_contact")
    delete_contact = lazy_module(_API + "contacts.delete_contact")
    get_contact = lazy_module(_API + "contacts.get_contact")
    list_contacts = lazy_module(_API + "contacts.list_contacts")
    update_contact = lazy_module(_API + "contacts.update_contact")
    fire_conversation_metrics = lazy_module(_API + "conversation.fire_conversation_metrics")
    send_conversation_message = lazy_module(_API + "conversation.send_conversation_message")
    create_group = lazy_module(_API + "groups.create_group")
    delete_group = lazy_module(_API + "groups.delete_group")
    get_group = lazy_module(_API + "groups.get_group")
    list_group_contacts = lazy_module(_API + "groups.list_group_contacts")
    update_group = lazy_module(_API + "groups.update_group")
    fire_metrics = lazy_module(_API + "metrics.fire_metrics")
    get_metric = lazy_module(_API + "metrics.get_metric")
    count_optouts = lazy_module(_API + "optouts.count_optouts")
    delete_optout = lazy_module(_API + "optouts.delete_optout")
    get_optout = lazy_module(_API + "optouts.get_optout")
    set_optout = lazy_module(_API + "optouts.set_optout")

Parse = Callable[[Any], Any]


def _json(response: httpx.Response) -> Any:
    """The decoded body; an empty 2xx body is None (go-http raised a JSON decode error)."""
    return response.json() if response.content.strip() else None


def _object(model: Any) -> Parse:
    def check(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        model.from_dict(data)
        return data

    return check


def _list(item: Parse) -> Parse:
    def check(data: Any) -> Any:
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        for element in data:
            item(element)
        return data

    return check


def _parser(check: Parse) -> Callable[[httpx.Response], Any]:
    def parse(response: httpx.Response) -> Any:
        data = _json(response)
        return None if data is None else check(data)

    return parse


def _call(kwargs: dict[str, Any], check: Parse) -> Call[Any]:
    """Bodies go through the generated ``_get_kwargs`` as :class:`WireBody`: the caller's data exactly."""
    return Call(kwargs, _parser(check))


# -- contacts and groups ---------------------------------------------------------------------------------------------


def _page(response: httpx.Response) -> Page[dict[str, Any], str]:
    data = _object(models.ContactPage)(_json(response))
    cursor = data["cursor"]
    if cursor is not None and (isinstance(cursor, bool) or not isinstance(cursor, str | int)):
        raise TypeError(f"a page cursor must be a string, an integer or null, not {type(cursor).__name__}")
    return Page(items=list(data["data"]), next_cursor=None if cursor is None else str(cursor))


def contacts_page(cursor: str | None) -> Call[Page[dict[str, Any], str]]:
    kwargs = list_contacts._get_kwargs(cursor=types.UNSET if cursor is None else cursor)
    return Call(kwargs, _page)


def group_contacts_page(group_key: str, cursor: str | None) -> Call[Page[dict[str, Any], str]]:
    kwargs = list_group_contacts._get_kwargs(group_key, cursor=types.UNSET if cursor is None else cursor)
    return Call(kwargs, _page)


def find_contacts(field: str, value: str) -> Call[tuple[list[dict[str, Any]], httpx.Response]]:
    """The contacts whose address ``field`` is ``value`` (``GET /contacts/?query=field=value``), and the response."""

    def matches(response: httpx.Response) -> tuple[list[dict[str, Any]], httpx.Response]:
        return list(_object(models.ContactPage)(_json(response))["data"]), response

    return Call(list_contacts._get_kwargs(query=f"{field}={value}"), matches)


def create_contact_(data: dict[str, Any]) -> Call[dict[str, Any]]:
    return _call(create_contact._get_kwargs(body=cast("ContactInput", WireBody(data))), _object(models.Contact))


def get_contact_(key: str) -> Call[dict[str, Any]]:
    return _call(get_contact._get_kwargs(key), _object(models.Contact))


def update_contact_(key: str, data: dict[str, Any]) -> Call[dict[str, Any]]:
    return _call(update_contact._get_kwargs(key, body=cast("ContactInput", WireBody(data))), _object(models.Contact))


def delete_contact_(key: str) -> Call[dict[str, Any]]:
    return _call(delete_contact._get_kwargs(key), _object(models.Contact))


def create_group_(data: dict[str, Any]) -> Call[dict[str, Any]]:
    return _call(create_group._get_kwargs(body=cast("CreateGroupBody", WireBody(data))), _object(models.Group))


def get_group_(key: str) -> Call[dict[str, Any]]:
    return _call(get_group._get_kwargs(key), _object(models.Group))


def update_group_(key: str, data: dict[str, Any]) -> Call[dict[str, Any]]:
    return _call(update_group._get_kwargs(key, body=cast("GroupInput", WireBody(data))), _object(models.Group))


def delete_group_(key: str) -> Call[dict[str, Any]]:
    return _call(delete_group._get_kwargs(key), _object(models.Group))


# -- opt-outs --------------------------------------------------------------------------------------------------------


def _opt_out(data: Any) -> Any:
    return _object(models.OptOutResponse)(data)["opt_out"]


def get_optout_(address_type: str, address: str) -> Call[dict[str, Any]]:
    return _call(get_optout._get_kwargs(address_type, address), _opt_out)


def set_optout_(address_type: str, address: str) -> Call[dict[str, Any]]:
    return _call(set_optout._get_kwargs(address_type, address), _opt_out)


def delete_optout_(address_type: str, address: str) -> Call[dict[str, Any]]:
    return _call(delete_optout._get_kwargs(address_type, address), _opt_out)


def count_optouts_() -> Call[int]:
    def count(response: httpx.Response) -> int:  # no empty-body None here: count() always returns an integer
        value = _object(models.OptOutCountResponse)(_json(response))["opt_out_count"]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"opt_out_count must be an integer, not {value!r}")
        return value

    return Call(count_optouts._get_kwargs(), count)


# -- metrics ---------------------------------------------------------------------------------------------------------


def _series(data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    for points in data.values():
        _list(_object(models.MetricPoint))(points)
    return data


def get_metric_(metric: str, start: str, interval: str, nulls: str, end: str | None) -> Call[dict[str, Any]]:
    kwargs = get_metric._get_kwargs(
        m=metric, from_=start, interval=interval, nulls=nulls, until=types.UNSET if end is None else end
    )
    return _call(kwargs, _series)


def fire_metrics_(metrics: dict[str, float | int]) -> Call[list[dict[str, Any]]]:
    body = cast("MetricValues", WireBody(metrics))
    return _call(fire_metrics._get_kwargs(body=body), _list(_object(models.FiredMetric)))


# -- conversation HTTP API -------------------------------------------------------------------------------------------


def send_message(conversation_key: str, payload: dict[str, Any]) -> Call[dict[str, Any]]:
    body = cast("SendMessageRequest", WireBody(payload))
    kwargs = send_conversation_message._get_kwargs(conversation_key, body=body)
    return _call(kwargs, _object(models.OutboundMessage))


def fire_conversation_metric(conversation_key: str, triples: list[list[Any]]) -> Call[dict[str, Any]]:
    kwargs = fire_conversation_metrics._get_kwargs(conversation_key, body=triples)
    kwargs["json"] = triples  # the triples as given (the generated code rebuilds the list item by item)
    return _call(kwargs, _object(models.ConversationResult))


# -- account API (JSON-RPC) ------------------------------------------------------------------------------------------


@cache
def _results() -> Mapping[str, Parse]:
    """Each method's result check (the spec's ``x-jsonrpc-methods`` result schemas)."""
    return {
        "campaigns": _list(_object(models.Campaign)),
        "conversations": _list(_object(models.Conversation)),
        "channels": _list(_object(models.Channel)),
        "routers": _list(_object(models.Router)),
        "routing_entries": _list(_object(models.RoutingEntry)),
        "routing_table": _object(models.RoutingTable),
        "update_routing_table": lambda data: data,
    }


@cache
def _any_call() -> CampaignsCall:
    """Only to get the endpoint's method and URL from the generated module; the envelope is built per call."""
    return models.CampaignsCall.from_dict({"jsonrpc": "2.0", "id": 0, "method": "campaigns", "params": []})


def rpc(method: str, params: list[Any]) -> Call[tuple[JsonRpcOutcome, Any]]:
    """``POST /api/`` with the JSON-RPC envelope; parses to the outcome (a fault, or the checked result)."""
    kwargs = account_rpc._get_kwargs(body=_any_call())
    kwargs["json"] = jsonrpc_request(method, params, 0)

    def parse(response: httpx.Response) -> tuple[JsonRpcOutcome, Any]:
        outcome = parse_jsonrpc_response(_json(response))
        if outcome.fault is None:
            _results()[method](outcome.result)
        return outcome, response

    return Call(kwargs, parse)
