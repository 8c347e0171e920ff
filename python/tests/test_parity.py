"""Parity with the Rust crate: the package reports exactly what the
``structured-news`` command reports, problem for problem (line, path,
code, severity and message), on every document of the repository's
corpora, and what each invalid document's manifest entry expects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import structured_news
from conftest import INVALID, NEAR_MISSES, VALID, documents, manifest, rust_validate

Row = Tuple[Any, ...]


def rows(report: structured_news.Report) -> List[Row]:
    return [(p.line, p.path, p.code, p.severity, p.message) for p in report.problems]


def cli_rows(problems: List[Dict[str, Any]]) -> List[Row]:
    return [(p["line"], p["path"], p["code"], p["severity"], p["message"]) for p in problems]


@pytest.fixture(scope="session")
def rust(cli: Path) -> Dict[str, Any]:
    """The command's report on every document of the three corpora.

    The command reads a `.json` file holding a JSON array as an array of
    articles, each element on its own; the package reads one article.
    Such a file (one line, `root_array.json`) goes through `--format
    ndjson`, where a line is one document, so both read the same thing.
    """
    files = documents(INVALID) + documents(NEAR_MISSES) + documents(VALID)
    arrays = [f for f in files if f.read_bytes().lstrip().startswith(b"[")]
    assert all(f.read_bytes().count(b"\n") <= 1 for f in arrays), arrays
    whole = [f for f in files if f not in arrays]
    ran = rust_validate(cli, whole, "--format", "json")
    by_file = dict(ran["problems"])
    documents_seen = ran["summary"]["documents"]
    if arrays:
        ran = rust_validate(cli, arrays, "--format", "ndjson")
        by_file.update(ran["problems"])
        documents_seen += ran["summary"]["documents"]
    assert documents_seen == len(files)
    return {"problems": by_file, "files": files}


def test_every_document_of_every_corpus_is_compared(rust: Dict[str, Any]) -> None:
    counts = {d: len(documents(d)) for d in (INVALID, NEAR_MISSES, VALID)}
    assert counts[INVALID] == len(manifest()) > 150
    assert counts[NEAR_MISSES] >= 20
    assert counts[VALID] >= 9
    assert len(rust["files"]) == sum(counts.values())


@pytest.mark.parametrize("path", documents(INVALID), ids=lambda p: p.name)
def test_invalid_documents_report_what_rust_reports(path: Path, rust: Dict[str, Any]) -> None:
    report = structured_news.validate(path.read_bytes())
    expected = cli_rows(rust["problems"][str(path)])
    assert expected, f"the command found nothing in {path.name}"
    assert rows(report) == expected
    assert report.line == 1


@pytest.mark.parametrize("entry", manifest(), ids=lambda e: e["file"])
def test_invalid_documents_match_their_manifest_entry(entry: Dict[str, str]) -> None:
    report = structured_news.validate((INVALID / entry["file"]).read_bytes())
    stage = structured_news.explain(entry["code"]).stage
    if entry["severity"] == "error":
        assert not report.valid
        first = report.errors[0]
    else:
        assert report.valid, report.problems
        assert report.errors == []
        first = report.warnings[0]
    assert (first.code, first.path, first.severity) == (
        entry["code"],
        entry["path"],
        entry["severity"],
    )
    if stage == "validate":
        assert len(report.problems) == 1, report.problems
    else:
        # The reading error comes first; reading then goes on past it, so
        # a document may hold more (stream::every_problem in Rust).
        assert report.problems[0] == first


@pytest.mark.parametrize(
    "path", documents(NEAR_MISSES) + documents(VALID), ids=lambda p: p.parent.name + "/" + p.name
)
def test_valid_documents_and_near_misses_report_nothing(path: Path, rust: Dict[str, Any]) -> None:
    text = path.read_text(encoding="utf-8")
    for doc in (text, path.read_bytes(), json.loads(text)):
        report = structured_news.validate(doc)
        assert report.valid
        assert report.problems == []
    assert str(path) not in rust["problems"]


def strict_json(text: bytes) -> Any:
    """The document as Python data, or None when Python's json would read
    it differently from the crate (not JSON, NaN, keys given twice)."""

    def no_twice(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("a key given twice")
        return dict(pairs)

    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(text.decode("utf-8"), object_pairs_hook=no_twice, parse_constant=no_constant)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError too
        return None


def test_dicts_report_what_their_text_reports() -> None:
    """A document given as a dict gets the problems of its text, without
    lines and columns (the package writes the dict as JSON text itself)."""
    compared = 0
    for path in documents(INVALID):
        data = strict_json(path.read_bytes())
        if not isinstance(data, dict):
            continue
        from_text = structured_news.validate(path.read_bytes())
        from_dict = structured_news.validate(data)
        assert [(p.path, p.code, p.severity) for p in from_dict.problems] == [
            (p.path, p.code, p.severity) for p in from_text.problems
        ], path.name
        assert all(p.line is None and p.column is None for p in from_dict.problems)
        assert from_dict.line is None
        compared += 1
    assert compared > 120
