"""Screenshots of the review page of the 4 December article (a span
selected) and of the ledger page, for the README.

Run by `SCREENSHOTS=1 bash tests/browser/run.sh`, after the pages are
written:

    python3 tests/browser/screenshots.py PAGES_DIR LEDGER_PAGE OUT_DIR
"""

import base64
import sys
import tempfile
import time
from pathlib import Path

from review_test import ELEMENT, Driver


def shot(d, path):
    path.write_bytes(base64.b64decode(d.s("GET", "/screenshot")))
    print(f"wrote {path}")


def main():
    pages, ledger, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    d = Driver(Path(tempfile.mkdtemp(prefix="review-shots-")))
    try:
        d.s("POST", "/window/rect", {"width": 1280, "height": 860})
        d.go((pages / "december.html").resolve().as_uri())
        seg = d.js("""return Array.from(document.querySelectorAll('#body .seg[data-starts]'))
                       .find(e => e.textContent.startsWith('Both sides reiterated'))""")
        d.click(seg[ELEMENT])
        d.js("window.scrollTo(0, 0)")
        time.sleep(0.2)
        shot(d, out / "review-page.png")
        d.go(ledger.resolve().as_uri())
        d.js("document.querySelectorAll('article.tracked')[1].scrollIntoView()")
        time.sleep(0.2)
        shot(d, out / "ledger-page.png")
    finally:
        d.quit()


if __name__ == "__main__":
    main()
