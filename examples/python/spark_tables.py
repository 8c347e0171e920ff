"""Turns an NDJSON corpus of articles into the tables of
``structured-news tables`` with PySpark and structured_news.

Each partition of the input's lines is read by the package, in the Spark
worker's Python, with ``mapPartitions``: a valid article gives its rows
(``structured_news.table_rows``, the Rust library's own walk), a
document that is refused gives one row of ``problems`` per problem, as
the command writes them. Each table is written as Parquet to
``OUTPUT/TABLE.parquet/`` (a folder of part files, Spark's way), its
schema built from ``structured_news.TABLES``: the command's
``OUTPUT/TABLE.parquet`` files, row for row. The counts of documents
read, written and refused are printed.

Locally (``local[2]``: two worker threads, Java 17 or later on the PATH
or in JAVA_HOME)::

    pip install pyspark ./python
    python examples/python/spark_tables.py corpus.ndjson tables/

On a cluster, ship the package to the executors in a packed virtual
environment, as for ``examples/python/spark_validate.py``::

    python -m venv spark-env && spark-env/bin/pip install ./python venv-pack
    spark-env/bin/venv-pack -o spark-env.tar.gz
    PYSPARK_DRIVER_PYTHON=spark-env/bin/python PYSPARK_PYTHON=./environment/bin/python \\
      spark-submit --master yarn --archives spark-env.tar.gz#environment \\
        examples/python/spark_tables.py hdfs:///corpus.ndjson hdfs:///tables

Under spark-submit the script takes spark-submit's master; run with
``python`` it uses ``local[2]``. The views of ``sql/ledger.sql`` run on
the result as on the command's (``sql/engines.py``, ``spark_views``).

As in the command, lines are numbered from 1 (blank lines counted and
skipped), the ``file`` of a problem is the input as given, and a
refused document's ``article_id`` is its top-level string ``id`` when
it is JSON. Spark's text reader splits lines at lone CRs too and decodes
UTF-8 (an invalid byte is read as U+FFFD): for such a stream the rows of
``problems`` can differ from the command's.

As in the command (and the ledger), an article whose id an earlier line
already had is left out: silently when it is the same article again,
else refused with ``duplicate_article`` (a row of ``problems``; silently
with ``--allow duplicate_article``). Here "the same" is the same JSON
once its keys are sorted, where the command compares the articles as
the crate writes them: a field written at its default in one copy and
left out in the other makes two articles here, one for the command.

``--summary FILE`` writes the counts as JSON (read, written, refused,
problems, and the rows of each table).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

import structured_news

#: The names of the tables, in the order of the reference.
TABLE_NAMES = tuple(structured_news.TABLES)
#: What ``rows_of_partition`` yields for each document (not a table row):
#: ``(DOCUMENT, (written, id, line, fingerprint), line)``.
DOCUMENT = -1


def spark_schema(table: str) -> Any:
    """The Spark ``StructType`` of ``table``, from ``structured_news.TABLES``."""
    from pyspark.sql import types as T

    kinds = {
        "text": T.StringType(),
        "integer": T.LongType(),
        "float": T.DoubleType(),
        "boolean": T.BooleanType(),
        "date": T.DateType(),
        "timestamp": T.TimestampType(),
    }
    return T.StructType([
        T.StructField(column["name"], kinds[column["kind"]], column["nullable"])
        for column in structured_news.TABLES[table]["columns"]
    ])


def _refused_id(text: str) -> Optional[str]:
    """The top-level string ``id`` of a refused document, when it is JSON
    (strict JSON: no NaN, and one ``id``, as the command reads it)."""

    def constant(name: str) -> Any:
        raise ValueError(name)

    def pairs(items: List[Tuple[str, Any]]) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for key, value in items:
            if key == "id" and key in out:
                raise ValueError("two ids")
            out[key] = value
        return out

    try:
        value = json.loads(text, parse_constant=constant, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    found = value.get("id") if isinstance(value, dict) else None
    return found if isinstance(found, str) else None


def fingerprint(text: str) -> str:
    """A hash of a document's JSON with its keys sorted: the same article
    given twice has the same one."""
    canonical = json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.blake2b(canonical.encode("utf-8"), digest_size=16).hexdigest()


def duplicate_problem(file: str, line: int, article_id: str, first_line: int) -> Tuple[Any, ...]:
    """The row of ``problems`` for an article under an id an earlier line
    had, in the command's words."""
    return (file, line, None, line, 0, article_id, "duplicate_article", "error", "/id",
            f"another article with the id {json.dumps(article_id, ensure_ascii=False)} is "
            f"already in the tables ({file}:{first_line}); this one is not taken")


