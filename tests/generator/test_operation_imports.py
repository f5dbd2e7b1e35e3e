"""A generated operation module loads its models and the client on first use, not on import.

Importing ``twitter_api.api.users.get_user`` used to import the user model and, through its pinned tweet, the
whole tweet tree (28 model modules) before anything was called; the endpoint template now imports models and the
client under ``TYPE_CHECKING`` at the top and inside ``build_request`` / ``parse_response`` (only an enum that a
parameter default names stays a module import). The calls still work and still return the typed models.
"""

from __future__ import annotations

from tests.fresh_python import output_lines

_PROGRAM = """
import sys
import httpx
from twitter_api.api.users import get_user
print(sorted(name for name in sys.modules if name.startswith(("twitter_api.models", "twitter_api.client"))))
answer = httpx.Response(200, json={"data": {"id": "12", "name": "Ada", "username": "ada"}},
                        request=httpx.Request("GET", "https://api.twitter.com/2/users/12"))
parsed = get_user.parse_response(answer)
print(type(parsed).__name__, parsed.data.username)
print("twitter_api.models.user" in sys.modules, "twitter_api.models.tweet" in sys.modules)
"""


def test_an_operation_module_imports_no_model_until_it_parses() -> None:
    on_import, parsed, loaded = output_lines(_PROGRAM)
    assert on_import == "[]"
    assert parsed == "UserResponse ada"
    assert loaded == "True True"
