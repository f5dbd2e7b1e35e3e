"""The seed documentation's examples, run unchanged, in order, against the sandbox (replayed).

The Vumi Go seed is rendered Sphinx text without code blocks: its examples are the two
``contact = api.get_contact(...)`` lines and the ``>>> client.…`` doctest lines of the opt-out client. They are taken
from ``shared/seeds/vumigo.txt`` as they stand; the one change is that the rendering's typographic single quotes
(U+2018, U+2019) become ASCII quotes. The namespace
supplies ``api`` (a ContactsApiClient) and ``client`` (an OptOutsApiClient), which the examples use unintroduced;
the contact the examples look up (key ``abcdef123456``, msisdn ``+12345``) is put in the sandbox first.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from go_http.contacts import ContactsApiClient
from go_http.optouts import OptOutsApiClient
from tests.seeds import seed_file

from .conftest import TOKEN, Sandbox, api_url

SEED = seed_file("vumigo")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'"})
TEXT = SEED.read_text()
CONTACT_EXAMPLES = [line.translate(QUOTES) for line in re.findall(r"^[\s-]*(contact = api\..*?)\s*$", TEXT, re.M)]
DOCTESTS = [line.translate(QUOTES) for line in re.findall(r">>> (client\.[^\n]*?\))", TEXT)]

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def test_seed_has_the_expected_examples() -> None:
    assert CONTACT_EXAMPLES == [
        "contact = api.get_contact('abcdef123456')",
        "contact = api.get_contact(msisdn='+12345')",
    ]
    assert DOCTESTS == [
        "client.count()",
        "client.delete_optout('msisdn', '+12345')",
        "client.get_optout('msisdn', '+12345')",
        "client.set_optout('msisdn', '+12345')",
    ]


def test_every_seed_example_runs_unchanged(sandbox: Sandbox) -> None:
    seeded = sandbox.seed_contact({"key": "abcdef123456", "msisdn": "+12345", "name": "Seed"})
    with ContactsApiClient(TOKEN, api_url()) as api, OptOutsApiClient(TOKEN, api_url()) as client:
        ns: dict[str, Any] = {"api": api, "client": client}
        assert len(CONTACT_EXAMPLES) == 2
        for example in CONTACT_EXAMPLES:
            ns.pop("contact", None)
            exec(compile(example, str(SEED), "exec"), ns)  # noqa: S102  (the documentation's own code)
            assert ns["contact"] == seeded
        results = [eval(compile(line, str(SEED), "eval"), ns) for line in DOCTESTS]  # noqa: S307
    count, deleted, fetched, created = results
    assert count == 0
    assert deleted is None  # nothing to delete yet: the API's 404 becomes None, as documented
    assert fetched is None
    assert set(created) == {"created_at", "message", "user_account"}
