#!/usr/bin/env bash
# Prints how long a search takes next to an area page from the same server in the same run (mean of N sequential
# requests over one keep-alive connection), so the ratio, not the machine, is the figure.
# Usage: bench/search-latency.sh [base-url] [requests]   (start the server first, e.g. on port 8088)
set -euo pipefail
base="${1:-http://localhost:8088}"
n="${2:-300}"
area="/about-us/what-we-do/our-digital-government-efforts/digital-identity/"

mean_ms() {
  local path="$1" args=()
  for ((i = 0; i < n; i++)); do args+=(-o /dev/null "$base$path"); done
  curl -s -w '%{http_code} %{time_total}\n' "${args[@]}" | awk -v p="$path" '
    $1 != 200 { bad++ } { total += $2 } END {
      if (bad) { print "non-200 answers for " p > "/dev/stderr"; exit 1 }
      printf "%.3f\n", total / NR * 1000 }'
}

queries=(singpass identities "digital+government" "zebra+giraffe" "$(printf 'identity+%.0s' {1..40})")
for path in "$area" "${queries[@]/#//search?q=}"; do mean_ms "$path" >/dev/null; done # warm up the JIT on every path
reference=$(mean_ms "$area")
printf '%-48s %8s ms  (reference)\n' "$area" "$reference"
for query in "${queries[@]}"; do
  ms=$(mean_ms "/search?q=$query")
  printf '%-48s %8s ms  %5.2fx the area page\n' "/search?q=${query:0:30}" "$ms" "$(awk -v a="$ms" -v b="$reference" 'BEGIN { print a / b }')"
done
