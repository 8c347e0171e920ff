#!/usr/bin/env bash
# Fuzz structured-news for a bounded time: installs cargo-fuzz (pinned) when
# needed, builds the fuzz targets, seeds their corpora from the test
# fixtures and runs each target under libFuzzer. Exits non-zero, naming the
# target and the artifact, when libFuzzer finds a crash (a panic), a timeout
# or an out-of-memory.
#
#   bash fuzz/run.sh            # 120 seconds in total (CI)
#   bash fuzz/run.sh 3600       # an hour
#
# SECONDS is split between the targets: half for parse_validate, a quarter
# each for readers (the fast reader against serde) and stream. See
# fuzz/README.md.
set -euo pipefail

total=${1:-120}
if ! [[ $total =~ ^[0-9]+$ ]] || ((total < 2)); then
    echo "usage: bash fuzz/run.sh [SECONDS]  (at least 2; default 120)" >&2
    exit 2
fi

CARGO_FUZZ_VERSION=0.13.2
# Sanitizer for the build: "none" by default. The crate forbids unsafe code,
# so a memory error would have to come from a dependency; without
# AddressSanitizer the build is smaller and the targets run faster. Set
# FUZZ_SANITIZER=address to look for those too.
sanitizer=${FUZZ_SANITIZER:-none}

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
# cargo-fuzz finds fuzz/ from the crate's root; paths given to libFuzzer
# are absolute, so it does not matter where it runs.
cd "$fuzz_dir/.."

# cargo-fuzz passes -Z flags to rustc; stable rustc accepts them only with
# RUSTC_BOOTSTRAP=1 (no nightly toolchain is needed).
export RUSTC_BOOTSTRAP=1

elapsed() { echo "$((SECONDS - $1))s"; }
say() { printf '[fuzz] %s\n' "$*"; }

# 1. cargo-fuzz, pinned.
t=$SECONDS
installed=$(cargo fuzz --version 2>/dev/null || true)
if [[ $installed == "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
    say "cargo-fuzz $CARGO_FUZZ_VERSION is installed"
else
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (found: ${installed:-none})"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi
say "install: $(elapsed $t)"

# 2. Build the targets once (cargo fuzz run then finds them built; the
#    flags must be the same, or it builds again).
build_flags=(--sanitizer "$sanitizer")
t=$SECONDS
cargo fuzz build "${build_flags[@]}"
say "build: $(elapsed $t)"

# 3. Seed the corpora (git-ignored) from the fixtures: valid articles,
#    the invalid corpus (not its manifest), the inputs that once failed
#    (fuzz/regressions/<target>/, replayed first thing), and for the
#    stream target the valid articles as one NDJSON file and one JSON array,
#    and the ledger corpus's streams.
fixtures=tests/fixtures
seed() {
    local dir=$fuzz_dir/corpus/$1
    mkdir -p "$dir"
    cp "$fixtures"/valid/*.json "$dir"/
    for f in "$fixtures"/invalid/*.json; do
        [[ $(basename "$f") == manifest.json ]] || cp "$f" "$dir"/
    done
    if [[ -d $fuzz_dir/regressions/$1 ]]; then
        find "$fuzz_dir/regressions/$1" -maxdepth 1 -type f -exec cp {} "$dir"/ \;
    fi
}
seed parse_validate
seed readers
seed stream
{
    for f in "$fixtures"/valid/*.json; do
        tr -d '\n' <"$f"
        printf '\n\n'
    done
} >"$fuzz_dir/corpus/stream/seed_valid.ndjson"
{
    printf '[\n'
    first=1
    for f in "$fixtures"/valid/*.json; do
        ((first)) || printf ',\n'
        first=0
        cat "$f"
    done
    printf '\n]\n'
} >"$fuzz_dir/corpus/stream/seed_valid_array.json"
# The ledger corpus: several articles a stream, with updates; and the
# real tracking chains as one stream (statements that make or report a
# commitment, amounts pledged and delivered, postponed and moved plans).
cp "$fixtures"/ledger/*.ndjson "$fuzz_dir/corpus/stream/"
{
    for f in examples/data/tracking/*.json; do
        tr -d '\n' <"$f"
        printf '\n'
    done
} >"$fuzz_dir/corpus/stream/seed_tracking.ndjson"
for target in parse_validate readers stream; do
    say "fuzz/corpus/$target: $(find "$fuzz_dir/corpus/$target" -type f | wc -l) inputs"
done

# 4. Run each target for its share of the time.
run_target() {
    local target=$1 seconds=$2
    local log=$fuzz_dir/artifacts/$target.log
    mkdir -p "$fuzz_dir/artifacts/$target"
    say "running $target for ${seconds}s (log: ${log#"$PWD"/})"
    local status=0
    cargo fuzz run "${build_flags[@]}" "$target" "$fuzz_dir/corpus/$target" -- \
        -max_total_time="$seconds" \
        -dict="$fuzz_dir/dict/article.dict" \
        -max_len=65536 \
        -rss_limit_mb=2048 \
        -timeout=10 \
        -print_final_stats=1 \
        >"$log" 2>&1 || status=$?

    local execs rate units
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    units=$(find "$fuzz_dir/corpus/$target" -type f | wc -l)
    say "$target: ${execs:-?} executions (${rate:-?}/s), corpus ${units} inputs, exit status $status"
    printf '%s %s\n' "$target" "${execs:-?}" >>"$stats"

    if ((status != 0)); then
        local artifact kind
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        case $(basename "${artifact:-x}") in
            crash-*) kind="a crash (panic or deadly signal)" ;;
            timeout-*) kind="a timeout (over 10 s on one input)" ;;
            oom-*) kind="an out-of-memory (over 2048 MB)" ;;
            leak-*) kind="a memory leak" ;;
            *) kind="a failure" ;;
        esac
        echo "----- the panic (from ${log#"$PWD"/}) -----" >&2
        sed -n '/panicked at/,/^stack backtrace:/p' "$log" | head -n 30 >&2
        echo "----- the end of ${log#"$PWD"/} -----" >&2
        sed -n '/^SUMMARY: /,/^stat::peak_rss_mb/p' "$log" | grep -v '^stat::' | head -n 20 >&2
        echo "-----" >&2
        if [[ -n $artifact ]]; then
            artifact=${artifact#"$PWD"/}
            say "FAILED: fuzz target '$target' found $kind; input saved to $artifact" >&2
            say "reproduce: RUSTC_BOOTSTRAP=1 cargo fuzz run ${build_flags[*]} $target $artifact" >&2
        else
            say "FAILED: fuzz target '$target' exited with status $status and wrote no artifact; see ${log#"$PWD"/}" >&2
        fi
        return 1
    fi
}

stats=$fuzz_dir/artifacts/stats.txt
mkdir -p "$fuzz_dir/artifacts"
: >"$stats"
first_share=$((total / 2))
second_share=$(((total - first_share) / 2))
t=$SECONDS
run_target parse_validate "$first_share"
run_target readers "$second_share"
run_target stream "$((total - first_share - second_share))"
say "run: $(elapsed $t)"
say "executions: $(tr '\n' ' ' <"$stats")"
say "no crash, timeout or out-of-memory found"
