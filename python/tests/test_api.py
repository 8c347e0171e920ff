"""The package's API: reports, check and parse, lint levels, explain, schema."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any, Dict

import pytest

import structured_news
from structured_news import Lints, ValidationError
from conftest import INVALID, ROOT, VALID, documents, rust_validate

MEETING = VALID / "december_2023_meeting.json"
MINIMAL = '{"format_version": "2.0", "id": "a1", "language": "en", "body": "Text."}'


def test_a_report_names_each_problem_with_its_place() -> None:
    report = structured_news.validate((INVALID / "dangling_speaker.json").read_text())
    assert not report.valid
    (problem,) = report.problems
    assert problem.code == "unknown_reference"
    assert problem.path == "/statements/0/speaker"
    assert problem.severity == "error" and problem.is_error
    assert "lavrof" in problem.message
    text = (INVALID / "dangling_speaker.json").read_text().splitlines()
    # The line and the column (in bytes, from 1) of the value.
    assert text[problem.line - 1][problem.column - 1 :].startswith('"lavrof"')
    assert report.errors == [problem] and report.warnings == []
    assert problem.to_dict() == {
        "path": "/statements/0/speaker",
        "code": "unknown_reference",
        "severity": "error",
        "message": problem.message,
        "line": problem.line,
        "column": problem.column,
    }
    assert str(problem).startswith("/statements/0/speaker: unknown_reference: speaker refers to")
    assert "unknown_reference" in repr(problem) and "valid=False" in repr(report)


def test_warnings_leave_a_document_valid() -> None:
    report = structured_news.validate((INVALID / "weak_evidence.json").read_bytes())
    assert report.valid
    (warning,) = report.warnings
    assert (warning.code, warning.severity, warning.is_error) == ("weak_evidence", "warning", False)
    assert str(warning).startswith(
        "/statements/0/evidence/1/quote/exact: weak_evidence: warning: "
    )
    assert report.article() is not None


def test_check_raises_with_every_problem_and_returns_warnings() -> None:
    text = (INVALID / "dangling_speaker.json").read_text()
    with pytest.raises(ValidationError) as raised:
        structured_news.check(text)
    error = raised.value
    assert isinstance(error, ValueError)
    assert [(p.code, p.path) for p in error.problems] == [
        ("unknown_reference", "/statements/0/speaker")
    ]
    assert error.report.problems == error.problems
    assert str(error).startswith("1 problem: /statements/0/speaker: unknown_reference: ")
    # Pickled (as Spark and multiprocessing do), it keeps its text.
    assert str(pickle.loads(pickle.dumps(error))) == str(error)

    report = structured_news.check((INVALID / "weak_evidence.json").read_text())
    assert [p.code for p in report.warnings] == ["weak_evidence"]


def test_check_lists_several_problems_one_a_line() -> None:
    doc: Dict[str, Any] = json.loads(MEETING.read_text())
    doc["statements"][0]["speaker"] = "nobody"
    doc["statements"][1]["speaker"] = "nobody-else"
    with pytest.raises(ValidationError) as raised:
        structured_news.check(doc)
    lines = str(raised.value).splitlines()
    assert lines[0] == f"{len(raised.value.problems)} problems:"
    assert lines[1].startswith("  /statements/0/speaker: unknown_reference: ")
    assert lines[2].startswith("  /statements/1/speaker: unknown_reference: ")


@pytest.mark.parametrize("path", documents(VALID), ids=lambda p: p.name)
def test_parse_gives_the_json_the_rust_types_write(path: Path) -> None:
    # The valid fixtures are written by the Rust examples (the articles
    # built with the builders, serialized with serde_json).
    written = json.loads(path.read_text())
    assert structured_news.parse(path.read_text()) == written
    assert structured_news.parse(written) == written
    assert list(structured_news.parse(path.read_bytes())) == list(written)  # key order too


def test_parse_writes_the_canonical_form() -> None:
    # null is read as absent, and absent values are left out.
    doc = json.loads(MINIMAL)
    doc.update({"headline": None, "subjects": None, "meetings": []})
    assert structured_news.parse(doc) == json.loads(MINIMAL)
    with pytest.raises(ValidationError) as raised:
        structured_news.parse('{"format_version": "1.0"}')
    assert raised.value.problems[0].code == "unsupported_format_version"


def test_lints_set_levels_as_the_command_does(cli: Path) -> None:
    """The same levels on the command line and in Lints give the same
    problems on the whole invalid corpus (not the root array, which the
    command reads element by element)."""
    files = [p for p in documents(INVALID) if p.name != "root_array.json"]
    args = ["--allow", "weak_evidence", "--deny", "duplicate_item", "--deny-warnings"]
    rust = rust_validate(cli, files, "--format", "json", *args)
    lints = Lints(allow=["weak_evidence"], deny=["duplicate_item"], deny_warnings=True)
    changed = 0
    for path in files:
        report = structured_news.validate(path.read_bytes(), lints=lints)
        expected = [
            (p["line"], p["path"], p["code"], p["severity"], p["message"])
            for p in rust["problems"].get(str(path), [])
        ]
        got = [(p.line, p.path, p.code, p.severity, p.message) for p in report.problems]
        assert got == expected, path.name
        changed += got != [
            (p.line, p.path, p.code, p.severity, p.message)
            for p in structured_news.validate(path.read_bytes()).problems
        ]
    # Every document of a warning changes: weak_evidence's is gone, the
    # others' warnings are made errors.
    manifest = json.loads((INVALID / "manifest.json").read_text("utf-8"))
    warnings = [e["file"] for e in manifest if e["severity"] == "warning"]
    assert "weak_evidence.json" in warnings and len(warnings) >= 6
    assert changed == len(warnings)


def test_lint_levels() -> None:
    weak = (INVALID / "weak_evidence.json").read_bytes()
    assert structured_news.validate(weak, lints=Lints(allow=["weak_evidence"])).problems == []
    denied = structured_news.validate(weak, lints=Lints(deny=["weak_evidence"]))
    assert not denied.valid and denied.errors[0].code == "weak_evidence"
    assert not structured_news.validate(weak, lints=Lints(deny_warnings=True)).valid
    # allow wins over deny_warnings; warn keeps a rule a warning.
    both = Lints(allow=["weak_evidence"], deny_warnings=True)
    assert structured_news.validate(weak, lints=both).problems == []
    error_as_warning = Lints(warn=["unknown_reference"])
    dangling = (INVALID / "dangling_speaker.json").read_bytes()
    report = structured_news.check(dangling, lints=error_as_warning)
    assert [(p.code, p.severity) for p in report.problems] == [("unknown_reference", "warning")]

    lints = Lints(allow=("weak_evidence",), warn={"unknown_reference"}, deny_warnings=True)
    assert lints.level("weak_evidence") == "allow"
    assert lints.level("unknown_reference") == "deny"  # deny_warnings
    assert lints.level("syntax") == "deny"
    assert Lints().level("planned_in_past") == "warn"
    assert repr(Lints(deny=["duplicate_item"])) == 'Lints(deny=["duplicate_item"])'
    # One rule with the command line: levels apply in order (allow, warn,
    # deny), a later one overriding an earlier one.
    assert Lints(allow=["weak_evidence"], deny=["weak_evidence"]).level("weak_evidence") == "deny"
    assert Lints(allow=["planned_in_past"], warn=["planned_in_past"]).level("planned_in_past") == "warn"


@pytest.mark.parametrize(
    "kwargs, error, words",
    [
        ({"allow": ["weak_evidense"]}, ValueError, "did you mean `weak_evidence`"),
        ({"allow": ["nothing_like_a_code"]}, ValueError, "structured_news.CODES lists them"),
        ({"deny": ["syntax"]}, ValueError, "found while reading"),
        ({"allow": "weak_evidence"}, TypeError, "a list of codes, not a str"),
        ({"allow": 3}, TypeError, "a list of codes, not int"),
        ({"allow": [3]}, TypeError, "codes as str"),
    ],
)
def test_bad_lints_are_refused(kwargs: Dict[str, Any], error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        Lints(**kwargs)


def test_explain_every_code() -> None:
    assert len(structured_news.CODES) == len(set(structured_news.CODES)) > 60
    stages = {structured_news.explain(c).stage for c in structured_news.CODES}
    assert stages == {"read", "validate", "ledger"}
    info = structured_news.explain("planned_in_past")
    assert (info.code, info.stage, info.default_severity) == ("planned_in_past", "validate", "warning")
    assert info.description.startswith("A meeting still scheduled")
    read = structured_news.explain("invalid_date")
    assert (read.stage, read.default_severity) == ("read", "error")
    # The descriptions are the rule table of the README.
    readme = (ROOT / "README.md").read_text()
    for code in ("missing_field", "unknown_reference", "weak_evidence"):
        assert f"| `{code}` |" in readme
    with pytest.raises(ValueError, match="did you mean `planned_in_past`"):
        structured_news.explain("planed_in_past")


def test_schema_in_every_dialect() -> None:
    bundled = json.loads((ROOT / "schemas" / "article.schema.json").read_text())
    assert structured_news.schema() == bundled
    assert structured_news.schema("draft-07") == json.loads(
        (ROOT / "schemas" / "draft-07" / "article.schema.json").read_text()
    )
    assert structured_news.schema("structured-output") == json.loads(
        (ROOT / "schemas" / "structured-output" / "article.schema.json").read_text()
    )
    openapi = structured_news.schema("openapi-3.0")
    assert "Article" in openapi["components"]["schemas"]
    meeting = structured_news.schema(type_name="meeting")
    assert meeting == json.loads((ROOT / "schemas" / "types" / "meeting.schema.json").read_text())
    assert structured_news.SCHEMA_TYPES[0] == "article" and "meeting" in structured_news.SCHEMA_TYPES
    with pytest.raises(ValueError, match="dialects are 2020-12, draft-07, openapi-3.0, structured-output"):
        structured_news.schema("draft-04")
    with pytest.raises(ValueError, match="SCHEMA_TYPES"):
        structured_news.schema(type_name="meetings")


def test_the_package_is_typed() -> None:
    package = Path(structured_news.__file__).parent
    assert (package / "py.typed").is_file()
    stub = (package / "_native.pyi").read_text()
    for name in ("def validate", "def iter_ndjson", "def explain", "def schema", "class Report",
                 "class Problem", "class Lints", "class Explanation", "class NdjsonIterator"):
        assert name in stub, name
    for function in (structured_news.validate, structured_news.check, structured_news.parse,
                     structured_news.iter_ndjson, structured_news.explain, structured_news.schema,
                     structured_news.pydantic_validator):
        assert function.__doc__ and len(function.__doc__) > 80, function
    assert structured_news.__version__ == "0.1.0"
