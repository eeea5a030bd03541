"""Config: nearest file upward, `extend`, overrides per path, unknown keys named with their file."""
import pytest

from checker.config import find_config, load_settings
from checker.errors import UsageError


def test_nearest_file_wins_and_pyproject_needs_a_lisible_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.lisible]\nprofile = "expert"\n', encoding="utf-8")
    sub = tmp_path / "press" / "2026"
    sub.mkdir(parents=True)
    (tmp_path / "press" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(sub) == tmp_path / "pyproject.toml"       # no [tool.lisible]: skipped
    (sub / "lisible.toml").write_text('profile = "easy-read"\n', encoding="utf-8")
    assert find_config(sub) == sub / "lisible.toml"


def test_extend_merges_tables_and_resolves_packs_from_the_base(tmp_path):
    (tmp_path / ".git").mkdir()     # one repository: its files are data a config may name
    base = tmp_path / "org"
    base.mkdir()
    (base / "base.toml").write_text('fail_on = "warning"\npacks = ["house.yaml"]\n'
                                    '[vocabulary]\naccept = ["Fedpol"]\n', encoding="utf-8")
    team = tmp_path / "team"
    team.mkdir()
    (team / "lisible.toml").write_text('extend = "../org/base.toml"\nprofile = "expert"\n'
                                       '[vocabulary]\nreject = ["susmentionné"]\n', encoding="utf-8")
    settings = load_settings(team / "lisible.toml")
    assert settings.fail_on == "warning" and settings.profile == "expert"
    assert settings.packs == (str(base / "house.yaml"),)
    assert settings.vocabulary_reject == ("susmentionné",)
    assert settings.vocabulary_accept == ("Fedpol",)   # tables merge key by key


def test_flags_override_the_file(tmp_path):
    (tmp_path / "lisible.toml").write_text('fail_on = "warning"\nmin_score = 50\n', encoding="utf-8")
    settings = load_settings(tmp_path / "lisible.toml", fail_on="error")
    assert settings.fail_on == "error" and settings.min_score == 50


def test_overrides_apply_to_matching_paths_only(tmp_path):
    (tmp_path / "lisible.toml").write_text(
        'profile = "general"\n[[overrides]]\npaths = ["easy/*"]\nprofile = "easy-read"\n'
        'min_score = 70\n', encoding="utf-8")
    settings = load_settings(tmp_path / "lisible.toml")
    easy = settings.for_path(str(tmp_path / "easy" / "notice.md"))
    assert (easy.profile, easy.min_score) == ("easy-read", 70)
    assert settings.for_path(str(tmp_path / "press" / "notice.md")).profile == "general"


@pytest.mark.parametrize("text, key", [
    ('colour = "red"\n', "colour"),
    ('[languagetool]\nurll = "x"\n', "languagetool.urll"),
    ('[[overrides]]\npaths = ["a"]\nfoo = 1\n', "overrides[0].foo"),
])
def test_unknown_keys_are_named_with_the_file(tmp_path, text, key):
    path = tmp_path / "lisible.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as error:
        load_settings(path)
    assert key in str(error.value) and str(path) in str(error.value)


def test_bad_values_are_usage_errors(tmp_path):
    path = tmp_path / "lisible.toml"
    for text in ('fail_on = "sometimes"\n', 'min_score = "high"\n', 'profile = "kids"\n',
                 'fail_on = \n', 'extend = "missing.toml"\n'):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(UsageError):
            load_settings(path)
