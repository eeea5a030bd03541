"""Helpers more than one test folder uses: stand-in servers, trees of files, skips that CI turns
into failures. Import them as `from support.x import y` (tests/ is on sys.path: tests/conftest.py
lives there)."""
