"""Known providers, where their OpenAPI documents are, and :func:`app` to build a sandbox for one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .engine import SandboxApp
from .provider import Provider
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

REPO_SPECS = Path(__file__).resolve().parents[2] / "specs"
SPECS_DIR_ENV = "SWITCHBOARD_SPECS_DIR"


def spec_path(provider: str) -> Path:
    """``<specs>/<provider>.yaml``, where ``<specs>`` is ``$SWITCHBOARD_SPECS_DIR`` or the repository's ``specs/``."""
    specs = os.environ.get(SPECS_DIR_ENV)
    return (Path(specs) if specs else REPO_SPECS) / f"{provider}.yaml"


def provider_class(provider: str) -> type[Provider]:
    try:
        return PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(sorted(PROVIDERS))}") from None


def app(provider: str, *, check_responses: bool = True, **options: Any) -> SandboxApp:
    """A fresh sandbox WSGI app for ``provider`` with empty state; ``options`` go to the behaviour (e.g. ``clock``)."""
    behaviour = provider_class(provider)(**options)
    path = spec_path(provider)
    if not path.is_file():
        raise FileNotFoundError(f"no OpenAPI document for {provider!r} at {path} (see ${SPECS_DIR_ENV})")
    return SandboxApp(path, behaviour, check_responses=check_responses)
