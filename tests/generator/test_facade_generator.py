"""The facade generator (scripts/facades.py) on every spec, as if each operation had a legacy method: it must
render valid Python for every shape the specs hold (model, list, text, file and empty answers; JSON, form and
binary bodies; path, query and header parameters), so converting a provider needs spec annotations, not code."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("switchboard_facades", ROOT / "scripts" / "facades.py")
assert _spec is not None
assert _spec.loader is not None
facades = importlib.util.module_from_spec(_spec)
sys.modules["switchboard_facades"] = facades
_spec.loader.exec_module(facades)

PROVIDERS = {
    "messagemedia": "messagemedia_api",
    "mxit": "mxit_api",
    "smscx": "smscx_api",
    "twitter": "twitter_api",
    "vumigo": "vumigo_api",
}


def annotated(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    for item in document["paths"].values():
        for verb in facades.METHODS:
            if verb in item:
                item[verb].setdefault("x-legacy-method", facades.snake(item[verb]["operationId"]))
    return document


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_every_operation_of_every_spec_renders(provider: str, tmp_path: Path) -> None:
    document = annotated(provider)
    spec = facades.Spec(document)
    groups = facades.operations(spec, PROVIDERS[provider])
    assert sum(len(ops) for ops in groups.values()) == sum(
        verb in item for item in document["paths"].values() for verb in facades.METHODS
    )
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / f"{provider}.yaml").write_text(yaml.safe_dump(document))
    (tmp_path / "table.yaml").write_text(yaml.safe_dump({"facade": "legacy_x", "groups": {t: "Api" for t in groups}}))
    out = tmp_path / PROVIDERS[provider]
    out.mkdir()
    facades.render(tmp_path / "specs" / f"{provider}.yaml", tmp_path / "table.yaml", out)
    written = sorted((out / "legacy").glob("*.py"))
    assert len(written) == len(groups) + 2  # one per tag, __init__, schemas
    for path in written:
        ast.parse(path.read_text(), filename=str(path))


def test_x_legacy_security_puts_the_scheme_in_the_call_and_required_queries_are_checked() -> None:
    """Twitter's facade table: each builder's call names its security scheme (a request extension read by
    ``switchboard_core.auth.SecuritySchemeAuth``); a required query parameter is checked like a path one."""
    from switchboard_core import InvalidRequestError
    from switchboard_core.auth import SECURITY_SCHEME_EXTENSION
    from twitter_api.legacy import users

    report = users.report_spam_call("1000000002", False)
    assert report.extensions == {SECURITY_SCHEME_EXTENSION: "oauth1User"}
    assert report.kwargs["params"] == {"user_id": "1000000002", "perform_block": False}
    assert users.get_user_call("1").extensions == {SECURITY_SCHEME_EXTENSION: "bearerAuth"}
    with pytest.raises(InvalidRequestError, match="user_id"):
        users.report_spam_call(None)
