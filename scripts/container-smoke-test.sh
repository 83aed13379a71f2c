#!/usr/bin/env bash
# Builds the image from the Dockerfile and checks it the way an orchestrator runs it: ready, serving, non-root,
# closed actuator on the public port, health and metrics on the management port, JSON logs, memory under load,
# clean stop on SIGTERM, a usable AOT cache, and the same on a read-only root filesystem with only /tmp and the
# feedback volume /data writable (as deploy/kubernetes/ runs it), where feedback is posted, exported and kept across a
# restart. Prints the image size and start-to-ready time with and without the AOT cache. Uses
# Docker when a daemon answers, else podman with base images made from Debian packages.
#
# Usage: scripts/container-smoke-test.sh      (env: SMOKE_PORT=8083, SMOKE_MANAGEMENT_PORT=8085 (the host's ports for
#                                             the container's 8080 and 8081), SMOKE_STARTS=3 timed starts per variant,
#                                             SMOKE_IMAGE and SMOKE_NAME to keep two runs on one machine apart)
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${SMOKE_IMAGE:-localhost/digital-government-efforts:smoke}"
NAME="${SMOKE_NAME:-efforts-smoke}"
PORT="${SMOKE_PORT:-8083}"
MANAGEMENT_PORT="${SMOKE_MANAGEMENT_PORT:-8085}"
STARTS="${SMOKE_STARTS:-3}"
READY_TIMEOUT_S=90
STOP_LIMIT_S=10
PAGE=/about-us/what-we-do/our-digital-government-efforts/
DEEP_LINK="${PAGE}digital-identity/"
# The image's own command without -XX:AOTCache, so both variants run with the image's JAVA_OPTS
NO_AOT_COMMAND=(-c 'exec java -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar application.jar')
# 256 MB until issues 23 and 24 (2026-12): image copies and the feedback database's classes (Flyway, H2, Hikari)
# brought the process to 251-259 MB after 4000 requests; the Kubernetes limit (512 MiB) keeps a wide margin
RSS_LIMIT_MB=288

log() { echo "[smoke] $*"; }
fail() { echo "[smoke] FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

base_args=()
LIMITS=()
if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  ENGINE=(docker)
  BUILD=(env DOCKER_BUILDKIT=1 docker build)
  NET=(-p "$PORT:8080" -p "$MANAGEMENT_PORT:8081")
  READ_ONLY=(--read-only)
else
  command -v podman >/dev/null || fail "neither a Docker daemon nor podman (apt-get install podman runc debootstrap)"
  ENGINE=(podman --runtime runc)
  LIMITS=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)
  BUILD=("${ENGINE[@]}" build --network host "${LIMITS[@]}")
  base_images="$(timeout 1800 scripts/container-base-images.sh podman)" || fail "could not make the base images"
  mapfile -t base_args <<<"$base_images"
  for arg in "${base_args[@]}"; do BUILD+=(--build-arg "$arg"); done
  NET=(-p "$PORT:8080" -p "$MANAGEMENT_PORT:8081" "${LIMITS[@]}")
  # podman's --read-only also mounts tmpfs on /run and /var/tmp unless told not to; Kubernetes gives only /tmp
  READ_ONLY=(--read-only --read-only-tmpfs=false)
fi

