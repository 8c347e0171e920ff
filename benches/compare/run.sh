#!/usr/bin/env bash
# Peer comparison: this crate against pydantic v2 (models generated from
# schemas/article.schema.json by datamodel-code-generator), jsonschema-rs
# (Python) and the jsonschema crate (Rust), on the same NDJSON corpus, for
# each of the three sizes of article. Prints a Markdown table of MB/s,
# documents/s and the ratio of this crate to each contender, with the
# machine it ran on, and writes it to target/compare/results.md.
#
#   bash benches/compare/run.sh            ~50 MB a size (a few minutes)
#   bash benches/compare/run.sh --quick    ~5 MB a size
#   options: --bytes N (corpus size per article size), --repeat N (runs)
#
# What each timing includes (see the "what is timed" column too):
#   - rust:* contenders (benches/compare/rust_contenders.rs, the bench
#     `cargo bench --bench compare -- FILE` runs; the script builds it that
#     way and runs a copy of it): only the loop over lines
#     already in memory; reading the file, splitting it and building the
#     validator are outside the clock.
#   - rust:validate-example: the `validate` example's own clock over its
#     whole run: opening and reading the file (from the page cache, the
#     corpus having just been written and read), splitting lines, parsing
#     and validating; process start-up is not included.
#   - rust:command-jobs-1, rust:command-jobs-2: the release build of the
#     command, `structured-news validate --jobs N FILE`, timed from outside
#     over the whole process (start-up, reading the file from the page
#     cache, every rule, the summary); it uses mimalloc as its allocator.
#   - python:* contenders (benches/compare/python_contenders.py): only the
#     loop over lines already in memory (as bytes), like the Rust program;
#     importing, reading and building the validator are outside the clock.
# Every contender runs once untimed to warm up (the validate example: one
# run whose time is dropped), then REPEAT
# times (default 3) on the same file, one after the other, and the best
# (shortest) run is kept; the median is in target/compare/results.txt too.
# Dirty pages (the build, the corpus) are flushed with `sync` before each
# size, so that write-back does not run during the measurements. Every run of every contender must count
# exactly the documents the generator wrote, all valid, or the script
# fails; each validator must also refuse a document with an unknown field.
#
# Installs what it needs: a virtual environment in target/compare-venv from
# benches/compare/requirements.txt (reused while the pins are unchanged);
# the generated models go to target/compare/py, the corpora to
# target/compare/{small,medium,large}.ndjson. Needs python3 (>= 3.10, with
# the venv module), cargo, and PyPI (first run). The machine should be
# otherwise idle: the load average is printed before and after.
set -Eeuo pipefail
# A decimal point in $EPOCHREALTIME (the command's clock below) and awk.
export LC_NUMERIC=C

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"

VENV="$ROOT/target/compare-venv"
OUT="$ROOT/target/compare"
MODELS="$OUT/py"
SCHEMA=schemas/article.schema.json
SIZES=(small medium large)
BYTES=50000000
REPEAT=3
MODE="full"

usage() { echo "usage: bash benches/compare/run.sh [--quick] [--bytes N] [--repeat N]"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) BYTES=5000000; MODE="quick" ;;
    --bytes) BYTES="${2:-}"; shift ;;
    --repeat) REPEAT="${2:-}"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ "$BYTES" =~ ^[1-9][0-9]*$ ]] || { usage >&2; echo "--bytes takes a positive number" >&2; exit 2; }
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { usage >&2; echo "--repeat takes a positive number" >&2; exit 2; }

CURRENT="start"
LOADS=()
step() {
  CURRENT="$*"
  LOADS+=("$(cut -d' ' -f1 /proc/loadavg)")
  printf '\n==> compare: %s\n' "$*" >&2
}
die() {
  printf '\ncompare: FAILED in step "%s": %s\n' "$CURRENT" "$*" >&2
  exit 1
}
trap 'printf "\ncompare: FAILED in step \"%s\": command exited %s (line %s): %s\n" "$CURRENT" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

SECONDS=0
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
STARTED="$(date -u '+%Y-%m-%d %H:%M UTC')"

