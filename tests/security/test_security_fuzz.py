"""Fuzzing with Hypothesis, on a small fixed budget (the whole file runs in well under a minute):
every input format, the config, rule packs and every output renderer take hostile input and answer
with findings or a UsageError, never a traceback, and their output stays well formed.
benchmarks/fuzz.py runs the same strategies at >= 10,000 inputs each and measures time and memory."""
import json
import re
import xml.etree.ElementTree as ET

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import strategies as fuzz
from checker import engine, sources
from checker.config import Settings, load_settings
from checker.errors import UsageError
from checker.reports import RenderOptions, load_formats
from checker.rules.loader import load_pack_file

FORMATS = load_formats()
# A fixed budget: 40 inputs a target, no shrinking (a failure is reported as generated; shrinking
# one can take minutes, more than this whole file may).
BUDGET = settings(max_examples=40, deadline=None, database=None,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
RUN = Settings(grammar="off", cache=False, jobs=1)


def check_bytes(name: str, data: bytes):
    return engine.check_loaded([(name, lambda: sources.load_bytes(data, name, max_bytes=5_000_000))],
                               RUN)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx"])
def test_every_input_format_gives_findings_never_a_traceback(fmt):
    @BUDGET
    @given(fuzz.input_for(fmt))
    def run(named):
        name, data = named
        result = check_bytes(name, data)
        assert len(result.documents) == 1
        assert not any(f.rule == "lisible.internal-error" for f in result.documents[0].findings)
        json.dumps(result.to_dict())
    run()


@BUDGET
@given(fuzz.configs)
def test_a_config_is_read_or_refused_with_a_usage_error(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("config")
    path = folder / "lisible.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_settings(path).for_path(str(folder / "a.md"))
    except UsageError:
        pass


@BUDGET
@given(fuzz.packs, fuzz.documents)
def test_a_rule_pack_is_loaded_or_refused_and_its_rules_run(tmp_path_factory, pack, text):
    path = tmp_path_factory.mktemp("pack") / "house.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    try:
        load_pack_file(path)
    except UsageError:
        return
    run = Settings(grammar="off", cache=False, jobs=1, packs=(str(path),), language="en")
    doc = sources.load_bytes(text.encode("utf-8", "replace"), "a.md")
    result = engine.check_loaded([("a.md", lambda: doc)], run)
    assert not any(f.rule == "lisible.internal-error" for f in result.documents[0].findings)


def assert_well_formed(fmt: str, out: str) -> None:
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    # Lines as a CI runner reads them (GitHub's splits on \n and \r): none may start a workflow
    # command, except the github format's own annotations, whose values are escaped.
    lines = re.split(r"\r\n|\r|\n", out)
    if fmt != "github":
        for line in lines:
            assert not line.lstrip().startswith("::"), line
    elif fmt == "github":
        assert all(line.startswith("::") or not line.strip() for line in lines)
    if fmt != "csv":                    # CSV ends its lines with \r\n (RFC 4180)
        assert "\x1b" not in out and "\r" not in out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_renderer_takes_hostile_results(fmt):
    @BUDGET
    @given(fuzz.results(), st.sampled_from(["error", "warning", "never"]), st.booleans())
    def run(result, fail_on, quiet):
        out = FORMATS[fmt].render(result, RenderOptions(fail_on=fail_on, quiet=quiet, ui_lang="fr"))
        assert_well_formed(fmt, out)
    run()
