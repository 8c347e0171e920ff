"""Validates an NDJSON corpus of articles with PySpark and structured_news.

Each partition of the input's lines is validated by the package, in the
Spark worker's Python, with ``mapPartitions``; the problems are written
as Parquet (one row per problem: line, path, code, severity, message,
column), and the counts per code are printed.

Locally (``local[2]``: two worker threads, Java 17 or later on the PATH
or in JAVA_HOME)::

    pip install pyspark ./python
    python examples/python/spark_validate.py corpus.ndjson problems.parquet

On a cluster, the executors need the package in their Python. A wheel
of compiled code cannot be imported from ``--py-files`` (Python does not
load extension modules from a zip), so ship a packed virtual environment
with ``--archives``, as Spark's Python package management describes::

    python -m venv spark-env && spark-env/bin/pip install ./python venv-pack
    spark-env/bin/venv-pack -o spark-env.tar.gz
    PYSPARK_DRIVER_PYTHON=spark-env/bin/python PYSPARK_PYTHON=./environment/bin/python \
      spark-submit --master yarn --archives spark-env.tar.gz#environment \
        examples/python/spark_validate.py hdfs:///corpus.ndjson hdfs:///problems

(build the package on, or for, the executors' platform; ``pip install``
of the wheel on every node works as well). Under spark-submit the script
takes spark-submit's master; run with ``python`` it uses ``local[2]``.

Lines are numbered as ``structured-news validate`` numbers them (from 1,
blank lines counted and skipped). Spark's text reader splits lines at
LF, CR LF and lone CR, and decodes UTF-8 (a byte that is not UTF-8 is
read as U+FFFD): for a stream with lone CRs or invalid UTF-8 the counts
can differ from the command's.

``--summary FILE`` writes the counts as JSON (documents, valid, invalid,
warnings, problems, the count per code and per severity), as read back
from the Parquet output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

import structured_news

PROBLEM_FIELDS = ("line", "path", "code", "severity", "message", "column")


def validate_partition(
    rows: Iterable[Tuple[str, int]], lints: Optional[Dict[str, List[str]]] = None
) -> Iterator[Tuple[int, bool, int, List[Tuple[Any, ...]]]]:
    """Validates one partition of ``(text, index)`` lines: for each
    document, its line, whether it is valid, its number of warnings and
    its problems (each a tuple of PROBLEM_FIELDS)."""
    levels = structured_news.Lints(**lints) if lints else None
    for text, index in rows:
        if not text.strip(" \t\r\n"):
            continue  # a blank line, counted but no document
        line = index + 1
        report = structured_news.validate(text, lints=levels)
        problems = [(line, p.path, p.code, p.severity, p.message, p.column) for p in report.problems]
        yield line, report.valid, len(report.warnings), problems


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="an NDJSON file of articles (any path Spark reads)")
    parser.add_argument("output", help="where to write the problems as Parquet")
    parser.add_argument("--master", help="the Spark master (by default spark-submit's, "
                        "or local[2] when run with python)")
    parser.add_argument("--partitions", type=int, default=4, help="the least number of partitions")
    parser.add_argument("--allow", action="append", default=[], metavar="CODE")
    parser.add_argument("--deny", action="append", default=[], metavar="CODE")
    parser.add_argument("--summary", help="write the counts as JSON to this file")
    args = parser.parse_args(argv)

    # Under spark-submit, its gateway is running and its master is used.
    master = args.master or (None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[2]")
    if master and master.startswith("local"):
        # The local workers run this interpreter, which has structured_news.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.types import (BooleanType, IntegerType, LongType, StringType, StructField,
                                   StructType, ArrayType)

    builder = SparkSession.builder.appName("structured-news validate")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = (builder
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   # A small corpus on two threads: few shuffle partitions.
                   .config("spark.sql.shuffle.partitions", "4"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    try:
        lints = {"allow": args.allow, "deny": args.deny} if args.allow or args.deny else None
        lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        documents = lines.zipWithIndex().mapPartitions(lambda rows: validate_partition(rows, lints))
        problem = StructType([
            StructField("line", LongType()), StructField("path", StringType()),
            StructField("code", StringType()), StructField("severity", StringType()),
            StructField("message", StringType()), StructField("column", LongType()),
        ])
        schema = StructType([
            StructField("line", LongType()), StructField("valid", BooleanType()),
            StructField("warnings", IntegerType()), StructField("problems", ArrayType(problem)),
        ])
        frame = spark.createDataFrame(documents, schema).cache()
        frame.select(F.explode("problems").alias("p")).select("p.*") \
            .write.mode("overwrite").parquet(args.output)

        totals = frame.agg(F.count("*").alias("documents"),
                           F.sum(F.col("valid").cast("long")).alias("valid"),
                           F.sum("warnings").alias("warnings")).first()
        written = spark.read.parquet(args.output).groupBy("code", "severity").count().collect()
        by_code: Dict[str, int] = {}
        by_severity: Dict[str, int] = {}
        for row in written:
            by_code[row["code"]] = by_code.get(row["code"], 0) + row["count"]
            by_severity[row["severity"]] = by_severity.get(row["severity"], 0) + row["count"]
        documents_count = int(totals["documents"])
        valid = int(totals["valid"] or 0)
        summary = {
            "documents": documents_count,
            "valid": valid,
            "invalid": documents_count - valid,
            "warnings": int(totals["warnings"] or 0),
            "problems": sum(by_code.values()),
            "codes": dict(sorted(by_code.items())),
            "severities": dict(sorted(by_severity.items())),
        }
    finally:
        spark.stop()

    print(f"{summary['documents']} documents: {summary['valid']} valid, "
          f"{summary['invalid']} invalid, {summary['warnings']} warnings; "
          f"{summary['problems']} problems written to {args.output}")
    width = max((len(code) for code in summary["codes"]), default=4)
    for code, count in sorted(summary["codes"].items(), key=lambda item: (-item[1], item[0])):
        print(f"  {code:<{width}}  {count:>8}")
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as out:
            json.dump(summary, out, indent=2)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
