"""Switchboard's benchmark suite (issue 6): ``make bench`` or ``python -m bench.run``.

Every row compares our code with raw httpx doing the same work, measured alternately in one run, and
reports the median ratio with its spread. Importing this package puts ``overlay/``, ``generated/`` and
``sandbox/`` on ``sys.path`` so the code under test imports from the working tree.
"""

from ._env import add_source_paths

add_source_paths()
