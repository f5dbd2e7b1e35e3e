"""Provider behaviours, one module each; registered by name in :mod:`switchboard_sandbox.registry`."""
