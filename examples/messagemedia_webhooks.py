"""MessageMedia webhooks: a WSGI endpoint receives the delivery report and the reply of a message sent with a
``callback_url``, verifies their signature, and handles each once. The local sandbox plays MessageMedia.

    pip install "switchboard-messagemedia[webhooks]" switchboard-sandbox
    python examples/messagemedia_webhooks.py
"""

import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

from message_media_messages import MessageMediaMessagesClient
from message_media_messages.webhooks import DeliveryReportEvent, MessageMediaEvent, ReplyEvent, receiver
from switchboard_sandbox.control import SandboxControl
from switchboard_sandbox.server import running


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    handled: list[MessageMediaEvent] = []
    both_arrived = threading.Event()

    def handle(event: MessageMediaEvent) -> None:  # runs once per event, however often it is redelivered
        match event:
            case DeliveryReportEvent():
                print(f"delivery report {event.id}: message {event.data.message_id} is {event.data.status}")
            case ReplyEvent():
                print(f"reply {event.id} to {event.data.message_id}: {event.data.content!r}")
        handled.append(event)
        if len(handled) == 2:
            both_arrived.set()

    with running("messagemedia") as sandbox_url:
        control = SandboxControl(sandbox_url, "messagemedia")
        public_key = control.control("sign")["public_key"]  # the real API: Signature Key Management

        endpoint = receiver(handle, public_key=public_key)  # checks X-Messagemedia-Signature and Date
        server = make_server("127.0.0.1", 0, endpoint.wsgi(), handler_class=QuietHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        callback_url = f"http://127.0.0.1:{server.server_port}/hooks/messagemedia"

        with MessageMediaMessagesClient("sandbox-key", "sandbox-secret", base_url=sandbox_url) as client:
            sent = client.messages.create_send_messages(
                {
                    "messages": [
                        {
                            "content": "Are you coming?",
                            "destination_number": "+61491570156",
                            "callback_url": callback_url,
                            "delivery_report": True,
                        }
                    ]
                }
            )
            message_id = sent.messages[0].message_id
            control.control("replies", {"message_id": message_id, "content": "Yes!"})  # the recipient answers

        if not both_arrived.wait(10):
            raise SystemExit("the callbacks did not arrive")
        server.shutdown()
    print(f"handled {len(handled)} events")


if __name__ == "__main__":
    main()
