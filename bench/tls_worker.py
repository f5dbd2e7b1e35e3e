"""Row 6's client side: one stack in its own process, pinned to the clients' CPU, timed block by block when the
parent says so (so the parent can interleave the stacks: A B C, then C B A, ...).

    python -m bench.tls_worker <stack> <mode> <base url> <CA file> [--cpu N]

``mode`` is ``sync`` (one call at a time), ``async1`` (one call at a time on an event loop) or ``async200``
(200 tasks, each making its share of the calls one after another). It makes one checked call and prints
``READY <origin of the client library>``; then for each ``block <calls>`` line on standard input it makes that many
calls, checks every answer, and prints one JSON line ``{"wall": s, "cpu": s}`` (``time.perf_counter`` and
``time.process_time``, which counts every thread of this process); ``quit`` (or end of input) ends it.

Only the standard library is imported up front: the stacks ``smscx`` and ``pytweet`` run the same code in the
originals' throwaway virtualenv (``smscx`` 0.1.10, ``pytweet`` 1.3.6) and in ours (``--original`` tells which), since
a drop-in replacement is used exactly as the original. The CA reaches each client through its own setting where it
has one (``ssl_ca_cert``, ``verify=``, ``ssl=``) and otherwise through ``SSL_CERT_FILE`` / ``REQUESTS_CA_BUNDLE``,
which the parent sets: verification stays on everywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import ssl
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._canned import (
    BALANCE,
    BALANCE_PATH,
    SMSCX_API_KEY,
    SMSCX_HEADERS,
    TWITTER_BEARER,
    TWITTER_USER_ID,
    TWITTER_USER_PATH,
)
from ._env import SOURCE_DIRS

CONCURRENCY = 200
TWITTER_HEADERS = {"User-Agent": "Py-Tweet", "Authorization": f"Bearer {TWITTER_BEARER}"}
USER_FIELDS = (  # PyTweet 1.3.6's user.fields, which ours sends too
    "created_at,description,entities,id,location,name,profile_image_url,protected,public_metrics,url,username,"
    "verified,withheld,pinned_tweet_id"
)


@dataclass(frozen=True)
class Target:
    url: str
    ca: str

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca)


@dataclass
class Client:
    """One stack: ``call`` (sync) or ``acall`` (async) makes one call and returns the value to check;
    ``close`` / ``aclose`` release it; ``origin`` is the file the client library was imported from."""

    expected: object
    origin: str
    call: Callable[[], object] | None = None
    acall: Callable[[], Awaitable[object]] | None = None
    close: Callable[[], object] = lambda: None
    aclose: Callable[[], Coroutine[Any, Any, object]] | None = None


def _fast_transport(target: Target) -> Any:
    try:
        from switchboard_core import FastHTTPTransport  # type: ignore[attr-defined,unused-ignore]
    except ImportError as exc:
        raise SystemExit("FastHTTPTransport missing") from exc
    return FastHTTPTransport(verify=target.context())


# sync stacks


def http_client(target: Target, original: bool) -> Client:
    """The floor: the standard library's ``http.client`` on one kept-alive connection, ``json.loads``."""
    parts = urlsplit(target.url)
    connection = http.client.HTTPSConnection(parts.hostname or "", parts.port, context=target.context())

    def call() -> object:
        connection.request("GET", BALANCE_PATH, headers=SMSCX_HEADERS)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"answered {response.status}")
        return json.loads(body)["balance"]

    return Client(BALANCE, http.client.__file__, call=call, close=connection.close)


def _raw_httpx(target: Target, path: str, headers: dict[str, str], pick: Callable[[Any], object]) -> Client:
    import httpx

    client = httpx.Client(base_url=target.url, verify=target.context(), headers=headers)
    params = {"user.fields": USER_FIELDS} if path == TWITTER_USER_PATH else None

    def call() -> object:
        response = client.get(path, params=params)
        if response.status_code != 200:
            raise RuntimeError(f"answered {response.status_code}")
        return pick(response.json())

    return Client(None, httpx.__file__, call=call, close=client.close)


def httpx_balance(target: Target, original: bool) -> Client:
    """Raw ``httpx.Client``: GET the balance with the facade's headers, ``.json()``."""
    client = _raw_httpx(target, BALANCE_PATH, SMSCX_HEADERS, lambda body: body["balance"])
    client.expected = BALANCE
    return client


def httpx_user(target: Target, original: bool) -> Client:
    """Raw ``httpx.Client``: GET the Twitter user with its fields and the bearer token, ``.json()``."""
    client = _raw_httpx(target, TWITTER_USER_PATH, TWITTER_HEADERS, lambda body: body["data"]["id"])
    client.expected = TWITTER_USER_ID
    return client


def _smscx_configuration(target: Target) -> Any:
    import smscx_client

    return smscx_client.Configuration(host=target.url, api_key=SMSCX_API_KEY, ssl_ca_cert=target.ca)