step "tools"
command -v python3 >/dev/null || die "python3 is not installed"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || die "python3 is $(python3 --version 2>&1); pydantic and datamodel-code-generator need >= 3.10"
command -v cargo >/dev/null || die "cargo is not installed"
[ -n "${EPOCHREALTIME:-}" ] || die "bash $BASH_VERSION has no EPOCHREALTIME (bash 5 or later is needed)"
[ -f "$SCHEMA" ] || die "$SCHEMA is missing (cargo run --example export_schemas writes it)"
echo "load average before: $LOAD_BEFORE (1, 5, 15 min) on $(nproc) CPUs" >&2
mkdir -p "$OUT"

step "Python tools (target/compare-venv, benches/compare/requirements.txt)"
if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" \
    || die "python3 -m venv failed (on Debian's own python3, install the python3-venv package)"
fi
want="$(sha256sum benches/compare/requirements.txt | cut -d' ' -f1)"
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
    -r benches/compare/requirements.txt \
    || die "pip install -r benches/compare/requirements.txt failed"
  echo "$want" >"$VENV/.requirements.sha256"
else
  echo "reusing $VENV (requirements unchanged)" >&2
fi
"$VENV/bin/python" -m pip check --disable-pip-version-check >&2 \
  || die "the venv's packages are inconsistent (pip check)"

step "datamodel-codegen -> pydantic v2 models in target/compare/py"
rm -rf "$MODELS"
mkdir -p "$MODELS"
pyver="$("$VENV/bin/python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
"$VENV/bin/datamodel-codegen" --input "$SCHEMA" --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --target-python-version "$pyver" \
  --formatters builtin --disable-timestamp \
  --output "$MODELS/article_models.py" \
  || die "datamodel-codegen could not generate models from $SCHEMA"

step "build (release examples, bench profile for the Rust contenders)"
cargo build --quiet --release --example validate --example generate_corpus \
  || die "cargo build --release of the examples failed"
cargo build --quiet --release -p structured-news-cli \
  || die "cargo build --release of the command failed"
cargo bench --quiet --bench compare --no-run \
  || die "cargo bench --bench compare --no-run failed"
bench_exe="$(cargo bench --quiet --bench compare --no-run --message-format=json \
  | "$VENV/bin/python" -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "compare" and m.get("executable"):
        print(m["executable"])
')" || die "cargo bench --bench compare --no-run failed"
[ -x "$bench_exe" ] || die "cannot find the executable of the compare bench"
# Run copies of the three programs, so that a build started by someone else
# during the run cannot swap the code under test between two sizes.
# (By hand, the same program runs as `cargo bench --bench compare -- FILE`.)
mkdir -p "$OUT/bin"
# Cargo builds into CARGO_TARGET_DIR when it is set, target/ otherwise.
BUILT="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$BUILT" in /*) ;; *) BUILT="$ROOT/$BUILT" ;; esac
cp "$BUILT/release/examples/generate_corpus" "$BUILT/release/examples/validate" \
  "$BUILT/release/structured-news" "$OUT/bin/"
cp "$bench_exe" "$OUT/bin/rust_contenders"
GENERATE="$OUT/bin/generate_corpus"
VALIDATE="$OUT/bin/validate"
COMMAND="$OUT/bin/structured-news"
RUST_CONTENDERS="$OUT/bin/rust_contenders"
CODE="$(git describe --always --dirty 2>/dev/null || echo unknown)"

RESULTS="$OUT/results.txt"
: >"$RESULTS"

# Checks that every RESULT line of one contender program counts the
# documents the generator wrote, then appends them to $RESULTS.
collect() {
  local size="$1" expected="$2" program="$3" output="$4" line documents
  local found=0
  while IFS= read -r line; do
    [[ "$line" == RESULT\ * ]] || continue
    documents="$(sed -n 's/.* documents=\([0-9]*\) .*/\1/p' <<<"$line")"
    [ "$documents" = "$expected" ] \
      || die "$program counted $documents documents in $size.ndjson, the generator wrote $expected: $line"
    echo "size=$size $line" >>"$RESULTS"
    found=$((found + 1))
  done <<<"$output"
  [ "$found" -gt 0 ] || die "$program printed no RESULT line"
  printf '%s\n' "$output" | sed "s/^/  $size: /" >&2
}

