"""The full validator of structured-news articles, from the Rust crate.

JSON Schema (and pydantic models generated from it) checks what a schema
can state: types, required and unknown fields, enumerations, patterns.
This package checks everything else as well, exactly as the Rust crate
``structured-news`` does: references between ids, evidence that really
stands in the body, real calendar dates, and every consistency rule
(a held meeting dated after publication, a quote that is not in the
body, a commitment due before it was made, ...). Every problem has a
JSON Pointer ``path``, a stable ``code``, a ``severity`` and a
``message``, and its ``line`` and ``column`` when the input was text.

>>> import structured_news
>>> report = structured_news.validate('{"format_version": "2.0", "id": 7}')
>>> [(p.code, p.path, p.line, p.column) for p in report.problems]
[('wrong_type', '/id', 1, 33)]

- :func:`validate` gives a :class:`Report` of every problem;
  :func:`check` raises :class:`ValidationError` when one is an error;
  :func:`parse` returns the valid article as plain Python data.
- :func:`iter_ndjson` validates an NDJSON stream on several threads, in
  constant memory, the reports in input order.
- :class:`Lints` set each rule's level (allow, warn, deny).
- :func:`explain` says what a code means; :data:`CODES` lists them.
- :func:`schema` gives the JSON Schema in four dialects.
- :func:`pydantic_validator` runs every rule from a pydantic model.
- :func:`table_rows` gives an article's rows in the tables that
  ``structured-news tables`` writes as Parquet; :data:`TABLES` describes
  those tables (for a Spark ``StructType``).
- :func:`review_html` gives an article's review page (HTML); in Jupyter
  a :class:`Report` from :func:`validate` displays as that page.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, TypeVar, Union

from ._native import (
    CODES,
    SCHEMA_TYPES,
    TABLES,
    TABLES_VERSION,
    Explanation,
    Lints,
    NdjsonIterator,
    Problem,
    Report,
    __version__,
    _table_rows,
    explain,
    iter_ndjson,
    review_html,
    schema,
    validate,
)

__all__ = [
    "CODES",
    "SCHEMA_TYPES",
    "TABLES",
    "TABLES_VERSION",
    "Explanation",
    "Lints",
    "NdjsonIterator",
    "Problem",
    "Report",
    "ValidationError",
    "__version__",
    "check",
    "explain",
    "iter_ndjson",
    "parse",
    "pydantic_validator",
    "review_html",
    "schema",
    "table_rows",
    "validate",
]

Document = Union[str, bytes, "dict[str, Any]"]
Model = TypeVar("Model")


class ValidationError(ValueError):
    """A document with at least one error.

    ``problems`` holds every problem found (the warnings too, in
    document order) and ``report`` the whole :class:`Report`. The text
    of the exception lists them, one ``PATH: CODE: MESSAGE`` a line, as
    the Rust crate writes them.

    :func:`pydantic_validator` gives one pydantic error per problem, and
    this exception as each error's ``ctx["error"]``.
    """

    report: Report
    problems: List[Problem]

    def __init__(self, report: Report) -> None:
        self.report = report
        self.problems = report.problems
        if len(self.problems) == 1:
            text = f"1 problem: {self.problems[0]}"
        else:
            lines = "".join(f"\n  {p}" for p in self.problems)
            text = f"{len(self.problems)} problems:{lines}"
        super().__init__(text)

    def __reduce__(self) -> Any:
        # A Report cannot be pickled; the exception travels as its text.
        return (ValueError, (str(self),))


def check(doc: Document, *, lints: Optional[Lints] = None) -> Report:
    """Validates ``doc`` as :func:`validate` does and raises
    :class:`ValidationError` when a problem is an error.

    Returns the report when there is none (it holds the warnings).
    """
    report = validate(doc, lints=lints)
    if not report.valid:
        raise ValidationError(report)
    return report


def parse(doc: Document, *, lints: Optional[Lints] = None) -> dict[str, Any]:
    """Reads and validates ``doc`` and returns the article as plain Python
    data: the JSON the Rust types write (dicts, lists, str, int, float,
    bool; absent values left out; a ``null`` read as absent), so what
    comes out is the article in its canonical form.

    Raises :class:`ValidationError` when a problem is an error; warnings
    are not returned (use :func:`check` and :meth:`Report.article` for
    both).
    """
    report = check(doc, lints=lints)
    article = report.article()
    assert article is not None, "a valid report holds its article"
    return article


def table_rows(
    doc: Document, *, lints: Optional[Lints] = None
) -> dict[str, List[dict[str, Any]]]:
    """The rows of one article in the tables ``structured-news tables``
    writes (``docs/tables.md``): table name → list of rows, each row a
    ``dict`` of column → value, in the order of the article's JSON.

    Every table of :data:`TABLES` but ``problems`` is a key, its list
    empty when the article has no such rows. Values have the Python type
    of the column's Parquet type: ``str`` (text), ``int`` (integer),
    ``float``, ``bool``, ``datetime.date`` (date), ``datetime.datetime``
    in UTC (timestamp), or ``None`` in a nullable column. The rows come
    from the Rust library's own walk, as the command's do.

    ``doc`` and ``lints`` are as for :func:`validate`; raises
    :class:`ValidationError` when a problem is an error (the command
    refuses such a document and writes its problems to ``problems``).

    >>> rows = table_rows({"format_version": "2.0", "id": "a1", "language": "en",
    ...     "body": "Lavrov met Meredov.",
    ...     "entities": {"people": [{"id": "lavrov", "name": "Sergey Lavrov"}]}})
    >>> [(r["article_id"], r["id"], r["name"]) for r in rows["entities"]]
    [('a1', 'lavrov', 'Sergey Lavrov')]
    """
    return _table_rows(check(doc, lints=lints))


def _loc(pointer: str) -> "tuple[Union[str, int], ...]":
    """A JSON Pointer as a pydantic ``loc``: ``/statements/0/speaker`` is
    ``("statements", 0, "speaker")``."""
    if not pointer:
        return ()
    parts = pointer[1:].split("/")
    return tuple(
        int(p) if p.isdigit() else p.replace("~1", "/").replace("~0", "~") for p in parts
    )


def _value_at(data: Any, loc: "tuple[Union[str, int], ...]") -> Any:
    """The value of ``data`` at ``loc``, or None when it is not there."""
    for key in loc:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _pydantic_error(title: str, data: Any, error: ValidationError) -> Exception:
    """A pydantic ``ValidationError`` with one error per problem: its
    ``type`` the problem's code, its ``loc`` from the problem's path, its
    ``msg`` the problem's message; ``ctx`` holds the code, the severity,
    the path and, as ``error``, the package's :class:`ValidationError`."""
    from pydantic_core import InitErrorDetails, PydanticCustomError
    from pydantic_core import ValidationError as PydanticValidationError

    lines = []
    for problem in error.problems:
        loc = _loc(problem.path)
        context = {
            "message": problem.message,
            "code": problem.code,
            "severity": problem.severity,
            "path": problem.path,
            "error": error,
        }
        lines.append(
            InitErrorDetails(
                type=PydanticCustomError(problem.code, "{message}", context),
                loc=loc,
                input=_value_at(data, loc),
            )
        )
    return PydanticValidationError.from_exception_data(title, lines)


