"""The advisor's page in a real headless browser (Debian's chromium + chromium-driver, Selenium).

Run: python3 -m pytest Tests/browser/test_page.py  (VAKTAAL_BINARY names the built `vaktaal`;
default .build/debug/vaktaal). Starts `vaktaal serve` on a free loopback port.
"""
import os
import pathlib
import sys

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from server import Server  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("VAKTAAL_BINARY", str(ROOT / ".build/debug/vaktaal"))
SCREENSHOTS = os.environ.get("VAKTAAL_SCREENSHOTS")


@pytest.fixture(scope="module")
def server():
    with Server(BINARY) as running:
        yield running


def make_driver(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,1000"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture
def browser():
    driver = make_driver(True)
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = make_driver(False)
    yield driver
    driver.quit()


def shot(driver, name):
    if SCREENSHOTS:
        pathlib.Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(pathlib.Path(SCREENSHOTS) / f"{name}.png"))


def wait(driver, seconds=10):
    return WebDriverWait(driver, seconds)


def test_translate_as_you_type_with_a_typo(server, browser):
    browser.get(server.base + "/translate")
    Select(browser.find_element(By.ID, "from")).select_by_value("installatietechniek")
    Select(browser.find_element(By.ID, "to")).select_by_value("metaal")
    need = browser.find_element(By.ID, "q")
    need.send_keys("hardsoldren koperleiding")  # misspelt
    # The answer appears while typing, without submitting the form.
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "results"), "MB-021 hardsolderen"))
    results = browser.find_element(By.ID, "results")
    assert "breder" in results.text
    assert results.find_elements(By.CSS_SELECTOR, "ol.path li.step")
    assert "/translate?" in browser.current_url and "hardsoldren" in browser.current_url
    shot(browser, "translate")


def test_pick_a_suggestion_then_see_the_path(server, browser):
    browser.get(server.base + "/translate")
    Select(browser.find_element(By.ID, "from")).select_by_value("installatietechniek")
    Select(browser.find_element(By.ID, "to")).select_by_value("metaal")
    browser.find_element(By.ID, "q").send_keys("hardsoldren koperleid")
    suggestion = wait(browser).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#suggestions button")))
    shot(browser, "suggestions")
    label = suggestion.text
    assert "koper" in label
    page = browser.find_element(By.TAG_NAME, "html")
    suggestion.click()
    wait(browser).until(EC.staleness_of(page))  # picking submits the form: a new page
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.answers li.answer ol.path")))
    assert browser.find_element(By.ID, "q").get_attribute("value") in label
    assert "hub" in browser.find_element(By.CSS_SELECTOR, "ol.path").text


def test_search_as_you_type_shows_other_languages_and_mappings(server, browser):
    browser.get(server.base + "/")
    browser.find_element(By.ID, "q").send_keys("brazing copper")
    wait(browser).until(EC.text_to_be_present_in_element((By.ID, "results"), "IT-057"))
    results = browser.find_element(By.ID, "results").text
    assert "brazing copper pipes" in results
    assert "hetzelfde" in results
    shot(browser, "search")


def test_without_javascript_the_form_submits(server, browser_without_js):
    driver = browser_without_js
    driver.get(server.base + "/translate")
    Select(driver.find_element(By.ID, "from")).select_by_value("installatietechniek")
    Select(driver.find_element(By.ID, "to")).select_by_value("metaal")
    need = driver.find_element(By.ID, "q")
    need.send_keys("hardsoldren koperleiding")
    # Nothing appears while typing: there is no script.
    assert "MB-021" not in driver.find_element(By.ID, "results").text
    need.send_keys(Keys.ENTER)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "results"), "MB-021 hardsolderen"))
    assert driver.find_element(By.CSS_SELECTOR, "ol.path li.step")
    shot(driver, "translate-without-javascript")


def test_english_switch(server, browser):
    browser.get(server.base + "/?q=frezen")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    browser.find_element(By.ID, "language-switch").click()
    wait(browser).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    assert "Search a skill" in browser.find_element(By.CSS_SELECTOR, "label[for=q]").text
    assert "lang=en" in browser.current_url and "q=frezen" in browser.current_url
    browser.find_element(By.ID, "language-switch").click()
    wait(browser).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl")


def test_keyboard_only_reaches_the_results(server, browser):
    browser.get(server.base + "/translate")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the skip link first
    assert browser.switch_to.active_element.get_attribute("class") == "skip"
    # Tab on until the need field has focus; type, choose branches with the keyboard, submit.
    for _ in range(10):
        if browser.switch_to.active_element.get_attribute("id") == "q":
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("id") == "q"
    browser.switch_to.active_element.send_keys("hardsoldren koperleiding")
    wait(browser).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#suggestions button")))
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    first = browser.switch_to.active_element
    assert first.get_attribute("class") == "suggestion"
    page = browser.find_element(By.TAG_NAME, "html")
    first.send_keys(Keys.ENTER)
    wait(browser).until(EC.staleness_of(page))
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.answers")))
    # From the top of the new page, the keyboard reaches a result link.
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys(Keys.ENTER)  # the skip link moves focus to the results
    for _ in range(5):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        element = browser.switch_to.active_element
        if element.tag_name == "a" and element.find_elements(By.XPATH, "ancestor::section[@id='results']"):
            break
    assert element.find_elements(By.XPATH, "ancestor::section[@id='results']"), "keyboard did not reach a result"
    element.send_keys(Keys.ENTER)
    wait(browser).until(lambda d: "/concept?uri=" in d.current_url)


def test_concept_page(server, browser):
    browser.get(server.base + "/concept?uri=https://data.vaktaal.nl/installatietechniek/IT-057")
    assert browser.find_element(By.TAG_NAME, "h1").text == "IT-057 hardsolderen van koperleidingen"
    assert browser.find_elements(By.CSS_SELECTOR, "nav.breadcrumb a")
    assert "MB-021" in browser.find_element(By.CSS_SELECTOR, "ul.counterparts").text
    shot(browser, "concept")


def test_diff_upload_shows_the_rendered_diff(server, browser, tmp_path):
    prefix = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<https://example.org/s> a skos:ConceptScheme .\n"
    old = tmp_path / "v1.ttl"
    new = tmp_path / "v2.ttl"
    old.write_text(prefix + '<https://example.org/c1> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "lassen"@nl .\n')
    new.write_text(prefix + '<https://example.org/c1> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "lassen"@nl .\n'
                   '<https://example.org/c2> a skos:Concept ; skos:inScheme <https://example.org/s> ; skos:prefLabel "draaien"@nl .\n')
    browser.get(server.base + "/diff")
    browser.find_element(By.ID, "old").send_keys(str(old))
    browser.find_element(By.ID, "new").send_keys(str(new))
    browser.find_element(By.CSS_SELECTOR, "form.diff button[type=submit]").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.diff-summary")))
    report = browser.find_element(By.CSS_SELECTOR, "section.diff-report").text
    assert "1 added, 0 removed, 0 changed" in report
    assert "draaien" in report
    shot(browser, "diff")
