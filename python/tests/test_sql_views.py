"""The ledger's views (sql/ledger.sql) over the tables of
`structured-news tables` give what `structured-news track --output json`
reports, row for row: on the tracking example, every ledger fixture
stream and a generated tracked corpus, in DuckDB; and the same rows in
Spark SQL on the tracking example.

Compared: every commitment (id, kind, action, modality, condition, due,
made, status, timeliness, late_by_days, in the report's order), its
parties, history (status, as_of, reported_on, article, path, excerpts),
amounts per currency and mentions; every meeting (id, kind, name, first
and current status, date, held_on, place), its history with its
excerpts, mentions, participants, planned dates and moves; the parties (key, name); and the commitments
overdue on several days, as known and in hindsight; the conflicts; the
problems (article, path, code, severity). Not compared: statements'
words, `concerns`, problems' messages (the views do not give them).
"""

import glob
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "sql"))

import engines  # noqa: E402

duckdb = pytest.importorskip("duckdb")

CLI = os.environ.get("STRUCTURED_NEWS_CLI", os.path.join(ROOT, "target", "debug", "structured-news"))
GENERATE = os.environ.get(
    "STRUCTURED_NEWS_GENERATE_CORPUS", os.path.join(ROOT, "target", "debug", "examples", "generate_corpus")
)
DAYS = ["2014-12-31", "2017-03-01", "2017-06-30", "2020-11-24", "2021-02-01", "2023-12-12",
        "2023-12-31", "2024-06-30", "2025-12-13", "2026-01-01"]


def tracking_stream(tmp_path):
    """The tracking example as one NDJSON stream: the 4 December 2023
    article and the reports of examples/data/tracking/."""
    files = [os.path.join(ROOT, "tests", "fixtures", "valid", "december_2023_meeting.json")]
    files += sorted(glob.glob(os.path.join(ROOT, "examples", "data", "tracking", "*.json")))
    path = tmp_path / "tracking.ndjson"
    with open(path, "w", encoding="utf-8") as out:
        for f in files:
            with open(f, encoding="utf-8") as inp:
                out.write(json.dumps(json.load(inp), ensure_ascii=False) + "\n")
    return str(path)


