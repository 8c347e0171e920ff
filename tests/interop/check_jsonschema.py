"""Check schemas/article.schema.json with Python's `jsonschema` (step a of run.sh).

- The schema is a valid JSON Schema 2020-12 (and the draft-07, structured-
  output and schemas/types exports valid under their own $schema).
- Format checking is really on: a date-time on 30 February is refused by
  the FormatChecker, and only because of it.
- Every valid fixture is accepted (2020-12 and draft-07).
- Every invalid fixture listed in tests/fixtures/invalid/manifest.json that
  is JSON and whose code is one JSON Schema can express (schema_codes.json)
  is rejected, with an error at or above the path the manifest names. For the
  other codes nothing is asserted: how many the schema also rejects is
  counted and printed.

The invalid documents that are JSON are written to --corpus-out for
check_ajv.mjs, so that both validators see the same set.

Exit status 0 when every assertion holds, 1 otherwise (each failure named).
"""

import argparse
import copy
import json
import os
import sys
from importlib.metadata import version
from collections import Counter
from pathlib import Path

from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker
from jsonschema.validators import validator_for


class NotJson(Exception):
    """The bytes are not one strict JSON document (RFC 8259, no duplicate keys)."""


def _no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise NotJson(f"duplicate key(s) {duplicates}")
    return dict(pairs)


def _no_constant(name):
    raise NotJson(f"{name} is not JSON")


def load_strict(raw: bytes):
    """Parse like a strict JSON reader: UTF-8 without a byte-order mark, no
    NaN/Infinity, no duplicate keys (json.loads would silently keep the last)."""
    try:
        text = raw.decode("utf-8")  # a BOM stays as U+FEFF and json.loads refuses it
    except UnicodeDecodeError as e:
        raise NotJson(f"not UTF-8: {e}") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise NotJson(str(e)) from None


def pointer(path) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def segments(ptr: str):
    return [] if ptr == "" else [s.replace("~1", "/").replace("~0", "~") for s in ptr.split("/")[1:]]


