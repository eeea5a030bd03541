"""On-disk cache of LanguageTool answers: an unchanged text is never sent twice.

A row is keyed by the SHA-256 of the text, the LanguageTool language code, the LanguageTool version
and the rule settings (issue 3, "Speed"); the value is the slimmed matches as JSON. Only the hash of
the text is stored, never the text itself (DESIGN.md, "Privacy").
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import platformdirs

# Bumped when what is stored per match changes (checker.grammar.matches.slim), so old rows are not read.
ENTRY_FORMAT = 2
SCHEMA = "CREATE TABLE IF NOT EXISTS matches (key TEXT PRIMARY KEY, matches TEXT NOT NULL)"


def default_cache_path() -> Path:
    return Path(platformdirs.user_cache_dir("lisible")) / "languagetool-cache.sqlite"


def cache_key(text: str, language: str, version: str, rule_settings: dict) -> str:
    """`version` carries the server's identity too (checker.grammar.languagetool.GrammarSession.identity)."""
    material = json.dumps([ENTRY_FORMAT, text, language, version, rule_settings], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ResultCache:
    """A thread-safe sqlite table of key -> matches. A cache that cannot be opened or written
    degrades to no cache: it only saves time, it never changes a result."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_cache_path()
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
                self._db.execute(SCHEMA)
                self._db.commit()
            except (OSError, sqlite3.Error):
                self._db = None
        return self._db

    def get(self, key: str) -> list | None:
        with self._lock:
            db = self._connect()
            row = None
            if db is not None:
                try:
                    row = db.execute("SELECT matches FROM matches WHERE key = ?", (key,)).fetchone()
                except sqlite3.Error:
                    row = None
            matches = _parse_row(row[0]) if row is not None else None
            if matches is None:      # absent, or a row that does not parse: asked again, not fatal
                self.misses += 1
                return None
            self.hits += 1
            return matches

    def put(self, key: str, matches: list) -> None:
        with self._lock:
            db = self._connect()
            if db is None:
                return
            try:
                db.execute("INSERT OR REPLACE INTO matches (key, matches) VALUES (?, ?)",
                           (key, json.dumps(matches, ensure_ascii=False)))
                db.commit()
            except sqlite3.Error:
                pass

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _parse_row(text) -> list | None:
    """A stored row as a list of matches, or None when it is not one (a damaged or foreign row)."""
    try:
        matches = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return None
    if not isinstance(matches, list):
        return None
    return matches if all(_is_slim(m) for m in matches) else None


def _is_slim(match) -> bool:
    """The shape checker.grammar.matches.slim writes, which to_finding reads."""
    if not isinstance(match, dict):
        return False
    rule = match.get("rule")
    category = rule.get("category") if isinstance(rule, dict) else None
    replacements = match.get("replacements")
    return (isinstance(match.get("offset"), int) and isinstance(match.get("length"), int)
            and isinstance(match.get("message"), str) and isinstance(replacements, list)
            and all(isinstance(r, str) for r in replacements)
            and isinstance(rule, dict) and isinstance(rule.get("id"), str)
            and isinstance(rule.get("issueType"), str)
            and isinstance(category, dict) and isinstance(category.get("id"), str)
            and isinstance(category.get("name"), str))


def clear_cache(path: Path | None = None) -> tuple[Path, bool]:
    """Delete the cache file. Returns its path and whether there was one."""
    path = Path(path) if path else default_cache_path()
    existed = path.exists()
    if existed:
        path.unlink()
    return path, existed
