#!/usr/bin/env bash
# Serves a trained model the way a production host should run the app: the Production environment (no detailed
# error pages, no API reference UI, HSTS and HTTPS redirection when HTTPS is configured), no launch profile
# (Properties/launchSettings.json is for development and would switch to Development), a Release build, and no
# silent demo fallback (an empty model folder makes the app report unhealthy).
#
# Usage: ./scripts/serve.sh MODEL_DIR [arguments for the app, e.g. --urls http://0.0.0.0:8080]
# Environment: CONFIGURATION (default Release), NO_BUILD=1 to skip the build (already built), plus any app setting
# (e.g. ASPNETCORE_URLS, RateLimiting__PermitLimit, ForwardedHeaders__Enabled).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "usage: $0 MODEL_DIR [app arguments, e.g. --urls http://0.0.0.0:8080]" >&2
  exit 2
fi

model_dir="$1"
shift
if [[ ! -f "$model_dir/manifest.json" ]]; then
  echo "error: no model in '$model_dir' (manifest.json missing); train one first, see README.md" >&2
  exit 2
fi

run_options=(-c "${CONFIGURATION:-Release}" --no-launch-profile --project "$repo_root/src/MovieRecommender.Web")
if [[ "${NO_BUILD:-}" == 1 ]]; then
  run_options+=(--no-build)
fi

export ASPNETCORE_ENVIRONMENT=Production
export Model__Directory
Model__Directory="$(cd "$model_dir" && pwd)"
export Model__TrainDemoWhenEmpty=false
exec dotnet run "${run_options[@]}" -- "$@"
