#!/usr/bin/env bash
# Builds an Isomer repository with Debian's Jekyll (bare layouts, no theme, no gems) and writes, as JSON, every page
# and document Jekyll publishes: the reference for what our server must serve. The repository is copied first.
# Usage: scripts/jekyll-reference.sh REPOSITORY OUT.json   (env: JEKYLL_REFERENCE_SITE=DIR keeps the built pages)
set -euo pipefail
repo=$(cd "$1" && pwd)
out=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
command -v jekyll >/dev/null || { echo "missing: jekyll (apt-get install -y jekyll)" >&2; exit 1; }

work=$(mktemp -d /tmp/jekyll-reference.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$repo" "$work/site"
cd "$work/site"
rm -rf _site _plugins .jekyll-cache _layouts
mkdir -p _layouts _plugins
cp "$here/jekyll/list-pages.rb" _plugins/
# every layout the repository names renders just the page's content, its own layouts too (they include the theme's
# files, which are not here): the reference is about which pages exist
for layout in $(grep -rhoE '^layout:[[:space:]]*[A-Za-z0-9_-]+' --include='*.md' --include='*.html' . | awk '{print $2}' | sort -u) default; do
	echo '{{ content }}' >"_layouts/$layout.html"
done
# Isomer's build declares every _folder with pages as an output collection, ordered by its collection.yml
ruby -ryaml -rjson -e '
  config = YAML.safe_load(File.read("_config.yml"), aliases: true) || {}
  config.delete("remote_theme")
  config["plugins"] = []
  config["safe"] = false
  collections = config["collections"].is_a?(Hash) ? config["collections"] : {}
  Dir.glob("_*/").each do |dir|
    name = dir.delete_prefix("_").delete_suffix("/")
    next if %w[data includes layouts plugins posts site sass drafts].include?(name)
    settings = collections[name].is_a?(Hash) ? collections[name] : {}
    settings["output"] = true
    if File.file?("#{dir}collection.yml")
      own = YAML.safe_load(File.read("#{dir}collection.yml")) rescue nil
      order = own.is_a?(Hash) ? own.dig("collections", name, "order") : nil
      settings["order"] = order if order
    end
    collections[name] = settings
  end
  config["collections"] = collections
  File.write("_config.reference.yml", config.to_yaml)
'
JEKYLL_REFERENCE_OUT="$out" jekyll build --quiet --config _config.reference.yml -d "$work/out" >"$work/build.log" 2>&1 \
	|| { cat "$work/build.log" >&2; exit 1; }
grep -v '^\s*$' "$work/build.log" >&2 || true
if [ -n "${JEKYLL_REFERENCE_SITE:-}" ]; then
	rm -rf "$JEKYLL_REFERENCE_SITE"
	cp -r "$work/out" "$JEKYLL_REFERENCE_SITE"
fi
