#!/usr/bin/env bash
# The review pages in a real browser: Chromium headless, driven through
# WebDriver (chromedriver) by tests/browser/review_test.py (Python's
# standard library only), with axe-core for the accessibility check.
#
#   1. Debian's chromium and chromium-driver (/usr/bin/chromium,
#      /usr/bin/chromedriver), installed with apt-get when missing and
#      running as root;
#   2. axe-core at the version pinned in tests/browser/package.json and
#      package-lock.json, by `npm ci` in target/browser (reused while the
#      pins are unchanged);
#   3. the command, which writes the pages into target/browser/pages;
#   4. the test: clicks, verdicts downloaded and restored, no request
#      leaving the page, axe-core with no violation; the ledger page and
#      its links;
#   5. with SCREENSHOTS=1, the README's screenshots (docs/images).
#
# Needs python3, node and npm (the npm registry on the first run), cargo.
#
#   bash tests/browser/run.sh        (from any directory)
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$TARGET/browser"

CURRENT="start"
step() {
  CURRENT="$*"
  printf '\n==> browser: %s (%ss)\n' "$*" "$SECONDS"
}
die() {
  printf '\nbrowser: FAILED in step "%s": %s\n' "$CURRENT" "$*" >&2
  exit 1
}
trap 'printf "\nbrowser: FAILED in step \"%s\": command exited %s (line %s): %s\n" "$CURRENT" "$?" "$LINENO" "$BASH_COMMAND" >&2' ERR

step "Chromium and chromedriver"
if { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; } \
    && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing Debian's chromium and chromium-driver"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing (Debian package chromium)"
[ -x /usr/bin/chromedriver ] || die "/usr/bin/chromedriver is missing (Debian package chromium-driver)"
/usr/bin/chromium --version

step "axe-core (npm ci in $WORK)"
mkdir -p "$WORK"
want="$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$WORK/node_modules/.browser-lock.sha256" 2>/dev/null || true)" != "$want" ]; then
  cp "$HERE/package.json" "$HERE/package-lock.json" "$WORK/"
  (cd "$WORK" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) \
    || die "npm ci failed (package.json and package-lock.json must agree)"
  echo "$want" >"$WORK/node_modules/.browser-lock.sha256"
fi
AXE="$WORK/node_modules/axe-core/axe.min.js"
[ -f "$AXE" ] || die "$AXE is missing"

step "the pages (structured-news review)"
cargo build --quiet -p structured-news-cli
BIN="$TARGET/debug/structured-news"
PAGES="$WORK/pages"
rm -rf "$PAGES"
# Real articles (the 4 December one; Russian text), invalid ones with
# problems at records and spans, and a hostile one.
FIXTURES=(
  tests/fixtures/valid/december_2023_meeting.json
  examples/data/tracking/rbc-2025-12-12-putin-at-ashgabat-forum.json
  examples/data/tracking/centralasia-2025-12-03-putin-to-visit-turkmenistan.json
  tests/fixtures/valid/wikinews-tsunami-aid-pledges-japan.json
  tests/fixtures/valid/e3-leaders-declaration-middle-east.json
  tests/fixtures/valid/voa-un-syria-talks-may-be-delayed.json
  tests/fixtures/valid/whitehouse-obama-asia-trip-cancelled-2013.json
  tests/fixtures/valid/docherty-south-caucasus-visit.json
  tests/fixtures/valid/fcdo-imo-council-statement.json
  tests/fixtures/invalid/weak_evidence.json
  tests/fixtures/invalid/quote_outside_evidence.json
  tests/fixtures/invalid/evidence_not_in_body.json
  tests/browser/hostile.json
)
"$BIN" review "${FIXTURES[@]}" --out "$PAGES" >/dev/null
# One page per article, named by file here so the test finds each.
for f in "${FIXTURES[@]}"; do
  name="$(basename "$f" .json)"
  "$BIN" review "$f" --out "$PAGES/$name.html" >/dev/null
done
cp "$PAGES/december_2023_meeting.html" "$PAGES/december.html"

# The tracking example: its review pages and the ledger page beside them.
LEDGER="$WORK/ledger"
rm -rf "$LEDGER"
TRACKING=(examples/data/tracking/*.json tests/fixtures/valid/december_2023_meeting.json)
"$BIN" review "${TRACKING[@]}" --out "$LEDGER" >/dev/null
"$BIN" track --output html --overdue 2024-01-01 --pages "$LEDGER" "${TRACKING[@]}" >"$LEDGER/ledger.html"

step "the browser test"
LEDGER_PAGE="$LEDGER/ledger.html" python3 "$HERE/review_test.py" "$PAGES" "$AXE" "${FIXTURES[@]:1}"
if [ "${SCREENSHOTS:-}" = 1 ]; then
  step "screenshots for the README (docs/images)"
  python3 "$HERE/screenshots.py" "$PAGES" "$LEDGER/ledger.html" "$ROOT/docs/images"
fi
step "browser: passed"
