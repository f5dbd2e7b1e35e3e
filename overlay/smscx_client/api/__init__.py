"""The seed's API classes: ``from smscx_client.api import sms_api; sms_api.SmsApi(api_client)``."""
