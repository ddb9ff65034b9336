#!/usr/bin/env bash
# Lighthouse audit of the main pages against a freshly started app (published Release build, Production environment, demo
# catalog trained into a temporary model folder). Installs the pinned Lighthouse from tools/lighthouse
# (package-lock.json; needs the npm registry once), drives Debian's Chromium headless, and writes the
# accessibility / best-practices / performance / SEO scores into docs/lighthouse.md.
# Usage: ./scripts/lighthouse.sh [--desktop]   (default: Lighthouse's mobile profile with simulated throttling)
# Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_KEEP_REPORTS=1 keeps the JSON reports.
# Targets (exit code 1 when missed): accessibility and best practices >= 0.95, performance and SEO >= 0.90.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/web-app.sh disable=SC1091  # followed with shellcheck -x
source "$repo_root/scripts/lib/web-app.sh"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
form_factor="mobile"
extra_flags=()
if [[ "${1:-}" == "--desktop" ]]; then
  form_factor="desktop"
  extra_flags+=(--preset=desktop)
fi

pages=(
  "home|/"
  "results|/?title=Heat"
  "details|/movies/155"
  "top-rated|/top-rated"
  "sign-in|/account/login"
  "sign-up|/account/register"
)
# Audited with a signed-in visitor's cookie (a throwaway account that has rated a few films).
signed_in_pages=(
  "for-you|/for-you"
  "my-films|/me"
)

tool_dir="$repo_root/tools/lighthouse"
if [[ ! -x "$tool_dir/node_modules/.bin/lighthouse" ]]; then
  echo "==> npm ci (tools/lighthouse)"
  (cd "$tool_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
lighthouse_version="$("$tool_dir/node_modules/.bin/lighthouse" --version)"
[[ -x "$CHROME_PATH" ]] || { echo "Chromium not found at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 1; }

reports="$(mktemp -d -t movierec-lighthouse-XXXXXX)"
trap 'stop_web_app; [[ "${LIGHTHOUSE_KEEP_REPORTS:-0}" == 1 ]] || rm -rf "$reports"' EXIT
start_web_app "$repo_root"

# A signed-in visitor: register, rate a few top-rated films with a bearer token, then sign in with a cookie.
email="lighthouse-$RANDOM$RANDOM@example.org"
password="Lighthouse-$RANDOM-audit!"
credentials="{\"email\":\"$email\",\"password\":\"$password\"}"
curl -sf -X POST "$APP_URL/api/v1/auth/register" -H 'Content-Type: application/json' -d "$credentials" >/dev/null
token="$(curl -sf -X POST "$APP_URL/api/v1/auth/login" -H 'Content-Type: application/json' -d "$credentials" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
for id in $(curl -sf "$APP_URL/api/v1/movies/top-rated?n=5" | python3 -c 'import json,sys; print(" ".join(str(m["id"]) for m in json.load(sys.stdin)["results"]))'); do
  curl -sf -X PUT "$APP_URL/api/v1/me/ratings/$id" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"rating":4.5}' >/dev/null
done
cookie_jar="$reports/cookies.txt"
curl -sf -c "$cookie_jar" -X POST "$APP_URL/api/v1/auth/login?useCookies=true" -H 'Content-Type: application/json' \
  -d "$credentials" >/dev/null
signed_in_cookies="$(python3 - "$cookie_jar" <<'PY'
import json, sys
cookies = []
for line in open(sys.argv[1]):
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif line.startswith("#") or not line.strip():
        continue
    fields = line.rstrip("\n").split("\t")
    if len(fields) >= 7:
        cookies.append({"name": fields[5], "value": fields[6]})
print(json.dumps(cookies))
PY
)"
[[ "$signed_in_cookies" != "[]" ]] || { echo "signing in with a cookie failed: no cookie set" >&2; exit 1; }