def smscx(target: Target, original: bool) -> Client:
    """``AccountApi(ApiClient(Configuration(host=, api_key=, ssl_ca_cert=))).get_account_balance()``: the same
    code for ``smscx`` 0.1.10 and for our facade."""
    import smscx_client
    from smscx_client.api.account_api import AccountApi

    api_client = smscx_client.ApiClient(_smscx_configuration(target))
    api = AccountApi(api_client)
    return Client(
        BALANCE, smscx_client.__file__, call=lambda: api.get_account_balance().balance, close=api_client.close
    )


def smscx_fast(target: Target, original: bool) -> Client:
    """Our SMS.CX facade with ``transport=FastHTTPTransport(verify=<the CA>)``."""
    import smscx_client
    from smscx_client.api.account_api import AccountApi

    api_client = smscx_client.ApiClient(_smscx_configuration(target), transport=_fast_transport(target))
    api = AccountApi(api_client)
    return Client(
        BALANCE, smscx_client.__file__, call=lambda: api.get_account_balance().balance, close=api_client.close
    )


def smscx_typed(target: Target, original: bool) -> Client:
    """Our typed client: ``get_account_balance.sync_detailed(client=ApiClient(...).typed).parsed``."""
    import smscx_client
    from smscx_api.api.account import get_account_balance

    api_client = smscx_client.ApiClient(_smscx_configuration(target))
    typed = api_client.typed

    def call() -> object:
        parsed = get_account_balance.sync_detailed(client=typed).parsed
        return getattr(parsed, "balance", None)

    return Client(BALANCE, get_account_balance.__file__, call=call, close=api_client.close)


def pytweet_client(target: Target, original: bool) -> Client:
    """``pytweet.Client(bearer).fetch_user(id)``. 1.3.6 has no base URL setting: its ``client.http.base_url``
    attribute is pointed at the server; ours takes ``base_url=``."""
    import pytweet

    if original:
        client = pytweet.Client(TWITTER_BEARER)
        client.http.base_url = f"{target.url}/"  # type: ignore[attr-defined]  # 1.3.6's attribute
    else:
        client = pytweet.Client(TWITTER_BEARER, base_url=target.url)

    def call() -> object:
        user = client.fetch_user(TWITTER_USER_ID)
        return str(getattr(user, "id", None))

    return Client(TWITTER_USER_ID, pytweet.__file__, call=call, close=getattr(client, "close", lambda: None))


# async stacks


def _aiohttp(target: Target, path: str, headers: dict[str, str], pick: Callable[[Any], object]) -> Client:
    import aiohttp

    holder: dict[str, aiohttp.ClientSession] = {}
    params = {"user.fields": USER_FIELDS} if path == TWITTER_USER_PATH else None
    url = f"{target.url}{path}"

    async def acall() -> object:
        session = holder.get("session")
        if session is None:  # made on the worker's event loop
            connector = aiohttp.TCPConnector(ssl=target.context())
            session = holder["session"] = aiohttp.ClientSession(connector=connector, headers=headers)
        async with session.get(url, params=params) as response:
            if response.status != 200:
                raise RuntimeError(f"answered {response.status}")
            return pick(await response.json())

    async def aclose() -> None:
        if "session" in holder:
            await holder["session"].close()

    return Client(None, aiohttp.__file__, acall=acall, aclose=aclose)


def aiohttp_balance(target: Target, original: bool) -> Client:
    """Raw ``aiohttp.ClientSession`` (default connector limits): GET the balance, ``await .json()``."""
    client = _aiohttp(target, BALANCE_PATH, SMSCX_HEADERS, lambda body: body["balance"])
    client.expected = BALANCE
    return client


def aiohttp_user(target: Target, original: bool) -> Client:
    """Raw ``aiohttp.ClientSession``: GET the Twitter user, ``await .json()``."""
    client = _aiohttp(target, TWITTER_USER_PATH, TWITTER_HEADERS, lambda body: body["data"]["id"])
    client.expected = TWITTER_USER_ID
    return client


def _async_httpx(target: Target, transport: Any, origin: str) -> Client:
    import httpx

    client = httpx.AsyncClient(base_url=target.url, verify=target.context(), headers=SMSCX_HEADERS, transport=transport)

    async def acall() -> object:
        response = await client.get(BALANCE_PATH)
        if response.status_code != 200:
            raise RuntimeError(f"answered {response.status_code}")
        return response.json()["balance"]

    return Client(BALANCE, origin, acall=acall, aclose=client.aclose)


def httpx_async(target: Target, original: bool) -> Client:
    """Raw ``httpx.AsyncClient`` on its default (httpcore) transport."""
    import httpx

    return _async_httpx(target, None, httpx.__file__)


def httpx_aiohttp(target: Target, original: bool) -> Client:
    """Raw ``httpx.AsyncClient(transport=httpx_aiohttp.AiohttpTransport(verify=<the CA>))``."""
    import httpx_aiohttp

    return _async_httpx(target, httpx_aiohttp.AiohttpTransport(verify=target.context()), httpx_aiohttp.__file__)


