"""Switchboard sandbox: local, OpenAPI-validated fakes of the providers' APIs, for recording cassettes and smoke tests.

``app(name)`` builds the WSGI app, ``running(name)`` serves it on loopback in a background thread and yields its
URL, ``serve(name)`` (or ``python -m switchboard_sandbox <name>``) serves it until SIGTERM/SIGINT.
"""

from .engine import SandboxApp
from .provider import ApiError, Ids, Live, Provider, Raw, Result, SandboxRequest, control, operation
from .registry import PROVIDERS, app, spec_path
from .server import running, serve

__all__ = [
    "PROVIDERS",
    "ApiError",
    "Ids",
    "Live",
    "Provider",
    "Raw",
    "Result",
    "SandboxApp",
    "SandboxRequest",
    "app",
    "control",
    "operation",
    "running",
    "serve",
    "spec_path",
]
