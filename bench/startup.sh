#!/usr/bin/env bash
# Time from `java -jar` to readiness (/readyz 200, which comes only once the pages are rendered),
# with the embedded content and with a one-line page at the same URL, alternating, to show what loading (and
# pre-rendering) the content adds to startup. Each start is checked to serve the page before it counts.
# Usage: bench/startup.sh   (RUNS=5, APP_PORT=8087, JAVA, JAVA_OPTS and SKIP_BUILD=1 can be set from the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8087}
RUNS=${RUNS:-5}
PAGE=${PAGE:-/about-us/what-we-do/our-digital-government-efforts/}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
SKIP_BUILD=${SKIP_BUILD:-}

work=$(mktemp -d /tmp/startup.XXXXXX)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -z "$SKIP_BUILD" ]; then
	./mvnw -B -q -DskipTests package
fi
jar=$(ls target/*.jar | grep -v plain | head -n 1)
mkdir -p "$work/empty"
printf -- '---\ntitle: Empty\npermalink: %s\n---\nNothing here yet.\n' "$PAGE" >"$work/empty/page.md"

# prints milliseconds from launching the JVM to its first readiness 200
start_once() {
	local begin end
	begin=$(date +%s%N)
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --management.server.port=0 --server.address=127.0.0.1 \
		"$@" >"$work/app.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 3000); do
		if curl -fso /dev/null "http://127.0.0.1:$APP_PORT/readyz"; then
			end=$(date +%s%N)
			curl -fso /dev/null "http://127.0.0.1:$APP_PORT$PAGE" || { echo "ready, but $PAGE is not 200" >&2; exit 1; }
			kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
			echo $(((end - begin) / 1000000))
			return
		fi
		kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
		sleep 0.02
	done
	echo "not ready within 60 s" >&2; exit 1
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

start_once >/dev/null # a first start warms the OS file cache for both
embedded=(); empty=()
for _ in $(seq 1 "$RUNS"); do
	embedded+=("$(start_once)")
	empty+=("$(start_once --site.content.location="$work/empty/")")
done
e=$(printf '%s\n' "${embedded[@]}" | median)
z=$(printf '%s\n' "${empty[@]}" | median)
echo "$(date -u +%FT%TZ)  $(nproc) cpu(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1)  JAVA_OPTS='$JAVA_OPTS'"
echo "JVM start to readiness 200 (then $PAGE checked), ms ($RUNS runs each, alternating)"
echo "embedded content: ${embedded[*]}  median $e"
echo "one-line page:    ${empty[*]}  median $z"
echo "content adds: $(awk -v e="$e" -v z="$z" 'BEGIN { printf "%.1f%%", (e - z) * 100 / z }')"
