"""The Python examples of the README's "Python package" section, run as
they are written, from a directory that has the repository's fixtures,
an NDJSON corpus and the generated pydantic models."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

from conftest import ROOT


def python_blocks() -> List[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Python package\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_section_has_its_examples() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 3
    assert any("iter_ndjson" in b for b in blocks) and any("pydantic_validator" in b for b in blocks)


def test_the_examples_run(tmp_path: Path, generate_corpus: Path, models_file: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    (tmp_path / "article_models.py").write_text(models_file.read_text())
    corpus = subprocess.run([str(generate_corpus), "--size", "small", "--count", "20"],
                            check=True, capture_output=True).stdout
    invalid = (ROOT / "tests/fixtures/invalid/dangling_speaker.json").read_bytes().replace(b"\n", b" ")
    (tmp_path / "corpus.ndjson").write_bytes(corpus + invalid + b"\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("article_models", None)
    namespace: dict = {}
    for block in python_blocks():
        exec(compile(block, "README.md", "exec"), namespace)
    assert os.getcwd() == str(tmp_path)
