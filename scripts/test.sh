#!/usr/bin/env bash
# THE test command: builds the whole solution with warnings as errors, runs every test project
# (unit, integration and end-to-end browser tests) and prints one closing line "N passed, N failed[, N skipped]".
# Exit code: non-zero when the build fails, a test fails, a test host crashes or no test ran.
#
# Usage: ./scripts/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~EndToEnd"]
# Environment: CONFIGURATION (default Debug), CHROMIUM_PATH (default /usr/bin/chromium).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

configuration="${CONFIGURATION:-Debug}"
results_dir="TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

"$repo_root/scripts/install-prerequisites.sh"

echo "==> dotnet build MovieRecommender.sln -c $configuration -warnaserror"
if ! dotnet build MovieRecommender.sln -c "$configuration" -warnaserror; then
  echo "error: the build failed (see the compiler output above); no tests were run" >&2
  exit 1
fi

rm -rf "$results_dir"
echo "==> dotnet test MovieRecommender.sln -c $configuration --no-build"
test_exit=0
# A hung test host is killed after the blame timeout so a stuck browser or server cannot eat CI's whole budget.
dotnet test MovieRecommender.sln -c "$configuration" --no-build \
  --logger "trx;LogFilePrefix=tr" --results-directory "$results_dir" \
  --blame-hang-timeout 10m --blame-hang-dump-type none \
  "$@" || test_exit=$?

summary_exit=0
summary_line="$(python3 "$repo_root/scripts/sum-trx.py" "$results_dir")" || summary_exit=$?

if [[ $test_exit -ne 0 && $summary_exit -eq 0 ]]; then
  # Every TRX says green but dotnet test did not: a test host crashed or a project produced no results.
  echo "error: dotnet test exited with code $test_exit although no recorded test failed (crashed test host?)" >&2
fi
echo "$summary_line"

if [[ $test_exit -ne 0 || $summary_exit -ne 0 ]]; then
  exit 1
fi
