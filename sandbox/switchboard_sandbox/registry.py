"""Known providers, where their OpenAPI documents are, and :func:`app` to build a sandbox for one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .clock import SandboxClock
from .engine import SandboxApp
from .provider import Clock, Provider, utc_now
from .providers.messagemedia import MessageMedia
from .providers.mxit import Mxit
from .providers.smscx import Smscx
from .providers.twitter import Twitter
from .providers.vumigo import VumiGo

PROVIDERS: dict[str, type[Provider]] = {
    "messagemedia": MessageMedia,
    "mxit": Mxit,
    "smscx": Smscx,
    "twitter": Twitter,
    "vumigo": VumiGo,
}
"""Provider name (also the spec's file stem) → behaviour class."""

PACKAGED_SPECS = Path(__file__).resolve().parent / "specs"
"""Where the wheel carries the OpenAPI documents (copied from the repository's ``specs/`` when it is built)."""
REPO_SPECS = Path(__file__).resolve().parents[2] / "specs"
SPECS_DIR_ENV = "SWITCHBOARD_SPECS_DIR"


def spec_path(provider: str) -> Path:
    """``<specs>/<provider>.yaml``, where ``<specs>`` is ``$SWITCHBOARD_SPECS_DIR``, else the documents shipped in
    the package (an installed wheel), else the repository's ``specs/`` (a clone)."""
    specs = os.environ.get(SPECS_DIR_ENV)
    folder = Path(specs) if specs else PACKAGED_SPECS if PACKAGED_SPECS.is_dir() else REPO_SPECS
    return folder / f"{provider}.yaml"


def provider_class(provider: str) -> type[Provider]:
    try:
        return PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(sorted(PROVIDERS))}") from None


def app(
    provider: str, *, check_responses: bool = True, clock: SandboxClock | Clock = utc_now, **options: Any
) -> SandboxApp:
    """A fresh sandbox WSGI app for ``provider`` with empty state.

    ``clock`` is a :class:`SandboxClock` (to start it at an instant, frozen or not) or a time source it follows
    (the real time by default); ``options`` go to the behaviour."""
    behaviour_class = provider_class(provider)
    sandbox_clock = clock if isinstance(clock, SandboxClock) else SandboxClock(clock)
    path = spec_path(provider)
    if not path.is_file():
        raise FileNotFoundError(f"no OpenAPI document for {provider!r} at {path} (see ${SPECS_DIR_ENV})")
    behaviour = behaviour_class(clock=sandbox_clock.now, **options)
    return SandboxApp(path, behaviour, check_responses=check_responses, clock=sandbox_clock)
