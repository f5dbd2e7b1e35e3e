"""What each operation documents as its answers (generated from the spec: do not edit)."""

from typing import Any

COMPONENTS: dict[str, Any] = {
    "BasicProfile": {
        "type": "object",
        "properties": {
            "UserId": {"type": "string"},
            "DisplayName": {"type": "string"},
            "FirstName": {"type": "string"},
            "LastName": {"type": "string"},
            "Gender": {"type": "integer"},
            "LanguageCode": {"type": "string"},
            "RegisteredCountry": {"type": "string"},
            "StatusMessage": {"type": "string"},
            "LastModified": {"type": "string"},
            "LastOnline": {"type": "string"},
        },
        "required": ["UserId"],
    },
    "Contact": {
        "type": "object",
        "properties": {
            "UserId": {"type": "string"},
            "DisplayName": {"type": "string"},
            "Type": {"type": "integer"},
            "Group": {"type": "string"},
            "State": {"type": "string"},
        },
        "required": ["UserId"],
    },
    "ContactList": {
        "type": "object",
        "properties": {
            "Contacts": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}},
            "TotalCount": {"type": "integer"},
        },
        "required": ["Contacts"],
    },
    "Error": {
        "type": "object",
        "properties": {"message": {"type": "string"}, "details": {"type": "array", "items": {"type": "string"}}},
        "required": ["message"],
    },
    "Folder": {
        "type": "object",
        "properties": {"Name": {"type": "string"}, "FileCount": {"type": "integer"}},
        "required": ["Name"],
    },
    "FolderList": {
        "type": "object",
        "properties": {"Folders": {"type": "array", "items": {"$ref": "#/components/schemas/Folder"}}},
        "required": ["Folders"],
    },
    "FriendSuggestion": {
        "type": "object",
        "properties": {
            "UserId": {"type": "string"},
            "DisplayName": {"type": "string"},
            "NumberOfMutualFriends": {"type": "integer"},
        },
        "required": ["UserId"],
    },
    "FullProfile": {
        "allOf": [
            {"$ref": "#/components/schemas/BasicProfile"},
            {
                "type": "object",
                "properties": {
                    "AboutMe": {"type": "string"},
                    "Email": {"type": "string"},
                    "MobileNumber": {"type": "string"},
                    "RelationshipStatus": {"type": "integer"},
                    "Title": {"type": "string"},
                    "WhereAmI": {"type": "string"},
                    "DateOfBirth": {"type": "string"},
                },
            },
        ]
    },
    "GalleryItem": {
        "type": "object",
        "properties": {
            "FileId": {"type": "string"},
            "FileName": {"type": "string"},
            "ContentType": {"type": "string"},
            "Size": {"type": "integer"},
            "PreventShare": {"type": "boolean"},
        },
        "required": ["FileId", "FileName"],
    },
    "OAuthError": {
        "type": "object",
        "properties": {"error": {"type": "string"}, "error_description": {"type": "string"}},
        "required": ["error"],
    },
    "TokenResponse": {
        "type": "object",
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string"},
            "expires_in": {"type": "integer"},
            "refresh_token": {"type": "string"},
            "scope": {"type": "string"},
        },
        "required": ["access_token", "token_type"],
    },
}

ANSWERS: dict[str, Any] = {
    "authorize": {"400": (["application/json"], {"$ref": "#/components/schemas/Error"})},
    "get_token": {
        "200": (["application/json"], {"$ref": "#/components/schemas/TokenResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/OAuthError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/OAuthError"}),
    },
    "send_message": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_user_id": {
        "200": (["application/json"], {"type": "string"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_status": {
        "200": (["application/json"], {"type": "string"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "set_status": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_display_name": {
        "200": (["application/json"], {"type": "string"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_avatar": {
        "200": (["*/*"], None),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "set_avatar": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "delete_avatar": {
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_cover_image": {
        "200": (["*/*"], None),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "set_cover_image": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_basic_profile": {
        "200": (["application/json"], {"$ref": "#/components/schemas/BasicProfile"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_full_profile": {
        "200": (["application/json"], {"$ref": "#/components/schemas/FullProfile"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "update_profile": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "add_contact": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_contact_list": {
        "200": (["application/json"], {"$ref": "#/components/schemas/ContactList"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_friend_suggestions": {
        "200": (["application/json"], {"type": "array", "items": {"$ref": "#/components/schemas/FriendSuggestion"}}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_gallery_folder_list": {
        "200": (["application/json"], {"$ref": "#/components/schemas/FolderList"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "rename_gallery_folder": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "409": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "create_gallery_folder": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "409": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "delete_gallery_folder": {
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "upload_file_and_send_file_offer": {
        "200": (["application/json"], {"type": "string"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "send_file_offer": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "rename_gallery_file": {
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "upload_gallery_file": {
        "201": (["application/json"], {"type": "string"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "409": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "delete_gallery_file": {
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_gallery_item_list": {
        "200": (["application/json"], {"type": "array", "items": {"$ref": "#/components/schemas/GalleryItem"}}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_gallery_file": {
        "200": (["*/*"], None),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
}

RECONCILE: dict[str, tuple[tuple[int, ...], str | None]] = {"delete_gallery_folder": ((404,), None)}
