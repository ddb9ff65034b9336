#!/usr/bin/env bash
# Events ingestion benchmark: POST /api/v1/events over HTTP on loopback with wrk, against the Release build.
#
# Starts the app (rate limiting off, file log off, a fresh SQLite analytics database in a temp folder), waits for
# /api/health to return 200 (so no model training shares the cores with the run), then posts batches of
# --batch events (impressions with one click in ten, rotating films, positions and lists), as navigator.sendBeacon does.
# It reports what a client sees (requests/s, events/s accepted, p50/p99, non-2xx) and what the server kept: after
# the run it waits for the background writer to drain, then reads the movierec_events_* counters from /metrics and
# counts the stored rows, so events accepted but dropped by a full queue are never counted as ingested.
# Writes a markdown table between the events markers of docs/benchmarks.md (or prints it with --print-only).
# The app is always stopped on exit. Only 127.0.0.1 is ever contacted.
#
# Usage: bench/events.sh [--duration 20s] [--warmup 3s] [--threads 2] [--connections 32] [--batch 10] [--port 5098] [--print-only]
# Env:   MODEL_DIR=path (served model folder; default: a fresh one, trained from the demo catalog at start),
#        STARTUP_TIMEOUT=600 (seconds), DRAIN_TIMEOUT=120 (seconds)
set -euo pipefail

DURATION=20s
WARMUP=3s
THREADS=2
CONNECTIONS=32
BATCH=10
PORT=5098
PRINT_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --batch) BATCH="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --print-only) PRINT_ONLY=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$BATCH" =~ ^[0-9]+$ && "$BATCH" -ge 1 && "$BATCH" -le 100 ]] || { echo "--batch must be 1-100 (the API's limit)" >&2; exit 2; }

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB_PROJECT="$ROOT/src/MovieRecommender.Web"
BASE="http://127.0.0.1:$PORT"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-600}"
DRAIN_TIMEOUT="${DRAIN_TIMEOUT:-120}"
WORK="$(mktemp -d)"
DATABASE="$WORK/db/analytics.db"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "building the web app (Release)..."
dotnet build -c Release "$WEB_PROJECT/MovieRecommender.Web.csproj" -v quiet -nologo >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log" >&2; exit 1; }
APP_DLL="$(find "$WEB_PROJECT/bin/Release" -name MovieRecommender.Web.dll | head -n 1)"
[[ -n "$APP_DLL" ]] || { echo "MovieRecommender.Web.dll not found after build" >&2; exit 1; }

echo "starting the app on $BASE..."
(
  cd "$WEB_PROJECT"
  export ASPNETCORE_ENVIRONMENT=Production
  # wrk from one address would spend the events bucket in a second: measure the ingestion, not its limiter.
  export RateLimiting__Enabled=false
  export FileLog__Enabled=false
  export Serilog__MinimumLevel__Default=Warning
  export Logging__LogLevel__Default=Warning
  export Model__Directory="${MODEL_DIR:-$WORK/models}"
  # Production no longer trains an empty folder by default: without MODEL_DIR, ask for the demo catalog.
  [[ -n "${MODEL_DIR:-}" ]] || export Model__TrainDemoWhenEmpty=true
  export Analytics__Provider=sqlite
  export ConnectionStrings__Analytics="Data Source=$DATABASE"
  export ConnectionStrings__Accounts="Data Source=$WORK/db/accounts.db"
  exec dotnet "$APP_DLL" --urls "$BASE"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!

deadline=$((SECONDS + STARTUP_TIMEOUT))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/health" || true)" == "200" ]]; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "the app exited during start-up:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
  fi
  if (( SECONDS > deadline )); then
    echo "no healthy /api/health within ${STARTUP_TIMEOUT}s" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
  fi
  sleep 1
done

