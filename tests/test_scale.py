"""`lisible check --scheduler`: documents checked on a Dask LocalCluster of 2 workers give the same
bytes as a local run. The cluster's workers are threads of this process (the `cluster` fixture of
tests/conftest.py); benchmarks/scale.py runs the same code on worker processes."""
import json
import shutil

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="needs the dask extra: pip install 'lisible[dask]'")

from checker.cli import cli  # noqa: E402
from helpers import CORPORA  # noqa: E402
from support.trees import write_tree  # noqa: E402

RELEASES = CORPORA / "releases"
TEXTS = {
    "press/acronym.md": "# Ferry news\n\nThe FSO counted the ferry's riders.\n",
    "press/page.html": '<html lang="en"><head><title>Ferry</title></head><body><h1>Ferry</h1>'
                       '<p>The ferry runs every hour from the harbour.</p><img src="x.png"></body></html>',
    "press/fr.txt": "Le bac\n\nLe bac circule toutes les heures. Il s'arrête la nuit.\n",
    "press/empty.txt": "",
    "web/deep/clean.md": "# Ferry\n\nThe ferry runs every hour.\n",
}


@pytest.fixture
def tree(tmp_path):
    write_tree(tmp_path, TEXTS)
    (tmp_path / "press" / "big.txt").write_text("word " * 50, encoding="utf-8")
    if RELEASES.is_dir():        # real releases too, when the corpus is there
        for src in sorted(RELEASES.glob("*/*.txt"))[::40]:
            shutil.copyfile(src, tmp_path / "press" / src.name)
    return tmp_path


def run(*args, env=None):
    return CliRunner().invoke(cli, ["check", *args], env=env, catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif"])
def test_cluster_run_is_byte_identical_to_a_local_run(cluster, tree, fmt):
    common = [str(tree / "press"), str(tree / "web"), "--grammar", "off", "-f", fmt,
              "--max-bytes", "200"]
    local = run(*common)
    remote = run(*common, "--scheduler", cluster)
    assert remote.stdout == local.stdout
    assert remote.exit_code == local.exit_code == 1


def test_scheduler_from_the_environment(cluster, tree):
    common = [str(tree / "web"), "--grammar", "off", "-f", "json"]
    assert run(*common, env={"LISIBLE_SCHEDULER": cluster}).stdout == run(*common).stdout


def test_parity_and_stdin_are_not_for_a_cluster(cluster, tree):
    assert run(str(tree), "--grammar", "off", "--parity", "--scheduler", cluster).exit_code == 2
    assert run("-", "--grammar", "off", "--scheduler", cluster).exit_code == 2


def test_an_unreachable_scheduler_is_a_usage_error(tree):
    result = run(str(tree / "web"), "--grammar", "off", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2 and "scheduler" in result.output
