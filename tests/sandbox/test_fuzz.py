"""Every operation of every sandbox, fuzzed with schemathesis against its own OpenAPI document (seeded and bounded
here; ``make chaos`` runs many more examples): no server error, no undocumented status, every answer (errors
included) in its documented content type and schema."""

from __future__ import annotations

from . import fuzz

test_messagemedia = fuzz.fuzz_test("messagemedia")
test_mxit = fuzz.fuzz_test("mxit")
test_smscx = fuzz.fuzz_test("smscx")
test_twitter = fuzz.fuzz_test("twitter")
test_vumigo = fuzz.fuzz_test("vumigo")
