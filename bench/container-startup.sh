#!/usr/bin/env bash
# Start-to-ready time and size of container images of the site, compared in one run: each round starts every image
# once, in turn (interleaved, so the machine's load falls on all alike), times `run -d` to the first 200 of /readyz
# (or, for an image from before the management port, /actuator/health/readiness), checks the efforts page answers
# 200, and stops it with SIGTERM.
# Usage: bench/container-startup.sh IMAGE...   (RUNS=5, PORT=8095; Docker when a daemon answers, else podman)
#   e.g. bench/container-startup.sh localhost/digital-government-efforts:before localhost/digital-government-efforts:smoke
set -euo pipefail

RUNS="${RUNS:-5}"
PORT="${PORT:-8095}"
PAGE=/about-us/what-we-do/our-digital-government-efforts/
NAME="efforts-startup-$$"
(( $# >= 1 )) || { echo "usage: $0 IMAGE..." >&2; exit 2; }

if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  ENGINE=(docker); RUN_ARGS=()
else
  ENGINE=(podman --runtime runc); RUN_ARGS=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)
fi
cleanup() { "${ENGINE[@]}" rm -f "$NAME" >/dev/null 2>&1 || true; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# prints milliseconds from `run -d` to the first readiness 200
start_once() {
  local t0 ready
  t0="$(now_ms)"
  "${ENGINE[@]}" run -d --name "$NAME" -p "127.0.0.1:$PORT:8080" "${RUN_ARGS[@]}" "$1" >/dev/null
  until curl -fso /dev/null --max-time 2 "http://127.0.0.1:$PORT/readyz" \
    || curl -fso /dev/null --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    (( $(now_ms) - t0 < 90000 )) || { echo "$1: not ready within 90 s" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( $(now_ms) - t0 ))
  curl -fso /dev/null "http://127.0.0.1:$PORT$PAGE" || { echo "$1: ready, but $PAGE is not 200" >&2; exit 1; }
  "${ENGINE[@]}" stop -t 15 "$NAME" >/dev/null
  "${ENGINE[@]}" rm -f "$NAME" >/dev/null
  echo "$ready"
}

echo "machine: $(nproc) CPUs, load before: $(cut -d' ' -f1-3 /proc/loadavg); ${ENGINE[*]}; $RUNS rounds"
declare -A times=()
for image in "$@"; do start_once "$image" >/dev/null; done # a first start of each warms the page cache
for _ in $(seq "$RUNS"); do
  for image in "$@"; do times[$image]+="$(start_once "$image") "; done
done
first="$1"
for image in "$@"; do
  # shellcheck disable=SC2086 # the list of runs
  med="$(median ${times[$image]})"
  size="$("${ENGINE[@]}" image inspect -f '{{.Size}}' "$image")"
  echo "$image: $(( size / 1000000 )) MB, start to ready median $med ms (runs: ${times[$image]% })"
  if [[ "$image" != "$first" ]]; then
    # on a shared machine the load swings between rounds: the ratio within each round is steadier than the medians
    read -ra mine <<<"${times[$image]}"
    read -ra theirs <<<"${times[$first]}"
    ratios=()
    for i in "${!mine[@]}"; do
      ratios+=("$(awk -v a="${mine[$i]}" -v b="${theirs[$i]}" 'BEGIN { printf "%.2f", a / b }')")
    done
    echo "  its time / $first's, round by round: median $(median "${ratios[@]}") (${ratios[*]})"
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
