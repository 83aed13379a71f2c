#!/usr/bin/env bash
# How the site's cost grows with its size: makes N copies of the efforts page (each with its nine area pages) under
# their own permalinks in a temporary folder, or copies an Isomer repository given as SITE, then prints the time from
# the JVM's start to ready, the RSS after start, and the median and worst time from a file's change on disk to its
# new version being served, over 10 edits, 10 additions and 10 deletions (with LOAD=1, while wrk holds 128
# connections on the site). Loopback only.
# Usage: bench/site-scale.sh N        or    SITE=../shared/isomer-sites/mse bench/site-scale.sh
#        (env: APP_PORT=8088, JAVA=java, JAVA_OPTS, SKIP_BUILD=1, LOAD=1, CHANGES=10)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
APP_PORT=${APP_PORT:-8088}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
CHANGES=${CHANGES:-10}
LOAD=${LOAD:-}
SEED=src/main/resources/content/our-digital-government-efforts.md
for tool in curl python3 "$JAVA"; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -z "$LOAD" ] || command -v wrk >/dev/null || { echo "missing: wrk (apt-get install -y wrk)" >&2; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=$(ls target/*.jar | grep -v plain | head -n 1)
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
until curl -fso /dev/null "http://127.0.0.1:$APP_PORT/readyz"; do
	kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
	sleep 0.05
done
ready=$(( $(date +%s%3N) - start ))
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")

if [ -n "$LOAD" ]; then
	wrk -t2 -c128 -d600s "http://127.0.0.1:$APP_PORT/sitemap.xml" >/dev/null 2>&1 &
	wrk_pid=$!
	sleep 2
fi

# what to change: a copy's page, or for a repository its Markdown pages that have a permalink
python3 - "$content" "$APP_PORT" "$CHANGES" "$work" <<'PY' >"$work/changes.txt"
import os, re, sys, time, random, urllib.request, urllib.parse
content, port, changes, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
base = f'http://127.0.0.1:{port}'
def fetch(path):
    url = base + urllib.parse.quote(path, safe="/&'()+,;=@!$~:*")
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode('utf-8', 'replace')
    except urllib.error.HTTPError as e:
        return e.code, ''
def wait(path, check, limit=60):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        status, body = fetch(path)
        if check(status, body):
            return (time.monotonic() - t0) * 1000
        time.sleep(0.005)
    return None
pages = []
for root, _, files in os.walk(content):
    for f in files:
        p = os.path.join(root, f)
        if f.endswith('.md') and '/_' not in p[len(content):] and not f.lower().startswith('readme'):
            text = open(p, encoding='utf-8', errors='replace').read()
            m = re.search(r'^permalink:\s*(\S.*?)\s*$', text, re.M)
            if text.startswith('---') and m and m.group(1).startswith('/'):
                pages.append((p, m.group(1), text))
random.seed(7)
random.shuffle(pages)
results = {'edit': [], 'add': [], 'delete': []}
for i in range(changes):
    path, url, text = pages[i]
    marker = f'Edited marker {i} {time.time()}'
    body = re.sub(r'\n---\s*\n', f'\n---\n\n{marker}\n\n', text, count=1)
    tmp = path + '.tmp'
    open(tmp, 'w', encoding='utf-8').write(body)
    t = time.monotonic(); os.replace(tmp, path)
    ms = wait(url, lambda s, b: s == 200 and marker in b)
    results['edit'].append(ms)
for i in range(changes):
    url = f'/scale-added-{i}/'
    path = os.path.join(content, f'scale-added-{i}.md')
    tmp = path + '.tmp'
    open(tmp, 'w').write(f'---\ntitle: Added {i}\npermalink: {url}\n---\nAdded page {i}.\n')
    os.replace(tmp, path)
    results['add'].append(wait(url, lambda s, b: s == 200 and f'Added page {i}.' in b))
for i in range(changes):
    path, url, text = pages[changes + i]
    os.remove(path)
    results['delete'].append(wait(url, lambda s, b: s in (404, 301)))
def summary(values):
    ok = sorted(v for v in values if v is not None)
    missed = len(values) - len(ok)
    if not ok:
        return 'never served'
    return f'median {ok[len(ok)//2]:.0f} ms, worst {ok[-1]:.0f} ms' + (f', {missed} not served in 60 s' if missed else '')
for kind in ('edit', 'add', 'delete'):
    print(f'{kind}: {summary(results[kind])}')
PY
rss_after=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
echo "== $label ($pages Markdown files)${LOAD:+, under wrk -c128}"
echo "ready after JVM start: $ready ms"
echo "RSS: $rss MB after start, $rss_after MB after the changes"
cat "$work/changes.txt"
grep -aE "Loaded|Rendered|Reloaded" "$work/app.log" | head -3 | sed 's/.*: /  log: /'
