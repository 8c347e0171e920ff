"""Round-trip the valid fixtures through pydantic v2 models that
datamodel-codegen generated from schemas/article.schema.json (step b of run.sh).

Each fixture is loaded with `Article.model_validate_json` and dumped back;
the dump must equal the input as parsed JSON values; it must load in strict
mode too. A document with an unknown field and one with a value outside an
enumeration must be refused, so that the check can fail.

The models in strict mode (`strict=True`) must also refuse every document of
the invalid corpus (written by check_jsonschema.py) whose code is in
schema_codes.json. In pydantic's default lax mode a few are accepted (a
number written as a string, "103", is coerced to 103): those are counted.

Usage: check_pydantic.py MODELS_DIR INVALID_CORPUS_JSON FIXTURE...
(MODELS_DIR holds the generated article_models.py)
"""

import json
import os
import sys
from importlib.metadata import version
from pathlib import Path

from pydantic import ValidationError


def main() -> int:
    models_dir, corpus_path = Path(sys.argv[1]), Path(sys.argv[2])
    # The main example first; a fixture named twice is checked once.
    fixtures = list({Path(p).resolve(): Path(p) for p in sys.argv[3:]}.values())
    sys.path.insert(0, str(models_dir))
    from article_models import Article  # generated, not committed

    failures = []

    def fail(msg):
        failures.append(msg)
        print(f"  FAIL {msg}")

    if not fixtures:
        fail("no fixtures given")
    for path in fixtures:
        text = path.read_text("utf-8")
        try:
            article = Article.model_validate_json(text)
        except ValidationError as e:
            fail(f"{path.name}: the generated model refuses it:\n{e}")
            continue
        # The fixtures are canonical: optional values that are absent are
        # omitted, never written as null. exclude_unset=True dumps exactly the
        # fields the input set (explicit values are kept even when they equal
        # a default or are null), so the absent optional fields, which the
        # model fills with None, stay absent. exclude_none would also drop an
        # explicit null and exclude_defaults an explicit default: both would
        # change what was given. mode="json" turns enum members back into
        # their strings and datetimes into ISO 8601 text; by_alias is there in
        # case a future field needs an alias (none does today: every JSON name
        # is a Python identifier).
        # One caveat: the timestamp branch of PublicationDate (format
        # date-time) becomes AwareDatetime, which is normalised on output
        # ("+00:00" becomes "Z", fractions get six digits); the fixtures'
        # timestamps are already in that form, so they round-trip exactly.
        dumped = article.model_dump(mode="json", exclude_unset=True, by_alias=True)
        original = json.loads(text)
        if dumped != original:
            fail(f"{path.name}: round trip differs:\n  in:  {json.dumps(original)[:2000]}\n  out: {json.dumps(dumped)[:2000]}")
            continue
        try:
            Article.model_validate_json(text, strict=True)
        except ValidationError as e:
            fail(f"{path.name}: the generated model refuses it in strict mode:\n{e}")
            continue
        print(f"  {path.name}: loaded (lax and strict) and dumped back equal")

    example = json.loads(fixtures[0].read_text("utf-8"))
    for label, bad in (
        ("unknown root field", dict(example, surprise=True)),
        ("language tag with underscore", dict(example, language="en_US")),
        ("meeting kind outside the enum", dict(example, meetings=[{"id": "m", "kind": "bilateralx", "status": "held"}])),
    ):
        try:
            Article.model_validate_json(json.dumps(bad))
        except ValidationError:
            print(f"  refused as expected: {label}")
        else:
            fail(f"the generated model accepts a document with a {label}")

    asserted = set(json.loads((Path(__file__).parent / "schema_codes.json").read_text("utf-8"))["asserted"])
    corpus = [e for e in json.loads(corpus_path.read_text("utf-8")) if e["code"] in asserted]
    if not corpus:
        fail(f"{corpus_path} has no schema-expressible invalid document")
    lax_accepts = []
    for entry in corpus:
        text = json.dumps(entry["document"], ensure_ascii=False)
        try:
            Article.model_validate_json(text, strict=True)
        except ValidationError:
            pass
        else:
            fail(f"{entry['file']} ({entry['code']} at {entry['path'] or '(root)'}): accepted in strict mode")
        try:
            Article.model_validate_json(text)
        except ValidationError:
            pass
        else:
            lax_accepts.append(entry["file"])
    print(f"  invalid corpus, schema-expressible codes: {len(corpus)} documents, refused in strict mode")
    print(
        f"  in lax mode {len(lax_accepts)} of them are accepted (coercion, not asserted)"
        + (f": {', '.join(lax_accepts)}" if lax_accepts else "")
    )

    if not failures and os.environ.get("INTEROP_SUMMARY"):
        with open(os.environ["INTEROP_SUMMARY"], "a", encoding="utf-8") as f:
            print(
                f"b. datamodel-code-generator {version('datamodel-code-generator')} -> pydantic {version('pydantic')}: "
                f"{len(fixtures)}/{len(fixtures)} valid fixtures load and dump back equal; "
                f"strict mode refuses {len(corpus)}/{len(corpus)} schema-expressible invalid documents "
                f"(lax mode accepts {len(lax_accepts)})",
                file=f,
            )

    if failures:
        print(f"pydantic: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
