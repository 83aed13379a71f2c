#!/usr/bin/env bash
# Serves the efforts page from the app and its exact bytes from nginx, loopback only, and compares them with wrk.
# Usage: bench/vs-nginx.sh   (settings below can be overridden from the environment, e.g. ROUNDS=3 SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8087}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8077} # the app's metrics, read after the rounds
NGINX_PORT=${NGINX_PORT:-8097}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5}                 # seconds per round
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PAGE=${PAGE:-/about-us/what-we-do/our-digital-government-efforts/}
ENCODING=${ENCODING:-identity}          # identity, or gzip (both servers then send their gzip copy)
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}                # e.g. "-Xmx128m" or "-XX:+UseSerialGC"
APP_ARGS=${APP_ARGS:-}                  # extra Spring Boot arguments, e.g. "--server.tomcat.threads.max=8", or
                                        # "--management.metrics.enable.all=false" to measure without metrics
SKIP_BUILD=${SKIP_BUILD:-}              # set to reuse target/*.jar
JAR=${JAR:-}                            # another build to measure (implies SKIP_BUILD)

for tool in wrk nginx curl "$JAVA"; do
	command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx curl)" >&2; exit 1; }
done

for port in "$APP_PORT" "$NGINX_PORT" "$MANAGEMENT_PORT"; do
	if curl -so /dev/null "http://127.0.0.1:$port/"; then
		echo "port $port is already in use: stop what runs there first" >&2
		exit 1
	fi
done

work=$(mktemp -d /tmp/vs-nginx.XXXXXX)
app_pid=""
nginx_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	[ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -z "$SKIP_BUILD" ] && [ -z "$JAR" ]; then
	./mvnw -B -q -DskipTests package