# Lighthouse occasionally loses the trace on a busy machine (NO_NAVSTART, NO_FCP): try again before giving up.
with_retries() { # name path command...
  local name="$1" path="$2"
  shift 2
  for attempt in 1 2 3; do
    "$@" && return 0
    [[ "$attempt" == 3 ]] && { echo "lighthouse failed 3 times on $path" >&2; exit 1; }
    echo "    retrying $name (attempt $((attempt + 1)))" >&2
  done
}

for entry in "${pages[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  echo "==> lighthouse $name ($path, $form_factor)"
  with_retries "$name" "$path" "$tool_dir/node_modules/.bin/lighthouse" "$APP_URL$path" --quiet \
    --output=json --output-path="$reports/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu" "${extra_flags[@]}"
done
for entry in "${signed_in_pages[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  echo "==> lighthouse $name ($path, $form_factor, signed in)"
  with_retries "$name" "$path" node "$tool_dir/audit-signed-in.mjs" "$APP_URL$path" "$signed_in_cookies" "$reports/$name.json" ${1:+"$1"}
done
pages+=("${signed_in_pages[@]}")

python3 - "$reports" "$repo_root/docs/lighthouse.md" "$form_factor" "$lighthouse_version" "${pages[@]}" <<'PY'
import datetime, json, os, platform, subprocess, sys

reports, out_path, form_factor, version, *pages = sys.argv[1:]
targets = {"accessibility": 0.95, "best-practices": 0.95, "performance": 0.90, "seo": 0.90}
order = ["accessibility", "best-practices", "performance", "seo"]

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"

chromium = subprocess.run([os.environ["CHROME_PATH"], "--version"], capture_output=True, text=True).stdout.strip()
rows, notes, missed = [], [], []
for entry in pages:
    name, path = entry.split("|", 1)
    report = json.load(open(os.path.join(reports, name + ".json")))
    scores = {k: report["categories"][k]["score"] for k in order}
    metrics = report["audits"]
    lcp = metrics["largest-contentful-paint"]["displayValue"]
    cls = metrics["cumulative-layout-shift"]["displayValue"]
    tbt = metrics["total-blocking-time"]["displayValue"]
    rows.append(f"| {name} | `{path}` | " + " | ".join(f"{scores[k]:.2f}" for k in order) + f" | {lcp} | {tbt} | {cls} |")
    for category in order:
        if scores[category] < targets[category]:
            missed.append(f"{name} {category} {scores[category]:.2f} < {targets[category]:.2f}")
        for ref in report["categories"][category]["auditRefs"]:
            audit = metrics[ref["id"]]
            if audit.get("score") is not None and audit["score"] < 1 and ref.get("weight", 0) > 0:
                notes.append(f"- {name} / {category}: `{ref['id']}` {audit['score']:.2f} {audit.get('displayValue', '')}".rstrip())

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "# Lighthouse scores",
    "",
    "Written by `./scripts/lighthouse.sh` (do not edit by hand). The app runs as a published Release build in the Production",
    "environment on loopback, with the demo catalog (no poster images: cards show generated placeholders).",
    "",
    f"- Date: {now}",
    f"- Machine: {platform.node()}, {cpu_model()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}; load average at the end {' / '.join(open('/proc/loadavg').read().split()[:3])} (a busy machine lowers performance: total blocking time is measured, then scaled)",
    f"- Lighthouse {version}, {chromium}, {form_factor} profile"
    + (" (simulated slow 4G and 4x CPU slowdown)" if form_factor == "mobile" else " (desktop preset)"),
    "- Targets: accessibility and best practices >= 0.95, performance and SEO >= 0.90",
    "",
    "| page | path | accessibility | best practices | performance | SEO | LCP | TBT | CLS |",
    "|---|---|---|---|---|---|---|---|---|",
    *rows,
    "",
    "Audits below 1 that count towards a score:" if notes else "Every weighted audit passed.",
    *notes,
    "",
]
with open(out_path, "w") as f:
    f.write("\n".join(lines))
print("\n".join(rows))
if missed:
    print("Targets missed: " + "; ".join(missed), file=sys.stderr)
    sys.exit(1)
PY
echo "==> wrote docs/lighthouse.md"
