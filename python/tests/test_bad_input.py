"""Anything Python can pass gives a clear exception or a report, never a
crash of the interpreter."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import structured_news

MINIMAL: Dict[str, Any] = {"format_version": "2.0", "id": "a1", "language": "en", "body": "Text."}
DEPTH = 100_000


def nested_dict(depth: int) -> Dict[str, Any]:
    root: Dict[str, Any] = {}
    inner = root
    for _ in range(depth):
        inner["a"] = {}
        inner = inner["a"]
    return root


def nested_list(depth: int) -> List[Any]:
    root: List[Any] = []
    inner = root
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return root


@pytest.mark.parametrize(
    "doc, kind",
    [(None, "NoneType"), ([MINIMAL], "list"), (42, "int"), (3.5, "float"), (bytearray(b"{}"), "bytearray"),
     (object(), "object"), ({1, 2}, "set")],
)
def test_other_types_are_a_type_error(doc: Any, kind: str) -> None:
    with pytest.raises(TypeError, match=f"validate\\(\\) takes a str, bytes or dict, not {kind}"):
        structured_news.validate(doc)
    with pytest.raises(TypeError):
        structured_news.parse(doc)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_in_a_dict_are_a_value_error(value: float) -> None:
    doc = dict(MINIMAL, meetings=[{"id": "m1", "kind": "bilateral", "status": "held",
                                   "participants": [{"entity": "x", "attendance": value}]}])
    with pytest.raises(ValueError, match=r"at /meetings/0/participants/0/attendance: .* is not a JSON number"):
        structured_news.validate(doc)


def test_nan_in_text_is_a_syntax_problem() -> None:
    report = structured_news.validate('{"format_version": "2.0", "id": NaN}')
    assert [(p.code, p.path, p.line) for p in report.problems] == [("syntax", "/id", 1)]


def test_keys_must_be_strings() -> None:
    with pytest.raises(TypeError, match="at the root: a key of type int"):
        structured_news.validate({1: "x"})
    with pytest.raises(TypeError, match=r"at /entities: a key of type tuple"):
        structured_news.validate(dict(MINIMAL, entities={(1, 2): []}))


@pytest.mark.parametrize(
    "value, kind",
    [({1, 2}, "set"), (b"bytes", "bytes"), (object(), "object"), (1j, "complex")],
)
def test_values_json_cannot_hold_are_a_type_error(value: Any, kind: str) -> None:
    with pytest.raises(TypeError, match=f"at /body: a value of type {kind}"):
        structured_news.validate(dict(MINIMAL, body=value))


def test_non_utf8_bytes_are_a_syntax_problem() -> None:
    doc = json.dumps(MINIMAL).encode().replace(b"Text.", b"Te\xffxt.")
    (problem,) = structured_news.validate(doc).problems
    assert (problem.code, problem.path, problem.line) == ("syntax", "/body", 1)
    assert problem.message == "not valid UTF-8, or an escape that is no Unicode character"


def test_a_str_that_is_not_unicode_text_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not Unicode text"):
        structured_news.validate('{"id": "\ud800"}')
    with pytest.raises(ValueError, match="at /body: a str that is not Unicode text"):
        structured_news.validate(dict(MINIMAL, body="lone \udc80 surrogate"))


@pytest.mark.parametrize("make", [nested_dict, nested_list], ids=["dict", "list"])
def test_deep_nesting_in_a_dict_is_a_value_error(make: Any) -> None:
    with pytest.raises(ValueError, match="nested more than 128 levels deep"):
        structured_news.validate(dict(MINIMAL, body=make(DEPTH)))
    # At the limit it is read, and refused as a wrong type.
    report = structured_news.validate(dict(MINIMAL, body=make(100)))
    assert [(p.code, p.path) for p in report.problems] == [("wrong_type", "/body")]


def test_a_dict_that_holds_itself_is_a_value_error() -> None:
    doc: Dict[str, Any] = dict(MINIMAL)
    doc["entities"] = doc
    with pytest.raises(ValueError, match="holds itself"):
        structured_news.validate(doc)


@pytest.mark.parametrize(
    "open_, close, code, path",
    [("[", "]", "wrong_type", ""), ('{"a":', "}", "unknown_field", "/a")],
    ids=["arrays", "objects"],
)
def test_deep_nesting_in_text_is_a_report(open_: str, close: str, code: str, path: str) -> None:
    text = open_ * DEPTH + close * DEPTH
    (problem,) = structured_news.validate(text).problems
    assert (problem.code, problem.path, problem.severity) == (code, path, "error")
    article = json.dumps(MINIMAL)[:-1] + ', "headline": ' + open_ * DEPTH + close * DEPTH + "}"
    (problem,) = structured_news.validate(article).problems
    assert (problem.code, problem.path) == ("wrong_type", "/headline")


def test_a_huge_string_is_read_and_quoted_briefly() -> None:
    huge = "x" * 50_000_000
    report = structured_news.validate(dict(MINIMAL, body=huge))
    assert report.valid and report.problems == []
    report = structured_news.validate(json.dumps(dict(MINIMAL, id=huge)).encode())
    (problem,) = report.problems
    assert (problem.code, problem.path) == ("invalid_id", "/id")
    assert len(problem.message) < 1000
    report = structured_news.validate(json.dumps(dict(MINIMAL, **{huge[:5_000_000]: 1})))
    (problem,) = report.problems
    assert problem.code == "unknown_field" and len(problem.message) < 1000


def test_big_numbers_are_read_as_json_numbers() -> None:
    article = dict(MINIMAL, body="We pledge aid.", entities={"places": [
        {"id": "japan", "name": "Japan", "kind": "country", "country": "JP"}]},
        commitments=[{"id": "c1", "kind": "fund", "action": "pledge aid", "bound_parties": ["japan"],
                      "status_history": [{"status": "stated"}],
                      "quantities": [{"amount": 10**40, "currency": "USD"}]}])
    # An int beyond 64 bits is a JSON number; the crate says whether its
    # field takes it, as it does for the same text.
    from_dict = structured_news.validate(article)
    from_text = structured_news.validate(json.dumps(article))
    assert [(p.code, p.path) for p in from_dict.problems] == [(p.code, p.path) for p in from_text.problems]
    # A bool is not mistaken for an int.
    flags = dict(MINIMAL, headline=True)
    assert [(p.code, p.path) for p in structured_news.validate(flags).problems] == [("wrong_type", "/headline")]


def test_str_and_int_subclasses_are_their_values() -> None:
    class Text(str):
        def __str__(self) -> str:
            raise AssertionError("not called")

    class Number(int):
        def __repr__(self) -> str:
            raise AssertionError("not called")

    doc = dict(MINIMAL, id=Text("a1"), body=Text("Text."))
    assert structured_news.validate(doc).valid
    big = dict(MINIMAL, id=Number(10**30))
    assert [(p.code, p.path) for p in structured_news.validate(big).problems] == [("wrong_type", "/id")]


@pytest.mark.parametrize(
    "source, error, words",
    [
        (42, TypeError, "takes a path or a file object, not int"),
        (None, TypeError, "not NoneType"),
        ("/no/such/file.ndjson", FileNotFoundError, "cannot open /no/such/file.ndjson"),
    ],
)
def test_iter_ndjson_refuses_what_it_cannot_read(source: Any, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        structured_news.iter_ndjson(source)


def test_iter_ndjson_refuses_a_directory_and_bad_jobs(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="it is a directory"):
        structured_news.iter_ndjson(tmp_path)
    for jobs in (0, 5000):
        with pytest.raises(ValueError, match="jobs is .*; it must be from 1 to 1024"):
            structured_news.iter_ndjson(io.BytesIO(b""), jobs=jobs)
    with pytest.raises(OverflowError):
        structured_news.iter_ndjson(io.BytesIO(b""), jobs=-1)


def test_a_file_object_that_fails_ends_the_stream_with_an_io_report() -> None:
    class Failing(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def read(self, n: int = -1) -> bytes:
            self.calls += 1
            if self.calls == 1:
                return (json.dumps(MINIMAL) + "\n").encode()
            raise OSError("the disk is gone")

    reports = list(structured_news.iter_ndjson(Failing(), jobs=1))
    assert [r.valid for r in reports] == [True, False]
    (problem,) = reports[1].problems
    assert (problem.code, problem.line) == ("io", 2)
    assert "the disk is gone" in problem.message

    class Wrong:
        def read(self, n: int) -> int:
            return 7

    (report,) = structured_news.iter_ndjson(Wrong(), jobs=2)
    assert report.problems[0].code == "io"
    assert "read() returned int, not bytes or str" in report.problems[0].message


def test_many_problems_in_a_huge_document_are_located_within_a_budget() -> None:
    """Locating a problem searches the text; a huge document with many
    problems has as many located as fit in 256 MiB of searching (the rest
    have the document's line and no column), so it stays linear."""
    statements = [{"id": f"s{i}", "speaker": "nobody", "mode": "paraphrase",
                   "speech_act": "said", "text": f"words {i}"} for i in range(2000)]
    text = json.dumps(dict(MINIMAL, body="x" * 400_000, statements=statements), indent=1)
    report = structured_news.validate(text)
    assert len(report.problems) == 2000
    assert {p.code for p in report.problems} == {"unknown_reference"}
    located = [p for p in report.problems if p.column is not None]
    assert len(located) == (256 << 20) // len(text.encode())
    assert located == report.problems[: len(located)]
    assert all(p.line == 1 for p in report.problems[len(located):])
    assert report.problems[0].line > 1


def test_every_problem_of_a_document_at_once() -> None:
    """A wrong type, an impossible date, an unknown field and a dangling
    reference: the four in one report, each with its path and line."""
    doc = (
        '{"format_version": "2.0", "id": "a1", "language": "en", "published": "2023-02-30",\n'
        ' "body": "Lavrov met Meredov.", "colour": "red",\n'
        ' "entities": {"people": [{"id": "lavrov", "name": "Sergei Lavrov", "country": 643}]},\n'
        ' "statements": [{"id": "s0", "speaker": "lavrof", "mode": "paraphrase",\n'
        '                 "speech_act": "said", "text": "Lavrov met Meredov."}]}'
    )
    report = structured_news.validate(doc)
    assert not report.valid
    assert [(p.code, p.path, p.line) for p in report.problems] == [
        ("invalid_date", "/published", 1),
        ("unknown_field", "/colour", 2),
        ("wrong_type", "/entities/people/0/country", 3),
        ("unknown_reference", "/statements/0/speaker", 4),
    ]
