#!/usr/bin/env bash
# Times POST /api/v1/me/import over HTTP with a Letterboxd ratings.csv of N rows, as a user's browser sends it.
#
# Builds the web app and the trainer (Release), trains the TMDB 5000 catalog from ../shared/data when it is there
# (else the app serves its demo catalog), starts the app in Production on loopback with a throwaway accounts
# database and rate limits off (one client would otherwise spend its write bucket), signs a user up, and uploads:
#   fresh     a new user's first import (every matched row is a new rating)
#   again     the same file again for that user (every row already stored: must change nothing)
# each RUNS times with a new user per run. The file holds every film of the served catalog once (title, year and a
# rating) and fills the rest of the N rows with titles the catalog does not have, so both the match and the
# "unmatched row" paths are exercised. Prints a markdown table with the machine, date and load average.
#
# Usage: bench/import.sh [--rows 10000] [--runs 3] [--port 5098]
set -euo pipefail

ROWS=10000
RUNS=3
PORT=5098
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

for tool in curl jq python3; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/../shared/data"
WEB_PROJECT="$ROOT/src/MovieRecommender.Web"
TRAINER_PROJECT="$ROOT/src/MovieRecommender.Training"
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

echo "building the web app and the trainer (Release)..."
for project in "$WEB_PROJECT/MovieRecommender.Web.csproj" "$TRAINER_PROJECT/MovieRecommender.Training.csproj"; do
  dotnet build -c Release "$project" -v quiet -nologo >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done

MODEL_DIR=""
CATALOG="demo"
if [[ -f "$DATA/tmdb_5000_movies.csv" && -f "$DATA/tmdb_5000_credits.csv.gz" ]]; then
  echo "training TMDB 5000 from $DATA..."
  MODEL_DIR="$WORK/model"
  dotnet run -c Release --no-build --project "$TRAINER_PROJECT" -- train \
    --input "$DATA/tmdb_5000_movies.csv" --credits "$DATA/tmdb_5000_credits.csv.gz" --output "$MODEL_DIR" \
    >"$WORK/train.log" 2>&1 || { cat "$WORK/train.log" >&2; exit 1; }
  CATALOG="TMDB 5000"
fi

APP_DLL="$(find "$WEB_PROJECT/bin/Release" -name MovieRecommender.Web.dll | head -n 1)"
echo "starting the app on $BASE ($CATALOG catalog)..."
(
  cd "$WEB_PROJECT"
  export ASPNETCORE_ENVIRONMENT=Production
  export RateLimiting__Enabled=false
  export FileLog__Enabled=false
  export Serilog__MinimumLevel__Default=Warning
  export Logging__LogLevel__Default=Warning
  export ConnectionStrings__Accounts="Data Source=$WORK/accounts.db"
  if [[ -n "$MODEL_DIR" ]]; then export Model__Directory="$MODEL_DIR"; fi
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

# Every film of the served catalog, read through the public API (title and year are what Letterboxd exports).
echo "reading the served catalog..."
: >"$WORK/films.tsv"
offset=0
page_size=100
while :; do
  page="$(curl -sf "$BASE/api/v1/movies/top-rated?n=$page_size&offset=$offset&minVotes=0")" || break
  count="$(jq '.results | length' <<<"$page")"
  [[ "$count" -gt 0 ]] || break
  jq -r '.results[] | [.title, (.year // "")] | @tsv' <<<"$page" >>"$WORK/films.tsv"
  offset=$((offset + count))
  (( offset < ROWS )) || break
done
echo "catalog films listed: $(wc -l <"$WORK/films.tsv")"

python3 - "$WORK/films.tsv" "$ROWS" "$WORK/ratings.csv" <<'PY'
import csv, random, sys
films_path, rows, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(42)
films = [line.rstrip("\n").split("\t") for line in open(films_path, encoding="utf-8") if line.strip()]
with open(out_path, "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["Date", "Name", "Year", "Letterboxd URI", "Rating"])
    for i in range(rows):
        if i < len(films):
            title, year = films[i][0], films[i][1] if len(films[i]) > 1 else ""
        else:
            title, year = f"Unlisted Festival Short No. {i}", str(1950 + i % 70)
        rating = rng.randint(1, 10) / 2
        writer.writerow([f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", title, year, f"https://boxd.it/b{i}", rating])
PY

post_import() { # token -> "seconds imported unmatched"
  local token="$1" out="$WORK/import.json"
  local seconds
  seconds="$(curl -s -o "$out" -w '%{time_total}' -H "Authorization: Bearer $token" \
    -F "file=@$WORK/ratings.csv;type=text/csv;filename=ratings.csv" "$BASE/api/v1/me/import")"
  echo "$seconds $(jq -c "{rows: .rows, imported: .imported, changed: .changed, unmatched: .unmatchedCount}" "$out" 2>/dev/null || cat "$out")"
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -a FRESH AGAIN
for run in $(seq 1 "$RUNS"); do
  email="bench-$run-$RANDOM@example.org"
  password="Import-bench-$RANDOM-pass!"
  curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" >/dev/null
  token="$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" | jq -r .accessToken)"
  read -r fresh_seconds fresh_counts < <(post_import "$token")
  read -r again_seconds again_counts < <(post_import "$token")
  echo "run $run: fresh ${fresh_seconds}s $fresh_counts | again ${again_seconds}s $again_counts"
  FRESH+=("$fresh_seconds"); AGAIN+=("$again_seconds")
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "### Import of a ${ROWS}-row Letterboxd ratings.csv over HTTP ($CATALOG catalog)"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), load average before $LOAD_BEFORE, after $LOAD_AFTER; median of $RUNS runs, each a new user."
echo
echo "| upload | median (s) | all runs (s) |"
echo "|---|---:|---|"
echo "| first import | $(median "${FRESH[@]}") | ${FRESH[*]} |"
echo "| same file again | $(median "${AGAIN[@]}") | ${AGAIN[*]} |"
