"""``CustomFieldsObjCustomFieldName``: the generated response model."""

from smscx_api.models import CustomFieldsObjCustomFieldName

__all__ = ["CustomFieldsObjCustomFieldName"]
