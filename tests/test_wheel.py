"""A wheel built from the repo, installed in a fresh virtualenv and run from another folder, works:
it finds its rule packs and templates, and installs nothing but `checker` at the top level."""
import json
import subprocess
import sys
import zipfile

import pytest

from helpers import REPO


@pytest.mark.slow
def test_wheel_installs_one_namespace_and_runs_elsewhere(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("lisible-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"checker"}
    assert any(n.startswith("checker/rules/fr/") and n.endswith(".yaml") for n in names)
    assert any(n.startswith("checker/reports/templates/") for n in names)
    assert "checker/schema/report.schema.json" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", "--disable-pip-version-check", str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    release = elsewhere / "c.md"
    release.write_text((REPO / "examples" / "communique-fr.md").read_text(encoding="utf-8"),
                       encoding="utf-8")
    lisible = str(venv / "bin" / "lisible")
    out = subprocess.run([lisible, "check", "c.md", "--format", "json", "--grammar", "off"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["readability"]["primary"] == "kandel_moles"
    assert any(f["source"] == "lisible" and f["category"] != "readability" for f in doc["findings"]), \
        "rule packs were not found in the installed wheel"
    html = subprocess.run([lisible, "check", "c.md", "--format", "html", "--grammar", "off", "-o", "r.html"],
                          cwd=elsewhere, capture_output=True, text=True)
    assert html.returncode in (0, 1), html.stderr
    assert "kandel" in (elsewhere / "r.html").read_text(encoding="utf-8").lower()
