#!/usr/bin/env bash
# Prints how long a running site takes to serve a content change (add, edit, delete of a page) made in its content
# folder, per change and as a share of the 2 s promise, polling every 20 ms.
# Usage: bench/reload-latency.sh CONTENT_FOLDER [base-url] [trials]
#   start the server first, e.g. SITE_CONTENT_LOCATION=/tmp/content java -jar target/*.jar --server.port=8084
set -euo pipefail
folder="${1:?usage: bench/reload-latency.sh CONTENT_FOLDER [base-url] [trials]}"
base="${2:-http://localhost:8084}"
trials="${3:-5}"
budget_ms=2000

now_ms() { date +%s%3N; }

# waits until the page answers the wanted status (and, when given, contains the marker); prints the elapsed ms
wait_for() {
  local path="$1" status="$2" marker="${3:-}" start="$4" body code
  for ((i = 0; i < 1000; i++)); do
    body=$(curl -s -w '\n%{http_code}' "$base$path")
    code="${body##*$'\n'}"
    if [[ "$code" == "$status" && ( -z "$marker" || "$body" == *"$marker"* ) ]]; then
      echo $(($(now_ms) - start))
      return
    fi
    sleep 0.02
  done
  echo "not served after 20 s: $path" >&2
  exit 1
}

# writes a page the way editors' tools save: a temporary file renamed over the page
write_page() {
  local name="$1" marker="$2"
  printf -- '---\ntitle: Latency %s\npermalink: /latency-%s/\n---\n%s\n\n### Section\nText\n' \
    "$name" "$name" "$marker" > "$folder/.$name.tmp"
  mv "$folder/.$name.tmp" "$folder/latency-$name.md"
}

declare -A results=([add]="" [edit]="" [delete]="")
for ((t = 1; t <= trials; t++)); do
  name="$$-$t"
  start=$(now_ms); write_page "$name" "first-$t"
  results[add]+="$(wait_for "/latency-$name/section/" 200 "" "$start") "
  start=$(now_ms); write_page "$name" "second-$t"
  results[edit]+="$(wait_for "/latency-$name/" 200 "second-$t" "$start") "
  start=$(now_ms); rm "$folder/latency-$name.md"
  results[delete]+="$(wait_for "/latency-$name/" 404 "" "$start") "
done

for kind in add edit delete; do
  # shellcheck disable=SC2086
  printf '%s\n' ${results[$kind]} | sort -n | awk -v k="$kind" -v b="$budget_ms" '
    { v[NR] = $1 } END {
      median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%-7s median %5d ms  max %5d ms  (%.2fx of the %d ms promise at worst, %d trials)\n",
        k, median, v[NR], v[NR] / b, b, NR }'
done
