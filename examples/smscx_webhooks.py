"""SMS.CX webhooks: a WSGI endpoint, behind a secret path segment (SMS.CX does not sign its callbacks), receives
the delivery reports of an SMS sent with a ``dlrCallbackUrl`` and an opt-out, and handles each once. The local
sandbox plays SMS.CX.

    pip install switchboard-smscx switchboard-sandbox
    python examples/smscx_webhooks.py
"""

import secrets
import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

import smscx_client
from smscx_client.api import sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.webhooks import DlrUpdateEvent, OptoutEvent, SmscxEvent, receiver
from switchboard_sandbox.control import SandboxControl
from switchboard_sandbox.server import running


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    handled: list[SmscxEvent] = []
    both_arrived = threading.Event()

    def handle(event: SmscxEvent) -> None:  # runs once per event, however often it is redelivered
        if isinstance(event, DlrUpdateEvent):
            for report in event.data.data:  # up to 200 reports per callback
                print(f"message {report.msg_id} to campaign {report.campaign_id}: {report.status}")
        elif isinstance(event, OptoutEvent):
            print(f"{event.data.data[0].phone_number} opted out")
        handled.append(event)
        if len(handled) == 2:
            both_arrived.set()

    secret = secrets.token_urlsafe(16)  # the last path segment of every callback URL you give SMS.CX
    endpoint = receiver(handle, path_secret=secret)  # add allowed_ips=[...] in production
    server = make_server("127.0.0.1", 0, endpoint.wsgi(), handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    callback_url = f"http://127.0.0.1:{server.server_port}/hooks/smscx/{secret}"

    with running("smscx") as sandbox_url:
        control = SandboxControl(sandbox_url, "smscx")
        control.control("app_callbacks", {"optouts": callback_url})  # set in the SMS.CX dashboard for real
        configuration = smscx_client.Configuration(host=sandbox_url, api_key="sandbox-api-key")
        with smscx_client.ApiClient(configuration) as api_client:
            request = SendSmsMessageRequest(to=["+31612345601", "+447400123456"], _from="InfoText",
                                            text="Hello", dlr_callback_url=callback_url)  # fmt: skip
            sent = sms_api.SmsApi(api_client).send_sms(request)
            print(f"sent campaign {sent.info.campaign_id}")
        control.control("optout", {"phoneNumber": "+31612345601"})  # a recipient uses the opt-out link
        if not both_arrived.wait(10):
            raise SystemExit("the callbacks did not arrive")
    server.shutdown()
    print(f"handled {len(handled)} events")


if __name__ == "__main__":
    main()
