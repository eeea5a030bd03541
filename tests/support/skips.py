"""Skips that CI turns into failures: a test that needs a tool skips, saying why, unless the
environment variable CI sets says the tool must be there."""
from __future__ import annotations

import os

import pytest


def missing(reason: str, required_by: str) -> None:
    """Skip with `reason`; fail instead when the variable `required_by` is "1"."""
    if os.environ.get(required_by) == "1":
        pytest.fail(f"{required_by}=1 but {reason}")
    pytest.skip(reason)
