"""A check of the installed package without pytest, for interpreters the
test tools do not support (python/ci.sh runs it on Python 3.9, the
oldest the abi3 wheel is built for).

Usage: python smoke.py ROOT   (ROOT: the repository, for its fixtures)
"""

import io
import json
import sys
from pathlib import Path

import structured_news


def main() -> int:
    root = Path(sys.argv[1])
    invalid = root / "tests" / "fixtures" / "invalid"
    failures = []
    entries = json.loads((invalid / "manifest.json").read_text())
    for entry in entries:
        report = structured_news.validate((invalid / entry["file"]).read_bytes())
        found = report.errors[0] if report.errors else report.warnings[0]
        if (found.code, found.path, found.severity) != (entry["code"], entry["path"], entry["severity"]):
            failures.append(f"{entry['file']}: {found!r}")
    valid = sorted((root / "tests" / "fixtures" / "valid").glob("*.json"))
    for path in valid:
        if structured_news.parse(path.read_bytes()) != json.loads(path.read_text()):
            failures.append(f"{path.name}: parse() changed it")
    lines = b"\n".join(json.dumps(json.loads(p.read_text())).encode() for p in valid)
    reports = list(structured_news.iter_ndjson(io.BytesIO(lines), jobs=2))
    if [r.line for r in reports] != list(range(1, len(valid) + 1)) or not all(r.valid for r in reports):
        failures.append(f"iter_ndjson: {reports}")
    try:
        structured_news.check((invalid / "dangling_speaker.json").read_text())
        failures.append("check() did not raise")
    except structured_news.ValidationError as e:
        if e.problems[0].code != "unknown_reference":
            failures.append(f"check(): {e}")
    for failure in failures:
        print("FAIL", failure)
    print(f"smoke on Python {sys.version.split()[0]}: {len(entries)} invalid documents, "
          f"{len(valid)} valid, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
