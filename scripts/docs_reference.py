"""mkdocs hook: the API reference pages, written at build time from the packages themselves.

Each distribution in ``packaging/*/pyproject.toml`` (``[tool.switchboard] packages``) gets one page per package
(``<provider>/reference/<package>.md``; a distribution of no provider under its ``docs`` folder, default ``runtime``:
``runtime/reference/switchboard_core.md``, ``sandbox/reference/switchboard_sandbox.md``). A data folder staged
inside a package (a key with a ``/``, such as ``switchboard_sandbox/specs``) is not a package. A page has a section per
public module (no ``_``-prefixed part in its path), and each public object is rendered once, at its *home*: the
module that defines it when that module is public, otherwise the shallowest public module that exports it (a
class defined in ``mxit._client`` is documented as ``mxit.Mxit``). Every other public path to the same object
is listed under the module that exports it, linked to the home. Generated models are rendered compactly (their
docstring's attribute table, no methods): they all share ``to_dict`` / ``from_dict``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
SEARCH_PATHS = [str(ROOT / "overlay"), str(ROOT / "generated"), str(ROOT / "sandbox")]
QUIET = ["      docstring_options:", "        warnings: false"]
"""Generated docstrings are openapi-python-client's (long union types wrap mid-``Args:`` entry): no parser warnings."""
SPHINX_ROLE = re.compile(r":(?:class|meth|func|attr|data|exc|mod|obj):(?=<code>)")
"""A Sphinx role before inline code (the hand-written docstrings use ``:class:`X```); Markdown has no roles."""
COMPACT = ["      members: false"]
"""A generated model shows its docstring (fields and types), not the ``to_dict``/``from_dict`` every model shares."""


@dataclass
class Package:
    """One importable package of a distribution and the page that documents it."""

    name: str
    page: str
    generated: bool


@dataclass
class Section:
    """What one public module's section shows: objects rendered here, and public names documented elsewhere."""

    module: griffe.Module
    heading: str | None = None
    rendered: list[str] = field(default_factory=list)
    links: dict[str, str | None] = field(default_factory=dict)


def packages() -> list[Package]:
    """Every package of every distribution, from the ``[tool.switchboard]`` table of its pyproject."""
    found = []
    for pyproject in sorted((ROOT / "packaging").glob("*/pyproject.toml")):
        settings = tomllib.loads(pyproject.read_text())["tool"]["switchboard"]
        folder = settings["provider"] or settings.get("docs", "runtime")
        for name, source in settings["packages"].items():
            if "/" in name:  # a data folder inside one of the packages
                continue
            found.append(Package(name, f"{folder}/reference/{name}.md", source.startswith("generated/")))
    return found


def public_modules(module: griffe.Module) -> list[griffe.Module]:
    """``module`` and its public submodules, depth first, each package before its contents."""
    found = [module]
    for name, submodule in sorted(module.modules.items()):
        if not name.startswith("_") and isinstance(submodule, griffe.Module):  # not an imported module
            found.extend(public_modules(submodule))
    return found


def canonical(obj: griffe.Object | griffe.Alias) -> str | None:
    """The path where ``obj`` is defined, or None when it is not one of the loaded packages' objects."""
    try:
        return obj.final_target.path if isinstance(obj, griffe.Alias) else obj.path
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def public_names(module: griffe.Module) -> dict[str, griffe.Object | griffe.Alias]:
    """What ``module`` offers: its ``__all__``, or else the classes and functions it defines."""
    submodules = module.modules
    members = {name: member for name, member in module.members.items() if name not in submodules}
    if module.exports is not None:
        exported = [name if isinstance(name, str) else name.name for name in module.exports]
        return {name: members[name] for name in exported if name in members and name != "__version__"}
    return {
        name: member
        for name, member in members.items()
        if not name.startswith("_") and isinstance(member, griffe.Object) and (member.is_class or member.is_function)
    }


