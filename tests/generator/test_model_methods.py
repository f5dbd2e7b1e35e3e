"""Generated models write ``__init__``, ``__repr__`` and ``__eq__`` out instead of letting attrs compile them.

attrs builds those three from source text with ``compile()`` each time a class is created, which was about a
quarter of importing a generated operation and its models; the model template now writes them into the module,
so they come from the bytecode cache. They must still behave exactly as attrs' own, which every class of every
generated package is held to here against its ``attrs.fields``: the constructor's parameters and defaults, the
``repr`` (credential fields left out, a cycle shown as ``...``), equality over every field, unhashable instances,
and ``attrs.evolve`` / ``attrs.asdict`` / pickling still working.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import attrs
import pytest

PACKAGES = ("messagemedia_api", "mxit_api", "smscx_api", "twitter_api", "vumigo_api")


def _models() -> list[type[Any]]:
    found: list[type[Any]] = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module(f"{package}.models.{info.name}")
            found += [
                value
                for value in vars(module).values()
                if isinstance(value, type) and value.__module__ == module.__name__ and attrs.has(value)
            ]
    return found


MODELS = _models()


def _attrs_repr(instance: Any) -> str:
    """What attrs' generated ``__repr__`` returns for ``instance`` (no cycle)."""
    fields = ", ".join(f"{f.name}={getattr(instance, f.name)!r}" for f in attrs.fields(type(instance)) if f.repr)
    return f"{type(instance).__qualname__}({fields})"


def _sample(cls: type[Any], tag: str = "v") -> Any:
    """An instance with a distinct value in every constructor parameter (types are not checked at runtime)."""
    return cls(**{f.alias: f"{tag}{index}" for index, f in enumerate(attrs.fields(cls)) if f.init})


def test_every_generated_package_has_models() -> None:
    assert len(MODELS) > 400
    assert {cls.__module__.partition(".")[0] for cls in MODELS} == set(PACKAGES)


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_methods_are_written_out_and_behave_as_attrs(cls: type[Any]) -> None:
    for name in ("__init__", "__repr__", "__eq__"):
        code = vars(cls)[name].__code__
        assert "attrs generated" not in code.co_filename, f"{name} was compiled by attrs"

    fields = attrs.fields(cls)
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.alias for f in fields if f.init]
    for parameter, field in zip(parameters, [f for f in fields if f.init], strict=True):
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert parameter.default is expected, parameter.name

    instance, same = _sample(cls), _sample(cls)
    assert repr(instance) == _attrs_repr(instance)
    assert instance == same
    assert not instance != same  # noqa: SIM202 - __ne__ derived from __eq__
    assert instance.__eq__(object()) is NotImplemented
    assert vars(cls)["__hash__"] is None  # unhashable, as attrs makes a mutable class with __eq__
    for field in fields:
        other = _sample(cls)
        object.__setattr__(other, field.name, "changed")
        assert instance != other, f"equality ignores {field.name}"

    assert attrs.evolve(instance) == instance
    assert attrs.asdict(instance) == {f.name: getattr(instance, f.name) for f in fields}
    assert pickle.loads(pickle.dumps(instance)) == instance  # noqa: S301 - our own object
    assert copy.deepcopy(instance) == instance


def test_a_cycle_is_shown_as_an_ellipsis_and_repr_is_usable_again() -> None:
    from smscx_api.models.text_analysis import TextAnalysis

    analysis = TextAnalysis(length=1, unicode=False, parts=1)
    analysis.additional_properties = {"self": analysis}
    assert repr(analysis) == "TextAnalysis(length=1, unicode=False, parts=1, additional_properties={'self': ...})"
    assert repr(analysis) == repr(analysis)


def test_credential_fields_stay_out_of_repr() -> None:
    from smscx_api.models.oauth_token_response import OauthTokenResponse

    token = OauthTokenResponse(access_token="s3cr3t-token", expires_in=3600, scope="sms", token_type="Bearer")
    assert "s3cr3t-token" not in repr(token)
    assert token.access_token == "s3cr3t-token"


def test_from_dict_sets_the_fields_directly_and_a_subclass_constructor_still_runs() -> None:
    from smscx_api.models.error import Error
    from smscx_api.models.error_detail import ErrorDetail

    detail = {"type": "not_found", "code": 1200, "message": "Not found", "uri": "https://example.invalid"}
    wire = {"error": detail, "invalid": ["+1"], "extra": 1}
    parsed = Error.from_dict(wire)
    built = Error(error=ErrorDetail.from_dict(detail), invalid=["+1"])
    built.additional_properties = {"extra": 1}
    assert parsed == built  # a field named like the model's own local name ("error") is not shadowed
    assert parsed.error.code == 1200

    class Remembering(Error):
        def __init__(self, **fields: Any) -> None:
            super().__init__(**fields)
            self.made_by_constructor = True

    by_subclass = Remembering.from_dict({"error": {**detail, "code": 1}})
    assert type(by_subclass) is Remembering
    assert by_subclass.error.code == 1
    assert by_subclass.made_by_constructor
