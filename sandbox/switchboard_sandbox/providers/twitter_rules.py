"""Filtered-stream rules for the Twitter sandbox: a parser for a useful subset of the rule language, a matcher,
and :func:`example_text` to make up a tweet that a rule matches (so adding a rule makes the stream emit).

Supported: keywords, ``"exact phrases"``, ``#hashtags``, ``@mentions``, ``from:``, ``to:``, ``lang:``,
``has:images|media|links|geo|mentions|hashtags``, ``is:retweet|reply|quote``, negation with ``-``, ``OR``
and parentheses (AND binds tighter than OR). Anything else is rejected like Twitter rejects a rule it cannot
parse (the message starts with ``Cannot parse rule``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

OPERATORS = {
    "from": None,
    "to": None,
    "lang": None,
    "has": {"images", "media", "links", "geo", "mentions", "hashtags"},
    "is": {"retweet", "reply", "quote"},
}
_TOKEN = re.compile(r'\s*(?:(\()|(\))|(-?)"([^"]*)"|(-?)([^\s()"]+))')


class RuleError(ValueError):
    """The rule cannot be parsed (the message is the detail Twitter would give)."""


@dataclass(frozen=True)
class Term:
    """One leaf: ``kind`` is ``word``, ``phrase``, ``hashtag``, ``mention`` or an operator name."""

    kind: str
    value: str
    negated: bool = False


Node = Any
"""A :class:`Term`, or ``("and", [nodes])`` / ``("or", [nodes])``."""


def _tokens(rule: str) -> list[Any]:
    if rule.count('"') % 2:
        raise RuleError("Cannot parse rule: unbalanced quotes")
    tokens: list[Any] = []
    position = 0
    while position < len(rule):
        if rule[position:].strip() == "":
            break
        match = _TOKEN.match(rule, position)
        if match is None:  # pragma: no cover - the pattern matches any non-space character
            raise RuleError(f"Cannot parse rule at position {position}")
        position = match.end()
        opened, closed, phrase_neg, phrase, word_neg, word = match.groups()
        if opened:
            tokens.append("(")
        elif closed:
            tokens.append(")")
        elif phrase is not None:
            tokens.append(Term("phrase", phrase.lower(), bool(phrase_neg)))
        elif word == "OR" and not word_neg:
            tokens.append("OR")
        else:
            tokens.append(_term(word, bool(word_neg)))
    return tokens


def _term(word: str, negated: bool) -> Term:
    if word.startswith("#") and len(word) > 1:
        return Term("hashtag", word[1:].lower(), negated)
    if word.startswith("@") and len(word) > 1:
        return Term("mention", word[1:].lower(), negated)
    name, sep, value = word.partition(":")
    if sep and name in OPERATORS:
        allowed = OPERATORS[name]
        if not value or (allowed is not None and value not in allowed):
            raise RuleError(f"Cannot parse rule: invalid value {value!r} for the operator {name}:")
        return Term(name, value.lower(), negated)
    if sep and name.isalpha():
        raise RuleError(f"Cannot parse rule: reference to invalid operator '{name}'")
    return Term("word", word.lower(), negated)


def parse(rule: str) -> Node:
    """The rule's expression tree; :class:`RuleError` if it cannot be parsed."""
    tokens = _tokens(rule)
    if not tokens:
        raise RuleError("Cannot parse rule: the rule is empty")
    node, rest = _or(tokens)
    if rest:
        raise RuleError("Cannot parse rule: unbalanced parentheses")
    if not _has_positive(node):
        raise RuleError("Cannot parse rule: rules must contain a non-negation term")
    return node


def _or(tokens: list[Any]) -> tuple[Node, list[Any]]:
    branches = []
    node, tokens = _and(tokens)
    branches.append(node)
    while tokens and tokens[0] == "OR":
        node, tokens = _and(tokens[1:])
        branches.append(node)
    return (branches[0] if len(branches) == 1 else ("or", branches)), tokens


def _and(tokens: list[Any]) -> tuple[Node, list[Any]]:
    parts = []
    while tokens and tokens[0] not in ("OR", ")"):
        head = tokens[0]
        if head == "(":
            node, tokens = _or(tokens[1:])
            if not tokens or tokens[0] != ")":
                raise RuleError("Cannot parse rule: unbalanced parentheses")
            tokens = tokens[1:]
            parts.append(node)
        else:
            parts.append(head)
            tokens = tokens[1:]
    if not parts:
        raise RuleError("Cannot parse rule: an OR or a parenthesis has nothing on one side")
    return (parts[0] if len(parts) == 1 else ("and", parts)), tokens


def _has_positive(node: Node) -> bool:
    if isinstance(node, Term):
        return not node.negated
    return any(_has_positive(child) for child in node[1])


@dataclass(frozen=True)
class Facts:
    """What a rule can test about a tweet."""

    text: str
    author: str
    lang: str
    hashtags: frozenset[str]
    mentions: frozenset[str]
    has: frozenset[str]
    kinds: frozenset[str]
    """``retweet``, ``reply``, ``quote``."""
    reply_to: str | None = None


def matches(node: Node, facts: Facts) -> bool:
    if isinstance(node, Term):
        return _leaf(node, facts) != node.negated
    kind, children = node
    results = (matches(child, facts) for child in children)
    return all(results) if kind == "and" else any(results)


def _leaf(term: Term, facts: Facts) -> bool:
    words = re.findall(r"[#@]?[\w']+", facts.text.lower())
    if term.kind == "word":
        return term.value in words or term.value in facts.text.lower().split()
    if term.kind == "phrase":
        return term.value in facts.text.lower()
    if term.kind == "hashtag":
        return term.value in facts.hashtags
    if term.kind == "mention":
        return term.value in facts.mentions
    if term.kind == "from":
        return facts.author.lower() == term.value
    if term.kind == "to":
        return (facts.reply_to or "").lower() == term.value
    if term.kind == "lang":
        return facts.lang == term.value
    if term.kind == "has":
        return term.value in facts.has or (term.value == "media" and bool({"images"} & facts.has))
    return term.value in facts.kinds


@dataclass
class Example:
    """What a made-up tweet matching a rule needs."""

    words: list[str]
    author: str | None = None
    lang: str = "en"
    images: bool = False
    links: bool = False
    geo: bool = False


def example(node: Node) -> Example | None:
    """The ingredients of a tweet the rule matches (from its first OR branch), or None if it needs more than
    the sandbox can make up (replies, retweets, quotes, a ``to:``)."""
    if isinstance(node, Term):
        node = ("and", [node])
    kind, children = node
    if kind == "or":
        return example(children[0])
    made = Example(words=[])
    for child in children:
        if not isinstance(child, Term):
            sub = example(child)
            if sub is None:
                return None
            made.words += sub.words
            made.author = made.author or sub.author
            made.images, made.links, made.geo = made.images or sub.images, made.links or sub.links, made.geo or sub.geo
            continue
        if child.negated:
            continue
        if child.kind in ("word", "phrase"):
            made.words.append(child.value)
        elif child.kind == "hashtag":
            made.words.append("#" + child.value)
        elif child.kind == "mention":
            made.words.append("@" + child.value)
        elif child.kind == "from":
            made.author = child.value
        elif child.kind == "lang":
            made.lang = child.value
        elif child.kind == "has":
            made.images = made.images or child.value in ("images", "media")
            made.links = made.links or child.value == "links"
            made.geo = made.geo or child.value == "geo"
            if child.value == "mentions":
                made.words.append("@sandbox_friend")
            if child.value == "hashtags":
                made.words.append("#sandbox")
        else:
            return None
    return made