def build_sections(roots: dict[str, griffe.Module]) -> tuple[dict[str, list[Section]], dict[str, str]]:
    """The sections of each package's page, and the home of every public object."""
    modules = {name: public_modules(root) for name, root in roots.items()}
    everything = sorted(
        (module for found in modules.values() for module in found), key=lambda m: (m.path.count("."), m.path)
    )
    home: dict[str, str] = {}
    for module in everything:  # objects defined in public modules live there
        for name, member in public_names(module).items():
            target = canonical(member)
            if target is not None and not member.is_alias:
                home[target] = f"{module.path}.{name}"
    # The rest (defined in private modules, or not listed by their own) at their shallowest public path,
    # in their own package first.
    for same_package in (True, False):
        for module in everything:
            for name, member in public_names(module).items():
                target = canonical(member)
                if target is None or target in home or target.split(".")[0] not in roots:
                    continue
                if same_package == (target.split(".")[0] == module.path.split(".")[0]):
                    home.setdefault(target, f"{module.path}.{name}")
    reached = reached_classes(roots, home)
    pages: dict[str, list[Section]] = {}
    for package, found in modules.items():
        pages[package] = []
        for module in found:
            section = Section(module)
            for name, member in public_names(module).items():
                path = f"{module.path}.{name}"
                target = canonical(member)
                if target is not None and home.get(target) == path:
                    section.rendered.append(name)
                else:
                    section.links[name] = home.get(target) if target is not None else None
            pages[package].append(section)
        extra = sorted(path for path in reached if path.split(".")[0] == package)
        if extra:
            section = Section(roots[package], heading="Classes reached through attributes")
            section.rendered = extra
            pages[package].append(section)
    return pages, home


def annotation_paths(obj: griffe.Object | griffe.Alias) -> list[str]:
    """The paths named in the return annotation (or type) of ``obj``."""
    annotation = getattr(obj, "returns", None) or getattr(obj, "annotation", None)
    if not isinstance(annotation, griffe.Expr):
        return []
    return [name.canonical_path for name in annotation.iterate(flat=True) if isinstance(name, griffe.ExprName)]


def reached_classes(roots: dict[str, griffe.Module], home: dict[str, str]) -> set[str]:
    """Classes with no public import path that a documented attribute or method returns (``Mxit().oauth``).

    They are part of the public surface (their methods are called), so they are documented at their own path.
    """
    found: set[str] = set()
    todo = [path for path in home.values()]
    while todo:
        obj = resolve(roots, todo.pop())
        if obj is None or not obj.is_class:
            continue
        for name, member in obj.all_members.items():
            if name.startswith("_"):
                continue
            for path in annotation_paths(member):
                target = resolve(roots, path)
                if target is None or not target.is_class or target.name.startswith("_"):
                    continue
                if target.path in home or target.path in found:
                    continue
                found.add(target.path)
                todo.append(target.path)
    return found


def resolve(roots: dict[str, griffe.Module], path: str) -> griffe.Object | None:
    """The object at ``path`` in one of the loaded packages, aliases followed; None elsewhere."""
    package, _, rest = path.partition(".")
    if package not in roots or not rest:
        return None
    try:
        obj = roots[package][rest]
        return obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def render(package: Package, sections: list[Section]) -> str:
    lines = [
        f"# `{package.name}` reference",
        "",
        "Every public module of the package, each public class and function documented where it is defined "
        "(or at its shortest public import path), and every other public name linked to that place.",
        "",
    ]
    quiet = QUIET if package.generated else []
    for section in sections:
        if section.heading:
            lines += [f"## {section.heading}", ""]
        elif package.generated and ".models." in section.module.path and not section.module.docstring:
            pass  # one model per module: the class heading carries the module path
        else:
            module_options = ["    options:", "      members: false", "      heading_level: 2", *quiet]
            lines += [f"::: {section.module.path}", *module_options, ""]
        if section.links:
            lines += ["Also importable from here:", ""]
            for name, target in section.links.items():
                lines.append(f"- `{name}`: [`{target}`][{target}]" if target else f"- `{name}`")
            lines.append("")
        for name in section.rendered:
            path = name if section.heading else f"{section.module.path}.{name}"
            compact = package.generated and ".models." in path
            options = [*quiet, *(COMPACT if compact else [])]
            lines += [f"::: {path}", *(["    options:", *options] if options else []), ""]
    return "\n".join(lines)


def nav_pages(nav: object) -> set[str]:
    """Every page named in the ``nav`` of mkdocs.yml."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, list):
        return set().union(*(nav_pages(item) for item in nav))
    if isinstance(nav, dict):
        return set().union(*(nav_pages(item) for item in nav.values()))
    return set()


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    """Add the generated reference page of each package whose page the nav names."""
    listed = nav_pages(config.nav)
    wanted = [package for package in packages() if package.page in listed]
    loader = griffe.GriffeLoader(search_paths=SEARCH_PATHS)
    roots = {package.name: loader.load(package.name) for package in wanted}
    assert all(isinstance(root, griffe.Module) for root in roots.values())
    pages, _ = build_sections({name: root for name, root in roots.items() if isinstance(root, griffe.Module)})
    for package in wanted:
        files.append(File.generated(config, package.page, content=render(package, pages[package.name])))
    return files


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    """Drop the Sphinx role prefixes the docstrings carry, so ``:class:`X``` shows as ``X``."""
    return SPHINX_ROLE.sub("", html)
