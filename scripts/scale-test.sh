#!/usr/bin/env bash
# Scale-out check: starts Debian's redis-server, PostgreSQL and nginx on free loopback ports, trains the demo catalog
# into a shared model folder, starts two replicas of the app (A and B) on Redis, PostgreSQL (accounts) and that folder
# with nginx in front, then checks and prints, in order:
#   1. a page computed through replica A is a cache hit (Redis L2) on replica B;
#   2. 60 requests split across A and B exhaust one shared rate-limit window; the 61st gets 429;
#   3. a session (admin sign-in) made on A works on B;
#   4. an account made on A (PostgreSQL) writes a rating on B with A's bearer token and reads it on A with B's cookie;
#   5. a model published once is served by both, switched within 5 s of each other;
#   6. killing A (SIGKILL) under wrk load through nginx loses no request; the p99 during the kill is printed;
#   7. with Redis stopped mid-run both keep serving (rate limits fall back to per replica), and reconnect after;
#   8. A restarted; B stopped with SIGTERM under load with an event stream open: no request lost, the stream ends,
#      B exits 0 well within Shutdown:TimeoutSeconds.
# Everything is stopped afterwards. The checks are tests/MovieRecommender.ScaleOut.Tests (Cluster/ClusterChecks.cs),
# which ./scripts/test.sh also runs, so CI's "N passed, N failed" line counts them.
#
# Usage: ./scripts/scale-test.sh            (builds first; CONFIGURATION=Release for a release build)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
configuration="${CONFIGURATION:-Debug}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

"$repo_root/scripts/install-prerequisites.sh"
echo "==> building (web app, trainer and the scale-out checks)"
dotnet build tests/MovieRecommender.ScaleOut.Tests -c "$configuration" -warnaserror -v quiet -nologo

results_dir="$(mktemp -d -t movierec-scale-XXXXXX)"
trap 'rm -rf "$results_dir"' EXIT
echo "==> running the scale-out checks (redis-server, PostgreSQL, 2 replicas, nginx on loopback; a few minutes)"
status=0
dotnet test tests/MovieRecommender.ScaleOut.Tests -c "$configuration" --no-build \
  --filter "FullyQualifiedName~MovieRecommender.ScaleOut.Tests.Cluster" \
  --logger "trx;LogFileName=scale.trx" --logger "console;verbosity=detailed" \
  --results-directory "$results_dir" > "$results_dir/output.log" 2>&1 || status=$?

# The checks print "CHECK ..." lines; show them, then the failures (if any) and the count.
grep -E "CHECK " "$results_dir/output.log" | sed -E 's/^[[:space:]]*CHECK /  /' || true
grep -E "^\s+Failed |Error Message" -A3 "$results_dir/output.log" || true
python3 "$repo_root/scripts/sum-trx.py" "$results_dir"
exit "$status"