def track(stream, *args):
    run = subprocess.run([CLI, "track", "--output", "json", *args, stream],
                         capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


def tables(stream, out):
    run = subprocess.run([CLI, "tables", "--quiet", "--out", str(out), stream],
                         capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr
    return str(out)


def expected(stream):
    """What the ledger reports, as the rows the views give."""
    r = track(stream)
    rows = {"commitments": [], "commitment_parties": [], "commitment_steps": [], "commitment_amounts": [],
            "commitment_mentions": [], "meetings": [], "meeting_steps": [], "meeting_mentions": [],
            "meeting_planned_dates": [], "meeting_moves": [], "meeting_participants": [],
            "commitment_step_evidence": [], "meeting_step_evidence": [],
            "problems": sorted((p.get("article"), p["path"], p["code"], p["severity"]) for p in r["problems"]),
            "conflicts": sorted((c["record"], c["as_of"], r["article"], r["path"], r["status"])
                                for c in r["conflicts"] for r in c["reports"]),
            "parties": sorted((p["key"], p["name"]) for p in r["parties"])}
    for c in r["commitments"]:
        rows["commitments"].append((c["id"], c["kind"], c["action"], c.get("modality"), c.get("condition"),
                                    c.get("due"), c.get("made"), c.get("status"), c.get("timeliness"),
                                    c.get("late_by_days")))
        for role, key in (("bound", "bound_parties"), ("counterparty", "counterparties")):
            for i, p in enumerate(c.get(key, [])):
                rows["commitment_parties"].append((c["id"], role, i, p))
        for i, s in enumerate(c["history"], 1):
            rows["commitment_steps"].append((c["id"], i, s["status"], s.get("as_of"), s.get("reported_on"),
                                             s["article"], s["path"]))
            for j, e in enumerate(s.get("evidence", [])):
                rows["commitment_step_evidence"].append((c["id"], i, j, e["text"], e.get("start"), e.get("end")))
        for i, a in enumerate(c.get("amounts", [])):
            rows["commitment_amounts"].append((c["id"], i, a["currency"], number(a.get("pledged")),
                                               number(a.get("delivered")), a.get("reported_by"),
                                               a.get("percent_kept"), a.get("equivalent_of"),
                                               a.get("inferred", False)))
        for i, m in enumerate(c["mentions"], 1):
            rows["commitment_mentions"].append((c["id"], i, m))
    for m in r["meetings"]:
        rows["meetings"].append((m["id"], m["kind"], m.get("name"), m["first_status"], m["status"],
                                 m.get("date"), m.get("held_on"), m.get("place")))
        for i, s in enumerate(m["history"], 1):
            rows["meeting_steps"].append((m["id"], i, s["status"], s.get("as_of"), s.get("reported_on"),
                                          s["article"], s["path"]))
            for j, e in enumerate(s.get("evidence", [])):
                rows["meeting_step_evidence"].append((m["id"], i, j, e["text"], e.get("start"), e.get("end")))
        for i, x in enumerate(m["mentions"], 1):
            rows["meeting_mentions"].append((m["id"], i, x))
        for i, p in enumerate(m.get("participants", []), 1):
            rows["meeting_participants"].append(
                (m["id"], i, p["party"], p.get("attendance"), p.get("role"), p["article"]))
        for i, d in enumerate(m.get("planned_dates", []), 1):
            rows["meeting_planned_dates"].append((m["id"], i, d["date"], d["article"]))
        for i, x in enumerate(m.get("moves", []), 1):
            rows["meeting_moves"].append((m["id"], i, x["from"], x["to"], x["article"]))
    for day in DAYS:
        rows[f"overdue {day}"] = track(stream, "--overdue", day)["overdue"]["commitments"]
        rows[f"hindsight {day}"] = track(stream, "--overdue", day, "--hindsight")["overdue"]["commitments"]
    return rows


def number(value):
    """A JSON number as the tables write it (its text)."""
    return None if value is None else json.dumps(value)


QUERIES = {
    "commitments": """SELECT id, kind, action, modality, condition, due, made, status, timeliness,
                             late_by_days FROM ledger_commitments ORDER BY report_order""",
    "commitment_parties": """SELECT p.commitment_id, p.role, p.position, p.party FROM ledger_commitment_parties p
                             JOIN ledger_commitments c ON c.id = p.commitment_id
                             ORDER BY c.report_order, p.role, p.position""",
    "commitment_steps": """SELECT s.commitment_id, s.step_no, s.status, s.as_of, s.reported_on, s.article, s.path
                           FROM ledger_commitment_steps s JOIN ledger_commitments c ON c.id = s.commitment_id
                           ORDER BY c.report_order, s.step_no""",
    "commitment_amounts": """SELECT a.commitment_id, a.position, a.currency, a.pledged, a.delivered, a.reported_by,
                                    a.percent_kept, a.equivalent_of, a.inferred
                             FROM ledger_commitment_amounts a JOIN ledger_commitments c ON c.id = a.commitment_id
                             ORDER BY c.report_order, a.position""",
    "commitment_mentions": """SELECT m.commitment_id, m.position, m.mention FROM ledger_commitment_mentions m
                              JOIN ledger_commitments c ON c.id = m.commitment_id
                              ORDER BY c.report_order, m.position""",
    "meetings": """SELECT id, kind, name, first_status, status, date, held_on, place
                   FROM ledger_meetings ORDER BY report_order""",
    "meeting_steps": """SELECT s.meeting_id, s.step_no, s.status, s.as_of, s.reported_on, s.article, s.path
                        FROM ledger_meeting_steps s JOIN ledger_meetings m ON m.id = s.meeting_id
                        ORDER BY m.report_order, s.step_no""",
    "meeting_mentions": """SELECT x.meeting_id, x.position, x.mention FROM ledger_meeting_mentions x
                           JOIN ledger_meetings m ON m.id = x.meeting_id ORDER BY m.report_order, x.position""",
    "meeting_planned_dates": """SELECT d.meeting_id, d.position, d.date, d.article
                                FROM ledger_meeting_planned_dates d JOIN ledger_meetings m ON m.id = d.meeting_id
                                ORDER BY m.report_order, d.position""",
    "commitment_step_evidence": """SELECT e.commitment_id, e.step_no, e.position, e.text, e.start_at, e.end_at
                                   FROM ledger_commitment_step_evidence e
                                   JOIN ledger_commitments c ON c.id = e.commitment_id
                                   ORDER BY c.report_order, e.step_no, e.position""",
    "meeting_step_evidence": """SELECT e.meeting_id, e.step_no, e.position, e.text, e.start_at, e.end_at
                                FROM ledger_meeting_step_evidence e JOIN ledger_meetings m ON m.id = e.meeting_id
                                ORDER BY m.report_order, e.step_no, e.position""",
    "meeting_participants": """SELECT p.meeting_id, p.position, p.party, p.attendance, p.role, p.article
                               FROM ledger_meeting_participants p JOIN ledger_meetings m ON m.id = p.meeting_id
                               ORDER BY m.report_order, p.position""",
    "meeting_moves": """SELECT x.meeting_id, x.position, x.from_date, x.to_date, x.article
                        FROM ledger_meeting_moves x JOIN ledger_meetings m ON m.id = x.meeting_id
                        ORDER BY m.report_order, x.position""",
    "parties": "SELECT key, name FROM ledger_parties ORDER BY key, name",
    "problems": "SELECT article, path, code, severity FROM ledger_problems",
    "conflicts": """SELECT record, as_of, article, path, status FROM ledger_conflicts
                    ORDER BY record, as_of, article, path, status""",
}


def overdue_query(day, column):
    return (f"SELECT id FROM ledger_commitment_deadlines WHERE due_by < DATE '{day}' "
            f"AND ({column} IS NULL OR {column} > DATE '{day}') ORDER BY report_order")


def actual(run):
    """The views' rows, through `run(sql) -> list of tuples`."""
    rows = {name: [tuple(r) for r in run(q)] for name, q in QUERIES.items()}
    rows["parties"] = sorted(rows["parties"])
    rows["conflicts"] = sorted(rows["conflicts"])
    rows["problems"] = sorted(rows["problems"])
    rows["commitment_parties"].sort(key=lambda r: (r[0], r[1] != "bound", r[2]))
    for day in DAYS:
        rows[f"overdue {day}"] = [r[0] for r in run(overdue_query(day, "outcome_known_on"))]
        rows[f"hindsight {day}"] = [r[0] for r in run(overdue_query(day, "outcome_happened_on"))]
    return rows


def normalise(rows):
    rows = dict(rows)
    order = {c[0]: i for i, c in enumerate(rows["commitments"])}
    rows["commitment_parties"] = sorted(rows["commitment_parties"],
                                        key=lambda r: (order.get(r[0], -1), r[1] != "bound", r[2]))
    return rows


def duckdb_rows(directory):
    con = duckdb.connect()
    engines.duckdb_views(con, directory)
    return normalise(actual(lambda q: con.execute(q).fetchall()))


def assert_same(want, got):
    want = normalise(want)
    for name in want:
        assert got[name] == want[name], name


def fixture_streams():
    return sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "ledger", "*.ndjson")))


