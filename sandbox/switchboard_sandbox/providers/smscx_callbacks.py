"""SMS.CX callbacks: ``{"event": ..., "data": [...]}`` POSTed to the URLs a request or the application names.

- ``dlr_update`` to a send's ``dlrCallbackUrl``: one report per message once it is delivered (or rejected), at
  most 200 per POST.
- ``otp_update`` to an OTP's ``otpCallbackUrl`` whenever it is verified, fails or is cancelled.
- lookup results to a bulk lookup's ``lookupCallbackUrl`` (tagged ``number_lookup``: the documentation does not
  pin the tag, see the spec).
- ``receive_sms`` to a rented number's ``callbackUrl`` (or the application's receive callback) when an SMS
  arrives: ``POST /_sandbox/smscx/inbound {"rentId": ..., "from": "+31...", "text": ...}``.
- ``new_optout``, ``shortlink_hit``, ``attachment_hit`` to the application's callbacks, which the dashboard sets
  for real; here ``POST /_sandbox/smscx/app_callbacks {"optouts": url, "shortlinks": url, "attachments": url,
  "receive": url}``. A contact opts out through the link with ``POST /_sandbox/smscx/optout {"phoneNumber": ...}``;
  a link is opened with the existing ``POST /_sandbox/smscx/hits``.

SMS.CX does not sign callbacks, so the sandbox sends no signature either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from ..callbacks import CallbackControls, CallbackSender
from ..provider import ApiError, Ids, Result, SandboxRequest, control, timestamp
from .smscx_support import parse_number

BATCH = 200
"""Most items SMS.CX puts in one callback."""
APP_CALLBACKS = ("optouts", "shortlinks", "attachments", "receive")
OPTOUT_URL = "https://sms.cx/o/Ab3dE"


class SmscxCallbacks(CallbackControls):
    """Mixin of the SMS.CX behaviour: what it POSTs, and the controls that make users act."""

    clock: Callable[[], datetime]
    ids: Ids
    rents: dict[str, dict[str, Any]]
    optouts: dict[int, dict[str, Any]]
    app_callbacks: dict[str, str | None]
    _next: Callable[[str], int]
    """The behaviour's counter of integer ids (opt-outs are numbered with it)."""

    def new_callback_sender(self) -> CallbackSender:
        return CallbackSender()

    def reset_callbacks(self) -> None:
        self.callbacks.reset()
        self.app_callbacks = dict.fromkeys(APP_CALLBACKS)

    def _post(self, event: str, url: str | None, items: list[dict[str, Any]]) -> None:
        for start in range(0, len(items), BATCH):
            self.callbacks.send(event, url, {"event": event, "data": items[start : start + BATCH]})

    # -- hooks called by the behaviour ------------------------------------------------------------------------------

    def send_dlr_callbacks(self, url: str | None, messages: Iterable[Any]) -> None:
        """Delivery reports of ``messages`` (the behaviour's ``Message`` objects) that are no longer scheduled."""
        if not url:
            return
        now = timestamp(self.clock())
        items = [
            {
                "campaignId": m.campaign_id,
                "msgId": m.msg_id,
                "statusCode": 0 if m.status == "DELIVERED" else 1,
                "status": m.status,
                "errorCode": None if m.status == "DELIVERED" else 1,
                "datetime": now,
                "trackData": m.track_data,
            }
            for m in messages
            if m.status != "SCHEDULED"
        ]
        if items:
            self._post("dlr_update", url, items)

    def send_otp_callback(self, otp: dict[str, Any]) -> None:
        """The OTP's new status, as ``GET /otp/{otpId}`` shows it."""
        item = {k: v for k, v in otp.items() if k not in ("pin", "expires")}
        self._post("otp_update", otp.get("otpCallbackUrl"), [item])

    def send_lookup_callback(self, url: str | None, bulk_id: str, items: list[dict[str, Any]]) -> None:
        if url:
            self._post("number_lookup", url, [{**item, "lookupBulkId": bulk_id} for item in items])

    def send_hit_callback(self, kind: str, target: dict[str, Any], hit: dict[str, Any]) -> None:
        """A short link (``kind`` ``shortlink``) or attachment (``attachment``) was opened."""
        url = self.app_callbacks["shortlinks" if kind == "shortlink" else "attachments"]
        item = {**hit, "shortlinkId": target["id"], "url": target.get("shortUrl", ""), "campaignId": None,
                "groupId": None}  # fmt: skip
        self._post(f"{kind}_hit", url, [item])

    # -- controls -------------------------------------------------------------------------------------------------

    @control("POST", "app_callbacks")
    def set_app_callbacks(self, request: SandboxRequest) -> Result:
        """``{"optouts": url, "shortlinks": url, "attachments": url, "receive": url}``: the app's callback URLs.

        The dashboard sets them for real; null clears one."""
        body = request.body if isinstance(request.body, dict) else {}
        unknown = sorted(set(body) - set(APP_CALLBACKS))
        if unknown:
            raise ApiError(400, f"unknown callbacks {unknown}; known: {list(APP_CALLBACKS)}")
        for name, url in body.items():
            if url is not None and not isinstance(url, str):
                raise ApiError(400, f"{name} must be a URL or null")
            self.app_callbacks[name] = url
        return 200, dict(self.app_callbacks)

    @control("POST", "inbound")
    def receive_inbound_sms(self, request: SandboxRequest) -> Result:
        """``{"rentId": ..., "from": "+3161...", "text": ...}``: someone texts a rented number."""
        body = request.body if isinstance(request.body, dict) else {}
        rent = self.rents.get(str(body.get("rentId")))
        sender = parse_number(body.get("from"))
        if rent is None or not rent["active"]:
            raise ApiError(404, "no active rent with that rentId")
        if sender is None or not isinstance(body.get("text"), str):
            raise ApiError(400, 'send {"rentId": ..., "from": "<E.164 number>", "text": "..."}')
        item = {"msgId": self.ids.next("inbound"), "from": sender.e164, "countryIso": sender.iso,
                "to": rent["phoneNumber"], "text": body["text"], "cost": rent["inboundSmsCost"],
                "receivedAt": timestamp(self.clock())}  # fmt: skip
        rent["inbound"].append(item)
        self._post("receive_sms", rent.get("callbackUrl") or self.app_callbacks["receive"], [item])
        return 200, item

    @control("POST", "optout")
    def opt_out_through_link(self, request: SandboxRequest) -> Result:
        """``{"phoneNumber": "+3361..."}``: the contact uses the opt-out link of a message."""
        body = request.body if isinstance(request.body, dict) else {}
        number = parse_number(body.get("phoneNumber"))
        if number is None:
            raise ApiError(400, "phoneNumber must be a valid E.164 number")
        now = timestamp(self.clock())
        optout_id = self._next("optout")
        self.optouts[optout_id] = {
            "id": optout_id, "phoneNumber": number.e164, "countryIso": number.iso, "optoutFrom": "link",
            "datetime": now, "campaignId": None, "groupId": None, "campaignName": None,
        }  # fmt: skip
        item = {"hitId": optout_id, "optoutId": "Ab3dE", "optoutUrl": OPTOUT_URL, "optoutType": "link",
                "countryIso": number.iso, "datetime": now, "phoneNumber": number.e164, "campaignId": None,
                "groupId": None}  # fmt: skip
        self._post("new_optout", self.app_callbacks["optouts"], [item])
        return 200, item
