# shellcheck shell=bash
# Shared by scripts/lighthouse.sh and scripts/lint-openapi.sh (source it, do not run it).
# start_web_app: publishes the web app (Release, as the Dockerfile does) and starts the published app on a free loopback port with a fresh temporary model
# folder, like the E2E harness does, then waits until GET /api/health is 200 (the demo catalog is trained on the
# way). Sets APP_URL, APP_PID, APP_WORK. stop_web_app stops exactly that process and removes the folder.
# Environment: WEB_ENVIRONMENT (default Production), APP_STARTUP_SECONDS (default 120).

start_web_app() {
  local repo_root="$1"
  local configuration="Release"
  APP_WORK="$(mktemp -d -t movierec-app-XXXXXX)"
  echo "==> dotnet publish src/MovieRecommender.Web -c $configuration" >&2
  # Published like the image: a plain build run outside Development has no wwwroot next to it, so its
  # fingerprinted CSS/JS would 404 and every score would describe an unstyled page.
  dotnet publish "$repo_root/src/MovieRecommender.Web/MovieRecommender.Web.csproj" -c "$configuration" -o "$APP_WORK/app" \
    -nologo -v quiet >"$APP_WORK/build.log" 2>&1 || { cat "$APP_WORK/build.log" >&2; return 1; }
  local bin_dir="$APP_WORK/app"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  APP_URL="http://127.0.0.1:$port"
  (
    cd "$bin_dir" || exit 1
    exec env ASPNETCORE_ENVIRONMENT="${WEB_ENVIRONMENT:-Production}" ASPNETCORE_URLS= ASPNETCORE_HTTP_PORTS= \
      Model__Directory="$APP_WORK/models" Model__TrainDemoWhenEmpty=true \
      Model__DemoCatalog="$repo_root/data/demo/movies.csv" Model__DemoCredits="$repo_root/data/demo/credits.csv" \
      Model__TrainDemoWhenEmpty=true RateLimiting__Enabled=false FileLog__Enabled=false \
      dotnet MovieRecommender.Web.dll --urls "$APP_URL" >"$APP_WORK/app.log" 2>&1
  ) &
  APP_PID=$!
  local status=000
  for _ in $(seq 1 "$(( ${APP_STARTUP_SECONDS:-120} * 4 ))"); do
    status="$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL/api/health" || true)"
    [[ "$status" == 200 ]] && break
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.25
  done
  if [[ "$status" != 200 ]]; then
    echo "The app did not become healthy (last status $status). Log:" >&2
    tail -40 "$APP_WORK/app.log" >&2
    return 1
  fi
  echo "==> app healthy at $APP_URL (${WEB_ENVIRONMENT:-Production}, $configuration)" >&2
}

stop_web_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  [[ -n "${APP_WORK:-}" ]] && rm -rf "$APP_WORK"
  return 0
}
