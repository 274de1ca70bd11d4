"""The page's partial plotly.js: `python -m dashboard.bundle` installs, from the npm registry, plotly.js at the
version the Python plotly package ships (the figures are written for it) and esbuild (frontend/package.json),
and bundles frontend/plotly-entry.js (the core, bar and choropleth) into assets/plotly-partial.js: 1.4 MB
instead of 4.8 MB for the browser to load and compile. Without Node.js, npm or the registry it says so in one
line and leaves the page on dash's full bundle, which works the same."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRONTEND = ROOT / "frontend"
BUNDLE = ROOT / "assets" / "plotly-partial.js"


def plotly_js_version() -> str:
    """The plotly.js version inside the installed Python plotly package (its bundle's header names it)."""
    import plotly

    bundled = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    with bundled.open(encoding="utf-8") as fh:
        head = fh.read(400)
    found = re.search(r"plotly\.js v(\d+\.\d+\.\d+)", head)
    if not found:
        raise RuntimeError(f"{bundled}: no plotly.js version in its header")
    return found.group(1)


def build() -> str:
    """Builds the bundle if it is missing or older than its sources; returns what it did, in one line."""
    npm = shutil.which("npm")
    if npm is None:
        return "plotly bundle: npm not found; the page uses dash's full plotly.js"
    version = plotly_js_version()
    stamp = FRONTEND / "node_modules" / ".plotly-version"
    sources = [FRONTEND / "plotly-entry.js", FRONTEND / "package.json"]
    if BUNDLE.exists() and stamp.exists() and stamp.read_text() == version and all(
            BUNDLE.stat().st_mtime >= s.stat().st_mtime for s in sources):
        return f"plotly bundle: {BUNDLE.relative_to(ROOT)} is up to date (plotly.js {version})"
    steps = (
        [npm, "install", "--no-audit", "--no-fund", "--silent", "--no-save", f"plotly.js@{version}"],
        [str(FRONTEND / "node_modules" / ".bin" / "esbuild"), "plotly-entry.js", "--bundle", "--minify",
         "--format=iife", "--define:global=window", "--loader:.css=empty", "--log-level=warning",
         f"--outfile={BUNDLE}"],
    )
    for step in steps:
        done = subprocess.run(step, cwd=FRONTEND, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            BUNDLE.unlink(missing_ok=True)
            said = (done.stderr.strip().splitlines() or ["no message"])[-1]
            return f"plotly bundle: `{' '.join(step[:2])}` failed ({said}); the page uses dash's full plotly.js"
    stamp.write_text(version)
    size = BUNDLE.stat().st_size / 1e6
    return f"plotly bundle: built {BUNDLE.relative_to(ROOT)} (plotly.js {version}, {size:.1f} MB)"


if __name__ == "__main__":
    print(build(), file=sys.stderr)
