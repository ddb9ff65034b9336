#!/usr/bin/env bash
# Checks the container files on a machine without a Docker engine:
#   1. runs the Dockerfile's publish commands (same project paths and flags) into a temporary folder;
#   2. validates docker-compose.yml: YAML parse + structure, and `docker-compose config` (v1, from apt) on a copy
#      whose env_file uses the short syntax, since v1 predates the long form (path/required) the file uses.
# Usage: ./scripts/check-docker.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "==> dotnet publish (as in the Dockerfile)"
dotnet publish src/MovieRecommender.Web -c Release -o "$work/app"
dotnet publish src/MovieRecommender.Training -c Release -o "$work/trainer"
test -f "$work/app/MovieRecommender.Web.dll"
test -f "$work/trainer/MovieRecommender.Training.dll"
echo "published: web $(du -sh "$work/app" | cut -f1), trainer $(du -sh "$work/trainer" | cut -f1)"

echo "==> docker-compose.yml"
python3 - "$work" <<'PY'
import sys, yaml
work = sys.argv[1]
with open("docker-compose.yml") as f:
    compose = yaml.safe_load(f)
services = compose["services"]
assert {"web", "trainer", "redis"} <= services.keys(), services.keys()
assert services["trainer"]["profiles"] == ["train"]
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
  (cd "$work" && docker-compose -f compose-v1.yml --profile train --profile redis config --quiet)
  echo "docker-compose $(docker-compose version --short) config: ok"
else
  echo "docker-compose not installed (apt-get install -y docker-compose); skipped its config check"
fi
