"""The tables of an NDJSON corpus written by examples/python/spark_tables.py
(PySpark, local mode, ``structured_news.table_rows`` in mapPartitions)
are those ``structured-news tables`` writes, row for row, table by
table; and ``table_rows`` of one article gives the command's rows of it.

The corpus: the tracking example (examples/data/tracking/*.json), the
valid fixtures (tests/fixtures/valid: a timestamp, every kind of record),
a generated tracked corpus, some invalid fixtures and a line that is not
JSON. Both outputs are read with DuckDB.

Needs pyspark, duckdb and Java 17 or later; deselect with ``-m "not spark"``."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List

import duckdb
import pytest

import structured_news
from conftest import INVALID, ROOT, VALID, documents

SCRIPT = ROOT / "examples" / "python" / "spark_tables.py"
TRACKING = sorted((ROOT / "examples" / "data" / "tracking").glob("*.json"))


def ndjson_line(path: Path) -> bytes:
    """A JSON file as one NDJSON line."""
    return json.dumps(json.loads(path.read_bytes()), ensure_ascii=False).encode("utf-8")


def select(table: str) -> str:
    """The columns of ``table``, a timestamp as its microseconds since 1970
    (DuckDB gives an aware ``datetime`` only with pytz, not pinned here)."""
    return ", ".join(
        f'epoch_us("{c["name"]}") AS "{c["name"]}"' if c["kind"] == "timestamp" else f'"{c["name"]}"'
        for c in structured_news.TABLES[table]["columns"])


def micros(value: Any) -> Any:
    """A ``datetime`` as microseconds since 1970, as ``select`` gives it."""
    if isinstance(value, datetime.datetime):
        return (value - EPOCH) // datetime.timedelta(microseconds=1)
    return value


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def read_table(con: duckdb.DuckDBPyConnection, table: str, source: str) -> Dict[str, Any]:
    """The columns and the rows (sorted, as a multiset) of the Parquet at ``source``."""
    relation = con.sql(f"SELECT {select(table)} FROM read_parquet('{source}')")
    rows = relation.fetchall()
    return {"columns": relation.columns, "rows": sorted(rows, key=repr)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, generate_corpus: Path) -> Path:
    generated = subprocess.run(
        [str(generate_corpus), "--size", "tracked", "--count", "150", "--seed", "5"],
        check=True,
        capture_output=True,
    ).stdout.splitlines()
    lines: List[bytes] = [ndjson_line(p) for p in TRACKING]
    lines += [ndjson_line(p) for p in documents(VALID)]
    lines.append(b"")
    lines += generated
    # Invalid documents Spark reads as the command does (UTF-8, no CR).
    invalid = []
    for path in documents(INVALID):
        line = path.read_bytes().replace(b"\n", b" ")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if b"\r" not in line:
            invalid.append(line)
    lines += invalid[:12]
    lines.append(b"{not json")
    # An article again (left out) and another article under a taken id
    # (refused: duplicate_article).
    lines.append(ndjson_line(TRACKING[0]))
    lines.append((ROOT / "tests" / "fixtures" / "ledger" / "duplicate_article.ndjson")
                 .read_bytes().splitlines()[2])
    path = tmp_path_factory.mktemp("spark_tables") / "corpus.ndjson"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def command_tables(corpus: Path, cli: Path) -> Path:
    out = corpus.parent / "command"
    ran = subprocess.run([str(cli), "tables", "--out", str(out), corpus.name],
                         cwd=corpus.parent, capture_output=True, text=True)
    assert ran.returncode == 1, ran.stderr  # 1: some documents refused
    (out / "summary.txt").write_text(ran.stderr)
    return out


@pytest.mark.spark
def test_spark_writes_the_rows_of_the_command(corpus: Path, command_tables: Path) -> None:
    out = corpus.parent / "spark"
    summary_file = corpus.parent / "summary.json"
    ran = subprocess.run(
        [sys.executable, str(SCRIPT), corpus.name, str(out), "--summary", str(summary_file)],
        capture_output=True,
        text=True,
        timeout=900,
        # Not python/, where the source directory would shadow the package
        # in the workers; the corpus's own folder, so that the problems'
        # `file` is the name the command was given.
        cwd=corpus.parent,
    )
    assert ran.returncode == 1, ran.stdout[-2000:] + ran.stderr[-4000:]
    summary = json.loads(summary_file.read_text())

    con = duckdb.connect()
    compared = Counter()
    for name in structured_news.TABLES:
        want = read_table(con, name, str(command_tables / f"{name}.parquet"))
        got = read_table(con, name, str(out / f"{name}.parquet" / "*.parquet"))
        assert got["columns"] == want["columns"], name
        assert len(got["rows"]) == len(want["rows"]) == summary["tables"][name], name
        assert got["rows"] == want["rows"], name
        compared[name] = len(want["rows"])

    # The counts the command prints, in the same words.
    read, refused = summary["read"], summary["refused"]
    assert read == len([line for line in corpus.read_bytes().splitlines() if line.strip()])
    assert refused > 5 and summary["written"] == read - refused - 1
    assert summary["left_out"] == 1
    said = (f"{read} documents read: {read - refused - 1} articles written, {refused} refused "
            f"({summary['problems']} problems in problems.parquet), "
            "1 left out as repeats of an article written;")
    assert said in ran.stdout
    assert said in (command_tables / "summary.txt").read_text()
    # The comparison covered rows of every kind, problems too.
    for name in ("articles", "entities", "meetings", "meeting_status_steps", "statements",
                 "commitments", "commitment_status_steps", "quantities", "evidence",
                 "updates", "problems"):
        assert compared[name] > 0, name
    # The last line is the article under a taken id (some invalid
    # fixtures with warnings only share an id too).
    duplicates = con.sql(
        f"SELECT line, article_id FROM read_parquet('{out}/problems.parquet/*.parquet') "
        "WHERE code = 'duplicate_article'"
    ).fetchall()
    last = len(corpus.read_bytes().splitlines())
    assert (last, "nca-2023-12-04-lavrov-meredov") in duplicates, duplicates
    timestamps = con.sql(
        f"SELECT count(published_timestamp) FROM read_parquet('{out}/articles.parquet/*.parquet')"
    ).fetchall()
    assert timestamps[0][0] > 0


def test_table_rows_of_one_article_are_the_commands(command_tables: Path) -> None:
    con = duckdb.connect()
    articles = TRACKING + [VALID / "wide_coverage.json"]
    seen = Counter()
    for path in articles:
        rows = structured_news.table_rows(path.read_text(encoding="utf-8"))
        article_id = json.loads(path.read_bytes())["id"]
        assert set(rows) == set(structured_news.TABLES) - {"problems"}
        for name, got in rows.items():
            relation = con.sql(
                f"SELECT {select(name)} FROM read_parquet('{command_tables / (name + '.parquet')}') "
                "WHERE article_id = $id", params={"id": article_id})
            want = [dict(zip(relation.columns, row)) for row in relation.fetchall()]
            # The command's rows of one article are in the order of its JSON too.
            assert [{k: micros(v) for k, v in row.items()} for row in got] == want, (path.name, name)
            seen[name] += len(got)
    assert seen["commitments"] > 0 and seen["meetings"] > 0 and seen["evidence"] > 0
    published = structured_news.table_rows((VALID / "wide_coverage.json").read_text())["articles"][0]
    assert published["published_timestamp"] == datetime.datetime(
        2023, 12, 12, 13, 30, tzinfo=datetime.timezone.utc)
    assert published["published_first_day"] == datetime.date(2023, 12, 12)


def test_table_rows_refuses_an_invalid_article() -> None:
    text = (INVALID / "dangling_speaker.json").read_text(encoding="utf-8")
    with pytest.raises(structured_news.ValidationError) as refused:
        structured_news.table_rows(text)
    assert [(p.code, p.path) for p in refused.value.report.errors if p.code == "unknown_reference"] == [
        ("unknown_reference", "/statements/0/speaker")]
    with pytest.raises(TypeError):
        structured_news.table_rows(42)  # type: ignore[arg-type]


def test_tables_describe_the_columns() -> None:
    assert len(structured_news.TABLES) == 59
    commitments = structured_news.TABLES["commitments"]
    assert commitments["key"] == ("article_id", "id")
    columns = {c["name"]: c for c in commitments["columns"]}
    assert columns["article_id"]["kind"] == "text" and not columns["article_id"]["nullable"]
    assert {c["kind"] for t in structured_news.TABLES.values() for c in t["columns"]} == {
        "text", "integer", "boolean", "date", "timestamp", "float"}
    assert structured_news.TABLES_VERSION.startswith("2.1.")
    stub = (Path(structured_news.__file__).parent / "_native.pyi").read_text()
    assert "TABLES:" in stub and "TABLES_VERSION:" in stub and "def _table_rows" in stub
    assert structured_news.table_rows.__doc__ and "ValidationError" in structured_news.table_rows.__doc__
