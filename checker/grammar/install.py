"""Where LanguageTool lives on this machine, how to fetch it, and which Java runs it.

LanguageTool's jars come from Maven Central: `org.languagetool:languagetool-server` plus one
`language-xx` module per language (DESIGN.md, "Grammar: LanguageTool"). `mvn dependency:copy-dependencies`
copies the whole tree into one flat folder, which the server runs from as `java -cp 'DIR/*'`.
Where Maven is absent, language-tool-python's own download of the release zip is the fallback; that
layout has `languagetool-server.jar` at the top, with its class path in the jar's manifest.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from checker import languages

if TYPE_CHECKING:
    from checker.config import Settings

# The one place the LanguageTool version is pinned. 6.6 and later need Java 17 (LanguageTool's
# release notes); 6.7 is the newest release on Maven Central that this project has run.
LT_VERSION = "6.7"
MIN_JAVA = 17
# The modules `lisible languagetool install` fetches by default: those of the registry's languages.
DEFAULT_LANGUAGES = tuple(dict.fromkeys(lang.languagetool.module
                                        for lang in languages.all_languages()))
# The server's language identifier (languagetool-core, CommonWordsDetector) looks up these three
# modules when it starts and fails without them, whatever languages are checked.
NEEDED_BY_SERVER = ("es", "ca", "pt")
LT_GROUP = "org.languagetool"
MARKER = "lisible-install.txt"    # written last: a folder without it is an unfinished install

# `languagetool-server` depends on `language-all`, which pulls every language LanguageTool has
# (about 250 MB). It is excluded so `--languages` decides what is fetched and loaded.
POM_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>lisible.local</groupId>
  <artifactId>languagetool-install</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>{group}</groupId>
      <artifactId>languagetool-server</artifactId>
      <version>{version}</version>
      <exclusions>
        <exclusion><groupId>{group}</groupId><artifactId>language-all</artifactId></exclusion>
      </exclusions>
    </dependency>
{modules}
  </dependencies>
</project>
"""
MODULE_TEMPLATE = """    <dependency>
      <groupId>{group}</groupId>
      <artifactId>language-{lang}</artifactId>
      <version>{version}</version>
    </dependency>"""


class InstallError(Exception):
    """LanguageTool could not be installed (no Maven, no Java, download failed)."""


@dataclass(frozen=True)
class Install:
    """A folder LanguageTool can be started from."""
    path: Path
    version: str | None

    @property
    def classpath(self) -> str:
        server_jar = self.path / "languagetool-server.jar"   # release zip layout
        if server_jar.is_file():
            return str(server_jar)
        return str(self.path / "*")                          # flat Maven folder


def default_install_dir(version: str = LT_VERSION) -> Path:
    return Path(platformdirs.user_cache_dir("lisible")) / f"languagetool-{version}"


def find_install(settings: Settings | None = None) -> Install | None:
    """The install to start a server from: config `languagetool.jar_dir`, then `LTP_JAR_DIR_PATH`,
    then lisible's own cache folder, then language-tool-python's download of the pinned version."""
    configured = ((settings.languagetool if settings is not None else None) or {}).get("jar_dir")
    for candidate, explicit in ((configured, True), (os.environ.get("LTP_JAR_DIR_PATH"), True)):
        if candidate:
            path = Path(candidate).expanduser()
            if not _has_server(path):
                raise InstallError(f"{path}: no LanguageTool server jar there "
                                   "(set by languagetool.jar_dir or LTP_JAR_DIR_PATH)")
            return Install(path, _version_of(path))
    own = default_install_dir()
    if (own / MARKER).is_file() and _has_server(own):
        return Install(own, LT_VERSION)
    ltp = _ltp_download_dir() / f"LanguageTool-{LT_VERSION}"
    if _has_server(ltp):
        return Install(ltp, LT_VERSION)
    return None


def _has_server(path: Path) -> bool:
    return path.is_dir() and ((path / "languagetool-server.jar").is_file()
                              or any(path.glob("languagetool-server-*.jar")))


