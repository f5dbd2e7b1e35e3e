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
