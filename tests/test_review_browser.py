"""Review in a real browser: a reader reports an error from the sources table; a reviewer logs in and corrects
the value; the headline changes; extracting the article again keeps the correction; the log shows both steps;
undo restores the figure."""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.by import By

from dashboard.server import create_app
from etl import review, store
from etl.pipeline import reextract, run
from tests.test_dashboard_browser import loaded, stat, wait_for

pytestmark = pytest.mark.browser
PASSWORD = "a long enough secret"


def test_a_reported_fact_corrected_kept_logged_and_undone(dash_duo, tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "url": "https://one.kz/a", "published": "2024-03-01",
                               "text": "В Таразе полицейские изъяли 5 кг гашиша и задержали двоих."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    run([str(src)], db=db, progress=False)
    engine = store.connect(db)
    with engine.begin() as conn:
        conn.execute(store.users.insert().values(name="ann", password_hash=review.hash_password(PASSWORD)))
    engine.dispose()
    dash_duo.start_server(create_app(db, recheck=0.1))
    driver, base = dash_duo.driver, dash_duo.server_url

    def mass() -> str:
        driver.get(f"{base}/?lang=en")
        loaded(dash_duo)
        return stat(dash_duo, "seizure_kg")

    assert mass().startswith("5")
    # a reader: "report an error" on the seizure's row of the sources table
    row = wait_for(lambda: next(tr for tr in driver.find_elements(By.CSS_SELECTOR, "tbody tr")
                                if "гашиша" in tr.text), message="the seizure's row")
    driver.get(row.find_element(By.CSS_SELECTOR, "a.report").get_attribute("href"))
    driver.find_element(By.NAME, "note").send_keys("the article says 15 kg")
    driver.find_element(By.CSS_SELECTOR, "form button").click()
    wait_for(lambda: "Thank you" in driver.page_source, message="the thanks")
    # a reviewer: logs in, finds the note on the review list, corrects the value
    driver.get(f"{base}/login")
    driver.find_element(By.NAME, "name").send_keys("ann")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    section = wait_for(lambda: next(s for s in driver.find_elements(By.TAG_NAME, "section")
                                    if "the article says 15 kg" in s.text), message="the flagged fact")
    section.find_element(By.NAME, "kg").send_keys("15")
    section.find_element(By.CSS_SELECTOR, "button[value='correct']").click()
    wait_for(lambda: "Nothing waits" in driver.page_source, message="the list emptied")
    wait_for(lambda: mass().startswith("15"), message="the headline at 15 kg")
    # the article extracted again: the correction stays
    run([str(src)], db=db, progress=False)
    reextract(db, progress=False)
    assert mass().startswith("15")
    # the log: the reader's report and the correction; undo the correction
    driver.get(f"{base}/review/log")
    log = driver.find_element(By.TAG_NAME, "table").text
    assert "reader flag" in log and "ann correct" in log and "kg = 15.0" in log
    newest = driver.find_elements(By.CSS_SELECTOR, "table tr")[1]
    assert "correct" in newest.text
    newest.find_element(By.CSS_SELECTOR, "button").click()
    wait_for(lambda: "undo of" in driver.find_element(By.TAG_NAME, "table").text, message="the undo logged")
    wait_for(lambda: mass().startswith("5"), message="the headline back at 5 kg")