containers=()
work="$(mktemp -d /tmp/efforts-smoke.XXXXXX)"
cleanup() {
  for c in "${containers[@]}"; do "${ENGINE[@]}" rm -f "$c" >/dev/null 2>&1 || true; done
  [[ -n "${content_dir:-}" ]] && rm -rf "$content_dir"
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

# http_code PATH [PORT], expect STATUS PATH [PORT]: on the public port unless another is given
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:${2:-$PORT}$1" || true; }
expect() {
  local code; code="$(http_code "$2" "${3:-$PORT}")"
  [[ "$code" == "$1" ]] || fail "GET $2 on port ${3:-$PORT} answered $code, not $1"
}

# Starts container $1 (further arguments go to run), waits for readiness; sets STARTED_MS to start-to-ready time.
start() {
  local name="$1"; shift
  "${ENGINE[@]}" rm -f "$name" >/dev/null 2>&1 || true
  containers+=("$name")
  local t0; t0="$(now_ms)"
  "${ENGINE[@]}" run -d --name "$name" "${NET[@]}" "$@" >/dev/null
  until [[ "$(http_code /readyz)" == 200 ]]; do
    [[ "$("${ENGINE[@]}" inspect -f '{{.State.Running}}' "$name")" == true ]] \
      || { "${ENGINE[@]}" logs "$name" | tail -20 >&2; fail "$name exited before it was ready"; }
    (( $(now_ms) - t0 < READY_TIMEOUT_S * 1000 )) || fail "$name not ready within ${READY_TIMEOUT_S}s"
    sleep 0.05
  done
  STARTED_MS=$(( $(now_ms) - t0 ))
}

# Sends SIGTERM to container $1 and checks it exits 0 in time; sets STOPPED_MS.
stop() {
  local t0 code; t0="$(now_ms)"
  "${ENGINE[@]}" kill --signal TERM "$1" >/dev/null
  code="$(timeout $(( STOP_LIMIT_S + 5 )) "${ENGINE[@]}" wait "$1" || echo timeout)"
  STOPPED_MS=$(( $(now_ms) - t0 ))
  [[ "$code" == 0 ]] || fail "$1 exited with $code after SIGTERM, not 0"
  (( STOPPED_MS <= STOP_LIMIT_S * 1000 )) || fail "$1 took ${STOPPED_MS} ms to stop, over ${STOP_LIMIT_S}s"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# kept after the run (unlike $work), for a failed build to be read
BUILD_LOG="/tmp/${NAME}-build.log"
t0="$(now_ms)"
log "building $IMAGE with ${BUILD[*]}"
timeout 1800 "${BUILD[@]}" -t "$IMAGE" . >"$BUILD_LOG" 2>&1 \
  || { tail -40 "$BUILD_LOG" >&2; fail "image build failed (log: $BUILD_LOG)"; }
log "built in $(( ($(now_ms) - t0) / 1000 )) s"

log "checking a container with structured logs"
start "$NAME" -e LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs "$IMAGE"
expect 200 "$PAGE"
areas="$(curl -s --max-time 5 "http://127.0.0.1:$PORT$PAGE" | grep -o "href=\"$PAGE[a-z0-9-]*/\"" \
  | cut -d'"' -f2 | sort -u)"
[[ "$(wc -l <<<"$areas")" -ge 9 ]] || fail "the efforts page links fewer than nine areas"
for area in $areas; do expect 200 "$area"; done
expect 200 /livez
for hidden in /actuator /actuator/health /actuator/health/readiness /actuator/prometheus /actuator/env \
  /actuator/heapdump /actuator/beans /actuator/shutdown; do
  expect 404 "$hidden"
done
expect 200 /actuator/health/readiness "$MANAGEMENT_PORT"
for hidden in /actuator /actuator/env /actuator/heapdump "$PAGE"; do
  expect 404 "$hidden" "$MANAGEMENT_PORT"
done
# The default JAVA_OPTS must hold the JVM (PID 1, thanks to exec) under the RSS limit while it serves pages.
seq 4000 | xargs -P 8 -n 100 sh -c 'for _ in "$@"; do printf "url = %s\noutput = /dev/null\n" "$0"; done | curl -s -K -' \
  "http://127.0.0.1:$PORT$PAGE"
rss_kb="$("${ENGINE[@]}" exec "$NAME" sh -c 'grep VmRSS /proc/1/status' | awk '{ print $2 }')"
[[ -n "$rss_kb" ]] || fail "could not read the JVM's RSS (is java PID 1?)"
(( rss_kb / 1024 < RSS_LIMIT_MB )) || fail "RSS after 4000 requests is $(( rss_kb / 1024 )) MB, over ${RSS_LIMIT_MB} MB"
# The management port's Prometheus text has counted those 4000 pages, and shows the JVM's memory.
metrics="$(curl -s --max-time 5 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus")"
timed_200="$(awk '/^site_http_requests_seconds_count\{status="200"\}/ { printf "%d", $2 }' <<<"$metrics")"
(( ${timed_200:-0} >= 4000 )) || fail "the metrics count ${timed_200:-no} answers 200 after 4000 page requests"
grep -q '^jvm_memory_used_bytes{area="heap"' <<<"$metrics" || fail "no jvm_memory_used_bytes in the metrics"
uid="$("${ENGINE[@]}" exec "$NAME" id -u)"
[[ "$uid" != 0 ]] || fail "the site runs as root"
# Requests in flight when SIGTERM arrives must be answered in full; later connections may only be refused or reset
# before any answer (curl exit 7, 52, 56: the load balancer retries those), never get an error or a cut-off page.
seq 300 | xargs -P 6 -I{} sh -c 'code=$(curl -s -o /dev/null -w "%{http_code}" --max-time 10 "$0"); echo "$code $?"' \
  "http://127.0.0.1:$PORT$PAGE" >"$work/inflight.txt" 2>/dev/null &
