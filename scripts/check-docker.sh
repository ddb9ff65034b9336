#!/usr/bin/env bash
# Checks the container files on a machine without a Docker engine:
#   1. runs the Dockerfile's publish commands (same project paths and flags) into a temporary folder;
#   2. starts the published app the way the image does (content root = publish folder, demo catalog copied to
#      data/demo, Model__Directory=<publish>/models/current, Production, ASPNETCORE_URLS) and waits for
#      GET /api/health = 200, i.e. the demo catalog was found and trained;
#   3. validates docker-compose.yml: YAML parse + structure, and `docker-compose config` (v1, from apt) on a copy
#      whose env_file uses the short syntax, since v1 predates the long form (path/required) the file uses.
# Usage: ./scripts/check-docker.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "==> dotnet publish (as in the Dockerfile)"
rid="linux-$([ "$(uname -m)" = aarch64 ] && echo arm64 || echo x64)"
dotnet publish src/MovieRecommender.Web -c Release -r "$rid" --self-contained false -o "$work/app"
dotnet publish src/MovieRecommender.Training -c Release -r "$rid" --self-contained false -o "$work/trainer"
test -f "$work/app/MovieRecommender.Web.dll"
test -f "$work/trainer/MovieRecommender.Training.dll"
echo "published: web $(du -sh "$work/app" | cut -f1), trainer $(du -sh "$work/trainer" | cut -f1)"

echo "==> start the published app as the image would"
mkdir -p "$work/app/data" "$work/app/models/current" "$work/app/logs"
cp -r data/demo "$work/app/data/demo"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
(
  cd "$work/app"
  exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_HTTP_PORTS= ASPNETCORE_ENVIRONMENT=Production \
    Model__Directory="$work/app/models/current" Model__TrainDemoWhenEmpty=true dotnet MovieRecommender.Web.dll >"$work/app.log" 2>&1
) &
app_pid=$!
trap 'kill "$app_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
status=000
for _ in $(seq 1 120); do
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)"
  [[ "$status" == 200 ]] && break
  if ! kill -0 "$app_pid" 2>/dev/null; then break; fi
  sleep 1
done
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
if [[ "$status" != 200 ]]; then
  echo "error: the published app did not become healthy (last status $status); its log ends with:" >&2
  tail -30 "$work/app.log" >&2
  exit 1
fi
echo "published app healthy on /api/health; model files: $(find "$work/app/models/current" -maxdepth 1 -type f -printf "%f ")"

echo "==> docker-compose.yml"
python3 - "$work" <<'PY'
import sys, yaml
work = sys.argv[1]
with open("docker-compose.yml") as f:
    compose = yaml.safe_load(f)
services = compose["services"]
assert {"web", "trainer", "redis"} <= services.keys(), services.keys()
assert services["trainer"]["profiles"] == ["train"]
scale = {"redis", "postgres", "model-publisher", "replica-a", "replica-b", "nginx"}
assert all("scale" in services[name]["profiles"] for name in scale), "scale profile services"
assert "scale" not in services["web"].get("profiles", []), "the single-instance web app is not part of scale"
for name in ("replica-a", "replica-b"):
    replica = services[name]
    assert replica["environment"]["ConnectionStrings__Redis"] == "redis:6379", name
    assert any(v.endswith(":ro") for v in replica["volumes"]), f"{name} mounts the models read-only"
assert services["replica-a"]["environment"]["Replica__Name"] != services["replica-b"]["environment"]["Replica__Name"]
assert services["prometheus"]["profiles"] == ["observability"] and services["grafana"]["profiles"] == ["observability"]
assert {"models", "logs"} <= compose["volumes"].keys()
compose.pop("name", None)
for key in [k for k in compose if k.startswith("x-")]:
    compose.pop(key)
for service in services.values():
    if "env_file" in service:
        service["env_file"] = [".env"]
with open(f"{work}/compose-v1.yml", "w") as f:
    yaml.safe_dump(compose, f, sort_keys=False)
print("YAML structure ok:", ", ".join(sorted(services)))
PY
if command -v docker-compose >/dev/null 2>&1; then
  touch "$work/.env"
  cp Dockerfile "$work/"
  cp -r deploy "$work/"
  (cd "$work" && docker-compose -f compose-v1.yml --profile train --profile redis --profile scale --profile observability config --quiet)
  echo "docker-compose $(docker-compose version --short) config: ok"
else
  echo "docker-compose not installed (apt-get install -y docker-compose); skipped its config check"
fi

echo "==> deploy/nginx/nginx.conf (compose scale profile)"
if command -v nginx >/dev/null 2>&1; then
  # The replicas' names only resolve inside compose: check the syntax with loopback addresses in their place.
  sed -e "s#replica-a:8080#127.0.0.1:8080#; s#replica-b:8080#127.0.0.2:8080#" \
      -e "s#/etc/nginx/movierec/#$repo_root/deploy/nginx/#g; s#pid /tmp/nginx.pid#pid $work/nginx.pid#" \
      deploy/nginx/nginx.conf > "$work/nginx.conf"
  nginx -t -p "$work" -c "$work/nginx.conf" -g "error_log $work/nginx-error.log;"
else
  echo "nginx not installed (apt-get install -y nginx); skipped its syntax check"
fi