cat >"$WORK/events.lua" <<LUA
-- Batches of $BATCH events as the site's events.js sends them: impressions, one click in ten.
local lists = { "similar", "top-rated", "search", "for-you" }
local batch = $BATCH
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local items = {}
  for i = 1, batch do
    n = n + 1
    local kind = (n % 10 == 0) and "click" or "impression"
    items[i] = string.format('{"type":"%s","movieId":%d,"list":"%s","position":%d,"sourceId":%d}',
      kind, 1 + (n * 7919) % 400000, lists[(n % #lists) + 1], (i - 1), 1 + (n % 5000))
  end
  return wrk.format(nil, "/api/v1/events", nil, "[" .. table.concat(items, ",") .. "]")
end
LUA

# Sum of a counter family in the Prometheus text, optionally only the series whose labels contain a filter.
counter() { # family [label filter]
  curl -s "$BASE/metrics" | awk -v family="$1" -v filter="${2:-}" '
    index($0, family) == 1 && (filter == "" || index($0, filter) > 0) { sum += $2 }
    END { printf "%d", sum }'
}
stored_rows() {
  python3 - "$DATABASE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("SELECT count(*) FROM analytics_events WHERE Kind IN (1, 2)").fetchone()[0])
PY
}

echo "wrk: warm-up $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/events.lua" "$BASE" >/dev/null
sleep 2
ACCEPTED_BEFORE="$(counter movierec_events_accepted_total)"
DROPPED_BEFORE="$(counter movierec_events_dropped_total)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
ROWS_BEFORE="$(stored_rows)"
echo "wrk: $DURATION, $BATCH events per request"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/events.lua" "$BASE" >"$WORK/wrk.txt"
ROWS_AFTER="$(stored_rows)"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
cat "$WORK/wrk.txt"

# Drain: the writer stores in the background; wait until the stored rows stop growing.
drain_start=$SECONDS
previous=-1
current="$(stored_rows)"
while [[ "$current" != "$previous" ]] && (( SECONDS - drain_start < DRAIN_TIMEOUT )); do
  sleep 2; previous="$current"; current="$(stored_rows)"
done
DRAIN_SECONDS=$((SECONDS - drain_start))

RPS="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")"
REQUESTS="$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")"
P50="$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")"
P99="$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")"
NON2XX="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$WORK/wrk.txt")"; NON2XX="${NON2XX:-0}"
SOCKET_ERRORS="$(awk '/Socket errors:/ {print $0}' "$WORK/wrk.txt" | sed 's/^ *//')"
ACCEPTED=$(( $(counter movierec_events_accepted_total) - ACCEPTED_BEFORE ))
DROPPED=$(( $(counter movierec_events_dropped_total) - DROPPED_BEFORE ))
SECONDS_RUN="$(awk -v d="$DURATION" 'BEGIN { sub(/s$/, "", d); print d + 0 }')"
{
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'); \`bench/events.sh\`: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), $BATCH events"
  echo "per request, app (Release, SQLite analytics file, rate limiting off) and wrk on the same $(nproc) cores"
  echo "($(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}')). **Shared machine:** load average $LOAD_BEFORE before the run,"
  echo "$LOAD_AFTER after it (other engineers' builds and tests were running; the figures are a floor, not a ceiling)."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| requests/s (202) | $RPS ($REQUESTS requests, $NON2XX non-2xx${SOCKET_ERRORS:+; $SOCKET_ERRORS}) |"
  echo "| events/s accepted by the API | $(awk -v r="$RPS" -v b="$BATCH" 'BEGIN { printf "%.0f", r * b }') |"
  echo "| latency p50 / p99 | $P50 / $P99 |"
  echo "| events queued (movierec_events_accepted_total, run only) | $ACCEPTED |"
  echo "| events dropped (movierec_events_dropped_total, queue full or write failed) | $DROPPED |"
  echo "| events stored (rows after the writer drained, incl. warm-up) | $current (drained ${DRAIN_SECONDS}s after the run) |"
  echo "| events/s written by the background writer during the run | $(awk -v a="$ROWS_AFTER" -v b="$ROWS_BEFORE" -v s="$SECONDS_RUN" 'BEGIN { printf "%.0f", (a - b) / s }') |"
} >"$WORK/table.md"

cat "$WORK/table.md"
if [[ "$PRINT_ONLY" == 0 ]]; then
  DOC="$ROOT/docs/benchmarks.md"
  if [[ -f "$DOC" ]] && grep -q '<!-- events:begin -->' "$DOC"; then
    awk -v table="$WORK/table.md" '
      /<!-- events:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
      /<!-- events:end -->/ { skip = 0 }
      !skip { print }' "$DOC" >"$WORK/doc.md"
    cp "$WORK/doc.md" "$DOC"
    echo "updated $DOC"
  else
    echo "docs/benchmarks.md has no <!-- events:begin --> marker; table printed only" >&2
  fi
fi