burst=$!
sleep 0.5
stop "$NAME"
wait "$burst" || true
answered="$(grep -c '^200 0$' "$work/inflight.txt" || true)"
refused="$(grep -cE '^000 (7|52|56)$' "$work/inflight.txt" || true)"
broken="$(grep -vE '^(200 0|000 (7|52|56))$' "$work/inflight.txt" | sort | uniq -c | tr '\n' ' ' || true)"
[[ -z "$broken" ]] || fail "requests cut off or failed during shutdown (count, status, curl exit): $broken"
logs="$("${ENGINE[@]}" logs "$NAME" 2>&1)"
grep -q 'Graceful shutdown complete' <<<"$logs" || fail "no 'Graceful shutdown complete' in the logs"
not_json="$(grep -v '^{"@timestamp"' <<<"$logs" | grep -v '^$' | head -3 || true)"
[[ -z "$not_json" ]] || fail "LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs left lines that are not JSON: $not_json"
log "ok: page and $(wc -l <<<"$areas") areas 200, actuator paths 404 on the public port," \
  "health and metrics ($timed_200 answers 200 counted) on the management port, uid $uid, ECS JSON logs," \
  "RSS $(( rss_kb / 1024 )) MB after 4000 requests," \
  "SIGTERM: exit 0 in ${STOPPED_MS} ms, $answered answered in full," \
  "$refused refused after SIGTERM before an answer, none cut off"
"${ENGINE[@]}" rm -f "$NAME" >/dev/null

log "checking an external content folder mounted read-only"
content_dir="$(mktemp -d)"
cp -r src/main/resources/content/. "$content_dir"
chmod -R a+rX "$content_dir"
start "$NAME" -v "$content_dir:/content:ro" -e SITE_CONTENT_LOCATION=/content "$IMAGE"
expect 200 "$PAGE"
# read the logs whole first: under pipefail, 'logs | grep -q' fails when grep stops reading early (SIGPIPE)
content_logs="$("${ENGINE[@]}" logs "$NAME" 2>&1)"
grep -q 'from /content' <<<"$content_logs" || fail "the site did not load /content"
stop "$NAME"
"${ENGINE[@]}" rm -f "$NAME" >/dev/null
log "ok: served from the mounted folder"

