"""ClientSettings.json_dumps: JSON request bodies serialised by the provider's function instead of httpx."""

from __future__ import annotations

import json

import httpx

from switchboard_core import Call, ClientSettings, SyncInvoker, build_http_client


def test_json_bodies_go_out_as_the_settings_serialise_them() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    settings = ClientSettings(
        base_url="https://api.example.org",
        transport=httpx.MockTransport(answer),
        json_dumps=lambda body: json.dumps(body).encode(),
    )
    invoker = SyncInvoker(build_http_client(settings), settings)
    invoker.run(Call({"method": "POST", "url": "/x", "json": {"name": "Né", "n": [1, 2]}}, lambda r: r.json()))
    typed = {"method": "PUT", "url": "/y", "json": [1], "headers": {"content-type": "application/vnd.x+json"}}
    invoker.run(Call(typed, lambda r: r.json()))
    assert seen[0].content == b'{"name": "N\\u00e9", "n": [1, 2]}'
    assert seen[0].headers["Content-Type"] == "application/json"
    assert seen[1].headers.get_list("Content-Type") == ["application/vnd.x+json"]
    plain = ClientSettings(base_url="https://api.example.org", transport=httpx.MockTransport(answer))
    SyncInvoker(build_http_client(plain), plain).run(
        Call({"method": "POST", "url": "/z", "json": {"a": 1}}, lambda r: r.json())
    )
    assert seen[2].content == b'{"a":1}'  # httpx's own form when no json_dumps is set
