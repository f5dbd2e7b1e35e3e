"""Vumi Go quickstart: contacts, an opt-out, a message through an HTTP API conversation, a metric, the account API.

Credentials come from the environment: VUMIGO_AUTH_TOKEN (an OAuth access token for the contacts, opt-outs,
metrics and account APIs) and VUMIGO_ACCOUNT_KEY / VUMIGO_CONVERSATION_KEY / VUMIGO_CONVERSATION_TOKEN (the
conversation API). SWITCHBOARD_VUMIGO_BASE_URL, read by the library itself, points every client at another host
(the sender at its ``/http_api_nostream``; ``make`` runs this against the sandbox).
Any failure raises, so the script exits non-zero.
"""

import os

from go_http import HttpApiSender, UserOptedOutException
from go_http.account import AccountApiClient
from go_http.contacts import ContactsApiClient
from go_http.metrics import MetricsApiClient
from go_http.optouts import OptOutsApiClient


def main() -> None:
    token = os.environ["VUMIGO_AUTH_TOKEN"]
    account_key = os.environ["VUMIGO_ACCOUNT_KEY"]

    with ContactsApiClient(token) as contacts:
        contact = contacts.create_contact({"msisdn": "+27831234567", "name": "Thandi"})
        print(f"created contact {contact['key']}")
        found = contacts.get_contact(msisdn="+27831234567")
        print(f"found by msisdn: {found['name']}")
        print(f"contacts in the account: {sum(1 for _ in contacts.contacts())}")

    with OptOutsApiClient(token) as optouts:
        optouts.set_optout("msisdn", "+27839999999")
        print(f"opt-outs: {optouts.count()}")

    conversation = (account_key, os.environ["VUMIGO_CONVERSATION_KEY"], os.environ["VUMIGO_CONVERSATION_TOKEN"])
    with HttpApiSender(*conversation) as sender:
        sent = sender.send_text("+27831234567", "Hello from Switchboard")
        print(f"sent message {sent['message_id']}")
        try:
            sender.send_text("+27839999999", "This one is refused")
        except UserOptedOutException as exc:
            print(f"not sent to {exc.to_addr}: {exc.reason}")
        else:
            raise SystemExit("the opted-out address was not refused")
        sender.fire_metric("quickstart.sends", 1, agg="sum")

    with MetricsApiClient(token) as metrics:
        metrics.fire({"quickstart.runs.last": 1.0})
        series = metrics.get_metric("quickstart.runs.last", "-1d", "1d", "omit")
        print(f"metric points: {len(series['quickstart.runs.last'])}")

    with AccountApiClient(token) as account:
        [campaign] = account.campaigns()
        conversations = account.conversations(campaign["key"])
        print(f"campaign {campaign['name']!r} has {len(conversations)} conversation(s)")


if __name__ == "__main__":
    main()
