#!/usr/bin/env bash
# Instructions of parse + validate (callgrind on the release `validate`
# example) on the three corpora of benches/RESULTS.md, less a run on an
# empty file. Usage: bash benches/instructions.sh [TREE]  (default: this
# checkout); needs valgrind. The corpora are made once in target/instructions.
set -euo pipefail
tree=$(cd "${1:-$(dirname "$0")/..}" && pwd)
out="$(cd "$(dirname "$0")/.." && pwd)/target/instructions"
mkdir -p "$out"
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
(cd "$tree" && cargo build --release --example validate --example generate_corpus -q)
bin="${CARGO_TARGET_DIR:-$tree/target}/release/examples"
for size in small medium large; do
  if [ ! -s "$out/$size.ndjson" ]; then
    "$bin/generate_corpus" --size "$size" --bytes 20000000 --seed 7 > "$out/$size.full.ndjson"
    case $size in small) n=1000 ;; medium) n=100 ;; large) n=30 ;; esac
    # Written as 2.0, which every tree since 2.0 reads (2.1 adds optional
    # fields only), so that an older TREE reads the same files.
    head -n "$n" "$out/$size.full.ndjson" | sed 's/^{"format_version":"2.1"/{"format_version":"2.0"/' > "$out/$size.ndjson"
    rm "$out/$size.full.ndjson"
  fi
done
: > "$out/empty.ndjson"
# The median of three runs: a run now and then counts some 0.3 % more
# (the same binary on the same file), as the address space falls
# differently.
count() {
  for _ in 1 2 3; do
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin/validate" "$1" \
      2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  done | sort -n | sed -n 2p
}
empty=$(count "$out/empty.ndjson")
for size in small medium large; do
  n=$(count "$out/$size.ndjson")
  awk -v s="$size" -v n="$n" -v e="$empty" 'BEGIN { printf "%-6s %.2f M instructions\n", s, (n - e) / 1e6 }'
done
