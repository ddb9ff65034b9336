#!/usr/bin/env bash
# Serving benchmark as an operator sees it: the built web app started as a cold process on a model folder,
# /api/health polled until 200 (time from process start), resident memory once ready, then wrk over HTTP:
#   rec-fresh   GET /api/v1/recommendations?id=…&n=15   (a different film on every request: cache misses)
#   search      GET /api/search?q=…                    (title prefixes of real films, rotating)
# with the runtime's GC counters (dotnet-counters, System.Runtime) recorded during each wrk run, so a latency
# tail can be matched against GC activity. Prints a markdown summary; the app is always stopped on exit.
#
# Usage: bench/serve.sh --model DIR --catalog FILE.csv[.gz] [--duration 20s] [--warmup 5s] [--connections 4]
#                       [--threads 1] [--port 5098] [--label NAME]
# The catalog is the file the model was trained from: ids and titles for the requests are taken from it.
# Needs: wrk, curl, python3; dotnet-counters (dotnet tool install -g dotnet-counters) for the GC columns.
set -euo pipefail

MODEL=""; CATALOG=""; DURATION=20s; WARMUP=5s; CONNECTIONS=4; THREADS=1; PORT=5098; LABEL="model"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) MODEL="$2"; shift 2 ;;
    --catalog) CATALOG="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --label) LABEL="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -d "$MODEL" && -f "$CATALOG" ]] || { echo "--model DIR and --catalog FILE are required" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
COUNTERS="$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/src/MovieRecommender.Web"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
  [[ -n "${KEEP_WORK:-}" ]] && cp -r "$WORK" "$KEEP_WORK" 2>/dev/null || true
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

dotnet build -c Release "$WEB/MovieRecommender.Web.csproj" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
APP_DLL="$WEB/bin/Release/net10.0/MovieRecommender.Web.dll"

# Ids and title prefixes of real films of the catalog (first column = id in both TMDB layouts' dump writer order
# is not guaranteed, so the header is read).
python3 - "$CATALOG" "$WORK" <<'PY'
import csv, gzip, random, sys, urllib.parse
path, work = sys.argv[1], sys.argv[2]
opener = gzip.open if path.endswith('.gz') else open
with opener(path, 'rt', encoding='utf-8', newline='') as f:
    rows = csv.DictReader(f)
    ids, titles = [], []
    for row in rows:
        ids.append(row['id']); titles.append(row['title'])
random.seed(42)
random.shuffle(ids)
with open(f'{work}/ids.txt', 'w') as out:
    out.write('\n'.join(ids[:400000]) + '\n')
prefixes = []
for t in random.sample(titles, min(20000, len(titles))):
    t = t.strip().lower()
    prefix = t[:random.randint(2, min(8, len(t)))].strip() if len(t) >= 2 else ''
    # The API refuses queries under 2 characters after trimming ("a " → 400), so such prefixes are not sent; the rest
    # are percent-encoded whole: a raw '&', '#', '%' or '+' in a title would cut or corrupt the query string.
    if len(prefix) >= 2:
        prefixes.append(urllib.parse.quote(prefix, safe=''))
with open(f'{work}/prefixes.txt', 'w') as out:
    out.write('\n'.join(prefixes) + '\n')
PY

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START_NS="$(date +%s%N)"
(
  cd "$WEB"
  export ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false FileLog__Enabled=false
  export Serilog__MinimumLevel__Default=Warning Logging__LogLevel__Default=Warning Model__Directory="$MODEL"
  exec dotnet "$APP_DLL" --urls "$BASE"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/health" || true)" == "200" ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited:" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
# CPU seconds the app used until ready (user + system): unlike the wall time, barely moved by other jobs on the cores.
READY_CPU_S="$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")"
sleep 1
RSS_READY_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status") / 1024 ))
MOVIES="$(curl -s "$BASE/api/health" | grep -o '"movies":[0-9]*' | cut -d: -f2)"

cat >"$WORK/fresh.lua" <<LUA
-- Each wrk thread walks its own slice of the shuffled ids: every request asks for a film not asked before.
local ids = {}
for line in io.lines("$WORK/ids.txt") do ids[#ids + 1] = line end
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("slice", counter) end
init = function() i = (slice - 1) * 100000 end
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/recommendations?id=" .. ids[(i % #ids) + 1] .. "&n=15")
end
LUA
cat >"$WORK/search.lua" <<LUA
local prefixes = {}
for line in io.lines("$WORK/prefixes.txt") do prefixes[#prefixes + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. prefixes[(i % #prefixes) + 1] .. "&limit=10")
end
LUA

declare -A RPS P50 P99 P999 MAX NON2XX GC0 GC1 GC2 PAUSE
run() { # name lua
  local name="$1" lua="$2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$lua" "$BASE" >/dev/null
  local before after
  before="$(curl -s "$BASE/api/health" >/dev/null; cat "/proc/$APP_PID/stat" | cut -d' ' -f1)"
  if [[ -x "$COUNTERS" ]]; then
    "$COUNTERS" collect -p "$APP_PID" --counters System.Runtime --format csv -o "$WORK/$name.counters.csv" --refresh-interval 1 >/dev/null 2>&1 &
    local counters_pid=$!
    sleep 2
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$lua" --latency "$BASE" >"$WORK/$name.txt"
  if [[ -n "${counters_pid:-}" ]]; then kill -TERM "$counters_pid" 2>/dev/null || true; wait "$counters_pid" 2>/dev/null || true; fi
  RPS[$name]="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$name.txt")"
  P50[$name]="$(awk '$1 == "50%" {print $2}' "$WORK/$name.txt")"
  P99[$name]="$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")"
  MAX[$name]="$(awk '/Latency/ && !done {print $4; done=1}' "$WORK/$name.txt")"
  NON2XX[$name]="$(awk '/Non-2xx/ {print $5}' "$WORK/$name.txt")"; NON2XX[$name]="${NON2XX[$name]:-0}"
  if [[ -f "$WORK/$name.counters.csv" ]]; then
    read -r GC0[$name] GC1[$name] GC2[$name] PAUSE[$name] < <(python3 - "$WORK/$name.counters.csv" <<'PY'
import csv, sys
vals = {}
for row in csv.reader(open(sys.argv[1])):
    if len(row) < 5: continue
    name, value = row[2], row[4]
    try: v = float(value)
    except ValueError: continue
    vals.setdefault(name, []).append(v)
def spread(key):
    for k, v in vals.items():
        if key in k: return max(v) - min(v)
    return float('nan')
def total(key):
    for k, v in vals.items():
        if key in k: return sum(v)
    return float('nan')
def rate_sum(key, generation=None):
    # dotnet-counters 9+ (System.Runtime metrics): per-second rates; older counters: "Gen N GC Count" per interval.
    return sum(sum(v) for k, v in vals.items() if key in k and (generation is None or f"={generation}]" in k))
if any('dotnet.gc.collections' in k for k in vals):
    gens = [rate_sum('dotnet.gc.collections', g) for g in ('gen0', 'gen1', 'gen2')]
    pause_ms = rate_sum('dotnet.gc.pause.time') * 1000
    allocated_mb = rate_sum('dotnet.gc.heap.total_allocated') / 1e6
else:
    gens = [total(f'Gen {g} GC Count') for g in range(3)]
    pause_ms = allocated_mb = float('nan')
print(f"{gens[0]:.0f} {gens[1]:.0f} {gens[2]:.0f} {pause_ms:.0f}ms/{allocated_mb:.0f}MB")
PY
)
  fi
}
run rec-fresh "$WORK/fresh.lua"
run search "$WORK/search.lua"
RSS_AFTER_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status") / 1024 ))

echo "### $LABEL: $MOVIES films, $(date -u '+%Y-%m-%d %H:%M UTC'), load average before start $LOAD_BEFORE, after runs $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "- ready (process start → /api/health 200): **$(awk -v m="$READY_MS" 'BEGIN{printf "%.2f", m/1000}') s** ($READY_CPU_S s of CPU); resident memory once ready **$RSS_READY_MB MB**, after the load test $RSS_AFTER_MB MB"
echo "- wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, app and wrk on the same $(nproc) cores"
echo
echo "| endpoint | requests/s | p50 | p99 | max | non-2xx | GC gen0 / gen1 / gen2 during the run | GC pause total / allocated |"
echo "|---|---|---|---|---|---|---|---|"
for name in rec-fresh search; do
  case "$name" in rec-fresh) label='`/api/v1/recommendations?id=…&n=15` (fresh film each request)' ;; search) label='`/api/search?q=…` (title prefixes)' ;; esac
  echo "| $label | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${MAX[$name]} | ${NON2XX[$name]} | ${GC0[$name]:-?} / ${GC1[$name]:-?} / ${GC2[$name]:-?} | ${PAUSE[$name]:-?} |"
done
