"""lazy_module: nothing imported until an attribute is read; then the module's own objects, kept."""

from __future__ import annotations

import sys

import pytest

from switchboard_core import LazyModule, lazy_module


def test_imports_on_first_attribute_and_keeps_it() -> None:
    sys.modules.pop("colorsys", None)
    proxy = lazy_module("colorsys")
    assert isinstance(proxy, LazyModule)
    assert "colorsys" not in sys.modules
    assert "colorsys" in repr(proxy)
    convert = proxy.rgb_to_hsv
    assert "colorsys" in sys.modules
    assert convert is sys.modules["colorsys"].rgb_to_hsv
    assert proxy.__dict__["rgb_to_hsv"] is convert
    assert proxy.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)


def test_a_missing_attribute_is_an_attribute_error() -> None:
    proxy = lazy_module("colorsys")
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = proxy.no_such_thing


def test_lazy_exports_load_their_module_on_first_use() -> None:
    import subprocess

    program = (
        "import sys, switchboard_core, switchboard_core.auth as auth\n"
        "names = ('switchboard_core._sync._paginate', 'switchboard_core.auth._oauth1')\n"
        "before = {m for m in names if m in sys.modules}\n"
        "pager, signer = switchboard_core.CursorPager, auth.OAuth1Auth\n"
        "after = {m for m in names if m in sys.modules}\n"
        "print(sorted(before), sorted(after), pager.__module__, signer.__module__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, env={"PYTHONPATH": "overlay"}
    ).stdout.split()
    assert out == [
        "[]",
        "['switchboard_core._sync._paginate',",
        "'switchboard_core.auth._oauth1']",
        "switchboard_core._sync._paginate",
        "switchboard_core.auth._oauth1",
    ]


def test_lazy_exports_refuse_unknown_names() -> None:
    import switchboard_core
    import switchboard_core.auth

    with pytest.raises(AttributeError, match="no_such_name"):
        _ = switchboard_core.no_such_name
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = switchboard_core.auth.no_such_name
