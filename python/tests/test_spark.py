"""examples/python/spark_validate.py in local mode (local[2]) on a small
corpus: its counts, read back from the Parquet it writes, are those of
the Rust command on the same file.

Needs pyspark and Java 17 or later; deselect with ``-m "not spark"``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import INVALID, NEAR_MISSES, ROOT, documents, rust_validate

SCRIPT = ROOT / "examples" / "python" / "spark_validate.py"


@pytest.mark.spark
def test_spark_counts_are_those_of_the_command(tmp_path: Path, generate_corpus: Path, cli: Path) -> None:
    generated = subprocess.run(
        [str(generate_corpus), "--size", "medium", "--count", "300", "--seed", "11"],
        check=True,
        capture_output=True,
    ).stdout.splitlines()
    # Spark's text reader decodes UTF-8 and splits lines at lone CRs too:
    # the mixed-in documents are those it reads as the command does.
    mixed = []
    for path in documents(INVALID) + documents(NEAR_MISSES):
        line = path.read_bytes().replace(b"\n", b" ")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if b"\r" not in line:
            mixed.append(line)
    lines = []
    for n, line in enumerate(generated):
        lines.append(line)
        if n % 2 == 0 and mixed:
            lines.append(mixed.pop())
        if n % 50 == 0:
            lines.append(b"")
    lines.extend(mixed)
    corpus = tmp_path / "corpus.ndjson"
    corpus.write_bytes(b"\n".join(lines) + b"\n")

    summary_file = tmp_path / "summary.json"
    out = tmp_path / "problems.parquet"
    ran = subprocess.run(
        [sys.executable, str(SCRIPT), str(corpus), str(out), "--allow", "weak_evidence",
         "--summary", str(summary_file)],
        capture_output=True,
        text=True,
        timeout=600,
        # Not python/, where the source directory would shadow the package
        # in the workers.
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-4000:]
    spark = json.loads(summary_file.read_text())
    assert list(out.glob("*.parquet")), "no Parquet written"

    rust = rust_validate(cli, [corpus], "--format", "ndjson", "--allow", "weak_evidence")
    problems = rust["problems"][str(corpus)]
    summary = rust["summary"]
    assert spark["documents"] == summary["documents"] > 450
    assert (spark["valid"], spark["invalid"], spark["warnings"]) == (
        summary["valid"], summary["invalid"], summary["warnings"])
    assert spark["codes"] == dict(sorted(Counter(p["code"] for p in problems).items()))
    assert spark["severities"] == dict(sorted(Counter(p["severity"] for p in problems).items()))
    assert spark["problems"] == len(problems) > 150
    assert "weak_evidence" not in spark["codes"]
    assert f"{summary['documents']} documents: {summary['valid']} valid" in ran.stdout
