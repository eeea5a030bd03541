"""Every test run keeps lisible's per-user state (the background LanguageTool record, the server
properties) in a folder of its own, so a background server the developer started is never picked up
by a test, and a test never stops or replaces it. Fixtures more than one folder uses live here;
helpers they share, in tests/support/."""
import importlib.abc
import os
import sys
import tempfile

import pytest

_STATE = tempfile.mkdtemp(prefix="lisible-test-state-")
os.environ["LISIBLE_STATE_DIR"] = _STATE


class _InstalledNamesOnly(importlib.abc.MetaPathFinder):
    """rules/ and reports/ are the packages `checker.rules` and `checker.reports`. The repository
    root is on sys.path in a test run, so `import rules` would also work, and load a second copy
    whose rule kinds and analyzers register twice: a later test then fails far from the cause
    (it happened in round 3). Such an import fails here, at its place, saying what to write."""

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if path is None and top in ("rules", "reports"):
            raise ImportError(f"import checker.{name}, not {name}: rules/ and reports/ are "
                              f"installed as checker.rules and checker.reports")
        return None


sys.meta_path.insert(0, _InstalledNamesOnly())


@pytest.fixture(scope="module")
def cluster():
    """The scheduler address of a Dask LocalCluster of 2 workers that are threads of this process
    (processes=False: worker processes would each import lisible and Dask, too heavy for the suite
    on 2 cores, and would not see what a test set up here, such as the stand-in `java`)."""
    distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'lisible[dask]'")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as running:
        yield running.scheduler_address
