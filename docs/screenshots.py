"""Takes the README's screenshots: the dashboard on the bundled data, in each language, in headless Chromium,
and on a phone's screen (390 px wide, by Chrome's mobile emulation).

    python docs/screenshots.py [--port 8059]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--headless=new", "--hide-scrollbars")
MAP_DRAWN = "return document.querySelectorAll('#map-chart path.choroplethlocation').length === 20"


def _shoot(driver, url: str, out: Path, at: str | None = None) -> None:  # noqa: ANN001
    """A screenshot of the page at `url` once the map is drawn, scrolled to the element `at` if given."""
    driver.get(url)
    end = time.monotonic() + 30
    while time.monotonic() < end and not driver.execute_script(MAP_DRAWN):
        time.sleep(0.1)
    if at:
        driver.execute_script(f"document.getElementById('{at}').closest('.mantine-Paper-root').scrollIntoView()")
    time.sleep(2)
    driver.save_screenshot(str(out))
    print(out)


def _browser(phone: bool = False):  # noqa: ANN202
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    if phone:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 1600,
                                                                               "pixelRatio": 1}})
    else:
        options.add_argument("--window-size=1360,2300")
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8059)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(args.port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        for line in server.stderr:
            if "serving on" in line:
                break
        driver = _browser()
        try:
            for lang in ("ru", "kk", "en"):
                _shoot(driver, f"http://127.0.0.1:{args.port}/?lang={lang}", ROOT / "docs" / f"dashboard-{lang}.png")
            # the statistics layer: what each period added, and the news against the official count on the map
            _shoot(driver, f"http://127.0.0.1:{args.port}/?lang=en&layer=statistics&grain=quarter&from=2025&to=2025"
                           "&map=coverage_seizure_kg", ROOT / "docs" / "dashboard-statistics.png", at="map-chart")
        finally:
            driver.quit()
        phone = _browser(phone=True)
        try:
            _shoot(phone, f"http://127.0.0.1:{args.port}/?lang=ru", ROOT / "docs" / "dashboard-phone.png",
                   at="seizures-chart")
        finally:
            phone.quit()
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
