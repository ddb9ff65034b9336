#!/usr/bin/env bash
# Renders the app icons (PNG) from their SVG sources in src/MovieRecommender.Web/wwwroot/icons with Debian's
# Chromium, so the installable app has the sizes browsers ask for. The SVGs are drawn for this project; run this
# after changing one and commit the PNGs.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$repo_root/src/MovieRecommender.Web/wwwroot/icons"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || { echo "Chromium not found at $chromium (apt-get install -y chromium)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # source.svg size output.png
  local source="$1" size="$2" output="$3"
  printf '<!DOCTYPE html><html><head><style>html,body{margin:0;background:transparent}img{display:block;width:%spx;height:%spx}</style></head><body><img src="file://%s"></body></html>' \
    "$size" "$size" "$icons/$source" > "$work/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --default-background-color=00000000 --window-size="$size,$size" \
    --screenshot="$icons/$output" "file://$work/page.html" >/dev/null 2>&1
  echo "wrote $output"
}

render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 192 icon-maskable-192.png
render icon-maskable.svg 512 icon-maskable-512.png
render icon-maskable.svg 180 apple-touch-icon.png
