"""The README's walk-through of the ledger in SQL ("The ledger's questions
in SQL"), run as written from a directory that has the repository's
examples, fixtures and sql/: the `structured-news tables` command, then
the Python block on DuckDB, whose output must be the README's."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "sql"))

import engines  # noqa: E402

CLI = os.environ.get("STRUCTURED_NEWS_CLI", str(ROOT / "target" / "debug" / "structured-news"))


def section():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n### The ledger's questions in SQL\n", 1)[1].split("\n## ", 1)[0]


def test_the_walk_through_runs_as_written(tmp_path):
    text = section()
    [command] = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    programs = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    outputs = re.findall(r"```text\n(.*?)```", text, flags=re.S)
    # The DuckDB block, then the Polars one, each followed by its output.
    assert len(programs) == len(outputs) == 2
    for name in ("examples", "tests", "sql"):
        (tmp_path / name).symlink_to(ROOT / name)
    words = shlex.split(command.strip())
    assert words[0] == "structured-news"
    # The shell expands the glob; the command runs as the README has it.
    subprocess.run(["bash", "-c", shlex.quote(CLI) + " " + command.strip()[len("structured-news "):]],
                   cwd=tmp_path, check=True, capture_output=True)
    for program, output in zip(programs, outputs):
        run = subprocess.run([sys.executable, "-c", program], cwd=tmp_path, check=True,
                             capture_output=True, text=True)
        assert run.stdout == output
    assert sorted(p.name for p in (tmp_path / "ledger").iterdir()) == sorted(
        f"{name}.parquet" for name in engines.ANSWERS
    )
