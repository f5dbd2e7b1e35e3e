"""MessageMedia quickstart: send a message, check its status, process and confirm delivery reports.

Credentials come from MESSAGEMEDIA_API_KEY / MESSAGEMEDIA_API_SECRET; SWITCHBOARD_MESSAGEMEDIA_BASE_URL
points the client at another host (``make`` runs this against the local sandbox).
"""

from message_media_messages.message_media_messages_client import MessageMediaMessagesClient
from message_media_messages.models import DeliveryReport


def main() -> None:
    with MessageMediaMessagesClient(use_hmac_authentication=True) as client:
        sent = client.messages.create_send_messages(
            {
                "messages": [
                    {"content": "Hello from Switchboard", "destination_number": "+61491570156", "delivery_report": True}
                ]
            }
        )
        message = sent.messages[0]
        print(f"sent {message.message_id}: {message.status}")

        status = client.messages.get_message_status(message.message_id)
        print(f"status now: {status['status']}")

        def handle(report: DeliveryReport) -> None:
            print(f"delivery report for {report.message_id}: {report.status}")

        confirmed = client.delivery_reports.poll(handle)
        print(f"confirmed {confirmed} delivery report(s)")


if __name__ == "__main__":
    main()