def pydantic_validator(lints: Optional[Lints] = None) -> Callable[[Model], Model]:
    """A function that runs every rule of the crate on a pydantic model
    instance and returns it unchanged, or raises :class:`ValidationError`
    (a ``ValueError``, which pydantic reports as a validation error).

    It works with the models datamodel-code-generator writes from
    ``schemas/article.schema.json`` (or any pydantic v2 model of an
    article): the model is dumped as JSON data (``model_dump(mode="json",
    by_alias=True, exclude_unset=True)``) and validated. Use it as a model
    validator. Each problem (the warnings too, when there is an error) is
    one pydantic error: its ``type`` the problem's code, its ``loc`` the
    problem's path, its ``msg`` the message, and its ``ctx`` the code,
    severity, path and, as ``error``, the package's
    :class:`ValidationError`::

        from pydantic import model_validator
        from article_models import Article
        import structured_news

        class CheckedArticle(Article):
            check_rules = model_validator(mode="after")(
                structured_news.pydantic_validator()
            )

    or as an ``AfterValidator``::

        from typing import Annotated
        from pydantic import AfterValidator, TypeAdapter

        Checked = Annotated[Article, AfterValidator(structured_news.pydantic_validator())]
        article = TypeAdapter(Checked).validate_json(text)

    As ``model_validator(mode="before")`` it checks the input as sent (a
    ``dict``), before pydantic reads it: every problem of the document,
    wrong types and unknown fields included, at once.

    ``lints`` sets the rules' levels, as for :func:`validate`.
    """

    def validate_model(model: Model) -> Model:
        if isinstance(model, dict):
            # mode="before": the input as sent, every problem at once.
            data: Any = model
            title = "Article"
        else:
            dump = getattr(model, "model_dump", None)
            if dump is None:
                raise TypeError(
                    "pydantic_validator() checks pydantic models, or the dict of a "
                    f"model_validator(mode=\"before\"), not {type(model).__name__}"
                )
            data = dump(mode="json", by_alias=True, exclude_unset=True)
            title = type(model).__name__
        report = validate(data, lints=lints)
        if not report.valid:
            raise _pydantic_error(title, data, ValidationError(report))
        return model

    validate_model.__doc__ = "Runs every rule of structured-news on the model."
    return validate_model
