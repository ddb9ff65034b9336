#!/usr/bin/env bash
# Replica benchmark (issue #15), as an operator runs the scale-out setup, without Docker: Debian's redis-server and
# nginx on free loopback ports, the built Release web app as one or two replicas on that Redis (HybridCache L2,
# shared rate limits, data-protection keys) and one model folder, nginx in front with the repository's proxy
# settings (deploy/nginx/proxy.conf). wrk measures, for each topology:
#   rec-hot     GET /api/v1/recommendations?id=…&n=15   200 films in rotation: served from the cache after the warm-up
#   rec-fresh   the same, a film not asked before on every request: computed (cache miss) every time
# in these topologies: replica A direct, nginx → A, nginx → A + B; then the Redis L2 hit path: films computed
# through A (each once), then asked on B in the same order, so every request on B misses its L1 and hits Redis.
# Everything runs on the same cores as the app (wrk, nginx, Redis, both replicas): the figures say what the proxy
# and the shared cache cost here, not what two machines would give. Prints a markdown report; stops everything.
#
# Usage: bench/replicas.sh [--model DIR] [--duration 15s] [--warmup 5s] [--connections 16] [--threads 1]
#   --model DIR   a trained model folder (default: TMDB 5000 from ../shared/data, trained once into a temp folder)
# Needs: redis-server, nginx, wrk, curl, python3 (installed with apt-get when missing and running as root).
set -euo pipefail

MODEL=""; DURATION=15s; WARMUP=5s; CONNECTIONS=16; THREADS=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --model) MODEL="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/src/MovieRecommender.Web"
TRAINER="$ROOT/src/MovieRecommender.Training"
SHARED_DATA="$ROOT/../shared/data"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

for tool in redis-server:redis-server nginx:nginx wrk:wrk curl:curl; do
  if ! command -v "${tool%%:*}" >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
      apt-get update -qq >/dev/null && apt-get install -y -qq "${tool##*:}" >/dev/null
    else
      echo "${tool%%:*} is not installed (apt-get install -y ${tool##*:})" >&2; exit 2
    fi
  fi
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # url pid what
  local url="$1" pid="$2" what="$3"
  for _ in $(seq 1 1200); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" == "200" ]] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$what exited; log:" >&2; tail -n 30 "$WORK/$what.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$what did not become ready" >&2; exit 1
}

echo "==> building the Release web app and trainer" >&2
dotnet build -c Release "$WEB/MovieRecommender.Web.csproj" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
APP_DLL="$WEB/bin/Release/net10.0/MovieRecommender.Web.dll"
if [[ -z "$MODEL" ]]; then
  dotnet build -c Release "$TRAINER/MovieRecommender.Training.csproj" -v quiet -nologo >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  MODEL="$WORK/models/current"
  echo "==> training TMDB 5000 into $MODEL" >&2
  dotnet "$TRAINER/bin/Release/net10.0/MovieRecommender.Training.dll" train --input "$SHARED_DATA/tmdb_5000_movies.csv" \
    --credits "$SHARED_DATA/tmdb_5000_credits.csv.gz" --output "$MODEL" >"$WORK/train.log" 2>&1 || { cat "$WORK/train.log" >&2; exit 1; }
fi

# Film ids of the served model in a fixed shuffled order (read through the API's paged top-rated list): the first
# 200 are the hot set, the rest are asked once each.
curl_ids() { # base → ids.txt; the list pages stop at offset 400, so it is read one release year at a time
  local base="$1"
  : >"$WORK/ids.txt"
  for year in $(seq 1900 2030); do
    for offset in 0 100 200 300 400; do
      local ids
      ids="$(curl -s "$base/api/v1/movies/top-rated?n=100&offset=$offset&minVotes=0&minYear=$year&maxYear=$year" \
        | python3 -c 'import json,sys
try: d=json.load(sys.stdin)
except Exception: sys.exit(0)
print("\n".join(str(i["id"]) for i in d.get("results") or []))')"
      [[ -z "$ids" ]] && break
      printf '%s\n' "$ids" >>"$WORK/ids.txt"
    done
  done
  python3 -c 'import random,sys; ids=sorted(set(open(sys.argv[1]).read().split())); random.seed(42); random.shuffle(ids); open(sys.argv[1],"w").write("\n".join(ids)+"\n")' "$WORK/ids.txt"
}

