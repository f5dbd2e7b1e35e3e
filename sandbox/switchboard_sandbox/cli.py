"""The ``switchboard-sandbox`` command (also ``python -m switchboard_sandbox``): serve one provider's sandbox."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime

from .clock import SandboxClock, parse_instant
from .engine import CONTROL_ENDPOINTS
from .faults import MAX_TIMES
from .registry import PROVIDERS, app
from .server import check_loopback, serve

FAULT_OPTIONS = f"""\
fault injection (POST /_sandbox/<provider>/fail, JSON body; the next API requests answer the fault):
  status        HTTP status to answer, 400-599 (required)
  times         how many requests in a row, 1-{MAX_TIMES} (default 1)
  retry_after   seconds to send in a Retry-After header (default: none)
  html          true: an HTML error page instead of a JSON body (default false)"""


def _loopback(host: str) -> str:
    try:
        return check_loopback(host)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _instant(value: str) -> datetime:
    try:
        return parse_instant(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 instant: {value!r}") from exc


def _first_line(text: str | None) -> str:
    return text.strip().splitlines()[0].replace("``", "") if text and text.strip() else ""


def epilog() -> str:
    """Providers, control endpoints (the engine's, then each provider's) and fault options, for ``--help``."""
    lines = ["providers:"]
    lines += [f"  {name:<14}{cls.title}" for name, cls in sorted(PROVIDERS.items())]
    lines += ["", "control endpoints (outside the API, never validated):"]
    lines += [f"  {route:<37}{what}" for route, what in CONTROL_ENDPOINTS.items()]
    for name, cls in sorted(PROVIDERS.items()):
        for (method, control), attr in sorted(cls.controls.items()):
            route = f"{method} /_sandbox/{name}/{control}"
            lines.append(f"  {route:<37}{_first_line(getattr(cls, attr).__doc__)}")
    lines += ["", FAULT_OPTIONS, "", "examples:", "  switchboard-sandbox smscx --port 8080"]
    lines.append("  switchboard-sandbox messagemedia --now 2026-01-01T00:00:00Z --freeze")
    return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="switchboard-sandbox",
        description=(
            "Serve a local fake of a provider's API that validates every request and answer against the "
            "provider's OpenAPI document. Prints SANDBOX_URL=<base URL> first, then environment variables "
            "with credentials the sandbox accepts."
        ),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    result.add_argument("provider", nargs="?", choices=sorted(PROVIDERS), help="the provider to serve")
    result.add_argument("--host", type=_loopback, default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    result.add_argument("--port", type=int, default=0, help="the port (default 0: any free port)")
    result.add_argument("--now", type=_instant, help="start the sandbox clock at this instant (default: real time)")
    result.add_argument("--freeze", action="store_true", help="the clock stands still until advanced")
    result.add_argument("--list", action="store_true", help="print the known providers and exit")
    return result


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(argv)
    if options.list:
        print("\n".join(sorted(PROVIDERS)))
        return 0
    if options.provider is None:
        parser().error("a provider is required (see --list)")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    clock = SandboxClock(start=options.now, frozen=options.freeze)
    serve(app(options.provider, clock=clock), host=options.host, port=options.port)
    return 0
