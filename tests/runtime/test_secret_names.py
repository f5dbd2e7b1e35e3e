"""One list of secret names: the generator's model template hides exactly the runtime's ``SECRET_NAMES``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from switchboard_core._redact import REDACTED, SECRET_NAMES, SENSITIVE_PARAMS

TEMPLATE = Path(__file__).resolve().parents[2] / "generator" / "templates" / "model.py.jinja"


def test_the_model_template_hides_the_runtimes_secret_names() -> None:
    found = re.search(r"\| lower\) in (\[[^\]]*\])", TEMPLATE.read_text())
    assert found is not None, "the model template's secret-name test moved"
    assert set(ast.literal_eval(found.group(1))) == SECRET_NAMES


def test_url_parameters_extend_the_secret_names() -> None:
    assert SECRET_NAMES < SENSITIVE_PARAMS
    assert all(name == name.lower() for name in SENSITIVE_PARAMS)


def test_one_marker() -> None:
    from switchboard_core.auth import _common

    assert _common.REDACTED is REDACTED == "REDACTED"
