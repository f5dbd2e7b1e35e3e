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


def test_optional_table_fields_shape_the_methods(tmp_path: Path) -> None:
    """Mxit's table: no call options, the _send steps hook, a trailing scope with the operation's default and
    its grant, the facade's parsers, legacy names per operation, omitted values and parameter hooks."""
    out = tmp_path / "mxit_api"
    out.mkdir()
    facades.render(ROOT / "specs" / "mxit.yaml", ROOT / "generator" / "facades" / "mxit.yaml", out)

    def flat(name: str) -> str:  # the template's output before ruff formats it, whitespace folded
        return " ".join((out / "legacy" / f"{name}.py").read_text().replace("(", "( ").replace(")", " )").split())

    users = flat("users")
    assert 'def get_user_id( self, mxit_id: str, scope: str = "profile/public", ) -> str:' in users
    assert "timeout" not in users.split("class UserServiceOperations")[1]
    assert "return run( steps, self._invoker )" in users
    assert "return await arun( steps, self._invoker )" in users
    assert '"client_credentials" ).extensions( )' in users
    assert '"authorization_code" ).extensions( )' in users
    assert "self._get_contact_list_list_filter( list_filter )" in users
    gallery = flat("gallery")
    assert 'check( "file_id", target, schemas.PARAMETER_TARGET )' in gallery
    assert "skip is None or ( skip == 0 and type( skip ) is type( 0 ) )" in gallery
    assert 'grant: Literal["client_credentials", "authorization_code"]' in flat("messaging")


def test_required_none_and_container_bodies(tmp_path: Path) -> None:
    """Vumi Go's table (``required_none: omit``) leaves a required query parameter given None off the wire; by
    default (Mxit) it is checked. An inline scalar body is checked; an inline array goes as its hook gives it."""
    for provider in ("vumigo", "mxit"):
        (tmp_path / provider).mkdir()
        spec, table = ROOT / "specs" / f"{provider}.yaml", ROOT / "generator" / "facades" / f"{provider}.yaml"
        facades.render(spec, table, tmp_path / provider)
    legacy = tmp_path / "vumigo" / "legacy"
    assert (
        'm=types.UNSET if m is None else check("metric", m, schemas.PARAMETER_M),'
        in (legacy / "metrics.py").read_text()
    )
    assert "FIRE_CONVERSATION_METRICS_BODY" not in (legacy / "schemas.py").read_text()
    legacy = tmp_path / "mxit" / "legacy"
    assert 'file_name=check("file_name", file_name, schemas.PARAMETER_FILE_NAME),' in (legacy / "files.py").read_text()
    assert 'body=check("message", body, schemas.SET_STATUS_BODY),' in (legacy / "users.py").read_text()


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