def smscx_async(target: Target, original: bool) -> Client:
    """Our ``AsyncAccountApi(AsyncApiClient(Configuration(...))).get_account_balance()``."""
    import smscx_client
    from smscx_client.api.account_api import AsyncAccountApi

    api_client = smscx_client.AsyncApiClient(_smscx_configuration(target))
    api = AsyncAccountApi(api_client)

    async def acall() -> object:
        return (await api.get_account_balance()).balance

    return Client(BALANCE, smscx_client.__file__, acall=acall, aclose=api_client.aclose)


def smscx_typed_async(target: Target, original: bool) -> Client:
    """Our typed client: ``await get_account_balance.asyncio_detailed(client=AsyncApiClient(...).typed)``."""
    import smscx_client
    from smscx_api.api.account import get_account_balance

    api_client = smscx_client.AsyncApiClient(_smscx_configuration(target))
    typed = api_client.typed

    async def acall() -> object:
        parsed = (await get_account_balance.asyncio_detailed(client=typed)).parsed
        return getattr(parsed, "balance", None)

    return Client(BALANCE, get_account_balance.__file__, acall=acall, aclose=api_client.aclose)


def pytweet_async(target: Target, original: bool) -> Client:
    """Our ``pytweet.AsyncClient(bearer, base_url=...)``: ``await client.fetch_user(id)``."""
    import pytweet

    client = pytweet.AsyncClient(TWITTER_BEARER, base_url=target.url)

    async def acall() -> object:
        user = await client.fetch_user(TWITTER_USER_ID)
        return str(getattr(user, "id", None))

    return Client(TWITTER_USER_ID, pytweet.__file__, acall=acall, aclose=client.aclose)


STACKS: dict[str, Callable[[Target, bool], Client]] = {
    "http.client": http_client,
    "httpx": httpx_balance,
    "httpx-user": httpx_user,
    "smscx": smscx,
    "smscx-fast": smscx_fast,
    "smscx-typed": smscx_typed,
    "pytweet": pytweet_client,
    "aiohttp": aiohttp_balance,
    "aiohttp-user": aiohttp_user,
    "httpx-async": httpx_async,
    "httpx-aiohttp": httpx_aiohttp,
    "smscx-async": smscx_async,
    "smscx-typed-async": smscx_typed_async,
    "pytweet-async": pytweet_async,
}


def _check(value: object, expected: object) -> None:
    if value != expected:
        raise RuntimeError(f"answer {value!r}, expected {expected!r}")


def run_sync(client: Client, calls: int) -> None:
    assert client.call is not None
    call, expected = client.call, client.expected
    for _ in range(calls):
        _check(call(), expected)


async def run_async(client: Client, calls: int, concurrency: int) -> None:
    assert client.acall is not None
    acall, expected = client.acall, client.expected

    async def chain(count: int) -> None:
        for _ in range(count):
            _check(await acall(), expected)

    if concurrency == 1:
        await chain(calls)
        return
    share, extra = divmod(calls, concurrency)
    await asyncio.gather(*(chain(share + (index < extra)) for index in range(concurrency)))


def serve(client: Client, mode: str) -> None:
    """Answer ``block <n>`` lines until ``quit`` or end of input."""
    concurrency = CONCURRENCY if mode == "async200" else 1
    with asyncio.Runner() as runner:

        def block(calls: int) -> None:
            if mode == "sync":
                run_sync(client, calls)
            else:
                runner.run(run_async(client, calls, concurrency))

        block(1)  # one checked call (and the connection) before READY
        print(f"READY {client.origin}", flush=True)
        for line in sys.stdin:
            command = line.split()
            if not command or command[0] == "quit":
                break
            calls = int(command[1])
            wall, cpu = time.perf_counter(), time.process_time()
            block(calls)
            print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}), flush=True)
        if client.aclose is not None:
            runner.run(client.aclose())
        client.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.tls_worker", description=__doc__)
    parser.add_argument("stack", choices=sorted(STACKS))
    parser.add_argument("mode", choices=("sync", "async1", "async200"))
    parser.add_argument("url")
    parser.add_argument("ca")
    parser.add_argument("--cpu", type=int, default=None)
    parser.add_argument("--original", action="store_true", help="the original package from this interpreter's site")
    args = parser.parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    if args.original:  # never our overlay/generated packages (bench/__init__ put them first on sys.path)
        sources = {str(folder) for folder in SOURCE_DIRS}
        sys.path[:] = [entry for entry in sys.path if entry not in sources]
    client = STACKS[args.stack](Target(args.url, args.ca), args.original)
    if args.original and any(Path(client.origin).is_relative_to(folder) for folder in SOURCE_DIRS):
        raise SystemExit(f"the original was expected, but {client.origin} was imported")
    serve(client, args.mode)


if __name__ == "__main__":
    main()
