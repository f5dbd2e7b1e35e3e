"""The SMS.CX facade keeps alive every connection its pool allows, also when TLS settings give it its own
transport: 50 threads calling one ApiClient open at most one connection each, not one per call."""

from __future__ import annotations

import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from smscx_client import ApiClient, Configuration
from smscx_client.api.account_api import AccountApi
from tests.runtime.raw_server import RawServer, raw_server, read_request, respond, self_signed

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

THREADS = 50
CALLS = 3
BALANCE = json.dumps({"balance": 12.5, "currency": "eur", "billing": "prepaid"}).encode()


def balance(conn: socket.socket, server: RawServer) -> None:
    while read_request(conn, server) is not None:
        ROUND.wait()  # each answer waits for all 50 calls of its round: 50 connections are in use at once
        respond(conn, 200, BALANCE, "Content-Type: application/json")


ROUND = threading.Barrier(THREADS, timeout=20)


def test_50_threads_on_one_tls_configured_client_reuse_their_connections(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    with raw_server(balance, tls=(cert, key)) as server:
        configuration = Configuration(host=f"https://127.0.0.1:{server.port}", api_key="pool-test-key")
        configuration.ssl_ca_cert = str(cert)  # a transport of its own, with the runtime's pool limits
        with ApiClient(configuration) as client:
            account = AccountApi(client)

            def call(_: int) -> float:
                return float(account.get_account_balance().balance)

            with ThreadPoolExecutor(THREADS) as pool:
                balances = [value for _ in range(CALLS) for value in pool.map(call, range(THREADS))]
    assert balances == [12.5] * THREADS * CALLS
    assert len(server.requests) == THREADS * CALLS
    assert server.connections == THREADS  # opened in the first round, reused in every later one
