#!/usr/bin/env bash
# Run the real-browser WCAG 2.1 AA suite.
#
#   tests/browser/run.sh [SITE_DIR...]
#   tests/browser/run.sh --sites-only SITE_DIR...
#
# Runs the suite's own tests — the Læs op behaviour test, one known fault per
# check (fixtures/broken), the negative and positive controls (fixtures/faulty,
# fixtures/sample) — and, given site directories, suite.test.mjs on all of them;
# all in one `node --test` process, so there is one summary at the end.
# --sites-only skips the suite's own tests.
# Installs the npm dependencies (npm ci, no install scripts, no browser
# download) when node_modules is missing or older than the lock file.
#
# Environment: VILDE_SCREENSHOT_DIR (default tests/browser/screenshots),
# VILDE_BASE_URL, VILDE_SITE_TITLE, CHROMIUM_PATH — see README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Debian packages the suite needs; installed here when missing and we are root
# (as on CI), otherwise we say what to install.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "run.sh: installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "run.sh: missing ${missing[*]}: apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)" >&2
    exit 2
  fi
fi

if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund)
fi

self_tests=(laes-op.test.mjs checks.test.mjs negative.test.mjs xss.test.mjs)
if [ "${1:-}" = "--sites-only" ]; then
  self_tests=()
  shift
fi

dirs=()
for d in "$@"; do
  [ -d "$d" ] || { echo "run.sh: not a directory: $d" >&2; exit 2; }
  dirs+=("$(cd "$d" && pwd)")
done

cd "$here"
files=("${self_tests[@]}")
if [ ${#dirs[@]} -gt 0 ]; then
  export VILDE_SITE_DIR
  VILDE_SITE_DIR="$(IFS=:; echo "${dirs[*]}")"
  files+=(suite.test.mjs)
fi
[ ${#files[@]} -gt 0 ] || { echo "run.sh: --sites-only needs at least one SITE_DIR" >&2; exit 2; }
# One node --test process, one file at a time (2-core machines), one summary at
# the end, followed by a plain "browser: N passed, N failed, N skipped" line.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
node --test --test-reporter=spec --test-concurrency=1 "${files[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
count() { grep -E "^ℹ $1 [0-9]+$" "$log" | tail -1 | awk '{print $3}'; }
echo "browser: $(count pass) passed, $(count fail) failed, $(count skipped) skipped"
exit "$rc"
