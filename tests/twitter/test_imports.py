"""``import pytweet`` loads nothing but the package and its version (PEP 562 exports); the client module, the
runtime and the generated plumbing (``twitter_api.legacy``) load on first use, and a client is built without the
generated builders until its first call (only the generated method declarations, ``twitter_api.legacy.surface``,
which import nothing but the facade's enums). 1.3.6's module paths (``pytweet.user.User``) still resolve."""

from __future__ import annotations

from tests.fresh_python import output_lines

_PROGRAM = """
import sys
import pytweet
print(sorted(name for name in sys.modules if name.startswith(("pytweet", "twitter_api", "switchboard_core"))))
client = pytweet.Client("bearer", base_url="https://api.twitter.com")
print(sorted(name for name in sys.modules if name.startswith("twitter_api")))
print(pytweet.user.User is pytweet.User, pytweet.http.HTTPClient is pytweet.HTTPClient)
"""


def test_import_pytweet_loads_only_the_package_and_the_rest_on_first_use() -> None:
    imported, generated, legacy_paths = output_lines(_PROGRAM)
    assert imported == "['pytweet', 'pytweet._version']"
    assert generated == "['twitter_api', 'twitter_api.legacy', 'twitter_api.legacy.surface']"
    assert legacy_paths == "True True"