def test_tracking_example(tmp_path):
    stream = tracking_stream(tmp_path)
    want = expected(stream)
    # The example's chains: more commitments and meetings than articles.
    assert len(want["commitments"]) > 10 and len(want["meetings"]) > 5
    assert_same(want, duckdb_rows(tables(stream, tmp_path / "tables")))


@pytest.mark.parametrize("stream", fixture_streams(), ids=os.path.basename)
def test_ledger_fixture(stream, tmp_path):
    assert_same(expected(stream), duckdb_rows(tables(stream, tmp_path / "tables")))


def test_mutual_promises_and_rates(tmp_path):
    """A promise made to each other (the Blinken–Lavrov readout) counts
    toward each of its parties, and a rate ("£11mn annually", the Darfur
    donors' conference) is no amount pledged, in the views as in `track`."""
    names = ["state-2021-05-12-blinken-lavrov-call.json", "gulf-times-2013-04-09-darfur-donor-conference.json"]
    stream = tmp_path / "mutual_and_rates.ndjson"
    with open(stream, "w", encoding="utf-8") as out:
        for name in names:
            with open(os.path.join(ROOT, "tests", "fixtures", "valid", name), encoding="utf-8") as inp:
                out.write(json.dumps(json.load(inp), ensure_ascii=False) + "\n")
    want = expected(str(stream))
    bound = {(c, p) for c, role, _, p in want["commitment_parties"] if role == "bound"}
    toward = {(c, p) for c, role, _, p in want["commitment_parties"] if role == "counterparty"}
    assert bound & toward, want["commitment_parties"]
    assert_same(want, duckdb_rows(tables(str(stream), tmp_path / "tables")))


