"""SMS.CX quickstart: balance, a validated send with an idempotency id, a group, a CSV export, an OTP, and an
OAuth2 token from the application credentials.

Credentials come from SMSCX_API_KEY (and SMSCX_APPLICATION_ID / SMSCX_APPLICATION_SECRET for the OAuth part);
SWITCHBOARD_SMSCX_BASE_URL points the client at another host (``make`` runs this against the local sandbox).
Any failure raises, so the exit status is non-zero.
"""

import os
import tempfile
import uuid
from pathlib import Path

import smscx_client
from smscx_client.api import account_api, groups_api, oauth_api, otp_api, sms_api
from smscx_client.model.new_group_request import NewGroupRequest
from smscx_client.model.new_otp_request import NewOtpRequest
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest


def main() -> None:
    configuration = smscx_client.Configuration(api_key=os.environ["SMSCX_API_KEY"])
    with smscx_client.ApiClient(configuration) as client:
        balance = account_api.AccountApi(client).get_account_balance()
        print(f"balance: {balance.balance} {balance.currency}")

        request = SendSmsMessageRequest(
            to=["+31612469000", "+4474005085000"],
            _from="InfoText",
            text="Hello from Switchboard {{optoutLink}}",
            idempotency_id=str(uuid.uuid4()),  # safe to retry: the API sends and bills it once
        )
        sent = sms_api.SmsApi(client).send_sms(request)
        print(f"sent {sent.info.total_valid} message(s) for {sent.info.total_cost}: {[m.status for m in sent.data]}")

        try:
            sms_api.SmsApi(client).send_sms(SendSmsMessageRequest(to=["+336123"], _from="InfoText", text="x"))
        except smscx_client.InvalidPhoneNumberException as error:
            print(f"rejected as expected: {error.error_code} {error.invalid}")
        else:
            raise SystemExit("an invalid number was accepted")

        groups = groups_api.GroupsApi(client)
        group = groups.create_group(NewGroupRequest(name=f"Quickstart {uuid.uuid4().hex[:8]}")).info
        groups.add_contacts_to_group(group.id, {"phone_numbers": ["+31612469001", "+31612469002"]})
        with tempfile.TemporaryDirectory() as folder:
            export = groups.export_group_to_csv(group.id, to=Path(folder) / "group.csv")
            print(f"group {group.name!r} exported: {len(Path(str(export)).read_text().splitlines()) - 1} contact(s)")
        groups.delete_group(group.id)

        otp = otp_api.OtpApi(client).new_otp(NewOtpRequest(phone_number="+31612469001", ttl=120))
        print(f"OTP {otp.otp_id}: {otp.status}")

    app_id, app_secret = os.environ.get("SMSCX_APPLICATION_ID"), os.environ.get("SMSCX_APPLICATION_SECRET")
    if app_id and app_secret:
        oauth = smscx_client.Configuration(username=app_id, password=app_secret, scope="sms")
        with smscx_client.ApiClient(oauth) as client:
            token = oauth_api.OauthApi(client).get_access_token(scope="sms")
            print(f"access token for scope {token.scope!r}, valid {token.expires_in}s")
            estimate = sms_api.SmsApi(client).estimate_sms(
                {"to": ["+31612469000"], "from": "InfoText", "text": "Estimated with an OAuth2 token"}
            )
            print(f"estimate via OAuth2: {estimate.info.total_cost}")


if __name__ == "__main__":
    main()
