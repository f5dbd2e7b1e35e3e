"""One module per model, as in the seed:

from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
"""
