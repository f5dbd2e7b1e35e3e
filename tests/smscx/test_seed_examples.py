"""The seed documentation's examples, run unchanged against the sandbox (replayed).

``shared/seeds/smscx.txt`` is the PyPI page as text: its code lost every indentation (and a block whose body
was only a comment is no longer valid Python). :func:`restore` puts the indentation back by the only rules the
examples need -- the body of ``try:``, ``except ...:`` and ``for ...:`` is indented one level, and a body of
comments only gets ``pass`` -- and changes nothing else. The namespace supplies what the examples use
without importing it (``json``, ``Transliteration``). The seed's placeholder credentials (``YOUR_API_KEY``,
``YOUR_APPLICATION_ID`` / ``_SECRET``) are accepted by the sandbox, and so are its masked numbers
(``+31612469xxx``).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from smscx_client.model.oauth_token_response import OauthTokenResponse
from smscx_client.model.send_sms_message_response import SendSmsMessageResponse
from smscx_client.model.transliteration import Transliteration
from tests.seeds import seed_file

from .conftest import Sandbox, base_url

SEED = seed_file("smscx")
TEXT = SEED.read_text()
EXAMPLES = re.findall(r"^import time\nimport smscx_client\n.*?^http_code = e\.status$", TEXT, re.S | re.M)
ERROR_HANDLING = re.search(r"^try:\n# Method\n.*?^http_code = e\.status$", TEXT, re.S | re.M)
RATE_LIMIT = re.search(
    r"^try:\n# Method\nexcept smscx_client\.RateLimitExcedeedException.*?# Unix timestamp.*?$", TEXT, re.S | re.M
)

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def restore(code: str) -> str:
    """The example with its block indentation restored (see the module docstring)."""
    out: list[str] = []
    depth = 0
    for line in code.splitlines():
        stripped = line.strip()
        if stripped.startswith("except ") or stripped == "except:":
            depth = 0
        out.append(" " * 4 * depth + stripped if stripped else "")
        if stripped.endswith(":") and stripped.startswith(("try", "except", "for ")):
            depth += 1
    return "\n".join(_fill_empty_blocks(out)) + "\n"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _fill_empty_blocks(lines: list[str]) -> list[str]:
    """After each block opener whose body holds only comments, add ``pass`` at the body's level."""
    result: list[str] = []
    for i, line in enumerate(lines):
        result.append(line)
        if not line.rstrip().endswith(":") or line.lstrip().startswith("#"):
            continue
        level = _indent(line) + 4
        body = []
        for following in lines[i + 1 :]:
            if following.strip() and _indent(following) < level:
                break
            body.append(following)
        if all(not b.strip() or b.strip().startswith("#") for b in body):
            result.append(" " * level + "pass")
    return result


def _run(code: str, namespace: dict[str, Any]) -> None:
    exec(compile(restore(code), str(SEED), "exec"), namespace)  # noqa: S102  (the documentation's own code)


def test_the_seed_has_the_expected_examples() -> None:
    assert len(EXAMPLES) == 3
    assert "get_access_token(scope=scope)" in EXAMPLES[0]
    assert "send_sms(send_sms_message_request)" in EXAMPLES[1]
    assert 'idempotency_id="bf325375-e030-fccb-a009-17317c574773"' in EXAMPLES[2]
    assert ERROR_HANDLING is not None
    assert RATE_LIMIT is not None


def test_restore_only_adds_indentation_and_pass() -> None:
    for example in EXAMPLES:
        restored = restore(example)
        assert [line.strip() for line in restored.splitlines() if line.strip() != "pass"] == [
            line.strip() for line in example.splitlines()
        ]
        compile(restored, "example", "exec")


def test_every_seed_example_runs_unchanged(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SMSCX_HOST", base_url())
    namespace: dict[str, Any] = {"json": json, "Transliteration": Transliteration}
    _run(EXAMPLES[0], namespace)  # OAuth2 access token with application ID and secret
    token = namespace["api_response"]
    assert isinstance(token, OauthTokenResponse)
    assert namespace["expires_in"] == 86400
    assert token.scope == "attachments groups numbers shortlinks sms templates"
    _run(EXAMPLES[1], namespace)  # one SMS with an API key
    sent = namespace["api_response"]
    assert isinstance(sent, SendSmsMessageResponse)
    assert [m.to for m in sent.data] == ["+31612469xxx"]
    _run(EXAMPLES[2], namespace)  # bulk SMS with an idempotency id and transliteration
    bulk = namespace["api_response"]
    assert bulk.info.total_valid == 11
    assert bulk.info.total_cost == 0.55
    assert len(namespace["send_sms_message_request"].to) == 11
    _run(EXAMPLES[2], namespace)  # the same idempotency id: answered again, not sent or billed twice
    assert namespace["api_response"].info.campaign_id == bulk.info.campaign_id
    assert ERROR_HANDLING is not None
    assert RATE_LIMIT is not None
    _run(ERROR_HANDLING.group(0), namespace)  # the error-handling skeleton (its "# Method" is a comment)
    _run(RATE_LIMIT.group(0), namespace)
    printed = capsys.readouterr().out
    assert "Exception when calling" not in printed
    assert "access_token=REDACTED" in printed
