"""Takes the README's screenshots: the dashboard on the bundled data, in each language, in headless Chromium.

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
         "--disable-component-update", "--no-first-run", "--headless=new", "--window-size=1360,1900",
         "--hide-scrollbars")


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
        options = Options()
        options.binary_location = "/usr/bin/chromium"
        for flag in FLAGS:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            for lang in ("ru", "kk", "en"):
                driver.get(f"http://127.0.0.1:{args.port}/?lang={lang}")
                end = time.monotonic() + 30
                while time.monotonic() < end and not driver.execute_script(
                        "return document.querySelectorAll('#map-chart path.choroplethlocation').length === 20"):
                    time.sleep(0.1)
                time.sleep(2)
                out = ROOT / "docs" / f"dashboard-{lang}.png"
                driver.save_screenshot(str(out))
                print(out)
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
