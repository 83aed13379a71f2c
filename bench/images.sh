#!/usr/bin/env bash
# Images (issue 23): what making the copies of images costs, what a visitor waits for one, and whether the feature
# slows the site's start.
#  1. Photos of 1 to 40 megapixels (JPEG, quality 0.9, written by bench/MakePhotos.java) on one page; each asked for
#     at 640 and at its largest copy (1920 px or its own width), in WebP and in JPEG. The server's debug log gives the
#     time and the bytes allocated of each making; curl gives the first request's time (the copy made then) and
#     the median of 5 later ones (from the cache).
#  2. The time from the JVM's start to /readyz 200 on SITE (mse), this build against BEFORE_JAR, interleaved.
# Usage: BEFORE_JAR=/path/to/previous.jar bench/images.sh
#        (env: APP_PORT=18023, RUNS=3, SKIP_BUILD=1, JAVA=java, JAVA_OPTS, SITE=../shared/isomer-sites/mse,
#        SIZES="1200x800 2000x1500 4000x3000 6000x4000 8000x5000")
set -euo pipefail
cd "$(dirname "$0")/.."
APP_PORT=${APP_PORT:-18023}
RUNS=${RUNS:-3}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
SITE=${SITE:-../shared/isomer-sites/mse}
SIZES=${SIZES:-1200x800 2000x1500 4000x3000 6000x4000 8000x5000}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=${JAR:-$(ls target/*.jar | grep -v plain | head -n 1)}
work=$(mktemp -d /tmp/images-bench.XXXXXX)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
echo "# $(date -u +%FT%TZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"

# starts a jar on a content folder and waits for readiness; READY_MS is the milliseconds it took
start() {
	local jar=$1 content=$2 log=$3 begin
	shift 3
	! curl -so /dev/null "http://127.0.0.1:$APP_PORT/" || { echo "port $APP_PORT is taken" >&2; exit 1; }
	begin=$(date +%s%3N)
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -jar "$jar" --site.content.location="$content" --site.content.watch=false \
		--server.port="$APP_PORT" --management.server.port=0 --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 1800); do
		if curl -fso /dev/null "http://127.0.0.1:$APP_PORT/readyz"; then
			READY_MS=$(( $(date +%s%3N) - begin ))
			# CPU seconds the JVM used to get there (user + system), which other work on the machine disturbs less
			READY_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$app_pid/stat")
			return
		fi
		kill -0 "$app_pid" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
		sleep 0.1
	done
	echo "not ready after 180 s" >&2
	exit 1
}
stop() {
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	app_pid=""
}
rss_mb() { echo $(( $(ps -o rss= -p "$app_pid") / 1024 )); }

echo "## 1. Making copies"
mkdir -p "$work/photos/images"
# shellcheck disable=SC2086
"$JAVA" bench/MakePhotos.java "$work/photos/images" $SIZES >/dev/null
{
	printf -- '---\ntitle: Photos\npermalink: /photos/\n---\nPhotos.\n\n'
	for size in $SIZES; do printf '![A photo of %s](/images/photo-%s.jpg)\n\n' "$size" "$size"; done
} >"$work/photos/photos.md"
start "$jar" "$work/photos" "$work/photos.log" --logging.level.sg.gov.tech.efforts.images=debug
rss_before=$(rss_mb)
curl -s "http://127.0.0.1:$APP_PORT/photos/" >"$work/photos.html"
# warm-up (not counted): the 320 px copies, so the figures below are of compiled code, as on a server that has run
grep -o '/assets/images/[0-9a-f]*/320/[^ "]*' "$work/photos.html" | sort -u | while read -r url; do
	curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$url"
done
printf '%-10s %-5s %6s %10s %10s %12s\n' photo copy width first_ms cached_ms bytes
for size in $SIZES; do
	for format in webp jpg; do
		urls=$(python3 - "$work/photos.html" "$size" "$format" <<'PY'
import re, sys
html, size, fmt = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
for m in re.finditer(r'(source type="image/webp" )?srcset="([^"]*photo-' + size + r'\.jpg[^"]*)"', html):
    webp = m.group(1) is not None
    if webp != (fmt == 'webp'):
        continue
    candidates = [c.strip().split(' ') for c in m.group(2).split(',')]
    chosen = [c for c in candidates if c[1] == '640w'] + [candidates[-1]]
    for url, width in chosen:
        print(url, width[:-1])
    break
PY
)
		while read -r url width; do
			[ -n "$url" ] || continue
			first=$(curl -s -o "$work/copy" -w '%{time_total}' "http://127.0.0.1:$APP_PORT$url")
			bytes=$(stat -c %s "$work/copy")
			cached=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$APP_PORT$url"; done \
				| sort -n | sed -n 3p)
			awk -v s="$size" -v f="$format" -v w="$width" -v a="$first" -v c="$cached" -v b="$bytes" \
				'BEGIN { printf "%-10s %-5s %6s %10.0f %10.1f %12s\n", s, f, w, a * 1000, c * 1000, b }'
		done <<<"$urls"
	done
done
echo
echo "Makings (from the server's debug log): megapixels, ms, MB allocated, per megapixel"
grep -o 'Made [^ ]* of [^ ]* ([0-9.]* MP) in [0-9]* ms, allocating [0-9]* KB: [0-9]* bytes' "$work/photos.log" \
	| grep -v -- '-320-' \
	| sed -E 's/Made ([^ ]*) of ([^ ]*) \(([0-9.]*) MP\) in ([0-9]*) ms, allocating ([0-9]*) KB: ([0-9]*) bytes/\2 \1 \3 \4 \5/' \
	| awk '{ printf "%-30s %-32s %5.1f MP %6d ms %7.1f MB  %6.1f ms/MP %6.2f MB/MP\n", $1, $2, $3, $4, $5 / 1024, $4 / $3, $5 / 1024 / $3 }'
echo "RSS: ${rss_before} MB after start, $(rss_mb) MB after the makings"
stop

echo
echo "## 2. Ready time of $(basename "$SITE"), this build against ${BEFORE_JAR:-no earlier build}"
[ -n "${BEFORE_JAR:-}" ] || { echo "set BEFORE_JAR to compare"; exit 0; }
after=(); before=(); after_cpu=(); before_cpu=()
for _ in $(seq "$RUNS"); do
	start "$BEFORE_JAR" "$SITE" "$work/before.log"; before+=("$READY_MS"); before_cpu+=("$READY_CPU"); stop
	start "$jar" "$SITE" "$work/after.log"; after+=("$READY_MS"); after_cpu+=("$READY_CPU"); stop
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "before: median $(median "${before[@]}") ms, $(median "${before_cpu[@]}") CPU s (runs: ${before[*]}; ${before_cpu[*]})"
echo "after:  median $(median "${after[@]}") ms, $(median "${after_cpu[@]}") CPU s (runs: ${after[*]}; ${after_cpu[*]})"
echo "after/before: $(awk -v a="$(median "${after[@]}")" -v b="$(median "${before[@]}")" 'BEGIN { printf "%.2f", a / b }') wall," \
	"$(awk -v a="$(median "${after_cpu[@]}")" -v b="$(median "${before_cpu[@]}")" 'BEGIN { printf "%.2f", a / b }') CPU"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
