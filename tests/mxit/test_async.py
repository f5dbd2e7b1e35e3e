"""The async client: token flows and every operation, success and errors (recorded from the sandbox)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from mxit import (
    CONTACT_LIST_FILTER,
    AsyncMxit,
    MxitAPIAuthException,
    MxitAPIParameterException,
    MxitBadRequestException,
    MxitConflictException,
    MxitNotFoundException,
    MxitPermissionDeniedException,
)

from .conftest import ALL_SCOPES, CLIENT_ID, REDIRECT_URI, Sandbox, base_url

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

PNG = bytes.fromhex("89504e470d0a1a0a") + b"async-image" * 300


async def code_for(client: AsyncMxit, scope: str) -> str:
    async with httpx.AsyncClient() as http:
        response = await http.get(client.oauth.auth_url(scope))
    return httpx.URL(response.headers["location"]).params["code"]


async def test_app_calls_and_concurrent_lookups(async_client: AsyncMxit) -> None:
    ids = await asyncio.gather(
        *(async_client.users.get_user_id(m) for m in ("example_mxit_id", "mxit_id_1", "mxit_id_2"))
    )
    assert ids == ["example_user_id", "mxit_user_id_1", "mxit_user_id_2"]
    assert async_client.auth.usable("client_credentials", "profile/public") is not None
    assert await async_client.users.get_status("mxit_id_2") == "Busy"
    assert await async_client.users.get_display_name("mxit_id_1") == "User One"
    assert (await async_client.users.get_basic_profile("mxit_user_id_1"))["FirstName"] == "Una"
    assert await async_client.messaging.send_message("example_app_mxit_id", ["mxit_user_id_1"], "hi") == ""
    with pytest.raises(MxitNotFoundException):
        await async_client.users.get_display_name("nobody")
    with pytest.raises(MxitBadRequestException):
        await async_client.messaging.send_message("example_app_mxit_id", ["nobody"], "hi")


async def test_user_token_flow_and_refresh(async_client: AsyncMxit, sandbox: Sandbox) -> None:
    with pytest.raises(MxitAPIParameterException):
        await async_client.users.get_full_profile()
    token = await async_client.oauth.get_user_token(ALL_SCOPES, await code_for(async_client, ALL_SCOPES))
    assert await async_client.oauth.get_user_token("graph/read") == token
    assert (await async_client.users.get_full_profile())["Email"] == "example@example.org"
    sandbox.expire_tokens()
    await async_client.users.set_status("refreshed")
    assert await async_client.users.get_status("example_mxit_id") == "refreshed"
    await async_client.messaging.send_user_to_user_message("example_user_id", ["mxit_user_id_2"], "yo")


async def test_a_token_without_the_scope_is_403(async_client: AsyncMxit) -> None:
    await async_client.oauth.get_user_token("graph/read", await code_for(async_client, "graph/read"))
    with pytest.raises(MxitPermissionDeniedException, match="profile/private"):
        await async_client.users.get_full_profile(scope="graph/read")


async def test_wrong_secret_is_an_auth_exception(sandbox: Sandbox) -> None:
    async with AsyncMxit(CLIENT_ID, "wrong", base_url=base_url(), auth_base_url=base_url()) as client:
        with pytest.raises(MxitAPIAuthException, match="Failed to retrieve app token"):
            await client.users.get_status("example_mxit_id")
        with pytest.raises(MxitAPIAuthException, match="Failed to retrieve app token"):
            await client.oauth.get_app_token("profile/public")


async def test_profile_contacts_and_avatar(async_client: AsyncMxit, tmp_path: Path) -> None:
    await async_client.oauth.get_user_token(ALL_SCOPES, await code_for(async_client, ALL_SCOPES))
    users = async_client.users
    await users.update_profile(display_name="Async User", where_am_i="Cape Town")
    assert (await users.get_full_profile())["WhereAmI"] == "Cape Town"
    assert await users.get_display_name("example_mxit_id") == "Async User"
    assert await users.add_contact("example_service") == ""
    apps = await users.get_contact_list(CONTACT_LIST_FILTER["apps"])
    assert [c["UserId"] for c in apps["Contacts"]] == ["example_service"]
    assert len(await users.get_friend_suggestions()) == 1
    await users.set_avatar(data=PNG, content_type="image/png")
    assert await users.get_avatar("example_mxit_id") == PNG
    target = tmp_path / "a.png"
    assert await users.get_avatar("example_mxit_id", output_file_path=target) is None
    assert target.read_bytes() == PNG
    await users.delete_avatar()
    with pytest.raises(MxitNotFoundException):
        await users.get_avatar("example_mxit_id", output_file_path=tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()


async def test_gallery_and_file_offers(async_client: AsyncMxit, sandbox: Sandbox, tmp_path: Path) -> None:
    await async_client.oauth.get_user_token(ALL_SCOPES, await code_for(async_client, ALL_SCOPES))
    users = async_client.users
    await users.create_gallery_folder("docs")
    with pytest.raises(MxitConflictException):
        await users.create_gallery_folder("docs")
    file_id = await users.upload_gallery_file("docs", "scan.png", data=PNG)
    assert (await users.get_gallery_item_list("docs", count=1))[0]["FileId"] == file_id
    assert await users.get_gallery_file(file_id) == PNG
    await users.get_gallery_file(file_id, output_file_path=tmp_path / "scan.png")
    assert (tmp_path / "scan.png").read_bytes() == PNG
    await users.rename_gallery_file(file_id, "scan-1.png")
    await users.rename_gallery_folder("docs", "papers")
    assert {"Name": "papers", "FileCount": 1} in (await users.get_gallery_folder_list())["Folders"]
    await users.delete_gallery_file(file_id)
    await users.delete_gallery_folder("papers")
    with pytest.raises(MxitNotFoundException):
        await users.delete_gallery_folder("papers")
    offered = await users.upload_file_and_send_file_offer("note.txt", "mxit_user_id_1", data=b"hello", auto_open=True)
    await users.send_file_offer(offered, "mxit_user_id_2", auto_open=True)
    assert [o["UserId"] for o in sandbox.state()["offers"]] == ["mxit_user_id_1", "mxit_user_id_2"]


async def test_redirect_uri_is_sent_with_the_code(sandbox: Sandbox) -> None:
    async with AsyncMxit(CLIENT_ID, "sandbox-client-secret", redirect_uri=REDIRECT_URI, base_url=base_url(),
                         auth_base_url=base_url()) as client:  # fmt: skip
        await client.oauth.get_user_token("content/read", await code_for(client, "content/read"))
        assert client.oauth.has_user_token("content/read")
        assert not client.oauth.has_user_token("content/write")
