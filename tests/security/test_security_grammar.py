"""Grammar that cannot be talked out of failing (issue 13): an engine that answered and then was
lost fails the run (exit 3) even in `auto`; a hung server is not asked again after two documents failed;
the cache is keyed by the server that answered, and a damaged row is asked again, not fatal."""
import io
import json
import sqlite3
import time

import pytest

from checker import engine, verdict
from checker.config import Settings
from checker.document import Document, make_block
from checker.grammar import open_session
from checker.grammar.cache import ResultCache
from support.fake_languagetool import FakeLanguageTool, serving

# A fake server's one match: "tset" at offset 8 (counted by hand in "This is tset.").
TEXT = "This is tset."
MATCH = {"offset": 8, "length": 4, "message": "Possible spelling mistake found.",
         "replacements": [{"value": "test"}],
         "rule": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling",
                  "category": {"id": "TYPOS", "name": "Possible Typo"}}}


class Server(FakeLanguageTool):
    """Answers "ok" (one match) until `fail_after` checks, then "500" or "hang"."""
    checks = 0
    fail_after = 10 ** 9
    failure = "500"

    def answer(self, form):
        cls = type(self)
        if form.get("text"):             # not the version probe
            cls.checks += 1
            if cls.checks > cls.fail_after:
                if cls.failure == "hang":
                    self.hang()
                else:
                    self.send_error(500, "Internal Server Error")
                return
        super().answer(form)

    def matches(self, text, language):
        return [MATCH] if text else []   # nothing for the version probe


@pytest.fixture
def server():
    Server.checks, Server.fail_after, Server.failure = 0, 10 ** 9, "500"
    with serving(Server) as url:
        yield url


def doc(name: str, text: str = TEXT) -> Document:
    d = Document(path=name, format="text", source=text + "\n", declared_language="en-US")
    d.blocks.append(make_block("paragraph", [(text, 0)]))
    return d


def settings(url, mode="auto", **languagetool):
    return Settings(grammar=mode, cache=False, language="en-US", jobs=1,
                    languagetool={"url": url, "timeout": 5, **languagetool})


def test_auto_that_lost_the_server_mid_run_exits_3(server):
    Server.fail_after = 1
    result = engine.check_documents([doc("a.txt"), doc("b.txt")], settings(server))
    grammar = {d.document.path: d.engines["grammar"] for d in result.documents}
    assert grammar["a.txt"] == "languagetool 6.7"
    assert grammar["b.txt"].startswith("skipped: ")
    assert verdict.exit_code(result.to_dict()) == 3
    assert any("b.txt" in f for f in result.engine_failures)


def test_auto_with_a_server_that_never_answered_still_only_skips(server):
    Server.fail_after = 0
    result = engine.check_documents([doc("a.txt")], settings(server))
    assert result.documents[0].engines["grammar"].startswith("skipped: ")
    assert verdict.exit_code(result.to_dict()) in (0, 1)     # findings decide, not the engine
    assert result.engine_failures == []


def test_a_hung_server_costs_one_timeout_then_the_breaker_opens(server):
    Server.fail_after, Server.failure = 0, "hang"
    s = settings(server, timeout=1)
    with open_session(s, stderr=io.StringIO(), retry_waits=(0.01,)) as session:
        started = time.monotonic()
        for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
            findings, status = session.check(doc(name), s.language)
            assert findings == [] and status.startswith("skipped: ")
        elapsed = time.monotonic() - started
    assert Server.checks == 4             # a: three tries, b: one (after a failure); then not asked
    assert elapsed < 4 * 1 + 4            # four timeouts of 1 s, not 5 documents x 3 tries


def _cached_run(url, cache_path):
    s = settings(url)
    with open_session(Settings(**{**s.__dict__, "cache": True}), stderr=io.StringIO(),
                      cache_path=cache_path) as session:
        return session.check(doc("a.txt"), s.language)


def test_the_cache_is_keyed_by_the_server_that_answered(server, tmp_path):
    cache = tmp_path / "cache.sqlite"
    findings, _ = _cached_run(server, cache)
    assert [f.text for f in findings] == ["tset"] and Server.checks == 1
    findings, _ = _cached_run(server, cache)
    assert Server.checks == 1                                   # the same server: from the cache
    other = server.replace("127.0.0.1", "localhost")            # another server identity
    _cached_run(other, cache)
    assert Server.checks == 2


@pytest.mark.parametrize("row", ["not json", "{}", "[1, 2]", '[{"offset": 8}]',
                                 json.dumps([{**MATCH, "rule": "x"}]), "[" * 100000])
def test_a_cache_row_that_does_not_parse_is_asked_again(server, tmp_path, row):
    cache = tmp_path / "cache.sqlite"
    _cached_run(server, cache)
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE matches SET matches = ?", (row,))
    findings, status = _cached_run(server, cache)
    assert status == "languagetool 6.7" and [f.text for f in findings] == ["tset"]
    assert Server.checks == 2


def test_result_cache_get_of_a_damaged_row_is_a_miss(tmp_path):
    cache = ResultCache(tmp_path / "c.sqlite")
    cache.put("k", [])
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        db.execute("UPDATE matches SET matches = 'garbage'")
    assert cache.get("k") is None and cache.misses == 1