def _version_of(path: Path) -> str | None:
    for jar in path.glob("languagetool-server-*.jar"):
        found = re.match(r"languagetool-server-(\d+(?:\.\d+)+)\.jar$", jar.name)
        if found:
            return found.group(1)
    found = re.search(r"(?i)languagetool-(\d+(?:\.\d+)+)$", path.name)
    return found.group(1) if found else None


def _ltp_download_dir() -> Path:
    return Path(os.environ.get("LTP_PATH", Path.home() / ".cache" / "language_tool_python"))


# --- Java ---------------------------------------------------------------------------------------

def java_major(java: str) -> int | None:
    """Major version of a `java` executable (17 for "17.0.15", 8 for "1.8.0"), None if it fails."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def find_java() -> tuple[str, int]:
    """The Java to run LanguageTool with: JAVA_HOME's when it is recent enough, else the newest of
    `java` on PATH and the JDKs under /usr/lib/jvm. Raises InstallError when none is >= 17."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        java = str(Path(java_home) / "bin" / "java")
        major = java_major(java)
        if major and major >= MIN_JAVA:
            return java, major
    candidates = [shutil.which("java")] + sorted(str(p) for p in Path("/usr/lib/jvm").glob("*/bin/java"))
    found = []
    for java in dict.fromkeys(c for c in candidates if c):
        major = java_major(java)
        if major and major >= MIN_JAVA:
            found.append((major, java))
    if not found:
        raise InstallError(f"LanguageTool {LT_VERSION} needs Java {MIN_JAVA} or newer; none found "
                           "(set JAVA_HOME or install a JDK, e.g. `apt-get install openjdk-17-jre-headless`)")
    major, java = max(found)
    return java, major


# --- Install ------------------------------------------------------------------------------------

def write_pom(folder: Path, languages: tuple[str, ...], version: str = LT_VERSION) -> Path:
    wanted = tuple(dict.fromkeys(languages + NEEDED_BY_SERVER))
    modules = "\n".join(MODULE_TEMPLATE.format(group=LT_GROUP, lang=lang, version=version)
                        for lang in wanted)
    pom = folder / "pom.xml"
    pom.write_text(POM_TEMPLATE.format(group=LT_GROUP, version=version, modules=modules), encoding="utf-8")
    return pom


def install_with_maven(dest: Path, languages: tuple[str, ...], mvn: str) -> list[str]:
    """Fetch the server and language jars into `dest` (replacing what is there). Returns jar names."""
    with tempfile.TemporaryDirectory(prefix="lisible-lt-") as work:
        work_dir = Path(work)
        pom = write_pom(work_dir, languages)
        staging = work_dir / "jars"
        command = [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
                   f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
            raise InstallError(f"Maven could not fetch LanguageTool {LT_VERSION}:\n{tail}")
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, dest)
    (dest / MARKER).write_text(f"LanguageTool {LT_VERSION}\nlanguages: {','.join(languages)}\n",
                               encoding="utf-8")
    return sorted(p.name for p in dest.glob("*.jar"))


def installed_languages(dest: Path) -> tuple[str, ...]:
    marker = dest / MARKER
    if not marker.is_file():
        return ()
    for line in marker.read_text(encoding="utf-8").splitlines():
        if line.startswith("languages:"):
            return tuple(x for x in line.split(":", 1)[1].strip().split(",") if x)
    return ()


def install_with_ltp() -> Path:
    """language-tool-python's download of the release zip (all languages), into its own cache."""
    try:
        from language_tool_python.download_lt import LocalLanguageTool
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise InstallError(f"language-tool-python is not importable: {exc}") from None
    local = LocalLanguageTool.from_version_name(LT_VERSION)
    try:
        local.download()
    except Exception as exc:  # it raises requests, zip and its own errors alike
        raise InstallError(f"downloading LanguageTool {LT_VERSION} failed: {exc}") from None
    return local.get_directory_path()
