"""``go_http.optouts.OptOutsApiClient``: look up, record, remove and count opt-outs.

The methods are generated (``vumigo_api.legacy.optouts``). As in go-http, ``get_optout`` and ``delete_optout``
return None when the API answers 404 (no such opt-out; ``x-legacy-absent`` in the spec); ``set_optout`` and
``count`` raise for every error status. Addresses are percent-encoded in the path (``+1234`` → ``%2B1234``),
``/`` included (go-http left ``/`` literal).
"""

from __future__ import annotations

from vumigo_api.legacy.optouts import AsyncOptOutsApiClient, OptOutsApiClient

__all__ = ["AsyncOptOutsApiClient", "OptOutsApiClient"]
