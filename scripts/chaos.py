"""``make chaos``'s fault campaign (issue 14): every provider's sandbox injects at least 1,000 seeded faults into
concurrent facade and typed-client calls, once per async transport (aiohttp's and httpx's own); prints the counts
(faults injected, calls, duplicates, lost confirmations, untyped failures, false failures, phantom successes) and
exits non-zero on any bad count.

    PYTHONPATH=overlay:generated:sandbox:. python -m scripts.chaos [--seed 15] [--calls 1400] [--kinds a,b]
        [--async-transports aiohttp,httpcore]

The rules are in :mod:`tests.chaos.campaign`; the reduced run in ``make test`` is tests/chaos/test_campaign.py.
"""

from __future__ import annotations

import logging

from tests.chaos.campaign import main

if __name__ == "__main__":
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    raise SystemExit(main())
