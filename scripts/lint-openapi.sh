#!/usr/bin/env bash
# Lints the app's OpenAPI document with the pinned Redocly CLI (tools/openapi-lint, recommended ruleset).
# Starts a fresh published app (like scripts/lighthouse.sh), fetches /openapi/v1.json (mapped in every
# environment), runs `redocly lint`, and records the outcome in docs/openapi-lint.md. Exit code: redocly's (0 = no errors).
# Usage: ./scripts/lint-openapi.sh [--url http://host:port]   (--url lints an already running app instead)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/web-app.sh disable=SC1091  # followed with shellcheck -x
source "$repo_root/scripts/lib/web-app.sh"
tool_dir="$repo_root/tools/openapi-lint"
if [[ ! -x "$tool_dir/node_modules/.bin/redocly" ]]; then
  echo "==> npm ci (tools/openapi-lint)"
  (cd "$tool_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

spec_dir="$(mktemp -d -t movierec-openapi-XXXXXX)"
trap 'stop_web_app; rm -rf "$spec_dir"' EXIT
if [[ "${1:-}" == "--url" && -n "${2:-}" ]]; then
  APP_URL="${2%/}"
else
  start_web_app "$repo_root"
fi

echo "==> GET $APP_URL/openapi/v1.json"
curl -sSf "$APP_URL/openapi/v1.json" -o "$spec_dir/openapi.json"

echo "==> redocly lint (recommended)"
set +e
(cd "$spec_dir" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$tool_dir/node_modules/.bin/redocly" lint openapi.json --config "$tool_dir/redocly.yaml" --format=stylish) \
  2>&1 | grep -vF -e '║' -e '╔' -e '╚' >"$spec_dir/lint.txt"
status=${PIPESTATUS[0]}
set -e
cat "$spec_dir/lint.txt"

redocly_version="$("$tool_dir/node_modules/.bin/redocly" --version 2>/dev/null)"
operations="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for p in d["paths"].values() for m in p if m in ("get","put","post","delete","patch","head","options")))' "$spec_dir/openapi.json")"
summary="$(grep -E 'Woohoo|Validation failed|validated in' "$spec_dir/lint.txt" | tail -1 || true)"
{
  echo "# OpenAPI lint"
  echo
  echo "Written by \`./scripts/lint-openapi.sh\` (do not edit by hand): Redocly CLI $redocly_version, \`recommended\` ruleset,"
  echo "against \`/openapi/v1.json\` of a freshly started app."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Operations: $operations"
  echo "- Result: ${summary:-see below} (exit code $status)"
  echo "- Known warnings left on purpose: \`info-license\` (the repository declares no code licence yet: the owner's"
  echo "  call, not the linter's) and \`operation-4xx-response\` on \`GET /api/v1/model/status\` (no input, not"
  echo "  rate-limited so a waiting loading page cannot lock its user out: it has no 4xx answer to declare)."
  echo
  echo '```text'
  grep -vE '^\s*$' "$spec_dir/lint.txt" | grep -vF 'generate-ignore-file' || true
  echo '```'
} >"$repo_root/docs/openapi-lint.md"
echo "==> wrote docs/openapi-lint.md"
exit "$status"
