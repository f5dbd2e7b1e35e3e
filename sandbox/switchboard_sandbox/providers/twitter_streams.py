"""The Twitter sandbox's filtered and sample streams: rules (validated by :mod:`.twitter_rules`, each new one
queueing a made-up tweet it matches), and stream answers with keep-alive lines and injectable faults."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from ..provider import ApiError, Live, Raw, Result, SandboxRequest, control, operation
from . import twitter_data as data
from . import twitter_rules as rules
from .twitter_base import (
    FIRST_ID,
    TwitterBase,
    TwitterError,
    csv_list,
)


class StreamsMixin(TwitterBase):
    """Stream rules and the streams."""

    # -- streams --------------------------------------------------------------------------------------------------

    @operation("get_stream_rules")
    def get_stream_rules(self, request: SandboxRequest) -> Result:
        wanted = set(csv_list(request.query.get("ids")))
        found = [_rule_view(r) for r in self.stream_rules.values() if not wanted or r["id"] in wanted]
        body: dict[str, Any] = {"meta": {"sent": self._now(), "result_count": len(found)}}
        if found:
            body["data"] = found
        return 200, body

    @operation("update_stream_rules")
    def update_stream_rules(self, request: SandboxRequest) -> Result:
        dry_run = request.query.get("dry_run", "").lower() == "true"  # openapi-core also reads True as a boolean
        if "delete" in request.body:
            ids = request.body["delete"]["ids"]
            deleted = [rid for rid in ids if rid in self.stream_rules]
            if not dry_run:
                for rid in deleted:
                    del self.stream_rules[rid]
            summary = {"deleted": len(deleted), "not_deleted": len(ids) - len(deleted)}
            body: dict[str, Any] = {"meta": {"sent": self._now(), "summary": summary}}
            missing = [rid for rid in ids if rid not in deleted]
            if missing:
                body["errors"] = [
                    {"title": "RuleNotFound", "value": rid, "type": "https://api.twitter.com/2/problems/invalid-rules"}
                    for rid in missing
                ]
            return 200, body
        created, errors = [], []
        known = {r["value"]: r["id"] for r in self.stream_rules.values()}  # and this request's (dry runs too)
        for new in request.body["add"]:
            try:
                parsed = rules.parse(new["value"])
            except rules.RuleError as exc:
                errors.append(
                    {"title": "UnprocessableEntity", "value": new["value"], "details": [str(exc)],
                     "type": "https://api.twitter.com/2/problems/invalid-rules"}
                )  # fmt: skip
                continue
            if new["value"] in known:
                errors.append(
                    {"title": "DuplicateRule", "value": new["value"], "id": known[new["value"]],
                     "type": "https://api.twitter.com/2/problems/duplicate-rules"}
                )  # fmt: skip
                continue
            rule = {"id": self._id(), "value": new["value"], **({"tag": new["tag"]} if "tag" in new else {})}
            known[rule["value"]] = rule["id"]
            created.append(rule)
            if not dry_run:
                self.stream_rules[rule["id"]] = rule
                self._example_for(parsed)
        invalid = sum(e["title"] == "UnprocessableEntity" for e in errors)
        summary = {
            "created": 0 if dry_run else len(created),
            "not_created": len(request.body["add"]) - (0 if dry_run else len(created)),
            "valid": len(request.body["add"]) - invalid,
            "invalid": invalid,
        }
        body = {"meta": {"sent": self._now(), "summary": summary}}
        if created:
            body["data"] = [_rule_view(rule) for rule in created]
        if errors:
            body["errors"] = errors
        return (201 if created and not dry_run else 200), body

    def _example_for(self, node: rules.Node) -> None:
        """Queue a made-up tweet the new rule matches (when the sandbox can make one up)."""
        made = rules.example(node)
        if made is None:
            return
        author = self._uid_by_name(made.author) if made.author else data.STREAMER
        if author is None:
            return
        words = " ".join(made.words) or "sandbox"
        text = f"{words} (sandbox stream {self.counter + 1 - FIRST_ID})"
        if made.links:
            text += " https://t.co/sbxlink"
        extra: dict[str, Any] = {"lang": made.lang}
        if made.images:
            extra["attachments"] = {"media_keys": [self._new_media("photo", width=640, height=480)["media_key"]]}
        if made.geo:
            extra["geo"] = {"place_id": "5a110d312052166f"}
        self._new_tweet(author, text, **extra)

    def _facts(self, tweet: dict[str, Any]) -> rules.Facts:
        entities = tweet.get("entities", {})
        has = set()
        if tweet.get("attachments", {}).get("media_keys"):
            has.add("media")
            if any(self.media.get(k, {}).get("type") == "photo" for k in tweet["attachments"]["media_keys"]):
                has.add("images")
        for key, flag in (("urls", "links"), ("mentions", "mentions"), ("hashtags", "hashtags")):
            if entities.get(key):
                has.add(flag)
        if tweet.get("geo"):
            has.add("geo")
        kinds = {
            {"retweeted": "retweet", "replied_to": "reply", "quoted": "quote"}[r["type"]]
            for r in tweet.get("referenced_tweets", [])
        }
        reply_to = tweet.get("in_reply_to_user_id")
        return rules.Facts(
            text=tweet["text"],
            author=self.users[tweet["author_id"]]["username"] if tweet["author_id"] in self.users else "",
            lang=tweet.get("lang", "en"),
            hashtags=frozenset(h["tag"].lower() for h in entities.get("hashtags", [])),
            mentions=frozenset(m["username"].lower() for m in entities.get("mentions", [])),
            has=frozenset(has),
            kinds=frozenset(kinds),
            reply_to=self.users[reply_to]["username"] if reply_to in self.users else None,
        )

    def reset(self) -> None:
        super().reset()
        self.stream_generate: tuple[int, int] | None = None
        """``(tweets, keep_alive_every)`` for the next connection's generated, streamed answer."""

    def _generated(self, filtered: bool, count: int, keep_alive_every: int) -> Live:
        """``count`` made-up tweets by ``sandbox_stream``, streamed as they are made (never stored), a keep-alive
        line every ``keep_alive_every`` of them; then the answer ends."""
        author = self.users[data.STREAMER]
        user = {"id": data.STREAMER, "name": author["name"], "username": author["username"]}
        matching = [_rule_view(r) for r in self.stream_rules.values()][:1] if filtered else []
        first, created = self.counter + 1, self._now()

        def chunks() -> Iterator[bytes]:
            yield b"\r\n"
            for n in range(count):
                line: dict[str, Any] = {
                    "data": {"id": str(first + n), "text": f"generated tweet {n + 1}", "author_id": data.STREAMER,
                             "created_at": created, "lang": "en"},
                    "includes": {"users": [user]},
                }  # fmt: skip
                if matching:
                    line["matching_rules"] = [{"id": matching[0]["id"]}]
                yield _json_line(line) + b"\r\n"
                if keep_alive_every and (n + 1) % keep_alive_every == 0:
                    yield b"\r\n"

        self.counter += count
        return Live(chunks, "application/x-ndjson")

    def _stream(self, request: SandboxRequest, filtered: bool) -> Result:
        self._tweet_includes(request, [])
        if self.stream_faults.statuses:
            status = self.stream_faults.statuses.pop(0)
            headers = {"x-rate-limit-reset": str(int(self.clock().timestamp()) + 60)} if status == 429 else {}
            detail = "This stream is currently at the maximum allowed connection limit."
            raise TwitterError(status, detail if status == 429 else "Service Unavailable", headers=headers)
        if self.stream_generate is not None:
            (count, every), self.stream_generate = self.stream_generate, None
            return 200, self._generated(filtered, count, every)
        backfill = int(request.query.get("backfill_minutes", 0))
        since = self.clock() - timedelta(minutes=backfill)
        resend = [tid for sent, tid in self.stream_sent if backfill and sent >= since]
        queued, self.stream_queue = self.stream_queue, []
        lines: list[bytes] = [b"\r\n"]
        for tid in dict.fromkeys([*resend, *queued]):
            tweet = self.tweets.get(tid)
            if tweet is None:
                continue
            matching = []
            if filtered:
                facts = self._facts(tweet)
                matching = [
                    {"id": r["id"], **({"tag": r["tag"]} if "tag" in r else {})}
                    for r in self.stream_rules.values()
                    if rules.matches(rules.parse(r["value"]), facts)
                ]
                if not matching:
                    continue
            fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
            line: dict[str, Any] = {"data": self._tweet_view(tweet, fields)}
            includes = self._tweet_includes(request, [tweet])
            if includes:
                line["includes"] = includes
            if filtered:
                line["matching_rules"] = matching
            lines.append(_json_line(line))
            lines.append(b"\r\n")
            if tid in queued:
                self.stream_sent.append((self.clock(), tid))
        cut = self.stream_faults.disconnect_after
        if cut is not None:
            self.stream_faults.disconnect_after = None
            payload = [line for line in lines if line != b"\r\n"]
            kept = payload[:cut]
            broken = payload[cut][: max(len(payload[cut]) // 2, 1)] if len(payload) > cut else b""
            return 200, Raw(b"\r\n".join([b"", *kept]) + (b"\r\n" if kept else b"") + broken, "application/x-ndjson")
        return 200, Raw(b"".join(lines), "application/x-ndjson")

    @operation("search_stream")
    def search_stream(self, request: SandboxRequest) -> Result:
        return self._stream(request, filtered=True)

    @operation("sample_stream")
    def sample_stream(self, request: SandboxRequest) -> Result:
        return self._stream(request, filtered=False)

    @control("POST", "stream")
    def stream_control(self, request: SandboxRequest) -> Result:
        """Stream faults and traffic: ``{"fail": [429, 503]}`` (the next connections' answers),
        ``{"disconnect_after": 2}`` (the next connection breaks off inside its third tweet),
        ``{"tweets": ["text", ...]}`` (queue tweets by ``sandbox_stream``), ``{"generate": 100000,
        "keep_alive_every": 100}`` (the next connection streams that many made-up tweets as it makes them)."""
        body = request.body or {}
        if not isinstance(body, dict) or set(body) - {
            "fail",
            "disconnect_after",
            "tweets",
            "generate",
            "keep_alive_every",
        }:
            raise ApiError(400, 'Expected {"fail": [429], "disconnect_after": 2, "tweets": ["..."], "generate": 10}')
        generate, every = body.get("generate"), body.get("keep_alive_every", 100)
        for name, value in (("generate", generate), ("keep_alive_every", every)):
            if value is not None and not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
                raise ApiError(400, f"{name} must be a non-negative integer")
        if generate is not None:
            self.stream_generate = (generate, every)
        fail = body.get("fail", [])
        if not isinstance(fail, list) or any(status not in (429, 503) for status in fail):
            raise ApiError(400, "fail must be a list of 429 and 503")
        cut = body.get("disconnect_after")
        if cut is not None and not (isinstance(cut, int) and not isinstance(cut, bool) and cut >= 0):
            raise ApiError(400, "disconnect_after must be a non-negative integer")
        texts = body.get("tweets", [])
        if not isinstance(texts, list) or not all(isinstance(t, str) and 0 < len(t) <= 280 for t in texts):
            raise ApiError(400, "tweets must be a list of texts of 1 to 280 characters")
        self.stream_faults.statuses += fail
        if cut is not None:
            self.stream_faults.disconnect_after = cut
        ids = [self._new_tweet(data.STREAMER, text)["id"] for text in texts]
        return 200, {"queued": list(self.stream_queue), "created": ids, "pending_failures": self.stream_faults.statuses}


def _json_line(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _rule_view(rule: dict[str, Any]) -> dict[str, Any]:
    return {k: rule[k] for k in ("id", "value", "tag") if k in rule}
