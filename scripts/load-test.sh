#!/usr/bin/env bash
# Load test: builds the jar, starts it on loopback, drives the efforts page and the nine area pages with wrk
# (256 connections, 30 s by default) after a reference run on the stylesheet, and samples the server's memory.
# Prints requests/s, latency percentiles, socket errors, non-2xx responses and RSS; exits 1 on any error.
#   scripts/load-test.sh   (settings: PORT=8086 CONNECTIONS=256 DURATION=30s THREADS=$(nproc) TIMEOUT=30s
#                           JAVA=java JAVA_OPTS=-Xmx256m SKIP_BUILD=1 to reuse target/*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8086}"
CONNECTIONS="${CONNECTIONS:-256}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-$(nproc)}"
# a request unanswered for 30 s counts as a socket error (timeout), as a CDN would give up on the origin
TIMEOUT="${TIMEOUT:-30s}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
PAGE=/about-us/what-we-do/our-digital-government-efforts/
AREAS="tech-for-public-good citizen-engagement-and-co-creation user-and-business-journeys
  ai-and-data-driven-government digital-identity wog-platforms-and-tools cybersecurity diversity-and-inclusion
  sustainability"
OUT=target/load
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
# wrk needs a descriptor per connection, the server another; raise the soft limit as far as allowed
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((CONNECTIONS * 2 + 256)) ]; then
  echo "ulimit -n is $(ulimit -n): too low for $CONNECTIONS connections" >&2; exit 2
fi

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests
JAR=$(ls target/*.jar | grep -v plain | head -1)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --management.server.port=0 --server.address=127.0.0.1 \
  >"$OUT/server.log" 2>&1 &
SERVER=$!
SAMPLER=""
cleanup() { [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
trap cleanup EXIT

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 120); do
  curl -fs -o /dev/null "$BASE$PAGE" && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server did not start, see $OUT/server.log" >&2; exit 1; }
  sleep 1
done

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$SERVER/status"; }
PATHS=("$PAGE")
for area in $AREAS; do PATHS+=("$PAGE$area/"); done

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $("$JAVA" -version 2>&1 | head -1), JAVA_OPTS=$JAVA_OPTS, RSS after start: $(( $(rss_kb) / 1024 )) MiB"

# memory is sampled every second from here to the end, each sample tagged with the run going on
echo start >"$OUT/phase"
: >"$OUT/rss.txt"
( while kill -0 "$SERVER" 2>/dev/null; do echo "$(cat "$OUT/phase") $(rss_kb)" >>"$OUT/rss.txt"; sleep 1; done ) &
SAMPLER=$!

echo "== warm-up (JIT): 10 s, 32 connections"
echo warm-up >"$OUT/phase"
wrk -t "$THREADS" -c 32 -d 10s -s scripts/load-paths.lua "$BASE" -- "${PATHS[@]}" >"$OUT/warmup.txt"

echo "== reference: /assets/site.css, $CONNECTIONS connections, $DURATION"
echo reference >"$OUT/phase"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout "$TIMEOUT" --latency -s scripts/load-paths.lua \
  "$BASE" -- /assets/site.css | tee "$OUT/reference.txt"

echo "== pages: the efforts page and its 9 areas in turn, $CONNECTIONS connections, $DURATION"
echo pages >"$OUT/phase"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout "$TIMEOUT" --latency -s scripts/load-paths.lua \
  "$BASE" -- "${PATHS[@]}" | tee "$OUT/pages.txt"
kill "$SAMPLER" 2>/dev/null; SAMPLER=""

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
errors() { grep -h '^  Socket errors' "$1" | sed 's/^ *//' || true; }
non2xx() { awk '/^non-2xx responses/ {print $3}' "$1"; }
echo "== summary"
echo "reference req/s: $(rps "$OUT/reference.txt"), pages req/s: $(rps "$OUT/pages.txt"), ratio pages/reference: $(
  awk -v p="$(rps "$OUT/pages.txt")" -v r="$(rps "$OUT/reference.txt")" 'BEGIN {printf "%.2f", p / r}')"
echo "server RSS every 5 s (MiB): $(awk 'NR % 5 == 1 {printf "%s:%d ", substr($1, 1, 1), $2 / 1024}' "$OUT/rss.txt")"
# levelling off: the pages run's second half peaks no higher than 5% above its first half
awk '$1 == "pages" {v[++n] = $2} $1 == "reference" && $2 > ref {ref = $2}
  END {for (i = 1; i <= n; i++) { if (i <= n / 2 && v[i] > a) a = v[i]; if (i > n / 2 && v[i] > b) b = v[i] }
    printf "server RSS peak (MiB): reference run %d, pages run first half %d, second half %d: %s\n",
      ref / 1024, a / 1024, b / 1024, (b <= a * 1.05) ? "levels off" : "still growing"}' "$OUT/rss.txt"
status=0
for run in reference pages; do
  e=$(errors "$OUT/$run.txt"); n=$(non2xx "$OUT/$run.txt")
  echo "$run: socket errors: ${e:-none}; non-2xx responses: $n"
  { [ -n "$e" ] || [ "$n" != 0 ]; } && status=1
done
exit $status
