#!/usr/bin/env bash
# Two replicas of the site behind Debian's nginx as a round-robin load balancer, on loopback only: wrk drives the
# efforts page and its nine areas through nginx while replica A is stopped with SIGTERM and started again. Passes
# only if no request failed (no socket error, no non-2xx answer), A exited 0, and both replicas then answer every
# page of /sitemap.xml with the same bytes and the same ETag, plain and gzipped. Prints the figures.
#
# Usage: scripts/replicas-behind-nginx.sh
#   settings: DURATION=30 (s of load), STOP_AT=8 (s into the load when A gets SIGTERM), CONNECTIONS=32, THREADS=2,
#   LB_PORT=8090, PORT_A=8091, PORT_B=8092, JAVA=java, JAVA_OPTS="-Xmx128m -XX:+UseSerialGC" (the container's),
#   SKIP_BUILD=1 to reuse target/*.jar
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30}"
STOP_AT="${STOP_AT:-8}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
LB_PORT="${LB_PORT:-8090}"
PORT_A="${PORT_A:-8091}"
PORT_B="${PORT_B:-8092}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}"
READY_TIMEOUT_S=60
STOP_LIMIT_S=10
PAGE=/about-us/what-we-do/our-digital-government-efforts/
AREAS="tech-for-public-good citizen-engagement-and-co-creation user-and-business-journeys
  ai-and-data-driven-government digital-identity wog-platforms-and-tools cybersecurity diversity-and-inclusion
  sustainability"

log() { echo "[replicas] $*"; }
fail() { echo "[replicas] FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

for tool in wrk nginx curl "$JAVA"; do
  command -v "$tool" >/dev/null || fail "missing: $tool (apt-get install -y wrk nginx curl)"
done
(( STOP_AT + 2 < DURATION )) || fail "STOP_AT=$STOP_AT leaves no load after the stop within DURATION=$DURATION"

work="$(mktemp -d /tmp/replicas.XXXXXX)"
declare -A pid=() launched=()
nginx_pid=""
cleanup() {
  for replica in "${!pid[@]}"; do kill "${pid[$replica]}" 2>/dev/null && wait "${pid[$replica]}" 2>/dev/null; done
  [[ -n "$nginx_pid" ]] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

[[ -n "${SKIP_BUILD:-}" ]] || ./mvnw -B -q -DskipTests package
jar="$(ls target/*.jar | grep -v plain | head -1)"

port_of() { [[ "$1" == A ]] && echo "$PORT_A" || echo "$PORT_B"; }

# Starts replica $1 (A or B) in the background.
launch() {
  # each replica's management port is any free one: two replicas on one machine cannot share one, and none is read
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  "$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$(port_of "$1")" --server.address=127.0.0.1 --management.server.port=0 \
    >>"$work/replica-$1.log" 2>&1 &
  pid[$1]=$!
  launched[$1]="$(now_ms)"
}

# Waits until replica $1 is ready; sets READY_MS to the time from its launch.
await_ready() {
  local replica="$1"
  until curl -fso /dev/null --max-time 2 "http://127.0.0.1:$(port_of "$replica")/readyz"; do
    kill -0 "${pid[$replica]}" 2>/dev/null || { tail -20 "$work/replica-$replica.log" >&2; fail "replica $replica died"; }
    (( $(now_ms) - launched[$replica] < READY_TIMEOUT_S * 1000 )) \
      || fail "replica $replica not ready within ${READY_TIMEOUT_S}s"
    sleep 0.05
  done
  READY_MS=$(( $(now_ms) - launched[$replica] ))
}

log "machine: $(nproc) CPUs, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log "replicas: $("$JAVA" -version 2>&1 | head -1), JAVA_OPTS=$JAVA_OPTS, on 127.0.0.1:$PORT_A (A) and :$PORT_B (B)"
launch A; launch B
await_ready A; log "A ready in $READY_MS ms"
await_ready B; log "B ready in $READY_MS ms (both started together)"

# Round robin over both; a replica that fails once (refused or reset connection, timeout, 502-504) is left out for
# 2 s and the request goes to the other one. Only idempotent requests are retried (no non_idempotent), which is all
# wrk sends here. The access log records which replica answered, and which were tried first.
mkdir -p "$work/nginx"
chmod -R a+rwX "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path $work/nginx/client_body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  log_format upstreams '\$status \$upstream_addr \$upstream_status';
  access_log $work/nginx/access.log upstreams buffer=256k;
  upstream replicas {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=2s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
    }
  }
}
CONF
nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 40); do curl -fso /dev/null "http://127.0.0.1:$LB_PORT$PAGE" && break; sleep 0.25; done
curl -fso /dev/null "http://127.0.0.1:$LB_PORT$PAGE" || fail "nginx does not answer on $LB_PORT"
log "nginx $(nginx -v 2>&1 | cut -d/ -f2) on 127.0.0.1:$LB_PORT, round robin over A and B"

paths=("$PAGE")
for area in $AREAS; do paths+=("$PAGE$area/"); done
# JIT warm-up of both replicas, so the timed run measures serving, not compiling
wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s -s scripts/load-paths.lua "http://127.0.0.1:$LB_PORT" -- "${paths[@]}" \
  >"$work/warmup.txt"
