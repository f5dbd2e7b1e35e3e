"""``python -m switchboard_sandbox <provider> [--port 0] ...``: the same as the ``switchboard-sandbox`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