fi
jar=${JAR:-$(ls target/*.jar | grep -v plain | head -n 1)}

# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
	--management.server.port="$MANAGEMENT_PORT" $APP_ARGS \
	>"$work/app.log" 2>&1 &
app_pid=$!
app_url="http://127.0.0.1:$APP_PORT$PAGE"
for _ in $(seq 1 120); do
	curl -fso /dev/null "$app_url" && break
	kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
	sleep 0.5
done
curl -fso /dev/null "$app_url" && kill -0 "$app_pid" 2>/dev/null \
	|| { echo "the app did not answer $app_url within 60 s" >&2; cat "$work/app.log" >&2; exit 1; }

# nginx gets the app's exact bytes (and its gzip copy, served as-is by gzip_static) in a root of its own
root="$work/root"
mkdir -p "$root$PAGE" "$work/logs"
curl -fs "$app_url" -o "$root${PAGE}index.html"
curl -fs -H 'Accept-Encoding: gzip' "$app_url" -o "$root${PAGE}index.html.gz"
chmod -R a+rX "$work"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	sendfile on;
	tcp_nopush on;
	access_log off;
	gzip_static on;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $root;
	}
}
CONF
nginx -e "$work/logs/error.log" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
nginx_url="http://127.0.0.1:$NGINX_PORT$PAGE"
for _ in $(seq 1 20); do curl -fso /dev/null "$nginx_url" && break; sleep 0.25; done

header=()
[ "$ENCODING" = gzip ] && header=(-H 'Accept-Encoding: gzip')
if ! cmp -s <(curl -fs "${header[@]}" "$app_url") <(curl -fs "${header[@]}" "$nginx_url"); then
	echo "the app and nginx do not send the same bytes" >&2
	exit 1
fi
bytes=$(curl -fs "${header[@]}" "$app_url" | wc -c)

# CPU time (user + system, in clock ticks) used so far by the given processes, all their threads included
cpu_ticks() {
	local total=0 pid fields
	for pid in "$@"; do
		read -r -a fields <"/proc/$pid/stat"
		total=$((total + fields[13] + fields[14]))
	done
	echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# one wrk run against a URL while measuring the CPU the given server processes spend:
# prints "req/s p50_ms p99_ms non2xx cpu_us_per_request"
run() {
	local seconds=$1 url=$2 before after
	shift 2
	before=$(cpu_ticks "$@")
	timeout $((seconds + 30)) wrk --latency -c"$CONNECTIONS" -t"$THREADS" -d"${seconds}s" "${header[@]}" "$url" \
		>"$work/wrk.txt"
	after=$(cpu_ticks "$@")
	awk -v ticks=$((after - before)) -v hz="$ticks_per_second" '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
		/requests in/ { total = $1 } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
		END { printf "%.0f %.2f %.2f %d %.0f\n", rps, p50, p99, bad, (total ? ticks * 1e6 / hz / total : 0) }' "$work/wrk.txt"
}

echo "Warming up (app 15 s, nginx 3 s)..."
nginx_pids=("$nginx_pid" $(ps -o pid= --ppid "$nginx_pid"))
run 15 "$app_url" "$app_pid" >/dev/null
run 3 "$nginx_url" "${nginx_pids[@]}" >/dev/null

echo
echo "$(date -u +%FT%TZ)  $(nproc) cpu(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "$PAGE: $bytes bytes ($ENCODING), wrk -c$CONNECTIONS -t$THREADS -d${DURATION}s, $ROUNDS rounds"
java_version=$("$JAVA" -version 2>&1 | head -n 1)
echo "java: $java_version  JAVA_OPTS='$JAVA_OPTS'  APP_ARGS='$APP_ARGS'"
echo "cpu_us: server CPU (user + system) per request; cpu ratio: nginx cpu_us / app cpu_us"
java_major=$(sed -E 's/.*version "([0-9]+).*/\1/' <<<"$java_version")
if [ "$java_major" -lt 21 ] 2>/dev/null; then
	# the container's options, read from the Dockerfile so this hint cannot go stale
	container_opts=$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' Dockerfile)
	echo "note: Java $java_major has no virtual threads; the container runs Java 25 with JAVA_OPTS='$container_opts':" \
		"set JAVA (a 21+ java) and JAVA_OPTS to measure the site as it is deployed"
fi
printf '%-5s %9s %7s %8s %7s   %9s %7s %8s %7s   %6s %6s\n' round app_rps p50_ms p99_ms cpu_us \
	nginx_rps p50_ms p99_ms cpu_us ratio cpu
ratios=()
cpu_ratios=()
for i in $(seq 1 "$ROUNDS"); do
	read -r a_rps a_p50 a_p99 a_bad a_cpu < <(run "$DURATION" "$app_url" "$app_pid")
	read -r n_rps n_p50 n_p99 n_bad n_cpu < <(run "$DURATION" "$nginx_url" "${nginx_pids[@]}")
	[ "$a_bad" = 0 ] && [ "$n_bad" = 0 ] || { echo "non-2xx answers: app $a_bad, nginx $n_bad" >&2; exit 1; }
	ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", a / n }')
	cpu_ratio=$(awk -v a="$a_cpu" -v n="$n_cpu" 'BEGIN { printf "%.2f", (a > 0) ? n / a : 0 }')
	ratios+=("$ratio")
	cpu_ratios+=("$cpu_ratio")
	printf '%-5s %9s %7s %8s %7s   %9s %7s %8s %7s   %6s %6s\n' "$i" "$a_rps" "$a_p50" "$a_p99" "$a_cpu" \
		"$n_rps" "$n_p50" "$n_p99" "$n_cpu" "$ratio" "$cpu_ratio"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median ratio app/nginx: $(printf '%s\n' "${ratios[@]}" | median) (requests per second)," \
	"$(printf '%s\n' "${cpu_ratios[@]}" | median) (requests per CPU second)"
# whether the app's request metrics were on, as its Prometheus text says (a build without them has none)
timed=$(curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" 2>/dev/null \
	| awk '/^site_http_requests_seconds_count\{/ { n += $2 } END { if (n) printf "%d", n }' || true)
echo "request metrics: ${timed:-off} (requests counted in site_http_requests_seconds_count)"
rss=$(ps -o rss= -p "$app_pid" || true)
if [ -n "$rss" ]; then echo "app RSS after the benchmark: $((rss / 1024)) MB"; else echo "app RSS: the app is gone"; fi
