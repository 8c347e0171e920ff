"""iter_ndjson: the same reports as the Rust command on the same stream,
line for line, whatever the number of jobs and the kind of source."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest

import structured_news
from structured_news import Lints
from conftest import INVALID, NEAR_MISSES, documents, rust_validate

Row = Tuple[Any, ...]


def one_line(path: Path) -> bytes:
    """A fixture as one NDJSON line: its newlines made spaces (JSON white
    space outside strings; a raw newline inside a string was a syntax
    error and stays one)."""
    return path.read_bytes().replace(b"\r", b" ").replace(b"\n", b" ")


@pytest.fixture(scope="session")
def mixed(tmp_path_factory: pytest.TempPathFactory, generate_corpus: Path) -> Path:
    """Generated medium articles (several batches of them) with every
    invalid and near-miss document between them, blank and white-space
    lines, CRLF line ends and a last line without a newline."""
    generated = subprocess.run(
        [str(generate_corpus), "--size", "medium", "--count", "120", "--seed", "3"],
        check=True,
        capture_output=True,
    ).stdout.splitlines()
    extra = [one_line(p) for p in documents(INVALID) + documents(NEAR_MISSES)]
    lines: List[bytes] = []
    for n, line in enumerate(generated):
        lines.append(line)
        lines.extend(extra[2 * n : 2 * n + 2])
        if n % 17 == 0:
            lines.append(b"")
        if n % 23 == 0:
            lines.append(b" \t ")
    lines.extend(extra[2 * len(generated) :])
    body = b"\n".join(line + b"\r" if i % 31 == 0 else line for i, line in enumerate(lines))
    path = tmp_path_factory.mktemp("ndjson") / "mixed.ndjson"
    path.write_bytes(body + b"\n" + generated[0])  # the last line without a newline
    return path


def rows(reports: Iterator[structured_news.Report]) -> List[Row]:
    out: List[Row] = []
    for report in reports:
        assert report.line is not None
        for p in report.problems:
            assert p.line == report.line
            out.append((p.line, p.path, p.code, p.severity, p.message))
    return out


def cli_rows(cli: Path, path: Path, *args: str) -> Tuple[List[Row], Any]:
    ran = rust_validate(cli, [path], "--format", "ndjson", "--jobs", "1", *args)
    problems = ran["problems"].get(str(path), [])
    return [(p["line"], p["path"], p["code"], p["severity"], p["message"]) for p in problems], ran["summary"]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_reports_are_those_of_the_command_in_input_order(mixed: Path, cli: Path, jobs: int) -> None:
    expected, summary = cli_rows(cli, mixed)
    reports = list(structured_news.iter_ndjson(mixed, jobs=jobs))
    assert len(reports) == summary["documents"] > 300
    assert sum(r.valid for r in reports) == summary["valid"]
    assert sum(len(r.warnings) for r in reports) == summary["warnings"]
    lines = [r.line for r in reports]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    assert rows(iter(reports)) == expected
    assert os.path.getsize(mixed) > 6 * 256 * 1024  # several batches


def test_file_objects_read_as_paths(mixed: Path, cli: Path) -> None:
    expected, _ = cli_rows(cli, mixed)
    with open(mixed, "rb") as binary:
        assert rows(structured_news.iter_ndjson(binary, jobs=2)) == expected
    with open(mixed, "rb") as raw:
        assert rows(structured_news.iter_ndjson(io.BufferedReader(raw, 1), jobs=1)) == expected

    class Trickle(io.RawIOBase):
        """Gives at most 7 bytes a read."""

        def __init__(self, data: bytes) -> None:
            self.data, self.at = data, 0

        def read(self, n: int = -1) -> bytes:
            chunk = self.data[self.at : self.at + min(n, 7)]
            self.at += len(chunk)
            return chunk

    assert rows(structured_news.iter_ndjson(Trickle(mixed.read_bytes()), jobs=2)) == expected


def test_text_file_objects_read_as_their_utf8(mixed: Path, cli: Path, tmp_path: Path) -> None:
    """A file opened in text mode is read as the UTF-8 of its text (its
    lines with CR LF made LF): the same reports as the bytes."""
    lines = [line.rstrip(b"\r") for line in mixed.read_bytes().split(b"\n")]
    utf8 = tmp_path / "utf8.ndjson"
    utf8.write_bytes(b"\n".join(line for line in lines if is_utf8(line)))
    expected, _ = cli_rows(cli, utf8)
    assert expected
    with open(utf8, encoding="utf-8") as text:
        assert rows(structured_news.iter_ndjson(text, jobs=2)) == expected
    assert rows(structured_news.iter_ndjson(io.StringIO(utf8.read_text("utf-8")), jobs=1)) == expected


def is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_lints_and_size_cap_as_the_command_takes_them(mixed: Path, cli: Path) -> None:
    args = ["--allow", "weak_evidence", "--deny", "planned_in_past", "--max-document-bytes", "13000"]
    expected, summary = cli_rows(cli, mixed, *args)
    lints = Lints(allow=["weak_evidence"], deny=["planned_in_past"])
    reports = list(structured_news.iter_ndjson(mixed, jobs=2, lints=lints, max_document_bytes=13000))
    assert rows(iter(reports)) == expected
    too_large = [r for r in reports if r.problems and r.problems[0].code == "too_large"]
    assert len(too_large) > 10
    assert too_large[0].problems[0].message == "the input is larger than the limit of 13000 bytes"
    assert len(reports) == summary["documents"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_valid_report_holds_its_article_when_asked(mixed: Path, jobs: int) -> None:
    line = mixed.read_bytes().split(b"\n")[0]
    first = next(iter(structured_news.iter_ndjson(mixed, jobs=jobs, keep_articles=True)))
    assert first.valid
    assert first.article() == json.loads(line)
    first = next(iter(structured_news.iter_ndjson(mixed, jobs=jobs)))
    assert first.valid and first.article() is None


def threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_close_ends_the_threads(mixed: Path) -> None:
    before = threads()
    docs = structured_news.iter_ndjson(mixed, jobs=3)
    assert threads() == before + 3
    assert next(docs).line == 1
    docs.close()
    assert threads() == before
    with pytest.raises(StopIteration):
        next(docs)
    docs.close()  # again: nothing
    # Dropped half-way, it stops its threads too.
    docs = structured_news.iter_ndjson(mixed, jobs=2)
    next(docs)
    del docs
    assert threads() == before


def test_an_empty_stream_has_no_document() -> None:
    assert list(structured_news.iter_ndjson(io.BytesIO(b""), jobs=2)) == []
    assert list(structured_news.iter_ndjson(io.BytesIO(b"\n\n  \n"), jobs=1)) == []
    (report,) = structured_news.iter_ndjson(io.StringIO("\n\n{"))
    assert (report.line, report.problems[0].code) == (3, "unexpected_end")


def test_memory_stays_bounded_on_a_long_stream(generate_corpus: Path) -> None:
    """80 MB of articles from a generator-backed file object: the peak
    resident memory grows by far less than the input."""
    sample = subprocess.run(
        [str(generate_corpus), "--size", "medium", "--count", "50", "--seed", "9"],
        check=True,
        capture_output=True,
    ).stdout

    class Repeat(io.RawIOBase):
        def __init__(self, times: int) -> None:
            self.left = times
            self.buffer = b""

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            if not self.buffer and self.left:
                self.buffer, self.left = sample, self.left - 1
            chunk, self.buffer = self.buffer[:n], self.buffer[n:]
            return chunk

    times = 80_000_000 // len(sample) + 1
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB
    count = 0
    for report in structured_news.iter_ndjson(Repeat(times), jobs=2):
        assert report.valid
        count += 1
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert count == 50 * times
    assert grown_mib < 40, f"peak memory grew by {grown_mib:.0f} MiB over 80 MB of input"
