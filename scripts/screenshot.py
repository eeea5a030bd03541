"""Take docs/report.png: a real HTML report, as lisible produces it, photographed by headless Chromium.

    python scripts/screenshot.py                       # check the two sample releases, then shoot
    python scripts/screenshot.py --json results.json   # or redraw saved results
    python scripts/screenshot.py --anchor d1 -o docs/report.png --size 1280,1700

By default it runs `lisible check --parity --format html` on the French and English versions of
the release in tests/report/fixtures/press (written for this project, with planted faults), so the
picture shows what the tool really reports. Grammar findings appear when LanguageTool is available
(`--grammar auto`). `--anchor` scrolls to an id of the page before the shot (d1: first document).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "report" / "fixtures"
SAMPLES = ["press/sorting-centre.fr.md", "press/sorting-centre.en.md"]  # press/lisible.toml: en-GB
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--force-device-scale-factor=1"]


def make_report(out: Path, json_path: Path | None, ui_lang: str) -> None:
    if json_path:
        command = ["report", str(json_path.resolve())]
    else:
        command = ["check", "--parity", *SAMPLES]
    command = [sys.executable, "-m", "checker", *command, "--format", "html", "-o", str(out),
               "--ui-lang", ui_lang]
    # Run from the fixtures folder: short paths in the picture, and press/lisible.toml applies.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run(command, cwd=FIXTURES, env=env)
    if done.returncode not in (0, 1):   # 1: the samples have findings, as they should
        sys.exit(f"lisible exited {done.returncode}: {' '.join(command)}")


def shoot(html: Path, png: Path, size: str, anchor: str | None) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium not found (apt-get install chromium)")
    width, height = (int(n) for n in size.split(","))
    url = html.as_uri() + (f"#{anchor}" if anchor else "")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not anchor:
        # Chromium's own --screenshot paints the page as it loads; after a jump to an anchor it
        # may shoot before the target is painted, hence the driver below when there is one.
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}",
                            f"--window-size={width},{height}", f"--screenshot={png}",
                            html.as_uri()], check=True, capture_output=True)
    else:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=chromium, args=FLAGS[1:])
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(url)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                          "requestAnimationFrame(r)))")   # two frames: laid out and painted
            page.screenshot(path=str(png))
            browser.close()
    print(f"wrote {png}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot a real lisible HTML report.")
    parser.add_argument("--json", type=Path, help="saved results (check --format json) to redraw")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "report.png")
    parser.add_argument("--html", type=Path, help="also keep the report here")
    parser.add_argument("--size", default="1280,1800", help="window width,height in CSS pixels")
    parser.add_argument("--anchor", default="d2", help="id to scroll to first (d2: the French "
                        "version, whose findings cover the most categories); '' for the top")
    parser.add_argument("--ui-lang", default="en", choices=["en", "fr"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        make_report(html, args.json, args.ui_lang)
        if args.html:
            shutil.copy(html, args.html)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        shoot(html, args.output.resolve(), args.size, args.anchor)


if __name__ == "__main__":
    main()