log "checking content published as git-sync does (a new checkout, then a link renamed over the old one)"
sync_dir="$work/git"
publish() { # $1: the checkout's name; $2: a line the efforts page gets
  mkdir -p "$sync_dir/.worktrees/$1"
  cp -r src/main/resources/content/. "$sync_dir/.worktrees/$1"
  printf '\n\n%s\n' "$2" >>"$sync_dir/.worktrees/$1/our-digital-government-efforts.md"
  chmod -R a+rX "$sync_dir"
  ln -sfn ".worktrees/$1" "$sync_dir/tmp-link"
  mv -T "$sync_dir/tmp-link" "$sync_dir/current"
}
publish first "Published-first."
start "$NAME" -v "$sync_dir:/content:ro" -e SITE_CONTENT_LOCATION=/content/current "$IMAGE"
expect 200 "$PAGE"
page_text() { curl -s --max-time 5 "http://127.0.0.1:$PORT$PAGE"; }
[[ "$(page_text)" == *Published-first.* ]] || fail "the first checkout is not served"
t_publish="$(now_ms)"
publish second "Published-second."
rm -rf "$sync_dir/.worktrees/first"
until [[ "$(page_text)" == *Published-second.* ]]; do
  (( $(now_ms) - t_publish < 10000 )) || fail "the second checkout was not served within 10 s of its link"
  sleep 0.1
done
published_ms=$(( $(now_ms) - t_publish ))
stop "$NAME"
"${ENGINE[@]}" rm -f "$NAME" >/dev/null
log "ok: a new checkout behind the moved link served ${published_ms} ms after the rename"

log "checking the AOT cache: the image's java must map it (-XX:AOTMode=on fails otherwise)"
# shellcheck disable=SC2016 # $JAVA_OPTS is the container's
aot_log="$(timeout 120 "${ENGINE[@]}" run --rm "${LIMITS[@]}" --entrypoint /bin/sh "$IMAGE" -c \
  'exec java -XX:AOTCache=application.aot -XX:AOTMode=on -Xlog:aot=info $JAVA_OPTS -Dspring.context.exit=onRefresh -jar application.jar' \
  2>&1)" || { tail -20 <<<"$aot_log" >&2; fail "the image's java cannot use its AOT cache"; }
grep -q 'Opened AOT cache application.aot' <<<"$aot_log" || fail "the JVM did not say it opened application.aot"
log "ok: the AOT cache opens with the image's java and JAVA_OPTS"

log "checking a read-only root filesystem with only /tmp (noexec) and /data writable, no capabilities, no privilege escalation"
feedback_dir="$work/feedback"
mkdir -p "$feedback_dir" && chmod 0777 "$feedback_dir"
# /tmp noexec, as Docker mounts a --tmpfs by default: nothing may be run from it (libwebp falls back to /usr/lib)
read_only_run=("${READ_ONLY[@]}" --tmpfs /tmp:rw,noexec,nosuid,nodev -v "$feedback_dir:/data" --cap-drop ALL
  --security-opt no-new-privileges --user 10001:10001 "$IMAGE")
start "$NAME" "${read_only_run[@]}"
expect 200 "$PAGE"
expect 200 "$DEEP_LINK"
# Feedback as a browser posts it: 303 to the thank-you page, then in the operators' export on the management port.
posted="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST -H "Origin: http://127.0.0.1:$PORT" \
  --data-urlencode "page=$DEEP_LINK" --data-urlencode "useful=no" "http://127.0.0.1:$PORT/page-feedback/useful")"
[[ "$posted" == 303 ]] || fail "posting feedback on a read-only root answered $posted, not 303"
export_csv() { curl -s --max-time 10 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/feedback"; }
grep -q ",$DEEP_LINK,no," <<<"$(export_csv)" || fail "the feedback posted is not in /actuator/feedback"
[[ -s "$feedback_dir/feedback.mv.db" ]] || fail "no feedback database file in the /data volume"
# read the page whole first: under pipefail, 'curl | grep -q' fails when grep stops reading early (SIGPIPE)
deep_link_page="$(curl -s --max-time 5 "http://127.0.0.1:$PORT$DEEP_LINK")"
grep -q '<h1>Digital Identity</h1>' <<<"$deep_link_page" \
  || fail "$DEEP_LINK does not show the Digital Identity area's heading"
expect 200 /livez
expect 200 /actuator/prometheus "$MANAGEMENT_PORT"
# images (issue 23): a WebP copy and a JPEG/PNG copy are made by libwebp and the JDK's image libraries, which must
# load on this root (libwebp from /usr/lib when /tmp is mounted noexec), and served as such
page_html="$(curl -s --max-time 5 "http://127.0.0.1:$PORT$PAGE")"
webp_copy="$(grep -o '/assets/images/[0-9a-f]*/320/[^ "]*\.webp' <<<"$page_html" | head -1)"
[[ -n "$webp_copy" ]] || fail "the page offers no WebP copy of its image"
own_copy="${webp_copy%.webp}"
for copy in "$webp_copy" "$own_copy"; do
  headers="$(curl -s -D - -o /tmp/smoke-copy.$$ --max-time 30 "http://127.0.0.1:$PORT$copy")"
  grep -qi '^cache-control: max-age=31536000, public, immutable' <<<"$headers" \
    || fail "$copy was not served as a copy (native libraries not loaded?): $(head -1 <<<"$headers")"
  case "$copy" in
    *.webp) [[ "$(head -c 4 /tmp/smoke-copy.$$)$(tail -c +9 /tmp/smoke-copy.$$ | head -c 4)" == RIFFWEBP ]] \
      || fail "$copy is not WebP" ;;
  esac
