"""The LanguageTool side of a grammar session: checks documents on a server, says what ran.

`checker.grammar.session.open_session` decides which server answers (a URL, the background server,
or a local server this session starts from the install when first needed, so a run whose texts are
all cached starts no JVM) and the policy for `--grammar off | auto | required`; this class does the
checking and records what failed, in the wording that policy states.
"""
from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Callable

from checker import languages
from checker.escape import printable, safe_lines
from checker.findings import Finding
from checker.grammar.cache import ResultCache, cache_key
from checker.grammar.chunks import build_chunks, utf16_to_index
from checker.grammar import names, weekdays
from checker.grammar.client import (DEFAULT_TIMEOUT, DEFAULT_TRIES, DEFAULT_WAITS, LanguageToolClient,
                                    ServerUnavailable)
from checker.grammar.install import InstallError
from checker.grammar.matches import in_dateline, keep, lt_language, slim, to_finding
from checker.grammar.server import LocalServer, ServerError
from checker.grammar.status import StartStatus
from checker.language import word_count

if TYPE_CHECKING:
    from checker.config import Settings
    from checker.document import Document

# Words from which a block detected in another language than the one the user gave is checked in
# its own (issue 12: a short Italian sentence had been checked as Portuguese).
OTHER_LANGUAGE_MIN_WORDS = 25
DEFAULT_WORKERS = 2      # requests at once to a server lisible did not start (its size unknown)
# Circuit breaker: after this many documents in a row failed, the server is not asked again in this
# run (a hung server would otherwise cost a timeout per document).
BREAKER_AFTER = 2


