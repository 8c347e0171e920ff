"""Loads the tables of `structured-news tables --out DIR` and the ledger's
views (sql/ledger.sql) into DuckDB or Spark SQL.

    import duckdb, engines
    con = duckdb.connect()
    engines.duckdb_views(con, "tables/")
    con.sql("SELECT id, status, timeliness FROM ledger_commitments").show()
    engines.duckdb_export(con, "ledger/")  # the answers as Parquet files

One definition, sql/ledger.sql, serves both engines. On Spark two
constructs are adapted here (the file's header says which): the recursive
query `ledger_components` is computed by iterating to a fixed point, and
`datediff('day', A, B)` is written `datediff(DAY, A, B)`.
"""

from __future__ import annotations

import os
import re

LEDGER_SQL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger.sql")

# The ledger's answers, as the header of sql/ledger.sql lists them; the
# other `ledger_*` tables are steps on the way.
ANSWERS = (
    "ledger_parties",
    "ledger_commitments",
    "ledger_commitment_parties",
    "ledger_commitment_steps",
    "ledger_commitment_step_evidence",
    "ledger_commitment_amounts",
    "ledger_commitment_deadlines",
    "ledger_commitment_mentions",
    "ledger_meetings",
    "ledger_meeting_steps",
    "ledger_meeting_step_evidence",
    "ledger_meeting_mentions",
    "ledger_meeting_participants",
    "ledger_meeting_planned_dates",
    "ledger_meeting_moves",
    "ledger_conflicts",
    "ledger_problems",
)


def table_files(directory: str) -> dict[str, str]:
    """The Parquet file of each table in `directory`, by table name."""
    return {
        name[: -len(".parquet")]: os.path.join(directory, name)
        for name in sorted(os.listdir(directory))
        if name.endswith(".parquet")
    }


def statements(sql: str) -> list[str]:
    """The statements of `sql`, without its comment lines (but the
    `-- recursive` mark), split at the semicolons that end a line."""
    kept = "\n".join(
        line for line in sql.splitlines()
        if not line.strip().startswith("--") or line.strip() == "-- recursive"
    )
    return [s.strip() for s in re.split(r";\s*(?:\n|\Z)", kept) if s.strip() and not _only_comments(s)]


CREATE = re.compile(r"\s*CREATE OR REPLACE TEMP TABLE (\w+) AS\s+(.*)\Z", re.S)


def _without_comments(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))


def _only_comments(statement: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in statement.splitlines())


def duckdb_views(con, directory: str) -> None:
    """Each table of `directory` as a view of its Parquet file, then the
    ledger's views, in the DuckDB connection `con`."""
    for name, path in table_files(directory).items():
        quoted = path.replace("'", "''")
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{quoted}')")
    with open(LEDGER_SQL, encoding="utf-8") as f:
        for statement in statements(f.read()):
            con.execute(statement)


def duckdb_export(con, directory: str) -> dict[str, str]:
    """Writes each of the ledger's answers (`ANSWERS`), made by
    `duckdb_views` in `con`, to `directory/NAME.parquet`, for any tool
    that reads Parquet (Polars, pandas with pyarrow, Spark, a BI tool).
    Returns the file of each table, by name."""
    os.makedirs(directory, exist_ok=True)
    files = {}
    for name in ANSWERS:
        path = os.path.join(directory, f"{name}.parquet")
        quoted = path.replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {name}) TO '{quoted}' (FORMAT parquet)")
        files[name] = path
    return files


def spark_views(spark, directory: str) -> None:
    """Each table of `directory` as a temporary view, then the ledger's
    views, in the Spark session `spark`."""
    for name, path in table_files(directory).items():
        spark.read.parquet(path).createOrReplaceTempView(name)
    with open(LEDGER_SQL, encoding="utf-8") as f:
        for statement in statements(f.read()):
            if statement.startswith("-- recursive"):
                _spark_components(spark)
                continue
            statement = statement.replace("datediff('day',", "datediff(DAY,")
            match = CREATE.match(_without_comments(statement))
            if match is None:
                raise ValueError(f"not a CREATE ... TEMP TABLE statement: {statement[:80]}")
            spark.sql(match.group(2)).localCheckpoint().createOrReplaceTempView(match.group(1))


def _spark_components(spark) -> None:
    """`ledger_components` without a recursive query: every node starts
    with itself as label and takes the least label of its neighbours
    until no label changes (at most the longest path's length rounds)."""
    links = spark.sql(
        "SELECT kind, a, b FROM ledger_edges UNION SELECT kind, b AS a, a AS b FROM ledger_edges"
    ).localCheckpoint()
    links.createOrReplaceTempView("ledger_links")
    labels = spark.sql("SELECT kind, node, node AS component FROM ledger_nodes").localCheckpoint()
    while True:
        labels.createOrReplaceTempView("ledger_labels")
        step = spark.sql(
            """
            SELECT l.kind, l.node, least(l.component, COALESCE(min(n.component), l.component)) AS component
            FROM ledger_labels l
            LEFT JOIN ledger_links e ON e.kind = l.kind AND e.a = l.node
            LEFT JOIN ledger_labels n ON n.kind = e.kind AND n.node = e.b
            GROUP BY l.kind, l.node, l.component
            """
        ).localCheckpoint()
        step.createOrReplaceTempView("ledger_labels_next")
        changed = spark.sql(
            """
            SELECT 1 FROM ledger_labels_next n JOIN ledger_labels l ON l.kind = n.kind AND l.node = n.node
            WHERE l.component <> n.component LIMIT 1
            """
        ).count()
        labels = step
        if changed == 0:
            break
    labels.createOrReplaceTempView("ledger_components")
    for name in ("ledger_links", "ledger_labels", "ledger_labels_next"):
        spark.catalog.dropTempView(name)
