"""The `python` kind: checks a pattern cannot express, registered by name and fed by the YAML
rule's `params` (the word lists stay data; only the logic is code)."""
from __future__ import annotations

import re
from typing import Callable, Iterator

import regex

from .model import Hit, Rule, rule_kind
from .patterns import compile_for

CHECKS: dict[str, Callable] = {}


def check_function(name: str):
    def register(fn):
        CHECKS[name] = fn
        return fn
    return register


@rule_kind("python")
class PythonRule(Rule):
    """Runs the registered function `function` with `params` (see CHECKS)."""
    OPTIONS = ("function", "params")

    def configure(self, spec):
        name = spec.get("function")
        if name not in CHECKS:
            raise self.fail("function", f"unknown function {name!r} (known: {', '.join(sorted(CHECKS))})")
        self.function = CHECKS[name]
        self.params = spec.get("params", {})
        if not isinstance(self.params, dict):
            raise self.fail("params", "must be a table")
        try:
            self.prepared = self.function.prepare(self, self.params) \
                if hasattr(self.function, "prepare") else self.params
        except (TypeError, ValueError, AttributeError) as exc:   # params of the wrong type
            raise self.fail("params", f"invalid value: {exc}") from None

    def check(self, view) -> Iterator[Hit]:
        yield from self.function(view, self.prepared)


def _gap_ok(text: str, left_end: int, right_start: int) -> bool:
    # An auxiliary and its participle belong to one clause: no comma, colon or semicolon between.
    return not re.search(r"[,;:()«»\"“”„]", text[left_end:right_start])


def _passive_prepare(rule: Rule, params: dict) -> dict:
    try:
        return {"auxiliaries": {a.lower() for a in params["auxiliaries"]},
                "participle": compile_for(rule, f"(?:{params['participle']})$"),
                "irregular": {w.lower() for w in params.get("irregular", ())},
                "exceptions": compile_for(rule, f"(?:{'|'.join(params.get('exceptions', ()) or ['(?!)'])})$"),
                "gap_words": compile_for(rule, f"(?:{params.get('gap_words', '(?!)')})$"),
                "max_gap": int(params.get("max_gap", 2)),
                "look_back": bool(params.get("participle_before", False)),
                "reflexive": {w.lower() for w in params.get("reflexive_pronouns", ())},
                "between": {w.lower() for w in params.get("reflexive_between", ())},
                "lowercase": bool(params.get("lowercase_participle", False))}
    except KeyError as exc:
        raise rule.fail(f"params.{exc.args[0]}", "is required for passive_voice") from None
    except (re.error, regex.error) as exc:
        raise rule.fail("params", f"invalid regular expression: {exc}") from None


@check_function("passive_voice")
def passive_voice(view, p: dict) -> Iterator[Hit]:
    """A form of the passive auxiliary (be, être, werden, ser, essere/venire) followed by a past
    participle (`participle` regex or `irregular` list) in the same clause, with at most `max_gap`
    words between them, each matching `gap_words` (adverbs, negation). `exceptions` (regexes) are
    participles that take the auxiliary in active tenses (French `est arrivé`) or act as adjectives."""
    for s in view.sentences:
        words = s.words
        text = view.text(s.block_index)
        covered = -1    # "è stato approvato": one finding, not a second one for "stato approvato"
        for i, aux in enumerate(words):
            if aux.start < covered or aux.text.lower() not in p["auxiliaries"]:
                continue
            if _pronominal(words, i, p):
                continue    # "si erano lamentati", "qui s'en sont suivies": a pronominal verb
            hit = _participle_after(words, i, text, p)
            if hit is not None:
                covered = hit.end
                yield Hit(s.block_index, aux.start, hit.end, values={"match": text[aux.start:hit.end]})
            elif p["look_back"] and i > 0 and _is_participle(words[i - 1], p) \
                    and _gap_ok(text, words[i - 1].end, aux.start):
                # German puts the participle first in subordinate and modal clauses:
                # "die repariert werden müssen".
                covered = aux.end
                yield Hit(s.block_index, words[i - 1].start, aux.end,
                          values={"match": text[words[i - 1].start:aux.end]})


def _pronominal(words, i: int, p) -> bool:
    """A reflexive pronoun before the auxiliary, maybe with `reflexive_between` (French en, y)
    between them: a pronominal verb ("s'est tenue", "s'en sont suivies"), not a passive. Elided
    forms are one word ("s'en"): their parts are read as words."""
    before = [part.lower() for w in words[max(0, i - 2):i] for part in re.split(r"['’ʼ]", w.text) if part]
    if before and before[-1] in p["between"]:
        before.pop()
    return bool(before) and before[-1] in p["reflexive"]


def _is_participle(token, p) -> bool:
    w = token.text.lower()
    return bool(w in p["irregular"] or p["participle"].match(w)) and not p["exceptions"].match(w) \
        and not (p["lowercase"] and token.text[:1].isupper())


def _participle_after(words, i, text, p):
    previous = words[i]
    for follower in words[i + 1:i + 2 + p["max_gap"]]:
        if not _gap_ok(text, previous.end, follower.start):
            return None
        if _is_participle(follower, p):
            return follower
        if not p["gap_words"].match(follower.text.lower()):
            return None
        previous = follower
    return None


passive_voice.prepare = _passive_prepare


def _chain_prepare(rule: Rule, params: dict) -> dict:
    suffixes = params.get("suffixes")
    if not suffixes:
        raise rule.fail("params.suffixes", "is required for noun_chain")
    return {"suffixes": tuple(suffixes), "min_nouns": int(params.get("min_nouns", 3)),
            "breakers": {w.lower() for w in params.get("breakers", ())},
            "max_gap": int(params.get("max_gap", 2)),
            "capitalized": bool(params.get("capitalized", True))}


@check_function("noun_chain")
def noun_chain(view, p: dict) -> Iterator[Hit]:
    """Nominal style: `min_nouns` or more nouns ending in `suffixes` (German -ung) linked by at
    most `max_gap` words, as in "zur Durchführung der Überprüfung der Anmeldung". A comma or a
    coordinating word (`breakers`: und, oder) ends a chain: a list of nouns is not a chain."""
    for s in view.sentences:
        text = view.text(s.block_index)
        chain: list = []
        gap = 0
        for token in s.words:
            word = token.text
            if chain and (word.lower() in p["breakers"] or "," in text[chain[-1].end:token.start]):
                yield from _chain_hit(s, chain, p)
                chain, gap = [], 0
            is_noun = word.lower().endswith(p["suffixes"]) and (not p["capitalized"] or word[:1].isupper())
            if is_noun:
                if chain and gap <= p["max_gap"]:
                    chain.append(token)     # not chain + [token]: a long chain stays linear
                else:
                    chain = [token]
                gap = 0
                continue
            gap += 1
            if gap > p["max_gap"]:
                yield from _chain_hit(s, chain, p)
                chain = []
        yield from _chain_hit(s, chain, p)


noun_chain.prepare = _chain_prepare


def _chain_hit(s, chain, p):
    if len(chain) >= p["min_nouns"]:
        yield Hit(s.block_index, chain[0].start, chain[-1].end, values={"count": len(chain)})
