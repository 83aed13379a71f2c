#!/usr/bin/env bash
# Starts the site against each Isomer repository given and compares what it serves with what Jekyll publishes:
# pages published against pages Jekyll would publish, the ones missing and why, the posts its resource room lists
# (following its pages) against the posts Jekyll publishes there, warnings by kind, time from the JVM's start to
# ready, and RSS; then the brand colours each site's stylesheet carries (scripts/isomer_brand.py). Needs Debian's
# jekyll (the reference), python3 and python3-yaml; loopback only.
# Usage: scripts/isomer-compat.sh DIR...        (env: PORT=8089, SKIP_BUILD=1 to reuse target/*.jar, JAVA=java)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8089}
JAVA=${JAVA:-java}
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
for tool in jekyll python3 curl "$JAVA"; do
	command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y jekyll python3 curl)" >&2; exit 1; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=$(ls target/*.jar | grep -v plain | head -n 1)
work=$(mktemp -d /tmp/isomer-compat.XXXXXX)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

rows=()
brand_rows=()
for dir in "$@"; do
	# a shell glob over the sites' folder also names its README
	[ -d "$dir" ] || { echo "skipping $dir: not a folder" >&2; continue; }
	name=$(basename "$dir")
	scripts/jekyll-reference.sh "$dir" "$work/$name.json" 2>"$work/$name.jekyll.log"
	start=$(date +%s%3N)
	"$JAVA" -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --site.content.location="$dir" \
		--site.content.watch=false --management.server.port=0 >"$work/$name.log" 2>&1 &
	app_pid=$!
	ready=""
	for _ in $(seq 1 600); do
		if curl -fso /dev/null "http://127.0.0.1:$PORT/readyz"; then ready=$(date +%s%3N); break; fi
		kill -0 "$app_pid" 2>/dev/null || break
		sleep 0.1
	done
	if [ -z "$ready" ]; then
		echo "== $name: the site did not start" >&2; tail -40 "$work/$name.log" >&2
		rows+=("| $name | did not start | | | | | | | |"); app_pid=""; continue
	fi
	rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
	row=$(python3 scripts/isomer_compat.py "$dir" "$work/$name.json" "$work/$name.log" "http://127.0.0.1:$PORT" \
		"$(( ready - start ))" "$rss")
	rows+=("$row")
	brand_rows+=("$(python3 scripts/isomer_brand.py "$dir" "http://127.0.0.1:$PORT")")
	kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
echo
echo "| Site | Jekyll publishes | Served (200, title shown) | Missing | Showing {{ {% {: | Room's posts listed | Ready after JVM start | RSS at ready | Warnings by kind |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Brand colours: as _config.yml sets them, and → as served where darkened for WCAG AA contrast"
echo
echo "| Site | Primary | Secondary | Media colours 1-5 | Darkened |"
echo "| --- | --- | --- | --- | ---: |"
printf '%s\n' "${brand_rows[@]}"
