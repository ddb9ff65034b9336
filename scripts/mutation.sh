#!/usr/bin/env bash
# Mutation testing with Stryker.NET, one source file per run, like a benchmark: NOT part of ./scripts/test.sh or CI.
# Run it on the files a change touches before resolving an issue that changes Core or Web code (docs/testing.md).
#
# Usage:   ./scripts/mutation.sh src/MovieRecommender.Core/Persistence/ModelReader.cs [more files...]
# Prints:  one "score" line per file, and the path of its HTML report (survivors are listed there and in the
#          markdown report beside it).
# Environment:
#   STRYKER_TEST_FILTER  optional dotnet test filter, e.g. "FullyQualifiedName~Persistence", to run fewer tests
#                        (faster, but a mutant only those tests miss then counts as surviving).
#   STRYKER_NICE         niceness of the run (default 10: the machine is shared).
# Exit code: non-zero when Stryker fails or a file is not under a project with a Stryker configuration.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ $# -eq 0 ]]; then
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

# The pinned dotnet-stryker from the repo's tool manifest (dotnet-tools.json).
dotnet tool restore >/dev/null

nice_level="${STRYKER_NICE:-10}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
failed=0

for file in "$@"; do
  file="${file#./}"
  if [[ ! -f "$file" ]]; then
    echo "error: $file does not exist (give paths from the repository root)" >&2
    failed=1
    continue
  fi

  case "$file" in
    src/MovieRecommender.Core/*) project_dir="src/MovieRecommender.Core"; test_dir="tests/MovieRecommender.Core.Tests" ;;
    src/MovieRecommender.Web/*) project_dir="src/MovieRecommender.Web"; test_dir="tests/MovieRecommender.Web.Tests" ;;
    *)
      echo "error: $file is not under a project with a Stryker configuration (Core or Web)" >&2
      failed=1
      continue
      ;;
  esac

  relative="${file#"$project_dir"/}"
  name="$(basename "$file" .cs)"
  output="$repo_root/$test_dir/StrykerOutput/$stamp-$name"
  args=(--skip-version-check --concurrency 1 --mutate "**/$relative" --output "$output")
  if [[ -n "${STRYKER_TEST_FILTER:-}" ]]; then
    args+=(--test-case-filter "$STRYKER_TEST_FILTER")
  fi

  echo "==> mutating $file (tests: $test_dir; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  started=$SECONDS
  if ! (cd "$test_dir" && nice -n "$nice_level" dotnet stryker "${args[@]}"); then
    echo "error: Stryker failed on $file" >&2
    failed=1
    continue
  fi

  report="$output/reports/mutation-report.json"
  python3 - "$report" "$file" $((SECONDS - started)) <<'PY'
import json, sys
report, name, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
counts = {}
for entry in json.load(open(report))["files"].values():
    for mutant in entry["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
valid = detected + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
score = 100.0 * detected / valid if valid else float("nan")
details = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()) if status != "Ignored")
print(f"score {name}: {score:.1f}% ({details}; {seconds} s)")
PY
  echo "    report: $output/reports/mutation-report.html"
done

exit $failed
