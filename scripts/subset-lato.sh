#!/usr/bin/env bash
# Subsets Lato (OFL 1.1, Debian's fonts-lato) to the Latin characters the sites use and writes it as WOFF2 into
# src/main/resources/static/fonts/, each file named by a hash of its bytes so it can be cached for good, with their
# @font-face rules in lato.css, which every site's brand stylesheet carries. The results are committed: a build needs
# neither Python nor the font package.
# Needs: apt-get install fonts-lato fonttools python3-brotli
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=/usr/share/fonts/truetype/lato
out=src/main/resources/static/fonts
# Basic Latin, Latin-1, the dotless i and ligature OE, dashes, quotes, bullets, ellipsis, per mille, angle quotes,
# euro, trade mark, minus
unicodes="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2010-2027,U+2030,U+2039-203A,U+20AC,U+2122,U+2212"
mkdir -p "$out"
rm -f "$out"/lato-*.woff2 "$out"/lato.css
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for face in "Regular 400 normal" "Italic 400 italic" "Bold 700 normal" "BoldItalic 700 italic"; do
  set -- $face
  pyftsubset "$source_dir/Lato-$1.ttf" --unicodes="$unicodes" --layout-features='kern,liga' \
    --no-hinting --desubroutinize --flavor=woff2 --output-file="$tmp/font.woff2"
  name="lato-$2-$3-$(sha256sum "$tmp/font.woff2" | cut -c1-8).woff2"
  mv "$tmp/font.woff2" "$out/$name"
  printf '@font-face { font-family: "Lato"; font-style: %s; font-weight: %s; font-display: swap; src: url("../fonts/%s") format("woff2"); }\n' \
    "$3" "$2" "$name" >> "$out/lato.css"
done
# the licence travels with the fonts: the copyright line and the OFL's text from the package's copyright file
awk '/^Copyright:/ && !c { sub(/^Copyright: /, "Copyright "); print; c = 1 }
     /^License: OFL-1.1/ { o = 1; print "License: SIL Open Font License 1.1"; next }
     o && /^[A-Z][A-Za-z-]*:/ { o = 0 }
     o { sub(/^ /, ""); if ($0 == ".") $0 = ""; print }' /usr/share/doc/fonts-lato/copyright > "$out/OFL.txt"
ls -l "$out"