# only the timed run is counted: flush the warm-up's buffered log lines, then empty the log (nginx appends)
kill -USR1 "$nginx_pid"
sleep 0.5
: >"$work/nginx/access.log"

log "load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s through nginx; SIGTERM to A at ${STOP_AT} s, then A starts again"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s scripts/load-paths.lua \
  "http://127.0.0.1:$LB_PORT" -- "${paths[@]}" >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
sleep "$STOP_AT"
t0="$(now_ms)"
kill -TERM "${pid[A]}"
code=0
wait "${pid[A]}" || code=$?
unset 'pid[A]'
stop_ms=$(( $(now_ms) - t0 ))
[[ "$code" == 0 ]] || fail "A exited with $code after SIGTERM, not 0"
(( stop_ms <= STOP_LIMIT_S * 1000 )) || fail "A took $stop_ms ms to stop, over ${STOP_LIMIT_S}s"
log "A: SIGTERM at ${STOP_AT} s, exit 0 after $stop_ms ms"
launch A; await_ready A
log "A: started again, ready after $READY_MS ms ($(( (stop_ms + READY_MS) / 1000 )) s with one replica)"
wait "$wrk_pid" || fail "wrk failed: $(cat "$work/wrk.txt")"
kill -USR1 "$nginx_pid"; sleep 0.5 # flush the access log

cat "$work/wrk.txt"
requests="$(awk '/requests in/ { print $1 }' "$work/wrk.txt")"
rps="$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.txt")"
percentiles="$(awk '/^ +(50|75|90|99)%/ { printf "p%s %s, ", substr($1, 1, length($1) - 1), $2 }' "$work/wrk.txt")"
max="$(awk '/^    Latency/ { print $4 }' "$work/wrk.txt")"
socket_errors="$(grep -h '^  Socket errors' "$work/wrk.txt" | sed 's/^ *//' || true)"
non2xx="$(awk '/^non-2xx responses/ { print $3 }' "$work/wrk.txt")"
by_a="$(grep -c " 127.0.0.1:$PORT_A [0-9]*$" "$work/nginx/access.log" || true)"
by_b="$(grep -c " 127.0.0.1:$PORT_B [0-9]*$" "$work/nginx/access.log" || true)"
retried="$(grep -c ', ' "$work/nginx/access.log" || true)"
# 499: wrk closed the connection of a request still in flight when its time was up, which nginx logs that way
logged_errors="$(grep -vcE '^(200|499) ' "$work/nginx/access.log" || true)"
cut_at_end="$(grep -c '^499 ' "$work/nginx/access.log" || true)"
log "requests: $requests in ${DURATION} s, $rps req/s; latency ${percentiles}max $max"
log "answered by A: $by_a, by B: $by_b; retried on the other replica by nginx: $retried"
log "errors: socket errors: ${socket_errors:-none}; non-2xx: $non2xx; in nginx's log, neither 200 nor 499:" \
  "$logged_errors (499, left in flight when wrk stopped: $cut_at_end)"
if [[ -n "$socket_errors" || "$non2xx" != 0 || "$logged_errors" != 0 ]]; then
  grep -vE '^(200|499) ' "$work/nginx/access.log" | sort | uniq -c | sort -rn | head -5 >&2
  fail "requests failed while A restarted"
fi
(( by_a > 0 && by_b > 0 )) || fail "one replica answered nothing: the balancing did not happen"

# Both replicas, asked directly, must send every page of the sitemap identically: same bytes, same ETag.
sitemap="$(curl -fs "http://127.0.0.1:$PORT_B/sitemap.xml")"
mapfile -t pages < <(grep -o '<loc>[^<]*</loc>' <<<"$sitemap" | sed -E 's#</?loc>##g; s#^https?://[^/]+##')
(( ${#pages[@]} >= 10 )) || fail "the sitemap lists ${#pages[@]} pages, fewer than the efforts page and its areas"
compared=0
for page in "${pages[@]}"; do
  for encoding in identity gzip; do
    for replica in A B; do
      curl -fs --max-time 5 -H "Accept-Encoding: $encoding" -D "$work/headers-$replica" \
        -o "$work/body-$replica" "http://127.0.0.1:$(port_of "$replica")$page" \
        || fail "replica $replica does not answer $page"
    done
    cmp -s "$work/body-A" "$work/body-B" || fail "$page ($encoding): the replicas send different bytes"
    etag_a="$(grep -i '^etag:' "$work/headers-A" | tr -d '\r')"
    etag_b="$(grep -i '^etag:' "$work/headers-B" | tr -d '\r')"
    [[ -n "$etag_a" ]] || fail "$page ($encoding): no ETag"
    [[ "$etag_a" == "$etag_b" ]] || fail "$page ($encoding): ETags differ: A $etag_a, B $etag_b"
    compared=$(( compared + 1 ))
  done
done
log "sitemap: ${#pages[@]} pages, each identical from A and B, plain and gzipped ($compared comparisons," \
  "bytes and ETag)"
log "passed: 0 failed requests while A stopped and started again"