def error_pointers(errors):
    """Instance paths of the errors and of the sub-errors of anyOf/oneOf."""
    out = set()
    for e in errors:
        out.add(pointer(e.absolute_path))
        out |= error_pointers(e.context or [])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, required=True, help="repository root")
    ap.add_argument("--corpus-out", type=Path, required=True)
    args = ap.parse_args()
    root = args.root
    failures = []

    def fail(msg):
        failures.append(msg)
        print(f"  FAIL {msg}")

    schema = json.loads((root / "schemas/article.schema.json").read_text("utf-8"))
    schema07 = json.loads((root / "schemas/draft-07/article.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    Draft7Validator.check_schema(schema07)
    structured = json.loads((root / "schemas/structured-output/article.schema.json").read_text("utf-8"))
    validator_for(structured).check_schema(structured)
    types_checked = 0
    for path in sorted((root / "schemas/types").glob("*.schema.json")):
        s = json.loads(path.read_text("utf-8"))
        validator_for(s).check_schema(s)
        types_checked += 1
    print(f"  metaschema: article (2020-12), article (draft-07), structured-output and {types_checked} schemas/types/* are valid schemas")

    checker = FormatChecker()
    v2020 = Draft202012Validator(schema, format_checker=checker)
    v07 = Draft7Validator(schema07, format_checker=checker)
    no_formats = Draft202012Validator(schema)

    # Format checking must really be on: without rfc3339-validator, jsonschema
    # silently accepts any string as a "date-time".
    if "date-time" not in checker.checkers:
        fail('FormatChecker has no "date-time" checker (is rfc3339-validator installed?)')
    if checker.conforms("2023-02-30T10:30:00+05:00", "date-time"):
        fail('FormatChecker accepts the date-time "2023-02-30T10:30:00+05:00" (30 February)')
    if not checker.conforms("2023-12-12T18:30:00+05:00", "date-time"):
        fail('FormatChecker refuses the date-time "2023-12-12T18:30:00+05:00"')

    valid_dir = root / "tests/fixtures/valid"
    valid = sorted(valid_dir.glob("*.json"))
    if not valid:
        fail(f"no valid fixtures in {valid_dir}")
    for path in valid:
        doc = load_strict(path.read_bytes())
        for name, v in (("2020-12", v2020), ("draft-07", v07)):
            errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
            for e in errors:
                fail(f"{path.name}: rejected by {name}: {pointer(e.absolute_path) or '(root)'}: {e.message}")
    print(f"  valid fixtures accepted: {len(valid)} (2020-12 and draft-07, formats checked)")

    # The same example with an impossible day: only the format check sees it
    # (the timestamp pattern states ranges of fields, not days per month).
    example = load_strict((valid_dir / "december_2023_meeting.json").read_bytes())
    bad_time = copy.deepcopy(example)
    bad_time["published"] = "2023-02-30T10:30:00+05:00"
    if v2020.is_valid(bad_time):
        fail('a document published "2023-02-30T10:30:00+05:00" is accepted with the FormatChecker')
    if no_formats.is_valid(example) and not no_formats.is_valid(bad_time):
        fail("the 30-February document is refused even without format checking: the format test proves nothing")
    print('  format checking on: "published": "2023-02-30T10:30:00+05:00" rejected by format "date-time" alone')

    # Prove the assertion on documents can fail at all.
    unknown = dict(example, surprise=True)
    if v2020.is_valid(unknown):
        fail("a document with an unknown root field is accepted")

    manifest_path = root / "tests/fixtures/invalid/manifest.json"
    asserted = set(json.loads((Path(__file__).parent / "schema_codes.json").read_text("utf-8"))["asserted"])
    corpus = []
    summary = {}
    if not manifest_path.exists():
        fail(f"{manifest_path.relative_to(root)} does not exist: the invalid corpus cannot be checked")
    else:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        not_json = Counter()
        asserted_total = asserted_rejected = 0
        counted = Counter()
        counted_rejected = Counter()
        for entry in manifest:
            path = manifest_path.parent / entry["file"]
            if not path.exists():
                fail(f"manifest lists {entry['file']}, which does not exist")
                continue
            try:
                doc = load_strict(path.read_bytes())
            except NotJson:
                not_json[entry["code"]] += 1
                continue
            errors = list(v2020.iter_errors(doc))
            corpus.append(
                {
                    "file": entry["file"],
                    "code": entry["code"],
                    "path": entry["path"],
                    "document": doc,
                    "jsonschema_rejects": bool(errors),
                }
            )
            if entry["code"] in asserted:
                asserted_total += 1
                if not errors:
                    fail(f"{entry['file']} ({entry['code']} at {entry['path'] or '(root)'}): accepted by the schema")
                    continue
                want = segments(entry["path"])
                at = error_pointers(errors)
                if not any(segments(p) == want[: len(segments(p))] for p in at):
                    fail(
                        f"{entry['file']} ({entry['code']} at {entry['path'] or '(root)'}): rejected, "
                        f"but only at {sorted(at)}, none at or above the manifest's path"
                    )
                    continue
                asserted_rejected += 1
            else:
                counted[entry["code"]] += 1
                if errors:
                    counted_rejected[entry["code"]] += 1
        print(
            f"  invalid corpus: {len(manifest)} files, {sum(not_json.values())} not strict JSON (skipped: "
            + ", ".join(f"{c} {n}" for c, n in sorted(not_json.items()))
            + ")"
        )
        if asserted_total == 0:
            fail("the invalid corpus has no JSON document with a schema-expressible code")
        print(f"  schema-expressible codes: {asserted_rejected}/{asserted_total} rejected (asserted)")
        print("  other codes, also rejected by the schema (not asserted):")
        for code in sorted(counted):
            print(f"    {code:28} {counted_rejected[code]}/{counted[code]}")
        summary.update(
            files=len(manifest),
            not_json=sum(not_json.values()),
            asserted_total=asserted_total,
            asserted_rejected=asserted_rejected,
            counted_total=sum(counted.values()),
            counted_rejected=sum(counted_rejected.values()),
        )

    args.corpus_out.parent.mkdir(parents=True, exist_ok=True)
    args.corpus_out.write_text(json.dumps(corpus, ensure_ascii=False), "utf-8")

    line = (
        f"a. jsonschema {version('jsonschema')} (2020-12 and draft-07, formats checked): "
        f"{len(valid)}/{len(valid)} valid fixtures accepted; "
    )
    if summary:
        line += (
            f"invalid corpus: {summary['asserted_rejected']}/{summary['asserted_total']} schema-expressible rejected, "
            f"{summary['counted_rejected']}/{summary['counted_total']} of the other codes also rejected (not asserted), "
            f"{summary['not_json']} not JSON skipped"
        )
    if not failures and os.environ.get("INTEROP_SUMMARY"):
        with open(os.environ["INTEROP_SUMMARY"], "a", encoding="utf-8") as f:
            print(line, file=f)

    if failures:
        print(f"jsonschema: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
