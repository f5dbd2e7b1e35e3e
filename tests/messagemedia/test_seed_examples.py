"""The seed documentation's examples, run unchanged, in order, against the sandbox (replayed).

Code blocks come straight from ``shared/seeds/messagemedia.txt``; only the method-signature blocks
(``def ...`` with no body) are left out since they are not runnable. The namespace supplies what the
seed's snippets use without importing (``json``, ``CancelScheduledMessageRequest``) and ``true``, the
seed's typo for ``True``. The seed's credentials are placeholders the sandbox accepts.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from message_media_messages.exceptions import NotFoundException
from message_media_messages.models import CheckDeliveryReportsResponse, CheckRepliesResponse
from message_media_messages.models.cancel_scheduled_message_request import CancelScheduledMessageRequest
from tests.seeds import seed_file

from .conftest import Sandbox, base_url

SEED = seed_file("messagemedia")
BLOCKS = [b for b in re.findall(r"```[Pp]ython\n(.*?)```", SEED.read_text(), re.S) if not b.lstrip().startswith("def ")]

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def _run(block: str, namespace: dict[str, Any]) -> Any:
    """Run one block; return what it left in ``result`` (if anything)."""
    namespace.pop("result", None)
    exec(compile(block, str(SEED), "exec"), namespace)  # noqa: S102  (the documentation's own code)
    return namespace.get("result")


def test_seed_has_the_expected_examples() -> None:
    assert len(BLOCKS) == 12
    assert "MessageMediaMessagesClient(auth_user_name, auth_password, true)" in BLOCKS[1]


def test_every_seed_example_runs_unchanged(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("MESSAGEMEDIA_BASE_URL", base_url())
    ns: dict[str, Any] = {"json": json, "CancelScheduledMessageRequest": CancelScheduledMessageRequest, "true": True}
    _run(BLOCKS[0], ns)  # the import
    _run(BLOCKS[1], ns)  # Basic client, then the HMAC one
    assert "auth=MessageMediaHmacAuth" in repr(ns["client"])
    _run(BLOCKS[2], ns)  # messages_client = client.messages
    for cancel_or_status in (BLOCKS[3], BLOCKS[4]):  # 'messageId' is not a real id: the API answers 404
        with pytest.raises(NotFoundException):
            _run(cancel_or_status, ns)
    sent = _run(BLOCKS[5], ns)  # create_send_messages with the two-message body
    assert [m.content for m in sent.messages] == ["My first message", "My second message"]
    sent_ids = [m.message_id for m in sent.messages]
    assert all(len(i) == 36 for i in sent_ids)
    _run(BLOCKS[6], ns)  # delivery_reports_client = client.delivery_reports
    reports = _run(BLOCKS[7], ns)
    assert isinstance(reports, CheckDeliveryReportsResponse)
    assert [r.message_id for r in reports.delivery_reports] == sent_ids  # both asked for reports
    assert type(_run(BLOCKS[8], ns)) is dict  # 1.1.0: the decoded JSON
    _run(BLOCKS[9], ns)  # replies_client = client.replies
    assert type(_run(BLOCKS[10], ns)) is dict
    assert isinstance(_run(BLOCKS[11], ns), CheckRepliesResponse)
