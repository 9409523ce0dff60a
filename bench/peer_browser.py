"""Annotates in Label Studio's and doccano's own editors, in headless Chromium (for bench/peer_tools.py --browser).

Runs with a tool virtualenv's Python (selenium is installed there, never in Kathan's) and
Debian's ``chromium`` and ``chromium-driver``.

Label Studio: for each region it clicks the label, selects the words with a DOM Range (offsets
in the browser's UTF-16 units, inside the editor's ``.lsf-richtext__line`` elements, one per
line: CR and LF each end a line) and releases the mouse; then it picks a per-region choice in
the region's panel and submits. Prints the annotation's result, read back through the API.

doccano: for each span it clicks the label chip and drags the real mouse pointer from the first
to the last character (their places from the SVG text the editor draws). Prints the example's
spans, read back through the API.

    python bench/peer_browser.py label-studio BASE EMAIL PASSWORD TOKEN TASK REGIONS_JSON
    python bench/peer_browser.py doccano BASE USER PASSWORD PROJECT REGIONS_JSON
"""

from __future__ import annotations

import json
import re
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By

SELECT = """
const [lineIndex, start, end] = arguments;
const line = document.querySelectorAll('.lsf-richtext__container .lsf-richtext__line')[lineIndex];
function locate(offset) {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    if (offset <= seen + node.length) return [node, offset - seen];
    seen += node.length;
  }
  throw new Error('offset ' + offset + ' is outside line ' + lineIndex);
}
const [a, ao] = locate(start), [b, bo] = locate(end);
const range = document.createRange();
range.setStart(a, ao); range.setEnd(b, bo);
const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
const selected = range.toString();
document.querySelector('.lsf-richtext__container').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
return selected;
"""


CHARACTERS = """
const [start, end] = arguments;
const text = [...document.querySelectorAll('svg text')].find(t => t.textContent.length > 20);
const matrix = text.getScreenCTM();
function place(point) {
  const p = text.ownerSVGElement.createSVGPoint(); p.x = point.x; p.y = point.y;
  const q = p.matrixTransform(matrix); return [q.x, q.y];
}
return [...place(text.getStartPositionOfChar(start)), ...place(text.getEndPositionOfChar(end - 1))];
"""


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def click_text(driver: webdriver.Chrome, selector: str, text: str) -> None:
    for element in driver.find_elements(By.CSS_SELECTOR, selector):
        if element.text.strip() == text:
            element.click()
            return
    raise SystemExit(f"no {selector} showing {text!r}")


def chromium() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(30)
    return driver


def doccano(base: str, user: str, password: str, project: int, spans: list[dict[str, str]]) -> None:
    login = urllib.request.Request(f"{base}/v1/auth/login/", data=json.dumps({"username": user, "password": password}).encode(),
                                   headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(login, timeout=60) as response:
        token = json.loads(response.read())["key"]

    def get(path: str) -> dict:
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Authorization": f"Token {token}"}), timeout=60) as response:
            return json.loads(response.read())

    example = get(f"/v1/projects/{project}/examples")["results"][0]
    driver = chromium()
    try:
        driver.get(f"{base}/auth")
        fields = driver.find_elements(By.CSS_SELECTOR, "input")
        fields[0].send_keys(user)
        fields[1].send_keys(password + "\n")
        time.sleep(4)
        driver.get(f"{base}/projects/{project}/sequence-labeling?page=1")
        driver.find_element(By.CSS_SELECTOR, "svg text")
        time.sleep(4)
        for span in spans:
            click_text(driver, ".v-chip", span["label"])
            start = example["text"].index(span["covered"])
            end = start + len(span["covered"])
            x1, y1, x2, y2 = driver.execute_script(CHARACTERS, utf16(example["text"][:start]), utf16(example["text"][:end]))
            drag = ActionBuilder(driver)
            drag.pointer_action.move_to_location(int(x1) + 1, int(y1) - 4).pointer_down().move_to_location(int(x2) - 1, int(y2) - 4).pointer_up()
            drag.perform()
            time.sleep(2)
    finally:
        driver.quit()
    print(json.dumps(get(f"/v1/projects/{project}/examples/{example['id']}/spans"), ensure_ascii=False))


def label_studio(base: str, email: str, password: str, token: str, task: int, regions: list[dict[str, str]]) -> None:
    request = urllib.request.Request(f"{base}/api/tasks/{task}", headers={"Authorization": f"Token {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        found = json.loads(response.read())
    text, project = found["data"]["text"], found["project"]
    lines = re.split("\r|\n", text)
    driver = chromium()
    try:
        driver.get(f"{base}/user/login")
        driver.find_element(By.NAME, "email").send_keys(email)
        driver.find_element(By.NAME, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        time.sleep(3)
        driver.get(f"{base}/projects/{project}/data?task={task}")
        driver.find_element(By.CSS_SELECTOR, ".lsf-richtext__line")
        time.sleep(3)
        for number, region in enumerate(regions):
            index = next(i for i, line in enumerate(lines) if region["covered"] in line)
            start = lines[index].index(region["covered"])
            click_text(driver, ".lsf-label__text", region["label"])
            selected = driver.execute_script(SELECT, index, utf16(lines[index][:start]), utf16(lines[index][: start + len(region["covered"])]))
            if selected != region["covered"]:
                shown = driver.execute_script("return [...document.querySelectorAll('.lsf-richtext__line')].map(l => l.textContent)")
                raise SystemExit(f"selected {selected!r}, not {region['covered']!r}; the editor shows lines {shown}")
            time.sleep(1)
            if "choice" in region:
                driver.find_elements(By.CSS_SELECTOR, ".lsf-outliner-item__content")[number].click()
                time.sleep(1)
                choice = region["choice"]
                driver.find_element(By.XPATH, f"//label[.//*[normalize-space(text())='{choice}'] or normalize-space(.)='{choice}']").click()
                time.sleep(1)
                driver.find_element(By.TAG_NAME, "body").send_keys("\ue00c")  # Escape: unselect the region
                time.sleep(1)
        click_text(driver, "button", "Submit")
        time.sleep(4)
    finally:
        driver.quit()
    annotations = urllib.request.Request(f"{base}/api/tasks/{task}/annotations", headers={"Authorization": f"Token {token}"})
    with urllib.request.urlopen(annotations, timeout=60) as response:
        print(json.dumps(json.loads(response.read())[-1]["result"], ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "doccano":
        doccano(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), json.loads(sys.argv[6]))
    else:
        label_studio(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]), json.loads(sys.argv[7]))
