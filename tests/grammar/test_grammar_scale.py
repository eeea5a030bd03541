"""`lisible check --scheduler` with grammar: the workers use --languagetool-url, or a LanguageTool
the worker plugin starts on their node. A LocalCluster of 2 workers that are threads of this
process (tests/conftest.py's `cluster`: the stand-in `java` of these tests is set up here)."""
import json

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'lisible[dask]'")

from checker.cli import cli  # noqa: E402
from support.trees import write_tree  # noqa: E402

TEXTS = {"press/clean.md": "# Ferry\n\nThe ferry runs every hour.\n",
         "press/fr.txt": "Le bac\n\nLe bac circule toutes les heures. Il s'arrête la nuit.\n"}


@pytest.fixture
def tree(tmp_path):
    return write_tree(tmp_path, {**TEXTS, "web/clean.md": TEXTS["press/clean.md"]})


def run(*args, env=None):
    return CliRunner().invoke(cli, ["check", *args], env=env, catch_exceptions=False)


@pytest.mark.languagetool
def test_grammar_on_the_workers_through_a_url(cluster, tree, lt_url):
    common = [str(tree / "press"), "--grammar", "required", "--languagetool-url", lt_url,
              "--no-cache", "-f", "json"]
    local = run(*common)
    remote = run(*common, "--scheduler", cluster)
    assert json.loads(remote.stdout)["documents"][0]["engines"]["grammar"].startswith("languagetool")
    assert remote.stdout == local.stdout


def test_a_plugin_starts_languagetool_on_each_worker_node(cluster, tree, fake_install, monkeypatch):
    """No URL: the worker plugin starts a (stand-in) server on the worker's node."""
    monkeypatch.delenv("LISIBLE_LANGUAGETOOL_URL", raising=False)
    client = distributed.Client(cluster)
    try:
        remote = run(str(tree / "web"), "--grammar", "required", "--no-cache", "-f", "json",
                     "--scheduler", cluster)
        urls = client.run(lambda dask_worker: getattr(dask_worker, "lisible_languagetool_url", None))
    finally:
        client.unregister_worker_plugin("lisible-languagetool")
        client.close()
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.stdout)["documents"][0]["engines"]["grammar"] == "languagetool 6.7"
    assert all(url and url.startswith("http://127.0.0.1:") for url in urls.values())
