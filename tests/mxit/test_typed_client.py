"""The generated ``mxit_api`` client on the facade's stack (``client.typed(scope)``): typed models, errors as
values, tokens from the facade's own cache."""

from __future__ import annotations

import pytest

from mxit import AsyncMxit, Mxit
from mxit_api.api.gallery import get_gallery_folder_list
from mxit_api.api.users import get_basic_profile, get_status, get_user_id
from mxit_api.models import BasicProfile, Error, FolderList

from .conftest import authorize

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def test_typed_calls_return_models_and_errors_as_values(client: Mxit) -> None:
    requests: list[str] = []
    with client.typed("profile/public") as typed:
        typed.get_httpx_client().event_hooks["request"].append(lambda r: requests.append(r.url.path))
        profile = get_basic_profile.sync(client=typed, user_id="example_user_id")
        assert isinstance(profile, BasicProfile)
        assert profile.user_id == "example_user_id"
        assert profile["DisplayName"] == "Example User"
        assert get_user_id.sync(client=typed, mxit_id="mxit_id_1") == "mxit_user_id_1"
        missing = get_user_id.sync_detailed(client=typed, mxit_id="nobody")
        assert missing.status_code == 404
        assert isinstance(missing.parsed, Error)
        assert missing.parsed.message == "No Mxit user 'nobody'"
    assert requests.count("/token") == 1
    client.users.get_status("example_mxit_id")  # the facade reuses the typed client's app token


def test_typed_user_calls_use_the_user_token(client: Mxit) -> None:
    client.oauth.get_user_token("content/read", authorize(client.oauth.auth_url("content/read")))
    with client.typed("content/read", user=True) as typed:
        folders = get_gallery_folder_list.sync(client=typed)
    assert isinstance(folders, FolderList)
    assert [f.name for f in folders.folders] == ["old example folder name"]


async def test_typed_async(async_client: AsyncMxit) -> None:
    async with async_client.typed("profile/public") as typed:
        assert await get_status.asyncio(client=typed, mxit_id="mxit_id_1") == "Hi"
        response = await get_status.asyncio_detailed(client=typed, mxit_id="nobody")
    assert response.status_code == 404
