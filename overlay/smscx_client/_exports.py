"""The 12 exports as 0.1.x answered them (reference §2, §6 "Binary exports"): asked for with ``Accept:
application/json`` (its client preferred JSON whenever an operation listed it), a CSV returned as ``str`` (decoded
with the answer's charset), an XLSX written to a file in the temp directory (named after ``Content-Disposition``'s
``filename`` when there is one) and returned open for binary reading. Bytes, paths and streaming are ``to=``'s and
the typed client's."""

from __future__ import annotations

import os
import re
import tempfile
from functools import partial
from typing import IO, Any

import httpx

from switchboard_core import Call

CSV = "application/csv"
_FILENAME = re.compile(r'filename=["\']?([^"\';]+)')


def legacy_export(call: Call[Any], media_type: str, folder: str | None = None) -> Call[str | IO[bytes]]:
    """``call`` asking for JSON as 0.1.x did, answering a CSV as text and anything else as an open temp file."""
    request = {**call.kwargs, "headers": {**call.kwargs.get("headers", {}), "Accept": "application/json"}}
    parse = _text if media_type == CSV else partial(_temp_file, folder=folder)
    return Call(request, parse, call.extensions, call.absent)


def _text(response: httpx.Response) -> str:
    return response.content.decode(response.charset_encoding or "utf-8")


def _temp_file(response: httpx.Response, folder: str | None = None) -> IO[bytes]:
    found = _FILENAME.search(response.headers.get("content-disposition", ""))
    directory = folder or tempfile.gettempdir()
    if found:
        path = os.path.join(directory, os.path.basename(found.group(1)))
        with open(path, "wb") as out:
            out.write(response.content)
    else:
        handle, path = tempfile.mkstemp(dir=directory)
        with os.fdopen(handle, "wb") as out:
            out.write(response.content)
    return open(path, "rb")  # returned open, as 0.1.x returned it