REDIS_PORT="$(free_port)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no --dir "$WORK" \
  >"$WORK/redis.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done

start_replica() { # name port → pid in REPLICA_PID
  local name="$1" port="$2"
  mkdir -p "$WORK/$name"
  (
    cd "$WEB"
    export ASPNETCORE_ENVIRONMENT=Production FileLog__Enabled=false Serilog__MinimumLevel__Default=Warning
    export Logging__LogLevel__Default=Warning Model__Directory="$MODEL" Model__WatchForChanges=false
    export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" Replica__Name="$name" RateLimiting__Enabled=false
    export ConnectionStrings__Accounts="Data Source=$WORK/$name/accounts.db" ForwardedHeaders__Enabled=true
    export ForwardedHeaders__KnownProxies__0=127.0.0.1
    exec dotnet "$APP_DLL" --urls "http://127.0.0.1:$port"
  ) >"$WORK/$name.log" 2>&1 &
  REPLICA_PID=$!
  PIDS+=("$REPLICA_PID")
  wait_for "http://127.0.0.1:$port/api/health" "$REPLICA_PID" "$name"
}

start_nginx() { # port upstream-ports... → pid in NGINX_PID
  local port="$1"; shift
  local prefix="$WORK/nginx-$port" servers=""
  mkdir -p "$prefix"
  for upstream in "$@"; do servers+="    server 127.0.0.1:$upstream max_fails=1 fail_timeout=5s;"$'\n'; done
  {
    [[ $(id -u) -eq 0 ]] && echo "user root;"
    cat <<CONF
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $prefix/client_body;
  proxy_temp_path $prefix/proxy;
  fastcgi_temp_path $prefix/fastcgi;
  uwsgi_temp_path $prefix/uwsgi;
  scgi_temp_path $prefix/scgi;
  upstream movierec {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      include $ROOT/deploy/nginx/proxy.conf;
      proxy_pass http://movierec;
    }
  }
}
CONF
  } >"$prefix/nginx.conf"
  nginx -p "$prefix" -c "$prefix/nginx.conf" -g "daemon off;" >"$WORK/nginx-$port.log" 2>&1 &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  wait_for "http://127.0.0.1:$port/api/health" "$NGINX_PID" "nginx-$port"
}

