"""The trust boundary of configuration (DESIGN.md, "Config"; docs/security.md).

A config file found in the checked tree is data: in CI on a pull request, whoever opened it wrote
it. Keys that make lisible run a program, load code, talk to a server or read a file outside the
repository are therefore honoured only from places the person running lisible controls: the command
line, the environment, the user's own config folder (platformdirs), or any file when they pass
`--trust-config`. A config in the tree that sets one is a `config.untrusted` error (exit 2) naming
the key and the file, never a silent skip: a gate that quietly ignored half its config would be as
surprising as one that obeyed it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from checker.errors import UsageError

# languagetool.<key> -> why it is not data.
PROGRAM_KEYS = {
    "jar_dir": "names a folder of Java code that lisible runs",
    "java": "names a program that lisible runs",
    "url": "names a server that is sent the documents' text (and whose answers are cached)",
}
WHERE_INSTEAD = {
    "jar_dir": "LTP_JAR_DIR_PATH",
    "java": "JAVA_HOME",
    "url": "--languagetool-url or LISIBLE_LANGUAGETOOL_URL",
}
USER_CONFIG_NAME = "lisible.toml"


class UntrustedConfig(UsageError):
    """A config found in the checked tree sets a key only a trusted config may set (exit 2)."""
    rule = "config.untrusted"


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir("lisible"))


def user_config_file() -> Path | None:
    """The user's own config (e.g. ~/.config/lisible/lisible.toml), if there is one."""
    path = user_config_dir() / USER_CONFIG_NAME
    return path if path.is_file() else None


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def project_root(config_path: Path) -> Path:
    """The repository a config file belongs to (nearest folder upward holding `.git`), else its
    own folder: files under it are data the config may name; files outside it are not."""
    folder = config_path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


@dataclass(frozen=True)
class Trust:
    """How far a config file is trusted: `everything` (--trust-config) or up to `root`."""
    everything: bool
    root: Path | None

    @classmethod
    def for_file(cls, config_path: Path, trust_config: bool) -> "Trust":
        return cls(trust_config, project_root(config_path))

    def trusts_file(self, path: Path) -> bool:
        return self.everything or is_inside(path, user_config_dir())

    def check_table(self, table: dict, path: Path) -> None:
        """Raise UntrustedConfig for the first key of `table` (read from `path`) it may not set."""
        if self.trusts_file(path):
            return
        for key, why in PROGRAM_KEYS.items():
            if key in (table.get("languagetool") or {}):
                raise self._error(path, f"languagetool.{key}", why,
                                  f"set it with {WHERE_INSTEAD[key]} or in {user_config_dir() / USER_CONFIG_NAME}")
        for key in ("extend", "packs"):
            names = table.get(key) or []
            for name in [names] if isinstance(names, str) else names:
                if isinstance(name, str) and not self._inside_root(path.parent / name):
                    raise self._error(path, key, f"names {name!r}, a file outside the repository "
                                      f"({self.root})", "keep the file in the repository")

    def _inside_root(self, target: Path) -> bool:
        return self.root is not None and is_inside(target, self.root)

    def _error(self, path: Path, key: str, why: str, instead: str) -> UntrustedConfig:
        return UntrustedConfig(
            f"[config.untrusted] {path}: `{key}` {why}; a config found in the checked files is not "
            f"trusted with it ({instead}, or pass --trust-config if you trust this file)")