def test_baselines_and_factors(tmp_path):
    """A baseline ("from $300 million"), a target ("to $500 million") and
    a factor ("nearly doubling") are no amounts pledged, in the views as in
    `track`: only the change ("by $200 million") is; and the T-news article's trade plan (a
    baseline and a target a year, and "nearly double") pledges nothing."""
    article = {
        "format_version": "2.1", "id": "aid", "language": "en", "published": "2024-03-01",
        "body": "Japan pledged to raise its aid from $300 million by $200 million to $500 million, nearly doubling it.",
        "entities": {"places": [{"id": "japan", "name": "Japan", "kind": "country", "country": "JP"}]},
        "commitments": [{"id": "raise", "kind": "fund", "action": "raise its aid by $200 million",
                         "bound_parties": ["japan"],
                         "quantities": [
                             {"amount": 300000000, "currency": "USD", "role": "baseline", "text": "$300 million"},
                             {"amount": 200000000, "currency": "USD", "role": "change", "text": "$200 million"},
                             {"amount": 500000000, "currency": "USD", "role": "target", "text": "$500 million"},
                             {"factor": 2, "qualifier": "nearly", "text": "nearly doubling"}],
                         "status_history": [{"status": "stated", "as_of": "2024-03-01"}],
                         "evidence": [{"quote": {"exact": "Japan pledged to raise its aid from $300 million by $200 million to $500 million, nearly doubling it."}}]}],
    }
    stream = tmp_path / "baselines.ndjson"
    tnews = os.path.join(ROOT, "tests", "fixtures", "held_out", "unseen_5",
                         "tnews-2022-05-10-kazakhstan-turkey-agreements.json")
    with open(stream, "w", encoding="utf-8") as out:
        out.write(json.dumps(article, ensure_ascii=False) + "\n")
        with open(tnews, encoding="utf-8") as inp:
            out.write(json.dumps(json.load(inp), ensure_ascii=False) + "\n")
    want = expected(str(stream))
    pledged = [(c, cur, p) for c, _, cur, p, *_ in want["commitment_amounts"]]
    assert pledged == [("aid#raise", "USD", "200000000")], want["commitment_amounts"]
    assert_same(want, duckdb_rows(tables(str(stream), tmp_path / "tables")))


def test_generated_corpus(tmp_path):
    stream = tmp_path / "corpus.ndjson"
    with open(stream, "w", encoding="utf-8") as out:
        subprocess.run([GENERATE, "--size", "tracked", "--count", "1000"], stdout=out, check=True)
    want = expected(str(stream))
    assert len(want["commitments"]) > 100
    assert_same(want, duckdb_rows(tables(str(stream), tmp_path / "tables")))


def test_spark_gives_the_same_rows(tmp_path):
    """The same views on Spark SQL (local mode): the recursive query and
    datediff adapted by sql/engines.py, the rest as written."""
    pyspark = pytest.importorskip("pyspark.sql")
    stream = tracking_stream(tmp_path)
    directory = tables(stream, tmp_path / "tables")
    want = duckdb_rows(directory)
    spark = (pyspark.SparkSession.builder.master("local[2]").appName("ledger-views")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
             .config("spark.sql.session.timeZone", "UTC").getOrCreate())
    try:
        engines.spark_views(spark, directory)
        got = normalise(actual(lambda q: [tuple(r) for r in spark.sql(q).collect()]))
    finally:
        spark.stop()
    assert len(got["commitments"]) == len(want["commitments"]) > 10
    for name in want:
        assert got[name] == want[name], name


def test_polars_reads_every_table_as_duckdb_does(tmp_path):
    """Another reader of the same files: every table the command writes,
    and every answer `engines.duckdb_export` writes, reads the same in
    Polars (its own Parquet reader) as in DuckDB, row for row."""
    pl = pytest.importorskip("polars")
    stream = tmp_path / "corpus.ndjson"
    with open(stream, "w", encoding="utf-8") as out:
        subprocess.run([GENERATE, "--size", "tracked", "--count", "300"], stdout=out, check=True)
    directory = tables(str(stream), tmp_path / "tables")
    con = duckdb.connect()
    engines.duckdb_views(con, directory)
    files = dict(engines.table_files(directory))
    files.update(engines.duckdb_export(con, str(tmp_path / "ledger")))
    structured_news = pytest.importorskip("structured_news")
    assert len(files) == len(structured_news.TABLES) + len(engines.ANSWERS)
    rows = 0
    for name, path in files.items():
        frame = pl.read_parquet(path)
        result = con.execute("SELECT * FROM read_parquet(?)", [path])
        assert frame.columns == [c[0] for c in result.description], name
        assert frame.rows() == result.fetchall(), name
        rows += frame.height
    assert rows > 10_000