done
rm -f /tmp/smoke-copy.$$
stop "$NAME"
ro_stopped_ms="$STOPPED_MS"
ro_logs="$("${ENGINE[@]}" logs "$NAME" 2>&1)"
grep -q 'Graceful shutdown complete' <<<"$ro_logs" || fail "no 'Graceful shutdown complete' on the read-only root"
! grep -qiE 'read-only file system|AccessDenied' <<<"$ro_logs" || fail "something tried to write: $(
  grep -iE 'read-only file system|AccessDenied' <<<"$ro_logs" | head -3)"
"${ENGINE[@]}" rm -f "$NAME" >/dev/null
start "$NAME" "${read_only_run[@]}"
grep -q ",$DEEP_LINK,no," <<<"$(export_csv)" || fail "the feedback posted before a restart is gone after it"
stop "$NAME"
"${ENGINE[@]}" rm -f "$NAME" >/dev/null
log "ok: page, $DEEP_LINK, probes and image copies (WebP, $own_copy) on a read-only root; feedback posted (303)," \
  "exported and kept across a restart in the /data volume; SIGTERM: exit 0 in ${ro_stopped_ms} ms"

log "timing $STARTS starts with the image's AOT cache and $STARTS without it (no class-data archive at all: the linked runtime has none), interleaved"
with=(); without=()
for _ in $(seq "$STARTS"); do
  start "$NAME" "$IMAGE"; with+=("$STARTED_MS"); stop "$NAME"; "${ENGINE[@]}" rm -f "$NAME" >/dev/null
  start "$NAME" --entrypoint /bin/sh "$IMAGE" "${NO_AOT_COMMAND[@]}"; without+=("$STARTED_MS"); stop "$NAME"
  "${ENGINE[@]}" rm -f "$NAME" >/dev/null
done
size="$("${ENGINE[@]}" image inspect -f '{{.Size}}' "$IMAGE")"
runtime_base="$(printf '%s\n' "${base_args[@]}" | sed -n 's/^RUNTIME_IMAGE=//p')"
base_size="$("${ENGINE[@]}" image inspect -f '{{.Size}}' "${runtime_base:-debian:trixie-slim}" 2>/dev/null \
  || echo 0)"
med_with="$(median "${with[@]}")"; med_without="$(median "${without[@]}")"
log "image size: $(( size / 1000000 )) MB ($(( (size - base_size) / 1000000 )) MB above its runtime base image)"
log "start to ready, with the AOT cache:    median ${med_with} ms (runs: ${with[*]})"
log "start to ready, without the AOT cache: median ${med_without} ms (runs: ${without[*]})"
log "with/without: $(awk -v a="$med_with" -v b="$med_without" 'BEGIN { printf "%.2f", a / b }')"
# Older builds' intermediate images would pile up; a day's worth stays as the build cache.
"${ENGINE[@]}" image prune -f --filter until=24h >/dev/null || true
log "all checks passed in $(( ($(now_ms) - t0) / 1000 )) s"
