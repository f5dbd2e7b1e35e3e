# Derived from overlay/switchboard_core/_async/__init__.py by `make generate` (unasync): edit that file, not this one.
"""The runtime's code that has a sync and an async form, written once, in its async form.

``make generate`` derives ``switchboard_core._sync`` from these modules with ``unasync`` (as httpcore does):
``async``/``await`` dropped and async names mapped to their sync counterparts (``aclose`` -> ``close``,
``AsyncInvoker`` -> ``SyncInvoker``, ...; the map is in ``scripts/generate.py``). The derived modules live in
``generated/switchboard_core/_sync`` (``overlay/switchboard_core/_sync`` links there): never edit them, edit these.
"""
