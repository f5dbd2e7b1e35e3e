"""Mxit quickstart: app-token lookups, the authorization-code flow, a status update, and a gallery upload that
downloads back byte for byte.

Credentials come from MXIT_CLIENT_ID / MXIT_CLIENT_SECRET; SWITCHBOARD_MXIT_BASE_URL and
SWITCHBOARD_MXIT_AUTH_URL point the client at other hosts (``make`` runs this against the local sandbox, whose
/authorize approves at once: with the real service the user's browser visits ``auth_url`` and Mxit redirects it
to your ``redirect_uri`` with the code).
"""

import os
import sys
import tempfile
from pathlib import Path

import httpx

from mxit import CONTACT_LIST_FILTER, Mxit

REDIRECT_URI = "http://localhost:8000/mxit/callback"
SCOPES = "status/write graph/read content/read content/write"


def code_from_redirect(auth_url: str) -> str:
    """What your redirect_uri handler reads from the query string (here: follow the sandbox's redirect)."""
    response = httpx.get(auth_url)
    return httpx.URL(response.headers["location"]).params["code"]


def main() -> int:
    client = Mxit(os.environ["MXIT_CLIENT_ID"], os.environ["MXIT_CLIENT_SECRET"], redirect_uri=REDIRECT_URI)
    with client, tempfile.TemporaryDirectory() as folder:
        user_id = client.users.get_user_id("example_mxit_id")  # app token for profile/public, fetched on demand
        print(f"user id: {user_id}, display name: {client.users.get_display_name('example_mxit_id')}")
        avatar = Path(folder) / "avatar.png"
        client.users.get_avatar("example_mxit_id", output_file_path=avatar)  # streamed to disk
        print(f"avatar: {avatar.stat().st_size} bytes")

        url = client.oauth.auth_url(SCOPES)
        client.oauth.get_user_token(SCOPES, code_from_redirect(url))
        client.users.set_status("Hello from Switchboard")
        print(f"status now: {client.users.get_status('example_mxit_id')}")
        friends = client.users.get_contact_list(CONTACT_LIST_FILTER["friends"])
        print(f"friends: {[c['DisplayName'] for c in friends['Contacts']]}")

        picture = Path(folder) / "picture.png"
        picture.write_bytes(bytes.fromhex("89504e470d0a1a0a") + b"quickstart" * 64)
        client.users.create_gallery_folder("Quickstart")
        file_id = client.users.upload_gallery_file("Quickstart", "picture.png", input_file_path=picture)
        data = client.users.get_gallery_file(file_id)
        print(f"uploaded {file_id}; downloaded {len(data or b'')} bytes")
        if data != picture.read_bytes():
            print("the downloaded file differs from the upload", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
