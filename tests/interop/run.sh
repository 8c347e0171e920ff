#!/usr/bin/env bash
# Cross-language check of the exported JSON Schemas (other languages get
# working types and validators from schemas/article.schema.json), and of the
# exports to ninjs, schema.org JSON-LD and PLOVER against those standards.
#
#   a. Python jsonschema (2020-12 and draft-07, formats checked) accepts every
#      valid fixture and rejects every schema-expressible invalid one.
#   b. datamodel-codegen turns the schema into pydantic v2 models that load
#      every valid fixture and dump it back unchanged, and (in strict mode)
#      refuse the schema-expressible invalid ones.
#   c. json-schema-to-typescript turns it into TypeScript types that
#      `tsc --strict` checks every valid fixture against, and that refuse an
#      enum value outside the schema.
#   d. Ajv (2020-12 and draft-07, with ajv-formats) accepts every valid
#      fixture and rejects the schema-expressible invalid ones.
#   e. The exports of structured_news::interop, written by
#      `cargo run --example convert` for every valid fixture, against the
#      standards' own files in tests/standards (check_standards.py): IPTC's
#      ninjs 3.1 schema (jsonschema, formats on, GeoJSON local); schema.org
#      JSON-LD expanded offline with pyld, intended types, vocabulary and
#      domains of release 30.0, and schema.org's SHACL shapes (pyshacl);
#      PLOVER records against tests/standards/plover-record.schema.json.
#
# Invalid documents come from tests/fixtures/invalid/manifest.json; those
# that are strict JSON and whose code JSON Schema can express
# (tests/interop/schema_codes.json) must be rejected, the others are counted.
#
# Installs its own tools: a virtual environment in target/interop-venv from
# tests/interop/requirements.txt, and `npm ci` in tests/interop (from
# package-lock.json); both are reused by later runs while their pins are
# unchanged. Generated code goes to target/interop. Needs python3 (>= 3.10,
# with the venv module), node (>= 18) and npm, cargo, and the Python and npm
# package registries.
#
#   bash tests/interop/run.sh        (from any directory)
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"

VENV="$ROOT/target/interop-venv"
BUILD="$ROOT/target/interop"
NODE_BIN="$HERE/node_modules/.bin"
SCHEMA=schemas/article.schema.json
MAIN_FIXTURE=tests/fixtures/valid/december_2023_meeting.json
export INTEROP_SUMMARY="$BUILD/summary.txt"

CURRENT="start"
step() {
  CURRENT="$*"
  printf '\n==> interop: %s\n' "$*"
}
die() {
  printf '\ninterop: FAILED in step "%s": %s\n' "$CURRENT" "$*" >&2
  exit 1
}
trap 'printf "\ninterop: FAILED in step \"%s\": command exited %s (line %s): %s\n" "$CURRENT" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

sha() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }
npm_version() { node -p "require('$HERE/node_modules/$1/package.json').version"; }

step "tools"
command -v python3 >/dev/null || die "python3 is not installed"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || die "python3 is $(python3 --version 2>&1); pydantic and datamodel-code-generator need >= 3.10"
command -v node >/dev/null || die "node is not installed"
command -v npm >/dev/null || die "npm is not installed"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
  || die "node is $(node --version); the npm tools need >= 18"
