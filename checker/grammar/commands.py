"""`lisible languagetool install|serve` and `lisible cache clear`.

The main CLI adds these groups with `cli.add_command(...)`; each command only parses its options and
calls checker.grammar; failures of the engine's prerequisites (no Java, no Maven, a server that will
not start) exit 3 with one line saying what to do (DESIGN.md, "Exit codes").
"""
from __future__ import annotations

import os
import re
import shutil
import signal
from pathlib import Path
from typing import NoReturn

import click

from checker.errors import EXIT_ENGINE, EXIT_USAGE, UsageError
from checker.grammar.cache import clear_cache, default_cache_path
from checker.grammar.install import (DEFAULT_LANGUAGES, LT_VERSION, MARKER, InstallError,
                                     default_install_dir, find_install, find_java, install_with_ltp,
                                     install_with_maven, installed_languages)
from checker.grammar.server import DEFAULT_HEAP, LocalServer, ServerError


def _fail(message: str, code: int = EXIT_ENGINE) -> NoReturn:
    click.echo(f"lisible: {message}", err=True)
    raise SystemExit(code)


def _parse_languages(value: str | None) -> tuple[str, ...]:
    if not value:
        return DEFAULT_LANGUAGES
    languages = tuple(dict.fromkeys(x.strip().lower() for x in value.split(",") if x.strip()))
    bad = [x for x in languages if not re.fullmatch(r"[a-z]{2,3}", x)]
    if bad or not languages:
        _fail(f"--languages takes language codes like en,fr,de; not {', '.join(bad) or repr(value)}",
              EXIT_USAGE)
    return languages


def _settings(ctx: click.Context, trust_config: bool = False):
    """The run's Settings when the main CLI put them in ctx.obj, else the nearest config file's."""
    obj = ctx.find_object(object)
    if obj is not None and hasattr(obj, "languagetool"):
        return obj
    from checker.config import find_config, load_settings
    try:
        return load_settings(find_config(Path.cwd()), trust_config=trust_config)
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)


@click.group("languagetool")
def languagetool() -> None:
    """Install or run the LanguageTool server used for grammar and spelling."""


@languagetool.command("install")
@click.option("--languages", metavar="en,fr,...",
              help=f"Language modules to fetch (default: {','.join(DEFAULT_LANGUAGES)}).")
@click.option("--dir", "target", type=click.Path(file_okay=False, path_type=Path),
              help="Install folder (default: lisible's user cache folder).")
def install(languages: str | None, target: Path | None) -> None:
    """Fetch LanguageTool from Maven Central into a per-user folder (idempotent)."""
    wanted = _parse_languages(languages)
    dest = target or default_install_dir()
    have = installed_languages(dest) if (dest / MARKER).is_file() else ()
    if have and set(wanted) <= set(have):
        click.echo(f"LanguageTool {LT_VERSION} is already installed in {dest} ({','.join(have)}).")
        return
    try:
        java, major = find_java()
    except InstallError as exc:
        _fail(str(exc))
    mvn = shutil.which("mvn")
    if mvn is None:
        _install_without_maven()
        return
    modules = tuple(dict.fromkeys(have + wanted))
    click.echo(f"Fetching LanguageTool {LT_VERSION} ({','.join(modules)}) from Maven Central...")
    try:
        jars = install_with_maven(dest, modules, mvn)
    except InstallError as exc:
        _fail(str(exc))
    size = sum(p.stat().st_size for p in dest.glob("*.jar")) / 1e6
    lt_jars = [j for j in jars if j.startswith(("languagetool-", "language-"))]
    click.echo(f"Fetched {len(jars)} jars ({size:.0f} MB) into {dest}:")
    click.echo("  " + " ".join(lt_jars))
    click.echo(f"Java {major} ({java}) will run it. `lisible check` starts it when needed; "
               "`lisible languagetool serve` runs one for repeated use.")
    if os.environ.get("LTP_JAR_DIR_PATH"):
        click.echo(f"Note: LTP_JAR_DIR_PATH is set, so lisible uses {os.environ['LTP_JAR_DIR_PATH']} "
                   "instead of this install.")


