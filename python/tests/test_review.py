"""review_html and the rich display of a Report: the review page of the
command, from Python."""

from __future__ import annotations

import html
import io
import json
import subprocess

import structured_news
from conftest import INVALID, ROOT, VALID

DECEMBER = VALID / "december_2023_meeting.json"
RUSSIAN = ROOT / "examples" / "data" / "tracking" / "rbc-2025-12-12-putin-at-ashgabat-forum.json"


def test_review_html_is_the_page_the_command_writes(cli, tmp_path):
    out = tmp_path / "page.html"
    subprocess.run([str(cli), "review", str(DECEMBER), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    text = DECEMBER.read_text()
    assert structured_news.review_html(text) == out.read_text()
    assert structured_news.review_html(text.encode()) == out.read_text()


def test_review_html_of_a_dict_marks_russian_evidence():
    doc = json.loads(RUSSIAN.read_text())
    page = structured_news.review_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src &#39;none&#39;" in page or "default-src 'none'" in page
    # The person's evidence, code points 157..181 of the body, marked whole.
    assert doc["body"][157:181] == "президент Владимир Путин"
    assert ">президент Владимир Путин</span>" in page


def test_review_html_of_an_invalid_document_lists_its_problems():
    page = structured_news.review_html((INVALID / "weak_evidence.json").read_bytes())
    assert "<code>weak_evidence</code>" in page
    assert html.escape(structured_news.explain("weak_evidence").description, quote=True) in page


def test_review_html_keeps_markup_as_text():
    page = structured_news.review_html((ROOT / "tests" / "browser" / "hostile.json").read_text())
    assert page.count("<script") == 2
    assert "<img" not in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page


def test_review_html_refuses_other_types():
    try:
        structured_news.review_html(7)
    except TypeError as e:
        assert "review_html() takes a str, bytes or dict, not int" in str(e)
    else:
        raise AssertionError("no TypeError")


def test_a_report_displays_as_the_review_page_in_a_frame():
    text = DECEMBER.read_text()
    shown = structured_news.validate(text)._repr_html_()
    assert shown.startswith("<iframe ") and 'sandbox="allow-scripts allow-downloads"' in shown
    srcdoc = shown.split('srcdoc="', 1)[1].rsplit('"></iframe>', 1)[0]
    assert html.unescape(srcdoc) == structured_news.review_html(text)
    # The report keeps the document as given (bytes, or the JSON of a
    # dict), and shows the same page.
    for doc in (text.encode(), json.loads(text)):
        assert structured_news.validate(doc)._repr_html_() == shown


def test_a_report_from_a_stream_displays_its_problems():
    line = (INVALID / "weak_evidence.json").read_text().replace("\n", " ")
    (report,) = list(structured_news.iter_ndjson(io.BytesIO(line.encode()), jobs=1))
    shown = report._repr_html_()
    assert "valid: 0 errors, 1 warnings" in shown
    assert "<code>weak_evidence</code>" in shown