[ -f "$SCHEMA" ] || die "$SCHEMA is missing (cargo run --example export_schemas writes it)"
[ -f "$MAIN_FIXTURE" ] || die "$MAIN_FIXTURE is missing"
shopt -s nullglob
VALID=(tests/fixtures/valid/*.json)
shopt -u nullglob
[ "${#VALID[@]}" -gt 0 ] || die "no valid fixtures in tests/fixtures/valid"
echo "python3 $(python3 -c 'import platform; print(platform.python_version())'), node $(node --version), npm $(npm --version)"
SECONDS=0
mkdir -p "$BUILD"
: >"$INTEROP_SUMMARY"

step "Python tools (target/interop-venv, tests/interop/requirements.txt)"
if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" \
    || die "python3 -m venv failed (on Debian's own python3, install the python3-venv package)"
fi
want="$(sha tests/interop/requirements.txt)"
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
    -r tests/interop/requirements.txt \
    || die "pip install -r tests/interop/requirements.txt failed"
  echo "$want" >"$VENV/.requirements.sha256"
else
  echo "reusing $VENV (requirements unchanged)"
fi
"$VENV/bin/python" -m pip check --disable-pip-version-check || die "the venv's packages are inconsistent (pip check)"

step "JavaScript tools (npm ci in tests/interop)"
want="$(sha tests/interop/package.json tests/interop/package-lock.json)"
if [ "$(cat "$HERE/node_modules/.interop-lock.sha256" 2>/dev/null || true)" != "$want" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) \
    || die "npm ci in tests/interop failed (package.json and package-lock.json must agree)"
  echo "$want" >"$HERE/node_modules/.interop-lock.sha256"
else
  echo "reusing tests/interop/node_modules (package-lock.json unchanged)"
fi
for tool in json2ts tsc; do
  [ -x "$NODE_BIN/$tool" ] || die "$NODE_BIN/$tool is missing after npm ci"
done

step "a. Python jsonschema validates the fixtures"
"$VENV/bin/python" tests/interop/check_jsonschema.py --root "$ROOT" --corpus-out "$BUILD/invalid-corpus.json" \
  || die "Python jsonschema: see the FAIL lines above"

step "b. datamodel-codegen -> pydantic v2 models round-trip the valid fixtures"
rm -rf "$BUILD/py"
mkdir -p "$BUILD/py"
pyver="$("$VENV/bin/python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
"$VENV/bin/datamodel-codegen" --input "$SCHEMA" --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --target-python-version "$pyver" \
  --formatters builtin --disable-timestamp \
  --output "$BUILD/py/article_models.py" \
  || die "datamodel-codegen could not generate models from $SCHEMA"
"$VENV/bin/python" tests/interop/check_pydantic.py "$BUILD/py" "$BUILD/invalid-corpus.json" "$MAIN_FIXTURE" "${VALID[@]}" \
  || die "the generated pydantic models: see the FAIL lines above"

step "c. json-schema-to-typescript -> tsc --strict type-checks the valid fixtures"
rm -rf "$BUILD/ts"
mkdir -p "$BUILD/ts"
"$NODE_BIN/json2ts" --input "$SCHEMA" --output "$BUILD/ts/article.d.ts" \
  || die "json2ts could not generate TypeScript from $SCHEMA"
grep -q 'export interface Article ' "$BUILD/ts/article.d.ts" || die "json2ts wrote no Article interface"
node tests/interop/write_ts_examples.mjs "$BUILD/ts" article "$MAIN_FIXTURE" "${VALID[@]}" \
  || die "could not write the TypeScript programs"
(cd "$BUILD/ts" && "$NODE_BIN/tsc" --strict --noEmit article.d.ts good/*.ts) \
  || die "tsc --strict refuses a valid fixture typed as Article (errors above)"
echo "  tsc --strict --noEmit: ${#VALID[@]} valid fixtures type-check as Article"
if out="$(cd "$BUILD/ts" && "$NODE_BIN/tsc" --strict --noEmit bad/bad_enum.ts 2>&1)"; then
  die "tsc accepted bad/bad_enum.ts, whose meeting kind \"bilateralx\" is outside the MeetingKind enum"
fi
grep -q 'error TS[0-9]*: Type .*"bilateralx".* is not assignable' <<<"$out" \
  || die "tsc refused bad/bad_enum.ts, but not for the enum value: $out"
echo "  tsc refuses the example with \"kind\": \"bilateralx\": $(grep -m1 'bilateralx' <<<"$out")"
echo "c. json-schema-to-typescript $(npm_version json-schema-to-typescript) + tsc $(npm_version typescript) --strict: ${#VALID[@]}/${#VALID[@]} valid fixtures type as Article; an enum value outside the schema is a compile error" >>"$INTEROP_SUMMARY"

step "d. Ajv validates the fixtures"
node tests/interop/check_ajv.mjs "$ROOT" "$BUILD/invalid-corpus.json" \
  || die "Ajv: see the FAIL lines above"

step "e. the interop exports against the standards' own files"
CARGO_TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --quiet --example convert || die "cargo build --example convert failed"
CONVERT="$CARGO_TARGET/debug/examples/convert"
rm -rf "$BUILD/standards"
mkdir -p "$BUILD/standards"
for f in "${VALID[@]}"; do
  n="$(basename "$f" .json)"
  "$CONVERT" --to ninjs "$f" >"$BUILD/standards/$n.ninjs.json" || die "convert --to ninjs $f"
  "$CONVERT" --to ninjs --embed "$f" >"$BUILD/standards/$n.embed.ninjs.json" || die "convert --to ninjs --embed $f"
  "$CONVERT" --to jsonld "$f" >"$BUILD/standards/$n.jsonld" || die "convert --to jsonld $f"
  "$CONVERT" --to plover "$f" >"$BUILD/standards/$n.plover.ndjson" || die "convert --to plover $f"
done
"$VENV/bin/python" tests/interop/check_standards.py tests/standards tests/fixtures/valid "$BUILD/standards" \
  || die "the exports against the standards: see the FAIL lines above"
echo "e. ninjs 3.1 schema, schema.org 30.0 (pyld, vocabulary, SHACL) and PLOVER: the exports of ${#VALID[@]}/${#VALID[@]} valid fixtures pass" >>"$INTEROP_SUMMARY"

step "summary"
sort "$INTEROP_SUMMARY"
echo "time: ${SECONDS}s"
echo "interop: 5 passed, 0 failed"
