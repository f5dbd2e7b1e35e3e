"""Contains all the data models used in inputs/outputs (imported lazily, on first attribute access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted import Accepted
    from .account_balance import AccountBalance
    from .add_contacts_to_group_request import AddContactsToGroupRequest
    from .add_contacts_to_group_response import AddContactsToGroupResponse
    from .application_settings_response import ApplicationSettingsResponse
    from .applications_list_response import ApplicationsListResponse
    from .attachment_delete_response import AttachmentDeleteResponse
    from .attachment_details_response import AttachmentDetailsResponse
    from .attachment_list_response import AttachmentListResponse
    from .attachments import Attachments
    from .call_back_request_attachment_hit import CallBackRequestAttachmentHit
    from .call_back_request_attachment_hit_event import CallBackRequestAttachmentHitEvent
    from .call_back_request_dlr_update import CallBackRequestDlrUpdate
    from .call_back_request_dlr_update_event import CallBackRequestDlrUpdateEvent
    from .call_back_request_new_optout import CallBackRequestNewOptout
    from .call_back_request_new_optout_event import CallBackRequestNewOptoutEvent
    from .call_back_request_number_lookup import CallBackRequestNumberLookup
    from .call_back_request_otp_update import CallBackRequestOtpUpdate
    from .call_back_request_otp_update_event import CallBackRequestOtpUpdateEvent
    from .call_back_request_receive_sms import CallBackRequestReceiveSms
    from .call_back_request_receive_sms_event import CallBackRequestReceiveSmsEvent
    from .call_back_request_shortlink_hit import CallBackRequestShortlinkHit
    from .call_back_request_shortlink_hit_event import CallBackRequestShortlinkHitEvent
    from .cancel_otp_response import CancelOtpResponse
    from .cancel_rent_response import CancelRentResponse
    from .channels_status import ChannelsStatus
    from .characters_replaced import CharactersReplaced
    from .conversation_details_response import ConversationDetailsResponse
    from .conversation_read_response import ConversationReadResponse
    from .conversation_reply_sms_request import ConversationReplySmsRequest
    from .conversation_reply_sms_response import ConversationReplySmsResponse
    from .conversation_reply_viber_request import ConversationReplyViberRequest
    from .conversation_reply_viber_request_rich_media import ConversationReplyViberRequestRichMedia
    from .conversation_reply_viber_respone import ConversationReplyViberRespone
    from .conversation_reply_whatsapp_request import ConversationReplyWhatsappRequest
    from .conversation_reply_whatsapp_request_rich_media import ConversationReplyWhatsappRequestRichMedia
    from .conversation_reply_whatsapp_response import ConversationReplyWhatsappResponse
    from .conversations_list_response import ConversationsListResponse
    from .custom_fields import CustomFields
    from .custom_fields_custom_field_name import CustomFieldsCustomFieldName
    from .custom_fields_obj import CustomFieldsObj
    from .custom_fields_obj_custom_field_name import CustomFieldsObjCustomFieldName
    from .data_applications_list import DataApplicationsList
    from .data_attachment import DataAttachment
    from .data_available_numbers_rent import DataAvailableNumbersRent
    from .data_conversation import DataConversation
    from .data_conversation_reply import DataConversationReply
    from .data_conversation_rich_media import DataConversationRichMedia
    from .data_conversations import DataConversations
    from .data_dlr_update import DataDlrUpdate
    from .data_groups import DataGroups
    from .data_groups_details import DataGroupsDetails
    from .data_multichannel import DataMultichannel
    from .data_new_optout import DataNewOptout
    from .data_number_lookup import DataNumberLookup
    from .data_number_lookup_webhook import DataNumberLookupWebhook
    from .data_number_validate import DataNumberValidate
    from .data_numbers_lookup import DataNumbersLookup
    from .data_numbers_validate import DataNumbersValidate
    from .data_optouts import DataOptouts
    from .data_originators_list import DataOriginatorsList
    from .data_otp import DataOtp
    from .data_receive_sms import DataReceiveSms
    from .data_rented_numbers import DataRentedNumbers
    from .data_report_campaign import DataReportCampaign
    from .data_reports import DataReports
    from .data_reports_campaigns import DataReportsCampaigns
    from .data_shortlink_detail import DataShortlinkDetail
    from .data_shortlink_hit import DataShortlinkHit
    from .data_shortlink_list import DataShortlinkList
    from .data_sms import DataSms
    from .data_template import DataTemplate
    from .data_templates_list import DataTemplatesList
    from .data_viber import DataViber
    from .data_whatsapp import DataWhatsapp
    from .delete_contact import DeleteContact
    from .delete_group import DeleteGroup
    from .delete_scheduled_campaign import DeleteScheduledCampaign
    from .delete_scheduled_msg import DeleteScheduledMsg
    from .delivered import Delivered
    from .error import Error
    from .error_detail import ErrorDetail
    from .export_advanced_report_to_csv_channel import ExportAdvancedReportToCsvChannel
    from .export_advanced_report_to_csv_delivery_report import ExportAdvancedReportToCsvDeliveryReport
    from .export_advanced_report_to_csv_source import ExportAdvancedReportToCsvSource
    from .export_advanced_report_to_xlsx_channel import ExportAdvancedReportToXlsxChannel
    from .export_advanced_report_to_xlsx_delivery_report import ExportAdvancedReportToXlsxDeliveryReport
    from .export_advanced_report_to_xlsx_source import ExportAdvancedReportToXlsxSource
    from .failed import Failed
    from .get_advanced_report_channel import GetAdvancedReportChannel
    from .get_advanced_report_delivery_report import GetAdvancedReportDeliveryReport
    from .get_advanced_report_source import GetAdvancedReportSource
    from .get_campaigns_list_source import GetCampaignsListSource
    from .get_channel_pricing_200_response import GetChannelPricing200Response
    from .get_channel_pricing_200_response_additional_property import GetChannelPricing200ResponseAdditionalProperty
    from .get_channel_pricing_by_country_iso_channel import GetChannelPricingByCountryIsoChannel
    from .get_channel_pricing_by_country_iso_traffic_type import GetChannelPricingByCountryIsoTrafficType
    from .get_channel_pricing_channel import GetChannelPricingChannel
    from .get_channel_pricing_traffic_type import GetChannelPricingTrafficType
    from .get_inbound_sms_response import GetInboundSMSResponse
    from .get_rent_status_response import GetRentStatusResponse
    from .get_summary_reports_200_response import GetSummaryReports200Response
    from .get_summary_reports_200_response_data import GetSummaryReports200ResponseData
    from .get_summary_reports_dimension import GetSummaryReportsDimension
    from .group import Group
    from .group_details_response import GroupDetailsResponse
    from .group_response import GroupResponse
    from .groups_list import GroupsList
    from .info import Info
    from .info_attachment import InfoAttachment
    from .info_campaign import InfoCampaign
    from .info_cancel_rent import InfoCancelRent
    from .info_conversation import InfoConversation
    from .info_conversation_reply import InfoConversationReply
    from .info_delete_group import InfoDeleteGroup
    from .info_delete_scheduled_campaign import InfoDeleteScheduledCampaign
    from .info_delete_scheduled_msg import InfoDeleteScheduledMsg
    from .info_group import InfoGroup
    from .info_groups import InfoGroups
    from .info_groups_add_contacts_response import InfoGroupsAddContactsResponse
    from .info_groups_contact_deleted import InfoGroupsContactDeleted
    from .info_id import InfoId
    from .info_inbound_sms import InfoInboundSms
    from .info_multichannel import InfoMultichannel
    from .info_multichannel_campaign import InfoMultichannelCampaign
    from .info_new_group import InfoNewGroup
    from .info_numbers_lookup import InfoNumbersLookup
    from .info_numbers_validate import InfoNumbersValidate
    from .info_optout import InfoOptout
    from .info_optouts import InfoOptouts
    from .info_optouts_new import InfoOptoutsNew
    from .info_originator import InfoOriginator
    from .info_otp import InfoOtp
    from .info_phone_number_update import InfoPhoneNumberUpdate
    from .info_rent_number import InfoRentNumber
    from .info_report_campaign import InfoReportCampaign
    from .info_reports import InfoReports
    from .info_reports_campaigns import InfoReportsCampaigns
    from .info_shortlink_detail import InfoShortlinkDetail
    from .info_shortlink_new import InfoShortlinkNew
    from .info_template import InfoTemplate
    from .info_template_update import InfoTemplateUpdate
    from .info_viber import InfoViber
    from .info_viber_campaign import InfoViberCampaign
    from .info_whatsapp import InfoWhatsapp
    from .lookup import Lookup
    from .multichannel import Multichannel
    from .network_operator import NetworkOperator
    from .new_group_request import NewGroupRequest
    from .new_group_response import NewGroupResponse
    from .new_otp_request import NewOtpRequest
    from .new_otp_request_pin_type import NewOtpRequestPinType
    from .new_otp_response import NewOtpResponse
    from .no_coverage import NoCoverage
    from .number_lookup_response import NumberLookupResponse
    from .number_validate_response import NumberValidateResponse
    from .numbers_bulk_lookup_result import NumbersBulkLookupResult
    from .numbers_lookup_request import NumbersLookupRequest
    from .numbers_lookup_response import NumbersLookupResponse
    from .numbers_validate_request import NumbersValidateRequest
    from .numbers_validate_response import NumbersValidateResponse
    from .oauth_token_request import OauthTokenRequest
    from .oauth_token_request_grant_type import OauthTokenRequestGrantType
    from .oauth_token_response import OauthTokenResponse
    from .optouts import Optouts
    from .optouts_delete_response import OptoutsDeleteResponse
    from .optouts_list_response import OptoutsListResponse
    from .optouts_new_response import OptoutsNewResponse
    from .original_network import OriginalNetwork
    from .original_text import OriginalText
    from .originator_new_request import OriginatorNewRequest
    from .originator_new_response import OriginatorNewResponse
    from .originators_list_response import OriginatorsListResponse
    from .otp import Otp
    from .paging import Paging
    from .phone_numbers_by_country import PhoneNumbersByCountry
    from .ported_network import PortedNetwork
    from .pricing_sms_response import PricingSmsResponse
    from .pricing_viber_whatsapp_response import PricingViberWhatsappResponse
    from .quiet_hours import QuietHours
    from .renew_rent_request import RenewRentRequest
    from .renew_rent_request_rent_period import RenewRentRequestRentPeriod
    from .rent_number_request import RentNumberRequest
    from .rent_number_request_rent_period import RentNumberRequestRentPeriod
    from .rent_number_response import RentNumberResponse
    from .rent_numbers_response import RentNumbersResponse
    from .rental_cost import RentalCost
    from .rented_numbers_response import RentedNumbersResponse
    from .replaced_text import ReplacedText
    from .report_single_response import ReportSingleResponse
    from .reports_advanced_response import ReportsAdvancedResponse
    from .reports_campaign_response import ReportsCampaignResponse
    from .reports_campaigns_respone import ReportsCampaignsRespone
    from .rich_media import RichMedia
    from .roaming_network import RoamingNetwork
    from .scheduled import Scheduled
    from .send_multichannel_campaign_request import SendMultichannelCampaignRequest
    from .send_multichannel_campaign_request_estimate import SendMultichannelCampaignRequestEstimate
    from .send_multichannel_campaign_response import SendMultichannelCampaignResponse
    from .send_multichannel_message_request import SendMultichannelMessageRequest
    from .send_multichannel_message_request_estimate import SendMultichannelMessageRequestEstimate
    from .send_multichannel_message_response import SendMultichannelMessageResponse
    from .send_sms_campaign_request import SendSmsCampaignRequest
    from .send_sms_campaign_request_estimate import SendSmsCampaignRequestEstimate
    from .send_sms_campaign_response import SendSmsCampaignResponse
    from .send_sms_message_request import SendSmsMessageRequest
    from .send_sms_message_response import SendSmsMessageResponse
    from .send_sms_request_estimate import SendSmsRequestEstimate
    from .send_viber_campaign_request import SendViberCampaignRequest
    from .send_viber_campaign_request_estimate import SendViberCampaignRequestEstimate
    from .send_viber_campaign_response import SendViberCampaignResponse
    from .send_viber_message_request import SendViberMessageRequest
    from .send_viber_message_request_estimate import SendViberMessageRequestEstimate
    from .send_viber_message_response import SendViberMessageResponse
    from .send_whatsapp_message_request import SendWhatsappMessageRequest
    from .send_whatsapp_message_request_estimate import SendWhatsappMessageRequestEstimate
    from .send_whatsapp_message_response import SendWhatsappMessageResponse
    from .settings import Settings
    from .shortlink_delete_response import ShortlinkDeleteResponse
    from .shortlink_details_response import ShortlinkDetailsResponse
    from .shortlink_new_request import ShortlinkNewRequest
    from .shortlink_new_response import ShortlinkNewResponse
    from .shortlink_update_request import ShortlinkUpdateRequest
    from .shortlink_update_response import ShortlinkUpdateResponse
    from .shortlinks import Shortlinks
    from .shortlinks_list_response import ShortlinksListResponse
    from .sms import Sms
    from .status import Status
    from .strategy import Strategy
    from .strategy_channel import StrategyChannel
    from .summary_value import SummaryValue
    from .template_details_response import TemplateDetailsResponse
    from .templates_delete_response import TemplatesDeleteResponse
    from .templates_list_response import TemplatesListResponse
    from .templates_new_request import TemplatesNewRequest
    from .templates_new_request_channel import TemplatesNewRequestChannel
    from .templates_new_response import TemplatesNewResponse
    from .templates_update_request import TemplatesUpdateRequest
    from .templates_update_request_channel import TemplatesUpdateRequestChannel
    from .templates_update_response import TemplatesUpdateResponse
    from .text import Text
    from .text_analysis import TextAnalysis
    from .transliteration import Transliteration
    from .transliteration_alphabet import TransliterationAlphabet
    from .transliteration_analysis import TransliterationAnalysis
    from .transliteration_app_settings import TransliterationAppSettings
    from .update_number_request import UpdateNumberRequest
    from .update_number_response import UpdateNumberResponse
    from .verify_pin_request import VerifyPinRequest
    from .verify_pin_response import VerifyPinResponse
    from .viber import Viber
    from .viber_whatsapp_pricing import ViberWhatsappPricing
    from .whatsapp import Whatsapp

    pass

_LAZY: dict[str, str] = {
    "Accepted": ".accepted",
    "AccountBalance": ".account_balance",
    "AddContactsToGroupRequest": ".add_contacts_to_group_request",
    "AddContactsToGroupResponse": ".add_contacts_to_group_response",
    "ApplicationSettingsResponse": ".application_settings_response",
    "ApplicationsListResponse": ".applications_list_response",
    "AttachmentDeleteResponse": ".attachment_delete_response",
    "AttachmentDetailsResponse": ".attachment_details_response",
    "AttachmentListResponse": ".attachment_list_response",
    "Attachments": ".attachments",
    "CallBackRequestAttachmentHit": ".call_back_request_attachment_hit",
    "CallBackRequestAttachmentHitEvent": ".call_back_request_attachment_hit_event",
    "CallBackRequestDlrUpdate": ".call_back_request_dlr_update",
    "CallBackRequestDlrUpdateEvent": ".call_back_request_dlr_update_event",
    "CallBackRequestNewOptout": ".call_back_request_new_optout",
    "CallBackRequestNewOptoutEvent": ".call_back_request_new_optout_event",
    "CallBackRequestNumberLookup": ".call_back_request_number_lookup",
    "CallBackRequestOtpUpdate": ".call_back_request_otp_update",
    "CallBackRequestOtpUpdateEvent": ".call_back_request_otp_update_event",
    "CallBackRequestReceiveSms": ".call_back_request_receive_sms",
    "CallBackRequestReceiveSmsEvent": ".call_back_request_receive_sms_event",
    "CallBackRequestShortlinkHit": ".call_back_request_shortlink_hit",
    "CallBackRequestShortlinkHitEvent": ".call_back_request_shortlink_hit_event",
    "CancelOtpResponse": ".cancel_otp_response",
    "CancelRentResponse": ".cancel_rent_response",
    "ChannelsStatus": ".channels_status",
    "CharactersReplaced": ".characters_replaced",
    "ConversationDetailsResponse": ".conversation_details_response",
    "ConversationReadResponse": ".conversation_read_response",
    "ConversationReplySmsRequest": ".conversation_reply_sms_request",
    "ConversationReplySmsResponse": ".conversation_reply_sms_response",
    "ConversationReplyViberRequest": ".conversation_reply_viber_request",
    "ConversationReplyViberRequestRichMedia": ".conversation_reply_viber_request_rich_media",
    "ConversationReplyViberRespone": ".conversation_reply_viber_respone",
    "ConversationReplyWhatsappRequest": ".conversation_reply_whatsapp_request",
    "ConversationReplyWhatsappRequestRichMedia": ".conversation_reply_whatsapp_request_rich_media",
    "ConversationReplyWhatsappResponse": ".conversation_reply_whatsapp_response",
    "ConversationsListResponse": ".conversations_list_response",
    "CustomFields": ".custom_fields",
    "CustomFieldsCustomFieldName": ".custom_fields_custom_field_name",
    "CustomFieldsObj": ".custom_fields_obj",
    "CustomFieldsObjCustomFieldName": ".custom_fields_obj_custom_field_name",
    "DataApplicationsList": ".data_applications_list",
    "DataAttachment": ".data_attachment",
    "DataAvailableNumbersRent": ".data_available_numbers_rent",
    "DataConversation": ".data_conversation",
    "DataConversationReply": ".data_conversation_reply",
    "DataConversationRichMedia": ".data_conversation_rich_media",
    "DataConversations": ".data_conversations",
    "DataDlrUpdate": ".data_dlr_update",
    "DataGroups": ".data_groups",
    "DataGroupsDetails": ".data_groups_details",
    "DataMultichannel": ".data_multichannel",
    "DataNewOptout": ".data_new_optout",
    "DataNumberLookup": ".data_number_lookup",
    "DataNumberLookupWebhook": ".data_number_lookup_webhook",
    "DataNumberValidate": ".data_number_validate",
    "DataNumbersLookup": ".data_numbers_lookup",
    "DataNumbersValidate": ".data_numbers_validate",
    "DataOptouts": ".data_optouts",
    "DataOriginatorsList": ".data_originators_list",
    "DataOtp": ".data_otp",
    "DataReceiveSms": ".data_receive_sms",
    "DataRentedNumbers": ".data_rented_numbers",
    "DataReportCampaign": ".data_report_campaign",
    "DataReports": ".data_reports",
    "DataReportsCampaigns": ".data_reports_campaigns",
    "DataShortlinkDetail": ".data_shortlink_detail",
    "DataShortlinkHit": ".data_shortlink_hit",
    "DataShortlinkList": ".data_shortlink_list",
    "DataSms": ".data_sms",
    "DataTemplate": ".data_template",
    "DataTemplatesList": ".data_templates_list",
    "DataViber": ".data_viber",
    "DataWhatsapp": ".data_whatsapp",
    "DeleteContact": ".delete_contact",
    "DeleteGroup": ".delete_group",
    "DeleteScheduledCampaign": ".delete_scheduled_campaign",
    "DeleteScheduledMsg": ".delete_scheduled_msg",
    "Delivered": ".delivered",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "ExportAdvancedReportToCsvChannel": ".export_advanced_report_to_csv_channel",
    "ExportAdvancedReportToCsvDeliveryReport": ".export_advanced_report_to_csv_delivery_report",
    "ExportAdvancedReportToCsvSource": ".export_advanced_report_to_csv_source",
    "ExportAdvancedReportToXlsxChannel": ".export_advanced_report_to_xlsx_channel",
    "ExportAdvancedReportToXlsxDeliveryReport": ".export_advanced_report_to_xlsx_delivery_report",
    "ExportAdvancedReportToXlsxSource": ".export_advanced_report_to_xlsx_source",
    "Failed": ".failed",
    "GetAdvancedReportChannel": ".get_advanced_report_channel",
    "GetAdvancedReportDeliveryReport": ".get_advanced_report_delivery_report",
    "GetAdvancedReportSource": ".get_advanced_report_source",
    "GetCampaignsListSource": ".get_campaigns_list_source",
    "GetChannelPricing200Response": ".get_channel_pricing_200_response",
    "GetChannelPricing200ResponseAdditionalProperty": ".get_channel_pricing_200_response_additional_property",
    "GetChannelPricingByCountryIsoChannel": ".get_channel_pricing_by_country_iso_channel",
    "GetChannelPricingByCountryIsoTrafficType": ".get_channel_pricing_by_country_iso_traffic_type",
    "GetChannelPricingChannel": ".get_channel_pricing_channel",
    "GetChannelPricingTrafficType": ".get_channel_pricing_traffic_type",
    "GetInboundSMSResponse": ".get_inbound_sms_response",
    "GetRentStatusResponse": ".get_rent_status_response",
    "GetSummaryReports200Response": ".get_summary_reports_200_response",
    "GetSummaryReports200ResponseData": ".get_summary_reports_200_response_data",
    "GetSummaryReportsDimension": ".get_summary_reports_dimension",
    "Group": ".group",
    "GroupDetailsResponse": ".group_details_response",
    "GroupResponse": ".group_response",
    "GroupsList": ".groups_list",
    "Info": ".info",
    "InfoAttachment": ".info_attachment",
    "InfoCampaign": ".info_campaign",
    "InfoCancelRent": ".info_cancel_rent",
    "InfoConversation": ".info_conversation",
    "InfoConversationReply": ".info_conversation_reply",
    "InfoDeleteGroup": ".info_delete_group",
    "InfoDeleteScheduledCampaign": ".info_delete_scheduled_campaign",
    "InfoDeleteScheduledMsg": ".info_delete_scheduled_msg",
    "InfoGroup": ".info_group",
    "InfoGroups": ".info_groups",
    "InfoGroupsAddContactsResponse": ".info_groups_add_contacts_response",
    "InfoGroupsContactDeleted": ".info_groups_contact_deleted",
    "InfoId": ".info_id",
    "InfoInboundSms": ".info_inbound_sms",
    "InfoMultichannel": ".info_multichannel",
    "InfoMultichannelCampaign": ".info_multichannel_campaign",
    "InfoNewGroup": ".info_new_group",
    "InfoNumbersLookup": ".info_numbers_lookup",
    "InfoNumbersValidate": ".info_numbers_validate",
    "InfoOptout": ".info_optout",
    "InfoOptouts": ".info_optouts",
    "InfoOptoutsNew": ".info_optouts_new",
    "InfoOriginator": ".info_originator",
    "InfoOtp": ".info_otp",
    "InfoPhoneNumberUpdate": ".info_phone_number_update",
    "InfoRentNumber": ".info_rent_number",
    "InfoReportCampaign": ".info_report_campaign",
    "InfoReports": ".info_reports",
    "InfoReportsCampaigns": ".info_reports_campaigns",
    "InfoShortlinkDetail": ".info_shortlink_detail",
    "InfoShortlinkNew": ".info_shortlink_new",
    "InfoTemplate": ".info_template",
    "InfoTemplateUpdate": ".info_template_update",
    "InfoViber": ".info_viber",
    "InfoViberCampaign": ".info_viber_campaign",
    "InfoWhatsapp": ".info_whatsapp",
    "Lookup": ".lookup",
    "Multichannel": ".multichannel",
    "NetworkOperator": ".network_operator",
    "NewGroupRequest": ".new_group_request",
    "NewGroupResponse": ".new_group_response",
    "NewOtpRequest": ".new_otp_request",
    "NewOtpRequestPinType": ".new_otp_request_pin_type",
    "NewOtpResponse": ".new_otp_response",
    "NoCoverage": ".no_coverage",
    "NumberLookupResponse": ".number_lookup_response",
    "NumberValidateResponse": ".number_validate_response",
    "NumbersBulkLookupResult": ".numbers_bulk_lookup_result",
    "NumbersLookupRequest": ".numbers_lookup_request",
    "NumbersLookupResponse": ".numbers_lookup_response",
    "NumbersValidateRequest": ".numbers_validate_request",
    "NumbersValidateResponse": ".numbers_validate_response",
    "OauthTokenRequest": ".oauth_token_request",
    "OauthTokenRequestGrantType": ".oauth_token_request_grant_type",
    "OauthTokenResponse": ".oauth_token_response",
    "Optouts": ".optouts",
    "OptoutsDeleteResponse": ".optouts_delete_response",
    "OptoutsListResponse": ".optouts_list_response",
    "OptoutsNewResponse": ".optouts_new_response",
    "OriginalNetwork": ".original_network",
    "OriginalText": ".original_text",
    "OriginatorNewRequest": ".originator_new_request",
    "OriginatorNewResponse": ".originator_new_response",
    "OriginatorsListResponse": ".originators_list_response",
    "Otp": ".otp",
    "Paging": ".paging",
    "PhoneNumbersByCountry": ".phone_numbers_by_country",
    "PortedNetwork": ".ported_network",
    "PricingSmsResponse": ".pricing_sms_response",
    "PricingViberWhatsappResponse": ".pricing_viber_whatsapp_response",
    "QuietHours": ".quiet_hours",
    "RenewRentRequest": ".renew_rent_request",
    "RenewRentRequestRentPeriod": ".renew_rent_request_rent_period",
    "RentNumberRequest": ".rent_number_request",
    "RentNumberRequestRentPeriod": ".rent_number_request_rent_period",
    "RentNumberResponse": ".rent_number_response",
    "RentNumbersResponse": ".rent_numbers_response",
    "RentalCost": ".rental_cost",
    "RentedNumbersResponse": ".rented_numbers_response",
    "ReplacedText": ".replaced_text",
    "ReportSingleResponse": ".report_single_response",
    "ReportsAdvancedResponse": ".reports_advanced_response",
    "ReportsCampaignResponse": ".reports_campaign_response",
    "ReportsCampaignsRespone": ".reports_campaigns_respone",
    "RichMedia": ".rich_media",
    "RoamingNetwork": ".roaming_network",
    "Scheduled": ".scheduled",
    "SendMultichannelCampaignRequest": ".send_multichannel_campaign_request",
    "SendMultichannelCampaignRequestEstimate": ".send_multichannel_campaign_request_estimate",
    "SendMultichannelCampaignResponse": ".send_multichannel_campaign_response",
    "SendMultichannelMessageRequest": ".send_multichannel_message_request",
    "SendMultichannelMessageRequestEstimate": ".send_multichannel_message_request_estimate",
    "SendMultichannelMessageResponse": ".send_multichannel_message_response",
    "SendSmsCampaignRequest": ".send_sms_campaign_request",
    "SendSmsCampaignRequestEstimate": ".send_sms_campaign_request_estimate",
    "SendSmsCampaignResponse": ".send_sms_campaign_response",
    "SendSmsMessageRequest": ".send_sms_message_request",
    "SendSmsMessageResponse": ".send_sms_message_response",
    "SendSmsRequestEstimate": ".send_sms_request_estimate",
    "SendViberCampaignRequest": ".send_viber_campaign_request",
    "SendViberCampaignRequestEstimate": ".send_viber_campaign_request_estimate",
    "SendViberCampaignResponse": ".send_viber_campaign_response",
    "SendViberMessageRequest": ".send_viber_message_request",
    "SendViberMessageRequestEstimate": ".send_viber_message_request_estimate",
    "SendViberMessageResponse": ".send_viber_message_response",
    "SendWhatsappMessageRequest": ".send_whatsapp_message_request",
    "SendWhatsappMessageRequestEstimate": ".send_whatsapp_message_request_estimate",
    "SendWhatsappMessageResponse": ".send_whatsapp_message_response",
    "Settings": ".settings",
    "ShortlinkDeleteResponse": ".shortlink_delete_response",
    "ShortlinkDetailsResponse": ".shortlink_details_response",
    "ShortlinkNewRequest": ".shortlink_new_request",
    "ShortlinkNewResponse": ".shortlink_new_response",
    "ShortlinkUpdateRequest": ".shortlink_update_request",
    "ShortlinkUpdateResponse": ".shortlink_update_response",
    "Shortlinks": ".shortlinks",
    "ShortlinksListResponse": ".shortlinks_list_response",
    "Sms": ".sms",
    "Status": ".status",
    "Strategy": ".strategy",
    "StrategyChannel": ".strategy_channel",
    "SummaryValue": ".summary_value",
    "TemplateDetailsResponse": ".template_details_response",
    "TemplatesDeleteResponse": ".templates_delete_response",
    "TemplatesListResponse": ".templates_list_response",
    "TemplatesNewRequest": ".templates_new_request",
    "TemplatesNewRequestChannel": ".templates_new_request_channel",
    "TemplatesNewResponse": ".templates_new_response",
    "TemplatesUpdateRequest": ".templates_update_request",
    "TemplatesUpdateRequestChannel": ".templates_update_request_channel",
    "TemplatesUpdateResponse": ".templates_update_response",
    "Text": ".text",
    "TextAnalysis": ".text_analysis",
    "Transliteration": ".transliteration",
    "TransliterationAlphabet": ".transliteration_alphabet",
    "TransliterationAnalysis": ".transliteration_analysis",
    "TransliterationAppSettings": ".transliteration_app_settings",
    "UpdateNumberRequest": ".update_number_request",
    "UpdateNumberResponse": ".update_number_response",
    "VerifyPinRequest": ".verify_pin_request",
    "VerifyPinResponse": ".verify_pin_response",
    "Viber": ".viber",
    "ViberWhatsappPricing": ".viber_whatsapp_pricing",
    "Whatsapp": ".whatsapp",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))


__all__ = (
    "Accepted",
    "AccountBalance",
    "AddContactsToGroupRequest",
    "AddContactsToGroupResponse",
    "ApplicationSettingsResponse",
    "ApplicationsListResponse",
    "AttachmentDeleteResponse",
    "AttachmentDetailsResponse",
    "AttachmentListResponse",
    "Attachments",
    "CallBackRequestAttachmentHit",
    "CallBackRequestAttachmentHitEvent",
    "CallBackRequestDlrUpdate",
    "CallBackRequestDlrUpdateEvent",
    "CallBackRequestNewOptout",
    "CallBackRequestNewOptoutEvent",
    "CallBackRequestNumberLookup",
    "CallBackRequestOtpUpdate",
    "CallBackRequestOtpUpdateEvent",
    "CallBackRequestReceiveSms",
    "CallBackRequestReceiveSmsEvent",
    "CallBackRequestShortlinkHit",
    "CallBackRequestShortlinkHitEvent",
    "CancelOtpResponse",
    "CancelRentResponse",
    "ChannelsStatus",
    "CharactersReplaced",
    "ConversationDetailsResponse",
    "ConversationReadResponse",
    "ConversationReplySmsRequest",
    "ConversationReplySmsResponse",
    "ConversationReplyViberRequest",
    "ConversationReplyViberRequestRichMedia",
    "ConversationReplyViberRespone",
    "ConversationReplyWhatsappRequest",
    "ConversationReplyWhatsappRequestRichMedia",
    "ConversationReplyWhatsappResponse",
    "ConversationsListResponse",
    "CustomFields",
    "CustomFieldsCustomFieldName",
    "CustomFieldsObj",
    "CustomFieldsObjCustomFieldName",
    "DataApplicationsList",
    "DataAttachment",
    "DataAvailableNumbersRent",
    "DataConversation",
    "DataConversationReply",
    "DataConversationRichMedia",
    "DataConversations",
    "DataDlrUpdate",
    "DataGroups",
    "DataGroupsDetails",
    "DataMultichannel",
    "DataNewOptout",
    "DataNumberLookup",
    "DataNumberLookupWebhook",
    "DataNumbersLookup",
    "DataNumbersValidate",
    "DataNumberValidate",
    "DataOptouts",
    "DataOriginatorsList",
    "DataOtp",
    "DataReceiveSms",
    "DataRentedNumbers",
    "DataReportCampaign",
    "DataReports",
    "DataReportsCampaigns",
    "DataShortlinkDetail",
    "DataShortlinkHit",
    "DataShortlinkList",
    "DataSms",
    "DataTemplate",
    "DataTemplatesList",
    "DataViber",
    "DataWhatsapp",
    "DeleteContact",
    "DeleteGroup",
    "DeleteScheduledCampaign",
    "DeleteScheduledMsg",
    "Delivered",
    "Error",
    "ErrorDetail",
    "ExportAdvancedReportToCsvChannel",
    "ExportAdvancedReportToCsvDeliveryReport",
    "ExportAdvancedReportToCsvSource",
    "ExportAdvancedReportToXlsxChannel",
    "ExportAdvancedReportToXlsxDeliveryReport",
    "ExportAdvancedReportToXlsxSource",
    "Failed",
    "GetAdvancedReportChannel",
    "GetAdvancedReportDeliveryReport",
    "GetAdvancedReportSource",
    "GetCampaignsListSource",
    "GetChannelPricing200Response",
    "GetChannelPricing200ResponseAdditionalProperty",
    "GetChannelPricingByCountryIsoChannel",
    "GetChannelPricingByCountryIsoTrafficType",
    "GetChannelPricingChannel",
    "GetChannelPricingTrafficType",
    "GetInboundSMSResponse",
    "GetRentStatusResponse",
    "GetSummaryReports200Response",
    "GetSummaryReports200ResponseData",
    "GetSummaryReportsDimension",
    "Group",
    "GroupDetailsResponse",
    "GroupResponse",
    "GroupsList",
    "Info",
    "InfoAttachment",
    "InfoCampaign",
    "InfoCancelRent",
    "InfoConversation",
    "InfoConversationReply",
    "InfoDeleteGroup",
    "InfoDeleteScheduledCampaign",
    "InfoDeleteScheduledMsg",
    "InfoGroup",
    "InfoGroups",
    "InfoGroupsAddContactsResponse",
    "InfoGroupsContactDeleted",
    "InfoId",
    "InfoInboundSms",
    "InfoMultichannel",
    "InfoMultichannelCampaign",
    "InfoNewGroup",
    "InfoNumbersLookup",
    "InfoNumbersValidate",
    "InfoOptout",
    "InfoOptouts",
    "InfoOptoutsNew",
    "InfoOriginator",
    "InfoOtp",
    "InfoPhoneNumberUpdate",
    "InfoRentNumber",
    "InfoReportCampaign",
    "InfoReports",
    "InfoReportsCampaigns",
    "InfoShortlinkDetail",
    "InfoShortlinkNew",
    "InfoTemplate",
    "InfoTemplateUpdate",
    "InfoViber",
    "InfoViberCampaign",
    "InfoWhatsapp",
    "Lookup",
    "Multichannel",
    "NetworkOperator",
    "NewGroupRequest",
    "NewGroupResponse",
    "NewOtpRequest",
    "NewOtpRequestPinType",
    "NewOtpResponse",
    "NoCoverage",
    "NumberLookupResponse",
    "NumbersBulkLookupResult",
    "NumbersLookupRequest",
    "NumbersLookupResponse",
    "NumbersValidateRequest",
    "NumbersValidateResponse",
    "NumberValidateResponse",
    "OauthTokenRequest",
    "OauthTokenRequestGrantType",
    "OauthTokenResponse",
    "Optouts",
    "OptoutsDeleteResponse",
    "OptoutsListResponse",
    "OptoutsNewResponse",
    "OriginalNetwork",
    "OriginalText",
    "OriginatorNewRequest",
    "OriginatorNewResponse",
    "OriginatorsListResponse",
    "Otp",
    "Paging",
    "PhoneNumbersByCountry",
    "PortedNetwork",
    "PricingSmsResponse",
    "PricingViberWhatsappResponse",
    "QuietHours",
    "RenewRentRequest",
    "RenewRentRequestRentPeriod",
    "RentalCost",
    "RentedNumbersResponse",
    "RentNumberRequest",
    "RentNumberRequestRentPeriod",
    "RentNumberResponse",
    "RentNumbersResponse",
    "ReplacedText",
    "ReportsAdvancedResponse",
    "ReportsCampaignResponse",
    "ReportsCampaignsRespone",
    "ReportSingleResponse",
    "RichMedia",
    "RoamingNetwork",
    "Scheduled",
    "SendMultichannelCampaignRequest",
    "SendMultichannelCampaignRequestEstimate",
    "SendMultichannelCampaignResponse",
    "SendMultichannelMessageRequest",
    "SendMultichannelMessageRequestEstimate",
    "SendMultichannelMessageResponse",
    "SendSmsCampaignRequest",
    "SendSmsCampaignRequestEstimate",
    "SendSmsCampaignResponse",
    "SendSmsMessageRequest",
    "SendSmsMessageResponse",
    "SendSmsRequestEstimate",
    "SendViberCampaignRequest",
    "SendViberCampaignRequestEstimate",
    "SendViberCampaignResponse",
    "SendViberMessageRequest",
    "SendViberMessageRequestEstimate",
    "SendViberMessageResponse",
    "SendWhatsappMessageRequest",
    "SendWhatsappMessageRequestEstimate",
    "SendWhatsappMessageResponse",
    "Settings",
    "ShortlinkDeleteResponse",
    "ShortlinkDetailsResponse",
    "ShortlinkNewRequest",
    "ShortlinkNewResponse",
    "Shortlinks",
    "ShortlinksListResponse",
    "ShortlinkUpdateRequest",
    "ShortlinkUpdateResponse",
    "Sms",
    "Status",
    "Strategy",
    "StrategyChannel",
    "SummaryValue",
    "TemplateDetailsResponse",
    "TemplatesDeleteResponse",
    "TemplatesListResponse",
    "TemplatesNewRequest",
    "TemplatesNewRequestChannel",
    "TemplatesNewResponse",
    "TemplatesUpdateRequest",
    "TemplatesUpdateRequestChannel",
    "TemplatesUpdateResponse",
    "Text",
    "TextAnalysis",
    "Transliteration",
    "TransliterationAlphabet",
    "TransliterationAnalysis",
    "TransliterationAppSettings",
    "UpdateNumberRequest",
    "UpdateNumberResponse",
    "VerifyPinRequest",
    "VerifyPinResponse",
    "Viber",
    "ViberWhatsappPricing",
    "Whatsapp",
)
