"""`lisible check` on a PDF and an ODT, end to end: findings carry the page, the JSON validates
against the schema, a folder walk picks both formats up, one bad PDF hides nothing else."""
import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from checker.cli import cli

from pdf_helpers import pdfgen
from pdfgen_shortcuts import P, H, page, spec

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "checker" / "schema"
                     / "report.schema.json").read_text(encoding="utf-8"))


def run(*args):
    result = CliRunner().invoke(cli, ["check", "--grammar", "off", "--format", "json", *args])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    return result, data


def test_pdf_findings_carry_their_page(tmp_path):
    # untagged, no language, no title; page 2 has a figure... drawn as an image-only page 3
    pdf = pdfgen.build(spec([page(H(1, "Road works"), P("The road is closed on Monday.")),
                             page(P("The detour goes through Station Road.")),
                             pdfgen.Page(image_only=True)]))
    (tmp_path / "notice.pdf").write_bytes(pdf)
    result, data = run(str(tmp_path / "notice.pdf"), "--lang", "en")
    doc = data["documents"][0]
    assert doc["format"] == "pdf"
    by_rule = {f["rule"]: f for f in doc["findings"]}
    assert {"a11y.pdf-untagged", "a11y.pdf-lang-missing", "a11y.pdf-title-missing",
            "a11y.pdf-no-text-layer"} <= set(by_rule)
    assert by_rule["a11y.pdf-untagged"]["page"] == 1
    assert by_rule["a11y.pdf-no-text-layer"]["page"] == 3
    assert all("page" in f for f in doc["findings"])
    assert [b["text"] for b in doc["blocks"]] == ["Road works", "The road is closed on Monday.",
                                                  "The detour goes through Station Road."]
    assert result.exit_code == 1          # errors fail the run by default


def test_an_accessible_tagged_pdf_has_no_accessibility_finding(tmp_path):
    pdf = pdfgen.build(spec([page(H(1, "Road works"), P("The road is closed on Monday."))],
                            tagged=True, lang="en-GB", title="Road works", display_title=True))
    (tmp_path / "ok.pdf").write_bytes(pdf)
    _, data = run(str(tmp_path / "ok.pdf"))
    assert not [f for f in data["documents"][0]["findings"] if f["category"] == "accessibility"]
    assert data["documents"][0]["language"].startswith("en")


def test_a_folder_walk_checks_pdf_and_odt_and_a_bad_pdf_hides_nothing(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.text import P as OdtP
    odt = OpenDocumentText()
    odt.text.addElement(OdtP(text="The library opens on Sunday."))
    odt.save(str(tmp_path / "library.odt"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing useful")
    (tmp_path / "ok.pdf").write_bytes(pdfgen.build(spec([page(P("Pool closed."))],
                                                        tagged=True, lang="en", title="Pool",
                                                        display_title=True)))
    _, data = run(str(tmp_path), "--lang", "en")
    paths = {Path(d["path"]).name: d for d in data["documents"]}
    assert set(paths) == {"library.odt", "broken.pdf", "ok.pdf"}
    assert [f["rule"] for f in paths["broken.pdf"]["findings"]] == ["input.broken-file"]
    assert paths["library.odt"]["blocks"][0]["text"] == "The library opens on Sunday."
    assert paths["ok.pdf"]["blocks"][0]["text"] == "Pool closed."
