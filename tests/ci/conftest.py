"""The CI format tests' shared fixtures (their result dicts are built by ci_results.py)."""
import pytest

from ci_results import sarif_validator


@pytest.fixture(scope="module")
def validator():
    """The SARIF 2.1.0 schema's validator."""
    return sarif_validator()
