#!/usr/bin/env bash
# Screenshots of each Isomer repository as this server publishes it, for reviewers: its homepage, resource room, one
# post and one collection page, each at 1280 and 375 px wide (the first screen: 1280x1000 and 375x900), written to
# docs/screenshots/SITE-KIND-WIDTH.png. Needs Debian's chromium and python3; loopback only.
# Usage: scripts/screenshots.sh DIR...     (env: PORT=8090, SKIP_BUILD=1 to reuse target/*.jar, OUT=docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8090}
OUT=${OUT:-docs/screenshots}
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
for tool in chromium python3 curl java; do
	command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y chromium python3 curl)" >&2; exit 1; }
done
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
jar=$(ls target/*.jar | grep -v plain | head -n 1)
mkdir -p "$OUT"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# the pages of one site to show, one "kind path" line each, from its sitemap, its resource room and its collections
pick_pages() {
	python3 - "$1" "http://127.0.0.1:$PORT" <<'PY'
import os, re, sys, urllib.request
repository, base = sys.argv[1:3]
def get(path):
    try:
        return urllib.request.urlopen(base + path, timeout=60).read().decode('utf-8', 'replace')
    except OSError as error:
        print(f'{path}: {error}', file=sys.stderr)
        return ''
config = open(os.path.join(repository, '_config.yml'), encoding='utf-8').read()
room = (re.search(r'^resources_name:\s*["\']?([^"\'\s]+)', config, re.M) or [None, 'resource_room'])[1]
urls = [re.sub(r'^https?://[^/]+', '', u) for u in re.findall(r'<loc>([^<]+)</loc>', get('/sitemap.xml'))]
print('home /')
room_url = f'/{room}/'
room_page = get(room_url)
if room_page:
    print(f'resource-room {room_url}')
cards = re.findall(r'class="post-card-title"><a href="([^"]+)"', room_page)
# a post: the room's first card, else a page under the room that is not a list (lists end in a slash)
posts = [c for c in cards if c.startswith('/')] or [u for u in urls if u.startswith(room_url) and not u.endswith('/')]
if posts:
    print(f'post {posts[0]}')
own = {'data', 'includes', 'layouts', 'posts', 'site', 'sass', 'drafts', 'plugins'}
collections = sorted(d[1:] for d in os.listdir(repository)
                     if d.startswith('_') and d[1:] not in own and os.path.isdir(os.path.join(repository, d)))
for name in collections:
    pages = [u for u in urls if u.startswith(f'/{name}/')]
    if pages:
        print(f'collection {sorted(pages)[0]}')
        break
else:
    # a site without collections: the first page its navigation leads to
    nav = re.search(r'<nav class="site-nav"(.*?)</nav>', get('/'), re.S)
    pages = re.findall(r'href="(/[^"]*)"', nav.group(1)) if nav else []
    if pages:
        print(f'page {pages[0]}')
PY
}

for dir in "$@"; do
	[ -d "$dir" ] || { echo "skipping $dir: not a folder" >&2; continue; }
	name=$(basename "$dir")
	java -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 --site.content.location="$dir" \
		--site.content.watch=false --management.server.port=0 >"/tmp/screenshots-$name.log" 2>&1 &
	app_pid=$!
	for _ in $(seq 1 900); do curl -fso /dev/null "http://127.0.0.1:$PORT/readyz" && break; sleep 0.2; done
	while read -r kind path; do
		for size in 1280,1000 375,900; do
			file="$OUT/$name-$kind-${size%,*}.png"
			chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
				--window-size="$size" --screenshot="$file" "http://127.0.0.1:$PORT$path" >/dev/null 2>&1
			echo "$file  ($path)"
		done
	done < <(pick_pages "$dir")
	kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
done