for size in "${SIZES[@]}"; do
  step "$size: generate ~$BYTES bytes (target/compare/$size.ndjson)"
  corpus="$OUT/$size.ndjson"
  "$GENERATE" --size "$size" --bytes "$BYTES" --seed 1 >"$corpus" 2>"$OUT/$size.generate.txt" \
    || die "generate_corpus failed: $(cat "$OUT/$size.generate.txt")"
  # The generator says "N SIZE articles, B bytes".
  expected="$(sed -n 's/^\([0-9][0-9]*\) .* articles, .*/\1/p' "$OUT/$size.generate.txt")"
  [ -n "$expected" ] && [ "$expected" -gt 0 ] || die "cannot read the generator's count: $(cat "$OUT/$size.generate.txt")"
  lines="$(grep -c . "$corpus")"
  [ "$lines" = "$expected" ] || die "$corpus has $lines lines, the generator says $expected documents"
  file_bytes="$(stat -c %s "$corpus")"
  echo "$expected documents, $file_bytes bytes" >&2
  sync

  step "$size: Rust contenders (rust_contenders.rs, the compare bench)"
  output="$("$RUST_CONTENDERS" "$corpus" --schema "$SCHEMA" --repeat "$REPEAT")" \
    || die "the Rust contenders failed on $corpus (see above)"
  collect "$size" "$expected" "rust_contenders.rs" "$output"

  step "$size: the validate example (whole run, 1 + $REPEAT times)"
  runs=()
  for ((i = 0; i <= REPEAT; i++)); do # run 0 warms up
    status=0
    "$VALIDATE" "$corpus" >"$OUT/$size.validate-problems.txt" 2>"$OUT/$size.validate-summary.txt" || status=$?
    summary="$(tail -n 1 "$OUT/$size.validate-summary.txt")"
    [ "$status" -eq 0 ] \
      || die "validate exited $status on $corpus: $summary; $(head -n 3 "$OUT/$size.validate-problems.txt")"
    # "N documents: N valid, 0 invalid, W warnings; X MB in T s: R MB/s, D documents/s"
    [[ "$summary" =~ ^([0-9]+)\ documents:\ ([0-9]+)\ valid,\ 0\ invalid[^\;]*\;\ .*\ in\ ([0-9.]+)\ s: ]] \
      || die "cannot read the validate example's summary: $summary"
    [ "${BASH_REMATCH[1]}" = "$expected" ] && [ "${BASH_REMATCH[2]}" = "$expected" ] \
      || die "validate counted ${BASH_REMATCH[1]} documents, ${BASH_REMATCH[2]} valid; the generator wrote $expected: $summary"
    [ "$i" -eq 0 ] || runs+=("${BASH_REMATCH[3]}")
  done
  output="$(printf '%s\n' "${runs[@]}" | sort -g | awk -v n="$expected" -v b="$file_bytes" '
    { t[NR] = $1 }
    END {
      best = t[1]; median = t[int((NR + 1) / 2)]
      if (best <= 0) best = 1e-9
      printf "RESULT contender=rust:validate-example documents=%d bytes=%d best_s=%.6f median_s=%.6f mb_per_s=%.2f documents_per_s=%.1f\n",
        n, b, best, median, b / 1e6 / best, n / best
    }')"
  collect "$size" "$expected" "the validate example" "$output"

  for jobs in 1 2; do
    step "$size: the command, structured-news validate --jobs $jobs (whole process, 1 + $REPEAT times)"
    runs=()
    for ((i = 0; i <= REPEAT; i++)); do # run 0 warms up
      status=0
      # Bash's own clock (microseconds): no process forked around the run.
      started="$EPOCHREALTIME"
      "$COMMAND" validate --jobs "$jobs" "$corpus" \
        >"$OUT/$size.command-problems.txt" 2>"$OUT/$size.command-summary.txt" || status=$?
      ended="$EPOCHREALTIME"
      summary="$(tail -n 1 "$OUT/$size.command-summary.txt")"
      [ "$status" -eq 0 ] \
        || die "structured-news validate exited $status on $corpus: $summary; $(head -n 3 "$OUT/$size.command-problems.txt")"
      # "N documents: N valid, 0 invalid, W warnings; ..."
      [[ "$summary" =~ ^([0-9]+)\ documents:\ ([0-9]+)\ valid,\ 0\ invalid ]] \
        || die "cannot read the command's summary: $summary"
      [ "${BASH_REMATCH[1]}" = "$expected" ] && [ "${BASH_REMATCH[2]}" = "$expected" ] \
        || die "the command counted ${BASH_REMATCH[1]} documents, ${BASH_REMATCH[2]} valid; the generator wrote $expected: $summary"
      [ "$i" -eq 0 ] || runs+=("$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.6f", b - a }')")
    done
    output="$(printf '%s\n' "${runs[@]}" | sort -g | awk -v n="$expected" -v b="$file_bytes" -v j="$jobs" '
      { t[NR] = $1 }
      END {
        best = t[1]; median = t[int((NR + 1) / 2)]
        if (best <= 0) best = 1e-9
        printf "RESULT contender=rust:command-jobs-%d documents=%d bytes=%d best_s=%.6f median_s=%.6f mb_per_s=%.2f documents_per_s=%.1f\n",
          j, n, b, best, median, b / 1e6 / best, n / best
      }')"
    collect "$size" "$expected" "the command" "$output"
  done

  step "$size: Python contenders (pydantic, jsonschema-rs, json.loads)"
  output="$("$VENV/bin/python" benches/compare/python_contenders.py "$corpus" \
    --models-dir "$MODELS" --schema "$SCHEMA" --repeat "$REPEAT")" \
    || die "the Python contenders failed on $corpus (see above)"
  collect "$size" "$expected" "python_contenders.py" "$output"
