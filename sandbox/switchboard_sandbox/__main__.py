"""``python -m switchboard_sandbox <provider> [--host 127.0.0.1] [--port 0]``, or ``--list`` for the providers."""

from __future__ import annotations

import argparse
import logging
import sys

from .registry import PROVIDERS
from .server import check_loopback, serve


def _loopback(host: str) -> str:
    try:
        return check_loopback(host)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m switchboard_sandbox",
        description="Serve a local, spec-validated fake of a provider's API; prints SANDBOX_URL=<base URL>.",
    )
    parser.add_argument("provider", nargs="?", choices=sorted(PROVIDERS), help="the provider to serve")
    parser.add_argument("--host", type=_loopback, default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="the port (default 0: any free port)")
    parser.add_argument("--list", action="store_true", help="print the known providers and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(sorted(PROVIDERS)))
        return 0
    if args.provider is None:
        parser.error("a provider is required (see --list)")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    serve(args.provider, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