write_lua() { # name first-index count (>0: rotate through count films; 0: each film once) [limit: stop after it]
  cat >"$WORK/$1.lua" <<LUA
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_usec; } mr_timeval; int gettimeofday(mr_timeval *tv, void *tz); ]]
local function now()
  local tv = ffi.new("mr_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end
local ids = {}
for line in io.lines("$WORK/ids.txt") do ids[#ids + 1] = line end
local first, count, limit, i, started, done = $2, $3, ${4:-0}, 0, nil, false
request = function()
  started = started or now()
  local n = count > 0 and (i % count) or i
  i = i + 1
  return wrk.format("GET", "/api/v1/recommendations?id=" .. ids[((first + n) % #ids) + 1] .. "&n=15")
end
-- A fresh row stops once its slice is used up, so it never wraps into films already cached. wrk still waits out
-- the duration and divides by it, so the thread records how long its requests really took.
response = function()
  if not done and count == 0 and limit > 0 and i >= limit then
    done = true
    local f = io.open("$WORK/$1.elapsed", "w")
    f:write(string.format("%.3f", now() - started))
    f:close()
    wrk.thread:stop()
  end
end
LUA
}

declare -a ROWS
measure() { # label base lua [warmup]
  local label="$1" base="$2" lua="$3" warm="${4:-yes}"
  rm -f "$WORK/$lua.elapsed"
  [[ "$warm" == yes ]] && wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/$lua.lua" "$base" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/$lua.lua" --latency "$base" >"$WORK/out.txt"
  local rps p50 p99 errors requests
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$WORK/out.txt")"
  p50="$(awk '$1 == "50%" {print $2}' "$WORK/out.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$WORK/out.txt")"
  requests="$(awk '/requests in/ {print $1}' "$WORK/out.txt")"
  if [[ -s "$WORK/$lua.elapsed" ]]; then # the row stopped early: requests over the time they took
    rps="$(python3 -c "print(f'{$requests / max($(cat "$WORK/$lua.elapsed"), 0.001):.2f}')")"
  fi
  errors="$(awk '/Non-2xx/ {print $5}' "$WORK/out.txt")"
  ROWS+=("| $label | $rps | $p50 | $p99 | $requests | ${errors:-0} |")
  LAST_REQUESTS="$requests"
}

PORT_A="$(free_port)"; PORT_B="$(free_port)"
echo "==> starting replica a" >&2
start_replica a "$PORT_A"
curl_ids "http://127.0.0.1:$PORT_A"
FILMS="$(wc -l <"$WORK/ids.txt")"
[[ "$FILMS" -ge 1000 ]] || { echo "only $FILMS film ids read from the model; need at least 1,000" >&2; exit 1; }
HOT=200
write_lua hot 0 "$HOT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# Fresh films are taken from disjoint slices of the shuffled ids, so no run reuses another's cache entries.
SLICE=$(( (FILMS - HOT) / 4 ))
echo "==> replica a direct" >&2
measure "replica A direct: rec-hot" "http://127.0.0.1:$PORT_A" hot
write_lua fresh1 "$HOT" 0 "$SLICE"
measure "replica A direct: rec-fresh" "http://127.0.0.1:$PORT_A" fresh1 no

NGINX_ONE="$(free_port)"
start_nginx "$NGINX_ONE" "$PORT_A"
echo "==> nginx → a" >&2
measure "nginx → A: rec-hot" "http://127.0.0.1:$NGINX_ONE" hot
write_lua fresh2 $((HOT + SLICE)) 0 "$SLICE"
measure "nginx → A: rec-fresh" "http://127.0.0.1:$NGINX_ONE" fresh2 no

echo "==> starting replica b" >&2
start_replica b "$PORT_B"
NGINX_TWO="$(free_port)"
start_nginx "$NGINX_TWO" "$PORT_A" "$PORT_B"
echo "==> nginx → a + b" >&2
measure "nginx → A + B: rec-hot" "http://127.0.0.1:$NGINX_TWO" hot
write_lua fresh3 $((HOT + 2 * SLICE)) 0 "$SLICE"
measure "nginx → A + B: rec-fresh" "http://127.0.0.1:$NGINX_TWO" fresh3 no

echo "==> Redis L2 hit path" >&2
write_lua l2 $((HOT + 3 * SLICE)) 0 "$SLICE"
measure "L2 fill: computed on A" "http://127.0.0.1:$PORT_A" l2 no
FILLED="$LAST_REQUESTS"
measure "L2 hit: the same films on B (L1 miss, Redis hit)" "http://127.0.0.1:$PORT_B" l2 no
ON_B="$LAST_REQUESTS"

echo "### Replicas: $FILMS films, $(date -u '+%Y-%m-%d %H:%M UTC'), load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "$(nproc) cores shared by wrk (-t$THREADS -c$CONNECTIONS, $DURATION per row after a $WARMUP warm-up for the hot rows; a fresh row stops early once each of its $SLICE films was asked once), nginx (1 worker), redis-server and the replicas."
echo
echo "| topology: endpoint | requests/s | p50 | p99 | requests | non-2xx |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
if [[ "$ON_B" -le "$FILLED" ]]; then
  echo "Every request of the L2 row asked B for a film A had computed ($ON_B of $FILLED)."
else
  echo "B went past the films A computed ($ON_B > $FILLED): the L2 row mixes Redis hits with computed pages."
fi
