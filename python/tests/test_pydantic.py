"""The pydantic hook, on models datamodel-code-generator writes from
schemas/article.schema.json (generated here, into a temporary directory)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, List, Tuple

import pytest

pydantic = pytest.importorskip("pydantic")
from pydantic import AfterValidator, TypeAdapter, model_validator  # noqa: E402
from typing_extensions import Annotated  # noqa: E402

import structured_news  # noqa: E402
from structured_news import Lints  # noqa: E402
from conftest import INVALID, NEAR_MISSES, VALID, documents  # noqa: E402


@pytest.fixture(scope="module")
def models(models_file: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("article_models", models_file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["article_models"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def checked(models: ModuleType) -> Any:
    class CheckedArticle(models.Article):  # type: ignore[name-defined,misc]
        check_rules = model_validator(mode="after")(structured_news.pydantic_validator())

    return CheckedArticle


def problems_of(error: Any) -> List[Tuple[str, str, str]]:
    """The structured-news problems of a pydantic ValidationError, each
    one pydantic error whose type, loc, msg and ctx are the problem's."""
    lines = error.errors()
    inner = lines[0]["ctx"]["error"]
    assert isinstance(inner, structured_news.ValidationError)
    assert len(lines) == len(inner.problems)
    for line, problem in zip(lines, inner.problems):
        assert line["type"] == problem.code
        assert line["msg"] == problem.message
        assert line["ctx"]["path"] == problem.path
        assert line["ctx"]["severity"] == problem.severity
        assert "/" + "/".join(str(k) for k in line["loc"]) == problem.path or (
            line["loc"] == () and problem.path == ""
        )
    return [(p.code, p.path, p.severity) for p in inner.problems]


def test_each_problem_is_a_pydantic_error_at_its_loc(checked: Any) -> None:
    doc = json.loads((VALID / "december_2023_meeting.json").read_text("utf-8"))
    doc["statements"][0]["speaker"] = "nobody"
    doc["statements"][1]["speaker"] = "no-one"
    with pytest.raises(pydantic.ValidationError) as raised:
        checked.model_validate(doc)
    errors = raised.value.errors()
    assert [(e["type"], e["loc"]) for e in errors] == [
        ("unknown_reference", ("statements", 0, "speaker")),
        ("unknown_reference", ("statements", 1, "speaker")),
    ]
    assert errors[0]["input"] == "nobody"
    assert "nobody" in errors[0]["msg"]
    assert raised.value.error_count() == 2


@pytest.mark.parametrize("path", documents(VALID) + documents(NEAR_MISSES), ids=lambda p: p.name)
def test_valid_articles_pass_the_checked_model(path: Path, checked: Any) -> None:
    article = checked.model_validate_json(path.read_text("utf-8"))
    assert article.id.root


# What pydantic's lax JSON reading repairs before the hook sees the model:
# a key given twice (the last is kept), a timestamp with a space for its
# "T" (rewritten in ISO 8601), a number written as a string ("103" made
# 103, which then selects the wrong words: the hook reports the evidence).
# The hook checks the model, so these reach it repaired; validate() on the
# raw text finds them.
REPAIRED_BY_PYDANTIC = {
    "duplicate_key_position.json": "duplicate_field",
    "duplicate_key_statement.json": "duplicate_field",
    "timestamp_space_separator.json": "invalid_timestamp",
    "wrong_type_number.json": "wrong_type",
}


def test_what_the_schema_lets_through_the_rules_refuse(models: ModuleType, checked: Any) -> None:
    """Every invalid document that the generated model accepts is refused
    by the checked model with exactly the problems validate() reports on
    its text, but for what pydantic repairs while reading."""
    through, repaired = 0, {}
    for path in documents(INVALID):
        try:
            models.Article.model_validate_json(path.read_bytes())
        except pydantic.ValidationError:
            continue  # the schema already refuses it
        through += 1
        report = structured_news.validate(path.read_bytes())
        expected = [(p.code, p.path, p.severity) for p in report.problems]
        try:
            checked.model_validate_json(path.read_bytes())
        except pydantic.ValidationError as error:
            if problems_of(error) != expected:
                repaired[path.name] = expected[0][0]
        else:
            if not report.valid:
                repaired[path.name] = expected[0][0]
    assert repaired == REPAIRED_BY_PYDANTIC
    # References, evidence, calendar dates and the consistency rules are
    # beyond the schema.
    assert through > 60


def test_as_an_after_validator(models: ModuleType) -> None:
    Checked = Annotated[models.Article, AfterValidator(structured_news.pydantic_validator())]
    adapter = TypeAdapter(Checked)
    assert adapter.validate_json((VALID / "december_2023_meeting.json").read_bytes()).id.root
    with pytest.raises(pydantic.ValidationError) as raised:
        adapter.validate_json((INVALID / "dangling_speaker.json").read_bytes())
    assert problems_of(raised.value) == [("unknown_reference", "/statements/0/speaker", "error")]


def test_lint_levels_reach_the_hook(models: ModuleType) -> None:
    class Strict(models.Article):  # type: ignore[name-defined,misc]
        check_rules = model_validator(mode="after")(
            structured_news.pydantic_validator(Lints(deny_warnings=True))
        )

    weak = (INVALID / "weak_evidence.json").read_bytes()
    with pytest.raises(pydantic.ValidationError) as raised:
        Strict.model_validate_json(weak)
    assert problems_of(raised.value) == [
        ("weak_evidence", "/statements/0/evidence/1/quote/exact", "error")
    ]


def test_the_hook_takes_models_or_their_input() -> None:
    with pytest.raises(TypeError, match="checks pydantic models, or the dict"):
        structured_news.pydantic_validator()(["a1"])
    doc = json.loads((VALID / "december_2023_meeting.json").read_text("utf-8"))
    assert structured_news.pydantic_validator()(doc) is doc


def test_before_pydantic_reads_every_problem_is_a_pydantic_error(models: ModuleType) -> None:
    """A wrong type, an impossible date, an unknown field and a dangling
    reference: four pydantic errors with their loc."""

    class Checked(models.Article):  # type: ignore[name-defined,misc]
        check_input = model_validator(mode="before")(structured_news.pydantic_validator())

    doc = json.loads((VALID / "december_2023_meeting.json").read_text("utf-8"))
    doc["published"] = "2023-02-30"
    doc["colour"] = "red"
    doc["entities"]["people"][0]["country"] = 643
    doc["statements"][0]["speaker"] = "lavrof"
    with pytest.raises(pydantic.ValidationError) as raised:
        Checked.model_validate(doc)
    assert [(e["type"], e["loc"]) for e in raised.value.errors()] == [
        ("invalid_date", ("published",)),
        ("wrong_type", ("entities", "people", 0, "country")),
        ("unknown_field", ("colour",)),
        ("unknown_reference", ("statements", 0, "speaker")),
    ]
