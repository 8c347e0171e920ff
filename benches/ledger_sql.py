"""Times sql/ledger.sql on DuckDB over the tables of `structured-news
tables --out DIR`, and, given the report of `structured-news track
--output json` on the same corpus, checks that both give every
commitment the same status and number of steps.

    python benches/ledger_sql.py DIR [TRACK.json]

With DUCKDB_MEMORY_LIMIT set (`2GB`), DuckDB is held to that memory and
spills the rest to a temporary directory beside DIR.

Figures in benches/RESULTS.md ("The ledger in SQL")."""

import json
import os
import sys
import time

import duckdb

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sql"))
import engines  # noqa: E402

con = duckdb.connect()
if os.environ.get("DUCKDB_MEMORY_LIMIT"):
    con.execute(f"SET memory_limit = '{os.environ['DUCKDB_MEMORY_LIMIT']}'")
    con.execute(f"SET temp_directory = '{os.path.abspath(sys.argv[1])}.spill'")
started = time.time()
engines.duckdb_views(con, sys.argv[1])
print(f"sql/ledger.sql on DuckDB: {time.time() - started:.1f} s")
for name in ["ledger_commitments", "ledger_commitment_steps", "ledger_meetings", "ledger_parties"]:
    print(name, con.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
started = time.time()
overdue = con.execute(
    "SELECT count(*) FROM ledger_commitment_deadlines WHERE due_by < DATE '2024-01-01' "
    "AND (outcome_known_on IS NULL OR outcome_known_on > DATE '2024-01-01')"
).fetchone()[0]
print(f"overdue on 2024-01-01: {overdue}, in {time.time() - started:.3f} s")
if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as f:
        report = json.load(f)
    want = [(c["id"], c.get("status"), len(c["history"])) for c in report["commitments"]]
    got = con.execute(
        "SELECT c.id, c.status, count(s.step_no) FROM ledger_commitments c "
        "LEFT JOIN ledger_commitment_steps s ON s.commitment_id = c.id "
        "GROUP BY c.id, c.status, c.report_order ORDER BY c.report_order"
    ).fetchall()
    same = sum(1 for w, g in zip(want, got) if w == tuple(g))
    print(f"the same status and steps as track: {same} of {len(want)} (views: {len(got)})")
