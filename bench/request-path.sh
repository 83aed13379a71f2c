#!/usr/bin/env bash
# Names, in order, the classes of our own code that a page request and a content reload pass through: the jar runs
# under the JDK's debugger (jdb), which traces every method entered in sg.gov.tech.efforts while one warm GET is
# answered, then while one edited content file is reloaded. A map for a newcomer, and a before/after figure.
#
# Usage: bench/request-path.sh [JAR]      (default: the jar ./mvnw package built in target/)
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-$(ls target/digital-government-efforts-*.jar | grep -v original | head -1)}"
port="${PORT:-18180}"
debug_port="${DEBUG_PORT:-15005}"
page="/about-us/what-we-do/our-digital-government-efforts/"
work="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r src/main/resources/content "$work/content"
java -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address="127.0.0.1:$debug_port" -jar "$jar" \
  --server.port="$port" --management.server.port=0 --site.content.location="$work/content" \
  --site.feedback.directory="$work/data" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$port$page"   # rendered once, so the traced request is a steady-state one
curl -fs -o /dev/null "http://127.0.0.1:$port$page"

# One debugger session per phase; jdb reads its commands from the subshell, which also makes the request or edit.
trace() {
  {
    echo "exclude java.*,javax.*,sun.*,jdk.*,org.*,com.*,io.*,liqp.*,net.*,ch.*,jakarta.*,tools.*"
    echo "trace go methods"
    sleep 3
    "$@" >/dev/null 2>&1
    sleep 4
    echo "untrace"
    sleep 1
    echo "quit"
  } | timeout 300 jdb -attach "127.0.0.1:$debug_port" 2>&1 || true
}
request() {
  curl -fs -o /dev/null "http://127.0.0.1:$port$page"
}
reload() {
  local before
  before="$(curl -fsI "http://127.0.0.1:$port$page" | tr -d '\r' | grep -i '^etag:')"
  printf '\nA line added by bench/request-path.sh.\n' >>"$work/content/our-digital-government-efforts.md"
  for _ in $(seq 60); do
    [ "$(curl -fsI "http://127.0.0.1:$port$page" | tr -d '\r' | grep -i '^etag:')" != "$before" ] && return
    sleep 0.5
  done
  touch "$work/reload-unfinished"   # jdb's method tracing can stall a reload once image copies start
}

# The classes in the order they are first entered (nested classes count as their outer class), on the given threads.
classes() {
  grep -o '"thread=[^"]*", sg\.gov\.tech\.efforts\.[A-Za-z0-9_.$/]*' \
    | grep -E "$1" | grep -v '\$\$Lambda' | sed -E 's/.*sg\.gov\.tech\.efforts\.//; s/\.[a-zA-Z_$0-9<>]*$//; s/\$.*//' \
    | awk '!seen[$0]++'
}

echo "# Page request: GET $page (rendered before, steady state), threads of the connector"
trace request | classes '"thread=(http|https)-[^"]*"' | tee "$work/request.txt" | nl -w3 -s'  '
echo "$(wc -l <"$work/request.txt") classes"
echo
echo "# Content reload: one content file edited until the page's ETag changes, every thread; the readers' own"
echo "# parsing (model, source, folder, isomer, body) is counted but not listed"
trace reload | classes '"thread=([^h]|h[^t])[^"]*"' >"$work/reload.txt"
grep -vE '^(model|source|folder|isomer|body)([.]|$)' "$work/reload.txt" | nl -w3 -s'  '
echo "$(grep -cvE '^(model|source|folder|isomer|body)([.]|$)' "$work/reload.txt") classes carry the reload," \
  "$(wc -l <"$work/reload.txt") with the parsing"
if [ -e "$work/reload-unfinished" ]; then
  echo "partial: the edit was not served within 30 s under tracing, so the list stops where the reload stalled"
fi
