"""Pausing Python's cyclic garbage collector while a large response is parsed.

Parsing a big body (an SMS.CX send to 25,000 numbers answers with 25,000 message objects) allocates hundreds of
thousands of objects that are all alive until the parse ends; each allocation burst triggers collections that
traverse them again and find nothing to free (measured: about 40% of that parse). The pause is process-wide but
nested safely: the first parse to enter switches collection off only if it was on, the last one to leave
switches it back on, and a caller who had disabled it keeps it disabled.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LARGE_BODY = 512 * 1024
"""Bodies of at least this many bytes are parsed with the collector paused."""

_lock = threading.Lock()
_depth = 0
_switched_off = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with automatic garbage collection off (restored afterwards, even across threads)."""
    global _depth, _switched_off
    with _lock:
        if _depth == 0 and gc.isenabled():
            gc.disable()
            _switched_off = True
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _switched_off:
                _switched_off = False
                gc.enable()
