#!/usr/bin/env python3
"""lisible's PDF accessibility verdicts beside veraPDF's PDF/UA-1 verdicts, on generated PDFs.

veraPDF (org.verapdf.apps:greenfield-apps, from Maven Central) is fetched with Maven into
~/.cache/lisible/verapdf the first time. The PDFs are every example of every PDF rule in
rules/a11y/rules.yaml plus the two PDF examples, built by scripts/pdfgen.py. For each condition
the two tools share, a file is "failed" by veraPDF when one of the listed PDF/UA-1 checks fails,
and by lisible when the rule fires; the script prints, per condition, on how many files they agree.

Shared conditions (ISO 14289-1 clause-test as veraPDF numbers them):
  a11y.pdf-untagged            6.2-1 (MarkInfo Marked true), 7.1-11 (StructTreeRoot)
  a11y.pdf-lang-missing        7.2-33, 7.2-34 (natural language cannot be determined)
  a11y.pdf-title-missing       7.1-8 (no metadata stream), 7.1-9 (no dc:title)
  a11y.pdf-title-not-displayed 7.1-10 (DisplayDocTitle)
  a11y.pdf-figure-alt-missing  7.3-1
  a11y.pdf-heading-skipped     7.4.2-1
  a11y.pdf-text-unmapped       7.21.7-1
lisible reports a11y.pdf-title-not-displayed only when there is a title to display (one fault,
one finding), so a file with neither a title nor DisplayDocTitle counts as "veraPDF only" there.
Not shared: a11y.pdf-lang-invalid and a11y.pdf-part-lang-invalid (veraPDF checks that a language
is present, not that it is a real one), a11y.pdf-no-text-layer (PDF/UA has no such test; veraPDF
reports the untagged image as 7.1-3 instead), and veraPDF's 5-1 (PDF/UA identifier) and
7.21.4.1-1 (embedded fonts), which lisible does not check.

    python benchmarks/verapdf.py
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VERSION = "1.28.2"
CACHE = Path.home() / ".cache" / "lisible" / "verapdf" / VERSION
SHARED = {
    "a11y.pdf-untagged": {"6.2-1", "7.1-11"},
    "a11y.pdf-lang-missing": {"7.2-33", "7.2-34"},
    "a11y.pdf-title-missing": {"7.1-8", "7.1-9"},
    "a11y.pdf-title-not-displayed": {"7.1-10"},
    "a11y.pdf-figure-alt-missing": {"7.3-1"},
    "a11y.pdf-heading-skipped": {"7.4.2-1"},
    "a11y.pdf-text-unmapped": {"7.21.7-1"},
}
POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>lisible</groupId><artifactId>verapdf-bench</artifactId><version>1</version>
<dependencies><dependency><groupId>org.verapdf.apps</groupId>
<artifactId>greenfield-apps</artifactId><version>{VERSION}</version></dependency></dependencies>
</project>"""


def install() -> Path:
    jars = CACHE / "jars"
    if not any(jars.glob("greenfield-apps-*.jar")):
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / "pom.xml").write_text(POM, encoding="utf-8")
        subprocess.run(["mvn", "-q", "-f", str(CACHE / "pom.xml"), "dependency:copy-dependencies",
                        f"-DoutputDirectory={jars}"], check=True)
    return jars


def pdfgen():
    spec = importlib.util.spec_from_file_location("lisible_pdfgen", ROOT / "scripts" / "pdfgen.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["lisible_pdfgen"] = module
    spec.loader.exec_module(module)
    return module


def build_files(folder: Path) -> list[Path]:
    from checker.rules.a11y import rules
    gen = pdfgen()
    files = []
    for rule in rules().values():
        if rule.format != "pdf":
            continue
        for kind in ("trigger", "no_trigger"):
            for i, data in enumerate(rule.examples[kind]):
                path = folder / f"{rule.id}-{kind}-{i}.pdf"
                path.write_bytes(gen.build(gen.spec_from_data(data)))
                files.append(path)
    for name in ("communique-fr.pdf", "press-release-en.pdf"):
        files.append(ROOT / "examples" / name)
    return files


def verapdf_failures(jars: Path, files: list[Path]) -> dict[str, set[str]]:
    proc = subprocess.run(["java", "-cp", f"{jars}/*", "org.verapdf.apps.GreenfieldCliWrapper",
                           "--flavour", "ua1", "--format", "json", *map(str, files)],
                          capture_output=True, text=True)
    out: dict[str, set[str]] = {}
    for job in json.loads(proc.stdout)["report"]["jobs"]:
        result = job["validationResult"]
        result = result[0] if isinstance(result, list) else result
        out[Path(job["itemDetails"]["name"]).name] = {
            f"{r['clause']}-{r['testNumber']}" for r in result["details"]["ruleSummaries"]
            if r["status"] == "failed"}
    return out


def lisible_findings(files: list[Path]) -> dict[str, set[str]]:
    from checker.rules.a11y import check_pdf
    from checker.sources import load_path
    return {path.name: {f.rule for f in check_pdf(load_path(path, 10_000_000))} for path in files}


def main() -> None:
    jars = install()
    with tempfile.TemporaryDirectory() as tmp:
        files = build_files(Path(tmp))
        vera = verapdf_failures(jars, files)
        ours = lisible_findings(files)
    print(f"veraPDF {VERSION} (PDF/UA-1) and lisible on {len(files)} generated PDFs\n")
    print("| lisible rule | veraPDF checks | files | agree | lisible only | veraPDF only |")
    print("|---|---|---|---|---|---|")
    total = agree_all = 0
    for rule, checks in SHARED.items():
        agree = only_ours = only_vera = 0
        for name in ours:
            a, b = rule in ours[name], bool(vera.get(name, set()) & checks)
            agree += a == b
            only_ours += a and not b
            only_vera += b and not a
        total += len(ours)
        agree_all += agree
        print(f"| {rule} | {', '.join(sorted(checks))} | {len(ours)} | {agree} | {only_ours} "
              f"| {only_vera} |")
    print(f"\nagreement on shared conditions: {agree_all}/{total} ({agree_all / total:.1%})")


if __name__ == "__main__":
    main()