def _install_without_maven() -> None:
    click.echo(f"Maven (mvn) not found: downloading the LanguageTool {LT_VERSION} release zip "
               "(all languages, ~250 MB) with language-tool-python instead...")
    try:
        folder = install_with_ltp()
    except InstallError as exc:
        _fail(f"{exc}\nInstall Maven (e.g. `apt-get install maven`) and run this again.")
    click.echo(f"Installed LanguageTool {LT_VERSION} into {folder}.")


@languagetool.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8081, show_default=True)
@click.option("--heap", default=None, help=f"JVM heap, e.g. 2g (default: config or {DEFAULT_HEAP}).")
@click.option("--trust-config", is_flag=True,
              help="Honour jar_dir and java from the config in this folder (docs/security.md).")
@click.pass_context
def serve(ctx: click.Context, port: int, heap: str | None, trust_config: bool) -> None:
    """Run LanguageTool in the foreground on 127.0.0.1 until Ctrl-C."""
    settings = _settings(ctx, trust_config)
    try:
        found = find_install(settings)
    except InstallError as exc:
        _fail(str(exc))
    if found is None:
        _fail("LanguageTool is not installed: run `lisible languagetool install` first")
    heap = heap or (settings.languagetool or {}).get("heap") or DEFAULT_HEAP
    server = LocalServer(found, heap=heap, port=port, java=(settings.languagetool or {}).get("java"))
    # `kill PID` (SIGTERM, as CI scripts stop it) must stop the JVM too, not orphan it: turn it into
    # the same clean exit as Ctrl-C.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        url = server.start()
        click.echo(f"LanguageTool {found.version or ''} listening on {url} (heap {heap}); "
                   f"Ctrl-C stops it.\nUse it with: export LISIBLE_LANGUAGETOOL_URL={url}")
        code = server.wait()
    except (ServerError, InstallError) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        code = 0
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    raise SystemExit(0 if code in (0, 130, 143, -2, -15) else EXIT_ENGINE)


@languagetool.command("start")
@click.option("--heap", default=None, help=f"JVM heap, e.g. 2g (default: config or {DEFAULT_HEAP}).")
@click.option("--idle-timeout", type=click.IntRange(10), default=3600, show_default=True,
              help="Seconds without a check before the server stops itself.")
@click.pass_context
def start(ctx: click.Context, heap: str | None, idle_timeout: int) -> None:
    """Start one background server on 127.0.0.1 that later checks reuse."""
    from checker.grammar import background
    settings = _settings(ctx)
    try:
        if find_install(settings) is None:
            _fail("LanguageTool is not installed: run `lisible languagetool install` first")
        heap = heap or (settings.languagetool or {}).get("heap")
        found, started = background.start(settings, heap=heap, idle_timeout=idle_timeout)
    except (ServerError, InstallError) as exc:
        _fail(str(exc))
    verb = "Started" if started else "Already running:"
    click.echo(f"{verb} LanguageTool {found.version or ''} on {found.url} (pid {found.pid}); "
               f"`lisible check` uses it; it stops after {found.idle_timeout:.0f} s unused "
               "or with `lisible languagetool stop`.")


@languagetool.command("stop")
def stop() -> None:
    """Stop the background server."""
    from checker.grammar import background
    found = background.stop()
    click.echo(f"Stopped LanguageTool on {found.url}." if found else "No background LanguageTool runs.")


@languagetool.command("status")
def status() -> None:
    """Say whether the background server runs (exit 0) or not (exit 1)."""
    import time

    from checker.grammar import background
    found = background.find_running(touch=False)
    if found is None:
        click.echo("No background LanguageTool runs (`lisible languagetool start` starts one).")
        raise SystemExit(1)
    click.echo(f"LanguageTool {found.version or ''} on {found.url}, pid {found.pid}, up "
               f"{time.time() - found.started:.0f} s, idle timeout {found.idle_timeout:.0f} s.")


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@click.group("cache")
def cache() -> None:
    """Manage lisible's on-disk cache of grammar results."""


@cache.command("clear")
def clear() -> None:
    """Delete cached LanguageTool results."""
    path, existed = clear_cache(default_cache_path())
    click.echo(f"Removed {path}." if existed else f"No cache to remove ({path}).")