done

step "results"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
# The 1-minute load average at the start of each step, to see whether
# something else ran during the measurements.
LOAD_DURING="$(printf '%s\n' "${LOADS[@]}" | sort -g | sed -n '1p;$p' | paste -sd' ')"
pyfreeze="$("$VENV/bin/python" -m pip freeze --disable-pip-version-check)"
pkg() { grep -i "^$1==" <<<"$pyfreeze" | cut -d= -f3; }
lockver() { awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock; }
mem_gib="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
cpu_model="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)"
threads_per_core="$(lscpu 2>/dev/null | sed -n 's/^Thread(s) per core:[[:space:]]*//p' | head -n 1)"
elapsed=$SECONDS
{
  echo "## Peer comparison ($MODE run: ~$((BYTES / 1000000)) MB a size, best of $REPEAT runs)"
  echo
  echo "- date: $STARTED; \`bash benches/compare/run.sh$([ "$MODE" = quick ] && echo ' --quick')\`, $elapsed s in all"
  echo "- code: $CODE (when built; \"dirty\": with uncommitted changes)"
  echo "- machine: ${cpu_model:-unknown CPU}, $(nproc) CPUs (${threads_per_core:-?} thread(s) per core), $mem_gib GiB memory, $(uname -sr)"
  echo "- load average (1, 5, 15 min): $LOAD_BEFORE before, $LOAD_AFTER after; 1-min load at the start of each step from ${LOAD_DURING/ / to } (a quiet machine stays near 1 while a contender runs, on its one busy core)"
  echo "- Rust: $(rustc --version); structured-news built with the bench profile (release + debug info) for the in-memory loop, \`--release\` for the \`validate\` example and the command (with mimalloc); jsonschema crate $(lockver jsonschema) (default features off), serde_json $(lockver serde_json)"
  echo "- Python: $("$VENV/bin/python" -c 'import platform; print(platform.python_implementation(), platform.python_version())'); pydantic $(pkg pydantic) (pydantic-core $(pkg pydantic_core)), datamodel-code-generator $(pkg datamodel-code-generator), jsonschema-rs $(pkg jsonschema_rs)"
  echo "- corpus: \`generate_corpus --size SIZE --bytes $BYTES --seed 1\`; MB are 10^6 bytes of the file, newlines included; every contender ran on the same file and had to find every document valid"
  echo "- timing: the loop over lines already in memory, except the \`validate\` example (its whole run, reading the file included) and the command (the whole process); \"this crate ÷ contender\" above 1 means this crate is faster by that factor"
  echo
  "$VENV/bin/python" benches/compare/table.py "$RESULTS"
} >"$OUT/results.md"
cat "$OUT/results.md"
echo "compare: wrote target/compare/results.md (raw lines in target/compare/results.txt); ${elapsed}s" >&2
