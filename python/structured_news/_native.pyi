"""Type stubs of the Rust extension module (see the package's docstring)."""

import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, Final, Literal, Optional, Union, final

CODES: Final[tuple[str, ...]]
"""Every error code, in the order of the rule table."""

SCHEMA_TYPES: Final[tuple[str, ...]]
"""The model types ``schema()`` takes, ``"article"`` first."""

TABLES: Final[dict[str, dict[str, Any]]]
"""The tables of ``structured-news tables`` (``docs/tables.md``), in order:
name → ``{"doc": str, "key": tuple[str, ...], "columns": tuple[dict, ...]}``,
each column ``{"name": str, "kind": str, "nullable": bool, "doc": str,
"references": tuple[str, ...]}``, kind one of ``"text"``, ``"integer"``,
``"float"``, ``"boolean"``, ``"date"``, ``"timestamp"``."""

TABLES_VERSION: Final[str]
"""The version of the tables (the format's version, then a revision)."""

__version__: Final[str]

Severity = Literal["error", "warning"]
Dialect = Literal["2020-12", "draft-07", "openapi-3.0", "structured-output"]

@final
class Problem:
    """One problem in a document."""

    @property
    def path(self) -> str:
        """The JSON Pointer of the value (``""`` for the whole document)."""
    @property
    def code(self) -> str:
        """The stable code, e.g. ``"unknown_reference"``."""
    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``."""
    @property
    def message(self) -> str:
        """What is wrong, for people."""
    @property
    def line(self) -> Optional[int]:
        """The line of the value, from 1; ``None`` when the input was a dict."""
    @property
    def column(self) -> Optional[int]:
        """The column in bytes of UTF-8, from 1; ``None`` when unknown."""
    @property
    def is_error(self) -> bool:
        """Whether this is an error (not a warning)."""
    def to_dict(self) -> dict[str, Any]:
        """The six fields as a dict."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Report:
    """What checking one document found."""

    @property
    def valid(self) -> bool:
        """Whether the document has no error (it may have warnings)."""
    @property
    def problems(self) -> list[Problem]:
        """Every problem, errors and warnings, in document order."""
    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors."""
    @property
    def warnings(self) -> list[Problem]:
        """The problems that are warnings."""
    @property
    def line(self) -> Optional[int]:
        """The line the document starts on (``None`` for a dict)."""
    def article(self) -> Optional[dict[str, Any]]:
        """The valid article as plain data; ``None`` when there is an error, or
        for ``iter_ndjson`` without ``keep_articles=True``."""
    def _repr_html_(self) -> str:
        """Jupyter's display: the review page in a frame (a table of the
        problems for a report from ``iter_ndjson``)."""

@final
class Lints:
    """The level of each validation rule."""

    def __init__(
        self,
        *,
        allow: Optional[Iterable[str]] = None,
        warn: Optional[Iterable[str]] = None,
        deny: Optional[Iterable[str]] = None,
        deny_warnings: bool = False,
    ) -> None: ...
    def level(self, code: str) -> Literal["allow", "warn", "deny"]:
        """The level of ``code``'s rule at these settings."""

@final
class Explanation:
    """What a code means."""

    @property
    def code(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def stage(self) -> Literal["read", "validate", "ledger"]: ...
    @property
    def default_severity(self) -> Severity: ...

@final
class NdjsonIterator(Iterator[Report]):
    """The reports of an NDJSON stream, in input order."""

    def __iter__(self) -> "NdjsonIterator": ...
    def __next__(self) -> Report: ...
    def close(self) -> None:
        """Stops reading; the threads end and an opened path is closed."""

def validate(
    doc: Union[str, bytes, dict[str, Any]], *, lints: Optional[Lints] = None
) -> Report:
    """Reads and checks one article; a report of every problem."""

def review_html(
    doc: Union[str, bytes, dict[str, Any]], *, lints: Optional[Lints] = None
) -> str:
    """The review page of one article: a self-contained HTML page."""

def iter_ndjson(
    source: Union[str, os.PathLike[str], IO[bytes], IO[str]],
    *,
    jobs: Optional[int] = None,
    lints: Optional[Lints] = None,
    max_document_bytes: Optional[int] = None,
    keep_articles: bool = False,
) -> NdjsonIterator:
    """The reports of each document of an NDJSON stream, in input order."""

def explain(code: str) -> Explanation:
    """What ``code`` means, its stage and its default severity."""

def _table_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The rows of a valid report's article (``table_rows`` checks first)."""

def schema(dialect: Dialect = "2020-12", type_name: str = "article") -> dict[str, Any]:
    """The JSON Schema of a model type."""
