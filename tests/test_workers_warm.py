"""Worker processes start warm (checker/warm.py, issue 14): the fork server they are forked from
imports checker.warm first, which loads the packs and compiles what the rules compile on first
use. That the workers' findings are the same bytes as one process's is
tests/test_cli.py::test_worker_processes_give_the_same_bytes_as_one_process."""
from __future__ import annotations

import os

import pytest

from checker import engine
from checker.rules import all_rules
from checker.rules.kinds import TermMatcher


@pytest.mark.skipif(os.name != "posix", reason="a fork server exists on POSIX systems only")
def test_the_fork_server_imports_the_warm_up_before_it_forks_workers():
    from multiprocessing import forkserver
    engine.worker_context()
    assert forkserver._forkserver._preload_modules == ["checker.warm"]


def test_the_warm_up_compiles_the_term_lists_of_every_language_and_region():
    from checker.warm import warm_up
    warm_up()
    matchers = [m for rule in all_rules() for m in vars(rule).values()
                if isinstance(m, TermMatcher) and m.terms]
    assert len(matchers) >= 10
    assert [m.terms[:1] for m in matchers if m._regex is None] == []
