"""Every test run keeps lisible's per-user state (the background LanguageTool record, the server
properties) in a folder of its own, so a background server the developer started is never picked up
by a test, and a test never stops or replaces it."""
import os
import tempfile

_STATE = tempfile.mkdtemp(prefix="lisible-test-state-")
os.environ["LISIBLE_STATE_DIR"] = _STATE
