"""The reference pages cover every public name: each public object is rendered once, at one home, and every
other public path to it links there (a name left without a home would be a silent gap in the docs)."""

from __future__ import annotations

import griffe
import pytest
import yaml

from scripts import docs_reference


@pytest.fixture(scope="module")
def reference() -> tuple[dict[str, list[docs_reference.Section]], dict[str, str]]:
    loader = griffe.GriffeLoader(search_paths=docs_reference.SEARCH_PATHS)
    roots = {}
    for package in docs_reference.packages():
        root = loader.load(package.name)
        assert isinstance(root, griffe.Module)
        roots[package.name] = root
    return docs_reference.build_sections(roots)


def test_every_provider_package_and_the_runtime_have_a_page_in_the_nav() -> None:
    pages = {package.name: package.page for package in docs_reference.packages()}
    assert pages["message_media_messages"] == "messagemedia/reference/message_media_messages.md"
    assert pages["smscx_api"] == "smscx/reference/smscx_api.md"
    assert pages["switchboard_core"] == "runtime/reference/switchboard_core.md"
    nav = docs_reference.nav_pages(yaml.safe_load((docs_reference.ROOT / "mkdocs.yml").read_text())["nav"])
    for package in docs_reference.packages():
        if package.page.split("/")[0] != "runtime" or package.name == "switchboard_core":
            assert package.page in nav, f"mkdocs.yml: no nav entry for {package.page}"


def test_every_public_name_is_rendered_or_linked_to_where_it_is(
    reference: tuple[dict[str, list[docs_reference.Section]], dict[str, str]],
) -> None:
    pages, home = reference
    rendered = [
        name if section.heading else f"{section.module.path}.{name}"
        for sections in pages.values()
        for section in sections
        for name in section.rendered
    ]
    assert len(rendered) == len(set(rendered)), "an object is rendered twice"
    unlinked = [
        f"{section.module.path}.{name}"
        for sections in pages.values()
        for section in sections
        for name, target in section.links.items()
        if target not in rendered
    ]
    assert unlinked == []
    assert set(home.values()) <= set(rendered)


def test_each_module_has_one_section_at_its_own_path(
    reference: tuple[dict[str, list[docs_reference.Section]], dict[str, str]],
) -> None:
    """An imported module (``from ... import errors`` in every generated operation) is not a section again."""
    pages, _ = reference
    paths = [section.module.path for sections in pages.values() for section in sections if not section.heading]
    assert len(paths) == len(set(paths))
    assert "smscx_api.api.account.get_account_balance.errors" not in paths
    assert "smscx_api.errors" in paths


def test_objects_defined_in_private_modules_are_documented_at_their_public_path(
    reference: tuple[dict[str, list[docs_reference.Section]], dict[str, str]],
) -> None:
    _, home = reference
    assert home["mxit._client.Mxit"] == "mxit.Mxit"
    assert home["switchboard_core._errors.APIConnectionError"] == "switchboard_core.APIConnectionError"
    assert home["smscx_api.models.accepted.Accepted"] == "smscx_api.models.accepted.Accepted"


def test_classes_reached_only_through_attributes_are_documented(
    reference: tuple[dict[str, list[docs_reference.Section]], dict[str, str]],
) -> None:
    pages, _ = reference
    extra = [name for section in pages["mxit"] if section.heading for name in section.rendered]
    assert "mxit._oauth.OAuth" in extra  # Mxit().oauth
    assert "mxit._oauth.AsyncOAuth" in extra


def test_generated_models_are_rendered_compactly() -> None:
    typed = next(package for package in docs_reference.packages() if package.name == "messagemedia_api")
    module = griffe.load("messagemedia_api.models.sent_message", search_paths=docs_reference.SEARCH_PATHS)
    assert isinstance(module, griffe.Module)
    page = docs_reference.render(typed, [docs_reference.Section(module, rendered=["SentMessage"])])
    assert "::: messagemedia_api.models.sent_message.SentMessage\n    options:" in page
    assert "      members: false" in page
    assert "        warnings: false" in page


def test_sphinx_roles_in_docstrings_do_not_show_on_the_page() -> None:
    html = "see :class:<code>SendBatchError</code> and :meth:<code>poll</code>; a :label: stays"
    expected = "see <code>SendBatchError</code> and <code>poll</code>; a :label: stays"
    assert docs_reference.SPHINX_ROLE.sub("", html) == expected
