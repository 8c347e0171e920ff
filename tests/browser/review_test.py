"""The review pages in headless Chromium, driven through WebDriver.

Run by tests/browser/run.sh, which writes the pages and installs Chromium,
chromedriver and axe-core:

    python3 tests/browser/review_test.py PAGES_DIR AXE_JS FIXTURES...

Standard library only: WebDriver is plain JSON over HTTP.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.request
from pathlib import Path

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,900",
]
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


class Driver:
    def __init__(self, download_dir):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen(
            ["/usr/bin/chromedriver", f"--port={self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.profile = tempfile.mkdtemp(prefix="review-chromium-")
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"performance": "ALL"},
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": FLAGS + [f"--user-data-dir={self.profile}"],
                "prefs": {"download.default_directory": str(download_dir),
                          "download.prompt_for_download": False},
            },
        }}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["value"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def js_async(self, script, *args):
        return self.s("POST", "/execute/async", {"script": script, "args": list(args)})

    def find(self, css):
        return self.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, element):
        self.s("POST", f"/element/{element}/click", {})

    def type(self, element, text):
        self.s("POST", f"/element/{element}/value", {"text": text})

    def keys(self, *keys):
        actions = []
        for k in keys:
            actions += [{"type": "keyDown", "value": k}, {"type": "keyUp", "value": k}]
        self.s("POST", "/actions", {"actions": [{"type": "key", "id": "kb", "actions": actions}]})

    def log(self):
        return self.s("POST", "/se/log", {"type": "performance"})

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


def code_points(text, start, end):
    """The code points start..end of text (Python strings count them)."""
    return text[start:end]


def check_spans(d, name, article):
    """Every evidence span is in the DOM, its pieces spell exactly the
    characters its position names, and it links to its record."""
    spans = d.js("""
      const data = JSON.parse(document.getElementById('review-data').textContent);
      return data.spans.map((s, i) => ({
        pointer: s.pointer, record: s.record, quote: s.quote,
        text: Array.from(document.querySelectorAll('.seg[data-spans]'))
          .filter(e => e.dataset.spans.split(' ').includes(String(i)))
          .map(e => e.textContent).join(''),
        recordOk: !!document.querySelector('li.record[data-record="' + s.record + '"]')
          && document.querySelector('li.record[data-record="' + s.record + '"]')
               .dataset.spans.split(' ').includes(String(i)),
      }));""")
    positioned = 0
    for s in spans:
        ev = article
        for token in s["pointer"].split("/")[1:]:
            ev = ev[int(token)] if isinstance(ev, list) else ev[token]
        exact = ev["quote"]["exact"]
        ok = s["text"] == exact and s["recordOk"]
        if "position" in ev:
            text = article.get("headline", "") if ev.get("target") == "headline" else article["body"]
            ok = ok and code_points(text, ev["position"]["start"], ev["position"]["end"]) == s["text"]
            positioned += 1
        if not ok:
            check(False, f"{name}: span {s['pointer']} shows {s['text']!r}, not {exact!r}")
    check(spans and all(True for _ in spans),
          f"{name}: {len(spans)} spans ({positioned} with positions) marked on the right characters and linked to their records")
    return spans


def check_problems(d, name):
    result = d.js("""
      return Array.from(document.querySelectorAll('li.problem')).map(p => ({
        path: p.dataset.path, record: p.dataset.record, span: p.dataset.span,
        recordOk: p.dataset.record === undefined
          || !!document.querySelector('#r-' + p.dataset.record + ' .badge.problem a[href="#' + p.id + '"]'),
        explained: p.querySelector('.explain').textContent.length > 0,
      }));""")
    anchored = all(p["recordOk"] and p["explained"] for p in result)
    check(anchored, f"{name}: {len(result)} problems listed, explained, and anchored at their records")
    return result


def no_requests(d, name, page_url):
    urls = []
    for entry in d.log():
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    outside = [u for u in urls if not (u == page_url or u.startswith(("blob:", "data:")))]
    resources = d.js("return performance.getEntriesByType('resource').length")
    check(not outside and resources == 0,
          f"{name}: no request leaves the page ({len(urls)} loads of the page itself) {outside[:3]}")


def axe(d, name, axe_source):
    d.js(axe_source + "\n;return true;")
    violations = d.js_async("""
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
        v.id + ' (' + v.impact + '): ' + v.nodes.length + ' nodes, e.g. ' + (v.nodes[0] || {}).html)));""")
    check(violations == [], f"{name}: axe-core finds no violation " + "; ".join(violations))


def main():
    pages, axe_path = Path(sys.argv[1]), Path(sys.argv[2])
    axe_source = axe_path.read_text()
    downloads = Path(tempfile.mkdtemp(prefix="review-downloads-"))
    d = Driver(downloads)
    started = time.time()
    try:
        d.s("POST", "/timeouts", {"script": 30000})
        # The 4 December article: spans, clicks, keyboard, verdicts.
        december = json.loads(Path("tests/fixtures/valid/december_2023_meeting.json").read_text())
        url = (pages / "december.html").resolve().as_uri()
        d.go("about:blank")
        d.log()  # what the browser loaded before the page (its own new tab page)
        d.go(url)
        check_spans(d, "december", december)
        check_problems(d, "december")

        # A span the statement and the commitment both cite.
        seg = d.js("""return Array.from(document.querySelectorAll('#body .seg[data-starts]'))
                       .find(e => e.textContent.startsWith('Both sides reiterated'))""")
        d.click(seg[ELEMENT])
        shown = d.js("""return Array.from(document.querySelectorAll('#selected .card'))
                         .map(c => document.querySelector('#r-' + c.dataset.record).dataset.pointer + ' ' + c.textContent)""")
        pointers = sorted(s.split(" ")[0] for s in shown)
        check("/statements/0" in pointers and "/commitments/0" in pointers,
              f"december: clicking “Both sides reiterated…” shows its records {pointers}")
        statement = next((s for s in shown if s.startswith("/statements/0 ")), "")
        check("Sergei Lavrov" in statement and "reiterated" in statement and "paraphrase" in statement
              and "resolved: 2023-12-04" in statement,
              "december: the statement shows its speaker by name, mode, speech act and resolved date")

        # A record: its spans are marked.
        meeting = d.js("return document.querySelector('li.record[data-pointer=\"/meetings/1\"]')")
        d.click(d.js("return arguments[0].querySelector('.rec')", meeting)[ELEMENT])
        marked = d.js("""
          const data = JSON.parse(document.getElementById('review-data').textContent);
          const r = data.records.findIndex(r => r.pointer === '/meetings/1');
          const want = new Set(data.records[r].spans.map(String));
          const segs = Array.from(document.querySelectorAll('#body .seg'));
          const should = segs.filter(e => e.dataset.spans.split(' ').some(s => want.has(s)));
          return [want.size, should.length, should.every(e => e.classList.contains('sel')),
                  segs.filter(e => e.classList.contains('sel')).length,
                  document.querySelector('li.record[data-pointer="/meetings/1"]').classList.contains('open')];""")
        check(marked[0] > 0 and marked[2] and marked[1] == marked[3] and marked[4],
              f"december: clicking the record /meetings/1 marks exactly its {marked[0]} spans ({marked[1]} pieces) and opens it")

        # Keyboard: n goes to the first span, Enter shows its records, Esc clears.
        d.js("document.activeElement.blur(); window.scrollTo(0, 0)")
        d.keys("n")
        first = d.js("return document.activeElement.matches('#body .seg[data-starts], #headline .seg[data-starts]')")
        d.keys("\ue007")  # Enter
        cards = d.js("return document.querySelectorAll('#selected .card').length")
        d.keys("\ue00c")  # Escape
        cleared = d.js("return document.querySelectorAll('.sel').length")
        check(first and cards > 0 and cleared == 0, f"december: keyboard n, Enter ({cards} records), Esc")

        # Verdicts: set, download, restore from localStorage and from the file.
        d.click(d.find('li.record[data-pointer="/statements/0"] input[value="wrong"]'))
        d.type(d.find('li.record[data-pointer="/statements/0"] .note input'), "speaker is both ministers\ue004")
        d.click(d.find('li.record[data-pointer="/commitments/0"] input[value="confirmed"]'))
        select = d.find('li.record[data-pointer="/statements/0"] select.fv[data-field="speaker"]')
        d.js("arguments[0].value = 'unsure'; arguments[0].dispatchEvent(new Event('change'))", {ELEMENT: select})
        d.click(d.find("#download"))
        target = downloads / "verdicts-nca-2023-12-04-lavrov-meredov.json"
        for _ in range(100):
            if target.exists() and target.stat().st_size > 0:
                break
            time.sleep(0.1)
        saved = json.loads(target.read_text()) if target.exists() else {"verdicts": []}
        got = sorted((v["article"], v["pointer"], v["verdict"], v["note"]) for v in saved["verdicts"])
        check(saved.get("format") == "structured-news-verdicts" and got == [
            ("nca-2023-12-04-lavrov-meredov", "/commitments/0", "confirmed", ""),
            ("nca-2023-12-04-lavrov-meredov", "/statements/0", "wrong", "speaker is both ministers"),
            ("nca-2023-12-04-lavrov-meredov", "/statements/0/speaker", "unsure", ""),
        ] and all(v["time"].endswith("Z") for v in saved["verdicts"]),
              f"december: verdicts downloaded as JSON {got}")
        state = 'return [document.querySelector(\'li.record[data-pointer="/statements/0"] input[value="wrong"]\').checked, ' \
                'document.querySelector(\'li.record[data-pointer="/statements/0"] .note input\').value]'
        d.go(url)
        check(d.js(state) == [True, "speaker is both ministers"], "december: verdicts restored from localStorage on reload")
        d.js("localStorage.clear()")
        d.go(url)
        check(d.js(state) == [False, ""], "december: nothing restored once localStorage is cleared")
        d.type(d.find("#load"), str(target))
        for _ in range(50):
            if d.js(state)[0]:
                break
            time.sleep(0.1)
        check(d.js(state) == [True, "speaker is both ministers"], "december: verdicts restored from the downloaded file")
        no_requests(d, "december", url)
        axe(d, "december", axe_source)
        d.js("localStorage.clear()")

        # The other pages: spans (Russian text among them), problems, hostile content.
        for fixture in sys.argv[3:]:
            path = Path(fixture)
            name = path.stem
            article = json.loads(path.read_text())
            url = (pages / f"{name}.html").resolve().as_uri()
            d.log()
            d.go(url)
            check_spans(d, name, article)
            problems = check_problems(d, name)
            if name == "hostile":
                check(d.js("return window.pwned === undefined && document.querySelectorAll('img').length === 0 "
                           "&& document.querySelectorAll('script').length === 2"),
                      "hostile: nothing in the article runs or becomes markup")
                body = d.js("return document.getElementById('body').textContent")
                check("<script>window.pwned = 1</script>" in body and "[U+202E]" in body,
                      "hostile: markup and bidirectional controls shown as text")
                check(any(p["path"] == "/id" for p in problems), "hostile: the invalid id is listed as a problem")
            if name in ("weak_evidence", "quote_outside_evidence"):
                check(problems and all(p["record"] is not None for p in problems),
                      f"{name}: every problem anchored at its record")
            if name == "weak_evidence":
                check(any(p["span"] is not None for p in problems), "weak_evidence: the problem anchored at its span")
            no_requests(d, name, url)
            axe(d, name, axe_source)
        if len(sys.argv) > 4:
            d.go((pages / "index.html").resolve().as_uri())
            links = d.js("return Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
            check(len(links) == len(sys.argv) - 2, f"index: {len(links)} pages linked")
            axe(d, "index", axe_source)
        ledger = os.environ.get("LEDGER_PAGE")
        if ledger:
            # Every article of the tracking example: spans, problems, no
            # request, no axe-core violation.
            for path in sorted(Path("examples/data/tracking").glob("*.json")) + [
                    Path("tests/fixtures/valid/december_2023_meeting.json")]:
                article = json.loads(path.read_text())
                name = article["id"]
                url = (Path(ledger).parent / f"{name}.html").resolve().as_uri()
                d.log()
                d.go(url)
                check_spans(d, name, article)
                check_problems(d, name)
                no_requests(d, name, url)
                axe(d, name, axe_source)
            url = Path(ledger).resolve().as_uri()
            d.log()
            d.go(url)
            found = d.js("""return [document.querySelectorAll('article.tracked').length,
                                   document.querySelectorAll('.timeline > li').length,
                                   document.querySelectorAll('.timeline a[href]').length,
                                   document.querySelectorAll('.flag.late').length,
                                   document.querySelectorAll('.tracked.overdue').length,
                                   document.querySelectorAll('table.amounts').length]""")
            check(found[0] > 0 and found[1] >= found[0] and found[2] > 0 and found[3] > 0 and found[4] > 0 and found[5] > 0,
                  f"ledger: {found[0]} commitments and meetings, {found[1]} steps, {found[2]} linked, "
                  f"{found[3]} late, {found[4]} overdue, {found[5]} with amounts")
            no_requests(d, "ledger", url)
            axe(d, "ledger", axe_source)
            link = d.js("return document.querySelector('.timeline a[href*=\"#/\"]')")
            href = d.js("return arguments[0].getAttribute('href')", link)
            d.click(link[ELEMENT])
            time.sleep(0.3)
            pointer = href.split("#", 1)[1]
            selected = d.js("""const li = document.querySelector('li.record.sel');
                               return li ? li.dataset.pointer : null""")
            check(selected is not None and pointer.startswith(selected),
                  f"ledger: its link {href} opens the review page with the record {selected} selected")
    finally:
        d.quit()
        shutil.rmtree(downloads, ignore_errors=True)
    print(f"\n{len(FAILURES)} failures; browser checks took {time.time() - started:.1f} s")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
