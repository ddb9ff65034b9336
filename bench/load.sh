#!/usr/bin/env bash
# HTTP load test of the web app on loopback with wrk.
#
# Starts the app (Release build, rate limit raised to 1,000,000 requests/s, file log off), waits for /api/health to return 200, then runs wrk against:
#   ceiling     GET /api/health                      (trivial API endpoint: the ceiling through the same middleware)
#   static      GET /favicon.ico                     (static file, for reference)
#   search      GET /api/search?q=...               (rotating prefixes, Lua)
#   rec-hit     GET /api/v1/recommendations?title=  (one fixed title: cache hits)
#   rec-miss    GET /api/v1/recommendations?id=...  (rotating ids, counts, filters: cache misses, Lua)
# and writes a markdown table between the load markers of docs/benchmarks.md (or prints it with --print-only).
# The app is always stopped on exit. Only 127.0.0.1 is ever contacted.
#
# Each endpoint gets an unrecorded warm-up run first (JIT, caches, connection pools).
#
# Usage: bench/load.sh [--duration 10s] [--warmup 3s] [--threads 2] [--connections 32] [--port 5099] [--print-only]
# Env:   MODEL_DIR=path (served model folder; default: the app's configured one), STARTUP_TIMEOUT=600 (seconds)
set -euo pipefail

DURATION=10s
WARMUP=3s
THREADS=2
CONNECTIONS=32
PORT=5099
PRINT_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --print-only) PRINT_ONLY=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB_PROJECT="$ROOT/src/MovieRecommender.Web"
BASE="http://127.0.0.1:$PORT"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-600}"
WORK="$(mktemp -d)"
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
  # wrk from one address would spend every per-client bucket in a second: measure the app, not its limiter.
  export RateLimiting__Enabled=false
  export FileLog__Enabled=false
  export Serilog__MinimumLevel__Default=Warning
  export Logging__LogLevel__Default=Warning
  # Without MODEL_DIR the app trains and serves the demo catalog, which Production does only when told to.
  if [[ -n "${MODEL_DIR:-}" ]]; then export Model__Directory="$MODEL_DIR"; else export Model__TrainDemoWhenEmpty=true; fi
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
HEALTH="$(curl -s "$BASE/api/health")"
echo "healthy: $HEALTH"

# Real titles and ids from the served model, so requests resolve (a 404 would measure the error path).
TOP="$(curl -s "$BASE/api/v1/movies/top-rated?n=100")"
IDS="$(grep -o '"id":[0-9]*' <<<"$TOP" | cut -d: -f2 | head -n 100 | paste -sd, -)"
FIXED_TITLE="$(grep -o '"title":"[^"]*"' <<<"$TOP" | head -n 1 | cut -d'"' -f4)"
[[ -n "$IDS" && -n "$FIXED_TITLE" ]] || { echo "could not read films from /api/v1/movies/top-rated: $TOP" >&2; exit 1; }
FIXED_QUERY="$(jq -rn --arg t "$FIXED_TITLE" '$t|@uri' 2>/dev/null || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$FIXED_TITLE")"

