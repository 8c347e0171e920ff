#!/usr/bin/env bash
# CI of the Python package structured_news (python/), run by .ci/run:
#
#   1. clippy on the extension crate (a workspace member that is not a
#      default member, so the root's `cargo clippy` does not cover it);
#   2. a virtual environment in TARGET/python-venv from
#      python/requirements.txt (reused while the pins are unchanged);
#   3. `pip install ./python` through maturin's build backend, in the
#      workspace's target directory (the dev profile: see below);
#   4. the Rust command and corpus generator the tests compare with;
#   5. pytest python/tests: parity with the command on every fixture, bad
#      input, iter_ndjson, the pydantic hook, and
#      examples/python/spark_validate.py in local mode against the
#      command's counts, examples/python/spark_tables.py (table_rows in
#      Spark) against the Parquet of `structured-news tables`, row for
#      row, and the ledger's SQL views (sql/ledger.sql) in DuckDB and
#      Spark against `structured-news track --output json`;
#   6. the abi3 wheel imported and used by Python 3.9, the oldest
#      supported, when the machine has a python3.9.
#
# TARGET is CARGO_TARGET_DIR, or target/ at the root. Needs python3 (>=
# 3.10 for the tools, with the venv module), Java 17 or later (Spark),
# cargo, and the Python package registry (first run).
#
#   bash python/ci.sh        (from any directory)
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
VENV="$TARGET/python-venv"

CURRENT="start"
step() {
  CURRENT="$*"
  printf '\n==> python: %s (%ss)\n' "$*" "$SECONDS"
}
die() {
  printf '\npython: FAILED in step "%s": %s\n' "$CURRENT" "$*" >&2
  exit 1
}
trap 'printf "\npython: FAILED in step \"%s\": command exited %s (line %s): %s\n" "$CURRENT" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR
SECONDS=0

step "tools"
command -v python3 >/dev/null || die "python3 is not installed"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || die "python3 is $(python3 --version 2>&1); the test tools need >= 3.10"
if ! command -v java >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "java is not installed: installing Debian's openjdk-17-jre-headless for Spark"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
command -v java >/dev/null || die "java is not installed (Spark needs Java 17 or later)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "java is version ${java_major:-unknown}; Spark needs 17 or later"
echo "python3 $(python3 -c 'import platform; print(platform.python_version())'), java $java_major"

step "cargo clippy -p structured-news-python --all-targets -- -D warnings"
cargo clippy --quiet -p structured-news-python --all-targets -- -D warnings

step "Python tools ($VENV, python/requirements.txt)"
if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" \
    || die "python3 -m venv failed (on Debian's own python3, install the python3-venv package)"
fi
want="$(sha256sum python/requirements.txt | cut -d' ' -f1)"
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
    -r python/requirements.txt \
    || die "pip install -r python/requirements.txt failed"
  echo "$want" >"$VENV/.requirements.sha256"
else
  echo "reusing $VENV (requirements unchanged)"
fi

step "pip install ./python (maturin build backend, dev profile)"
built_at=$SECONDS
# The pinned maturin of the venv builds it (no isolated build environment
# to download); its command must be on the PATH for the backend. CI builds
# the dev profile, which reuses what `cargo test` built: a release build
# from a clean target directory took 227 s (176 s of CPU) on the 2-core
# machine, the dev build after the tests about 65 s; the tests need no
# speed. Users get release builds (maturin's default).
export MATURIN_PEP517_ARGS="--profile dev"
PATH="$VENV/bin:$PATH" "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
  --quiet --no-build-isolation --no-deps --force-reinstall ./python \
  || die "pip install ./python failed"
"$VENV/bin/python" -m pip check --disable-pip-version-check || die "the venv's packages are inconsistent (pip check)"
echo "built and installed in $((SECONDS - built_at))s: $("$VENV/bin/python" -c \
  'import structured_news, os; print(structured_news.__version__, os.path.basename(structured_news._native.__file__))')"

step "the Rust command and corpus generator to compare with"
cargo build --quiet -p structured-news-cli
cargo build --quiet -p structured-news --example generate_corpus
export STRUCTURED_NEWS_CLI="$TARGET/debug/structured-news"
export STRUCTURED_NEWS_GENERATE_CORPUS="$TARGET/debug/examples/generate_corpus"

step "pytest python/tests (parity, bad input, NDJSON, pydantic, Spark, tables, the ledger views)"
# From the root: in python/, the source directory structured_news/ would
# shadow the installed package (it has no extension module).
"$VENV/bin/pytest" -q -p no:cacheprovider python/tests

step "the abi3 wheel on Python 3.9"
py39=""
for candidate in python3.9 "$(pyenv root 2>/dev/null || echo /nonexistent)"/versions/3.9*/bin/python3.9; do
  if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 9))' 2>/dev/null; then
    py39="$candidate"
    break
  fi
done
if [ -n "$py39" ]; then
  rm -rf "$TARGET/python-wheel" "$TARGET/python39-venv"
  PATH="$VENV/bin:$PATH" "$VENV/bin/python" -m pip wheel --disable-pip-version-check --quiet \
    --no-build-isolation --no-deps -w "$TARGET/python-wheel" ./python
  "$py39" -m venv "$TARGET/python39-venv"
  "$TARGET/python39-venv/bin/python" -m pip install --disable-pip-version-check --quiet \
    --no-index "$TARGET"/python-wheel/structured_news-*-cp39-abi3-*.whl
  "$TARGET/python39-venv/bin/python" "$HERE/tests/smoke.py" "$ROOT" \
    || die "the wheel fails on Python 3.9"
else
  echo "no Python 3.9 on this machine: skipped"
fi

step "done in ${SECONDS}s"
