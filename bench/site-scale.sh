#!/usr/bin/env bash
# How the site's cost grows with its size: makes N copies of the efforts page (each with its nine area pages) under
# their own permalinks in a temporary folder, or copies an Isomer repository given as SITE, then prints the time from
# the JVM's start to ready, the RSS after start, and the median and worst time from a file's change on disk to its
# new version being served, over 10 edits, 10 additions and 10 deletions (with LOAD=1, while wrk holds 128
# connections on the site, reporting its socket errors and non-2xx answers, and failing on any). Loopback only.
# Usage: bench/site-scale.sh N        or    SITE=../shared/isomer-sites/mse bench/site-scale.sh
#        (env: APP_PORT=8088, JAVA=java, JAVA_OPTS, SKIP_BUILD=1, JAR=another build, LOAD=1, CHANGES=10,
#        SETTLE=seconds to wait idle after the changes before taking the RSS again, READY_PATH=/readyz)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
APP_PORT=${APP_PORT:-8088}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
CHANGES=${CHANGES:-10}
LOAD=${LOAD:-}
SETTLE=${SETTLE:-0}
# builds before the management port had their probe at /actuator/health/readiness
READY_PATH=${READY_PATH:-/readyz}
rss_settled=""
SEED=src/main/resources/content/our-digital-government-efforts.md
for tool in curl python3 "$JAVA"; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -z "$LOAD" ] || command -v wrk >/dev/null || { echo "missing: wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=${JAR:-$(ls target/*.jar | grep -v plain | head -n 1)}
work=$(mktemp -d /tmp/site-scale.XXXXXX)
app_pid=""
wrk_pid=""
cleanup() {
	[ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null || true
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

content="$work/content"
if [ -n "${SITE:-}" ]; then
	cp -r "$SITE" "$content"
	label=$(basename "$SITE")
else
	mkdir -p "$content/copies"
	cp -r src/main/resources/content/images "$content/images"
	python3 - "$SEED" "$content/copies" "$N" <<'PY'
import sys
seed, folder, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(seed, encoding='utf-8').read()
for i in range(n):
    page = text.replace('permalink: /about-us/what-we-do/our-digital-government-efforts/',
                        f'permalink: /copies/copy-{i}/', 1)
    open(f'{folder}/copy-{i}.md', 'w', encoding='utf-8').write(page)
PY
	label="$N copies"
fi
pages=$(find "$content" -name '*.md' | wc -l)

start=$(date +%s%3N)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
	--management.server.port=0 --site.content.location="$content" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -fso /dev/null "http://127.0.0.1:$APP_PORT$READY_PATH"; do
	kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
	sleep 0.05
done
ready=$(( $(date +%s%3N) - start ))
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")

if [ -n "$LOAD" ]; then
	# wrk asks for pages no change deletes, each answered 200 before it starts, so any non-2xx is the site's fault
	: >"$work/paths.txt"
	while read -r url; do
		[ "$(curl -so /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT$url")" = 200 ] && echo "$url" >>"$work/paths.txt"
	done < <(python3 bench/site_scale.py plan "$content" "$CHANGES")
	ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
	# shellcheck disable=SC2046
	wrk -t2 -c128 -d600s --timeout 10s -s scripts/load-paths.lua "http://127.0.0.1:$APP_PORT" -- \
		$(cat "$work/paths.txt") >"$work/wrk.txt" 2>&1 &
	wrk_pid=$!
	sleep 2
fi

python3 bench/site_scale.py run "$content" "$APP_PORT" "$CHANGES" >"$work/changes.txt"
if [ -n "$LOAD" ]; then
	# wrk prints its figures when interrupted
	kill -INT "$wrk_pid"; wait "$wrk_pid" || true; wrk_pid=""
fi
rss_after=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
if [ "$SETTLE" -gt 0 ]; then
	sleep "$SETTLE"
	rss_settled=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
fi
echo "== $label ($pages Markdown files)${LOAD:+, under wrk -c128}"
echo "ready after JVM start: $ready ms"
echo "RSS: $rss MB after start, $rss_after MB after the changes${rss_settled:+, $rss_settled MB $SETTLE s later}"
cat "$work/changes.txt"
if [ -n "$LOAD" ]; then
	errors=$(awk '/Socket errors/ { n = 0; for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n }' "$work/wrk.txt")
	non2xx=$(awk '/^non-2xx/ { print $NF }' "$work/wrk.txt")
	echo "under load: $(awk '/requests in/ { print $1, "requests" } /Requests\/sec/ { print $2, "req/s" }' "$work/wrk.txt" \
		| paste -sd, -), $(wc -l <"$work/paths.txt") pages, socket errors ${errors:-0}, non-2xx ${non2xx:-?}"
	[ "${errors:-0}" = 0 ] && [ "${non2xx:-1}" = 0 ] || { cat "$work/wrk.txt" >&2; exit 1; }
fi
grep -aE "Loaded|Rendered|Reloaded" "$work/app.log" | head -3 | sed 's/.*: /  log: /'