def rows_of_partition(
    lines: Iterable[Tuple[str, int]], file: str, lints: Optional[Dict[str, Any]] = None
) -> Iterator[Tuple[int, Tuple[Any, ...]]]:
    """The rows of one partition of ``(text, index)`` lines, each as
    ``(table's index in TABLE_NAMES, values in column order, line)``, and
    one ``(DOCUMENT, (written, id, line, fingerprint), line)`` per
    document (id and fingerprint ``None`` when it is refused)."""
    levels = structured_news.Lints(**lints) if lints else None
    columns = [
        [c["name"] for c in structured_news.TABLES[name]["columns"]] for name in TABLE_NAMES
    ]
    problems = TABLE_NAMES.index("problems")
    for text, index in lines:
        if not text.strip(" \t\r\n"):
            continue  # a blank line, counted but no document
        line = index + 1
        try:
            tables = structured_news.table_rows(text, lints=levels)
        except structured_news.ValidationError as refused:
            article_id = _refused_id(text)
            for position, p in enumerate(refused.problems):
                yield problems, (file, line + (p.line or 1) - 1, p.column, line, position,
                                 article_id, p.code, p.severity, p.path, p.message), line
            yield DOCUMENT, (False, None, line, None), line
            continue
        for table, names in enumerate(columns):
            for row in tables.get(TABLE_NAMES[table], ()):
                yield table, tuple(row[name] for name in names), line
        [article] = tables["articles"]
        yield DOCUMENT, (True, article["article_id"], line, fingerprint(text)), line


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="an NDJSON file of articles (any path Spark reads)")
    parser.add_argument("output", help="the folder to write the tables in (TABLE.parquet/ each)")
    parser.add_argument("--master", help="the Spark master (by default spark-submit's, "
                        "or local[2] when run with python)")
    parser.add_argument("--partitions", type=int, default=4, help="the least number of partitions")
    parser.add_argument("--allow", action="append", default=[], metavar="CODE")
    parser.add_argument("--warn", action="append", default=[], metavar="CODE")
    parser.add_argument("--deny", action="append", default=[], metavar="CODE")
    parser.add_argument("--deny-warnings", action="store_true",
                        help="make every warning an error (an article with a warning is refused)")
    parser.add_argument("--summary", help="write the counts as JSON to this file")
    args = parser.parse_args(argv)

    master = args.master or (None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[2]")
    if master and master.startswith("local"):
        # The local workers run this interpreter, which has structured_news.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName("structured-news tables")
               # Timestamps as the command writes them (INT64 microseconds,
               # UTC), not Spark's legacy INT96.
               .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
               .config("spark.sql.session.timeZone", "UTC"))
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = (builder
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    try:
        lints: Optional[Dict[str, Any]] = None
        if args.allow or args.warn or args.deny or args.deny_warnings:
            lints = {"allow": args.allow, "warn": args.warn, "deny": args.deny,
                     "deny_warnings": args.deny_warnings}
        file = args.input
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        rows = lines.zipWithIndex() \
            .mapPartitions(lambda part: rows_of_partition(part, file, lints)) \
            .persist(StorageLevel.MEMORY_AND_DISK)
        documents = rows.filter(lambda r: r[0] == DOCUMENT).map(lambda r: r[1])
        read = documents.map(lambda d: d[0]).countByValue()
        # An id taken twice: the first line keeps it; each later one is a
        # repeat (the same fingerprint) or a duplicate. Their lines come to
        # the driver and go back to the workers as one broadcast set: as
        # many as the corpus has repeats, not as it has articles.
        taken = documents.filter(lambda d: d[0]).map(lambda d: (d[1], (d[2], d[3])))
        later = taken.join(taken.reduceByKey(min)) \
            .filter(lambda kv: kv[1][0][0] != kv[1][1][0]) \
            .map(lambda kv: (kv[1][0][0], kv[0], kv[1][1][0], kv[1][0][1] == kv[1][1][1])) \
            .collect()
        allowed = "duplicate_article" in args.allow
        duplicates = [duplicate_problem(file, line, article_id, first)
                      for line, article_id, first, same in sorted(later) if not (same or allowed)]
        dropped = spark.sparkContext.broadcast({line for line, *_ in later})
        counts: Dict[str, Any] = {
            "read": read.get(True, 0) + read.get(False, 0),
            "written": read.get(True, 0) - len(later),
            "refused": read.get(False, 0) + len(duplicates),
            "left_out": len(later) - len(duplicates),
            "tables": {},
        }
        kept = rows.filter(lambda r: r[0] != DOCUMENT and r[2] not in dropped.value)
        for index, name in enumerate(TABLE_NAMES):
            table = kept.filter(lambda r, i=index: r[0] == i).map(lambda r: r[1])
            if name == "problems":
                table = table.union(spark.sparkContext.parallelize(duplicates, 1))
            frame = spark.createDataFrame(table, spark_schema(name))
            frame.write.mode("overwrite").parquet(os.path.join(args.output, f"{name}.parquet"))
        written = kept.map(lambda r: r[0]).countByValue()
        counts["tables"] = {name: written.get(i, 0) for i, name in enumerate(TABLE_NAMES)}
        counts["tables"]["problems"] += len(duplicates)
        counts["problems"] = counts["tables"]["problems"]
        rows.unpersist()
    finally:
        spark.stop()

    total = sum(counts["tables"].values())
    print(f"{counts['read']} documents read: {counts['written']} articles written, "
          f"{counts['refused']} refused ({counts['problems']} problems in problems.parquet)"
          + (f", {counts['left_out']} left out as repeats of an article written" if counts["left_out"] else "")
          + "; "
          f"{total} rows in {len(TABLE_NAMES)} tables in {args.output}")
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as out:
            json.dump(counts, out, indent=2)
            out.write("\n")
    return 1 if counts["refused"] else 0


if __name__ == "__main__":
    sys.exit(main())