cat >"$WORK/search.lua" <<'LUA'
-- Rotating autocomplete prefixes (2-6 characters), as a user types.
local prefixes = { "th", "the", "star", "lo", "lov", "love", "ma", "man", "dar", "dark", "nig", "night",
  "bl", "bla", "black", "ki", "kil", "kill", "sp", "spi", "spider", "wa", "war", "wars", "gh", "gho", "ghost",
  "ha", "har", "harry", "go", "god", "godf", "in", "int", "inter", "al", "ali", "alien", "ba", "bat", "batman" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. prefixes[(i % #prefixes) + 1] .. "&limit=10")
end
LUA

cat >"$WORK/recommend-miss.lua" <<LUA
-- Rotating seeds, counts and filters: almost every request is a distinct cache key (cache misses).
local ids = { $IDS }
local genres = { "", "&genres=Drama", "&genres=Comedy", "&genres=Action", "&genres=Thriller" }
math.randomseed(42)
request = function()
  local id = ids[math.random(#ids)]
  local n = math.random(5, 40)
  local year = math.random(1950, 2015)
  local diversity = (math.random(0, 3) == 0) and "&diversity=0.3" or ""
  return wrk.format("GET", "/api/v1/recommendations?id=" .. id .. "&n=" .. n .. "&minYear=" .. year
    .. genres[math.random(#genres)] .. diversity)
end
LUA

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
declare -A RPS P50 P99 ERRORS
run_wrk() { # name url [lua]
  local name="$1" url="$2" script="${3:-}" out="$WORK/$1.txt"
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency)
  if [[ -n "$script" ]]; then args+=(-s "$script"); fi
  echo "wrk $name: $url (warm-up $WARMUP, then $DURATION)"
  wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
  wrk "${args[@]}" -d"$DURATION" "$url" >"$out"
  RPS[$name]="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  P50[$name]="$(awk '$1 == "50%" {print $2}' "$out")"
  P99[$name]="$(awk '$1 == "99%" {print $2}' "$out")"
  ERRORS[$name]="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")"
  ERRORS[$name]="${ERRORS[$name]:-0}"
}

run_wrk ceiling "$BASE/api/health"
run_wrk static "$BASE/favicon.ico"
run_wrk search "$BASE/api/search" "$WORK/search.lua"
run_wrk rec-hit "$BASE/api/v1/recommendations?title=$FIXED_QUERY&n=15"
run_wrk rec-miss "$BASE/api/v1/recommendations" "$WORK/recommend-miss.lua"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
CEILING="${RPS[ceiling]}"
{
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'); wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up) on 127.0.0.1, app and wrk on the same"
  echo "$(nproc) cores ($(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2}'))."
  echo "Load average before the runs: $LOAD_BEFORE (other work sharing the cores)."
  echo "Model served: $(grep -o '"movies":[0-9]*' <<<"$HEALTH" | cut -d: -f2) films. Fixed title for cache hits: \"$FIXED_TITLE\"."
  echo
  echo "| endpoint | requests/s | p50 | p99 | non-2xx | ÷ ceiling |"
  echo "|---|---|---|---|---|---|"
  for name in ceiling static search rec-hit rec-miss; do
    case "$name" in
      ceiling) label='`GET /api/health` (ceiling)' ;;
      static) label='`GET /favicon.ico` (static file, reference)' ;;
      search) label='`GET /api/search?q=…` (rotating prefixes)' ;;
      rec-hit) label='`GET /api/v1/recommendations?title=…` (fixed: cache hits)' ;;
      rec-miss) label='`GET /api/v1/recommendations?id=…&n=…&minYear=…` (rotating: cache misses)' ;;
    esac
    echo "| $label | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${ERRORS[$name]} | $(ratio "${RPS[$name]}" "$CEILING") |"
  done
  echo
  verdict="$(awk -v s="${RPS[search]}" -v c="$CEILING" 'BEGIN { print (c > 0 && s >= c / 2) ? "met" : "NOT met" }')"
  echo "Target \`/api/search\` ≥ half the ceiling's requests/s: **$verdict** ($(ratio "${RPS[search]}" "$CEILING")×)."
} >"$WORK/table.md"

cat "$WORK/table.md"
if [[ "$PRINT_ONLY" == 0 ]]; then
  DOC="$ROOT/docs/benchmarks.md"
  if [[ -f "$DOC" ]] && grep -q '<!-- load:begin -->' "$DOC"; then
    awk -v table="$WORK/table.md" '
      /<!-- load:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
      /<!-- load:end -->/ { skip = 0 }
      !skip { print }' "$DOC" >"$WORK/doc.md"
    cp "$WORK/doc.md" "$DOC"
    echo "updated $DOC"
  else
    echo "docs/benchmarks.md has no <!-- load:begin --> marker; table printed only" >&2
  fi
fi
