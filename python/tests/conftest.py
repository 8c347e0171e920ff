"""Shared fixtures: the repository's corpora and the Rust command to compare with.

The Rust side is the ``structured-news`` command (``cli/``): the tests run
``structured-news validate --output json`` on the same bytes as the package
and compare every problem. Its path comes from ``STRUCTURED_NEWS_CLI``, or
it is built here with ``cargo build -p structured-news-cli``. The corpus
generator comes from ``STRUCTURED_NEWS_GENERATE_CORPUS``, or is built with
``cargo build --example generate_corpus``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
INVALID = FIXTURES / "invalid"
NEAR_MISSES = FIXTURES / "near_misses"
VALID = FIXTURES / "valid"


def documents(directory: Path) -> List[Path]:
    """The documents of a fixture directory (not its manifest)."""
    return sorted(p for p in directory.glob("*.json") if p.name != "manifest.json")


def manifest() -> List[Dict[str, str]]:
    return json.loads((INVALID / "manifest.json").read_text())


def _target_dir() -> Path:
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Path(json.loads(out)["target_directory"])


def _built(env: str, cargo_args: List[str], relative: str) -> Path:
    given = os.environ.get(env)
    if given:
        path = Path(given)
    else:
        subprocess.run(["cargo", "build", "--quiet", *cargo_args], cwd=ROOT, check=True)
        path = _target_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist (set {env} or build it)")
    return path


@pytest.fixture(scope="session")
def cli() -> Path:
    """The Rust ``structured-news`` command."""
    return _built("STRUCTURED_NEWS_CLI", ["-p", "structured-news-cli"], "debug/structured-news")


@pytest.fixture(scope="session")
def generate_corpus() -> Path:
    """The Rust corpus generator (``examples/generate_corpus.rs``)."""
    return _built(
        "STRUCTURED_NEWS_GENERATE_CORPUS",
        ["-p", "structured-news", "--example", "generate_corpus"],
        "debug/examples/generate_corpus",
    )


@pytest.fixture(scope="session")
def models_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pydantic v2 models that datamodel-code-generator writes from
    schemas/article.schema.json (``article_models.py``, not committed)."""
    out = tmp_path_factory.mktemp("models") / "article_models.py"
    codegen = Path(sys.executable).parent / "datamodel-codegen"
    subprocess.run(
        [str(codegen), "--input", str(ROOT / "schemas" / "article.schema.json"),
         "--input-file-type", "jsonschema", "--output-model-type", "pydantic_v2.BaseModel",
         "--target-python-version", f"{sys.version_info[0]}.{sys.version_info[1]}",
         "--formatters", "builtin", "--disable-timestamp", "--output", str(out)],
        check=True,
    )
    return out


def rust_validate(cli: Path, files: List[Path], *args: str) -> Dict[str, Any]:
    """Runs ``structured-news validate --output json ARGS FILES`` and
    returns its problems by file (each a dict of the JSON line) and its
    summary."""
    result = subprocess.run(
        [str(cli), "validate", "--output", "json", *args, *map(str, files)],
        capture_output=True,
        text=True,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"structured-news validate exited {result.returncode}: {result.stderr}")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    summary = lines.pop()
    assert "documents" in summary, summary
    by_file: Dict[str, List[Dict[str, Any]]] = defaultdict(list)
    for problem in lines:
        by_file[problem["file"]].append(problem)
    return {"problems": by_file, "summary": summary}
