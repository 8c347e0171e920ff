#!/usr/bin/env bash
# The Python package structured_news (python/) against pydantic v2 models
# generated from schemas/article.schema.json, on the medium corpus of
# generate_corpus (as benches/compare/run.sh makes it), and iter_ndjson with
# two jobs against one. A benchmark, not a test: it prints a Markdown
# table and writes it to TARGET/compare/python_package.md.
#
#   bash benches/compare/python_package.sh             ~50 MB, best of 3
#   options: --bytes N (corpus size), --repeat N (runs), --size SIZE
#
# Uses the virtual environment of python/ci.sh (TARGET/python-venv, from
# python/requirements.txt: maturin, pydantic, datamodel-code-generator),
# installs the package into it with `pip install ./python` (a release
# build), generates the models and the corpus under TARGET/compare. TARGET
# is CARGO_TARGET_DIR, or target/ at the root. The machine should be
# otherwise idle: the load average is printed before and after.
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
VENV="$TARGET/python-venv"
OUT="$TARGET/compare"
BYTES=50000000
REPEAT=3
SIZE=medium

while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) BYTES="${2:-}"; shift ;;
    --repeat) REPEAT="${2:-}"; shift ;;
    --size) SIZE="${2:-}"; shift ;;
    *) echo "usage: bash benches/compare/python_package.sh [--bytes N] [--repeat N] [--size SIZE]" >&2; exit 2 ;;
  esac
  shift
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs" >&2
if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  python3 -m venv "$VENV"
fi
want="$(sha256sum python/requirements.txt | cut -d' ' -f1)"
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet -r python/requirements.txt
  echo "$want" >"$VENV/.requirements.sha256"
fi
PATH="$VENV/bin:$PATH" "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet \
  --no-build-isolation --no-deps --force-reinstall ./python

mkdir -p "$OUT/py"
pyver="$("$VENV/bin/python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
"$VENV/bin/datamodel-codegen" --input schemas/article.schema.json --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --target-python-version "$pyver" \
  --formatters builtin --disable-timestamp --output "$OUT/py/article_models.py"

cargo build --quiet --release --example generate_corpus
corpus="$OUT/$SIZE.ndjson"
"$TARGET/release/examples/generate_corpus" --size "$SIZE" --bytes "$BYTES" --seed 1 >"$corpus"
sync

{
  echo "## structured_news (Python) against pydantic v2: $SIZE corpus"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); \`bash benches/compare/python_package.sh\`; code $(git describe --always --dirty 2>/dev/null || echo unknown)"
  echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1), $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo "- corpus: \`generate_corpus --size $SIZE --bytes $BYTES --seed 1\`"
  echo
  "$VENV/bin/python" "$HERE/python_package.py" "$corpus" --models-dir "$OUT/py" --repeat "$REPEAT"
} | tee "$OUT/python_package.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
