"""docs/ci.md's recipes, tested as far as they can be without GitHub, GitLab or a commit hook: the
YAML parses, the action inputs and hook id exist, and every `lisible` command line in them is
accepted by lisible's own command line (options, choices, subcommands)."""
import re
import shlex

import click
import pytest
import yaml

from ci_results import REPO

DOC = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", DOC, flags=re.S)
YAML_BLOCKS = [yaml.safe_load(body) for lang, body in BLOCKS if lang == "yaml"]
# A lisible command runs to the end of the line or to a shell operator.
COMMAND = re.compile(r"\blisible ((?:check|report|baseline|languagetool)\b[^\n|&;>]*)")


def _commands() -> list[str]:
    found = []
    for _lang, body in BLOCKS:
        found += [m.group(1).strip().rstrip('"') for m in COMMAND.finditer(body)]
    return found


def test_the_recipes_are_there_and_their_yaml_parses():
    assert len(YAML_BLOCKS) == 5      # GitHub (action, reviewdog, plain steps), GitLab, pre-commit
    assert len(_commands()) >= 10


def _parse(args: list[str]) -> click.Context:
    """Parse as `lisible ARGS` would, down to the last subcommand, without running anything."""
    from checker.cli import cli
    command, ctx = cli, None
    while True:
        ctx = command.make_context(command.name or "lisible", args, parent=ctx)
        if not isinstance(command, click.Group):
            return ctx
        rest = [*ctx._protected_args, *ctx.args]
        _name, command, args = command.resolve_command(ctx, rest)


@pytest.mark.parametrize("line", _commands())
def test_every_lisible_command_in_the_recipes_parses(line, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lisible.json").write_text("{}", encoding="utf-8")
    line = re.sub(r"\$\{\{[^}]*\}\}|\$\{?\w+\}?", "main", line)   # CI variables
    ctx = _parse(shlex.split(line))
    assert ctx.command.name in ("check", "report", "create", "install", "serve")


def test_github_recipe_uses_only_inputs_the_action_declares():
    inputs = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))["inputs"]
    workflows = [b for b in YAML_BLOCKS if isinstance(b, dict) and "jobs" in b]
    assert len(workflows) == 2
    for workflow in workflows:
        (step,) = [s for s in workflow["jobs"]["lisible"]["steps"]
                   if s.get("uses", "").startswith("lisible/lisible@")]
        assert set(step["with"]) <= set(inputs)
    assert workflows[0]["permissions"]["security-events"] == "write"
    review = workflows[1]
    assert review["permissions"]["pull-requests"] == "write"
    (step,) = [s for s in review["jobs"]["lisible"]["steps"] if "with" in s]
    assert step["with"]["reporter"] in inputs["reporter"]["description"]


def test_gitlab_recipe_writes_the_reports_it_declares():
    job = next(b for b in YAML_BLOCKS if isinstance(b, dict) and "lisible" in b)["lisible"]
    reports = job["artifacts"]["reports"]
    script = "\n".join(job["script"])
    assert f"--format gitlab -o {reports['codequality']}" in script
    assert f"-o {reports['junit']}" in script and "--format junit" in script
    assert job["artifacts"]["when"] == "always"


def test_pre_commit_recipe_names_the_hook_this_repository_defines():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    config = next(b for b in YAML_BLOCKS if isinstance(b, dict) and "repos" in b)
    (hook,) = config["repos"][0]["hooks"]
    assert hook["id"] in {h["id"] for h in hooks}
    ctx = _parse(["check", "x.md", *hook["args"]])
    assert ctx.params["grammar"] == "off" and ctx.params["fail_on"] == "warning"