class GrammarSession:
    """Use as a context manager: the local server, if one was started, stops on exit."""

    def __init__(self, settings, *, url: str | None = None, install=None, unusable: str | None = None,
                 cache: ResultCache | None = None, waits: tuple[float, ...] = DEFAULT_WAITS,
                 stderr=None, workers: int | None = None):
        conf = settings.languagetool or {}
        self.mode = settings.grammar
        self.variants = dict(conf.get("variants") or {})
        self.disabled_rules = set(conf.get("disabled_rules") or [])
        self.enabled_rules = set(conf.get("enabled_rules") or [])
        self._rules_by_language: dict[str, dict] = {}
        self.accepted = {w.casefold() for w in settings.vocabulary_accept}
        self.timeout = float(conf.get("timeout") or DEFAULT_TIMEOUT)
        self.waits = tuple(waits)
        self.heap = conf.get("heap") or None
        self.java = conf.get("java") or None    # trusted configs only (checker.trust)
        self.url = url
        self.install = install
        self.cache = cache
        self.stderr = stderr if stderr is not None else sys.stderr
        self.server: LocalServer | None = None
        self._unusable = unusable
        self._client: LanguageToolClient | None = None
        self._version: str | None = None
        self._lock = threading.RLock()
        self._said_skipped = False
        self._resolved: dict[str, str | None] = {}
        self._languages_wanted: set[str] = set()    # named in the "Starting LanguageTool" line
        # Failures after the engine had started (answered once, or our server came up): the run
        # exits 3 even in `auto`, since documents were left unchecked by an engine that was there.
        self.failures: list[str] = []
        self._started = False
        self._failed_in_a_row = 0
        self._identity: str | None = None
        if workers is None:
            # A server lisible starts checks one text per core (checker.grammar.tuning): as many
            # requests at once keep it busy without queueing.
            from checker.grammar.tuning import check_threads
            workers = check_threads() if url is None or install is not None else DEFAULT_WORKERS
        # Called before each request (the background server's idle clock).
        self.keepalive: Callable[[], None] | None = None
        self.workers = max(1, int(conf.get("workers") or workers))
        self._pool = ThreadPoolExecutor(max_workers=self.workers,
                                        thread_name_prefix="lisible-languagetool")

    # --- what the engine calls -------------------------------------------------------------------

    @property
    def status(self) -> str:
        if self._unusable:
            return f"{self._not_checked}: {self._unusable}"
        return f"languagetool {self._version or (self.install.version if self.install else None) or ''}".strip()

    def check(self, doc: Document, language: str | None = None, settings: Settings | None = None
              ) -> tuple[list[Finding], str]:
        """Findings for every block of `doc`, and the engines.grammar string for it. `language`:
        the document's language as the engine settled it (else the document's own); `settings`:
        the file's settings ([[overrides]] may accept more words; else the run's)."""
        if self._unusable:
            return [], f"{self._not_checked}: {self._unusable}"
        default = language or doc.language
        try:
            pairs, unchecked = self._blocks_with_languages(doc, default)
            self._languages_wanted.update(languages.code_of(code) for _block, code in pairs)
            if not pairs and unchecked:
                return [], f"skipped: no LanguageTool module for {', '.join(sorted(unchecked))}"
            version = self._ensure_version()
            chunks = build_chunks(pairs)
            answers = list(self._pool.map(lambda chunk: self._matches_for(chunk, version), chunks))
        except (ServerUnavailable, ServerError, InstallError) as exc:
            return self._failed(doc, self._reason(exc))
        self._client_recovered()
        with self._lock:
            self._started, self._failed_in_a_row = True, 0
        accepted = ({w.casefold() for w in settings.vocabulary_accept}
                    if settings is not None else self.accepted)
        findings = sorted(self._findings(doc, chunks, answers, accepted), key=Finding.sort_key)
        status = f"languagetool {version}"
        if unchecked:
            status += f"; blocks in {', '.join(sorted(unchecked))} not checked (no LanguageTool module)"
        return findings, status

    def _findings(self, doc, chunks, answers, accepted):
        for chunk, matches in zip(chunks, answers):
            to_index = utf16_to_index(chunk.text)    # LanguageTool counts UTF-16 code units
            lang = languages.code_of(chunk.language)
            found, places = [], []
            for match in matches:
                located = chunk.locate(to_index(match["offset"]), to_index(match["offset"] + match["length"]))
                if located is None:
                    continue
                block, start, end = located
                if in_dateline(match, block.text, start) \
                        or names.after_abbreviation(match, block.text, start, lang):
                    continue
                finding = to_finding(match, doc, block, start, end, lang)
                if keep(finding, block, accepted):
                    found.append(finding)
                    places.append((block, start))
            # A weekday is checked against the years the document names, not the run's year.
            found = weekdays.review(found, doc, places)
            # Before a misspelling is an alarm: is it a probable name or an abbreviation?
            yield from names.review(found, doc, places, lang)

    def close(self) -> None:
        # Not waiting for requests in flight: on Ctrl-C the run should end now; stopping the
        # server makes them fail at once.
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.server is not None:
            self.server.stop()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> "GrammarSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- languages -------------------------------------------------------------------------------

    def _blocks_with_languages(self, doc, default: str | None):
        pairs, unchecked = [], set()
        for block in doc.blocks:
            if block.hidden or not block.text.strip():
                continue
            if block.language:
                code = self._resolve(_with_document_region(block.language, default))
            else:
                # A detected language is a guess (short blocks fool detectors): where LanguageTool
                # cannot check it, the document's language is the better bet. A language the user
                # gave (--lang, config, the file's own tag) wins unless the block is long enough for
                # the detector to be clear.
                guess = block.detected_language
                if guess and doc.language_source in ("config", "declared") \
                        and word_count(block.text) < OTHER_LANGUAGE_MIN_WORDS:
                    guess = None
                detected = _with_document_region(guess, default)
                code = (self._resolve(detected) if detected else None) or self._resolve(default)
            if code is None:
                unchecked.add(block.language or default or "an unknown language")
            else:
                pairs.append((block, code))
        return pairs, unchecked

    def _resolve(self, tag: str | None) -> str | None:
        if not tag:
            return None
        if tag not in self._resolved:
            code = lt_language(tag, self.variants)
            if code is None:    # not a first-class language: ask the server what it has
                code = lt_language(tag, self.variants, self._ensure_client().languages())
            self._resolved[tag] = code
        return self._resolved[tag]

    # --- server, cache, failures -----------------------------------------------------------------

    def rules_for(self, code: str) -> dict:
        """Rule settings sent with a request in LanguageTool language `code`: the configured ones,
        plus the LanguageTool rules a lisible rule pack covers (DESIGN.md: one finding per fault,
        lisible's, which cites its source). A rule the config enables is never disabled."""
        if code not in self._rules_by_language:
            lang = languages.code_of(code)
            disabled = (self.disabled_rules | set(pack_duplicates(lang))) - self.enabled_rules
            self._rules_by_language[code] = {"disabled": sorted(disabled),
                                             "enabled": sorted(self.enabled_rules)}
        return self._rules_by_language[code]

    def _matches_for(self, chunk, version: str) -> list[dict]:
        rules = self.rules_for(chunk.language)
        key = cache_key(chunk.text, chunk.language, self.identity(version), rules)
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                return cached
        if self.keepalive is not None:
            self.keepalive()
        answer = self._ensure_client().check(chunk.text, chunk.language, rules["disabled"], rules["enabled"])
        matches = [slim(m) for m in answer.get("matches", [])]
        if self.cache is not None:
            self.cache.put(key, matches)
        return matches

    def identity(self, version: str) -> str:
        """What answered, for the cache key: the server's URL, or the local install's jars (names,
        sizes, times), with the version; a different server never reads another's answers."""
        if self._identity is None:
            if self.url is not None:
                where = f"url={self.url.rstrip('/')}"
            elif self.install is not None:
                where = f"jars={jar_fingerprint(self.install.path)}"
            else:
                where = "none"
            self._identity = where
        return f"{version};{self._identity}"

    def _ensure_version(self) -> str:
        with self._lock:
            if self._version is None:
                if self.url is None and self.install is not None and self.install.version:
                    self._version = self.install.version
                else:
                    self._version = self._ensure_client().version()
            return self._version

    def _ensure_client(self) -> LanguageToolClient:
        with self._lock:
            if self._client is None:
                url = self.url
                if url is None:
                    self.server = LocalServer(self.install, heap=self.heap, java=self.java)
                    try:
                        with StartStatus(self.stderr, getattr(self.install, "version", None),
                                         self._languages_wanted):
                            url = self.server.start()
                        self._started = True
                    except (ServerError, InstallError) as exc:
                        # A JVM that will not start won't start for the next document either. The
                        # JSON gets one line; stderr gets the JVM's own words once.
                        self._unusable = f"local LanguageTool server did not start: {str(exc).splitlines()[0]}"
                        print(f"lisible: {safe_lines(str(exc))}", file=self.stderr)
                        raise
                server = self.server
                self._client = LanguageToolClient(
                    url, timeout=self.timeout, tries=DEFAULT_TRIES, waits=self.waits,
                    gone=(lambda: not server.alive()) if server is not None else (lambda: False))
            return self._client

    def _reason(self, exc: Exception) -> str:
        if self._unusable:
            return self._unusable
        if self.server is not None and self.server.process is not None and not self.server.alive():
            return f"the local LanguageTool server stopped (exit code {self.server.process.returncode})"
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__

    @property
    def _not_checked(self) -> str:
        """How a document the engine could not check is marked: `required` fails it."""
        return "failed" if self.mode == "required" else "skipped"

    def _failed(self, doc, reason: str) -> tuple[list[Finding], str]:
        """A document's check failed. `required`, or a failure after the engine had started (it
        was there, and left documents unchecked: issue 13), is a run failure (exit 3); `auto`
        says it once on stderr. Other checks go on either way."""
        with self._lock:
            self._failed_in_a_row += 1
            if self.mode == "required":
                self.failures.append(f"{doc.path}: grammar check failed: {reason}")
            elif self._started:
                self.failures.append(f"{doc.path}: grammar check failed after LanguageTool had "
                                     f"started: {reason}")
            if self._failed_in_a_row >= BREAKER_AFTER and not self._unusable:
                self._unusable = f"LanguageTool stopped answering ({reason}); not asked again in this run"
        # After a failure, later documents get one try each instead of the full retry cycle, so a
        # dead or hung server costs one timeout per document, not three.
        if self._client is not None:
            self._client.tries = 1
        if self.mode != "required":
            self._say_skipped(f"grammar and spelling not checked for {doc.path}: {reason}")
        return [], f"{self._not_checked}: {reason}"

    def _client_recovered(self) -> None:
        if self._client is not None:
            self._client.tries = DEFAULT_TRIES

    def _say_skipped(self, line: str) -> None:
        with self._lock:
            if not self._said_skipped:
                self._said_skipped = True
                print(f"lisible: {printable(line)} (later failures are reported in each document's engines)",
                      file=self.stderr)


def jar_fingerprint(folder) -> str:
    """A short hash of the jars in an install folder (name, size, modification time): replacing a
    jar changes it, without reading 160 MB of jars on every run."""
    import hashlib
    from pathlib import Path
    entries = []
    for jar in sorted(Path(folder).glob("*.jar")):
        try:
            info = jar.stat()
        except OSError:
            continue
        entries.append(f"{jar.name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode("utf-8")).hexdigest()[:16]


def _with_document_region(tag: str | None, document_tag: str | None) -> str | None:
    """A block in the document's language without a region of its own takes the document's
    region: a paragraph detected as "en" in an en-GB release is checked as British English."""
    if not tag or not document_tag or "-" in tag:
        return tag
    return document_tag if languages.code_of(document_tag) == tag.lower() else tag


def pack_duplicates(lang: str) -> dict[str, str]:
    """LanguageTool rule id -> the lisible rule that replaces it, from the rule packs."""
    try:
        from checker.rules import languagetool_duplicates
    except ImportError:     # rule packs not importable: nothing to deduplicate against
        return {}
    return languagetool_duplicates(lang)
